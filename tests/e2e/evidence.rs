//! Evidence of completion: files sent as a reply, with a `/capnhat` caption, or after "Hoàn
//! thành"; filed with their hash and document number; shown to the secretariat by file id;
//! refused when they should be; and sent back with the history by `/hoso`.

use std::time::Duration;

use crate::support::{Committee, Media, Options, Sent, TestBot};

/// Assigns a task to unit A through the chair and returns the card its officer received.
async fn assigned(bot: &TestBot, c: &Committee, text: &str) -> Sent {
    bot.ask(&c.chair, &format!("/giao Sở Tư pháp | 30/6/2026 | {text}")).await;
    bot.fake.next_message(c.officer_a.id).await
}

fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// `(file_name, document_number, sha256, size, kind, file_ref)` of a task's evidence, in order.
async fn evidence_of(bot: &TestBot, task: i64) -> Vec<(String, Option<String>, String, i64, String, String)> {
    sqlx::query_as(
        "SELECT file_name, document_number, sha256, size, kind, file_ref FROM evidence WHERE task_id = ? ORDER BY id",
    )
    .bind(task)
    .fetch_all(&mut *bot.db().await)
    .await
    .unwrap()
}

async fn status_of(bot: &TestBot, id: i64) -> String {
    sqlx::query_scalar("SELECT status FROM tasks WHERE id = ?")
        .bind(id)
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_file_sent_as_a_reply_is_filed_with_its_hash_and_number_and_shown_on_the_card() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let card = assigned(&bot, &c, "Ban hành kế hoạch chuyển đổi số").await;
    let pdf = b"%PDF-1.7 ke hoach 45 da ky so".to_vec();
    let me = c.officer_a.private();
    bot.fake.send_media(
        &c.officer_a,
        &me,
        Media::document("45_KH-UBND ky so.pdf", &pdf),
        None,
        Some(card.message_id),
    );
    let answer = bot.fake.next_message(c.officer_a.id).await;
    assert!(answer.text.contains("Đã lưu minh chứng") && answer.text.contains("NV-0001"), "{}", answer.text);
    assert!(answer.text.contains("45/KH-UBND"), "the number read from the file's name: {}", answer.text);
    let filed = evidence_of(&bot, 1).await;
    assert_eq!(filed.len(), 1);
    let (name, number, hash, size, kind, file_ref) = &filed[0];
    assert_eq!(
        (name.as_str(), number.as_deref(), kind.as_str()),
        ("45_KH-UBND ky so.pdf", Some("45/KH-UBND"), "document")
    );
    assert_eq!((hash, *size), (&sha256(&pdf), pdf.len() as i64), "the hash is of the bytes sent");
    assert!(file_ref.starts_with("file"), "Telegram's id is kept to send it again: {file_ref}");
    assert_eq!(bot.fake.calls("getFile").len(), 1);
    assert_eq!(bot.fake.downloads(), 1, "downloaded once");
    // The task is not reported on by a file alone.
    assert_eq!(status_of(&bot, 1).await, "not_started");

    let shown = bot.ask(&c.officer_a, "/viec NV-0001").await;
    assert!(
        shown.text.contains("Minh chứng (1 tệp)") && shown.text.contains("<b>45/KH-UBND</b>"),
        "{}",
        shown.text
    );
    let shown = bot.ask(&c.chair, "/viec NV-0001").await;
    assert!(shown.text.contains("45_KH-UBND ky so.pdf"), "{}", shown.text);
}

#[tokio::test]
async fn a_capnhat_caption_reports_the_finish_and_the_secretariat_gets_the_file_by_its_id() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    assigned(&bot, &c, "Ban hành quyết định").await;
    let photo = vec![7u8; 4000];
    let me = c.officer_a.private();
    bot.fake.mark_read(c.officer_a.id);
    bot.fake.send_media(
        &c.officer_a,
        &me,
        Media::photo(&photo),
        Some("/capnhat NV-0001 đã hoàn thành, Quyết định 1234/QĐ-UBND"),
        None,
    );
    let filed = bot.fake.next_message(c.officer_a.id).await;
    assert!(
        filed.text.contains("Đã lưu minh chứng") && filed.text.contains("1234/QĐ-UBND"),
        "{}",
        filed.text
    );
    let recorded = bot.fake.next_message(c.officer_a.id).await;
    assert!(recorded.text.contains("báo cáo hoàn thành"), "{}", recorded.text);
    assert!(
        !recorded.text.contains("Đề nghị gửi văn bản"),
        "evidence is not asked for twice: {}",
        recorded.text
    );
    assert_eq!(status_of(&bot, 1).await, "awaiting_confirmation");
    let rows = evidence_of(&bot, 1).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].4.as_str(), &rows[0].2),
        ("photo", &sha256(&photo)),
        "the largest size is the one kept"
    );

    let request = bot.fake.next_message(c.secretariat.id).await;
    assert!(
        request.text.contains("đã hoàn thành") && request.text.contains("Minh chứng (1 tệp)"),
        "{}",
        request.text
    );
    let file = bot.fake.next_message(c.secretariat.id).await;
    assert_eq!(file.method, "sendPhoto");
    assert_eq!(file.file_ref.as_deref(), Some(rows[0].5.as_str()), "re-sent by id");
    assert!(file.file.is_none(), "nothing uploaded");
    assert!(file.text.contains("NV-0001"), "{}", file.text);

    let ask = bot.press(&c.secretariat, &request, &request.button("Xác nhận")).await;
    bot.press(&c.secretariat, &ask, &ask.button("Bỏ qua")).await;
    assert_eq!(status_of(&bot, 1).await, "done");
}

#[tokio::test]
async fn after_done_the_bot_asks_for_evidence_and_a_file_sent_then_goes_to_the_secretariat() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let card = assigned(&bot, &c, "Việc có minh chứng").await;
    let answer = bot.press(&c.officer_a, &card, &card.button("Hoàn thành")).await;
    assert!(answer.text.contains("Đề nghị gửi văn bản hoặc hình ảnh minh chứng"), "{}", answer.text);
    assert!(answer.buttons().iter().any(|(l, _)| l == "Không gửi minh chứng"), "{:?}", answer.buttons());
    let request = bot.fake.next_message(c.secretariat.id).await;
    assert!(!request.text.contains("Minh chứng ("), "no files yet: {}", request.text);

    // The file comes next, neither a reply nor captioned: it is what was asked for.
    let docx = b"PK\x03\x04 bao cao ket qua".to_vec();
    bot.fake.send_media(
        &c.officer_a,
        &c.officer_a.private(),
        Media::document("Bao cao ket qua.docx", &docx),
        None,
        None,
    );
    let filed = bot.fake.next_message(c.officer_a.id).await;
    assert!(filed.text.contains("Đã lưu minh chứng"), "{}", filed.text);
    let added = bot.fake.next_message(c.secretariat.id).await;
    assert!(
        added.text.contains("bổ sung minh chứng") && added.text.contains("Bao cao ket qua.docx"),
        "{}",
        added.text
    );
    assert!(added.buttons().iter().any(|(l, _)| l.contains("Xác nhận")), "decided from the notice");
    let file = bot.fake.next_message(c.secretariat.id).await;
    assert_eq!((file.method.as_str(), file.file.is_none()), ("sendDocument", true));
    assert_eq!(file.file_ref.as_deref(), Some(evidence_of(&bot, 1).await[0].5.as_str()));

    // The bot asked once: a file later, with no task named, is not filed.
    bot.fake.send_media(
        &c.officer_a,
        &c.officer_a.private(),
        Media::document("khac.pdf", b"%PDF other"),
        None,
        None,
    );
    let refused = bot.fake.next_message(c.officer_a.id).await;
    assert!(refused.text.contains("Chưa xác định được tệp"), "{}", refused.text);
    assert_eq!(evidence_of(&bot, 1).await.len(), 1);
}

#[tokio::test]
async fn the_officer_may_finish_without_evidence() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let card = assigned(&bot, &c, "Việc không có tệp").await;
    let answer = bot.press(&c.officer_a, &card, &card.button("Hoàn thành")).await;
    let skipped = bot.press(&c.officer_a, &answer, &answer.button("Không gửi minh chứng")).await;
    assert!(skipped.text.contains("không kèm minh chứng"), "{}", skipped.text);
    assert_eq!(status_of(&bot, 1).await, "awaiting_confirmation");
    // Words after the question are read as ever: the wait for a file does not swallow them.
    let card2 = assigned(&bot, &c, "Việc thứ hai").await;
    bot.press(&c.officer_a, &card2, &card2.button("Hoàn thành")).await;
    let answer = bot.ask(&c.officer_a, "/viec NV-0002").await;
    assert!(answer.text.contains("NV-0002"), "{}", answer.text);
}

#[tokio::test]
async fn files_are_refused_politely_and_nothing_is_stored() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let card = assigned(&bot, &c, "Việc A").await;
    let me = c.officer_a.private();
    let reply = Some(card.message_id);

    // Above the Bot API's 20 MB: not even downloaded.
    let big = Media::document("ho so.pdf", b"%PDF small part").declared_size(25 * 1024 * 1024);
    bot.fake.send_media(&c.officer_a, &me, big, None, reply);
    let answer = bot.fake.next_message(c.officer_a.id).await;
    assert!(
        answer.text.contains("vượt mức 20 MB") && answer.text.contains("không được lưu"),
        "{}",
        answer.text
    );
    assert!(answer.text.contains("25 MB"), "{}", answer.text);

    // Not a document or a picture.
    bot.fake.send_media(&c.officer_a, &me, Media::video(b"mp4 bytes"), None, reply);
    let answer = bot.fake.next_message(c.officer_a.id).await;
    assert!(answer.text.contains("Chỉ nhận văn bản"), "{}", answer.text);
    bot.fake.send_media(&c.officer_a, &me, Media::voice(b"ogg bytes"), None, reply);
    let answer = bot.fake.next_message(c.officer_a.id).await;
    assert!(answer.text.contains("Chỉ nhận văn bản"), "{}", answer.text);
    bot.fake.send_media(&c.officer_a, &me, Media::document("cai dat.exe", b"MZ"), None, reply);
    let answer = bot.fake.next_message(c.officer_a.id).await;
    assert!(
        answer.text.contains("Chỉ nhận văn bản") && answer.text.contains("cai dat.exe"),
        "{}",
        answer.text
    );

    // Another unit's officer names the task.
    bot.fake.send_media(
        &c.officer_b,
        &c.officer_b.private(),
        Media::document("45_KH-UBND.pdf", b"%PDF b"),
        Some("/capnhat NV-0001 đã hoàn thành"),
        None,
    );
    let answer = bot.fake.next_message(c.officer_b.id).await;
    assert!(answer.text.contains("không thuộc đơn vị"), "{}", answer.text);

    // A stranger learns how to register, and nothing else.
    let stranger = crate::support::TgUser::new(555_001, "Khách");
    bot.fake.send_media(
        &stranger,
        &stranger.private(),
        Media::document("a.pdf", b"%PDF s"),
        Some("/capnhat NV-0001 xong"),
        None,
    );
    let answer = bot.fake.next_message(stranger.id).await;
    assert!(!answer.text.contains("NV-0001"), "{}", answer.text);

    assert_eq!(bot.fake.downloads(), 0, "no refused file was downloaded");
    assert!(evidence_of(&bot, 1).await.is_empty());
    assert_eq!(status_of(&bot, 1).await, "not_started", "a refused file's caption reports nothing");

    // The same bytes twice are one piece of evidence.
    let pdf = b"%PDF the plan".to_vec();
    bot.fake.send_media(&c.officer_a, &me, Media::document("ke hoach.pdf", &pdf), None, reply);
    bot.fake.next_message(c.officer_a.id).await;
    bot.fake.send_media(&c.officer_a, &me, Media::document("ke hoach (1).pdf", &pdf), None, reply);
    let answer = bot.fake.next_message(c.officer_a.id).await;
    assert!(answer.text.contains("đã có trong hồ sơ"), "{}", answer.text);
    assert_eq!(evidence_of(&bot, 1).await.len(), 1);
}

#[tokio::test]
async fn the_dossier_sends_the_history_and_the_files_to_those_who_may_see_them() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let card = assigned(&bot, &c, "Việc có hồ sơ").await;
    let me = c.officer_a.private();
    bot.fake.send_media(
        &c.officer_a,
        &me,
        Media::document("45_KH-UBND.pdf", b"%PDF one"),
        None,
        Some(card.message_id),
    );
    bot.fake.next_message(c.officer_a.id).await;
    bot.fake.send_media(
        &c.officer_a,
        &me,
        Media::photo(&[9u8; 300]),
        Some("ảnh trang ký"),
        Some(card.message_id),
    );
    bot.fake.next_message(c.officer_a.id).await;
    bot.ask(&c.officer_a, "/capnhat NV-0001 đang triển khai, đạt 60%").await;

    for user in [&c.officer_a, &c.chair, &c.secretariat] {
        let dossier = bot.ask(user, "/hoso NV-0001").await;
        assert!(dossier.text.contains("Hồ sơ nhiệm vụ NV-0001"), "{}", dossier.text);
        assert!(
            dossier.text.contains("60%") && dossier.text.contains("Minh chứng (2 tệp)"),
            "{}",
            dossier.text
        );
        let first = bot.fake.next_message(user.id).await;
        let second = bot.fake.next_message(user.id).await;
        assert_eq!((first.method.as_str(), second.method.as_str()), ("sendDocument", "sendPhoto"));
        assert!(first.file_ref.is_some() && second.file_ref.is_some() && first.file.is_none());
        assert!(first.text.contains("45/KH-UBND"), "{}", first.text);
    }
    let refused = bot.ask(&c.officer_b, "/hoso NV-0001").await;
    assert!(refused.text.contains("không thuộc đơn vị"), "{}", refused.text);
    bot.fake.assert_silent(c.officer_b.id, Duration::from_millis(300)).await;
    let usage = bot.ask(&c.officer_a, "/hoso").await;
    assert!(usage.text.contains("/hoso NV-0042"), "{}", usage.text);
}

//! Who is who: units, invites and registration, groups, roles, language.

use std::time::Duration;

use crate::support::{Chat, NowUtc, Options, TestBot, TgUser};

fn invite_code(text: &str) -> String {
    let start = text.find("?start=").expect("a deep link") + "?start=".len();
    text[start..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect()
}

#[tokio::test]
async fn the_secretariat_adds_a_unit_invites_an_officer_and_the_officer_registers_once() {
    let bot = TestBot::start(Options { admins: vec![1], ..Options::default() }).await;
    let secretariat = TgUser::new(1, "Thư ký");
    let added = bot.ask(&secretariat, "/donvi them Sở Tư pháp | STP | tư pháp tỉnh").await;
    assert!(added.text.contains("Đã thêm đơn vị <b>STP</b>"), "{}", added.text);

    let invite = bot.ask(&secretariat, "/moi stp").await;
    assert!(invite.text.contains("https://t.me/dondoc_test_bot?start="), "{}", invite.text);
    assert!(invite.text.contains("Cán bộ đầu mối") && invite.text.contains("STP"), "{}", invite.text);
    let code = invite_code(&invite.text);

    let officer = TgUser::new(77, "Nguyễn Văn An");
    let welcome = bot.ask(&officer, &format!("/start {code}")).await;
    assert!(welcome.text.contains("Nguyễn Văn An"), "{}", welcome.text);
    assert!(welcome.text.contains("Cán bộ đầu mối") && welcome.text.contains("STP"), "{}", welcome.text);
    assert!(welcome.text.contains("/capnhat"), "the officer sees their commands: {}", welcome.text);
    let notice = bot.fake.next_message(secretariat.id).await;
    assert!(notice.text.contains("Nguyễn Văn An") && notice.text.contains("đã đăng ký"), "{}", notice.text);

    let intruder = TgUser::new(78, "Người khác");
    let refused = bot.ask(&intruder, &format!("/start {code}")).await;
    assert!(refused.text.contains("đã được sử dụng"), "single use: {}", refused.text);
    let unknown = bot.ask(&intruder, "/start abcdefgh2345").await;
    assert!(unknown.text.contains("không đúng"), "{}", unknown.text);

    let members = bot.ask(&secretariat, "/thanhvien").await;
    assert!(
        members.text.contains("<b>STP</b>") && members.text.contains("Nguyễn Văn An"),
        "{}",
        members.text
    );
    assert!(!members.text.contains("Người khác"));
}

#[tokio::test]
async fn an_invite_expires_after_a_week() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let invite = bot.ask(&c.secretariat, "/moi Sở Tư pháp").await;
    let code = invite_code(&invite.text);
    bot.clock.advance(chrono::Duration::days(8));
    let late = bot.ask(&TgUser::new(90, "Muộn"), &format!("/start {code}")).await;
    assert!(late.text.contains("hết hạn"), "{}", late.text);
}

#[tokio::test]
async fn invites_name_roles_in_vietnamese_or_english_and_an_ambiguous_unit_is_asked_with_buttons() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let chair_invite = bot.ask(&c.secretariat, "/moi VP UBND tỉnh trưởng ban").await;
    assert!(chair_invite.text.contains("Trưởng ban"), "{}", chair_invite.text);
    let deputy_invite = bot.ask(&c.secretariat, "/moi van phong ubnd tinh deputy").await;
    assert!(deputy_invite.text.contains("Phó Trưởng ban"), "{}", deputy_invite.text);

    let question = bot.ask(&c.secretariat, "/moi ubnd huyen").await;
    assert!(question.text.contains("nhiều đơn vị"), "{}", question.text);
    let labels: Vec<String> = question.buttons().into_iter().map(|(l, _)| l).collect();
    assert!(
        labels.iter().any(|l| l.contains("Vũ Thư")) && labels.iter().any(|l| l.contains("Kiến Xương")),
        "{labels:?}"
    );
    let invite = bot.press(&c.secretariat, &question, &question.button("Kiến Xương")).await;
    assert!(
        invite.text.contains("UBND huyện Kiến Xương") && invite.text.contains("?start="),
        "{}",
        invite.text
    );
}

#[tokio::test]
async fn units_are_found_by_alias_case_and_missing_diacritics() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    for typed in ["so tttt", "SỞ TT&TT", "sở thông tin và truyền thông", "STTTT"] {
        let invite = bot.ask(&c.secretariat, &format!("/moi {typed}")).await;
        assert!(invite.text.contains("Sở TT&amp;TT"), "{typed}: {}", invite.text);
    }
    for typed in ["ca tỉnh", "công an tinh"] {
        let invite = bot.ask(&c.secretariat, &format!("/moi {typed}")).await;
        assert!(invite.text.contains("Công an tỉnh"), "{typed}: {}", invite.text);
    }
    let unknown = bot.ask(&c.secretariat, "/moi Sở Y tế").await;
    assert!(unknown.text.contains("Không tìm thấy đơn vị"), "{}", unknown.text);
}

#[tokio::test]
async fn units_are_renamed_and_keep_their_old_names_as_aliases() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let renamed =
        bot.ask(&c.secretariat, "/donvi doiten Sở TT&TT | Sở Khoa học và Công nghệ | Sở KH&CN").await;
    assert!(renamed.text.contains("Sở KH&amp;CN"), "{}", renamed.text);
    let invite = bot.ask(&c.secretariat, "/moi so tttt").await;
    assert!(invite.text.contains("Sở KH&amp;CN"), "the old name still finds the unit: {}", invite.text);
    let aliases = bot.ask(&c.secretariat, "/donvi bidanh Sở KH&CN | skhcn").await;
    assert!(aliases.text.contains("skhcn"), "{}", aliases.text);
    let list = bot.ask(&c.chair, "/donvi").await;
    assert!(list.text.contains("Sở Khoa học và Công nghệ") && list.text.contains("skhcn"), "{}", list.text);
    let denied = bot.ask(&c.officer_a, "/donvi them Sở Y tế").await;
    assert!(denied.text.contains("Chỉ cơ quan thường trực"), "{}", denied.text);
}

#[tokio::test]
async fn a_group_is_registered_by_the_chair_or_secretariat_and_not_by_an_officer() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let group = Chat::group(-100_700, "BCĐ chuyển đổi số tỉnh");
    let refused = bot.say(&c.officer_a, &group, "/nhom").await;
    assert!(refused.text.contains("Chỉ Trưởng ban"), "{}", refused.text);
    assert_eq!(refused.text.lines().count(), 1);
    let stranger = bot.say(&TgUser::new(4040, "Lạ"), &group, "/nhom").await;
    assert_eq!(stranger.text.lines().count(), 1, "{}", stranger.text);

    let done = bot.say(&c.chair, &group, "/nhom").await;
    assert!(done.text.contains("Đã đăng ký nhóm"), "{}", done.text);
    let again = bot.say(&c.secretariat, &group, "/nhom").await;
    assert!(again.text.contains("đã được đăng ký"), "{}", again.text);
    let title: String = sqlx::query_scalar("SELECT title FROM groups WHERE chat_id = -100700")
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    assert_eq!(title, "BCĐ chuyển đổi số tỉnh");

    // Registered now: members' group commands are answered, an officer's private-only ones are not run here.
    let help = bot.say(&c.chair, &group, "/help").await;
    assert!(help.text.contains("/tonghop"), "{}", help.text);
    let private_only = bot.say(&c.officer_a, &group, "/capnhat NV-0001 xong").await;
    assert!(private_only.text.contains("tin nhắn riêng"), "{}", private_only.text);
}

#[tokio::test]
async fn the_secretariat_changes_a_role_and_removes_a_member() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let id: i64 = sqlx::query_scalar("SELECT id FROM members WHERE telegram_id = ?")
        .bind(c.officer_b.id)
        .fetch_one(&mut *bot.db().await)
        .await
        .unwrap();
    let changed = bot.ask(&c.secretariat, &format!("/thanhvien vaitro #{id} secretariat")).await;
    assert!(changed.text.contains("Cơ quan thường trực"), "{}", changed.text);
    let denied = bot.ask(&c.chair, &format!("/thanhvien xoa #{id}")).await;
    assert!(
        denied.text.contains("Chỉ cơ quan thường trực"),
        "the chair sees members but does not remove them: {}",
        denied.text
    );
    let removed = bot.ask(&c.secretariat, &format!("/thanhvien xoa #{id}")).await;
    assert!(removed.text.contains("Đã xóa"), "{}", removed.text);
    let after = bot.ask(&c.officer_b, "/viec").await;
    assert!(after.text.contains("chưa được đăng ký"), "a removed member is a stranger again: {}", after.text);
    let audit: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE entity = 'member' AND entity_id = ?")
            .bind(id)
            .fetch_one(&mut *bot.db().await)
            .await
            .unwrap();
    assert!(audit >= 2, "role change and removal are audited");
    let officer_list = bot.ask(&c.officer_a, "/thanhvien").await;
    assert!(officer_list.text.contains("dành cho"), "officers do not list members: {}", officer_list.text);
}

#[tokio::test]
async fn a_member_chooses_english_and_is_answered_in_english() {
    let (bot, c) = TestBot::with_committee(Options::default()).await;
    let set = bot.ask(&c.officer_a, "/ngonngu en").await;
    assert!(set.text.contains("English"), "{}", set.text);
    let help = bot.ask(&c.officer_a, "/help").await;
    assert!(help.text.contains("Commands you can use"), "{}", help.text);
    let bad = bot.ask(&c.officer_a, "/ngonngu fr").await;
    assert!(bad.text.contains("/ngonngu vi"), "{}", bad.text);
    let _ = bot.clock.now_utc();
    bot.fake.assert_silent(c.officer_a.id, Duration::from_millis(100)).await;
}

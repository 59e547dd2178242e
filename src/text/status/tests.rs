//! The status reader's unit tests: the replies that shaped it, one case a line.

use super::*;
use StatusKind::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 8, 20).unwrap()
}

/// What a test compares: the verdict, the percent, the extension's date.
type Got = (Verdict, Option<u8>, Option<NaiveDate>);

fn got(text: &str) -> Got {
    let r = read(text, today());
    (r.verdict, r.percent, r.extension_to)
}

fn clear(kind: StatusKind, percent: Option<u8>) -> Got {
    (Verdict::Clear(kind), percent, None)
}

fn unsure(guesses: &[StatusKind], percent: Option<u8>) -> Got {
    (Verdict::Unsure(guesses.to_vec()), percent, None)
}

fn extension(to: Option<(i32, u32, u32)>) -> Got {
    (Verdict::Clear(Extension), None, to.map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap()))
}

#[test]
fn officers_replies_are_read_as_they_are_meant() {
    let cases = [
        // Done.
        ("Hoàn thành", clear(Done, None)),
        ("đã hoàn thành", clear(Done, None)),
        ("Đã xong", clear(Done, None)),
        ("xong", clear(Done, None)),
        ("xong rồi ạ", clear(Done, None)),
        ("Hoàn tất.", clear(Done, None)),
        ("đã thực hiện xong", clear(Done, None)),
        ("Đạt 100%", clear(Done, Some(100))),
        ("100%", clear(Done, Some(100))),
        ("hoan thanh", clear(Done, None)),
        ("da xong", clear(Done, None)),
        ("ok xong", clear(Done, None)),
        ("HOAN TAT", clear(Done, None)),
        ("da hoan thanh 100 phan tram", clear(Done, Some(100))),
        ("Dạ em đã hoàn thành, không có vướng mắc gì ạ", clear(Done, None)),
        ("khong, da xong roi", clear(Done, None)),
        ("đã hoàn thành trước hạn", clear(Done, None)),
        // In progress.
        ("đang thực hiện", clear(InProgress, None)),
        ("Đang triển khai", clear(InProgress, None)),
        ("dang lam", clear(InProgress, None)),
        ("được 60%", clear(InProgress, Some(60))),
        ("dat 60%", clear(InProgress, Some(60))),
        ("60%", clear(InProgress, Some(60))),
        ("60 %", clear(InProgress, Some(60))),
        ("đạt 60 phần trăm", clear(InProgress, Some(60))),
        ("dat 66,5%", clear(InProgress, Some(66))),
        ("đang hoàn thiện dự thảo", clear(InProgress, None)),
        ("sap xong", clear(InProgress, None)),
        ("gần xong rồi", clear(InProgress, None)),
        ("Dự kiến hoàn thành 30/9", clear(InProgress, None)),
        ("se hoan thanh trong thang 9", clear(InProgress, None)),
        ("hoàn thành được 1 phần", clear(InProgress, None)),
        ("hoan thanh duoc mot phan", clear(InProgress, None)),
        ("Đã hoàn thành giai đoạn 1", clear(InProgress, None)),
        ("da xong 80%", clear(InProgress, Some(80))),
        ("đang triển khai, không có vướng mắc", clear(InProgress, None)),
        ("dang trien khai, khong gap kho khan gi", clear(InProgress, None)),
        ("chưa hoàn thành, đang triển khai", clear(InProgress, None)),
        ("chua xong, dat 70%", clear(InProgress, Some(70))),
        ("hoàn thành trước 30/9", clear(InProgress, None)),
        ("30/9 xong", clear(InProgress, None)),
        ("NV-0042 xong", clear(Done, None)),
        ("chưa xong, dự kiến cuối tháng 9 xong", clear(InProgress, None)),
        ("đang làm, chưa xong", clear(InProgress, None)),
        // Not started.
        ("chưa thực hiện", clear(NotStarted, None)),
        ("chua trien khai", clear(NotStarted, None)),
        ("Chưa bắt đầu", clear(NotStarted, None)),
        ("chua lam", clear(NotStarted, None)),
        ("chưa kịp làm", clear(NotStarted, None)),
        ("chưa thực hiện được", clear(NotStarted, None)),
        ("0%", clear(NotStarted, Some(0))),
        // Not finished: under way, as committees count it (never done).
        ("chưa hoàn thành", clear(InProgress, None)),
        ("chua xong", clear(InProgress, None)),
        ("Không hoàn thành", clear(InProgress, None)),
        ("chưa thể hoàn thành", clear(InProgress, None)),
        ("chưa hoàn thành được", clear(InProgress, None)),
        ("chua thuc hien xong", clear(InProgress, None)),
        ("ko xong", clear(InProgress, None)),
        ("chưa đạt 100%", clear(InProgress, None)),
        // Obstacles.
        ("vướng mắc về kinh phí", clear(Obstacle, None)),
        ("vuong mac ve kinh phi", clear(Obstacle, None)),
        ("gặp khó khăn do thiếu nhân lực", clear(Obstacle, None)),
        ("Kiến nghị UBND tỉnh bố trí kinh phí", clear(Obstacle, None)),
        ("de xuat bo sung nhan luc", clear(Obstacle, None)),
        ("đang triển khai, đạt 40%, gặp vướng về hạ tầng", clear(Obstacle, Some(40))),
        ("chua thuc hien do vuong mac kinh phi", clear(Obstacle, None)),
        ("không có kiến nghị, đề xuất", unsure(&[InProgress, Done, NotStarted], None)),
        // More time.
        ("xin gia hạn đến 30/9", extension(Some((2025, 9, 30)))),
        ("xin gia han den het thang 10", extension(Some((2025, 10, 31)))),
        ("Đề nghị gia hạn", extension(None)),
        ("xin lùi thời hạn", extension(None)),
        ("xin thêm thời gian đến 15/10", extension(Some((2025, 10, 15)))),
        // A date already past is no date to extend to: the bot asks for one.
        ("đề nghị gia hạn đến 15/8 vì chờ kinh phí", extension(None)),
        ("đề nghị gia hạn đến 15/9 vì chờ kinh phí", extension(Some((2025, 9, 15)))),
        // The same without diacritics, as many officers type.
        ("Da hoan thanh roi a", clear(Done, None)),
        ("xong roi", clear(Done, None)),
        ("da thuc hien xong", clear(Done, None)),
        ("dat 100%", clear(Done, Some(100))),
        ("hoan tat roi", clear(Done, None)),
        ("em da xong nhiem vu", clear(Done, None)),
        ("da hoan thanh, khong co vuong mac", clear(Done, None)),
        ("dang thuc hien", clear(InProgress, None)),
        ("dang trien khai dat 60%", clear(InProgress, Some(60))),
        ("duoc 60 %", clear(InProgress, Some(60))),
        ("gan xong", clear(InProgress, None)),
        ("du kien hoan thanh 30/9", clear(InProgress, None)),
        ("dang hoan thien", clear(InProgress, None)),
        ("sẽ hoàn thành", clear(InProgress, None)),
        ("da hoan thanh giai doan 1", clear(InProgress, None)),
        ("chua hoan thanh, dang lam", clear(InProgress, None)),
        ("chua bat dau", clear(NotStarted, None)),
        ("chua thuc hien duoc", clear(NotStarted, None)),
        ("chua kip lam", clear(NotStarted, None)),
        ("chua hoan thanh", clear(InProgress, None)),
        ("khong hoan thanh", clear(InProgress, None)),
        ("chua the hoan thanh", clear(InProgress, None)),
        ("chua hoan thanh duoc", clear(InProgress, None)),
        ("chx xong", clear(InProgress, None)),
        ("gap kho khan ve kinh phi", clear(Obstacle, None)),
        ("kien nghi bo sung kinh phi", clear(Obstacle, None)),
        ("chưa có vướng mắc gì", unsure(&[InProgress, Done, NotStarted], None)),
        ("chua co vuong mac gi", unsure(&[InProgress, Done, NotStarted], None)),
        ("khong co vuong mac", unsure(&[InProgress, Done, NotStarted], None)),
        ("xin gia han den 30/9", extension(Some((2025, 9, 30)))),
        ("de nghi gia han", extension(None)),
        ("xin lui thoi han den 15/10", extension(Some((2025, 10, 15)))),
        ("vang", unsure(&[InProgress, Done, NotStarted], None)),
        ("da nhan", unsure(&[InProgress, Done, NotStarted], None)),
        ("ok a", unsure(&[InProgress, Done, NotStarted], None)),
        // Not a status.
        ("ok", unsure(&[InProgress, Done, NotStarted], None)),
        ("Vâng ạ", unsure(&[InProgress, Done, NotStarted], None)),
        ("đã nhận", unsure(&[InProgress, Done, NotStarted], None)),
        ("", unsure(&[InProgress, Done, NotStarted], None)),
        ("chào anh", unsure(&[InProgress, Done, NotStarted], None)),
        ("nhiệm vụ này xong chưa ạ?", unsure(&[InProgress, Done, NotStarted], None)),
        ("hoan thanh khong?", unsure(&[InProgress, Done, NotStarted], None)),
        ("đạt 150%", unsure(&[InProgress, Done, NotStarted], None)),
        // Mixed or hedged: ask.
        ("đã xong, chưa triển khai", unsure(&[InProgress, Done, NotStarted], None)),
        ("chưa triển khai, đang chuẩn bị", unsure(&[InProgress, NotStarted], None)),
        ("đã xong dự thảo, đang trình ký", clear(InProgress, None)),
        ("cơ bản hoàn thành", clear(InProgress, None)),
        ("đã thực hiện", unsure(&[Done, InProgress], None)),
        ("Đã ban hành kế hoạch", unsure(&[Done, InProgress], None)),
        ("chưa hoàn thiện", clear(InProgress, None)),
        ("chưa có kinh phí", clear(Obstacle, None)),
        ("dang cho kinh phi", clear(Obstacle, None)),
        ("xin gia hạn sang quý 4", extension(Some((2025, 12, 31)))),
    ];
    let wrong: Vec<String> = cases
        .into_iter()
        .filter(|(text, want)| got(text) != *want)
        .map(|(text, want)| format!("read({text:?}) = {:?}, want {want:?}", got(text)))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The replies that were once recorded as done, and the readings the committee expects.
#[test]
fn questions_denials_promises_and_parts_are_never_done() {
    let cases = [
        ("xong chưa em?", unsure(&[InProgress, Done, NotStarted], None)),
        ("hoàn thành chưa đồng chí?", unsure(&[InProgress, Done, NotStarted], None)),
        ("có xong đâu", clear(InProgress, None)),
        ("kh xong", clear(InProgress, None)),
        ("hk xong", clear(InProgress, None)),
        ("k0 xong", clear(InProgress, None)),
        ("chưa hẳn đã xong", clear(InProgress, None)),
        ("còn lâu mới xong", clear(InProgress, None)),
        ("hoàn thành thì chưa", clear(InProgress, None)),
        ("mai xong ạ", clear(InProgress, None)),
        ("tuần sau hoàn thành", clear(InProgress, None)),
        ("dự kiến xong 30/9", clear(InProgress, None)),
        ("hoàn thành 8/10 nội dung", clear(InProgress, None)),
        ("đã xong khâu khảo sát", clear(InProgress, None)),
        ("đã hoàn thành dự thảo", clear(InProgress, None)),
        ("hoàn thành nhưng chưa đạt chỉ tiêu", clear(InProgress, None)),
        ("đã triển khai đến 100% xã", clear(InProgress, None)),
        ("Đã hoàn thành, đề nghị Tổ giúp việc xác nhận", clear(Done, None)),
        ("đã tháo gỡ vướng mắc, đang triển khai", clear(InProgress, None)),
        ("đề nghị cho lùi tiến độ đến 30/10", extension(Some((2025, 10, 30)))),
        ("xin phép hoàn thành trong tháng 10", extension(Some((2025, 10, 31)))),
        ("chưa được giao kinh phí", clear(Obstacle, None)),
        ("chờ UBND tỉnh phê duyệt", clear(Obstacle, None)),
        ("ht", clear(Done, None)),
        ("đã ht", clear(Done, None)),
        ("xog r", clear(Done, None)),
        ("chua tk", clear(NotStarted, None)),
        ("ddax hoanf thanhf", clear(Done, None)),
        ("Họp xong em báo cáo ạ", unsure(&[InProgress, Done, NotStarted], None)),
        ("Hình như xong rồi ạ, để em hỏi lại", unsure(&[Done, InProgress], None)),
        ("Về KH, CN đã hoàn thành", clear(Done, None)),
    ];
    let wrong: Vec<String> = cases
        .into_iter()
        .filter(|(text, want)| got(text) != *want)
        .map(|(text, want)| format!("read({text:?}) = {:?}, want {want:?}", got(text)))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_reading_keeps_the_document_it_names_and_what_it_rests_on() {
    let r = read("Đã ban hành Kế hoạch số 45/KH-UBND ngày 12/9/2025 triển khai nhiệm vụ.", today());
    assert_eq!(r.verdict, Verdict::Clear(Done));
    assert_eq!(r.document.as_deref(), Some("45/KH-UBND"));
    assert!(r.cues.iter().any(|c| c.kind == CueKind::Issued && c.words == "ban hành"), "{:?}", r.cues);
    let r = read("Đã ban hành Công văn số 1502/UBND-VX chỉ đạo các phòng triển khai.", today());
    assert_ne!(r.verdict, Verdict::Clear(Done), "a letter passing the work on is not the product");
    assert_eq!(r.document.as_deref(), Some("1502/UBND-VX"));
    let r = read("chưa xong ạ", today());
    assert!(r.cues.iter().any(|c| c.kind == CueKind::NotDone && c.words == "xong"), "{:?}", r.cues);
}

#[test]
fn a_negated_done_is_never_read_as_done() {
    let negators = ["chưa", "chua", "không", "khong", "Chưa", "KHÔNG", "ko", "chưa thể", "không thể"];
    let done_words =
        ["hoàn thành", "hoan thanh", "xong", "hoàn tất", "hoan tat", "đạt 100%", "thực hiện xong"];
    let frames =
        ["{}", "đã {}", "em báo cáo: {}", "{} rồi", "{} ạ", "{} được", "nhiệm vụ {} đúng hạn", "ok, {}"];
    for negator in negators {
        for done in done_words {
            for frame in frames {
                let text = frame.replace("{}", &format!("{negator} {done}"));
                let reading = read(&text, today());
                assert_ne!(reading.clear(), Some(Done), "{text:?} was read as done: {reading:?}");
            }
        }
    }
}

#[test]
fn unsure_always_offers_at_least_one_guess() {
    let texts = ["", "?", "👍", "ok", "chưa", "không", "xong chưa", "abc xyz", "1.2.3", "\u{202E}"];
    for text in texts {
        if let Verdict::Unsure(guesses) = read(text, today()).verdict {
            assert!(!guesses.is_empty(), "{text:?}");
        }
    }
}

#[test]
fn hostile_input_neither_panics_nor_takes_long() {
    let pieces = ["chưa ", "xong", "%", "100", " ", "\u{0301}", "👍", "gia hạn ", "30/9", ",", "\0", "k"];
    let mut garbage = String::new();
    let mut state = 7u64;
    while garbage.len() < 100_000 {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        garbage.push_str(pieces[(state >> 33) as usize % pieces.len()]);
    }
    let _ = read(&garbage, today());
    let _ = read(&"đ".repeat(50_000), today());
}

//! The deadline reader's unit tests: whole fields, phrases in prose, years completed.

use super::*;

fn date(y: i32, m: u32, d: u32) -> Deadline {
    Deadline::On(NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

fn chat() -> Context<'static> {
    Context::chat(NaiveDate::from_ymd_opt(2025, 8, 20).unwrap())
}

fn notice() -> Context<'static> {
    Context::document(NaiveDate::from_ymd_opt(2023, 8, 8).unwrap())
}

#[test]
fn whole_phrases_read_as_their_last_day() {
    let cases = [
        ("15/8/2023", date(2023, 8, 15)),
        ("15/08/2023", date(2023, 8, 15)),
        ("15-8-2023", date(2023, 8, 15)),
        ("15.8.2023", date(2023, 8, 15)),
        ("15/8/23", date(2023, 8, 15)),
        ("2023-08-15", date(2023, 8, 15)),
        ("15/8/2023 ạ", date(2023, 8, 15)),
        ("  15 / 8 / 2023 ", date(2023, 8, 15)),
        ("ngày 15 tháng 8 năm 2023", date(2023, 8, 15)),
        ("ngay 15 thang 8 nam 2023", date(2023, 8, 15)),
        ("NGÀY 15/8/2023", date(2023, 8, 15)),
        ("trước ngày 15/8/2023", date(2023, 8, 15)),
        ("truoc ngay 15/8/2023.", date(2023, 8, 15)),
        ("Hạn: 15/8/2023", date(2023, 8, 15)),
        ("hạn chót 30/9/2025", date(2025, 9, 30)),
        ("chậm nhất ngày 30/9/2025", date(2025, 9, 30)),
        ("đến 30/9/2025", date(2025, 9, 30)),
        ("tháng 9/2023", date(2023, 9, 30)),
        ("tháng 9 năm 2023", date(2023, 9, 30)),
        ("Tháng 02/2024", date(2024, 2, 29)),
        ("8/2023", date(2023, 8, 31)),
        ("hoàn thành trong tháng 8/2023", date(2023, 8, 31)),
        ("hoan thanh trong thang 8/2023", date(2023, 8, 31)),
        ("q3/2023", date(2023, 9, 30)),
        ("Q3-2023", date(2023, 9, 30)),
        ("q3 2023", date(2023, 9, 30)),
        ("quy 3 2023", date(2023, 9, 30)),
        ("quý 3/2023", date(2023, 9, 30)),
        ("quý III/2023", date(2023, 9, 30)),
        ("Quý III năm 2023", date(2023, 9, 30)),
        ("trong Quý III năm 2023", date(2023, 9, 30)),
        ("quy i/2024", date(2024, 3, 31)),
        ("Quý II năm 2024", date(2024, 6, 30)),
        ("quý IV/2024", date(2024, 12, 31)),
        ("6 tháng đầu năm 2024", date(2024, 6, 30)),
        ("06 tháng đầu năm 2024", date(2024, 6, 30)),
        ("sáu tháng đầu năm 2024", date(2024, 6, 30)),
        ("6 tháng cuối năm 2024", date(2024, 12, 31)),
        ("9 tháng đầu năm 2024", date(2024, 9, 30)),
        ("năm 2024", date(2024, 12, 31)),
        ("trong năm 2024", date(2024, 12, 31)),
        ("Trong Năm 2024", date(2024, 12, 31)),
        ("2024", date(2024, 12, 31)),
        ("cuối năm 2023", date(2023, 12, 31)),
        ("cuối tháng 9/2023", date(2023, 9, 30)),
        ("từ 1/8 đến 15/8/2023", date(2023, 8, 15)),
        ("từ ngày 01/8/2023 đến ngày 15/8/2023", date(2023, 8, 15)),
        ("1/8/2023 - 15/8/2023", date(2023, 8, 15)),
        ("thường xuyên", Deadline::Ongoing),
        ("Thuong xuyen", Deadline::Ongoing),
        ("hằng năm", Deadline::Recurring(Recurrence::Yearly(None))),
        ("hàng năm", Deadline::Recurring(Recurrence::Yearly(None))),
        ("định kỳ", Deadline::Ongoing),
        ("không", Deadline::Ongoing),
        ("Không.", Deadline::Ongoing),
        ("khong co han", Deadline::Ongoing),
        ("không có hạn", Deadline::Ongoing),
        ("không thời hạn", Deadline::Ongoing),
        ("không có thời hạn", Deadline::Ongoing),
    ];
    for (text, want) in cases {
        assert_eq!(parse(text, chat()), Ok(want), "parse({text:?})");
        assert_eq!(parse(text, notice()), Ok(want), "parse({text:?}) in a notice");
        // Typed without diacritics (as on a phone without a Vietnamese keyboard): the same.
        let bare = without_diacritics(text);
        assert_eq!(parse(&bare, chat()), Ok(want), "parse({bare:?})");
    }
}

fn without_diacritics(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            other => other,
        })
        .collect()
}

#[test]
fn a_date_without_a_year_is_completed_from_the_context() {
    // Typed on 20/8/2025 in a chat (this year's, which may be past: `read_typed` asks it back);
    // written in a notice of 08/8/2023 (the notice's year).
    let cases = [
        ("15/8", date(2025, 8, 15), date(2023, 8, 15)),
        ("15/1", date(2025, 1, 15), date(2023, 1, 15)),
        ("20/8", date(2025, 8, 20), date(2023, 8, 20)),
        ("trước 15/9", date(2025, 9, 15), date(2023, 9, 15)),
        ("31/12", date(2025, 12, 31), date(2023, 12, 31)),
        ("15-8", date(2025, 8, 15), date(2023, 8, 15)),
        ("ngày 15 tháng 8", date(2025, 8, 15), date(2023, 8, 15)),
        ("cuối tháng 9", date(2025, 9, 30), date(2023, 9, 30)),
        ("cuoi thang 7", date(2025, 7, 31), date(2023, 7, 31)),
        ("tháng 2", date(2025, 2, 28), date(2023, 2, 28)),
        ("trong tháng 9", date(2025, 9, 30), date(2023, 9, 30)),
        ("tháng 8", date(2025, 8, 31), date(2023, 8, 31)),
        ("quý 3", date(2025, 9, 30), date(2023, 9, 30)),
        ("q2", date(2025, 6, 30), date(2023, 6, 30)),
        ("quý I", date(2025, 3, 31), date(2023, 3, 31)),
        ("6 tháng đầu năm", date(2025, 6, 30), date(2023, 6, 30)),
        ("6 tháng cuối năm", date(2025, 12, 31), date(2023, 12, 31)),
        ("cuối năm", date(2025, 12, 31), date(2023, 12, 31)),
        ("cuối tháng", date(2025, 8, 31), date(2023, 8, 31)),
        ("cuối quý", date(2025, 9, 30), date(2023, 9, 30)),
        ("năm nay", date(2025, 12, 31), date(2023, 12, 31)),
    ];
    for (text, in_chat, in_notice) in cases {
        assert_eq!(parse(text, chat()), Ok(in_chat), "parse({text:?}) in a chat");
        assert_eq!(parse(text, notice()), Ok(in_notice), "parse({text:?}) in a notice");
    }
}

#[test]
fn a_date_already_past_this_year_is_asked_back_never_moved_on() {
    let cx = Context::chat(NaiveDate::from_ymd_opt(2026, 8, 6).unwrap());
    let past = |y, m, d| Err(DeadlineError::Past(NaiveDate::from_ymd_opt(y, m, d).unwrap()));
    assert_eq!(read_typed("trước ngày 5/8", cx), past(2026, 8, 5));
    assert_eq!(read_typed("15/9/2021", cx), past(2021, 9, 15));
    assert_eq!(read_typed("15/1", cx), past(2026, 1, 15));
    assert_eq!(read_typed("trước ngày 6/8", cx), Ok(date(2026, 8, 6)), "today is not past");
    assert_eq!(
        read_typed("từ ngày 15/9", cx),
        Err(DeadlineError::StartOnly(NaiveDate::from_ymd_opt(2026, 9, 15).unwrap()))
    );
    // 29/2 in a year without one is no date at all.
    let cx = Context::chat(NaiveDate::from_ymd_opt(2025, 1, 5).unwrap());
    assert_eq!(parse("29/2", cx), Err(DeadlineError::NoSuchDate { day: 29, month: 2, year: None }));
    assert_eq!(
        parse("29/2", Context::document(NaiveDate::from_ymd_opt(2023, 1, 5).unwrap())),
        Err(DeadlineError::NoSuchDate { day: 29, month: 2, year: None })
    );
}

#[test]
fn impossible_dates_and_garbage_are_errors() {
    use DeadlineError::*;
    let cases = [
        ("", Empty),
        ("   ", Empty),
        ("...", Empty),
        ("abc", NotUnderstood),
        ("hạn", NotUnderstood),
        ("15", NotUnderstood),
        ("đạt 60%", NotUnderstood),
        ("15/8/2023 abc", NotUnderstood),
        ("31/2/2024", NoSuchDate { day: 31, month: 2, year: Some(2024) }),
        ("29/2/2023", NoSuchDate { day: 29, month: 2, year: Some(2023) }),
        ("0/5", NoSuchDate { day: 0, month: 5, year: None }),
        ("15/13", NoSuchDate { day: 15, month: 13, year: None }),
        ("32/1", NoSuchDate { day: 32, month: 1, year: None }),
        ("31/4", NoSuchDate { day: 31, month: 4, year: None }),
        ("tháng 13/2023", NoSuchMonth(13)),
        ("quý 5/2023", NoSuchQuarter(5)),
        ("15/8/1990", YearOutOfRange(1990)),
        ("năm 3000", YearOutOfRange(3000)),
    ];
    for (text, want) in cases {
        assert_eq!(parse(text, chat()), Err(want), "parse({text:?})");
    }
}

#[test]
fn a_deadline_is_found_inside_a_sentence_with_its_original_bytes() {
    let cases = [
        ("xin gia hạn đến 30/9 vì chờ kinh phí", date(2025, 9, 30), "đến 30/9"),
        ("xin gia hạn đến hết tháng 10", date(2025, 10, 31), "đến hết tháng 10"),
        ("xin them thoi gian den 15/10", date(2025, 10, 15), "den 15/10"),
        ("Đang triển khai, dự kiến hoàn thành 30/9.", date(2025, 9, 30), "hoàn thành 30/9"),
        (
            "Sở Nội vụ báo cáo kết quả, hoàn thành trước ngày 15/8/2023.",
            date(2023, 8, 15),
            "hoàn thành trước ngày 15/8/2023",
        ),
        ("từ 1/8 đến 15/8/2023 phải xong", date(2023, 8, 15), "từ 1/8 đến 15/8/2023"),
        ("Làm trong Quý III năm 2023 nhé", date(2023, 9, 30), "trong Quý III năm 2023"),
        ("Hạn chót: 15/9/2025, báo cáo UBND", date(2025, 9, 15), "Hạn chót: 15/9/2025"),
        ("phải xong trong năm 2024", date(2024, 12, 31), "xong trong năm 2024"),
        ("gia hạn 30/9 được không", date(2025, 9, 30), "30/9"),
        ("xin lùi sang quý 4", date(2025, 12, 31), "sang quý 4"),
        ("Thời gian: 30/9/2025", date(2025, 9, 30), "30/9/2025"),
        ("1/8/2025-15/9/2025", date(2025, 9, 15), "1/8/2025-15/9/2025"),
        (
            "Kế hoạch 123/KH-UBND ngày 1/2/2024 giao, hoàn thành trong quý II/2024",
            date(2024, 6, 30),
            "hoàn thành trong quý II/2024",
        ),
        ("hạn nộp 2025-09-30", date(2025, 9, 30), "2025-09-30"),
        ("để kịp cuối tháng 9", date(2025, 9, 30), "cuối tháng 9"),
        ("thực hiện thường xuyên", Deadline::Ongoing, "thường xuyên"),
        ("Thời hạn: thường xuyên.", Deadline::Ongoing, "Thời hạn: thường xuyên"),
        // A bare date counts, but a later introduced one wins.
        ("Ngày 08/8/2023 họp, báo cáo trước 15/8/2023", date(2023, 8, 15), "trước 15/8/2023"),
        ("giao ngày 01/9/2025", date(2025, 9, 1), "ngày 01/9/2025"),
    ];
    for (text, want, span) in cases {
        let (got, range) = find(text, chat()).unwrap_or_else(|| panic!("nothing found in {text:?}"));
        assert_eq!(got, want, "find({text:?})");
        assert_eq!(&text[range.clone()], span, "range in {text:?}");
        assert_eq!(parse(&text[range], chat()), Ok(want), "the range of {text:?} parses back");
    }
}

#[test]
fn numbers_that_are_not_deadlines_are_never_found() {
    let cases = [
        "đạt 60%",
        "đã đạt 60 %, còn 40%",
        "1.2. Sở Thông tin và Truyền thông",
        "2.1. Tiếp tục quán triệt",
        "Kế hoạch số 35/KH-UBND",
        "Quyết định 06/QĐ-TTg",
        "theo Nghị định 13/2023/NĐ-CP",
        "Năm 2023 có 47 nhiệm vụ, trong đó đã hoàn thành 7 nhiệm vụ",
        "Đã triển khai 25/25 dịch vụ công thiết yếu",
        "hoàn thành 8/10 nhiệm vụ",
        "cấp 803.868 tài khoản, đạt tỷ lệ 101,2%",
        "giai đoạn 2022 - 2025, tầm nhìn đến 2030",
        "Quý 2 : 104.849",
        "sơ kết 06 tháng đầu năm về chuyển đổi số",
        "nhiệm vụ những tháng cuối năm 2023",
        "công tác tuyên truyền chưa thường xuyên",
        "áp dụng từ 1/8/2025",
        "chào mừng kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9",
        "kỷ niệm Ngày Giải phóng miền Nam 30/4",
        "gọi 0912.345.678",
        "Ngày 08/8/2023, tại trụ sở Ủy ban nhân dân tỉnh, đồng chí Chủ tịch chủ trì cuộc họp",
        // Rules ("quy định"), not a quarter; a school year is the span of the work.
        "đề xuất nếu có những bất cập trong quy định pháp luật",
        "trong quy hoach su dung dat",
        "thực hiện nhiệm vụ trong năm học 2025 - 2026",
        // The days gone by, not the days given.
        "cách ly người đến từ vùng dịch trong vòng 14 ngày qua",
        "số ca mắc trong 7 ngày gần đây",
        "kết quả 3 tháng vừa qua",
        "phân công công chức trực điện thoại 24/7",
        "",
    ];
    for text in cases {
        assert_eq!(find(text, notice()), None, "find({text:?})");
    }
}

#[test]
fn dates_of_cited_documents_are_not_deadlines() {
    let cases = [
        "thực hiện Chỉ thị số 05/CT-TTg ngày 22/3/2023 của Thủ tướng",
        "Chỉ thị số 22-CT/TU ngày 19/5/2023 của Ban Thường vụ Tỉnh ủy",
        "Kế hoạch số 35/KH-UBND ngày 13/3/2023 của Ủy ban nhân dân tỉnh",
        "theo Thông báo kết luận ngày 08/8/2023",
        "theo văn bản hướng dẫn ngày 15/9/2023 của Bộ Thông tin và Truyền thông",
    ];
    for text in cases {
        assert_eq!(find(text, notice()), None, "find({text:?})");
    }
    let holiday = "chuyển phần quà đến người dân, xong trước ngày Quốc khánh 02/9/2025";
    assert_eq!(find(holiday, notice()).map(|f| f.0), Some(date(2025, 9, 2)));
    let both = "theo Kế hoạch số 35/KH-UBND ngày 13/3/2023, báo cáo trước ngày 15/9";
    assert_eq!(find(both, notice()).map(|f| f.0), Some(date(2023, 9, 15)));
}

#[test]
fn the_conclusion_notice_items_yield_their_deadlines() {
    // Items of the Thái Bình conclusion notice of 08/8/2023 (shared/examples/002_*.txt).
    let cases = [
        (
            "- Khẩn trương rà soát, ban hành các Văn bản chỉ đạo, Kế hoạch về chuyển đổi số thực hiện \
             trong cơ quan, đơn vị mình theo quy định, hoàn thành trước 15/8/2023; người đứng đầu cơ quan",
            Some(date(2023, 8, 15)),
        ),
        (
            "đơn giản hóa các quy trình thủ tục, giấy tờ công dân theo thẩm quyền và trình cấp có thẩm \
             quyền xem xét, quyết định bảo đảm thực chất, hiệu quả; hoàn thành trong Quý III năm 2023.",
            Some(date(2023, 9, 30)),
        ),
        (
            "Đối với các sở, ngành, địa phương nào chưa hoàn thành nhiệm vụ 6 tháng đầu năm phải rút kinh \
             nghiệm và có giải pháp triển khai thực hiện, hoàn thành trong tháng 8/2023.",
            Some(date(2023, 8, 31)),
        ),
        (
            "1.2. Sở Thông tin và Truyền thông - Chủ trì, phối hợp với Công an tỉnh ... tham mưu Ủy ban \
             nhân dân tỉnh Kế hoạch nâng cao Chỉ số chuyển đổi số DTI của tỉnh năm 2023 và các năm tiếp \
             theo; báo cáo Ủy ban nhân dân tỉnh trước ngày 15/8/2023.",
            Some(date(2023, 8, 15)),
        ),
        (
            "2.1. Tiếp tục quán triệt và thực hiện nghiêm túc quan điểm chỉ đạo của Thủ tướng Chính phủ \
             tại Chỉ thị số 05/CT-TTg ngày 22/3/2023, Chỉ thị số 22-CT/TU ngày 19/5/2023 của Ban Thường \
             vụ Tỉnh ủy về tăng cường lãnh đạo, đẩy mạnh thực hiện Đề án 06 trên địa bàn tỉnh Thái Bình \
             năm 2023 và các năm tiếp theo, Kế hoạch số 35/KH-UBND ngày 13/3/2023 của Ủy ban nhân dân tỉnh.",
            None,
        ),
        (
            "2.2. Các sở, ngành, địa phương tập trung triển khai thực hiện có hiệu quả 46 nhiệm vụ 06 \
             tháng cuối năm trong kế hoạch của tỉnh đã đề ra.",
            None,
        ),
        (
            "Đã triển khai 25/25 dịch vụ công thiết yếu theo Đề án 06; hoàn thành cấp Căn cước công dân \
             cho 100% công dân (với hơn 1,5 triệu thẻ) trước thời hạn Bộ Công an giao 63 ngày; cấp \
             803.868 tài khoản định danh điện tử, đạt tỷ lệ 101,2% (vượt chỉ tiêu 1,2%)",
            None,
        ),
        (
            "xếp hạng chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI cấp tỉnh) năm 2022 của tỉnh Thái Bình \
             giảm 11 bậc so với năm 2021 (từ vị trí thứ 45 năm 2021 giảm xuống vị trí 56 năm 2022).",
            None,
        ),
    ];
    for (text, want) in cases {
        assert_eq!(find(text, notice()).map(|f| f.0), want, "find({text:?})");
    }
}

#[test]
fn a_found_range_always_parses_back_to_the_same_deadline() {
    let pieces = [
        "15",
        "/",
        "8",
        "2023",
        " ",
        "-",
        ".",
        "tháng ",
        "quý ",
        "III",
        "năm ",
        "đến ",
        "trước ",
        "ngày ",
        "cuối ",
        "từ ",
        "hạn ",
        ":",
        "thường xuyên ",
        "6 ",
        "đầu ",
        "hoàn thành ",
        "trong ",
        "gia ",
        "q",
        "4",
        "của ",
        "số ",
        "31",
        "12",
        "23",
        "nay ",
        "hết ",
        "thời ",
    ];
    let mut state = 1u64;
    let mut found = 0;
    for _ in 0..20_000 {
        let mut text = String::new();
        for _ in 0..2 + (state >> 60) {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
        }
        for cx in [chat(), notice()] {
            if let Some((deadline, range)) = find(&text, cx) {
                found += 1;
                assert_eq!(parse(&text[range.clone()], cx), Ok(deadline), "{text:?} at {range:?}");
            }
        }
    }
    assert!(found > 1_000, "the generator should produce deadlines, found {found}");
}

#[test]
fn hostile_input_neither_panics_nor_takes_long() {
    let mut garbage = String::new();
    let pieces = [
        "15/", "8", "/", "tháng ", "quý", "\u{202E}", "👍🏽", "năm ", "2023", "\u{0301}", "%", "đến ", "\0",
        " ",
    ];
    let mut state = 12345u64;
    while garbage.len() < 100_000 {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        garbage.push_str(pieces[(state >> 33) as usize % pieces.len()]);
    }
    let _ = parse(&garbage, chat());
    if let Some((_, range)) = find(&garbage, chat()) {
        assert!(garbage.get(range).is_some());
    }
    let digits = "9".repeat(100_000);
    assert_eq!(parse(&digits, chat()), Err(DeadlineError::NotUnderstood));
    assert_eq!(find(&digits, chat()), None);
}

#[test]
fn a_recurrence_typed_where_a_deadline_goes_reads_with_its_bounds() {
    use crate::domain::MonthDay;
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let cases = [
        ("hằng tháng ngày 20", Recurrence::Monthly(Some(MonthDay::Day(20))), None, None),
        ("trước ngày 20 hằng tháng", Recurrence::Monthly(Some(MonthDay::Day(20))), None, None),
        // "đến ngày 20" names the day of the month, not an end: no year.
        ("hạn đến ngày 20 hằng tháng", Recurrence::Monthly(Some(MonthDay::Day(20))), None, None),
        ("hằng quý ngày 20", Recurrence::Quarterly(Some(MonthDay::Day(20))), None, None),
        ("hằng năm 15/12", Recurrence::Yearly(Some((15, 12))), None, None),
        ("hằng tuần thứ sáu", Recurrence::Weekly(Some(chrono::Weekday::Fri)), None, None),
        (
            "hằng tháng ngày 20 từ 01/01/2026 đến 31/12/2026",
            Recurrence::Monthly(Some(MonthDay::Day(20))),
            Some(day(2026, 1, 1)),
            Some(day(2026, 12, 31)),
        ),
        (
            "hằng quý ngày 20, đến hết năm 2027",
            Recurrence::Quarterly(Some(MonthDay::Day(20))),
            None,
            Some(day(2027, 12, 31)),
        ),
        ("hằng quý", Recurrence::Quarterly(None), None, None),
    ];
    for (text, every, from, until) in cases {
        assert_eq!(read_repeating(text, chat()), Some(Repeating { every, from, until }), "{text}");
    }
    for text in ["30/9/2026", "cuối tháng 10", "thường xuyên", "từ 1/1/2026 đến 31/12/2026"] {
        assert_eq!(read_repeating(text, chat()), None, "{text}");
    }
}
/// "ngay trong Quý 4 năm 2025" (at once, within the quarter): the phrase with its "ngay".
#[test]
fn at_once_within_a_period_is_the_periods_end() {
    let cx = Context::document(NaiveDate::from_ymd_opt(2025, 8, 10).unwrap());
    for (text, words) in [
        ("kiểm soát rủi ro ngay trong Quý 4 năm 2025", "ngay trong Quý 4 năm 2025"),
        ("làm ngay trong năm 2025", "ngay trong năm 2025"),
        ("kiểm soát rủi ro trong Quý 4 năm 2025", "trong Quý 4 năm 2025"),
    ] {
        let (deadline, range) = find(text, cx).unwrap();
        assert_eq!((deadline, &text[range]), (date(2025, 12, 31), words), "{text}");
    }
}

/// The lunar New Year ("trước Tết Nguyên đán", its cycle's name "Bính Ngọ", its year), the
/// weeks of a month ("tuần đầu tháng 9", "tuần thứ hai của tháng 9", "tuần cuối tháng 9"), the
/// halves of a month or year ("nửa đầu tháng 10") and the parts of a week ("đầu tuần sau").
#[test]
fn holidays_weeks_and_halves_read_as_their_day() {
    // A Thursday.
    let cx = Context::document(NaiveDate::from_ymd_opt(2026, 8, 20).unwrap());
    for (text, want) in [
        ("hoàn thành trước Tết Nguyên đán", date(2027, 2, 5)),
        ("trước Tết Nguyên đán Bính Ngọ", date(2026, 2, 16)),
        ("trước Tết Đinh Mùi", date(2027, 2, 5)),
        ("trước Tết Nguyên đán 2028", date(2028, 1, 25)),
        ("trong tuần đầu tháng 9", date(2026, 9, 7)),
        ("trong tuần thứ hai của tháng 9", date(2026, 9, 14)),
        ("trước tuần cuối tháng 9", date(2026, 9, 30)),
        ("trong nửa đầu tháng 10", date(2026, 10, 15)),
        ("trong nửa cuối năm 2026", date(2026, 12, 31)),
        ("xong đầu tuần sau", date(2026, 8, 24)),
        ("không quá ngày 30/9/2026", date(2026, 9, 30)),
        ("trước Tết Dương lịch", date(2026, 12, 31)),
        ("trước Tết Âm lịch", date(2027, 2, 5)),
        // "tháng sau" without its mark is next month, not June ("tháng Sáu").
        ("xong trước mùng 5 tháng sau", date(2026, 9, 5)),
        ("trước ngày 15 tháng tới", date(2026, 9, 15)),
        ("trong tháng Sáu năm 2027", date(2027, 6, 30)),
        // A comma after the time of day keeps the phrase whole.
        ("hoàn thành trước 14 giờ, ngày 10/9/2026", date(2026, 9, 10)),
    ] {
        let (deadline, range) = find(text, cx).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(deadline, want, "{text}");
        assert_eq!(parse(&text[range.clone()], cx), Ok(want), "{text}: {}", &text[range]);
    }
    // Tết named as an occasion is no deadline.
    for text in ["trong dịp Tết Nguyên đán", "sau Tết Nguyên đán sẽ họp", "trước Tết Trung thu"]
    {
        assert_eq!(find(text, cx), None, "{text}");
    }
}

#[test]
fn a_span_of_years_and_the_years_after_a_period() {
    let cx = chat();
    assert_eq!(parse("2026 - 2030", cx), Ok(date(2030, 12, 31)));
    assert_eq!(parse("giai đoạn 2026-2030", cx), Ok(date(2030, 12, 31)));
    // Due first at the end of the period named; the years after it are the same work again.
    let (found, range) =
        find("Sở Tư pháp tuyên truyền Luật trong Quý IV năm 2025 và các năm tiếp theo.", cx).unwrap();
    assert_eq!(found, date(2025, 12, 31));
    assert!(
        "Sở Tư pháp tuyên truyền Luật trong Quý IV năm 2025 và các năm tiếp theo."[range]
            .ends_with("tiếp theo")
    );
    assert_eq!(parse("quý IV/2025 và các năm tiếp theo", cx), Ok(date(2025, 12, 31)));
    // From a year on, with no end: no deadline.
    assert_eq!(find("thực hiện từ năm 2026 trở đi", cx), None);
}

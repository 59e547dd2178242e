//! The words the reader knows, by the part they play in a sentence. Folded (no diacritics,
//! lower case), phrases space-separated; chat spellings are spelled out before lookup.

/// Finishing words.
pub(super) const FINISH: &[&str] = &[
    "hoan thanh",
    "completed",
    "finished",
    "hoan tat",
    "xong",
    "xong xuoi",
    "done",
    "ket thuc",
    "nghiem thu",
    "dua vao su dung",
    "dua vao van hanh",
    "dua vao khai thac",
    "dua vao hoat dong",
];

/// Issuing a document: finished when the document has a number and is of a kind that can be
/// the task's product.
pub(super) const ISSUE: &[&str] = &["ban hanh", "ky ban hanh", "phe duyet", "ky"];

/// Documents that can be a task's product ("Kế hoạch số 45/KH-UBND"); a letter ("Công văn
/// số …") usually passes the work on.
pub(super) const PRODUCTS: &[&str] = &[
    "ke hoach",
    "quyet dinh",
    "de an",
    "chuong trinh",
    "quy che",
    "quy dinh",
    "nghi quyet",
    "chi thi",
    "huong dan",
    "bao cao",
    "to trinh",
    "thong bao",
    "phuong an",
    "kien truc",
];

/// Verbs of doing the work: with "đã" they say work was done, not that it is finished.
pub(super) const WORK: &[&str] = &[
    "thuc hien",
    "trien khai",
    "lam",
    "xay dung",
    "tien hanh",
    "to chuc",
    "bat dau",
    "khoi dong",
    "khoi cong",
    "soan thao",
    "ban hanh",
    "gui",
    "trinh",
    "tham muu",
    "bao cao",
    "cap nhat",
    "ra soat",
    "thu thap",
    "khao sat",
    "lap",
    "lap dat",
    "ap dung",
    "so hoa",
    "lam sach",
    "dao tao",
    "tap huan",
    "tuyen truyen",
    "ky",
    "kiem tra",
    "tong hop",
];

/// Of those, the ones whose negation means the work has not begun.
pub(super) const START: &[&str] = &[
    "start",
    "bat dau lam",
    "thuc hien",
    "trien khai",
    "lam",
    "xay dung",
    "tien hanh",
    "to chuc",
    "bat dau",
    "bat tay",
    "khoi dong",
    "khoi cong",
    "soan thao",
    "dong toi",
    "dong den",
    "co gi",
    "lam gi",
];

/// Work under way, whatever the verb after it.
pub(super) const UNDER_WAY: &[&str] = &[
    "dang",
    "tiep tuc",
    "hoan thien",
    "chuan bi",
    "trong qua trinh",
    "van dang",
    "day nhanh",
    "tien do on",
    "tien do tot",
    "tien do binh thuong",
    "in progress",
    "ongoing",
    "on track",
];

/// After "đang": the product's state, or the person's, not work on the task.
pub(super) const NOT_WORK: &[&str] = &[
    "van hanh",
    "hoat dong",
    "su dung",
    "chay",
    "on dinh",
    "khai thac",
    "di cong tac",
    "cong tac",
    "nghi phep",
    "nghi",
    "hop",
    "ban",
    "om",
    "di",
    "o",
];

/// Obstacles by name.
pub(super) const OBSTACLE: &[&str] = &[
    "vuong mac",
    "vuong",
    "kho khan",
    "tro ngai",
    "bat cap",
    "ach tac",
    "thieu",
    "phu thuoc",
    "su co",
    "van de phat sinh",
    "chong cheo",
    "mang yeu",
    "tam dung",
    "tam ngung",
    "ngung",
    "trung lap",
    "het dung luong",
    "het kinh phi",
    "het von",
    "bo tay",
    "hu hong",
];

/// What a unit waits for or lacks when the work is blocked: "chưa có kinh phí", "chưa được
/// bố trí vốn", "không có người vận hành".
pub(super) const RESOURCE: &[&str] = &[
    "kinh phi",
    "von",
    "ngan sach",
    "nhan luc",
    "nhan su",
    "can bo",
    "nguoi",
    "huong dan",
    "chu truong",
    "mat bang",
    "ha tang",
    "thiet bi",
    "may moc",
    "du lieu",
    "tai khoan",
    "phan mem",
    "co che",
    "quy dinh",
    "y kien",
    "phe duyet",
    "quyet dinh",
    "dia diem",
    "co so phap ly",
    "van ban",
    "ket qua tham dinh",
    "nguon",
    "chi dao",
    "api",
    "ket noi",
    "tham dinh",
    "thong qua",
    "chap thuan",
    "nha thau",
    "may tinh",
    "may chu",
    "may",
    "duong truyen",
    "ip",
    "tien",
];

/// What another body hands over, and a unit waits for when it has not: "chưa bàn giao API",
/// "chưa cấp tài khoản".
pub(super) const TRANSFERS: &[&str] =
    &["ban giao", "cap", "cung cap", "phe duyet", "tra loi", "giao", "bo tri", "phan bo", "chuyen", "gui"];

/// What a unit says it needs: "cần đầu tư thêm thiết bị", "cần bổ sung kinh phí".
pub(super) const NEEDS: &[&str] =
    &["dau tu", "bo sung", "ho tro", "them", "kinh phi", "bo tri", "trang bi", "support", "giup"];

/// Verbs that clear an obstacle.
pub(super) const CLEAR: &[&str] = &[
    "thao go",
    "giai quyet",
    "khac phuc",
    "xu ly",
    "vuot qua",
    "go",
    "het",
    "thao do",
    "khong con",
    "bo tri",
];

/// Requests to someone above: for help (an obstacle), for time, or the polite closing.
pub(super) const REQUEST: &[&str] =
    &["kien nghi", "de xuat", "de nghi", "kinh de nghi", "kinh mong", "mong", "kinh trinh", "xin", "nho"];

/// Requests whose object, when it is neither help nor time nor a closing, is still an appeal
/// upwards ("đề nghị UBND tỉnh quan tâm"); "xin" and "nhờ" ask for anything ("xin lỗi").
pub(super) const APPEAL: &[&str] = &["kien nghi", "de xuat", "de nghi", "kinh de nghi", "kinh trinh"];

/// Who requests are addressed to: skipped when reading what is asked.
pub(super) const ADDRESSEES: &[&str] = &[
    "to giup viec",
    "ban chi dao",
    "thuong truc ban chi dao",
    "co quan thuong truc",
    "lanh dao",
    "dong chi",
    "anh",
    "chi",
];

/// Other bodies a request may be addressed to: asking one of them to check or follow up is
/// asking for help, not the closing.
pub(super) const BODIES: &[&str] = &[
    "so",
    "cong an",
    "vnpt",
    "viettel",
    "mobifone",
    "bo",
    "cuc",
    "ubnd",
    "uy ban",
    "nha thau",
    "nha cung cap",
    "trung tam",
    "cong ty",
    "ngan hang",
    "kho bac",
    "bao hiem",
    "doanh nghiep",
    "don vi tu van",
];

/// What a closing asks for.
pub(super) const CLOSING_ASK: &[&str] = &[
    "xac nhan",
    "ghi nhan",
    "theo doi",
    "tong hop",
    "cap nhat",
    "kiem tra",
    "dong",
    "danh gia",
    "cong nhan",
    "nghiem thu",
    "bao cao",
    "gui",
    "tiep nhan",
    "xem",
    "xem xet",
    "cam on",
];

/// What a request for help asks for; outranks a closing word in the same request.
pub(super) const HELP: &[&str] = &[
    "ho tro",
    "support",
    "don doc",
    "bo tri",
    "cap",
    "phan bo",
    "bo sung",
    "giai quyet",
    "thao go",
    "chi dao",
    "huong dan",
    "tao dieu kien",
    "phe duyet",
    "cho y kien",
    "dau tu",
    "giao",
    "giao lai",
    "dieu chuyen",
    "tang cuong",
    "quan tam",
    "dieu chinh",
];

/// Help asked for only when nothing is being closed: "đề nghị VNPT kiểm tra giúp" is help,
/// "đề nghị xác nhận giúp em" a closing.
pub(super) const HELP_WEAK: &[&str] = &["giup", "khac phuc", "sua", "kiem tra giup"];

/// Verbs that change a deadline, and what they change: "lùi tiến độ", "điều chỉnh lại thời
/// hạn", "đăng ký lại thời hạn".
pub(super) const RESCHEDULE: &[&str] =
    &["lui", "keo dai", "dieu chinh", "dang ky lai", "thay doi", "doi", "dich", "gian", "hoan", "chuyen"];
pub(super) const DEADLINE_NOUNS: &[&str] = &[
    "thoi han",
    "han",
    "tien do",
    "thoi gian",
    "han chot",
    "moc thoi gian",
    "deadline",
    "ngay",
    "thoi diem",
];

/// Requests for more time in one word or phrase.
pub(super) const MORE_TIME: &[&str] = &[
    "gia han",
    "xin lui",
    "xin hoan",
    "khat",
    "xin khat",
    "xin them thoi gian",
    "extension",
    "extend",
    "xin den",
    "xin toi",
];

/// Units of time: "thêm 15 ngày", "thêm ít ngày", "thêm một tuần".
pub(super) const TIME_UNITS: &[&str] =
    &["ngay", "tuan", "thang", "thoi gian", "it ngay", "vai ngay", "it hom"];

/// Negators, longest first where one contains another. Chat spellings are spelled out by
/// [`super::words`] before they get here.
pub(super) const NEGATORS: &[&str] = &[
    "con lau moi",
    "con lau",
    "chua han",
    "khong han",
    "chua chac",
    "khong chac",
    "khong phai",
    "dau co",
    "dau da",
    "nao da",
    "nao co",
    "lam gi co",
    "lam gi da",
    "chua",
    "khong",
    "chang",
    "cha",
    "chua he",
    "khong he",
];

/// Negators that reach over "đã": "chưa hẳn đã xong", "đâu đã xong".
pub(super) const NEGATORS_OVER_DA: &[&str] = &[
    "con lau moi",
    "con lau",
    "chua han",
    "khong han",
    "chua chac",
    "khong chac",
    "dau da",
    "nao da",
    "lam gi da",
];

/// Words a negator reaches over to what it negates: "chưa thể hoàn thành", "không có vướng
/// mắc", "chưa kịp làm".
pub(super) const NEGATED_THROUGH: &[&str] = &[
    "the", "duoc", "co", "gap", "bi", "kip", "he", "phai", "can", "hoan", "toan", "xin", "dat", "nao", "het",
    "thuc", "su", "that", "bao", "gio", "phat", "sinh", "tung", "moi", "la", "gi", "lam", "nhan", "ai",
    "con", "van", "may", "tham",
];

/// Words anywhere before a finish in its clause that put it in the future or make it depend
/// on something: "sẽ", "dự kiến", "nếu có kinh phí".
pub(super) const AHEAD: &[&str] = &[
    "se",
    "sap",
    "du kien",
    "du tinh",
    "phan dau",
    "co gang",
    "dam bao",
    "bao dam",
    "cam ket",
    "hy vong",
    "mong",
    "tranh thu",
    "khan truong",
    "neu",
    "khi",
    "mien la",
    "gia su",
    "truong hop",
    "thi moi",
    "xin phep",
    "cho phep",
    "hua",
];

/// The same, but only right before the finish: "gần xong" (not "gần 80%"), "để hoàn thành",
/// "kịp hoàn thành", "phải xong".
pub(super) const AHEAD_NEAR: &[&str] =
    &["gan", "de", "nham", "kip", "can", "phai", "tinh", "dinh", "chac", "muon", "he", "moi", "la"];

/// Times still to come: "mai xong", "tuần sau hoàn thành", "cuối tháng này là xong".
pub(super) const LATER: &[&str] = &[
    "mai",
    "ngay mai",
    "sang mai",
    "chieu mai",
    "ngay kia",
    "mai kia",
    "tuan sau",
    "tuan toi",
    "thang sau",
    "thang toi",
    "quy sau",
    "quy toi",
    "nam sau",
    "nam toi",
    "toi nay",
    "chieu nay",
    "cuoi tuan",
    "dau tuan",
    "nay mai",
    "lat nua",
    "ti nua",
    "ty nua",
    "sau tet",
    "trong tuan",
    "trong thang",
    "thoi gian toi",
    "sap toi",
    "tuan nay",
    "thang nay",
    "quy nay",
    "hom nay",
    "cuoi thang",
    "cuoi quy",
    "cuoi nam",
    "dau thang",
    "giua thang",
];

/// Words that say the finish was in the past: they outrank a time still to come ("chiều nay
/// đã xong").
pub(super) const PAST: &[&str] =
    &["da", "roi", "vua", "vua moi", "hom qua", "tuan truoc", "thang truoc", "tu hom"];

/// Right before a finish, words that make it a part: "cơ bản hoàn thành", "phần lớn đã xong".
pub(super) const PART_BEFORE: &[&str] = &[
    "co ban", "buoc dau", "gan nhu", "hau nhu", "tam thoi", "phan lon", "hau het", "mot phan", "mot so",
    "mot nua",
];

/// After a finish, what it can be of when it is not the whole: "giai đoạn 1", "khâu khảo
/// sát", "dự thảo".
pub(super) const PARTS: &[&str] = &[
    "ve co ban",
    "co ban",
    "giai doan",
    "mot phan",
    "phan",
    "buoc",
    "khau",
    "hang muc",
    "mot so",
    "mot nua",
    "nua",
    "dot",
    "du thao",
    "de cuong",
    "ban thao",
    "ban nhap",
    "so bo",
    "phan lon",
    "hau het",
    "cong doan",
    "phan viec",
];

/// Quantities of work done: "mới được một nửa", "làm được 2/3".
pub(super) const SHARE_DONE: &[&str] = &[
    "mot nua",
    "phan nua",
    "nua",
    "mot phan",
    "mot it",
    "1 it",
    "mot chut",
    "phan lon",
    "hau het",
    "kha nhieu",
];

/// What a percentage may be of and still be the task's own progress.
pub(super) const OWN_MEASURE: &[&str] = &[
    "khoi luong",
    "cong viec",
    "ke hoach",
    "tien do",
    "nhiem vu",
    "yeu cau",
    "chi tieu",
    "muc tieu",
    "noi dung",
    "so voi",
    "theo",
    "tong",
    "roi",
    "a",
    "nhe",
    "va",
    "dang",
    "con",
    "nhung",
    "du kien",
    "em",
    "anh",
    "chi",
    "de ra",
    "duoc giao",
];

/// Words of grammar (not nouns) that may follow a task's percentage: "đạt 80% trong tháng 9".
pub(super) const FUNCTION: &[&str] = &[
    "trong", "truoc", "sau", "vao", "den", "toi", "tu", "voi", "cua", "thi", "la", "ma", "nen", "do", "vi",
    "cho", "o", "tai", "khoang", "hon", "nua", "roi", "a", "nha", "nhe", "da", "se", "sap", "con", "va",
    "nhung", "tuy", "dong", "ok", "oke", "hien", "tinh", "ke", "thoi", "lam",
];

/// Words that may close a question after its negator: "xong chưa em?", "hoàn thành không ạ".
pub(super) const AFTER_QUESTION: &[&str] = &[
    "a", "vay", "nhi", "nhe", "ha", "the", "em", "anh", "chi", "dong chi", "ban", "oi", "co", "chu", "bac",
    "roi", "nua", "day", "ta", "hen", "nghen", "nghe", "ne", "ho",
];

/// Question words.
pub(super) const ASKING: &[&str] = &[
    "bao gio",
    "khi nao",
    "luc nao",
    "the nao",
    "ra sao",
    "nhu the nao",
    "tai sao",
    "vi sao",
    "sao",
    "den dau",
    "o dau",
    "phai khong",
    "dung khong",
    "duoc chua",
    "co phai",
    "hay chua",
    "hay khong",
    "nao",
];

/// Doubt about one's own report: "hình như xong rồi", "để em kiểm tra lại".
pub(super) const HEDGES: &[&str] = &[
    "hinh nhu",
    "chac la",
    "khong nho",
    "chac xong",
    "chac cung",
    "co le",
    "khong biet xong",
    "khong biet da",
    "khong biet co",
    "khong ro",
    "chua ro",
    "nghi la",
    "tuong la",
    "kiem tra lai",
    "hoi lai",
    "xac minh lai",
    "de em kiem tra",
    "de em hoi",
];

/// Formulas that open or close a report and say nothing of its status.
pub(super) const FORMULA: &[&str] =
    &["kinh bao cao", "xin bao cao", "bao cao", "tran trong", "xin cam on", "cam on", "kinh gui", "xin gui"];

/// Words that give a cause: a negation after them names what blocks the work ("do chưa có …",
/// "… nên chưa thể tích hợp").
pub(super) const CAUSES: &[&str] = &["do", "vi", "boi vi", "tai vi", "nen", "do do", "vi vay", "dan den"];

/// Pronouns and words that open a new clause after a bare "xong": "họp xong em báo cáo".
pub(super) const THEN: &[&str] =
    &["em", "toi", "minh", "ben em", "chung toi", "thi", "se", "anh", "chi", "moi"];

/// Vietnamese number words, for percentages written out ("bảy mươi phần trăm").
pub(super) const DIGITS: &[(&str, u32)] = &[
    ("mot", 1),
    ("hai", 2),
    ("ba", 3),
    ("bon", 4),
    ("tu", 4),
    ("nam", 5),
    ("lam", 5),
    ("nhăm", 5),
    ("sau", 6),
    ("bay", 7),
    ("tam", 8),
    ("chin", 9),
    ("muoi", 10),
    ("mot tram", 100),
    ("tram", 100),
];

//! Agencies by the shape of their names, for reading documents that name units the committee
//! has not registered: "Sở Khoa học và Công nghệ", "UBND phường Hòa Lợi", "Kho bạc Nhà nước
//! khu vực XV", office holders ("Giám đốc Sở Tài chính" is Sở Tài chính, "Bộ trưởng Bộ Công
//! an" is Bộ Công an) and groups ("các sở, ban, ngành tỉnh", "UBND các xã, phường").
//!
//! A name starts with a head word (Bộ, Sở, Ban, UBND, Công an, Văn phòng, Cục, …), written with
//! its capital, and runs on until a verb or a word of grammar ("chủ trì", "xây dựng", "đã",
//! "với", …); a comma or "và" continues it only when a capitalised word that starts no other
//! name follows ("Sở Văn hóa, Thể thao và Du lịch", but "Sở Tài chính, Văn phòng UBND tỉnh" is
//! two). Names are data that change with every reform; only their shape is code.

use std::ops::Range;

use super::fold::{Kind, Tokens, fold};

/// An agency named in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agency {
    /// The name as written, without an office holder before it ("Sở Tài chính").
    pub name: String,
    /// Bytes of the name in the text.
    pub range: Range<usize>,
    /// "các sở, ban, ngành": a group of units rather than one.
    pub group: bool,
}

/// Words an agency's name starts with, longest first where one contains another.
const HEADS: &[&str] = &[
    // The office the 2025 reorganisation merged: one body, "và" and all.
    "van phong doan dai bieu quoc hoi va hoi dong nhan dan",
    "van phong doan dbqh va hdnd",
    "van phong hdnd va ubnd",
    "van phong hoi dong nhan dan va uy ban nhan dan",
    "uy ban nhan dan",
    "uy ban mat tran to quoc",
    "uy ban",
    "ubnd",
    "ubmttq",
    // "UBMTTQVN xã", "MTTQVN huyện": the Front with its country's initials.
    "ubmttqvn",
    "mttqvn",
    "hoi dong nhan dan",
    "hdnd",
    "van phong",
    "bo chi huy",
    "bo",
    "so",
    // "Ban quản lý Khu Kinh tế Phú Yên": the board's name in lower case, "quản lý" and all.
    "ban quan ly",
    "ban",
    "cong an",
    // The forces a steering committee 389 names: "Công an, Bộ đội Biên phòng, Hải quan, Quản lý
    // thị trường tỉnh …".
    "quan ly thi truong",
    "bien phong",
    "tong cuc",
    "cuc",
    "chi cuc",
    "vu",
    "bao hiem xa hoi",
    "kho bac",
    // "Kiểm toán nhà nước khu vực II": the State Audit and its regional offices.
    "kiem toan nha nuoc",
    "dai",
    "bao",
    "tap chi",
    "trung tam",
    "tinh doan",
    "tinh uy",
    "thanh doan",
    "thanh uy",
    "doan",
    // Bodies of people set up for a purpose: "Tổ công tác 1645", "Tổ đại biểu HĐND", "Tiểu
    // ban giúp việc Ban Chỉ đạo 934".
    "tieu ban",
    "to cong tac",
    "to dai bieu",
    "to giup viec",
    // "Tổng Liên đoàn Lao động Việt Nam".
    "tong lien doan",
    "lien doan",
    "lien minh",
    // "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Liên hiệp các tổ chức hữu nghị".
    "lien hiep",
    "hiep hoi",
    "hoi",
    "vien",
    "truong",
    "ngan hang",
    "vnpt",
    "viettel",
    "mobifone",
    "buu dien",
    "vien thong",
    "tap doan",
    "tong cong ty",
    "cong ty",
    "phong",
    "thanh tra",
    "thuong truc",
    "toa an",
    "to",
    "tram",
    "dang uy",
    "dang doan",
    "ban can su",
    "huyen uy",
    "thi uy",
    "cuc thue",
    "thue",
    "hai quan",
    "chi bo",
    "hop tac xa",
    // "HTX Tam Giang".
    "htx",
    "benh vien",
    "mat tran",
    // "MTTQ Việt Nam phường": the Front, abbreviated.
    "mttq",
    "thong tan xa",
    "quan khu",
    "ca",
    "vp",
    "bhxh",
    "kbnn",
    // "BCH Đảng bộ", "BCH Quân sự": a Party's executive or a command board, abbreviated.
    "bch",
    // "lực lượng Công an", "Lực lượng Biên phòng": a force, named in capitals after the word.
    "luc luong",
    // "Đội Quản lý thị trường số 3", "Đội xung kích": a team.
    "doi",
];

/// The kinds a body named before is referred to by ("đơn vị nêu trên", "Bộ này"), folded; one
/// syllable only with its capital ("Sở này", not "số này").
pub(crate) const REFERRING_KINDS: &[&str] =
    &["don vi", "co quan", "dia phuong", "cong ty", "tong cong ty", "doanh nghiep", "bo", "so", "cuc", "ban"];

/// The words that refer back: "này", "nêu trên".
pub(crate) const REFERENCES: &[&str] = &["này", "nêu trên"];

/// "…, đặc biệt là Bộ Tài chính", "…, nhất là ACV": the one a list singles out (the same words
/// end a name in [`STOPS`]).
pub(crate) const SINGLING_OUT: &[&str] = &["đặc biệt là", "nhất là"];

/// Heads that are abbreviations only in capitals: "CA tỉnh", "VP UBND tỉnh" (but "Cả hai …").
const CAPS_ONLY: &[&str] = &["ca", "vp", "bhxh", "kbnn", "bch", "htx", "mttq", "mttqvn", "ubmttqvn"];

/// Heads that read as agencies even written in lower case.
const ANY_CASE: &[&str] = &[
    "ubnd",
    "uy ban nhan dan",
    "vnpt",
    "viettel",
    "mobifone",
    "cong an",
    "hdnd",
    "ubmttq",
    "ubmttqvn",
    "mttqvn",
];

/// Office holders: the office they hold is the unit ("Giám đốc Sở Tài chính").
const HOLDERS: &[&str] = &[
    // "… Tổ đại biểu Hội đồng nhân dân và đại biểu Hội đồng nhân dân thành phố": its delegates.
    "dai bieu",
    "bo truong",
    "thu truong",
    "pho chu tich",
    "chu tich",
    "pho giam doc",
    "giam doc",
    "tong giam doc",
    "chanh van phong",
    "pho truong ban",
    "truong ban",
    "truong phong",
    "nguoi dung dau",
    "pho thu tuong",
    "thu tuong",
    "bi thu",
    "chi huy truong",
    "cuc truong",
    "chi cuc truong",
    "tong cuc truong",
    "vu truong",
    "vien truong",
    "pho thong doc",
    "thong doc",
    "chanh an",
    "tong kiem toan",
    "tu lenh",
    "chanh thanh tra",
    // "Lãnh đạo các bộ, ngành, địa phương phải …": the heads of each (the verb "lãnh đạo, chỉ
    // đạo" names no office after it).
    "lanh dao",
    "truong",
];

/// The nouns of a group after "các": "các sở, ban, ngành", "các bộ, cơ quan ngang bộ".
const GROUP_WORDS: &[&str] = &[
    "quan",
    // "các phòng, ban chuyên môn", "Thủ trưởng các Phòng, Ban": a district's or a department's
    // offices (not "các phòng học").
    "phong",
    "co quan ngang bo",
    "co quan thuoc chinh phu",
    "co quan",
    "don vi",
    "bo",
    "so",
    "ban",
    "nganh",
    "tinh",
    "thanh pho",
    "tp",
    "huyen",
    "thi xa",
    "xa",
    "phuong",
    "thi tran",
    // The special zones that came with the 2025 reorganisation: "UBND các xã, phường, đặc khu".
    "dac khu",
    "dia phuong",
    "doanh nghiep",
    // "các DN", "…, Tổng công ty nhà nước, DNNN": businesses, state-owned ones, abbreviated.
    "dnnn",
    "dn",
    "hop tac xa",
    "khu pho",
    "thon",
    "to dan pho",
    "to dai bieu",
    "to cong tac",
    // "các lực lượng chức năng".
    "luc luong",
    // "các Đội Quản lý thị trường", "các đội QLTT".
    "doi",
    // A ministry's departments: "các Cục Thuế", "các Cục: Di sản văn hóa, …"; the tax offices
    // of the provinces after 2025: "các Thuế tỉnh, thành phố" (with its capital: "các thuế" are
    // taxes).
    "thue",
    "cuc thue",
    "cuc",
    // A project's owners and builders, directed by name in a leader's conclusion.
    "chu dau tu",
    "pho thu tuong chinh phu",
    "pho thu tuong",
    "tap doan kinh te",
    "tap doan",
    "tong cong ty",
    "cong ty",
    "nha thau thi cong",
    "nha thau",
    "truong hoc",
    "truong",
    // A village's heads: "các xóm trưởng", "các thôn trưởng".
    "xom truong",
    "thon truong",
    "ap truong",
    "xom",
    // Schools by their level: "các trường trung học phổ thông", "các cơ sở giáo dục mầm non".
    "trung hoc pho thong",
    "trung hoc co so",
    "tieu hoc",
    "mam non",
    "pho thong",
    "dai hoc",
    "cao dang",
    "giao duc",
    "benh vien",
    "nha may",
    // A commune's staff by their field: "các bộ phận chuyên môn", "các chuyên môn, đơn vị".
    "bo phan",
    "chuyen mon",
    "cap uy",
    "to chuc dang",
    "to chuc",
    // "các cơ quan, đơn vị, cá nhân", "các đồng chí thành viên Ban Chỉ huy …".
    "ca nhan",
    "dong chi",
    "trung tam",
    // "các văn phòng tỉnh ủy, thành ủy".
    "van phong",
    "hoi",
    "doan the",
    "co so",
    "vien thong",
    "truc thuoc",
    "thuoc",
    "trung uong",
    "tren dia ban",
    "lien quan",
    "khac",
    "cap xa",
    "cap tinh",
    "cap huyen",
    "cap",
    "thanh vien",
    "va",
    "chinh phu",
    "tinh uy",
    "huyen uy",
    "thi uy",
    "thanh uy",
    "dang uy",
    "dac khu",
    "buon",
    "lang",
    "ap",
    "khom",
    "cap uy",
    "to cong nghe so cong dong",
    "chinh quyen",
];

/// Verbs and words of grammar that end a name ("Sở Nội vụ | chủ trì", "Sở Y tế | đã"), with
/// their marks: "tại" ends a name, "Tài" and "tải" are in one ("Sở Giao thông vận tải").
pub const STOPS: &[&str] = &[
    "chủ trì",
    "phối hợp",
    // "các doanh nghiệp … trên địa bàn Thành phố | tự kiểm tra …": by themselves.
    "tự kiểm tra",
    "tự rà soát",
    // "Các bộ, ngành, | đặc biệt là Bộ Tài chính": the one singled out, after the list.
    "đặc biệt là",
    "nhất là",
    "tự đánh giá",
    "tự chịu trách nhiệm",
    "đăng tải",
    "trả lời",
    // "Bộ Công Thương | nêu rõ, …", "… | khẳng định", "… | cho biết": what a body said.
    "nêu rõ",
    "khẳng định",
    "cho biết",
    "giải trình",
    "niêm yết",
    "tạo điều kiện",
    "nắm bắt",
    "lấy ý kiến",
    "góp ý",
    "tham mưu",
    "xây dựng",
    "triển khai",
    "thực hiện",
    "hoàn thành",
    "hoàn thiện",
    "rà soát",
    "cập nhật",
    "tổ chức",
    "hướng dẫn",
    "kiểm tra",
    "theo dõi",
    "đôn đốc",
    "tổng hợp",
    "báo cáo",
    "trình",
    "ban hành",
    "nghiên cứu",
    "đề xuất",
    "bố trí",
    "chỉ đạo",
    "đẩy mạnh",
    "đẩy nhanh",
    "tăng cường",
    "siết chặt",
    // "Ngân hàng Nhà nước Việt Nam | điều hành chính sách tiền tệ …", "Lực lượng Công an | làm tốt
    // công tác …", "… | nắm chắc tình hình": the verbs of dispatches on money and order.
    "điều hành",
    "làm tốt",
    "nắm chắc",
    "tuần tra",
    "bám sát",
    // "Hải quan Thừa Thiên Huế | quyết tâm …", "Hải quan Hữu Nghị | phát hiện …": what a body
    // resolves or finds, in a news report.
    "quyết tâm",
    "dự kiến",
    "phấn đấu",
    "nỗ lực",
    "phát hiện",
    // "Các thành viên của Ban chỉ đạo | nêu cao tinh thần trách nhiệm …".
    "nêu cao",
    "nâng cao",
    "nâng cấp",
    "bảo đảm",
    "đảm bảo",
    "duy trì",
    "vận hành",
    "số hóa",
    "số hoá",
    "làm sạch",
    "kết nối",
    "tích hợp",
    "chia sẻ",
    "cung cấp",
    "tiếp nhận",
    "giải quyết",
    "xử lý",
    "phát triển",
    "ứng dụng",
    "tuyên truyền",
    "phổ biến",
    "đào tạo",
    "tập huấn",
    "bồi dưỡng",
    "khảo sát",
    "lắp đặt",
    "đầu tư",
    "mua sắm",
    "chuyển đổi",
    "chuẩn hóa",
    "đơn giản hóa",
    "cắt giảm",
    "công khai",
    "đánh giá",
    "thẩm định",
    "phê duyệt",
    "quản lý",
    "giám sát",
    "hỗ trợ",
    "huy động",
    "phân bổ",
    "thu nhận",
    "thu thập",
    "điều tra",
    "lập",
    "soạn thảo",
    "sửa đổi",
    "bổ sung",
    "rút kinh nghiệm",
    "quán triệt",
    "tiếp tục",
    "khẩn trương",
    "tập trung",
    "quan tâm",
    "dành thời gian",
    "chủ động",
    "có trách nhiệm",
    "chịu trách nhiệm",
    // "… có văn bản gửi …", "… có ý kiến …", "… có kế hoạch …": to issue or to have one is the
    // predicate, not what narrows a group ("các xã có dự án …").
    "có văn bản",
    "có công văn",
    "có ý kiến",
    "có kế hoạch",
    "có phương án",
    "cần",
    "phải",
    "nghiêm túc",
    "kịp thời",
    "nhanh chóng",
    "tích cực",
    "khẩn cấp",
    "thường xuyên",
    "định kỳ",
    "đồng thời",
    "giao",
    "yêu cầu",
    "đề nghị",
    "kiến nghị",
    "là",
    "làm",
    "mở",
    "lồng ghép",
    "gắn",
    "thúc đẩy",
    "khuyến khích",
    "vận động",
    "phát động",
    "hoàn tất",
    "sắp xếp",
    "kiện toàn",
    "củng cố",
    "đăng ký",
    "nghiệm thu",
    "bàn giao",
    "chuyển giao",
    "đưa",
    "nhập",
    "thống kê",
    "xác minh",
    "chi trả",
    "thành lập",
    "trực tiếp",
    "trên cơ sở",
    "phải",
    "có thể",
    "đã",
    "đang",
    "sẽ",
    "vừa",
    "mới",
    "được",
    "có",
    "không",
    "chưa",
    // "Bộ Quốc phòng phát huy tinh thần …".
    "phát huy",
    "cho",
    "để",
    "nhằm",
    "với",
    "theo",
    "tại",
    "về",
    "trong",
    "của",
    "như",
    "khi",
    "nếu",
    "thì",
    "bị",
    "hoặc",
    "nhưng",
    "cũng",
    // "Tập đoàn rất mong nhận được …".
    "rất",
    "cùng",
    "vào",
    "gửi",
    "nộp",
    "xác định",
    "phân công",
    "thông báo",
    "ra",
    "từ",
    "đến",
    "trước",
    "sau",
    "tham gia",
    "phục vụ",
    "tích cực",
    "ưu tiên",
    "quyết liệt",
    "tiếp",
    "đạt",
    "khai thác",
    "bảo vệ",
    "phòng chống",
    "phòng ngừa",
    "phòng tránh",
    "kiểm soát",
    "tạo lập",
    "cấp phát",
    "cấp",
    "mở rộng",
    "hình thành",
    "vì",
    "năm",
    "và các",
    "xuất bản",
    "phát hành",
    "thí điểm",
    "lãnh đạo",
    "cho biết",
    "đề ra",
    "ghi nhận",
    "thống nhất",
    "đánh giá cao",
    "biểu dương",
    "nhất trí",
    "đồng ý",
    "nhấn mạnh",
    "lưu ý",
    "kết luận",
    "cho rằng",
    "phát biểu",
    "tặng",
    "lựa chọn",
    "chỉnh trang",
    "ngầm hóa",
    "ngầm hoá",
    "phân tích",
    "thiết lập",
    "cải thiện",
    "khắc phục",
    "sử dụng",
    "tiếp thu",
    "giải đáp",
    "cân đối",
    "thu hút",
    "bảo trì",
    "cài đặt",
    "thanh toán",
    "trang bị",
    "khởi công",
    "khởi động",
    "nhân rộng",
    "lan tỏa",
    "tổng kết",
    "sơ kết",
    "đối chiếu",
    "giải ngân",
    "công bố",
    "tiến hành",
    "khôi phục",
    "tháo gỡ",
    "điều chỉnh",
    "thẩm tra",
    "hoàn chỉnh",
    "dự thảo",
    "chuẩn bị",
    "chấn chỉnh",
    "thu hồi",
    "kiểm kê",
    "đo đạc",
    "ký kết",
    "ký",
    "cử",
    "ngăn chặn",
    "tạm dừng",
    "dừng",
    "xóa",
    "xoá",
    "rút ngắn",
    "làm việc",
    "tham dự",
    "liên hệ",
    "phân loại",
    "sửa chữa",
    "tiếp cận",
    "truy xuất",
    "xét duyệt",
    "kiểm định",
    "tuyệt đối",
    "sớm",
    "ngay",
    "xác thực",
    "đồng bộ",
    "kích hoạt",
    "phổ cập",
    "kiểm đếm",
    "sơ tán",
    "di dời",
    "gia cố",
    "xem xét",
    "căn cứ",
    "trân trọng",
];

/// Tails that may close a name in lower case: "Công an tỉnh", "UBND huyện Minh Sơn".
const TAILS: &[&str] = &[
    "tinh",
    "thanh pho",
    "huyen",
    "xa",
    "phuong",
    "thi xa",
    "thi tran",
    "khu vuc",
    "trung uong",
    "toi cao",
    // "BHXH cấp tỉnh", "Công an cấp xã": the level, not the verb "cấp" (issue).
    "cap tinh",
    "cap huyen",
    "cap xa",
    "cap co so",
    "cap trung uong",
];

/// The agencies named one after another from token `i` ("Sở Tài chính, Văn phòng UBND tỉnh và
/// Công an tỉnh"), and the token after the last.
pub(crate) fn list_at(text: &str, t: &Tokens, i: usize) -> Option<(Vec<Agency>, usize)> {
    let (mut out, mut end) = match shared_head(text, t, i) {
        Some(found) => found,
        None => {
            let (first, end) = agency_at(text, t, i)?;
            (vec![first], end)
        }
    };
    // "Các doanh nghiệp viễn thông Viettel Tuyên Quang, VNPT Tuyên Quang": the group, then who
    // it is.
    if out[0].group
        && let Some((named, after)) = agency_at(text, t, end).filter(|(a, _)| !a.group)
    {
        out = vec![named];
        end = after;
    }
    // "…; các đơn vị: Cục Điều tra chống buôn lậu, Cục Quản lý rủi ro và Báo Hải quan": the
    // group, then its members named after a colon; they are the addressees.
    let members = |group: &[Agency], after: usize| {
        (group.len() == 1 && group[0].group && t.is_mark(after, ':'))
            .then(|| list_at(text, t, after + 1))
            .flatten()
            .filter(|(named, _)| named.iter().all(|a| !a.group))
    };
    if let Some(found) = members(&out, end) {
        (out, end) = found;
    }
    loop {
        // "Sở Nông nghiệp và Phát triển nông thôn (NN&PTNT), UBND các huyện …": a name's short
        // form in brackets, then the list goes on.
        if t.is_mark(end, '(')
            && let Some(close) = (end + 1..(end + 8).min(t.len())).find(|&k| t.is_mark(k, ')'))
            && close > end + 1
            && (end + 1..close).all(|k| {
                matches!(t.kind(k), Some(Kind::Mark('&' | '-' | '.')))
                    || t.kind(k) == Some(Kind::Word)
                        && text[t.orig(k, k + 1)].chars().all(|c| c.is_uppercase())
            })
            && (t.is_mark(close + 1, ',') || t.is_mark(close + 1, ';') || t.is_word(close + 1, "va"))
        {
            end = close + 1;
        }
        let mut j = end;
        if t.is_mark(j, ',') || t.is_mark(j, ';') || t.is_mark(j, '/') || t.is_mark(j, '+') {
            j += 1;
        }
        if t.is_word(j, "va") {
            j += 1;
        }
        if j == end {
            break;
        }
        // "Bộ Khoa học và Công nghệ, các Tập đoàn VNPT, Viettel": a shared head further on.
        let next = shared_head(text, t, j)
            .or_else(|| agency_at(text, t, j).or_else(|| bare_kinds(text, t, j)).map(|(a, e)| (vec![a], e)));
        match next {
            Some((next, after)) => {
                let (next, after) = members(&next, after).unwrap_or((next, after));
                out.extend(next);
                end = after;
            }
            None => break,
        }
    }
    shared_tail(&mut out);
    Some((out, end))
}

/// "Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, thành phố": a head alone before another that
/// names where it is shares that place ("Hội đồng nhân dân các tỉnh, thành phố").
fn shared_tail(list: &mut [Agency]) {
    let head_of = |name: &str| -> Option<usize> {
        let f = fold(name);
        HEADS
            .iter()
            .filter(|h| f == **h || f.starts_with(&format!("{h} ")))
            .map(|h| h.split(' ').count())
            .max()
    };
    for k in (0..list.len().saturating_sub(1)).rev() {
        let alone = head_of(&list[k].name).is_some_and(|n| n == list[k].name.split_whitespace().count());
        let next = &list[k + 1];
        let Some(n) = head_of(&next.name) else { continue };
        let words: Vec<&str> = next.name.split_whitespace().collect();
        let tail = words[n.min(words.len())..].join(" ");
        let first = fold(&tail);
        let place = first.starts_with("cac ")
            || PLACES.iter().any(|p| first == *p || first.starts_with(&format!("{p} ")));
        if alone && !tail.is_empty() && place {
            let group = next.group;
            list[k].name = format!("{} {tail}", list[k].name);
            list[k].group = group;
        }
    }
}

/// "UBND các huyện, thị xã, thành phố, sở, ban, ngành liên quan": in a list, the departments'
/// kinds written bare, without "các", are every department of those kinds.
fn bare_kinds(text: &str, t: &Tokens, i: usize) -> Option<(Agency, usize)> {
    // With their marks: "số" is not "sở".
    let kind = |j: usize| {
        ["sở", "ban", "ngành"].iter().any(|k| said(text, t, j, k) == Some(1)) && !capitalised(text, t, j)
    };
    if !kind(i) || !t.is_mark(i + 1, ',') || !kind(i + 2) {
        return None;
    }
    let mut j = i + 1;
    while t.is_mark(j, ',') && kind(j + 1) {
        j += 2;
    }
    let scope = ["co lien quan", "lien quan"].iter().filter_map(|w| t.count_words(j, w)).max();
    j += scope.unwrap_or(0);
    if t.is_word(j, "tinh") {
        j += 1;
    }
    let name = format!("Các {}", text[t.orig(i, j)].trim_end_matches([',', ' ']));
    Some((Agency { name, range: t.orig(i, j), group: true }, j))
}

/// The ministries' names after "Bộ", folded, before and since the 2025 reorganisation. The law
/// sets this short list; it is used only to part names under one head, where the shape cannot:
/// "các Bộ Xây dựng và Công an" is two ministries, "Bộ Khoa học và Công nghệ" one, and "Văn
/// hóa, Thể thao và Du lịch" is one name with a comma inside.
const MINISTRIES: &[&str] = &[
    "quoc phong",
    "cong an",
    "ngoai giao",
    "noi vu",
    "tu phap",
    "tai chinh",
    "cong thuong",
    "xay dung",
    "y te",
    "nong nghiep va moi truong",
    "van hoa the thao va du lich",
    "khoa hoc va cong nghe",
    "giao duc va dao tao",
    "dan toc va ton giao",
    "ke hoach va dau tu",
    "lao dong thuong binh va xa hoi",
    "giao thong van tai",
    "tai nguyen va moi truong",
    "nong nghiep va phat trien nong thon",
    "thong tin va truyen thong",
];

/// Whether a name after "Bộ" is a whole ministry's.
pub fn is_ministry(name: &str) -> bool {
    MINISTRIES.contains(&super::fold::fold(name).as_str())
}

/// Whether some ministry's name starts with these words and goes on after them.
pub(crate) fn ministry_goes_on(words: &str) -> bool {
    let f = super::fold::fold(words);
    MINISTRIES.iter().any(|m| m.len() > f.len() && m.starts_with(&f) && m.as_bytes()[f.len()] == b' ')
}

/// "các bộ Quốc phòng, Công an": one head word for the names after it, each an agency ("Bộ
/// Quốc phòng", "Bộ Công an"). Names are parted by commas, and by "và" before a word in lower
/// case ("… Công an và các địa phương"); "Khoa học và Công nghệ" stays one.
fn shared_head(text: &str, t: &Tokens, i: usize) -> Option<(Vec<Agency>, usize)> {
    if let Some(found) = places_of_one_committee(text, t, i) {
        return Some(found);
    }
    // "Các Đảng uỷ Bộ Tài chính, Bộ Nội vụ": the party committee of each body listed.
    if t.is_word(i, "cac")
        && let Some(n) = ["dang uy", "cong doan"].iter().filter_map(|w| t.count_words(i + 1, w)).max()
        && capitalised(text, t, i + 1)
        && head_at(text, t, i + 1 + n).is_some()
        && let Some((named, end)) = list_at(text, t, i + 1 + n)
        && named.len() > 1
        && named.iter().all(|a| !a.group)
    {
        let body = written(text, t, i + 1..i + 1 + n);
        let out = named.into_iter().map(|a| Agency { name: format!("{body} {}", a.name), ..a }).collect();
        return Some((out, end));
    }
    // "Ba bộ Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường, Giao thông vận tải
    // phối hợp …": how many, in place of "các".
    let counted = t.kind(i) == Some(Kind::Number)
        || ["hai", "ba", "bon", "sau", "bay", "tam", "chin", "muoi"].iter().any(|w| t.is_word(i, w));
    let (head, start) = match (t.is_word(i, "cac") || counted, t.text(i + 1), t.text(i + 2)) {
        (true, "bo", _) => ("Bộ", i + 2),
        (true, "so", _) => ("Sở", i + 2),
        // "các Tập đoàn VNPT, Viettel, Mobifone".
        (true, "tap", "doan") => ("Tập đoàn", i + 3),
        _ => return None,
    };
    // Groups are named by brands, which are names of their own elsewhere ("VNPT Lâm Đồng").
    let brands = head == "Tập đoàn";
    if !capitalised(text, t, start) || !brands && head_at(text, t, start).is_some() {
        return None;
    }
    let mut out = Vec::new();
    let mut k = start;
    loop {
        let mut end = k;
        // "và" goes on inside a name only before a capital ("Khoa học và Công nghệ"), and not
        // after a whole ministry's name ("Xây dựng và Công an").
        let whole = |end: usize| head == "Bộ" && end > k && is_ministry(&written(text, t, k..end));
        let goes_on = |end: usize| {
            let parts = || whole(end) && !ministry_goes_on(&written(text, t, k..end + 1));
            let joins = !t.is_word(end, "va") || capitalised(text, t, end + 1) && !parts();
            joins && (capitalised(text, t, end) || !is_stop(text, t, end))
        };
        loop {
            while t.kind(end) == Some(Kind::Word) && goes_on(end) {
                end += 1;
            }
            // "Văn hóa, Thể thao và Du lịch": a comma inside a ministry's name.
            let inside = head == "Bộ"
                && t.is_mark(end, ',')
                && !whole(end)
                && ministry_goes_on(&format!("{} {}", written(text, t, k..end), t.text(end + 1)));
            if !inside {
                break;
            }
            end += 1;
        }
        if end == k {
            break;
        }
        out.push(Agency {
            name: format!("{head} {}", written(text, t, k..end)),
            range: t.orig(k, end),
            group: false,
        });
        let parted = t.is_mark(end, ',') || t.is_word(end, "va") && whole(end);
        let next = if parted { end + 1 } else { end };
        // "…, Công an": a name, unless a head names a body of its own ("…, Sở Nội vụ").
        let own_head = !brands && head_at(text, t, next).is_some_and(|n| capitalised(text, t, next + n))
            || matches!(t.text(next), "bo" | "so" | "ubnd" | "tap" | "tong");
        if next == end || !capitalised(text, t, next) || own_head {
            return Some((out, end));
        }
        k = next;
    }
    (!out.is_empty()).then_some((out, k))
}

/// "Ủy ban nhân dân huyện Thanh Bình, Cao Lãnh, Lấp Vò, Châu Thành": the committee of each
/// place named after one kind of place, the names in capitals.
fn places_of_one_committee(text: &str, t: &Tokens, i: usize) -> Option<(Vec<Agency>, usize)> {
    let c = ["ubnd", "uy ban nhan dan"].iter().filter_map(|h| t.count_words(i, h)).max()?;
    // The kinds of place a committee is of; a province only in a member's own kind (below).
    const PLACE_KINDS: [&str; 7] = ["tinh", "huyen", "xa", "phuong", "thi xa", "thanh pho", "quan"];
    let p = PLACE_KINDS[1..].iter().filter_map(|w| t.count_words(i + c, w)).max()?;
    let head = written(text, t, i..i + c + p);
    // A place's own name: capitalised syllables, none a head or a kind of place of its own.
    let name_at = |k: usize| {
        let named = (k..(k + 5).min(t.len()))
            .take_while(|&m| t.kind(m) == Some(Kind::Word) && capitalised(text, t, m))
            .count();
        let own = head_at(text, t, k).is_some() || PLACES.iter().any(|w| t.count_words(k, w).is_some());
        (named > 0 && !own).then_some(k + named)
    };
    // "Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh và tỉnh Quảng Ninh": a member
    // may name its own kind of place, in lower case.
    let committee = written(text, t, i..i + c);
    let kind_at = |k: usize| {
        PLACE_KINDS.iter().filter_map(|w| t.count_words(k, w)).max().filter(|_| !capitalised(text, t, k))
    };
    let mut out = Vec::new();
    let mut k = i + c + p;
    let mut head = head;
    while let Some(end) = name_at(k) {
        let range = if out.is_empty() { t.orig(i, end) } else { t.orig(k, end) };
        out.push(Agency { name: format!("{head} {}", written(text, t, k..end)), range, group: false });
        let mut next = if t.is_mark(end, ',') || t.is_word(end, "va") { end + 1 } else { end };
        if next > end
            && let Some(n) = kind_at(next)
            && name_at(next + n).is_some()
        {
            head = format!("{committee} {}", &text[t.orig(next, next + n)]);
            next += n;
        }
        if next == end || name_at(next).is_none() {
            return (out.len() > 1).then_some((out, end));
        }
        k = next;
    }
    None
}

/// Every agency named anywhere in a text, in order.
pub fn find_all(text: &str) -> Vec<Agency> {
    let t = Tokens::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        match agency_at(text, &t, i) {
            Some((agency, end)) => {
                out.push(agency);
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// The agencies of [`list_at`] with the last one cut back to a shorter name the document gives
/// elsewhere (`known`), when what it read on into starts in lower case and is no tail:
/// "Sở Xây dựng công bố giá vật liệu" is "Sở Xây dựng" when the text also says "Sở Xây dựng
/// khẩn trương". The token after the cut name is where the clause goes on.
pub(crate) fn cut_to_known(
    text: &str,
    t: &Tokens,
    mut agencies: Vec<Agency>,
    end: usize,
    known: &[String],
) -> (Vec<Agency>, usize) {
    let Some(last) = agencies.last_mut().filter(|a| !a.group) else { return (agencies, end) };
    let folded = super::fold::fold(&last.name);
    let shorter = known
        .iter()
        .map(|k| (super::fold::fold(k), k))
        .filter(|(k, _)| {
            folded.len() > k.len() + 1 && folded.starts_with(k.as_str()) && folded.as_bytes()[k.len()] == b' '
        })
        .max_by_key(|(k, _)| k.len());
    let Some((_, short)) = shorter else { return (agencies, end) };
    let Some(first) = (0..t.len()).find(|&k| t.orig(k, k + 1).start == last.range.start) else {
        return (agencies, end);
    };
    let cut = first + Tokens::new(short).len();
    let lower = t.kind(cut) == Some(Kind::Word) && !capitalised(text, t, cut);
    // Never inside the name's head: "Ủy ban" met alone does not cut "Ủy ban nhân dân Thành phố …".
    let inside_head = head_at(text, t, first).is_some_and(|n| cut < first + n);
    if !lower || inside_head || tail_at(t, cut).is_some() || t.is_word(cut, "cac") || cut >= end {
        return (agencies, end);
    }
    last.name = written(text, t, first..cut);
    last.range = t.orig(first, cut);
    (agencies, cut)
}

/// "Viện Nghiên cứu phát triển TP.HCM chủ trì …", "Tổ công tác triển khai Đề án 06 tiếp tục
/// …": an institute's, a team's or a centre's name may hold verbs of its own. When a role
/// follows a few words on, and those words hold a proper name and no other agency, they are
/// the name's (the last name's, in a list). Departments and committees have fixed names, and are left as read.
pub(crate) fn named_to_role(
    text: &str,
    t: &Tokens,
    mut agencies: Vec<Agency>,
    end: usize,
) -> (Vec<Agency>, usize) {
    const BODIES: &[&str] = &["vien", "to", "trung tam", "hoi dong", "doan"];
    let Some(one) = agencies.last_mut() else { return (agencies, end) };
    let Some(first) = (0..t.len()).find(|&k| t.orig(k, k + 1).start == one.range.start) else {
        return (agencies, end);
    };
    if one.group || !BODIES.iter().any(|b| t.count_words(first, b).is_some()) {
        return (agencies, end);
    }
    // "Trung tâm phát triển quỹ đất Chi nhánh Gia Thuận | tập trung …": up to nine words.
    let role = (end..(end + 10).min(t.len()))
        .take_while(|&k| matches!(t.kind(k), Some(Kind::Word | Kind::Number)) || t.is_mark(k, '.'))
        .find(|&k| ROLES.iter().chain(&["tập trung"]).any(|r| said(text, t, k, r).is_some()));
    let Some(role) = role.filter(|&r| r > end) else { return (agencies, end) };
    let proper = (end..role).any(|k| t.kind(k) == Some(Kind::Number) || capitalised(text, t, k));
    if !proper || (end..role).any(|k| head_at(text, t, k).is_some()) {
        return (agencies, end);
    }
    one.name = written(text, t, first..role);
    one.range = t.orig(first, role);
    (agencies, role)
}

/// The roles and manners that open a body's work right after its name ("Viện … chủ trì",
/// "Sở Xây dựng khẩn trương").
const ROLES: &[&str] =
    &["chủ trì", "phối hợp", "khẩn trương", "có trách nhiệm", "chịu trách nhiệm", "tiếp tục", "chủ động"];

/// Words after a name that leave no doubt where it ended: a role ([`ROLES`]), a manner, a tense.
const PLAIN_ENDS: &[&str] = &["tham mưu", "đã", "đang", "sẽ", "và", "với"];

/// The names of single agencies in a text whose end is plain: before a mark, the end, or a word
/// of [`ROLES`] or [`PLAIN_ENDS`] ("Sở Xây dựng khẩn trương", "Thanh tra tỉnh;").
pub fn bounded(text: &str) -> Vec<String> {
    let t = Tokens::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        match agency_at(text, &t, i) {
            Some((agency, end)) => {
                // A verb after a lower-case word ends a name plainly too ("Sở Xây dựng | thẩm
                // định"); after a capital it may have taken the name's own syllable ("Sở Thông
                // tin và Truyền | thông báo cáo").
                let plain = matches!(t.kind(end), None | Some(Kind::Mark(_)))
                    || ROLES.iter().chain(PLAIN_ENDS).any(|w| said(text, &t, end, w).is_some())
                    || end > 0 && !capitalised(text, &t, end - 1) && is_stop(text, &t, end);
                if plain && !agency.group {
                    out.push(agency.name);
                }
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// One agency at token `i`, with an office holder before it dropped; and the token after it.
pub(crate) fn agency_at(text: &str, t: &Tokens, i: usize) -> Option<(Agency, usize)> {
    // "Giao Phó Thủ tướng Chính phủ Lê Thành Long đi kiểm tra …": a Deputy Prime Minister is
    // given work by name; the Government itself speaks.
    if let Some(n) = t.count_words(i, "pho thu tuong") {
        let office = t.count_words(i + n, "chinh phu").unwrap_or(0);
        if let Some(name) = person_len(text, t, i + n + office) {
            let end = i + n + office + name;
            return Some((
                Agency { name: written(text, t, i..end), range: t.orig(i, end), group: false },
                end,
            ));
        }
    }
    // "Ông Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung …", "Bà Đỗ Thị Hoa, Thư ký:": a
    // team's member by name and role, before the colon that opens their work.
    if capitalised(text, t, i)
        && let Some(n) = ["ong", "ba", "dong chi"].iter().filter_map(|w| t.count_words(i, w)).max()
    {
        let j = if t.is_mark(i + n, '.') { i + n + 1 } else { i + n };
        if let Some(p) = person_len(text, t, j)
            && let Some(colon) = (j + p..(j + p + 12).min(t.len())).find(|&k| t.is_mark(k, ':'))
            && (colon == j + p || matches!(t.kind(j + p), Some(Kind::Mark('-' | '–' | ','))))
            && (j + p + 1..colon).all(|k| t.kind(k) == Some(Kind::Word))
        {
            return Some((
                Agency { name: written(text, t, i..colon), range: t.orig(i, colon), group: false },
                colon,
            ));
        }
    }
    // "yêu cầu đơn vị nêu trên đảm bảo …", "Bộ này phải …": a body named before, by its kind; the
    // reader of the whole document says which.
    if let Some(n) = REFERRING_KINDS.iter().filter_map(|w| t.count_words(i, w)).max()
        && let Some(m) = REFERENCES.iter().filter_map(|w| said(text, t, i + n, w)).max()
        && (n > 1 || capitalised(text, t, i))
    {
        let end = i + n + m;
        return Some((Agency { name: written(text, t, i..end), range: t.orig(i, end), group: false }, end));
    }
    // "đề nghị toàn Ngành nỗ lực …", "Toàn ngành Hải quan khẩn trương …": the whole branch a
    // ministry's office directs, its field named after it or understood.
    if t.count_words(i, "toan nganh") == Some(2)
        && (capitalised(text, t, i + 1) || capitalised(text, t, i + 2))
    {
        let mut end = i + 2;
        if t.kind(end) == Some(Kind::Word) && capitalised(text, t, end) && !is_stop(text, t, end) {
            end += 1;
            while end < i + 5
                && t.kind(end) == Some(Kind::Word)
                && !capitalised(text, t, end)
                && !is_stop(text, t, end)
            {
                end += 1;
            }
        }
        return Some((Agency { name: written(text, t, i..end), range: t.orig(i, end), group: true }, end));
    }
    // "(ii) Chủ đầu tư phối hợp …": a project's owner, directed by its role in a leader's
    // conclusion, written with a capital where it is a subject.
    if t.count_words(i, "chu dau tu") == Some(3) && capitalised(text, t, i) && !t.is_word(i + 3, "cac") {
        return Some((
            Agency { name: written(text, t, i..i + 3), range: t.orig(i, i + 3), group: false },
            i + 3,
        ));
    }
    // "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …": the ministers, a minister's title naming
    // no ministry before another title.
    // "các đồng chí Bộ trưởng, …" as well.
    let k = if t.is_word(i, "cac") { i + 1 } else { i };
    let k = t.count_words(k, "dong chi").map_or(k, |n| k + n);
    if t.count_words(k, "bo truong") == Some(2)
        && t.is_mark(k + 2, ',')
        && holder_end(text, t, k + 3).is_some()
    {
        return Some((Agency { name: "Các bộ".to_string(), range: t.orig(i, k + 2), group: true }, k + 2));
    }
    // "Cơ quan thanh tra khẩn trương …", "Cơ quan chuyên môn …": a body by its kind.
    if t.count_words(i, "co quan") == Some(2)
        && capitalised(text, t, i)
        && let Some(n) = KINDS.iter().filter_map(|k| t.count_words(i + 2, k)).max()
    {
        let end = i + 2 + n;
        return Some((Agency { name: written(text, t, i..end), range: t.orig(i, end), group: false }, end));
    }
    // "hệ thống các cơ quan báo chí": all of them, the group.
    let i = if t.count_words(i, "he thong").is_some() && t.is_word(i + 2, "cac") { i + 2 } else { i };
    let start = holder_end(text, t, i).unwrap_or(i);
    let held = start != i;
    if let Some((range, end)) = group_at(text, t, start, held) {
        let mut name = written(text, t, range.clone());
        // "Giám đốc Sở", "Thủ trưởng ban, ngành": all of that kind.
        if held && matches!(t.text(range.start), "so" | "ban" | "nganh" | "co" | "don" | "dia") {
            let mut chars = name.chars();
            let first: String = chars.next().into_iter().flat_map(char::to_lowercase).collect();
            name = format!("Các {first}{}", chars.as_str());
        }
        return Some((Agency { name, range: t.orig(range.start, range.end), group: true }, end));
    }
    let implied = if held { implied_head(text, t, start) } else { None };
    let n = match implied {
        Some(_) => 0,
        // "yêu cầu phòng Tài nguyên và Môi trường, phòng Nông nghiệp …": a district's offices
        // and a department written in lower case, their names capitalised after them.
        None => head_at(text, t, start).or_else(|| {
            lower_office(text, t, start).filter(|&n| {
                held || (t.is_word(start, "phong") || t.is_word(start, "so"))
                    && n == 1
                    && capitalised(text, t, start + 1)
            })
        })?,
    };
    let brand = BRANDS.iter().any(|b| t.count_words(start, b) == Some(n));
    // "Ủy ban nhân dân cấp tỉnh": the level, whose "cấp" is no verb.
    let mut level = usize::from(
        t.is_word(start + n, "cap") && ["tinh", "huyen", "xa"].iter().any(|w| t.is_word(start + n + 1, w)),
    ) * 2;
    if level > 0 {
        level += or_level(t, start + n + level);
    }
    let mut end = body_end(text, t, start + n + level, brand).max(start + n + level);
    // "Giám đốc Sở Y tế Nguyễn Văn An": a report names the holder after the office.
    if held && let Some(k) = (start + n..end).find(|&k| person_len(text, t, k).is_some()) {
        end = k;
    }
    // "Sở Khoa học và Công nghệ các tỉnh, thành phố", "Công an các xã": that office in every
    // place of the kind, a group.
    if end <= start {
        return None;
    }
    // "Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751": the ministry, then its role.
    if let Some(k) = (start + n + 1..end).find(|&k| {
        t.is_mark(k, '-')
            && (is_ministry(&written(text, t, start + n..k))
                    // "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": any office and its role.
                    || t.count_words(k + 1, "co quan thuong truc").is_some())
    }) {
        // The role runs to the verb after it.
        let verb = (k + 2..(k + 14).min(t.len()))
            .find(|&m| t.kind(m) == Some(Kind::Word) && !capitalised(text, t, m) && is_stop(text, t, m));
        let name = written(text, t, start..k);
        return Some((Agency { name, range: t.orig(start, k), group: false }, verb.unwrap_or(end)));
    }
    // "Ban Chỉ huy … các ngành, các cấp": every level's.
    if end >= start + 2
        && t.is_word(end - 2, "cac")
        && t.is_mark(end, ',')
        && t.is_word(end + 1, "cac")
        && t.is_word(end + 2, "cap")
    {
        end += 3;
    }
    let head = implied.map(|h| format!("{h} ")).unwrap_or_default();
    if t.is_word(end, "cac")
        && let Some((range, after)) = group_at(text, t, end, false)
        && range.end > end + 1
        && in_every(t, end + 1)
    {
        let name = format!("{head}{}", written(text, t, start..range.end));
        return Some((Agency { name, range: t.orig(start, range.end), group: true }, after));
    }
    // "Chi cục HQCK cảng SGKV 1 phối hợp …": a body numbered among others of its kind.
    if t.kind(end) == Some(Kind::Number)
        && t.text(end).len() <= 2
        && capitalised(text, t, end - 1)
        && !t.glued(end)
        && (end + 1 >= t.len()
            || is_stop(text, t, end + 1)
            || matches!(t.kind(end + 1), Some(Kind::Mark(',' | ':' | ')' | ';'))))
    {
        end += 1;
    }
    let name = format!("{head}{}", written(text, t, start..end));
    Some((Agency { name, range: t.orig(start, end), group: false }, end))
}

/// "Công an các tỉnh, thành phố", "Thanh tra các Bộ, ngành, địa phương": after an office's name
/// and "các", the kinds it is found in every one of (places, ministries, branches).
fn in_every(t: &Tokens, k: usize) -> bool {
    PLACES.iter().chain(&["bo", "nganh"]).any(|w| t.count_words(k, w).is_some())
}

/// Family names, with their marks: a person's name in a report starts with one ("Trần Ngọc
/// Tam", "Lê Đức Thọ"). A closed class: a few dozen cover nearly every Vietnamese.
const SURNAMES: &[&str] = &[
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
    "dương", "lý", "trịnh", "đinh", "lâm", "mai", "trương", "đào", "hà", "cao", "lương", "châu", "tạ", "tô",
    "thái", "kiều", "đoàn", "vương", "quách", "lưu", "triệu", "tăng", "giang", "lò", "hứa", "mạc", "chu",
    "la", "thân", "nông", "đàm", "từ", "diệp", "phùng", "tống", "doãn", "khúc", "bế", "lục", "ma", "hầu",
    "vi", "sầm", "lã", "văn", "quan", "y",
];

/// The words of a person's name at `i` ("Trịnh Minh Châu"): a family name, then capitalised
/// words that start no agency, two to four in all. After a place word ("tỉnh Lâm Đồng") two
/// words are the place; "Hồ Chí Minh" is the city.
pub(crate) fn person_len(text: &str, t: &Tokens, i: usize) -> Option<usize> {
    if !capitalised(text, t, i) || !SURNAMES.iter().any(|s| said(text, t, i, s).is_some()) {
        return None;
    }
    let mut n = 1;
    while n < 4 && capitalised(text, t, i + n) && head_at(text, t, i + n).is_none() {
        n += 1;
    }
    let after_place = TAILS.iter().any(|w| {
        let len = w.split(' ').count();
        i.checked_sub(len).is_some_and(|from| t.count_words(from, w) == Some(len))
    });
    let least = if after_place { 3 } else { 2 };
    let city = t.count_words(i, "ho chi minh").is_some();
    (n >= least && !(after_place && city) && !capitalised(text, t, i + n)).then_some(n)
}

/// The name as written, with its first letter capitalised ("các khu phố" → "Các khu phố").
fn written(text: &str, t: &Tokens, tokens: Range<usize>) -> String {
    let raw = &text[t.orig(tokens.start, tokens.end)];
    initial_capital(raw.trim_end_matches([',', ';', ':', '.', ' ']))
}

/// A name to stand first in a lead: its first letter in capitals ("tỉnh Sơn La" → "Tỉnh Sơn
/// La"), the rest as written.
pub(crate) fn initial_capital(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().into_iter().flat_map(char::to_uppercase).chain(chars).collect()
}

/// How many letters the word at `i` has when it is written all in capitals ("GDĐT", "NHNN"),
/// else 0.
pub(crate) fn capitals(text: &str, t: &Tokens, i: usize) -> usize {
    if t.kind(i) != Some(Kind::Word) {
        return 0;
    }
    let word = &text[t.orig(i, i + 1)];
    if word.chars().all(char::is_uppercase) { word.chars().count() } else { 0 }
}

fn capitalised(text: &str, t: &Tokens, i: usize) -> bool {
    t.kind(i) == Some(Kind::Word) && text[t.orig(i, i + 1)].starts_with(char::is_uppercase)
}

/// "Giám đốc", "Bộ trưởng", "Chủ tịch": where the office after a holder starts. "Trưởng" (head)
/// is told from "Trường" (school) by its mark.
fn holder_end(text: &str, t: &Tokens, i: usize) -> Option<usize> {
    // "các Giám đốc Sở": the holders of every one; "Các đồng chí Bộ trưởng …": a courtesy to
    // the addressees (one "Đồng chí Trưởng phòng …" is a person at a meeting).
    // Mid-sentence, "yêu cầu đồng chí Cục trưởng …" is that courtesy too.
    // "(2) Đồng chí Bộ trưởng Bộ Y tế, Thứ trưởng …": an office named in full after it is the
    // courtesy too.
    let office_named = |n: usize| {
        HOLDERS
            .iter()
            .filter_map(|h| t.count_words(i + n, h))
            .max()
            .is_some_and(|m| head_at(text, t, i + n + m).is_some())
    };
    let courtesy = t.count_words(i, "dong chi").filter(|&n| !capitalised(text, t, i) || office_named(n));
    let i = match (t.is_word(i, "cac"), t.count_words(i + 1, "dong chi"), courtesy) {
        (true, Some(n), _) => i + 1 + n,
        (true, None, _) => i + 1,
        (false, _, Some(n)) => i + n,
        _ => i,
    };
    let n = HOLDERS.iter().filter_map(|h| t.count_words(i, h)).max()?;
    if t.is_word(i, "truong") && n == 1 && !text[t.orig(i, i + 1)].to_lowercase().contains('ở') {
        return None;
    }
    let mut after = i + n;
    // "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: …": the party's and the
    // government's heads together; the government's office is the unit.
    // "Bí thư tỉnh ủy, thành ủy và Chủ tịch …": each kind of party committee.
    let party = |k: usize| {
        ["tinh uy", "thanh uy", "huyen uy", "dang uy"].iter().filter_map(|w| t.count_words(k, w)).max()
    };
    if t.is_word(i, "bi")
        && let Some(mut m) = party(after)
    {
        while t.is_mark(after + m, ',')
            && let Some(more) = party(after + m + 1)
        {
            m += 1 + more;
        }
        if t.is_word(after + m, "va") && HOLDERS.iter().any(|h| t.count_words(after + m + 1, h).is_some()) {
            after += m;
        }
    }
    // "thủ trưởng, giám đốc các sở, ban, ngành": two titles of one office.
    while t.is_mark(after, ',') || t.is_word(after, "va") {
        match HOLDERS.iter().filter_map(|h| t.count_words(after + 1, h)).max() {
            Some(n) => after += 1 + n,
            None => break,
        }
    }
    // "Phó Chủ tịch Thường trực UBND tỉnh": the standing deputy.
    if t.count_words(after, "thuong truc").is_some() {
        after += 2;
    }
    // "Bộ trưởng: Bộ Xây dựng, Bộ Tài chính …": the offices listed after a colon.
    if t.is_mark(after, ':') && head_at(text, t, after + 1).is_some() {
        after += 1;
    }
    let office = head_at(text, t, after).is_some()
        || lower_office(text, t, after).is_some()
        || group_at(text, t, after, true).is_some()
        || implied_head(text, t, after).is_some();
    office.then_some(after)
}

/// "thành phố Đà Nẵng cần tập trung …", "Tỉnh Quảng Ninh chủ trì …": a province or city as
/// the subject of work, which is its government's. Read only where a subject stands, since
/// elsewhere the same words say where ("tại thành phố Đà Nẵng").
pub(crate) fn place_at(text: &str, t: &Tokens, i: usize) -> Option<(Agency, usize)> {
    let n = ["thanh pho", "tinh"].iter().filter_map(|w| t.count_words(i, w)).max()?;
    // "… tại Núi Nhỏ, phường 2, thành phố Vũng Tàu": the end of an address.
    let address =
        (i.saturating_sub(8)..i).any(|k| said(text, t, k, "tại").is_some() || t.is_word(k, "phuong"));
    if address {
        return None;
    }
    // "TỈNH LÀO CAI" in capitals is a letterhead.
    if text[t.orig(i, i + 1)].chars().all(char::is_uppercase) {
        return None;
    }
    let from = i + n;
    let end = (from..(from + 4).min(t.len()))
        .take_while(|&k| {
            t.kind(k) == Some(Kind::Word) && capitalised(text, t, k) && head_at(text, t, k).is_none()
        })
        .last()?
        + 1;
    Some((Agency { name: written(text, t, i..end), range: t.orig(i, end), group: false }, end))
}

/// "Chi cục trưởng chi cục thủy sản", "Giám đốc sở Y tế": an office written in lower case
/// after its holder's title; its head word's length.
fn lower_office(text: &str, t: &Tokens, i: usize) -> Option<usize> {
    let n =
        ["so", "chi cuc", "cuc", "phong", "trung tam"].iter().filter_map(|h| t.count_words(i, h)).max()?;
    let number = t.is_word(i, "so") && !marked_so(text, t, i);
    (t.kind(i + n) == Some(Kind::Word) && !number).then_some(n)
}

/// "sở" (a department) and not "số" (a number), where the text has its marks.
fn marked_so(text: &str, t: &Tokens, i: usize) -> bool {
    !t.marked || text[t.orig(i, i + 1)].to_lowercase().contains('ở')
}

/// An office holder's title at `i`, with the office after it ("Phó Chủ tịch UBND tỉnh").
pub(crate) fn holder_at(text: &str, t: &Tokens, i: usize) -> bool {
    holder_end(text, t, i).is_some()
}

/// "Trưởng phòng Giáo dục và Đào tạo", "Trưởng ban Dân tộc": the holder's title holds the
/// office's head word, and the name follows it; the head word, as the office is written.
fn implied_head(text: &str, t: &Tokens, i: usize) -> Option<&'static str> {
    if i == 0 || !capitalised(text, t, i) || head_at(text, t, i).is_some() || is_stop(text, t, i) {
        return None;
    }
    match t.text(i - 1) {
        "phong" => Some("Phòng"),
        "ban" => Some("Ban"),
        _ => None,
    }
}

/// A head word at `i`, capitalised (or one that reads as an agency in any case); its length.
fn head_at(text: &str, t: &Tokens, i: usize) -> Option<usize> {
    // "NHIỆM VỤ CHUNG", "DỊCH VỤ CÔNG" in a heading's capitals: "vụ" is a word's second syllable
    // there, no ministry's department ("Vụ Pháp chế").
    if t.is_word(i, "vu") && i > 0 && ["nhiem", "dich", "nghia", "phuc", "su"].contains(&t.text(i - 1)) {
        return None;
    }
    // "UB.MTTQVN huyện": the Front's committee, abbreviated with a dot.
    if t.is_word(i, "ub")
        && t.is_mark(i + 1, '.')
        && t.glued(i + 1)
        && t.glued(i + 2)
        && ["mttq", "mttqvn"].iter().any(|w| t.is_word(i + 2, w))
    {
        return Some(3);
    }
    let n = HEADS.iter().filter_map(|h| t.count_words(i, h)).max()?;
    // "Tổng cục trưởng", "Cục trưởng", "Viện trưởng": the head of the office, a title without
    // the office's name ("Trường" is a school).
    if t.is_word(i + n, "truong")
        && text[t.orig(i + n, i + n + 1)].contains('ở')
        && ["tong cuc", "cuc", "vu", "vien"].iter().any(|h| t.count_words(i, h) == Some(n))
    {
        return None;
    }
    // "Tổ chức", "Ban hành", "Bố trí", "Bảo đảm": a verb that starts like a head.
    let stop = STOPS.iter().filter_map(|s| said(text, t, i, s)).max().unwrap_or(0);
    if stop > n {
        return None;
    }
    // "lực lượng Công an": a force by its name, in either case; "lực lượng chức năng" in lower
    // case is everyone who enforces, a group read with "các".
    let force = t.count_words(i, "luc luong") == Some(n);
    if force && !capitalised(text, t, i + n) {
        return None;
    }
    // "Đảng uỷ Chính phủ, đảng uỷ các bộ, cơ quan ngang bộ": the party committees of a group,
    // in lower case inside a list.
    let any_case = ANY_CASE.iter().any(|h| t.count_words(i, h) == Some(n))
        || force
        || t.count_words(i, "dang uy") == Some(n) && t.is_word(i + n, "cac");
    if !(capitalised(text, t, i) || any_case) {
        return None;
    }
    if n == 1 && CAPS_ONLY.contains(&t.text(i)) && !text[t.orig(i, i + 1)].chars().all(|c| c.is_uppercase()) {
        return None;
    }
    // "Trường" (school) is a head; "Trưởng" is a holder, read as such; "Trường hợp" is a case.
    if t.is_word(i, "truong")
        && n == 1
        && (text[t.orig(i, i + 1)].to_lowercase().contains('ở') || t.is_word(i + 1, "hop"))
    {
        return None;
    }
    // "Bao gồm" (made of), not "Báo" (a newspaper), where the text has its marks.
    if t.is_word(i, "bao") && n == 1 && t.marked && !text[t.orig(i, i + 1)].to_lowercase().contains('á') {
        return None;
    }
    // "Đội" (a team), not "Đối với", "Đổi mới" or a text without its marks.
    if t.is_word(i, "doi") && n == 1 && said(text, t, i, "đội").is_none() {
        return None;
    }
    // "Bản đồ hiện trạng", "Bản gốc": a map, a copy, not a board ("Ban").
    if t.is_word(i, "ban") && n == 1 && text[t.orig(i, i + 1)].to_lowercase().contains('ả') {
        return None;
    }
    // "Hội nghị 1: Gồm các tỉnh …", "Hội thảo", "Hội thi": gatherings, not associations.
    if t.is_word(i, "hoi")
        && n == 1
        && ["nghi", "thao", "thi", "cho", "dien"].iter().any(|w| t.is_word(i + 1, w))
    {
        return None;
    }
    // "Thuế tỉnh Lào Cai", "Thuế cơ sở 3", "Thuế TP. Hà Nội": the tax office of a place;
    // "Thuế giá trị gia tăng", "Thuế thu nhập doanh nghiệp": a tax.
    if t.is_word(i, "thue") && n == 1 {
        // "Thuế các tỉnh, thành phố": every province's.
        let place = PLACES.iter().chain(&["co so", "khu vuc"]).any(|p| t.count_words(i + 1, p).is_some())
            || t.is_word(i + 1, "cac") && in_every(t, i + 2);
        // Not "Thuế GTGT", "Thuế TNDN": a tax by its initials (a city's are "TP", "TPHCM").
        let initials = i + 1 < t.len()
            && text[t.orig(i + 1, i + 2)].chars().all(char::is_uppercase)
            && !["tp", "tphcm", "hcm", "tx"].iter().any(|w| t.is_word(i + 1, w));
        let named = t.kind(i + 1) == Some(Kind::Number)
            || t.kind(i + 1) == Some(Kind::Word) && capitalised(text, t, i + 1) && !initials;
        if !(place || named) {
            return None;
        }
    }
    // "BHXH tự nguyện", "bảo hiểm xã hội bắt buộc": a scheme people join, not the office.
    if ["bhxh", "bao hiem xa hoi"].iter().any(|h| t.count_words(i, h) == Some(n))
        && ["tu nguyen", "bat buoc"].iter().any(|w| t.count_words(i + n, w).is_some())
    {
        return None;
    }
    // "Bộ luật Hình sự", "Bộ tiêu chí", "Bộ hồ sơ": a code or a set, not a ministry, whose name
    // is capitalised after "Bộ" (or abbreviated: "Bộ GTVT").
    if t.is_word(i, "bo")
        && n == 1
        && t.kind(i + 1) == Some(Kind::Word)
        && !capitalised(text, t, i + 1)
        && ["luat", "tieu chi", "chi so", "chi tieu", "ho so", "cong cu", "thu tuc", "may", "quy tac", "dem"]
            .iter()
            .any(|w| t.count_words(i + 1, w).is_some())
    {
        return None;
    }
    // "Số dự án" (the number of) is not "Sở" where the text has its marks.
    if t.is_word(i, "so") && n == 1 && !marked_so(text, t, i) {
        return None;
    }
    // A bare "Bộ"/"Sở"/"Ban" must name something after it ("Sở Y tế", not "Sở." alone).
    let next = i + n;
    let named = matches!(t.kind(next), Some(Kind::Word | Kind::Number))
        && (capitalised(text, t, next) || !is_stop(text, t, next) || tail_at(t, next).is_some());
    // "Thường trực Tỉnh ủy", "Thường trực HĐND": a standing body is of someone; "(5) Thường
    // trực báo cáo:" is duty, no body.
    if t.count_words(i, "thuong truc") == Some(n) && !capitalised(text, t, next) {
        return None;
    }
    (named || n > 1 || any_case).then_some(n)
}

/// A verb of two syllables or more at `i` ("Tiến hành", "Rà soát"), from the words that end names.
pub(crate) fn verb_at(text: &str, t: &Tokens, i: usize) -> bool {
    STOPS.iter().filter_map(|s| said(text, t, i, s)).max().is_some_and(|n| n > 1)
}

/// "thuộc lĩnh vực, địa bàn quản lý", "phạm vi quản lý": what they manage, a noun, not the
/// verb "quản lý".
fn managed(t: &Tokens, i: usize) -> bool {
    t.is_word(i, "quan")
        && t.is_word(i + 1, "ly")
        && i.checked_sub(1).is_some_and(|k| ["ban", "vuc", "vi"].iter().any(|w| t.is_word(k, w)))
}

fn is_stop(text: &str, t: &Tokens, i: usize) -> bool {
    // "công trình", "toàn trình": the second syllable of a noun, not "trình" (submit).
    if t.is_word(i, "trinh") && (t.is_word(i.wrapping_sub(1), "cong") || t.is_word(i.wrapping_sub(1), "toan"))
    {
        return false;
    }
    // "Tổng công ty Cảng Hàng không Việt Nam": aviation, not "không" (not).
    if t.is_word(i, "khong") && t.is_word(i.wrapping_sub(1), "hang") && capitalised(text, t, i - 1) {
        return false;
    }
    // "công trình giao thông": traffic, not "giao" (assign).
    if t.is_word(i, "giao") && t.is_word(i + 1, "thong") {
        return false;
    }
    if managed(t, i) {
        return false;
    }
    // "Phát thanh, Truyền hình thành phố", "Ban chỉ đạo phòng thủ dân sự": nouns, not "hình
    // thành" (form) or "chỉ đạo" (direct).
    let before = i.checked_sub(1).map(|k| t.text(k));
    if (t.is_word(i, "hinh") && before == Some("truyen"))
        || (t.is_word(i, "chi") && before == Some("ban"))
        // "Ban điều hành các khu phố", "Trung tâm điều hành thông minh", "Ban Chỉ đạo điều hành
        // giá": a board, a centre, not "điều hành" (run).
        || (t.is_word(i, "dieu") && matches!(before, Some("ban" | "tam" | "dao")))
        || (t.is_word(i, "giao") && before == Some("ngoai"))
    {
        return false;
    }
    // The modals that open the work read the same without their marks, which a scan may have
    // misread ("Bộ Tư pháp khan trương có ý kiến …"); other verbs fold into other words ("thông
    // bảo đảm" is no "thông báo").
    STOPS.iter().any(|s| said(text, t, i, s).is_some())
        || !capitalised(text, t, i)
            && ["khan truong", "chu dong", "tiep tuc", "tap trung", "phoi hop", "chu tri"]
                .iter()
                .any(|m| t.count_words(i, m).is_some())
}

/// How many tokens `phrase` (in Vietnamese, with its marks) spans at `i`: word for word as
/// written when the text has its marks ("tai" is not "tại" there), folded when it was typed
/// without them.
pub(crate) fn said(text: &str, t: &Tokens, i: usize, phrase: &str) -> Option<usize> {
    use unicode_normalization::UnicodeNormalization;
    let mut n = 0;
    for syllable in phrase.split(' ') {
        let j = i + n;
        if t.kind(j) != Some(Kind::Word) {
            return None;
        }
        // Most phrases differ at their first letter: compare that folded first, before the
        // normalising comparison below, which is the reader's hot path.
        let mut first = None;
        if let Some(c) = syllable.chars().next() {
            super::fold::fold_char(c, |f| {
                first.get_or_insert(f);
            });
        }
        if t.text(j).chars().next() != first {
            return None;
        }
        let source = &text[t.orig(j, j + 1)];
        let same = if source.is_ascii() && !t.marked {
            t.text(j) == super::fold::fold(syllable)
        } else {
            source.nfc().flat_map(char::to_lowercase).eq(syllable.nfc())
        };
        if !same {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// The roles a subject takes straight after its name: "Sở Nội vụ chủ trì", "… tham mưu".
const ROLES_AFTER: &[&str] =
    &["chủ trì", "tham mưu", "phối hợp", "có trách nhiệm", "chịu trách nhiệm", "khẩn trương"];

/// Kinds of places an office is found in each of: "Công an các xã".
const PLACES: &[&str] =
    &["tinh", "thanh pho", "tp", "xa", "phuong", "huyen", "dia phuong", "thi xa", "dac khu"];

/// Companies named by their brand and where they work: "VNPT Thái Nguyên", "Viettel Đắk Lắk".
const BRANDS: &[&str] = &["vnpt", "viettel", "mobifone"];

/// A kind of place at `i` ("xã", "phường", "thị trấn", "đặc khu", …), and its length.
fn place_kind(t: &Tokens, i: usize) -> Option<usize> {
    PLACES.iter().chain(&["thi tran"]).filter_map(|p| t.count_words(i, p)).max()
}

/// "/cơ sở" after "BHXH cấp tỉnh": one office at either level; the tokens it takes.
fn or_level(t: &Tokens, i: usize) -> usize {
    if !t.is_mark(i, '/') {
        return 0;
    }
    TAILS.iter().chain(&["co so"]).filter_map(|w| t.count_words(i + 1, w)).max().map_or(0, |m| 1 + m)
}

/// A tail at `i` ("tỉnh", "khu vực"), and its length; "xã hội" and "tỉnh ủy" are no tails.
fn tail_at(t: &Tokens, i: usize) -> Option<usize> {
    let n = TAILS.iter().filter_map(|w| t.count_words(i, w)).max()?;
    let part_of_word =
        (t.is_word(i, "xa") && t.is_word(i + 1, "hoi")) || (t.is_word(i, "tinh") && t.is_word(i + 1, "uy"));
    (!part_of_word).then_some(n)
}

/// Where a name that started before `i` ends.
fn body_end(text: &str, t: &Tokens, mut i: usize, brand: bool) -> usize {
    let start = i;
    // "Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh": twenty
    // tokens and more.
    let mut limit = i + 22;
    // After a tail, only a place's name goes on: "Thanh tra tỉnh | tiến hành", "Công an tỉnh
    // Lâm Đồng | chỉ đạo"; after a brand, only where it works: "VNPT Thái Nguyên | khôi phục".
    let mut closed = brand;
    while i < t.len() && i < limit {
        // "Cục Thuế và Cục Hải quan TPHCM": a head whole in itself, then a second name; no name
        // starts on "và".
        if i == start && t.is_word(i, "va") && head_at(text, t, i + 1).is_some() {
            break;
        }
        // "Công an các tỉnh, thành phố": the office in every place, read as a group by the
        // caller ("Ban Quản lý các khu công nghiệp" is one name).
        if t.is_word(i, "cac") && in_every(t, i + 1) {
            break;
        }
        // "Ban Chỉ đạo … các cấp": every level's, the end of the name.
        if let Some(n) = t.count_words(i, "cac cap") {
            i += n;
            break;
        }
        // "Báo điện tử VTV ngày 10 tháng 4 năm 2020 có bài …": the day, no part of the name.
        if t.is_word(i, "ngay") && t.kind(i + 1) == Some(Kind::Number) {
            break;
        }
        match t.kind(i) {
            Some(Kind::Word) => {
                // "Ban Quản lý khu kinh tế tỉnh chủ trì": a verb or a word of grammar ends it,
                // but a tail ("tỉnh", "khu vực") or a capitalised word never does.
                let tail = tail_at(t, i);
                let lower = !capitalised(text, t, i);
                // "Ban Quản lý dự án đầu tư xây dựng các công trình …", "Ban QLDA đầu tư xây dựng
                // …": what a project board manages is in its name.
                // "Công ty Cổ phần đầu tư thủy điện miền Trung Việt Nam", "Công ty TNHH xây dựng
                // …": a company's trade after its form, in lower case.
                let company = t.is_word(i.wrapping_sub(1), "phan") && t.is_word(i.wrapping_sub(2), "co")
                    || t.is_word(i.wrapping_sub(1), "tnhh");
                let project = (t.is_word(i.wrapping_sub(1), "an") && t.is_word(i.wrapping_sub(2), "du"))
                    || company
                    || t.is_word(i.wrapping_sub(1), "qlda")
                    || t.is_word(i.wrapping_sub(1), "tu") && t.is_word(i.wrapping_sub(2), "dau");
                if project
                    && let Some(n) = ["đầu tư", "xây dựng"].iter().filter_map(|w| said(text, t, i, w)).max()
                {
                    i += n;
                    continue;
                }
                // "Ủy ban Trung ương Mặt trận Tổ quốc": a name's head after a tail goes on.
                if closed
                    && !lower
                    && let Some(n) = head_at(text, t, i).filter(|&n| n > 1)
                {
                    closed = false;
                    i += n;
                    continue;
                }
                // "Ban Chỉ đạo Ứng phó với biến đổi khí hậu - Phòng chống thiên tai và Tìm kiếm
                // cứu nạn tỉnh": what the board deals with, in lower case, between capitalised
                // parts of its name.
                if !closed
                    && t.is_word(i, "voi")
                    && let Some(k) = (i + 2..(i + 8).min(t.len()))
                        .take_while(|&k| t.kind(k - 1) == Some(Kind::Word) && !capitalised(text, t, k - 1))
                        .find(|&k| (t.is_mark(k, '-') || t.is_word(k, "va")) && capitalised(text, t, k + 1))
                {
                    limit = limit.max(k + 14);
                    // "và" is read below; past the dash, the name goes on.
                    i = if t.is_word(k, "va") { k } else { k + 1 };
                    continue;
                }
                // "Ban chỉ huy phòng chống thiên tai", "Ban Chỉ đạo phòng, chống dịch": a board
                // named for what it prevents, in lower case.
                let board = i >= 2
                    && t.is_word(i, "phong")
                    && ["chi huy", "chi dao"].iter().any(|w| t.count_words(i - 2, w).is_some());
                // "Ủy ban Kinh tế và Tài chính của Quốc hội", "Ban Chỉ đạo của Chính phủ": a body of
                // the Assembly or the Government, named with whose it is.
                // "các Ban của Đảng": the Party's.
                if let Some(n) = said(text, t, i, "của")
                    && capitalised(text, t, i + n)
                    && let Some(m) =
                        ["quốc hội", "chính phủ", "đảng"].iter().filter_map(|w| said(text, t, i + n, w)).max()
                {
                    i += n + m;
                    closed = true;
                    continue;
                }
                // "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp": the committee's full name.
                if i >= 3
                    && t.count_words(i - 3, "von nha nuoc").is_some()
                    && t.is_word(i, "tai")
                    && let Some(n) =
                        ["doanh nghiep", "dn"].iter().filter_map(|w| t.count_words(i + 1, w)).max()
                {
                    i += 1 + n;
                    closed = true;
                    continue;
                }
                // "Cục Kết cấu hạ tầng xây dựng tham mưu …", "Cục Kinh tế - Quản lý đầu tư xây dựng
                // chủ trì …": a verb straight before the subject's role is a part of its name,
                // what the body deals with; no work is done by "xây dựng chủ trì".
                let named_for = ["xây dựng", "đầu tư", "phát triển", "ứng dụng", "quản lý", "hỗ trợ"]
                    .iter()
                    .filter_map(|w| said(text, t, i, w))
                    .max()
                    .filter(|&n| !closed && ROLES_AFTER.iter().any(|r| said(text, t, i + n, r).is_some()));
                if let Some(n) = named_for {
                    i += n;
                    continue;
                }
                // "Ban Quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên": what a zone applies,
                // between its capitalised words ("Sở Nội vụ quản lý Hồ sơ …" is work); "doanh
                // nghiệp nhỏ và vừa": one size.
                let inner = said(text, t, i, "ứng dụng")
                    .filter(|&n| t.kind(i - 1) == Some(Kind::Word) && opens_field(text, t, i + n))
                    .or_else(|| said(text, t, i, "nhỏ và vừa"));
                if let Some(n) = inner {
                    i += n;
                    continue;
                }
                // "Liên hiệp các tổ chức hữu nghị": the kind of its members, verb-like or not.
                let members = i >= 2 && t.is_word(i - 1, "cac") && t.is_word(i - 2, "hiep");
                if lower && tail.is_none() && (closed || is_stop(text, t, i)) && !board && !members {
                    break;
                }
                // "Cục Du lịch Quốc gia Việt Nam Phối hợp với …": a role written with a capital
                // after the name ends it all the same.
                if !lower
                    && ["phối hợp", "chủ trì", "chịu trách nhiệm", "có trách nhiệm"]
                        .iter()
                        .any(|r| said(text, t, i, r).is_some())
                {
                    break;
                }
                // "Sở GD&ĐT và Chủ tịch UBND các huyện": a second addressee, by its holder.
                if t.is_word(i, "va") && holder_end(text, t, i + 1).is_some() {
                    break;
                }
                if let Some(n) = tail {
                    closed = true;
                    let level = t.is_word(i, "cap");
                    i += n;
                    // "Ủy ban nhân dân phường - xã - đặc khu": the committee of each kind of
                    // commune, the kinds joined by dashes.
                    while t.is_mark(i, '-')
                        && !level
                        && let Some(m) = place_kind(t, i + 1)
                        && !capitalised(text, t, i + 1)
                    {
                        i += 1 + m;
                    }
                    i += or_level(t, i);
                    // "Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã": the same board at each level;
                    // "Công an cấp xã, phường": at each kind of commune.
                    while level && (t.is_mark(i, ',') || t.is_word(i, "va")) {
                        if t.is_word(i + 1, "cap")
                            && let Some(m) = tail_at(t, i + 1)
                        {
                            i += 1 + m;
                        } else if let Some(m) = place_kind(t, i + 1).filter(|_| !capitalised(text, t, i + 1))
                        {
                            i += 1 + m;
                        } else {
                            break;
                        }
                    }
                    continue;
                }
                // A new agency without a separator is a new name ("… tỉnh Văn phòng …" is rare;
                // "Văn phòng UBND tỉnh" is one name), so heads inside continue.
                i += 1;
            }
            Some(Kind::Number) => {
                // "khu vực 9", "Khu vực XV" (a Roman number is a word), "Chi nhánh 2", "các khu
                // phố 4, 9, 13", "thôn 3".
                if i > 0
                    && matches!(t.text(i - 1), "vuc" | "nhanh" | "so" | "pho" | "thon" | "ap" | "khom" | "to")
                    || i > 1 && t.is_mark(i - 1, '-') && t.is_word(i - 2, "covid")
                    // "Ban Chỉ đạo 389", "Tổ công tác 1645": named by their decision's number;
                    // "Ban Quản lý Dự án 85" by its own.
                    || i > 1 && (t.is_word(i - 1, "dao") && t.is_word(i - 2, "chi") || t.is_word(i - 1, "tac") && t.is_word(i - 2, "cong")
                        || t.is_word(i - 1, "an") && t.is_word(i - 2, "du"))
                {
                    i += 1;
                    while t.is_mark(i, ',') && t.kind(i + 1) == Some(Kind::Number) {
                        i += 2;
                    }
                } else {
                    break;
                }
            }
            Some(Kind::Mark(m)) => {
                // "Văn hóa, Thể thao", "Lao động - Thương binh", "TT&TT": marks inside a name,
                // when a capitalised word that starts no other name follows.
                // A dash joins even before a head word: "Tập đoàn Công nghiệp - Viễn thông
                // Quân đội".
                // After a tail or a brand's place the name is whole: "VNPT Đồng Tháp, FPT …".
                let joins = matches!(m, ',' | '-' | '&')
                    && !(closed && m == ',')
                    && capitalised(text, t, i + 1)
                    && (m == '-' || head_at(text, t, i + 1).is_none())
                    && holder_end(text, t, i + 1).is_none()
                    // "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh".
                    || m == '-' && t.is_word(i.wrapping_sub(1), "covid") && t.kind(i + 1) == Some(Kind::Number)
                    // "Phòng, chống thiên tai", "phòng-chống dịch": one phrase, the mark inside it.
                    || matches!(m, ',' | '-') && t.is_word(i.wrapping_sub(1), "phong") && t.is_word(i + 1, "chong")
                    // "UBND TP. Vinh", "Công an TX. Sơn Tây": a place's abbreviation.
                    || m == '.'
                        && matches!(t.text(i.wrapping_sub(1)), "tp" | "tx" | "q")
                        && capitalised(text, t, i + 1);
                // "Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên:": a comma before words
                // in lower case that "và" joins to a capitalised part, or that end the name where
                // its colon does.
                let plain = |k: usize| {
                    t.kind(k) == Some(Kind::Word)
                        && !capitalised(text, t, k)
                        && !is_stop(text, t, k)
                        && !t.is_word(k, "cac")
                        && !t.is_word(k, "va")
                        && head_at(text, t, k).is_none()
                        && tail_at(t, k).is_none()
                };
                let words = (i + 1..(i + 5).min(t.len())).take_while(|&k| plain(k)).count();
                // "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả": what a
                // board fights, listed in lower case.
                let fights = (start.saturating_sub(2)..i).any(|k| t.count_words(k, "chi dao").is_some())
                    && (start..i).any(|k| t.is_word(k, "chong"))
                    && t.is_word(i + 1 + words, "va");
                let inside = m == ','
                    && !closed
                    && words > 0
                    && (fights
                        || t.is_word(i + 1 + words, "va")
                        && capitalised(text, t, i + 2 + words)
                        && head_at(text, t, i + 2 + words).is_none()
                        || words <= 2 && (t.is_mark(i + 1 + words, ':') || i + 1 + words >= t.len())
                        // "Ban Chính sách, chiến lược Trung ương": a central board's name ends on
                        // its capitalised tail.
                        || words <= 2
                            && t.count_words(i + 1 + words, "trung uong").is_some()
                            && capitalised(text, t, i + 1 + words));
                if joins || inside {
                    i += 1;
                } else {
                    break;
                }
            }
            None => break,
        }
        // "và" between two capitalised words joins them ("Khoa học và Công nghệ"); before a new
        // head it separates two names. A name written in lower case after its first word goes
        // on in lower case ("Cục Quản lý nhà và thị trường bất động sản").
        let lower_goes_on = i > 0
            && t.kind(i - 1) == Some(Kind::Word)
            && !capitalised(text, t, i - 1)
            && t.kind(i + 1) == Some(Kind::Word)
            && !capitalised(text, t, i + 1)
            && !t.is_word(i + 1, "cac")
            && tail_at(t, i + 1).is_none()
            && !is_stop(text, t, i + 1);
        // "Ban Bí thư và Văn bản số 9671": a document after it, no part of the name.
        let document =
            ["van ban", "cong van", "quyet dinh", "nghi quyet", "chi thi", "thong bao", "ket luan"]
                .iter()
                .any(|d| t.count_words(i + 1, d).is_some());
        if t.is_word(i, "va")
            && (document
                || !(lower_goes_on || capitalised(text, t, i + 1) && head_at(text, t, i + 1).is_none()))
        {
            break;
        }
    }
    // "Công an và | cấp chính quyền": no name ends on "và".
    while i > start && t.is_word(i - 1, "va") {
        i -= 1;
    }
    i
}

/// A kind of unit named without a name, which is all of that kind: "Ủy ban nhân dân huyện,
/// thành phố", "Giám đốc Sở" (every department's), "Thủ trưởng ban, ngành".
fn generic_at(text: &str, t: &Tokens, i: usize, held: bool) -> Option<(Range<usize>, usize)> {
    const LEVELS: &[&str] = &["huyen", "quan", "thanh pho", "thi xa", "xa", "phuong", "thi tran", "dac khu"];
    let level = |j: usize| LEVELS.iter().filter_map(|l| t.count_words(j, l)).max();
    let mut j = i;
    if let Some(n) = ["ubnd", "uy ban nhan dan"].iter().filter_map(|h| t.count_words(j, h)).max() {
        j += n;
        // "UBND cấp huyện", "Ủy ban nhân dân cấp huyện, cấp xã": every one of a level.
        if t.is_word(j, "cap")
            && let Some(n) = level(j + 1)
        {
            j += 1 + n;
            while (t.is_mark(j, ',') || t.is_word(j, "va")) && t.is_word(j + 1, "cap") {
                let Some(n) = level(j + 2) else { break };
                j += 2 + n;
            }
            return Some((i..j, j));
        }
        // "UBND huyện, thành phố": levels only, and more than one or none named after.
        let first = level(j)?;
        j += first;
        let mut levels = 1;
        while (t.is_mark(j, ',') || t.is_word(j, "va")) && level(j + 1).is_some() {
            j += 1 + level(j + 1)?;
            levels += 1;
        }
        let named = capitalised(text, t, j) && head_at(text, t, j).is_none();
        return (levels > 1 && !named).then_some((i..j, j));
    }
    // "Sở, ban, ngành", "ban, ngành" after a holder ("Giám đốc Sở, Thủ trưởng ban, ngành");
    // "Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ".
    let kinds: &[&str] = &["co quan ngang bo", "co quan thuoc chinh phu", "so", "ban", "nganh"];
    let listed = |j: usize| {
        kinds
            .iter()
            .filter_map(|k| t.count_words(j, k))
            .max()
            .filter(|_| !t.is_word(j, "so") || marked_so(text, t, j))
    };
    // "Thủ trưởng cơ quan, ban, ngành": "cơ quan" a kind in a list of kinds only.
    let kind = |j: usize| {
        listed(j).or_else(|| {
            (t.count_words(j, "co quan") == Some(2) && t.is_mark(j + 2, ',') && listed(j + 3).is_some())
                .then_some(2)
        })
    };
    // "Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia": a board's name, not the boards.
    let board = t.is_word(j, "ban") && t.count_words(j + 1, "chi dao").is_some();
    if held && !board && kind(j).is_some_and(|n| n > 1 || !capitalised(text, t, j + 1)) {
        while let Some(n) = kind(j).or_else(|| kind(j + 1).filter(|_| t.is_mark(j, ',')).map(|n| n + 1)) {
            j += n;
        }
        return (j > i).then_some((i..j, j));
    }
    None
}

/// A group at `i`: "các sở, ban, ngành tỉnh", "UBND các xã, phường", "Ủy ban nhân dân các
/// tỉnh, thành phố trực thuộc trung ương", "các bộ, cơ quan ngang bộ"; its tokens and the
/// token after it.
fn group_at(text: &str, t: &Tokens, i: usize, held: bool) -> Option<(Range<usize>, usize)> {
    let (mut range, mut after) = group_part(text, t, i, held, false)?;
    // "các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập trực
    // thuộc …": kinds of bodies, each narrowed by its own words, one list of addressees.
    let bodies = |k: usize| ["co quan", "don vi"].iter().any(|w| t.count_words(k, w).is_some());
    if bodies(i + 1) || bodies(i) {
        while t.is_mark(range.end, ',') {
            let k = range.end + 1;
            let part = if t.is_word(k, "cac") && bodies(k + 1) {
                group_part(text, t, k, false, false)
            } else if bodies(k) {
                group_part(text, t, k, false, true)
            } else {
                None
            };
            let Some((next, next_after)) = part else { break };
            range.end = next.end;
            after = next_after;
        }
    }
    // "Ủy ban nhân dân cấp xã nơi có cơ sở giam giữ, giáo dưỡng | thực hiện chi trả …": where
    // they are, to the verb (of two syllables or more, or a modal) that opens their work.
    if said(text, t, after, "nơi").is_some() {
        let verb = (after + 2..(after + 24).min(t.len()))
            .take_while(|&k| !matches!(t.kind(k), Some(Kind::Mark('.' | ';' | ':'))))
            .find(|&k| {
                ["phải", "cần", "có trách nhiệm"].iter().any(|m| said(text, t, k, m).is_some())
                    || STOPS.iter().filter_map(|s| said(text, t, k, s)).max().is_some_and(|n| n > 1)
            });
        if let Some(k) = verb {
            range.end = k;
            after = k;
        }
    }
    Some((range, after))
}

/// A group word at `k` that only folds like one: "các phương tiện" (not "phường"), "các đơn vị
/// bán lẻ" (not "ban"), "vùng xa" (not "xã").
fn homograph(text: &str, t: &Tokens, k: usize) -> bool {
    // "các số liệu" (figures) are no "các sở".
    [("phuong", "phường"), ("ban", "ban"), ("xa", "xã"), ("doi", "đội"), ("so", "sở")]
        .iter()
        .any(|(folded, marked)| t.is_word(k, folded) && said(text, t, k, marked).is_none())
}

/// A capitalised word at `k` that opens no name of its own (no head, holder or place): the
/// field a group's members share ("các phòng Giáo dục và Đào tạo", "các Công ty Lâm nghiệp").
fn opens_field(text: &str, t: &Tokens, k: usize) -> bool {
    t.kind(k) == Some(Kind::Word)
        && capitalised(text, t, k)
        && head_at(text, t, k).is_none()
        && holder_end(text, t, k).is_none()
        && place_at(text, t, k).is_none()
}

/// One group of [`group_at`]; `bare`: its first word is the kind itself, "các" left out after a
/// comma ("…, cơ quan hành chính khác").
fn group_part(text: &str, t: &Tokens, i: usize, held: bool, bare: bool) -> Option<(Range<usize>, usize)> {
    if let Some(generic) = generic_at(text, t, i, held) {
        return Some(generic);
    }
    // "đề nghị Quý Cơ quan triển khai …": a letter's addressees, as its "Kính gửi" lists them.
    // "đề nghị quý cơ quan: Ban quản lý …; Hiệp hội …": with a colon, the courtesy before the
    // addressees it lists, no addressee itself.
    if let Some(n) = ["quy co quan", "quy don vi", "quy uy ban", "quy bo", "quy so", "quy dia phuong"]
        .iter()
        .filter_map(|w| t.count_words(i, w))
        .max()
    {
        return (!t.is_mark(i + n, ':')).then_some((i..i + n, i + n));
    }
    let mut j = i;
    // "UBND các …", "Ủy ban nhân dân các …"; "các UBND huyện, thị xã, thành phố", the words the
    // other way round.
    let committee = |k: usize| ["ubnd", "uy ban nhan dan"].iter().filter_map(|h| t.count_words(k, h)).max();
    let reversed = !bare
        && t.is_word(j, "cac")
        && committee(j + 1).is_some_and(|n| PLACES.iter().any(|p| t.count_words(j + 1 + n, p).is_some()));
    if reversed {
        j += 1;
    }
    let ubnd = committee(j);
    if let Some(n) = ubnd {
        j += n;
    }
    let ubnd = ubnd.is_some();
    if !bare && !reversed {
        // "đề nghị thủ trưởng đơn vị quan tâm …": after a holder's title, "đơn vị" ("cơ quan, đơn
        // vị") alone in lower case is every unit addressed; "thủ trưởng cơ quan thanh tra" is one
        // office, named by its kind.
        let units = if t.count_words(j, "co quan").is_some() && t.is_mark(j + 2, ',') { j + 3 } else { j };
        let kind_alone = held
            && t.count_words(units, "don vi").is_some()
            && !capitalised(text, t, j)
            && !capitalised(text, t, units + 2);
        // "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương": kinds of places listed
        // with no name after the first, every committee of them.
        let place = |k: usize| PLACES.iter().filter_map(|p| t.count_words(k, p)).max();
        let kinds_listed = ubnd
            && place(j).is_some_and(|n| {
                t.is_mark(j + n, ',') && place(j + n + 1).is_some() && !capitalised(text, t, j + n + 1)
            });
        // "chính quyền các địa phương", "chính quyền các cấp": the governments of every place.
        if t.count_words(j, "chinh quyen") == Some(2)
            && t.is_word(j + 2, "cac")
            && (in_every(t, j + 3) || t.is_word(j + 3, "cap"))
        {
            j += 2;
        }
        // "UBND 273 phường, xã, thị trấn": how many, in place of "các".
        let counted = ubnd && t.kind(j) == Some(Kind::Number) && place_kind(t, j + 1).is_some();
        if t.is_word(j, "cac") || counted {
            j += 1;
            // "các ông xóm trưởng", "các ông, bà trưởng thôn": a courtesy before the holders.
            let courtesy = if t.is_word(j, "ong") && t.is_mark(j + 1, ',') && t.is_word(j + 2, "ba") {
                3
            } else {
                usize::from(t.is_word(j, "ong") || t.is_word(j, "ba"))
            };
            if courtesy > 0 && GROUP_WORDS.iter().any(|g| t.count_words(j + courtesy, g).is_some()) {
                j += courtesy;
            }
        } else if !kind_alone && !kinds_listed {
            return None;
        }
    }
    // "các Vụ, Cục, đơn vị thuộc Bộ": a ministry's departments, listed in capitals (not "các vụ
    // việc", "các cục bộ").
    let departments =
        (t.is_word(j, "vu") || t.is_word(j, "cuc")) && capitalised(text, t, j) && t.is_mark(j + 1, ',');
    // "các Ủy ban của Quốc hội": the Assembly's committees.
    let committees = t
        .count_words(j, "uy ban")
        .filter(|&n| capitalised(text, t, j) && said(text, t, j + n, "của").is_some());
    let first = GROUP_WORDS
        .iter()
        .filter_map(|g| t.count_words(j, g))
        .max()
        .filter(|_| !homograph(text, t, j))
        .filter(|_| !t.is_word(j, "thue") || capitalised(text, t, j))
        .or(departments.then_some(1))
        .or(committees)?;
    // "các đồng chí thành viên Ban Chỉ huy …" is a board's members; "các đồng chí lãnh đạo bấm
    // nút …" is people at an event.
    if t.count_words(j, "dong chi") == Some(first)
        && !["thanh vien", "uy vien"].iter().any(|w| t.count_words(j + first, w).is_some())
    {
        return None;
    }
    // "UBND các cấp" is every level's committee; "các cấp, các ngành" alone is everyone.
    if first == 1 && t.is_word(j, "cap") && !ubnd {
        return None;
    }
    // "các trường hợp": cases, not schools.
    if t.is_word(j, "truong") && t.is_word(j + 1, "hop") {
        return None;
    }
    // "các phòng ban", "các phòng ngành": a district's offices, written without a comma.
    if t.is_word(j, "phong")
        && !(t.is_mark(j + 1, ',')
            || t.is_word(j + 1, "ban")
            || t.is_word(j + 1, "nganh")
            // "các phòng GDĐT": the field abbreviated.
            || capitals(text, t, j + 1) >= 2
            || KINDS.iter().any(|w| t.count_words(j + 1, w).is_some()))
    {
        return None;
    }
    j = political_social(t, j).map_or(j + first, |n| j + n);
    // "các Công ty Lâm nghiệp", "Các Trung tâm Phục vụ hành chính công các cấp": the kind, then
    // the field its members share, in title case.
    if opens_field(text, t, j)
        && ["cong ty", "trung tam", "tong cong ty", "tap doan", "truong", "benh vien", "hop tac xa", "vien"]
            .iter()
            .any(|w| t.count_words(j - first, w) == Some(first))
    {
        j = body_end(text, t, j, false).max(j + 1);
    }
    // "các đồng chí Ủy viên BCH Đảng bộ …": the members' title, then the body they sit on.
    if t.count_words(j - first, "dong chi") == Some(first)
        && let Some(n) = ["thanh vien", "uy vien"].iter().filter_map(|w| t.count_words(j, w)).max()
    {
        j += n;
    }
    loop {
        // "các phòng Giáo dục và Đào tạo các huyện": a field named in title case goes on past
        // "và" to the next capital that opens no name of its own.
        if t.is_word(j, "va")
            && (j.saturating_sub(3).max(i)..j)
                .any(|m| t.kind(m) == Some(Kind::Word) && capitalised(text, t, m))
            && opens_field(text, t, j + 1)
        {
            j = body_end(text, t, j + 1, false).max(j + 2);
            // "… các huyện, thị xã, thành phố": one in every place, read as a group is.
            if t.is_word(j, "cac")
                && in_every(t, j + 1)
                && let Some((places, _)) = group_part(text, t, j, false, false)
            {
                j = places.end;
            }
            continue;
        }
        // "… các ngành, các cấp": every level of them, kept with the group.
        if t.is_mark(j, ',') && t.is_word(j + 1, "cac") && t.is_word(j + 2, "cap") {
            j += 3;
            continue;
        }
        // "UBND các xã - thị trấn": kinds of place joined by a dash as by a comma.
        let dashed = t.is_mark(j, '-') && !capitalised(text, t, j + 1) && place_kind(t, j + 1).is_some();
        let k = if t.is_mark(j, ',') || t.is_mark(j, '/') || dashed { j + 1 } else { j };
        // "Các đảng ủy xã, phường | ban hành": a verb that starts like a group word.
        // "các thành viên Ban Chỉ đạo", "các đơn vị thuộc Sở Y tế": the body they are of, named
        // after them without a separator.
        // "các Ban Hội đồng nhân dân tỉnh": the council's committees.
        if k == j
            && (matches!(t.text(j - 1), "vien" | "thuoc" | "vi" | "bieu")
                || head_at(text, t, j).is_some_and(|n| n > 1))
            && capitalised(text, t, j)
            && let Some((_, end)) = agency_at(text, t, j).filter(|(a, end)| !a.group && *end > j + 1)
        {
            j = end;
            break;
        }
        // "UBND các xã, phường | tổ chức …": a group word that is also a verb goes on with the
        // group only after a separator ("các cấp ủy, tổ chức đảng").
        // "các sở, ban, ngành, tổ chức chính trị - xã hội".
        if let Some(n) = political_social(t, k) {
            j = k + n;
            continue;
        }
        // "các huyện, thị, thành": towns and cities, shortened after the districts.
        if k == j + 1
            && matches!(t.text(j - 1), "huyen" | "xa" | "thi" | "thanh")
            && (t.is_word(k, "thi") || t.is_word(k, "thanh"))
            && (t.kind(k + 1) != Some(Kind::Word) || t.is_word(k + 1, "va") || is_stop(text, t, k + 1))
        {
            j = k + 1;
            continue;
        }
        let verb = STOPS.iter().filter_map(|s| said(text, t, k, s)).max().unwrap_or(0);
        let group_word = |n: &usize| if k == j { *n > verb } else { *n >= verb };
        if let Some(n) = GROUP_WORDS
            .iter()
            .filter_map(|g| t.count_words(k, g))
            .max()
            .filter(group_word)
            .filter(|_| !homograph(text, t, k))
        {
            // "… và UBND các …": a second group, not a word of this one.
            if t.is_word(k, "va") && (head_at(text, t, k + 1).is_some() || t.is_word(k + 1, "cac")) {
                break;
            }
            // "UBND các huyện, thị xã, thành phố, sở, ban, ngành liên quan": the people's
            // committees' group ends where the departments' starts.
            // So does it at a name written with its capital ("UBND các xã, phường, Tổng công ty
            // …").
            // "UBND các huyện, Thành phố tập trung …": a kind of place in capitals, naming none,
            // is one more level.
            let level = place_kind(t, k).is_some_and(|n| n == 2 && !capitalised(text, t, k + n));
            if k > j
                && ubnd
                && (matches!(t.text(k), "so" | "ban" | "nganh" | "bo") || capitalised(text, t, k) && !level)
            {
                break;
            }
            // "Các tổ chức chính trị xã hội, Hội Chữ thập đỏ Việt Nam": a body's own name after
            // the comma, its head and name in capitals.
            if k > j
                && capitalised(text, t, k)
                && capitalised(text, t, k + n)
                && head_at(text, t, k).is_some()
            {
                break;
            }
            j = k + n;
            continue;
        }
        // "cơ quan Trung ương của các tổ chức chính trị - xã hội": the bodies they are of, a
        // group itself.
        if k == j
            && said(text, t, j, "của").is_some()
            && let Some((_, end)) = group_part(text, t, j + 1, false, false)
        {
            j = end;
            continue;
        }
        // "các Bộ quản lý ngành, lĩnh vực": those that manage a sector.
        if k == j && t.count_words(j, "quan ly").is_some() {
            let sector = |m: usize| {
                ["nganh", "linh vuc", "chuyen nganh", "nha nuoc"]
                    .iter()
                    .filter_map(|w| t.count_words(m, w))
                    .max()
            };
            let mut m = j + 2;
            let mut read = false;
            while let Some(n) = sector(m) {
                m += n;
                read = true;
                if (t.is_mark(m, ',') || t.is_word(m, "va")) && sector(m + 1).is_some() {
                    m += 1;
                } else {
                    break;
                }
            }
            if read {
                j = m;
                continue;
            }
        }
        // "các Ban của Hội đồng nhân dân": the body they are of.
        if k == j
            && said(text, t, j, "của").is_some()
            && let Some((_, end)) = agency_at(text, t, j + 1).filter(|(a, _)| !a.group)
        {
            j = end;
            break;
        }
        // "trực thuộc Tỉnh ủy", "trên địa bàn xã", "thuộc Chính phủ": what the group belongs to.
        if k == j && j > 0 && matches!(t.text(j - 1), "thuoc" | "ban" | "uy") && capitalised(text, t, j) {
            // "các Ban Xây dựng Đảng": a name in title case, lower-case syllables and all.
            j = if t.is_word(j - 1, "ban") { body_end(text, t, j, false).max(j + 1) } else { j + 1 };
            continue;
        }
        break;
    }
    // Trailing glue is not part of the name; nor is "thuộc" with no body after it ("UBND các
    // xã, phường thuộc vùng bị ảnh hưởng …"): the relative clause is read as one below.
    while j > i
        && (t.is_word(j - 1, "va")
            || matches!(t.kind(j - 1), Some(Kind::Mark(_)))
            || t.is_word(j - 1, "thuoc") && !t.is_word(j - 2, "truc"))
    {
        j -= 1;
    }
    if let Some(end) = members(text, t, j) {
        return Some((i..end, end));
    }
    // Places are narrowed by where they are as well: "các xã, phường | ven biển".
    let places = j > 0 && PLACES.iter().any(|p| t.text(j - 1) == p.rsplit(' ').next().unwrap_or(p));
    let end = qualified(text, t, j, places).max(j);
    // "các bộ, ngành, cơ quan chủ quản, nhất là ACV": the one meant first, kept with the group.
    if t.is_mark(end, ',')
        && let Some(n) = SINGLING_OUT.iter().filter_map(|w| said(text, t, end + 1, w)).max()
    {
        let k = end + 1 + n;
        // "…, đặc biệt là Bộ Tài chính": a name of lower-case syllables too.
        let named = match agency_at(text, t, k) {
            Some((_, after)) => after - k,
            None => (k..(k + 6).min(t.len())).take_while(|&m| capitalised(text, t, m)).count(),
        };
        if named > 0 {
            return Some((i..k + named, k + named));
        }
    }
    Some((i..end, end))
}

/// "đề nghị bộ, ngành, địa phương khẩn trương …": kinds of bodies listed in lower case with no
/// "các", read only after a directive (elsewhere "của bộ, ngành" is whose). The group, as
/// "Các bộ, ngành, địa phương", and the token after it.
pub(crate) fn bare_list(text: &str, t: &Tokens, i: usize) -> Option<(Agency, usize)> {
    bare_kinds_from(text, t, i, 2)
}

/// "yêu cầu doanh nghiệp phối hợp …": one kind alone, which the caller reads as the addressee
/// only where the work follows it.
pub(crate) fn bare_kind(text: &str, t: &Tokens, i: usize) -> Option<(Agency, usize)> {
    // Bodies that act, not the words that join a group's kinds ("và", "thuộc", "khác").
    const ACTORS: &[&str] = &[
        "doanh nghiep",
        "chu dau tu",
        "nha thau",
        "don vi",
        "co quan",
        "dia phuong",
        "co so",
        "hop tac xa",
        "so",
        "nganh",
        "xa",
        "phuong",
    ];
    ACTORS.iter().any(|a| t.count_words(i, a).is_some()).then(|| bare_kinds_from(text, t, i, 1))?
}

fn bare_kinds_from(text: &str, t: &Tokens, i: usize, least: usize) -> Option<(Agency, usize)> {
    let kind = |k: usize| {
        t.kind(k) == Some(Kind::Word) && !capitalised(text, t, k) && !is_stop(text, t, k)
            || t.kind(k) == Some(Kind::Word) && t.is_word(k, "so")
    };
    let word = |k: usize| GROUP_WORDS.iter().filter_map(|g| t.count_words(k, g)).max().filter(|_| kind(k));
    let mut end = i + word(i)?;
    let mut kinds = 1;
    while t.is_mark(end, ',') || t.is_word(end, "va") {
        let Some(n) = word(end + 1) else { break };
        end += 1 + n;
        kinds += 1;
    }
    // "sở, ban, ngành thành phố": whose they are.
    if let Some(n) = ["tinh", "thanh pho"].iter().filter_map(|w| t.count_words(end, w)).max() {
        end += n;
    }
    // "sở, ban, ngành thuộc Ủy ban nhân dân Thành phố".
    if let Some(n) = ["trực thuộc", "thuộc"].iter().filter_map(|w| said(text, t, end, w)).max()
        && let Some((_, after)) = agency_at(text, t, end + n).filter(|(a, _)| !a.group)
    {
        end = after;
    }
    (kinds >= least).then(|| {
        let name = format!("Các {}", text[t.orig(i, end)].split_whitespace().collect::<Vec<_>>().join(" "));
        (Agency { name, range: t.orig(i, end), group: true }, end)
    })
}

/// "tổ chức chính trị - xã hội" at `i`: one kind of body, its dash inside; its length.
fn political_social(t: &Tokens, i: usize) -> Option<usize> {
    let n = t.count_words(i, "to chuc chinh tri")?;
    let dash = usize::from(t.is_mark(i + n, '-'));
    t.count_words(i + n + dash, "xa hoi").map(|m| n + dash + m)
}

/// The members of a group named after it: "các Bộ: Quốc phòng, Công an", "các tỉnh Nghệ An,
/// Quảng Ngãi, Cao Bằng", "UBND các xã, phường, đặc khu Cồn Cỏ"; the token after the last.
/// Without a colon only places are named so: "các sở Y tế" is not a list.
fn members(text: &str, t: &Tokens, j: usize) -> Option<usize> {
    let colon = t.is_mark(j, ':');
    let place = j > 0 && PLACES.iter().any(|p| t.text(j - 1) == p.rsplit(' ').next().unwrap_or(p));
    if !(colon || place) {
        return None;
    }
    // After a colon every capitalised word is a member's ("Bộ: Xây dựng, Công an"), except a
    // verb that opens the list ("Các sở: Chủ động …"); without one a head or a verb starts
    // what follows.
    // A whole name of its own ends the members ("…, Ngoại giao, Tập đoàn Điện lực Việt Nam").
    // Not after a dash: "Công nghiệp - Viễn thông Quân đội" is one member.
    // So does a body of a place or of each place ("…, Y tế, Ủy ban nhân dân tỉnh Đồng Nai",
    // "…, Nội vụ và UBND các xã, phường").
    let own_name = |k: usize| {
        !(k > 0 && t.is_mark(k - 1, '-'))
            && head_at(text, t, k).is_some_and(|n| {
                // "…; Công an tỉnh; Bộ Chỉ huy Quân sự tỉnh": a body of the place.
                let place = tail_at(t, k + n).unwrap_or(0);
                capitalised(text, t, k + n + place) || t.is_word(k + n, "cac") || place > 0
            })
    };
    // "các Bộ: Xây dựng, Công Thương": a member's name that is also a verb, a separator after it.
    let listed = |k: usize| {
        let n = STOPS.iter().filter_map(|s| said(text, t, k, s)).max().unwrap_or(1);
        t.is_mark(k + n, ',') || t.is_mark(k + n, ';') || t.is_word(k + n, "va")
    };
    let name_at = |k: usize| {
        // "các phường Bến Nghé, Phường 2": a ward numbered after its kind.
        t.kind(k) == Some(Kind::Number) && k > j && capitalised(text, t, k - 1) && tail_at(t, k - 1).is_some()
            || capitalised(text, t, k)
            && holder_end(text, t, k).is_none()
            && !own_name(k)
            // "các tỉnh, thành phố: Cần Thơ, …": a stop word in capitals before another capital
            // is a place's name.
            && (colon && (k > j + 1 || !is_stop(text, t, k) || listed(k) || capitalised(text, t, k + 1))
                // "Các xã, phường Quế Võ, Phương Liễu": a place's name may fold like a tail
                // ("phường"); written with its capital inside the list, it is the name.
                || head_at(text, t, k).is_none()
                    && !is_stop(text, t, k)
                    && (tail_at(t, k).is_none() || k > j && t.is_mark(k - 1, ',')))
    };
    let mut k = if colon { j + 1 } else { j };
    if !name_at(k) {
        return None;
    }
    loop {
        while name_at(k) {
            k += 1;
            // "Các sở: Y tế, GD&ĐT, VHTT&DL": initials joined by "&".
            if t.is_mark(k, '&') && name_at(k + 1) {
                k += 1;
            }
        }
        // "Quốc phòng": a name's later syllables may be in lower case, up to the separator.
        while colon
            && t.kind(k) == Some(Kind::Word)
            && !is_stop(text, t, k)
            && !t.is_word(k, "va")
            && k < j + 40
        {
            k += 1;
        }
        // "Lao động - Thương binh và Xã hội": a dash inside a member's name.
        // "các Bộ: Nông nghiệp và Môi trường; Xây dựng; …": semicolons after the colon.
        let next =
            if t.is_mark(k, ',') || t.is_word(k, "va") || colon && (t.is_mark(k, '-') || t.is_mark(k, ';')) {
                k + 1
            } else {
                return Some(k);
            };
        if !name_at(next) {
            return Some(k);
        }
        k = next;
    }
}

/// What kind of body a group is: "các đơn vị chức năng", "các cơ quan hành chính nhà nước".
const KINDS: &[&str] = &[
    "chu quan",
    "bao chi",
    "truyen thong",
    // "các cơ quan thông tin, báo chí", "… thông tin đại chúng".
    "thong tin dai chung",
    "thong tin",
    "hanh chinh nha nuoc",
    "hanh chinh",
    "chuc nang",
    "chuyen mon",
    "chuyen nganh",
    "su nghiep cong lap",
    "su nghiep",
    "nha nuoc",
    "cong lap",
    // "các cơ sở giáo dục", "các cơ sở khám bệnh, chữa bệnh": the field they serve.
    "giao duc nghe nghiep",
    "giao duc",
    "dao tao",
    "y te",
    "kham benh",
    "chua benh",
    "san xuat",
    "kinh doanh",
    // "các cơ quan thanh tra", "các cơ quan tư pháp".
    "thanh tra",
    "tu phap",
    // "các lực lượng cứu nạn, cứu hộ", "các lực lượng vũ trang".
    "cuu nan",
    "cuu ho",
    "vu trang",
    // "các tổ chức tín dụng, trung gian thanh toán".
    "tin dung",
    "trung gian thanh toan",
    // "các lực lượng thực thi", "các cục hải quan", "các đơn vị kho bạc": the State's services
    // by what they enforce or keep, in lower case.
    "thuc thi",
    "hai quan",
    "thue",
    "kho bac",
    "thong ke",
    "kiem lam",
    "thu y",
    "quan ly thi truong",
];

/// A group narrowed by a relative clause before its verb: "UBND các xã, phường | có dự án đi
/// qua | khẩn trương …", "các hộ | bị ảnh hưởng | …": the clause is part of who is meant. It
/// ends at the first verb; without one ahead it is the verb phrase itself ("các xã có trách
/// nhiệm …", "các sở có liên quan").
fn qualified(text: &str, t: &Tokens, j: usize, places: bool) -> usize {
    const QUALIFIERS: &[&str] = &[
        "có",
        "bị",
        "thuộc",
        "nằm trong",
        "được hưởng",
        "được giao",
        "được phân công",
        "phụ trách",
        "hoạt động",
        // "các tổ chức, cá nhân được cấp giấy phép khai thác": those licensed.
        "được cấp",
    ];
    // "UBND các huyện, thị xã, thành phố trong tỉnh", "… trên địa bàn tỉnh": where they are.
    const SCOPES: &[&str] = &[
        "trong tỉnh",
        "trong toàn tỉnh",
        "trên địa bàn tỉnh",
        "trên địa bàn thành phố",
        "trên địa bàn",
        // "các cơ quan Trung ương đóng trên địa bàn tỉnh".
        "đóng trên địa bàn tỉnh",
        "đóng trên địa bàn thành phố",
        "đóng trên địa bàn",
        // "các cơ quan báo chí của Trung ương", "các Sở, ban, ngành của tỉnh".
        "của trung ương",
        "của tỉnh",
        "của thành phố",
        // "các Ban của Đảng", "các Ủy ban của Quốc hội".
        "của đảng",
        "của quốc hội",
        "của chính phủ",
        // "các bộ, …, cơ quan khác ở Trung ương".
        "ở trung ương",
        "ở địa phương",
    ];
    let scope = |k: usize| SCOPES.iter().filter_map(|s| said(text, t, k, s)).max();
    if let Some(n) = scope(j) {
        return j + n;
    }
    // "các công ty lọc hóa dầu (Nghi Sơn, Bình Sơn), UBND …": their field, then the members
    // named in brackets, and the list goes on.
    let plain = |k: usize| t.kind(k) == Some(Kind::Word) && !capitalised(text, t, k) && !is_stop(text, t, k);
    let field = (j..(j + 4).min(t.len())).take_while(|&k| plain(k)).count();
    // "các đơn vị bán lẻ điện trên địa bàn tỉnh | phối hợp …": their trade, then where they are.
    if let Some((k, n)) =
        (j + 1..(j + 6).min(t.len())).take_while(|&k| plain(k - 1)).find_map(|k| scope(k).map(|n| (k, n)))
    {
        return k + n;
    }
    if field > 0
        && t.is_mark(j + field, '(')
        && let Some(close) = (j + field + 1..(j + field + 14).min(t.len())).find(|&k| t.is_mark(k, ')'))
        && (j + field + 1..close).all(|k| t.is_mark(k, ',') || capitalised(text, t, k))
        && (t.is_mark(close + 1, ',') || t.is_mark(close + 1, ';') || t.is_word(close + 1, "va"))
    {
        return close + 1;
    }
    // "chính quyền các địa phương (có) liên quan": whose government it is.
    if j >= 2
        && t.count_words(j - 2, "chinh quyen") == Some(2)
        && let Some(n) = ["các địa phương", "địa phương"].iter().filter_map(|w| said(text, t, j, w)).max()
    {
        let k = j + n;
        return ["có liên quan", "liên quan"]
            .iter()
            .filter_map(|w| said(text, t, k, w))
            .max()
            .map_or(k, |m| k + m);
    }
    // "Các địa phương biên giới: Móng Cái, Hải Hà, Bình Liêu | tập trung …": the members named
    // after the colon, then the verb.
    let colon = j + field;
    if t.is_mark(colon, ':') {
        let mut k = colon + 1;
        let mut named = 0;
        loop {
            let n = (k..(k + 5).min(t.len()))
                .take_while(|&m| t.kind(m) == Some(Kind::Word) && capitalised(text, t, m))
                .count();
            if n == 0 {
                break;
            }
            named += 1;
            k += n;
            if (t.is_mark(k, ',') || t.is_word(k, "va")) && capitalised(text, t, k + 1) {
                k += 1;
            } else {
                break;
            }
        }
        if named >= 2 && t.kind(k) == Some(Kind::Word) && is_stop(text, t, k) {
            return k;
        }
    }
    // "Các doanh nghiệp xuất khẩu: xây dựng …": a group's few words before the colon that
    // opens its work are its kind, whatever they are ("… thực hiện như sau:" is no kind).
    if let Some(k) = (j + 1..(j + 10).min(t.len())).find(|&k| t.is_mark(k, ':'))
        && (j..k).all(|m| {
            t.kind(m) == Some(Kind::Word)
                && !is_stop(text, t, m)
                && !["sau", "nhu", "gom", "the", "sau day"].iter().any(|w| t.is_word(m, w))
        })
    {
        return k;
    }
    // "các đơn vị trong ngành Công Thương": the branch they are of.
    if let Some(n) = said(text, t, j, "trong ngành") {
        let named = (j + n..(j + n + 4).min(t.len())).take_while(|&m| capitalised(text, t, m)).count();
        return j + n + named;
    }
    // "các tỉnh, TP từ Nghệ An đến Bình Thuận", "… ven biển từ Quảng Ninh đến Quảng Ngãi": the
    // stretch of places meant, after a word or two of what they are.
    let names_from = |k: usize| (k..(k + 4).min(t.len())).take_while(|&m| capitalised(text, t, m)).count();
    let from = (j..(j + 3).min(t.len()))
        .take_while(|&k| t.kind(k) == Some(Kind::Word) && !capitalised(text, t, k))
        .find(|&k| said(text, t, k, "từ").is_some())
        .filter(|&k| (j..k).all(|m| !is_stop(text, t, m)));
    if places && let Some(from) = from {
        let first = names_from(from + 1);
        if first > 0 && t.is_word(from + 1 + first, "den") {
            let second = names_from(from + 2 + first);
            if second > 0 {
                return from + 2 + first + second;
            }
        }
    }
    // "Các cơ quan chịu sự giám sát | có trách nhiệm …": "sự" makes the verb after it a noun,
    // of two syllables ("quản lý", "chỉ đạo", "tác động").
    if let Some(n) = said(text, t, j, "chịu sự")
        && t.kind(j + n) == Some(Kind::Word)
        && t.kind(j + n + 1) == Some(Kind::Word)
    {
        return j + n + 2;
    }
    // "các sở, ban, ngành (có) liên quan": which of them, kept with the name.
    if let Some(n) = ["có liên quan", "liên quan"].iter().filter_map(|s| said(text, t, j, s)).max() {
        return j + n;
    }
    // "Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này | có trách nhiệm
    // …": what they were given holds verbs of its own; the modal ends it.
    if ["được giao", "được phân công"].iter().any(|q| said(text, t, j, q).is_some())
        && let Some(k) =
            (j + 2..(j + 24).min(t.len())).find(|&k| said(text, t, k, "có trách nhiệm").is_some())
    {
        return k;
    }
    // "các Hội được Đảng, Nhà nước giao nhiệm vụ trên địa bàn Thành phố": given their work by
    // the bodies named between "được" and the verb.
    let given = |k: usize| {
        ["giao nhiệm vụ", "giao", "phân công", "ủy quyền"].iter().filter_map(|v| said(text, t, k, v)).max()
    };
    if let Some(n) = said(text, t, j, "được")
        && capitalised(text, t, j + n)
        && let Some((k, v)) = (j + n + 1..(j + n + 10).min(t.len())).find_map(|k| given(k).map(|v| (k, v)))
    {
        let end = k + v;
        return scope(end).map_or(end, |s| end + s);
    }
    // "các Sở, ban, ngành là thành viên của Ban Chỉ huy PCTT&TKCN các huyện | tiến hành …":
    // those who sit on a board, the board named.
    if let Some(n) = said(text, t, j, "là thành viên") {
        let k = j + n + said(text, t, j + n, "của").unwrap_or(0);
        return list_at(text, t, k).map_or(k, |(_, end)| end);
    }
    let Some(n) = QUALIFIERS.iter().filter_map(|q| said(text, t, j, q)).max() else {
        // "UBND các xã, phường ven biển và đặc khu Cồn Cỏ | khẩn trương …", "… miền núi | rà
        // soát …": a few words that are no verb, then a verb of two syllables or more. Other
        // groups take the words of their kind: "các cơ quan, đơn vị hành chính | bố trí …".
        if !places {
            // "các Ban QLDA chuyên ngành tỉnh".
            // "các cơ quan tham mưu, quản lý nhà nước thuộc Bộ", "… tham mưu, giúp việc Tỉnh ủy":
            // advisers by their kind, where the verb would name whom they advise.
            let adviser = |k: usize| {
                t.count_words(k, "tham muu").filter(|n| {
                    t.is_mark(k + n, ',')
                        || ["giup viec", "thuoc", "cua"].iter().any(|w| t.count_words(k + n, w).is_some())
                })
            };
            let kind = |k: usize| {
                KINDS
                    .iter()
                    .chain(&["giup viec", "quan ly nha nuoc"])
                    .filter_map(|w| t.count_words(k, w))
                    .max()
                    .or_else(|| adviser(k))
            };
            let mut end = kind(j).map_or(j, |n| j + n);
            // "các cơ sở KCB BHYT": the kind in capitals, abbreviated.
            while t.kind(end) == Some(Kind::Word)
                && text[t.orig(end, end + 1)].chars().count() >= 2
                && text[t.orig(end, end + 1)].chars().all(|c| c.is_uppercase() || c == '&')
                && !is_stop(text, t, end)
                && head_at(text, t, end).is_none()
            {
                end += 1;
            }
            // "các cơ quan báo chí, truyền thông": kinds one after another.
            while end > j
                && t.is_mark(end, ',')
                && let Some(n) = kind(end + 1)
            {
                end += 1 + n;
            }
            if end == j {
                return j;
            }
            // "… giúp việc Tỉnh ủy": whom they help, named.
            if end >= 2
                && t.is_word(end - 2, "giup")
                && t.is_word(end - 1, "viec")
                && let Some((_, after)) = agency_at(text, t, end).filter(|(a, _)| !a.group)
            {
                return after;
            }
            // "các cục hải quan tỉnh, thành phố": of every province and city.
            let end = if t.is_word(end, "tinh")
                && t.is_mark(end + 1, ',')
                && t.count_words(end + 2, "thanh pho").is_some()
            {
                end + 4
            } else if t.is_word(end, "tinh") && !t.is_word(end + 1, "uy") || t.is_word(end, "khac") {
                end + 1
            } else if end > j && t.count_words(end, "dia phuong").is_some() {
                // "các cục hải quan địa phương": those in the provinces.
                end + 2
            } else {
                end
            };
            // "các cơ quan báo chí của Trung ương".
            let end = scope(end).map_or(end, |n| end + n);
            // "các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân Thành phố": whose.
            return match ["trực thuộc", "thuộc"].iter().filter_map(|w| said(text, t, end, w)).max() {
                Some(n) => agency_at(text, t, end + n).filter(|(a, _)| !a.group).map_or_else(
                    // "các đơn vị, cơ sở giáo dục trực thuộc | thực hiện …": the sender's own.
                    || {
                        let bare =
                            n == 2 && (t.kind(end + n) != Some(Kind::Word) || is_stop(text, t, end + n));
                        // "các cơ sở đào tạo trực thuộc Bộ": the sender, by its kind alone.
                        let sender = capitalised(text, t, end + n)
                            && ["bo", "so", "ban", "cuc", "vien", "truong"]
                                .iter()
                                .any(|h| t.is_word(end + n, h))
                            && !capitalised(text, t, end + n + 1);
                        if sender {
                            end + n + 1
                        } else if bare {
                            end + n
                        } else {
                            end
                        }
                    },
                    |(_, after)| after,
                ),
                None => end,
            };
        }
        if t.kind(j) != Some(Kind::Word) || capitalised(text, t, j) || is_stop(text, t, j) {
            return j;
        }
        // "Các địa phương này | phải báo cáo …": a modal ends the place's words as a verb does.
        let modal =
            |k: usize| ["phải", "cần", "sẽ", "đã", "đang"].iter().any(|m| said(text, t, k, m).is_some());
        let verb = (j + 1..(j + 9).min(t.len()))
            .take_while(|&k| t.kind(k) == Some(Kind::Word) || t.is_mark(k, '-'))
            .find(|&k| {
                modal(k)
                    || STOPS
                        .iter()
                        .filter(|s| **s != "và các")
                        .filter_map(|s| said(text, t, k, s))
                        .max()
                        .is_some_and(|n| n > 1)
            });
        // "UBND các phường, xã ven biển, Ban chỉ huy …": a word or two of place before the list
        // goes on.
        let words = (j..(j + 4).min(t.len())).take_while(|&k| t.kind(k) == Some(Kind::Word)).count();
        let listed = words <= 2 && (t.is_mark(j + words, ',') || t.is_mark(j + words, ';'));
        return verb.unwrap_or(if listed { j + words } else { j });
    };
    // A longer phrase at the same place is a verb or a modal: "có trách nhiệm", "có liên quan".
    let longer = STOPS.iter().filter_map(|s| said(text, t, j, s)).max().unwrap_or(0) > n
        || said(text, t, j, "có liên quan").is_some();
    if longer {
        return j;
    }
    // The verb is the first of two syllables or more ahead; a one-syllable one ("trình", "lập")
    // may be the end of a word ("toàn trình") and serves when there is none.
    let mut single = None;
    let mut k = j + n;
    while k < t.len() && k < j + n + 14 {
        match t.kind(k) {
            Some(Kind::Word | Kind::Number) if k > j + n => {
                // "… được giao nhiệm vụ Chủ đầu tư": the owner, a noun.
                let owner = t.is_word(k - 1, "chu") && t.is_word(k, "dau") && t.is_word(k + 1, "tu");
                // "… được cấp giấy phép khai thác": what the licence is for, a noun's modifier.
                let licence = k >= 2 && t.is_word(k - 2, "giay") && t.is_word(k - 1, "phep");
                let verb = STOPS
                    .iter()
                    .filter_map(|s| said(text, t, k, s))
                    .max()
                    .filter(|_| !owner && !licence && !managed(t, k));
                match verb {
                    Some(len) if len > 1 => return k,
                    Some(_) => {
                        single.get_or_insert(k);
                    }
                    None => {}
                }
                k += 1;
            }
            Some(_) if k == j + n => k += 1,
            // "% ", "-": inside the clause.
            Some(Kind::Mark(m)) if m != ',' && m != ';' && m != '.' && m != ':' => k += 1,
            // "UBND các xã, phường thuộc vùng bị ảnh hưởng ngập lũ, sạt lở đất, chủ động …": the
            // comma lists more of what qualifies them while a word in lower case that is no
            // verb, no group and no name follows it.
            // "… được cấp giấy phép khai thác, thu hồi khoáng sản:": up to the colon that opens
            // their work, a verb too.
            Some(Kind::Mark(','))
                if k > j + n && {
                    let next = k + 1;
                    t.kind(next) == Some(Kind::Word)
                        && !capitalised(text, t, next)
                        && !t.is_word(next, "cac")
                        && !t.is_word(next, "va")
                        && head_at(text, t, next).is_none()
                } =>
            {
                let next = k + 1;
                let mark =
                    (next..(next + 8).min(t.len())).find(|&m| matches!(t.kind(m), Some(Kind::Mark(_))));
                match mark {
                    Some(m) if t.is_mark(m, ':') => return m,
                    _ if !is_stop(text, t, next) => k = next,
                    _ => return k,
                }
            }
            // "UBND các xã, phường có dự án giao thông đi qua: …": a comma or a colon ends it
            // before any verb.
            _ if k > j + n + 1 && (t.is_mark(k, ',') || t.is_mark(k, ':')) => return k,
            _ => return single.unwrap_or(j),
        }
    }
    // "1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ": a heading naming who, no verb
    // after it.
    match single {
        Some(k) => k,
        None if k >= t.len() && k > j + n => k,
        None => j,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        find_all(text).into_iter().map(|a| a.name).collect()
    }

    #[test]
    fn names_end_where_the_sentence_moves_on() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Văn phòng UBND tỉnh xây dựng",
                &["Sở Nội vụ", "Sở Tài chính", "Văn phòng UBND tỉnh"],
            ),
            (
                "Sở Văn hóa, Thể thao và Du lịch phối hợp với Sở Khoa học và Công nghệ",
                &["Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ"],
            ),
            ("Giám đốc Sở Giao thông vận tải khẩn trương triển khai", &["Sở Giao thông vận tải"]),
            // A role written with a capital after the name.
            (
                "Cục Du lịch Quốc gia Việt Nam Phối hợp với Vụ Pháp chế",
                &["Cục Du lịch Quốc gia Việt Nam", "Vụ Pháp chế"],
            ),
            ("Bộ trưởng Bộ Công an chỉ đạo", &["Bộ Công an"]),
            ("Chủ tịch UBND các xã, phường chịu trách nhiệm", &["UBND các xã, phường"]),
            (
                "Các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố khẩn trương ban hành",
                &["Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố"],
            ),
            ("Kho bạc Nhà nước khu vực XV phối hợp", &["Kho bạc Nhà nước khu vực XV"]),
            ("Ngân hàng Nhà nước Chi nhánh Khu vực 9 chỉ đạo", &["Ngân hàng Nhà nước Chi nhánh Khu vực 9"]),
            (
                "Sở Lao động - Thương binh và Xã hội có trách nhiệm rà soát",
                &["Sở Lao động - Thương binh và Xã hội"],
            ),
            ("Trưởng các khu phố vận động người dân", &["Các khu phố"]),
            ("Ban Quản lý khu kinh tế tỉnh chủ trì", &["Ban Quản lý khu kinh tế tỉnh"]),
            (
                "Đề nghị Viettel Phú Thịnh phối hợp với UBND huyện Minh Sơn khảo sát",
                &["Viettel Phú Thịnh", "UBND huyện Minh Sơn"],
            ),
            ("Công an tỉnh và Sở Tư pháp đẩy mạnh", &["Công an tỉnh", "Sở Tư pháp"]),
            ("báo cáo kết quả về Sở Khoa học và Công nghệ", &["Sở Khoa học và Công nghệ"]),
            // A report names the holder after the office; a place is not a person.
            (
                "Giám đốc Sở Thông tin và Truyền thông Trịnh Minh Châu báo cáo",
                &["Sở Thông tin và Truyền thông"],
            ),
            ("Chủ tịch UBND tỉnh Trần Ngọc Tam phát biểu", &["UBND tỉnh"]),
            ("Giám đốc Công an tỉnh Lâm Đồng chỉ đạo", &["Công an tỉnh Lâm Đồng"]),
            ("Chủ tịch UBND Thành phố Hồ Chí Minh yêu cầu", &["UBND Thành phố Hồ Chí Minh"]),
            ("Báo Lâm Đồng mở chuyên mục", &["Báo Lâm Đồng"]),
            // A project board's name says what it manages; "TP." inside a name.
            (
                "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh đôn đốc nhà thầu",
                &["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"],
            ),
            ("Giao UBND TP. Vinh thành lập Tổ công tác", &["UBND TP. Vinh", "Tổ công tác"]),
            ("Các địa phương này phải báo cáo kết quả", &["Các địa phương này"]),
            // The people's committees' group ends where the departments' starts.
            (
                "Sở Y tế, UBND các huyện, thị xã, thành phố, sở, ban, ngành liên quan căn cứ",
                &["Sở Y tế", "UBND các huyện, thị xã, thành phố"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn names_of_real_documents() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Báo và Phát thanh, Truyền hình thành phố chủ động",
                &["Báo và Phát thanh, Truyền hình thành phố"],
            ),
            (
                "Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia theo dõi",
                &["Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia"],
            ),
            ("Các Ban Xây dựng Đảng thực hiện", &["Các Ban Xây dựng Đảng"]),
            (
                "Ban Chỉ đạo phòng, chống dịch Covid-19 các cấp thực hiện",
                &["Ban Chỉ đạo phòng, chống dịch Covid-19 các cấp"],
            ),
            ("Tiểu ban giúp việc Ban Chỉ đạo 934 thực hiện", &["Tiểu ban giúp việc Ban Chỉ đạo 934"]),
            (
                "các Phó Thủ tướng Chính phủ phụ trách các lĩnh vực chỉ đạo",
                &["Các Phó Thủ tướng Chính phủ phụ trách các lĩnh vực"],
            ),
            ("Các đơn vị trong ngành Công Thương rà soát", &["Các đơn vị trong ngành Công Thương"]),
            ("Phòng ngừa chủ động, ứng phó kịp thời", &[]),
            ("Trường hợp không có vạch dừng thì dừng", &[]),
            ("Số dự án nhà ở tăng", &[]),
            ("Các Bộ: Quốc phòng, Công an chủ động", &["Các Bộ: Quốc phòng, Công an"]),
            // A district's offices as a group, capitalised or not; "các phòng học" are rooms.
            (
                "Thủ trưởng các Phòng, Ban, Chủ tịch UBND các xã, thị trấn theo dõi",
                &["Các Phòng, Ban", "UBND các xã, thị trấn"],
            ),
            ("các phòng chuyên môn theo dõi", &["Các phòng chuyên môn"]),
            ("các phòng học được sửa chữa", &[]),
            ("HTX Tam Giang, HTX Thống Nhất huy động", &["HTX Tam Giang", "HTX Thống Nhất"]),
            (
                "Các tổ chức thành viên của MTTQ Việt Nam phường tuyên truyền",
                &["Các tổ chức thành viên của MTTQ Việt Nam phường"],
            ),
            ("Đề nghị các cơ sở KCB BHYT triển khai", &["Các cơ sở KCB BHYT"]),
            ("BHXH các tỉnh có văn bản gửi các bệnh viện", &["BHXH các tỉnh", "Các bệnh viện"]),
            // A body of a place, or of each place, ends the members.
            (
                "Các Bộ: Xây dựng, Y tế, Ủy ban nhân dân tỉnh Đồng Nai khẩn trương",
                &["Các Bộ: Xây dựng, Y tế", "Ủy ban nhân dân tỉnh Đồng Nai"],
            ),
            (
                "Các sở: Xây dựng, Nội vụ và UBND các xã, phường thẩm định",
                &["Các sở: Xây dựng, Nội vụ", "UBND các xã, phường"],
            ),
            // What qualifies a group goes on past a comma up to the verb, but not into a name.
            (
                "UBND các xã, phường thuộc vùng bị ảnh hưởng ngập lũ, sạt lở đất, chủ động đánh giá",
                &["UBND các xã, phường thuộc vùng bị ảnh hưởng ngập lũ, sạt lở đất"],
            ),
            (
                "UBND các xã có dự án đi qua, Sở Xây dựng phối hợp",
                &["UBND các xã có dự án đi qua", "Sở Xây dựng"],
            ),
            (
                "Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng khẩn trương",
                &["Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng"],
            ),
            (
                "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Thông tấn xã Việt Nam tiếp tục",
                &["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Thông tấn xã Việt Nam"],
            ),
            ("Chủ tịch Ủy ban nhân dân các cấp trực tiếp", &["Ủy ban nhân dân các cấp"]),
            ("Chính quyền các cấp chủ động", &[]),
            ("Các trường hợp vi phạm", &[]),
            ("Các Ban của Hội đồng nhân dân tổ chức", &["Các Ban của Hội đồng nhân dân"]),
            (
                "Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chủ động",
                &["Các sở, ban, ngành, tổ chức chính trị - xã hội", "Ủy ban nhân dân các xã, phường"],
            ),
            (
                "người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân Thành phố tiếp tục",
                &[
                    "Các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân Thành phố",
                ],
            ),
            (
                "Các cơ quan Trung ương đóng trên địa bàn tỉnh tiếp tục",
                &["Các cơ quan Trung ương đóng trên địa bàn tỉnh"],
            ),
            ("Chi cục trưởng chi cục thủy sản hướng dẫn", &["Chi cục thủy sản"]),
            ("Giám đốc sở Y tế chỉ đạo", &["Sở Y tế"]),
            ("Giám đốc số liệu", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }
}

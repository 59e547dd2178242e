//! One paragraph of a notice read by its grammar: sentences, clauses, and in each clause who
//! does what by when.
//!
//! A clause assigns work when it names who ("Sở Nội vụ", "Giám đốc Sở Tài chính", "các sở,
//! ban, ngành", after "Giao", "Yêu cầu", "Đề nghị" or a speaker's "… yêu cầu"), then what to do
//! (a verb phrase, after "chủ trì, phối hợp với …", "khẩn trương", "có trách nhiệm"); or when
//! it starts with a verb and the paragraph's subject carries over ("…; báo cáo kết quả …"). A
//! clause that is only a deadline ("Hoàn thành trước ngày 30/9/2026.") dates the tasks before
//! it. What is said of a subject in the past ("đã triển khai", "đạt 61,8%"), praise, decisions
//! and requests upwards ("kiến nghị", "… xem xét") assign nothing.

use crate::import::leads::{Lead, is_generic, lead_of};
use std::ops::Range;

use chrono::Datelike;

use super::Assignee;
use super::Names;
use crate::text::agencies::{self, Agency};
use crate::text::deadline::{self, Context, Deadline};
use crate::text::fold::{Kind, Tokens, fold};

/// A task a clause assigns.
#[derive(Debug, Clone)]
pub(super) struct Task {
    pub leads: Vec<Lead>,
    pub co: Vec<Lead>,
    /// What to do: the verb phrase, without the deadline's words.
    pub text: String,
    /// The deadline and its words as written ("trước ngày 30/9/2026").
    pub deadline: Option<(Deadline, String)>,
}

/// What a paragraph says.
#[derive(Debug, Default)]
pub(super) struct ParagraphReading {
    pub tasks: Vec<Task>,
    /// "Bộ trưởng Bộ Công an chỉ đạo các đơn vị chức năng:", "Sở Nội vụ:": who the items after
    /// it are for.
    pub introduces: Option<Vec<Lead>>,
    /// "… hoàn thành trước ngày 10/6 các nội dung sau:": the deadline of the items it introduces.
    pub deadline: Option<(Deadline, String)>,
    /// "… đề nghị Ban Tuyên giáo … chỉ đạo các cơ quan báo chí định hướng thông tin …, cụ thể
    /// như sau:": the work it states itself, should the items after it say only what to tell.
    pub stated: Vec<Task>,
}

/// Verbs that say a directive: the assignee follows them. "Chỉ đạo" is one only after a
/// speaker ("Thủ tướng chỉ đạo …"); first in a bullet it is the subject's own task.
const DIRECTIVES: &[&str] = &["giao", "yeu cau", "de nghi"];

/// "Cùng dự có …", "Tham dự có …": who attended a meeting, no one's work.
const ATTENDED: &[&str] = &["cung du", "tham du co", "du hop co", "cung tham du", "du va chu tri"];
const SPEAKER_DIRECTIVES: &[&str] = &["giao", "yeu cau", "de nghi", "chi dao"];

/// "Sáng 18/5, …", "Chiều ngày 09/10/2023, …": the part of a day a report names before its date.
const PARTS_OF_DAY: &[&str] = &["sang", "chieu", "toi", "trua"];

/// Kinds of documents a list of texts to follow opens its lines with.
const CITED: &[&str] = &[
    "y kien chi dao",
    "nghi dinh",
    "nghi quyet",
    "chi thi",
    "thong tu",
    "quyet dinh",
    "luat ",
    "ket luan",
    "van ban",
    "cong van",
    "thong bao",
    "ke hoach",
];

/// Roles and modal words between a subject and what it is to do, dropped from the task.
const MODALS: &[&str] = &[
    "dong thoi",
    "dac biet",
    "moi don vi",
    "moi co quan",
    "duoc yeu cau",
    "duoc giao",
    "duoc de nghi",
    "chu tri",
    "khan truong",
    "co trach nhiem",
    "chiu trach nhiem",
    // "Chịu trách nhiệm chính kiểm tra …": the main responsibility.
    "co trach nhiem chinh",
    "chiu trach nhiem chinh",
    "tiep tuc",
    "chu dong",
    "tap trung",
    "can",
    "phai",
    "nghiem tuc",
    "kip thoi",
    "nhanh chong",
    "tich cuc",
    "quyet liet",
    "lam dau moi",
    "la dau moi",
    "la co quan dau moi",
    "theo chuc nang nhiem vu duoc giao",
    "theo chuc nang nhiem vu",
    "trong pham vi chuc nang nhiem vu",
];

/// How often or how, before the verb, and kept in the task: "định kỳ hằng quý báo cáo …",
/// "thường xuyên kiểm tra …", "tiến hành rà soát …".
const ADVERBS: &[&str] = &[
    "dinh ky hang quy",
    "dinh ky hang thang",
    "dinh ky hang nam",
    "dinh ky",
    "hang nam",
    "hang quy",
    "hang thang",
    "hang tuan",
    "thuong xuyen",
    "tien hanh",
    "truc tiep",
];

/// What a subject said in the past, or praised or measured, is not a task. With their marks:
/// "đăng tải" is no "đang", "vận hành" no "vẫn".
const BACKGROUND: &[&str] = &[
    "đã",
    "đang",
    "vẫn",
    "còn",
    "chưa",
    "được",
    "đạt",
    "là",
    "có",
    "cam kết",
    "vừa",
    "mới",
    "tăng",
    "giảm",
    "xếp",
    "có nhiều",
    "có thể",
    "biểu dương",
    "ghi nhận",
    "thống nhất",
    "nhất trí",
    "đánh giá cao",
    "đồng ý",
    "nhấn mạnh",
    "kiến nghị",
    "kết luận",
];

/// What a text says it carries out or stands on, before its directive: "Thực hiện Công điện …",
/// "Căn cứ …", "Trên cơ sở …".
const GROUNDS: &[&str] = &["thuc hien", "can cu", "tren co so"];

/// Words that open a clause about something else: "Tuy nhiên, …", "Về Đề án 06, …".
const TOPICS: &[&str] = &[
    "theo",
    "tai",
    "voi",
    "ve",
    "doi voi",
    "trong",
    "de",
    // "Nhằm đẩy mạnh …, Hội đồng nhân dân tỉnh yêu cầu …": the purpose first.
    "nham",
    "ngoai ra",
    "cu the",
    "mat khac",
    "truoc mat",
    // "Trước diễn biến phức tạp của thời tiết do …, Sở … đề nghị …": the circumstance first.
    "truoc dien bien",
    "truoc tinh hinh",
    "truoc nguy co",
    "truoc thuc trang",
    "vi vay",
    "do do",
    "dong thoi",
    "tren co so",
    "can cu",
    "thoi gian toi",
    "tu nay den",
    "sau khi",
    "tuy nhien",
    "ben canh do",
    "cung voi do",
    "nam",
    "nhiem vu",
    "thuc hien",
];

/// The topic words that are connectors alone ("Trước mắt", "Ngoài ra"), the scene they set
/// ending with them, not at a comma further on.
const CONNECTORS: &[&str] = &[
    "truoc mat",
    "ngoai ra",
    "mat khac",
    "vi vay",
    "do do",
    "tuy nhien",
    "ben canh do",
    "cung voi do",
    "thoi gian toi",
];

/// Verbs a clause without its own subject may start with and still assign work to the
/// subject before it ("…; báo cáo kết quả …", "- Hướng dẫn các bộ, ngành …").
const TASK_VERBS: &[&str] = &[
    "chu tri",
    "phoi hop",
    "tham muu",
    "xay dung",
    "trien khai",
    "thuc hien",
    "hoan thanh",
    "hoan thien",
    "ra soat",
    "cap nhat",
    "to chuc",
    "huong dan",
    "kiem tra",
    "theo doi",
    // "Sẵn sàng lực lượng, vật tư, phương tiện để cứu hộ …": keep ready, in a storm's dispatch.
    "san sang",
    "don doc",
    "tong hop",
    "bao cao",
    "trinh",
    "ban hanh",
    "nghien cuu",
    "de xuat",
    "bo tri",
    "chi dao",
    "day manh",
    "day nhanh",
    "tang cuong",
    // "Siết chặt công tác quản lý …", "nắm chắc tình hình …", "làm tốt công tác …": the verbs
    // of a dispatch on order and smuggling.
    "siet chat",
    "nam bat",
    "nam chac",
    "lam tot",
    "tuan tra",
    "thu hoi",
    "bam sat",
    "nang cao",
    "nang cap",
    "bao dam",
    "dam bao",
    "duy tri",
    "van hanh",
    "so hoa",
    "lam sach",
    "ket noi",
    "tich hop",
    "chia se",
    "cung cap",
    "tiep nhan",
    "giai quyet",
    "xu ly",
    "phat trien",
    "ung dung",
    "tuyen truyen",
    "pho bien",
    "dao tao",
    "tap huan",
    "boi duong",
    "khao sat",
    "lap dat",
    "dau tu",
    "mua sam",
    "chuyen doi",
    "chuan hoa",
    "don gian hoa",
    "cat giam",
    "cong khai",
    "danh gia",
    "tham dinh",
    "phe duyet",
    "quan ly",
    "giam sat",
    "ho tro",
    "huy dong",
    "phan bo",
    "thu nhan",
    "thu thap",
    "dieu tra",
    "lap",
    "soan thao",
    "sua doi",
    "bo sung",
    "quan triet",
    "tiep tuc",
    "khan truong",
    "tap trung",
    "chu dong",
    "gui",
    "nop",
    "mo rong",
    "thuc day",
    "khuyen khich",
    "van dong",
    "phat dong",
    "hoan tat",
    "sap xep",
    "kien toan",
    "cung co",
    "dang ky",
    "nghiem thu",
    "ban giao",
    "chuyen giao",
    "dua",
    "thong ke",
    "xac minh",
    "chi tra",
    "tao lap",
    "thanh lap",
    "cap",
    "long ghep",
    "gan",
    "rut ngan",
    "phoi hop voi",
    "dong bo",
    "tich cuc",
    "uu tien",
    "kip thoi",
    "bao dam",
    "chuan bi",
    "ra quan",
    "cai dat",
    "huong dan",
    "tien hanh",
    // Not "tăng" alone: "tăng 15%" measures.
    "tang thoi luong",
    // "Có phương án hỗ trợ ngay sách vở …": to have a plan for it is the work.
    "co phuong an",
    "co ke hoach",
    // "khẩn trương có ý kiến tham gia …", "có văn bản hướng dẫn …": to give one's view or a
    // written answer is the work ("đã có ý kiến" is what was done; "có ý kiến như sau:" speaks).
    "co y kien",
    "co van ban gui",
    "co van ban huong dan",
    "co van ban tra loi",
    // "BHXH các tỉnh có văn bản đề nghị các cơ sở KCB …": to write to them is the subject's work.
    "co van ban de nghi",
    "co van ban yeu cau",
    "co van ban kien nghi",
    "co van ban chi dao",
    "co giai phap",
    "co bien phap",
    "lien he",
    "han che",
    "khac phuc",
    "khoi phuc",
    "lam ro",
    "xac dinh",
    "thanh tra",
    "phat hien",
    "ngan chan",
    "kiem soat",
    "dieu chinh",
    "phan cong",
    "tham gia",
    "nhap",
    "giu vung",
    "lanh dao",
    "nhan dien",
];

/// Words around a deadline that belong to it, not to the task: "…, hoàn thành trước ngày …".
const DEADLINE_WORDS: &[&str] = &[
    "hoan thanh",
    "xong",
    "thoi gian",
    "thoi diem",
    "tien do",
    "thoi han",
    "han",
    "cham nhat",
    "trinh",
    "bao cao ket qua",
    "bao cao",
    "ket qua",
    "gui",
    "thuc hien",
];

/// Reads a paragraph. `inherited` is the subject of the item it sits under.
/// `numbered`: an item of its own, which assigns work even when it names no one ("2.1. Tiếp
/// tục quán triệt …": the secretariat picks the units in the preview). `child`: a bullet or
/// sub-item under an item naming its agency ("1. Các sở, ban, ngành:"), which is work by its
/// place whatever verb it starts with ("- Phấn đấu tỷ lệ …").
pub(super) fn paragraph(
    text: &str,
    inherited: Option<&[Lead]>,
    numbered: bool,
    child: bool,
    names: Names<'_>,
    cx: Context<'_>,
) -> ParagraphReading {
    // "Bộ … trân trọng đề nghị Quý Cơ quan …", "… kính đề nghị …": courtesy before the directive.
    let text = &text
        .replace("trân trọng đề nghị", "đề nghị")
        .replace("Trân trọng đề nghị", "Đề nghị")
        .replace("kính đề nghị", "đề nghị")
        .replace("Kính đề nghị", "Đề nghị");
    let text = &reported_directive(text, numbered || child || inherited.is_some());
    let text = &same_day(text);
    let text = answer_to_request(text);
    let mut out = ParagraphReading::default();
    // The letterhead, in its capitals, whatever layout ran it into one paragraph (not "Quốc
    // khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam" in a sentence).
    let folded = fold(text);
    if folded.contains("cong hoa xa hoi chu nghia viet nam")
        && (text.contains("CỘNG HÒA XÃ HỘI")
            || text.contains("CỘNG HOÀ XÃ HỘI")
            || text.contains("Tự do - Hạnh phúc"))
        // A scan's letterhead, its capitals misread ("CONG HOA XÃ HỘI CHỦ NGA … Độc lập - Tự do
        // — Hanh phúc"): the motto, whatever the dashes.
        || ["doc lap", "tu do", "hanh phuc"].iter().all(|w| folded.contains(w))
            && text.split_whitespace().count() < 60
    {
        return out;
    }
    // "Cùng dự có các Phó Thủ tướng; các Bộ trưởng, …": who attended, all of it; "Yêu cầu đối
    // với Sở … ra sao?": a page's question.
    let t = Tokens::new(text);
    if text.trim_end().ends_with('?')
        || ATTENDED.iter().any(|w| t.count_words(skip_marks(&t, 0), w).is_some())
    {
        return out;
    }
    let mut subject: Option<Vec<Lead>> = inherited.map(<[Lead]>::to_vec);
    if subject.is_none() && numbered {
        subject = Some(Vec::new());
    }
    // A deadline in a sentence that assigns nothing of its own ("Đối với các sở … chưa hoàn
    // thành …, hoàn thành trong tháng 8/2023"): the item's, when its tasks have none.
    let mut stray: Option<(Deadline, String)> = None;
    // Tasks of this paragraph a later deadline-only clause may date.
    let mut undated_from = 0;
    let sentences = split(text, &['.', '!', '?']);
    // Where the last sentence's tasks start.
    let mut last_sentence_from = 0;
    let single = sentences.len() == 1;
    let mut by_place = child;
    for (n, sentence) in sentences.iter().enumerate() {
        if n > 0 {
            by_place = false;
        }
        let sentence_from = out.tasks.len();
        last_sentence_from = sentence_from;
        // "Nội dung tuyên truyền là các chính sách …; hướng dẫn tổ chức, doanh nghiệp …": what
        // goes on from a clause that assigned nothing describes, unless it names its subject.
        let mut described = false;
        let mut clauses = clauses(sentence).into_iter().peekable();
        let mut opening = true;
        // "Bộ trưởng các Bộ: Quốc phòng, Công an …; Chủ tịch UBND các tỉnh … theo chức năng,
        // nhiệm vụ:": addressees before a semicolon, then more of them over the points.
        let mut named_before: Option<Vec<Lead>> = None;
        while let Some(mut clause) = clauses.next() {
            // "…, cụ thể: (i) Đánh giá …; (ii) Rà soát …": steps numbered inside a sentence are
            // tasks of their own.
            let enumerated = match enumerator(&clause) {
                Some(rest) => {
                    clause = rest.to_string();
                    true
                }
                None => false,
            };
            let names_before = named_before.take();
            let undated = out.tasks[undated_from..].iter().any(|t| t.deadline.is_none());
            let subject_here = if described { None } else { subject.as_deref() };
            // "…. Đồng thời, nêu gương đi đầu …": the same subject's further work.
            let here = by_place || subject_here.is_some() && continues(&Tokens::new(&clause)).is_some();
            let mut read = read_clause(&clause, subject_here, here, names, cx);
            // "…; Chủ tịch UBND xã, phường; đơn vị, doanh nghiệp nhà nước thuộc thẩm quyền … có
            // trách nhiệm:": the last of the addressees unread, those read before stand for all.
            if matches!(read, Clause::Background)
                && clauses.peek().is_none()
                && clause.trim_end().ends_with(':')
                && let Some(before) = names_before.as_ref()
            {
                read = Clause::Introduces(before.clone());
            }
            // "- Việc niêm yết danh sách cử tri (quy định tại Điều 32 …);" under "Giám sát việc lập
            // danh sách cử tri": a point that opens on a noun made of the work is what the work
            // looks at, no work of its own (after a task, "…; việc chia sẻ phải …" goes on with it).
            if n == 0
                && out.tasks.is_empty()
                && opening
                && matches!(read, Clause::Task { explicit: false, .. })
                && nominal(&clause)
            {
                read = Clause::Background;
            }
            opening = false;
            described = matches!(read, Clause::Background);
            // "… yêu cầu thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện tiếp tục …": a
            // list of addressees goes on past a semicolon.
            while matches!(read, Clause::Introduces(_))
                && let Some(next) = clauses.peek()
                && agencies::agency_at(next, &Tokens::new(next), 0).is_some()
            {
                clause = format!("{clause}, {}", clauses.next().expect("peeked"));
                read = read_clause(&clause, subject_here, here, names, cx);
            }
            // After a task, the sentence's next clause goes on with the same work ("Rà soát,
            // kiện toàn …; phân công …"), whatever verb it starts with.
            by_place = matches!(read, Clause::Task { .. });
            // "…, xây dựng các đề án nhánh, bao gồm: Kinh tế đô thị do Sở KH-ĐT chủ trì, …": the
            // parts are tasks of their own.
            if let Clause::Task { .. } = read
                && let Some((_, list)) = clause.split_once(':')
            {
                let done = done_by(list, names, cx);
                if !done.is_empty() {
                    if let Clause::Task { mut task, explicit } = read {
                        if let Some(cut) = task.text.find(':') {
                            task.text = clean(&task.text[..cut]);
                        }
                        if explicit {
                            subject = Some(task.leads.clone());
                        }
                        out.tasks.push(task);
                    }
                    undated_from = undated_from.min(out.tasks.len());
                    out.tasks.extend(done);
                    continue;
                }
            }
            match read {
                Clause::Task { task, explicit } => {
                    // "Sở có trách nhiệm hoàn thành, đưa vào khai thác trong năm 2018": the
                    // finish of the work just assigned, not a task of its own.
                    let finishes = task.deadline.is_some()
                        && ["hoan thanh", "hoan tat", "xong"].iter().any(|w| fold(&task.text).starts_with(w))
                        && out
                            .tasks
                            .last()
                            .is_some_and(|last| last.deadline.is_none() && last.leads == task.leads);
                    if finishes {
                        for t in out.tasks[undated_from..].iter_mut().filter(|t| t.deadline.is_none()) {
                            t.deadline = task.deadline.clone();
                        }
                        undated_from = out.tasks.len();
                        continue;
                    }
                    if explicit {
                        subject = Some(task.leads.clone());
                    }
                    // "Rà soát, kiện toàn …; phân công …": the steps of one sentence make one
                    // task; a step with a deadline of its own is a task of its own, unless it
                    // reports the work before it ("…; báo cáo UBND tỉnh trước ngày 10/7"), whose
                    // deadline it then is.
                    // A sentence of its own is a task of its own, in prose and in an item alike
                    // ("- Tổ chức giải quyết tốt hậu quả …. Điều tra, làm rõ nguyên nhân …"):
                    // what is followed up apart.
                    // "… các chỉ tiêu, như: 100% thủ tục …; 80% hồ sơ …": a clause with no verb
                    // of its own goes on with the list before it.
                    let listed = out.tasks.len() > sentence_from
                        && (task.text.starts_with(|c: char| c.is_ascii_digit())
                            || out.tasks.last().is_some_and(|l| l.text.contains(": "))
                                && !opens_on_task(&task.text));
                    let same_sentence = out.tasks.len() > sentence_from;
                    // "…; chủ trì, phối hợp với Văn phòng Chính phủ nghiên cứu …": work it leads,
                    // a task of its own.
                    // So is it after a word that orders the steps ("…; trên cơ sở đó chủ trì …").
                    let opening = fold(clause.trim_start());
                    let opening = ["tren co so do ", "sau do ", "dong thoi "]
                        .iter()
                        .find_map(|w| opening.strip_prefix(w))
                        .unwrap_or(&opening);
                    let leads_anew = opening.starts_with("chu tri");
                    let merges = !explicit
                        && !enumerated
                        && !leads_anew
                        && (out.tasks.len() > sentence_from
                            || task.deadline.is_some() && reports(&task.text))
                        && out.tasks.last().is_some_and(|last| {
                            last.leads == task.leads
                                && (listed
                                    || match (&last.deadline, &task.deadline) {
                                        (None, None) => true,
                                        // "…; rà soát …, gửi báo cáo về Sở … trước ngày
                                        // 28/5": the report closes all the steps.
                                        (None, Some(_)) => {
                                            reports(&task.text)
                                                || same_sentence
                                                    // "…, gửi báo cáo về Sở …, để tổng hợp":
                                                    // its purpose after it.
                                                    && task
                                                        .text
                                                        .rsplit(", ")
                                                        .find(|p| !fold(p).starts_with("de "))
                                                        .is_some_and(reports)
                                        }
                                        _ => false,
                                    })
                        });
                    // "(i) …; (ii) …; báo cáo Thủ tướng … trong tháng 11": the report closes
                    // every numbered step of the sentence.
                    if merges && task.deadline.is_some() && reports(&task.text) {
                        for step in out.tasks[sentence_from..]
                            .iter_mut()
                            .filter(|s| s.deadline.is_none() && s.leads == task.leads)
                        {
                            step.deadline = task.deadline.clone();
                        }
                    }
                    if merges {
                        let last = out.tasks.last_mut().expect("checked");
                        last.text = format!("{}; {}", last.text, task.text);
                        for c in task.co {
                            if !last.co.contains(&c) {
                                last.co.push(c);
                            }
                        }
                        if last.deadline.is_none() {
                            last.deadline = task.deadline;
                        }
                        continue;
                    }
                    if task.deadline.is_some() {
                        undated_from = out.tasks.len() + 1;
                    }
                    out.tasks.push(task);
                }
                Clause::Deadline { deadline, or_task } => {
                    if undated {
                        for t in out.tasks[undated_from..].iter_mut().filter(|t| t.deadline.is_none()) {
                            t.deadline = Some(deadline.clone());
                        }
                        undated_from = out.tasks.len();
                    } else if let Some(task) = or_task {
                        // "…, hoàn thành trước 30/6; báo cáo kết quả trước ngày 15/7": a report
                        // of its own when the work before it is already dated.
                        undated_from = out.tasks.len() + 1;
                        out.tasks.push(task);
                    }
                }
                Clause::Introduces(mut leads) => {
                    if let Some(before) = names_before {
                        let more: Vec<Lead> = leads
                            .into_iter()
                            .filter(|l| {
                                !before.iter().any(|b| b.assignee == l.assignee)
                                    || matches!(l.assignee, Assignee::Unknown(_))
                            })
                            .collect();
                        leads = before;
                        leads.extend(more);
                    }
                    // "Thực hiện Chỉ thị số 11 …. Tổng cục Thuế yêu cầu Cục trưởng … như sau:":
                    // background first, then the items' addressees.
                    // "… làm rõ các nội dung, cụ thể: (i) Đánh giá …; (ii) Rà soát …": the
                    // steps follow in the same sentence, for the leads it names.
                    let last = n + 1 == sentences.len() && text.trim_end().ends_with(':');
                    if (single || last) && out.tasks.is_empty() && clauses.peek().is_none() {
                        // "… đề nghị Ban Tuyên giáo … chỉ đạo các cơ quan báo chí định hướng
                        // thông tin …, cụ thể như sau:": the work it states, in its own words.
                        let own = clause.trim_end().trim_end_matches(':');
                        let own = ["cụ thể như sau", "như sau", "cụ thể", "sau đây"]
                            .iter()
                            .find_map(|w| own.trim_end().strip_suffix(w))
                            .unwrap_or(own)
                            .trim_end()
                            .trim_end_matches(',');
                        if let Clause::Task { task, .. } = read_clause(own, subject_here, here, names, cx)
                            && task.leads == leads
                            && task.text.split_whitespace().count() >= 6
                            && opens_on_task(&task.text)
                            && !points_only(&task.text)
                        {
                            out.stated.push(task);
                        }
                        out.introduces = Some(leads);
                        // "Để … phấn đấu hoàn thành trước ngày 30/11/2025 …, yêu cầu Bộ Y tế …:":
                        // the purpose's date is the goal's, not the items' deadline.
                        let from = if fold(text.trim_start()).starts_with("de ") {
                            comma_before_directive(&t, 0, t.len()).map_or(0, |k| t.orig(k, k + 1).end)
                        } else {
                            0
                        };
                        // "Ngày 9/11, UBND tỉnh ban hành văn bản yêu cầu …:": the day it was
                        // written, no deadline.
                        out.deadline = deadline::find(&text[from..], cx)
                            .map(|(d, range)| (d, from + range.start..from + range.end))
                            .filter(|(d, range)| {
                                !matches!(d, Deadline::On(day) if *day <= cx.today)
                                    && !event_date(text, range)
                            })
                            .map(|(d, range)| (d, deadline_words(&text[range])));
                        return out;
                    }
                    named_before = Some(leads.clone());
                    subject = Some(leads);
                }
                Clause::Names(leads) => {
                    let mut all = names_before.unwrap_or_default();
                    let more: Vec<Lead> = leads
                        .iter()
                        .filter(|l| !all.iter().any(|b| b.assignee == l.assignee))
                        .cloned()
                        .collect();
                    all.extend(more);
                    named_before = Some(all);
                    subject = Some(leads);
                }
                Clause::Background => {
                    // "Kinh tế đô thị do Sở Kế hoạch và Đầu tư chủ trì, Văn hóa đô thị do …".
                    let done = done_by(&clause, names, cx);
                    if !done.is_empty() {
                        undated_from = out.tasks.len();
                        out.tasks.extend(done);
                        continue;
                    }
                    if stray.is_none()
                        && let Some((deadline, range)) = deadline::find(&clause, cx)
                    {
                        stray = Some((deadline, deadline_words(&clause[range])));
                    }
                }
            }
            // Only the item's first clause may assign work to no one in particular.
            if subject.as_ref().is_some_and(Vec::is_empty) && inherited.is_none() {
                subject = None;
            }
        }
    }
    if numbered && out.tasks.iter().all(|t| t.deadline.is_none()) {
        for t in &mut out.tasks {
            t.deadline = stray.clone();
        }
    }
    // "… đồng thời tập trung thực hiện các nhiệm vụ sau:": what it says is said by the items
    // after it, for the units it names.
    // "2. Bộ Tài chính … hoàn thiện dự thảo Đề án, trình Thủ tướng … trước ngày 20/10/2024.
    // Trong đó chú ý một số nội dung sau:": the dated work of the sentences before the pointer
    // stays, and its date is the points' too (undated, it restates what the points detail).
    if text.trim_end().ends_with(':')
        && let Some(first) = out.tasks.first().filter(|t| !t.leads.is_empty())
    {
        out.introduces = Some(first.leads.clone());
        out.deadline = first
            .deadline
            .clone()
            .or_else(|| out.tasks[..last_sentence_from].iter().rev().find_map(|t| t.deadline.clone()));
        out.tasks.truncate(last_sentence_from);
        out.tasks.retain(|t| t.deadline.is_some());
    }
    out
}

enum Clause {
    Task {
        task: Task,
        explicit: bool,
    },
    /// A clause that dates the work before it; or, when that is dated, may be a task itself.
    Deadline {
        deadline: (Deadline, String),
        or_task: Option<Task>,
    },
    Introduces(Vec<Lead>),
    /// Who the clauses after it are about, with no work of its own.
    Names(Vec<Lead>),
    Background,
}

/// Reads a clause. `by_place`: the clause is work by where it stands, so a subject it does not
/// name is `inherited` whatever verb it starts with.
fn read_clause(
    text: &str,
    inherited: Option<&[Lead]>,
    by_place: bool,
    names: Names<'_>,
    cx: Context<'_>,
) -> Clause {
    let t = Tokens::new(text);
    let end = t.len();
    let mut i = skip_marks(&t, 0);
    if i >= end {
        return Clause::Background;
    }
    // "Kiến nghị …", "Cử tri … đề nghị" ask upwards; "Thống nhất …", "Đồng ý …" decide; "Đại diện … cho biết"
    // reports what was said; none assigns work.
    if ["kien nghi", "thong nhat", "dong y", "bieu duong", "dai dien", "cu tri"]
        .iter()
        .chain(ATTENDED)
        .any(|w| t.count_words(i, w).is_some())
        || [
            "cho biet",
            "xem them",
            "xem chi tiet",
            "xin xem",
            "tran trong thong bao",
            "xin thong bao",
            // "Chi tiết liên hệ phòng …, điện thoại: …": whom to call.
            "chi tiet lien he",
            "moi chi tiet",
        ]
        .iter()
        .any(|w| fold(text).contains(w))
    {
        return Clause::Background;
    }
    // "- Nghị định số 214/2025/NĐ-CP ngày 04/8/2025 của Chính phủ …", "- Ý kiến chỉ đạo của Ban
    // Thường vụ … tại Văn bản số 43-CV/TU": a list of the texts to follow, each no work. Not
    // "Chỉ thị số 01/CT-UBND … giao Sở Y tế …", where the text speaks.
    if cites(&text[t.orig(i, end)]) && document_speaks(text, &t, i).is_none() {
        return Clause::Background;
    }
    // "Trong quá trình thực hiện nếu có khó khăn, vướng mắc đề nghị … phản ánh về …": the
    // closing formula, asked only if a difficulty comes up, with or without a comma after it.
    let opening: Vec<String> =
        text.split_whitespace().take(12).map(|w| w.trim_matches(',').to_lowercase()).collect();
    if opening.iter().take(6).any(|w| w == "nếu") && opening.iter().any(|w| w == "vướng" || w == "khó")
    {
        return Clause::Background;
    }
    // "Trường hợp doanh nghiệp gặp khó khăn … thì thông tin …": a rule for what to do if
    // something happens is no task ("Trường hợp không cân đối được nguồn, khẩn trương rà soát
    // …" without "thì" is work the labellers of real notices count).
    if t.count_words(i, "truong hop").is_some() && text.split_whitespace().any(|w| w == "thì") {
        return Clause::Background;
    }
    // "Cụ thể như tập trung kiểm tra …", "Cụ thể là …": the points of what was just asked, the
    // connector no part of the work.
    if let Some(n) = ["cu the nhu", "cu the la"].iter().filter_map(|w| t.count_words(i, w)).max()
        && starts_task(&t, skip_marks(&t, i + n))
    {
        i = skip_marks(&t, i + n);
    }
    // "Định kỳ hằng quý, trước ngày 20 tháng cuối quý báo cáo …": the deadline said first.
    let mut leading = None;
    // "Sáng 18/5, …": a part of the day may come first.
    let part_of_day = |r: &Range<usize>| {
        let before = fold(&text[t.orig(i, end)][..r.start]);
        before.trim().is_empty() || PARTS_OF_DAY.contains(&before.trim())
    };
    // "Ngày 09/10/2023, UBND xã tổ chức phiên họp thường kỳ …": the day before the comma, even
    // where the sentence names a recurrence later on.
    let head = (i..(i + 8).min(end)).find(|&k| t.is_mark(k, ',')).unwrap_or(end);
    let first = deadline::find(&text[t.orig(i, end)], cx)
        .filter(|(_, range)| part_of_day(range))
        .or_else(|| deadline::find(&text[t.orig(i, head)], cx).filter(|(_, range)| part_of_day(range)));
    // "Chiều ngày 09/10/2023, UBND xã tổ chức phiên họp …" on or before the document's day, and
    // no one directed: a report of the event. (Read with no "today", since the day itself is past.)
    if head < end
        && let Some(then) = chrono::NaiveDate::from_ymd_opt(cx.today.year(), 1, 1)
        && let Some((Deadline::On(day), range)) =
            deadline::find(&text[t.orig(i, head)], Context::document(then)).filter(|(_, r)| part_of_day(r))
        && {
            let said = fold(&text[t.orig(i, head)][range.clone()]);
            said.starts_with("ngay")
                || PARTS_OF_DAY.iter().any(|w| said.starts_with(w))
                || said.starts_with(|c: char| c.is_ascii_digit())
        }
        && day <= cx.today
        && t.orig(i, head).start + range.end >= t.orig(head - 1, head).end
        && !super::blocks::says(&text[t.orig(head, end)], SPEAKER_DIRECTIVES)
    {
        return Clause::Background;
    }
    if let Some((deadline, range)) = first {
        let at = t.orig(i, end).start + range.end;
        if let Some(next) = (i..end).find(|&k| t.orig(k, k + 1).start >= at) {
            // "Ngày 9/11, UBND tỉnh ban hành văn bản …": the day something was done.
            let rest = fold(&text[at..]);
            let issued = ["ban hanh", "co van ban", "co cong van", "da ", "ky "]
                .iter()
                .any(|w| rest.split(':').next().unwrap_or_default().contains(w));
            // "Sáng 18/5, Sở … tổ chức Hội nghị …": the part of a day too.
            let said = fold(&text[t.orig(i, end)][range.clone()]);
            let day_named = said.starts_with("ngay")
                || PARTS_OF_DAY.iter().any(|w| said.starts_with(w))
                || range.start > 0;
            let done = (matches!(deadline, Deadline::On(day) if day <= cx.today) || issued) && day_named;
            // What was done that day, directing no one ("Sáng 18/5, Sở … tổ chức Hội nghị bàn
            // giao …"): a report of the event.
            if done && !super::blocks::says(&text[at..], SPEAKER_DIRECTIVES) {
                return Clause::Background;
            }
            if !done {
                leading = Some((deadline, deadline_words(&text[t.orig(i, end)][range.clone()])));
            }
            i = skip_marks(&t, next);
        }
    }
    // "Chỉ đạo Sở Tài nguyên và Môi trường: Thường xuyên kiểm tra …" under the council's
    // addressee: the work after the colon is the directed body's, as after "… chỉ đạo <body>
    // một số nội dung sau:".
    if let Some(n) = ["chi dao", "giao", "yeu cau", "de nghi"].iter().filter_map(|w| t.count_words(i, w)).max()
        && let Some((named, after)) = agencies::list_at(text, &t, i + n)
        && t.is_mark(after, ':')
        && after + 1 < end
        // "Giao các cơ quan truyền thông Thành phố: Đài Phát thanh … và …": who they are, named.
        && agencies::agency_at(text, &t, skip_marks(&t, after + 1)).is_none()
    {
        let leads: Vec<Lead> = named.iter().flat_map(|a| lead_of(a, names.units, cx.today)).collect();
        if !leads.is_empty() {
            let rest = &text[t.orig(after + 1, end).start..];
            return match read_clause(rest, Some(&leads), true, names, cx) {
                Clause::Task { task, .. } => Clause::Task { task, explicit: true },
                other => other,
            };
        }
    }
    // "Đối với các địa phương chưa lập Đề án thì khẩn trương chỉ đạo …": who, all the words
    // up to "thì", then what they are to do; so with a comma before the work ("Đối với các địa
    // phương, cần tiếp tục rà soát …").
    // "Đối với lực lượng Biên phòng tiếp tục siết chặt …": a body's own name, then its work
    // straight after it.
    if t.count_words(i, "doi voi").is_some()
        && let Some((first, after)) =
            agencies::agency_at(text, &t, i + 2).filter(|(a, _)| a.range.start == t.orig(i + 2, i + 3).start)
        && let Some(then) = (i + 3..end.min(i + 30)).find(|&k| {
            agencies::said(text, &t, k, "thì").is_some()
                || t.is_mark(k, ',') && starts_task(&t, k + 1)
                || k == after && !first.group && starts_task(&t, k)
        })
    {
        // Past "thì" or the comma; the work straight after a name starts at once.
        let past = agencies::said(text, &t, then, "thì").is_some() || t.is_mark(then, ',');
        let work = if past { then + 1 } else { then };
        let name = agencies::initial_capital(text[t.orig(i + 2, then)].trim().trim_end_matches(','));
        let who = Agency { name, range: t.orig(i + 2, then), group: first.group };
        // "Đối với các doanh nghiệp … thì chưa thanh tra": businesses are what it is about.
        let leads = if fold(&who.name).contains("doanh nghiep") {
            Vec::new()
        } else {
            lead_of(&who, names.units, cx.today)
        };
        if !leads.is_empty() {
            let rest = &text[t.orig(work, end).start..];
            return match read_clause(rest, Some(&leads), true, names, cx) {
                Clause::Task { task, .. } => Clause::Task { task, explicit: true },
                other => other,
            };
        }
    }
    // "Thống kê cho thấy, … đã phát hiện …", "Thống kê từ Ban Chỉ đạo 389 tỉnh cho thấy, …": what
    // the figures show, said first or before its comma ("… khảo sát cho thấy tính chất …" deep in
    // a task is its condition).
    if (i..end).any(|k| t.count_words(k, "cho thay").is_some() && (k < i + 4 || t.is_mark(k + 2, ','))) {
        return Clause::Background;
    }
    // "Trong thời gian qua, …": what was done. So is "Từ năm 2017 đến nay, …" with no one
    // directed ("từ nay đến …" is the time to come).
    // "Đồng thời, từ năm 2017 đến nay, …": after a connector too.
    let from = (i..(i + 4).min(end)).find(|&k| t.is_mark(k, ',')).map_or(i, |k| k + 1);
    let since = [i, from].iter().any(|&s| {
        t.is_word(s, "tu")
            && (s + 1..(s + 8).min(end))
                .take_while(|&k| !t.is_mark(k, ','))
                .any(|k| t.count_words(k, "den nay").is_some())
    }) && !(i..end).any(|k| directive_word(&t, k).is_some());
    if since
        || ["trong thoi gian qua", "thoi gian qua", "thoi gian vua qua"]
            .iter()
            .any(|w| t.count_words(i, w).is_some())
    {
        return Clause::Background;
    }
    // "…; hoàn thành trước ngày 10/12/2023./.": nothing after the deadline.
    if i >= end {
        return match leading {
            Some(deadline) => Clause::Deadline { deadline, or_task: None },
            None => Clause::Background,
        };
    }
    // "Trên đây là ý kiến của Bộ …, đề nghị UBND tỉnh … chỉ đạo …": a reply's closing, whose
    // request is read; without one it is no work ("Trên đây là Hướng dẫn …, Hội đồng nhân dân
    // cấp tỉnh …").
    if t.count_words(i, "tren day la").is_some() {
        match (i..end).find(|&k| t.is_mark(k, ',') && directive_word(&t, k + 1).is_some()) {
            Some(comma) => i = comma + 1,
            None => return Clause::Background,
        }
    }
    // "Phát biểu chỉ đạo tại hội nghị đồng chí Chủ tịch UBND tỉnh yêu cầu …": the scene, with no
    // comma before the speaker whose directive follows. "Ý kiến chỉ đạo của Bí thư Tỉnh ủy: Đề
    // nghị UBND tỉnh …" as well.
    if ["phat bieu", "ket luan", "y kien", "tai hoi nghi", "tai cuoc hop", "tai buoi"]
        .iter()
        .any(|w| t.count_words(i, w).is_some())
        && let Some(k) = (i + 2..(i + 16).min(end)).take_while(|&k| !t.is_mark(k, ',')).find(|&k| {
            let k = t.count_words(k, "dong chi").map_or(k, |n| k + n);
            agencies::holder_at(text, &t, k)
                && (k + 1..(k + 14).min(end))
                    .take_while(|&m| !t.is_mark(m, ','))
                    .any(|m| SPEAKER_DIRECTIVES.iter().any(|d| t.count_words(m, d).is_some()))
        })
    {
        i = k;
    }
    // "Về Đề án 06, Công an tỉnh …", "Tuy nhiên, …": a topic before the clause proper.
    // Any short phrase before a comma that names no agency itself sets the scene the same way
    // ("Phát biểu chỉ đạo cuộc họp, Bí thư Tỉnh ủy … yêu cầu …").
    let topic_word = topic_at(text, &t, i);
    // "a) Về Cổng thông tin điện tử tỉnh: Giao Văn phòng …": a topic closed by a colon, which
    // may hold colons of its own ("Về bố trí nguồn lực (tỷ lệ kiên cố hóa: 100%): Giao Bộ …").
    // Under someone named above ("- Bộ Xây dựng:" | "(i) Đối với Dự án …: Chỉ đạo Chủ đầu tư, các
    // nhà thầu …"), the work after the colon is theirs.
    if topic_word
        && let Some(colon) = (i..(i + 64).min(end)).find(|&j| {
            t.is_mark(j, ':')
                && (subject_or_directive(text, &t, j + 1)
                    || inherited.is_some() && starts_task(&t, skip_marks(&t, j + 1)))
        })
    {
        i = skip_marks(&t, colon + 1);
    }
    let mut topic_word = topic_word && i == skip_marks(&t, 0) || topic_at(text, &t, i);
    let mut object: Option<String> = None;
    // "Căn cứ kế hoạch …; các nghị quyết …; tình hình thực hiện …, yêu cầu các sở, ban, ngành
    // …": grounds of any length, then the directive.
    // "Để việc đề xuất … theo đúng yêu cầu của Bộ Chính trị, Ban Bí thư …, đề nghị bộ, ngành,
    // địa phương khẩn trương …": a purpose naming bodies of its own, then the directive.
    if (topic_word || GROUNDS.iter().any(|w| t.count_words(i, w).is_some()))
        && let Some(comma) = comma_before_directive(&t, i, end)
            .or_else(|| comma_before_speaker(text, &t, i, end))
            .or_else(|| {
                directive_closing_grounds(text, &t, i, end, |after| {
                    subject_at(text, &t, after, names, cx, inherited).is_some()
                })
            })
    {
        i = skip_marks(&t, comma + 1);
        topic_word = false;
    }
    // "Theo đó, trên cơ sở đề xuất của Sở …, UBND tỉnh yêu cầu …": topics may follow each
    // other; one that opens on a topic word may hold commas of its own ("Để đảm bảo công tác
    // phòng, chống dịch …, Chủ tịch UBND tỉnh chỉ đạo …").
    for _ in 0..3 {
        // "Trước mắt chỉ đạo thực hiện có hiệu quả, đảm bảo …": a connector with no comma of its
        // own sets no scene; the work starts right after it.
        if let Some(n) = CONNECTORS.iter().filter_map(|w| t.count_words(i, w)).max()
            && !t.is_mark(i + n, ',')
            && starts_task(&t, i + n)
        {
            i = skip_marks(&t, i + n);
            break;
        }
        // Not a comma in brackets: "… báo cáo Thủ tướng (qua Văn phòng Chính phủ, Bộ Tài chính) …".
        let bracketed = |j: usize| {
            (i..j).filter(|&k| t.is_mark(k, '(')).count() > (i..j).filter(|&k| t.is_mark(k, ')')).count()
        };
        // A purpose may run long ("Tuy nhiên, trước …, để chủ động …, bảo đảm …, phát hiện sớm
        // …, hạn chế …, Sở Y tế đề nghị …"): the first comma a subject follows ends it.
        let commas = (i..(i + if topic_word { 160 } else { 12 }).min(end))
            .filter(|&j| t.is_mark(j, ',') && !bracketed(j));
        let Some(comma) = commas.take(if topic_word { 24 } else { 1 }).find(|&comma| {
            (topic_word
                || !text.trim_start().starts_with(['“', '"'])
                    && !starts_task(&t, i)
                    && agencies::find_all(&text[t.orig(i, comma)]).is_empty()
                    // "Bí thư tỉnh ủy, thành ủy và Chủ tịch UBND …": a holder opens the subject,
                    // and "Thủ tướng yêu cầu Bí thư tỉnh ủy, …" is a directive, no topic.
                    && !agencies::holder_at(text, &t, i)
                    && (i..comma).all(|k| directive_word(&t, k).is_none())
                    // "Thành phố Hồ Chí Minh, tỉnh Lâm Đồng đẩy nhanh …": places as subjects.
                    && agencies::place_at(text, &t, i).is_none()
                    && (i..comma).all(|k| !t.is_mark(k, ':')))
                && (subject_or_directive(text, &t, comma + 1) && !cited(text, &t, comma + 1)
                    // "2/ Trên cơ sở danh sách …, tiến hành rà soát …": an item's work after
                    // its topic, for whom the item is.
                    || topic_word
                        && inherited.is_some()
                        && comma >= i + 5
                        && (i..comma).all(|k| !t.is_mark(k, ':'))
                        && !starts_task(&t, i)
                        && starts_task(&t, skip_marks(&t, comma + 1)))
        }) else {
            break;
        };
        // "Trong tháng 4/2026, Trung tâm … tiếp nhận 1.284 hồ sơ": a period already under way
        // or over when the notice was written tells what was done.
        let topic = &text[t.orig(i, comma)];
        // "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan … phản ánh về …":
        // what is asked only if something happens is no task.
        // With its marks: "nêu trên" is no "nếu".
        let lower = format!(" {} ", topic.to_lowercase());
        // "các trường hợp tử vong", "mọi trường hợp": cases, no condition.
        let case = lower.match_indices(" trường hợp ").any(|(at, _)| {
            !["các", "những", "mọi", "số"].iter().any(|w| lower[..at].ends_with(&format!(" {w}")))
        });
        if case || [" nếu ", " khi có "].iter().any(|w| lower.contains(w)) {
            return Clause::Background;
        }
        if let Some((Deadline::On(d), _)) = deadline::find(topic, cx)
            && (d < cx.today || (d.year(), d.month()) == (cx.today.year(), cx.today.month()))
        {
            return Clause::Background;
        }
        // "Đối với quy hoạch chi tiết của 3 khu đất, các sở … thực hiện theo chỉ đạo trước đó":
        // what the work is about, which the task says only there.
        if fold(topic).starts_with("doi voi ") && topic.split_whitespace().count() <= 24 {
            object = Some(topic.trim().to_string());
        }
        i = skip_marks(&t, comma + 1);
        topic_word = topic_at(text, &t, i);
    }
    // "Thiết thực lập thành tích …, Thủ tướng Chính phủ yêu cầu Bộ trưởng …": a purpose
    // written without "Để", of any length, before a speaker's directive to someone named (a
    // speaker: "…, phải hướng dẫn, yêu cầu các đơn vị …" is the same work going on).
    if agencies::agency_at(text, &t, i).is_none()
        && !t.is_word(i, "de")
        && let Some(comma) = (i..end).find(|&k| {
            t.is_mark(k, ',')
                && directive_word(&t, skip_marks(&t, k + 1)).is_none()
                && directive(&t, skip_marks(&t, k + 1)).is_some_and(|after| {
                    // "…, Chủ tịch UBND tỉnh đã ban hành văn bản chỉ đạo Sở …": what was done.
                    (k + 1..after).all(|m| !t.is_word(m, "da"))
                        && (subject_at(text, &t, after, names, cx, inherited).is_some()
                            || loose_list(text, &t, after, names, cx).is_some())
                })
        })
        && (i..comma).all(|k| !t.is_mark(k, ':'))
    {
        i = skip_marks(&t, comma + 1);
    }
    // "Quốc hội đã thông qua …", "nước ta đã tiến hành …": what was done, by someone who is
    // no agency of the notice's; but "Thủ tướng đã có Công điện yêu cầu …" reports a directive.
    // "… Thủ tướng Chính phủ đã giao “Thanh tra Chính phủ … trước ngày 20/9”": an earlier
    // directive quoted, what was asked then.
    let quoted = (i..end).any(|k| {
        agencies::said(text, &t, k, "đã").is_some()
            && ["giao", "yeu cau", "chi dao", "ket luan"].iter().any(|d| t.count_words(k + 1, d).is_some())
            && text[t.orig(k, end)].contains(['“', '"'])
    });
    if quoted {
        return Clause::Background;
    }
    let past = i < end
        && !starts_task(&t, i)
        && !topic_at(text, &t, i)
        && agencies::agency_at(text, &t, i).is_none()
        && (i..(i + 10).min(end)).any(|k| agencies::said(text, &t, k, "đã").is_some())
        && !super::blocks::says(text, SPEAKER_DIRECTIVES);
    if past {
        return Clause::Background;
    }
    // "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh … đề nghị …": a
    // speaker's other titles before the one that speaks.
    while agencies::said(text, &t, i, "ủy viên").or_else(|| agencies::said(text, &t, i, "uỷ viên")).is_some()
        && let Some(comma) = (i + 2..(i + 16).min(end)).find(|&k| t.is_mark(k, ','))
        && agencies::holder_at(text, &t, comma + 1)
    {
        i = comma + 1;
    }
    // "Giao Sở …", "Yêu cầu Giám đốc …", "Chủ tịch UBND tỉnh yêu cầu Giám đốc …". When no one
    // follows, the speaker was the subject ("Chủ tịch UBND phường Hòa Lợi chỉ đạo triển khai").
    // "Đại tá Nguyễn Hữu Lâm, Giám đốc Công an tỉnh báo cáo …": a person first, then their
    // office; what they say is read as below.
    // "Riêng UBND huyện Khánh Sơn khẩn trương …": one of them, singled out.
    if t.is_word(i, "rieng") && agencies::agency_at(text, &t, skip_marks(&t, i + 1)).is_some() {
        i = skip_marks(&t, i + 1);
    }
    let person_first = person_at_start(text, &t, i);
    let i = person_first.unwrap_or(i);
    // In the Government's notice a province's committee or its chair is addressed, not
    // speaking: "Ủy ban nhân dân Thành phố Hồ Chí Minh chỉ đạo các sở, ngành hướng dẫn …" is
    // the committee's work.
    let addressed = names.government_speaks
        && ["chu tich", "pho chu tich", "ubnd", "uy ban nhan dan"]
            .iter()
            .any(|w| t.count_words(i, w).is_some());
    let mut directed = if addressed {
        None
    } else if self_named(text, &t, i) {
        directive(&t, i + 1)
    } else if let Some(k) = document_speaks(text, &t, i).or_else(|| abbreviation_speaks(text, &t, i)) {
        directive(&t, k)
    } else {
        directive(&t, i).or_else(|| {
            // "b) Chỉ đạo Ban Dân tộc tỉnh phối hợp với … rà soát …" under the people's committee
            // a council addresses, or under the departments it directs: the department does the
            // work. Directing a group ("chỉ đạo các sở …"), a body of each province a ministry
            // writes to ("UBND các tỉnh … chỉ đạo Sở …"), or what a ministry oversees ("Bộ Xây
            // dựng: Chỉ đạo Chủ đầu tư …") stays the subject's own work.
            let n = t.count_words(i, "chi dao")?;
            let (agency, _) = agencies::agency_at(text, &t, i + n)?;
            let committee = inherited.is_some_and(|l| {
                !l.is_empty()
                    && l.iter().all(|l| {
                        let f = fold(&l.name);
                        ["uy ban nhan dan", "ubnd"].iter().any(|c| f.starts_with(c))
                            && !matches!(l.assignee, Assignee::Group(_))
                            && !f.contains(" cac ")
                    })
            });
            // "UBND tỉnh chỉ đạo các ngành chức năng …:" | "- Chỉ đạo Ban Dân tộc tỉnh …": one of
            // the departments it directs.
            let departments = inherited.is_some_and(|l| {
                !l.is_empty()
                    && l.iter().all(|l| {
                        let f = fold(&l.name);
                        matches!(l.assignee, Assignee::Group(crate::import::Group::Departments))
                            || ["cac nganh", "cac so"].iter().any(|w| f.starts_with(w))
                    })
            });
            (!agency.group && (committee || departments)).then_some(i + n)
        })
    };
    // "UBND tỉnh yêu cầu từ nay đến ngày 1/7/2021 Công an tỉnh phải …", "… đề nghị từ nay đến
    // ngày 15/03/2026, các Sở, ngành …": when, then whom; where whom starts, and the deadline.
    let past_when = |k: usize| -> (usize, Option<(Deadline, String)>) {
        if k >= end {
            return (k, None);
        }
        let rest = &text[t.orig(k, end)];
        let Some((deadline, range)) = deadline::find(rest, cx) else { return (k, None) };
        if !matches!(fold(&rest[..range.start]).trim(), "" | "tu nay") {
            return (k, None);
        }
        let at = t.orig(k, end).start + range.end;
        match (k..end).find(|&m| t.orig(m, m + 1).start >= at) {
            Some(next) => (skip_marks(&t, next), Some((deadline, deadline_words(&rest[range])))),
            None => (k, None),
        }
    };
    if let Some(after) = directed
        && subject_at(text, &t, after, names, cx, inherited).is_none()
        && let (next, Some(when)) = past_when(after)
        && subject_at(text, &t, next, names, cx, inherited).is_some()
    {
        leading = Some(when);
        directed = Some(next);
    }
    // "đề nghị bộ, ngành, địa phương khẩn trương …", "yêu cầu doanh nghiệp phối hợp …": kinds
    // in lower case after a directive; one kind alone only where the work follows it.
    let bare_at = |k: usize| {
        let (agency, end) = agencies::bare_list(text, &t, k)
            .or_else(|| agencies::bare_kind(text, &t, k).filter(|(_, end)| starts_task(&t, *end)))
            .or_else(|| named_to_modal(text, &t, k))?;
        Some((lead_of(&agency, names.units, cx.today), end))
    };
    let bare = || {
        bare_at(
            directed.filter(|_| directive_word(&t, i).is_some() || document_speaks(text, &t, i).is_some())?,
        )
    };
    // "2. Sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường": kinds without "các" opening
    // the clause are its subject too (no "của" before them makes them whose).
    let opening_kinds = || {
        let (agency, end) = agencies::bare_list(text, &t, i).filter(|_| i == skip_marks(&t, 0))?;
        let mut leads = lead_of(&agency, names.units, cx.today);
        // "… và Ủy ban nhân dân xã, phường": another addressee after them.
        let mut end = end;
        if t.is_word(end, "va")
            && text[t.orig(end + 1, end + 2)].starts_with(char::is_uppercase)
            && let Some((other, after)) = agencies::agency_at(text, &t, end + 1)
        {
            leads.extend(lead_of(&other, names.units, cx.today));
            end = after;
        }
        // Then their work, or nothing (a heading over it).
        let next = skip_marks(&t, end);
        let goes_on = next >= t.len()
            || !t.is_word(next, "va") && opens_on_task(&text[t.orig(next, t.len())])
            || MODALS.iter().any(|m| t.count_words(next, m).is_some());
        goes_on.then_some((leads, end))
    };
    // "… yêu cầu cấp ủy, tổ chức đảng, chính quyền các cấp, các sở, ban, ngành, … và các địa
    // phương trong tỉnh khẩn trương triển khai …": a long list the reader cannot walk from its
    // start; the bodies it names, up to the modal that opens the work.
    let listed = || loose_list(text, &t, directed?, names, cx);
    let subject = match directed
        .and_then(|after| subject_at(text, &t, after, names, cx, inherited))
        .or_else(bare)
        .or_else(listed)
    {
        Some(found) => Some(found),
        None => opening_kinds()
            .or_else(|| subject_at(text, &t, i, names, cx, inherited))
            .or_else(|| anaphora(text, &t, i, inherited)),
    };
    // "Yêu cầu gửi báo cáo về Sở Kế hoạch và Đầu tư trước ngày 23/5/2019.": a directive with no
    // one named goes on with the subject before it.
    let i = match DIRECTIVES.iter().filter_map(|d| t.count_words(i, d)).max() {
        Some(n) if subject.is_none() && inherited.is_some() && starts_task(&t, i + n) => {
            skip_marks(&t, i + n)
        }
        _ => i,
    };
    // "Giám đốc Sở Y tế Nguyễn Văn An báo cáo …": a report of what a person said or did at the
    // meeting. Only what they direct someone to do is work ("… yêu cầu các sở, ngành …"); the
    // same for an office that directs another ("Bí thư Tỉnh ủy yêu cầu các sở, ngành …").
    let named_after = |after: usize| agencies::person_len(text, &t, after).map(|n| (after, n));
    let subject = match subject {
        Some((_, after))
            if let Some((after, n)) =
                named_after(after).or_else(|| person_first.map(|_| (after, 0))).or_else(|| {
                    let said_at = skip_marks(&t, after);
                    let d = speaker_directive(&t, said_at)?;
                    let k = past_when(skip_marks(&t, said_at + d)).0;
                    let (_, end) = subject_at(text, &t, k, names, cx, inherited).or_else(|| bare_at(k))?;
                    // "Bộ Y tế chỉ đạo UBND các tỉnh, thành phố một số nội dung sau:": whom the
                    // points that follow are for; "chỉ đạo" alone is the speaker's own work.
                    (!t.is_word(past_also(&t, said_at), "chi") || points_follow(&t, end))
                        .then_some((after, 0))
                }) =>
        {
            let said_at = skip_marks(&t, after + n);
            let directed = speaker_directive(&t, said_at);
            let reports = [
                "bao cao",
                "cho biet",
                "phat bieu",
                "neu",
                "thong tin",
                "trinh bay",
                "de xuat",
                "kien nghi",
                "danh gia",
                "khang dinh",
            ]
            .iter()
            .any(|w| t.count_words(said_at, w).is_some());
            match directed.and_then(|d| {
                let (k, when) = past_when(skip_marks(&t, said_at + d));
                let found = subject_at(text, &t, k, names, cx, inherited).or_else(|| bare_at(k));
                if found.is_some() && when.is_some() {
                    leading = when;
                }
                found
            }) {
                Some(addressee) => Some(addressee),
                // "Đại tá …, Giám đốc Công an tỉnh trực tiếp chỉ đạo làm sạch …": a person first
                // and their office is a subject like the office alone, unless what follows is
                // what they said.
                None if n == 0 && person_first.is_some() && directed.is_none() && !reports => subject,
                None => return Clause::Background,
            }
        }
        other => other,
    };
    let (leads, explicit, j) = match subject {
        Some((leads, after)) => {
            // "người đứng đầu … chịu trách nhiệm … nếu để chậm trễ": accountability, no task;
            // so is "…; người đứng đầu cơ quan, đơn vị, địa phương phải trực tiếp ký …" within a
            // sentence, how the heads carry the work before it. "Người đứng đầu sở, ban, ngành có
            // trách nhiệm: …" opening an item is their work.
            if t.count_words(i, "nguoi dung dau").is_some()
                && (text[t.orig(i, i + 1)].starts_with(char::is_lowercase) || {
                    let folded = fold(text);
                    folded.contains("chiu trach nhiem") || folded.contains("neu de")
                })
            {
                return Clause::Background;
            }
            (leads, true, after)
        }
        None => {
            // "…; người đứng đầu cơ quan, đơn vị, địa phương phải trực tiếp ký …": how the
            // heads are to carry the work above, no task of its own.
            if t.count_words(i, "nguoi dung dau").is_some() {
                return Clause::Background;
            }
            if let Some(deadline) = deadline_only(text, &t, i, cx) {
                let or_task = match inherited {
                    Some(leads) if starts_task(&t, i) => {
                        task(text, &t, leads.to_vec(), Vec::new(), i, None, names, cx)
                    }
                    _ => None,
                };
                return Clause::Deadline { deadline, or_task };
            }
            // "* Thời gian thực hiện: Từ khi thành lập đến khi kết thúc nhiệm vụ …": the field of
            // when, with no date the reader can hold to; no work.
            if ["thoi gian", "thoi han"].iter().any(|w| t.count_words(i, w).is_some())
                && (i..(i + 5).min(end)).any(|k| t.is_mark(k, ':'))
            {
                return Clause::Background;
            }
            match inherited {
                Some(leads) if by_place && !leads.is_empty() || starts_task(&t, i) => {
                    (leads.to_vec(), false, i)
                }
                _ => return Clause::Background,
            }
        }
    };
    // "Đảng uỷ Chính phủ, đảng uỷ các bộ, đặc biệt là người đứng đầu chịu trách nhiệm …": whom
    // the list singles out is among those it names; the work goes on after them.
    let j = if explicit { singled_out(text, &t, j).unwrap_or(j) } else { j };
    // "Báo điện tử VTV ngày 10 tháng 4 năm 2020 có bài …": what the subject did on a day gone
    // by, directing no one.
    if explicit
        && t.is_word(j, "ngay")
        && t.kind(j + 1) == Some(Kind::Number)
        && let Some(then) = chrono::NaiveDate::from_ymd_opt(cx.today.year() - 1, 1, 1)
        && let date_end = (j..end)
            .find(|&k| {
                !(matches!(t.kind(k), Some(Kind::Number | Kind::Mark('/' | '-' | '.')))
                    || ["ngay", "thang", "nam"].iter().any(|w| t.is_word(k, w)))
            })
            .unwrap_or(end)
        && let Ok(Deadline::On(day)) = deadline::parse(&text[t.orig(j, date_end)], Context::document(then))
        && day <= cx.today
        && !super::blocks::says(&text[t.orig(j, end)], SPEAKER_DIRECTIVES)
    {
        return Clause::Background;
    }
    let (co, vp) = role(text, &t, j, names, cx.today);
    // "Thủ trưởng các đơn vị chịu trách nhiệm trước Giám đốc Sở về kết quả …": accountability,
    // no task; unless it names the work ("… về việc triển khai …, hoàn thành trong Quý
    // IV/2017"). Under an item, it opens the item's work ("a) Chịu trách nhiệm …; phấn đấu …").
    // "Chịu trách nhiệm toàn diện trước Bộ trưởng về tiến độ …" under an item is the same.
    // "… chịu trách nhiệm trực tiếp trước Chính phủ, Thủ tướng Chính phủ về …" as well.
    let whole = ["toan dien", "hoan toan", "truc tiep"]
        .iter()
        .filter_map(|w| t.count_words(vp, w))
        .max()
        .unwrap_or(0);
    if (explicit || whole > 0)
        && t.is_word(vp + whole, "truoc")
        && vp > j
        && fold(&text[t.orig(j, vp)]).contains("chiu trach nhiem")
        // "… về việc triển khai và kết quả thực hiện Chỉ thị này": the formula, no work named.
        && !(fold(text).contains("ve viec") && deadline::find(text, cx).is_some())
    {
        return Clause::Background;
    }
    // "Bộ Nội vụ chịu trách nhiệm về nội dung giải trình, tiếp thu": answers for what it wrote;
    // so under an item, "(1) Chịu trách nhiệm trước Chính phủ, Thủ tướng Chính phủ về tính đầy
    // đủ, chính xác của các thông tin …".
    let answers_for = |k: usize| {
        ["ve noi dung", "ve tinh chinh xac", "ve so lieu", "ve tinh day du"]
            .iter()
            .any(|w| t.count_words(k, w).is_some())
    };
    let before_whom = if t.is_word(vp, "truoc") {
        (vp + 1..(vp + 12).min(t.len()))
            .find(|&k| t.is_word(k, "ve"))
            .filter(|&k| (vp + 1..k).all(|m| t.kind(m) == Some(Kind::Word) || t.is_mark(m, ',')))
    } else {
        Some(vp)
    };
    if vp > j
        && fold(&text[t.orig(j, vp)]).contains("chiu trach nhiem")
        && before_whom.is_some_and(answers_for)
    {
        return Clause::Background;
    }
    if vp >= end || only_marks(&t, vp) {
        return if explicit { Clause::Introduces(leads) } else { Clause::Background };
    }
    if text[t.orig(vp, end)].trim_end().ends_with(':') && explicit {
        // "Phó Thủ tướng … đã có ý kiến chỉ đạo như sau:": the one who speaks, naming no one
        // the items are for.
        let rest = fold(&text[t.orig(vp, end)]);
        let rest = rest.trim_end_matches([':', ' ']);
        let rest = rest.strip_prefix("da ").unwrap_or(rest);
        let speaks = ["co y kien", "ket luan", "chi dao nhu sau", "phat bieu"].iter().any(|w| rest.starts_with(w))
            && agencies::find_all(&text[t.orig(vp, end)]).is_empty()
            // "Phó Thủ tướng … - Trưởng Ban Chỉ đạo 389 quốc gia có ý kiến như sau:".
            || ["co y kien nhu sau", "co y kien chi dao nhu sau", "co y kien ket luan nhu sau", "ket luan nhu sau"]
                .iter()
                .any(|w| rest.ends_with(w));
        if speaks {
            return Clause::Background;
        }
        // "…, Bộ trưởng giao:", "Phòng GD&ĐT yêu cầu:": a directive to no one named; the items
        // say whom, or are for whom the letter is sent to. A group speaks for no one: "Chủ tịch
        // UBND các huyện, thị xã, thành phố chỉ đạo:" is told what to direct.
        let group = !leads.is_empty() && leads.iter().all(|l| fold(&l.name).contains("cac "));
        if ["giao", "yeu cau", "chi dao", "de nghi"]
            .iter()
            .any(|w| rest == *w || rest.strip_prefix(w).is_some_and(|r| r.trim() == "nhu sau"))
        {
            return Clause::Introduces(if group && rest.starts_with("chi dao") { leads } else { Vec::new() });
        }
        // "Bộ Tài chính gửi kèm bộ Cẩm nang gồm:": what it encloses, listed.
        if ["gui kem", "xin gui kem", "kem theo", "gui kem theo"].iter().any(|w| rest.starts_with(w)) {
            return Clause::Background;
        }
        // "Sở Giáo dục và Đào tạo ban hành hướng dẫn thực hiện nhiệm vụ …, cụ thể như sau:",
        // "… có nội dung hướng dẫn về công tác hỗ trợ người học như sau:": guidance is followed
        // by those it guides, whom it does not name here; not by the one who gives it.
        let guides =
            ["huong dan", "ban hanh huong dan", "co noi dung huong dan", "ban hanh van ban huong dan"]
                .iter()
                .any(|w| rest.starts_with(w));
        if guides && agencies::find_all(&text[t.orig(vp, end)]).is_empty() {
            return Clause::Introduces(Vec::new());
        }
        // "Bộ trưởng Bộ Công an chỉ đạo các đơn vị chức năng:": the items after it say what.
        return Clause::Introduces(leads);
    }
    if explicit
        && BACKGROUND.iter().any(|w| agencies::said(text, &t, vp, w).is_some())
        && !starts_task(&t, vp)
    {
        return Clause::Background;
    }
    // "Bí thư Tỉnh ủy yêu cầu người đứng đầu cấp ủy …", "Sở Tài chính đề nghị bổ sung …": a
    // request to someone the reader cannot name, or a proposal; no task of the speaker's.
    if explicit && ["yeu cau", "de nghi"].iter().any(|w| t.count_words(vp, w).is_some()) {
        return Clause::Background;
    }
    let said = fold(&text[t.orig(vp, end)]);
    // "… nếu để chậm trễ" holds to account; "rút kinh nghiệm" rebukes; "đề nghị UBND tỉnh …
    // xem xét" asks upwards.
    // "… thực hiện các nhiệm vụ tại Phụ lục kèm theo": the tasks are in the table, read there.
    // "Trưởng phòng Nội vụ làm Phó Trưởng ban; Chi cục Thuế làm ủy viên": who sits on a body.
    let sits = ["lam ", "la "].iter().any(|w| {
        said.strip_prefix(w).is_some_and(|r| {
            ["truong", "pho", "uy vien", "thanh vien", "to truong", "to pho", "thu ky", "thuong truc"]
                .iter()
                .any(|role| r.starts_with(role))
        })
    });
    if sits
        || text[t.orig(vp, end)].contains("nếu để")
        || said.starts_with("rut kinh nghiem")
        || said.starts_with("de nghi") && said.contains("xem xet")
        || said.split(' ').take(14).collect::<Vec<_>>().join(" ").contains("phu luc")
            && said.contains("kem theo")
    {
        return Clause::Background;
    }
    // "Văn phòng UBND tỉnh ban hành Văn bản số 404/VPUBND …": a document that has its number
    // is issued already; a task to issue one names none.
    if said.starts_with("ban hanh")
        && said.split(' ').take(8).any(|w| w.contains('/') && w.starts_with(|c: char| c.is_ascii_digit()))
    {
        return Clause::Background;
    }
    // A scan's stray letters after the formula's stop ("… triển khai thực hiện. gaa!").
    let to_stop = fold(text[t.orig(vp, end)].split(". ").next().unwrap_or_default());
    if carries_out_this_document(&said) || carries_out_this_document(&to_stop) {
        // "Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ tổ chức thực hiện; định kỳ … báo cáo
        // kết quả …": the work after the formula is theirs.
        return if explicit { Clause::Names(leads) } else { Clause::Background };
    }
    // "Rất mong nhận được sự quan tâm …", "kính báo cáo … xem xét": courtesy, no work.
    // "Văn phòng UBND tỉnh thông báo để Sở … biết, thực hiện./.": the notice's own closing.
    if said.starts_with("rat mong")
        || said.starts_with("kinh bao cao")
        || said.starts_with("kinh mong")
        // "Bộ Tài chính trân trọng cảm ơn sự phối hợp của Quý Ủy ban./.": thanks.
        || said.trim_start_matches("tran trong ").trim_start_matches("xin ").starts_with("cam on")
        || said.starts_with("thong bao de")
        // "Ngày 6/11, Văn phòng UBND TPHCM thông báo kết luận của …": the notice itself.
        || said.starts_with("thong bao ket luan")
        || said.starts_with("thong bao y kien")
    {
        return Clause::Background;
    }
    // "(Đề nghị) Bộ Khoa học và Công nghệ xem xét, hướng dẫn …": a province asks the centre;
    // in the Government's own notice "Giao Bộ Xây dựng … xem xét, quyết định" is work.
    let upwards = !names.government_speaks
        && leads.iter().any(|l| {
            let f = fold(&l.name);
            f.starts_with("bo ") || f.starts_with("chinh phu") || f.starts_with("thu tuong")
        });
    // "Ban Chỉ đạo thống nhất đề nghị UBND tỉnh, Sở … xem xét hỗ trợ …" in a ward's notice: a
    // request to those it cannot direct.
    let asked = !names.government_speaks
        && !names.committee_speaks
        && directed.is_some_and(|after| (i..after).any(|k| t.count_words(k, "de nghi").is_some()));
    if (upwards || asked) && said.starts_with("xem xet") {
        return Clause::Background;
    }
    match task(text, &t, leads, co, vp, leading, names, cx) {
        // "… yêu cầu Sở Công Thương, UBND các xã tập trung thực hiện một số nhiệm vụ trọng
        // tâm.": no work yet, but the points that follow are theirs.
        Some(task) if points_pointer(&task.text) => Clause::Introduces(task.leads),
        Some(mut task) => {
            // Only where the work says little without it ("… thực hiện theo chỉ đạo trước đó").
            if let Some(object) = object
                .filter(|o| !task.text.contains(o.as_str()) && task.text.split_whitespace().count() <= 10)
            {
                let mut chars = object.chars();
                let first: String = chars.next().into_iter().flat_map(char::to_lowercase).collect();
                task.text = format!("{} ({first}{})", task.text, chars.as_str());
            }
            Clause::Task { task, explicit }
        }
        None => Clause::Background,
    }
}

/// "… yêu cầu cấp ủy, tổ chức đảng, chính quyền các cấp, các sở, ban, ngành, … và các địa
/// phương trong tỉnh khẩn trương triển khai …": a long list of addressees the reader cannot walk
/// from its start, after the directive at `after`. The bodies it names, up to the modal that
/// opens the work; or, when it names few of its parts as bodies ("cấp uỷ, tổ chức đảng, chính
/// quyền, cơ quan quản lý nhà nước, Mặt trận Tổ quốc Việt Nam, …"), the list as written, for the
/// secretary to assign. The leads, and where the work starts.
fn loose_list(
    text: &str,
    t: &Tokens,
    after: usize,
    names: Names<'_>,
    cx: Context<'_>,
) -> Option<(Vec<Lead>, usize)> {
    let end = t.len();
    // "… tập trung chỉ đạo rà soát, siết chặt …, các khu vực … tập trung đông người": work after
    // the directive, no list of addressees ("cấp ủy, …" is one, whatever "cấp" reads as).
    if starts_task(t, after) && !t.is_word(skip_marks(t, after), "cap") {
        return None;
    }
    let modal = (after + 2..(after + 60).min(end)).find(|&k| {
        ["khan truong", "chu dong", "tiep tuc", "tap trung"].iter().any(|m| t.count_words(k, m).is_some())
    })?;
    let span = &text[t.orig(after, modal)];
    if !span.contains(',') {
        return None;
    }
    let found = agencies::find_all(span);
    // The list as written, for the secretary to assign.
    let as_written = || {
        let name = agencies::initial_capital(span.trim());
        let whole = Agency { name, range: t.orig(after, modal), group: true };
        Some((lead_of(&whole, names.units, cx.today), modal))
    };
    if found.is_empty() {
        // "… yêu cầu cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp tập trung …": the
        // bodies of the political system, in lower case, none of them a name.
        let parts: Vec<String> = span.split([',', ';']).map(fold).collect();
        let system = parts.len() >= 3
            && parts.iter().all(|p| (1..=5).contains(&p.split_whitespace().count()))
            && parts.iter().any(|p| {
                ["cap uy", "to chuc dang", "chinh quyen", "doan the", "mat tran"]
                    .iter()
                    .any(|w| p.trim().starts_with(w))
            });
        return if system { as_written() } else { None };
    }
    // The parts no body named covers ("cấp uỷ", "tổ chức đảng", "chính quyền").
    let mut at = 0;
    let mut unnamed = 0;
    for part in span.split([',', ';']).flat_map(|p| p.split(" và ")) {
        let start = at + span[at..].find(part).unwrap_or(0);
        at = start + part.len();
        if !part.trim().is_empty() && !found.iter().any(|a| a.range.start <= start && at <= a.range.end + 1) {
            unnamed += 1;
        }
    }
    if unnamed > found.len() {
        return as_written();
    }
    let leads: Vec<Lead> = found.iter().flat_map(|a| lead_of(a, names.units, cx.today)).collect();
    (!leads.is_empty()).then_some((leads, modal))
}

/// After a subject, ", đặc biệt là người đứng đầu" or ", nhất là Bộ Tài chính": where the clause
/// goes on past the one singled out.
fn singled_out(text: &str, t: &Tokens, j: usize) -> Option<usize> {
    let k = if t.is_mark(j, ',') { j + 1 } else { j };
    let n = agencies::SINGLING_OUT.iter().filter_map(|w| t.count_words(k, &fold(w))).max()?;
    let k = k + n;
    let k = t.count_words(k, "nguoi dung dau").map_or(k, |m| k + m);
    Some(agencies::agency_at(text, t, k).map_or(k, |(_, end)| end))
}

/// "Thời gian thực hiện: từ ngày 03/02/2026 đến ngày 15/3/2026", "Thời hạn hoàn thành: trước
/// ngày …": a line that is the field of when, and the date it gives.
pub(super) fn when_field(text: &str, cx: Context<'_>) -> Option<(Deadline, String)> {
    let t = Tokens::new(text);
    let i = skip_marks(&t, 0);
    let field = ["thoi gian", "thoi han", "han hoan thanh"].iter().any(|w| t.count_words(i, w).is_some());
    let colon = (i..(i + 6).min(t.len())).find(|&k| t.is_mark(k, ':'))?;
    if !field || colon + 1 >= t.len() {
        return None;
    }
    let rest = &text[t.orig(colon + 1, t.len()).start..];
    deadline::find(rest, cx).map(|(d, range)| (d, deadline_words(&rest[range])))
}

/// "Việc …", "Công tác …": a clause that opens on the work made a noun.
fn nominal(clause: &str) -> bool {
    let t = Tokens::new(clause);
    let i = skip_marks(&t, 0);
    ["việc", "công tác"].iter().any(|w| agencies::said(clause, &t, i, w).is_some())
}

/// "Nghị định số 214/2025/NĐ-CP …", "Các Nghị định về …: số 115/2024/NĐ-CP …": a line that
/// names a text to follow by its kind and number.
pub(super) fn cites(text: &str) -> bool {
    let folded = fold(text.trim_start());
    let kind_first = folded.strip_prefix("cac ").unwrap_or(&folded);
    // A document's number: "214/2025/NĐ-CP", "24/TTg", "43-CV/TU"; not a date.
    let numbered = text.split_whitespace().take(20).any(|w| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.split_once('/').is_some_and(|(_, after)| after.chars().any(char::is_alphabetic))
    });
    CITED.iter().any(|w| kind_first.starts_with(w)) && numbered
}

/// A step that hands in the work before it: "báo cáo UBND tỉnh kết quả", "tổng hợp, báo cáo
/// Bộ trưởng", "trình UBND tỉnh phê duyệt", "gửi Sở Tài chính".
fn reports(text: &str) -> bool {
    let f = fold(text).replace(',', " ");
    // "tổng hợp, báo cáo …", "hoàn thiện, gửi …": the last touch, then handing in.
    let mut words =
        f.split_whitespace().skip_while(|w| matches!(*w, "tong" | "hop" | "hoan" | "thien" | "chinh"));
    matches!((words.next(), words.next()), (Some("bao"), Some("cao")) | (Some("trinh"), _) | (Some("gui"), _))
}

/// "… nghiêm túc triển khai thực hiện Chỉ thị này": the closing formula, which asks for the
/// document itself to be carried out, not for any work of its own.
fn carries_out_this_document(folded: &str) -> bool {
    // "… các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này": the
    // formula closing a decision, whatever the reader took for its subject.
    if let Some((_, after)) = folded.split_once("chiu trach nhiem ")
        && carries_out_this_document(after)
    {
        return true;
    }
    // "… triển khai hiệu quả các nhiệm vụ nêu trên, chịu trách nhiệm toàn diện trước …": the
    // formula, then who answers for it.
    let folded = folded.split(" chiu trach nhiem").next().unwrap_or(folded);
    let mut rest = folded.trim_end_matches(['.', ' ', '/']).replace(',', " ").replace(" neu tren", " tren");
    // "căn cứ chức năng, nhiệm vụ tổ chức thực hiện": each within its remit, the same formula.
    // "trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm thực hiện Nghị quyết" too.
    if let Some(m) = ["can cu chuc nang", "theo chuc nang", "trong pham vi chuc nang", "trong pham vi"]
        .iter()
        .find(|m| rest.starts_with(*m))
    {
        rest = rest[m.len()..].to_string();
        for w in ["nhiem vu", "quyen han", "tham quyen", "duoc giao", "cua minh"] {
            rest = rest.replacen(w, " ", 1);
        }
    }
    for w in [
        "nghiem tuc",
        "khan truong",
        "chu dong",
        "to chuc",
        "trien khai",
        "thuc hien",
        "thi hanh",
        "quan triet",
        "co hieu qua",
        "hieu qua",
        "quan tam",
        "tai ke hoach nay",
        "dam bao muc dich",
        "yeu cau",
        "dung quy dinh",
        "theo quy dinh",
        "co trach nhiem",
        "va",
    ] {
        rest = rest.replace(w, " ");
    }
    let rest: Vec<&str> = rest.split_whitespace().collect();
    // "… tổ chức thực hiện." alone: the formula without the document's name.
    if rest.is_empty() {
        return true;
    }
    let document = [
        "chi thi",
        "thong bao",
        "ke hoach",
        "ket luan",
        "van ban",
        "cong van",
        "cong dien",
        "chuong trinh",
        "nghi quyet",
        "quyet dinh",
        "noi dung",
        "cac noi dung",
        "nhiem vu",
        "cac nhiem vu",
    ];
    // "… thực hiện nghiêm túc Chỉ thị này", "… nội dung trên"; a resolution's or a decision's
    // closing names it without "này" ("… có trách nhiệm thực hiện Nghị quyết").
    rest.len() <= 4
        && matches!(rest.last(), Some(&("nay" | "tren")))
        && document.iter().any(|d| rest.join(" ").starts_with(d))
        || ["nghi quyet", "quyet dinh", "chi thi"].contains(&rest.join(" ").as_str())
}

/// The task of a clause whose verb phrase starts at `vp`.
#[allow(clippy::too_many_arguments)]
fn task(
    text: &str,
    t: &Tokens,
    leads: Vec<Lead>,
    mut co: Vec<Lead>,
    vp: usize,
    leading: Option<(Deadline, String)>,
    names: Names<'_>,
    cx: Context<'_>,
) -> Option<Task> {
    for c in co_units_within(text, t, vp, names, cx.today) {
        if !co.contains(&c) {
            co.push(c);
        }
    }
    co.retain(|c| !leads.contains(c));
    let (task_text, deadline) = verb_phrase(text, t, vp, cx);
    // A numbered item naming no one must say enough to be work ("3. Tổ chức thực hiện" is a
    // heading).
    let least = if leads.is_empty() { 6 } else { 2 };
    // "… và lãnh đạo phường Xuân Hòa tham dự hội nghị", "… phát biểu tại buổi lễ", "Bộ Công
    // Thương nêu rõ, khối lượng than …": who was at an event and what they said, no work.
    let folded = fold(&task_text);
    let attends = ["tham du", "du hop", "du hoi nghi", "phat bieu", "neu ro", "khang dinh", "cho biet"]
        .iter()
        .any(|w| folded.starts_with(w));
    (task_text.split_whitespace().count() >= least && !attends).then(|| Task {
        leads,
        co,
        text: task_text,
        deadline: deadline.or(leading),
    })
}

/// A directive after a subject that speaks, and its length: "yêu cầu", "cũng đề nghị" (also
/// asks), "nêu rõ, …" (stated: what follows is whom and what).
fn speaker_directive(t: &Tokens, i: usize) -> Option<usize> {
    let k = past_also(t, i);
    if let Some(n) = SPEAKER_DIRECTIVES.iter().filter_map(|d| t.count_words(k, d)).max() {
        return Some(k - i + n);
    }
    ["neu ro", "nhan manh"]
        .iter()
        .filter_map(|w| t.count_words(k, w))
        .max()
        .filter(|&n| t.is_mark(k + n, ','))
        .map(|n| k - i + n + 1)
}

/// Past "cũng" (also), "đã", "vừa" (has, has just: a news report's) before a speaker's
/// directive: where the directive's word is.
fn past_also(t: &Tokens, i: usize) -> usize {
    let mut k = i;
    while k < i + 3 && ["cung", "da", "vua"].iter().any(|w| t.is_word(k, w)) {
        k += 1;
    }
    k
}

/// "Sở có trách nhiệm …", "Bộ chỉ đạo …": a bare head word standing for the subject just
/// named ("Sở Tài nguyên và Môi trường").
fn anaphora(text: &str, t: &Tokens, i: usize, inherited: Option<&[Lead]>) -> Option<(Vec<Lead>, usize)> {
    let leads = inherited?;
    if i >= t.len() {
        return None;
    }
    let word = t.text(i);
    let capital = text[t.orig(i, i + 1)].starts_with(char::is_uppercase);
    // "Bố trí …" is no "Bộ", "Sổ" no "Sở", where the text has its marks.
    let written = text[t.orig(i, i + 1)].to_lowercase();
    let marked = !t.marked || ["sở", "bộ", "ban", "cục", "vụ", "phòng"].contains(&written.as_str());
    let refers = capital
        && marked
        && !leads.is_empty()
        && matches!(word, "so" | "bo" | "ban" | "cuc" | "vu" | "phong")
        && leads.iter().all(|l| fold(&l.name).starts_with(&format!("{word} ")));
    refers.then(|| (leads.to_vec(), i + 1))
}

fn skip_marks(t: &Tokens, mut i: usize) -> usize {
    while matches!(t.kind(i), Some(Kind::Mark(_))) {
        i += 1;
    }
    i
}

fn only_marks(t: &Tokens, from: usize) -> bool {
    (from..t.len()).all(|j| matches!(t.kind(j), Some(Kind::Mark(_))))
}

/// "… các kết luận của Bộ Chính trị, Ban Bí thư và Văn bản số 9671 …": a name in a list of what
/// a topic cites, no subject.
fn cited(text: &str, t: &Tokens, i: usize) -> bool {
    agencies::agency_at(text, t, skip_marks(t, i))
        .is_some_and(|(_, end)| t.is_word(end, "va") && agencies::agency_at(text, t, end + 1).is_none())
}

/// An agency, a holder or a directive at `i`.
fn subject_or_directive(text: &str, t: &Tokens, i: usize) -> bool {
    let i = skip_marks(t, i);
    // "… của Bộ Chính trị, Ban Bí thư về tình hình …": whose, not who does; a subject is
    // followed by what it does.
    let whose = |end: usize| ["ve", "cua", "tai", "ngay", "so"].iter().any(|w| t.is_word(end, w));
    agencies::agency_at(text, t, i).is_some_and(|(_, end)| !whose(end))
        || agencies::place_at(text, t, i).is_some()
        || directive(t, i).is_some()
        || self_named(text, t, i)
        // "…: Tỉnh căn cứ …": the province a central document is about.
        || province_word(text, t, i).is_some()
}

/// "Sở đề nghị Quý cơ quan …", "Bộ yêu cầu …": the issuer by its kind alone, then a directive.
fn self_named(text: &str, t: &Tokens, i: usize) -> bool {
    ["so", "bo", "cuc", "ban"].iter().any(|w| t.is_word(i, w))
        && text[t.orig(i, i + 1)].starts_with(char::is_uppercase)
        && directive_word(t, i + 1).is_some()
}

/// Kinds of documents a report makes the speaker: "Công điện yêu cầu …", "Chỉ thị giao …".
const SPEAKING_DOCUMENTS: &[&str] = &[
    "cong dien",
    "chi thi",
    "cong van",
    "van ban",
    "ke hoach",
    "thong bao",
    "quyet dinh",
    "nghi quyet",
    "ket luan",
    "huong dan",
];

/// "Công điện yêu cầu UBND huyện …", "Chỉ thị số 01/CT-UBND ngày 7/1/2026 cũng giao …": a news
/// report lets the document speak for whoever signed it. Where its directive word starts.
/// "… đề nghị lực lượng tham gia bảo vệ ANTT ở cơ sở tiếp tục nâng cao …": after a directive,
/// whom it names in lower case, a few words the reader knows no kind of, up to the modal that
/// opens their work. Not the public ("người dân", "nhân dân"), whom no one follows up.
fn named_to_modal(text: &str, t: &Tokens, k: usize) -> Option<(agencies::Agency, usize)> {
    const OPENERS: &[&str] = &["tiep tuc", "khan truong", "chu dong", "tap trung", "nghiem tuc"];
    let modal = (k + 2..(k + 12).min(t.len()))
        .take_while(|&m| t.kind(m - 1) == Some(Kind::Word))
        .find(|&m| OPENERS.iter().any(|o| t.count_words(m, o).is_some()))?;
    let lower = !text[t.orig(k, k + 1)].starts_with(char::is_uppercase);
    // Nor "các đồng chí", a courtesy to whom the letter is addressed.
    let public = ["nguoi", "nhan dan", "ba con", "ho dan", "cac dong chi", "dong chi"]
        .iter()
        .any(|w| t.count_words(k, w).is_some());
    // "… chỉ đạo và đôn đốc các doanh nghiệp … có phương án …": more of the directive.
    let directs = (k..modal).any(|m| directive_word(t, m).is_some() || t.count_words(m, "don doc").is_some());
    if !lower || public || directs || t.is_word(k, "va") || agencies::verb_at(text, t, k) || starts_task(t, k)
    {
        return None;
    }
    let range = t.orig(k, modal);
    let name = agencies::initial_capital(text[range.clone()].trim());
    Some((agencies::Agency { name, range, group: true }, modal))
}

/// "NHNN đề nghị các Bộ, cơ quan …": a body by an abbreviation the reader does not know, then
/// its directive; where the directive is.
fn abbreviation_speaks(text: &str, t: &Tokens, i: usize) -> Option<usize> {
    let k = if t.is_word(i + 1, "da") { i + 2 } else { i + 1 };
    (agencies::capitals(text, t, i) >= 3 && directive_word(t, k).is_some()).then_some(k)
}

fn document_speaks(text: &str, t: &Tokens, i: usize) -> Option<usize> {
    let mut k = i + SPEAKING_DOCUMENTS.iter().filter_map(|d| t.count_words(i, d)).max()?;
    // Its number and date: "số 1543/CĐ-CTUBND", "ngày 23/5/2019"; capitals, digits and marks.
    for opener in ["so", "ngay"] {
        if t.is_word(k, opener) {
            k += 1;
            while k < t.len()
                && (matches!(t.kind(k), Some(Kind::Number))
                    || matches!(t.kind(k), Some(Kind::Mark(c)) if c != ',')
                    || ["thang", "nam"].iter().any(|w| t.is_word(k, w))
                    || text[t.orig(k, k + 1)].starts_with(char::is_uppercase))
            {
                k += 1;
            }
        }
    }
    for word in ["nay", "tren", "cung"] {
        if t.is_word(k, word) {
            k += 1;
        }
    }
    directive_word(t, k).map(|_| k)
}

/// "Giao", "Yêu cầu", "Đề nghị" at `i`: its length. Not "giáo viên", "giáo dục", "giao dịch",
/// whose first word folds the same.
fn directive_word(t: &Tokens, i: usize) -> Option<usize> {
    let other = t.is_word(i, "giao")
        && ["vien", "duc", "dich", "thong", "trinh", "luu", "nhan"].iter().any(|w| t.is_word(i + 1, w));
    DIRECTIVES.iter().filter_map(|d| t.count_words(i, d)).max().filter(|_| !other)
}

/// The first comma in tokens `from..end` that a directive word follows: the end of the grounds
/// or the purpose before it ("Căn cứ …, yêu cầu …", "Để … , đề nghị …").
fn comma_before_directive(t: &Tokens, from: usize, end: usize) -> Option<usize> {
    (from..end).find(|&k| t.is_mark(k, ',') && directive_word(t, skip_marks(t, k + 1)).is_some())
}

/// "Thực hiện Nghị định số 94/2022/NĐ-CP … (grounds of any length), Bộ Tài chính đề nghị …":
/// the comma before a body that directs.
fn comma_before_speaker(text: &str, t: &Tokens, from: usize, end: usize) -> Option<usize> {
    (from..end).find(|&k| {
        t.is_mark(k, ',')
            && (abbreviation_speaks(text, t, skip_marks(t, k + 1)).is_some_and(|at| {
                agencies::agency_at(text, t, skip_marks(t, at + directive_word(t, at).unwrap_or(0))).is_some()
            }) || agencies::agency_at(text, t, skip_marks(t, k + 1)).is_some_and(|(speaker, after)| {
                let at = skip_marks(t, after);
                let at = t.count_words(at, "tran trong").map_or(at, |n| at + n);
                // "…, các Ban chỉ đạo địa phương phòng chống dịch": a name, not a speaker; one
                // who directs names whom.
                !speaker.group
                    && SPEAKER_DIRECTIVES.iter().filter_map(|d| t.count_words(at, d)).max().is_some_and(|n| {
                        let whom = skip_marks(t, at + n);
                        t.is_mark(at + n, ':') || agencies::agency_at(text, t, whom).is_some()
                    })
            }))
    })
}

/// "Thực hiện Kết luận … của Bộ Chính trị, Ban Bí thư, Ban Chỉ đạo thực hiện sắp xếp … yêu cầu
/// các đồng chí Bộ trưởng … thực hiện các nội dung sau:": grounds and a speaker whose name the
/// reader cannot bound, then a directive to someone named that opens the points below. The
/// token before the last such directive, to read on from it.
fn directive_closing_grounds(
    text: &str,
    t: &Tokens,
    from: usize,
    end: usize,
    addressed: impl Fn(usize) -> bool,
) -> Option<usize> {
    if !text[t.orig(from, end)].trim_end().ends_with(':') {
        return None;
    }
    (from + 1..end)
        .rev()
        .find(|&k| {
            t.kind(k - 1) == Some(Kind::Word)
                && directive_word(t, k).is_some()
                && directive(t, k).is_some_and(&addressed)
        })
        .map(|k| k - 1)
}

/// Where the assignee starts after a directive at or near `i`: "Giao …", "Yêu cầu …", "Đề
/// nghị …", or a speaker's "Phó Thủ tướng yêu cầu …", "đồng chí Chủ tịch … chỉ đạo …".
fn directive(t: &Tokens, i: usize) -> Option<usize> {
    // "yêu cầu đối với Sở …": the addressee after "đối với".
    let addressee = |j: usize| {
        let j = skip_marks(t, j);
        t.count_words(j, "doi voi").map_or(j, |n| j + n)
    };
    if let Some(n) = directive_word(t, i) {
        return Some(addressee(i + n));
    }
    // "Phân công Phó Thủ tướng Lê Minh Khái sớm tổ chức cuộc họp …": whom it assigns, when
    // someone follows (the reader tries); "phân công, bố trí cán bộ trực" is work itself.
    if t.count_words(i, "phan cong").is_some() && !t.is_mark(i + 2, ',') {
        return Some(i + 2);
    }
    let at = |j: usize| {
        let other = t.is_word(j, "giao") && directive_word(t, j).is_none();
        SPEAKER_DIRECTIVES.iter().filter_map(|d| t.count_words(j, d)).max().filter(|_| !other)
    };
    // A speaker: a holder of office, "đồng chí …", the people's committee; then the directive.
    let speaker = [
        "chu tich",
        "pho chu tich",
        "thu tuong",
        "pho thu tuong",
        "dong chi",
        // "ông Hoan giao Sở Nội vụ …": a news report names the speaker.
        "ong",
        "truong ban",
        "ubnd tinh",
        "uy ban nhan dan tinh",
        "ubnd tp",
        "ubnd thanh pho",
        "uy ban nhan dan thanh pho",
        "ban chi dao",
        // "Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh …": a council's resolution.
        "hoi dong nhan dan tinh",
        "hdnd tinh",
        "chinh phu",
        "ban thuong vu",
        // The Party's and the Assembly's bodies: "Bộ Chính trị yêu cầu cấp uỷ, tổ chức đảng, …".
        "bo chinh tri",
        "ban bi thu",
        "ban chap hanh",
        "quoc hoi",
        "tinh uy",
        "thanh uy",
        // "Thành phố yêu cầu UBND huyện …", "Tỉnh yêu cầu các sở …": a report names the
        // province or city for its government.
        "thanh pho",
        "tinh",
    ]
    .iter()
    .filter_map(|w| t.count_words(i, w))
    .max()
    // "Tổng cục trưởng đề nghị toàn Ngành …": a head by the title alone, naming no office.
    .or_else(|| {
        ["tong cuc truong", "cuc truong"].iter().filter_map(|w| t.count_words(i, w)).max().filter(|&n| {
            // "Tổng cục trưởng Nguyễn Văn Cẩn yêu cầu …": the holder's name between (not the
            // office: "Cục trưởng các Cục Thuế chỉ đạo …").
            !["cac", "cuc", "tong", "chi"].iter().any(|w| t.is_word(i + n, w))
                && (i + n..(i + n + 5).min(t.len()))
                    .take_while(|&k| t.kind(k) == Some(Kind::Word))
                    .any(|k| SPEAKER_DIRECTIVES.iter().any(|d| t.count_words(past_also(t, k), d).is_some()))
        })
    });
    let limit = (i + 16).min(t.len());
    // "Theo Thông báo 393/TB-UBND nêu yêu cầu đối với Sở …": demands on an addressee, whoever
    // states them.
    let Some(speaker) = speaker else {
        return (i + 1..limit)
            .find_map(|j| t.count_words(j, "yeu cau doi voi").map(|n| skip_marks(t, j + n)));
    };
    // "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chỉ đạo các ngành …": every province's
    // chair, addressed; one who speaks is one.
    if ["ubnd cac", "uy ban nhan dan cac", "hdnd cac", "hoi dong nhan dan cac"]
        .iter()
        .any(|w| t.count_words(i + speaker, w).is_some())
    {
        return None;
    }
    // Past the speaker's own words: "Ban Chỉ đạo … yêu cầu" directs at "yêu cầu", not "chỉ đạo".
    // A body's long name, with what it is called after ("Ban Chỉ đạo của Chính phủ về sắp xếp
    // … (sau đây viết là Ban Chỉ đạo) yêu cầu …"), runs to its first comma.
    let mut depth = 0usize;
    let mut outside = 0;
    let mut past = false;
    for j in i + speaker..t.len() {
        if t.is_mark(j, '(') {
            depth += 1;
        } else if t.is_mark(j, ')') {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            // "Chủ tịch UBND tỉnh đã ban hành Công văn … chỉ đạo Sở …": what was done.
            past |= t.is_word(j, "da");
            if j >= limit && past {
                return None;
            }
            if let Some(n) = at(j) {
                return Some(addressee(j + n));
            }
            outside += 1;
            let clause_mark = [',', ';', '.', ':'].iter().any(|&m| t.is_mark(j, m));
            if j >= limit && clause_mark || outside > 40 {
                return None;
            }
        }
    }
    None
}

/// Where the clause goes on after a person named first ("Đại tá Nguyễn Hữu Lâm, Giám đốc Công
/// an tỉnh …", "Đồng chí Hoàng Minh Đức, …"): after the name and its comma, if an office
/// follows.
fn person_at_start(text: &str, t: &Tokens, i: usize) -> Option<usize> {
    const TITLES: &[&str] = &[
        "dong chi",
        "ong",
        "ba",
        "dai ta",
        "thuong ta",
        "trung ta",
        "thieu ta",
        "thieu tuong",
        "trung tuong",
    ];
    let j = TITLES.iter().filter_map(|w| t.count_words(i, w)).max().map_or(i, |n| i + n);
    let n = agencies::person_len(text, t, j)?;
    let after = j + n;
    (t.is_mark(after, ',') && agencies::agency_at(text, t, after + 1).is_some()).then_some(after + 1)
}

/// The subjects at `i`: agencies by their shape, or units the committee registered. The body
/// that speaks ("UBND tỉnh xác định …", "Ban Chỉ đạo thống nhất …") is no subject of a task;
/// "các đơn vị" after named units are those units.
fn subject_at(
    text: &str,
    t: &Tokens,
    i: usize,
    names: Names<'_>,
    cx: Context<'_>,
    current: Option<&[Lead]>,
) -> Option<(Vec<Lead>, usize)> {
    let (agencies, end) = agencies::list_at(text, t, i)
        .or_else(|| {
            // "Thành phố Hồ Chí Minh, tỉnh Lâm Đồng": places one after another.
            let (first, mut end) = agencies::place_at(text, t, i)?;
            let mut places = vec![first];
            // "Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai": then other bodies.
            loop {
                let mut j = end;
                if t.is_mark(j, ',') {
                    j += 1;
                }
                if t.is_word(j, "va") {
                    j += 1;
                }
                if j == end {
                    break;
                }
                if let Some((next, after)) = agencies::place_at(text, t, j) {
                    places.push(next);
                    end = after;
                    continue;
                }
                if let Some((more, after)) = agencies::list_at(text, t, j) {
                    places.extend(more);
                    end = after;
                }
                break;
            }
            Some((places, end))
        })
        .or_else(|| the_province(text, t, i, names))?;
    let (agencies, end) = agencies::cut_to_known(text, t, agencies, end, names.known);
    let (agencies, end) = agencies::named_to_role(text, t, agencies, end);
    // "Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh (PCTT&TKCN) đề nghị …": the
    // body's short name in brackets, then what it does.
    let end = match (end + 1..(end + 10).min(t.len())).find(|&k| t.is_mark(k, ')')) {
        Some(close)
            if t.is_mark(end, '(')
                && close > end + 1
                && (end + 1..close).all(|k| {
                    t.kind(k) == Some(Kind::Number)
                        || matches!(t.kind(k), Some(Kind::Mark('&' | '-' | '.' | '/')))
                        || t.kind(k) == Some(Kind::Word)
                            && text[t.orig(k, k + 1)].chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
                }) =>
        {
            close + 1
        }
        _ => end,
    };
    let (agencies, end) = qualified(text, t, agencies, end);
    // The issuer speaks where it directs ("Tổng cục Thuế yêu cầu …"); its own work
    // ("Văn phòng Chính phủ theo dõi, đôn đốc …") is work.
    let directs = SPEAKER_DIRECTIVES
        .iter()
        .chain(&["tran trong"])
        .filter_map(|d| t.count_words(skip_marks(t, end), d))
        .max();
    if let Some(n) = directs
        && agencies.iter().any(|a| issues(&a.name, names.issuer))
    {
        // "Bộ Khoa học và Công nghệ giao Cục Chuyển đổi số quốc gia …": whom the issuer directs.
        let after = skip_marks(t, skip_marks(t, end) + n);
        // "… yêu cầu đồng chí Cục trưởng … chỉ đạo …": the courtesy is no speaker here.
        return directive(t, after)
            .and_then(|d| subject_at(text, t, d, names, cx, current))
            .or_else(|| subject_at(text, t, after, names, cx, current));
    }
    // The speaker first speaks; later in a list of addressees it is its members ("…, Tổ đại
    // biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh giám sát …" in the
    // council's own resolution), already among the others.
    if agencies.first().is_some_and(|a| is_speaker(&a.name, names)) {
        return None;
    }
    let agencies: Vec<Agency> = agencies.into_iter().filter(|a| !is_speaker(&a.name, names)).collect();
    let mut leads = Vec::new();
    for agency in &agencies {
        if agency.group
            && is_generic(&agency.name)
            && let Some(current) = current
        {
            leads.extend(current.iter().cloned());
        } else if agency.group
            && is_generic(&agency.name)
            && let Some(before) = names.addressees
        {
            // Said paragraphs later, "các đơn vị" stands for the agencies named before it: each
            // is a lead under its own name, as a secretary would enter it.
            leads.extend(before.iter().map(|l| Lead { refers: true, ..l.clone() }));
        } else {
            let found = lead_of(agency, names.units, cx.today);
            if found.is_empty() && agency.group {
                leads.extend(concerned(agency, names.units, cx.today));
            }
            leads.extend(found);
        }
    }
    // "Giám đốc Sở, Thủ trưởng ban, ngành": two names of one group are one lead.
    let mut seen = Vec::new();
    leads.retain(|l| {
        let new = !seen.contains(&l.assignee) || matches!(l.assignee, Assignee::Unknown(_));
        seen.push(l.assignee.clone());
        new
    });
    (!leads.is_empty()).then_some((leads, end))
}

/// "Các doanh nghiệp công nghệ số | tăng cường …", "Cơ quan thuế các cấp | đẩy mạnh …", "Các
/// sở, ban, ngành sau sắp xếp, sáp nhập | rà soát …": which of a kind, said between its name and
/// the verb, belongs to the name, not to the work.
fn qualified(text: &str, t: &Tokens, mut agencies: Vec<Agency>, end: usize) -> (Vec<Agency>, usize) {
    // Words that open something other than a name's qualifier: the grounds or time of the work
    // ("theo …", "căn cứ …", "trong tháng 10"), what it was ("đã", "được"), another subject.
    const NOT_QUALIFIER: &[&str] = &[
        "theo",
        "can cu",
        "tren co so",
        "trong",
        "truoc",
        "sau khi",
        "khi",
        "neu",
        "de",
        "nham",
        "tai",
        "tu",
        "den",
        "va",
        "hoac",
        "la",
        "duoc",
        "se",
        "chua",
        "khong",
        "co",
        "cung",
        "voi",
        "cua",
        "ve",
        "do",
        "nay",
        "tren",
        "nhu",
        "thi",
        "moi",
        "deu",
        "van",
        "con",
        "can",
        "phai",
        "nhat",
        "ngoai ra",
        "dac biet",
        "rieng",
        "tuy",
        "khan",
        "kip",
        "tiep",
        "som",
        "doi voi",
        "ket hop",
        "lam",
        // How the verb is done, before it: "liên tục ra quân", "kiên quyết xử lý".
        "lien tuc",
        "dong loat",
        "kien quyet",
        "cuong quyet",
        "nghiem",
        "triet de",
        "tuyet doi",
        "luon",
        "chat che",
        "sat sao",
        "sau sat",
        "toan dien",
        "dong bo",
        "hieu qua",
        "manh me",
        "nhanh",
        "gap",
        // Verbs that are not the work's own, a name never holds: "quyết định thành lập", "tập
        // hợp kết quả", "cụ thể hoá để …".
        "quyet dinh",
        "tap hop",
        "cu the",
        "ap dung",
        "vua",
        "thuoc",
        "lien quan",
        "vui long",
        "xuat cap",
        // "các đơn vị cho ý kiến …" (give).
        "cho",
    ];
    let Some(last) = agencies.last() else { return (agencies, end) };
    // "Chi cục Hải quan nơi lưu giữ hàng hóa | phân công …": which office, by where the goods
    // or the papers are; the verb after "nơi" is the clause's own.
    // (Not "Hà Nội".)
    let at_noi = |k: usize| agencies::said(text, t, k, "nơi").is_some();
    let place = end > 0 && at_noi(end - 1) || at_noi(end);
    // "Cơ quan thuế", not "Cơ quan Hải quan": a kind, not a body's name.
    let kind = place
        || last.group
        || ["co quan ", "co so "].iter().any(|k| fold(&last.name).starts_with(k))
            && last.name.split_whitespace().nth(2).is_some_and(|w| w.starts_with(char::is_lowercase));
    let opens_other = |k: usize| {
        t.kind(k) != Some(Kind::Word)
            // "Cơ quan Hải quan chỉ tiếp nhận …" (only), "… xã cử đại diện" (send); a time
            // (not "phía Nam").
            || ["chỉ", "cử", "đã", "đang", "năm", "ngày", "tháng", "quý"]
                .iter()
                .any(|w| agencies::said(text, t, k, w).is_some())
            // "… nhà thầu thi công | các công trình": the work's object, not which builders.
            || t.is_word(k, "cac") && !t.is_word(k + 1, "cap")
            || NOT_QUALIFIER.iter().any(|w| t.count_words(k, w).is_some())
            || starts_task(t, k)
            || agencies::verb_at(text, t, k)
            || directive(t, k).is_some()
            || speaker_directive(t, k).is_some()
            || MODALS.iter().chain(ADVERBS).any(|m| t.count_words(k, m).is_some())
    };
    // "Các Tập đoàn, Tổng Công ty nhà nước, doanh nghiệp xuất khẩu": one more of the kind after
    // the list's comma.
    let from = if t.is_mark(end, ',') { end + 1 } else { end };
    // A verb after "các", "mọi", "sau", "nơi" is a noun ("các cấp", "sau sắp xếp, sáp nhập"),
    // and so are the verbs listed after it.
    let noun =
        |k: usize| ["cac", "moi", "sau", "viec", "nha"].iter().any(|w| t.is_word(k - 1, w)) || at_noi(k - 1);
    if !kind || from >= t.len() || opens_other(from) && !(place && noun(from) && starts_task(t, from)) {
        return (agencies, end);
    }
    // "sáp nhập", "sát nhập" (merge) listed after such a noun, not "nhập" (enter).
    let merges = |k: usize| ["sap nhap", "sat nhap"].iter().find_map(|w| t.count_words(k, w));
    let mut nouns = false;
    // The verb within a few words, with no more than commas between.
    let mut k = from;
    while k < (from + if place { 10 } else { 7 }).min(t.len()) {
        let verb =
            starts_task(t, k) || MODALS.iter().any(|m| t.count_words(k, m).is_some()) || merges(k).is_some();
        if t.is_mark(k, ',') {
            if opens_other(k + 1) && !(nouns && starts_task(t, k + 1)) {
                return (agencies, end);
            }
        } else if t.kind(k) != Some(Kind::Word) || !verb && opens_other(k) {
            return (agencies, end);
        } else if verb && (noun(k) || nouns && t.is_mark(k - 1, ',')) {
            nouns = true;
            k += TASK_VERBS.iter().filter_map(|v| t.count_words(k, v)).chain(merges(k)).max().unwrap_or(1);
            continue;
        } else if verb {
            if t.is_mark(k - 1, ',') {
                return (agencies, end);
            }
            let last = agencies.last_mut().expect("checked above");
            last.range.end = t.orig(k - 1, k).end;
            last.name = text[last.range.clone()].to_string();
            return (agencies, k);
        }
        k += 1;
    }
    (agencies, end)
}

/// "Tỉnh tổ chức thực hiện …", "Tỉnh căn cứ …": in a central document about a province, the
/// province it is about (as the text names it most), "Tỉnh" as written when it names none.
fn the_province(text: &str, t: &Tokens, i: usize, names: Names<'_>) -> Option<(Vec<Agency>, usize)> {
    if names.committee_speaks {
        return None;
    }
    let n = province_word(text, t, i)?;
    let name = names.place.map_or_else(|| text[t.orig(i, i + n)].to_string(), str::to_string);
    Some((vec![Agency { name, range: t.orig(i, i + n), group: false }], i + n))
}

/// "Tỉnh" or "Thành phố", capitalised and named by no name after it, before the work it is to
/// do; its length.
fn province_word(text: &str, t: &Tokens, i: usize) -> Option<usize> {
    let n = agencies::said(text, t, i, "tỉnh").or_else(|| agencies::said(text, t, i, "thành phố"))?;
    let capital = text[t.orig(i, i + 1)].starts_with(char::is_uppercase);
    let named =
        t.kind(i + n) == Some(Kind::Word) && text[t.orig(i + n, i + n + 1)].starts_with(char::is_uppercase);
    // "Tỉnh căn cứ các quy định hiện hành để sắp xếp …": its grounds, then the verb.
    let acts = starts_task(t, i + n) || t.count_words(i + n, "can cu").is_some();
    (capital && !named && agencies::agency_at(text, t, i).is_none() && acts).then_some(n)
}

/// Whether an agency issued the document, by its initials among the number's codes: "Tổng cục
/// Thuế" is "TCT" in "4302/TCT-TTr", "Bộ Nội vụ" "BNV", "Bộ Lao động - Thương binh và Xã hội"
/// "LĐTBXH" (a ministry's code may leave out its "Bộ").
fn issues(name: &str, codes: Option<&str>) -> bool {
    let Some(codes) = codes else { return false };
    let initials: String = name
        .split([' ', '-', ','])
        .filter(|w| !w.is_empty() && *w != "và")
        .filter_map(|w| w.chars().next())
        .collect();
    let initials = fold(&initials);
    if initials.chars().count() < 2 {
        return false;
    }
    let unministered = initials.strip_prefix('b').unwrap_or(&initials);
    codes.split(['-', '/']).map(fold).any(|c| c == initials || c == unministered && unministered.len() >= 3)
}

/// The body a notice speaks for: its own words about itself are no task.
fn is_speaker(name: &str, names: Names<'_>) -> bool {
    let f = fold(name);
    let province = matches!(f.as_str(), "ubnd tinh" | "uy ban nhan dan tinh");
    // In a province's document "Ủy ban nhân dân thành phố" is one of its cities.
    let city =
        matches!(f.as_str(), "ubnd tp" | "ubnd thanh pho" | "uy ban nhan dan thanh pho") && !names.provincial;
    (province || city) && names.committee_speaks
        || matches!(
            f.as_str(),
            "ban chi dao" | "chinh phu" | "ban chi dao tinh" | "hoi dong nhan dan tinh" | "hdnd tinh"
        )
}

/// After a subject: "chủ trì", "phối hợp với …", "khẩn trương", "có trách nhiệm": the co-units
/// named, and where the verb phrase starts.
fn role(
    text: &str,
    t: &Tokens,
    mut j: usize,
    names: Names<'_>,
    date: chrono::NaiveDate,
) -> (Vec<Lead>, usize) {
    let mut co = Vec::new();
    loop {
        // "Công an tỉnh (cơ quan thường trực Tổ công tác Đề án 06) chủ trì": what stands in
        // brackets after a name describes it.
        if t.is_mark(j, '(') {
            let mut depth = 0;
            while j < t.len() {
                if t.is_mark(j, '(') {
                    depth += 1;
                } else if t.is_mark(j, ')') {
                    depth -= 1;
                    if depth == 0 {
                        j += 1;
                        break;
                    }
                }
                j += 1;
            }
        }
        j = skip_marks(t, j);
        // "Sở Thông tin và Truyền thông được Ủy ban nhân dân tỉnh giao chủ trì …": a news
        // report's passive; the body that assigns is no co-unit.
        if t.is_word(j, "duoc")
            && let Some((_, after)) = agencies::list_at(text, t, j + 1)
            && t.is_word(after, "giao")
        {
            j = after + 1;
            continue;
        }
        // "theo chức năng, nhiệm vụ, quyền hạn được giao", "căn cứ chức năng, nhiệm vụ và thẩm
        // quyền quản lý": "each within its remit" opens the work and stays with it, commas and
        // all.
        if mandate(t, j).is_some() {
            break;
        }
        // "căn cứ nhiệm vụ được giao tại Phụ lục, xây dựng …", "theo chức năng, nhiệm vụ được
        // giao, …": the grounds before the verb ("căn" is not the modal "cần").
        // "căn cứ các quy định hiện hành để sắp xếp …": the work after "để".
        if ["can cu", "tren co so"].iter().any(|w| t.count_words(j, w).is_some())
            && let Some(to) = (j + 2..(j + 16).min(t.len()))
                .take_while(|&k| !matches!(t.kind(k), Some(Kind::Mark(_))))
                .find(|&k| agencies::said(text, t, k, "để").is_some())
            && starts_task(t, to + 1)
        {
            j = to + 1;
            continue;
        }
        if ["can cu", "tren co so", "theo chuc nang"].iter().any(|w| t.count_words(j, w).is_some())
            && let Some(comma) = (j + 2..(j + 30).min(t.len()))
                .find(|&k| t.is_mark(k, ',') && !["nhiem", "quyen"].iter().any(|w| t.is_word(k + 1, w)))
            && starts_task(t, comma + 1)
        {
            j = comma + 1;
            continue;
        }
        // "cần", not "căn cứ Kế hoạch này xây dựng …".
        // "tập trung cao nhất để …": the verb itself, its degree after it.
        // "tập trung nhân lực, phương tiện …": what is gathered.
        let degree = [
            "cao nhat",
            "toi da",
            "moi nguon luc",
            "nguon luc",
            "nhan luc",
            "luc luong",
            "phuong tien",
            "cao",
        ]
        .iter()
        .any(|d| t.count_words(j, "tap trung").is_some_and(|n| t.count_words(j + n, d).is_some()));
        // "chủ trì các buổi làm việc", "chủ trì hội nghị": what is chaired, the verb itself.
        let chairs = t.count_words(j, "chu tri").is_some_and(|n| {
            ["cac buoi", "buoi", "hoi nghi", "cuoc hop", "phien hop", "hop"]
                .iter()
                .any(|w| t.count_words(j + n, w).is_some())
        });
        // "Bộ Xây dựng cũng được giao …": "also", before the modal (not "cùng", "cung cấp").
        if agencies::said(text, t, j, "cũng").is_some() {
            j += 1;
            continue;
        }
        if let Some(n) = MODALS
            .iter()
            .filter(|m| **m != "can" || agencies::said(text, t, j, "cần").is_some())
            .filter_map(|m| t.count_words(j, m))
            .max()
            .filter(|_| !degree && !chairs)
        {
            j += n;
            continue;
        }
        // "căn cứ Kế hoạch này xây dựng …": the grounds, up to the verb.
        if agencies::said(text, t, j, "căn cứ").is_some()
            && let Some(verb) = (j + 2..(j + 16).min(t.len())).find(|&k| starts_task(t, k))
        {
            j = verb;
            continue;
        }
        // "phối hợp với …", "phối hợp cùng …", or straight before the name: "phối hợp Sở Nội vụ";
        // "chủ trì, cùng với Bộ Công an …".
        let named_after = |n: &usize| agencies::agency_at(text, t, j + n).is_some();
        let with = t
            .count_words(j, "phoi hop voi")
            .or_else(|| t.count_words(j, "phoi hop cung"))
            .or_else(|| t.count_words(j, "phoi hop").filter(named_after))
            .or_else(|| t.count_words(j, "cung voi").filter(named_after));
        if let Some(n) = with {
            let (named, mut after) = co_list(text, t, j + n, names, date);
            // "phối hợp với Chính phủ hoàn thiện …", "… với cơ quan thuế và các đơn vị liên quan
            // hướng dẫn …": whom it works with, named or not, runs to the verb of the work.
            if !starts_task(t, skip_marks(t, after))
                && let Some(verb) = (after..(after + 12).min(t.len()))
                    .take_while(|&k| !matches!(t.kind(k), Some(Kind::Mark('.' | ';' | ':' | '('))))
                    .find(|&k| k > after && starts_task(t, k))
            {
                after = verb;
            }
            co.extend(named);
            j = after;
            continue;
        }
        // "Sở Nội vụ: là cơ quan thường trực về cải cách hành chính, tham mưu …": what the
        // subject is, before what it is to do.
        if t.is_word(j, "la")
            && let Some(comma) = (j..(j + 24).min(t.len())).find(|&k| t.is_mark(k, ','))
            && starts_task(t, comma + 1)
        {
            j = comma + 1;
            continue;
        }
        // "ngoài những nhiệm vụ được giao tại Kế hoạch …, tập trung …": an aside before the verb.
        if t.is_word(j, "ngoai")
            && let Some(comma) = (j..(j + 30).min(t.len())).find(|&k| t.is_mark(k, ','))
        {
            j = comma + 1;
            continue;
        }
        // "… phối hợp với … và các cơ quan có liên quan | chủ động …": what the list's last
        // group is, not the verb.
        if let Some(n) =
            ["có liên quan", "liên quan"].iter().filter_map(|w| agencies::said(text, t, j, w)).max()
        {
            j += n;
            continue;
        }
        // "… và các cơ quan liên quan": said of the co-units, not a task.
        if t.is_word(j, "va") && t.is_word(j + 1, "cac") {
            let mut k = j + 2;
            while k < t.len() && !t.is_mark(k, ',') && !t.is_word(k, "lien") {
                k += 1;
            }
            if t.is_word(k, "lien") && t.is_word(k + 1, "quan") {
                j = k + 2;
                continue;
            }
        }
        break;
    }
    (co, j)
}

/// The agencies after "phối hợp với", and the token after them.
fn co_list(
    text: &str,
    t: &Tokens,
    i: usize,
    names: Names<'_>,
    date: chrono::NaiveDate,
) -> (Vec<Lead>, usize) {
    match agencies::list_at(text, t, i).map(|(a, end)| agencies::cut_to_known(text, t, a, end, names.known)) {
        Some((agencies, end)) => (agencies.iter().flat_map(|a| lead_of(a, names.units, date)).collect(), end),
        None => (Vec::new(), i),
    }
}

/// "phối hợp với Ngân hàng Nhà nước chi nhánh tỉnh hỗ trợ …" inside the verb phrase.
fn co_units_within(
    text: &str,
    t: &Tokens,
    from: usize,
    names: Names<'_>,
    date: chrono::NaiveDate,
) -> Vec<Lead> {
    let mut out = Vec::new();
    for j in from..t.len() {
        if let Some(n) = t.count_words(j, "phoi hop voi") {
            out.extend(co_list(text, t, j + n, names, date).0);
        }
    }
    out
}

/// A clause starts with a verb of doing: "báo cáo kết quả …", "Hướng dẫn các bộ …".
/// Whether a paragraph opens on a verb of work ("Tiến hành rà soát …").
pub(super) fn opens_on_task(text: &str) -> bool {
    opens_on_verb(text, &Tokens::new(text))
}

fn opens_on_verb(text: &str, t: &Tokens) -> bool {
    starts_task(t, 0) || agencies::verb_at(text, t, 0)
}

/// Whether a paragraph goes on from the one before ("Đồng thời …", "Ngoài ra, …", "Bên cạnh
/// đó, …"): `Some(true)` when it names no one ("Đồng thời thông tin, tuyên truyền …": more work
/// for the same agencies), `Some(false)` when it names someone ("Đồng thời, các đơn vị phải …":
/// "các đơn vị" are those agencies).
pub(super) fn goes_on(text: &str) -> Option<bool> {
    let t = Tokens::new(text);
    let n = continues(&t)?;
    Some(!subject_or_directive(text, &t, n))
}

/// A paragraph that opens on a verb of work with no subject of its own and reads as a sentence
/// ("Khẩn trương xây dựng cơ sở dữ liệu …;" under "… chỉ đạo Bộ Xây dựng …"): in a report,
/// more work for whom the paragraph before gave work to. A headline ends with no stop.
pub(super) fn more_work(text: &str) -> bool {
    let t = Tokens::new(text);
    // "Chuyển đổi số không phải là việc riêng …": a statement, its verb "là".
    let statement = (0..t.len().min(10)).any(|k| agencies::said(text, &t, k, "là").is_some());
    text.trim_end().ends_with(['.', ';'])
        && starts_task(&t, 0)
        && !statement
        && !subject_or_directive(text, &t, 0)
}

/// "Đồng thời", "Ngoài ra", "Bên cạnh đó", "Đặc biệt" at the start: more of the same.
fn continues(t: &Tokens) -> Option<usize> {
    // "Cụ thể như tập trung thực hiện …" after "… yêu cầu Sở … thực hiện một số nhiệm vụ trọng tâm.".
    [
        "dong thoi",
        "ngoai ra",
        "ben canh do",
        "song song do",
        "song song voi do",
        "cung voi do",
        "dac biet",
        "cu the nhu",
        "cu the la",
        "cu the",
    ]
    .iter()
    .filter_map(|w| t.count_words(0, w))
    .max()
}

/// Whether a paragraph after a request ending in ':' ("… yêu cầu Chủ tịch UBND các xã, Ban chỉ
/// huy … thực hiện một số nội dung gồm:") is one of its points: it opens on a verb of work,
/// or at least on no subject, topic, date or person of its own ("Cấm các loại tàu thuyền …"),
/// and reads as a sentence.
pub(super) fn under_request(text: &str) -> bool {
    let t = Tokens::new(text);
    if opens_on_verb(text, &t) {
        return true;
    }
    let sentence = text.split_whitespace().count() >= 5
        && text.trim_end().ends_with(['.', ';'])
        && !text.trim_end().ends_with("./.");
    // "Sáu tháng đầu năm 2023, các cấp đã …": a period and what was done in it.
    let first = split(text, &['.', ',', ';']).into_iter().next().unwrap_or_default();
    let ft = Tokens::new(&first);
    let told = first.chars().any(|c| c.is_ascii_digit())
        || (0..ft.len()).any(|k| {
            // "Đây là nhiệm vụ trọng tâm …": what something is.
            ["đã", "đạt", "vẫn", "còn", "được", "là"]
                .iter()
                .any(|w| agencies::said(&first, &ft, k, w).is_some())
        });
    let own = subject_or_directive(text, &t, 0)
        || topic_at(text, &t, 0)
        || continues(&t).is_some()
        || agencies::person_len(text, &t, 0).is_some()
        || t.kind(0) != Some(Kind::Word)
        // "Ngoài các nhiệm vụ nêu trên, đề nghị …": a subject after a topic.
        || (0..t.len().min(24)).find(|&k| t.is_mark(k, ',')).is_some_and(|c| subject_or_directive(text, &t, c + 1))
        || ["truoc do", "ngay", "hien nay", "tinh den", "nguon"].iter().any(|w| t.count_words(0, w).is_some());
    sentence && !own && !told
}

fn starts_task(t: &Tokens, i: usize) -> bool {
    let i = skip_marks(t, i);
    let modal = MODALS.iter().chain(ADVERBS).filter_map(|m| t.count_words(i, m)).max();
    let i = modal.map_or(i, |n| skip_marks(t, i + n));
    let verb = |k: usize| TASK_VERBS.iter().any(|v| t.count_words(k, v).is_some());
    // "định kỳ trước ngày 20 tháng cuối quý báo cáo …": when, between how often and the verb.
    verb(i)
        || modal.is_some()
            && (t.is_word(i, "truoc") || t.is_word(i, "vao"))
            && (i + 1..(i + 10).min(t.len()))
                .take_while(|&k| !matches!(t.kind(k), Some(Kind::Mark(_))))
                .any(verb)
}

/// A clause that only dates the work before it: "Hoàn thành trước ngày 30/9/2026", "thời hạn
/// hoàn thành trong Quý II năm 2023", "xong trước 15/9".
fn deadline_only(text: &str, t: &Tokens, i: usize, cx: Context<'_>) -> Option<(Deadline, String)> {
    if i >= t.len() {
        return None;
    }
    let rest = &text[t.orig(i, t.len())];
    let (deadline, range) = deadline::find(rest, cx)?;
    // "Thời hạn bàn giao mặt bằng sạch cho nhà thầu chậm nhất ngày 30/9/2026": a sentence that
    // opens on the word for a deadline dates the work, whatever else it names.
    // "Các báo cáo trên gửi Bộ Tư pháp trước ngày 05/12/2025": when the work's result is due.
    let j = if t.is_word(i, "cac") { i + 1 } else { i };
    let result = ["bao cao", "ket qua", "van ban", "ho so", "de xuat"]
        .iter()
        .filter_map(|w| t.count_words(j, w))
        .max()
        .map(|n| j + n)
        .map(|k| if t.is_word(k, "tren") || t.is_word(k, "nay") { k + 1 } else { k })
        .is_some_and(|k| t.is_word(k, "gui"));
    if result
        || ["thoi han", "thoi gian hoan thanh", "thoi gian thuc hien"]
            .iter()
            .any(|w| t.count_words(i, w).is_some())
    {
        return Some((deadline, deadline_words(&rest[range])));
    }
    let mut left = format!("{} {}", &rest[..range.start], &rest[range.end..]);
    // "báo cáo UBND tỉnh trước ngày 30/8": whom the result goes to adds no work.
    for agency in agencies::find_all(&left.clone()).iter().rev() {
        left.replace_range(agency.range.clone(), " ");
    }
    let mut words = format!(" {} ", fold(&left));
    for w in DEADLINE_WORDS.iter().chain(&["ve", "cho", "len", "toi", "den"]) {
        words = words.replace(&format!(" {w} "), " ");
    }
    let words: Vec<&str> = words.split_whitespace().collect();
    // "TP.HCM yêu cầu 5 đề án nhánh nêu trên hoàn thành trong quý 3/2021": the work named
    // before, by a reference back, after whoever asks it.
    let asked = (0..words.len().min(6).saturating_sub(1))
        .find(|&k| matches!((words[k], words[k + 1]), ("yeu", "cau") | ("de", "nghi") | ("chi", "dao")))
        .map_or(0, |k| k + 2);
    let named = &words[asked..];
    let refers = named.len() <= 8 && matches!(named.last(), Some(&"tren" | &"nay"));
    (words.is_empty() || refers).then(|| (deadline, deadline_words(&rest[range])))
}

/// The deadline's words without the finishing verb before them: "trước ngày 30/9/2026".
pub(super) fn deadline_words(found: &str) -> String {
    let mut s = found.trim();
    loop {
        let f = fold(s);
        let Some(w) =
            DEADLINE_WORDS.iter().find(|w| f.starts_with(*w) && f[w.len()..].starts_with([' ', ':']))
        else {
            break;
        };
        // Drop as many characters of the original as the folded word spans.
        let words = w.split(' ').count();
        let cut = s.split_whitespace().take(words).map(str::len).sum::<usize>() + words - 1;
        s = s[cut.min(s.len())..].trim_start_matches([':', ' ']);
    }
    s.trim_end_matches(['.', ',', ';', ' ']).to_string()
}

/// The verb phrase from token `i`, with the deadline cut out: the task's text and its deadline.
fn verb_phrase(text: &str, t: &Tokens, i: usize, cx: Context<'_>) -> (String, Option<(Deadline, String)>) {
    let span: Range<usize> = t.orig(i, t.len());
    let phrase = &text[span];
    let Some((deadline, range)) = latest_deadline(phrase, cx) else {
        return (clean(phrase), None);
    };
    let before = &phrase[..range.start];
    let after = &phrase[range.end..];
    // ", hoàn thành trước …" / ", trình trước …": the connector goes with the deadline.
    let before = strip_connector(before);
    let mut task = before.trim_end().trim_end_matches([',', ';', ' ']).to_string();
    let tail = after.trim().trim_start_matches([',', ';', ' ', ')']);
    if tail.split_whitespace().count() > 2 && !is_deadline_tail(tail) {
        task.push_str(", ");
        task.push_str(tail);
    }
    (clean(&task), Some((deadline, deadline_words(&phrase[range]))))
}

/// The deadline of a verb phrase: "… vận hành thử nghiệm trong tháng 9/2026, vận hành chính
/// thức trước ngày 15/11/2026" is done by the later date. The years in a document's name are
/// none ("Chiến lược … đến năm 2025, định hướng đến năm 2030"). A date after a purpose is the
/// next step's, someone else's: "báo cáo … qua Sở Giáo dục trước ngày 10/5 để tổng hợp, báo
/// cáo UBND tỉnh trước ngày 18/5" is due on 10/5.
fn latest_deadline(phrase: &str, cx: Context<'_>) -> Option<(Deadline, Range<usize>)> {
    // "… trong năm 2025 và chuyển sang năm 2026": a date a deadline word introduces ("trong",
    // "trước", "hoàn thành") wins over a bare one, as in [`deadline::find`].
    let bare = |r: &Range<usize>| {
        let f = fold(&phrase[r.clone()]);
        f.starts_with(|c: char| c.is_ascii_digit())
            || ["nam ", "thang ", "ngay ", "quy "].iter().any(|w| f.starts_with(w))
    };
    let mut best: Option<(Deadline, Range<usize>)> = None;
    let mut from = 0;
    while from < phrase.len() {
        let Some((next, r)) = deadline::find(&phrase[from..], cx) else { break };
        let r = from + r.start..from + r.end;
        // "… trước Thứ Tư ngày 03/12/2025 và tại các báo cáo định kỳ hằng tuần": the date
        // before the periodic reports is this work's.
        let (next, r) = match next {
            Deadline::Recurring(_) => match deadline::find(&phrase[from..r.start], cx) {
                Some((dated @ Deadline::On(_), d)) => (dated, from + d.start..from + d.end),
                _ => (next, r),
            },
            _ => (next, r),
        };
        let between = &phrase[from..r.start];
        from = r.end;
        if in_a_name(phrase, &r) {
            continue;
        }
        if best.is_some() && between.split(|c: char| !c.is_alphanumeric()).any(|w| w == "để") {
            break;
        }
        // "trước 17h00 thứ Sáu, ngày 24/4": the date that goes on from the phrase is its own.
        let goes_on =
            |kept: &Range<usize>| phrase[kept.end..r.start].chars().all(|c| c == ',' || c.is_whitespace());
        // "… thành lập đoàn công tác …, hoàn thành trong tháng 12 năm 2025, triển khai thực hiện
        // trong năm 2026": the date the work is to be finished by is its deadline; what follows
        // is the next step.
        let finished = |kept: &Range<usize>| {
            let f = fold(&phrase[kept.clone()]);
            f.starts_with("hoan thanh") || fold(&phrase[..kept.start]).trim_end().ends_with("hoan thanh")
        };
        best = match best {
            Some((_, ref kept)) if finished(kept) && !finished(&r) && !bare(&r) => best,
            Some((_, ref kept)) if bare(&r) && goes_on(kept) => Some((next, r)),
            Some((_, ref kept)) if bare(&r) && !bare(kept) => best,
            Some((_, ref kept)) if !bare(&r) && bare(kept) => Some((next, r)),
            Some((Deadline::On(a), _)) if matches!(next, Deadline::On(b) if b > a) => Some((next, r)),
            None => Some((next, r)),
            kept => kept,
        };
    }
    best
}

/// "… đến năm 2025, định hướng đến năm 2030", "… tầm nhìn đến năm 2045": the horizon of a
/// strategy or programme the clause names.
fn in_a_name(phrase: &str, range: &Range<usize>) -> bool {
    let before = fold(&phrase[..range.start]);
    let after = fold(&phrase[range.end..]);
    let before = before.trim_end();
    // "… làm việc liên tục tất cả các ngày trong tuần": how often, no deadline. "… ngay trong
    // Quý 4 năm 2025" (at once, within the quarter) names its period with a number.
    let days = before.ends_with(" ngay")
        && fold(&phrase[range.clone()]).starts_with("trong ")
        && !phrase[range.clone()].contains(|c: char| c.is_ascii_digit());
    days || ["dinh huong", "tam nhin"]
        .iter()
        .any(|w| before.ends_with(w) || after.trim_start_matches([',', ' ']).starts_with(w))
}

/// Words after a deadline that add nothing to the task ("để tổng hợp", "(gửi qua …)" are kept).
fn is_deadline_tail(tail: &str) -> bool {
    let f = fold(tail);
    f.starts_with("ke tu") || f.starts_with("tinh tu")
}

/// Drops a finishing verb left before a cut-out deadline: "…, hoàn thành" → "…"; and "từ" of
/// "… ra khơi từ 5h ngày 21/7" (with its mark: "đầu tư" keeps its "tư").
fn strip_connector(before: &str) -> &str {
    let trimmed = before.trim_end().trim_end_matches([',', ';', ' ']);
    if let Some(cut) = trimmed.strip_suffix(" từ").or_else(|| trimmed.strip_suffix(" kể từ")) {
        return cut;
    }
    let f = fold(trimmed);
    for w in ["hoan thanh", "xong", "trinh", "thoi han hoan thanh", "thoi han", "han", "thuc hien"] {
        if f.ends_with(&format!(" {w}")) || f == w {
            let words = w.split(' ').count();
            let mut cut = trimmed.len();
            for _ in 0..words {
                cut = trimmed[..cut].trim_end().rfind(char::is_whitespace).map_or(0, |p| p);
            }
            return &trimmed[..cut];
        }
    }
    before
}

/// A task's text: one line, no trailing punctuation.
fn clean(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.trim_end_matches(['.', ',', ';', ':', ' ']).trim_start_matches([',', ' ', ':']).to_string()
}

/// Work named first and its agency after "do": "Kinh tế đô thị do Sở KH-ĐT chủ trì, Văn hóa
/// đô thị do Sở VH-TT chủ trì và Quản lý nhà nước do Sở Nội vụ chủ trì". Each piece of a list
/// is a task of the agency, its text the role and the work ("chủ trì Kinh tế đô thị").
fn done_by(clause: &str, names: Names<'_>, cx: Context<'_>) -> Vec<Task> {
    const ROLES: &[&str] = &["chủ trì", "thực hiện", "phụ trách", "đảm nhận", "đảm nhiệm", "triển khai"];
    let mut out = Vec::new();
    // "… do Viện … chủ trì và Quản lý nhà nước do Sở Nội vụ chủ trì": "và" between two pieces,
    // not inside a name ("Sở Văn hóa và Thể thao").
    let pieces = clause.split([',', ';']).flat_map(|p| {
        let mut out = Vec::new();
        let mut rest = p;
        while let Some(at) = rest
            .match_indices(" và ")
            .map(|(at, _)| at)
            .find(|&at| rest[..at].contains(" do ") && rest[at..].contains(" do "))
        {
            out.push(&rest[..at]);
            rest = &rest[at + " và ".len()..];
        }
        out.push(rest);
        out
    });
    for piece in pieces {
        let t = Tokens::new(piece);
        let Some(at) = (1..t.len()).find(|&k| agencies::said(piece, &t, k, "do").is_some()) else {
            continue;
        };
        let Some((mut leads, mut after)) = subject_at(piece, &t, at + 1, names, cx, None) else {
            continue;
        };
        let role_at = |k: usize| ROLES.iter().find(|r| agencies::said(piece, &t, k, r).is_some());
        // "do Viện Nghiên cứu phát triển TP.HCM chủ trì": between "do" and the role, the whole
        // name, verbs in it and all.
        if role_at(after).is_none()
            && leads.len() == 1
            && let Some(k) = (after..(after + 6).min(t.len()))
                .take_while(|&k| t.kind(k) == Some(Kind::Word) || t.is_mark(k, '.'))
                .find(|&k| role_at(k).is_some())
        {
            let name = piece[t.orig(at + 1, k)].trim().to_string();
            let agency = agencies::Agency { name, range: t.orig(at + 1, k), group: false };
            leads = lead_of(&agency, names.units, cx.today);
            after = k;
        }
        let Some(role) = role_at(after) else {
            continue;
        };
        let what = clean(&piece[t.orig(0, at)]);
        if what.split_whitespace().count() >= 2 && only_marks(&t, after + role.split(' ').count()) {
            out.push(Task { leads, co: Vec::new(), text: format!("{role} {what}"), deadline: None });
        }
    }
    out
}

/// A sentence's clauses: at semicolons, at "như sau:", "cụ thể là:" ("UBND tỉnh có ý
/// kiến như sau: Sở Thông tin và Truyền thông chủ trì …") and where a second task starts ([`split_at_also`]).
fn clauses(sentence: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut parts: Vec<String> = Vec::new();
    for clause in split(sentence, &[';']) {
        // "Sở Tài nguyên và Môi trường đôn đốc các sở, ngành liên quan; Ủy ban nhân dân thành
        // phố và các huyện khẩn trương …": whom a verb of directing names goes on past the
        // semicolon.
        // "Thực hiện Công điện 124/CĐ-TTg …; Đề án … (theo Quyết định 1813/QĐ-TTg), Bộ … đề nghị
        // …": the grounds listed before the directive are one topic, semicolons and all.
        if let Some(last) = parts.last_mut()
            && grounds(last)
        {
            last.push_str("; ");
            last.push_str(clause.trim_start());
            continue;
        }
        // "yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ xây dựng
        // …": the members listed after the colon, parted by semicolons.
        if let Some(last) = parts.last_mut()
            && super::blocks::lists_members(last)
            && clause.trim_start().starts_with(char::is_uppercase)
        {
            last.push_str("; ");
            last.push_str(clause.trim_start());
            continue;
        }
        if let Some(last) = parts.last_mut()
            && directs_agencies(last)
            && agencies::agency_at(&clause, &Tokens::new(&clause), 0).is_some()
        {
            last.push_str("; ");
            last.push_str(clause.trim_start());
            continue;
        }
        parts.push(clause);
    }
    for clause in parts {
        let mut rest = clause.as_str();
        while let Some(at) = rest.find(':').filter(|&at| {
            let before = fold(&rest[..at]);
            // "… yêu cầu các cơ quan, đơn vị trong thời gian tới: (1) Tăng cường …": numbered
            // steps after the colon.
            // Not "… hoàn thiện các báo cáo: (i) Báo cáo tình hình …": what the work holds.
            (["nhu sau", " sau", "cu the la", "cu the"].iter().any(|w| before.ends_with(w))
                || enumerator(&rest[at + 1..]).is_some() && addressed_last(&rest[..at]))
                && !rest[at + 1..].trim().is_empty()
        }) {
            out.extend(split_at_also(&rest[..=at]));
            rest = &rest[at + 1..];
        }
        out.extend(split_at_also(rest));
    }
    out
}

/// Whether `text` ends on whom it addresses, or on when ("… yêu cầu các cơ quan, đơn vị, địa
/// phương trong thời gian tới").
fn addressed_last(text: &str) -> bool {
    let f = fold(text.trim_end());
    if ["thoi gian toi", "thoi gian tiep theo", "sap toi", "toi day"].iter().any(|w| f.ends_with(w)) {
        return true;
    }
    let t = Tokens::new(text);
    (0..t.len()).any(|k| agencies::list_at(text, &t, k).is_some_and(|(_, end)| end == t.len()))
}

/// "Ngày 9/11, UBND tỉnh ban hành …": a date that opens the text before a comma is when
/// something happened.
fn event_date(text: &str, range: &Range<usize>) -> bool {
    text[..range.start].trim().is_empty()
        && fold(&text[range.clone()]).starts_with("ngay")
        && text[range.end..].trim_start().starts_with(',')
}

/// A clause opening on a step's number inside a sentence ("(i)", "(2)", "b)", "iii)"): the
/// clause after it.
fn enumerator(clause: &str) -> Option<&str> {
    let t = clause.trim_start();
    let inner = t.strip_prefix('(').unwrap_or(t);
    let (mark, rest) = inner.split_once(')')?;
    let roman = super::blocks::small_roman(mark);
    let number = !mark.is_empty() && mark.len() <= 2 && mark.chars().all(|c| c.is_ascii_digit());
    let letter = mark.chars().count() == 1 && mark.chars().all(char::is_lowercase);
    ((roman || number || letter) && rest.starts_with(char::is_whitespace)).then(|| rest.trim_start())
}

/// "UBND huyện vừa có văn bản yêu cầu …", "Sở Y tế đã ban hành Công văn số 12/SYT-NV ngày
/// 3/9/2025 đề nghị …": a news report of a letter that directs; the directive, as the letter
/// would say it ("UBND huyện yêu cầu …"). Once, where a subject stands before it; in an item
/// (`in_item`), only a letter already sent.
fn reported_directive(text: &str, in_item: bool) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let folded: Vec<String> =
        words.iter().map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/'))).collect();
    let at = |k: usize, phrase: &str| {
        let n = phrase.split(' ').count();
        (k + n <= folded.len() && folded[k..k + n].join(" ") == phrase).then_some(n)
    };
    let any = |k: usize, phrases: &[&str]| phrases.iter().filter_map(|p| at(k, p)).max();
    for k in 1..words.len() {
        // In an item, "Sở Y tế có văn bản đề nghị Bộ Y tế …" is the work given to the subject:
        // to write; only what was done ("đã có văn bản …") reports a letter.
        let done = any(k, &["vua", "da", "moi"]);
        if in_item && done.is_none() {
            continue;
        }
        let mut j = k + done.unwrap_or(0);
        // "… đã ký văn bản hỏa tốc đề nghị …", "… vừa ra Công văn số 1485 …".
        let Some(n) = any(j, &["co", "ban hanh", "gui", "ky", "ky ban hanh", "ra", "phat hanh"]) else {
            continue;
        };
        j += n;
        let Some(n) = any(
            j,
            &[
                "van ban",
                "cong van",
                "cong dien",
                "thong bao",
                "chi thi",
                "huong dan",
                "ke hoach",
                "quyet dinh",
            ],
        ) else {
            continue;
        };
        j += n;
        j += any(j, &["hoa toc", "khan", "khan cap", "thuong khan"]).unwrap_or(0);
        // "… số 2945/UBND-NNMT ngày 22/8/2025,": which letter, and when; a number typed with
        // spaces in it ("số 1345/ UBND –KT") to its last part in capitals.
        for mark in ["so", "ngay"] {
            if at(j, mark).is_some() && j + 1 < words.len() {
                j += 2;
                while mark == "so"
                    && j < words.len()
                    && words[j - 1].ends_with(['/', '-', '–'])
                    && words[j].chars().any(char::is_alphanumeric)
                    && words[j].chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
                {
                    j += 1;
                }
                while mark == "so"
                    && j < words.len()
                    && words[j].starts_with(['-', '–'])
                    && words[j].len() > 1
                {
                    j += 1;
                }
            }
        }
        // The letter's sender stands before it, no clause ends there.
        if words[k - 1].ends_with([',', '.', ':']) {
            continue;
        }
        if any(j, &["yeu cau", "de nghi", "chi dao", "giao"]).is_some() {
            return [&words[..k], &words[j..]].concat().join(" ");
        }
        // The words of the sentence from `from`, to its stop.
        let sentence = |from: usize, len: usize| {
            (from..(from + len).min(words.len())).take_while(|&d| !words[d - 1].ends_with(['.', ';', ':']))
        };
        // "Sở Công Thương vừa ban hành văn bản về tăng cường công tác …, đề nghị UBND các huyện
        // …": what the letter is about, then whom it asks.
        if let Some(n) = any(j, &["ve viec", "ve"])
            && let Some(d) = sentence(j + n + 1, 50 - n - 1)
                .find(|&d| words[d - 1].ends_with(',') && any(d, &["yeu cau", "de nghi", "giao"]).is_some())
        {
            return [&words[..k], &words[d..]].concat().join(" ");
        }
        // "Bộ Công Thương vừa có công văn gửi tới các Bộ, ngành, đơn vị gồm Bộ Công an, …, UBND
        // các tỉnh đề nghị tăng cường …": the letter's addressees, then what it asks of them with
        // no one named after it; as the letter would say it ("… đề nghị Bộ Công an, … tăng cường").
        if let Some(n) = any(j, &["gui toi", "gui den", "gui"]) {
            let from = j + n;
            let asked = sentence(from + 1, 59).find_map(|d| any(d, &["de nghi", "yeu cau"]).map(|m| (d, m)));
            if let Some((d, m)) = asked
                && words.get(d + m).is_some_and(|w| w.starts_with(char::is_lowercase))
                && !matches!(folded.get(d + m).map(String::as_str), Some("cac" | "quy"))
            {
                // "… các Bộ, ngành, đơn vị gồm Bộ Công an, …": the members, named.
                let listed = (from..d).rfind(|&g| folded[g] == "gom").map_or(from, |g| g + 1);
                return [&words[..k], &words[d..d + m], &words[listed..d], &words[d + m..]]
                    .concat()
                    .join(" ");
            }
        }
    }
    text.to_string()
}

/// "… ra khơi từ 5h ngày 21/7. Đồng thời, … về bờ trước 10h cùng ngày": "cùng ngày" is the day
/// named last before it.
fn same_day(text: &str) -> String {
    let Some(at) = text.find("cùng ngày") else { return text.to_string() };
    let before = &text[..at];
    // The last "d/m" or "d/m/yyyy" before it.
    let day = before
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')'))
        .map(|w| w.trim_end_matches('.'))
        .rfind(|w| {
            let parts: Vec<&str> = w.split('/').collect();
            (2..=3).contains(&parts.len())
                && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
                && parts[0].len() <= 2
                && parts[1].len() <= 2
        });
    match day {
        Some(day) => format!("{before}ngày {day}{}", &text[at + "cùng ngày".len()..]),
        None => text.to_string(),
    }
}

/// A clause that only cites what the work carries out ("Theo đó, thực hiện Công điện …",
/// "Căn cứ …"), with no directive of its own yet.
fn grounds(clause: &str) -> bool {
    let f = fold(clause);
    let f = f.strip_prefix("theo do, ").or_else(|| f.strip_prefix("theo do ")).unwrap_or(&f);
    // "Tại phiên họp ngày 16/5/2025, sau khi nghe Báo cáo …; Báo cáo của …, Bộ Chính trị giao
    // …": the meeting and what it heard, reports listed past semicolons, then the directive.
    let heard = ["tai phien hop", "tai cuoc hop", "tai hoi nghi", "sau khi nghe"];
    GROUNDS.iter().chain(&heard).any(|w| f.starts_with(&format!("{w} ")))
        && !SPEAKER_DIRECTIVES.iter().any(|d| f.contains(&format!(" {d} ")))
}

/// Whether a clause ends on the agencies a verb of directing names: "… đôn đốc các sở, ngành
/// liên quan".
fn directs_agencies(clause: &str) -> bool {
    let found = agencies::find_all(clause);
    let Some(last) = found.last() else { return false };
    if !clause[last.range.end..].trim().is_empty() {
        return false;
    }
    // The list: agencies one after another, parted by commas or "và".
    let mut start = last.range.start;
    for a in found.iter().rev().skip(1) {
        let gap = fold(&clause[a.range.end..start]);
        if !(gap.is_empty() || gap == "va") {
            break;
        }
        start = a.range.start;
    }
    let before = fold(&clause[..start]);
    // "… lấy ý kiến góp ý của các sở: …; Cục Quản lý thị trường, UBND các huyện": whom it asks.
    ["don doc", "chi dao", "huong dan", "yeu cau", "de nghi", "y kien cua", "gop y cua"]
        .iter()
        .any(|v| before.ends_with(v))
}

/// "…, đồng thời phối hợp với …": a second task in the same sentence; so is "…, trong khi Sở
/// Khoa học và Công nghệ chủ trì …", "…, còn Công an tỉnh …", with a subject of its own.
fn split_at_also(clause: &str) -> Vec<String> {
    // Where a second task starts: the words that mark it, how many of their bytes are dropped
    // (the directive "giao" stays with its task: "… thông báo ý kiến chỉ đạo của Chủ tịch UBND
    // tỉnh, giao Sở Tài nguyên và Môi trường phối hợp …"), and whether an agency must follow.
    const MARKERS: &[(&str, usize, bool)] = &[
        (", đồng thời ", ", đồng thời ".len(), false),
        (", dong thoi ", ", dong thoi ".len(), false),
        (", Đồng thời ", ", Đồng thời ".len(), false),
        (", trong khi ", ", trong khi ".len(), true),
        (", còn ", ", còn ".len(), true),
        (", giao ", ", ".len(), true),
    ];
    let names_next = |after: &str| agencies::agency_at(after, &Tokens::new(after), 0).is_some();
    // "Để nắm bắt …, đồng thời triển khai các giải pháp …, Bộ Nội vụ đề nghị …": the purpose
    // goes on to the directive; its "đồng thời" starts no task.
    let purpose_end = if ["de ", "nham "].iter().any(|w| fold(clause.trim_start()).starts_with(w)) {
        [" đề nghị ", " yêu cầu ", " giao ", " chỉ đạo "]
            .iter()
            .filter_map(|d| clause.find(d))
            .min()
            .unwrap_or(0)
    } else {
        0
    };
    let mut out = Vec::new();
    let mut rest = clause;
    loop {
        let done = clause.len() - rest.len();
        let folded_at = MARKERS
            .iter()
            .filter_map(|&(marker, dropped, named)| {
                rest.match_indices(marker)
                    .map(|(p, _)| p)
                    .filter(|&p| done + p >= purpose_end)
                    .find(|&p| !named || names_next(&rest[p + marker.len()..]))
                    .map(|p| (p, dropped))
            })
            .min();
        match folded_at {
            Some((p, n)) => {
                out.push(rest[..p].to_string());
                rest = &rest[p + n..];
            }
            None => {
                out.push(rest.to_string());
                return out;
            }
        }
    }
}

/// Splits at sentence or clause marks outside parentheses, keeping numbers ("1.2", "66,5"),
/// abbreviations ("TP.", "Q.") and dates whole. A sentence ends at `.` only before a capital
/// letter, a digit or the end.
pub(super) fn split(text: &str, marks: &[char]) -> Vec<String> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    for (k, &(at, c)) in chars.iter().enumerate() {
        match c {
            '(' => depth += 1,
            ')' => depth = (depth - 1).max(0),
            _ => {}
        }
        if depth > 0 || !marks.contains(&c) {
            continue;
        }
        let next = chars[k + 1..].iter().map(|(_, c)| *c).find(|c| !c.is_whitespace());
        let spaced = chars.get(k + 1).is_none_or(|(_, c)| c.is_whitespace());
        let ends = if c == '.' {
            // "./." closes a notice; "TP." "Q." are abbreviations of places and titles ("dự án
            // BT. Sở …" ends a sentence).
            let word_before: String =
                chars[..k].iter().rev().map(|(_, c)| *c).take_while(|c| c.is_alphanumeric()).collect();
            let word_before: String = word_before.chars().rev().collect();
            // "Ông. Vũ Việt Linh": a title, stopped as if short.
            let abbreviation = ["TP", "TX", "TT", "Q", "P", "H", "X", "GS", "TS", "Ông", "Bà"]
                .contains(&word_before.as_str());
            spaced
                && !abbreviation
                && next.is_none_or(|n| n.is_uppercase() || n.is_ascii_digit() || n == '-' || n == '“')
        } else {
            true
        };
        if ends {
            let piece = text[start..at].trim();
            if !piece.is_empty() {
                out.push(piece.to_string());
            }
            start = at + c.len_utf8();
        }
    }
    let piece = text[start..].trim();
    if !piece.is_empty() {
        out.push(piece.to_string());
    }
    out
}

/// "theo chức năng, nhiệm vụ, quyền hạn được giao(,)", "căn cứ chức năng, nhiệm vụ và thẩm
/// quyền quản lý", "trong phạm vi chức năng, nhiệm vụ của mình": each within its remit, said
/// between the subject and its verb; the token after it.
fn mandate(t: &Tokens, i: usize) -> Option<usize> {
    let opener =
        ["theo", "can cu", "trong pham vi", "tren co so"].iter().filter_map(|w| t.count_words(i, w)).max()?;
    let mut j = i + opener;
    j += t.count_words(j, "chuc nang")?;
    loop {
        let k = if t.is_mark(j, ',') || t.is_word(j, "va") { j + 1 } else { j };
        match ["nhiem vu", "quyen han", "tham quyen"].iter().filter_map(|w| t.count_words(k, w)).max() {
            Some(n) => j = k + n,
            None => break,
        }
    }
    while let Some(n) = ["duoc giao", "cua minh", "cua don vi", "quan ly", "theo quy dinh"]
        .iter()
        .filter_map(|w| t.count_words(j, w))
        .max()
    {
        j += n;
    }
    if t.is_mark(j, ',') {
        j += 1;
    }
    Some(j)
}

/// "Các sở, ban, ngành có liên quan khẩn trương …": as a co-unit "those concerned" names no
/// one, but as the subject the work is theirs. The group of the kind named, as written; "các
/// cơ quan, đơn vị liên quan" is of no kind and stays no one.
fn concerned(
    agency: &agencies::Agency,
    units: &[crate::text::units::UnitNames],
    date: chrono::NaiveDate,
) -> Vec<Lead> {
    let f = fold(&agency.name);
    let Some(at) = f.find(" co lien quan").or_else(|| f.find(" lien quan")) else { return Vec::new() };
    // Folding keeps every letter, so the cut is at the same word of the name as written.
    let words = f[..at].split(' ').count();
    let kind: String = agency.name.split_whitespace().take(words).collect::<Vec<_>>().join(" ");
    if is_generic(&kind) {
        return Vec::new();
    }
    let stripped = agencies::Agency { name: kind, ..agency.clone() };
    lead_of(&stripped, units, date).into_iter().map(|l| Lead { name: agency.name.clone(), ..l }).collect()
}

/// "Về đề nghị Bộ Nội vụ tham mưu ban hành …; cơ cấu tổ chức …: Bộ Nội vụ nghiên cứu …": a
/// notice answers what a locality asked; the request, however long, restates what was asked,
/// and the answer after its colon is what is assigned.
fn answer_to_request(text: &str) -> &str {
    let f = fold(text);
    let asked = [
        "ve de nghi",
        "ve kien nghi",
        "ve de xuat",
        "doi voi de nghi",
        "doi voi kien nghi",
        "doi voi de xuat",
    ];
    if !asked.iter().any(|w| f.starts_with(w)) {
        return text;
    }
    match text.split_once(':') {
        Some((_, answer)) if !answer.trim().is_empty() => answer.trim_start(),
        _ => text,
    }
}

/// A topic word at `i`. The one-syllable ones with their marks where the text has them: "Để"
/// opens a purpose, "Đề nghị" a directive; "Về" a topic, "vé" none.
fn topic_at(text: &str, t: &Tokens, i: usize) -> bool {
    TOPICS.iter().any(|w| {
        t.count_words(i, w).is_some()
            && match *w {
                "de" => agencies::said(text, t, i, "để").is_some(),
                "ve" => agencies::said(text, t, i, "về").is_some(),
                "tai" => agencies::said(text, t, i, "tại").is_some(),
                "voi" => agencies::said(text, t, i, "với").is_some(),
                "nam" => agencies::said(text, t, i, "năm").is_some(),
                "nham" => agencies::said(text, t, i, "nhằm").is_some(),
                _ => true,
            }
    })
}

/// The syllables of the verbs that point at points listed elsewhere ("chỉ đạo", "tổ chức triển
/// khai", "thực hiện", "khẩn trương", "tập trung").
const POINTING_VERBS: &[&str] =
    &["chi", "dao", "to", "chuc", "trien", "khai", "thuc", "hien", "khan", "truong", "tap", "trung"];

/// "chỉ đạo thực hiện các nội dung sau": no work but a pointer to the points below.
fn points_only(text: &str) -> bool {
    let f = fold(text);
    let words: Vec<&str> = f.split_whitespace().collect();
    let rest = words.iter().skip_while(|w| POINTING_VERBS.contains(w)).copied().collect::<Vec<_>>().join(" ");
    rest.split(' ').count() <= 8
        && (rest.ends_with(" sau") || rest.ends_with(" sau day"))
        && points_named(&Tokens::new(&rest), 0).is_some()
}

/// "thực hiện quyết liệt một số nhiệm vụ trọng tâm", "tập trung triển khai các nhiệm vụ sau
/// đây": work named by its kind alone, a pointer to the points that say what it is.
fn points_pointer(text: &str) -> bool {
    let f = fold(text.trim_end_matches(['.', ':', ';', ' ']));
    let words: Vec<&str> = f.split_whitespace().collect();
    // Its manner too: "quyết liệt", "nghiêm túc", "tốt", "có hiệu quả", "tiếp tục".
    const MANNER: &[&str] = &["quyet", "liet", "nghiem", "tuc", "tot", "hieu", "qua", "co", "tiep"];
    let rest: Vec<&str> =
        words.iter().skip_while(|w| POINTING_VERBS.contains(w) || MANNER.contains(w)).copied().collect();
    if rest.len() == words.len() {
        return false;
    }
    let rest = rest.join(" ");
    let t = Tokens::new(&rest);
    let Some(k) = points_named(&t, 0) else { return false };
    let tail = (k..t.len()).map(|m| t.text(m)).collect::<Vec<_>>().join(" ");
    [
        "",
        "trong tam",
        "chu yeu",
        "cap bach",
        "cu the",
        "sau",
        "sau day",
        "nhu sau",
        "trong tam sau",
        "chu yeu sau",
    ]
    .contains(&tail.as_str())
}

/// "(một số) nội dung", "các nhiệm vụ", "những việc" at `i`: the points a sentence goes on to
/// list; the token after them.
fn points_named(t: &Tokens, i: usize) -> Option<usize> {
    let i = ["mot so", "cac", "nhung"].iter().filter_map(|w| t.count_words(i, w)).max().map_or(i, |n| i + n);
    ["noi dung", "nhiem vu", "van de", "viec", "giai phap", "bien phap"]
        .iter()
        .filter_map(|w| t.count_words(i, w))
        .max()
        .map(|n| i + n)
}

/// "… (một số) nội dung sau:", "… các nhiệm vụ chủ yếu như sau:": the points listed next.
fn points_follow(t: &Tokens, i: usize) -> bool {
    points_named(t, i)
        .is_some_and(|k| (k..(k + 5).min(t.len())).any(|m| t.is_word(m, "sau") && t.is_mark(m + 1, ':')))
}

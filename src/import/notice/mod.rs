//! Reading a conclusion notice ("Thông báo kết luận") or a report of one: its date and title,
//! and every assignment in it, whatever its shape: numbered items (`1.1.`, `a)`), bullets
//! under an item that names the agency, prose paragraphs each naming its subject, items whose
//! Word numbering was lost, "Giao …", "Yêu cầu …", "Đề nghị …", "… có trách nhiệm …".
//!
//! The text is cut into paragraphs ([`blocks`]); each paragraph into sentences and clauses,
//! and each clause read by its grammar ([`clause`]): who (an agency list, an office holder, a
//! group, or the subject of the item or clause before), the role ("chủ trì, phối hợp với …"),
//! what to do (the verb phrase) and by when (in the clause, or in a sentence of its own after
//! it). Background — results, figures, praise, decisions, requests upwards — names no one
//! with a verb to do, and yields nothing.

mod blocks;
mod clause;
mod layout;

use chrono::NaiveDate;

use super::leads::{Lead, is_generic};
use super::{Assignee, ImportError, Proposal, Reading};
use crate::domain::Programme;
use crate::text::agencies;
use crate::text::deadline::{self, Context, Deadline};
use crate::text::fold::fold;
use crate::text::units::UnitNames;
use blocks::Label;
use clause::Task;

/// Finds the tasks of a notice. `units` are the registered units; `today` stands in for the
/// notice's date when it has none.
pub fn read(text: &str, units: &[UnitNames], today: NaiveDate) -> Result<Reading, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let text = &blocks::plain(text);
    let date = document_date(text);
    let (title, number) = title_and_number(text);
    let context = Context::document(date.unwrap_or(today));
    // A table that lost its grid is read as a table; the rest as prose.
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let raw: Vec<&str> = text.lines().collect();
    // A table of administrative procedures ("Tên thủ tục hành chính | Mã TTHC | Địa điểm thực
    // hiện"): where a citizen files, no work assigned.
    let table = layout::table(&lines, &raw).filter(|t| {
        !t.rows.first().is_some_and(|header| {
            header.iter().any(|cell| {
                let f = fold(cell);
                f.contains("thu tuc hanh chinh") || f.contains("ma tthc") || f == "ten thu tuc"
            })
        })
    });
    // "PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU … ĐẾN NĂM 2030" over an appendix's table: when its rows
    // are due, where a row says nothing of it.
    let titled_due = table.as_ref().and_then(|t| {
        let title: Vec<&str> = lines[t.lines.start.saturating_sub(8)..t.lines.start]
            .iter()
            .copied()
            .filter(|l| l.chars().any(char::is_alphabetic) && !l.chars().any(char::is_lowercase))
            .collect();
        let title = title.join(" ");
        match deadline::find(&title, context) {
            Some((Deadline::On(d), range)) => Some((d, clause::deadline_words(&title[range]))),
            _ => None,
        }
    });
    let prose = match &table {
        Some(t) => {
            lines[..t.lines.start].iter().chain(&lines[t.lines.end..]).copied().collect::<Vec<_>>().join("\n")
        }
        None => text.to_string(),
    };
    let paras = blocks::paragraphs(&prose);
    let known = agencies::bounded(&prose);
    let place = main_place(&prose);
    // The codes after the number ("TCT-TTr" in "4302/TCT-TTr"): who issued it.
    let codes = number.as_deref().and_then(|n| n.split_once('/')).map(|(_, codes)| codes);
    let folded_text = fold(text);
    let names = Names {
        place: place.as_deref(),
        units,
        known: &known,
        addressees: None,
        committee_speaks: committee_speaks(text, &folded_text, codes),
        government_speaks: government_speaks(text, codes),
        provincial: folded_text.contains("ubnd tinh") || folded_text.contains("uy ban nhan dan tinh"),
        issuer: codes,
    };
    let body = blocks::body(&paras);

    let mut tasks: Vec<(Option<String>, Programme, Task)> = Vec::new();
    let mut programme = Programme::Cds;
    // The section ("1. Về chuyển đổi số"), for labelling its lettered items "1.a".
    let mut section: Option<String> = None;
    // An item naming who does what its children say ("a) Bộ Công an:", "2.3. UBND các
    // huyện"): its label, its leads, and whether it was numbered (bullets end with it otherwise).
    let mut container: Option<Container> = None;
    // The leads of an opening whose numbered points have been read ("… yêu cầu Cục Hải quan các
    // tỉnh, thành phố:" | "(1) …" | "(2) …"): after them, a summing up ("Như vậy, từ ngày …") or
    // a page's next headline is the page going on, no further point.
    let mut numbered_under: Option<Vec<Lead>> = None;
    // The last mark of a list a bullet opened ("- Bộ Xây dựng:" | "(i) …" | "(ii) …").
    let mut bullet_list: Option<String> = None;
    // The deadline the container's opening gave its items.
    let mut container_deadline: Option<(Deadline, String)> = None;
    // Under "Đánh giá chung", "Kết quả đạt được": what was done, not what is to be done.
    let mut reviewing = false;
    // Under "… báo cáo … về một số nội dung sau:": the contents of the report, not work.
    let mut reporting = false;
    // The number of the item whose report's contents are being read ("1. Thực hiện báo cáo đầy
    // đủ nội dung như sau:"): the next number of its kind ("2. Thời gian nộp báo cáo:") ends them.
    let mut reporting_number: Option<String> = None;
    // Under "… theo một số nguyên tắc chính sau:": the principles the work keeps to, whatever
    // verbs they open on.
    let mut principled = false;
    let mut principles_numbered: Option<bool> = None;
    // Where the tasks of the numbered item being read start, for a line that dates them all.
    let mut item_start: Option<usize> = None;
    // Under "Căn cứ Điều 3 Nghị quyết 219/2025/QH15 thì … bao gồm:": the law quoted, what it
    // allows or provides, no one's work; to the page's next heading, a Roman section, or where
    // the letter speaks again.
    // The body may open on the law quoted ("Theo Điều 5 Luật Đầu tư công 2024 quy định … như
    // sau:").
    let mut citing = body.start > 0 && blocks::quotes_law(&paras[body.start - 1].text);
    // Under "Mục đích, yêu cầu", "Quan điểm" (what a plan aims at) or an award's criteria
    // ("Tiêu chuẩn khen thưởng"): no tasks, to the next heading or Roman section.
    // "DANH SÁCH CÁC ĐƠN VỊ …" over the numbers that start the body: an appendix of names.
    let mut purposing =
        paras[body.start.saturating_sub(3)..body.start].iter().any(|p| blocks::is_roster(&fold(&p.text)));
    // Under "Kiến nghị, đề xuất": what the province asks of the centre is no task of its own.
    let mut asking = false;
    // Under "… có tỷ lệ giải ngân đạt từ mức bình quân chung cả nước, bao gồm:": the bullets
    // name who achieved it, no addressees.
    let mut rostering = false;
    // An item that names no one, waiting for "- Cơ quan chủ trì: …" lines.
    let mut fielded: Option<Fielded> = None;
    // The work the opening states itself ([`clause::ParagraphReading::stated`]).
    let mut stated: Vec<Task> = Vec::new();
    // "Phó Thủ tướng … có ý kiến chỉ đạo Bộ Thông tin và Truyền thông như sau:": whom the items
    // after the opening are for, when it names them.
    // Whether the opening guides its addressees ("… hướng dẫn các cơ sở … như sau:").
    let mut guided = false;
    if body.start > 0 {
        let opening = &paras[body.start - 1];
        if opening.text.trim_end().ends_with(':') {
            let text = blocks::without_article(&opening.text);
            let mut read = clause::paragraph(text, None, false, false, names, context);
            // "Sở Giáo dục và Đào tạo hướng dẫn các cơ sở giáo dục phổ thông thực hiện nhiệm vụ
            // năm học … như sau:": a guidance letter's opening addresses whom it guides, as "yêu
            // cầu" would (elsewhere "hướng dẫn" is work: "Sở Y tế hướng dẫn các cơ sở …").
            if !blocks::says(text, &["giao", "yeu cau", "de nghi"])
                && fold(text.trim_end().trim_end_matches(':')).trim_end().ends_with("nhu sau")
            {
                let asked = text.replacen("hướng dẫn", "yêu cầu", 1);
                if asked != text {
                    let again = clause::paragraph(&asked, None, false, false, names, context);
                    // Whom it guides, not the guide named before it ("Sở … có nội dung hướng dẫn
                    // triển khai … như sau:").
                    let guide = fold(&text[..text.find("hướng dẫn").unwrap_or(0)]);
                    if again
                        .introduces
                        .as_ref()
                        .is_some_and(|l| !l.is_empty() && l.iter().all(|l| !guide.contains(&fold(&l.name))))
                    {
                        read = again;
                        guided = true;
                    }
                }
            }
            // "Bộ Chính trị yêu cầu cấp uỷ, … tiếp tục quán triệt …." | "Đồng thời, tập trung
            // lãnh đạo, chỉ đạo thực hiện tốt một số nhiệm vụ trọng tâm … như sau:": the opening
            // goes on with the paragraph before it, whose addressees and work are the items'.
            if read.introduces.as_ref().is_none_or(Vec::is_empty)
                && clause::goes_on(text) == Some(true)
                && body.start >= 2
            {
                let before =
                    clause::paragraph(&paras[body.start - 2].text, None, false, false, names, context);
                if let Some(leads) = before.tasks.last().map(|t| t.leads.clone()).filter(|l| !l.is_empty()) {
                    let own = clause::paragraph(text, Some(&leads), false, false, names, context);
                    read.introduces = own.introduces.or(Some(leads));
                    tasks.extend(before.tasks.into_iter().map(|t| (None, programme, t)));
                }
            }
            container = read.introduces.map(|leads| (None, leads, false));
            container_deadline = read.deadline;
            stated = read.stated;
        }
    }
    // "… yêu cầu Chủ tịch UBND các tỉnh … một số nội dung cụ thể sau:" over "1. Về …" headings
    // and their bullets: the opening's addressees are every topic's. A plan's "UBND tỉnh ban
    // hành Kế hoạch … như sau:" over "I. MỤC ĐÍCH, YÊU CẦU" is no such opening.
    let opening = container
        .clone()
        .filter(|_| guided || blocks::says(&paras[body.start - 1].text, &["yeu cau", "de nghi", "giao"]));
    // "Kiểm tra, xử lý nghiêm …" | "Đó là chỉ đạo của UBND tỉnh đối với các Sở, ban, ngành, …
    // tại Công văn số 4079/UBND-KT …": a news page gives the work first, then whose directive it
    // is and to whom, wherever the body starts.
    let mut told = vec![false; paras.len()];
    for at in 1..paras.len() {
        if let Some(said) = told_before(&paras[at].text, &paras[at - 1].text) {
            let read = clause::paragraph(&said, None, false, false, names, context);
            tasks.extend(read.tasks.into_iter().map(|t| (None, programme, t)));
            told[at] = true;
        }
    }
    for para in blocks::preface(&paras, body.start) {
        let read = clause::paragraph(&para.text, None, false, false, names, context);
        tasks.extend(read.tasks.into_iter().map(|t| (None, programme, t)));
    }
    // The leads of the last paragraph's work, and whether the paragraph just before gave it.
    let mut previous: Option<Vec<Lead>> = None;
    let mut gave_work = false;
    // The subject a numbered item named under its container's addressees, for its bullets.
    let mut item_leads: Option<Vec<Lead>> = None;
    // An opening's container and the number of its next item, while an unnumbered paragraph
    // interrupts its list.
    let mut suspended: Option<(Container, u32)> = None;
    // A numbered container over the one its part opened ("1. …:" over "1.1. …:").
    let mut outer: Option<Container> = None;
    // The last item numbered in full ("1.1"), whose fields may come as lettered parts.
    let mut numbered_item: Option<String> = None;
    // The number of the topic's heading just read ("1. Về …"), while no item follows it.
    let mut topic_label: Option<String> = None;
    // Whether the item being read took its work from "a) Nhiệm vụ: …" (its bullets add to it).
    let mut work_part = false;
    // Under "Kính gửi:", the bulleted addressees ([`addressees`] reads them).
    let mut addressing = false;
    // Whether the last numbered item named only who does its parts ("4. Các doanh nghiệp viễn
    // thông"): a list of who does what.
    let mut names_items = false;
    // Under an item that is a line of work over its pieces ("1. Tập trung hoàn thiện …" over
    // "- Tiếp tục rà soát …"): the bullets are its tasks.
    let mut line_of_work = false;
    // Under "Đối tượng:", "Thời gian:": the particulars' bullets.
    let mut in_particulars = false;
    // A decision's plan attached after its signature ("KẾ HOẠCH … (Kèm theo Quyết định số …)"):
    // its body is read too.
    let attached = blocks::attached(&paras, body.end);
    for at in body.clone().chain(attached.unwrap_or(0..0)) {
        let para = &paras[at];
        let folded = fold(&para.text);
        if told[at] {
            continue;
        }
        if rostering && para.label == Some(Label::Bullet) {
            continue;
        }
        rostering = para.text.trim_end().trim_end_matches('*').trim_end().ends_with(':')
            && folded.trim_end().ends_with(" gom")
            && folded.contains("ty le")
            && folded.contains(" dat ")
            && !blocks::says(&para.text, DIRECTING);
        if rostering {
            continue;
        }
        if folded.starts_with("kinh gui") || folded.ends_with("kinh gui") {
            addressing = true;
            continue;
        }
        if addressing && para.label == Some(Label::Bullet) {
            continue;
        }
        addressing = false;
        // A page's heading or the next question a legal site answers ("Trách nhiệm của người
        // nộp thuế như thế nào?"): what follows is another part, the law or a commentary,
        // not the points of the lists and addressees above.
        let question = para.label.is_none()
            && para.text.trim_end().ends_with('?')
            && para.text.split_whitespace().count() <= 40;
        if para.heading || question {
            if let Some(f) = fielded.take() {
                tasks.extend(f.tasks(units, names, context));
            }
            (container, bullet_list, container_deadline, suspended, outer) = (None, None, None, None, None);
            (previous, item_leads, numbered_item, topic_label, section) = (None, None, None, None, None);
            (reviewing, reporting, asking, citing) = (false, false, false, false);
            // "**III. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG**": the rules of a campaign or
            // what a plan aims at, under a page's heading as under a numbered one.
            let title = folded.strip_prefix("dieu ").unwrap_or(&folded);
            let title = title
                .split_once(' ')
                .filter(|(n, _)| {
                    let n = n.trim_end_matches('.');
                    layout::is_roman(n) || !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.')
                })
                .map_or(title, |(_, rest)| rest);
            purposing = blocks::holds_no_work(title);
            principled = false;
            // "**Điều 16. Trách nhiệm của Sở Khoa học và Công nghệ**": whose the clauses are.
            if let Some(leads) = article_owner(&para.text, units, context.today) {
                container = Some((None, leads, false));
            }
            (names_items, line_of_work, in_particulars, gave_work) = (false, false, false, false);
            continue;
        }
        // "Điều 8. Trách nhiệm của Sở Xây dựng" over its clauses: the body's.
        if !purposing
            && para.label.is_none()
            && let Some(leads) = article_owner(&para.text, units, context.today)
        {
            names_items = false;
            in_particulars = false;
            topic_label = None;
            container = Some((None, leads, false));
            container_deadline = None;
            continue;
        }
        let bullet_text = para.text.as_str();
        // "1.1. …:" then "a) Nhiệm vụ: …", "b) Cơ quan thực hiện:", "- Đơn vị chủ trì: …": an
        // item's fields as its lettered parts; the work's own lines go on with its text.
        let lettered = matches!(&para.label, Some(Label::Number(n)) if is_letter(n));
        let head =
            para.text.split_once(':').map(|(h, v)| (crate::import::sheet::column_of(h.trim()), v.trim()));
        if lettered && let Some((Some("text"), value)) = head {
            // The item over its parts ("1.1. Xây dựng …:") names no one: its parts are the task.
            if let Some(f) = fielded.take().filter(|f| f.lead.is_some()) {
                tasks.extend(f.tasks(units, names, context));
            }
            work_part = true;
            fielded = Some(Fielded::new(numbered_item.clone(), programme, value.to_string()));
            continue;
        }
        if let Some(f) = fielded.as_mut() {
            if lettered
                && let Some((Some("lead" | "co" | "deadline"), value)) = head
                && (value.is_empty() || f.take(value) || f.take(bullet_text))
            {
                continue;
            }
            if work_part
                && f.lead.is_none()
                && para.label == Some(Label::Bullet)
                && layout::field(bullet_text).is_none()
            {
                if f.text.trim().is_empty() || !f.parts.is_empty() {
                    f.parts.push(bullet_text.trim_end_matches(['.', ';', ' ']).to_string());
                }
                f.text = format!(
                    "{}; {}",
                    f.text.trim_end_matches(['.', ';', ' ']),
                    bullet_text.trim_end_matches('.')
                )
                .trim_start_matches("; ")
                .to_string();
                continue;
            }
        }
        if let Some(f) = fielded.as_mut()
            && f.take(bullet_text)
        {
            continue;
        }
        if let Some(f) = fielded.as_mut().filter(|f| f.awaits && f.lead.is_none())
            && para.label == Some(Label::Bullet)
        {
            f.text = format!(
                "{}; {}",
                f.text.trim_end_matches(['.', ';', ' ']),
                bullet_text.trim_end_matches('.')
            );
            continue;
        }
        // "(1) Nội dung thực hiện:" with its lines, then "(2) Tổ chức thực hiện:" over "- Đơn vị
        // thực hiện: …": a heading of the item's fields.
        if lettered
            && fielded.as_ref().is_some_and(|f| f.lead.is_none() && !f.text.is_empty())
            && bullet_text.trim_end().ends_with(':')
            && bullet_text.split_whitespace().count() <= 5
        {
            work_part = false;
            continue;
        }
        work_part = false;
        if let Some(Label::Number(n)) = &para.label
            && !is_letter(n)
        {
            numbered_item = Some(n.clone());
            topic_label = None;
        }

        // "3.2. Tổ chức triển khai …" over "a) …", "b) …" that carry the work: a heading.
        if let Some(f) = fielded.take().filter(|f| f.lead.is_some() || !lettered) {
            tasks.extend(f.tasks(units, names, context));
        }
        if let Some(p) = programme_of(&folded) {
            programme = p;
        }
        let number = match &para.label {
            Some(Label::Number(n)) => Some(n.clone()),
            _ => None,
        };
        if number.is_some() {
            item_start = Some(tasks.len());
        }
        if reporting
            && let (Some(n), Some(r)) = (&number, &reporting_number)
            && same_kind(n, r)
        {
            reporting = false;
        }
        // A report's contents ("– Kết quả đạt được", "– Đánh giá chung (Ưu điểm, hạn chế …)") are
        // no headings of the notice's own, whatever word they open on.
        if reporting
            && para.label == Some(Label::Bullet)
            && (blocks::is_heading(para) || para.text.split_whitespace().count() <= 8)
        {
            continue;
        }
        // "1. Về kiện toàn tổ chức bộ máy và đội ngũ cán bộ, công chức, viên chức ở cấp xã" over
        // bullets: a topic's heading, however long.
        // "2.2. Đối với công tác quản lý bảo vệ khoáng sản trong quá trình …": one too.
        let topic_over_parts = number.is_some()
            && (folded.starts_with("ve ") || folded.starts_with("doi voi "))
            && (!para.text.trim_end().ends_with('.') || folded.starts_with("doi voi "))
            // "(5) Đối với người lao động …, người sử dụng lao động quyết định …": a subject after it.
            && !(folded.starts_with("doi voi ") && para.text.contains(','))
            && para.text.trim_end_matches(':').find(':').is_none()
            && agencies::find_all(&para.text).is_empty()
            && paras.get(at + 1).is_some_and(|p| matches!(p.label, Some(Label::Bullet) | None));
        // "I. Trách nhiệm phối hợp trong công tác thẩm định …": a Roman number's title, not work.
        let roman_title = number.as_deref().is_some_and(layout::is_roman)
            && !clause::opens_on_task(&para.text)
            && !para.text.trim_end().ends_with(['.', ':'])
            && folded.split_whitespace().count() <= 25;
        // "9.1. Đối với các cơ sở sản xuất có lưu lượng xả bụi, khí thải lớn …:", "a) Đối với các
        // sở, ban, ngành:" over bullets: whom the parts are for.
        if !purposing && let Some(who) = addressed(&para.text) {
            let leads: Vec<Lead> =
                who.iter().flat_map(|a| super::leads::lead_of(a, units, context.today)).collect();
            if !leads.is_empty() {
                // "2." then "b) Đối với …:": "2.b".
                let label = match (&number, &numbered_item) {
                    (Some(n), Some(parent)) if is_letter(n) => Some(format!("{parent}.{n}")),
                    _ => number.clone(),
                };
                names_items = false;
                in_particulars = false;
                topic_label = label.clone();
                // Under an opening's addressees ("… đề nghị các cơ sở … thực hiện:"), the list goes
                // on with them after the parts ("1. Đối với …:" | "- …" | "2. Rà soát …").
                if let (Some(c @ (None, _, false)), Some(Label::Number(n))) = (&container, &para.label)
                    && let Ok(k) = n.trim_matches(['(', ')']).parse::<u32>()
                {
                    suspended = Some((c.clone(), k + 1));
                }
                container = Some((label, leads, number.is_some()));
                container_deadline = None;
                continue;
            }
        }
        // "1. Đối tượng:" over "- Cán bộ, công chức … cấp xã", "2. Thời gian:", "Địa điểm:": the
        // particulars of an event, who attends and when, not work.
        let particulars = ["doi tuong", "thanh phan", "thoi gian", "dia diem"]
            .iter()
            .any(|p| folded == *p || folded.strip_prefix(p).is_some_and(|r| r.trim() == "tham du"));
        if particulars && para.text.trim_end().ends_with(':') {
            names_items = false;
            in_particulars = true;
            continue;
        }
        if in_particulars && para.label == Some(Label::Bullet) {
            continue;
        }
        // "1. Thi đua thực hiện thắng lợi nhiệm vụ …": an emulation campaign's themes, what its
        // participants compete in, not work given to anyone.
        if para.label.is_some() && folded.starts_with("thi dua ") {
            continue;
        }
        in_particulars = false;
        // "DANH SÁCH CÁC ĐƠN VỊ THỰC HIỆN DỊCH VỤ, THU GOM, …" in capitals, however long: an
        // appendix of names, to the next heading.
        if para.label.is_none()
            && blocks::is_roster(&folded)
            && para.text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
        {
            purposing = true;
            continue;
        }
        if blocks::is_heading(para) || topic_over_parts || roman_title {
            names_items = false;
            // A Roman section ends a quoted law; its own headings ("(6) Về …:") do not.
            citing = citing && !number.as_deref().is_some_and(layout::is_roman);
            section = number.clone();
            topic_label = number.clone();
            if number.is_none() {
                numbered_item = None;
            }
            // "I. NHIỆM VỤ CHUNG", "II. NHIỆM VỤ CỤ THỂ": the work the opening's addressees are
            // given, in parts.
            container = opening
                .clone()
                .filter(|_| {
                    ["ve ", "doi voi ", "nhiem vu"]
                        .iter()
                        .chain(blocks::WHEN_HEADINGS)
                        .any(|w| folded.starts_with(w))
                })
                .filter(|_| agencies::find_all(&para.text).is_empty());
            reviewing = blocks::is_review(&folded);
            asking = blocks::is_request(&folded);
            // "I. MỤC ĐÍCH, YÊU CẦU" | "1. Mục đích" | "2. Yêu cầu": what the plan aims at.
            // "1. Tiêu chí thi đua" | "a) Đối với tỉnh Nghệ An": the criteria's parts go on.
            purposing = blocks::holds_no_work(&folded)
                || purposing && folded.trim_end_matches([':', ' ']) == "yeu cau"
                || purposing
                    && number.as_deref().is_some_and(|n| is_letter(n) && n.chars().all(char::is_lowercase));
            continue;
        }
        // The next Roman section ends it, heading or not; so does the next article ("Điều 2.
        // Trình tự, thủ tục hỗ trợ …" after "2. Đối tượng áp dụng"), unless it says the same.
        if number.as_deref().is_some_and(layout::is_roman) {
            purposing = false;
            citing = false;
        } else if para.article {
            purposing = blocks::holds_no_work(&folded);
        }
        // "… Giám đốc Trung tâm … có trách nhiệm chỉ đạo xây dựng kế hoạch …" under "2. Số lượng
        // người làm việc": a duty given outright, wherever it stands.
        let duty = || {
            format!(" {folded} ").contains(" co trach nhiem ") && !agencies::find_all(&para.text).is_empty()
        };
        if purposing && !duty() {
            continue;
        }
        if para.label.is_none() && blocks::quotes_law(&para.text) {
            citing = true;
            continue;
        }
        // The quote ends where the letter speaks again ("Tổng cục Thuế đề nghị Cục Thuế các tỉnh
        // …").
        let speaks_again = || {
            let opening: String = para.text.split_whitespace().take(20).collect::<Vec<_>>().join(" ");
            para.label.is_none()
                && blocks::says(&opening, DIRECTING)
                && !agencies::find_all(&opening).is_empty()
        };
        if citing && !speaks_again() {
            continue;
        }
        citing = false;
        // Under "Đánh giá chung", what comes "trong thời gian tới" is work ahead, and so is what
        // "… cần tập trung thực hiện các nhiệm vụ sau đây:" opens.
        if reviewing {
            // The sentence the colon ends directs: not "… đặt ra những yêu cầu và nhiệm vụ … .
            // Văn phòng … thực hiện tốt nhiệm vụ được giao, đạt được một số kết quả nổi bật như
            // sau:", what was achieved.
            // Nouns are no directive either: "những yêu cầu", "nhiệm vụ được giao".
            let active = ["được giao", "những yêu cầu", "các yêu cầu"]
                .iter()
                .fold(para.text.clone(), |text, noun| text.replace(noun, ""));
            let last = active.trim_end().rsplit(". ").next().unwrap_or(&active);
            let opens = para.text.trim_end().ends_with(':')
                && blocks::says(last, &["can", "phai", "yeu cau", "de nghi", "giao"]);
            // "I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN …" in a directive: "…, yêu cầu các sở, ban, ngành
            // … khẩn trương đánh giá …" is the work of reviewing, not a review.
            let asks = blocks::says(&active, &["yeu cau", "giao", "de nghi"])
                && !para.text.split_whitespace().any(|w| w == "đã");
            if opens {
                reviewing = false;
            } else if !folded.contains("thoi gian toi") && !asks {
                continue;
            }
        }
        // "… sau đây:" then "1. …", a paragraph going on with it, "2. …": the list resumes; so
        // does it after "(1) Đối với …:" and its own parts, at "(2)".
        if (container.is_none() || !is_child(&container, para))
            && let Some(Label::Number(n)) = &para.label
            && let Some((saved, next)) = suspended.take()
            && n.trim_matches(['(', ')']) == next.to_string()
        {
            container = Some(saved);
        }
        // "1. Yêu cầu chung:" | "1.1. Nghiên cứu …:" | its bullets | "1.2. Đối với …:": the
        // number's container again after its first part's.
        let under_outer = match (&outer, &para.label) {
            (Some((Some(parent), _, true)), Some(Label::Number(n))) => n.starts_with(&format!("{parent}.")),
            _ => false,
        };
        if !is_child(&container, para) && under_outer {
            container = outer.take();
        } else if matches!(&para.label, Some(Label::Number(n)) if !is_letter(n)) && !under_outer {
            outer = None;
        }
        let bulleted = matches!(&container, Some((Some(_), _, false)));
        let list_goes_on = |n: &str| bulleted && bullet_list.as_deref().is_some_and(|prev| follows(prev, n));
        // A paragraph inside that list ("(i) …" | "Đẩy nhanh …" | "(ii) …") is in it too.
        let past_points = para.label.is_none()
            && (folded.starts_with("nhu vay") || !para.text.trim_end().ends_with(['.', ';', ':', '!']))
            && matches!((&container, &numbered_under), (Some((None, leads, false)), Some(read)) if leads == read);
        let child = is_child(&container, para) && !past_points
            || matches!(&para.label, Some(Label::Number(n)) if list_goes_on(n))
            || para.label.is_none() && bulleted && bullet_list.is_some();
        if let (Some((None, leads, false)), Some(Label::Number(_))) = (&container, &para.label)
            && child
        {
            numbered_under = Some(leads.clone());
        }
        // "(3) Về tổ chức thi công: …" | "- Bộ Xây dựng:": the bullets of a bracketed number that
        // heads the list are its.
        if let Some(Label::Number(n)) = &para.label
            && !child
            && n.starts_with('(')
            && n.trim_matches(['(', ')']).chars().all(|c| c.is_ascii_digit())
        {
            topic_label = Some(n.clone());
        }
        bullet_list = match &para.label {
            Some(Label::Number(n)) if child && bulleted => Some(n.clone()),
            Some(Label::Number(_)) | Some(Label::Bullet) => None,
            None => bullet_list.take(),
        };
        if let (Some(c @ (None, _, false)), Some(Label::Number(n))) = (&container, &para.label)
            && child
        {
            // The next number of an opening's list, should a paragraph interrupt it.
            suspended = n.trim_matches(['(', ')']).parse::<u32>().ok().map(|k| (c.clone(), k + 1));
        }
        if !child {
            if para.label.is_some() {
                suspended = None;
            }
            container = None;
            reporting = false;
            principled = false;
        }
        if reporting && para.label.is_some() && !clause::opens_on_task(&para.text) {
            continue;
        }
        // They are the first list after it, numbered or bulleted; the other kind goes on with
        // the work ("(1) …" | "(2) …" | "- Trên cơ sở nguyên tắc …, Đảng uỷ Chính phủ …").
        if principled {
            let numbered = matches!(para.label, Some(Label::Number(_)));
            match (&para.label, principles_numbered) {
                (None, _) => principled = false,
                (Some(_), None) => {
                    principles_numbered = Some(numbered);
                    continue;
                }
                (Some(_), Some(kind)) if kind == numbered => continue,
                (Some(_), Some(_)) => principled = false,
            }
        }
        // "Đồng thời thông tin, tuyên truyền …" after a paragraph that gave work: more work for
        // the same agencies.
        let goes_on = if container.is_none() && para.label.is_none() {
            clause::goes_on(&para.text)
                .or_else(|| (gave_work && clause::more_work(&para.text)).then_some(true))
        } else {
            None
        };
        if para.label != Some(Label::Bullet) {
            line_of_work = false;
        }
        let child = child || goes_on == Some(true) && previous.is_some() || line_of_work;
        if matches!(para.label, Some(Label::Number(_))) {
            item_leads = None;
        }
        let inherited = match &container {
            // "… yêu cầu Bộ Y tế, Ban Quản lý dự án, các nhà thầu …:" | "(1) Bộ Y tế chỉ đạo …" |
            // "- Chỉ đạo …": the bullets go on with the item's subject.
            Some(_) if para.label == Some(Label::Bullet) && item_leads.is_some() => item_leads.clone(),
            Some((_, leads, _)) => Some(leads.clone()),
            None if goes_on.is_some() => previous.clone(),
            None => None,
        };
        // "3.1. Tham gia góp ý …" then "a) …": the letters are the last number's.
        // Under "III. …", "1. …" then "a)" is "III.1.a".
        let last_number = match (&section, &numbered_item) {
            (Some(s), Some(n)) if s != n && !n.starts_with(&format!("{s}.")) && layout::is_roman(s) => {
                Some(format!("{s}.{n}"))
            }
            (_, Some(n)) => Some(n.clone()),
            (s, None) => s.clone(),
        };
        let mut label = item_label(&para.label, &container, &last_number);
        // A bullet under "1. Về …": the heading's.
        if para.label == Some(Label::Bullet) && label.is_none() {
            label = topic_label.clone();
        }
        let numbered = matches!(para.label, Some(Label::Number(_)));
        if let Some(task) =
            Fielded::inline(label.clone(), programme, &para.text).and_then(|f| f.task(units, context))
        {
            tasks.push(task);
            continue;
        }
        // "1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung; …": a member
        // of a body named by their offices, then their share of its work.
        if para.label.is_some()
            && let Some((who, work)) = member_and_work(&para.text)
        {
            let lead = role_lead(who);
            let read = clause::paragraph(work, Some(std::slice::from_ref(&lead)), true, true, names, context);
            tasks.extend(read.tasks.into_iter().map(|t| (label.clone(), programme, t)));
            continue;
        }
        // "6. Xây dựng Quy chế … (Giao Công an tỉnh chủ trì, phối hợp với …)": the bracket says
        // who leads, whatever the words before it look like.
        if para.label.is_some() {
            let mut f = Fielded::new(label.clone(), programme, para.text.clone());
            f.bracketed();
            if f.lead.is_some()
                && let Some(task) = f.task(units, context)
            {
                tasks.push(task);
                continue;
            }
        }
        // "Chủ tịch UBND tỉnh yêu cầu các đơn vị tiếp tục …" after work given to agencies: "các
        // đơn vị" are those agencies, when they were many (after a single one, it closes).
        let many = |l: &&Vec<Lead>| l.len() > 1 || l.iter().any(|l| matches!(l.assignee, Assignee::Group(_)));
        let names = Names { addressees: previous.as_ref().filter(many).map(Vec::as_slice), ..names };
        // "2. Đẩy mạnh rà soát, …, cơ chế chính sách: Các bộ khẩn trương trình …": the item's
        // title, then who does what.
        let said = if numbered { titled_body(&para.text).unwrap_or(&para.text) } else { &para.text };
        let mut read =
            clause::paragraph(said, inherited.as_deref(), numbered || line_of_work, child, names, context);
        // "Điều 2. Nhiệm vụ của Tổ tiếp công dân …:" (an article, its number aside) over bullets.
        let whose = para.text.trim_end().ends_with(':')
            && WHOSE.iter().any(|p| fold(&para.text).starts_with(&format!("{p} ")))
            && paras.get(at + 1).is_some_and(|p| p.label == Some(Label::Bullet));
        if read.introduces.is_none()
            && read.tasks.is_empty()
            && (para.label.is_some() || whose)
            && let Some(role) = role_heading(&para.text)
        {
            read.introduces = Some(vec![role_lead(role)]);
        }
        // "* Thời gian thực hiện: Trong khoảng thời gian từ ngày 04/02/2026 đến ngày 08/02/2026."
        // as its own line after an item's points: the date of the item's work not yet dated.
        if read.tasks.is_empty()
            && read.introduces.is_none()
            && let Some(from) = item_start
            && let Some(due) = clause::when_field(&para.text, context)
        {
            for (_, _, t) in tasks[from..].iter_mut().filter(|(_, _, t)| t.deadline.is_none()) {
                t.deadline = Some(due.clone());
            }
            continue;
        }
        // "4. Các doanh nghiệp viễn thông" | its bullets | "5. Các chủ đầu tư xây dựng và kinh
        // doanh hạ tầng Khu công nghiệp" | its bullets: in a list of who does what, an item
        // naming a group over parts is the group's name, verbs and all.
        let number_over_parts = matches!(&para.label, Some(Label::Number(n)) if !is_letter(n));
        let parts_follow = paras.get(at + 1).is_some_and(|p| match &p.label {
            Some(Label::Bullet) => true,
            Some(Label::Number(n)) => {
                is_letter(n) || number.as_ref().is_some_and(|m| n.starts_with(&format!("{m}.")))
            }
            None => false,
        });
        if names_items
            && number_over_parts
            && parts_follow
            && read.introduces.is_none()
            && let Some(role) = group_heading(&para.text)
        {
            read.introduces = Some(named_apart(&role).into_iter().map(role_lead).collect());
            read.tasks.clear();
        }
        // "1. Về phân cấp, phân quyền, … khi vận hành chính quyền địa phương 2 cấp" | "1.1. …": a
        // topic's heading over its parts, however long, is no work of its own.
        if number_over_parts
            && parts_follow
            && folded.starts_with("ve ")
            && !para.text.trim_end().ends_with('.')
            && !para.text.contains(':')
            && agencies::find_all(&para.text).is_empty()
        {
            read.tasks.clear();
        }
        if number_over_parts {
            names_items = read.introduces.is_some() && read.tasks.is_empty();
        }

        // "- Tổ chức tập huấn …" | "Đơn vị chủ trì tham mưu thực hiện: Sở Tư pháp." | "Đơn vị
        // phối hợp: …": a bullet's work, then its fields, whoever the bullets are under.
        if para.label == Some(Label::Bullet)
            && read.introduces.is_none()
            && paras
                .get(at + 1)
                .is_some_and(|p| p.label.is_none() && matches!(layout::field(&p.text), Some(("lead", _))))
        {
            let mut f = Fielded::new(label.clone(), programme, para.text.clone());
            f.fallback = read.tasks;
            fielded = Some(f);
            continue;
        }
        if numbered && read.introduces.is_none() && read.tasks.iter().all(|t| t.leads.is_empty()) {
            // The item's lines, up to the next number.
            let parts: Vec<&blocks::Para> = paras[at + 1..]
                .iter()
                .take_while(|p| !matches!(&p.label, Some(Label::Number(n)) if !is_letter(n)))
                .collect();
            // "1. Tập trung hoàn thiện thể chế, …" over "- Tiếp tục rà soát, …", "- Nghiên cứu, …":
            // a line of work over the pieces that are the tasks, when no one and no field is named.
            if !para.text.trim_end().ends_with(['.', ':', ';'])
                && parts.len() >= 2
                && parts.iter().all(|p| p.label == Some(Label::Bullet) && layout::field(&p.text).is_none())
                && 2 * parts.iter().filter(|p| clause::opens_on_task(&p.text)).count() > parts.len()
            {
                topic_label = label.clone();
                line_of_work = true;
                continue;
            }
            // "1.1. Rà soát, đề xuất sửa đổi …" followed by "- Cơ quan chủ trì: Sở Tư pháp.".
            fielded = Some(Fielded::new(label.clone(), programme, para.text.clone()));
            // "1. Rà soát, kiện toàn …" | "- Thường xuyên rà soát …" | "Đơn vị chủ trì thực hiện:
            // …": the item's lines before its fields, when the fields come before the next item.
            fielded.as_mut().expect("set").awaits =
                parts.iter().any(|p| matches!(layout::field(&p.text), Some(("lead", _))));
            if !read.tasks.is_empty() {
                fielded.as_mut().expect("set").fallback = read.tasks;
            }
            fielded.as_mut().expect("set").bracketed();
            continue;
        }
        // "1.1. Nghiên cứu, quán triệt … chỉ đạo của Thành ủy:" over "- Nghị định số …", "- Chỉ
        // thị số …": the texts to follow; the work is the item's own.
        let cited: Vec<&blocks::Para> =
            paras[at + 1..].iter().take_while(|p| p.label == Some(Label::Bullet)).collect();
        if let Some(leads) = &read.introduces
            && clause::opens_on_task(&para.text)
            && !cited.is_empty()
            && cited.iter().all(|p| clause::cites(&p.text))
        {
            let own = clause::paragraph(
                para.text.trim_end_matches(':'),
                Some(leads),
                numbered,
                true,
                names,
                context,
            );
            tasks.extend(own.tasks.into_iter().map(|t| (label.clone(), programme, t)));
            gave_work = true;
            continue;
        }
        if let Some(leads) = read.introduces {
            // The work said before the pointer ("… trình Thủ tướng trước ngày 20/10. Trong đó chú
            // ý một số nội dung sau:").
            tasks.extend(std::mem::take(&mut read.tasks).into_iter().map(|t| (label.clone(), programme, t)));
            // "… rà soát, thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau:" | "(1) Số hộ
            // dân có nhà bị sập …": what the report holds; the work is to report it.
            reporting = blocks::lists_contents(&para.text);
            reporting_number = number.clone();
            principled = blocks::lists_principles(&para.text);
            principles_numbered = None;
            if reporting {
                let own = clause::paragraph(
                    para.text.trim_end().trim_end_matches(':'),
                    Some(&leads),
                    numbered,
                    true,
                    names,
                    context,
                );
                tasks.extend(own.tasks.into_iter().map(|t| (label.clone(), programme, t)));
            }
            // "a) Bộ trưởng Bộ Công an chỉ đạo các đơn vị chức năng:", "Sở Nội vụ:".
            // "… tập trung thực hiện một số nhiệm vụ trọng tâm." | "Cụ thể như …" | "Sẵn sàng …":
            // the paragraphs after a pointer with a stop are its points, as more work.
            if para.label.is_none() && !para.text.trim_end().ends_with(':') {
                previous = Some(leads.clone());
                gave_work = true;
            }
            let parent = container.take().filter(|c| child && c.2 && c.0.is_some());
            outer = parent.or(outer.take().filter(|_| child));
            container = Some((label.clone().or(number.clone()), leads, number.is_some()));
            container_deadline = read.deadline;
            continue;
        }
        // A day, a month or a quarter passes down ("trước ngày 10/6/2025", "hoàn thành trong
        // tháng 11 năm 2025, cụ thể:"); a year in an opening ("… mục tiêu năm 2025:") is its
        // goal, and so are its last months ("trong 02 tháng cuối năm 2025").
        if child
            && let Some(due) = container_deadline.as_ref().filter(|(_, words)| {
                let f = fold(words);
                let named = |unit: &str| {
                    f.split(unit)
                        .skip(1)
                        .any(|rest| rest.starts_with(|c: char| c.is_ascii_digit() || "ivx".contains(c)))
                };
                words.contains('/') || f.contains("ngay") || named("thang ") || named("quy ")
            })
        {
            for t in read.tasks.iter_mut().filter(|t| t.deadline.is_none()) {
                t.deadline = Some(due.clone());
            }
        }
        let central = |t: &Task| {
            !t.leads.is_empty()
                && t.leads.iter().all(|l| {
                    let f = fold(&l.name);
                    ["bo ", "chinh phu", "thu tuong", "van phong chinh phu"].iter().any(|c| f.starts_with(c))
                })
        };
        if let Some(leads) = read.tasks.last().map(|t| t.leads.clone()).filter(|l| !l.is_empty()) {
            previous = Some(leads);
        }
        // A numbered item under a container that names a subject of its own, the same for all
        // its work.
        if matches!(para.label, Some(Label::Number(_)))
            && let Some((_, outer_leads, _)) = &container
            && let Some(first) = read.tasks.first()
            && !first.leads.is_empty()
            && &first.leads != outer_leads
            && read.tasks.iter().all(|t| t.leads == first.leads)
            // Named itself, not the addressees again in other words ("1/ Các Cục Thuế …").
            && first.leads.iter().all(|l| {
                !matches!(l.assignee, Assignee::Group(_)) && !fold(&l.name).split(' ').any(|w| w == "cac")
            })
        {
            item_leads = Some(first.leads.clone());
        }
        // A headline between paragraphs (no stop at its end) keeps the thread.
        if para.text.trim_end().ends_with(['.', ';', ':']) || !read.tasks.is_empty() {
            gave_work = read.tasks.iter().any(|t| !t.leads.is_empty());
        }
        // "Chủ tịch UBND các tỉnh … khẩn trương chỉ đạo thực hiện, bảo đảm đến hết tháng 12 năm
        // 2025 giải quyết dứt điểm … về 04 nội dung nêu trên./.": a closing that dates the work
        // above it, for those it was given to.
        if let [closing] = read.tasks.as_slice()
            && let Some(due @ (Deadline::On(_), _)) = &closing.deadline
            && ["noi dung neu tren", "nhiem vu neu tren", "noi dung tren", "nhiem vu tren"]
                .iter()
                .any(|w| fold(&para.text).contains(w))
        {
            for (_, _, t) in tasks
                .iter_mut()
                .filter(|(_, _, t)| t.deadline.is_none() && (t.leads.is_empty() || t.leads == closing.leads))
            {
                t.deadline = Some(due.clone());
            }
        }
        tasks.extend(
            read.tasks.into_iter().filter(|t| !(asking && central(t))).map(|t| (label.clone(), programme, t)),
        );
    }
    if let Some(f) = fielded {
        tasks.extend(f.tasks(units, names, context));
    }
    // A letter's items that name no one are for whom it is sent to ("Kính gửi: Đồng chí Cục
    // trưởng Cục Thuế các tỉnh, thành phố").
    // A leader's conclusion at a working session with a province ("… tại buổi làm việc với
    // lãnh đạo tỉnh Sơn La"): what names no one is the province's to do.
    let visited = || {
        // The title, after a letterhead a document site spreads over many short lines.
        let head =
            fold(&text.lines().filter(|l| !l.trim().is_empty()).take(24).collect::<Vec<_>>().join(" "));
        let province =
            place.as_deref().filter(|_| !names.committee_speaks && head.contains("lam viec voi"))?;
        let name = agencies::initial_capital(province);
        let leads = super::leads::lead_of(
            &agencies::Agency { name, range: 0..0, group: false },
            units,
            context.today,
        );
        (!leads.is_empty()).then_some(leads)
    };
    if tasks.iter().any(|(_, _, t)| t.leads.is_empty())
        && let Some(to) = addressees(text, units, context.today).or_else(visited)
    {
        for (_, _, task) in tasks.iter_mut().filter(|(_, _, t)| t.leads.is_empty()) {
            task.leads = to.clone();
        }
    }
    // The opening's own work, when no item after it gave its addressees any.
    if let Some((_, leads, _)) = &opening
        && !tasks.iter().any(|(_, _, t)| t.leads.iter().any(|l| leads.contains(l)))
    {
        tasks.extend(stated.into_iter().map(|t| (None, Programme::Cds, t)));
    }
    let mut tasks = without_repeats(tasks);
    // "… các cơ sở đào tạo trực thuộc Bộ (sau đây gọi là cơ sở đào tạo) …": the full name.
    let short = aliases(text);
    for lead in tasks.iter_mut().flat_map(|(_, _, t)| t.leads.iter_mut()) {
        let f = fold(&lead.name);
        let f = f.strip_prefix("cac ").unwrap_or(&f);
        if let Some((_, full)) = short.iter().find(|(s, _)| s == f) {
            lead.name = full.clone();
        }
    }
    // "đề nghị Quý Ủy ban gửi báo cáo …": the courtesy stands for the letter's addressees.
    let courtesy = |l: &Lead| fold(&l.name).starts_with("quy ");
    if tasks.iter().any(|(_, _, t)| t.leads.iter().any(courtesy))
        && let Some(to) = addressees(text, units, context.today)
    {
        for (_, _, task) in tasks.iter_mut().filter(|(_, _, t)| t.leads.iter().any(courtesy)) {
            task.leads.retain(|l| !courtesy(l));
            task.leads.extend(to.iter().filter(|l| !task.leads.contains(l)).cloned().collect::<Vec<_>>());
        }
    }
    tasks.retain(|(_, _, t)| !figures(&t.text));
    referred_back(&mut tasks);
    let table = table.and_then(|t| super::sheet::read_table(&t.rows, units, context.today).ok());
    // "… xử lý các kiến nghị … (Phụ lục kèm theo), hoàn thành trước ngày 15/12/2025": the
    // appendix's rows are due when the paragraph that sends to it says.
    let mut due: Vec<(NaiveDate, String)> = tasks
        .iter()
        .filter(|(_, _, t)| fold(&t.text).contains("phu luc"))
        .filter_map(|(_, _, t)| match &t.deadline {
            Some((Deadline::On(d), words)) => Some((*d, words.clone())),
            _ => None,
        })
        .collect();
    due.dedup();
    // "Đề nghị các cơ quan, đơn vị khẩn trương triển khai …" after work given to named agencies
    // closes the notice; it is the work only when no one is named. Before them ("- Các cơ
    // quan, đơn vị căn cứ Kế hoạch này … phát động …" | "- Sở Nội vụ hướng dẫn …"), it opens
    // the list of who does what, and is work.
    let generic = |t: &Task| !t.leads.is_empty() && t.leads.iter().all(|l| is_generic(&l.name) && !l.refers);
    let first_named = tasks.iter().position(|(_, _, t)| !t.leads.is_empty() && !generic(t));
    let generics_kept = if table.is_some() { 0 } else { first_named.unwrap_or(usize::MAX) };
    let mut k = 0;
    tasks.retain(|(_, _, t)| {
        k += 1;
        k <= generics_kept || !generic(t)
    });
    for (_, _, task) in &mut tasks {
        in_full(&mut task.leads, &known, &prose);
    }
    if let Some(reading) = table {
        let mut proposals = reading.proposals;
        proposals.retain(|p| !figures(&p.text));
        let due = match due.as_slice() {
            [one] => Some(one.clone()),
            _ => titled_due,
        };
        if let Some((day, words)) = due {
            for p in proposals.iter_mut().filter(|p| p.deadline.is_none() && p.deadline_text.is_none()) {
                p.deadline = Some(day);
                p.deadline_text = Some(words.clone());
            }
        }
        let source = source_of(number.clone(), date);
        let mut out: Vec<Proposal> = tasks
            .into_iter()
            .map(|(item, programme, task)| proposal(item, programme, task, &source))
            .collect();
        out.extend(proposals.into_iter().map(|mut p| {
            p.source_document = Some(source.clone());
            p
        }));
        return Ok(Reading { title, date, source: Some(source), proposals: out });
    }
    if tasks.is_empty() {
        return Err(ImportError::NoTasks);
    }
    let source = source_of(number, date);
    let proposals =
        tasks.into_iter().map(|(item, programme, task)| proposal(item, programme, task, &source)).collect();
    Ok(Reading { title, date, source: Some(source), proposals })
}

/// "Công ty" after "Kính gửi: Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô": the
/// letter's addressee, named in full, then by its kind alone. The lead is the one addressee of
/// that kind. Other short names stay as written ("UBND", "Thuế tỉnh": the document's own place).
fn in_full(leads: &mut [super::leads::Lead], known: &[String], text: &str) {
    // "Kính gửi:" and the lines that go on with it: its list ("- Công an tỉnh;") or a name
    // wrapped onto the next line ("… Chế biến kim" | "loại Thủ Đô").
    let Some(at) = ["Kính gửi", "KÍNH GỬI", "kính gửi"].iter().find_map(|w| text.find(w)) else {
        return;
    };
    let mut lines = text[at..].lines();
    let first = lines.next().unwrap_or_default();
    let more = lines
        .map(str::trim)
        .take_while(|l| l.starts_with(['-', '+', '•']) || l.starts_with(char::is_lowercase));
    let addressed_to: Vec<&str> =
        std::iter::once(first).chain(more).take(8).flat_map(str::split_whitespace).collect();
    let addressed_to = addressed_to.join(" ");
    for lead in leads {
        let Assignee::Unknown(written) = &lead.assignee else { continue };
        // A kind, its words after the first in lower case ("Công ty", "UBND xã", "Thuế tỉnh");
        // "Cục Thuế" is a name.
        let words: Vec<&str> = written.split_whitespace().collect();
        let kind = words.len() <= 2 && words.iter().skip(1).all(|w| w.starts_with(char::is_lowercase));
        if !kind || fold(written).starts_with("cac ") {
            continue;
        }
        let prefix = format!("{} ", fold(written));
        // A name wrapped over lines is one name; one running into the next paragraph is none.
        let mut full: Vec<String> = known
            .iter()
            .filter(|k| !k.contains("\n\n") && fold(k).starts_with(&prefix))
            .map(|k| k.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        full.sort();
        full.dedup();
        if let [one] = &full[..]
            && addressed_to.contains(one.as_str())
        {
            lead.name = one.clone();
            lead.assignee = Assignee::Unknown(one.clone());
        }
    }
}

/// "Đó là chỉ đạo của UBND tỉnh đối với các Sở, ban, ngành … tại Công văn …" after the work it
/// directs: the work as said to them ("Các Sở, ban, ngành … kiểm tra, xử lý nghiêm …").
fn told_before(text: &str, work: &str) -> Option<String> {
    let f = fold(text);
    ["do la chi dao", "do la yeu cau", "do la noi dung chi dao", "day la chi dao", "day la yeu cau"]
        .iter()
        .find(|w| f.starts_with(*w))?;
    let whom = &text[text.find(" đối với ")? + " đối với ".len()..];
    let end =
        [" tại ", " theo ", ".", " trong "].iter().filter_map(|w| whom.find(w)).min().unwrap_or(whom.len());
    let work = work.trim().trim_end_matches(['.', ':', ';']);
    let mut chars = work.chars();
    let first: String = chars.next()?.to_lowercase().collect();
    Some(format!("{} {first}{}.", whom[..end].trim(), chars.as_str()))
}

/// "Trách nhiệm của …", "Nhiệm vụ của …", folded: a title that says whose the parts under it are.
const WHOSE: &[&str] = &["trach nhiem cua", "nhiem vu cua"];

/// "1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý …):", "a) Cơ quan chủ trì giải
/// quyết thủ tục đầu tư dự án:": an item that names, by their role, the bodies its parts are
/// for; the role as written.
fn role_heading(text: &str) -> Option<String> {
    // "1.5. Trách nhiệm của đối tượng thực hiện kiểm kê:": whose the parts are, said outright.
    let whose = text.trim_end().trim_end_matches(':').trim();
    let f = fold(whose);
    if let Some(prefix) = WHOSE.iter().find(|p| f.starts_with(&format!("{p} "))) {
        let rest = whose.split_whitespace().skip(prefix.split(' ').count()).collect::<Vec<_>>().join(" ");
        let rest = rest.split_once('(').map_or(rest.as_str(), |(r, _)| r).trim().to_string();
        let words = rest.split_whitespace().count();
        return ((2..=20).contains(&words) && !rest.contains([';', '.']))
            .then(|| agencies::initial_capital(&rest));
    }
    let head = text.trim_end().strip_suffix(':')?.trim();
    // The bodies it lists in brackets after the role are its members, not part of the name.
    let role = head.split_once('(').map_or(head, |(r, _)| r).trim();
    let f = fold(role);
    let kind = ["cac co quan ", "co quan ", "cac don vi ", "don vi "].iter().any(|k| f.starts_with(k));
    let words = f.split_whitespace().count();
    (kind && (3..=12).contains(&words) && !role.contains([',', ';', '.']) && layout::field(text).is_none())
        .then(|| agencies::initial_capital(role))
}

/// Words by which a phrase directs someone, so that it names no one's role or title.
const DIRECTING: &[&str] = &["yeu cau", "giao", "de nghi", "chi dao"];

/// Whom an item names by their role or office, read as written ("Đối tượng thực hiện kiểm kê",
/// "Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban"): no registered unit stands for them.
fn role_lead(name: String) -> Lead {
    Lead { assignee: Assignee::Unknown(name.clone()), name, refers: false }
}

/// "Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban: Trực tiếp chỉ đạo …": the
/// member, by their offices, and the work after the colon.
fn member_and_work(text: &str) -> Option<(String, &str)> {
    let (who, work) = text.split_once(':')?;
    let f = fold(who);
    let words = f.split_whitespace().count();
    let directs = blocks::says(who, DIRECTING);
    // "… Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk …": members named, not work.
    let mut first = work.split_whitespace().take(2);
    let named = first.all(|w| w.starts_with(char::is_uppercase));
    (f.starts_with("dong chi ") && (3..=20).contains(&words) && !directs && !work.trim().is_empty() && !named)
        .then(|| (who.split_whitespace().collect::<Vec<_>>().join(" "), work.trim()))
}

/// "Đối với các sở, ban, ngành:", "Đối với các cơ sở sản xuất có lưu lượng xả bụi lớn …:": a
/// heading that names, after "Đối với", the bodies its parts are for; the bodies. A group
/// described at length is its whole description. "3. Đối với Ủy ban nhân dân cấp tỉnh", "Đối
/// với các Bộ quản lý chuyên ngành (theo quy định tại khoản 5 Điều 3 …)": without the colon,
/// when the bodies are all it says.
fn addressed(text: &str) -> Option<Vec<agencies::Agency>> {
    let text = text.trim_end();
    let colon = text.ends_with(':');
    let inner = match text.strip_suffix(':') {
        Some(inner) => inner,
        None if !text.ends_with(['.', ';', ',', '!', '?']) => {
            text.strip_suffix(')').and_then(|t| t.rfind(" (")).map_or(text, |p| &text[..p])
        }
        None => return None,
    };
    let f = fold(inner);
    let rest = f.strip_prefix("doi voi ")?;
    if rest.contains(':') || rest.split_whitespace().count() > 40 {
        return None;
    }
    // The words after "Đối với".
    let named = inner.trim_start().splitn(3, char::is_whitespace).nth(2)?.trim_start();
    let (listed, end) = agencies_first(named)?;
    if named[end..].trim().is_empty() {
        return Some(listed);
    }
    // "các cơ sở sản xuất có lưu lượng xả bụi, khí thải lưu lượng lớn …": one group, described.
    (colon && listed.len() == 1 && listed[0].group && fold(named).starts_with("cac ")).then(|| {
        let name = agencies::initial_capital(&named.split_whitespace().collect::<Vec<_>>().join(" "));
        vec![agencies::Agency { name, range: 0..named.len(), group: true }]
    })
}

/// "Điều 8. Trách nhiệm của Sở Xây dựng", "Điều 6. Nội dung Công an tỉnh có trách nhiệm chủ
/// trì", "Điều 12. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": an article's title (its number
/// aside) naming the body whose duties its parts or its text are; the leads it stands for. A
/// title has no stop of its own and names them and nothing else; "Trách nhiệm của các cơ quan,
/// đơn vị" names no one, its parts do.
fn article_owner(text: &str, units: &[UnitNames], today: NaiveDate) -> Option<Vec<Lead>> {
    let title = blocks::without_article(text.trim()).trim_end_matches([':', ' ']);
    if title.ends_with(['.', ';', '?', '!']) || title.split_whitespace().count() > 25 {
        return None;
    }
    let f = fold(title);
    let words: Vec<&str> = title.split_whitespace().collect();
    let skip = |prefix: &str| {
        f.starts_with(&format!("{prefix} ")).then(|| words[prefix.split(' ').count()..].join(" "))
    };
    let mut named = WHOSE
        .iter()
        .chain(&["nhiem vu quyen han cua", "trach nhiem quyen han cua"])
        .find_map(|p| skip(p))
        .or_else(|| skip("noi dung"))
        .or_else(|| skip("de nghi"))?;
    // "… có trách nhiệm chủ trì", "… chủ trì": the role after the name.
    for role in
        [" có trách nhiệm chủ trì", " có trách nhiệm phối hợp", " có trách nhiệm", " chủ trì", " phối hợp"]
    {
        if let Some(rest) = named.strip_suffix(role) {
            named = rest.to_string();
            break;
        }
    }
    let (listed, end) = agencies_first(&named)?;
    let generic = listed.iter().all(|a| super::leads::is_generic(&a.name));
    if !named[end..].trim().is_empty() || generic {
        return None;
    }
    let leads: Vec<Lead> = listed.iter().flat_map(|a| super::leads::lead_of(a, units, today)).collect();
    (!leads.is_empty()).then_some(leads)
}

/// The agencies a text opens on, one after another, parted by commas or "và" ("Ủy ban Mặt trận
/// tổ quốc Việt Nam tỉnh, các tổ chức chính trị-xã hội"), and where the last of them ends.
fn agencies_first(named: &str) -> Option<(Vec<agencies::Agency>, usize)> {
    let found = agencies::find_all(named);
    let first = found.first().filter(|a| a.range.start == 0)?;
    let mut listed = vec![first.clone()];
    for a in &found[1..] {
        let gap = fold(&named[listed.last().expect("one").range.end..a.range.start]);
        if !(gap.is_empty() || gap == "va") {
            break;
        }
        listed.push(a.clone());
    }
    let end = listed.last().expect("one").range.end;
    Some((listed, end))
}

/// "Các sở ngành liên quan, Viện Nghiên cứu phát triển Thành phố": a group, then a body by its
/// own name after a comma; the kinds of a group ("các sở, ban, ngành") stay one.
fn named_apart(names: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for piece in names.split(", ") {
        match out.last_mut() {
            Some(last) if !piece.starts_with(char::is_uppercase) => {
                last.push_str(", ");
                last.push_str(piece);
            }
            _ => out.push(piece.to_string()),
        }
    }
    out
}

/// "Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp", "Đề nghị các tổ chức cung
/// cấp dịch vụ chi trả": a group described by what it does, as an item's whole text; the group
/// as written.
fn group_heading(text: &str) -> Option<String> {
    let t = text.trim().trim_end_matches(['.', ':']).trim();
    // "Các đơn vị cấp nước sạch trên địa bàn thành phố có trách nhiệm:": the group, not its duty.
    let f = fold(t);
    let duty =
        [" co trach nhiem", " chiu trach nhiem", " co nhiem vu"].iter().find_map(|w| f.strip_suffix(w));
    let kept: String = match duty {
        Some(kept) => {
            t.split_whitespace().take(kept.split_whitespace().count()).collect::<Vec<_>>().join(" ")
        }
        None => t.to_string(),
    };
    let t = kept.as_str();
    let t = match fold(t).starts_with("de nghi ") {
        true => t.split_once(' ').and_then(|(_, r)| r.split_once(' ')).map_or(t, |(_, r)| r),
        false => t,
    };
    let f = fold(t);
    let words = f.split_whitespace().count();
    (f.starts_with("cac ")
        && (3..=30).contains(&words)
        && !t.contains([';', ':', '.'])
        && !blocks::says(t, DIRECTING))
    .then(|| agencies::initial_capital(t))
}

/// "Đẩy mạnh rà soát, xây dựng, hoàn thiện thể chế, cơ chế chính sách: Các bộ khẩn trương …",
/// "… chiến lược dữ liệu: (1) Thanh tra Chính phủ ban hành …": an item's title that names no
/// one before a colon, then sentences that name their subjects; the sentences.
fn titled_body(text: &str) -> Option<&str> {
    let (title, body) = text.split_once(':')?;
    let f = fold(title);
    let opens = ["sau", "nhu sau", "cu the", "gom", "bao gom"].iter().any(|w| f.ends_with(w));
    let directs = blocks::says(title, DIRECTING);
    // A title is a line of work ("Đẩy mạnh …"), not a field's name ("Đối tượng: Các sở, …").
    if opens
        || directs
        || f.split_whitespace().count() > 20
        || !clause::opens_on_task(title)
        || !agencies::find_all(title).is_empty()
    {
        return None;
    }
    let body = body.trim_start();
    // "(1) Thanh tra Chính phủ …": a step's number before the subject.
    let named = body
        .strip_prefix('(')
        .and_then(|b| b.split_once(')'))
        .filter(|(n, _)| n.len() <= 4)
        .map_or(body, |(_, rest)| rest.trim_start());
    let t = crate::text::fold::Tokens::new(named);
    agencies::agency_at(named, &t, 0).is_some().then_some(body)
}

/// The short names a document gives the bodies it names ("Các cơ sở đào tạo trực thuộc Bộ (sau
/// đây gọi là cơ sở đào tạo)"): each folded, without "các", with the name it stands for.
fn aliases(text: &str) -> Vec<(String, String)> {
    const SAYS: &[&str] = &[
        "sau day goi tat la ",
        "sau day goi la ",
        "sau day viet tat la ",
        "sau day viet la ",
        "goi tat la ",
    ];
    agencies::find_all(text)
        .into_iter()
        .filter_map(|a| {
            // "các sở, …, các doanh nghiệp, tổ chức Hội (sau đây viết tắt là cơ quan, đơn vị)":
            // the short name of a list, not of its last member.
            // Only a name followed by its short name in brackets is looked at further.
            let inner = text[a.range.end..].trim_start().strip_prefix('(')?.split(')').next()?;
            let mut before = text[..a.range.start].trim_end();
            // "…, Tổng giám đốc các tập đoàn … (sau đây gọi tắt là các bộ, cơ quan trung ương và
            // địa phương)": a holder's title before the last member is still inside the list
            // (the few words before it are enough to tell).
            let tail = |s: &str| fold(&s[s.char_indices().rev().nth(20).map_or(0, |(k, _)| k)..]);
            while let Some(title) = ["tong giam doc", "giam doc", "chu tich", "thu truong", "bo truong"]
                .iter()
                .find(|w| tail(before).ends_with(&format!(" {w}")))
            {
                let words = title.split(' ').count();
                before = before.rsplitn(words + 1, char::is_whitespace).last().unwrap_or("").trim_end();
            }
            if before.ends_with([',', ';']) || tail(before).ends_with(" va") {
                return None;
            }
            let f = fold(inner);
            let short = SAYS.iter().find_map(|s| f.strip_prefix(s))?.trim();
            let short = short.strip_prefix("cac ").unwrap_or(short);
            // "các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, …, Lâm Đồng (sau đây gọi là các
            // tỉnh, thành phố)": a list under a short name keeps the short name.
            let full = a.name.split_whitespace().collect::<Vec<_>>().join(" ");
            (short.split_whitespace().count() >= 2 && !full.contains(':'))
                .then(|| (short.to_string(), agencies::initial_capital(&full)))
        })
        .collect()
}

/// A proposed task with its item label and programme.
type Item = (Option<String>, Programme, Task);

/// A report says the same thing twice ("Theo đó, UBND tỉnh yêu cầu … tiếp tục thực hiện nghiêm
/// Chỉ thị số 16 …" and "Công văn nêu rõ, … tiếp tục thực hiện nghiêm Chỉ thị số 16 …, các văn
/// bản của UBND tỉnh …"): the same leads, the same deadline and mostly the same words are one
/// task, kept where it was first said.
fn without_repeats(tasks: Vec<Item>) -> Vec<Item> {
    let words = |t: &Task| -> std::collections::HashSet<String> {
        fold(&t.text).split_whitespace().map(str::to_string).collect()
    };
    let mut kept: Vec<(Item, std::collections::HashSet<String>)> = Vec::new();
    for task in tasks {
        let said = words(&task.2);
        let repeat = kept.iter().any(|((item, _, k), seen)| {
            *item == task.0
                && k.leads == task.2.leads
                && k.deadline.as_ref().map(|d| d.0) == task.2.deadline.as_ref().map(|d| d.0)
                && said.len().min(seen.len()) >= 4
                && said.intersection(seen).count() * 5 >= said.len().min(seen.len()) * 4
        });
        if !repeat {
            kept.push((task, said));
        }
    }
    kept.into_iter().map(|(task, _)| task).collect()
}

/// Who a notice may name: the committee's units, and the agencies the document itself names
/// where their end is plain ([`agencies::bounded`]), so that a name read on into a verb the
/// name reader does not know ("Sở Xây dựng công bố giá …") is cut back to the one the document
/// gives elsewhere ("Sở Xây dựng khẩn trương …"): a document names its agencies the same way
/// throughout.
#[derive(Clone, Copy)]
pub(super) struct Names<'a> {
    pub units: &'a [UnitNames],
    pub known: &'a [String],
    /// Whom the paragraph before gave work to: what "các đơn vị" stands for after it.
    pub addressees: Option<&'a [Lead]>,
    /// The people's committee issues the document (or its office does), so "UBND tỉnh yêu cầu
    /// …" is the speaker; in the Government's, a council's or a ministry's it is addressed.
    pub committee_speaks: bool,
    /// The Government, the Prime Minister or their office issues it: "Giao Bộ Xây dựng … xem
    /// xét" is then work, where a province's "Bộ … xem xét" asks upwards.
    pub government_speaks: bool,
    /// The document names a province's people's committee: "Ủy ban nhân dân thành phố" is then
    /// one of its cities, not the speaker.
    pub provincial: bool,
    /// The province or city a central document is about ("tỉnh Điện Biên"), for "Tỉnh …" as
    /// a subject.
    pub place: Option<&'a str>,
    /// The codes after a document's number ("TCT-TTr" in "4302/TCT-TTr"): the issuer's
    /// initials among them, so "Tổng cục Thuế yêu cầu …" in its own letter is the speaker.
    pub issuer: Option<&'a str>,
}

/// An item naming who does what its children say: its label, its leads, and whether it was
/// numbered.
type Container = (Option<String>, Vec<Lead>, bool);

/// An item whose lead, co-units and deadline come as labelled lines after it.
struct Fielded {
    item: Option<String>,
    programme: Programme,
    text: String,
    lead: Option<String>,
    co: Option<String>,
    deadline: Option<String>,
    /// What the item read as by itself (no one named), if the lines name no one either.
    fallback: Vec<Task>,
    /// Whether its fields come after lines of its own.
    awaits: bool,
    /// "a) Nhiệm vụ:" with nothing after it, then "- Triển khai …", "- Phối hợp …": each bullet
    /// a piece of work of its own, the fields shared.
    parts: Vec<String>,
    /// "Cơ quan thực hiện: Sở Nội vụ chủ trì …; Sở Tư pháp và … chủ động tổ chức triển khai …":
    /// the field written as sentences, each naming its own work.
    sentences: Option<String>,
}

impl Fielded {
    /// An item's work, its who and when still to come.
    fn new(item: Option<String>, programme: Programme, text: String) -> Self {
        Fielded {
            item,
            programme,
            text,
            lead: None,
            co: None,
            deadline: None,
            fallback: Vec::new(),
            awaits: false,
            parts: Vec::new(),
            sentences: None,
        }
    }

    /// Who and when in brackets after the task: "1. Hoàn thành Kiến trúc … (Sở Khoa học và
    /// Công nghệ chủ trì, phối hợp Viettel Hưng Yên; thời hạn: 30/5/2026).", "(Giao Công an
    /// tỉnh tham mưu)".
    fn bracketed(&mut self) {
        let text = self.text.trim_end().trim_end_matches(['.', ';']);
        let Some(inner) = text.strip_suffix(')') else { return };
        let Some(open) = inner.rfind('(') else { return };
        let word = |w: &str| fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
        let mut lead = None;
        let mut co = None;
        let mut when = Vec::new();
        for part in inner[open + 1..].split(';') {
            let words: Vec<&str> = part.split_whitespace().collect();
            // "Giao" in front makes any verb the lead's role; without it only "chủ trì" does.
            let given = words.first().is_some_and(|w| word(w) == "giao");
            let from = usize::from(given);
            let role = (from..words.len().saturating_sub(1)).find(|&k| {
                let (first, second) = (word(words[k]), word(words[k + 1]));
                let pair = (first.as_str(), second.as_str());
                pair == ("chu", "tri")
                    || given && [("tham", "muu"), ("thuc", "hien"), ("trien", "khai")].contains(&pair)
            });
            match role {
                Some(k) if k > from && lead.is_none() => {
                    lead = Some(words[from..k].join(" "));
                    let rest = &words[k + 2..];
                    if let Some(h) = (0..rest.len().saturating_sub(1))
                        .find(|&h| word(rest[h]) == "phoi" && word(rest[h + 1]) == "hop")
                    {
                        let from =
                            if rest.get(h + 2).is_some_and(|w| word(w) == "voi") { h + 3 } else { h + 2 };
                        co = Some(rest[from..].join(" "));
                    }
                }
                _ => when.push(part.split_once(':').map_or(part, |(_, d)| d).trim()),
            }
        }
        let Some(lead) = lead else { return };
        self.lead = Some(lead);
        self.co = co;
        self.deadline = (!when.is_empty()).then(|| when.join("; "));
        self.text = inner[..open].trim().to_string();
    }

    /// An item that is all fields on one line: "1. Nội dung: Xây dựng …; cơ quan chủ trì: Sở
    /// Nội vụ; cơ quan phối hợp: Sở Tư pháp; thời gian: Quý III/2026."
    fn inline(item: Option<String>, programme: Programme, line: &str) -> Option<Fielded> {
        let (head, rest) = line.split_once(':')?;
        if crate::import::sheet::column_of(head.trim()) != Some("text") || head.split_whitespace().count() > 4
        {
            return None;
        }
        // The task's words run to the first part that is a field.
        let parts: Vec<&str> = rest.split(';').collect();
        let at = parts.iter().position(|p| layout::field(p.trim()).is_some())?;
        let mut fielded = Fielded::new(item, programme, parts[..at].join(";").trim().to_string());
        (fielded.take(&parts[at..].join(";")) && fielded.lead.is_some()).then_some(fielded)
    }

    /// Takes a labelled line ("Cơ quan chủ trì: Sở Tư pháp."), or several on one line.
    fn take(&mut self, line: &str) -> bool {
        // "Nhiệm vụ 1", "Hoạt động 2" on its own line, then "Nội dung: …".
        let title_only = self.text.split_whitespace().count() <= 3
            && self.text.trim_end().ends_with(|c: char| c.is_ascii_digit());
        if (self.text.trim().is_empty() || title_only)
            && let Some((head, value)) = line.split_once(':')
            && crate::import::sheet::column_of(head.trim()) == Some("text")
        {
            self.text = value.trim().to_string();
            return true;
        }
        // "Cơ quan chủ trì: Sở Nội vụ; Cơ quan phối hợp: Sở Tư pháp; Sở Tài chính": a part
        // naming no field goes on with the field before it.
        let mut fields: Vec<(&str, String)> = Vec::new();
        for part in line.split(';') {
            match layout::field(part.trim()) {
                Some((name, value)) => fields.push((name, value.to_string())),
                None => match fields.last_mut() {
                    Some((_, value)) => {
                        value.push(';');
                        value.push_str(part);
                    }
                    None => return false,
                },
            }
        }
        for (name, value) in &fields {
            let value = value.trim_end_matches(['.', ';']).trim().to_string();
            match *name {
                // "Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành …": the
                // field written as a sentence.
                "lead" => match value.find(" chủ trì") {
                    Some(at) => {
                        if value[at..].contains(';') {
                            self.sentences = Some(value.clone());
                        }
                        let rest = &value[at + " chủ trì".len()..];
                        if let Some(p) = rest.find("phối hợp") {
                            let co = rest[p + "phối hợp".len()..].trim_start();
                            let co = co.strip_prefix("với").unwrap_or(co).trim();
                            if self.co.is_none() && !co.is_empty() {
                                self.co = Some(co.to_string());
                            }
                        }
                        self.lead = Some(value[..at].trim().to_string());
                    }
                    None => self.lead = Some(value),
                },
                "co" => self.co = Some(value),
                "deadline" => self.deadline = Some(value),
                _ => {}
            }
        }
        !fields.is_empty()
    }

    /// Its tasks: one, or one per bullet of its work ([`Fielded::parts`]).
    fn tasks(
        mut self,
        units: &[UnitNames],
        names: Names<'_>,
        cx: Context<'_>,
    ) -> Vec<(Option<String>, Programme, Task)> {
        let parts = std::mem::take(&mut self.parts);
        let sentences = self.sentences.take();
        let Some((item, programme, task)) = self.task(units, cx) else { return Vec::new() };
        if let Some(said) = sentences {
            // The first sentence is the lead's part in the item's work; the others, their own.
            let read = clause::paragraph(&said, None, false, false, names, cx);
            let others: Vec<Task> =
                read.tasks.into_iter().filter(|t| !t.leads.is_empty() && t.leads != task.leads).collect();
            let mut out = vec![(item.clone(), programme, task)];
            out.extend(others.into_iter().map(|t| (item.clone(), programme, t)));
            return out;
        }
        if parts.len() < 2 {
            return vec![(item, programme, task)];
        }
        parts.into_iter().map(|text| (item.clone(), programme, Task { text, ..task.clone() })).collect()
    }

    fn task(self, units: &[UnitNames], cx: Context<'_>) -> Option<(Option<String>, Programme, Task)> {
        let Some(lead) = &self.lead else {
            return self.fallback.into_iter().next().map(|t| (self.item, self.programme, t));
        };
        // A field's value is a table's cell: read as one.
        let named = |s: &str| -> Vec<Lead> {
            let (assignees, names) = super::sheet::named(s, units, cx.today);
            assignees
                .into_iter()
                .zip(names)
                .map(|(assignee, name)| Lead { name, assignee, refers: false })
                .collect()
        };
        let leads = named(lead);
        if leads.is_empty() {
            return None;
        }
        let co = self.co.as_deref().map(named).unwrap_or_default();
        let deadline = self.deadline.as_deref().and_then(|d| {
            let read = deadline::parse(d, cx).ok().or_else(|| deadline::find(d, cx).map(|(x, _)| x))?;
            Some((read, d.to_string()))
        });
        let text = self.text.trim_end_matches(['.', ';', ':']).trim().to_string();
        Some((self.item, self.programme, Task { leads, co, text, deadline }))
    }
}

/// "Bộ Xây dựng cũng được giao …" | "Bên cạnh đó, Bộ này phải phối hợp …", "yêu cầu đơn vị nêu
/// trên đảm bảo …": a lead that refers back is the last lead of its kind before it ("Bộ này" the
/// last "Bộ …"; "đơn vị", "cơ quan" any body named, not a group).
fn referred_back(tasks: &mut [(Option<String>, Programme, Task)]) {
    let reference = |name: &str| {
        let f = fold(name);
        agencies::REFERRING_KINDS
            .iter()
            .find(|k| agencies::REFERENCES.iter().any(|r| f == format!("{k} {}", fold(r))))
    };
    for at in 0..tasks.len() {
        for k in 0..tasks[at].2.leads.len() {
            let Some(kind) = reference(&tasks[at].2.leads[k].name) else { continue };
            let any = ["don vi", "co quan", "doanh nghiep", "dia phuong"].contains(kind);
            let before = tasks[..at].iter().rev().flat_map(|(_, _, t)| t.leads.iter().rev()).find(|l| {
                reference(&l.name).is_none()
                    && !matches!(l.assignee, Assignee::Group(_))
                    && (any || fold(&l.name).starts_with(&format!("{kind} ")))
            });
            if let Some(lead) = before.cloned() {
                tasks[at].2.leads[k] = lead;
            }
        }
    }
}

/// "nhập doanh nghiệp 339.000 339.000 375.200 418.000": a statistics table's row run into a
/// line, its figures where work would be words.
fn figures(text: &str) -> bool {
    let tokens = text.split_whitespace();
    let numbers = tokens
        .clone()
        .filter(|w| w.contains(|c: char| c.is_ascii_digit()) && !w.contains(char::is_alphabetic))
        .count();
    let words = tokens.filter(|w| w.contains(char::is_alphabetic)).count();
    // "Thuế Tỉnh Cao Bằng | 2,393 2,269": a table's row of figures after a name, no words at all.
    numbers >= 4 && 2 * numbers >= words || numbers > 0 && words == 0
}

/// How tasks will name their source: "Thông báo số 128/TB-UBND ngày 12/3/2026", "Thông báo
/// kết luận ngày 08/8/2023" (dates as Nghị định 30/2020 writes them).
fn source_of(number: Option<String>, date: Option<NaiveDate>) -> String {
    let date_text = date.map(crate::i18n::vi_date);
    match (number, &date_text) {
        (Some(n), Some(d)) => format!("{} số {n} ngày {d}", kind_of(&n)),
        (Some(n), None) => format!("{} số {n}", kind_of(&n)),
        (None, Some(d)) => format!("Thông báo kết luận ngày {d}"),
        (None, None) => "Thông báo kết luận".to_string(),
    }
}

/// The kind of document its number's symbol says (the abbreviations of Decree 30/2020): "12/
/// KH-UBND" is a plan, "45/TB-VPUBND" a notice, "123/UBND-KT" (no kind) a dispatch.
fn kind_of(number: &str) -> &'static str {
    let symbol = number.split_once('/').map_or("", |(_, s)| s);
    let kind = symbol.split(['-', '/']).next().unwrap_or_default();
    match fold(kind).as_str() {
        "tb" => "Thông báo",
        "kh" => "Kế hoạch",
        "ct" => "Chỉ thị",
        "qd" => "Quyết định",
        "nq" => "Nghị quyết",
        "kl" => "Kết luận",
        "bc" => "Báo cáo",
        "cd" => "Công điện",
        _ => "Văn bản",
    }
}

fn proposal(item: Option<String>, programme: Programme, task: Task, source: &str) -> Proposal {
    let (deadline, deadline_text) = match task.deadline {
        Some((Deadline::On(d), words)) => (Some(d), Some(words)),
        Some((_, words)) => (None, Some(words)),
        None => (None, None),
    };
    Proposal {
        item,
        text: task.text,
        lead_names: task.leads.iter().map(|l| l.name.clone()).collect(),
        leads: task.leads.into_iter().map(|l| l.assignee).collect(),
        co_units: task.co.iter().filter_map(|c| c.unit()).collect(),
        co_names: task.co.into_iter().map(|c| c.name).collect(),
        deadline,
        deadline_text,
        programme,
        source_document: Some(source.to_string()),
        code: None,
    }
}

/// Whether a paragraph is a part of the container's item: bullets and lettered or sub-numbered
/// items under it.
fn is_child(container: &Option<Container>, para: &blocks::Para) -> bool {
    // "Điều 4. Điều khoản thi hành": the next article is no part of the last one's items.
    if para.article {
        return false;
    }
    match (container, &para.label) {
        (Some(_), Some(Label::Bullet)) => true,
        (Some((Some(parent), _, true)), Some(Label::Number(n))) => {
            n.starts_with(&format!("{parent}.")) || (is_letter(n) && !is_letter(parent))
        }
        // "* Sở Tài chính:" then "(1) …", "(2) …".
        (Some((None, _, false)), Some(Label::Number(_))) => true,
        // "- Bộ Xây dựng:" under "(3) …" then "(i) Đối với Dự án …": a list the bullet opens
        // starts at its first mark.
        (Some((Some(_), _, false)), Some(Label::Number(n))) => {
            matches!(n.trim_matches(['(', ')']), "i" | "1" | "a")
        }
        // "5. Sở Nội vụ" over a paragraph of its own: the item's text.
        (Some((Some(_), _, true)), None) => true,
        // "UBND tỉnh yêu cầu các đơn vị, địa phương:" then paragraphs that open on a verb.
        (Some((None, _, false)), None) => clause::under_request(&para.text),
        _ => false,
    }
}

/// "(ii)" after "(i)", "2" after "1", "b" after "a": the next mark of the same kind.
fn follows(prev: &str, next: &str) -> bool {
    let bare = |s: &str| s.trim_matches(['(', ')']).to_string();
    let (prev, next) = (bare(prev), bare(next));
    let roman = |s: &str| match s {
        "i" => Some(1),
        "ii" => Some(2),
        "iii" => Some(3),
        "iv" => Some(4),
        "v" => Some(5),
        "vi" => Some(6),
        "vii" => Some(7),
        "viii" => Some(8),
        "ix" => Some(9),
        "x" => Some(10),
        _ => None,
    };
    let ordinal = |s: &str| -> Option<u32> {
        s.parse().ok().or_else(|| {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii_lowercase() => Some(c as u32),
                _ => None,
            }
        })
    };
    match (roman(&prev), roman(&next)) {
        (Some(a), Some(b)) if b == a + 1 => true,
        _ => matches!((ordinal(&prev), ordinal(&next)), (Some(a), Some(b)) if b == a + 1),
    }
}

/// "a", "đ", the Roman "ii", "iv" and the bracketed "(1)", "(iii)" some offices number an
/// item's parts with.
fn is_letter(label: &str) -> bool {
    label.chars().all(char::is_alphabetic) && label.chars().count() == 1
        || blocks::small_roman(label)
        || label.starts_with('(') && label.ends_with(')')
}

/// An item's label: its number, a letter under its section or container ("2.a"), a bullet
/// under its container's number.
fn item_label(
    label: &Option<Label>,
    container: &Option<(Option<String>, Vec<Lead>, bool)>,
    section: &Option<String>,
) -> Option<String> {
    let parent = container.as_ref().and_then(|(l, _, _)| l.clone());
    match label {
        Some(Label::Number(n)) if is_letter(n) => match parent.as_ref().or(section.as_ref()) {
            Some(p) if !is_letter(p) => {
                // "a) Sở Xây dựng:" then "b) Sở Khoa học …:": letters follow each other, not
                // nest ("2.2.b", not "2.2.a.b").
                let kind = |l: &str| (l.starts_with('('), blocks::small_roman(l) && l.len() > 1);
                let p = match p.rsplit_once('.') {
                    Some((head, last)) if is_letter(last) && kind(last) == kind(n) => head,
                    _ => p,
                };
                Some(format!("{p}.{n}"))
            }
            _ => Some(n.clone()),
        },
        Some(Label::Number(n)) => Some(n.clone()),
        // A bullet, or a paragraph under "5. Sở Nội vụ": the item's.
        Some(Label::Bullet) | None => parent,
    }
}

/// Whether two item numbers are of one kind: "1." and "2.", "(1)" and "(2)", "a)" and "b)".
fn same_kind(a: &str, b: &str) -> bool {
    let kind = |n: &str| (n.starts_with('('), is_letter(n), n.matches('.').count());
    kind(a) == kind(b)
}

/// "Về Đề án 06", "2. Về chuyển đổi số", "1. Về thực hiện Nghị quyết số 57-NQ/TW": the
/// programme the following items belong to.
fn programme_of(folded: &str) -> Option<Programme> {
    let heading = folded.split_whitespace().count() <= 14;
    if !heading {
        return None;
    }
    Programme::named_in(folded)
}

/// The notice's date: the first "ngày 08/8/2023" (or "ngày 8 tháng 8 năm 2023") near its top,
/// with its year; or a news page's dateline ("Thứ Năm, 24/09/2026 - 17:42").
fn document_date(text: &str) -> Option<NaiveDate> {
    let head: String = text.chars().take(3000).collect();
    // "ngày" (day), not "ngay" (at once: "Các việc cần làm ngay:"), when the text has its marks.
    let marked = head.chars().any(|c| !c.is_ascii() && c.is_alphabetic());
    let folded = if marked { head.to_lowercase() } else { fold(&head) };
    let day_word = if marked { "ngày " } else { "ngay " };
    let whole = Context::document(NaiveDate::from_ymd_opt(2000, 1, 1)?);
    let has_year = |s: &str| s.split(|c: char| !c.is_ascii_digit()).any(|n| n.len() == 4);
    let mut search = folded.as_str();
    while let Some(at) = search.find(day_word) {
        // "trước 17h ngày 10/12/2025", "hạn ngày …": a deadline in a task, not the date the
        // document was written; nor is "khởi công … vào ngày 19/12/2025" or "trong ngày …".
        let before: Vec<&str> = search[..at].split_whitespace().rev().take(2).collect();
        let dated_work = before.iter().any(|w| {
            let w = fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
            matches!(w.as_str(), "truoc" | "trc" | "han" | "nhat" | "den" | "tu" | "het" | "vao" | "trong")
                || w.ends_with('h') && w.starts_with(|c: char| c.is_ascii_digit())
                || w == "gio"
        });
        // "Căn cứ Luật … ngày 19 tháng 6 năm 2015;": the grounds cite other documents' dates.
        let abs = folded.len() - search.len() + at;
        let line = &folded[folded[..abs].rfind('\n').map_or(0, |p| p + 1)..];
        let grounds = ["can cu", "xet ", "thuc hien "].iter().any(|w| fold(line.trim_start()).starts_with(w));
        if dated_work || grounds {
            search = &search[at + day_word.len()..];
            continue;
        }
        let after = &search[at + day_word.len()..];
        let candidate: String = after.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
        if let Some((Deadline::On(d), range)) = deadline::find(&format!("ngày {candidate}"), whole)
            && range.start == 0
            && has_year(&format!("ngày {candidate}")[range])
        {
            return Some(d);
        }
        search = &search[at + day_word.len()..];
    }
    // A dateline: a full date alone near the top.
    folded.lines().take(8).find_map(|line| {
        line.split(|c: char| c.is_whitespace() || c == ',')
            .find_map(|w| NaiveDate::parse_from_str(w, "%d/%m/%Y").ok())
    })
}

/// Whether the provincial people's committee (or its office) issued the document: by the
/// number's issuer ("12/KH-UBND", "45/TB-VP"; not "641/TB-VPCP", "26/NQ-HĐND", "161/CĐ-TTg",
/// "2390/BTTTT-THH"), else by the letterhead; a text with neither is taken as the committee's.
fn committee_speaks(text: &str, folded: &str, codes: Option<&str>) -> bool {
    const OTHERS: &[&str] = &[
        "HỘI ĐỒNG NHÂN DÂN",
        "VĂN PHÒNG CHÍNH PHỦ",
        "THỦ TƯỚNG CHÍNH PHỦ",
        "CHÍNH PHỦ",
        "TỈNH ỦY",
        "TỈNH UỶ",
        "THÀNH ỦY",
        "THÀNH UỶ",
        "BAN CHẤP HÀNH",
        "BỘ ",
    ];
    if let Some(issuer) = codes.map(str::to_uppercase) {
        let parts: Vec<&str> = issuer.split('-').collect();
        return parts.iter().any(|p| p.starts_with("UB") || *p == "VP" || p.starts_with("VPUB"));
    }
    let head = head(text);
    let letterhead = |l: &str| l.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    // Without a letterhead, a body that asks the committee in so many words ("Hội đồng nhân
    // dân tỉnh yêu cầu Ủy ban nhân dân tỉnh …") is the one speaking.
    let asked = ["hoi dong nhan dan tinh", "hdnd tinh", "thu tuong chinh phu", "tinh uy", "ban thuong vu"]
        .iter()
        .flat_map(|body| ["yeu cau", "giao", "de nghi"].map(|verb| format!("{body} {verb} ")))
        .any(|said| {
            folded.match_indices(&said).any(|(at, _)| {
                let next = &folded[at + said.len()..];
                ["uy ban nhan dan tinh", "ubnd tinh", "uy ban nhan dan thanh pho", "ubnd thanh pho"]
                    .iter()
                    .any(|c| next.starts_with(c))
            })
        });
    !asked
        && !leader_concludes(text)
        && !head.iter().any(|l| letterhead(l) && OTHERS.iter().any(|o| l.starts_with(o)))
}

/// A title that says whose conclusion it is: "Kết luận của Phó Thủ tướng Chính phủ …".
fn leader_concludes(text: &str) -> bool {
    let title = fold(&head(text).join(" "));
    ["ket luan cua", "y kien chi dao cua", "y kien ket luan cua"].iter().any(|w| {
        title.match_indices(w).any(|(at, _)| {
            let who = title[at + w.len()..].trim_start();
            ["thu tuong", "pho thu tuong", "bo truong"].iter().any(|c| who.starts_with(c))
        })
    })
}

/// Whether the Government speaks: its codes in the number ("627/TB-VPCP", "161/CĐ-TTg"), its
/// letterhead, or a title giving the Prime Minister's conclusion.
fn government_speaks(text: &str, codes: Option<&str>) -> bool {
    if let Some(issuer) = codes.map(str::to_uppercase) {
        return issuer.split('-').any(|p| matches!(p, "VPCP" | "TTG" | "CP"));
    }
    let letterhead = head(text).iter().any(|l| {
        ["VĂN PHÒNG CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ", "CHÍNH PHỦ"].iter().any(|o| l.starts_with(o))
    });
    letterhead || leader_concludes(text)
}

/// The document's head: its first twelve lines with words, where the letterhead and the title
/// stand.
fn head(text: &str) -> Vec<&str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).take(12).collect()
}

/// Whom a letter is sent to: the agencies after "Kính gửi:", on its line and the bulleted lines
/// under it; `None` when it names none or more than three (a list for information).
fn addressees(text: &str, units: &[UnitNames], date: NaiveDate) -> Option<Vec<Lead>> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let at = lines.iter().position(|l| {
        let f = fold(l);
        (f.starts_with("kinh gui") || f.starts_with("gui")) && l.find(':').is_some_and(|c| c <= 14)
    })?;
    let mut written = lines[at].split_once(':').map_or("", |(_, rest)| rest).to_string();
    // "Kính gửi:" alone, the addressee on the next line that says something.
    let mut at = at;
    if written.trim().is_empty()
        && let Some(k) = (at + 1..lines.len()).find(|&k| !lines[k].is_empty())
        && !lines[k].starts_with(['-', '+', '•'])
    {
        written = lines[k].to_string();
        at = k;
    }
    // Bulleted addressees, and a line that goes on with the one before ("… trực" | "thuộc
    // Trung ương.").
    for l in lines[at + 1..]
        .iter()
        .take_while(|l| l.starts_with(['-', '+', '•']) || l.starts_with(char::is_lowercase) || l.is_empty())
    {
        written.push_str(if l.starts_with(char::is_lowercase) { " " } else { "; " });
        written.push_str(l.trim_start_matches(['-', '+', '•']));
    }
    let found = agencies::find_all(&written);
    if found.is_empty() || found.len() > 3 {
        return None;
    }
    let leads: Vec<Lead> = found.iter().flat_map(|a| super::leads::lead_of(a, units, date)).collect();
    (!leads.is_empty()).then_some(leads)
}

/// The province or city a text names most ("tỉnh Điện Biên"), as written the first time.
fn main_place(text: &str) -> Option<String> {
    use crate::text::fold::{Kind, Tokens};
    let t = Tokens::new(text);
    let mut counts: Vec<(String, String, usize)> = Vec::new();
    for k in 0..t.len() {
        let Some(n) = ["tinh", "thanh pho"].iter().filter_map(|w| t.count_words(k, w)).max() else {
            continue;
        };
        let words = (k + n..(k + n + 3).min(t.len()))
            .take_while(|&m| {
                t.kind(m) == Some(Kind::Word) && text[t.orig(m, m + 1)].starts_with(char::is_uppercase)
            })
            .count();
        if words == 0 || t.is_word(k + n, "uy") {
            continue;
        }
        let key = fold(&text[t.orig(k + n, k + n + words)]);
        match counts.iter_mut().find(|(seen, _, _)| *seen == key) {
            Some((_, _, count)) => *count += 1,
            None => counts.push((key, text[t.orig(k, k + n + words)].to_string(), 1)),
        }
    }
    let (_, name, _) = counts.into_iter().filter(|(_, _, c)| *c >= 2).max_by_key(|(_, _, c)| *c)?;
    Some(agencies::initial_capital(&name))
}

/// The notice's title line ("THÔNG BÁO Kết luận của …") and its number ("Số: 123/TB-UBND").
fn title_and_number(text: &str) -> (Option<String>, Option<String>) {
    let mut title = None;
    let mut number = None;
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).take(60).collect();
    for (i, l) in lines.iter().enumerate() {
        let f = fold(l);
        // "Số", not "Sở Nội vụ …/…": with its marks, when the line has them.
        let marked = l.to_lowercase().starts_with("số") || l.is_ascii();
        // "Số: 4302 /TCT-TTr": a space before the bar, as a scan's text layer gives it.
        let joined = l.replace(" /", "/").replace("/ ", "/");
        let l = joined.as_str();
        if number.is_none() && marked && (f.starts_with("so ") || f.starts_with("so:")) && l.contains('/') {
            // "Số: 12/KH-UBND        Phú Thọ, ngày …": the header's two columns on one line.
            number = l
                .split_once([':', ' '])
                .and_then(|(_, n)| n.trim().trim_start_matches(':').split_whitespace().next())
                .filter(|n| n.contains('/') && n.starts_with(|c: char| c.is_ascii_digit()))
                .map(str::to_string);
        }
        if title.is_some() {
            continue;
        }
        if f.contains("thong bao") && f.contains("ket luan") {
            title = Some(l.chars().take(300).collect());
        } else if f == "thong bao" && lines.get(i + 1).is_some_and(|n| fold(n).starts_with("ket luan")) {
            // "THÔNG BÁO" on a line of its own, the subject on the next.
            title = Some(format!("{l} {}", lines[i + 1]).chars().take(300).collect());
        }
    }
    (title, number)
}

/// A lead or co-unit as the importer proposes it.
impl Lead {
    fn unit(&self) -> Option<i64> {
        match self.assignee {
            Assignee::Unit(id) => Some(id),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each proposal as "item | leads | deadline | text".
    fn read_rows(text: &str) -> Vec<String> {
        let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        read(text, &[], today)
            .unwrap()
            .proposals
            .iter()
            .map(|p| {
                // One name for two groups ("các cơ quan, đơn vị, địa phương"), as the JSON has it.
                let mut names = p.lead_names.clone();
                names.dedup();
                format!(
                    "{} | {} | {} | {}",
                    p.item.clone().unwrap_or_default(),
                    names.join(" + "),
                    p.deadline.map_or("-".to_string(), |d| d.to_string()),
                    p.text
                )
            })
            .collect()
    }

    #[test]
    fn shapes_from_real_sets_ten_and_eleven() {
        // Steps numbered inside a sentence, dated by the report that closes them.
        let rows = read_rows(
            "Số: 11520/VPCP-CN\n\
             Kính gửi: Bộ trưởng Bộ Công Thương\n\
             Phó Thủ tướng Chính phủ có ý kiến như sau:\n\
             Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan khẩn trương làm rõ các nội dung còn vướng mắc, cụ thể: (i) Đánh giá khả năng cung ứng nhiên liệu sinh học; (ii) Rà soát năng lực phối trộn của các doanh nghiệp đầu mối; báo cáo Thủ tướng Chính phủ kết quả thực hiện trong tháng 11 năm 2025.",
        );
        assert_eq!(
            rows,
            [
                " | Bộ Công Thương | 2025-11-30 | Đánh giá khả năng cung ứng nhiên liệu sinh học",
                " | Bộ Công Thương | 2025-11-30 | Rà soát năng lực phối trộn của các doanh nghiệp đầu mối; báo cáo Thủ tướng Chính phủ kết quả",
            ]
        );
        // The party's and the government's heads of two provinces; the item's parts in brackets.
        let rows = read_rows(
            "Số: 227/CĐ-TTg\n\
             Mưa lũ đã gây thiệt hại nặng nề, Thủ tướng Chính phủ yêu cầu:\n\
             1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai và Lâm Đồng tiếp tục chỉ đạo khắc phục hậu quả, trong đó tập trung một số nhiệm vụ sau:\n\
             (1) Huy động lực lượng tiếp cận các hộ dân bị cô lập.\n\
             (2) Hỗ trợ Nhân dân sửa chữa nhà cửa, hoàn thành trước ngày 30/11/2025.\n\
             2. Bộ trưởng Bộ Quốc phòng chỉ đạo các quân khu hỗ trợ địa phương.",
        );
        assert_eq!(
            rows,
            [
                "1.(1) | UBND tỉnh Gia Lai + UBND tỉnh Lâm Đồng | - | Huy động lực lượng tiếp cận các hộ dân bị cô lập",
                "1.(2) | UBND tỉnh Gia Lai + UBND tỉnh Lâm Đồng | 2025-11-30 | Hỗ trợ Nhân dân sửa chữa nhà cửa",
                "2 | Bộ Quốc phòng | - | chỉ đạo các quân khu hỗ trợ địa phương",
            ]
        );
        // A leader who speaks names no one; praise is no task; an owner and a province's committee lead.
        let rows = read_rows(
            "Số: 653/TB-VPCP\n\
             Sau khi nghe báo cáo của các chủ đầu tư, Phó Thủ tướng Chính phủ Bùi Thanh Sơn đã có ý kiến chỉ đạo như sau:\n\
             1. Về Dự án Nhà máy điện\n\
             a) Đánh giá cao nỗ lực của Chủ đầu tư trong thời gian qua.\n\
             b) Để hoàn thành dự án đúng tiến độ, đề nghị:\n\
             (i) Ủy ban nhân dân tỉnh Đồng Nai chỉ đạo các sở, ngành liên quan hoàn thành bàn giao mặt bằng trong tháng 11 năm 2025.\n\
             (ii) Chủ đầu tư phối hợp với các nhà thầu hoàn thành nghiệm thu các hạng mục còn lại trong tháng 12 năm 2025.",
        );
        assert_eq!(
            rows,
            [
                "1.(i) | Ủy ban nhân dân tỉnh Đồng Nai | 2025-11-30 | chỉ đạo các sở, ngành liên quan hoàn thành bàn giao mặt bằng",
                "1.(ii) | Chủ đầu tư | 2025-12-31 | hoàn thành nghiệm thu các hạng mục còn lại",
            ]
        );
        // A directive's opening, a short heading, a board of every level, a year on the next line.
        let rows = read_rows(
            "Số: 07/CT-UBND\n\
             Để chủ động phòng, chống thiên tai trong năm 2015, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n\
             I. Nhiệm vụ chung\n\
             Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các ngành, các cấp, Thủ trưởng các sở, ban, ngành tỉnh tập trung thực hiện một số công việc sau:\n\
             - Khẩn trương hoàn thành tổng kết công tác phòng, chống thiên tai năm\n\
             2014 trước ngày 20/4/2015.",
        );
        assert_eq!(
            rows,
            [
                "I | Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các ngành, các cấp + Các sở, ban, ngành tỉnh | 2015-04-20 | hoàn thành tổng kết công tác phòng, chống thiên tai năm 2014",
            ]
        );
        // The day a letter was issued dates nothing; districts, towns and cities shortened.
        let rows = read_rows(
            "Ngày 9/11, UBND tỉnh ban hành văn bản yêu cầu các sở, ban, ngành, UBND các huyện, thị, thành chủ động ứng phó với cơn bão số 6:\n\
             1. Khẩn trương triển khai thực hiện Công điện số 1512/CĐ-TTg ngày 08/11/2019 của Thủ tướng Chính phủ.\n\
             2. Theo dõi chặt chẽ diễn biến cơn bão, chủ động triển khai các biện pháp bảo đảm an toàn.",
        );
        assert_eq!(
            rows,
            [
                "1 | Các sở, ban, ngành + UBND các huyện, thị, thành | - | triển khai thực hiện Công điện số 1512/CĐ-TTg ngày 08/11/2019 của Thủ tướng Chính phủ",
                "2 | Các sở, ban, ngành + UBND các huyện, thị, thành | - | Theo dõi chặt chẽ diễn biến cơn bão, chủ động triển khai các biện pháp bảo đảm an toàn",
            ]
        );
        // An item's fields under two headings of its own.
        let rows = read_rows(
            "Số: 110/QĐ-BXD\n\
             Theo Kế hoạch ban hành kèm theo Quyết định, Bộ Xây dựng yêu cầu theo dõi tình hình thị trường bất động sản như sau:\n\
             (1) Nội dung thực hiện:\n\
             - Thường xuyên theo dõi diễn biến thị trường bất động sản để kịp thời tham mưu, báo cáo;\n\
             (2) Tổ chức thực hiện:\n\
             - Đơn vị thực hiện: Cục Quản lý nhà và thị trường bất động sản\n\
             - Thời gian thực hiện: Năm 2025",
        );
        assert_eq!(
            rows,
            [
                " | Cục Quản lý nhà và thị trường bất động sản | 2025-12-31 | Thường xuyên theo dõi diễn biến thị trường bất động sản để kịp thời tham mưu, báo cáo",
            ]
        );
        // Grounds cited with a semicolon before the directive; a group of what bodies are of.
        let rows = read_rows(
            "Số: 6646/BGDĐT-KHTC\n\
             Theo đó, thực hiện Công điện 124/CĐ-TTg ngày 30/7/2025 của Thủ tướng Chính phủ; Đề án phát triển thanh toán không dùng tiền mặt (theo Quyết định 1813/QĐ-TTg ngày 28/10/2021), Bộ Giáo dục và Đào tạo đề nghị các bộ, cơ quan Trung ương của các tổ chức chính trị - xã hội và Ủy ban nhân dân các tỉnh, thành phố chỉ đạo các cơ sở giáo dục triển khai thực hiện, trong đó lưu ý các nội dung sau:\n\
             (1) Đối với các khoản thu học phí:\n\
             - Phối hợp các tổ chức tín dụng thống nhất mẫu thông tin thanh toán không dùng tiền mặt;\n\
             (2) Hạn chế tối đa việc thực hiện các khoản chi bằng tiền mặt.",
        );
        assert_eq!(
            rows,
            [
                "(1) | Các bộ, cơ quan Trung ương của các tổ chức chính trị - xã hội + Ủy ban nhân dân các tỉnh, thành phố | - | thống nhất mẫu thông tin thanh toán không dùng tiền mặt",
                "(2) | Các bộ, cơ quan Trung ương của các tổ chức chính trị - xã hội + Ủy ban nhân dân các tỉnh, thành phố | - | Hạn chế tối đa việc thực hiện các khoản chi bằng tiền mặt",
            ]
        );
        // A deadline between the directive and whom; one singled out; a report's purpose after it.
        let rows = read_rows(
            "Số: 07/CT-UBND\n\
             UBND tỉnh yêu cầu từ nay đến ngày 1/7/2021 Công an tỉnh phải tiếp tục duy trì các tổ cấp thẻ căn cước lưu động làm việc tất cả các ngày trong tuần. Riêng UBND huyện Khánh Sơn khẩn trương hoàn thiện hồ sơ quy hoạch; rà soát nhu cầu sử dụng đất, gửi báo cáo về Sở Tài nguyên và Môi trường trước ngày 25/6/2021, để tổng hợp.",
        );
        assert_eq!(
            rows,
            [
                " | Công an tỉnh | 2021-07-01 | duy trì các tổ cấp thẻ căn cước lưu động làm việc tất cả các ngày trong tuần",
                " | UBND huyện Khánh Sơn | 2021-06-25 | hoàn thiện hồ sơ quy hoạch; rà soát nhu cầu sử dụng đất, gửi báo cáo về Sở Tài nguyên và Môi trường, để tổng hợp",
            ]
        );
        // An earlier directive quoted; bodies by their kind; a ministry and its role; the closing formula.
        let rows = read_rows(
            "Số: 230/CĐ-TTg\n\
             Tại Thông báo số 384/TB-VPCP, Thủ tướng Chính phủ đã giao “Thanh tra Chính phủ, các địa phương hoàn thành việc thanh tra trước ngày 20/9/2025”. Thủ tướng Chính phủ yêu cầu:\n\
             1. Cơ quan thanh tra khẩn trương ban hành kết luận thanh tra trước ngày 26/11/2025.\n\
             2. Các lực lượng chức năng liên tục ra quân phát hiện, xử lý nghiêm các vi phạm.\n\
             3. Đài Truyền hình Việt Nam và hệ thống các cơ quan báo chí tăng thời lượng tuyên truyền về tác hại của buôn lậu.\n\
             4. Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo 751 đôn đốc các bộ, cơ quan, địa phương triển khai thực hiện Công điện này.\n\
             5. Các bộ, cơ quan ngang bộ căn cứ chức năng, nhiệm vụ được giao khẩn trương triển khai hiệu quả các nhiệm vụ nêu trên, chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ về việc chậm trễ.",
        );
        assert_eq!(
            rows,
            [
                "1 | Cơ quan thanh tra | 2025-11-26 | ban hành kết luận thanh tra",
                "2 | Các lực lượng chức năng | - | liên tục ra quân phát hiện, xử lý nghiêm các vi phạm",
                "3 | Đài Truyền hình Việt Nam + Các cơ quan báo chí | - | tăng thời lượng tuyên truyền về tác hại của buôn lậu",
                "4 | Bộ Tài chính | - | đôn đốc các bộ, cơ quan, địa phương triển khai thực hiện Công điện này",
            ]
        );
    }

    #[test]
    fn shapes_from_real_set_fourteen() {
        // A letter's addressees under 'Kính gửi:'; bodies a topic cites; kinds in lower case after a
        // directive; answering for a text.
        let rows = read_rows(
            "BỘ NỘI VỤ\n\
             Số: 10989/BNV-TCBC\n\
             Kính gửi:\n\
             - Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;\n\
             - Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương.\n\
             Thực hiện ý kiến của Ban Tổ chức Trung ương về triển khai các kết luận của Bộ Chính trị, Ban Bí thư và Văn bản số 9671-CV/BTCTW ngày 17/9/2025, Bộ Nội vụ đã xây dựng nguyên tắc đề xuất biên chế. Để việc đề xuất biên chế được thống nhất theo yêu cầu của Bộ Chính trị, Ban Bí thư, đề nghị bộ, ngành, địa phương khẩn trương tổng hợp đề xuất biên chế, gửi về Bộ Nội vụ trước ngày 26/11/2025. Bộ Nội vụ chịu trách nhiệm về nội dung giải trình, tiếp thu.\n\
             Đề nghị bộ, ngành, địa phương quan tâm thực hiện./.",
        );
        assert_eq!(
            rows,
            [" | Các bộ, ngành, địa phương | 2025-11-26 | tổng hợp đề xuất biên chế, gửi về Bộ Nội vụ",]
        );
        // Blank lines between paragraphs; a group's members on the next line; commas in brackets; a
        // province that acts on its grounds.
        let rows = read_rows(
            "Số: 234/CĐ-TTg\n\
             \n\
             Thủ tướng Chính phủ yêu cầu:\n\
             \n\
             1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh:\n\
             Đắk Lắk, Khánh Hòa:\n\
             \n\
             a) Huy động lực lượng hỗ trợ sửa chữa nhà, hoàn thành trước ngày 31/12/2025. Đồng thời thống kê báo cáo Thủ tướng Chính phủ (qua Văn phòng Chính phủ, Bộ Tài chính) số hộ gia đình bị ảnh hưởng.\n\
             \n\
             b) Ủy ban nhân dân cấp tỉnh chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ về tính chính xác của số liệu.\n\
             \n\
             2. Tỉnh Điện Biên\n\
             \n\
             Tỉnh căn cứ các quy định hiện hành để sắp xếp bố trí xe cứu thương phục vụ công tác.",
        );
        assert_eq!(
            rows,
            [
                "1.a | Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng | 2025-12-31 | Huy động lực lượng hỗ trợ sửa chữa nhà",
                "1.a | Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng | - | thống kê báo cáo Thủ tướng Chính phủ (qua Văn phòng Chính phủ, Bộ Tài chính) số hộ gia đình bị ảnh hưởng",
                "2 | Tỉnh | - | sắp xếp bố trí xe cứu thương phục vụ công tác",
            ]
        );
        // A review heading over a paragraph that asks for the review; grounds of any length; years wrapped
        // at the dash.
        let rows = read_rows(
            "Số: 15/CT-UBND\n\
             Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành triển khai lập kế hoạch đầu tư công trung hạn với các nội dung sau:\n\
             I. ĐÁNH GIÁ\n\
             TÌNH HÌNH THỰC HIỆN KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN GIAI ĐOẠN 2016-2020\n\
             Căn cứ kế hoạch phát triển kinh tế - xã hội của tỉnh, của ngành; các nghị quyết của HĐND tỉnh, yêu cầu các sở, ban, ngành, UBND các huyện khẩn trương đánh giá tình hình thực hiện kế hoạch đầu tư công giai đoạn 2016\n\
             - 2020 do ngành, địa phương mình quản lý.",
        );
        assert_eq!(
            rows,
            [
                " | Các sở, ban, ngành + UBND các huyện | - | đánh giá tình hình thực hiện kế hoạch đầu tư công giai đoạn 2016 - 2020 do ngành, địa phương mình quản lý",
            ]
        );
    }

    #[test]
    fn shapes_from_real_sets_sixteen_and_seventeen() {
        // A purpose without "Để" before the speaker's directive; the ministers by their title.
        let rows = read_rows(
            "Số: 229/CĐ-TTg\n\
             Thiết thực chào mừng Đại hội và khắc phục hậu quả thiên tai, bão lũ vừa qua, Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố thực hiện các nhiệm vụ sau:\n\
             1. Khẩn trương khắc phục hậu quả thiên tai.\n\
             2. Tiếp tục hỗ trợ các địa phương bị bão lũ.",
        );
        assert_eq!(
            rows,
            [
                // The heads of ministries and of ministry-level agencies: one group.
                "1 | Các bộ + Ủy ban nhân dân các tỉnh, thành phố | - | khắc phục hậu quả thiên tai",
                "2 | Các bộ + Ủy ban nhân dân các tỉnh, thành phố | - | hỗ trợ các địa phương bị bão lũ",
            ]
        );
        // A board's long name with what it is called after, then "1. Về …" topics over bullets;
        // "Hội nghị" is a meeting.
        let rows = read_rows(
            "Số: 171/BCĐ\n\
             Thực hiện Kết luận số 210-KL/TW, Ban Chỉ đạo của Chính phủ về sắp xếp đơn vị hành chính các cấp và xây dựng mô hình chính quyền địa phương 02 cấp (sau đây viết là Ban Chỉ đạo) yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chỉ đạo giải quyết các khó khăn ở cấp xã, cụ thể sau:\n\
             1. Về thực hiện chức năng, nhiệm vụ được phân cấp, phân quyền cho chính quyền cấp xã sau sắp xếp\n\
             - Đánh giá tính khả thi của các quy định về phân cấp.\n\
             2. Về cơ sở vật chất\n\
             - Rà soát, bố trí trụ sở, tài sản công cho cấp xã.",
        );
        assert_eq!(
            rows,
            [
                "1 | Ủy ban nhân dân các tỉnh, thành phố | - | Đánh giá tính khả thi của các quy định về phân cấp",
                "2 | Ủy ban nhân dân các tỉnh, thành phố | - | Rà soát, bố trí trụ sở, tài sản công cho cấp xã",
            ]
        );
        // "1.2" goes on under "1. …:" after "1.1. …:" and the texts it names; a UBND group ends at
        // a capitalised name; a field written as a sentence; letters follow each other.
        let rows = read_rows(
            "Số: 12/UBND-KT\n\
             UBND Thành phố yêu cầu các sở, ban, ngành, UBND các xã, phường, Tổng công ty thực hiện một số nội dung sau:\n\
             1. Yêu cầu chung:\n\
             1.1. Nghiên cứu, quán triệt và thực hiện nghiêm quy định pháp luật về đấu thầu:\n\
             - Nghị định số 214/2025/NĐ-CP ngày 04/8/2025 của Chính phủ.\n\
             - Chỉ thị số 24/CT-TTg ngày 29/7/2024 của Thủ tướng Chính phủ.\n\
             1.2. Đối với công tác lựa chọn nhà thầu:\n\
             - Lựa chọn tư vấn đấu thầu có đủ năng lực, kinh nghiệm.\n\
             2. Tổ chức thực hiện\n\
             a) Hoạt động 1\n\
             - Nội dung: Triển khai Tháng hành động vì bình đẳng giới.\n\
             - Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp.\n\
             b) Hoạt động 2\n\
             - Nội dung: Tập huấn cho cán bộ cấp xã.\n\
             - Cơ quan thực hiện: Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, ngành.",
        );
        assert_eq!(
            rows,
            [
                "1.1 | Các sở, ban, ngành + UBND các xã, phường + Tổng công ty | - | Nghiên cứu, quán triệt và thực hiện nghiêm quy định pháp luật về đấu thầu",
                "1.2 | Các sở, ban, ngành + UBND các xã, phường + Tổng công ty | - | Lựa chọn tư vấn đấu thầu có đủ năng lực, kinh nghiệm",
                "2.a | Sở Nội vụ | - | Triển khai Tháng hành động vì bình đẳng giới",
                "2.b | Sở Văn hóa và Thể thao | - | Tập huấn cho cán bộ cấp xã",
            ]
        );
    }

    #[test]
    fn shapes_from_real_sets_twenty_one_on() {
        // The closing formula of a decision is no task, whatever the reader takes for its
        // subject ("các tổ chức, cá nhân" reads as a verb and an object).
        let rows = read_rows(
            "Điều 1. Giao Bộ Tài chính bổ sung kinh phí trước ngày 30/6/2026.\n\
             Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.\n",
        );
        assert_eq!(rows, [" | Bộ Tài chính | 2026-06-30 | bổ sung kinh phí"]);
        // To give one's view is the work; to have given it, or to speak, is not.
        let rows = read_rows(
            "Phó Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:\n\n\
             **(1) Thanh tra Chính phủ** khẩn trương có ý kiến tham gia về hồ sơ xin cấp phép theo đề nghị của Ngân hàng Nhà nước.\n\n\
             (2) Bộ Tư pháp đã có ý kiến tại Công văn số 12/BTP-PLDSKT.\n",
        );
        assert_eq!(
            rows,
            [
                "(1) | Thanh tra Chính phủ | - | có ý kiến tham gia về hồ sơ xin cấp phép theo đề nghị của Ngân hàng Nhà nước"
            ]
        );
        // The points that follow "chỉ đạo <someone> một số nội dung sau:" are that body's.
        let rows = read_rows(
            "Bộ Y tế chỉ đạo Ủy ban nhân dân các tỉnh, thành phố một số nội dung sau:\n\n\
             (1) Xây dựng Kế hoạch triển khai Chỉ thị 13/CT-TTg.\n",
        );
        assert_eq!(
            rows,
            [
                "(1) | Ủy ban nhân dân các tỉnh, thành phố | - | Xây dựng Kế hoạch triển khai Chỉ thị 13/CT-TTg"
            ]
        );
        // A letter's body after its addressees with no stop between them; grounds of any length,
        // then a body that directs; "Quý Ủy ban" is the letter's addressee; thanks are no work.
        let rows = read_rows(
            "Kính gửi: Ủy\n\
             ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n\
             Thực hiện Nghị định số 94/2022/NĐ-CP ngày 07/11/2022 của Chính phủ quy định nội dung chỉ tiêu thống kê, Bộ Tài\n\
             chính đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:\n\
             - Chỉ đạo các Sở, ngành đánh giá thuận lợi, khó khăn;\n\
             Để đảm bảo thời gian biên soạn số liệu, đề nghị Quý Ủy ban gửi báo cáo về Bộ Tài chính chậm nhất ngày 22/11/2025.\n\
             Bộ Tài chính trân trọng cảm ơn sự phối hợp của Quý Ủy ban./.\n",
        );
        assert_eq!(
            rows,
            [
                " | Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương | - | Chỉ đạo các Sở, ngành đánh giá thuận lợi, khó khăn",
                " | Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương | 2025-11-22 | gửi báo cáo về Bộ Tài chính",
            ]
        );
        // A speaker whose name the reader cannot bound, then a directive to someone named over
        // the points; a topic's long heading over numbered parts is no work; "Bộ trưởng giao:"
        // names no one.
        let rows = read_rows(
            "Thực hiện Kết luận số 221-KL/TW của Bộ Chính trị, Ban Bí thư, Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính yêu cầu các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ khẩn trương chỉ đạo thực hiện các nội dung sau:\n\
             1. Về phân cấp, phân quyền, phân định thẩm quyền khi vận hành chính quyền địa phương 2 cấp\n\
             1.1. Các Bộ, cơ quan ngang Bộ khẩn trương rà soát văn bản hướng dẫn.\n",
        );
        assert_eq!(rows, ["1.1 | Các Bộ, cơ quan ngang Bộ | - | rà soát văn bản hướng dẫn"]);
        let rows = read_rows(
            "Kính gửi: Vụ Tổ chức cán bộ\n\
             Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ về việc triển khai kết luận Hội nghị Trung ương lần thứ 13, Bộ trưởng giao:\n\
             1. Rà soát các chính sách thuộc lĩnh vực quản lý, hoàn thành trước ngày 15/12/2025.\n",
        );
        assert_eq!(
            rows,
            ["1 | Vụ Tổ chức cán bộ | 2025-12-15 | Rà soát các chính sách thuộc lĩnh vực quản lý"]
        );
        // Every province's chair is addressed, not a speaker; "tối cao" ends a court's name
        // even where the court's short name is met in the same sentence.
        let rows = read_rows(
            "(3) Đề nghị Tòa án nhân dân tối cao trực tiếp chỉ đạo, hướng dẫn Tòa án nhân dân, Tòa án quân sự các cấp xét đề nghị đặc xá.\n\
             (6) Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các ngành, Ủy ban nhân dân cấp xã thực hiện nghiêm túc Quyết định 1244/2025/QĐ-CTN.\n",
        );
        assert_eq!(
            rows,
            [
                "(3) | Tòa án nhân dân tối cao | - | trực tiếp chỉ đạo, hướng dẫn Tòa án nhân dân, Tòa án quân sự các cấp xét đề nghị đặc xá",
                "(6) | Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương | - | chỉ đạo các ngành, Ủy ban nhân dân cấp xã thực hiện nghiêm túc Quyết định 1244/2025/QĐ-CTN",
            ]
        );
        // A list a bullet opens under a bracketed item, a paragraph inside it, and its next
        // marks: the bullet's body's work, under the item's number.
        let rows = read_rows(
            "(2) Về vật liệu\n\n\
             - Ủy ban nhân dân các tỉnh, thành phố: Cần Thơ, An Giang thực hiện việc công bố giá vật liệu.\n\n\
             (3) Về tổ chức thi công: Yêu cầu các cơ quan, đơn vị xác định việc hoàn thành tuyến chính là nhiệm vụ hàng đầu, cụ thể:\n\n\
             - Bộ Xây dựng:\n\n\
             (i) Đối với Dự án Cần Thơ - Hậu Giang: Chỉ đạo Chủ đầu tư, các nhà thầu huy động đầy đủ nguồn lực.\n\n\
             Đẩy nhanh việc sản xuất và tập kết cấu kiện đúc sẵn.\n\n\
             (ii) Thường xuyên theo dõi, đôn đốc các cơ quan, đơn vị triển khai thực hiện.\n",
        );
        assert_eq!(
            rows[1..],
            [
                "(i) | Bộ Xây dựng | - | Chỉ đạo Chủ đầu tư, các nhà thầu huy động đầy đủ nguồn lực",
                "(3) | Bộ Xây dựng | - | Đẩy nhanh việc sản xuất và tập kết cấu kiện đúc sẵn",
                "(ii) | Bộ Xây dựng | - | Thường xuyên theo dõi, đôn đốc các cơ quan, đơn vị triển khai thực hiện",
            ]
        );
        // Where to do the work (a link) is no work; the deadline after it is the item's.
        let rows = read_rows(
            "Sở Nội vụ đề nghị các doanh nghiệp trên địa bàn tỉnh thực hiện các báo cáo sau:\n\n\
             (1) Báo cáo tình hình sử dụng lao động năm 2025\n\n\
             - Thực hiện theo đường dẫn: https://forms.gle/o44cqVCHzrq2AdqK8\n\n\
             - Hạn nộp báo cáo: Trước ngày 25/11/2025.\n",
        );
        assert_eq!(
            rows,
            [
                "(1) | Các doanh nghiệp trên địa bàn tỉnh | 2025-11-25 | Báo cáo tình hình sử dụng lao động năm 2025"
            ]
        );
        // A plan's purposes and requirements are what it aims at, not its tasks.
        let rows = read_rows(
            "I. MỤC ĐÍCH, YÊU CẦU\n\
             1. Mục đích\n\
             a) Nhằm phát huy sức mạnh đại đoàn kết toàn dân.\n\
             2. Yêu cầu\n\
             a) Các sở, ban, ngành và UBND các xã, phường xác định đây là nhiệm vụ trọng tâm; tổ chức thực hiện nghiêm túc.\n\
             II. TỔ CHỨC THỰC HIỆN\n\
             1. Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 31/3/2026.\n",
        );
        assert_eq!(rows, ["1 | Sở Nội vụ | 2026-03-31 | tổng hợp kết quả, báo cáo UBND tỉnh"]);
        // An award's criteria and numbers are rules, not work.
        let rows = read_rows(
            "III. TIÊU CHUẨN KHEN THƯỞNG\n\
             1. Các cơ quan, đơn vị cấp tỉnh hoàn thành xuất sắc nhiệm vụ trong công tác bầu cử.\n\
             IV. TỔ CHỨC THỰC HIỆN\n\
             1. Sở Nội vụ tổng hợp hồ sơ khen thưởng trước ngày 31/3/2026.\n",
        );
        assert_eq!(rows, ["1 | Sở Nội vụ | 2026-03-31 | tổng hợp hồ sơ khen thưởng"]);
        // A bullet's work, then its fields as paragraphs of their own.
        let rows = read_rows(
            "Các cơ quan, đơn vị, địa phương liên quan thực hiện các nhiệm vụ sau:\n\n\
             - Tổ chức tập huấn kỹ năng xây dựng pháp luật cho cán bộ, công chức.\n\n\
             Đơn vị chủ trì tham mưu thực hiện: Sở Tư pháp.\n\n\
             Đơn vị phối hợp thực hiện: Sở Nội vụ.\n\n\
             - Ra mắt AI pháp luật hỗ trợ cán bộ, công chức.\n\n\
             Đơn vị chủ trì tham mưu thực hiện: Sở Khoa học và Công nghệ.\n",
        );
        assert_eq!(
            rows,
            [
                " | Sở Tư pháp | - | Tổ chức tập huấn kỹ năng xây dựng pháp luật cho cán bộ, công chức",
                " | Sở Khoa học và Công nghệ | - | Ra mắt AI pháp luật hỗ trợ cán bộ, công chức",
            ]
        );
        // A rule for what to do if something happens ("Trường hợp … thì …") is no task.
        let rows = read_rows(
            "Sở Nội vụ đề nghị các doanh nghiệp trên địa bàn:\n\
             - Đảm bảo thanh toán đầy đủ tiền lương cho người lao động trước ngày 15/01/2026.\n\
             - Trường hợp doanh nghiệp gặp khó khăn trong việc chi trả tiền lương thì thông tin, trao đổi với tổ chức đại diện người lao động.\n",
        );
        assert_eq!(
            rows,
            [
                " | Các doanh nghiệp trên địa bàn | 2026-01-15 | Đảm bảo thanh toán đầy đủ tiền lương cho người lao động"
            ]
        );
        // The contents a report is to hold are no tasks; the work is to report them.
        let rows = read_rows(
            "Thủ tướng Chính phủ yêu cầu:\n\
             1. Chủ tịch Ủy ban nhân dân tỉnh Gia Lai chỉ đạo cơ quan chức năng khẩn trương rà soát, thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau:\n\
             (1) Số hộ dân có nhà bị sập, đổ, trôi cần phải xây dựng lại.\n\
             (2) Tổng kinh phí cần thiết hỗ trợ Nhân dân sửa chữa, xây dựng lại nhà cửa.\n\
             2. Bộ Tài chính tổng hợp, đề xuất sử dụng nguồn lực từ ngân sách trung ương.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Ủy ban nhân dân tỉnh Gia Lai | - | chỉ đạo cơ quan chức năng khẩn trương rà soát, thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau",
                "2 | Bộ Tài chính | - | tổng hợp, đề xuất sử dụng nguồn lực từ ngân sách trung ương",
            ]
        );
        // Advisers by their kind ("các cơ quan tham mưu, quản lý nhà nước", "… tham mưu, giúp việc
        // Tỉnh ủy"); "tham mưu" after a kind of its own is the verb.
        let rows = read_rows(
            "Bộ trưởng giao:\n\
             1. Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ nghiên cứu các chính sách.\n\
             2. Các cơ quan tham mưu, giúp việc Tỉnh ủy chủ động tham mưu Ban Thường vụ.\n\
             3. Các cơ quan chuyên môn tham mưu UBND tỉnh ban hành kế hoạch.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Các cơ quan tham mưu, quản lý nhà nước thuộc Bộ | - | nghiên cứu các chính sách",
                "2 | Các cơ quan tham mưu, giúp việc Tỉnh ủy | - | tham mưu Ban Thường vụ",
                "3 | Các cơ quan chuyên môn | - | tham mưu UBND tỉnh ban hành kế hoạch",
            ]
        );
        // In a list of who does what, a group and a body by its own name after a comma.
        let rows = read_rows(
            "IV. TỔ CHỨC THỰC HIỆN\n\n\
             1. Sở Tài chính\n\n\
             - Tổng hợp nhu cầu kinh phí thực hiện Kế hoạch.\n\n\
             2. Các sở ngành liên quan, Viện Nghiên cứu phát triển Thành phố\n\n\
             - Phối hợp thu thập, chuẩn hóa dữ liệu quy hoạch.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Sở Tài chính | - | Tổng hợp nhu cầu kinh phí thực hiện Kế hoạch",
                "2 | Các sở ngành liên quan + Viện Nghiên cứu phát triển Thành phố | - | Phối hợp thu thập, chuẩn hóa dữ liệu quy hoạch",
            ]
        );
        // Guidance is followed by those it guides, not by the one who gives it: the letter's
        // addressees, or, where it names none, no one the reader could name (the secretariat
        // assigns it). A point for "Các đơn vị" after work given to someone named reads as the
        // closing call to everyone, and is left out as elsewhere.
        let guidance = "Sở Giáo dục và Đào tạo ban hành hướng dẫn thực hiện nhiệm vụ giáo dục chính trị năm học 2025 - 2026, cụ thể như sau:\n\n\
             - Tuyên truyền, phổ biến các chủ trương, chính sách mới về giáo dục và đào tạo.\n\n\
             - Các đơn vị tổ chức tốt các hoạt động nhân đạo, từ thiện đúng quy định.\n";
        let rows =
            read_rows(&format!("Kính gửi: Các trường trung học phổ thông trực thuộc Sở.\n\n{guidance}"));
        assert_eq!(
            rows,
            [
                " | Các trường trung học phổ thông trực thuộc Sở | - | Tuyên truyền, phổ biến các chủ trương, chính sách mới về giáo dục và đào tạo",
            ]
        );
        let rows = read_rows(guidance);
        assert_eq!(
            rows,
            [" |  | - | Tuyên truyền, phổ biến các chủ trương, chính sách mới về giáo dục và đào tạo",]
        );
        // The issuer by its kind alone ("Sở đề nghị …") speaks, after a purpose.
        let rows = read_rows(
            "Để bản dự thảo Thuyết minh Đề án được hoàn thiện trước khi báo cáo UBND tỉnh, Sở đề nghị Quý cơ quan nghiên cứu, góp ý bằng văn bản gửi Sở Nông nghiệp và PTNT trước ngày 19/7/2019.\n",
        );
        assert_eq!(
            rows,
            [" | Quý cơ quan | 2019-07-19 | nghiên cứu, góp ý bằng văn bản gửi Sở Nông nghiệp và PTNT"]
        );
        // "các UBND huyện, thị xã, thành phố": the committees' group, the words the other way round.
        let rows = read_rows(
            "Sở Nông nghiệp và PTNT đề nghị các UBND huyện, thị xã, thành phố tham gia ý kiến đóng góp.\n",
        );
        assert_eq!(rows, [" | Các UBND huyện, thị xã, thành phố | - | tham gia ý kiến đóng góp"]);
        // Companies as a kind in a group ("các Tổng công ty, công ty trực thuộc Thành phố"); a
        // project's owner is a noun ("được giao nhiệm vụ Chủ đầu tư").
        let rows = read_rows(
            "Đề nghị các Tổng công ty, công ty trực thuộc Thành phố, các đơn vị được giao nhiệm vụ Chủ đầu tư báo cáo số liệu đấu thầu hằng tháng.\n",
        );
        assert_eq!(
            rows,
            [
                " | Các Tổng công ty, công ty trực thuộc Thành phố + Các đơn vị được giao nhiệm vụ Chủ đầu tư | - | báo cáo số liệu đấu thầu"
            ]
        );
        // A bold heading cut after "Hội Liên hiệp" goes on past the blank line.
        let rows = read_rows(
            "**2. Sở Nội vụ**\n\n\
             - Tổng hợp kết quả thực hiện Kế hoạch.\n\n\
             **3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp**\n\n\
             **Phụ nữ Thành phố**\n\n\
             - Tham gia phối hợp triển khai thực hiện Kế hoạch này.\n",
        );
        assert_eq!(
            rows[1],
            "3 | Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố + Hội Liên hiệp Phụ nữ Thành phố | - | Tham gia phối hợp triển khai thực hiện Kế hoạch này"
        );
    }

    #[test]
    fn shapes_from_real_sets_eighteen_to_twenty() {
        // A bold heading wrapped over two lines; in a list of who does what, an item naming a
        // group by what it does is the group's name.
        let rows = read_rows(
            "Số: 987/KH-UBND\n\n\
             **IV. TỔ CHỨC THỰC HIỆN**\n\n\
             **1. Ban Quản lý Khu kinh tế\nĐông Nam**\n\n\
             - Đề xuất những khu công nghiệp cần ứng dụng công nghệ cao.\n\n\
             **2. Các doanh nghiệp viễn thông**\n\n\
             - Đảm bảo tốc độ, độ trễ của mạng 5G đạt yêu cầu.\n\n\
             **3. Các chủ đầu tư xây dựng và\nkinh doanh hạ tầng Khu công nghiệp**\n\n\
             - Tạo điều kiện về mặt bằng cho việc lắp đặt thiết bị 5G.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Ban Quản lý Khu kinh tế Đông Nam | - | Đề xuất những khu công nghiệp cần ứng dụng công nghệ cao",
                "2 | Các doanh nghiệp viễn thông | - | Đảm bảo tốc độ, độ trễ của mạng 5G đạt yêu cầu",
                "3 | Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp | - | Tạo điều kiện về mặt bằng cho việc lắp đặt thiết bị 5G",
            ]
        );
        // A line of work over its bulleted pieces; "trực thuộc Bộ"; the short name a letter gives
        // its addressees stands for the full one.
        let rows = read_rows(
            "Số: 6386/BVHTTDL-KHCNĐTMT\n\n\
             Kính gửi: Các cơ sở đào tạo trực thuộc Bộ\n\n\
             Bộ Văn hóa, Thể thao và Du lịch đề nghị các cơ sở đào tạo trực thuộc Bộ (sau đây gọi là cơ sở đào tạo) thực hiện các nhiệm vụ như sau:\n\n\
             1. Tập trung hoàn thiện thể chế, cơ chế, chính sách\n\n\
             - Tiếp tục rà soát, sửa đổi các văn bản quy phạm pháp luật.\n\n\
             - Nghiên cứu, hoàn thiện các quy định về tăng quyền tự chủ.\n\n\
             2. Các cơ sở đào tạo gửi báo cáo kết quả tuyển sinh trước ngày 20/12/2025.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Các cơ sở đào tạo trực thuộc Bộ | - | rà soát, sửa đổi các văn bản quy phạm pháp luật",
                "1 | Các cơ sở đào tạo trực thuộc Bộ | - | Nghiên cứu, hoàn thiện các quy định về tăng quyền tự chủ",
                "2 | Các cơ sở đào tạo trực thuộc Bộ | 2025-12-20 | gửi báo cáo kết quả tuyển sinh",
            ]
        );
        // "Đối với …:" names whom its bullets are for; an event's particulars are no work; a
        // news page's "..."; a long purpose that speaks of "các trường hợp".
        let rows = read_rows(
            "Số: 5423/SYT-NVY\n\n\
             Để chủ động ứng phó với dịch bệnh, bảo đảm thu dung, cấp cứu, chăm sóc, điều trị hiệu quả, phát hiện sớm tình trạng chuyển nặng, xử trí kịp thời, hạn chế đến mức thấp nhất các trường hợp tử vong, Sở Y tế đề nghị các cơ sở khám bệnh, chữa bệnh thực hiện một số nội dung sau:\n\n\
             1. Đối tượng:\n\n\
             - Nhân viên y tế các khoa.\n\n\
             ...\n\n\
             2. Đối với các cơ sở có lưu lượng người bệnh lớn:\n\n\
             - Tổ chức tập huấn lại về chẩn đoán, điều trị.\n\n\
             3. Rà soát, cập nhật kế hoạch thu dung, điều trị.\n",
        );
        assert_eq!(
            rows,
            [
                "2 | Các cơ sở có lưu lượng người bệnh lớn | - | Tổ chức tập huấn lại về chẩn đoán, điều trị",
                "3 | Các cơ sở khám bệnh, chữa bệnh | - | Rà soát, cập nhật kế hoạch thu dung, điều trị",
            ]
        );
        // Addressees parted by semicolons, one a group given its work by the bodies named; an
        // item's title before the colon; a lead field written as sentences; a comma inside a
        // department's name.
        let rows = read_rows(
            "Số: 12/UBND-SNV\n\n\
             Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:\n\n\
             1. Đề nghị Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân Thành phố; các Hội được Đảng, Nhà nước giao nhiệm vụ trên địa bàn Thành phố: tổ chức đánh giá tập thể lãnh đạo, hoàn thành trước ngày 05/12/2025.\n\n\
             2. Đẩy mạnh rà soát, hoàn thiện thể chế: Các sở khẩn trương trình Ủy ban nhân dân Thành phố ban hành các quy định.\n\n\
             3. Phổ biến Luật Việc làm\n\n\
             - Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu ban hành Kế hoạch; Sở Tư pháp chủ động tổ chức triển khai Luật.\n\n\
             4. Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên:\n\n\
             - Tham mưu xây dựng Hướng dẫn hoạt động công tác thư viện.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân Thành phố + Các Hội được Đảng, Nhà nước giao nhiệm vụ trên địa bàn Thành phố | 2025-12-05 | tổ chức đánh giá tập thể lãnh đạo",
                "2 | Các sở | - | trình Ủy ban nhân dân Thành phố ban hành các quy định",
                "3 | Sở Nội vụ | - | Phổ biến Luật Việc làm",
                "3 | Sở Tư pháp | - | tổ chức triển khai Luật",
                "4 | Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên | - | Tham mưu xây dựng Hướng dẫn hoạt động công tác thư viện",
            ]
        );
        // An italic heading wrapped over lines; "Trách nhiệm của …:" says whose the parts are.
        let rows = read_rows(
            "Số: 2/QĐ-UBND\n\n\
             *1.4.\nSở Tài chính*\n\n\
             - Hướng dẫn biểu mẫu kiểm kê.\n\n\
             *1.5.\nTrách nhiệm của đối tượng thực hiện kiểm kê:*\n\n\
             - Thành lập Tổ kiểm kê, hoàn thành trước ngày 30/11/2025.\n",
        );
        assert_eq!(
            rows,
            [
                "1.4 | Sở Tài chính | - | Hướng dẫn biểu mẫu kiểm kê",
                "1.5 | Đối tượng thực hiện kiểm kê | 2025-11-30 | Thành lập Tổ kiểm kê",
            ]
        );
        // Kinds without "các" opening an item; an office in every ministry; a board's name in
        // lower case; verbs that end a name.
        let rows = read_rows(
            "Số: 165/KH-UBND\n\n\
             Ủy ban nhân dân thành phố yêu cầu:\n\n\
             1. Sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường tổ chức triển khai Kế hoạch.\n\n\
             2. Thanh tra các Bộ, ngành, địa phương thực hiện nghiêm Chỉ thị số 20/CT-TTg.\n\n\
             3. Ban quản lý Khu Kinh tế Phú Yên công bố danh mục dự án thu hút đầu tư.\n\n\
             4. Sở Xây dựng đăng tải thông điệp truyền thông trên bảng tin điện tử.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Các Sở, ban, ngành thành phố + Ủy ban nhân dân xã, phường | - | tổ chức triển khai Kế hoạch",
                "2 | Thanh tra các Bộ, ngành, địa phương | - | thực hiện nghiêm Chỉ thị số 20/CT-TTg",
                "3 | Ban quản lý Khu Kinh tế Phú Yên | - | công bố danh mục dự án thu hút đầu tư",
                "4 | Sở Xây dựng | - | đăng tải thông điệp truyền thông trên bảng tin điện tử",
            ]
        );
        // Under someone named above, a topic's colon, then work that directs others: theirs.
        let rows = read_rows(
            "Số: 11607/VPCP-CN\n\n\
             Phó Thủ tướng Chính phủ có ý kiến như sau:\n\n\
             - Bộ Xây dựng:\n\n\
             (i) Đối với Dự án Cần Thơ - Hậu Giang: Chỉ đạo Chủ đầu tư, các nhà thầu huy động đủ nguồn lực.\n",
        );
        assert_eq!(rows, ["(i) | Bộ Xây dựng | - | Chỉ đạo Chủ đầu tư, các nhà thầu huy động đủ nguồn lực"]);
    }

    #[test]
    fn shapes_from_real_sets_twelve_and_thirteen() {
        // Members parted by semicolons across a line; the date after a weekday; a purpose's date
        // is no deadline of the items; bullets after "(1) Bộ Y tế …" are the Ministry's.
        let rows = read_rows(
            "Số: 174/BCĐ\n\
             Kính gửi: Các bộ, ngành.\n\
             Phó Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:\n\
             1. Yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng;\n\
             Khoa học và Công nghệ xây dựng phương án điều chỉnh thẩm quyền, báo cáo trước Thứ Tư ngày 03/12/2025 và tại các báo cáo định kỳ hằng tuần.\n\
             2. Để hoàn thành công trình trước ngày 30/11/2025, yêu cầu Bộ Y tế, Ban Quản lý dự án và các bộ liên quan thực hiện các nội dung sau:\n\
             (1) Bộ Y tế chỉ đạo các nhà thầu hoàn thiện hồ sơ phòng cháy.\n\
             - Chỉ đạo các bệnh viện chuẩn bị phương án nhân lực.\n\
             (2) Bộ Công an hướng dẫn nghiệm thu phòng cháy, chữa cháy.",
        );
        assert_eq!(
            rows,
            [
                "1 | Bộ Nông nghiệp và Môi trường + Bộ Xây dựng + Bộ Khoa học và Công nghệ | 2025-12-03 | xây dựng phương án điều chỉnh thẩm quyền, báo cáo, và tại các báo cáo định kỳ hằng tuần",
                "2.(1) | Bộ Y tế | - | chỉ đạo các nhà thầu hoàn thiện hồ sơ phòng cháy",
                "2 | Bộ Y tế | - | Chỉ đạo các bệnh viện chuẩn bị phương án nhân lực",
                "2.(2) | Bộ Công an | - | hướng dẫn nghiệm thu phòng cháy, chữa cháy",
            ]
        );
        // An appendix's table of proposals, due when the paragraph that sends to it says; a
        // header "Nội dung/nhiệm vụ"; bullets of work under "a) Nhiệm vụ:".
        let rows = read_rows(
            "Số: 174/BCĐ\n\
             Kính gửi: Các bộ, ngành.\n\
             Phó Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:\n\
             2. Bộ Nội vụ khẩn trương nghiên cứu, tổng hợp, xử lý dứt điểm các kiến nghị cụ thể của các cơ quan, đơn vị, địa phương (Phụ lục kèm theo), hoàn thành trước ngày 15/12/2025.\n\
             PHỤ LỤC\n\
             |\nTT\n|\nTỉnh kiến nghị\n|\nThông tin đề xuất\n|\nBộ phụ trách tiếp nhận, xử lý\n|\n|\n\
             1\n|\nLào Cai\n|\nĐề nghị hỗ trợ kinh phí cải tạo trụ sở cấp xã\n|\nBộ Tài chính\n|\n|",
        );
        assert_eq!(
            rows,
            [
                "2 | Bộ Nội vụ | 2025-12-15 | nghiên cứu, tổng hợp, xử lý dứt điểm các kiến nghị cụ thể của các cơ quan, đơn vị, địa phương (Phụ lục kèm theo)",
                "1 | Bộ Tài chính | 2025-12-15 | Đề nghị hỗ trợ kinh phí cải tạo trụ sở cấp xã",
            ]
        );
        let rows = read_rows(
            "Số: 308/KH-UBND\n\
             1.2. Triển khai, phát triển dữ liệu:\n\
             a) Nhiệm vụ:\n\
             - Rà soát, chuẩn hóa cơ sở dữ liệu của đơn vị.\n\
             - Bổ sung danh mục dữ liệu của Thành phố.\n\
             b) Cơ quan thực hiện:\n\
             - Đơn vị chủ trì: Các Sở, ban, ngành.\n\
             c) Thời gian thực hiện: Năm 2026.",
        );
        assert_eq!(
            rows,
            [
                "1.2 | Các Sở, ban, ngành | 2026-12-31 | Rà soát, chuẩn hóa cơ sở dữ liệu của đơn vị",
                "1.2 | Các Sở, ban, ngành | 2026-12-31 | Bổ sung danh mục dữ liệu của Thành phố",
            ]
        );
        // The council's resolution: its standing committee, its committees and its delegates.
        let rows = read_rows(
            "HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG\n\
             Số: 21/NQ-HĐND\n\
             Điều 3. Tổ chức thực hiện\n\
             1. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.",
        );
        assert_eq!(
            rows,
            [
                "1 | Thường trực Hội đồng nhân dân tỉnh + Các Ban của Hội đồng nhân dân tỉnh + Tổ đại biểu Hội đồng nhân dân tỉnh | - | giám sát việc thực hiện Nghị quyết"
            ]
        );
        // A role that names the bodies its parts are for.
        let rows = read_rows(
            "Số: 10/CT-UBND\n\
             1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu kinh tế):\n\
             a) Tiếp nhận hồ sơ, tổ chức lấy ý kiến thẩm định.",
        );
        assert_eq!(
            rows,
            ["1.a | Các cơ quan đăng ký đầu tư | - | Tiếp nhận hồ sơ, tổ chức lấy ý kiến thẩm định"]
        );
    }

    #[test]
    fn shapes_from_real_set_fifteen() {
        // Fields after an item's own lines, in italics; a field's value wrapped after 'Sở'.
        let rows = read_rows(
            "Số: 141/KH-UBND\n\
             III. NHIỆM VỤ, GIẢI PHÁP\n\
             1. Rà soát, kiện toàn đội ngũ cán bộ xây dựng pháp luật\n\
             - Thường xuyên rà soát, kiện toàn đội ngũ cán bộ xây dựng pháp luật đáp ứng yêu cầu nhiệm vụ.\n\
             *Đơn vị chủ trì thực hiện: *Sở Tư pháp.\n\
             *Đơn vị phối hợp: *Sở Nội vụ.\n\
             *Thời gian thực hiện: *Quý II/2026.\n\
             2. Tổ chức tập huấn nghiệp vụ\n\
             - Cơ quan chủ trì: Sở Nội vụ, Sở\n\
             Giáo dục và Đào tạo.\n\
             - Thời gian thực hiện: Năm 2026.",
        );
        assert_eq!(
            rows,
            [
                "1 | Sở Tư pháp | 2026-06-30 | Rà soát, kiện toàn đội ngũ cán bộ xây dựng pháp luật; Thường xuyên rà soát, kiện toàn đội ngũ cán bộ xây dựng pháp luật đáp ứng yêu cầu nhiệm vụ",
                "2 | Sở Nội vụ + Sở Giáo dục và Đào tạo | 2026-12-31 | Tổ chức tập huấn nghiệp vụ",
            ]
        );
        // A decision's attached plan; an office and its role; a field's name cut after its first word.
        let rows = read_rows(
            "QUYẾT ĐỊNH:\n\
             Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm kê tài sản công.\n\
             Điều 2. Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.\n\
             Nơi nhận:\n\
             - Như Điều 2;\n\
             - Lưu: VT.\n\
             KT. CHỦ TỊCH\n\
             PHÓ CHỦ TỊCH\n\
             KẾ HOẠCH\n\
             KIỂM KÊ TÀI SẢN CÔNG\n\
             (Kèm theo Quyết định số 1627/QĐ-UBND ngày 21/11/2025 của Chủ tịch Ủy ban nhân dân tỉnh)\n\
             IV. NHIỆM VỤ CỤ THỂ\n\
             1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo\n\
             - Tham mưu phân công nhiệm vụ cho các thành viên Ban Chỉ đạo.\n\
             Thời\n\
             gian hoàn thành: Tháng 12/2025.",
        );
        assert_eq!(
            rows,
            ["1.2 | Sở Tài chính | 2025-12-31 | Tham mưu phân công nhiệm vụ cho các thành viên Ban Chỉ đạo",]
        );
        // A topic that lists people ("giáo viên" is no "giao"); whom to call is no task.
        let rows = read_rows(
            "Số: 5095/SGDĐT-CTTTHSSV\n\
             Kính gửi:\n\
             - UBND các xã, phường;\n\
             - Các đơn vị, cơ sở giáo dục trực thuộc.\n\
             Nhằm đảm bảo sức khỏe cho học sinh, giáo viên, nhân viên của các đơn vị, Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường chủ động điều chỉnh lịch học tập và sinh hoạt ngoài trời. Cụ thể:\n\
             - Thường xuyên cập nhật thông tin về chất lượng không khí.\n\
             Chi tiết liên hệ phòng Chính trị, tư tưởng, điện thoại: 02439411232.",
        );
        assert_eq!(
            rows,
            [" | UBND các xã, phường | - | Thường xuyên cập nhật thông tin về chất lượng không khí"]
        );
    }

    #[test]
    fn subjects_end_where_their_verb_starts() {
        let rows = read_rows(
            "Kết luận như sau:\n\
             Sở Xây dựng khẩn trương thẩm định hồ sơ thiết kế trước ngày 30/4/2026.\n\
             Sở Xây dựng công bố giá vật liệu xây dựng hằng tháng.\n\
             Thanh tra tỉnh tiến hành thanh tra chuyên đề. Thời gian thực hiện trong Quý IV/2026.\n\
             Viettel Thái Nguyên khôi phục hạ tầng viễn thông tại các xã bị chia cắt.\n\
             Tập đoàn Công nghiệp - Viễn thông Quân đội bố trí nhân lực hỗ trợ người dân; hoàn thành trước ngày 31/12/2026.\n\
             UBND các xã, phường có dự án đi qua khẩn trương bàn giao mặt bằng trước ngày 30/9/2026.\n\
             UBND các xã, phường có tỷ lệ hồ sơ trực tuyến toàn trình dưới 50% tổ chức kiểm điểm trong tháng 7/2026.\n\
             Ban điều hành các khu phố 4, 9, 13 kiện toàn Tổ công nghệ số cộng đồng trước ngày 31/8/2026.\n\
             Các đảng ủy xã, phường ban hành chương trình hành động trước ngày 15/6/2026.",
        );
        assert_eq!(
            rows,
            [
                " | Sở Xây dựng | 2026-04-30 | thẩm định hồ sơ thiết kế",
                " | Sở Xây dựng | - | công bố giá vật liệu xây dựng",
                " | Thanh tra tỉnh | 2026-12-31 | tiến hành thanh tra chuyên đề",
                " | Viettel Thái Nguyên | - | khôi phục hạ tầng viễn thông tại các xã bị chia cắt",
                " | Tập đoàn Công nghiệp - Viễn thông Quân đội | 2026-12-31 | bố trí nhân lực hỗ trợ người dân",
                " | UBND các xã, phường có dự án đi qua | 2026-09-30 | bàn giao mặt bằng",
                " | UBND các xã, phường có tỷ lệ hồ sơ trực tuyến toàn trình dưới 50% | 2026-07-31 | tổ chức kiểm điểm",
                " | Ban điều hành các khu phố 4, 9, 13 | 2026-08-31 | kiện toàn Tổ công nghệ số cộng đồng",
                " | Các đảng ủy xã, phường | 2026-06-15 | ban hành chương trình hành động",
            ]
        );
    }

    #[test]
    fn steps_with_their_own_deadlines_are_tasks_of_their_own_but_a_report_is_not() {
        let rows = read_rows(
            "Kết luận như sau:\n\
             2. Sở Nội vụ: Là cơ quan thường trực về cải cách hành chính, tham mưu UBND tỉnh ban hành kế hoạch năm 2026, \
             hoàn thành trong Quý II/2026. Chủ trì tổ chức kiểm tra tại 20 xã trước ngày 30/11/2026. Hằng quý tổng hợp, báo cáo kết quả.\n\
             3. Sở Giáo dục và Đào tạo: Triển khai học bạ số; phối hợp với Công an tỉnh thu nhận hồ sơ căn cước cho học sinh trước ngày 31/5/2026.\n\
             4. Văn phòng UBND tỉnh theo dõi việc thực hiện Thông báo này; báo cáo Chủ tịch UBND tỉnh trước ngày 10/7/2026.\n\
             5. Các sở, ban, ngành căn cứ nhiệm vụ được giao tại Phụ lục, xây dựng kế hoạch chi tiết trước ngày 02/5/2026.\n\
             6. Đại tá Nguyễn Hữu An, Giám đốc Công an tỉnh trực tiếp chỉ đạo làm sạch dữ liệu dân cư trước ngày 15/3/2026.\n\
             7. Đại tá Trần Văn Bình, Giám đốc Công an tỉnh báo cáo kết quả làm sạch dữ liệu dân cư.",
        );
        assert_eq!(
            rows,
            [
                "2 | Sở Nội vụ | 2026-06-30 | tham mưu UBND tỉnh ban hành kế hoạch năm 2026",
                "2 | Sở Nội vụ | 2026-11-30 | tổ chức kiểm tra tại 20 xã",
                "2 | Sở Nội vụ | - | tổng hợp, báo cáo kết quả",
                "3 | Sở Giáo dục và Đào tạo | - | Triển khai học bạ số",
                "3 | Sở Giáo dục và Đào tạo | 2026-05-31 | thu nhận hồ sơ căn cước cho học sinh",
                "4 | Văn phòng UBND tỉnh | 2026-07-10 | theo dõi việc thực hiện Thông báo này; báo cáo Chủ tịch UBND tỉnh",
                "5 | Các sở, ban, ngành | 2026-05-02 | xây dựng kế hoạch chi tiết",
                "6 | Công an tỉnh | 2026-03-15 | trực tiếp chỉ đạo làm sạch dữ liệu dân cư",
            ]
        );
    }

    #[test]
    fn items_named_by_a_word_and_their_labelled_fields() {
        let rows = read_rows(
            "Số: 20/KH-UBND          Phú Thọ, ngày 10 tháng 4 năm 2026\n\
             Nhiệm vụ 1: Xây dựng kho dữ liệu dùng chung của tỉnh\n\
             Đơn vị chủ trì: Sở Khoa học và Công nghệ\n\
             Đơn vị phối hợp: Sở Tài chính\n\
             Thời hạn: Quý IV/2026\n\
             Nhiệm vụ 2. Tuyên truyền về chuyển đổi số\n\
             Cơ quan thực hiện: Báo và Phát thanh, Truyền hình Phú Thọ\n\
             Tiến độ: thường xuyên",
        );
        assert_eq!(
            rows,
            [
                "1 | Sở Khoa học và Công nghệ | 2026-12-31 | Xây dựng kho dữ liệu dùng chung của tỉnh",
                "2 | Báo và Phát thanh, Truyền hình Phú Thọ | - | Tuyên truyền về chuyển đổi số",
            ]
        );
        // Minutes: the item's number alone, then its fields, the task's words among them; a
        // field's value is read as a cell ("Học viện …" is no "Viện …").
        let rows = read_rows(
            "Giao nhiệm vụ:\n\
             Nhiệm vụ 1\n\
             Nội dung: Tổ chức đào tạo kỹ năng số cho công chức cấp xã.\n\
             Đơn vị chủ trì: Học viện Công nghệ Bưu chính Viễn thông\n\
             Thời hạn: trước ngày 25/10/2026\n\
             \n\
             Nhiệm vụ 2\n\
             Nội dung: Bố trí nhân lực trực kỹ thuật 24/7.\n\
             Đơn vị chủ trì: VNPT Đồng Tháp, FPT Telecom chi nhánh Đồng Tháp\n\
             Thời hạn: chậm nhất ngày 31/10/2026",
        );
        assert_eq!(
            rows,
            [
                "1 | Học viện Công nghệ Bưu chính Viễn thông | 2026-10-25 | Tổ chức đào tạo kỹ năng số cho công chức cấp xã",
                "2 | VNPT Đồng Tháp + FPT Telecom chi nhánh Đồng Tháp | 2026-10-31 | Bố trí nhân lực trực kỹ thuật 24/7",
            ]
        );
        let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let reading = read(
            "Số: 20/KH-UBND          Phú Thọ, ngày 10 tháng 4 năm 2026\n1. Sở Y tế rà soát.",
            &[],
            today,
        );
        assert_eq!(reading.unwrap().source.as_deref(), Some("Kế hoạch số 20/KH-UBND ngày 10/4/2026"));
    }

    #[test]
    fn a_table_typed_with_bars() {
        let rows = read_rows(
            "Phụ lục\n\
             | STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |\n\
             |---|---|---|---|---|---|\n\
             | I | Hạ tầng số | | | | |\n\
             | 1 | Phủ sóng 5G tại trung tâm các xã | Viettel Phú Thọ | Sở Khoa học và Công nghệ | Quý III/2026 | Báo cáo |\n\
             | 2 | Nâng cấp Trung tâm dữ liệu tỉnh | Sở Khoa học và Công nghệ | Sở Tài chính | 30/11/2026 | Trung tâm |",
        );
        assert_eq!(
            rows,
            [
                "I.1 | Viettel Phú Thọ | 2026-09-30 | Phủ sóng 5G tại trung tâm các xã",
                "I.2 | Sở Khoa học và Công nghệ | 2026-11-30 | Nâng cấp Trung tâm dữ liệu tỉnh",
            ]
        );
    }

    #[test]
    fn a_short_line_ends_a_wrapped_paragraph() {
        // Lowercase starts make the text read as wrapped; "5. Sở Nội vụ" is a heading line.
        let mut text = String::from("Kết luận như sau:\n");
        for n in 1..=4 {
            text.push_str(&format!(
                "{n}. Sở Tài chính rà soát, tham mưu bố trí kinh phí cho các nhiệm vụ chuyển đổi số của tỉnh năm\n\
                 2026, hoàn thành trước ngày 30/{}/2026.\n",
                n + 4
            ));
        }
        text.push_str("5. Sở Nội vụ\nTham mưu UBND tỉnh ban hành chính sách hỗ trợ cán bộ chuyển đổi số; trình trong tháng 5/2026.\n");
        let rows = read_rows(&text);
        assert_eq!(
            rows.last().unwrap(),
            "5 | Sở Nội vụ | 2026-05-31 | Tham mưu UBND tỉnh ban hành chính sách hỗ trợ cán bộ chuyển đổi số"
        );
    }

    #[test]
    fn a_table_in_columns_of_spaces_with_wrapped_cells() {
        let rows = read_rows(
            "III. NHIỆM VỤ CỤ THỂ\n\
             ----------------------------------------------------------------------------------\n\
             TT    Nội dung nhiệm vụ                  Đơn vị chủ trì          Thời gian\n\
             ----------------------------------------------------------------------------------\n\
             1     Kiện toàn Ban Chỉ đạo chuyển đổi   Văn phòng HĐND và UBND  Tháng 02/2026\n\
             \x20     số xã và Tổ công nghệ số cộng đồng  xã\n\
             2     Số hóa hồ sơ hộ tịch còn tồn       Trung tâm Phục vụ hành  30/6/2026\n\
             \x20                                        chính công xã\n\
             ----------------------------------------------------------------------------------\n\
             \n\
             IV. KINH PHÍ THỰC HIỆN\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Văn phòng HĐND và UBND xã | 2026-02-28 | Kiện toàn Ban Chỉ đạo chuyển đổi số xã và Tổ công nghệ số cộng đồng",
                "2 | Trung tâm Phục vụ hành chính công xã | 2026-06-30 | Số hóa hồ sơ hộ tịch còn tồn",
            ]
        );
    }

    #[test]
    fn a_ministry_writes_to_every_province_and_asks_upwards() {
        let rows = read_rows(
            "Bộ Khoa học và Công nghệ đề nghị:\n\
             1. Sở Khoa học và Công nghệ các tỉnh, thành phố hoàn thành kết nối dữ liệu với NDXP trước ngày 30/6/2026.\n\
             2. Công an các tỉnh, thành phố chủ trì, phối hợp với Sở Tư pháp xác thực dữ liệu công dân trong tháng 7/2026.\n\
             3. UBND các xã, phường ven biển và đặc khu Cồn Cỏ khẩn trương kiểm đếm tàu thuyền trước 17 giờ ngày 18/9/2026.\n\
             4. Đề nghị Bộ Tài chính xem xét, hướng dẫn cơ chế thuê dịch vụ công nghệ thông tin.\n\
             5. UBND các xã, phường có dự án đi qua tập trung vận động người dân bàn giao mặt bằng. Thời hạn bàn giao mặt bằng \
             sạch cho nhà thầu chậm nhất ngày 30/9/2026.",
        );
        assert_eq!(
            rows,
            [
                "1 | Sở Khoa học và Công nghệ các tỉnh, thành phố | 2026-06-30 | hoàn thành kết nối dữ liệu với NDXP",
                "2 | Công an các tỉnh, thành phố | 2026-07-31 | xác thực dữ liệu công dân",
                "3 | UBND các xã, phường ven biển và đặc khu Cồn Cỏ | 2026-09-18 | kiểm đếm tàu thuyền",
                "5 | UBND các xã, phường có dự án đi qua | 2026-09-30 | vận động người dân bàn giao mặt bằng",
            ]
        );
        // An office in every place is one task for them, not the places' people's committees.
        let reading = read(
            "1. Công an các xã rà soát dữ liệu dân cư trước ngày 30/6/2026.",
            &[],
            NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
        )
        .unwrap();
        assert!(
            matches!(reading.proposals[0].leads[..], [Assignee::Unknown(_)]),
            "{:?}",
            reading.proposals[0].leads
        );
    }

    #[test]
    fn a_message_a_programme_and_an_internal_notice() {
        // A secretariat's message: a bullet a unit, its tasks numbered in brackets.
        let rows = read_rows(
            "Tổ giúp việc tóm tắt nhiệm vụ của từng đơn vị như sau:\n\
             * Sở Tài chính:\n\
             \x20 (1) Trình UBND tỉnh bổ sung kinh phí thuê Trung tâm dữ liệu, trước 30/4/2026.\n\
             \x20 (2) Hướng dẫn các xã, phường lập dự toán kinh phí chuyển đổi số năm 2027 trong tháng 7/2026.\n\
             * Sở Nội vụ: trình UBND tỉnh Quy chế đánh giá mức độ chuyển đổi số của các xã trong Quý II/2026.",
        );
        assert_eq!(
            rows,
            [
                "(1) | Sở Tài chính | 2026-04-30 | Trình UBND tỉnh bổ sung kinh phí thuê Trung tâm dữ liệu",
                "(2) | Sở Tài chính | 2026-07-31 | Hướng dẫn các xã, phường lập dự toán kinh phí chuyển đổi số năm 2027",
                " | Sở Nội vụ | 2026-06-30 | trình UBND tỉnh Quy chế đánh giá mức độ chuyển đổi số của các xã",
            ]
        );
        // A programme of action: every item its fields on one line.
        let rows = read_rows(
            "II. NHIỆM VỤ CỤ THỂ\n\
             1. Nội dung: Ban hành Danh mục cơ sở dữ liệu dùng chung của tỉnh; cơ quan chủ trì: Sở Khoa học và Công nghệ; \
             cơ quan phối hợp: các sở, ban, ngành; thời gian: trước 31/3/2026.\n\
             2. Nội dung: Triển khai bệnh án điện tử; cơ quan chủ trì: Sở Y tế; thời gian: thường xuyên.",
        );
        assert_eq!(
            rows,
            [
                "1 | Sở Khoa học và Công nghệ | 2026-03-31 | Ban hành Danh mục cơ sở dữ liệu dùng chung của tỉnh",
                "2 | Sở Y tế | - | Triển khai bệnh án điện tử",
            ]
        );
        // A department's own divisions, each task's deadline on the line under it.
        let rows = read_rows(
            "Giám đốc Sở giao nhiệm vụ như sau:\n\
             2. Phòng Kế hoạch - Tài chính\n\
             - Tham mưu lập dự toán kinh phí chuyển đổi số năm 2026 của Sở, trình Giám đốc Sở.\n\
             \x20 Thời hạn: trước ngày 06/3/2026.\n\
             - Chủ trì thẩm định hồ sơ thuê dịch vụ công nghệ thông tin của các bệnh viện.\n\
             \x20 Thời hạn: trong Quý II/2026.",
        );
        assert_eq!(
            rows,
            [
                "2 | Phòng Kế hoạch - Tài chính | 2026-03-06 | Tham mưu lập dự toán kinh phí chuyển đổi số năm 2026 của Sở, trình Giám đốc Sở",
                "2 | Phòng Kế hoạch - Tài chính | 2026-06-30 | thẩm định hồ sơ thuê dịch vụ công nghệ thông tin của các bệnh viện",
            ]
        );
    }

    #[test]
    fn who_and_when_in_brackets_and_abbreviations_in_a_chat() {
        let rows = read_rows(
            "Nhiệm vụ quý tới:\n\
             1. Hoàn thành Kiến trúc Chính quyền số tỉnh, trình UBND tỉnh phê duyệt (Sở Khoa học và Công nghệ chủ trì; thời hạn: 30/5/2026).\n\
             2. Đưa vào vận hành Trung tâm giám sát, điều hành thông minh (IOC) (Sở KH&CN chủ trì, phối hợp Viettel Hưng Yên; hoàn thành trong tháng 6/2026).\n\
             3. CA tỉnh + Sở Nội vụ: rà soát lại số liệu tài khoản định danh trước 26/12/2026.\n\
             4. VP UBND tỉnh: chuẩn bị nội dung hội nghị tổng kết, gửi tài liệu trước 12/01/2027.\n\
             5. Cả hai đơn vị báo cáo kết quả.",
        );
        assert_eq!(
            rows,
            [
                "1 | Sở Khoa học và Công nghệ | 2026-05-30 | Hoàn thành Kiến trúc Chính quyền số tỉnh, trình UBND tỉnh phê duyệt",
                "2 | Sở KH&CN | 2026-06-30 | Đưa vào vận hành Trung tâm giám sát, điều hành thông minh (IOC)",
                "3 | CA tỉnh + Sở Nội vụ | 2026-12-26 | rà soát lại số liệu tài khoản định danh",
                "4 | VP UBND tỉnh | 2027-01-12 | chuẩn bị nội dung hội nghị tổng kết, gửi tài liệu",
            ]
        );
    }

    #[test]
    fn an_undated_chat_takes_no_deadline_for_its_date() {
        let text = "TGV xin thông báo nhanh KL của đ/c Chủ tịch chiều nay (04/12):\n\
                    Các việc cần làm ngay:\n\
                    1) Sở NV: hướng dẫn xã/phường cập nhật CSDL CBCCVC, xong trc 12/12.\n\
                    2) UBND các xã/phường: giải trình bằng VB trước 17h ngày 10/12/2025.\n\
                    3) Sở GD&ĐT: hoàn thành cấp học bạ số trc 15/01/2026.";
        let today = NaiveDate::from_ymd_opt(2025, 12, 4).unwrap();
        let reading = read(text, &[], today).unwrap();
        assert_eq!(reading.date, None);
        let deadlines: Vec<Option<NaiveDate>> = reading.proposals.iter().map(|p| p.deadline).collect();
        let day = |d, m, y| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(deadlines, [day(12, 12, 2025), day(10, 12, 2025), day(15, 1, 2026)]);
    }

    #[test]
    fn requests_upwards_and_the_closing_formula_are_no_tasks() {
        let rows = read_rows(
            "IV. NHIỆM VỤ\n\
             1. UBND các xã, phường tổ chức đợt cao điểm hướng dẫn người dân kích hoạt tài khoản trong tháng 10/2026.\n\
             2. Các cấp ủy, tổ chức đảng quán triệt Nghị quyết 57 đến cán bộ, đảng viên trong tháng 11/2026.\n\
             V. KIẾN NGHỊ, ĐỀ XUẤT\n\
             1. Bộ Công an sớm hướng dẫn việc đồng bộ dữ liệu dân cư sau hợp nhất.\n\
             2. Giao Sở Khoa học và Công nghệ dự thảo văn bản kiến nghị gửi các Bộ trước ngày 15/10/2026.\n\
             Các sở, ban, ngành tỉnh, UBND các xã, phường tổ chức thực hiện./.",
        );
        assert_eq!(
            rows,
            [
                "1 | UBND các xã, phường | 2026-10-31 | tổ chức đợt cao điểm hướng dẫn người dân kích hoạt tài khoản",
                "2 | Các cấp ủy, tổ chức đảng | 2026-11-30 | quán triệt Nghị quyết 57 đến cán bộ, đảng viên",
                "2 | Sở Khoa học và Công nghệ | 2026-10-15 | dự thảo văn bản kiến nghị gửi các Bộ",
            ]
        );
    }

    #[test]
    fn minutes_with_the_deadline_under_the_item_and_members_of_a_body() {
        let rows = read_rows(
            "Kết luận:\n\
             1. Công an phường chủ trì, phối hợp với Văn phòng HĐND và UBND phường rà soát danh sách công dân chưa kích hoạt tài khoản.\n\
             \x20  - Thời gian hoàn thành: trước ngày 31/10/2025.\n\
             2. Các thành viên Ban Chỉ đạo thường xuyên kiểm tra, đôn đốc các cơ quan thực hiện nhiệm vụ.\n\
             3. Các đơn vị thuộc Sở Y tế rà soát dữ liệu trước ngày 30/11/2025.\n\
             Đề nghị UBND các xã, phường nghiêm túc thực hiện Công điện này./.\n\
             Rất mong nhận được sự quan tâm, phối hợp của các cơ quan, đơn vị./.",
        );
        assert_eq!(
            rows,
            [
                "1 | Công an phường | 2025-10-31 | rà soát danh sách công dân chưa kích hoạt tài khoản",
                "2 | Các thành viên Ban Chỉ đạo | - | thường xuyên kiểm tra, đôn đốc các cơ quan thực hiện nhiệm vụ",
                "3 | Các đơn vị thuộc Sở Y tế | 2025-11-30 | rà soát dữ liệu",
            ]
        );
    }

    #[test]
    fn a_news_reports_passive_and_paragraphs_under_a_request() {
        let rows = read_rows(
            "Sở Thông tin và Truyền thông được Ủy ban nhân dân tỉnh giao chủ trì, phối hợp Sở Nội vụ xây dựng kế hoạch triển khai trong tháng 10/2022.\n\
             Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành:\n\
             Tiến hành rà soát các nhiệm vụ chuyển đổi số được giao năm 2022, báo cáo trước ngày 30/11/2022.\n\
             Trong quá trình thực hiện, nếu có khó khăn thì báo cáo Ủy ban nhân dân tỉnh.",
        );
        assert_eq!(
            rows,
            [
                " | Sở Thông tin và Truyền thông | 2022-10-31 | xây dựng kế hoạch triển khai",
                " | Các sở, ban, ngành | 2022-11-30 | Tiến hành rà soát các nhiệm vụ chuyển đổi số được giao năm 2022, báo cáo",
            ]
        );
    }

    #[test]
    fn news_prose_with_topics_generic_addressees_and_paragraphs_that_go_on() {
        let rows = read_rows(
            "ĐTO - Để đảm bảo công tác phòng, chống dịch bệnh đang diễn biến phức tạp, có thể ảnh hưởng đến việc tiếp nhận hồ sơ của tổ chức, công dân, Chủ tịch UBND tỉnh chỉ đạo các sở, ban, ngành tỉnh, UBND cấp huyện thực hiện nghiêm túc các biện pháp phòng dịch tại Bộ phận Một cửa.\n\
             Đồng thời thông tin, tuyên truyền để người dân nộp hồ sơ trực tuyến.\n\
             Theo đó, trên cơ sở đề xuất của Sở Nội vụ, UBND tỉnh yêu cầu các cơ quan, đơn vị hành chính bố trí cán bộ hướng dẫn người dân, trong khi Sở KH-CN chủ trì nâng cấp Cổng dịch vụ công trước ngày 30/9/2021.\n\
             Các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ tổ chức thực hiện; định kỳ trước ngày 20 tháng cuối quý báo cáo kết quả về Sở Nội vụ.\n\
             Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp.",
        );
        assert_eq!(
            rows,
            [
                " | Các sở, ban, ngành tỉnh + UBND cấp huyện | - | thực hiện nghiêm túc các biện pháp phòng dịch tại Bộ phận Một cửa",
                " | Các sở, ban, ngành tỉnh + UBND cấp huyện | - | thông tin, tuyên truyền để người dân nộp hồ sơ trực tuyến",
                // "các cơ quan, đơn vị" after work given to those groups: the same groups, each
                // under its own name, as a secretary enters them.
                " | Các sở, ban, ngành tỉnh + UBND cấp huyện | - | bố trí cán bộ hướng dẫn người dân",
                " | Sở KH-CN | 2021-09-30 | nâng cấp Cổng dịch vụ công",
                " | Các cơ quan, đơn vị, địa phương | - | định kỳ trước ngày 20 tháng cuối quý báo cáo kết quả về Sở Nội vụ",
            ]
        );
        // Addressed to "các cơ quan, đơn vị" alone, the work is theirs.
        let rows = read_rows(
            "Chủ tịch UBND tỉnh cũng chỉ đạo các cơ quan, đơn vị hành chính bố trí cán bộ hướng dẫn người dân; Thủ trưởng các đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện.",
        );
        assert_eq!(rows, [" | Các cơ quan, đơn vị hành chính | - | bố trí cán bộ hướng dẫn người dân"]);
    }

    #[test]
    fn openings_lists_and_repeats_of_real_dispatches() {
        // The opening names whom the items are for.
        let rows = read_rows(
            "Về đề nghị của Bộ Thông tin và Truyền thông tại Tờ trình số 40/TTr-BTTTT, Phó Thủ tướng Chính phủ có ý kiến chỉ đạo Bộ Thông tin và Truyền thông như sau:\n\
             1. Rà soát, xác định các mục tiêu cụ thể của từng giai đoạn.\n\
             2. Hoàn thiện Đề án trình Thủ tướng Chính phủ trước ngày 30/11/2019.\n\
             Văn phòng Chính phủ thông báo để Bộ Thông tin và Truyền thông biết, thực hiện./.",
        );
        assert_eq!(
            rows,
            [
                "1 | Bộ Thông tin và Truyền thông | - | Rà soát, xác định các mục tiêu cụ thể của từng giai đoạn",
                "2 | Bộ Thông tin và Truyền thông | 2019-11-30 | Hoàn thiện Đề án trình Thủ tướng Chính phủ",
            ]
        );
        // Addressees past a semicolon; the same work said twice is one task; "nội dung trên"
        // closes; "như sau:" inside a sentence; a strategy's horizon is no deadline; work named
        // before "do <agency> chủ trì".
        let rows = read_rows(
            "Theo đó, UBND tỉnh yêu cầu thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã tiếp tục thực hiện nghiêm Chỉ thị số 16/CT-TTg đến hết ngày 22/4/2020.\n\
             Công văn nêu rõ, Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã tiếp tục thực hiện nghiêm Chỉ thị số 16/CT-TTg và các văn bản của tỉnh đến hết ngày 22/4/2020.\n\
             Bên cạnh đó, UBND tỉnh yêu cầu thủ trưởng các sở, ban, ngành thực hiện nghiêm túc nội dung trên.\n\
             Thực hiện Công văn của Bộ, UBND tỉnh có ý kiến như sau: Sở Văn hóa và Thể thao chủ trì rà soát, báo cáo kết quả thực hiện Chiến lược chuyển đổi số báo chí đến năm 2025, định hướng đến năm 2030; gửi báo cáo về Bộ trước ngày 15/12/2020.\n\
             Ông Hoan giao Sở Nội vụ xây dựng các đề án nhánh, bao gồm: Kinh tế đô thị do Sở Tài chính chủ trì và Văn hóa đô thị do Sở Văn hóa và Thể thao chủ trì.",
        );
        assert_eq!(
            rows,
            [
                " | Các sở, ban, ngành + UBND các huyện, thị xã | 2020-04-22 | thực hiện nghiêm Chỉ thị số 16/CT-TTg",
                " | Sở Văn hóa và Thể thao | 2020-12-15 | rà soát, báo cáo kết quả thực hiện Chiến lược chuyển đổi số báo chí đến năm 2025, định hướng đến năm 2030; gửi báo cáo về Bộ",
                " | Sở Nội vụ | - | xây dựng các đề án nhánh, bao gồm",
                " | Sở Tài chính | - | chủ trì Kinh tế đô thị",
                " | Sở Văn hóa và Thể thao | - | chủ trì Văn hóa đô thị",
            ]
        );
    }

    #[test]
    fn points_under_a_request_shared_heads_and_directives_after_a_comma() {
        let rows = read_rows(
            "Theo đó, để đảm bảo an toàn cho ngư dân, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các phường, xã ven biển, Ban chỉ huy Bộ đội biên phòng thực hiện một số nội dung gồm:\n\
             Cấm các loại tàu thuyền, phương tiện vận tải ra khơi từ 5h ngày 21/7/2025.\n\
             Sáu tháng đầu năm 2025, các địa phương đã tổ chức 12 đợt diễn tập.\n\
             Thủ tướng yêu cầu các bộ Quốc phòng, Công an và các địa phương huy động tối đa lực lượng, phương tiện ứng phó bão.\n\
             Ngày 08/4/2021, Văn phòng UBND tỉnh ban hành Văn bản số 404/VPUBND thông báo ý kiến chỉ đạo của Chủ tịch UBND tỉnh, giao UBND TP. Vinh thành lập Tổ công tác rà soát hồ sơ đất đai; báo cáo trước ngày 20/6/2021.\n\
             Văn phòng UBND tỉnh thông báo để Sở Tài nguyên và Môi trường biết, thực hiện./.",
        );
        assert_eq!(
            rows,
            [
                // A ban from a time is in place by then.
                " | UBND các phường, xã ven biển + Ban chỉ huy Bộ đội biên phòng | 2025-07-21 | Cấm các loại tàu thuyền, phương tiện vận tải ra khơi",
                " | Bộ Quốc phòng + Bộ Công an + Các địa phương | - | huy động tối đa lực lượng, phương tiện ứng phó bão",
                " | UBND TP. Vinh | 2021-06-20 | thành lập Tổ công tác rà soát hồ sơ đất đai",
            ]
        );
    }

    #[test]
    fn letters_topics_and_requests_that_go_on() {
        let rows = read_rows(
            "Tại Kết luận số 202-KL/TW ngày 31/10/2025 về tình hình, kết quả hoạt động của bộ máy, Bộ Chính trị yêu cầu các ban, bộ, ngành Trung ương chủ động triển khai các nhiệm vụ được giao.\n\
             Bộ Thông tin và Truyền thông trân trọng đề nghị Quý Cơ quan triển khai ngay các nhiệm vụ được giao tại Chương trình.\n\
             Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Xây dựng và các cơ quan có liên quan chủ động thực hiện các nội dung của Công văn.\n\
             Giao Sở Tài chính tổng hợp chung báo cáo. Yêu cầu hoàn thiện, gửi Văn phòng UBND tỉnh trước ngày 24/5/2019.\n\
             Giám đốc các sở, Chủ tịch UBND các xã và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
        );
        assert_eq!(
            rows,
            [
                " | Các ban, bộ, ngành Trung ương | - | triển khai các nhiệm vụ được giao",
                " | Quý Cơ quan | - | triển khai ngay các nhiệm vụ được giao tại Chương trình",
                " | Sở Tài nguyên và Môi trường | - | thực hiện các nội dung của Công văn",
                " | Sở Tài chính | 2019-05-24 | tổng hợp chung báo cáo; hoàn thiện, gửi Văn phòng UBND tỉnh",
            ]
        );
    }

    #[test]
    fn markdown_pages_councils_and_named_members() {
        // A document site's Markdown: bold marks, a table one cell to a run of lines.
        let table = "**KẾ HOẠCH**\n|\n**TT**\n|\n**Nội dung\nthực hiện**\n|\n**Cơ quan chủ trì**\n|\n**Thời gian hoàn thành**\n|\n|\n**I**\n|\n**KIỆN TOÀN BỘ MÁY**\n|\n|\n1\n|\nRà soát quy chế hoạt động\ncủa Ban Chỉ huy\n|\nSở Nội vụ\n|\nTrước ngày\n30/11/2025\n|\n|\n2\n|\nBố trí kinh phí\n|\nSở Tài chính\n|\nQuý I/2026\n|\n|";
        assert_eq!(
            read_rows(table),
            [
                "1 | Sở Nội vụ | 2025-11-30 | Rà soát quy chế hoạt động của Ban Chỉ huy",
                "2 | Sở Tài chính | 2026-03-31 | Bố trí kinh phí",
            ]
        );
        let rows = read_rows(
            "Điều 2. Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh tập trung thực hiện các nhiệm vụ chủ yếu sau:\n\
             1. Chỉ đạo các sở, ngành rà soát các dự án chậm tiến độ.\n\
             2. Các Bộ: Quốc phòng, Công an chủ động hỗ trợ địa phương.\n\
             3. Báo và Phát thanh, Truyền hình tỉnh chủ động tuyên truyền về Nghị quyết.",
        );
        assert_eq!(
            rows,
            [
                "1 | Ủy ban nhân dân tỉnh | - | Chỉ đạo các sở, ngành rà soát các dự án chậm tiến độ",
                "2 | Bộ Quốc phòng + Bộ Công an | - | hỗ trợ địa phương",
                "3 | Báo và Phát thanh, Truyền hình tỉnh | - | tuyên truyền về Nghị quyết",
            ]
        );
        // A report of a directive, then a rule it quotes: the directive is read.
        let rows = read_rows(
            "Phó Thủ tướng yêu cầu Bộ Xây dựng chủ trì, cùng với Bộ Công an rà soát hệ thống đèn tín hiệu; báo cáo Thủ tướng Chính phủ trước ngày 15/3/2026.\n\
             Theo Điều 6 Quy chuẩn, tín hiệu đèn giao thông được quy định như sau:\n\
             (1) Trường hợp không có vạch dừng thì dừng trước đèn tín hiệu.",
        );
        assert_eq!(
            rows,
            [" | Bộ Xây dựng | 2026-03-15 | rà soát hệ thống đèn tín hiệu; báo cáo Thủ tướng Chính phủ"]
        );
    }

    #[test]
    fn fields_as_lettered_parts_provinces_and_reports_that_go_on() {
        // An item's fields as its lettered parts.
        let rows = read_rows(
            "II. NHIỆM VỤ\n\
             1.1. Xây dựng Chiến lược dữ liệu của Thành phố:\n\
             a) Nhiệm vụ: Tham mưu UBND Thành phố rà soát Chiến lược dữ liệu.\n\
             b) Cơ quan thực hiện:\n\
             - Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n\
             - Đơn vị phối hợp: Các Sở, ban, ngành.\n\
             c) Thời gian thực hiện: Năm 2026.",
        );
        assert_eq!(
            rows,
            [
                "1.1 | Sở Khoa học và Công nghệ | 2026-12-31 | Tham mưu UBND Thành phố rà soát Chiến lược dữ liệu"
            ]
        );
        // A central document about a province: "Tỉnh …" is that province; the work a review
        // heading's last paragraph opens; a list a paragraph interrupts.
        let rows = read_rows(
            "VĂN PHÒNG CHÍNH PHỦ\nSố: 648/TB-VPCP\n\
             Phó Thủ tướng làm việc với lãnh đạo tỉnh Điện Biên và kết luận như sau:\n\
             I. ĐÁNH GIÁ CHUNG\n\
             Biểu dương tỉnh Điện Biên đã đạt nhiều kết quả tích cực.\n\
             Để tiếp tục phát triển, tỉnh Điện Biên cần tập trung thực hiện các nhiệm vụ sau đây:\n\
             1. Xây dựng kịch bản tăng trưởng cho năm 2026.\n\
             Đây là nhiệm vụ trọng tâm của năm.\n\
             2. Rà soát các dự án chậm tiến độ.\n\
             II. KIẾN NGHỊ CỦA TỈNH\n\
             1. Về hỗ trợ xe cứu thương: Tỉnh chủ động bố trí xe ô tô theo quy định hiện hành.",
        );
        assert_eq!(
            rows,
            [
                "1 | Tỉnh Điện Biên | - | Xây dựng kịch bản tăng trưởng cho năm 2026",
                "2 | Tỉnh Điện Biên | - | Rà soát các dự án chậm tiến độ",
                "1 | Tỉnh Điện Biên | - | bố trí xe ô tô theo quy định hiện hành",
            ]
        );
        // A report: paragraphs that open on a verb go on with the addressee before them; a
        // headline between them does not break the thread; demands "đối với" an addressee.
        let rows = read_rows(
            "Thủ tướng chỉ đạo Bộ Xây dựng kiểm tra, tháo gỡ cho các dự án còn khó khăn.\n\
             Nghiên cứu tích hợp quy định về thủ tục đầu tư\n\
             Khẩn trương xây dựng cơ sở dữ liệu về nhà ở.",
        );
        assert_eq!(
            rows,
            [
                " | Bộ Xây dựng | - | kiểm tra, tháo gỡ cho các dự án còn khó khăn",
                " | Bộ Xây dựng | - | xây dựng cơ sở dữ liệu về nhà ở",
            ]
        );
        let rows = read_rows(
            "Theo Thông báo số 393/TB-UBND nêu yêu cầu đối với Sở Nông nghiệp và Môi trường như sau:\n\
             - Hoàn thành dự thảo Bảng giá đất trước ngày 30/11/2025.",
        );
        assert_eq!(rows, [" | Sở Nông nghiệp và Môi trường | 2025-11-30 | Hoàn thành dự thảo Bảng giá đất"]);
    }

    #[test]
    fn the_issuer_speaks_and_a_letter_is_for_whom_it_is_sent_to() {
        let rows = read_rows(
            "TỔNG CỤC THUẾ\nSố: 4302 /TCT-TTr\n\
             Kính gửi: Đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố trực\n\
             thuộc Trung ương.\n\
             Để hoàn thành nhiệm vụ năm 2018, đề nghị thực hiện một số nội dung sau:\n\
             1. Huy động tối đa nguồn nhân lực cho công tác thanh tra, kiểm tra.\n\
             2. Rà soát các doanh nghiệp có rủi ro cao về thuế.\n\
             Bộ Tài chính giao Tổng cục Thuế báo cáo kết quả trước ngày 31/12/2018.\n\
             Tổng cục Thuế theo dõi, tổng hợp kết quả thực hiện.",
        );
        assert_eq!(
            rows,
            [
                "1 | Cục Thuế các tỉnh, thành phố trực thuộc Trung ương | - | Huy động tối đa nguồn nhân lực cho công tác thanh tra, kiểm tra",
                "2 | Cục Thuế các tỉnh, thành phố trực thuộc Trung ương | - | Rà soát các doanh nghiệp có rủi ro cao về thuế",
                " | Tổng cục Thuế | 2018-12-31 | báo cáo kết quả",
                " | Tổng cục Thuế | - | theo dõi, tổng hợp kết quả thực hiện",
            ]
        );
        // In its own letter the issuer directs; whom it directs leads.
        let rows = read_rows(
            "Số: 2187/BKHCN-CĐSQG\n\
             Bộ Khoa học và Công nghệ giao Cục Chuyển đổi số quốc gia làm đầu mối hướng dẫn các địa phương.",
        );
        assert_eq!(rows, [" | Cục Chuyển đổi số quốc gia | - | hướng dẫn các địa phương"]);
    }

    #[test]
    fn an_openings_day_dates_its_points() {
        let rows = read_rows(
            "Hà Nội, ngày 05 tháng 6 năm 2025\n\
             Yêu cầu các địa phương hoàn thành trước ngày 10/6/2025 các nội dung sau:\n\
             - Tỉnh Tuyên Quang: Giải quyết dứt điểm công tác di dời hạ tầng kỹ thuật.\n\
             - Tỉnh Cao Bằng: Hoàn thành di dời vị trí đường điện còn lại trước ngày 08/6/2025.",
        );
        assert_eq!(
            rows,
            [
                " | Tỉnh Tuyên Quang | 2025-06-10 | Giải quyết dứt điểm công tác di dời hạ tầng kỹ thuật",
                " | Tỉnh Cao Bằng | 2025-06-08 | Hoàn thành di dời vị trí đường điện còn lại",
            ]
        );
    }

    #[test]
    fn who_leads_in_a_trailing_bracket_and_heads_shared_by_ministries_and_groups() {
        let rows = read_rows(
            "II. NỘI DUNG
             6. Xây dựng Quy chế bảo vệ bí mật nhà nước (Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh).
             8. Thành lập Đoàn kiểm tra công tác bảo vệ bí mật nhà nước (Giao Công an tỉnh tham mưu).
             9. Các Bộ Xây dựng và Công an: hạn chế người dân đi lại ở các tuyến có nguy cơ sạt lở.
             10. Các Tập đoàn VNPT, Viettel khắc phục ngay sự cố thông tin liên lạc.
             11. Các Bộ Văn hóa, Thể thao và Du lịch, Y tế hướng dẫn các địa phương.",
        );
        assert_eq!(
            rows,
            [
                "6 | Công an tỉnh | - | Xây dựng Quy chế bảo vệ bí mật nhà nước",
                "8 | Công an tỉnh | - | Thành lập Đoàn kiểm tra công tác bảo vệ bí mật nhà nước",
                "9 | Bộ Xây dựng + Bộ Công an | - | hạn chế người dân đi lại ở các tuyến có nguy cơ sạt lở",
                "10 | Tập đoàn VNPT + Tập đoàn Viettel | - | khắc phục ngay sự cố thông tin liên lạc",
                "11 | Bộ Văn hóa, Thể thao và Du lịch + Bộ Y tế | - | hướng dẫn các địa phương",
            ]
        );
    }

    #[test]
    fn a_reports_directives_before_its_list_deputies_by_name_and_numbers_alone() {
        // A leader's directive before "… như sau:" is read; a Deputy Prime Minister is given
        // work by name; project owners are addressees.
        let rows = read_rows(
            "Văn phòng Chính phủ vừa ban hành Thông báo kết luận của Phó Thủ tướng về các dự án cao tốc.\n\n\
             Do đó, Phó Thủ tướng yêu cầu các Chủ đầu tư tập trung cao nhất để đẩy nhanh tiến độ thi công.\n\n\
             Phó Thủ tướng có yêu cầu cụ thể đối với các dự án như sau:\n\n\
             1. Giao Phó Thủ tướng Chính phủ Lê Thành Long đi kiểm tra công tác khắc phục hậu quả mưa lũ tại tỉnh Gia Lai.",
        );
        assert_eq!(
            rows,
            [
                " | Các Chủ đầu tư | - | tập trung cao nhất để đẩy nhanh tiến độ thi công",
                "1 | Phó Thủ tướng Chính phủ Lê Thành Long | - | đi kiểm tra công tác khắc phục hậu quả mưa lũ tại tỉnh Gia Lai",
            ]
        );
        // Who before "thì"; bodies named by their decision's number.
        let rows = read_rows(
            "1. Đối với các địa phương chưa lập Đề án thì khẩn trương chỉ đạo các cơ quan chức năng lập Đề án.\n\n\
             2. Tiểu ban giúp việc Ban Chỉ đạo 934 thường xuyên tổ chức giao ban.\n\n\
             3. Đối với các doanh nghiệp bị ảnh hưởng của dịch bệnh thì chưa thực hiện thanh tra.",
        );
        assert_eq!(
            rows,
            [
                "1 | Các địa phương chưa lập Đề án | - | chỉ đạo các cơ quan chức năng lập Đề án",
                "2 | Tiểu ban giúp việc Ban Chỉ đạo 934 | - | thường xuyên tổ chức giao ban",
            ]
        );
        // "cùng ngày": the day named last before it.
        let rows = read_rows(
            "Hà Nội, ngày 20 tháng 7 năm 2025\n\n\
             Chủ tịch UBND tỉnh yêu cầu Bộ chỉ huy quân sự tỉnh cấm tàu thuyền ra khơi từ 5h ngày 21/7. Đồng thời, hướng dẫn tàu thuyền về bờ neo đậu an toàn trước 10h cùng ngày.",
        );
        assert_eq!(
            rows[1],
            " | Bộ chỉ huy quân sự tỉnh | 2025-07-21 | hướng dẫn tàu thuyền về bờ neo đậu an toàn"
        );
        // A letterhead laid out as a Markdown row; groups of several kinds.
        let rows = read_rows(
            "| BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n\
             |---|\n\
             | Số: 5115/LĐTBXH-KHTC | Hà Nội, ngày 03 tháng 12 năm 2018 |\n\n\
             1. Các cơ quan báo chí, truyền thông tiếp tục bám sát tình hình.\n\n\
             2. Các Tập đoàn kinh tế, Tổng công ty nhà nước khẩn trương gửi báo cáo.",
        );
        assert_eq!(
            rows,
            [
                "1 | Các cơ quan báo chí, truyền thông | - | bám sát tình hình",
                "2 | Các Tập đoàn kinh tế, Tổng công ty nhà nước | - | gửi báo cáo",
            ]
        );
        // A number alone on its line; letters under "3.1." and "3.2."; work that goes on after a
        // period is due first at its end.
        let rows = read_rows(
            "II. NỘI DUNG KẾ HOẠCH\n\n\
             1.\nTổ chức tuyên truyền, phổ biến nội dung Luật.\n\n\
             - Cơ quan thực hiện: Sở Tư pháp.\n\n\
             - Thời gian thực hiện: Quý IV năm 2025 và các năm tiếp theo.\n\n\
             3.1. Tham gia góp ý kiến vào dự thảo các văn bản\n\n\
             a) Nghị định quy định về điều kiện kinh doanh dịch vụ.\n\n\
             - Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n\n\
             3.2. Tổ chức triển khai các văn bản\n\n\
             a) Nghị định quy định về điều kiện kinh doanh dịch vụ.\n\n\
             - Cơ quan chủ trì: Sở Khoa học và Công nghệ.",
        );
        assert_eq!(
            rows,
            [
                "1 | Sở Tư pháp | 2025-12-31 | Tổ chức tuyên truyền, phổ biến nội dung Luật",
                "II.3.1.a | Sở Khoa học và Công nghệ | - | Nghị định quy định về điều kiện kinh doanh dịch vụ",
                "II.3.2.a | Sở Khoa học và Công nghệ | - | Nghị định quy định về điều kiện kinh doanh dịch vụ",
            ]
        );
    }

    #[test]
    fn openings_after_background_slashed_numbers_and_what_others_have_done() {
        // The opening's last sentence names the addressees, "đồng chí" a courtesy; items
        // numbered "1/"; what the Assembly has done is no one's task.
        let rows = read_rows(
            "Số: 1046/TCT-TTKT\n\n\
             Thực hiện Chỉ thị số 11/CT-TTg ngày 04/3/2020 về các giải pháp cấp bách. Để hoàn thành kế hoạch năm 2020, Tổng cục Thuế yêu cầu đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố chỉ đạo thực hiện một số công việc như sau:\n\
             1/ Tổ chức, quán triệt và giao nhiệm vụ cụ thể đến từng phòng.\n\
             2/ Ngày 16/6/2025, Quốc hội đã thông qua Luật Tổ chức chính quyền địa phương.\n\
             3/ Chịu trách nhiệm toàn diện trước Tổng cục trưởng về tiến độ.",
        );
        assert_eq!(
            rows,
            [
                "1 | Cục Thuế các tỉnh, thành phố | - | Tổ chức, quán triệt và giao nhiệm vụ cụ thể đến từng phòng"
            ]
        );
        // A purpose first; the branch a group is of; a province's city; whom "đôn đốc" names
        // past a semicolon; a report that closes the steps before it dates them.
        let rows = read_rows(
            "Ngày 26/5/2015, UBND tỉnh ban hành Công văn số 703/UBND-TN.\n\
             Nhằm chủ động ứng phó với bão, Bộ trưởng Bộ Công Thương yêu cầu các đơn vị trong ngành Công Thương rà soát các công trình phòng chống thiên tai.\n\
             Ủy ban nhân dân thành phố tổ chức đánh giá tình hình sử dụng đất; rà soát nhu cầu sử dụng đất, gửi báo cáo về Sở Tài nguyên và Môi trường trước ngày 28/5/2015.\n\
             Sở Tài nguyên và Môi trường đôn đốc các sở, ngành liên quan; Ủy ban nhân dân thành phố khẩn trương triển khai thực hiện Chỉ thị.",
        );
        assert_eq!(
            rows,
            [
                " | Các đơn vị trong ngành Công Thương | - | rà soát các công trình phòng chống thiên tai",
                " | Ủy ban nhân dân thành phố | 2015-05-28 | tổ chức đánh giá tình hình sử dụng đất; rà soát nhu cầu sử dụng đất, gửi báo cáo về Sở Tài nguyên và Môi trường",
                " | Sở Tài nguyên và Môi trường | - | đôn đốc các sở, ngành liên quan; Ủy ban nhân dân thành phố khẩn trương triển khai thực hiện Chỉ thị",
            ]
        );
        // Who, as a heading with no verb ("… được giao nhiệm vụ"); a bullet's mark alone on its
        // line.
        let rows = read_rows(
            "Bộ Văn hóa, Thể thao và Du lịch yêu cầu:\n\
             1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ\n\
             -\n\
             Nghiêm túc thực hiện chế độ báo cáo theo Quy chế.",
        );
        assert_eq!(
            rows,
            ["1 | Các cơ quan, đơn vị được giao nhiệm vụ | - | thực hiện chế độ báo cáo theo Quy chế"]
        );
    }

    #[test]
    fn a_leaders_conclusion_at_a_province_and_bodies_narrowed_by_what_they_undergo() {
        // The title says whose conclusion it is: "Tỉnh …" is the province, what names no one
        // is the province's, and "Giao Bộ … xem xét" is work, not a request upwards.
        let rows = read_rows(
            "THÔNG BÁO
             Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Sơn La
             Ngày 18 tháng 11 năm 2025, Phó Thủ tướng đã làm việc với tỉnh Sơn La về tình hình của tỉnh Sơn La và kết luận như sau:
             II. NHIỆM VỤ TRONG THỜI GIAN TỚI
             1. Về tăng trưởng kinh tế:
             Tỉnh cần tập trung hoàn thành cao nhất các chỉ tiêu năm 2025.
             2. Cần đánh giá kỹ lợi thế cạnh tranh của địa phương sau khi hợp nhất.
             III. VỀ KIẾN NGHỊ CỦA TỈNH
             1. Về kiến nghị giao tỉnh làm cơ quan có thẩm quyền đầu tư dự án:
             Giao Bộ Xây dựng chủ trì, phối hợp với các bộ liên quan xem xét, quyết định theo thẩm quyền.",
        );
        assert_eq!(
            rows,
            [
                " | Tỉnh Sơn La | - | hoàn thành cao nhất các chỉ tiêu năm 2025",
                "2 | Tỉnh Sơn La | - | đánh giá kỹ lợi thế cạnh tranh của địa phương sau khi hợp nhất",
                " | Bộ Xây dựng | - | xem xét, quyết định theo thẩm quyền",
            ]
        );
        // A council's resolution: bodies narrowed by what they undergo, delegations.
        let rows = read_rows(
            "Điều 2. Tổ chức thực hiện
             Thường trực Hội đồng nhân dân tỉnh xây dựng chương trình giám sát; các Tổ đại biểu căn cứ tình hình thực tế, chủ động xây dựng chương trình và tiến hành giám sát.
             Các cơ quan chịu sự giám sát có trách nhiệm thực hiện nghiêm túc những kiến nghị sau giám sát.",
        );
        assert_eq!(
            rows,
            [
                " | Thường trực Hội đồng nhân dân tỉnh | - | xây dựng chương trình giám sát",
                " | Các Tổ đại biểu | - | xây dựng chương trình và tiến hành giám sát",
                " | Các cơ quan chịu sự giám sát | - | thực hiện nghiêm túc những kiến nghị sau giám sát",
            ]
        );
    }

    #[test]
    fn shapes_from_real_sets_twenty_seven_on() {
        // A ministry's letter: "kính đề nghị" directs as "đề nghị" does, and "Phối hợp với <the ministry> …"
        // keeps the addressees' lead.
        let rows = read_rows(
            "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\nĐể thực hiện Nghị định số 12/2026/NĐ-CP, Bộ Y tế kính đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo thực hiện một số nội dung sau:\na) Chỉ đạo Sở Y tế rà soát danh mục cơ sở khám bệnh, gửi Bộ Y tế trước ngày 30/6/2026.\nb) Phối hợp với Bộ Y tế triển khai tiêm chủng mở rộng.\n",
        );
        assert_eq!(
            rows,
            [
                "a | Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương | 2026-06-30 | Chỉ đạo Sở Y tế rà soát danh mục cơ sở khám bệnh, gửi Bộ Y tế",
                "b | Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương | - | triển khai tiêm chủng mở rộng",
            ]
        );
        // A news report of a letter: "X vừa có văn bản yêu cầu Y …", "X đã ban hành Công văn số … đề nghị Y
        // …"; a district's offices in lower case ("phòng …").
        let rows = read_rows(
            "UBND huyện Bình Sơn vừa có văn bản yêu cầu phòng Nông nghiệp và Môi trường, phòng Kinh tế; UBND các xã, thị trấn tăng cường kiểm tra cơ sở giết mổ gia súc trên địa bàn.\nSở Y tế đã ban hành Công văn số 812/SYT-NVY ngày 3/9/2026 đề nghị các bệnh viện rà soát trang thiết bị cấp cứu.\n",
        );
        assert_eq!(
            rows,
            [
                " | Phòng Nông nghiệp và Môi trường + Phòng Kinh tế + UBND các xã, thị trấn | - | tăng cường kiểm tra cơ sở giết mổ gia súc trên địa bàn",
                " | Các bệnh viện | - | rà soát trang thiết bị cấp cứu",
            ]
        );
        // A static site's page: its metadata is no text, its date dates the page.
        let rows = read_rows(
            "---\nlayout: post\ntitle: Thành phố yêu cầu đẩy nhanh tiến độ đường vành đai\ndate: 2026-05-18 08:00:00\ntags:\n    - Giao thông\n    - Vành đai\n---\n\n[//]: # (template img)\n\nSở Xây dựng được giao chủ trì, phối hợp với các đơn vị liên quan hoàn thành hồ sơ thiết kế trong tháng 6/2026.\n",
        );
        assert_eq!(rows, [" | Sở Xây dựng | 2026-06-30 | hoàn thành hồ sơ thiết kế",]);
        // A legal site's page: a caption, the page's next heading, a quoted law's provisions and the next
        // question are no one's work.
        let rows = read_rows(
            "## Đẩy nhanh tiến độ dự án cầu Bình Phước\nTheo Công văn 512/UBND-XD, Chủ tịch UBND tỉnh có ý kiến như sau:\n(1) Giao Ban Quản lý dự án giao thông tỉnh:\n- Hoàn thành giải phóng mặt bằng trước ngày 30/7/2026.\n*Đẩy nhanh tiến độ dự án cầu Bình Phước (Hình từ Internet)*\n## Chính sách đặc biệt của dự án\nCăn cứ Điều 4 Nghị quyết 55/2026/QH15 thì các chính sách đặc biệt của dự án bao gồm:\n(1) Cho phép áp dụng hình thức chỉ định thầu đối với các gói thầu tư vấn.\n(2) Ủy ban nhân dân cấp tỉnh quyết định thu hồi đất phục vụ dự án.\n**Trách nhiệm của chủ đầu tư như thế nào?**\nTheo quy định tại Điều 8 Luật Đầu tư công:\n- Tổ chức lập hồ sơ dự án.\n",
        );
        assert_eq!(
            rows,
            ["(1) | Ban Quản lý dự án giao thông tỉnh | 2026-07-30 | Hoàn thành giải phóng mặt bằng",]
        );
        // A holiday's date in its name is no deadline; "trước ngày Quốc khánh 02/9/2026" is one.
        let rows = read_rows(
            "Sở Văn hóa, Thể thao và Du lịch tổ chức các hoạt động chào mừng Quốc khánh 2/9.\nSở Tài chính triển khai ngay việc chuyển kinh phí hỗ trợ, xong trước ngày Quốc khánh 02/9/2026.\n",
        );
        assert_eq!(
            rows,
            [
                " | Sở Văn hóa, Thể thao và Du lịch | - | tổ chức các hoạt động chào mừng Quốc khánh 2/9",
                " | Sở Tài chính | 2026-09-02 | triển khai ngay việc chuyển kinh phí hỗ trợ",
            ]
        );
        // "Đối với <what>," stays with the work that names it only there; "…; trên cơ sở đó chủ trì …" is a
        // task of its own.
        let rows = read_rows(
            "Đối với quy hoạch chi tiết khu tái định cư Nam Sơn, các sở, ngành được yêu cầu khẩn trương hoàn thiện theo chỉ đạo trước đó.\nSở Tài chính báo cáo tình hình sử dụng kinh phí năm 2025; trên cơ sở đó chủ trì, phối hợp với Sở Nội vụ xây dựng phương án phân bổ kinh phí năm 2026.\n",
        );
        assert_eq!(
            rows,
            [
                " | Các sở, ngành | - | hoàn thiện theo chỉ đạo trước đó (đối với quy hoạch chi tiết khu tái định cư Nam Sơn)",
                " | Sở Tài chính | - | báo cáo tình hình sử dụng kinh phí năm 2025",
                " | Sở Tài chính | - | xây dựng phương án phân bổ kinh phí năm 2026",
            ]
        );
        // Groups narrowed by "thuộc …", members of a board by courtesy, "cá nhân", "nhà máy", "huyện, thành,
        // thị", a short form in brackets in a list, "Tạp chí".
        let rows = read_rows(
            "Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường thuộc vùng bị ảnh hưởng ngập lụt chủ động cho học sinh nghỉ học.\nUBND tỉnh đề nghị các đồng chí thành viên Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh, các cơ quan, đơn vị, cá nhân theo dõi chặt chẽ diễn biến mưa lũ.\nCác nhà máy tăng cường sử dụng nhiên liệu sạch.\nUBND các huyện, thành, thị phân công cán bộ trực Tết.\nYêu cầu Sở Nông nghiệp và Môi trường (NN&MT), UBND các xã rà soát diện tích lúa bị thiệt hại.\nTrung tâm Truyền thông, Báo Khoa học, Tạp chí Khoa học có trách nhiệm đưa tin về Kế hoạch.\n",
        );
        assert_eq!(
            rows,
            [
                " | UBND các xã, phường thuộc vùng bị ảnh hưởng ngập lụt | - | cho học sinh nghỉ học",
                " | Các đồng chí thành viên Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh + Các cơ quan, đơn vị, cá nhân | - | theo dõi chặt chẽ diễn biến mưa lũ",
                " | Các nhà máy | - | tăng cường sử dụng nhiên liệu sạch",
                " | UBND các huyện, thành, thị | - | phân công cán bộ trực Tết",
                " | Sở Nông nghiệp và Môi trường + UBND các xã | - | rà soát diện tích lúa bị thiệt hại",
                " | Trung tâm Truyền thông + Báo Khoa học + Tạp chí Khoa học | - | đưa tin về Kế hoạch",
            ]
        );
        // A pointer with a stop ("… thực hiện một số nhiệm vụ trọng tâm."), a caption, then its points as
        // paragraphs ("Cụ thể như …", "Sẵn sàng …").
        let rows = read_rows(
            "UBND tỉnh đã có công văn yêu cầu Sở Công Thương, UBND các xã tập trung thực hiện một số nhiệm vụ trọng tâm.\nĐến hết năm 2026 hoàn thành di dời chợ tạm. Ảnh: CTV\nCụ thể như tập trung kiểm tra việc chấp hành quy định về an toàn thực phẩm tại các chợ.\nSẵn sàng lực lượng, phương tiện để xử lý sự cố cháy nổ.\n",
        );
        assert_eq!(
            rows,
            [
                " | Sở Công Thương + UBND các xã | - | kiểm tra việc chấp hành quy định về an toàn thực phẩm tại các chợ",
                " | Sở Công Thương + UBND các xã | - | Sẵn sàng lực lượng, phương tiện để xử lý sự cố cháy nổ",
            ]
        );
        // "dự án BT. Sở …": two capitals before a stop end a sentence; only known abbreviations ("TP.") hold
        // it open.
        let rows = read_rows(
            "Hà Nội yêu cầu phê duyệt quỹ đất thanh toán cho dự án BT. Sở Xây dựng khẩn trương hoàn thiện hồ sơ dự án.\n",
        );
        assert_eq!(rows, [" | Sở Xây dựng | - | hoàn thiện hồ sơ dự án",]);
        // A report of what was done on a past day, directing no one ("Sáng 18/2, … tổ chức Hội nghị …"),
        // a Markdown photo, and "rất" after a head: no tasks.
        let rows = read_rows(
            "Hà Nội, ngày 20 tháng 2 năm 2026\n\nSáng 18/2, Sở Quy hoạch - Kiến trúc, Viện Quy hoạch xây dựng và Tập đoàn Sông Hồng tổ chức Hội nghị bàn giao hồ sơ tuyến đường.\n\n![Các đơn vị ký biên bản bàn giao](https://example.vn/anh.jpg)\n\nTập đoàn rất mong nhận được sự phối hợp của các sở, ngành.\n\nSở Xây dựng khẩn trương thẩm định hồ sơ thiết kế trước ngày 30/3/2026.\n",
        );
        assert_eq!(rows, [" | Sở Xây dựng | 2026-03-30 | thẩm định hồ sơ thiết kế",]);
        // Members named after a group, one folding like a tail ("Phương Liễu"); a centre's name in lower case
        // up to "tập trung", which gathers ("tập trung nhân lực") rather than only stressing.
        let rows = read_rows(
            "3. Các xã, phường Quế Võ, Phương Liễu, Bồng Lai khẩn trương xác định giá đất trước ngày 10/4/2026.\n4. Trung tâm phát triển quỹ đất Chi nhánh Gia Thuận tập trung nhân lực lập phương án bồi thường.\n",
        );
        assert_eq!(
            rows,
            [
                "3 | Các xã, phường Quế Võ, Phương Liễu, Bồng Lai | 2026-04-10 | xác định giá đất",
                "4 | Trung tâm phát triển quỹ đất Chi nhánh Gia Thuận | - | tập trung nhân lực lập phương án bồi thường",
            ]
        );
        // Each sentence of an item is a task of its own, followed up apart; the steps of one sentence
        // stay one task, dated by the report that closes them.
        let rows = read_rows(
            "1. Bộ Quốc phòng chỉ đạo lực lượng tìm kiếm cứu nạn khẩn trương tìm kiếm người mất tích. Tổ chức thăm hỏi, hỗ trợ gia đình người bị nạn. Điều tra, làm rõ nguyên nhân vụ việc; báo cáo Thủ tướng Chính phủ trước ngày 30/4/2026.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Bộ Quốc phòng | - | chỉ đạo lực lượng tìm kiếm cứu nạn khẩn trương tìm kiếm người mất tích",
                "1 | Bộ Quốc phòng | - | Tổ chức thăm hỏi, hỗ trợ gia đình người bị nạn",
                "1 | Bộ Quốc phòng | 2026-04-30 | Điều tra, làm rõ nguyên nhân vụ việc; báo cáo Thủ tướng Chính phủ",
            ]
        );
        // A list of addressees too long and loose to walk from its start ("cấp ủy, tổ chức đảng, …"), up to
        // the modal that opens the work: as written, when more of its parts name no body than do (the
        // secretary assigns it); the bodies it names otherwise.
        let rows = read_rows(
            "Ban Thường vụ Tỉnh ủy yêu cầu cấp ủy, tổ chức đảng, chính quyền các cấp, các sở, ban, ngành, các tổ chức chính trị - xã hội tỉnh và các địa phương trong tỉnh khẩn trương triển khai phương án phòng, chống bão số 9.\n",
        );
        assert_eq!(
            rows,
            [
                " | Cấp ủy, tổ chức đảng, chính quyền các cấp, các sở, ban, ngành, các tổ chức chính trị - xã hội tỉnh và các địa phương trong tỉnh | - | triển khai phương án phòng, chống bão số 9"
            ]
        );
        let rows = read_rows(
            "Ban Thường vụ Tỉnh ủy yêu cầu cấp ủy các cấp, các sở, ban, ngành, Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh khẩn trương triển khai phương án phòng, chống bão số 9.\n",
        );
        assert_eq!(
            rows,
            [
                " | Các sở, ban, ngành + Công an tỉnh + Bộ Chỉ huy Quân sự tỉnh | - | triển khai phương án phòng, chống bão số 9"
            ]
        );
        // A letter quoting the law ("Căn cứ Điều 4 Thông tư … :" over its points): the quote directs no one;
        // the letter's own request after it does.
        let rows = read_rows(
            "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\nCăn cứ Điều 4 Thông tư số 19/2013/TT-BTC ngày 20/2/2013 hướng dẫn thực hiện một số quy định về tổ chức và hoạt động thanh tra ngành tài chính:\n\na) Kế hoạch thanh tra hằng năm đã phê duyệt được điều chỉnh nếu thuộc một trong các trường hợp sau.\n\nb) Thủ trưởng cơ quan thanh tra trình người ra quyết định phê duyệt kế hoạch điều chỉnh.\n\nTổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố rà soát kế hoạch thanh tra năm 2026, báo cáo trước ngày 15/6/2026.\n",
        );
        assert_eq!(
            rows,
            [" | Cục Thuế các tỉnh, thành phố | 2026-06-15 | rà soát kế hoạch thanh tra năm 2026, báo cáo",]
        );
        // A council's resolution to the province: "Chỉ đạo Sở …: <work>" is the directed body's work; "Bố
        // trí …" opening an item is no "Bộ" standing for its subject.
        let rows = read_rows(
            "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\nSố: 12/NQ-HĐND\n\nHội đồng nhân dân tỉnh đề nghị:\n1. Ủy ban nhân dân tỉnh:\na) Chỉ đạo Sở Nông nghiệp và Môi trường: Thường xuyên kiểm tra, đôn đốc các xã đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất.\nb) Bố trí kinh phí đo đạc bản đồ địa chính trong năm 2026.\n",
        );
        assert_eq!(
            rows,
            [
                "1.a | Sở Nông nghiệp và Môi trường | - | Thường xuyên kiểm tra, đôn đốc các xã đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất",
                "1.b | Ủy ban nhân dân tỉnh | 2026-12-31 | Bố trí kinh phí đo đạc bản đồ địa chính",
            ]
        );
        // "Trước mắt" with no comma of its own sets no scene: the work is all that follows it, not
        // what follows its sentence's first comma.
        let rows = read_rows(
            "3. Sở Nội vụ rà soát biên chế. Trước mắt hoàn thành việc sắp xếp các phòng, đảm bảo tiến độ.\n",
        );
        assert_eq!(
            rows,
            [
                "3 | Sở Nội vụ | - | rà soát biên chế",
                "3 | Sở Nội vụ | - | hoàn thành việc sắp xếp các phòng, đảm bảo tiến độ",
            ]
        );
        // An inspection plan: "- Việc niêm yết …" points under "Giám sát việc …" are what the work looks
        // at; "* Thời gian thực hiện: Từ khi … đến khi …" is the field of when, no work.
        let rows = read_rows(
            "KẾ HOẠCH\nKiểm tra, giám sát công tác bầu cử\n\nBan Thường trực Ủy ban MTTQ phường xây dựng kế hoạch như sau:\n1. Giám sát việc lập danh sách cử tri\n- Ban Thường trực Ủy ban MTTQ phường giám sát việc lập danh sách cử tri theo quy định.\n- Việc niêm yết danh sách cử tri (quy định tại Điều 32 của Luật Bầu cử);\n- Việc giải quyết khiếu nại về danh sách cử tri.\n* Thời gian thực hiện: Từ khi thành lập đến khi kết thúc nhiệm vụ của Ủy ban bầu cử.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Ban Thường trực Ủy ban MTTQ phường | - | Giám sát việc lập danh sách cử tri",
                " | Ban Thường trực Ủy ban MTTQ phường | - | giám sát việc lập danh sách cử tri theo quy định",
            ]
        );
        // A scan's letterhead, misread ("CONG HOA … CHỦ NGA", "Độc lập - Tự do — Hanh phúc"), is no task.
        let rows = read_rows(
            "BỘ TÀI CHÍNH - CONG HOA XÃ HỘI CHỦ NGA VIET NAM\nTONG CỤC THUE Độc lập - Tự do — Hanh phúc\n\nKính gửi: Cục Thuế các tỉnh, thành phố.\n\nTổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố rà soát hồ sơ khai thuế, báo cáo trước ngày 15/6/2026.\n",
        );
        assert_eq!(rows, [" | Cục Thuế các tỉnh, thành phố | 2026-06-15 | rà soát hồ sơ khai thuế, báo cáo"]);
        // "Phân công <someone> …" assigns like "Giao".
        let rows = read_rows(
            "THÔNG BÁO\nKết luận của Thủ tướng Chính phủ\n\n1. Bộ Tài chính chủ trì hoàn thiện dự thảo Nghị định, trình Chính phủ trong tháng 4/2026.\n2. Phân công Phó Thủ tướng Lê Minh Khái sớm tổ chức cuộc họp với các bộ liên quan.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Bộ Tài chính | 2026-04-30 | hoàn thiện dự thảo Nghị định, trình Chính phủ",
                "2 | Phó Thủ tướng Lê Minh Khái | - | sớm tổ chức cuộc họp với các bộ liên quan",
            ]
        );
        // A meeting's account past a semicolon, then "… một số nội dung sau tại Kết luận 155-KL/TW:" opens
        // the points; "Các Đảng uỷ Bộ Tài chính, Bộ Nội vụ" is each ministry's committee; the principles
        // after "… theo một số nguyên tắc chính sau:" are no work; ", đặc biệt là người đứng đầu" singles
        // out.
        let rows = read_rows(
            "Tại phiên họp ngày 16/5/2025, sau khi nghe Báo cáo của Ban Tổ chức Trung ương về tiến độ sắp xếp tổ chức bộ máy (Báo cáo số 386-BC/BTCTW); Báo cáo của Đảng uỷ Chính phủ về tình hình phân cấp, phân quyền, Bộ Chính trị, Ban Bí thư giao Đảng ủy Chính phủ lãnh đạo, chỉ đạo một số nội dung sau tại Kết luận 155-KL/TW:\n\n- Các Đảng uỷ Bộ Tài chính, Bộ Nội vụ khẩn trương thực hiện phân bổ ngân sách, cấp bổ sung kinh phí.\n\n- Khẩn trương hoàn thiện dự thảo các văn bản quy định về tổ chức bộ máy chính quyền địa phương.\n\n- Triển khai thực hiện phân cấp, phân quyền theo một số nguyên tắc chính sau:\n\n(1) Trung ương tập trung quản lý vĩ mô, xây dựng thể chế.\n\n(2) Đẩy mạnh phân cấp, phân quyền cho địa phương.\n\n- Trên cơ sở nguyên tắc phân cấp, phân quyền, Đảng uỷ Chính phủ, đảng uỷ các bộ, cơ quan ngang bộ, đặc biệt là người đứng đầu chịu trách nhiệm thực hiện phân cấp triệt để cho địa phương.\n",
        );
        assert_eq!(
            rows,
            [
                " | Đảng uỷ Bộ Tài chính + Đảng uỷ Bộ Nội vụ | - | thực hiện phân bổ ngân sách, cấp bổ sung kinh phí",
                " | Đảng ủy Chính phủ | - | hoàn thiện dự thảo các văn bản quy định về tổ chức bộ máy chính quyền địa phương",
                " | Đảng uỷ Chính phủ + Đảng uỷ các bộ, cơ quan ngang bộ | - | thực hiện phân cấp triệt để cho địa phương",
            ]
        );
        // "Ủy ban nhân dân huyện Thanh Bình, Cao Lãnh, Lấp Vò": each district's committee; ", đặc biệt là Bộ
        // Tài chính" keeps the ministry's whole name.
        let rows = read_rows(
            "Chủ tịch Ủy ban nhân dân tỉnh giao Ủy ban nhân dân huyện Thanh Bình, Cao Lãnh, Lấp Vò và các xã trên tổ chức công bố quyết định đúng quy định. Các bộ, ngành, đặc biệt là Bộ Tài chính khẩn trương hướng dẫn thi hành.\n",
        );
        assert_eq!(
            rows,
            [
                " | Ủy ban nhân dân huyện Thanh Bình + Ủy ban nhân dân huyện Cao Lãnh + Ủy ban nhân dân huyện Lấp Vò \
                 + Các xã trên | - | tổ chức công bố quyết định đúng quy định",
                " | Các bộ, ngành, đặc biệt là Bộ Tài chính | - | hướng dẫn thi hành",
            ]
        );
        // "* Thời gian thực hiện: … từ ngày … đến ngày …" on its own line after an item's points dates the
        // item's work.
        let rows = read_rows(
            "KẾ HOẠCH\nKiểm tra công tác bầu cử\n\nBan Thường trực Ủy ban MTTQ phường xây dựng kế hoạch như sau:\n1. Giám sát việc lập danh sách cử tri\n- Ban Thường trực Ủy ban MTTQ phường giám sát việc lập danh sách cử tri theo quy định.\n- Tiêu chuẩn của người ứng cử theo quy định.\n* Thời gian thực hiện: Trong khoảng thời gian từ ngày 04/02/2026 đến ngày 08/02/2026.\n2. Sở Nội vụ rà soát biên chế.\n- Sở Nội vụ rà soát hồ sơ.\n* Thời gian thực hiện: từ ngày 03/02/2026 đến ngày 15/03/2026.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Ban Thường trực Ủy ban MTTQ phường | 2026-02-08 | Giám sát việc lập danh sách cử tri",
                " | Ban Thường trực Ủy ban MTTQ phường | 2026-02-08 | giám sát việc lập danh sách cử tri theo quy định",
                " | Ban Thường trực Ủy ban MTTQ phường | 2026-02-08 | Tiêu chuẩn của người ứng cử theo quy định",
                "2 | Sở Nội vụ | 2026-03-15 | rà soát biên chế",
                " | Sở Nội vụ | 2026-03-15 | rà soát hồ sơ",
            ]
        );
        // "… chịu trách nhiệm trực tiếp trước Chính phủ … về việc triển khai và kết quả thực hiện Chỉ thị
        // này": the formula that holds to account, no work.
        let rows = read_rows(
            "CHỈ THỊ\n\n1. Bộ Kế hoạch và Đầu tư tổng hợp tình hình, báo cáo Thủ tướng Chính phủ trước ngày 20/4/2026.\n\nBộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm trực tiếp trước Chính phủ, Thủ tướng Chính phủ về việc triển khai và kết quả thực hiện Chỉ thị này.\n",
        );
        assert_eq!(
            rows,
            ["1 | Bộ Kế hoạch và Đầu tư | 2026-04-20 | tổng hợp tình hình, báo cáo Thủ tướng Chính phủ"]
        );
        // "DANH SÁCH CÁC ĐƠN VỊ …" after the signature: an appendix of names, whose numbers are no items.
        let rows = read_rows(
            "Kính gửi: Các đơn vị thu gom, vận chuyển chất thải.\n\nỦy ban nhân dân Thành phố yêu cầu Sở Nông nghiệp và Môi trường kiểm tra việc thu gom chất thải, báo cáo trước ngày 30/4/2026.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nDANH SÁCH CÁC ĐƠN VỊ THỰC HIỆN DỊCH VỤ, THU GOM, VẬN CHUYỂN, XỬ LÝ CHẤT THẢI RẮN SINH HOẠT\n\n(kèm theo văn bản số: /UBND-NNMT của UBND Thành phố)\n\n1. Công ty Cổ phần Môi trường Đô thị & công trình đô thị Sơn Tây\n\n2. Công ty TNHH Tập đoàn xây dựng Thanh Bình\n",
        );
        assert_eq!(
            rows,
            [" | Sở Nông nghiệp và Môi trường | 2026-04-30 | kiểm tra việc thu gom chất thải, báo cáo"]
        );
        // A notice with no date of its own: "… vào ngày 19/12/2026" is when work is due, not the date the
        // text was written (which would make the later dates the only deadlines).
        let rows = read_rows(
            "THÔNG BÁO\n\n1. Sở Nội vụ hoàn thành hồ sơ vào ngày 20/12/2026.\n2. Sở Nội vụ tổ chức hội nghị vào ngày 22/12/2026.\n3. Sở Nội vụ hoàn thành giải phóng mặt bằng vào ngày 19/12/2026.\n4. Sở Nội vụ nộp hồ sơ vào ngày 21/12/2026.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Sở Nội vụ | 2026-12-20 | hoàn thành hồ sơ",
                "2 | Sở Nội vụ | 2026-12-22 | tổ chức hội nghị",
                "3 | Sở Nội vụ | 2026-12-19 | hoàn thành giải phóng mặt bằng",
                "4 | Sở Nội vụ | 2026-12-21 | nộp hồ sơ"
            ]
        );
        // A scan that lost a modal's marks ("khan trương", "chu động"): it still ends the name before it.
        let rows = read_rows(
            "THÔNG BÁO\n\n1. Bộ Tư pháp khan trương có ý kiến đối với dự thảo Nghị định, gửi Bộ Tài chính trước ngày 15/4/2026.\n2. Sở Nội vụ chu động rà soát biên chế.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Bộ Tư pháp | 2026-04-15 | có ý kiến đối với dự thảo Nghị định, gửi Bộ Tài chính",
                "2 | Sở Nội vụ | - | rà soát biên chế"
            ]
        );
        // A department's letter: "đề nghị thủ trưởng đơn vị …" names every unit it is sent to; the report's
        // contents ("– Kết quả đạt được", "– Đánh giá chung …") are no headings, and "2. Thời gian nộp báo
        // cáo:" ends them.
        let rows = read_rows(
            "Sở Giáo dục và Đào tạo đề nghị thủ trưởng đơn vị quan tâm thực hiện báo cáo công tác phối hợp giáo dục học sinh, cụ thể như sau:\n\n1. Thực hiện báo cáo đầy đủ nội dung như sau:\n\n– Công tác chỉ đạo, triển khai\n\n– Kết quả đạt được\n\n– Đánh giá chung (Ưu điểm, hạn chế, nguyên nhân)\n\n– Đề xuất, kiến nghị\n\n2. Thời gian nộp báo cáo:\n\nCác đơn vị báo cáo kết quả thực hiện gửi về Sở Giáo dục và Đào tạo trước ngày 11/5/2026 để tổng hợp.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Các đơn vị | - | Thực hiện báo cáo đầy đủ nội dung như sau",
                "2 | Các đơn vị | 2026-05-11 | báo cáo kết quả thực hiện gửi về Sở Giáo dục và Đào tạo, để tổng hợp"
            ]
        );
        // "(sau đây gọi tắt là các bộ, cơ quan trung ương và địa phương)" after a list whose last member
        // has a holder's title: the short name of the whole list, not of its last member.
        let rows = read_rows(
            "CHỈ THỊ\n\nThủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, Tổng giám đốc các tập đoàn kinh tế, tổng công ty nhà nước (sau đây gọi tắt là các bộ, cơ quan trung ương và địa phương) thực hiện tốt các nhiệm vụ sau:\n\n1. Các bộ, cơ quan trung ương và địa phương khẩn trương hoàn thiện thủ tục đầu tư trong tháng 3 năm 2026.\n",
        );
        assert_eq!(
            rows,
            ["1 | Các bộ, cơ quan trung ương và địa phương | 2026-03-31 | hoàn thiện thủ tục đầu tư"]
        );
        // A council's resolution: "Chỉ đạo Ban Dân tộc tỉnh …" under the one committee it addresses is the
        // board's work (directing a group stays the committee's); "… trong phạm vi nhiệm vụ, quyền hạn của
        // mình có trách nhiệm thực hiện Nghị quyết" closes; the council's own supervision of it stays, as a
        // set-12 notice was labelled.
        let rows = read_rows(
            "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\nSố: 15/NQ-HĐND\n\nĐiều 1. Hội đồng nhân dân tỉnh đề nghị:\n1. Ủy ban nhân dân tỉnh:\na) Chỉ đạo Ban Dân tộc tỉnh phối hợp với UBND huyện Hoàng Su Phì rà soát kinh phí còn thiếu, hoàn thành trong năm 2026.\nb) Chỉ đạo các sở, ngành tăng cường kiểm tra công trình.\nĐiều 2. Ban Dân tộc tỉnh, Công an tỉnh trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm thực hiện Nghị quyết.\nThường trực Hội đồng nhân dân tỉnh trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm giám sát việc thực hiện Nghị quyết.\n",
        );
        assert_eq!(
            rows,
            [
                "1.a | Ban Dân tộc tỉnh | 2026-12-31 | rà soát kinh phí còn thiếu",
                "1.b | Ủy ban nhân dân tỉnh | - | Chỉ đạo các sở, ngành tăng cường kiểm tra công trình",
                " | Thường trực Hội đồng nhân dân tỉnh | - | trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm giám sát việc thực hiện Nghị quyết"
            ]
        );
        // Who sits on a body ("… làm Phó Trưởng ban; Chi cục Thuế làm ủy viên") is no work.
        let rows = read_rows(
            "QUYẾT ĐỊNH\n\nĐiều 1. Thành lập Ban Chỉ đạo Tổng điều tra kinh tế năm 2026 của quận, gồm: Chủ tịch UBND quận làm Trưởng ban; Chi cục trưởng Chi cục Thống kê làm Phó Trưởng ban Thường trực; Trưởng phòng Nội vụ làm Phó Trưởng ban; Chi cục Thuế làm ủy viên.\nĐiều 2. Chi cục Thống kê chủ trì tổng hợp danh sách cơ sở, báo cáo trước ngày 15/6/2026.\n",
        );
        assert_eq!(rows, [" | Chi cục Thống kê | 2026-06-15 | tổng hợp danh sách cơ sở, báo cáo"]);
        // "Đề nghị UBND tỉnh chỉ đạo các ngành chức năng … cụ thể sau:" | "- Chỉ đạo Ban Dân tộc tỉnh …":
        // one of the departments directed does the work.
        let rows = read_rows(
            "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\n\n3. Về đầu tư xây dựng:\nĐề nghị UBND tỉnh chỉ đạo các ngành chức năng thực hiện đúng các cam kết đối với một số dự án cụ thể sau:\n- Chỉ đạo Ban Dân tộc tỉnh rà soát kinh phí còn thiếu, hoàn thành trong Quý IV năm 2026.\n- Chỉ đạo Sở Nông nghiệp và Môi trường nghiệm thu công trình kè trong tháng 7/2026.\n",
        );
        assert_eq!(
            rows,
            [
                " | Ban Dân tộc tỉnh | 2026-12-31 | rà soát kinh phí còn thiếu",
                " | Sở Nông nghiệp và Môi trường | 2026-07-31 | nghiệm thu công trình kè",
                " | UBND tỉnh | - | chỉ đạo các ngành chức năng thực hiện đúng các cam kết đối với một số dự án cụ thể sau"
            ]
        );
        // The Party's bodies speak ("Bộ Chính trị yêu cầu …"), after a purpose of many commas; the loose
        // list of addressees as written.
        let rows = read_rows(
            "KẾT LUẬN\n\nTheo đó, trước bối cảnh thế giới thay đổi nhanh, biến đổi khí hậu phức tạp, để phát huy những kết quả đã đạt được, Bộ Chính trị yêu cầu cấp uỷ, tổ chức đảng, chính quyền, Mặt trận Tổ quốc Việt Nam, đoàn thể các cấp tiếp tục quán triệt các nhiệm vụ, giải pháp đã nêu trong Nghị quyết 19-NQ/TW.\n",
        );
        assert_eq!(
            rows,
            [
                " | Cấp uỷ, tổ chức đảng, chính quyền, Mặt trận Tổ quốc Việt Nam, đoàn thể các cấp | - | quán triệt các nhiệm vụ, giải pháp đã nêu trong Nghị quyết 19-NQ/TW"
            ]
        );
        // An opening that goes on with the paragraph before it ("Đồng thời, tập trung lãnh đạo, chỉ đạo …
        // như sau:"): that paragraph's addressees and its own work are the items'.
        let rows = read_rows(
            "# Toàn văn Kết luận về nông nghiệp?\n\nNgày 26/11/2025, Ban Chấp hành Trung ương đã ban hành Kết luận về nông nghiệp, nông dân, nông thôn.\n\nTheo đó, Bộ Chính trị yêu cầu cấp uỷ, tổ chức đảng, chính quyền, Mặt trận Tổ quốc Việt Nam, đoàn thể các cấp tiếp tục quán triệt các nhiệm vụ, giải pháp đã nêu trong Nghị quyết.\n\nĐồng thời, tập trung lãnh đạo, chỉ đạo thực hiện tốt một số nhiệm vụ trọng tâm như sau:\n\n- Trong năm 2026, cơ bản hoàn thành việc rà soát, thể chế hoá các chủ trương của Đảng thành luật.\n\n- Nghiên cứu cơ chế ưu đãi, khuyến khích xuất khẩu nông sản.\n",
        );
        assert_eq!(
            rows,
            [
                " | Cấp uỷ, tổ chức đảng, chính quyền, Mặt trận Tổ quốc Việt Nam, đoàn thể các cấp | - | quán triệt các nhiệm vụ, giải pháp đã nêu trong Nghị quyết",
                " | Cấp uỷ, tổ chức đảng, chính quyền, Mặt trận Tổ quốc Việt Nam, đoàn thể các cấp | 2026-12-31 | cơ bản hoàn thành việc rà soát, thể chế hoá các chủ trương của Đảng thành luật",
                " | Cấp uỷ, tổ chức đảng, chính quyền, Mặt trận Tổ quốc Việt Nam, đoàn thể các cấp | - | Nghiên cứu cơ chế ưu đãi, khuyến khích xuất khẩu nông sản"
            ]
        );
        // "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương": kinds of places with no name,
        // every province's committee.
        let rows = read_rows(
            "CÔNG VĂN\n\nĐể nâng cao hiệu quả tiếp nhận hồ sơ trực tuyến, Văn phòng Chính phủ trân trọng đề nghị đồng chí Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương, chỉ đạo các cơ quan, đơn vị rà soát các hồ sơ quá hạn (Phụ lục kèm theo).\n",
        );
        assert_eq!(
            rows,
            [
                " | Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương | - | chỉ đạo các cơ quan, đơn vị rà soát các hồ sơ quá hạn (Phụ lục kèm theo)"
            ]
        );
        // "Kính gửi:" alone on its line, the addressee on the next: the work of "Bộ Y tế đề nghị:" items
        // that name no one is theirs.
        let rows = read_rows(
            "BỘ Y TẾ\nSố: 120/BYT-KCB\n\nKính gửi:\n\nSở Y tế tỉnh Nghệ An\n\nĐể bảo đảm khám chữa bệnh trong mùa mưa lũ, Bộ Y tế đề nghị:\n1. Rà soát cơ số thuốc, vật tư dự phòng, báo cáo trước ngày 20/4/2026.\n2. Bố trí lực lượng trực cấp cứu 24/24 giờ.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Sở Y tế tỉnh Nghệ An | 2026-04-20 | Rà soát cơ số thuốc, vật tư dự phòng, báo cáo",
                "2 | Sở Y tế tỉnh Nghệ An | - | Bố trí lực lượng trực cấp cứu 24/24 giờ"
            ]
        );
        // An item's dated work, then "Trong đó chú ý một số nội dung sau:": the work stays, and its date is
        // the points' too.
        let rows = read_rows(
            "THÔNG BÁO\nKết luận của Phó Thủ tướng\n\n2. Bộ Tài chính chủ trì, phối hợp với các Bộ liên quan hoàn thiện dự thảo Đề án, trình Thủ tướng Chính phủ trước ngày 20 tháng 10 năm 2026. Trong đó chú ý một số nội dung sau:\n- Nghiên cứu kỹ lưỡng quy định của pháp luật hiện hành.\n- Làm việc cụ thể với Bộ Nông nghiệp và Môi trường về nội dung phân công.\n3. Bộ Tư pháp thẩm định dự thảo.\n",
        );
        assert_eq!(
            rows,
            [
                "2 | Bộ Tài chính | 2026-10-20 | hoàn thiện dự thảo Đề án, trình Thủ tướng Chính phủ",
                "2 | Bộ Tài chính | 2026-10-20 | Nghiên cứu kỹ lưỡng quy định của pháp luật hiện hành",
                "2 | Bộ Tài chính | 2026-10-20 | Làm việc cụ thể với Bộ Nông nghiệp và Môi trường về nội dung phân công",
                "3 | Bộ Tư pháp | - | thẩm định dự thảo"
            ]
        );
        // A commune's Party committee and committee: "Ban chỉ huy phòng chống thiên tai" named for what it
        // prevents; "Các đồng chí Ủy viên BCH Đảng bộ …" the members of a body; "các ông xóm trưởng" the
        // hamlets' heads, a courtesy before them.
        let rows = read_rows(
            "Thường trực Đảng ủy xã yêu cầu:\n1. UBND xã, Ban chỉ huy phòng chống thiên tai: theo dõi sát diễn biến bão; chuẩn bị lực lượng, phương tiện sẵn sàng ứng phó.\n2. Các đồng chí Ủy viên BCH Đảng bộ phụ trách địa bàn: thường xuyên bám sát cơ sở, kịp thời báo cáo.\n\nỦy ban nhân dân xã yêu cầu các ông xóm trưởng thực hiện nghiêm một số nội dung sau:\n1. Nắm bắt thông tin người dân đến địa bàn kịp thời, chính xác.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | UBND xã + Ban chỉ huy phòng chống thiên tai | - | theo dõi sát diễn biến bão; chuẩn bị lực lượng, phương tiện sẵn sàng ứng phó",
                "2 | Các đồng chí Ủy viên BCH Đảng bộ phụ trách địa bàn | - | thường xuyên bám sát cơ sở, kịp thời báo cáo",
                "1 | Các ông xóm trưởng | - | Nắm bắt thông tin người dân đến địa bàn kịp thời, chính xác"
            ]
        );
        // "ngay trong Quý 4 năm 2025" (at once, within the quarter) dates the work; "các ngày trong tuần"
        // does not.
        let rows = read_rows(
            "Ngày 10 tháng 8 năm 2025\nThủ tướng Chính phủ yêu cầu:\n1. Ngân hàng Nhà nước Việt Nam hoàn thiện chuyển đổi số trong hệ thống ngân hàng ngay trong Quý 4 năm 2025.\n2. Công an tỉnh duy trì các tổ cấp thẻ lưu động làm việc tất cả các ngày trong tuần.",
        );
        assert_eq!(
            rows,
            [
                "1 | Ngân hàng Nhà nước Việt Nam | 2025-12-31 | hoàn thiện chuyển đổi số trong hệ thống ngân hàng",
                "2 | Công an tỉnh | - | duy trì các tổ cấp thẻ lưu động làm việc tất cả các ngày trong tuần"
            ]
        );
        // A team's members by name and role ("Ông. Hoàng Văn Thuân - Trưởng đoàn:"): the title's stop ends
        // no sentence; "chủ trì các buổi làm việc" is what is chaired; "chịu trách nhiệm chính" is the role
        // before the verb.
        let rows = read_rows(
            "SỞ CÔNG THƯƠNG\nSố: 1105/KH-ĐKT                          Lào Cai, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nKiểm tra việc sử dụng vật liệu nổ công nghiệp\n4. Phân công nhiệm vụ\n4.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; chủ trì các buổi làm việc.\n4.2. Bà Đỗ Thị Hoa - Thư ký đoàn: Chịu trách nhiệm chính lập biên bản kiểm tra trước ngày 30/3/2026.\n",
        );
        assert_eq!(
            rows,
            [
                "4.1 | Ông. Hoàng Văn Thuân - Trưởng đoàn | - | Phụ trách chung",
                "4.1 | Ông. Hoàng Văn Thuân - Trưởng đoàn | - | chủ trì các buổi làm việc",
                "4.2 | Bà Đỗ Thị Hoa - Thư ký đoàn | 2026-03-30 | lập biên bản kiểm tra"
            ]
        );
        // The addressee named in full, then by its kind ("Công ty"); headings that say when ("Trước khi …",
        // "Trong quá trình …") or what about ("Đối với công tác …") keep the addressee's work under them.
        let rows = read_rows(
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 6795/SNNMT-KS                          Lào Cai, ngày 17 tháng 7 năm 2026\nKính gửi: Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô\n(Địa chỉ: xã Tằng Loỏng, tỉnh Lào Cai)\n\nSở Nông nghiệp và Môi trường đề nghị Công ty thực hiện đầy đủ các nội dung sau:\n1. Trước khi đưa mỏ đi vào hoạt động khai thác khoáng sản\n- Thực hiện cắm mốc khu vực khai thác.\n- Lập hồ sơ pháp lý về bảo vệ môi trường.\n2. Trong quá trình hoạt động khai thác khoáng sản\n2.1. Đối với công tác quản lý bảo vệ khoáng sản.\n- Bảo vệ khoáng sản trong phạm vi ranh giới khu vực được phép khai thác.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô | - | Thực hiện cắm mốc khu vực khai thác",
                "1 | Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô | - | Lập hồ sơ pháp lý về bảo vệ môi trường",
                "2.1 | Công ty cổ phần Khai thác và Chế biến kim loại Thủ Đô | - | Bảo vệ khoáng sản trong phạm vi ranh giới khu vực được phép khai thác"
            ]
        );
        // A news page retelling the plan it is about ("Căn cứ theo Mục II Kế hoạch 177/KH-UBND … như sau:")
        // quotes the plan's work; a law quoted ("Căn cứ khoản 1 Điều 34 Luật …") gives none.
        let rows = read_rows(
            "Kế hoạch kê khai tài sản thu nhập năm 2025 tại Cần Thơ\nNgày 02/12/2025, UBND thành phố Cần Thơ đã ban hành Kế hoạch 177/KH-UBND thực hiện kê khai tài sản, thu nhập năm 2025.\nCăn cứ theo Mục II Kế hoạch 177/KH-UBND năm 2025 có nêu chi tiết về nội dung kế hoạch như sau:\n1. Sở Nội vụ lập danh sách cán bộ, công chức thuộc diện Ban Thường vụ Thành ủy quản lý trước ngày 09/12/2025.\nCăn cứ khoản 1 Điều 34 Luật Phòng, chống tham nhũng 2018 quy định như sau:\n1. Người có nghĩa vụ kê khai phải kê khai tài sản.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Sở Nội vụ | 2025-12-09 | lập danh sách cán bộ, công chức thuộc diện Ban Thường vụ Thành ủy quản lý"
            ]
        );
        // In an item, "có văn bản đề nghị …" is the subject's work (to write), not a letter reported; "có
        // văn bản" is no qualifier of "các tỉnh"; "các cơ sở KCB BHYT" keeps its kind in capitals.
        let rows = read_rows(
            "Hà Nội, ngày 02 tháng 02 năm 2021\nBảo hiểm xã hội Việt Nam hướng dẫn như sau:\n1. BHXH các tỉnh có văn bản đề nghị các cơ sở KCB BHYT sớm xây dựng hướng dẫn chẩn đoán.\n2. BHXH các tỉnh có văn bản gửi các bệnh viện về việc kê thêm giường.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | BHXH các tỉnh | - | có văn bản đề nghị các cơ sở KCB BHYT sớm xây dựng hướng dẫn chẩn đoán",
                "2 | BHXH các tỉnh | - | có văn bản gửi các bệnh viện về việc kê thêm giường"
            ]
        );
        // A group told to direct ("Chủ tịch UBND các huyện … chỉ đạo:") has the points as its work; an item
        // run into the line before ("… phương tiện. 5. Ban Chỉ huy …") is an item; "Các nội dung …" heads;
        // "hoạt động hóa chất" narrows.
        let rows = read_rows(
            "CÔNG ĐIỆN Chủ động ứng phó Bão số 5\nNgày 18 tháng 9 năm 2020\nChủ tịch UBND tỉnh yêu cầu:\n2. Chủ tịch UBND các huyện, thị xã, thành phố chỉ đạo:\n- Tổ chức công tác truyền thông đến Nhân dân về bão số 5;\n- Rà soát phương án sơ tán dân cư khỏi các khu vực nguy hiểm.\n4. Các lực lượng cứu nạn, cứu hộ duy trì lực lượng và phương tiện. 5. Ban Chỉ huy PCTT và TKCN tỉnh tổ chức trực ban 24/24.\n6. Các nội dung trọng tâm đơn vị cần thực hiện\nĐề nghị các đơn vị hoạt động hóa chất trên địa bàn tỉnh thực hiện các nội dung sau:\n- Rà soát danh mục hóa chất.\n",
        );
        assert_eq!(
            rows,
            [
                "2 | UBND các huyện, thị xã, thành phố | - | Tổ chức công tác truyền thông đến Nhân dân về bão số 5",
                "2 | UBND các huyện, thị xã, thành phố | - | Rà soát phương án sơ tán dân cư khỏi các khu vực nguy hiểm",
                "4 | Các lực lượng cứu nạn, cứu hộ | - | duy trì lực lượng và phương tiện",
                "5 | Ban Chỉ huy PCTT và TKCN tỉnh | - | tổ chức trực ban 24/24",
                "6 | Các đơn vị hoạt động hóa chất trên địa bàn tỉnh | - | Rà soát danh mục hóa chất"
            ]
        );
        // A news outlet that ran a story on a day gone by ("Báo điện tử VTV ngày 10 tháng 4 năm 2020 có bài
        // …") did what it did; the directive after it opens the points.
        let rows = read_rows(
            "Hà Nội, ngày 17 tháng 4 năm 2020\n\
             Kính gửi: Bộ Nông nghiệp và Phát triển nông thôn.\n\
             Báo điện tử VTV ngày 10 tháng 4 năm 2020 có bài “Giá hải sản giảm mạnh”; Báo điện tử Nông nghiệp ngày \
             10 tháng 4 năm 2020 có bài “Giải pháp bớt tiêu tốn hàng trăm tỷ mỗi năm chống hạn cho lúa”. Về việc này, \
             Thủ tướng Chính phủ giao Bộ Nông nghiệp và Phát triển nông thôn:\n\
             - Nghiên cứu thông tin phản ánh, báo cáo tình hình.\n\
             - Nghiên cứu, đánh giá đề xuất để có giải pháp phù hợp.",
        );
        assert_eq!(
            rows,
            [
                " | Bộ Nông nghiệp và Phát triển nông thôn | - | Nghiên cứu thông tin phản ánh, báo cáo tình hình",
                " | Bộ Nông nghiệp và Phát triển nông thôn | - | Nghiên cứu, đánh giá đề xuất để có giải pháp phù hợp",
            ]
        );
        // A head alone before another that names where it is shares that place ("Hội đồng nhân dân, Ủy ban
        // nhân dân các tỉnh, thành phố").
        let rows = read_rows(
            "Hà Nội, ngày 02 tháng 02 năm 2026\nBộ Nông nghiệp và Môi trường đề nghị Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, thành phố khẩn trương thực hiện một số nội dung sau:\n1. Bố trí nguồn lực để tổ chức triển khai thi hành trên địa bàn tỉnh, thành phố.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Hội đồng nhân dân các tỉnh, thành phố + Ủy ban nhân dân các tỉnh, thành phố | - | Bố trí nguồn lực để tổ chức triển khai thi hành trên địa bàn tỉnh, thành phố"
            ]
        );
        // From real sets 42–50 (read this stop): a news report lets the document speak ("Công điện số … yêu
        // cầu …", "Kế hoạch cũng giao …"), even where its line opens like a cited text.
        let rows = read_rows(
            "Ngày 5/3/2026, Chủ tịch UBND tỉnh đã có Công điện số 15/CĐ-UBND về việc chống dịch tả lợn châu Phi. Công điện số 15/CĐ-UBND yêu cầu UBND huyện Quang Bình, Bắc Quang triển khai thực hiện các biện pháp chống dịch; tạm dừng các cuộc họp không cần thiết.\nKế hoạch cũng giao Sở Y tế chủ trì kiểm tra an toàn thực phẩm trước ngày 20/4/2026.\n",
        );
        assert_eq!(
            rows,
            [
                " | UBND huyện Quang Bình + UBND huyện Bắc Quang | - | triển khai thực hiện các biện pháp chống dịch; tạm dừng các cuộc họp không cần thiết",
                " | Sở Y tế | 2026-04-20 | kiểm tra an toàn thực phẩm"
            ]
        );
        // "1.Sở …" (the space lost after the number) is an item; a verb straight before the role is part of
        // the name ("Cục Kết cấu hạ tầng xây dựng tham mưu"); a city, then the provinces it is listed with.
        let rows = read_rows(
            "Chủ tịch UBND tỉnh giao nhiệm vụ cụ thể như sau:\n\n1.Sở Công Thương chủ trì, phối hợp với các sở, ngành, địa phương\n\na) Chủ động nắm bắt tình hình cung ứng hàng hóa trong dịp Tết.\n\n2.Cục Kết cấu hạ tầng xây dựng tham mưu việc hướng dẫn các địa phương rà soát hệ thống tiêu thoát nước.\n\n3. Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai đẩy nhanh tiến độ lập Báo cáo nghiên cứu khả thi, hoàn thành trong tháng 6 năm 2026.\n",
        );
        assert_eq!(
            rows,
            [
                "1.a | Sở Công Thương | - | nắm bắt tình hình cung ứng hàng hóa trong dịp Tết",
                "2 | Cục Kết cấu hạ tầng xây dựng | - | tham mưu việc hướng dẫn các địa phương rà soát hệ thống tiêu thoát nước",
                "3 | Thành phố Hà Nội + UBND tỉnh Bắc Ninh + UBND tỉnh Gia Lai | 2026-06-30 | đẩy nhanh tiến độ lập Báo cáo nghiên cứu khả thi"
            ]
        );
        // A letter signed and sent ("đã ký văn bản hỏa tốc đề nghị …"); a field in title case past "và"
        // ("các phòng Giáo dục và Đào tạo các huyện"); a board by its short name in brackets; a board's
        // members; one kind in lower case after a directive ("yêu cầu doanh nghiệp xây dựng …").
        let rows = read_rows(
            "Giám đốc Sở Giáo dục và Đào tạo đã ký văn bản hỏa tốc đề nghị các phòng Giáo dục và Đào tạo các huyện, thị xã tiếp tục cho học sinh nghỉ học đến ngày 10/4/2026.\nBan Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh (PCTT&TKCN) đề nghị các Sở, ban, ngành là thành viên của Ban Chỉ huy PCTT&TKCN các huyện tiến hành xây dựng phương án ứng phó, gửi kết quả về Sở Nông nghiệp và Môi trường trước ngày 31/5/2026.\nSở Nội vụ yêu cầu doanh nghiệp xây dựng phương án thưởng trước ngày 20/4/2026.\n",
        );
        assert_eq!(
            rows,
            [
                " | Các phòng Giáo dục và Đào tạo các huyện, thị xã | 2026-04-10 | cho học sinh nghỉ học",
                " | Các Sở, ban, ngành là thành viên của Ban Chỉ huy PCTT&TKCN các huyện | 2026-05-31 | tiến hành xây dựng phương án ứng phó, gửi kết quả về Sở Nông nghiệp và Môi trường",
                " | Các doanh nghiệp | 2026-04-20 | xây dựng phương án thưởng"
            ]
        );
        // A closing that dates the work above it for those it was given to ("… bảo đảm đến hết tháng 6 năm
        // 2026 … về 02 nội dung nêu trên").
        let rows = read_rows(
            "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n\nBan Chỉ đạo đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung thực hiện một số nội dung sau:\n1. Về đội ngũ cán bộ ở cấp xã\n- Bổ sung, bố trí đủ công chức chuyên môn ở cấp xã.\n2. Về trụ sở làm việc\nRà soát, sắp xếp, xử lý trụ sở, tài sản công.\nChủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương khẩn trương chỉ đạo thực hiện, bảo đảm đến hết tháng 6 năm 2026 giải quyết dứt điểm các khó khăn ở cấp xã về 02 nội dung nêu trên./.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương | 2026-06-30 | Bổ sung, bố trí đủ công chức chuyên môn ở cấp xã",
                " | Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương | 2026-06-30 | Rà soát, sắp xếp, xử lý trụ sở, tài sản công",
                " | Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương | 2026-06-30 | chỉ đạo thực hiện, bảo đảm, giải quyết dứt điểm các khó khăn ở cấp xã về 02 nội dung nêu trên./"
            ]
        );
        // An office at a level ("BHXH cấp tỉnh, cấp xã"); "BHXH tự nguyện" is a scheme, not the office;
        // "Quý II năm 2026 và các năm tiếp theo" is due at the end of the quarter.
        let rows = read_rows(
            "Giám đốc BHXH cấp tỉnh, cấp xã tiếp tục rà soát đối tượng chưa tham gia, cụ thể như sau:\n(1) Về phát triển người tham gia BHXH tự nguyện: lập danh sách người tham gia tiềm năng, hoàn thành trước ngày 30/4/2026.\nSở Tư pháp chủ trì tuyên truyền Luật trong Quý II năm 2026 và các năm tiếp theo.\n",
        );
        assert_eq!(
            rows,
            [
                "(1) | BHXH cấp tỉnh | 2026-04-30 | lập danh sách người tham gia tiềm năng",
                " | Sở Tư pháp | 2026-06-30 | tuyên truyền Luật"
            ]
        );
        // A table of targets ("Chỉ tiêu") under a title that dates them ("… ĐẾN NĂM 2030"); a lead cell's
        // name before what it does.
        let rows = read_rows(
            "PHỤ LỤC\nPHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ SỐ ĐẾN NĂM 2030\n\n| TT | Chỉ tiêu | Chủ trì |\n|---|---|---|\n| 1 | Kinh tế số chiếm 45% GRDP tỉnh | Sở Tài chính |\n| 2 | Tỷ lệ doanh nghiệp ứng dụng công nghệ số đạt 60% | Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu |\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Sở Tài chính | 2030-12-31 | Kinh tế số chiếm 45% GRDP tỉnh",
                "2 | Sở Khoa học và Công nghệ | 2030-12-31 | Tỷ lệ doanh nghiệp ứng dụng công nghệ số đạt 60%"
            ]
        );
        // A statistics table ("Đơn vị tính" is the unit of measure) and a row of figures give no task;
        // taxes ("Thuế giá trị gia tăng") are no tax offices.
        let rows = read_rows(
            "| STT | Nội dung | Đơn vị tính | Năm 2026 |\n|---|---|---|---|\n| 1 | Tổng sản phẩm trong tỉnh | Tỷ đồng | 172.033 |\n| 2 | Thu ngân sách | Tỷ đồng | 8.700 |\n\nSở Tài chính chủ trì xây dựng dự toán ngân sách năm 2027, trình UBND tỉnh trước ngày 15/7/2026.\n- Thuế giá trị gia tăng 393.000 393.000 350.000 342.000 400.000\n- Thuế thu nhập doanh nghiệp 339.000 375.200 418.000 420.000 420.000\n",
        );
        assert_eq!(
            rows,
            [" | Sở Tài chính | 2026-07-15 | xây dựng dự toán ngân sách năm 2027, trình UBND tỉnh"]
        );
        // A span of years in the time column is due at the end of its last year, as labellers of real plans
        // read it.
        let rows = read_rows(
            "| STT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện |\n|---|---|---|---|\n| 1 | Phát triển hệ sinh thái đổi mới sáng tạo | Sở Khoa học và Công nghệ | 2026 - 2030 |\n| 2 | Xây dựng chương trình hỗ trợ doanh nghiệp | Sở Công Thương | Giai đoạn 2026-2035 |\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Sở Khoa học và Công nghệ | 2030-12-31 | Phát triển hệ sinh thái đổi mới sáng tạo",
                "2 | Sở Công Thương | 2035-12-31 | Xây dựng chương trình hỗ trợ doanh nghiệp"
            ]
        );
        // A body of the Assembly or the Government named with whose it is ("Ủy ban Kinh tế và Tài chính của
        // Quốc hội").
        let rows = read_rows(
            "Chủ tịch Quốc hội đề nghị Ủy ban Kinh tế và Tài chính của Quốc hội phối hợp với Chính phủ hoàn thiện hồ sơ dự án luật trước ngày 15/4/2026.\n",
        );
        assert_eq!(
            rows,
            [" | Ủy ban Kinh tế và Tài chính của Quốc hội | 2026-04-15 | hoàn thiện hồ sơ dự án luật"]
        );
        // An item's month passes down to the points under it, as a day does; its last months are its goal.
        let rows = read_rows(
            "2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ\na) Khẩn trương rà soát, chuẩn hóa kết quả giải quyết thủ tục hành chính.\nb) Các Bộ: Tài chính, Y tế, Tư pháp khẩn trương khắc phục các bất cập của hệ thống thông tin thuộc phạm vi quản lý, hoàn thành trong tháng 11 năm 2026, cụ thể:\n(1) Bộ Y tế hoàn thành nâng cấp hệ thống cấp phép hành nghề.\n(2) Bộ Tư pháp khắc phục tình trạng chậm của hệ thống hộ tịch điện tử.\n3. Sở Nội vụ tập trung thực hiện các nhiệm vụ trong 02 tháng cuối năm 2026, cụ thể:\na) Rà soát vị trí việc làm.\n",
        );
        assert_eq!(
            rows,
            [
                "2.a | Các Bộ | - | rà soát, chuẩn hóa kết quả giải quyết thủ tục hành chính",
                "2.b.(1) | Bộ Y tế | 2026-11-30 | hoàn thành nâng cấp hệ thống cấp phép hành nghề",
                "2.b.(2) | Bộ Tư pháp | 2026-11-30 | khắc phục tình trạng chậm của hệ thống hộ tịch điện tử",
                "3.a | Sở Nội vụ | - | Rà soát vị trí việc làm"
            ]
        );
        // A guidance letter's opening addresses whom it guides; its "NHIỆM VỤ CHUNG" heading (no "Vụ"
        // there) keeps them; a school year is no deadline.
        let rows = read_rows(
            "Kính gửi: Hiệu trưởng các trường phổ thông\nSở Giáo dục và Đào tạo hướng dẫn các cơ sở giáo dục phổ thông thực hiện nhiệm vụ năm học 2026 - 2027 như sau:\nI. NHIỆM VỤ CHUNG\nThực hiện hiệu quả Chương trình giáo dục phổ thông trong năm học 2026 - 2027.\nTham mưu cấp ủy địa phương bố trí đủ giáo viên.\n",
        );
        assert_eq!(
            rows,
            [
                " | Các cơ sở giáo dục phổ thông | - | Thực hiện hiệu quả Chương trình giáo dục phổ thông trong năm học 2026 - 2027",
                " | Các cơ sở giáo dục phổ thông | - | Tham mưu cấp ủy địa phương bố trí đủ giáo viên"
            ]
        );
        // A table's part over its first group ("A PHÁT TRIỂN …" | "I Hoàn thiện thể chế"), two lines with
        // no tab: the rows go on after them.
        let rows = read_rows(
            "PHỤ LỤC\nSTT\tNhiệm vụ, giải pháp\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm đầu ra\nA PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ\nI Hoàn thiện thể chế\n1.1\tRà soát, sửa đổi các quy định về giao dịch điện tử\tSở Tư pháp\tCác sở, ban, ngành\t2026 - 2030\tCác văn bản\nII Phát triển hạ tầng\n2.1\tTriển khai hạ tầng số và hạ tầng bưu chính\tSở Khoa học và Công nghệ\tCác sở, ban, ngành\t2026 - 2030\tKế hoạch\n",
        );
        assert_eq!(
            rows,
            [
                "1.1 | Sở Tư pháp | 2030-12-31 | Rà soát, sửa đổi các quy định về giao dịch điện tử",
                "2.1 | Sở Khoa học và Công nghệ | 2030-12-31 | Triển khai hạ tầng số và hạ tầng bưu chính"
            ]
        );
        // "(2) Thường trực báo cáo:" is a duty, no standing body ("Thường trực Tỉnh ủy" is).
        let rows = read_rows(
            "Bộ Y tế đề nghị các cơ quan chỉ đạo các đơn vị trực thuộc thực hiện tốt các công việc sau:\n(1) Tổ chức tốt việc cấp cứu, khám chữa bệnh cho người dân.\n(2) Thường trực báo cáo:\n- Đảm bảo thường trực đường dây nóng 24/24.\n",
        );
        assert_eq!(
            rows,
            [
                "(1) | Các cơ quan | - | Tổ chức tốt việc cấp cứu, khám chữa bệnh cho người dân",
                "(2) | Các cơ quan | - | Đảm bảo thường trực đường dây nóng 24/24"
            ]
        );
        // Names that run past a word of grammar: the state capital committee "tại doanh nghiệp", the kinds
        // of commune joined by dashes, "chính quyền các địa phương liên quan".
        let rows = read_rows(
            "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp khẩn trương ổn định cơ cấu tổ chức, bộ máy.\nGiao Chủ tịch Ủy ban nhân dân phường - xã - đặc khu vận động, nhắc nhở việc treo cờ Tổ quốc ở địa bàn dân cư.\nĐồng chí Chủ tịch đề nghị các sở, ban, ngành, chính quyền các địa phương liên quan tập trung thực hiện tốt công tác giải phóng mặt bằng.\n",
        );
        assert_eq!(
            rows,
            [
                " | Ủy ban Quản lý vốn nhà nước tại doanh nghiệp | - | ổn định cơ cấu tổ chức, bộ máy",
                " | Ủy ban nhân dân phường - xã - đặc khu | - | vận động, nhắc nhở việc treo cờ Tổ quốc ở địa bàn dân cư",
                " | Các sở, ban, ngành, chính quyền các địa phương liên quan | - | thực hiện tốt công tác giải phóng mặt bằng"
            ]
        );
        // A title, a colon, then the offices whose holders it means ("Bộ trưởng: Bộ Xây dựng, Bộ Tài chính
        // …").
        let rows = read_rows(
            "2. Bộ trưởng: Bộ Xây dựng, Bộ Tài chính chủ động phối hợp, hướng dẫn thành phố khẩn trương rà soát quy hoạch, báo cáo Thủ tướng Chính phủ trước ngày 10 tháng 12 năm 2026.\n",
        );
        assert_eq!(
            rows,
            [
                "2 | Bộ Xây dựng + Bộ Tài chính | 2026-12-10 | phối hợp, hướng dẫn thành phố khẩn trương rà soát quy hoạch, báo cáo Thủ tướng Chính phủ"
            ]
        );
        // A kind, then the field its members share in title case: "các Công ty Lâm nghiệp", "Các Trung tâm
        // Phục vụ hành chính công các cấp".
        let rows = read_rows(
            "3. Các Công ty Lâm nghiệp chủ động nghiên cứu, triển khai các nội dung thuộc trách nhiệm của chủ rừng.\n4. Các Trung tâm Phục vụ hành chính công các cấp công khai thông tin cho công dân về danh mục giấy tờ.\n",
        );
        assert_eq!(
            rows,
            [
                "3 | Các Công ty Lâm nghiệp | - | nghiên cứu, triển khai các nội dung thuộc trách nhiệm của chủ rừng",
                "4 | Các Trung tâm Phục vụ hành chính công các cấp | - | công khai thông tin cho công dân về danh mục giấy tờ"
            ]
        );
        // The leaders of a group ("lãnh đạo các bộ, ngành, địa phương") are its heads; attending an event
        // is no work.
        let rows = read_rows(
            "Trong đó, lãnh đạo các bộ, ngành, địa phương phải đi sâu, đi sát để tháo gỡ khó khăn cho doanh nghiệp.\nLãnh đạo UBND thành phố và lãnh đạo phường Xuân Hòa tham dự hội nghị.\n",
        );
        assert_eq!(
            rows,
            [" | Các bộ, ngành, địa phương | - | đi sâu, đi sát để tháo gỡ khó khăn cho doanh nghiệp"]
        );
        // A site's name in brackets before the text; the Front abbreviated with its country's initials
        // ("UB.MTTQVN", "UBMTTQVN"); kinds of commune joined by a dash in a group.
        let rows = read_rows(
            "(hocmon.gov.vn) Theo Công văn số 3517/UBND ngày 18/7/2022, UBND huyện đề nghị UB.MTTQVN và các đoàn thể huyện, Chủ tịch UBND các xã - thị trấn tổ chức tổng vệ sinh môi trường.\nUBND xã đề nghị UBMTTQVN xã tăng cường tuyên truyền, vận động Nhân dân.\n",
        );
        assert_eq!(
            rows,
            [
                " | UB.MTTQVN + Các đoàn thể huyện + UBND các xã - thị trấn | - | tổ chức tổng vệ sinh môi trường",
                " | UBMTTQVN xã | - | tăng cường tuyên truyền, vận động Nhân dân"
            ]
        );
        // A person who speaks, when, then whom: "… đề nghị từ nay đến ngày 15/03/2026, các Sở, ngành …".
        let rows = read_rows(
            "Giám đốc Sở Nội vụ Nguyễn Văn An đề nghị từ nay đến ngày 15/03/2026, các Sở, ngành, địa phương tập trung tuyên truyền vận động cử tri tham gia bầu cử.\n",
        );
        assert_eq!(
            rows,
            [" | Các Sở, ngành, địa phương | 2026-03-15 | tuyên truyền vận động cử tri tham gia bầu cử"]
        );
        // A speaker that also directs ("cũng yêu cầu"), or states whom and what ("nêu rõ, Ngân hàng Nhà
        // nước … rà soát").
        let rows = read_rows(
            "Tổng cục Hải quan cũng yêu cầu Cục Công nghệ thông tin tổ chức hoạt động tại tòa nhà theo chế độ phòng dịch.\nPhó Thủ tướng nêu rõ, Ngân hàng Nhà nước Việt Nam rà soát, nghiên cứu chính sách tín dụng ưu đãi.\n",
        );
        assert_eq!(
            rows,
            [
                " | Cục Công nghệ thông tin | - | tổ chức hoạt động tại tòa nhà theo chế độ phòng dịch",
                " | Ngân hàng Nhà nước Việt Nam | - | rà soát, nghiên cứu chính sách tín dụng ưu đãi"
            ]
        );
        // The governments of every place: "Chính quyền các địa phương …".
        let rows = read_rows(
            "Chính quyền các địa phương đẩy mạnh tuyên truyền giá trị văn hóa truyền thống của lễ hội.\n",
        );
        assert_eq!(
            rows,
            [
                " | Chính quyền các địa phương | - | đẩy mạnh tuyên truyền giá trị văn hóa truyền thống của lễ hội"
            ]
        );
        // A group of the province's: "các Sở, ban, ngành của tỉnh".
        let rows = read_rows(
            "Sở Nông nghiệp và Môi trường đề nghị các Sở, ban, ngành của tỉnh tổ chức tuyên truyền, phổ biến các quy định về giảm phát thải khí nhà kính.\n",
        );
        assert_eq!(
            rows,
            [
                " | Các Sở, ban, ngành của tỉnh | - | tổ chức tuyên truyền, phổ biến các quy định về giảm phát thải khí nhà kính"
            ]
        );
        // An office at either level, its holder first: "Giám đốc BHXH cấp tỉnh/cơ sở".
        let rows = read_rows(
            "Giám đốc BHXH cấp tỉnh/cơ sở tiếp tục tập trung rà soát, xác định đối tượng chưa tham gia bảo hiểm xã hội.\n",
        );
        assert_eq!(
            rows,
            [" | BHXH cấp tỉnh/cơ sở | - | rà soát, xác định đối tượng chưa tham gia bảo hiểm xã hội"]
        );
        // How many committees, in place of "các": "UBND 273 phường, xã, thị trấn".
        let rows = read_rows(
            "UBND 273 phường, xã, thị trấn có trách nhiệm báo cáo sơ kết kết quả thực hiện quy chế tổ chức và hoạt động khu phố, ấp.\n",
        );
        assert_eq!(
            rows,
            [
                " | UBND 273 phường, xã, thị trấn | - | báo cáo sơ kết kết quả thực hiện quy chế tổ chức và hoạt động khu phố, ấp"
            ]
        );
        // The date the work is to be finished by is its deadline; a later step's date after it is not.
        let rows = read_rows(
            "đ) Bộ Xây dựng: Khẩn trương thành lập đoàn công tác hỗ trợ các thành phố xây dựng Đề án Đô thị thông minh, hoàn thành trong tháng 12 năm 2026, triển khai thực hiện trong năm 2027.\n",
        );
        assert_eq!(
            rows,
            [
                "đ | Bộ Xây dựng | 2026-12-31 | thành lập đoàn công tác hỗ trợ các thành phố xây dựng Đề án Đô thị thông minh, triển khai thực hiện trong năm 2027"
            ]
        );
        // What a body stated ("nêu rõ, khối lượng …") is no work; what it asks is.
        let rows = read_rows(
            "Bộ Công Thương nêu rõ, khối lượng than đề nghị xuất khẩu chỉ tương đương nhu cầu của một nhà máy nhiệt điện.\nBộ Công Thương yêu cầu Tập đoàn Điện lực Việt Nam bảo đảm cung ứng đủ điện.\n",
        );
        assert_eq!(rows, [" | Tập đoàn Điện lực Việt Nam | - | bảo đảm cung ứng đủ điện"]);
        // Set 68: addressees before a semicolon, then more of them over the points; "Bí thư tỉnh ủy, thành
        // ủy và Chủ tịch …".
        let rows = read_rows(
            "Thủ tướng Chính phủ yêu cầu:\n1. Bộ trưởng các Bộ: Quốc phòng, Công an và các Bộ, ngành có liên quan; Bí thư tỉnh ủy, thành ủy và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố theo chức năng, nhiệm vụ, thẩm quyền:\na) Chủ động chỉ đạo triển khai công tác ứng phó mưa lũ.\n",
        );
        assert_eq!(
            rows,
            [
                "1.a | Bộ Quốc phòng + Bộ Công an + Các Bộ, ngành có liên quan + Ủy ban nhân dân các tỉnh, thành phố | - | chỉ đạo triển khai công tác ứng phó mưa lũ"
            ]
        );
        // Set 70: a holder of every department; the last addressee unread, those read before stand for all.
        let rows = read_rows(
            "2.1. Người đứng đầu sở, ban, ngành; Chủ tịch Ủy ban nhân dân xã, phường; đơn vị, doanh nghiệp nhà nước thuộc thẩm quyền quản lý của Ủy ban nhân dân tỉnh có trách nhiệm:\n- Tiếp nhận, quản lý và bàn giao bản kê khai tài sản, thu nhập.\n",
        );
        assert_eq!(
            rows,
            [
                "2.1 | Các sở, ban, ngành + Ủy ban nhân dân xã, phường | - | Tiếp nhận, quản lý và bàn giao bản kê khai tài sản, thu nhập"
            ]
        );
        // Set 68: numbered steps after the colon that ends whom and when; "các phòng ngành".
        let rows = read_rows(
            "Chủ tịch UBND huyện yêu cầu các phòng ngành trong thời gian tới: (1) Tăng cường công tác kiểm tra; (2) Rà soát các nhiệm vụ trong Quý I/2026.\n",
        );
        assert_eq!(
            rows,
            [
                " | Các phòng ngành | - | Tăng cường công tác kiểm tra",
                " | Các phòng ngành | 2026-03-31 | Rà soát các nhiệm vụ"
            ]
        );
        // Set 69: a scan's stray quote inside a name; "các Vụ, Cục, đơn vị thuộc …".
        let rows = read_rows(
            "Tổng cục “Thuế yêu cầu các Vụ, Cục, đơn vị thuộc Tổng cục Thuế thực hiện một số nội dung như sau:\n\n1. Thủ trưởng các đơn vị tự kiểm tra, rà soát văn bản hướng dẫn sau khi ban hành.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Các Vụ, Cục, đơn vị thuộc Tổng cục Thuế | - | tự kiểm tra, rà soát văn bản hướng dẫn sau khi ban hành"
            ]
        );
        // Set 66: answering for the figures is no task.
        let rows = read_rows(
            "Yêu cầu các bộ, cơ quan, địa phương:\n(1) Chịu trách nhiệm trước Chính phủ, Thủ tướng Chính phủ về tính đầy đủ, chính xác của các thông tin, số liệu báo cáo.\n(2) Rà soát các dự án tồn đọng, báo cáo trước ngày 15/3/2026.\n",
        );
        assert_eq!(
            rows,
            ["(2) | Các bộ, cơ quan, địa phương | 2026-03-15 | Rà soát các dự án tồn đọng, báo cáo"]
        );
        // Sets 27-53 misses: "các Ban của Đảng", "các Ủy ban của Quốc hội".
        let rows = read_rows(
            "Các Ban của Đảng, Văn phòng Quốc hội, Hội đồng Dân tộc và các Ủy ban của Quốc hội phối hợp rà soát các dự án luật.\n",
        );
        assert_eq!(
            rows,
            [
                " | Các Ban của Đảng + Văn phòng Quốc hội + Hội đồng Dân tộc + Các Ủy ban của Quốc hội | - | phối hợp rà soát các dự án luật"
            ]
        );
        // Sets 27-53 misses: what a zone applies, in its name; "nhỏ và vừa".
        let rows = read_rows(
            "Ban Quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên và Hội doanh nghiệp nhỏ và vừa rà soát các dự án tồn đọng.\n",
        );
        assert_eq!(
            rows,
            [
                " | Ban Quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên + Hội doanh nghiệp nhỏ và vừa | - | rà soát các dự án tồn đọng"
            ]
        );
        // Set 75: a purpose's "đồng thời" goes on to the directive; it starts no task.
        let rows = read_rows(
            "Để nắm bắt kịp thời tình hình, phục vụ công tác quản lý nhà nước, đồng thời triển khai các giải pháp ổn định quan hệ lao động, Bộ Nội vụ đề nghị đồng chí Giám đốc Sở Nội vụ chỉ đạo triển khai một số nhiệm vụ sau:\n\n1. Hướng dẫn, hỗ trợ chủ doanh nghiệp rà soát hợp đồng lao động.\n",
        );
        assert_eq!(
            rows,
            ["1 | Sở Nội vụ | - | Hướng dẫn, hỗ trợ chủ doanh nghiệp rà soát hợp đồng lao động"]
        );
        // Set 77: a news page gives the work first, then "Đó là chỉ đạo của … đối với …".
        let rows = read_rows(
            "Kiểm tra, xử lý nghiêm các trường hợp không có việc cần thiết nhưng vẫn ra đường\n\nĐó là chỉ đạo của UBND tỉnh đối với các Sở, ban, ngành, UBND các huyện, thành phố tại Công văn số 4079/UBND-KT ngày 19/6.\n",
        );
        assert_eq!(
            rows,
            [
                " | Các Sở, ban, ngành + UBND các huyện, thành phố | - | kiểm tra, xử lý nghiêm các trường hợp không có việc cần thiết nhưng vẫn ra đường"
            ]
        );
        // Set 72: a speaker by an abbreviation the reader does not know, after a purpose.
        let rows = read_rows(
            "Vì vậy, để đẩy nhanh tiến độ, NHNN đề nghị các Bộ, cơ quan khẩn trương triển khai các giải pháp tăng nguồn cung nhà ở xã hội.\n",
        );
        assert_eq!(rows, [" | Các Bộ, cơ quan | - | triển khai các giải pháp tăng nguồn cung nhà ở xã hội"]);
        // Set 74: "các phòng GDĐT", the field abbreviated.
        let rows = read_rows(
            "Sở GDĐT yêu cầu các phòng GDĐT, các đơn vị trực thuộc cho học sinh tạm dừng đến trường.\n",
        );
        assert_eq!(
            rows,
            [" | Các phòng GDĐT + Các đơn vị trực thuộc | - | cho học sinh tạm dừng đến trường"]
        );
        // Set 68: whom a directive names in lower case, up to the modal that opens their work; not "các
        // đồng chí".
        let rows = read_rows(
            "Phát biểu chỉ đạo tại Hội nghị, lãnh đạo UBND xã đề nghị lực lượng tham gia bảo vệ ANTT ở cơ sở tiếp tục nâng cao chất lượng công tác nắm tình hình. Đề nghị các đồng chí khẩn trương nghiên cứu và báo cáo trước ngày 10/3/2026.\n",
        );
        assert_eq!(
            rows,
            [" | Lực lượng tham gia bảo vệ ANTT ở cơ sở | - | nâng cao chất lượng công tác nắm tình hình"]
        );
        // Set 75: a holder before a comma opens the subject, and a clause with a directive before its first
        // comma has no topic there.
        let rows = read_rows(
            "Thủ tướng yêu cầu Bí thư tỉnh ủy, thành ủy và Chủ tịch UBND các tỉnh, thành phố trực tiếp lãnh đạo, chỉ đạo việc xây dựng lại nhà ở cho người dân trước ngày 15/3/2026.\n",
        );
        assert_eq!(
            rows,
            [
                " | UBND các tỉnh, thành phố | 2026-03-15 | trực tiếp lãnh đạo, chỉ đạo việc xây dựng lại nhà ở cho người dân"
            ]
        );
        // Set 69: "Hàng không" in a name; "phát huy" ends one.
        let rows = read_rows(
            "Tổng công ty Cảng Hàng không Việt Nam cần xác định cụ thể các công việc cần hỗ trợ trước ngày 19/3/2026. Bộ Quốc phòng phát huy tinh thần “Bộ đội Cụ Hồ”, chỉ đạo các quân khu hỗ trợ xe máy cho các nhà thầu.\n",
        );
        assert_eq!(
            rows,
            [
                " | Tổng công ty Cảng Hàng không Việt Nam | 2026-03-19 | xác định cụ thể các công việc cần hỗ trợ",
                " | Bộ Quốc phòng | - | phát huy tinh thần “Bộ đội Cụ Hồ”, chỉ đạo các quân khu hỗ trợ xe máy cho các nhà thầu"
            ]
        );
        // Set 75: who achieved a figure, listed after "… có tỷ lệ giải ngân đạt …, bao gồm:", is no
        // addressee; "Theo Điều 5 Luật … như sau:" quotes a law.
        let rows = read_rows(
            "Kết quả tính đến hết ngày 27/11/2026, có 18 địa phương có tỷ lệ giải ngân đạt từ mức bình quân chung cả nước, bao gồm:\n\n- Bộ, cơ quan trung ương: Ngân hàng Phát triển; Kiểm toán Nhà nước;\n\n- Các địa phương: Hà Tĩnh, Ninh Bình, Thanh Hóa.\n\nTheo Điều 5 Luật Đầu tư công 2024 quy định về đối tượng đầu tư công như sau:\n\n(1) Đầu tư chương trình, dự án kết cấu hạ tầng kinh tế - xã hội.\n\nBộ Tài chính đề nghị các Bộ, cơ quan trung ương đẩy nhanh giải ngân vốn đầu tư công trước ngày 31/12/2026.\n",
        );
        assert_eq!(
            rows,
            [" | Các Bộ, cơ quan trung ương | 2026-12-31 | đẩy nhanh giải ngân vốn đầu tư công"]
        );
        // A news page retelling a decision's section: "Căn cứ theo Mục III Quyết định … như sau:" opens its
        // work (a decision's article, "Tại Điều 6 Quyết định … quy định …", is a rule quoted).
        let rows = read_rows(
            "Căn cứ theo Mục III Quyết định 1032/QĐ-BKHCN năm 2025 nhiệm vụ cụ thể như sau:\n(1) Vụ Pháp chế:\n- Phối hợp với Bộ Tư pháp sửa đổi Luật Xử lý vi phạm hành chính.\n",
        );
        assert_eq!(rows, ["(1) | Vụ Pháp chế | - | sửa đổi Luật Xử lý vi phạm hành chính"]);
        // "Đối với các địa phương, cần tiếp tục rà soát …": who, then a comma before the work.
        let rows = read_rows(
            "UBND tỉnh yêu cầu các sở, ngành triển khai các giải pháp.\nĐối với các địa phương, cần tiếp tục rà soát, công bố danh mục các dự án.\n",
        );
        assert_eq!(rows, [" | Các địa phương | - | rà soát, công bố danh mục các dự án"]);
        // "UBND các huyện, Thành phố tập trung …": a kind of place in capitals naming none is one more level.
        let rows =
            read_rows("UBND tỉnh Tuyên Quang chỉ đạo UBND các huyện, Thành phố tập trung rà soát hồ sơ.\n");
        assert_eq!(rows, [" | UBND các huyện, Thành phố | - | rà soát hồ sơ"]);
        // "… cấp xã nơi có …" and "… ven biển từ Quảng Ninh đến Quảng Ngãi": where they are is part of who.
        let rows = read_rows(
            "Bộ Tư pháp đề nghị:\n1. Ủy ban nhân dân cấp xã nơi có cơ sở giam giữ thực hiện chi trả cho cơ sở.\n2. Chủ tịch UBND các tỉnh, thành phố ven biển từ Quảng Ninh đến Quảng Ngãi không được lơ là, tập trung chỉ đạo ứng phó với bão.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Ủy ban nhân dân cấp xã nơi có cơ sở giam giữ | - | thực hiện chi trả cho cơ sở",
                "2 | UBND các tỉnh, thành phố ven biển từ Quảng Ninh đến Quảng Ngãi | - | không được lơ là, tập trung chỉ đạo ứng phó với bão"
            ]
        );
        // "Phát biểu tại hội nghị Chủ tịch UBND tỉnh yêu cầu …": the scene with no comma before the speaker.
        let rows = read_rows(
            "Phát biểu tại hội nghị Chủ tịch UBND tỉnh yêu cầu các ngành, địa phương khẩn trương thực hiện đồng bộ các giải pháp.\n",
        );
        assert_eq!(rows, [" | Các ngành, địa phương | - | thực hiện đồng bộ các giải pháp"]);
        // "Ban Chính sách, chiến lược Trung ương": a central board whose name holds a comma.
        let rows = read_rows(
            "KẾT LUẬN\n7. Ban Chính sách, chiến lược Trung ương chủ trì theo dõi, đôn đốc thực hiện Kết luận.\n",
        );
        assert_eq!(
            rows,
            ["7 | Ban Chính sách, chiến lược Trung ương | - | theo dõi, đôn đốc thực hiện Kết luận"]
        );
        // "2. Đối với các Bộ quản lý chuyên ngành (theo …)", "3. Đối với Ủy ban nhân dân cấp tỉnh": whom the
        // parts are for, without the colon.
        let rows = read_rows(
            "Bộ Tài chính đề nghị các Bộ, địa phương thực hiện một số nội dung sau:\n2. Đối với các Bộ quản lý chuyên ngành (theo quy định tại khoản 5 Điều 3 Nghị định số 178/2026/NĐ-CP)\na) Hướng dẫn về danh mục tài sản kết cấu hạ tầng.\n3. Đối với Ủy ban nhân dân cấp tỉnh\na) Lập hồ sơ về tài sản theo quy định.\n",
        );
        assert_eq!(
            rows,
            [
                "2.a | Các Bộ quản lý chuyên ngành | - | Hướng dẫn về danh mục tài sản kết cấu hạ tầng",
                "3.a | Ủy ban nhân dân cấp tỉnh | - | Lập hồ sơ về tài sản theo quy định"
            ]
        );
        // "Cùng với đó, thực hiện chỉ đạo của Tỉnh ủy, UBND tỉnh đã yêu cầu …": a connector, then the
        // grounds.
        let rows = read_rows(
            "Cùng với đó, thực hiện chỉ đạo của Tỉnh ủy, UBND tỉnh đã yêu cầu các cơ quan chức năng khẩn trương hoàn thiện hồ sơ pháp lý.\n",
        );
        assert_eq!(rows, [" | Các cơ quan chức năng | - | hoàn thiện hồ sơ pháp lý"]);
        // "Ba bộ Nông nghiệp và Môi trường, Xây dựng, Công Thương": how many, in place of "các".
        let rows = read_rows(
            "Ba bộ Nông nghiệp và Môi trường, Xây dựng, Công Thương phối hợp làm rõ nguyên nhân.\n",
        );
        assert_eq!(
            rows,
            [
                " | Bộ Nông nghiệp và Môi trường + Bộ Xây dựng + Bộ Công Thương | - | phối hợp làm rõ nguyên nhân"
            ]
        );
        // "… có công văn gửi tới các Bộ, ngành gồm Bộ Công an, …, UBND các tỉnh đề nghị tăng cường …": the
        // letter's addressees, then what it asks of them; "các công ty lọc hóa dầu (Nghi Sơn, Bình Sơn)"
        // named in brackets.
        let rows = read_rows(
            "Bộ Công Thương vừa có công văn gửi tới các Bộ, ngành gồm Bộ Công an, các công ty lọc hóa dầu (Nghi Sơn, Bình Sơn), UBND các tỉnh đề nghị tăng cường các biện pháp bảo đảm nguồn cung xăng dầu.\n",
        );
        assert_eq!(
            rows,
            [
                " | Bộ Công an + Các công ty lọc hóa dầu (Nghi Sơn, Bình Sơn) + UBND các tỉnh | - | tăng cường các biện pháp bảo đảm nguồn cung xăng dầu"
            ]
        );
        // "Trên đây là ý kiến của Bộ …, đề nghị UBND tỉnh … chỉ đạo …": a reply's closing that asks for work.
        let rows = read_rows(
            "Bộ Công Thương có ý kiến như sau:\nTrên đây là ý kiến của Bộ Công Thương, đề nghị UBND tỉnh Bình Định chỉ đạo Sở Công Thương thực hiện.\n",
        );
        assert_eq!(rows, [" | UBND tỉnh Bình Định | - | chỉ đạo Sở Công Thương thực hiện"]);
        // "Điều 2. Nhiệm vụ của Tổ công tác:" over bullets: whose the duties are.
        let rows = read_rows(
            "QUYẾT ĐỊNH\nĐiều 2. Nhiệm vụ của Tổ công tác:\n- Tiếp nhận, phân loại đơn thư của công dân.\n",
        );
        assert_eq!(rows, [" | Tổ công tác | - | Tiếp nhận, phân loại đơn thư của công dân"]);
        // "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh": a union named by its members.
        let rows = read_rows(
            "Theo văn bản, Chủ tịch UBND tỉnh giao Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì triển khai Giải thưởng.\n",
        );
        assert_eq!(rows, [" | Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh | - | triển khai Giải thưởng"]);
        // The last work, closed by the letter's stop ("… về UBND huyện để biết, chỉ đạo./."), is read.
        let rows = read_rows(
            "Chủ tịch UBND huyện đề nghị các cơ quan chủ động xây dựng kế hoạch.\nChủ tịch UBND huyện giao UBND các xã, thị trấn phân công lãnh đạo trực. Kịp thời báo cáo về UBND huyện để biết, chỉ đạo./.\n",
        );
        assert_eq!(
            rows,
            [
                " | Các cơ quan | - | xây dựng kế hoạch",
                " | UBND các xã, thị trấn | - | phân công lãnh đạo trực",
                " | UBND các xã, thị trấn | - | báo cáo về UBND huyện để biết, chỉ đạo./"
            ]
        );
        // "Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh và tỉnh Quảng Ninh": each member names its
        // kind; "…, Hội Chữ thập đỏ Việt Nam" after a group is a body of its own.
        let rows = read_rows(
            "Chính phủ yêu cầu Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh và tỉnh Quảng Ninh hỗ trợ lương thực; các tổ chức chính trị - xã hội, Hội Chữ thập đỏ Việt Nam chủ động vận động ủng hộ.\n",
        );
        assert_eq!(
            rows,
            [
                " | Ủy ban nhân dân thành phố Hà Nội + Ủy ban nhân dân thành phố Hồ Chí Minh + Ủy ban nhân dân tỉnh Quảng Ninh | - | hỗ trợ lương thực",
                " | Các tổ chức chính trị - xã hội + Hội Chữ thập đỏ Việt Nam | - | vận động ủng hộ"
            ]
        );
        // A campaign's criteria ("III. TIÊU CHÍ THI ĐUA" | "a) Đối với …" | bullets) are no work; a generic
        // body first in the list of who does what is.
        let rows = read_rows(
            "KẾ HOẠCH\nIII. TIÊU CHÍ THI ĐUA\n1. Tiêu chí thi đua\na) Đối với các cơ quan, đơn vị trên địa bàn tỉnh\n- Hoàn thành vượt mức các chỉ tiêu đề ra.\nIV. TỔ CHỨC THỰC HIỆN\n- Các cơ quan, đơn vị căn cứ Kế hoạch này để phát động, triển khai Đợt thi đua.\n- Sở Nội vụ hướng dẫn khen thưởng.\n",
        );
        assert_eq!(
            rows,
            [
                "IV | Các cơ quan, đơn vị | - | phát động, triển khai Đợt thi đua",
                "IV | Sở Nội vụ | - | hướng dẫn khen thưởng"
            ]
        );
        // A review's "… nhiệm vụ được giao, đạt được một số kết quả nổi bật như sau:" opens what was
        // achieved; "các văn phòng tỉnh ủy, thành ủy" a group.
        let rows = read_rows(
            "KẾT LUẬN\nĐồng chí Chánh Văn phòng kết luận như sau:\n1. Về đánh giá tình hình hoạt động\nHội nghị đặt ra những yêu cầu và nhiệm vụ quan trọng. Văn phòng Tỉnh ủy thực hiện tốt nhiệm vụ được giao, đạt được một số kết quả nổi bật như sau:\n(1) Các văn phòng tỉnh ủy, thành ủy đẩy mạnh cải cách hành chính.\n2. Về nhiệm vụ trọng tâm\nVăn phòng Trung ương Đảng và các văn phòng tỉnh ủy, thành ủy cần tập trung một số nhiệm vụ sau:\n(1) Nâng cao chất lượng công tác tham mưu.\n",
        );
        assert_eq!(
            rows,
            [
                "2.(1) | Văn phòng Trung ương Đảng + Các văn phòng tỉnh ủy, thành ủy | - | Nâng cao chất lượng công tác tham mưu"
            ]
        );
        // "… vừa ban hành văn bản về …, đề nghị …": what the letter is about, then whom it asks; "các đơn vị
        // bán lẻ điện trên địa bàn tỉnh", "Tổng Liên đoàn …", "các cơ quan thông tin, báo chí".
        let rows = read_rows(
            "Sở Công Thương vừa ban hành văn bản về tăng cường quản lý an toàn điện, đề nghị các đơn vị bán lẻ điện trên địa bàn tỉnh; Tổng Liên đoàn Lao động tỉnh và các cơ quan thông tin, báo chí phối hợp tuyên truyền đến người dân.\n",
        );
        assert_eq!(
            rows,
            [
                " | Các đơn vị bán lẻ điện trên địa bàn tỉnh + Tổng Liên đoàn Lao động tỉnh + Các cơ quan thông tin, báo chí | - | phối hợp tuyên truyền đến người dân"
            ]
        );
        // A rule's articles: "Điều" | "3. Trách nhiệm của Sở …" joined, and an article naming whose its
        // clauses are ("Trách nhiệm của Sở …", "Nội dung Công an tỉnh có trách nhiệm chủ trì"); "2. Đối
        // tượng áp dụng" ends at the next article; "Trách nhiệm của các cơ quan, đơn vị" names no one, its
        // parts do; "Điều khoản thi hành" is no part of the last item.
        let rows = read_rows(
            "QUY CHẾ\nĐiều 1. Phạm vi điều chỉnh\n1. Phạm vi điều chỉnh\nQuy chế này quy định việc phối hợp.\n2. Đối tượng áp dụng\na) Các cơ quan, đơn vị cấp tỉnh.\nĐiều 2. Trình tự phối hợp\n1. Công việc được trao đổi bằng văn bản.\n**Điều\n3. Trách nhiệm của Sở Khoa học và Công nghệ**\n1. Hướng dẫn các cơ quan triển khai Quy chế này.\n2. Kiểm tra việc sử dụng chữ ký số.\nĐiều 4. Nội dung Công an tỉnh có trách nhiệm chủ trì\nNắm tình hình, tham mưu giải quyết các vấn đề liên quan đến an ninh.\nĐiều 5. Trách nhiệm của các cơ quan, đơn vị\n1. Trách nhiệm của Sở Tư pháp\na) Thẩm định hồ sơ đề nghị hỗ trợ.\n2. Trách nhiệm của Sở Tài chính\nHằng năm, bố trí kinh phí thực hiện hỗ trợ.\nĐiều 6. Điều khoản thi hành\n1. Quyết định này có hiệu lực kể từ ngày ký.\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Sở Khoa học và Công nghệ | - | Hướng dẫn các cơ quan triển khai Quy chế này",
                "2 | Sở Khoa học và Công nghệ | - | Kiểm tra việc sử dụng chữ ký số",
                " | Công an tỉnh | - | Nắm tình hình, tham mưu giải quyết các vấn đề liên quan đến an ninh",
                "1.a | Sở Tư pháp | - | Thẩm định hồ sơ đề nghị hỗ trợ",
                "2 | Sở Tài chính | - | bố trí kinh phí thực hiện hỗ trợ"
            ]
        );
        // A decision setting up a body: its position, functions and powers ("Vị trí và chức năng",
        // "Nhiệm vụ, quyền hạn" | "… thực hiện nhiệm vụ, quyền hạn …, cụ thể như sau:") are standing
        // functions, no work.
        let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        assert!(matches!(
            read(
                "QUYẾT ĐỊNH:\nĐiều 1.\nVị trí và chức năng\n1. Trung tâm là đơn vị sự nghiệp công lập thuộc Sở Văn hóa và Thể thao.\nĐiều 2.\nNhiệm vụ, quyền hạn\nTrung tâm thực hiện nhiệm vụ, quyền hạn theo quy định của pháp luật, cụ thể như sau:\n1. Tham mưu và tổ chức triển khai thực hiện Công ước quốc tế.\n2. Tổ chức bán vé, thu phí tham quan.\n",
                &[],
                today
            ),
            Err(ImportError::NoTasks)
        ));
        // "… Bộ trưởng Bộ Xây dựng đề nghị:" opens the work; a decision's article quoted after it ("Tại
        // Điều 4 Quyết định 51/2015/QĐ-TTg quy định … như sau:") opens nothing.
        let rows = read_rows(
            "Ngày 19/7/2025, để khẩn trương tổ chức tìm kiếm nạn nhân, Bộ trưởng Bộ Xây dựng đề nghị:\n(1) Ủy ban nhân dân tỉnh Quảng Ninh chủ trì tổ chức tìm kiếm cứu nạn.\n(2) Cục Hàng hải và Đường thủy Việt Nam huy động các lực lượng trong khu vực.\nNguyên tắc tổ chức tìm kiếm, cứu nạn\nTại Điều 4 Quyết định 51/2015/QĐ-TTg quy định nguyên tắc tổ chức tìm kiếm, cứu nạn như sau:\n- Các cơ quan, đơn vị chủ động, sẵn sàng nhân lực, phương tiện.\n",
        );
        assert_eq!(
            rows,
            [
                "(1) | Ủy ban nhân dân tỉnh Quảng Ninh | - | tổ chức tìm kiếm cứu nạn",
                "(2) | Cục Hàng hải và Đường thủy Việt Nam | - | huy động các lực lượng trong khu vực"
            ]
        );
        // The forces a steering committee 389 names, "Quản lý thị trường" among them; "các phương tiện" is
        // no "phường".
        let rows = read_rows(
            "Ban Chỉ đạo 389 tỉnh đề nghị Công an, Bộ đội Biên phòng, Hải quan, Quản lý thị trường tỉnh tăng cường tuần tra; các phương tiện vận chuyển phải được khử trùng.\n",
        );
        assert_eq!(
            rows,
            [
                " | Công an + Bộ đội Biên phòng + Hải quan tỉnh + Quản lý thị trường tỉnh | - | tăng cường tuần tra; các phương tiện vận chuyển phải được khử trùng"
            ]
        );
        // From sets 90–95 (customs and border news): a force named after "lực lượng"; "Đối với" a body,
        // then its work with no comma; teams ("các đội QLTT"); a group whose members are named after a colon.
        let rows = read_rows(
            "UBND tỉnh yêu cầu các sở, ngành, địa phương thường xuyên quán triệt các nội dung chỉ đạo.\n\nĐối với lực lượng Biên phòng tiếp tục siết chặt công tác quản lý khu vực biên giới.\n\nLực lượng Công an và Quản lý thị trường phối hợp làm tốt công tác thu thập thông tin.\n\nCác đội QLTT nắm bắt tình hình giá cả thị trường trên địa bàn.\n\nCác địa phương biên giới: Móng Cái, Hải Hà tập trung chỉ đạo các lực lượng chức năng tháo gỡ khó khăn.\n",
        );
        assert_eq!(
            rows,
            [
                " | Các sở, ngành, địa phương | - | thường xuyên quán triệt các nội dung chỉ đạo",
                " | Lực lượng Biên phòng | - | siết chặt công tác quản lý khu vực biên giới",
                " | Lực lượng Công an + Quản lý thị trường | - | phối hợp làm tốt công tác thu thập thông tin",
                " | Các đội QLTT | - | nắm bắt tình hình giá cả thị trường trên địa bàn",
                " | Các địa phương biên giới: Móng Cái, Hải Hà | - | chỉ đạo các lực lượng chức năng tháo gỡ khó khăn"
            ]
        );
        // Two heads whole in themselves joined by "và" ("Cục Thuế và Cục Hải quan …"); a company's trade in lower case;
        // a body referred back to ("đơn vị nêu trên", "Bộ này") is the last one of its kind named; "cũng" before the modal.
        let rows = read_rows(
            "Chủ tịch UBND Thành phố giao Cục Thuế và Cục Hải quan Thành phố tăng cường quản lý thu, chống thất thu.\n\nBộ Công Thương yêu cầu Công ty Cổ phần đầu tư thủy điện miền Trung dừng ngay việc tích nước. Bộ Công Thương cũng yêu cầu đơn vị nêu trên đảm bảo chế độ báo cáo thường xuyên.\n\nThủ tướng giao Bộ Xây dựng chủ trì rà soát hệ thống pháp luật về nhà ở. Bộ Xây dựng cũng được giao xây dựng chính sách thuê mua nhà. Bên cạnh đó, Bộ này phải phối hợp với Bộ Tài chính xây dựng Đề án thí điểm trong tháng 10/2025.\n",
        );
        assert_eq!(
            rows,
            [
                " | Cục Thuế + Cục Hải quan Thành phố | - | tăng cường quản lý thu, chống thất thu",
                " | Công ty Cổ phần đầu tư thủy điện miền Trung | - | dừng ngay việc tích nước",
                " | Công ty Cổ phần đầu tư thủy điện miền Trung | - | đảm bảo chế độ báo cáo thường xuyên",
                " | Bộ Xây dựng | - | rà soát hệ thống pháp luật về nhà ở",
                " | Bộ Xây dựng | - | xây dựng chính sách thuê mua nhà",
                " | Bộ Xây dựng | 2025-10-31 | xây dựng Đề án thí điểm"
            ]
        );
        // An opening whose addressees run to its colon, before a later "Cụ thể như sau:"; the page going on
        // after its numbered points ("Như vậy, …", a headline) is no further point.
        let rows = read_rows(
            "Ngày 02/01/2025, Tổng cục Hải quan đã ban hành Công văn số 17/TCHQ-GSQL về việc nhập khẩu thuốc lá điện tử.\n\nTổng cục Hải quan yêu cầu Cục Hải quan các tỉnh, thành phố:\n\n(1) Không thực hiện thủ tục hải quan đối với thuốc lá điện tử kể từ ngày 01/01/2025;\n\n(2) Thống kê số liệu hàng hóa tồn tại doanh nghiệp và đề xuất biện pháp xử lý.\n\nNhư vậy, từ ngày 01/01/2025 Việt Nam sẽ không thực hiện thủ tục hải quan đối với thuốc lá điện tử.\n\nĐề xuất phạt người hút thuốc lá điện tử\n\nQuốc hội yêu cầu Chính phủ tổ chức thực hiện quy định này. Cụ thể như sau:\n\n- Quốc hội thống nhất cấm sản xuất, kinh doanh thuốc lá điện tử từ năm 2025.\n",
        );
        assert_eq!(
            rows,
            [
                "(1) | Cục Hải quan các tỉnh, thành phố | - | Không thực hiện thủ tục hải quan đối với thuốc lá điện tử kể từ ngày 01/01/2025",
                "(2) | Cục Hải quan các tỉnh, thành phố | - | Thống kê số liệu hàng hóa tồn tại doanh nghiệp và đề xuất biện pháp xử lý"
            ]
        );
        // What was done since a year ("từ năm 2017 đến nay"), what figures show ("Thống kê cho thấy"); work after
        // "tập trung chỉ đạo" is no list of addressees; a board named for what it fights, listed in lower case.
        let rows = read_rows(
            "Đồng thời, từ năm 2017 đến nay, các bộ, ngành và các địa phương quan tâm, chỉ đạo quyết liệt, với nhiều giải pháp đồng bộ.\n\nThống kê cho thấy, các bộ, ngành và địa phương đã phát hiện, xử lý 1.238.653 vụ vi phạm.\n\nThủ tướng yêu cầu Chủ tịch UBND các tỉnh, thành phố tập trung chỉ đạo rà soát, siết chặt các biện pháp phòng chống dịch, đặc biệt tại các cơ sở y tế, trường học, các khu vực thường xuyên tập trung đông người.\n\nBan Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả nghiên cứu, xử lý thông tin báo chí nêu.\n",
        );
        assert_eq!(
            rows,
            [
                " | UBND các tỉnh, thành phố | - | chỉ đạo rà soát, siết chặt các biện pháp phòng chống dịch, đặc biệt tại các cơ sở y tế, trường học, các khu vực thường xuyên tập trung đông người",
                " | Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả | - | nghiên cứu, xử lý thông tin báo chí nêu"
            ]
        );
        // A decision's articles start its body before an appendix that numbers its own parts; an appendix of
        // administrative procedures ("DANH MỤC" | "THỦ" | "TỤC HÀNH CHÍNH …") holds no work.
        let rows = read_rows(
            "QUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính lĩnh vực chứng thực\n\nĐiều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính lĩnh vực chứng thực.\n\nĐiều 2. Giao Sở Tư pháp xây dựng quy trình điện tử trên Hệ thống thông tin giải quyết thủ tục hành chính, hoàn thành trước ngày 30/11/2025.\n\nĐiều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nDANH MỤC\nTHỦ\nTỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI TRONG LĨNH VỰC CHỨNG THỰC\n(Kèm theo Quyết định số 2873/QĐ-UBND ngày 19/11/2025 của Chủ tịch UBND tỉnh)\n\nI. DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ\n\n1. Chứng thực bản sao từ bản chính: Trung tâm Phục vụ hành chính công cấp xã tiếp nhận hồ sơ.\n\n2. Bộ phận tiếp nhận và trả kết quả chuyển hồ sơ đến cơ quan có thẩm quyền trong ngày.\n",
        );
        assert_eq!(
            rows,
            [
                " | Sở Tư pháp | 2025-11-30 | xây dựng quy trình điện tử trên Hệ thống thông tin giải quyết thủ tục hành chính"
            ]
        );
        // Every province's tax office ("Thuế các tỉnh, thành phố"); a table's rows of figures after a name are
        // no work.
        let rows = read_rows(
            "Cục Thuế đề nghị Thuế các tỉnh, thành phố tiếp tục tuyên truyền, hướng dẫn tổ chức chi trả thu nhập.\n\nPhụ lục 2: Tình hình cung cấp thông tin\n\nThuế Tỉnh Cao Bằng 2,393 2,269\n\nThuế Tỉnh Cà Mau 10,386 9,843\n",
        );
        assert_eq!(
            rows,
            [" | Thuế các tỉnh, thành phố | - | tuyên truyền, hướng dẫn tổ chức chi trả thu nhập"]
        );
        // The provinces' tax offices after 2025 as a group ("các Thuế tỉnh, thành phố"); an opening that ends on
        // "… triển khai thực hiện:" after its addressees opens the body, before an appendix's "như sau:".
        let rows = read_rows(
            "Căn cứ quy định tại khoản 7 Điều 17 Luật Quản lý thuế số 38/2019/QH14. Cục Thuế đề nghị các Thuế tỉnh, thành phố, Chi Cục trưởng Chi cục Thuế doanh nghiệp lớn triển khai thực hiện:\n\n1. Tiếp tục tuyên truyền, hướng dẫn các tổ chức chi trả thu nhập.\n\n2. Nắm bắt, xử lý kịp thời các vướng mắc phát sinh.\n\nVí dụ: Công ty có số nộp thừa và đề nghị bù trừ vào kỳ tháng 3/2025 như sau:\n",
        );
        assert_eq!(
            rows,
            [
                "1 | Các Thuế tỉnh, thành phố + Chi cục Thuế doanh nghiệp lớn | - | tuyên truyền, hướng dẫn các tổ chức chi trả thu nhập",
                "2 | Các Thuế tỉnh, thành phố + Chi cục Thuế doanh nghiệp lớn | - | Nắm bắt, xử lý kịp thời các vướng mắc phát sinh"
            ]
        );
        // A group's members named after its colon are the addressees ("…; các đơn vị: Cục …, Cục …"); the services
        // "địa phương"; "vừa yêu cầu" (a news report's); "các DN"; what figures from a body show.
        let rows = read_rows(
            "Bộ trưởng yêu cầu các cục hải quan địa phương và Cục Điều tra chống buôn lậu phổ biến, quán triệt chỉ đạo của Thủ tướng.\n\nBộ Y tế yêu cầu các Sở Y tế; các đơn vị: Cục Quản lý Dược, Cục An toàn thực phẩm tăng cường kiểm tra.\n\nThống kê từ Ban Chỉ đạo 389 tỉnh cho thấy, các lực lượng chức năng đã phát hiện 120 vụ vi phạm.\n\nUBND tỉnh vừa yêu cầu các DN thực hiện nghiêm 4 điều kiện.\n",
        );
        assert_eq!(
            rows,
            [
                " | Các cục hải quan địa phương + Cục Điều tra chống buôn lậu | - | phổ biến, quán triệt chỉ đạo của Thủ tướng",
                " | Sở Y tế + Cục Quản lý Dược + Cục An toàn thực phẩm | - | tăng cường kiểm tra",
                " | Các DN | - | thực hiện nghiêm 4 điều kiện"
            ]
        );
        // "điều hành" ends a name as a verb, but not inside one: "Trung tâm điều hành …", "Ban Chỉ đạo điều
        // hành giá".
        let rows = read_rows(
            "UBND tỉnh yêu cầu Trung tâm điều hành thông minh tiếp tục hoàn thiện các chức năng.\n\nUBND tỉnh yêu cầu Ban Chỉ đạo điều hành giá tỉnh theo dõi sát diễn biến giá cả.\n\nUBND tỉnh yêu cầu Ngân hàng Nhà nước chi nhánh tỉnh điều hành tín dụng linh hoạt.\n",
        );
        assert_eq!(
            rows,
            [
                " | Trung tâm điều hành thông minh | - | hoàn thiện các chức năng",
                " | Ban Chỉ đạo điều hành giá tỉnh | - | theo dõi sát diễn biến giá cả",
                " | Ngân hàng Nhà nước chi nhánh tỉnh | - | điều hành tín dụng linh hoạt"
            ]
        );
        // Which of a kind, said between the name and the verb, is the name's ("Các doanh nghiệp công nghệ số",
        // "Cơ quan thuế các cấp", "sau sắp xếp, sáp nhập"), not an adverb ("liên tục"), the work's object ("các công
        // trình") or "only" ("chỉ") after a body's name.
        let rows = read_rows(
            "Các doanh nghiệp công nghệ số tăng cường đầu tư nghiên cứu, phát triển sản phẩm.\nCơ quan thuế các cấp đẩy mạnh hóa đơn điện tử, hoàn thành trước ngày 30/6/2026.\nCác sở, ban, ngành sau sắp xếp, sáp nhập rà soát chức năng, nhiệm vụ.\nCác Tập đoàn, Tổng Công ty nhà nước, doanh nghiệp xuất khẩu xây dựng kế hoạch sản xuất kinh doanh.\nCác lực lượng chức năng liên tục ra quân xử lý nghiêm các vi phạm.\nCác doanh nghiệp, chủ đầu tư, nhà thầu thi công các công trình, dự án bảo đảm an toàn lao động.\nCơ quan Hải quan chỉ tiếp nhận hồ sơ khi người khai nộp đầy đủ.\n",
        );
        assert_eq!(
            rows,
            [
                " | Các doanh nghiệp công nghệ số | - | tăng cường đầu tư nghiên cứu, phát triển sản phẩm",
                " | Cơ quan thuế các cấp | 2026-06-30 | đẩy mạnh hóa đơn điện tử",
                " | Các sở, ban, ngành sau sắp xếp, sáp nhập | - | rà soát chức năng, nhiệm vụ",
                " | Các Tập đoàn, Tổng Công ty nhà nước, doanh nghiệp xuất khẩu | - | xây dựng kế hoạch sản xuất kinh doanh",
                " | Các lực lượng chức năng | - | liên tục ra quân xử lý nghiêm các vi phạm",
                " | Các doanh nghiệp, chủ đầu tư, nhà thầu thi công | - | các công trình, dự án bảo đảm an toàn lao động",
                " | Cơ quan Hải quan | - | chỉ tiếp nhận hồ sơ khi người khai nộp đầy đủ"
            ]
        );
        // An office by where the goods or papers are ("nơi lưu giữ hàng hóa", "nơi đăng ký tờ khai"); one
        // numbered among its kind ("… SGKV 1"); a code, not a ministry ("Bộ luật Hình sự"); the whole branch
        // ("toàn Ngành") after a head by title alone ("Tổng cục trưởng"); members after a colon written with
        // "&" ("GD&ĐT"), then bodies of the place ("Công an tỉnh"); "14 ngày qua", days gone by, and "24/7",
        // round the clock; "Ý kiến chỉ đạo của X: Đề nghị Y …".
        let rows = read_rows(
            "Chi cục Hải quan nơi lưu giữ hàng hóa phân công công chức trực điện thoại 24/7.\nChi cục Hải quan nơi đăng ký tờ khai thực hiện xem xét, phê duyệt khai sửa đổi, bổ sung.\nChi cục HQCK cảng SGKV 1 phối hợp Tổng Công ty Tân Cảng Sài Gòn rà soát danh sách container.\nBộ luật Hình sự năm 2015 đã quy định chi tiết các hành vi cấu thành tội trốn thuế.\nTổng cục trưởng đề nghị toàn Ngành nỗ lực hoàn thành chỉ tiêu dự toán năm 2021.\nChủ tịch UBND tỉnh yêu cầu Các sở: Y tế, GD&ĐT, LĐTB&XH; Công an tỉnh; UBND các huyện, thị xã, thành phố thực hiện việc cách ly đối với người đến từ vùng dịch trong vòng 14 ngày qua.\nÝ kiến chỉ đạo của Bí thư Tỉnh ủy: Đề nghị UBND tỉnh xử lý thông tin theo quy định, báo cáo kết quả về Thường trực Tỉnh ủy.\n",
        );
        assert_eq!(
            rows,
            [
                " | Chi cục Hải quan nơi lưu giữ hàng hóa | - | phân công công chức trực điện thoại 24/7",
                " | Chi cục Hải quan nơi đăng ký tờ khai | - | thực hiện xem xét, phê duyệt khai sửa đổi, bổ sung",
                " | Chi cục HQCK cảng SGKV 1 | - | rà soát danh sách container",
                " | Toàn Ngành | - | nỗ lực hoàn thành chỉ tiêu dự toán năm 2021",
                " | Sở Y tế + Sở GD&ĐT + Sở LĐTB&XH + Công an tỉnh + UBND các huyện, thị xã, thành phố | - | thực hiện việc cách ly đối với người đến từ vùng dịch trong vòng 14 ngày qua",
                " | UBND tỉnh | - | xử lý thông tin theo quy định, báo cáo kết quả về Thường trực Tỉnh ủy"
            ]
        );
    }
}

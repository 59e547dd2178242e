//! Document numbers as Vietnamese administrative documents carry them (Nghị định 30/2020):
//! the number, an optional year, then the abbreviations of the document's kind and of its
//! issuer joined by hyphens: "45/KH-UBND", "1234/QĐ-UBND", "13/2023/NĐ-CP", "05/CT-TTg".
//!
//! A caption writes the number as it is printed, with "/". A file name cannot hold "/", so the
//! e-office systems and the officers who save the files write "45_KH-UBND", "45-KH-UBND" or
//! "45.KH-UBND"; those separators are accepted in names only.

/// The first document number in a caption or message.
pub fn in_text(text: &str) -> Option<String> {
    find(text, &['/'])
}

/// The document number a file's name carries ("45_KH-UBND ky so.pdf" → "45/KH-UBND").
pub fn in_file_name(name: &str) -> Option<String> {
    find(name, &['/', '_', '-', '.', ' '])
}

fn find(text: &str, separators: &[char]) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len()).find_map(|i| number_at(&chars, i, separators))
}

/// A number starting at `i`: not glued to a word or number before it.
fn number_at(c: &[char], i: usize, separators: &[char]) -> Option<String> {
    if i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '/') {
        return None;
    }
    let digits = run(c, i, |ch| ch.is_ascii_digit());
    if digits == 0 || digits > 6 {
        return None;
    }
    let number: String = c[i..i + digits].iter().collect();
    let mut j = i + digits;
    if !c.get(j).is_some_and(|ch| separators.contains(ch)) {
        return None;
    }
    j += 1;
    let mut year = None;
    if run(c, j, |ch| ch.is_ascii_digit()) == 4 && c.get(j + 4).is_some_and(|ch| separators.contains(ch)) {
        year = Some(c[j..j + 4].iter().collect::<String>());
        j += 5;
    }
    let mut groups: Vec<String> = Vec::new();
    loop {
        let len = group(c, j);
        if len == 0 {
            break;
        }
        groups.push(c[j..j + len].iter().collect());
        j += len;
        if c.get(j) == Some(&'-') && group(c, j + 1) > 0 {
            j += 1;
        } else {
            break;
        }
    }
    // The kind and the issuer: one abbreviation alone ("45/KH") is too often something else.
    if groups.len() < 2 || c.get(j).is_some_and(|ch| ch.is_alphanumeric()) {
        return None;
    }
    let mut out = number;
    out.push('/');
    if let Some(year) = year {
        out.push_str(&year);
        out.push('/');
    }
    out.push_str(&groups.join("-"));
    Some(out)
}

fn run(c: &[char], from: usize, pred: impl Fn(char) -> bool) -> usize {
    c.get(from..).map_or(0, |rest| rest.iter().take_while(|ch| pred(**ch)).count())
}

/// An abbreviation at `from`: a capital, then letters or "&" ("UBND", "TTg", "TT&TT").
fn group(c: &[char], from: usize) -> usize {
    if !c.get(from).is_some_and(|ch| ch.is_uppercase()) {
        return 0;
    }
    1 + run(c, from + 1, |ch| ch.is_alphabetic() || ch == '&')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caption_names_the_document_as_it_is_printed() {
        assert_eq!(in_text("Đã ban hành Kế hoạch số 45/KH-UBND ngày 12/3").as_deref(), Some("45/KH-UBND"));
        assert_eq!(in_text("Nghị định 13/2023/NĐ-CP").as_deref(), Some("13/2023/NĐ-CP"));
        assert_eq!(in_text("Chỉ thị 05/CT-TTg").as_deref(), Some("05/CT-TTg"));
        assert_eq!(in_text("Công văn 1502/UBND-VX.").as_deref(), Some("1502/UBND-VX"));
    }

    #[test]
    fn dates_percentages_and_task_codes_are_not_document_numbers() {
        for text in ["hoàn thành ngày 15/9/2026", "đạt 60%", "/capnhat NV-0042 xong", "45/KH", "45/kh-ubnd"]
        {
            assert_eq!(in_text(text), None, "{text}");
        }
    }

    #[test]
    fn a_file_name_writes_the_slash_another_way() {
        assert_eq!(in_file_name("45_KH-UBND.pdf").as_deref(), Some("45/KH-UBND"));
        assert_eq!(in_file_name("1234-QĐ-UBND ky so.pdf").as_deref(), Some("1234/QĐ-UBND"));
        assert_eq!(in_file_name("VB 13_2023_NĐ-CP.docx").as_deref(), Some("13/2023/NĐ-CP"));
        assert_eq!(in_file_name("bao-cao-thang-9.pdf"), None);
        assert_eq!(in_file_name("IMG_2024.jpg"), None);
        assert_eq!(in_file_name("scan_0001.pdf"), None);
    }
}

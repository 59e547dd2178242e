//! Understanding Vietnamese as the committee writes it: deadline phrases, officers' status
//! replies and unit names, with or without diacritics. Pure functions over `&str`; dates come in
//! as arguments and failures are enums, so the bot decides what to say.
//!
//! - [`fold`]: the one definition of "the same text" (case, diacritics, punctuation), and the
//!   tokenizer that keeps the way back to the original bytes.
//! - [`deadline`]: "trước ngày 15/8/2023", "trong Quý III năm 2023", "thường xuyên" → a date.
//! - [`status`]: "đang triển khai, đạt 60%", "chưa xong", "xin gia hạn đến 30/9" → a status.
//! - [`docnumber`]: "45/KH-UBND" in a caption, "45_KH-UBND.pdf" as a file's name.
//! - [`period`]: "15/12-20/12", the days an officer is away.
//! - [`units`]: "Sở TT&TT", "so tttt", "CA tỉnh" → the unit meant.

pub mod agencies;
pub mod deadline;
pub mod docnumber;
pub mod fold;
pub mod period;
pub mod status;
pub mod units;

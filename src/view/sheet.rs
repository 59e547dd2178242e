//! The spreadsheet: every task in the scope with all its fields and latest status, and a
//! summary sheet laid out unit × status, with Vietnamese column headers. The task sheet's
//! columns are the ones `/nhap` reads back, so an export can be imported unchanged.

use chrono_tz::Tz;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::domain::counting::Counts;
use crate::domain::counting::Summary;
use crate::domain::scorecard::{Rubric, Scorecard};
use crate::domain::{Lang, ReportKind, Task, Timing};
use crate::i18n::{I18n, Key};
use crate::view::cards;
use crate::view::markup::plain;
use std::collections::HashMap;

/// The task sheet's columns, in order (their headers come from the locale).
pub const TASK_COLUMNS: [Key; 16] = [
    Key::ColCode,
    Key::ColItem,
    Key::ColText,
    Key::ColLead,
    Key::ColCoUnits,
    Key::ColDeadline,
    Key::ColOriginalDeadline,
    Key::ColProgramme,
    Key::ColSource,
    Key::ColYear,
    Key::ColStatus,
    Key::ColProgress,
    Key::ColCompleted,
    Key::ColDaysLate,
    Key::ColLatestReport,
    Key::ColLatestAt,
];

/// The summary sheet's columns after the unit name.
const SUMMARY_COLUMNS: [Key; 15] = [
    Key::ColTotal,
    Key::ColDoneOnTime,
    Key::ColDoneLate,
    Key::ColInProgress,
    Key::ColBehind,
    Key::ColNotStarted,
    Key::ColNotStartedOverdue,
    Key::ColNoDeadline,
    Key::ColShareDone,
    Key::ColDueSoon,
    Key::ColAwaiting,
    Key::ColSuspended,
    Key::ColReturned,
    Key::ColCompletionRate,
    Key::ColOnTimeRate,
];

/// The scorecard sheet's columns.
const SCORE_COLUMNS: [Key; 10] = [
    Key::ColRank,
    Key::ColUnit,
    Key::ColDue,
    Key::ColDoneOnTime,
    Key::ColDoneLate,
    Key::ColOverdueOpen,
    Key::ColReported,
    Key::ColScore,
    Key::ColBand,
    Key::ColOnTimeRate,
];

/// Builds the workbook; with a scorecard, its sheet too.
#[allow(clippy::too_many_arguments)]
pub fn build(
    i18n: &I18n,
    lang: Lang,
    tz: Tz,
    tasks: &[Task],
    latest: &HashMap<i64, (chrono::DateTime<chrono::Utc>, String, String)>,
    summary: &Summary,
    scorecard: Option<(&Scorecard, &Rubric)>,
    title: &str,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let today = summary.today;

    let sheet = book.add_worksheet();
    sheet.set_name(i18n.t0(lang, Key::SheetTasks))?;
    for (col, key) in TASK_COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, i18n.t0(lang, *key), &bold)?;
    }
    for (col, width) in [10, 8, 60, 24, 30, 12, 12, 16, 30, 7, 26, 9, 12, 9, 50, 17].iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    for (i, task) in tasks.iter().enumerate() {
        let row = (i + 1) as u32;
        sheet.write_string(row, 0, task.code())?;
        if let Some(item) = &task.item_number {
            sheet.write_string(row, 1, item)?;
        }
        sheet.write_string_with_format(row, 2, &task.text, &wrap)?;
        sheet.write_string(row, 3, &task.lead.short_name)?;
        let co: Vec<&str> = task.co_units.iter().map(|u| u.short_name.as_str()).collect();
        sheet.write_string(row, 4, co.join(", "))?;
        if let Some(d) = task.deadline {
            sheet.write_date_with_format(row, 5, d, &date)?;
        }
        if let Some(d) = task.original_deadline {
            sheet.write_date_with_format(row, 6, d, &date)?;
        }
        sheet.write_string(row, 7, cards::programme_name(i18n, lang, task.programme))?;
        if let Some(source) = &task.source_document {
            sheet.write_string(row, 8, source)?;
        }
        if let Some(year) = task.year {
            sheet.write_number(row, 9, year)?;
        }
        sheet.write_string(row, 10, plain(&cards::status_text(i18n, lang, task)))?;
        sheet.write_number(row, 11, task.progress)?;
        if let Some(d) = task.completed_on {
            sheet.write_date_with_format(row, 12, d, &date)?;
        }
        if task.status.is_open()
            && let Timing::DaysLate(n) = task.timing(today)
        {
            sheet.write_number(row, 13, n as f64)?;
        }
        if let Some((at, kind, text)) = latest.get(&task.id) {
            let kind =
                kind.parse::<ReportKind>().map(|k| cards::kind_name(i18n, lang, k)).unwrap_or_default();
            let words = if text.is_empty() { kind } else { format!("{kind}: {text}") };
            sheet.write_string_with_format(row, 14, words, &wrap)?;
            sheet.write_datetime_with_format(
                row,
                15,
                at.with_timezone(&tz).naive_local(),
                &Format::new().set_num_format("dd/mm/yyyy hh:mm"),
            )?;
        }
    }
    if !tasks.is_empty() {
        sheet.autofilter(0, 0, tasks.len() as u32, (TASK_COLUMNS.len() - 1) as u16)?;
    }

    let sheet = book.add_worksheet();
    sheet.set_name(i18n.t0(lang, Key::SheetSummary))?;
    sheet.write_string_with_format(0, 0, title, &bold)?;
    sheet.write_string_with_format(2, 0, i18n.t0(lang, Key::ColUnit), &bold)?;
    for (col, key) in SUMMARY_COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(2, (col + 1) as u16, i18n.t0(lang, *key), &bold)?;
    }
    sheet.set_column_width(0, 34)?;
    for col in 1..=SUMMARY_COLUMNS.len() {
        sheet.set_column_width(col as u16, 14)?;
    }
    let mut units = summary.units.clone();
    units.sort_by(|a, b| a.name.cmp(&b.name));
    let mut row = 3;
    let mut write =
        |sheet: &mut rust_xlsxwriter::Worksheet, name: &str, c: &Counts, format: Option<&Format>| {
            let values = [
                c.total,
                c.done_on_time,
                c.done_late,
                c.in_progress - c.in_progress_overdue,
                c.in_progress_overdue,
                c.not_started - c.not_started_overdue,
                c.not_started_overdue,
                c.no_deadline,
            ];
            let result = (|| {
                match format {
                    Some(f) => sheet.write_string_with_format(row, 0, name, f)?,
                    None => sheet.write_string(row, 0, name)?,
                };
                for (i, v) in values.iter().enumerate() {
                    sheet.write_number(row, (i + 1) as u16, *v)?;
                }
                let tenth = Format::new().set_num_format("0.0");
                sheet.write_number_with_format(
                    row,
                    (values.len() + 1) as u16,
                    (c.share_done() * 10.0).round() / 10.0,
                    &tenth,
                )?;
                let more = [c.due_soon(), c.awaiting(), c.suspended, c.returned];
                let first = values.len() + 2;
                for (i, v) in more.iter().enumerate() {
                    sheet.write_number(row, (first + i) as u16, *v)?;
                }
                for (i, rate) in [c.completion_rate(), c.on_time_rate()].into_iter().enumerate() {
                    if let Some(rate) = rate {
                        let col = (first + more.len() + i) as u16;
                        sheet.write_number_with_format(row, col, (rate * 10.0).round() / 10.0, &tenth)?;
                    }
                }
                Ok::<(), XlsxError>(())
            })();
            row += 1;
            result
        };
    for u in &units {
        write(sheet, &u.name, &u.counts, None)?;
    }
    write(sheet, &i18n.t0(lang, Key::TableTotal), &summary.counts, Some(&bold))?;
    sheet.write_string(row + 1, 0, i18n.t0(lang, Key::SheetRatesNote))?;

    if let Some((card, rubric)) = scorecard {
        score_sheet(&mut book, i18n, lang, card, rubric, &bold)?;
    }
    book.save_to_buffer()
}

/// The scorecard sheet: the period, then one row per unit in rank order.
fn score_sheet(
    book: &mut Workbook,
    i18n: &I18n,
    lang: Lang,
    card: &Scorecard,
    rubric: &Rubric,
    bold: &Format,
) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet();
    sheet.set_name(i18n.t0(lang, Key::SheetScorecard))?;
    sheet.write_string_with_format(
        0,
        0,
        crate::view::scorecard::period_text(i18n, lang, card.period),
        bold,
    )?;
    for (col, key) in SCORE_COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(2, col as u16, i18n.t0(lang, *key), bold)?;
    }
    sheet.set_column_width(1, 34)?;
    let tenth = Format::new().set_num_format("0.0");
    for (i, u) in card.units.iter().enumerate() {
        let row = (i + 3) as u32;
        sheet.write_number(row, 0, (i + 1) as f64)?;
        sheet.write_string(row, 1, &u.name)?;
        for (col, v) in [u.due, u.on_time, u.late, u.overdue, u.reported].iter().enumerate() {
            sheet.write_number(row, (col + 2) as u16, *v)?;
        }
        if let (Some(score), Some(band)) = (u.score, u.band) {
            sheet.write_number_with_format(row, 7, score, &tenth)?;
            sheet.write_string(row, 8, crate::view::scorecard::band_text(i18n, lang, band))?;
        }
        let done = u.on_time + u.late;
        if done > 0 {
            let rate = f64::from(u.on_time) * 100.0 / f64::from(done);
            sheet.write_number_with_format(row, 9, (rate * 10.0).round() / 10.0, &tenth)?;
        }
    }
    // The figures' definitions under them, as in the summary sheet.
    let below = (card.units.len() + 4) as u32;
    sheet.write_string(below, 0, plain(&crate::view::scorecard::legend(i18n, lang, rubric)))?;
    sheet.write_string(below + 1, 0, i18n.t0(lang, Key::SheetRatesNote))?;
    Ok(())
}

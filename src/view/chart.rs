//! The chart: tasks per unit by status as stacked horizontal bars, rendered to PNG with an
//! embedded font (DejaVu Sans, which has every Vietnamese letter), so no system font is needed.
//!
//! Words are set glyph by glyph ([`typeset`]): plotters' own text drawing puts each glyph's ink
//! at the pen, ignoring its side bearing, so letters with tone marks ("ì", "ệ") sat apart from
//! their neighbours ("Bì nh Minh"). Bars, axes and numbers stay plotters'.

use std::io::Cursor;
use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, ScaleFont};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::FontStyle;

use crate::domain::Lang;
use crate::domain::counting::Summary;
use crate::i18n::{I18n, Key};

/// Units drawn at most; the rest are left to the table and the spreadsheet.
pub const MAX_UNITS: usize = 40;
const FONT: &str = "dondoc-sans";

/// Why a chart could not be drawn.
#[derive(Debug, thiserror::Error)]
#[error("chart: {0}")]
pub struct ChartError(String);

fn register_font() -> Result<(), ChartError> {
    static REGISTERED: OnceLock<Result<(), String>> = OnceLock::new();
    REGISTERED
        .get_or_init(|| {
            plotters::style::register_font(FONT, FontStyle::Normal, dejavu::sans::regular())
                .map_err(|_| "the embedded font is unreadable".to_string())
        })
        .clone()
        .map_err(ChartError)
}

fn face() -> &'static FontRef<'static> {
    static FACE: OnceLock<FontRef<'static>> = OnceLock::new();
    FACE.get_or_init(|| FontRef::try_from_slice(dejavu::sans::regular()).expect("the embedded font reads"))
}

/// Where each glyph of `text` starts its ink, from the pen at 0, and the text's advance: the
/// pen moves by each glyph's advance and kerning; the ink starts at the glyph's side bearing.
pub fn layout(text: &str, size: f32) -> (Vec<(char, f32)>, f32) {
    use unicode_normalization::UnicodeNormalization;
    let font = face().as_scaled(size);
    let mut pen = 0f32;
    let mut prev = None;
    let mut glyphs = Vec::new();
    // Composed letters ("ệ" as one character) have glyphs of their own in the font.
    for c in text.nfc() {
        let id = font.glyph_id(c);
        if let Some(p) = prev {
            pen += font.kern(p, id);
        }
        let bearing = font.h_side_bearing(id);
        glyphs.push((c, pen + bearing));
        pen += font.h_advance(id);
        prev = Some(id);
    }
    (glyphs, pen)
}

/// Draws `text` with its left edge at `x` (or its right edge, when `right`), centred on `y`.
fn typeset<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    (x, y): (i32, i32),
    size: u32,
    right: bool,
) -> Result<(), ChartError> {
    let (glyphs, width) = layout(text, size as f32);
    let left = if right { x - width.round() as i32 } else { x };
    for (c, at) in glyphs {
        if c.is_whitespace() {
            continue;
        }
        // plotters puts the baseline half a size below where it is asked to draw.
        let top = y - size as i32 / 2 + (size as f32 * 0.35) as i32;
        let glyph = Text::new(c.to_string(), (left + at.round() as i32, top), (FONT, size).into_font());
        area.draw(&glyph).map_err(|e| ChartError(e.to_string()))?;
    }
    Ok(())
}

/// The status segments, in drawing order, with their colours and legend keys.
const SEGMENTS: [(Key, RGBColor); 5] = [
    (Key::ChartDone, RGBColor(46, 160, 67)),
    (Key::ChartInProgress, RGBColor(47, 109, 200)),
    (Key::ChartOverdue, RGBColor(214, 50, 48)),
    (Key::ChartNotStarted, RGBColor(160, 160, 160)),
    (Key::ChartHeld, RGBColor(230, 170, 40)),
];

/// Draws the summary's units as a PNG. `title` is plain text.
pub fn render(i18n: &I18n, lang: Lang, summary: &Summary, title: &str) -> Result<Vec<u8>, ChartError> {
    register_font()?;
    let mut units = summary.units.clone();
    units.sort_by(|a, b| b.counts.total.cmp(&a.counts.total).then_with(|| a.name.cmp(&b.name)));
    units.truncate(MAX_UNITS);
    units.reverse(); // the largest at the top
    let n = units.len().max(1);
    let (width, height) = (1000u32, 160 + 34 * n as u32);
    let max = units.iter().map(|u| u.counts.total).max().unwrap_or(1).max(1);

    let mut pixels = vec![255u8; (width * height * 3) as usize];
    {
        let err = |e: &dyn std::fmt::Display| ChartError(e.to_string());
        let root = BitMapBackend::with_buffer(&mut pixels, (width, height)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| err(&e))?;
        // The legend goes in a strip of its own under the chart, never over a bar.
        let (plot, legend) = root.split_vertically(height - 44);
        // A discrete i32 range includes its end: 0..=n-1 is n bands.
        let bands = (0..(n as i32 - 1)).into_segmented();
        typeset(&plot, title, (width as i32 / 2 - layout(title, 24.0).1 as i32 / 2, 28), 24, false)?;
        let mut chart = ChartBuilder::on(&plot)
            .margin(16)
            .margin_top(56)
            .x_label_area_size(44)
            .y_label_area_size(260)
            .build_cartesian_2d(0u32..(max + max / 10 + 1), bands)
            .map_err(|e| err(&e))?;
        let names: Vec<String> = units.iter().map(|u| u.name.chars().take(34).collect()).collect();
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n)
            .x_label_style((FONT, 14).into_font())
            .y_label_style((FONT, 15).into_font())
            .y_label_formatter(&|_| String::new())
            .draw()
            .map_err(|e| err(&e))?;
        // The units' names and the axis's name, set by `typeset`.
        for (i, name) in names.iter().enumerate() {
            let (x, y) = chart.backend_coord(&(0, SegmentValue::CenterOf(i as i32)));
            typeset(&plot, name, (x - 10, y), 15, true)?;
        }
        let axis = i18n.t0(lang, Key::ChartAxis);
        let (left, bottom) = chart.backend_coord(&(0, SegmentValue::Exact(0)));
        let (right, _) = chart.backend_coord(&(max + max / 10 + 1, SegmentValue::Exact(0)));
        let axis_x = (left + right) / 2 - layout(&axis, 15.0).1 as i32 / 2;
        typeset(&plot, &axis, (axis_x, bottom + 34), 15, false)?;
        for (index, (_, colour)) in SEGMENTS.iter().enumerate() {
            let bars: Vec<Rectangle<(u32, SegmentValue<i32>)>> = units
                .iter()
                .enumerate()
                .filter_map(|(i, u)| {
                    let c = &u.counts;
                    let parts = [
                        c.done(),
                        c.in_progress - c.in_progress_overdue,
                        c.overdue(),
                        c.not_started - c.not_started_overdue,
                        c.suspended + c.returned,
                    ];
                    let start: u32 = parts[..index].iter().sum();
                    let end = start + parts[index];
                    (end > start).then(|| {
                        let (low, high) = (SegmentValue::Exact(i as i32), SegmentValue::Exact(i as i32 + 1));
                        let mut bar = Rectangle::new([(start, low), (end, high)], colour.filled());
                        bar.set_margin(4, 4, 0, 0);
                        bar
                    })
                })
                .collect();
            chart.draw_series(bars).map_err(|e| err(&e))?;
        }
        // Five entries fit the width only from under the units' names.
        let mut x = 120;
        for (key, colour) in SEGMENTS.iter() {
            let label = i18n.t0(lang, *key);
            legend.draw(&Rectangle::new([(x, 14), (x + 16, 30)], colour.filled())).map_err(|e| err(&e))?;
            typeset(&legend, &label, (x + 22, 22), 15, false)?;
            x += 40 + layout(&label, 15.0).1.round() as i32;
        }
        root.present().map_err(|e| err(&e))?;
    }
    let image =
        image::RgbImage::from_raw(width, height, pixels).ok_or_else(|| ChartError("buffer size".into()))?;
    let mut png = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut png), image::ImageOutputFormat::Png)
        .map_err(|e| ChartError(e.to_string()))?;
    Ok(png)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::counting::{Counts, UnitCounts};

    /// The columns with ink in a picture of `text` drawn by [`typeset`].
    fn ink(text: &str) -> Vec<u32> {
        register_font().unwrap();
        let (w, h) = (400u32, 60u32);
        let mut pixels = vec![255u8; (w * h * 3) as usize];
        {
            let root = BitMapBackend::with_buffer(&mut pixels, (w, h)).into_drawing_area();
            typeset(&root, text, (10, 30), 24, false).unwrap();
            root.present().unwrap();
        }
        (0..w).filter(|x| (0..h).any(|y| pixels[((y * w + x) * 3) as usize] < 240)).collect()
    }

    /// Where each glyph's ink starts and ends, as the font itself lays the text out.
    fn expected(text: &str) -> Vec<(i32, i32)> {
        let font = face().as_scaled(24.0);
        layout(text, 24.0)
            .0
            .into_iter()
            .filter(|(c, _)| !c.is_whitespace())
            .map(|(c, at)| {
                let id = font.glyph_id(c);
                let width = face()
                    .outline(id)
                    .map_or(0.0, |o| (o.bounds.max.x - o.bounds.min.x) * font.h_scale_factor());
                (10 + at.round() as i32, 10 + (at + width).round() as i32)
            })
            .collect()
    }

    #[test]
    fn letters_with_tone_marks_sit_where_the_font_puts_them() {
        // Every vowel with every tone mark, in words as units are named.
        let words = [
            "Bình Minh",
            "huyện",
            "Nội vụ",
            "àáảãạ ằắẳẵặ ầấẩẫậ",
            "èéẻẽẹ ềếểễệ ìíỉĩị",
            "òóỏõọ ồốổỗộ ờớởỡợ",
            "ùúủũụ ừứửữự ỳýỷỹỵ Đ",
        ];
        for word in words {
            let columns = ink(word);
            for (start, end) in expected(word) {
                // The ink of each glyph begins and ends within a pixel of where the font says.
                let near = |x: i32| columns.iter().any(|c| (*c as i32 - x).abs() <= 1);
                assert!(
                    near(start) && near(end - 1),
                    "{word}: a glyph from {start} to {end}, ink at {columns:?}"
                );
            }
        }
    }

    #[test]
    fn the_layout_spaces_a_toned_letter_as_its_bare_one() {
        // In DejaVu Sans a tone mark does not change a letter's advance.
        for (bare, toned) in [("Binh", "Bình"), ("huyen", "huyện"), ("Noi", "Nội")] {
            let a: Vec<f32> = layout(bare, 24.0).0.iter().map(|(_, x)| *x).collect();
            let b: Vec<f32> = layout(toned, 24.0).0.iter().map(|(_, x)| *x).collect();
            assert_eq!(a.len(), b.len());
            assert!((layout(bare, 24.0).1 - layout(toned, 24.0).1).abs() < 0.5, "{bare} / {toned}");
        }
    }

    #[test]
    fn a_chart_renders_vietnamese_names() {
        let i18n = I18n::load().unwrap();
        let unit = |id: i64, name: &str, done: u32| UnitCounts {
            unit_id: id,
            name: name.into(),
            counts: Counts { total: done + 2, done_on_time: done, in_progress: 2, ..Counts::default() },
        };
        let summary = Summary {
            today: chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
            counts: Counts::default(),
            attention: Default::default(),
            units: vec![
                unit(1, "UBND phường Bình Minh", 3),
                unit(2, "Sở Nội vụ", 5),
                unit(3, "UBND xã Đồng Hỷ", 1),
            ],
            overdue: Vec::new(),
        };
        let png = render(&i18n, Lang::Vi, &summary, "Tiến độ nhiệm vụ năm 2026").unwrap();
        assert!(png.starts_with(b"\x89PNG"));
        if let Ok(path) = std::env::var("DONDOC_CHART_OUT") {
            std::fs::write(path, &png).unwrap();
        }
    }
}

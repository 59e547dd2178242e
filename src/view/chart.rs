//! The chart: tasks per unit by status as stacked horizontal bars, rendered to PNG with an
//! embedded font (DejaVu Sans, which has every Vietnamese letter), so no system font is needed.

use std::io::Cursor;
use std::sync::OnceLock;

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

/// The status segments, in drawing order, with their colours and legend keys.
const SEGMENTS: [(Key, RGBColor); 4] = [
    (Key::ChartDone, RGBColor(46, 160, 67)),
    (Key::ChartInProgress, RGBColor(47, 109, 200)),
    (Key::ChartOverdue, RGBColor(214, 50, 48)),
    (Key::ChartNotStarted, RGBColor(160, 160, 160)),
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
        let mut chart = ChartBuilder::on(&plot)
            .caption(title, (FONT, 24).into_font())
            .margin(16)
            .x_label_area_size(36)
            .y_label_area_size(260)
            .build_cartesian_2d(0u32..(max + max / 10 + 1), bands)
            .map_err(|e| err(&e))?;
        let names: Vec<String> = units.iter().map(|u| u.name.chars().take(34).collect()).collect();
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n)
            .y_label_style((FONT, 15).into_font())
            .x_label_style((FONT, 14).into_font())
            .x_desc(i18n.t0(lang, Key::ChartAxis))
            .axis_desc_style((FONT, 15).into_font())
            .y_label_formatter(&|v| match v {
                SegmentValue::CenterOf(i) => names.get(*i as usize).cloned().unwrap_or_default(),
                _ => String::new(),
            })
            .draw()
            .map_err(|e| err(&e))?;
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
        let mut x = 280;
        for (key, colour) in SEGMENTS.iter() {
            let label = i18n.t0(lang, *key);
            legend.draw(&Rectangle::new([(x, 14), (x + 16, 30)], colour.filled())).map_err(|e| err(&e))?;
            legend
                .draw(&Text::new(label.clone(), (x + 22, 14), (FONT, 15).into_font()))
                .map_err(|e| err(&e))?;
            x += 40 + 8 * label.chars().count() as i32;
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

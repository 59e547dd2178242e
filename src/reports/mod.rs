//! What the chair sees: summaries counted the committee's way, the per-unit table, the overdue
//! list, the chart and the spreadsheet; and the digests and periodic reports sent on schedule.

pub mod chart;
pub mod digest;
pub mod filter;
pub mod sheet;
pub mod summary;

/// What can go wrong making a report.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error("spreadsheet: {0}")]
    Sheet(#[from] rust_xlsxwriter::XlsxError),
    #[error(transparent)]
    Chart(#[from] chart::ChartError),
}

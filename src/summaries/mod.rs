//! Summaries counted the committee's way (per unit, the overdue by name) and the digests and
//! periodic reports sent on schedule; how they look is [`crate::view`].

pub mod digest;
pub mod filter;
pub mod scorecard;
pub mod summary;

/// What can go wrong making a report.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error("spreadsheet: {0}")]
    Sheet(#[from] rust_xlsxwriter::XlsxError),
    #[error(transparent)]
    Chart(#[from] crate::view::chart::ChartError),
}

//! Evidence of completion: the files an officer sends to show a task's product exists (a
//! signed plan, a photo of a decision's page). What counts as such a file, and how large one
//! may be.

use std::fmt;
use std::str::FromStr;

/// The largest file dondoc takes: Telegram's Bot API lets a bot download no more than 20 MB,
/// and a file the bot cannot read cannot be hashed or checked.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// How a file was sent, and so how it is sent back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceKind {
    /// A file with its name (PDF, Word, Excel, a scanned image sent as a file).
    Document,
    /// A picture taken or picked from the gallery.
    Photo,
}

impl EvidenceKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::Document => "document",
            EvidenceKind::Photo => "photo",
        }
    }
}

impl fmt::Display for EvidenceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown evidence kind {0:?}")]
pub struct UnknownEvidenceKind(pub String);

impl FromStr for EvidenceKind {
    type Err = UnknownEvidenceKind;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "document" => Ok(EvidenceKind::Document),
            "photo" => Ok(EvidenceKind::Photo),
            other => Err(UnknownEvidenceKind(other.to_string())),
        }
    }
}

/// The extensions of what an office produces as a task's product: documents, spreadsheets,
/// slides, scans and pictures, and archives of them (a dossier of several signed pages).
const DOCUMENT_EXTENSIONS: &[&str] = &[
    "pdf", "doc", "docx", "odt", "rtf", "txt", "xls", "xlsx", "ods", "csv", "ppt", "pptx", "odp", "jpg",
    "jpeg", "png", "heic", "heif", "webp", "tif", "tiff", "bmp", "gif", "zip", "rar", "7z",
];

/// The media types of the same, for a file whose name has no extension.
const DOCUMENT_MIME_PREFIXES: &[&str] = &[
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument",
    "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint",
    "application/vnd.oasis.opendocument",
    "application/rtf",
    "application/zip",
    "application/x-rar",
    "application/x-7z",
    "text/plain",
    "text/csv",
    "image/",
];

/// Whether a file sent as a document can be evidence: by its extension, or, without one, by
/// its media type. Videos, audio, programs and the like are not.
pub fn is_evidence_document(file_name: &str, mime_type: Option<&str>) -> bool {
    let extension = file_name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase());
    match extension {
        Some(ext) if !ext.is_empty() && ext.len() <= 5 => DOCUMENT_EXTENSIONS.contains(&ext.as_str()),
        _ => mime_type
            .map(str::to_ascii_lowercase)
            .is_some_and(|m| DOCUMENT_MIME_PREFIXES.iter().any(|p| m.starts_with(p))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn office_documents_and_scans_are_evidence() {
        for name in ["45-KH-UBND.pdf", "Bao cao.DOCX", "so lieu.xlsx", "trang 1.jpg", "ho so.zip"] {
            assert!(is_evidence_document(name, None), "{name}");
        }
    }

    #[test]
    fn videos_sounds_and_programs_are_not() {
        for name in ["hop.mp4", "ghi am.m4a", "setup.exe", "script.sh"] {
            assert!(!is_evidence_document(name, Some("application/octet-stream")), "{name}");
        }
    }

    #[test]
    fn without_an_extension_the_media_type_decides() {
        assert!(is_evidence_document("scan", Some("application/pdf")));
        assert!(is_evidence_document("scan", Some("image/jpeg")));
        assert!(!is_evidence_document("clip", Some("video/mp4")));
        assert!(!is_evidence_document("unknown", None));
    }

    #[test]
    fn a_kind_reads_back_as_it_is_written() {
        for kind in [EvidenceKind::Document, EvidenceKind::Photo] {
            assert_eq!(kind.as_str().parse::<EvidenceKind>(), Ok(kind));
        }
        assert!("video".parse::<EvidenceKind>().is_err());
    }
}

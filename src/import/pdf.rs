//! The text layer of a PDF, as the provincial e-office system sends a signed notice. A scanned
//! PDF has no text layer: that is said plainly rather than reported as "no task found".

use super::ImportError;

/// The text of a PDF's pages, in reading order.
pub fn text(bytes: &[u8]) -> Result<String, ImportError> {
    if !bytes.starts_with(b"%PDF") {
        return Err(ImportError::NotPdf);
    }
    // The extractor may panic on a malformed file; a bad upload must not take the bot down.
    let extracted = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(bytes))
        .map_err(|_| ImportError::NotPdf)?
        .map_err(|_| ImportError::NotPdf)?;
    let letters = extracted.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 20 {
        return Err(ImportError::NoTextLayer);
    }
    Ok(extracted)
}

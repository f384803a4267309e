//! The one way passes rewrite text: a sorted list of edits applied to a
//! [`MappedText`], everything else copied with its mapping.

use crate::span::{Builder, Cursor, MappedText};
use std::ops::Range;

/// What replaces an edited byte range.
#[derive(Debug, Clone)]
pub enum With {
    /// Nothing: the range is deleted.
    Nothing,
    /// This text, standing as a whole for the range.
    Text(String),
}

/// A byte range of the source and what replaces it.
#[derive(Debug, Clone)]
pub struct Edit {
    /// Bytes of the source text, on character boundaries, non-empty.
    pub range: Range<usize>,
    /// The replacement.
    pub with: With,
}

impl Edit {
    /// Deletes `range`.
    pub fn delete(range: Range<usize>) -> Self {
        Edit { range, with: With::Nothing }
    }

    /// Replaces `range` by `s` as a whole.
    pub fn replace(range: Range<usize>, s: impl Into<String>) -> Self {
        Edit { range, with: With::Text(s.into()) }
    }
}

/// Applies `edits` (sorted by start, not overlapping) to `src`. The text
/// between edits is copied a run at a time; an edit that starts inside an
/// earlier one is dropped.
pub fn apply(src: &MappedText, edits: &[Edit]) -> MappedText {
    if edits.is_empty() {
        return src.clone();
    }
    let text = src.as_str();
    let mut b = Builder::with_capacity(text.len(), 64);
    let mut cur = Cursor::new(src);
    for edit in edits {
        let range = edit.range.start..edit.range.end.min(text.len());
        if range.start < cur.position() || range.start >= range.end {
            continue;
        }
        cur.copy_to(range.start, &mut b);
        let cover = cur.skip_to(range.end);
        if let With::Text(s) = &edit.with {
            b.push_str(s, cover);
        }
    }
    cur.copy_to(text.len(), &mut b);
    b.finish(src.original_len())
}

/// Rewrites `src` one character at a time: `f` gets the character and its
/// neighbours (after their own rewriting, for the one before) and returns the
/// replacement, or `None` to keep it. Returns the text, the number of changes
/// and the original range of the first. Unchanged text is copied a run at a time.
pub fn map_chars(
    src: &MappedText,
    mut f: impl FnMut(Option<char>, char, Option<char>) -> Option<char>,
) -> (MappedText, usize, Option<Range<u32>>) {
    let text = src.as_str();
    let mut b: Option<Builder> = None;
    let mut cur = Cursor::new(src);
    let (mut changed, mut first) = (0, None);
    let mut prev = None;
    let mut chars = text.char_indices().peekable();
    while let Some((byte, c)) = chars.next() {
        let next = chars.peek().map(|(_, c)| *c);
        let out = match f(prev, c, next) {
            Some(r) if r != c => r,
            _ => {
                prev = Some(c);
                continue;
            }
        };
        let b = b.get_or_insert_with(|| Builder::with_capacity(text.len(), 64));
        cur.copy_to(byte, b);
        let orig = cur.skip_to(byte + c.len_utf8());
        b.push_char(out, orig.clone());
        changed += 1;
        first.get_or_insert(orig);
        prev = Some(out);
    }
    let Some(mut b) = b else { return (src.clone(), 0, None) };
    cur.copy_to(text.len(), &mut b);
    (b.finish(src.original_len()), changed, first)
}

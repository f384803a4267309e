//! The one way passes rewrite text: a sorted list of edits applied to a
//! [`MappedText`], everything else copied with its mapping.

use crate::span::{Builder, MappedText};
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

/// Applies `edits` (sorted by start, not overlapping) to `src`.
pub fn apply(src: &MappedText, edits: &[Edit]) -> MappedText {
    if edits.is_empty() {
        return src.clone();
    }
    let mut b = Builder::with_capacity(src.as_str().len(), 64);
    let mut chars = src.chars().peekable();
    let mut next = edits.iter().filter(|e| e.range.start < e.range.end).peekable();
    let mut ranges = Vec::new();
    while let Some((byte, c, orig)) = chars.next() {
        let Some(edit) = next.next_if(|e| e.range.start <= byte) else {
            b.push_char(c, orig);
            continue;
        };
        ranges.clear();
        ranges.push(orig);
        while let Some((_, _, r)) = chars.next_if(|(b2, _, _)| *b2 < edit.range.end) {
            ranges.push(r);
        }
        let cover = ranges[0].start..ranges.iter().map(|r| r.end).max().unwrap_or(ranges[0].end);
        match &edit.with {
            With::Nothing => {}
            With::Text(s) => b.push_str(s, cover),
        }
    }
    b.finish(src.original_len())
}

/// Rewrites `src` one character at a time: `f` gets the character and its
/// neighbours (after their own rewriting, for the one before) and returns the
/// replacement, or `None` to keep it. Returns the text and the number of changes.
pub fn map_chars(
    src: &MappedText,
    mut f: impl FnMut(Option<char>, char, Option<char>) -> Option<char>,
) -> (MappedText, usize, Option<Range<u32>>) {
    let text = src.as_str();
    let mut b = Builder::with_capacity(text.len(), 64);
    let mut changed = 0;
    let mut first = None;
    let mut prev = None;
    for (byte, c, orig) in src.chars() {
        let next = text[byte + c.len_utf8()..].chars().next();
        let out = match f(prev, c, next) {
            Some(r) if r != c => {
                changed += 1;
                first.get_or_insert(orig.clone());
                r
            }
            _ => c,
        };
        b.push_char(out, orig);
        prev = Some(out);
    }
    (b.finish(src.original_len()), changed, first)
}

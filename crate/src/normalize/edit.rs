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

/// What a pass that removes pieces of a text has kept before a position, read
/// back from the text rather than tracked character by character: since the
/// last removed piece (which ended at `resumed`) every character was kept.
#[derive(Debug, Clone, Copy)]
pub struct Kept {
    resumed: usize,
    /// The last character kept before `resumed`.
    prev: Option<char>,
    /// Whether only spaces were kept between the last line break (or the
    /// start) and `resumed`.
    line_start: bool,
}

impl Default for Kept {
    fn default() -> Self {
        Kept { resumed: 0, prev: None, line_start: true }
    }
}

impl Kept {
    /// The last character kept before byte `at` of `s` (at or after `resumed`).
    pub fn prev(&self, s: &str, at: usize) -> Option<char> {
        if at > self.resumed {
            s[..at].chars().next_back()
        } else {
            self.prev
        }
    }

    /// Whether only spaces were kept on the line before byte `at`.
    pub fn line_start(&self, s: &str, at: usize) -> bool {
        let tail = &s.as_bytes()[self.resumed..at];
        tail.iter().rposition(|&b| b != b' ').map_or(self.line_start, |k| tail[k] == b'\n')
    }

    /// Records that `s[at..to]` was removed, or replaced by `put`.
    pub fn skip(&mut self, s: &str, at: usize, to: usize, put: Option<char>) {
        (self.prev, self.line_start) = match put {
            Some(c) => (Some(c), c == '\n'),
            None => (self.prev(s, at), self.line_start(s, at)),
        };
        self.resumed = to;
    }
}

/// Applies `edits` (sorted by start, not overlapping) to `src`. The text
/// between edits is copied with its map in one piece; an edit that starts inside an
/// earlier one is dropped. Without edits `src` is returned as it is.
pub fn apply(src: MappedText, edits: &[Edit]) -> MappedText {
    if edits.is_empty() {
        return src;
    }
    let text = src.as_str();
    let mut b = Builder::rewriting(&src, edits.len());
    let mut cur = Cursor::new(&src);
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

/// `src` with the character at each byte of `changes` (sorted, on character
/// boundaries) replaced, each keeping its own original range: when every
/// replacement has the original's length (nearly always in T2S) the map stays
/// and the text is copied once with them put in, else the text is rewritten
/// with the runs between them copied with their mapping.
pub fn replace_chars(src: MappedText, changes: &[(usize, char)]) -> MappedText {
    if changes.is_empty() {
        return src;
    }
    let src = match src.with_same_length_chars(changes) {
        Ok(same) => return same,
        Err(src) => src,
    };
    let text = src.as_str();
    let mut b = Builder::rewriting(&src, changes.len());
    let mut cur = Cursor::new(&src);
    for &(byte, out) in changes {
        cur.copy_to(byte, &mut b);
        let orig = cur.skip_to(byte + text[byte..].chars().next().map_or(1, char::len_utf8));
        b.push_char(out, orig);
    }
    cur.copy_to(text.len(), &mut b);
    b.finish(src.original_len())
}

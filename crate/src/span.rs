//! Spans in UTF-16 code units of the original input, and the map that carries
//! positions in a rewritten text back to them.
//!
//! Every pass of [`crate::normalize`] rewrites a [`MappedText`]; the map is always
//! relative to the *original* input, so passes never compose maps: they copy
//! slices of it (see [`Builder`]).

use serde::Serialize;
use std::ops::Range;

/// A half-open range `[start, end)` in UTF-16 code units of the original input,
/// what JavaScript's `String.prototype.slice` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First code unit.
    pub start: u32,
    /// One past the last code unit.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: u32, end: u32) -> Self {
        Span { start, end }
    }

    /// Number of code units covered.
    pub fn len(self) -> u32 {
        self.end - self.start
    }

    /// Whether the span covers nothing.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
}

/// Longest run of characters one char-wise segment holds, so that a lookup
/// walks at most this many characters.
const MAX_RUN: u32 = 64;

/// How a run of the rewritten text relates to the original.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Each character stands for one original character of the same UTF-16
    /// length, in order from `orig` to `orig_end`.
    CharWise,
    /// The whole run stands for the original block `[orig, orig_end)`.
    Block,
}

#[derive(Debug, Clone, Copy)]
struct Seg {
    /// Byte offset in the rewritten text where the run starts.
    byte: u32,
    /// UTF-16 offset in the original where the run's evidence starts.
    orig: u32,
    /// Where it ends: a whole run is copied without counting its units.
    orig_end: u32,
    /// Characters in the run (for `CharWise` runs, bounded by [`MAX_RUN`]).
    chars: u32,
    kind: Kind,
}

/// A text together with, for every character, the range of the original input
/// it came from.
#[derive(Debug, Clone, Default)]
pub struct MappedText {
    text: String,
    segs: Vec<Seg>,
    /// Length of the original input in UTF-16 code units.
    orig_len: u32,
}

impl MappedText {
    /// The identity map over `text`.
    pub fn new(text: &str) -> Self {
        // Runs of whole characters that fit in MAX_RUN bytes (so hold at most
        // MAX_RUN characters), counted without decoding.
        let mut segs: Vec<Seg> = Vec::with_capacity(text.len() / MAX_RUN as usize + 1);
        let mut orig = 0u32;
        let mut start = 0;
        while start < text.len() {
            let mut end = (start + MAX_RUN as usize).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let (chars, units) = units_of(&text.as_bytes()[start..end]);
            segs.push(Seg { byte: start as u32, orig, orig_end: orig + units, chars, kind: Kind::CharWise });
            orig += units;
            start = end;
        }
        MappedText { text: text.to_string(), segs, orig_len: orig }
    }

    /// This text with the character at each byte of `changes` (sorted, on
    /// character boundaries) replaced by one of the same UTF-8 and UTF-16
    /// length: the map stays as it is, and the text is copied once with the
    /// replacements put in. Gives the text back unchanged when a
    /// replacement's length differs.
    pub fn with_same_length_chars(self, changes: &[(usize, char)]) -> Result<MappedText, MappedText> {
        let same = |&(byte, c): &(usize, char)| {
            let old = self.text.get(byte..).and_then(|s| s.chars().next());
            old.is_some_and(|old| old.len_utf8() == c.len_utf8() && old.len_utf16() == c.len_utf16())
        };
        if !changes.iter().all(same) {
            return Err(self);
        }
        let mut text = String::with_capacity(self.text.len());
        let mut copied = 0;
        for &(byte, c) in changes {
            text.push_str(&self.text[copied..byte]);
            text.push(c);
            copied = byte + c.len_utf8();
        }
        text.push_str(&self.text[copied..]);
        Ok(MappedText { text, ..self })
    }

    /// The rewritten text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length of the original input in UTF-16 code units.
    pub fn original_len(&self) -> u32 {
        self.orig_len
    }

    /// Characters with their byte offset here and their original range, in order.
    pub fn chars(&self) -> MappedChars<'_> {
        MappedChars { text: self, seg: 0, in_seg: 0, byte: 0, orig: self.segs.first().map_or(0, |s| s.orig) }
    }

    /// The original span of the byte range `range` of this text. An empty range
    /// maps to an empty span at the original position of its start. A range
    /// past the end or inside a character is first cut to the text and moved
    /// back to character boundaries, so that any range gives a span.
    pub fn span(&self, range: Range<usize>) -> Span {
        if self.segs.is_empty() {
            return Span::new(0, 0);
        }
        let floor = |i: usize| {
            let mut i = i.min(self.text.len());
            while !self.text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let range = floor(range.start)..floor(range.end);
        let start = self.orig_of_byte(range.start).start;
        if range.end <= range.start {
            return Span::new(start, start);
        }
        let last = self.text[..range.end].char_indices().next_back().map_or(0, |(i, _)| i);
        let end = self.orig_of_byte(last.max(range.start)).end;
        Span::new(start, end.max(start))
    }

    /// Original range of the character starting at byte `byte` (or of the end
    /// of the text when `byte` is its length).
    fn orig_of_byte(&self, byte: usize) -> Range<u32> {
        if byte >= self.text.len() {
            return self.orig_len..self.orig_len;
        }
        let byte = byte as u32;
        let i = self.segs.partition_point(|s| s.byte <= byte).saturating_sub(1);
        let seg = self.segs[i];
        match seg.kind {
            Kind::Block => seg.orig..seg.orig_end,
            Kind::CharWise => {
                // The units of the run's characters that start before `byte`, counted
                // without decoding them; then the first character starting at or after it.
                let (start, byte) = (seg.byte as usize, byte as usize);
                let orig = seg.orig + units_of(&self.text.as_bytes()[start..byte]).1;
                let next = (byte..self.text.len()).find(|&b| self.text.is_char_boundary(b));
                match next.and_then(|b| self.text[b..].chars().next()) {
                    Some(c) => orig..orig + c.len_utf16() as u32,
                    None => self.orig_len..self.orig_len,
                }
            }
        }
    }
}

/// Iterator over `(byte offset, char, original range)`; see [`MappedText::chars`].
pub struct MappedChars<'a> {
    text: &'a MappedText,
    seg: usize,
    in_seg: u32,
    byte: usize,
    orig: u32,
}

impl Iterator for MappedChars<'_> {
    type Item = (usize, char, Range<u32>);

    fn next(&mut self) -> Option<Self::Item> {
        let c = self.text.text[self.byte..].chars().next()?;
        while self.in_seg >= self.text.segs[self.seg].chars {
            self.seg += 1;
            self.in_seg = 0;
            self.orig = self.text.segs[self.seg].orig;
        }
        let seg = self.text.segs[self.seg];
        let range = match seg.kind {
            Kind::Block => seg.orig..seg.orig_end,
            Kind::CharWise => {
                let n = c.len_utf16() as u32;
                let r = self.orig..self.orig + n;
                self.orig += n;
                r
            }
        };
        let byte = self.byte;
        self.byte += c.len_utf8();
        self.in_seg += 1;
        Some((byte, c, range))
    }
}

/// Writes a new [`MappedText`] character by character, each with the original
/// range it stands for. Adjacent characters that continue the original text
/// one for one share a run, so a clean document costs a few bytes per run.
#[derive(Debug, Default)]
pub struct Builder {
    text: String,
    segs: Vec<Seg>,
}

impl Builder {
    /// An empty builder with room for a rewrite of `src` by `edits` edits:
    /// its text and runs, and two more runs an edit.
    pub fn rewriting(src: &MappedText, edits: usize) -> Self {
        Builder { text: String::with_capacity(src.text.len()), segs: Vec::with_capacity(src.segs.len() + 2 * edits) }
    }

    /// Appends `c`, which stands for the original range `orig`.
    pub fn push_char(&mut self, c: char, orig: Range<u32>) {
        let byte = self.text.len() as u32;
        self.text.push(c);
        let charwise = orig.end - orig.start == c.len_utf16() as u32;
        if let Some(last) = self.segs.last_mut() {
            match last.kind {
                Kind::CharWise if charwise && orig.start == last.orig_end && last.chars < MAX_RUN => {
                    last.chars += 1;
                    last.orig_end = orig.end;
                    return;
                }
                Kind::Block if !charwise && last.orig == orig.start && last.orig_end == orig.end => {
                    last.chars += 1;
                    return;
                }
                _ => {}
            }
        }
        let kind = if charwise { Kind::CharWise } else { Kind::Block };
        self.segs.push(Seg { byte, orig: orig.start, orig_end: orig.end, chars: 1, kind });
    }

    /// Records that the text at `byte` (already appended, or about to be)
    /// holds `chars` characters of a source run of kind `kind` that came from
    /// `orig` (char by char, or as a whole for a block).
    fn push_run(&mut self, byte: u32, chars: u32, orig: Range<u32>, kind: Kind) {
        if let Some(last) = self.segs.last_mut().filter(|last| last.kind == kind) {
            match kind {
                Kind::Block if last.orig == orig.start && last.orig_end == orig.end => {
                    last.chars += chars;
                    return;
                }
                Kind::CharWise if last.orig_end == orig.start && last.chars + chars <= MAX_RUN => {
                    last.chars += chars;
                    last.orig_end = orig.end;
                    return;
                }
                _ => {}
            }
        }
        self.segs.push(Seg { byte, orig: orig.start, orig_end: orig.end, chars, kind });
    }

    /// Appends `s` as a whole standing for the original range `orig`.
    pub fn push_str(&mut self, s: &str, orig: Range<u32>) {
        let block =
            s.chars().count() > 1 || s.chars().next().is_some_and(|c| c.len_utf16() as u32 != orig.end - orig.start);
        for c in s.chars() {
            if block {
                self.push_block_char(c, orig.clone());
            } else {
                self.push_char(c, orig.clone());
            }
        }
    }

    fn push_block_char(&mut self, c: char, orig: Range<u32>) {
        let byte = self.text.len() as u32;
        self.text.push(c);
        if let Some(last) = self.segs.last_mut() {
            if last.kind == Kind::Block && last.orig == orig.start && last.orig_end == orig.end {
                last.chars += 1;
                return;
            }
        }
        self.segs.push(Seg { byte, orig: orig.start, orig_end: orig.end, chars: 1, kind: Kind::Block });
    }

    /// The finished text; `orig_len` is the original input's UTF-16 length.
    pub fn finish(self, orig_len: u32) -> MappedText {
        MappedText { text: self.text, segs: self.segs, orig_len }
    }
}

/// The characters and UTF-16 units of the UTF-8 `bytes`, in one pass without
/// a branch: a character starts at every byte but a continuation byte
/// (10xxxxxx) and takes two units when it takes four bytes. Counted in bytes
/// 64 bytes at a time (at most 128 units), so that 16 bytes are added at once:
/// counted in `u32`, LLVM widened every byte and added 4 at a time.
fn units_of(bytes: &[u8]) -> (u32, u32) {
    bytes.chunks(64).fold((0, 0), |(chars, units), chunk| {
        let (c, u) = chunk.iter().fold((0u8, 0u8), |(c, u), &b| {
            let starts = u8::from(b & 0xC0 != 0x80);
            (c + starts, u + starts + u8::from(b >= 0xF0))
        });
        (chars + u32::from(c), units + u32::from(u))
    })
}

/// Walks a [`MappedText`] forward for a pass that rewrites it: the text up to
/// an edit is copied in one piece, its runs' mapping with it; the edited bytes are
/// skipped and their original range returned. Each byte is looked at once.
pub struct Cursor<'a> {
    src: &'a MappedText,
    seg: usize,
    byte: usize,
    /// Original position of `byte` when its run is char-wise.
    orig: u32,
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `src`.
    pub fn new(src: &'a MappedText) -> Self {
        Cursor { src, seg: 0, byte: 0, orig: src.segs.first().map_or(0, |s| s.orig) }
    }

    /// Where the cursor stands, in bytes of the source.
    pub fn position(&self) -> usize {
        self.byte
    }

    /// Copies the source up to byte `to` (a character boundary) into `out`.
    pub fn copy_to(&mut self, to: usize, out: &mut Builder) {
        let to = to.min(self.src.text.len());
        // The runs are recorded one by one and their text copied at the end in one piece.
        let from = self.byte;
        let base = out.text.len();
        while self.byte < to && self.seg < self.src.segs.len() {
            let at = (base + self.byte - from) as u32;
            let (chars, range, kind) = self.step(to);
            out.push_run(at, chars, range, kind);
        }
        out.text.push_str(&self.src.text[from..self.byte]);
    }

    /// Moves past the source up to byte `to` without copying; returns the
    /// original range the skipped characters came from (empty at the current
    /// position when nothing was skipped).
    pub fn skip_to(&mut self, to: usize) -> Range<u32> {
        let to = to.min(self.src.text.len());
        let at = self.orig_here();
        let mut covered: Option<Range<u32>> = None;
        while self.byte < to && self.seg < self.src.segs.len() {
            let (_, range, _) = self.step(to);
            covered = Some(covered.map_or(range.clone(), |c| c.start.min(range.start)..c.end.max(range.end)));
        }
        covered.unwrap_or(at..at)
    }

    fn orig_here(&self) -> u32 {
        match self.src.segs.get(self.seg).map(|s| s.kind) {
            Some(Kind::Block) => self.src.segs[self.seg].orig,
            Some(Kind::CharWise) => self.orig,
            None => self.src.orig_len,
        }
    }

    /// Moves past the rest of the current run, or up to `to` when it ends
    /// inside it; returns the characters passed, their original range and the
    /// run's kind.
    #[inline(always)]
    fn step(&mut self, to: usize) -> (u32, Range<u32>, Kind) {
        let segs = &self.src.segs;
        let seg = segs[self.seg];
        let seg_end = segs.get(self.seg + 1).map_or(self.src.text.len(), |s| s.byte as usize);
        let end = seg_end.min(to);
        let piece = &self.src.text.as_bytes()[self.byte..end];
        // A whole run's characters and units are known; a piece's are counted.
        let whole = self.byte == seg.byte as usize && end == seg_end;
        let (chars, range) = match seg.kind {
            _ if whole => (seg.chars, seg.orig..seg.orig_end),
            Kind::Block => (units_of(piece).0, seg.orig..seg.orig_end),
            Kind::CharWise => {
                let (chars, units) = units_of(piece);
                (chars, self.orig..self.orig + units)
            }
        };
        self.byte = end;
        self.orig = range.end;
        if end == seg_end {
            self.seg += 1;
            self.orig = segs.get(self.seg).map_or(self.src.orig_len, |s| s.orig);
        }
        (chars, range, seg.kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_map_counts_utf16_units_outside_the_bmp() {
        let input = "𠀀增长5%";
        let t = MappedText::new(input);
        let byte = input.find('5').unwrap();
        // 𠀀 is two UTF-16 units, 增长 two more.
        assert_eq!(t.span(byte..byte + 2), Span::new(4, 6));
        assert_eq!(t.span(0..4), Span::new(0, 2));
    }

    #[test]
    fn identity_map_gives_each_character_its_own_units() {
        let input = "ab增长𠀀5%，\n".repeat(40);
        let t = MappedText::new(&input);
        assert!(t.segs.iter().all(|s| (1..=MAX_RUN).contains(&s.chars)));
        let mut unit = 0;
        for (i, c) in input.char_indices() {
            let n = c.len_utf16() as u32;
            assert_eq!(t.span(i..i + c.len_utf8()), Span::new(unit, unit + n), "at byte {i}");
            unit += n;
        }
        assert_eq!(t.original_len(), unit);
    }

    #[test]
    fn units_are_counted_as_by_characters() {
        let text = "ab增长𠀀5%，é\n".repeat(5);
        for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            for end in (start..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let s = &text[start..end];
                let want = (s.chars().count() as u32, s.encode_utf16().count() as u32);
                assert_eq!(units_of(s.as_bytes()), want, "{s:?}");
            }
        }
    }

    #[test]
    fn rewritten_characters_keep_their_own_ranges() {
        let src = MappedText::new("６％，增长");
        let mut b = Builder::default();
        for (_, c, r) in src.chars() {
            let c = match c {
                '６' => '6',
                '％' => '%',
                c => c,
            };
            b.push_char(c, r);
        }
        let t = b.finish(src.original_len());
        assert_eq!(t.as_str(), "6%，增长");
        assert_eq!(t.span(0..2), Span::new(0, 2));
        assert_eq!(t.span(2..5), Span::new(2, 3));
    }

    #[test]
    fn deleted_text_is_skipped_and_blocks_map_whole() {
        let src = MappedText::new("現(xiàn)在&nbsp;好");
        let mut b = Builder::default();
        let chars: Vec<_> = src.chars().collect();
        b.push_char('现', chars[0].2.clone());
        b.push_char('在', chars[6].2.clone());
        b.push_str(" ", 7..13);
        b.push_char('好', chars[13].2.clone());
        let t = b.finish(src.original_len());
        assert_eq!(t.as_str(), "现在 好");
        assert_eq!(t.span(0..6), Span::new(0, 7));
        assert_eq!(t.span(6..7), Span::new(7, 13));
        assert_eq!(t.span(7..10), Span::new(13, 14));
        let mapped: Vec<_> = t.chars().map(|(_, c, r)| (c, r)).collect();
        assert_eq!(mapped[1], ('在', 6..7));
    }

    #[test]
    fn ranges_inside_characters_or_past_the_end_are_cut() {
        let t = MappedText::new("𠀀增长");
        // Byte 2 is inside 𠀀 (4 bytes, 2 UTF-16 units); byte 99 is past the end.
        assert_eq!(t.span(2..7), Span::new(0, 3));
        assert_eq!(t.span(4..99), Span::new(2, 4));
        assert_eq!(t.span(99..99), Span::new(4, 4));
        let (start, end) = (7, 4);
        assert_eq!(t.span(start..end), Span::new(3, 3));
    }

    #[test]
    fn long_runs_are_split_and_still_exact() {
        let input = "一".repeat(300) + "5%";
        let t = MappedText::new(&input);
        let byte = input.find('5').unwrap();
        assert_eq!(t.span(byte..byte + 2), Span::new(300, 302));
    }

    #[test]
    fn a_cursor_copies_runs_with_their_mapping_and_skips_to_their_cover() {
        // A text with a block (an entity standing for 6 units), a character
        // outside the BMP and a run longer than one segment.
        let mut b = Builder::default();
        b.push_char('现', 0..1);
        b.push_str(" ", 1..7);
        b.push_char('𠀀', 7..9);
        for (i, c) in "一".repeat(100).chars().enumerate() {
            b.push_char(c, 9 + i as u32..10 + i as u32);
        }
        let src = b.finish(109);
        let text = src.as_str();
        // Copying everything in pieces cut at every character keeps every range.
        let mut out = Builder::default();
        let mut cur = Cursor::new(&src);
        for (i, _) in text.char_indices().skip(1) {
            cur.copy_to(i, &mut out);
        }
        cur.copy_to(text.len(), &mut out);
        let copy = out.finish(src.original_len());
        let ranges = |t: &MappedText| t.chars().map(|(_, c, r)| (c, r)).collect::<Vec<_>>();
        assert_eq!(copy.as_str(), text);
        assert_eq!(ranges(&copy), ranges(&src));
        // Skipping returns the cover of what was skipped.
        let mut cur = Cursor::new(&src);
        let mut out = Builder::default();
        cur.copy_to(3, &mut out);
        assert_eq!(cur.skip_to(8), 1..9, "the block and 𠀀");
        let at = text.len() - 3 * 10;
        cur.copy_to(at, &mut out);
        assert_eq!(cur.skip_to(at + 3), 99..100);
        assert_eq!(cur.skip_to(at + 3), 100..100, "nothing skipped");
    }

    #[test]
    fn same_length_replacements_keep_the_map() {
        let src = MappedText::new("𠀀增長5%");
        let at = "𠀀增".len();
        let t = src.clone().with_same_length_chars(&[(at, '长')]).expect("same lengths");
        assert_eq!(t.as_str(), "𠀀增长5%");
        for (a, b) in src.chars().zip(t.chars()) {
            assert_eq!((a.0, a.2), (b.0, b.2));
        }
        // A character of another length is not put in; the text comes back as it was.
        let back = src.clone().with_same_length_chars(&[(at, 'x')]).expect_err("長 is three bytes, x one");
        assert_eq!(back.as_str(), "𠀀增長5%");
        assert!(src.with_same_length_chars(&[(0, '增')]).is_err(), "𠀀 is four bytes, 增 three");
    }
}

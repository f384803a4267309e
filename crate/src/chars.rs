//! Cutting text by characters rather than bytes: the first few characters of
//! a clause, or a bounded stretch before a place in a long text; the lines of
//! a text; and looking for characters where `str::contains` or decoding every
//! character is slow.

use std::ops::Range;

/// The first `n` characters of `s` (all of it when it is shorter), stepped over by their first bytes
/// rather than decoded.
pub fn head(s: &str, n: usize) -> &str {
    let bytes = s.as_bytes();
    let mut end = 0;
    for _ in 0..n {
        match bytes.get(end) {
            Some(&b) => end += width(b),
            None => return s,
        }
    }
    &s[..end]
}

/// The length in bytes of the UTF-8 character whose first byte is `lead`.
pub fn width(lead: u8) -> usize {
    match lead {
        0..0x80 => 1,
        0x80..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

/// The byte where a look back from `at` over at most `back` bytes starts:
/// `at - back`, moved forward to a character boundary (0 when `at < back`).
pub fn start_before(s: &str, at: usize, back: usize) -> usize {
    let mut start = at.saturating_sub(back);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    start
}

/// Whether `s` holds `c`, as `s.contains(c)` (see [`find`]).
pub fn has(s: &str, c: char) -> bool {
    find(s, c).is_some()
}

/// Where `c` first stands in `s`, as `s.find(c)`. For a character outside ASCII `str::find` sets up a
/// searcher on every call (~100 instructions, most of a search in the short clauses most calls look in;
/// in wasm it has no SIMD path either: a dozen such calls took 2–3 % of a wasm parse). Here memchr finds
/// the last byte of `c`'s UTF-8 and the bytes before it are compared.
pub fn find(s: &str, c: char) -> Option<usize> {
    seek(s, c, false)
}

/// Where `c` last stands in `s`, as `s.rfind(c)` (see [`find`]).
pub fn rfind(s: &str, c: char) -> Option<usize> {
    seek(s, c, true)
}

/// [`find`], or [`rfind`] when `backward`.
fn seek(s: &str, c: char, backward: bool) -> Option<usize> {
    let mut buf = [0; 4];
    let (&last, lead) = c.encode_utf8(&mut buf).as_bytes().split_last()?;
    let bytes = s.as_bytes();
    let whole = |&i: &usize| i >= lead.len() && bytes[i - lead.len()..i] == *lead;
    let end = if backward {
        memchr::memrchr_iter(last, bytes).find(whole)
    } else {
        memchr::memchr_iter(last, bytes).find(whole)
    };
    end.map(|i| i - lead.len())
}

/// Every place of every word of `words` in `text`, in order of start, each word's found by memchr's
/// substring search: for a few words looked for once in a whole text.
pub fn places(text: &str, words: &[&str]) -> Vec<Range<usize>> {
    let mut at: Vec<Range<usize>> =
        words.iter().flat_map(|w| memchr::memmem::find_iter(text.as_bytes(), w).map(|i| i..i + w.len())).collect();
    at.sort_by_key(|r| r.start);
    at
}

/// Whether `s` holds `needle`, as `s.contains(needle)`, by memchr's substring search: in the wasm
/// `str::contains` sets up a two-way searcher and compares a byte at a time, where memchr has SIMD.
pub fn has_str(s: &str, needle: &str) -> bool {
    memchr::memmem::find(s.as_bytes(), needle.as_bytes()).is_some()
}

/// Characters told by their first bytes, for a [`Scan`].
pub trait Leads {
    /// Whether one of them starts with `b0` (followed by `b1 b2 b3`, 0 past
    /// the end). Written without branches (`&`, `|`), so that a block of
    /// bytes is tested at once.
    fn at(b0: u8, b1: u8, b2: u8, b3: u8) -> bool;
}

/// Finds where the characters `L` tells start in a text: how a pass finds the
/// few characters it may change without decoding the others. 32 bytes are
/// tested at once, and a block's bits are kept for the next question, so a
/// block without one (the common case) costs one vector test and a block with
/// many is tested once. (A trait rather than a closure: with a closure LLVM
/// left the block test scalar, 15 times slower.)
pub struct Scan<'a, L> {
    bytes: &'a [u8],
    /// The block tested last: where it starts and ends, and a bit for each of
    /// its bytes where a character of `L` starts.
    block: usize,
    end: usize,
    bits: u32,
    leads: std::marker::PhantomData<L>,
}

impl<'a, L: Leads> Scan<'a, L> {
    /// A scan of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Scan { bytes, block: 0, end: 0, bits: 0, leads: std::marker::PhantomData }
    }

    /// The first byte at or after `from` where one of the characters starts.
    pub fn next_from(&mut self, mut from: usize) -> Option<usize> {
        const BLOCK: usize = 32;
        let bytes = self.bytes;
        loop {
            if (self.block..self.end).contains(&from) {
                let bits = self.bits & (u32::MAX << (from - self.block));
                if bits != 0 {
                    return Some(self.block + bits.trailing_zeros() as usize);
                }
                from = self.end;
            }
            if from >= bytes.len() {
                return None;
            }
            let (bits, len) = match bytes.get(from..from + BLOCK + 3) {
                Some(b) if !(0..BLOCK).fold(false, |any, k| any | L::at(b[k], b[k + 1], b[k + 2], b[k + 3])) => {
                    (0, BLOCK)
                }
                Some(b) => (block_bits::<L>(b), BLOCK),
                // The last bytes, short of a block and its look-ahead, one at a time.
                None => {
                    let at = |k: usize| bytes.get(k).copied().unwrap_or(0);
                    (u32::from(L::at(bytes[from], at(from + 1), at(from + 2), at(from + 3))), 1)
                }
            };
            (self.block, self.end, self.bits) = (from, from + len, bits);
        }
    }
}

/// A bit for each of the first 32 bytes of `b` (35 long, for the look-ahead)
/// where a character of `L` starts. The tests fill 32 bytes of 0 or 1, a
/// vector loop; a multiplication then gathers each 8 of them into a byte.
/// (Shifting each test's bit into place was left a lane at a time by LLVM:
/// three times the instructions natively and in the wasm.)
#[inline(always)]
fn block_bits<L: Leads>(b: &[u8]) -> u32 {
    let mut hits = [0u8; 32];
    for (k, hit) in hits.iter_mut().enumerate() {
        *hit = u8::from(L::at(b[k], b[k + 1], b[k + 2], b[k + 3]));
    }
    // Byte k of the product's top byte is bit 56 + k: 8k from the byte, 56 − 7k from the constant.
    hits.chunks_exact(8).enumerate().fold(0, |m, (i, eight)| {
        let word = u64::from_le_bytes([eight[0], eight[1], eight[2], eight[3], eight[4], eight[5], eight[6], eight[7]]);
        m | (((word.wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32) << (8 * i))
    })
}

/// The byte and length of each comma or colon of `s` (`,` `:` `，` `：`), found by
/// their bytes (`，` is EF BC 8C, `：` EF BC 9A) rather than by decoding every character.
pub fn commas(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = s.as_bytes();
    memchr::memchr3_iter(b',', b':', 0xEF, b).filter_map(move |i| match b[i] {
        0xEF => matches!(b.get(i + 1..i + 3), Some([0xBC, 0x8C | 0x9A])).then_some((i, 3)),
        _ => Some((i, 1)),
    })
}

/// The byte ranges of the non-blank lines of `s`, without the whitespace around them. The line breaks
/// are found by memchr, which has SIMD in the wasm where `split('\n')` has none.
pub fn line_ranges(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line_end in memchr::memchr_iter(b'\n', s.as_bytes()).chain([s.len()]) {
        let line = &s[pos..line_end];
        let (start, end) = (pos + (line.len() - line.trim_start().len()), pos + line.trim_end().len());
        if start < end {
            out.push(start..end);
        }
        pos = line_end + 1;
    }
    out
}

/// Whether `c` is one of the Chinese digits one to ten, as headings, list
/// markers and ranks count (`二、`, `(三)`, `第十位`).
pub fn is_cn_digit(c: char) -> bool {
    has("一二三四五六七八九十", c)
}

/// Whether `c` writes a small count of years or months: an Arabic digit, [`is_cn_digit`] or 两 (连续两年,
/// 用三年时间, 两个多月).
pub fn is_count_digit(c: char) -> bool {
    c.is_ascii_digit() || is_cn_digit(c) || c == '两'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scan_finds_what_a_byte_by_byte_search_finds() {
        struct Some_;
        impl Leads for Some_ {
            fn at(b0: u8, b1: u8, _: u8, b3: u8) -> bool {
                (b0 == b'?') | ((b0 == 0xEF) & (b1 == 0xBC) & (b3 != 0xEF))
            }
        }
        // Hits of every density: mixed, in every byte, and one at each place of a block.
        let every = "?".repeat(70);
        let one_in_33 = "abcdefghijklmnopqrstuvwxyz012345?".repeat(5);
        for text in ["增长5%，（一）①[2]?　".repeat(7), every, one_in_33] {
            let bytes = text.as_bytes();
            let at = |k: usize| bytes.get(k).copied().unwrap_or(0);
            let want =
                |from: usize| (from..bytes.len()).find(|&i| Some_::at(bytes[i], at(i + 1), at(i + 2), at(i + 3)));
            for from in 0..=bytes.len() + 1 {
                assert_eq!(Scan::<Some_>::new(bytes).next_from(from), want(from), "{text}: from {from}");
            }
            // One scan asked again and again, going forward by steps of every size.
            for step in 1..40 {
                let mut scan = Scan::<Some_>::new(bytes);
                for from in (0..=bytes.len() + 1).step_by(step) {
                    assert_eq!(scan.next_from(from), want(from), "{text}: step {step}, from {from}");
                }
            }
        }
    }

    #[test]
    fn line_ranges_are_the_trimmed_non_blank_lines() {
        let s = "\n 增长5%　\n\n \t\n一、回顾\n末行";
        let got: Vec<&str> = line_ranges(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(got, ["增长5%", "一、回顾", "末行"]);
        assert!(line_ranges("").is_empty() && line_ranges("\n\n").is_empty());
    }

    #[test]
    fn heads_and_look_backs_fall_on_characters() {
        assert_eq!(head("增长5%左右", 3), "增长5");
        assert_eq!(head("增长", 9), "增长");
        assert_eq!(head("", 2), "");
        // Characters of every length, as many as asked for.
        let mixed = "5é增𠀀％a";
        for n in 0..8 {
            assert_eq!(head(mixed, n), mixed.chars().take(n).collect::<String>(), "{n}");
        }
        let s = "增长5%";
        assert_eq!(start_before(s, s.len(), 4), 6); // 3 bytes into 长 → its end
        assert_eq!(start_before(s, 3, 10), 0);
        assert_eq!(start_before(s, s.len(), 2), s.len() - 2);
    }

    #[test]
    fn has_and_find_find_what_contains_and_find_find() {
        // 增 is E5 A2 9E, 长 E9 95 BF; 𠀀 is four bytes; 坞 E5 9D 9E shares the last byte of 增.
        for s in ["", "a", "增长", "坞", "坞长", "x𠀀y", "“四上”", "增", "坞增长增坞", "长坞长a长"]
        {
            for c in ['增', '长', '𠀀', '”', 'a', 'y', '坞'] {
                assert_eq!(has(s, c), s.contains(c), "{s:?} {c:?}");
                assert_eq!(find(s, c), s.find(c), "{s:?} {c:?}");
                assert_eq!(rfind(s, c), s.rfind(c), "{s:?} {c:?}");
            }
        }
    }

    #[test]
    fn commas_are_found_as_a_character_search_finds_them() {
        // ； and ＜ share ，'s first two bytes (EF BC); 丌 ends in its last (8C); ﹐ is another comma.
        let s = "增长5%，同比；计划:拟＜丌,𠀀：﹐完成";
        let want: Vec<(usize, usize)> = s
            .char_indices()
            .filter(|(_, c)| matches!(c, '，' | ',' | '：' | ':'))
            .map(|(i, c)| (i, c.len_utf8()))
            .collect();
        assert_eq!(super::commas(s).collect::<Vec<_>>(), want);
        assert_eq!(want.len(), 4);
    }
}

//! Cutting text by characters rather than bytes: the first few characters of
//! a clause, or a bounded stretch before a place in a long text; and looking
//! for a character where `str::contains` is slow.

/// The first `n` characters of `s` (all of it when it is shorter).
pub fn head(s: &str, n: usize) -> &str {
    &s[..s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)]
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

/// Whether `s` holds `c`, as `s.contains(c)`. For a character outside ASCII
/// `str::contains` sets up a substring searcher on every call, which in wasm
/// has no SIMD path (a dozen such calls took 2–3 % of a wasm parse); here the
/// last byte of `c`'s UTF-8 is found by memchr and the bytes before it compared.
pub fn has(s: &str, c: char) -> bool {
    let mut buf = [0; 4];
    let Some((&last, lead)) = c.encode_utf8(&mut buf).as_bytes().split_last() else {
        return false;
    };
    let bytes = s.as_bytes();
    memchr::memchr_iter(last, bytes).any(|i| i >= lead.len() && bytes[i - lead.len()..i] == *lead)
}

/// Whether `c` is one of the Chinese digits one to ten, as headings, list
/// markers and ranks count (`二、`, `(三)`, `第十位`).
pub fn is_cn_digit(c: char) -> bool {
    has("一二三四五六七八九十", c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_and_look_backs_fall_on_characters() {
        assert_eq!(head("增长5%左右", 3), "增长5");
        assert_eq!(head("增长", 9), "增长");
        assert_eq!(head("", 2), "");
        let s = "增长5%";
        assert_eq!(start_before(s, s.len(), 4), 6); // 3 bytes into 长 → its end
        assert_eq!(start_before(s, 3, 10), 0);
        assert_eq!(start_before(s, s.len(), 2), s.len() - 2);
    }

    #[test]
    fn has_finds_what_contains_finds() {
        // 增 is E5 A2 9E, 长 E9 95 BF; 𠀀 is four bytes; 坞 E5 9D 9E shares the last byte of 增.
        for s in ["", "a", "增长", "坞", "坞长", "x𠀀y", "“四上”", "增"] {
            for c in ['增', '长', '𠀀', '”', 'a', 'y', '坞'] {
                assert_eq!(has(s, c), s.contains(c), "{s:?} {c:?}");
            }
        }
    }
}

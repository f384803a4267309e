//! Cutting text by characters rather than bytes: the first few characters of
//! a clause, or a bounded stretch before a place in a long text.

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
}

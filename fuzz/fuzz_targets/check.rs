//! What every fuzz target checks on the result of `zhibiao::normalize`: the
//! same invariants as `crate/tests/normalize_props.rs`.

use zhibiao::normalize;

fn len16(s: &str) -> u32 {
    s.encode_utf16().count() as u32
}

/// Normalizes `input` and panics if any invariant fails.
pub fn check(input: &str) {
    let n = normalize(input);
    let orig_len = len16(input);
    let text = n.text();
    let (mut norm, mut orig) = (0, 0);
    for r in n.runs() {
        assert_eq!(r.norm_start, norm, "runs must be contiguous");
        assert!(r.orig_start >= orig && r.orig_start <= r.orig_end && r.orig_end <= orig_len, "run {r:?}");
        if r.exact {
            assert_eq!(r.orig_end - r.orig_start, r.norm_end - r.norm_start);
        }
        (norm, orig) = (r.norm_end, r.orig_end);
    }
    assert_eq!(norm, len16(text), "runs must cover the text");
    let mut last = 0;
    for (i, c) in text.char_indices() {
        let s = n.original_span(i..i + c.len_utf8());
        assert!(s.start >= last && s.start <= s.end && s.end <= orig_len, "span {s:?} at {i}");
        last = s.start;
    }
    let mut end = 0;
    for r in &n.skipped {
        assert!(r.start >= end && r.start <= r.end && r.end <= text.len(), "skipped {:?}", n.skipped);
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        end = r.end;
    }
    for w in &n.warnings {
        assert!(w.span.is_none_or(|s| s.start <= s.end && s.end <= orig_len), "{w:?}");
    }
    assert_eq!(normalize(text).text(), text, "normalize must be idempotent");
}

//! Properties of [`zhibiao::normalize`] on arbitrary and report-like input:
//! it is idempotent, it never panics, and its map is monotonic, within bounds
//! and covers the cleaned text.

use proptest::prelude::*;
use zhibiao::normalize;

/// Report-like text: the fuzz target's pieces (markup, entities, pinyin
/// readings, full-width digits, lost characters, footnote markers, traditional
/// characters, line breaks) in any order.
fn report_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

// The invariants are the fuzz targets' own (one copy, run by both).
#[path = "../../fuzz/fuzz_targets/check.rs"]
mod check;
use check::{check_invariants, len16, PIECES};

fn check_idempotent(input: &str) {
    let once = normalize(input);
    let twice = normalize(once.text());
    assert_eq!(twice.text(), once.text(), "not idempotent on {input:?}");
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(512)
}

proptest! {
    // PROPTEST_CASES=100000 searches harder.
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn idempotent_on_arbitrary_strings(s in any::<String>()) {
        check_idempotent(&s);
    }

    #[test]
    fn idempotent_on_report_like_strings(s in report_like()) {
        check_idempotent(&s);
    }

    #[test]
    fn map_is_monotonic_and_in_bounds(s in report_like()) {
        check_invariants(&s, &normalize(&s));
    }

    #[test]
    fn no_panic_and_sane_map_on_arbitrary_strings(s in any::<String>()) {
        check_invariants(&s, &normalize(&s));
    }

    #[test]
    fn no_panic_on_lossily_decoded_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let s = String::from_utf8_lossy(&bytes);
        check_invariants(&s, &normalize(&s));
    }

    #[test]
    fn spans_of_arbitrary_byte_ranges_are_in_bounds(s in report_like(), a in 0usize..2000, b in 0usize..2000) {
        let n = normalize(&s);
        let len = n.text().len();
        let (a, b) = (a.min(len), b.min(len));
        let span = n.original_span(a.min(b)..a.max(b));
        prop_assert!(span.start <= span.end && span.end <= len16(&s));
    }
}

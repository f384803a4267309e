//! Robustness of `quantities` and `parse` on any input: no panic, every span
//! inside the input (UTF-16 code units, start ≤ end), every index into the
//! report in range. The same checks as the fuzz targets
//! (`fuzz/fuzz_targets/report_check.rs`), as property tests that run on the
//! stable toolchain in every `cargo test`; no timing is asserted anywhere.
//!
//! `PROPTEST_CASES=N` sets the number of cases (default 64). The `#[ignore]`d
//! tests read the large pathological inputs of issue 10 (a long line with no
//! punctuation, a run of `1`, nested brackets, only punctuation, random
//! bytes, one sentence of promises); `tools/fuzz.sh` runs them in release mode:
//! `cargo test --release --test robustness -- --ignored`.

use proptest::prelude::*;

// The checks and the report-like pieces are the fuzz targets' own, so that both run the same checks.
#[path = "../benches/common/mod.rs"]
mod common;
#[path = "../../fuzz/fuzz_targets/report_check.rs"]
mod report_check;
use report_check::{check_parse, check_quantities, PIECES};

fn check(input: &str) {
    check_quantities(input);
    check_parse(input);
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64)
}

/// Report-like text: pieces of what reports are made of, in any order.
fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(0..PIECES.len(), 0..200).prop_map(|ix| ix.into_iter().map(|i| PIECES[i]).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_text(s in "\\PC{0,300}") {
        check(&s);
    }

    #[test]
    fn any_bytes_as_lossy_utf8(b in prop::collection::vec(any::<u8>(), 0..600)) {
        check(&String::from_utf8_lossy(&b));
    }

    #[test]
    fn report_like_text(s in pieces()) {
        check(&s);
    }

    #[test]
    fn a_seed_cut_anywhere(seed in 0usize..5, a in 0usize..60_000, len in 0usize..3_000) {
        let seeds = common::seeds();
        let text = seeds[seed % seeds.len()].1.clone();
        let chars: Vec<char> = text.chars().collect();
        let a = a % (chars.len() + 1);
        let piece: String = chars[a..(a + len).min(chars.len())].iter().collect();
        check(&piece);
    }
}

#[test]
fn edge_cases() {
    for s in ["", " ", "\n", "1", "%", "亿", "一", "（", "）", "\u{FFFD}", "𠀀", "增长5%", "5%增长", "1.", "一、", "①"]
    {
        check(s);
    }
}

// ---- the pathological inputs of issue 10, at full size (release mode: tools/fuzz.sh) -------------------
// The inputs are the benchmarks' own (crate/benches/common), so that both measure and check the same text.

#[test]
#[ignore = "large inputs: run in release by tools/fuzz.sh"]
fn pathological_one_long_line() {
    check(&common::long_line(1_000_000));
}

#[test]
#[ignore = "large inputs: run in release by tools/fuzz.sh"]
fn pathological_a_million_ones() {
    check(&common::ones(1_000_000));
}

#[test]
#[ignore = "large inputs: run in release by tools/fuzz.sh"]
fn pathological_nested_brackets() {
    check(&common::nested(100_000));
}

#[test]
#[ignore = "large inputs: run in release by tools/fuzz.sh"]
fn pathological_only_punctuation() {
    check(&common::punctuation(1_000_000));
}

#[test]
#[ignore = "large inputs: run in release by tools/fuzz.sh"]
fn pathological_random_bytes() {
    check(&common::junk(1_000_000));
}

#[test]
#[ignore = "large inputs: run in release by tools/fuzz.sh"]
fn pathological_one_sentence_of_promises() {
    // Quadratic in the categories of commitments before they were read once a sentence and a keyword's
    // place was checked only against the places that can hold it.
    let text = common::promises(1_000_000);
    let report = zhibiao::parse(&text, &zhibiao::Options::default());
    assert!(report.commitments.len() > 10_000, "{} commitments", report.commitments.len());
    check(&text);
}

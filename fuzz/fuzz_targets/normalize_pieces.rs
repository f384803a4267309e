//! Report-like text: each input byte picks a piece of what reports and
//! scraped pages are made of, so that the fuzzer reaches the passes' rules
//! (readings, markers, wraps, entities, JSON, furniture) quickly.
#![no_main]

mod check;
use check::PIECES;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text: String = data.iter().map(|&b| PIECES[b as usize % PIECES.len()]).collect();
    check::check(&text);
});

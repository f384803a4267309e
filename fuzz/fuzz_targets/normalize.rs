//! Arbitrary bytes, decoded as a browser would (invalid UTF-8 becomes U+FFFD).
#![no_main]

mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    check::check(&String::from_utf8_lossy(data));
});

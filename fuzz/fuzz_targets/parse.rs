//! `zhibiao::parse` on anything: no panic, every span inside the input, every
//! index into the report in range.
#![no_main]

mod report_check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    report_check::check_parse(&report_check::text_of(data));
});

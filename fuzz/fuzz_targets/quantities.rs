//! `zhibiao::quantities` on anything: no panic, spans inside the input.
#![no_main]

mod report_check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    report_check::check_quantities(&report_check::text_of(data));
});

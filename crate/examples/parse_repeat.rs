//! Parses a file N times in one process: for `tools/instructions.py`, which counts the instructions
//! of one parse under valgrind as (N = 3) − (N = 1), halved, so that start-up and the first call's
//! set-up fall out.
//!
//! ```sh
//! cargo run --release --example parse_repeat -- seeds/001_84cfcbd65680aff8.txt 3
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(path), Some(Ok(times))) = (args.first(), args.get(1).map(|n| n.parse::<usize>())) else {
        eprintln!("usage: parse_repeat FILE TIMES");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("parse_repeat: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut found = 0;
    for _ in 0..times {
        found += std::hint::black_box(zhibiao::parse(&text, &Default::default())).indicators.len();
    }
    println!("{found} indicators in {times} parses");
    ExitCode::SUCCESS
}

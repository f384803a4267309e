//! Benchmark inputs, the same as `crate/benches/inputs.py` makes for the
//! command-line and peer scripts: the seeds, the seeds concatenated to a size
//! (`concat`; zhibiao skips the repeated paragraphs of every copy after the
//! first), the seeds concatenated with each pass changed so that nothing
//! repeats (`varied`), and the pathological inputs of issue 10.
#![allow(dead_code)] // each bench uses a part

use std::path::PathBuf;

/// The CLI's allocator, so that the benches time what `zhibiao` runs; with
/// `--no-default-features` they time the library on the system's malloc.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// (file name, text) of every seed, sorted by name.
pub fn seeds() -> Vec<(String, String)> {
    texts_in("seeds")
}

/// (file name, text) of the real reports of `tests/reports/` (national 2024,
/// Hebei 2024, Baoding 2025), sorted by name.
pub fn reports() -> Vec<(String, String)> {
    texts_in("tests/reports")
}

/// (file name, text) of every `.txt` file in `dir` (relative to the repository), sorted by name.
fn texts_in(dir: &str) -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("{dir}/: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).expect("text")))
        .collect()
}

/// `text` cut to at most `size` bytes, on a character boundary.
pub fn cut(mut text: String, size: usize) -> String {
    if text.len() > size {
        let mut end = size;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}

/// The seeds, each followed by a blank line, over and over until `size` bytes.
pub fn concat(size: usize) -> String {
    let one: String = seeds().iter().map(|(_, t)| format!("{t}\n\n")).collect();
    cut(one.repeat(size / one.len() + 1), size)
}

/// Pass `k` of a seed, changed so that its lines do not repeat earlier passes:
/// each line's sentences rotated by `k`, every run of ASCII digits increased by `k`.
pub fn vary(text: &str, k: u64) -> String {
    if k == 0 {
        return text.to_string();
    }
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            let parts: Vec<&str> = line.split_inclusive('。').collect();
            let rotated = if parts.is_empty() {
                String::new()
            } else {
                let r = (k % parts.len() as u64) as usize;
                parts[r..].concat() + &parts[..r].concat()
            };
            shift_digits(&rotated, k)
        })
        .collect();
    lines.join("\n")
}

fn shift_digits(s: &str, k: u64) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut rest = s;
    while let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..i]);
        let run = &rest[i..];
        let n = run.find(|c: char| !c.is_ascii_digit()).unwrap_or(run.len());
        let digits = &run[..n];
        match digits.parse::<u64>() {
            Ok(v) if n <= 18 => out.push_str(&(v + k).to_string()),
            _ => out.push_str(digits),
        }
        rest = &run[n..];
    }
    out.push_str(rest);
    out
}

/// Like [`concat`], but pass `k` of the seeds is [`vary`]`(seed, k)`.
pub fn varied(size: usize) -> String {
    let seeds = seeds();
    let mut out = String::with_capacity(size + 64 * 1024);
    let mut k = 0;
    while out.len() < size {
        for (_, t) in &seeds {
            out.push_str(&vary(t, k));
            out.push_str("\n\n");
        }
        k += 1;
    }
    cut(out, size)
}

/// One line of report text without any punctuation, space or newline.
pub fn long_line(size: usize) -> String {
    let text: String = seeds().iter().flat_map(|(_, t)| t.chars()).filter(|c| c.is_alphanumeric()).collect();
    cut(text.repeat(size / text.len() + 1), size)
}

pub fn ones(n: usize) -> String {
    "1".repeat(n)
}

/// `n` nested brackets, ASCII and full-width in turn, around one figure.
pub fn nested(n: usize) -> String {
    let opens = ['(', '（', '[', '【'];
    let closes = [')', '）', ']', '】'];
    let mut s: String = (0..n).map(|i| opens[i % 4]).collect();
    s.push_str("增长5%");
    s.extend((0..n).rev().map(|i| closes[i % 4]));
    s
}

/// A plan part of about `size` bytes that is one sentence: a first clause of category keywords
/// (确保产业链产业链…) and then clauses that promise without naming a subject (，持续做好…).
pub fn promises(size: usize) -> String {
    let head = "二、主要工作安排\n确保";
    let keywords = "产业链".repeat((size / 2) / "产业链".len() + 1);
    let clauses = "，持续做好".repeat((size / 2) / "，持续做好".len() + 1);
    cut(format!("{head}{keywords}{clauses}"), size)
}

pub const PUNCT: &str = "，。、；：？！“”‘’（）《》【】…—·,.;:?!()[]{}<>\"'-%/";

pub fn punctuation(size: usize) -> String {
    cut(PUNCT.repeat(size / PUNCT.len() + 1), size)
}

/// `size` pseudo-random bytes (a fixed LCG) read as lossy UTF-8.
pub fn junk(size: usize) -> String {
    let mut x: u64 = 0x5EED;
    let bytes: Vec<u8> = (0..size)
        .map(|_| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (x >> 56) as u8
        })
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

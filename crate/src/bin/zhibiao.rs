//! `zhibiao`: the command line. Runs the same core as the site, for batch use
//! and for tests.
//!
//! ```text
//! zhibiao parse FILE|- [--pretty] [--text]
//! zhibiao normalize FILE|- [--json]
//! zhibiao quantities FILE|- [--pretty]
//! zhibiao eval [DIR]        (DIR defaults to seeds/expected)
//! ```

use std::io::Read;

// A parse allocates thousands of small strings and vectors; mimalloc serves them faster than
// the system's malloc (BENCHMARKS.md, "Allocator"). The library itself sets no allocator.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::process::ExitCode;

const USAGE: &str = "usage: zhibiao <parse|normalize|quantities> FILE|- [--pretty] [--json] [--text]
  parse FILE        print the Report as JSON (--text adds normalizedText)
  normalize FILE    print the cleaned text (--json: text, warnings and offset map)
  quantities FILE   print every quantity as JSON
  eval [DIR]        score against hand-checked expected files (default seeds/expected)
  FILE is a path, or - for standard input; input must be UTF-8.";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("zhibiao: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let flags: Vec<&str> = args.iter().filter(|a| a.starts_with("--")).map(String::as_str).collect();
    let words: Vec<&str> = args.iter().filter(|a| !a.starts_with("--")).map(String::as_str).collect();
    if flags.contains(&"--help") {
        return Ok(USAGE.into());
    }
    if flags.contains(&"--version") {
        return Ok(format!("zhibiao {}", env!("CARGO_PKG_VERSION")));
    }
    if let Some(bad) = flags.iter().find(|f| !["--pretty", "--json", "--text"].contains(f)) {
        return Err(format!("unknown option {bad}\n{USAGE}"));
    }
    if words.first() == Some(&"eval") {
        return eval(words.get(1).copied().unwrap_or("seeds/expected"));
    }
    let [command, file] = words[..] else {
        return Err(USAGE.into());
    };
    let pretty = flags.contains(&"--pretty");
    let text = read(file)?;
    let json = |v: &dyn erased::Json| v.to_json(pretty);
    match command {
        "parse" => {
            let options = zhibiao::Options { include_normalized_text: flags.contains(&"--text"), ..Default::default() };
            json(&zhibiao::parse(&text, &options))
        }
        "quantities" => json(&zhibiao::quantities(&text)),
        "normalize" if flags.contains(&"--json") => {
            let n = zhibiao::normalize(&text);
            let out = serde_json::json!({ "text": n.text(), "warnings": n.warnings, "map": n.runs() });
            json(&out)
        }
        "normalize" => Ok(zhibiao::normalize(&text).text().to_string()),
        other => Err(format!("unknown command {other}\n{USAGE}")),
    }
}

/// Scores every expected file in `dir` against the seed it names (in `dir/..`).
fn eval(dir: &str) -> Result<String, String> {
    let dir = std::path::Path::new(dir);
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_str().is_some_and(|n| n.ends_with(".json") && !n.ends_with(".structure.json")))
        .collect();
    files.sort();
    let mut out = Vec::new();
    let mut total = zhibiao::eval::Score::default();
    for path in files {
        let json = read(&path.to_string_lossy())?;
        let expected: zhibiao::eval::Expected =
            serde_json::from_str(&json).map_err(|e| format!("{}: {e}", path.display()))?;
        let seed = dir.parent().unwrap_or(dir).join(&expected.seed);
        let text = read(&seed.to_string_lossy())?;
        let report = zhibiao::parse(&text, &zhibiao::Options::default());
        let score = zhibiao::eval::score(&text, &report, &expected);
        out.push(zhibiao::eval::line(&expected.seed, &score));
        total.add(&score);
    }
    out.push(zhibiao::eval::line("all", &total));
    Ok(out.join("\n"))
}

fn read(file: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let res = if file == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(file).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    res.map_err(|e| format!("cannot read {file}: {e}"))?;
    String::from_utf8(bytes)
        .map_err(|e| format!("{file} is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))
}

mod erased {
    /// Serialises any result the same way.
    pub trait Json {
        fn to_json(&self, pretty: bool) -> Result<String, String>;
    }
    impl<T: serde::Serialize> Json for T {
        fn to_json(&self, pretty: bool) -> Result<String, String> {
            let r = if pretty { serde_json::to_string_pretty(self) } else { serde_json::to_string(self) };
            r.map_err(|e| format!("cannot write JSON: {e}"))
        }
    }
}

//! Pathological inputs at two sizes, ten times apart: linear cost shows as the
//! same throughput at both sizes, quadratic cost as a tenfold drop.
//!
//! ```text
//! cargo bench -p zhibiao --bench pathological
//! ```
//!
//! The full-size runs (1 MB line, a million `1`, 100,000 nested brackets…)
//! are timed once each through the CLI by `crate/benches/cli_scale.py`.

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput};
use std::hint::black_box;
use std::time::Duration;
use zhibiao::{parse, Options};

/// Makes an input of about this many bytes.
type Make = fn(usize) -> String;

fn pathological(c: &mut Criterion) {
    let options = Options::default();
    let kinds: [(&str, Make); 6] = [
        ("long_line", common::long_line),
        ("ones", common::ones),
        // n brackets on each side: about 4n bytes
        ("nested", |size| common::nested(size / 4)),
        ("punctuation", common::punctuation),
        ("junk", common::junk),
        ("promises", common::promises),
    ];
    for (kind, make) in kinds {
        let mut g = c.benchmark_group(format!("pathological/{kind}"));
        g.sampling_mode(SamplingMode::Flat).sample_size(10).measurement_time(Duration::from_secs(5));
        for (label, size) in [("10KB", 10_000), ("100KB", 100_000)] {
            let text = make(size);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, t| {
                b.iter(|| parse(black_box(t), &options))
            });
        }
        g.finish();
    }
}

criterion_group!(benches, pathological);
criterion_main!(benches);

//! Full `parse` (normalize → structure → quantities → indicators →
//! commitments) throughput, in bytes of UTF-8 input per second.
//!
//! ```text
//! cargo bench -p zhibiao --bench parse                 # everything (~6 min)
//! cargo bench -p zhibiao --bench parse -- 'parse/seed'  # a group
//! ```
//!
//! Groups: `parse/seed` (each seed), `parse/report` (the real reports of
//! `tests/reports/`, 31–52 kB), `parse/concat` (the seeds concatenated to
//! 1 MB and 10 MB: every copy after the first is skipped as repeated text),
//! `parse/varied` (concatenated with each pass changed so nothing repeats:
//! the cost of reading 1 MB and 10 MB of distinct report text), and
//! `stages/004` (normalize, quantities and parse of the largest seed, to see
//! where the time goes). Results: target/criterion/, numbers in BENCHMARKS.md.

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput};
use std::hint::black_box;
use std::time::Duration;
use zhibiao::{normalize, parse, quantities, Options};

fn seeds(c: &mut Criterion) {
    let options = Options::default();
    let mut g = c.benchmark_group("parse/seed");
    for (name, text) in common::seeds() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(&name[..3]), &text, |b, t| {
            b.iter(|| parse(black_box(t), &options))
        });
    }
    g.finish();
}

fn reports(c: &mut Criterion) {
    let options = Options::default();
    let mut g = c.benchmark_group("parse/report");
    for (name, text) in common::reports() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        let label = name.trim_end_matches(".txt").to_string();
        g.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, t| b.iter(|| parse(black_box(t), &options)));
    }
    g.finish();
}

fn large(c: &mut Criterion) {
    let options = Options::default();
    for (group, make) in [("parse/concat", common::concat as fn(usize) -> String), ("parse/varied", common::varied)] {
        let mut g = c.benchmark_group(group);
        g.sampling_mode(SamplingMode::Flat).sample_size(10).measurement_time(Duration::from_secs(20));
        for (label, size) in [("1MB", 1_000_000), ("10MB", 10_000_000)] {
            let text = make(size);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, t| {
                b.iter(|| parse(black_box(t), &options))
            });
        }
        g.finish();
    }
}

fn stages(c: &mut Criterion) {
    let seeds = common::seeds();
    let text = &seeds.iter().find(|(n, _)| n.starts_with("004")).expect("seed 004").1;
    let options = Options::default();
    let mut g = c.benchmark_group("stages/004");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("normalize", |b| b.iter(|| normalize(black_box(text))));
    g.bench_function("quantities", |b| b.iter(|| quantities(black_box(text))));
    g.bench_function("parse", |b| b.iter(|| parse(black_box(text), &options)));
    g.finish();
}

criterion_group!(benches, seeds, reports, stages, large);
criterion_main!(benches);

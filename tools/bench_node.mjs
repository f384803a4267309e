#!/usr/bin/env node
// The wasm build (dist/pkg, made by ./build.sh build) timed under Node and, with --browser, in headless
// Chromium. A benchmark, not a test: ./build.sh test never runs it. Figures go into BENCHMARKS.md.
//
//   node tools/bench_node.mjs              Node: first call (fresh processes), steady MB/s, wasm memory
//   node tools/bench_node.mjs --browser    the same in headless Chromium (Debian's, via playwright-core),
//                                          plus the real site: page load → seed 004's summary on screen,
//                                          first visits and returning ones (service worker installed)
//   --runs N      fresh processes / pages for the first-call figures (default 7)
//   --json FILE   also write every figure as JSON
//
// MB = 10^6 bytes of UTF-8 input (what criterion's Throughput::Bytes counts), whatever the JS string length.
// Inputs: the seeds, and the seeds concatenated to 1 MB the way crate/benches/common/mod.rs does
// (`concat`: repeated copies, which zhibiao skips as repeated text; `varied`: every pass changed so that
// nothing repeats — the real cost of 1 MB of distinct report text).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LAUNCH, linkVisit, clickVisit, returningVisits, median } from './site_visits.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const pkg = path.join(root, 'dist/pkg');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const RUNS = Number(option('--runs', 7));

// ---- inputs (the same bytes as crate/benches/common/mod.rs and crate/benches/inputs.py) --------------

const seeds = fs.readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
  .map((file) => ({ file, text: fs.readFileSync(path.join(root, 'seeds', file), 'utf8') }));
const bytes = (s) => Buffer.byteLength(s, 'utf8');
// The real reports of tests/reports/ (national 2024, Hebei 2024, Baoding 2025).
const reports = fs.readdirSync(path.join(root, 'tests/reports')).filter((f) => f.endsWith('.txt')).sort()
  .map((file) => ({ file, text: fs.readFileSync(path.join(root, 'tests/reports', file), 'utf8') }));

/** `text` cut to at most `size` UTF-8 bytes, on a character boundary. */
function cut(text, size) {
  const buf = Buffer.from(text, 'utf8');
  if (buf.length <= size) return text;
  let end = size;
  while (end > 0 && (buf[end] & 0xc0) === 0x80) end--;
  return buf.subarray(0, end).toString('utf8');
}

function concat(size) {
  const one = seeds.map((s) => `${s.text}\n\n`).join('');
  return cut(one.repeat(Math.floor(size / bytes(one)) + 1), size);
}

function vary(text, k) {
  if (k === 0) return text;
  return text.split('\n').map((line) => {
    const parts = line.match(/[^。]*。|[^。]+$/g) ?? [];
    const r = parts.length ? k % parts.length : 0;
    const rotated = parts.slice(r).join('') + parts.slice(0, r).join('');
    return rotated.replace(/[0-9]+/g, (d) => (d.length <= 18 ? (BigInt(d) + BigInt(k)).toString() : d));
  }).join('\n');
}

function varied(size) {
  let out = '';
  let n = 0;
  for (let k = 0; n < size; k++) {
    for (const s of seeds) {
      const piece = `${vary(s.text, k)}\n\n`;
      out += piece;
      n += bytes(piece);
    }
  }
  return cut(out, size);
}

const seed004 = seeds.find((s) => s.file.startsWith('004'));
/** Its number in the site's sample list (the link #sample=N). */
const seed004Sample = seeds.indexOf(seed004) + 1;

// ---- statistics ----------------------------------------------------------------------------------------

const r1 = (x) => Math.round(x * 10) / 10;
const r2 = (x) => Math.round(x * 100) / 100;
/** Median and best of timings, to 0.1 ms. */
const stat = (xs) => ({ median: r1(median(xs)), min: r1(Math.min(...xs)) });

/**
 * Parses `texts` in turn for TIER_UP_MS before anything is timed: V8 compiles the hot functions with its
 * optimising compiler on background threads for ~0.5 s of CPU after the first calls, and on two vCPUs a
 * text timed in that while (the first one, seed 000) read 30–50 % slow.
 */
const TIER_UP_MS = 2000;
function tierUp(now, fn, texts) {
  const t0 = now();
  for (let i = 0; now() - t0 < TIER_UP_MS; i++) fn(texts[i % texts.length]);
}

/**
 * Steady-state throughput of `fn(text)`: after `warm` calls, repeats until both `minIters` calls and
 * `minMs` have passed; returns MB/s over the whole timed loop and the median per-call time.
 */
function throughput(now, fn, text, { warm = 3, minIters = 10, minMs = 1500 } = {}) {
  for (let i = 0; i < warm; i++) fn(text);
  const times = [];
  const t0 = now();
  while (times.length < minIters || now() - t0 < minMs) {
    const a = now();
    fn(text);
    times.push(now() - a);
  }
  const total = now() - t0;
  const b = bytes(text);
  return { bytes: b, iters: times.length, ms: r2(median(times)), mbps: r1((b * times.length) / 1e6 / (total / 1e3)) };
}

// ---- Node ----------------------------------------------------------------------------------------------

/** Child mode: one fresh process, from import to the first parse of seed 004. */
async function firstCallChild() {
  const t0 = performance.now();
  const wasmBytes = fs.readFileSync(path.join(pkg, 'zhibiao_bg.wasm'));
  const t1 = performance.now();
  const mod = await import(pathToFileURL(path.join(pkg, 'zhibiao.js')).href);
  await mod.default({ module_or_path: wasmBytes });
  const t2 = performance.now();
  const r = mod.parse(seed004.text);
  const t3 = performance.now();
  const r2nd = performance.now();
  mod.parse(seed004.text);
  const t4 = performance.now();
  console.log(JSON.stringify({ readMs: t1 - t0, instantiateMs: t2 - t1, firstParseMs: t3 - t2, totalMs: t3 - t0, secondParseMs: t4 - r2nd, indicators: r.indicators.length }));
}

async function node() {
  const out = { node: process.version };
  // First call, in fresh processes.
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const p = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--first-call-child'], { encoding: 'utf8' });
    if (p.status !== 0) throw new Error(`first-call child failed: ${p.stderr}`);
    runs.push(JSON.parse(p.stdout.trim().split('\n').pop()));
  }
  const pick = (k) => stat(runs.map((r) => r[k]));
  out.firstCall = { runs: RUNS, seed: seed004.file, seedBytes: bytes(seed004.text), seedChars: seed004.text.length,
    read: pick('readMs'), instantiate: pick('instantiateMs'), firstParse: pick('firstParseMs'), total: pick('totalMs'), secondParse: pick('secondParseMs') };

  // Steady state, in this process.
  const wasmBytes = fs.readFileSync(path.join(pkg, 'zhibiao_bg.wasm'));
  const mod = await import(pathToFileURL(path.join(pkg, 'zhibiao.js')).href);
  const wasm = await mod.default({ module_or_path: wasmBytes });
  const now = () => performance.now();
  tierUp(now, mod.parse, [...seeds, ...reports].map((x) => x.text));
  out.steady = {};
  for (const s of seeds) out.steady[s.file.slice(0, 3)] = throughput(now, mod.parse, s.text);
  for (const r of reports) out.steady[r.file.replace('.txt', '')] = throughput(now, mod.parse, r.text);
  const all = seeds.map((s) => s.text);
  {
    // All five seeds in turn, as one figure.
    const total = all.reduce((n, t) => n + bytes(t), 0);
    let iters = 0;
    const t0 = now();
    while (iters < 20 || now() - t0 < 3000) { for (const t of all) mod.parse(t); iters++; }
    out.steady.allSeeds = { bytes: total, iters, mbps: r1((total * iters) / 1e6 / ((now() - t0) / 1e3)) };
  }
  out.steady.concat1MB = throughput(now, mod.parse, concat(1_000_000), { warm: 1, minIters: 5, minMs: 3000 });
  out.steady.varied1MB = throughput(now, mod.parse, varied(1_000_000), { warm: 1, minIters: 5, minMs: 3000 });
  out.steady.quantities004 = throughput(now, mod.quantities, seed004.text);
  out.steady.normalize004 = throughput(now, mod.normalize, seed004.text);

  // Memory over 1,000 parses of seed 004 (after the timing loops above, so the heap has seen 1 MB inputs).
  out.memory = memoryRun((t) => mod.parse(t), () => wasm.memory.buffer.byteLength, seed004.text);
  // And in a fresh instance that has only ever seen seed 004.
  out.memoryFresh = freshMemory();
  return out;
}

/** wasm memory (bytes) after 1 parse and after 10, 100, 250, 500, 1000 parses of `text`. */
function memoryRun(parse, memBytes, text, jsHeap = () => 0) {
  const marks = [1, 10, 100, 250, 500, 1000];
  const at = {};
  let heapBefore = 0;
  for (let i = 1; i <= 1000; i++) {
    parse(text);
    if (marks.includes(i)) {
      at[i] = memBytes();
      if (i === 1) heapBefore = jsHeap();
    }
  }
  return { wasmMemoryBytes: at, flat: at[1000] === at[10], jsHeapUsedAfter1: heapBefore, jsHeapUsedAfter1000: jsHeap() };
}

function freshMemory() {
  const p = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--memory-child'], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`memory child failed: ${p.stderr}`);
  return JSON.parse(p.stdout.trim().split('\n').pop());
}

async function memoryChild() {
  const mod = await import(pathToFileURL(path.join(pkg, 'zhibiao.js')).href);
  const wasm = await mod.default({ module_or_path: fs.readFileSync(path.join(pkg, 'zhibiao_bg.wasm')) });
  const before = wasm.memory.buffer.byteLength;
  // JS heap after a full GC, so that garbage does not count.
  const r = memoryRun((t) => mod.parse(t), () => wasm.memory.buffer.byteLength, seed004.text,
    () => { globalThis.gc(); return process.memoryUsage().heapUsed; });
  console.log(JSON.stringify({ beforeFirstParse: before, ...r }));
}

// ---- Chromium ------------------------------------------------------------------------------------------

const PAGE = `<!doctype html><meta charset="utf-8"><title>zhibiao bench</title>
<script type="module">
// performance.now() counts from navigation start: every mark is "ms since the page was asked for".
const marks = { script: performance.now() };
const seed = fetch('./seeds/${seed004.file}').then((r) => r.text());
const mod = await import('./pkg/zhibiao.js');
marks.imported = performance.now();
const wasm = await mod.default({ module_or_path: new URL('./pkg/zhibiao_bg.wasm', import.meta.url) });
marks.ready = performance.now();
const text = await seed;
marks.seed = performance.now();
const r = mod.parse(text);
marks.firstResult = performance.now();
window.__zb = { mod, wasm, first: { ...marks, indicators: r.indicators.length } };
</script>`;

async function browser() {
  const { chromium } = await import('playwright-core');
  const { serve } = await import('./serve.mjs');
  // A blank page that imports the web build, served from a temp copy of dist/pkg and the seeds.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-bench-'));
  fs.cpSync(pkg, path.join(dir, 'pkg'), { recursive: true });
  fs.cpSync(path.join(root, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), PAGE);
  const blank = await serve(dir);
  const site = await serve(path.join(root, 'dist'));
  const b = await chromium.launch(LAUNCH);
  const out = { chromium: b.version() };
  try {
    // First result on the blank page, each run in a fresh context (empty HTTP and code caches).
    const firsts = [];
    for (let i = 0; i < RUNS; i++) {
      const ctx = await b.newContext();
      const page = await ctx.newPage();
      await page.goto(`http://127.0.0.1:${blank.address().port}/`);
      await page.waitForFunction(() => window.__zb, null, { timeout: 60_000 });
      firsts.push(await page.evaluate(() => window.__zb.first));
      await ctx.close();
    }
    const pick = (f) => stat(firsts.map(f));
    out.firstCall = { runs: RUNS, seed: seed004.file, indicators: firsts[0].indicators,
      pageLoadToFirstResult: pick((m) => m.firstResult), importJs: pick((m) => m.imported - m.script),
      instantiate: pick((m) => m.ready - m.imported), firstParse: pick((m) => m.firstResult - Math.max(m.ready, m.seed)) };

    // Steady state and memory in one page.
    const ctx = await b.newContext();
    const page = await ctx.newPage();
    await page.goto(`http://127.0.0.1:${blank.address().port}/`);
    await page.waitForFunction(() => window.__zb, null, { timeout: 60_000 });
    const inputs = { ...Object.fromEntries(seeds.map((s) => [s.file.slice(0, 3), s.text])),
      ...Object.fromEntries(reports.map((r) => [r.file.replace('.txt', ''), r.text])),
      concat1MB: concat(1_000_000), varied1MB: varied(1_000_000) };
    // As tierUp does in Node.
    await page.evaluate(([texts, ms]) => {
      const { parse } = window.__zb.mod;
      const t0 = performance.now();
      for (let i = 0; performance.now() - t0 < ms; i++) parse(texts[i % texts.length]);
    }, [[...seeds, ...reports].map((x) => x.text), TIER_UP_MS]);
    out.steady = {};
    for (const [name, text] of Object.entries(inputs)) {
      const big = text.length > 200_000;
      const res = await page.evaluate(([t, o]) => {
        const { parse } = window.__zb.mod;
        for (let i = 0; i < o.warm; i++) parse(t);
        const times = [];
        const t0 = performance.now();
        while (times.length < o.minIters || performance.now() - t0 < o.minMs) {
          const a = performance.now(); parse(t); times.push(performance.now() - a);
        }
        return { iters: times.length, total: performance.now() - t0, times };
      }, [text, big ? { warm: 1, minIters: 5, minMs: 3000 } : { warm: 3, minIters: 10, minMs: 1500 }]);
      const n = bytes(text);
      out.steady[name] = { bytes: n, iters: res.iters, ms: r2(median(res.times)), mbps: r1((n * res.iters) / 1e6 / (res.total / 1e3)) };
    }
    out.memory = await page.evaluate((t) => {
      const { mod, wasm } = window.__zb;
      const at = {};
      for (let i = 1; i <= 1000; i++) { mod.parse(t); if ([1, 10, 100, 250, 500, 1000].includes(i)) at[i] = wasm.memory.buffer.byteLength; }
      return { wasmMemoryBytes: at, flat: at[1000] === at[10] };
    }, seed004.text);
    await ctx.close();

    // The real site (dist/, unchanged): navigation → click the seed-004 sample → summary on screen.
    out.site = await siteRuns(b, `http://127.0.0.1:${site.address().port}`);
    out.site.returning = await returningRuns(chromium, `http://127.0.0.1:${site.address().port}`);
  } finally {
    await b.close();
    blank.close();
    site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

async function siteRuns(b, url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await clickVisit(b, url, '004'));
  // A link to the sample (#sample=N): navigation → the first indicator row on screen, no click, and the
  // page's own marks (zb:run, zb:parsed, zb:shown: see www/app.js) and its worker's (www/worker.js).
  const linked = [];
  for (let i = 0; i < RUNS; i++) linked.push(await linkVisit(b, url, seed004Sample));
  const pick = (f, rs = runs) => stat(rs.map(f));
  return { runs: RUNS, seed: seed004.file,
    link: { navigationToFirstRow: pick((r) => r.shownAt, linked), navigationToRun: pick((r) => r.marks['zb:run'], linked),
      runToParsed: pick((r) => r.marks['zb:parsed'] - r.marks['zb:run'], linked),
      // In the worker: its wasm ready; the job's start and its length.
      navigationToWasmReady: pick((r) => r.marks['zb:wasm-ready'], linked),
      navigationToJob: pick((r) => r.marks['zb:job'], linked),
      job: pick((r) => r.marks['zb:job-done'] - r.marks['zb:job'], linked),
      parsedToShown: pick((r) => r.marks['zb:shown'] - r.marks['zb:parsed'], linked),
      shownToFirstRowOnScreen: pick((r) => r.shownAt - r.marks['zb:shown'], linked) },
    navigationToSummary: pick((r) => r.shownAt),
    navigationToSampleButton: pick((r) => r.clickAt), clickToSummary: pick((r) => r.shownAt - r.clickAt),
    // What the first visit fetched (service workers blocked, so no precache), to check tools/size_report.mjs.
    requested: [...new Set(runs[0].requests)].sort() };
}

/** The link in RUNS browser profiles of their own: the first visit, then two with the service worker installed. */
async function returningRuns(chromium, url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await returningVisits(chromium, url, seed004Sample));
  return { profiles: RUNS, navigationToFirstRow: { first: stat(runs.map((r) => r.first)), returning: stat(runs.flatMap((r) => r.returning)) } };
}

// ---- main ----------------------------------------------------------------------------------------------

if (flag('--first-call-child')) {
  await firstCallChild();
} else if (flag('--memory-child')) {
  await memoryChild();
} else {
  if (!fs.existsSync(path.join(pkg, 'zhibiao_bg.wasm'))) {
    console.error('bench_node: no dist/pkg — run ./build.sh build first');
    process.exit(2);
  }
  const wasmSize = fs.statSync(path.join(pkg, 'zhibiao_bg.wasm')).size;
  const result = { date: new Date().toISOString(), host: `${os.cpus()[0]?.model} × ${os.cpus().length}`,
    loadavg: os.loadavg().map(r2), wasmBytes: wasmSize };
  result[flag('--browser') ? 'chromium' : 'node'] = flag('--browser') ? await browser() : await node();
  result.loadavgAfter = os.loadavg().map(r2);
  const json = option('--json');
  if (json) fs.writeFileSync(json, JSON.stringify(result, null, 1));
  console.log(JSON.stringify(result, null, 1));
}

#!/usr/bin/env node
// What the site downloads (dist/, made by ./build.sh build): each file raw, gzip -9 and brotli (quality 11),
// printed as a table and written to SIZE.md (the committed size report: run it again when the build changes).
//
//   node tools/size_report.mjs                  table of dist/ → stdout and SIZE.md
//   node tools/size_report.mjs --no-write       table only
//   node tools/size_report.mjs --opt-levels s,z also build the wasm at each release opt-level (Cargo's
//       CARGO_PROFILE_RELEASE_OPT_LEVEL, into a temp target dir: Cargo.toml and target/ stay untouched), run it
//       through wasm-bindgen and wasm-opt with build.sh's flags (`./build.sh wasm-opt-flags`), and report size and Node parse speed.
//       Without it, the opt-level section already in SIZE.md is kept.
//   node tools/size_report.mjs --wasm-opt-levels Oz,O1,none  the release wasm through wasm-opt at each level
//       (`none`: not at all), with build.sh's other flags: size, and Node parse speed with the builds taken in
//       turn in one process. Without it, that section of SIZE.md is kept.
//
// Not part of ./build.sh test. The budget (issue 10): everything the site downloads ≤ 1 MB brotli.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = path.join(root, 'dist');
const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const BUDGET = 1_000_000;

const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const brotli = (buf, text) => zlib.brotliCompressSync(buf, {
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
    [zlib.constants.BROTLI_PARAM_MODE]: text ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
  },
}).length;
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);
const kb = (n) => (n / 1000).toFixed(1);

/** Every file under `dir`, relative, sorted. */
function walk(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, base) : [path.relative(base, p)];
  }).sort();
}

/**
 * What a visit downloads: the page, its scripts (app.js and worker.js bundled by ./build.sh), styles, icons and
 * manifest, the wasm, and the sample list. Not: the sample texts (fetched only when one is picked), the rest of
 * pkg/ (the glue is inside worker.js), the npm package.
 */
function siteFiles() {
  return walk(dist).filter((f) => !f.startsWith('npm/') && !f.endsWith('.tgz')
    && !(f.startsWith('pkg/') && f !== 'pkg/zhibiao_bg.wasm') && !(f.startsWith('seeds/') && f.endsWith('.txt')));
}

function measure(file) {
  const buf = fs.readFileSync(path.join(dist, file));
  return { file, raw: buf.length, gzip: gzip(buf), brotli: brotli(buf, TEXT.has(path.extname(file))) };
}

function table(rows) {
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const lines = ['| file | raw (kB) | gzip -9 (kB) | brotli 11 (kB) |', '| --- | ---: | ---: | ---: |'];
  for (const r of rows) lines.push(`| \`${r.file}\` | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  lines.push(`| **total** | **${kb(total.raw)}** | **${kb(total.gzip)}** | **${kb(total.brotli)}** |`);
  return { lines, total };
}

function git(...a) {
  try { return execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim(); } catch { return '?'; }
}

// ---- opt-level comparison ------------------------------------------------------------------------------

/** wasm-opt's level and flags as build.sh passes them (the level first). */
const WASM_OPT_FLAGS = execFileSync(path.join(root, 'build.sh'), ['wasm-opt-flags'], { encoding: 'utf8' }).trim().split(/\s+/);
const wasmOpt = (args) => execFileSync(path.join(root, 'node_modules/.bin/wasm-opt'), args, { stdio: 'inherit' });

/** The seeds, and a web build's `parse` from its out dir (each its own module instance). */
const seedTexts = () => fs.readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => fs.readFileSync(path.join(root, 'seeds', f), 'utf8'));
/** wasm-bindgen's web build of `wasm` into `out`, with the unpack.js its glue imports (as build.sh does). */
function bindgen(wasm, out) {
  execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', out, wasm], { stdio: 'inherit' });
  fs.copyFileSync(path.join(root, 'crate/src/unpack.js'), path.join(out, 'unpack.js'));
}
async function load(out, tag) {
  const mod = await import(`${pathToFileURL(path.join(out, 'zhibiao.js')).href}?${tag}`);
  await mod.default({ module_or_path: fs.readFileSync(path.join(out, 'zhibiao_bg.wasm')) });
  return mod;
}

async function optLevels(levels) {
  const target = path.join(os.tmpdir(), 'zhibiao-size-target');
  const rows = [];
  for (const level of levels) {
    console.error(`== opt-level ${level}: cargo build --release --target wasm32-unknown-unknown (into ${target})`);
    const t0 = Date.now();
    execFileSync('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'zhibiao', '--lib'], {
      cwd: root, stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, CARGO_TARGET_DIR: target, CARGO_PROFILE_RELEASE_OPT_LEVEL: level },
    });
    const buildS = Math.round((Date.now() - t0) / 1000);
    const out = path.join(target, `pkg-${level}`);
    fs.rmSync(out, { recursive: true, force: true });
    const wasm = path.join(target, 'wasm32-unknown-unknown/release/zhibiao.wasm');
    const rustRaw = fs.statSync(wasm).size;
    bindgen(wasm, out);
    const bg = path.join(out, 'zhibiao_bg.wasm');
    const bindgenRaw = fs.statSync(bg).size;
    wasmOpt([...WASM_OPT_FLAGS, bg, '-o', bg]);
    const buf = fs.readFileSync(bg);
    // Speed of this build under Node: all seeds, parse, steady state (after 3 warm-up rounds).
    const mod = await load(out, level);
    const seeds = seedTexts();
    const bytes = seeds.reduce((n, t) => n + Buffer.byteLength(t), 0);
    for (let i = 0; i < 3; i++) for (const t of seeds) mod.parse(t);
    let iters = 0;
    const t1 = performance.now();
    while (iters < 10 || performance.now() - t1 < 3000) { for (const t of seeds) mod.parse(t); iters++; }
    const mbps = (bytes * iters) / 1e6 / ((performance.now() - t1) / 1e3);
    rows.push({ level, rustRaw, bindgenRaw, raw: buf.length, gzip: gzip(buf), brotli: brotli(buf, false), mbps, buildS });
  }
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} at commit \`${git('rev-parse', '--short', 'HEAD')}\`${git('status', '--porcelain', 'crate/src').length ? ' (with uncommitted changes in crate/src)' : ''}: `
      + '`node tools/size_report.mjs --opt-levels ' + levels.join(',') + '` (`CARGO_PROFILE_RELEASE_OPT_LEVEL`, '
      + `rest of the release profile as in Cargo.toml; then wasm-bindgen and \`wasm-opt ${WASM_OPT_FLAGS[0]}\` as in build.sh). `
      + 'Speed: `parse` of all five seeds in turn under Node ' + process.version + ', steady state.',
    '',
    `| opt-level | rustc output (kB) | after wasm-bindgen (kB) | after wasm-opt ${WASM_OPT_FLAGS[0]} (kB) | gzip -9 (kB) | brotli 11 (kB) | Node parse (MB/s) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| \`"${r.level}"\` | ${kb(r.rustRaw)} | ${kb(r.bindgenRaw)} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${r.mbps.toFixed(1)} |`),
  ];
  return lines.join('\n');
}

// ---- wasm-opt level comparison ---------------------------------------------------------------------------

async function wasmOptLevels(levels) {
  console.error('== cargo build --release --target wasm32-unknown-unknown, wasm-bindgen');
  execFileSync('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'zhibiao', '--lib'], {
    cwd: root, stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = path.join(os.tmpdir(), 'zhibiao-wasm-opt-levels');
  fs.rmSync(base, { recursive: true, force: true });
  const unopt = path.join(base, 'bindgen');
  bindgen(path.join(root, 'target/wasm32-unknown-unknown/release/zhibiao.wasm'), unopt);
  const builds = [];
  for (const level of levels) {
    const out = path.join(base, level);
    fs.cpSync(unopt, out, { recursive: true });
    const bg = path.join(out, 'zhibiao_bg.wasm');
    if (level !== 'none') wasmOpt([`-${level}`, ...WASM_OPT_FLAGS.slice(1), bg, '-o', bg]);
    const buf = fs.readFileSync(bg);
    builds.push({ level, raw: buf.length, gzip: gzip(buf), brotli: brotli(buf, false), mod: await load(out, level), mbps: [] });
  }
  // Speed: all seeds parsed in turn for 0.5 s, each build in turn (the order reversed every round), seven
  // rounds; the median round. The builds share the process, so the VM's drift falls on all of them alike.
  const seeds = seedTexts();
  const bytes = seeds.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const b of builds) for (let i = 0; i < 3; i++) for (const t of seeds) b.mod.parse(t);
  for (let round = 0; round < 7; round++) {
    for (const b of round % 2 ? [...builds].reverse() : builds) {
      let iters = 0;
      const t0 = performance.now();
      while (performance.now() - t0 < 500) { for (const t of seeds) b.mod.parse(t); iters++; }
      b.mbps.push((bytes * iters) / 1e6 / ((performance.now() - t0) / 1e3));
    }
  }
  const mid = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} at commit \`${git('rev-parse', '--short', 'HEAD')}\`: `
      + '`node tools/size_report.mjs --wasm-opt-levels ' + levels.join(',') + '` (the release wasm after wasm-bindgen, '
      + `then \`wasm-opt\` at each level with build.sh's other flags; \`none\`: not run). Speed: \`parse\` of all five `
      + `seeds in turn under Node ${process.version}, the builds alternated in one process, median of 7 rounds of 0.5 s. `
      + `build.sh uses \`${WASM_OPT_FLAGS[0]}\`.`,
    '',
    '| wasm-opt | raw (kB) | gzip -9 (kB) | brotli 11 (kB) | Node parse (MB/s) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...builds.map((b) => `| ${b.level === 'none' ? 'none' : `\`-${b.level}\``} | ${kb(b.raw)} | ${kb(b.gzip)} | ${kb(b.brotli)} | ${mid(b.mbps).toFixed(1)} |`),
  ].join('\n');
}

/** A section of SIZE.md between its markers, to keep when it is not measured again. */
function keptSection(name) {
  if (!fs.existsSync(path.join(root, 'SIZE.md'))) return undefined;
  const m = fs.readFileSync(path.join(root, 'SIZE.md'), 'utf8').match(new RegExp(`<!-- ${name} -->\\n([\\s\\S]*?)\\n<!-- /${name} -->`));
  return m?.[1];
}

// ---- main ----------------------------------------------------------------------------------------------

if (!fs.existsSync(path.join(dist, 'pkg/zhibiao_bg.wasm'))) {
  console.error('size_report: no dist/pkg — run ./build.sh build first');
  process.exit(2);
}
const rows = siteFiles().map(measure);
const { lines, total } = table(rows);
// sw.js precaches the sample texts after the first load: counted apart.
const samples = walk(dist).filter((f) => f.startsWith('seeds/') && f.endsWith('.txt')).map(measure);
const sampleTotal = table(samples).total;
const withSamples = { raw: total.raw + sampleTotal.raw, gzip: total.gzip + sampleTotal.gzip, brotli: total.brotli + sampleTotal.brotli };
const samplesLine = `Plus the ${samples.length} sample texts (\`seeds/*.txt\`), which \`sw.js\` precaches after the first load: `
  + `${kb(sampleTotal.raw)} kB raw, ${kb(sampleTotal.gzip)} kB gzip, ${kb(sampleTotal.brotli)} kB brotli — `
  + `${kb(withSamples.brotli)} kB brotli in all.`;
const wasm = rows.find((r) => r.file.endsWith('.wasm'));
const verdict = total.brotli <= BUDGET
  ? `within the 1 MB brotli budget (${kb(total.brotli)} kB of ${kb(BUDGET)} kB)`
  : `OVER the 1 MB brotli budget (${kb(total.brotli)} kB of ${kb(BUDGET)} kB)`;
console.log(lines.join('\n'));
console.log(`\nwasm: ${kb(wasm.raw)} kB raw, ${kb(wasm.brotli)} kB brotli; everything: ${verdict}`);
console.log(samplesLine);

/** A comparison's section: measured again when its option names the levels, else kept from SIZE.md. */
async function section(flag, name, measure) {
  const levels = option(flag);
  if (!levels) return keptSection(name);
  const text = await measure(levels.split(','));
  console.log(`\n${text}`);
  return text;
}
const optSection = await section('--opt-levels', 'opt-levels', optLevels);
const wasmOptSection = await section('--wasm-opt-levels', 'wasm-opt-levels', wasmOptLevels);

if (!args.includes('--no-write')) {
  const md = [
    '# Size report',
    '',
    'What the site downloads on a first visit, from `dist/` as `./build.sh build` makes it. Written by',
    '`node tools/size_report.mjs` (run it again and commit when the build changes; `--opt-levels s,z` also redoes',
    'the opt-level comparison, `--wasm-opt-levels Oz,O1,none` the wasm-opt one). gzip at level 9, brotli at quality 11',
    '(node:zlib), kB = 1,000 bytes.',
    '',
    `Generated ${new Date().toISOString().slice(0, 10)} from commit \`${git('rev-parse', '--short', 'HEAD')}\``
      + `${git('status', '--porcelain').length ? ' with uncommitted changes in the work tree' : ''}.`,
    '',
    ...lines,
    '',
    `Budget (issue 10): everything the site downloads ≤ 1 MB brotli — ${verdict}. The wasm alone is`
      + ` ${kb(wasm.brotli)} kB brotli (${Math.round((100 * wasm.brotli) / total.brotli)} % of the total).`,
    samplesLine,
    'Left out (not fetched by the page): `npm/`, `*.tgz`, and `pkg/` but for the wasm (`worker.js` holds the glue, bundled by `./build.sh`).',
    '',
    '## Release opt-level of the wasm',
    '',
    '<!-- opt-levels -->',
    optSection ?? '(not measured yet: `node tools/size_report.mjs --opt-levels s,z`)',
    '<!-- /opt-levels -->',
    '',
    '## wasm-opt level',
    '',
    '<!-- wasm-opt-levels -->',
    wasmOptSection ?? '(not measured yet: `node tools/size_report.mjs --wasm-opt-levels Oz,O1,none`)',
    '<!-- /wasm-opt-levels -->',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(root, 'SIZE.md'), md);
  console.error('wrote SIZE.md');
}

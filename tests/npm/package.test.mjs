// The npm package as a user gets it: `npm pack` dist/npm (made by `./build.sh package`), install the tarball
// into a scratch project (no registry), then use it from Node ESM and CommonJS, type-check it with tsc --strict
// (including its types against the Rust structs and real output), bundle a page with esbuild and run it in
// headless Chromium, and lint it with publint and `npm publish --dry-run`.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';
import { readRust, syncChecks } from './rust-types.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const pkgDir = path.join(root, 'dist/npm');
if (!fs.existsSync(path.join(pkgDir, 'package.json'))) throw new Error('dist/npm is missing: run ./build.sh package first');
const cargoVersion = /^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m.exec(fs.readFileSync(path.join(root, 'crate/Cargo.toml'), 'utf8'))[1];
const seedFiles = fs.readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(root, 'seeds', f));
const tsc = path.join(root, 'node_modules/.bin/tsc');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-npm-'));
const installed = path.join(scratch, 'node_modules/zhibiao');
test.after(() => fs.rmSync(scratch, { recursive: true, force: true }));

// npm without the network, the update check or the audit; the environment's own npm config stays.
const npmEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' };
function run(cmd, args, { cwd = scratch, ok = true } = {}) {
  const r = spawnSync(cmd, args, { cwd, env: npmEnv, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (ok && r.status !== 0) assert.fail(`${cmd} ${args.join(' ')} exited with ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r;
}
const copy = (name, to = name) => fs.copyFileSync(path.join(fixtures, name), path.join(scratch, to));
const writeJson = (file, value) => fs.writeFileSync(path.join(scratch, file), `${JSON.stringify(value, null, 2)}\n`);

let tarball;
let node; // what the installed package returned in Node, for the type and browser checks

test('npm pack makes a tarball that installs into a fresh project without the registry', () => {
  const [packed] = JSON.parse(run('npm', ['pack', pkgDir, '--pack-destination', scratch, '--json']).stdout);
  tarball = path.join(scratch, packed.filename);
  assert.equal(packed.name, 'zhibiao');
  assert.equal(packed.version, cargoVersion);
  assert.deepEqual(packed.files.map((f) => f.path).sort(), [
    'LICENSE', 'LICENSE-OpenCC', 'README.md', 'index.d.ts', 'index.js', 'node.js', 'package.json', 'types.d.ts',
    'wasm/unpack.js', 'wasm/zhibiao.js', 'wasm/zhibiao_bg.wasm', 'worker-entry.js', 'worker.d.ts', 'worker.js',
  ]);
  writeJson('package.json', { name: 'scratch', version: '1.0.0', private: true, type: 'module' });
  run('npm', ['install', '--offline', '--no-package-lock', tarball]);
  const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.sideEffects, false);
  assert.deepEqual(Object.keys(manifest.exports['.']), ['types', 'browser', 'node', 'import', 'default']);
  assert.match(manifest.license, /\bMIT\b/);
  const readme = fs.readFileSync(path.join(installed, 'README.md'), 'utf8');
  for (const part of ['npm install zhibiao', 'Node', 'esbuild', 'Vite', 'zhibiao/worker', 'interface Report']) assert.ok(readme.includes(part), `README lacks ${part}`);
});

test('Node ESM: import resolves to the Node build, ready at once; every seed parses; bad arguments throw and leave it usable', () => {
  copy('node-esm.mjs');
  node = JSON.parse(run('node', ['node-esm.mjs', ...seedFiles]).stdout);
  assert.ok(node.resolved.endsWith('/node_modules/zhibiao/node.js'), node.resolved);
  assert.equal(node.version, cargoVersion);
  assert.equal(node.seeds.length, seedFiles.length);
  for (const { file, report, plain, quantities } of node.seeds) {
    const text = fs.readFileSync(file, 'utf8');
    assert.equal(report.schemaVersion, 1, file);
    assert.equal(typeof report.normalizedText, 'string', file);
    assert.ok(!('normalizedText' in plain), file);
    for (const q of quantities) assert.ok(q.span.start < q.span.end && q.span.end <= text.length, `${file}: ${JSON.stringify(q.span)}`);
  }
  const expected = {
    'parse(42)': /^zhibiao: the text must be a string$/,
    'parse()': /^zhibiao: the text must be a string$/,
    'parse(text, {bogus})': /^zhibiao: unknown option `bogus` \(known: includeNormalizedText, includeQuantities, year, region\)$/,
    'parse(text, "year")': /^zhibiao: options must be an object$/,
    'parse(text, [])': /^zhibiao: options must be an object$/,
    'parse(text, {year: "2024"})': /^zhibiao: bad options: .*expected i32/,
    'parse(text, {includeNormalizedText: 1})': /^zhibiao: bad options: .*boolean/,
    'normalize(null)': /^zhibiao: the text must be a string$/,
    'quantities({})': /^zhibiao: the text must be a string$/,
  };
  assert.deepEqual(node.errors.map((e) => e.call), Object.keys(expected));
  for (const e of node.errors) {
    assert.ok(e.threw && e.isError, `${e.call} should throw an Error`);
    assert.match(e.message, expected[e.call], e.call);
    assert.equal(e.after, 5, `${e.call}: zhibiao still works after the error`);
  }
  assert.equal(node.options.meta.year, 2024);
  assert.equal(node.options.meta.region, '句容市');
  assert.equal(node.options.normalizedText, '增长5%');
  assert.equal(node.nullOptions, 1);
});

test('Node CommonJS: require() of the package works where Node can require ES modules', { skip: !process.features.require_module && 'this Node cannot require ES modules' }, () => {
  copy('require.cjs');
  assert.deepEqual(JSON.parse(run('node', ['require.cjs']).stdout), { version: cargoVersion, number: 5 });
});

// tsc's errors, told as what they check: the sync checks by their labels, the samples by sample and line.
// The labelled sync errors come first; the rest is cut after 30 lines.
function typeErrors(output, labels) {
  const sampleLines = fs.readFileSync(path.join(scratch, 'samples.ts'), 'utf8').split('\n');
  const sampleOf = (line) => {
    for (let i = line - 1; i >= 0; i--) if (sampleLines[i].startsWith('// ')) return sampleLines[i].slice(3);
    return '?';
  };
  const errors = output.split('\n').filter((l) => /error TS/.test(l)).map((l) => {
    const m = /^(sync|samples)\.ts\((\d+),\d+\)/.exec(l);
    if (m?.[1] === 'sync' && labels.has(Number(m[2]))) return `${labels.get(Number(m[2]))}\n    ${l}`;
    if (m?.[1] === 'samples') return `output for ${sampleOf(Number(m[2]))}: \`${sampleLines[Number(m[2]) - 1].trim()}\`\n    ${l}`;
    return l;
  });
  errors.sort((a, b) => Number(b.includes('\n') && !b.startsWith('output')) - Number(a.includes('\n') && !a.startsWith('output')));
  return errors.length > 30 ? [...errors.slice(0, 30), `… and ${errors.length - 30} more`] : errors;
}

test('types: tsc --noEmit --strict passes on every export, the Rust structs, and what the package returns', () => {
  assert.ok(node, 'needs the Node results');
  const typesDts = fs.readFileSync(path.join(installed, 'types.d.ts'), 'utf8');
  // 1. the declared types against the serde structs and enums of crate/src
  const { source, labels } = syncChecks(readRust(path.join(root, 'crate/src')), typesDts, {
    renamed: { ParseOptions: 'Options' },
    only: { Normalized: 'a struct local to wasm.rs; checked against every normalize() result below' },
  });
  fs.writeFileSync(path.join(scratch, 'sync.ts'), source);
  // 2. real output typed as what the package declares: a missing, extra or mistyped field is an error
  const samples = ["import type { Normalized, Quantity, Report } from 'zhibiao';"];
  [...node.seeds, ...node.extras].forEach((s, i) => {
    samples.push(`// ${s.file ? path.basename(s.file) : JSON.stringify(s.text)}`,
      `export const report${i}: Report = ${JSON.stringify(s.report, null, 1)};`,
      `export const quantities${i}: Quantity[] = ${JSON.stringify(s.quantities, null, 1)};`,
      `export const normalized${i}: Normalized = ${JSON.stringify(s.normalized, null, 1)};`);
  });
  fs.writeFileSync(path.join(scratch, 'samples.ts'), `${samples.join('\n')}\n`);
  copy('use-types.ts');
  const strict = { strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'], types: [], skipLibCheck: false, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true };
  writeJson('tsconfig.json', { compilerOptions: { ...strict, module: 'nodenext', moduleResolution: 'nodenext' }, files: ['use-types.ts', 'sync.ts', 'samples.ts'] });
  writeJson('tsconfig.bundler.json', { compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler' }, files: ['use-types.ts'] });
  for (const config of ['tsconfig.json', 'tsconfig.bundler.json']) {
    const r = run(tsc, ['-p', config, '--pretty', 'false'], { ok: false });
    const errors = typeErrors(r.stdout + r.stderr, labels);
    if (errors.length) assert.fail(`tsc -p ${config}:\n${errors.join('\n')}`);
    assert.equal(r.status, 0, r.stdout + r.stderr);
  }
});

test('types: no shipped declaration says `any`', () => {
  for (const file of fs.readdirSync(installed, { recursive: true }).filter((f) => f.endsWith('.d.ts'))) {
    const code = fs.readFileSync(path.join(installed, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    assert.doesNotMatch(code, /\bany\b/, file);
  }
});

test('browser: an esbuild bundle and the unbundled files run in headless Chromium, on the main thread and in workers', async () => {
  assert.ok(node, 'needs the Node results');
  for (const f of ['page.js', 'worker.js', 'plain.js', 'plain.html']) copy(f);
  const www = path.join(scratch, 'www');
  const built = await esbuild.build({
    absWorkingDir: scratch,
    entryPoints: ['page.js', 'worker.js'],
    outdir: www,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    loader: { '.wasm': 'file' },
    metafile: true,
    logLevel: 'silent',
  });
  assert.deepEqual(built.warnings, []);
  const bundled = Object.keys(built.metafile.inputs);
  assert.ok(bundled.includes('node_modules/zhibiao/index.js'), 'the browser build is bundled');
  assert.ok(!bundled.includes('node_modules/zhibiao/node.js'), 'the Node build is not bundled');
  fs.copyFileSync(path.join(fixtures, 'index.html'), path.join(www, 'index.html'));
  fs.copyFileSync(path.join(fixtures, 'fatal-stub.js'), path.join(www, 'fatal-stub.js'));
  const seedIndex = 2;
  fs.copyFileSync(seedFiles[seedIndex], path.join(www, 'seed.txt'));
  const expected = node.seeds[seedIndex].plain;

  const server = await serve(scratch);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const open = async (url) => {
      const page = await browser.newPage();
      const requests = [];
      const errors = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${origin}${url}`);
      await page.waitForFunction(() => window.__done, null, { timeout: 20_000 });
      const out = await page.evaluate(() => window.__done);
      await page.close();
      assert.equal(out.failed, undefined, out.failed);
      assert.deepEqual(errors, []);
      assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')), []);
      return out;
    };

    const out = await open('/www/index.html');
    assert.equal(out.beforeInit.ok, false);
    assert.ok(out.beforeInit.isError);
    assert.match(out.beforeInit.message, /not loaded yet; `await init\(\)` first/);
    assert.equal(out.badInit.ok, false);
    assert.match(out.badInit.message, /^zhibiao: cannot load the WebAssembly module: .*404/);
    assert.equal(out.version, cargoVersion);
    assert.deepEqual(out.report, expected, 'the browser reads the seed as Node does');
    assert.equal(out.slice, '５％');
    assert.equal(out.normalized, '现在增长6%');
    assert.deepEqual(out.errors.map((e) => [e.ok, e.isError]), Array(5).fill([false, true]));
    assert.match(out.errors[0].message, /the text must be a string/);
    assert.match(out.errors[1].message, /unknown option `bogus`/);
    assert.match(out.errors[2].message, /options must be an object/);
    assert.deepEqual(out.afterErrors, expected, 'still usable after errors');
    assert.deepEqual(out.workerReport, expected, 'the worker reads the seed as Node does');
    assert.match(out.workerError.message, /^zhibiao: unknown option `bogus`/);
    assert.match(out.workerBadText.message, /^zhibiao: the text must be a string/);
    assert.equal(out.workerVersion, cargoVersion);
    assert.match(out.afterTerminate.message, /terminated/);
    assert.equal(out.fatal.ok, false);
    assert.match(out.fatal.message, /unreachable executed/);
    assert.deepEqual(out.replaced, { ok: true, value: cargoVersion }, 'a fresh worker replaces the one that failed');
    assert.equal(out.workersMade, 2);
    assert.match(out.dead.message, /^zhibiao: the worker failed/);
    assert.match(out.stillDead.message, /^zhibiao: the worker failed/);

    const plain = await open('/plain.html');
    assert.equal(plain.version, cargoVersion);
    assert.deepEqual(plain.report, expected);
    assert.deepEqual(plain.workerReport, expected);
  } finally {
    await browser.close();
    server.close();
  }
});

test('publint (strict, suggestions too) and npm publish --dry-run are clean', async () => {
  const bytes = fs.readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    level: 'suggestion',
    strict: true,
  });
  assert.deepEqual(messages.map((m) => formatMessage(m, pkg, { color: false })), []);
  const r = run('npm', ['publish', tarball, '--dry-run', '--offline']);
  assert.match(r.stdout, new RegExp(`\\+ zhibiao@${cargoVersion.replace(/\./g, '\\.')}`));
  // Warnings about this machine (its npm config, no login for a dry run) are not about the package.
  const warnings = r.stderr.split('\n').filter((l) => /npm (warn|error)/i.test(l))
    .filter((l) => !/Unknown (user|project|global) config|requires you to be logged in/.test(l));
  assert.deepEqual(warnings, []);
});

#!/usr/bin/env node
// Two or more builds of the site compared page load by page load in one headless Chromium: each served from
// its own port, visited in turn (A, B, A, B, …), so that the VM's drift (5–10 % over minutes, more across
// hours) falls on all of them alike. A benchmark, not a test. How BENCHMARKS.md's site changes are measured.
//
//   node tools/site_ab.mjs NAME=DIR NAME=DIR [...] [--runs N] [--click | --returning]
//
// DIR is a built site (a copy of dist/ from ./build.sh build, e.g. one per commit). Default: a link to seed
// 004 (#sample=N), navigation → first indicator row, with the page's marks; --click: the page opened bare
// and the sample clicked, navigation → summary; --returning: the link in a browser profile of its own,
// visited once and then twice more with the service worker installed (first and returning visits).
// Medians (and best) of N visits each (default 20; with --returning N profiles).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { LAUNCH, linkVisit, clickVisit, returningVisits, median } from './site_visits.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 20;
const CLICK = args.includes('--click');
const RETURNING = args.includes('--returning');
const builds = args.filter((a, i) => a.includes('=') && i !== runsAt + 1).map((a) => {
  const [name, dir] = [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)];
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`site_ab: ${dir} is not a built site (no index.html)`);
  return { name, dir };
});
if (builds.length < 2 || !(RUNS > 0)) {
  console.error('usage: node tools/site_ab.mjs NAME=DIR NAME=DIR [...] [--runs N] [--click | --returning]');
  process.exit(2);
}

const list = JSON.parse(fs.readFileSync(path.join(builds[0].dir, 'seeds/index.json'), 'utf8'));
const n = list.findIndex((s) => s.file.startsWith('004')) + 1;
const servers = await Promise.all(builds.map((b) => serve(b.dir)));
const browser = await chromium.launch(LAUNCH);
const visits = builds.map(() => []);
try {
  for (let i = 0; i < RUNS; i++) {
    for (const [k, server] of servers.entries()) {
      const origin = `http://127.0.0.1:${server.address().port}`;
      visits[k].push(CLICK ? await clickVisit(browser, origin, '004')
        : RETURNING ? await returningVisits(chromium, origin, n) : await linkVisit(browser, origin, n));
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.close();
}

// (A build from before the worker's marks has none: '–'.)
const ms = (all) => {
  const xs = all.filter(Number.isFinite);
  return xs.length ? `${median(xs).toFixed(1)} (best ${Math.min(...xs).toFixed(1)})` : '–';
};
console.log(`${RUNS} ${RETURNING ? 'profiles' : 'visits'} each, ${CLICK ? 'clicking the sample: navigation → summary' : `a link to #sample=${n}: navigation → first indicator row`}`);
for (const [k, { name, dir }] of builds.entries()) {
  const v = visits[k];
  const cols = RETURNING ? [`first visit ${ms(v.map((x) => x.first))}`, `returning ${ms(v.flatMap((x) => x.returning))}`]
    : CLICK
    ? [`summary ${ms(v.map((x) => x.shownAt))}`, `button ${ms(v.map((x) => x.clickAt))}`, `click → summary ${ms(v.map((x) => x.shownAt - x.clickAt))}`]
    : [`first row ${ms(v.map((x) => x.shownAt))}`, `zb:run ${ms(v.map((x) => x.marks['zb:run']))}`,
      `→ zb:parsed ${ms(v.map((x) => x.marks['zb:parsed'] - x.marks['zb:run']))}`,
      `(worker: wasm ready ${ms(v.map((x) => x.marks['zb:wasm-ready']))}, job ${ms(v.map((x) => x.marks['zb:job']))}`
        + ` + ${ms(v.map((x) => x.marks['zb:job-done'] - x.marks['zb:job']))})`,
      `→ zb:shown ${ms(v.map((x) => x.marks['zb:shown'] - x.marks['zb:parsed']))}`,
      `→ on screen ${ms(v.map((x) => x.shownAt - x.marks['zb:shown']))}`];
  console.log(`${name.padEnd(10)} ${cols.join('  ')}  [${dir}]`);
}

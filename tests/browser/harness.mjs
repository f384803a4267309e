// Shared set-up for the browser tests: the static server on 127.0.0.1, Debian's chromium through
// playwright-core, and helpers that wait on the page's state (never on fixed sleeps).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';
// Debian's chromium with the flags the benchmarks use; launch() gives every run a fresh, empty user data dir.
import { LAUNCH } from '../../tools/site_visits.mjs';

export const root = new URL('../../', import.meta.url).pathname;
export const dist = path.join(root, 'dist');
export const artifacts = path.join(root, 'tests/artifacts');
fs.mkdirSync(artifacts, { recursive: true });

export const seeds = JSON.parse(fs.readFileSync(path.join(dist, 'seeds/index.json'), 'utf8'))
  .map((s, i) => ({ ...s, index: i, text: fs.readFileSync(path.join(dist, 'seeds', s.file), 'utf8') }));
export const seed = (prefix) => seeds.find((s) => s.file.startsWith(prefix));


/** A server and a browser for one test file; call `close()` in test.after. */
export async function start() {
  const server = await serve(dist);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(LAUNCH);
  return {
    server, origin, browser,
    async close() { await browser.close(); server.closeAllConnections?.(); server.close(); },
  };
}

/**
 * A fresh context and page on `origin`, recording every request (page, workers, service worker) and
 * every page error and console error.
 */
export async function open(browser, origin, { viewport = { width: 1280, height: 900 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${origin}/`);
  await page.locator('#samples button').first().waitFor();
  return { context, page, requests, errors };
}

/** Requests that left 127.0.0.1 (data: and blob: URLs stay in the page). */
export function foreign(requests, origin) {
  return requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

const runs = (page) => page.evaluate(() => Number(document.body.dataset.runs ?? 0));

/** Waits until the page has finished `atLeast` runs in all and is idle; returns its state (ready, error, cancelled). */
export async function waitIdle(page, atLeast = 1) {
  await page.waitForFunction((n) => Number(document.body.dataset.runs ?? 0) >= n && document.body.dataset.state !== 'busy', atLeast);
  return page.evaluate(() => document.body.dataset.state);
}

/** Does `fn` (which starts a read) and waits for that read to finish; asserts it ended in `expect`. */
export async function act(page, fn, expect = 'ready') {
  const before = await runs(page);
  await fn();
  const state = await waitIdle(page, before + 1);
  if (expect && state !== expect) throw new Error(`the page ended in ${state}, not ${expect}: ${await page.locator('#status').textContent()}`);
  return state;
}

/** Clicks sample `n` (0-based, in seeds/index.json order) and waits for the result. */
export const loadSeed = (page, n) => act(page, () => page.locator('#samples button').nth(n).click());

/** The same wasm the page runs, loaded in Node: what the page should show for a text. */
export async function wasm() {
  const mod = await import(path.join(dist, 'pkg/zhibiao.js'));
  await mod.default({ module_or_path: fs.readFileSync(path.join(dist, 'pkg/zhibiao_bg.wasm')) });
  return { parse: (text) => mod.parse(text, {}), quantities: mod.quantities };
}

/** The concatenated text of the marks that show the current evidence. */
export const currentEvidence = (page) => page.evaluate(() => [...document.querySelectorAll('#source-body mark.is-current')].map((m) => m.textContent).join(''));

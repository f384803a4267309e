// The timed visits of the site in headless Chromium, shared by tools/bench_node.mjs (absolute figures)
// and tools/site_ab.mjs (builds compared page load by page load). A first visit opens a fresh context (empty
// HTTP cache, a new renderer), with service workers blocked so that the precache does not compete; a
// returning one has a profile on disk and the service worker its first visit installed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Debian's chromium as the browser tests launch it (tests/browser/harness.mjs). */
export const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/** The marks of a page or worker by name (the first of each), and its time origin. */
const marks = () => ({
  origin: performance.timeOrigin,
  marks: Object.fromEntries(performance.getEntriesByType('mark').reverse().map((m) => [m.name, m.startTime])),
});

/**
 * The page's own marks (zb:run, zb:parsed, zb:shown: see www/app.js) and its worker's (zb:wasm-ready,
 * zb:job, zb:job-done: www/worker.js), all in ms from the page's navigation start.
 */
async function visitMarks(page) {
  const own = await page.evaluate(`(${marks})()`);
  const [worker] = page.workers();
  const theirs = worker ? await worker.evaluate(`(${marks})()`) : { marks: {} };
  const shift = theirs.origin - own.origin;
  return { ...own.marks, ...Object.fromEntries(Object.entries(theirs.marks).map(([k, t]) => [k, t + shift])) };
}

/**
 * Set before the page's own scripts: records when the first indicator row is laid out, checked every
 * animation frame, and says so on the console. (Playwright's waitForFunction would do it, but first
 * compiles its injected script, ~23 ms of the page's main thread in the middle of the load.)
 */
const FIRST_ROW = `(() => {
  const check = () => {
    const row = document.querySelector('#ind-table tbody tr');
    if (row && row.offsetParent !== null) console.debug('zb:first-row', performance.now());
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/**
 * A link to sample `n` (`#sample=N`, 1-based): navigation → the first indicator row on screen. Resolves to
 * {shownAt, marks}, in ms from navigation start.
 */
export async function linkVisit(browser, origin, n) {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await ctx.addInitScript(FIRST_ROW);
    const { page, shownAt } = await openLink(ctx, origin, n);
    return { shownAt, marks: await visitMarks(page) };
  } finally {
    await ctx.close();
  }
}

/** A new page of `ctx` (which has FIRST_ROW) at the link to sample `n`: {page, shownAt}. */
async function openLink(ctx, origin, n) {
  const page = await ctx.newPage();
  const shown = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('zb:first-row'), timeout: 60_000 });
  await page.goto(`${origin}/#sample=${n}`, { waitUntil: 'commit' });
  return { page, shownAt: Number((await shown).text().split(' ')[1]) };
}

/**
 * A returning visitor: a browser with a profile of its own on disk (the HTTP cache and service workers as a
 * user has them), a link to sample `n` visited once, then — once the service worker the first visit
 * registered controls a page and has cached the site — `returns` more times, each in a new page.
 * Resolves to {first, returning: [...]}: navigation → first indicator row, in ms.
 */
export async function returningVisits(chromium, origin, n, returns = 2) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-profile-'));
  const ctx = await chromium.launchPersistentContext(dir, LAUNCH);
  try {
    await ctx.addInitScript(FIRST_ROW);
    const { page, shownAt: first } = await openLink(ctx, origin, n);
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated'
      && !!(await caches.match('pkg/zhibiao_bg.wasm')), null, { polling: 100, timeout: 60_000 });
    await page.close();
    const returning = [];
    for (let i = 0; i < returns; i++) {
      const again = await openLink(ctx, origin, n);
      returning.push(again.shownAt);
      await again.page.close();
    }
    return { first, returning };
  } finally {
    await ctx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The page opened bare, then the sample whose file starts with `prefix` clicked as soon as its button exists:
 * resolves to {clickAt, shownAt (the summary on screen), requests (the paths the visit fetched)}.
 */
export async function clickVisit(browser, origin, prefix) {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await ctx.newPage();
    const requests = [];
    page.on('requestfinished', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${origin}/`);
    const sample = page.locator(`[data-file^="${prefix}"]`);
    await sample.waitFor({ state: 'attached', timeout: 30_000 });
    const clickAt = await page.evaluate(() => performance.now());
    await sample.click();
    // Polled every animation frame: the first frame in which the summary is laid out.
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-testid="summary"]');
      if (!el || el.hidden || el.offsetParent === null || !el.textContent.trim()) return false;
      window.__shownAt = performance.now();
      return true;
    }, null, { polling: 'raf', timeout: 60_000 });
    return { clickAt, shownAt: await page.evaluate(() => window.__shownAt), requests };
  } finally {
    await ctx.close();
  }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

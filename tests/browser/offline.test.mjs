// Offline: after the first visit the service worker has the app, the wasm and the samples; with the
// network off (and the server gone) the page still reads a sample, pasted text, and reloads.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, open, foreign, act, waitIdle, loadSeed, seeds, dist } from './harness.mjs';

const env = await start();
test.after(() => env.close());

test('a first visit to a linked sample registers the service worker only after the result is on screen', async () => {
  // Installing it precaches the whole site (the wasm alone is 1.1 MB), which would compete with the first result.
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.origin}/#sample=${seeds.find((s) => s.file.startsWith('004')).index + 1}`);
  await page.waitForFunction(() => performance.getEntriesByName('zb:sw').length > 0, null, { timeout: 60_000 });
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
  assert.ok(marks['zb:shown'] < marks['zb:sw'], JSON.stringify(marks));
  assert.ok(await page.evaluate(async () => (await navigator.serviceWorker.ready).active !== null));
  assert.deepEqual(errors, []);
  await context.close();
});

test('works offline after the first visit', async () => {
  const { context, page, requests, errors } = await open(env.browser, env.origin);
  // First visit: read a sample online, and wait until the service worker controls the page with a full cache.
  await loadSeed(page, 0);
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!reg.active || !navigator.serviceWorker.controller) return false;
    return !!(await caches.match('pkg/zhibiao_bg.wasm')) && !!(await caches.match(`seeds/${(await (await caches.match('seeds/index.json')).json()).at(-1).file}`));
  }, null, { polling: 100 });
  assert.deepEqual(foreign(requests, env.origin), []);

  // The cache is the one dist/sw.js names (by a hash of the build), and a visit online does not write it
  // again: the cached page keeps the Date of its install (the server's Date has one-second steps).
  const name = /const CACHE = '(zhibiao-[0-9a-f]{16})';/.exec(fs.readFileSync(path.join(dist, 'sw.js'), 'utf8'))?.[1];
  assert.ok(name, 'dist/sw.js names its cache by a hash');
  const cachedDate = () => page.evaluate(async () => (await caches.match('./')).headers.get('date'));
  const installed = await cachedDate();
  assert.ok(installed);
  await page.waitForTimeout(1100);
  await page.reload();
  await page.locator('#samples button').first().waitFor();
  await waitIdle(page);
  assert.deepEqual(await page.evaluate(() => caches.keys()), [name]);
  assert.equal(await cachedDate(), installed);

  // Network off, and the server gone for good.
  await context.setOffline(true);
  env.server.closeAllConnections();
  await new Promise((resolve) => env.server.close(resolve));
  env.server.close = () => {};

  // Another sample (fetched through the service worker), then pasted text.
  await loadSeed(page, seeds.length - 1);
  assert.match(await page.getByTestId('summary').textContent(), /繁体|简体/);
  await page.getByTestId('input').fill('全年地区生产总值增长5%左右');
  await act(page, () => page.getByTestId('parse').click());
  await page.getByTestId('tab-quantities').click();
  assert.ok(await page.getByTestId('quantity-row').count() >= 1);

  // A reload with nothing on the network: the page, its worker and the wasm come from the cache.
  await page.reload();
  await page.locator('#samples button').first().waitFor();
  assert.equal(await waitIdle(page), 'ready'); // the last input is read again
  await loadSeed(page, 2);
  await page.getByTestId('tab-quantities').click();
  assert.ok(await page.getByTestId('quantity-row').count() > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the service worker caches every file the site serves, and nothing dist/ lacks', async () => {
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const listed = new Set(JSON.parse(`[${/const APP = \[([\s\S]*?)\];/.exec(sw)[1].replace(/'/g, '"').replace(/,\s*$/, '')}]`));
  // The site: dist/ but for the sample texts (cached from seeds/index.json at install) and pkg/, of which
  // the site loads only the wasm (worker.js holds the glue); the npm package is not the site.
  const files = fs.readdirSync(dist, { recursive: true }).filter((f) => fs.statSync(path.join(dist, f)).isFile() && f !== 'sw.js'
    && !/^seeds\/.*\.txt$/.test(f) && !(f.startsWith('pkg/') && f !== 'pkg/zhibiao_bg.wasm') && !f.startsWith('npm/') && !f.endsWith('.tgz'));
  assert.deepEqual(files.filter((f) => !listed.has(f)), [], 'files of the site missing from APP in sw.js');
  assert.deepEqual([...listed].filter((f) => f !== './' && !fs.existsSync(path.join(dist, f))), [], 'APP names files dist/ lacks');
  for (const f of ['app.js', 'worker.js', 'pkg/zhibiao_bg.wasm', 'seeds/index.json']) assert.ok(listed.has(f), f);
});

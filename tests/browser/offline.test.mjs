// Offline: after the first visit the service worker has the app, the wasm and the samples; with the
// network off (and the server gone) the page still reads a sample, pasted text, and reloads.
import test from 'node:test';
import assert from 'node:assert/strict';
import { start, open, foreign, act, waitIdle, loadSeed, seeds } from './harness.mjs';

const env = await start();
test.after(() => env.close());

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

test('the service worker caches every file of the site', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const www = new URL('../../www/', import.meta.url).pathname;
  const sw = fs.readFileSync(path.join(www, 'sw.js'), 'utf8');
  const listed = new Set(JSON.parse(`[${/const APP = \[([\s\S]*?)\];/.exec(sw)[1].replace(/'/g, '"').replace(/,\s*$/, '')}]`));
  const files = fs.readdirSync(www, { recursive: true }).filter((f) => fs.statSync(path.join(www, f)).isFile() && f !== 'sw.js');
  assert.deepEqual(files.filter((f) => !listed.has(f)), [], 'files in www/ missing from APP in sw.js');
  for (const f of ['pkg/zhibiao.js', 'pkg/zhibiao_bg.wasm', 'seeds/index.json']) assert.ok(listed.has(f), f);
});

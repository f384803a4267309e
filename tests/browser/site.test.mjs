// The site in headless Chromium (Debian's, driven by playwright-core): load a seed, see results,
// and check that no request leaves the page's origin.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';

const root = new URL('../../', import.meta.url).pathname;
const artifacts = path.join(root, 'tests/artifacts');
fs.mkdirSync(artifacts, { recursive: true });

const server = await serve(path.join(root, 'dist'));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  // launch() gives every run a fresh, empty user data dir of its own.
});
test.after(async () => { await browser.close(); server.close(); });

async function open(viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/`);
  return { page, requests, errors };
}

test('a seed picked from the samples is read and summarised', async () => {
  const { page, requests, errors } = await open();
  await page.getByTestId('samples').selectOption({ index: 3 });
  await page.getByTestId('summary').waitFor({ state: 'visible' });
  const summary = await page.getByTestId('summary').textContent();
  assert.match(summary, /指标 \d+ 项/);
  assert.match(await page.locator('#status').textContent(), /完成/);
  await page.screenshot({ path: path.join(artifacts, 'desktop.png'), fullPage: false });
  assert.deepEqual(errors, []);
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  await page.close();
});

test('pasted markup is shown as text, never run', async () => {
  const { page, errors } = await open({ width: 390, height: 844 });
  await page.evaluate(() => { window.__pwned = false; });
  await page.getByTestId('input').fill('<img src=x onerror="window.__pwned=true">地区生产总值增长5%<script>window.__pwned=true</script>');
  await page.getByTestId('parse').click();
  await page.getByTestId('summary').waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => window.__pwned), false);
  assert.equal(await page.locator('main img').count(), 0);
  await page.screenshot({ path: path.join(artifacts, 'phone.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

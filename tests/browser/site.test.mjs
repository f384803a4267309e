// The site in headless Chromium (Debian's, driven by playwright-core): every seed from the samples,
// evidence both ways, exports, markup shown as text, keyboard and ARIA, language, screenshots, and no
// request leaving 127.0.0.1. What the page shows is compared with the same wasm run in Node.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, open, foreign, act, waitIdle, loadSeed, seeds, seed, wasm, currentEvidence, artifacts, root } from './harness.mjs';

const env = await start();
const { parse, quantities } = await wasm();
test.after(() => env.close());

const SCRIPT = { simplified: '简体', traditional: '繁体', mixed: '繁简混合' };
const ROW_LIMIT = 400;
const count = async (page, what) => Number(await page.getByTestId(`count-${what}`).locator('.n').textContent());
/** Waits until a table holds `n` rows: the page draws the first rows at once and the rest after the paint. */
const drawn = (page, testid, n) => page.waitForFunction(([id, k]) => document.querySelectorAll(`[data-testid="${id}"]`).length === k, [testid, n]);

/** Waits until the current evidence is inside the source box's visible area. */
const evidenceInView = (page) => page.waitForFunction(() => {
  const m = document.querySelector('#source-body mark.is-current');
  const box = document.querySelector('#source-scroll').getBoundingClientRect();
  const r = m?.getBoundingClientRect();
  return r && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
});

/** A small RFC 4180 reader (quoted fields may hold commas, quotes and line breaks). */
function readCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { rows.at(-1).push(field); field = ''; rows.push([]); i++; }
    else field += c;
  }
  if (field || rows.at(-1).length) rows.at(-1).push(field);
  if (!rows.at(-1).length) rows.pop();
  return rows;
}

test('every seed picked from the samples shows what the wasm finds in it', async () => {
  const { context, page, requests, errors } = await open(env.browser, env.origin);
  for (const s of seeds) {
    await loadSeed(page, s.index);
    const report = parse(s.text);
    const qs = quantities(s.text);
    const what = s.file;
    assert.equal(await count(page, 'indicators'), report.indicators.length, what);
    assert.equal(await count(page, 'commitments'), report.commitments.length, what);
    assert.equal(await count(page, 'quantities'), qs.length, what);
    assert.match(await page.getByTestId('script').textContent(), new RegExp(SCRIPT[report.meta.script]), what);
    // The tables list what the report holds, in text order.
    await page.getByTestId('tab-indicators').click();
    await drawn(page, 'indicator-row', Math.min(ROW_LIMIT, report.indicators.length));
    const names = await page.getByTestId('indicator-row').locator('td.col-name').allTextContents();
    assert.deepEqual(names, report.indicators.slice(0, ROW_LIMIT).map((i) => i.name), what);
    await page.getByTestId('tab-commitments').click();
    assert.equal(await page.getByTestId('commitment-item').count(), report.commitments.length, what);
    await page.getByTestId('tab-quantities').click();
    await drawn(page, 'quantity-row', Math.min(ROW_LIMIT, qs.length));
    const qTexts = await page.getByTestId('quantity-row').locator('td.col-text').allTextContents();
    assert.deepEqual(qTexts, qs.slice(0, ROW_LIMIT).map((q) => s.text.slice(q.span.start, q.span.end)), what);
    // The source is the input exactly, with a mark over every quantity.
    assert.equal(await page.locator('#source-body').textContent(), s.text, what);
    for (const k of [0, qs.length >> 1, qs.length - 1].filter((k) => k >= 0)) {
      const marked = await page.locator(`#source-body mark[data-ids~="q${k}"]`).allTextContents();
      assert.equal(marked.join(''), s.text.slice(qs[k].span.start, qs[k].span.end), `${what} q${k}`);
    }
    // Warnings: every code is listed.
    const codes = await page.getByTestId('warning').evaluateAll((els) => els.map((e) => e.dataset.code));
    assert.deepEqual(codes.sort(), [...new Set(report.warnings.map((w) => w.code))].sort(), what);
  }

  // Known values. Seed 002 (a county's half-year review): GDP 301.5亿元.
  await loadSeed(page, seed('002').index);
  await page.getByTestId('tab-quantities').click();
  assert.equal(await page.getByTestId('quantity-row').filter({ hasText: '301.5亿元' }).count(), 1);
  assert.ok((await page.locator('#source-body mark.hl-q').allTextContents()).includes('301.5亿元'));
  const gdp = parse(seed('002').text).indicators.find((i) => i.value?.number === 301.5);
  assert.equal(gdp.canonical, 'gdp');
  assert.equal(gdp.kind, 'actual');
  assert.equal(gdp.period.text, '上半年');
  await page.getByTestId('tab-indicators').click();
  assert.equal(await page.getByTestId('indicator-row').filter({ hasText: '301.5亿元' }).count(), 1);

  // Seed 004 is traditional Chinese with pinyin readings: the summary says so.
  await loadSeed(page, seed('004').index);
  const summary = await page.getByTestId('summary').textContent();
  assert.match(summary, /繁体/);
  assert.match(summary, /拼音注音已去除/);
  const r004 = parse(seed('004').text);
  assert.equal(r004.meta.region, '句容市');
  assert.equal(r004.meta.year, 2024);
  assert.match(summary, /句容市/);
  assert.match(summary, /2024/);
  await page.getByTestId('tab-quantities').click();
  assert.equal(await page.getByTestId('quantity-row').filter({ hasText: '50.05億元' }).count(), 1);

  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(requests, env.origin), []);
  await context.close();
});

test('a link to a sample (#sample=N) opens it; picking a sample makes the address such a link', async () => {
  const { context, page, errors } = await open(env.browser, env.origin);
  const s = seeds[2];
  await act(page, () => page.goto(`${env.origin}/#sample=3`));
  assert.equal(await count(page, 'indicators'), parse(s.text).indicators.length);
  assert.equal(await page.locator('#samples button').nth(2).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('#text').inputValue(), s.text);
  // Seed 004 (25,273 characters): the status groups the count as zh-CN does (the page does not use Intl).
  await act(page, () => page.goto(`${env.origin}/#sample=5`));
  const chars = new Intl.NumberFormat('zh-CN').format(seeds[4].text.length);
  assert.match(await page.getByTestId('status').textContent(), new RegExp(`^完成：${chars} 字`));
  await loadSeed(page, 0);
  assert.equal(await page.evaluate(() => location.hash), '#sample=1');
  // Text of the user's own is not a sample: the link goes.
  await page.locator('#text').fill('上半年，实现GDP301.5亿元，同比增长3%。');
  assert.equal(await page.evaluate(() => location.hash), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a row shows its evidence in the source, and a highlight selects its row', async () => {
  const { context, page, requests, errors } = await open(env.browser, env.origin);
  const s = seed('002');
  const report = parse(s.text);
  const qs = quantities(s.text);
  await loadSeed(page, s.index);

  // Quantities: the GDP row → the marked evidence is exactly text.slice(span).
  await page.getByTestId('tab-quantities').click();
  await page.getByTestId('quantity-row').filter({ hasText: '301.5亿元' }).click();
  const gdp = qs.find((q) => q.text === '301.5亿元');
  assert.equal(await currentEvidence(page), s.text.slice(gdp.span.start, gdp.span.end));
  assert.equal(await currentEvidence(page), '301.5亿元');
  await evidenceInView(page);

  // Indicators and commitments, as far as the report has them.
  await page.getByTestId('tab-indicators').click();
  for (const k of [0, 1, report.indicators.length - 1].filter((k) => k >= 0 && k < Math.min(ROW_LIMIT, report.indicators.length))) {
    await page.getByTestId('indicator-row').nth(k).locator('.evidence-link').click();
    const { start, end } = report.indicators[k].span;
    assert.equal(await currentEvidence(page), s.text.slice(start, end), `indicator ${k}`);
    await evidenceInView(page);
    assert.equal(await page.getByTestId('indicator-row').nth(k).getAttribute('class').then((c) => c.includes('is-selected')), true);
  }
  await page.getByTestId('tab-commitments').click();
  for (const k of [0, report.commitments.length - 1].filter((k) => k >= 0)) {
    const item = page.locator(`[data-testid="commitment-item"][data-ann="c${k}"]`);
    await item.locator('.evidence-link').click();
    const { start, end } = report.commitments[k].span;
    assert.equal(await currentEvidence(page), s.text.slice(start, end), `commitment ${k}`);
    await evidenceInView(page);
  }

  // The reverse: a click on a quantity's highlight selects its row (and its tab).
  await page.getByTestId('tab-quantities').click();
  const k = qs.length - 1;
  await page.locator(`#source-body mark[data-ids~="q${k}"]`).first().click();
  const row = page.locator(`[data-testid="quantity-row"][data-ann="q${k}"]`);
  await page.waitForFunction((id) => document.querySelector(`[data-ann="${id}"]`)?.classList.contains('is-selected'), `q${k}`);
  assert.ok(await row.isVisible());
  assert.equal(await currentEvidence(page), s.text.slice(qs[k].span.start, qs[k].span.end));
  assert.ok(report.indicators.length > 0, 'every seed yields indicators');
  {
    // From the quantities tab, a click on an indicator's highlight opens the indicators tab at its row.
    const last = Math.min(ROW_LIMIT, report.indicators.length) - 1;
    const { start, end } = report.indicators[last].span;
    const q = qs.findIndex((x) => x.span.start >= start && x.span.end <= end);
    const target = q >= 0 ? `#source-body mark[data-ids~="i${last}"]:not([data-ids~="q${q}"])` : `#source-body mark[data-ids~="i${last}"]`;
    await page.getByTestId('tab-indicators').click();
    await page.locator(target).first().click();
    assert.equal(await page.getByTestId('tab-indicators').getAttribute('aria-selected'), 'true');
    await page.waitForFunction((id) => document.querySelector(`[data-testid="indicator-row"][data-ann="${id}"]`)?.classList.contains('is-selected'), `i${last}`);
  }
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(requests, env.origin), []);
  await context.close();
});

test('the first result uses no font size × weight that the bare page has not laid out', async () => {
  // A fresh renderer sets up a font strike per size × weight on first use, ~8 ms each in the frame that
  // shows the first result; index.html's .strikes lays out the ones only the results use.
  const { context, page, errors } = await open(env.browser, env.origin);
  const styles = () => page.evaluate(() => {
    const out = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!n.textContent.trim() || !el.getClientRects().length) continue;
      const s = getComputedStyle(el);
      out.add(`${s.fontSize} ${s.fontWeight}`);
    }
    return [...out].sort();
  });
  const bare = new Set(await styles());
  await loadSeed(page, seed('004').index);
  assert.deepEqual((await styles()).filter((s) => !bare.has(s)), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a highlight finds its row in a table not drawn yet: the rows after the first frame are drawn at once', async () => {
  // The page draws a table's first 40 rows in the frame that shows it and the rest after the paint; a
  // click on the last quantity of seed 004 (164) opens the quantities tab for the first time and must
  // find, scroll to and focus that row in the same click.
  const { context, page, errors } = await open(env.browser, env.origin);
  const s = seed('004');
  const qs = quantities(s.text);
  assert.ok(qs.length > 100, `seed 004 has ${qs.length} quantities`);
  await loadSeed(page, s.index);
  const k = qs.length - 1;
  await page.locator(`#source-body mark[data-ids~="q${k}"]`).first().click();
  assert.equal(await page.getByTestId('tab-quantities').getAttribute('aria-selected'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('tr')?.dataset.ann), `q${k}`);
  assert.equal(await page.getByTestId('quantity-row').count(), qs.length);
  assert.ok(await page.locator(`[data-testid="quantity-row"][data-ann="q${k}"]`).evaluate((e) => e.classList.contains('is-selected')));
  assert.deepEqual(errors, []);
  await context.close();
});

test('exports: CSV with a BOM, the Report as JSON, Markdown', async () => {
  const { context, page, errors } = await open(env.browser, env.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
  const s = seed('002');
  const report = parse(s.text);
  const qs = quantities(s.text);
  await loadSeed(page, s.index);

  const save = async (testid) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
    return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
  };

  // Indicators (the default tab): one row per indicator, display columns then raw fields.
  await page.getByTestId('tab-indicators').click();
  let { name, bytes } = await save('export-csv');
  assert.match(name, /indicators\.csv$/);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  let rows = readCsv(bytes.toString('utf8').slice(1));
  assert.deepEqual(rows[0].slice(0, 7), ['指标', '标准名', '数值', '变化', '限定', '类型', '时期']);
  assert.equal(rows.length - 1, report.indicators.length);
  const col = (h) => rows[0].indexOf(h);
  report.indicators.forEach((ind, k) => {
    assert.equal(rows[k + 1][0], ind.name);
    assert.equal(rows[k + 1][col('kind')], ind.kind);
    assert.equal(Number(rows[k + 1][col('span.start')]), ind.span.start);
    assert.equal(rows[k + 1].at(-1).replace(/^'/, ''), s.text.slice(ind.span.start, ind.span.end));
  });

  // Quantities: the current tab's table.
  await page.getByTestId('tab-quantities').click();
  ({ name, bytes } = await save('export-csv'));
  assert.match(name, /quantities\.csv$/);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  rows = readCsv(bytes.toString('utf8').slice(1));
  assert.equal(rows.length - 1, qs.length);
  const gdp = rows.find((r) => r[0] === '301.5亿元');
  assert.deepEqual(gdp.slice(0, 4), ['301.5亿元', '301.5亿元', '301.5', '亿元']);
  assert.equal(gdp[rows[0].indexOf('base.number')], '30150000000');

  // JSON: exactly the Report.
  ({ name, bytes } = await save('export-json'));
  assert.match(name, /\.json$/);
  assert.deepEqual(JSON.parse(bytes.toString('utf8')), JSON.parse(JSON.stringify(report)));

  // Markdown to the clipboard (or, without clipboard access, into a dialog to copy from).
  await page.getByTestId('export-md').click();
  await page.waitForFunction(() => /Markdown|剪贴板/.test(document.querySelector('#status').textContent));
  const md = await page.evaluate(async () => (document.querySelector('#md-dialog').open
    ? document.querySelector('#md-text').value : navigator.clipboard.readText()));
  assert.match(md, /^# /);
  assert.match(md, report.indicators.length ? new RegExp(`\\| ${report.indicators[0].name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|`) : /301\.5亿元/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasted or typed markup is shown as characters and never runs', async () => {
  const { context, page, requests, errors } = await open(env.browser, env.origin, { viewport: { width: 390, height: 844 }, permissions: ['clipboard-read', 'clipboard-write'] });
  await page.evaluate(() => { window.__pwned = 0; });
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><svg onload="window.__pwned=3"></svg>'
    + '<iframe src="javascript:parent.__pwned=4"></iframe>地区生产总值增长5%<a href="javascript:window.__pwned=5">链接</a>&lt;b&gt;"\'</textarea><b>x</b>';
  await page.getByTestId('input').fill(payload);
  await act(page, () => page.getByTestId('parse').click());
  assert.equal(await page.locator('#source-body').textContent(), payload);
  // A real paste (Ctrl+V) of a clipboard that carries HTML as well: only its plain text is read.
  await page.getByTestId('input').fill('');
  await page.evaluate((text) => navigator.clipboard.write([new ClipboardItem({
    'text/html': new Blob([text], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }),
  })]), payload);
  await page.getByTestId('input').focus();
  await act(page, () => page.keyboard.press('Control+V'));
  assert.equal(await page.getByTestId('input').inputValue(), payload);
  assert.equal(await page.locator('#source-body').textContent(), payload);
  // A paste outside any field replaces the input and is read too.
  await page.locator('h1').click();
  await act(page, () => page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, `${payload}\n再来一次`));
  assert.equal(await page.locator('#source-body').textContent(), `${payload}\n再来一次`);
  await page.locator('#source-body mark').first().click().catch(() => {});
  assert.equal(await page.evaluate(() => window.__pwned), 0);
  assert.equal(await page.locator('main img, main script, main iframe, #source-body .chunk *:not(mark)').count(), 0);
  assert.equal(requests.filter((u) => /\/x$|javascript:/.test(u)).length, 0);
  // Chromium parses the clipboard's HTML when it is written and pasted; the CSP blocks (and logs) the
  // handlers in it. Anything else logged is an error.
  assert.deepEqual(errors.filter((e) => !/Content Security Policy.*blocked/s.test(e)), []);
  assert.deepEqual(foreign(requests, env.origin), []);
  await context.close();
});

test('main targets and the growth chart come from the indicators and lead to their evidence', async () => {
  const { context, page, errors } = await open(env.browser, env.origin);
  const s = seed('004');
  const report = parse(s.text);
  await loadSeed(page, s.index);

  const targets = report.indicators.map((ind, i) => ({ ind, i })).filter((x) => x.ind.kind === 'target');
  assert.equal(await page.locator('#targets').isVisible(), targets.length > 0);
  assert.equal(await page.locator('#target-list .tile').count(), Math.min(12, targets.length));
  if (targets.length) {
    await page.locator('#target-list .tile').first().click();
    const { start, end } = targets[0].ind.span;
    assert.equal(await currentEvidence(page), s.text.slice(start, end));
  }

  // One chart row per indicator (canonical, else name) with a change in %.
  const keys = new Set(report.indicators.filter((i) => i.change?.unit === '%' && i.kind !== 'rank').map((i) => i.canonical ?? i.name));
  await page.getByTestId('tab-chart').click();
  assert.equal(await page.locator('#chart svg g.row').count(), Math.min(24, keys.size));
  if (keys.size) {
    assert.equal(await page.locator('#chart svg').getAttribute('role'), 'img');
    const bar = page.locator('#chart svg rect[data-index]').first();
    const index = Number(await bar.getAttribute('data-index'));
    await bar.click();
    assert.equal(await currentEvidence(page), s.text.slice(report.indicators[index].span.start, report.indicators[index].span.end));
  } else {
    assert.ok(await page.locator('#chart-empty').isVisible());
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard and ARIA: tabs, sortable and filterable table, visible focus', async () => {
  const { context, page, errors } = await open(env.browser, env.origin);
  const s = seed('004');
  const report = parse(s.text);
  const qs = quantities(s.text);
  await loadSeed(page, s.index);

  // No duplicate ids, ARIA references resolve, every visible control has a name.
  const problems = await page.evaluate(() => {
    const out = [];
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    ids.filter((id, i) => ids.indexOf(id) !== i).forEach((id) => out.push(`duplicate id ${id}`));
    for (const attr of ['aria-controls', 'aria-labelledby']) {
      for (const e of document.querySelectorAll(`[${attr}]`)) {
        for (const id of e.getAttribute(attr).split(/\s+/)) if (!document.getElementById(id)) out.push(`${attr} → missing #${id}`);
      }
    }
    for (const e of document.querySelectorAll('button, select, input, textarea, [tabindex="0"]')) {
      if (e.closest('[hidden]') || e.type === 'hidden') continue;
      const name = e.getAttribute('aria-label') || e.textContent.trim() || document.querySelector(`label[for="${e.id}"]`)?.textContent.trim()
        || e.closest('label')?.textContent.trim() || e.getAttribute('aria-labelledby') || e.title;
      if (!name) out.push(`no accessible name: ${e.outerHTML.slice(0, 80)}`);
    }
    return out;
  });
  assert.deepEqual(problems, []);

  // Tabs: one tablist, arrow keys move between tabs and show their panels.
  assert.equal(await page.getByRole('tablist').count(), 1);
  assert.equal(await page.getByRole('tab').count(), 4);
  await page.getByTestId('tab-indicators').click();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getByTestId('tab-commitments').getAttribute('aria-selected'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-commitments');
  assert.ok(await page.locator('#panel-commitments').isVisible());
  assert.ok(!(await page.locator('#panel-indicators').isVisible()));
  await page.keyboard.press('End');
  assert.equal(await page.getByTestId('tab-chart').getAttribute('aria-selected'), 'true');
  await page.keyboard.press('Home');
  assert.equal(await page.getByTestId('tab-indicators').getAttribute('aria-selected'), 'true');
  assert.equal(await page.getByRole('table').count(), 1); // the visible panel's table

  // Sorting by value (quantities table: every row has one): ascending, then descending, aria-sort says so.
  await page.getByTestId('tab-quantities').click();
  const sortButton = page.locator('#qty-table th.col-base button');
  await sortButton.click();
  assert.equal(await page.locator('#qty-table th.col-base').getAttribute('aria-sort'), 'ascending');
  const order = async () => page.getByTestId('quantity-row').evaluateAll((rows) => rows.map((r) => Number(r.dataset.ann.slice(1))));
  const base = (i) => qs[i].base?.number ?? qs[i].number;
  let ids = await order();
  assert.equal(ids.length, Math.min(ROW_LIMIT, qs.length));
  for (let k = 1; k < ids.length; k++) assert.ok(base(ids[k - 1]) <= base(ids[k]), 'ascending');
  await sortButton.click();
  assert.equal(await page.locator('#qty-table th.col-base').getAttribute('aria-sort'), 'descending');
  ids = await order();
  for (let k = 1; k < ids.length; k++) assert.ok(base(ids[k - 1]) >= base(ids[k]), 'descending');

  // Search narrows the rows.
  await page.locator('#qty-search').fill('50.05');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="quantity-row"]').length === 1);

  // Filter by kind, where the report has more than one kind of indicator.
  await page.getByTestId('tab-indicators').click();
  const kinds = [...new Set(report.indicators.map((i) => i.kind))];
  assert.ok(kinds.length > 1, 'the seed has more than one kind of indicator');
  {
    const kind = kinds.includes('target') ? 'target' : kinds[0];
    await page.getByTestId('filter-kind').selectOption(kind);
    const classes = await page.getByTestId('indicator-row').evaluateAll((rows) => rows.map((r) => r.className));
    assert.equal(classes.length, Math.min(ROW_LIMIT, report.indicators.filter((i) => i.kind === kind).length));
    assert.ok(classes.every((c) => c.includes(`kind-${kind}`)));
    await page.getByTestId('filter-kind').selectOption('all');
  }

  // Keyboard: Tab reaches the parse button with a visible focus ring; Enter on a row's button shows its evidence.
  await page.getByTestId('input').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'parse');
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'none');
  {
    await page.getByTestId('indicator-row').first().locator('.evidence-link').focus();
    await page.keyboard.press('Enter');
    const { start, end } = report.indicators[0].span;
    assert.equal(await currentEvidence(page), s.text.slice(start, end));
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('English toggle, and the last input and language survive a reload', async () => {
  const { context, page, errors } = await open(env.browser, env.origin);
  // Chinese text set in a Latin-first font list is shaped twice (the Latin face, then the fallback): the
  // Chinese page lists the CJK faces first, the English one a Latin face.
  const latinFirst = () => page.evaluate(() => {
    const faces = getComputedStyle(document.body).fontFamily.split(',').map((f) => f.trim().replace(/"/g, ''));
    return faces.indexOf('system-ui') < faces.indexOf('WenQuanYi Micro Hei');
  });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  assert.equal(await latinFirst(), false);
  assert.equal(await page.getByTestId('parse').textContent(), '提取');
  await loadSeed(page, seed('004').index);
  // A ranking shows in the value column: as written in Chinese, spelled out in English.
  const ranking = () => page.getByTestId('indicator-row').filter({ hasText: '全国综合实力百强县市排名' }).locator('td.col-value').textContent();
  assert.equal(await ranking(), '位列全国综合实力百强县市第49位');
  await page.getByTestId('lang').click();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await latinFirst(), true);
  assert.equal(await ranking(), 'No. 49 in 全国综合实力百强县市');
  assert.equal(await page.getByTestId('parse').textContent(), 'Read');
  const summary = await page.getByTestId('summary').textContent();
  assert.match(summary, /traditional/);
  assert.match(summary, /Pinyin readings removed/);
  assert.match(await page.getByTestId('tab-quantities').textContent(), /Quantities/);
  assert.match(await page.getByTestId('status').textContent(), /^Done/);
  await page.screenshot({ path: path.join(artifacts, 'desktop-en.png') });

  await page.reload();
  assert.equal(await waitIdle(page), 'ready'); // the last input is read again
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.getByTestId('input').inputValue(), seed('004').text.replace(/\r\n?/g, '\n'));
  await page.getByTestId('lang').click();
  assert.equal(await page.getByTestId('parse').textContent(), '提取');
  assert.deepEqual(errors, []);
  await context.close();
});

test('screenshots: desktop (light and dark) and phone', async () => {
  const shot = async (name, viewport, n, options = {}) => {
    const { context, page, errors } = await open(env.browser, env.origin, { viewport, ...options });
    await loadSeed(page, n);
    // Show one piece of evidence, as a reader would after a click.
    const row = (await page.getByTestId('indicator-row').count()) ? page.getByTestId('indicator-row').first() : page.getByTestId('quantity-row').first();
    await row.locator('.evidence-link').click();
    await page.evaluate(() => scrollTo(0, 0));
    await evidenceInView(page);
    await page.screenshot({ path: path.join(artifacts, name), fullPage: options.fullPage ?? false });
    assert.deepEqual(errors, []);
    await context.close();
  };
  await shot('desktop.png', { width: 1280, height: 1100 }, seed('002').index);
  await shot('desktop-dark.png', { width: 1280, height: 1100 }, seed('004').index, { colorScheme: 'dark' });
  await shot('phone.png', { width: 390, height: 844 }, seed('004').index, { fullPage: true, deviceScaleFactor: 1 });
  for (const f of ['desktop.png', 'desktop-dark.png', 'phone.png']) assert.ok(fs.statSync(path.join(artifacts, f)).size > 10_000, f);
  assert.ok(fs.existsSync(path.join(root, 'dist/index.html')));
});

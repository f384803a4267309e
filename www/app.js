// The page: input (paste, files, samples), the worker, the result views, the annotated source, exports.
// The user's text is only ever put into the page as text nodes (textContent / append(string)).
import { h, $, reducedMotion, afterPaint } from './js/dom.js';
import { t, label, getLang, setLang, applyStatic } from './js/i18n.js';
import { num } from './js/format.js';
import { fileToText, ACCEPT, UnsupportedFile } from './js/files.js';
import { WorkerClient, Cancelled } from './js/worker-client.js';
import { SourceView } from './js/source.js';
import { growthRows, growthChart } from './js/chart.js';
import { saveLast, keptInIdb, loadLast, clearLast, prefs } from './js/store.js';
import { indicatorsCsv, commitmentsCsv, quantitiesCsv, markdown, download } from './js/export.js';
import {
  renderSummary, renderTargets, renderHead, row, sortItems, renderCommitments, IND_COLS, QTY_COLS, KINDS, STRENGTHS,
} from './js/views.js';

/** Inputs longer than this stay out of the textarea: a multi-megabyte textarea makes the page crawl. */
const LARGE = 300_000;
/** Rows rendered before "show all". */
const ROW_LIMIT = 400;
/** Rows drawn in the frame that shows a table; the rest follow once it is painted. A fresh page sets up
 * the glyphs of every character on first use, so each row laid out delays the first result (~0.2 ms). */
const FIRST_ROWS = 40;

// What boot.js started while the page was parsed: the worker, the sample list and a linked sample.
const boot = self.zhibiaoBoot ?? {};
delete self.zhibiaoBoot;
const client = new WorkerClient(new URL('./worker.js', import.meta.url), boot.worker);
const state = {
  largeText: null,        // the input when it is too large for the textarea
  result: null,           // {report, quantities, text, ms}
  job: 0,
  tab: 'indicators',
  tabChosen: false,       // the user picked a tab: keep it across parses
  ind: { sort: { key: 'pos', dir: 1 }, kind: 'all', section: 'all', q: '', all: false },
  qty: { sort: { key: 'pos', dir: 1 }, q: '', all: false },
  com: { strength: 'all', q: '' },
  selected: null,
  runOnInput: false,
};

const textarea = $('text');
const debounce = (fn, ms = 120) => { let id; return (...a) => { clearTimeout(id); id = setTimeout(() => fn(...a), ms); }; };
const source = new SourceView($('source-scroll'), $('source-body'), {
  onPick: (ids) => select(pickId(ids), { from: 'source' }),
  onProgress: (p) => { $('source-progress').textContent = p < 1 ? t('source.rendering', { p: Math.floor(p * 100) }) : ''; },
});

// ---- input ----------------------------------------------------------------------------------------

function currentText() { return state.largeText ?? textarea.value; }

/** Puts `text` in the input: the textarea when it is small, otherwise a summary card that holds it. */
function setInput(text) {
  if (text.length > LARGE) {
    state.largeText = text;
    const hadFocus = document.activeElement === textarea;
    textarea.value = '';
    textarea.hidden = true;
    if (hadFocus) $('parse').focus();
    $('large').hidden = false;
    $('large-note').textContent = t('large.note', { chars: num(text.length) });
    $('large-preview').textContent = `${text.slice(0, 280)}…`;
  } else {
    state.largeText = null;
    $('large').hidden = true;
    textarea.hidden = false;
    textarea.value = text;
  }
}

/** Shows status `key` (an i18n key, '' for none); kept so that a language switch can say it again. */
function setStatus(key, vars = {}, kind = '') {
  state.status = { key, vars, kind };
  $('status').textContent = key ? t(key, vars) : '';
  $('status').className = kind;
}

let ticker = null;
/** The page's phase on <body data-state> (busy, ready, error, cancelled) and data-runs, for tests and styling. */
function setPhase(phase) {
  document.body.dataset.state = phase;
  if (phase !== 'busy') document.body.dataset.runs = String(Number(document.body.dataset.runs ?? 0) + 1);
}

function setBusy(on, text) {
  $('progress').hidden = !on;
  $('cancel').hidden = !on;
  $('results').setAttribute('aria-busy', String(on));
  document.body.classList.toggle('busy', on);
  clearInterval(ticker);
  if (on) {
    const t0 = performance.now();
    // The live region says "working" once; the seconds tick beside it, out of the accessibility tree.
    setStatus('status.working', { chars: num(text.length) });
    const tick = () => { $('elapsed').textContent = t('status.elapsed', { s: ((performance.now() - t0) / 1000).toFixed(1) }); };
    tick();
    ticker = setInterval(tick, 200);
  } else {
    $('elapsed').textContent = '';
  }
}

/** Reads `text` (by default the input) in the worker and shows the result. The job is posted before the
 * first await; `shown` is called once the first result is drawn, or the reading failed. */
async function run(text = currentText(), { shown = () => {} } = {}) {
  if (!text.trim()) { setStatus('status.empty', {}, 'warn'); setPhase('error'); textarea.focus(); return; }
  if (client.busy) client.cancel();
  const job = ++state.job;
  const parsed = client.call('analyze', text, {}); // first: the worker starts while the page saves and draws
  const kept = saveLast(text);
  setBusy(true, text);
  setPhase('busy');
  // Marks for the browser's performance tools and tools/bench_node.mjs: zb:run → zb:parsed → zb:shown.
  performance.mark('zb:run');
  try {
    const { result, ms } = await parsed;
    if (job !== state.job) return;
    performance.mark('zb:parsed');
    state.result = { report: result.report, quantities: result.quantities, text, ms };
    state.selected = null;
    state.ind.all = false;
    state.qty.all = false;
    setBusy(false);
    setStatus('status.done', { chars: num(text.length), ms: Math.round(ms) }, 'ok');
    if (!kept) client.call('keep', text).then(keptInIdb, () => {}); // in the worker, while the page renders
    const rendering = showResult();
    shown();
    await rendering;
    if (job === state.job) setPhase('ready');
  } catch (e) {
    if (job !== state.job) return;
    shown();
    setBusy(false);
    if (e instanceof Cancelled) { setStatus('status.cancelled'); setPhase('cancelled'); }
    else { setStatus('status.error', { e: e.message }, 'error'); setPhase('error'); }
  }
}

async function loadFile(file) {
  setStatus('status.reading', { name: file.name });
  try {
    const text = await fileToText(file);
    setInput(text);
    setStatus('status.loaded', { name: file.name, chars: num(text.length) });
    markSample(null);
    await run();
  } catch (e) {
    if (e instanceof UnsupportedFile) setStatus('status.unsupported', { name: file.name }, 'error');
    else setStatus('status.fileError', { name: file.name, e: e.message }, 'error');
    setPhase('error');
  }
}

/** Opens sample `file`; `early` resolves to {file, text} when boot.js has fetched it already. */
async function loadSample(file, button, early = null) {
  performance.mark('zb:sample');
  markSample(button);
  try {
    const got = await early;
    let text = got?.file === file ? got.text : null;
    if (text == null) {
      const res = await fetch(`seeds/${file}`);
      if (!res.ok) throw new Error(`${res.status}`);
      text = await res.text();
    }
    // The textarea gets the text once the first result is painted: laying out a long text there takes
    // tens of ms of the main thread, which the first result needs more.
    let filled = false;
    await run(text, { shown: () => afterPaint(() => { if (!filled) setInput(text); filled = true; }) });
  } catch (e) {
    setStatus('status.fileError', { name: file, e: e.message }, 'error');
    setPhase('error');
  }
}

/** The sample a link opens: `#sample=5` is the fifth sample button (null: none). */
const sampleOf = (hash) => Number(/^#sample=(\d+)$/.exec(hash)?.[1]) || null;
const linkedSample = sampleOf(location.hash);
// A link followed in an open page (the address edited, or a link clicked) opens its sample too.
addEventListener('hashchange', () => $('samples').children[sampleOf(location.hash) - 1]?.click());

/** Presses `button` (null: none) and makes the address a link to its sample, or drops the link. */
function markSample(button) {
  for (const b of $('samples').querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
  const hash = button ? `#sample=${button.dataset.n}` : '';
  if (location.hash !== hash) history.replaceState(null, '', hash || location.pathname + location.search);
}

/** Fills the sample buttons; resolves once a linked sample (#sample=N) is read and shown. */
async function loadSamples() {
  let list;
  try {
    list = await (boot.samples ?? fetch('seeds/index.json').then((r) => r.json()));
    $('samples').replaceChildren(...list.map((s, i) => {
      const b = h('button', { type: 'button', class: 'sample', title: s.title, 'aria-pressed': 'false', dataset: { file: s.file, n: String(i + 1) } },
        h('span', { class: 'sample-n', 'aria-hidden': 'true' }, String(i + 1)), h('span', { class: 'sample-title' }, s.title));
      b.addEventListener('click', () => loadSample(s.file, b));
      return b;
    }));
  } catch { return; /* no samples offline before the first visit */ }
  const linked = list[linkedSample - 1];
  if (linked) await loadSample(linked.file, $('samples').children[linkedSample - 1], boot.sample);
}

// A paste anywhere outside a field replaces the input and is read at once.
document.addEventListener('paste', (e) => {
  if (e.target.closest?.('input, textarea, select, [contenteditable]')) return;
  const pasted = e.clipboardData?.getData('text/plain');
  if (!pasted) return;
  e.preventDefault();
  setInput(pasted);
  markSample(null);
  run();
});

// Paste: a paste that replaces everything is read at once; a huge one never touches the textarea.
textarea.addEventListener('paste', (e) => {
  const pasted = e.clipboardData?.getData('text/plain');
  if (pasted == null || pasted === '') return;
  const { selectionStart: a, selectionEnd: b, value } = textarea;
  const whole = value.length === 0 || (a === 0 && b === value.length);
  if (whole ? pasted.length > LARGE : value.length - (b - a) + pasted.length > LARGE) {
    e.preventDefault();
    setInput(whole ? pasted : value.slice(0, a) + pasted + value.slice(b));
    markSample(null);
    run();
  } else if (whole) {
    state.runOnInput = true; // after the browser inserts it
  }
});
const saveSoon = debounce(() => saveLast(textarea.value), 600);
textarea.addEventListener('input', () => {
  markSample(null); // an edited sample is the user's own text: no longer what its link opens
  if (state.runOnInput) { state.runOnInput = false; run(); return; }
  saveSoon();
  if (state.result && !client.busy) setStatus('status.stale', {}, 'warn');
});
textarea.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
});

$('parse').addEventListener('click', () => run());
$('cancel').addEventListener('click', () => client.cancel());
$('open').addEventListener('click', () => $('file').click());
$('file').accept = ACCEPT;
$('file').addEventListener('change', () => { const f = $('file').files[0]; if (f) loadFile(f); $('file').value = ''; });
$('clear').addEventListener('click', () => {
  if (client.busy) client.cancel();
  setInput('');
  clearLast();
  markSample(null);
  state.result = null;
  $('results').hidden = true;
  document.body.classList.remove('has-results');
  source.clear();
  setStatus('');
  textarea.focus();
});
$('large-edit').addEventListener('click', () => {
  const text = state.largeText;
  state.largeText = null;
  $('large').hidden = true;
  textarea.hidden = false;
  textarea.value = text;
  textarea.focus();
});

// Files dropped anywhere on the page are read; the page never navigates to them.
let dragDepth = 0;
const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
addEventListener('dragenter', (e) => { if (hasFiles(e)) { dragDepth++; document.body.classList.add('dragging'); } });
addEventListener('dragleave', (e) => { if (hasFiles(e) && --dragDepth <= 0) { dragDepth = 0; document.body.classList.remove('dragging'); } });
addEventListener('dragover', (e) => { if (hasFiles(e)) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; } });
addEventListener('drop', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  dragDepth = 0;
  document.body.classList.remove('dragging');
  const f = e.dataTransfer.files[0];
  if (f) loadFile(f);
});

// ---- results --------------------------------------------------------------------------------------

function annotations({ report, quantities }) {
  const out = [];
  report.indicators.forEach((x, i) => out.push({ id: `i${i}`, type: 'ind', start: x.span.start, end: x.span.end, cls: `k-${x.kind}` }));
  report.commitments.forEach((x, i) => out.push({ id: `c${i}`, type: 'com', start: x.span.start, end: x.span.end }));
  quantities.forEach((x, i) => out.push({ id: `q${i}`, type: 'q', start: x.span.start, end: x.span.end }));
  // Long warning spans (a repeated paragraph) are marked but not underlined: they show when located.
  report.warnings.forEach((x, i) => { if (x.span) out.push({ id: `w${i}`, type: 'w', start: x.span.start, end: x.span.end, cls: x.span.end - x.span.start > 200 ? 'w-long' : '' }); });
  return out;
}

function showResult() {
  const r = state.result;
  $('results').hidden = false;
  document.body.classList.add('has-results');
  if (!state.tabChosen) state.tab = r.report.indicators.length || !r.quantities.length ? 'indicators' : 'quantities';
  setTab(state.tab);
  renderAll();
  performance.mark('zb:shown');
  // The annotated source after the results are painted: the first frame lays out the table alone.
  return new Promise((resolve) => afterPaint(() => resolve(state.result === r ? source.set(r.text, annotations(r)) : null)));
}

/** Everything but the source (which does not depend on the language). */
function renderAll() {
  const r = state.result;
  if (!r) return;
  renderSummary(r.report, r.quantities, { chars: r.text.length, ms: r.ms }, (i) => select(`w${i}`, { from: 'summary' }));
  renderTargets(r.report, (id) => select(id, { from: 'row' }), () => {
    Object.assign(state.ind, { kind: 'target', section: 'all', q: '', all: true });
    $('ind-search').value = '';
    renderFilters();
    renderIndicators();
    setTab('indicators', { user: true, focus: true });
    $('tabs').scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
  });
  $('count-indicators').textContent = String(r.report.indicators.length);
  $('count-commitments').textContent = String(r.report.commitments.length);
  $('count-quantities').textContent = String(r.quantities.length);
  renderFilters();
  // Only the open panel now; the others when they are opened (a big report has thousands of rows).
  state.dirty = new Set(Object.keys(PANELS));
  renderPanel(state.tab);
  markSelected();
}

const PANELS = { indicators: () => renderIndicators(), quantities: () => renderQuantities(), commitments: () => renderCommitmentsView(), chart: () => renderChart() };
function renderPanel(name) {
  if (!state.result || !state.dirty?.has(name)) return;
  state.dirty.delete(name);
  PANELS[name]();
}

function options(select, values, current, labelOf) {
  select.replaceChildren(h('option', { value: 'all' }, t('filter.all')), ...values.map((v) => h('option', { value: v }, labelOf(v))));
  select.value = values.includes(current) || current === 'all' ? current : 'all';
}

function renderFilters() {
  const { report } = state.result;
  const kinds = KINDS.filter((k) => report.indicators.some((i) => i.kind === k));
  options($('ind-kind'), kinds, state.ind.kind, (k) => `${label('kind', k)} (${report.indicators.filter((i) => i.kind === k).length})`);
  const used = [...new Set(report.indicators.map((i) => i.section).filter((s) => s != null))].sort((a, b) => a - b);
  $('ind-section-wrap').hidden = !used.length;
  options($('ind-section'), used.map(String), state.ind.section, (s) => report.sections[Number(s)]?.title ?? `#${s}`);
  const strengths = STRENGTHS.filter((s) => report.commitments.some((c) => c.strength === s));
  options($('com-strength'), strengths, state.com.strength, (s) => label('strength', s));
}

const matches = (q, ...fields) => !q || fields.some((f) => f && String(f).toLowerCase().includes(q));

function indicatorItems() {
  const { report, text } = state.result;
  const { kind, section, q, sort } = state.ind;
  const needle = q.trim().toLowerCase();
  const items = report.indicators.map((ind, i) => ({ ind, i, pos: i })).filter(({ ind }) =>
    (kind === 'all' || ind.kind === kind) && (section === 'all' || String(ind.section) === section)
    && matches(needle, ind.name, ind.canonical, ind.canonicalName, text.slice(ind.span.start, ind.span.end)));
  return sortItems(items, IND_COLS, sort);
}

function renderIndicators() {
  const { report, quantities } = state.result;
  const items = indicatorItems();
  const shown = state.ind.all ? items : items.slice(0, ROW_LIMIT);
  renderHead($('ind-table'), IND_COLS, state.ind.sort, (key) => { toggleSort(state.ind, key); renderIndicators(); });
  fillRows($('ind-table').tBodies[0], shown, (x) => row(IND_COLS, x, `i${x.i}`, 'indicator-row', `kind-${x.ind.kind}`));
  $('ind-table').hidden = !items.length;
  $('ind-more').hidden = shown.length === items.length;
  $('ind-showing').textContent = report.indicators.length ? t('table.showing', { shown: num(shown.length), total: num(report.indicators.length) }) : '';
  const empty = $('ind-empty');
  empty.hidden = items.length > 0;
  if (!report.indicators.length) {
    empty.replaceChildren(h('p', {}, t('empty.indicators'), quantities.length ? ' ' : '',
      quantities.length ? h('button', { type: 'button', class: 'link', onclick: () => setTab('quantities', { user: true, focus: true }) }, t('empty.indicatorsQuantities', { n: quantities.length })) : null));
  } else {
    empty.replaceChildren(h('p', {}, t('empty.filtered')));
  }
  markSelected();
}

/** Fills `body` with a row per item (`make`): FIRST_ROWS now, the rest after the next paint (or at
 * flushRows), unless the body is filled again before. */
const pendingRows = new Map(); // body → the function that appends its remaining rows
function fillRows(body, items, make) {
  pendingRows.delete(body);
  body.replaceChildren(...items.slice(0, FIRST_ROWS).map(make));
  if (items.length <= FIRST_ROWS) return;
  const rest = () => {
    if (pendingRows.get(body) !== rest) return;
    pendingRows.delete(body);
    body.append(...items.slice(FIRST_ROWS).map(make));
    markSelected();
  };
  pendingRows.set(body, rest);
  afterPaint(rest);
}
/** Appends now the rows fillRows left for after the paint: for finding a row in the page. */
const flushRows = () => { for (const rest of [...pendingRows.values()]) rest(); };

function quantityItems() {
  const { quantities, text } = state.result;
  const needle = state.qty.q.trim().toLowerCase();
  // The text column shows the evidence as the user gave it (q.text is its normalized form).
  const items = quantities.map((q, i) => ({ q, i, pos: i, src: text.slice(q.span.start, q.span.end) }))
    .filter(({ q, src }) => matches(needle, src, q.text, q.unit));
  return sortItems(items, QTY_COLS, state.qty.sort);
}

function renderQuantities() {
  const { quantities } = state.result;
  const items = quantityItems();
  const shown = state.qty.all ? items : items.slice(0, ROW_LIMIT);
  renderHead($('qty-table'), QTY_COLS, state.qty.sort, (key) => { toggleSort(state.qty, key); renderQuantities(); });
  fillRows($('qty-table').tBodies[0], shown, (x) => row(QTY_COLS, x, `q${x.i}`, 'quantity-row'));
  $('qty-table').hidden = !items.length;
  $('qty-more').hidden = shown.length === items.length;
  $('qty-showing').textContent = quantities.length ? t('table.showing', { shown: num(shown.length), total: num(quantities.length) }) : '';
  $('qty-empty').hidden = items.length > 0;
  $('qty-empty').replaceChildren(h('p', {}, quantities.length ? t('empty.filtered') : t('empty.quantities')));
  markSelected();
}

function commitmentItems() {
  const { report, text } = state.result;
  const needle = state.com.q.trim().toLowerCase();
  return report.commitments.map((c, i) => ({ c, i })).filter(({ c }) =>
    (state.com.strength === 'all' || c.strength === state.com.strength) && matches(needle, c.text, c.cue, c.deadline?.text, text.slice(c.span.start, c.span.end)));
}

function renderCommitmentsView() {
  const { report, text } = state.result;
  const items = commitmentItems();
  renderCommitments(items, text);
  $('com-showing').textContent = report.commitments.length ? t('table.showing', { shown: num(items.length), total: num(report.commitments.length) }) : '';
  $('com-empty').hidden = items.length > 0;
  $('com-empty').replaceChildren(h('p', {}, report.commitments.length ? t('empty.filtered') : t('empty.commitments')));
  markSelected();
}

function renderChart() {
  const rows = growthRows(state.result.report.indicators);
  const svg = growthChart(rows, (i) => select(`i${i}`, { from: 'row' }));
  $('chart').replaceChildren(...(svg ? [h('figcaption', { 'aria-hidden': 'true' }, t('chart.title')), svg] : []));
  $('chart').hidden = !svg;
  $('chart-empty').hidden = !!svg;
  $('chart-empty').replaceChildren(h('p', {}, t('empty.chart')));
}

function toggleSort(s, key) {
  s.sort = s.sort.key === key ? { key, dir: -s.sort.dir } : { key, dir: 1 };
}

// Filters and search.
$('ind-kind').addEventListener('change', (e) => { state.ind.kind = e.target.value; renderIndicators(); });
$('ind-section').addEventListener('change', (e) => { state.ind.section = e.target.value; renderIndicators(); });
$('ind-search').addEventListener('input', debounce((e) => { state.ind.q = e.target.value; renderIndicators(); }));
$('qty-search').addEventListener('input', debounce((e) => { state.qty.q = e.target.value; renderQuantities(); }));
$('com-strength').addEventListener('change', (e) => { state.com.strength = e.target.value; renderCommitmentsView(); });
$('com-search').addEventListener('input', debounce((e) => { state.com.q = e.target.value; renderCommitmentsView(); }));
$('ind-more').addEventListener('click', () => { state.ind.all = true; renderIndicators(); });
$('qty-more').addEventListener('click', () => { state.qty.all = true; renderQuantities(); });

// A click anywhere on a row (or on its evidence button) shows the evidence.
for (const id of ['ind-table', 'qty-table', 'com-groups']) {
  $(id).addEventListener('click', (e) => {
    if (e.target.closest('th')) return;
    const button = e.target.closest('button');
    if (button && !button.classList.contains('evidence-link')) return;
    const ann = e.target.closest('[data-ann]')?.dataset.ann;
    if (ann) select(ann, { from: 'row' });
  });
}

// ---- selection: row ⇄ evidence --------------------------------------------------------------------

const TAB_OF = { i: 'indicators', c: 'commitments', q: 'quantities' };
const PREF = { indicators: 'i', chart: 'i', commitments: 'c', quantities: 'q' };

/** Of the annotations under a click, the one to select: the current tab's kind first, then the tightest. */
function pickId(ids) {
  const ann = ids.map((id) => source.byId.get(id)).filter(Boolean);
  const len = (a) => a.end - a.start;
  const rank = (a) => (a.id[0] === PREF[state.tab] ? 0 : 1 + 'icqw'.indexOf(a.id[0]));
  ann.sort((a, b) => rank(a) - rank(b) || len(a) - len(b));
  return ann[0]?.id;
}

function select(id, { from }) {
  if (!id) return;
  state.selected = id;
  source.show(id, { scroll: from !== 'source', smooth: !reducedMotion() });
  if (from === 'source') revealRow(id);
  markSelected();
}

function markSelected() {
  for (const e of document.querySelectorAll('.is-selected')) e.classList.remove('is-selected');
  if (!state.selected) return;
  for (const e of document.querySelectorAll(`[data-ann="${state.selected}"]`)) e.classList.add('is-selected');
}

/** Shows the row of `id`: its tab, with filters cleared if they hide it. */
function revealRow(id) {
  const tab = TAB_OF[id[0]];
  if (!tab) return;
  if (state.tab !== tab) setTab(tab);
  flushRows();
  let el = document.querySelector(`.tabpanel [data-ann="${id}"]`);
  if (!el) {
    if (tab === 'indicators') { Object.assign(state.ind, { kind: 'all', section: 'all', q: '', all: true }); $('ind-search').value = ''; renderFilters(); renderIndicators(); }
    if (tab === 'quantities') { Object.assign(state.qty, { q: '', all: true }); $('qty-search').value = ''; renderQuantities(); }
    if (tab === 'commitments') { Object.assign(state.com, { strength: 'all', q: '' }); $('com-search').value = ''; renderFilters(); renderCommitmentsView(); }
    flushRows();
    el = document.querySelector(`.tabpanel [data-ann="${id}"]`);
  }
  if (!el) return;
  el.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
  el.querySelector('.evidence-link')?.focus({ preventScroll: true });
}

// ---- tabs -----------------------------------------------------------------------------------------

const tabs = [...document.querySelectorAll('[role="tab"]')];
function setTab(name, { user = false, focus = false } = {}) {
  state.tab = name;
  if (user) state.tabChosen = true;
  renderPanel(name);
  for (const tab of tabs) {
    const on = tab.dataset.tab === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(tab.getAttribute('aria-controls')).hidden = !on;
    if (on && focus) tab.focus();
  }
}
for (const tab of tabs) tab.addEventListener('click', () => setTab(tab.dataset.tab, { user: true }));
$('tabs').addEventListener('keydown', (e) => {
  const i = tabs.findIndex((x) => x.dataset.tab === state.tab);
  const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
  if (next == null) return;
  e.preventDefault();
  setTab(tabs[(next + tabs.length) % tabs.length].dataset.tab, { user: true, focus: true });
});

// Highlight layers on and off.
for (const box of document.querySelectorAll('[data-layer]')) {
  box.addEventListener('change', () => $('source-body').classList.toggle(`hide-${box.dataset.layer}`, !box.checked));
}

// ---- exports --------------------------------------------------------------------------------------

function baseName() {
  const m = state.result.report.meta;
  return ['zhibiao', m.region, m.year].filter(Boolean).join('-');
}

$('export-csv').addEventListener('click', () => {
  if (!state.result) return;
  const { text } = state.result;
  let name;
  let content;
  if (state.tab === 'commitments') { name = 'commitments'; content = commitmentsCsv(commitmentItems().map((x) => x.c)); }
  else if (state.tab === 'quantities') { name = 'quantities'; content = quantitiesCsv(quantityItems().map((x) => x.q), text); }
  else { name = 'indicators'; content = indicatorsCsv(indicatorItems().map((x) => x.ind), text); }
  const file = `${baseName()}-${name}.csv`;
  download(file, content, 'text/csv;charset=utf-8');
  setStatus('status.saved', { name: file }, 'ok');
});

$('export-json').addEventListener('click', () => {
  if (!state.result) return;
  const file = `${baseName()}.json`;
  download(file, `${JSON.stringify(state.result.report, null, 2)}\n`, 'application/json');
  setStatus('status.saved', { name: file }, 'ok');
});

$('export-md').addEventListener('click', async () => {
  if (!state.result) return;
  const md = markdown(state.result.report, state.result.quantities, state.result.text);
  try {
    await navigator.clipboard.writeText(md);
    setStatus('status.copied', {}, 'ok');
  } catch {
    $('md-text').value = md;
    $('md-dialog').showModal();
    $('md-text').select();
    setStatus('status.copyFailed', {}, 'warn');
  }
});
$('md-close').addEventListener('click', () => $('md-dialog').close());

// ---- language -------------------------------------------------------------------------------------

function applyLang(lang) {
  setLang(lang);
  prefs.set('lang', lang);
  applyStatic();
  if (state.largeText) setInput(state.largeText);
  if (state.status && document.body.dataset.state !== 'busy') setStatus(state.status.key, state.status.vars, state.status.kind);
  renderAll();
}
$('lang').addEventListener('click', () => applyLang(getLang() === 'zh' ? 'en' : 'zh'));

// ---- start ----------------------------------------------------------------------------------------

setLang(prefs.get('lang', 'zh'));
applyStatic();
const opened = loadSamples();
const restored = loadLast().then((text) => {
  if (!text || currentText() || linkedSample) return undefined;
  setInput(text);
  setStatus('status.restored');
  return run();
});
// The service worker precaches the whole site when it installs (the wasm alone is 1.1 MB): registered at
// `load`, on a first visit it made a linked sample's first result ~85 ms later (BENCHMARKS.md, "The site").
// So it waits for the page's load and for what the page opened with to be on screen.
if ('serviceWorker' in navigator) {
  const loaded = new Promise((resolve) => (document.readyState === 'complete' ? resolve() : addEventListener('load', resolve, { once: true })));
  Promise.allSettled([loaded, opened, restored]).then(() => afterPaint(() => {
    performance.mark('zb:sw');
    navigator.serviceWorker.register('sw.js').catch(() => {});
  }));
}

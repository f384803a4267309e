// The result views: summary, main targets, the indicators and quantities tables, commitments by category.
// Each takes data and callbacks and builds DOM; every piece of the user's text goes in as a text node.
import { h, $ } from './dom.js';
import { t, label, getLang, warningLabel } from './i18n.js';
import { figureText, valueText, changeText, qualifierText, periodText, num, signedChange, sortValue } from './format.js';

const collator = () => new Intl.Collator(getLang() === 'zh' ? 'zh-CN' : 'en', { numeric: true });
const KIND_ORDER = ['target', 'actual', 'estimate', 'rank'];
export const KINDS = KIND_ORDER;
export const STRENGTHS = ['must', 'strive', 'plan', 'continue'];
export const CATEGORIES = ['economy', 'industry', 'innovation', 'openness', 'consumption', 'urbanRural', 'agriculture', 'ecology',
  'livelihood', 'safety', 'governance', 'other'];

// ---- summary --------------------------------------------------------------------------------------

/** Fills the summary card. `onWarning(index)` shows a warning's span. */
export function renderSummary(report, quantities, { chars, ms }, onWarning) {
  const m = report.meta;
  const unknown = () => h('span', { class: 'muted' }, t('summary.unknown'));
  const facts = [
    ['region', m.region ? [m.region, m.regionLevel ? h('small', {}, ` ${label('regionLevel', m.regionLevel)}`) : null] : unknown()],
    ['year', m.year != null ? [String(m.year), m.reviewYear != null && m.reviewYear !== m.year ? h('small', {}, ` · ${t('summary.reviewYear')} ${m.reviewYear}`) : null]
      : m.reviewYear != null ? `${t('summary.reviewYear')} ${m.reviewYear}` : unknown()],
    ['docType', label('docType', m.docType)],
    ['script', h('span', { class: `script script-${m.script}`, 'data-testid': 'script' }, label('script', m.script))],
  ];
  if (m.date) facts.push(['date', m.date]);
  if (m.speaker) facts.push(['speaker', [m.speaker, m.speakerTitle ? h('small', {}, ` ${m.speakerTitle}`) : null]]);
  $('meta').replaceChildren(...facts.map(([k, v]) => h('div', { class: `fact fact-${k}` }, h('dt', {}, t(`summary.${k}`)), h('dd', {}, v))));
  if (m.title) $('meta').prepend(h('div', { class: 'fact fact-title' }, h('dt', {}, t('summary.title')), h('dd', {}, m.title)));

  const targets = report.indicators.filter((i) => i.kind === 'target').length;
  const counts = [
    ['indicators', report.indicators.length, targets ? `${t('summary.targets')} ${targets}` : null],
    ['commitments', report.commitments.length],
    ['quantities', quantities.length],
  ];
  $('counts').replaceChildren(...counts.map(([k, n, note]) => h('li', { class: `count-${k}`, 'data-testid': `count-${k}` },
    h('span', { class: 'n' }, String(n)), h('span', { class: 'what' }, t(`summary.${k}`)), note ? h('span', { class: 'note' }, note) : null)),
  h('li', { class: 'count-size' }, `${num(chars)} ${t('unit.chars')} · ${Math.round(ms)} ${t('summary.msUnit')}`));

  const groups = new Map();
  report.warnings.forEach((w, i) => {
    if (!groups.has(w.code)) groups.set(w.code, []);
    groups.get(w.code).push(i);
  });
  const box = $('warnings');
  if (!groups.size) {
    box.replaceChildren(h('p', { class: 'ok' }, t('summary.noWarnings')));
    return;
  }
  box.replaceChildren(h('h3', {}, t('summary.warnings')), h('ul', {}, [...groups].map(([code, idx]) => {
    const w = report.warnings[idx[0]];
    const withSpan = idx.filter((i) => report.warnings[i].span);
    let at = 0;
    const locate = withSpan.length ? h('button', { type: 'button', class: 'link small', 'data-testid': 'warning-locate' }, t('summary.locate', { i: 1, n: withSpan.length })) : null;
    locate?.addEventListener('click', () => {
      onWarning(withSpan[at]);
      at = (at + 1) % withSpan.length;
      locate.textContent = t('summary.locate', { i: at + 1, n: withSpan.length });
    });
    return h('li', { class: `warning w-${code}`, 'data-code': code, 'data-testid': 'warning', title: w.message },
      h('span', { class: 'w-label' }, warningLabel(w)), idx.length > 1 ? h('span', { class: 'w-count' }, `×${num(idx.length)}`) : null, locate);
  })));
}

// ---- main targets ---------------------------------------------------------------------------------

export function renderTargets(report, onPick, onMore, max = 12) {
  const targets = report.indicators.map((ind, i) => ({ ind, i })).filter((x) => x.ind.kind === 'target');
  $('targets').hidden = !targets.length;
  $('target-list').replaceChildren(...targets.slice(0, max).map(({ ind, i }) => {
    const main = ind.change ? changeText(ind.change) : valueText(ind.value);
    const second = ind.change && ind.value ? valueText(ind.value) : '';
    return h('li', {}, h('button', { type: 'button', class: 'tile', dataset: { ann: `i${i}` }, onclick: () => onPick(`i${i}`) },
      h('span', { class: 'tile-name' }, ind.canonicalName ?? ind.name),
      // 增长5% 左右 / about up 5%
      getLang() === 'zh' || !qualifierText(ind)
        ? h('span', { class: 'tile-value' }, main, qualifierText(ind) ? h('small', {}, ` ${qualifierText(ind)}`) : null)
        : h('span', { class: 'tile-value' }, h('small', {}, `${qualifierText(ind)} `), main),
      second ? h('span', { class: 'tile-second' }, second) : null,
      ind.period ? h('span', { class: 'tile-period' }, periodText(ind.period)) : null));
  }));
  if (targets.length > max) {
    $('target-list').append(h('li', { class: 'more-targets' }, h('button', { type: 'button', class: 'link', onclick: onMore }, t('targets.more', { n: targets.length - max }))));
  }
}

// ---- sortable, filterable tables ------------------------------------------------------------------

/** Columns of the indicators table: key, header, cell text, sort key (text or number; null sorts last). */
export const IND_COLS = [
  { key: 'name', head: 'col.name', text: (x) => x.ind.name, sort: (x) => x.ind.name, type: 'text' },
  // The canonical name only where it says something the name does not.
  { key: 'canonical', head: 'col.canonical', text: (x) => (x.ind.canonicalName && x.ind.canonicalName !== x.ind.name ? x.ind.canonicalName : ''), sort: (x) => x.ind.canonicalName ?? x.ind.canonical, type: 'text' },
  { key: 'value', head: 'col.value', text: (x) => figureText(x.ind), sort: (x) => sortValue(x.ind), type: 'num' },
  { key: 'change', head: 'col.change', text: (x) => changeText(x.ind.change), sort: (x) => signedChange(x.ind.change), type: 'num' },
  { key: 'qualifier', head: 'col.qualifier', text: (x) => qualifierText(x.ind), sort: (x) => qualifierText(x.ind) || null, type: 'text' },
  { key: 'kind', head: 'col.kind', text: (x) => label('kind', x.ind.kind), sort: (x) => KIND_ORDER.indexOf(x.ind.kind), type: 'num' },
  { key: 'period', head: 'col.period', text: (x) => periodText(x.ind.period), sort: (x) => x.ind.period?.from ?? (x.ind.period?.year != null ? String(x.ind.period.year) : null), type: 'text' },
];

export const QTY_COLS = [
  { key: 'text', head: 'col.text', text: (x) => x.src, sort: (x) => x.q.span.start, type: 'num' },
  { key: 'number', head: 'col.number', text: (x) => (x.q.max != null && x.q.min != null ? `${num(x.q.min)}–${num(x.q.max)}` : num(x.q.number)), sort: (x) => x.q.number, type: 'num' },
  { key: 'unit', head: 'col.unit', text: (x) => x.q.unit, sort: (x) => x.q.unit || null, type: 'text' },
  { key: 'base', head: 'col.base', text: (x) => (x.q.base && (x.q.base.unit !== x.q.unit || x.q.base.number !== x.q.number) ? `${num(x.q.base.number)} ${x.q.base.unit}` : ''), sort: (x) => x.q.base?.number ?? x.q.number, type: 'num' },
  { key: 'qualifier', head: 'col.qualifier', text: (x) => (x.q.qualifier !== 'exact' ? label('qualifier', x.q.qualifier) : ''), sort: (x) => (x.q.qualifier !== 'exact' ? x.q.qualifier : null), type: 'text' },
];

/** `items` sorted by `sort` ({key, dir}; key 'pos' keeps text order); nulls last either way. */
export function sortItems(items, cols, sort) {
  const col = cols.find((c) => c.key === sort.key);
  if (!col) return items;
  const cmp = collator();
  const keyed = items.map((x) => [col.sort(x), x]);
  keyed.sort(([a, x], [b, y]) => {
    if (a == null || a === '') return b == null || b === '' ? x.pos - y.pos : 1;
    if (b == null || b === '') return -1;
    const d = col.type === 'num' ? a - b : cmp.compare(String(a), String(b));
    return d * sort.dir || x.pos - y.pos;
  });
  return keyed.map(([, x]) => x);
}

/** The <thead> with sort buttons and aria-sort. */
export function renderHead(table, cols, sort, onSort) {
  table.tHead.replaceChildren(h('tr', {}, cols.map((c) => {
    const active = sort.key === c.key;
    const th = h('th', { scope: 'col', class: `col-${c.key}`, 'aria-sort': active ? (sort.dir > 0 ? 'ascending' : 'descending') : null },
      h('button', { type: 'button', class: 'sort', 'data-sort': c.key, title: t('table.sortBy', { col: t(c.head) }) },
        t(c.head), h('span', { class: 'arrow', 'aria-hidden': 'true' }, active ? (sort.dir > 0 ? '▲' : '▼') : '↕')));
    th.querySelector('button').addEventListener('click', () => onSort(c.key));
    return th;
  })));
}

/** A table body row for an item: the first cell is a button that shows the evidence. */
export function row(cols, item, ann, testid, extraClass = '') {
  return h('tr', { 'data-testid': testid, dataset: { ann }, class: extraClass },
    cols.map((c, k) => {
      const text = c.text(item);
      const content = k === 0 ? h('button', { type: 'button', class: 'link evidence-link' }, text) : c.key === 'kind' ? h('span', { class: `badge kind-${item.ind.kind}` }, text) : text;
      return h('td', { class: `col-${c.key}`, 'data-label': t(c.head) }, content);
    }));
}

// ---- commitments ----------------------------------------------------------------------------------

export function renderCommitments(items, text) {
  const groups = new Map(CATEGORIES.map((c) => [c, []]));
  for (const x of items) {
    if (!groups.has(x.c.category)) groups.set(x.c.category, []);
    groups.get(x.c.category).push(x);
  }
  $('com-groups').replaceChildren(...[...groups].filter(([, list]) => list.length).map(([cat, list]) => h('details', { class: `com-group cat-${cat}`, open: true },
    h('summary', {}, h('h3', {}, label('category', cat), h('span', { class: 'count' }, String(list.length)))),
    h('ul', {}, list.map(({ c, i }) => {
      const body = c.text || text.slice(c.span.start, c.span.end);
      return h('li', { class: 'commitment', 'data-testid': 'commitment-item', dataset: { ann: `c${i}` } },
        h('span', { class: `badge strength s-${c.strength}`, title: c.cue }, label('strength', c.strength)),
        h('span', { class: 'com-text' }, body),
        h('span', { class: 'com-meta' },
          c.deadline ? h('span', { class: 'chip deadline', 'data-testid': 'deadline' }, `${t('commitment.deadline')} ${c.deadline.text}${c.deadline.by ? ` · ${c.deadline.by}` : ''}`) : null,
          c.quantified ? h('span', { class: 'chip quantified' }, t('commitment.quantified')) : null,
          h('button', { type: 'button', class: 'link small evidence-link' }, t('commitment.show'))));
    })))));
}

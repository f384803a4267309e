// Growth rates as an SVG bar chart: for each indicator with a change in %, the actual (or estimated) rate
// beside the target. Built with createElementNS; every label is a text node.
import { t } from './i18n.js';
import { num, signedChange } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
const MAX_ROWS = 24;

/** Rows {key, name, actual: {value, min, max, index}|null, target: …} from the indicators. */
export function growthRows(indicators) {
  const rows = new Map();
  indicators.forEach((ind, index) => {
    const c = ind.change;
    if (!c || c.unit !== '%' || ind.kind === 'rank') return;
    const key = ind.canonical ?? ind.name;
    if (!rows.has(key)) rows.set(key, { key, name: ind.canonicalName ?? ind.name, actual: null, target: null });
    const row = rows.get(key);
    const sign = c.direction === 'down' ? -1 : 1;
    const v = { value: signedChange(c), min: c.min != null ? sign * c.min : null, max: c.max != null ? sign * c.max : null, index };
    const slot = ind.kind === 'target' ? 'target' : 'actual';
    if (!row[slot] || (slot === 'actual' && ind.kind === 'actual')) row[slot] = v;
  });
  return [...rows.values()].slice(0, MAX_ROWS);
}

function node(tag, attrs = {}, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text != null) e.textContent = text;
  return e;
}

/** An <svg> for `rows`, or null when there is nothing to draw. `onPick(index)` selects an indicator. */
export function growthChart(rows, onPick) {
  if (!rows.length) return null;
  const labelW = 170;
  const W = 640;
  const rowH = 34;
  const top = 34;
  const H = top + rows.length * rowH + 8;
  const values = rows.flatMap((r) => [r.actual, r.target].filter(Boolean).flatMap((v) => [v.value, v.max ?? v.value]));
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  // Room for the value labels on whichever sides bars reach.
  const plotX = labelW + 8 + (lo < 0 ? 50 : 0);
  const plotW = W - plotX - (hi > 0 ? 56 : 12);
  const x = (v) => plotX + ((v - lo) / span) * plotW;

  const svg = node('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'chart', 'aria-labelledby': 'chart-title chart-desc' });
  svg.append(node('title', { id: 'chart-title' }, t('chart.title')));
  svg.append(node('desc', { id: 'chart-desc' }, rows.map((r) => `${r.name}: ${t('chart.actual')} ${r.actual ? `${num(r.actual.value)}%` : '—'}, ${t('chart.target')} ${r.target ? `${num(r.target.value)}%` : '—'}`).join('; ')));

  // Legend.
  const legend = node('g', { class: 'legend', 'aria-hidden': 'true' });
  legend.append(node('rect', { x: plotX, y: 8, width: 14, height: 10, class: 'bar-actual' }));
  legend.append(node('text', { x: plotX + 20, y: 17 }, t('chart.actual')));
  legend.append(node('rect', { x: plotX + 90, y: 8, width: 14, height: 10, class: 'bar-target' }));
  legend.append(node('text', { x: plotX + 110, y: 17 }, t('chart.target')));
  svg.append(legend);

  // Zero line.
  svg.append(node('line', { x1: x(0), x2: x(0), y1: top - 4, y2: H - 4, class: 'axis' }));

  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const g = node('g', { class: 'row' });
    const name = r.name.length > 11 ? `${r.name.slice(0, 10)}…` : r.name;
    const label = node('text', { x: labelW, y: y + 18, 'text-anchor': 'end', class: 'label' }, name);
    label.append(node('title', {}, r.name));
    g.append(label);
    [['actual', 4], ['target', 16]].forEach(([slot, dy]) => {
      const v = r[slot];
      if (!v) return;
      const end = v.max ?? v.value;
      const x0 = Math.min(x(0), x(v.value));
      const bar = node('rect', { x: x0, y: y + dy, width: Math.max(1.5, Math.abs(x(v.value) - x(0))), height: 11, rx: 2, class: `bar-${slot}` });
      bar.append(node('title', {}, `${r.name} ${t(`chart.${slot}`)} ${num(v.value)}${v.max != null ? `–${num(v.max)}` : ''}%`));
      bar.dataset.index = v.index;
      g.append(bar);
      if (v.max != null && v.max !== v.value) {
        const ext = node('rect', { x: Math.min(x(v.value), x(v.max)), y: y + dy, width: Math.abs(x(v.max) - x(v.value)), height: 11, class: `bar-${slot} range` });
        ext.dataset.index = v.index;
        g.append(ext);
      }
      const tx = end >= 0 ? Math.max(x(end), x(0)) + 4 : Math.min(x(end), x(0)) - 4;
      g.append(node('text', { x: tx, y: y + dy + 10, class: 'value', 'text-anchor': end >= 0 ? 'start' : 'end' }, `${num(v.value)}${v.max != null && v.max !== v.value ? `–${num(v.max)}` : ''}%`));
    });
    svg.append(g);
  });
  svg.addEventListener('click', (e) => {
    const idx = e.target.closest?.('[data-index]')?.dataset.index;
    if (idx != null) onPick(Number(idx));
  });
  return svg;
}

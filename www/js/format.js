// Formatting of the Report's values for display, CSV and Markdown. Pure functions, no DOM.
import { getLang, label } from './i18n.js';

const nf = new Map();
/** A number as the current language writes it (no grouping below 10 000, up to 6 decimals). */
export function num(n) {
  if (n == null || Number.isNaN(n)) return '';
  const key = getLang();
  if (!nf.has(key)) nf.set(key, new Intl.NumberFormat(key === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 6 }));
  return Math.abs(n) < 10000 ? String(+n.toFixed(6)) : nf.get(key).format(n);
}

function amount(x) {
  return x.max != null && x.min != null && x.max !== x.min ? `${num(x.min)}–${num(x.max)}` : num(x.number);
}

/** `301.5亿元`, `4.5–5%`. */
export function valueText(v) {
  if (!v) return '';
  return `${amount(v)}${v.unit ?? ''}`;
}

/** `同比增长3%` / `up 3% year on year`. */
export function changeText(c) {
  if (!c) return '';
  const dir = label('direction', c.direction);
  const zh = getLang() === 'zh';
  const basis = c.basis ? label('basis', c.basis) : '';
  const n = c.direction === 'flat' && !c.number ? '' : `${amount(c)}${c.unit ?? ''}`;
  if (zh) return `${basis}${dir}${n}`;
  return [dir, n, basis].filter(Boolean).join(' ');
}

/** The signed change: down counts negative. */
export function signedChange(c) {
  if (!c) return null;
  return c.direction === 'down' ? -c.number : c.number;
}

/** The qualifier of the value (or of the change when there is no value), '' when exact. */
export function qualifierText(ind) {
  const q = ind.value?.qualifier ?? ind.change?.qualifier;
  return q && q !== 'exact' ? label('qualifier', q) : '';
}

export function periodText(p) {
  if (!p) return '';
  return p.text || (p.year != null ? String(p.year) : '');
}

/** The indicator's base value for sorting: the value in base units, else the change. */
export function sortValue(ind) {
  return ind.value?.base?.number ?? ind.value?.number ?? null;
}

// Formatting of the Report's values for display, CSV and Markdown. Pure functions, no DOM.
import { getLang, label, t } from './i18n.js';

/**
 * A number as zh-CN and en both write it: no grouping below 10 000 (`2024`), then groups of three
 * (`25,273`), up to 6 decimals. Not Intl.NumberFormat: its first use costs ~30 ms in a fresh page,
 * on the way to the first result.
 */
export function num(n) {
  if (n == null || Number.isNaN(n)) return '';
  const s = String(+n.toFixed(6));
  if (Math.abs(n) < 10000 || !/^-?\d+(\.\d+)?$/.test(s)) return s;
  const [int, frac] = s.split('.');
  return int.replace(/\B(?=(\d{3})+$)/g, ',') + (frac ? `.${frac}` : '');
}

function amount(x) {
  return x.max != null && x.min != null && x.max !== x.min ? `${num(x.min)}–${num(x.max)}` : num(x.number);
}

/** `301.5亿元`, `4.5–5%`. */
export function valueText(v) {
  if (!v) return '';
  return `${amount(v)}${v.unit ?? ''}`;
}

/** A ranking: as written in Chinese (`居全省第一`, `排名倒26名`), `No. 26 from the end in 168个重点城市` in English. */
export function rankText(r) {
  if (!r) return '';
  if (getLang() === 'zh' || r.position == null) return r.text;
  const nth = t(r.fromEnd ? 'rank.fromEnd' : 'rank.nth', { n: r.position });
  return r.scope ? t('rank.in', { nth, scope: r.scope }) : nth;
}

/** What an indicator states: its value (`32 → 54家` from a baseline), or its ranking. */
export function figureText(ind) {
  if (ind.rank) return rankText(ind.rank);
  const b = ind.baseline;
  if (!b || !ind.value) return valueText(ind.value);
  const from = b.value.unit === ind.value.unit ? amount(b.value) : valueText(b.value);
  return `${from}${b.period ? ` (${periodText(b.period)})` : ''} → ${valueText(ind.value)}`;
}

/** `同比增长3%` / `up 3% year on year`; `比2005年下降20%` / `down 20% vs 2005年`. */
export function changeText(c) {
  if (!c) return '';
  const dir = label('direction', c.direction);
  const zh = getLang() === 'zh';
  const basis = c.versus ? t('basis.versus', { period: periodText(c.versus) }) : c.basis ? label('basis', c.basis) : '';
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

/** The indicator's base value for sorting: the value in base units, else a ranking's position. */
export function sortValue(ind) {
  return ind.value?.base?.number ?? ind.value?.number ?? ind.rank?.position ?? null;
}

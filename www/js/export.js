// Exports: CSV (UTF-8 with BOM so Excel reads Chinese), JSON (the Report as the wasm returned it), Markdown.
import { t, label, warningLabel } from './i18n.js';
import { figureText, valueText, changeText, qualifierText, periodText, num } from './format.js';

/** One CSV field: quoted when needed; text that a spreadsheet would run as a formula gets a leading '. */
function field(v) {
  if (v == null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = String(v);
  if (/^[=+@\t\r]/.test(s) || (/^-/.test(s) && !/^-\d/.test(s))) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text (with BOM, CRLF line ends) of `rows` under `header`. */
export function csv(header, rows) {
  return `\uFEFF${[header, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** Indicator rows: display columns first, then the raw fields for analysis. */
export function indicatorsCsv(indicators, text) {
  const header = [t('col.name'), t('col.canonical'), t('col.value'), t('col.change'), t('col.qualifier'), t('col.kind'), t('col.period'),
    'canonical', 'kind', 'value.number', 'value.unit', 'value.min', 'value.max', 'value.base.number', 'value.base.unit', 'value.qualifier',
    'change.direction', 'change.number', 'change.unit', 'change.min', 'change.max', 'change.basis', 'change.versus.year', 'change.qualifier',
    'baseline.number', 'baseline.unit', 'baseline.period.year', 'period.year', 'period.from', 'period.to', 'rank.position', 'rank.fromEnd', 'rank.scope', 'region', 'section', 'span.start', 'span.end', t('col.text')];
  const rows = indicators.map((i) => [
    i.name, i.canonicalName ?? '', figureText(i), changeText(i.change), qualifierText(i), label('kind', i.kind), periodText(i.period),
    i.canonical, i.kind, i.value?.number, i.value?.unit, i.value?.min, i.value?.max, i.value?.base?.number, i.value?.base?.unit, i.value?.qualifier,
    i.change?.direction, i.change?.number, i.change?.unit, i.change?.min, i.change?.max, i.change?.basis, i.change?.versus?.year, i.change?.qualifier,
    i.baseline?.value.number, i.baseline?.value.unit, i.baseline?.period?.year, i.period?.year, i.period?.from, i.period?.to, i.rank?.position, i.rank?.fromEnd, i.rank?.scope, i.region, i.section, i.span.start, i.span.end,
    text.slice(i.span.start, i.span.end),
  ]);
  return csv(header, rows);
}

export function commitmentsCsv(commitments) {
  const header = [t('filter.strength'), 'strength', 'category', 'cue', t('commitment.deadline'), 'deadline.year', 'deadline.by', 'quantified', 'indicators', 'span.start', 'span.end', t('col.text')];
  return csv(header, commitments.map((c) => [label('strength', c.strength), c.strength, c.category, c.cue, c.deadline?.text, c.deadline?.year, c.deadline?.by,
    c.quantified, c.indicators.join(' '), c.span.start, c.span.end, c.text]));
}

/** Quantities: the evidence as the user gave it first, then the normalized text and the fields. */
export function quantitiesCsv(quantities, text) {
  const header = [t('col.text'), 'text', 'number', 'unit', 'min', 'max', 'base.number', 'base.unit', 'qualifier', 'span.start', 'span.end'];
  return csv(header, quantities.map((q) => [text.slice(q.span.start, q.span.end), q.text, q.number, q.unit, q.min, q.max, q.base?.number, q.base?.unit, q.qualifier, q.span.start, q.span.end]));
}

const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const mdTable = (header, rows) => [header, header.map(() => '---'), ...rows].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');

/** A Markdown digest: what the document is, the main targets, the indicators, the commitments by category. */
export function markdown(report, quantities, text) {
  const m = report.meta;
  const out = [];
  const title = m.title || [m.region, m.year, label('docType', m.docType)].filter(Boolean).join(' ');
  out.push(`# ${cell(title)}`, '');
  const facts = [
    [t('summary.region'), m.region], [t('summary.year'), m.year], [t('summary.reviewYear'), m.reviewYear],
    [t('summary.docType'), label('docType', m.docType)], [t('summary.script'), label('script', m.script)], [t('summary.date'), m.date],
    [t('summary.speaker'), [m.speaker, m.speakerTitle].filter(Boolean).join(' ')],
  ].filter(([, v]) => v != null && v !== '');
  for (const [k, v] of facts) out.push(`- **${k}**: ${cell(v)}`);
  out.push(`- **${t('summary.indicators')}**: ${report.indicators.length} · **${t('summary.commitments')}**: ${report.commitments.length} · **${t('summary.quantities')}**: ${quantities.length}`);
  if (report.warnings.length) {
    const codes = new Map();
    for (const w of report.warnings) codes.set(w.code, [w, (codes.get(w.code)?.[1] ?? 0) + 1]);
    out.push(`- **${t('summary.warnings')}**: ${[...codes.values()].map(([w, n]) => `${warningLabel(w)}${n > 1 ? ` ×${n}` : ''}`).join('; ')}`);
  }
  const targets = report.indicators.filter((i) => i.kind === 'target');
  if (targets.length) {
    out.push('', `## ${t('targets.heading')}`, '');
    for (const i of targets) out.push(`- ${cell(i.name)}: ${[valueText(i.value), changeText(i.change), qualifierText(i)].filter(Boolean).join(' ')}`);
  }
  if (report.indicators.length) {
    out.push('', `## ${t('tab.indicators')}`, '');
    out.push(mdTable([t('col.name'), t('col.canonical'), t('col.value'), t('col.change'), t('col.qualifier'), t('col.kind'), t('col.period')],
      report.indicators.map((i) => [i.name, i.canonicalName ?? '', figureText(i), changeText(i.change), qualifierText(i), label('kind', i.kind), periodText(i.period)])));
  } else if (quantities.length) {
    out.push('', `## ${t('tab.quantities')}`, '');
    out.push(mdTable([t('col.text'), t('col.number'), t('col.unit'), t('col.base')],
      quantities.map((q) => [q.text, q.max != null ? `${num(q.min)}–${num(q.max)}` : num(q.number), q.unit, q.base ? `${num(q.base.number)} ${q.base.unit}` : ''])));
  }
  if (report.commitments.length) {
    out.push('', `## ${t('tab.commitments')}`);
    for (const [cat, items] of groupBy(report.commitments, (c) => c.category)) {
      out.push('', `### ${label('category', cat)}`, '');
      for (const c of items) out.push(`- **${label('strength', c.strength)}** ${cell(c.text || text.slice(c.span.start, c.span.end))}${c.deadline ? ` （${cell(c.deadline.text)}）` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function groupBy(list, key) {
  const m = new Map();
  for (const x of list) {
    const k = key(x);
    if (!m.has(k)) m.set(k, []);
    m.get(k).push(x);
  }
  return m;
}

/** Saves `content` as a file download. */
export function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// The page: sends the text to the worker and shows the report. Text is always rendered as text.
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
let nextId = 0;
const pending = new Map();
worker.onmessage = ({ data }) => { pending.get(data.id)?.(data); pending.delete(data.id); };
function call(op, text, options) {
  const id = nextId++;
  return new Promise((resolve) => { pending.set(id, resolve); worker.postMessage({ id, op, text, options }); });
}

const $ = (id) => document.getElementById(id);
const el = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; };
const KIND = { actual: '实际', target: '目标', estimate: '预计', rank: '排名' };
const QUAL = { approx: '左右', atLeast: '以上', atMost: '以内', exceeds: '超过', near: '近', over: '余', range: '区间' };

function fmtValue(v) {
  if (!v) return '';
  const n = v.max != null ? `${v.min}–${v.max}` : `${v.number}`;
  return `${n}${v.unit}${v.qualifier !== 'exact' && v.qualifier !== 'range' ? `（${QUAL[v.qualifier]}）` : ''}`;
}
function fmtChange(c) {
  if (!c) return '';
  const dir = { up: '增长', down: '下降', flat: '持平' }[c.direction];
  return `${dir} ${c.max != null ? `${c.min}–${c.max}` : c.number}${c.unit}`;
}

async function run() {
  const text = $('text').value;
  localStorage.setItem('zhibiao:last', text);
  $('status').textContent = '处理中……';
  const reply = await call('parse', text, {});
  if (!reply.ok) { $('status').textContent = `出错：${reply.error}`; return; }
  const report = reply.result;
  $('status').textContent = `完成，用时 ${reply.ms.toFixed(0)} 毫秒`;
  const summary = $('summary');
  summary.hidden = false;
  summary.replaceChildren(
    el('span', `指标 ${report.indicators.length} 项`),
    el('span', `承诺 ${report.commitments.length} 项`),
    el('span', `文字：${{ simplified: '简体', traditional: '繁体', mixed: '繁简混合' }[report.meta.script]}`),
    ...report.warnings.slice(0, 8).map((w) => el('span', w.message, 'warning')),
  );
  const body = $('indicators').tBodies[0];
  body.replaceChildren(...report.indicators.map((ind) => {
    const tr = el('tr');
    tr.dataset.testid = 'indicator-row';
    tr.setAttribute('data-testid', 'indicator-row');
    tr.append(el('td', ind.name), el('td', fmtValue(ind.value)), el('td', fmtChange(ind.change)), el('td', KIND[ind.kind]),
      el('td', text.slice(ind.span.start, ind.span.end), 'evidence'));
    return tr;
  }));
}

async function loadSamples() {
  const list = await (await fetch('seeds/index.json')).json();
  for (const s of list) {
    const o = el('option', s.title);
    o.value = s.file;
    $('samples').append(o);
  }
}

$('parse').addEventListener('click', run);
$('samples').addEventListener('change', async (e) => {
  if (!e.target.value) return;
  $('text').value = await (await fetch(`seeds/${e.target.value}`)).text();
  run();
});
$('text').value = localStorage.getItem('zhibiao:last') ?? '';
loadSamples();

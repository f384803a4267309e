// Runs the wasm off the main thread.
// Protocol: {id, op, text, options} → {id, ok: true, result, ms} | {id, ok: false, error, ms}.
// op is one of parse, normalize, quantities, version; analyze: {report, quantities} from one parse with
// includeQuantities — what the page shows, from one pass over one copy of the text; and keep:
// stores a large input as the last input in IndexedDB (off the main thread; see js/store.js).
import init, { parse, normalize, quantities, version } from './pkg/zhibiao.js';

const WARM_UP = `政府工作报告&nbsp;
一、2023年工作回顧
全年地區生產總值增長5.2%，增速居全省第2位；實(shí)現一般公共預算收入30.5億元，下降1.3個百分點。
二、2024年主要工作安排
主要预期目标是：地区生产总值增长5%左右，城镇新增就业1.2万人以上。确保新签约亿元以上项目70个，力争年底前建成。
注释：
①“四上”企业：指规模以上工业企业。`;

let waiting = 0; // jobs that arrived before the wasm was ready
const ready = init({ module_or_path: new URL('./pkg/zhibiao_bg.wasm', import.meta.url) }).then(() => {
  // Warm up while the user is still reading the page: V8 compiles wasm functions lazily on first
  // use, which made the first real parse ~10× slower than the next (145 ms vs 13 ms for seed 004).
  // Not when a job is already waiting (a link to a sample): it pays that cost once, not twice.
  // The text touches every stage: traditional characters and a pinyin reading, an entity, a glossary,
  // a ranking, a review and a plan part, figures with changes, targets and commitments.
  // The marks (zb:wasm-ready, zb:warmed, zb:job, zb:job-done) show in the browser's performance tools and
  // in tools/bench_node.mjs, which reads them from this worker.
  performance.mark('zb:wasm-ready');
  if (!waiting) {
    parse(WARM_UP, { includeQuantities: true });
    performance.mark('zb:warmed');
  }
});
const ops = {
  parse, normalize, quantities, version,
  analyze: (text, options) => {
    // One pass: the Report carries the quantities too.
    const report = parse(text, { ...options, includeQuantities: true });
    const { quantities: found, ...rest } = report;
    return { report: rest, quantities: found };
  },
  keep,
};

/** Writes `text` under the key js/store.js reads ('zhibiao' database, 'kv' store, 'zhibiao:last'). */
function keep(text) {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('zhibiao', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('kv');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('kv', 'readwrite');
      tx.objectStore('kv').put(text, 'zhibiao:last');
      tx.oncomplete = () => { db.close(); resolve(true); };
      tx.onerror = () => { db.close(); reject(tx.error); };
    };
  });
}

self.onmessage = async ({ data: { id, op, text, options } }) => {
  const t0 = performance.now();
  try {
    waiting++;
    await ready.finally(() => waiting--);
    const fn = ops[op];
    if (!fn) throw new Error(`unknown operation ${op}`);
    const t1 = performance.mark('zb:job').startTime;
    const result = await (op === 'parse' || op === 'analyze' ? fn(text, options) : fn(text));
    self.postMessage({ id, ok: true, result, ms: performance.mark('zb:job-done').startTime - t1 });
  } catch (e) {
    self.postMessage({ id, ok: false, error: String(e?.message ?? e), ms: performance.now() - t0 });
  }
};

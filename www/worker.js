// Runs the wasm off the main thread.
// Protocol: {id, op, text, options} → {id, ok: true, result, ms} | {id, ok: false, error, ms}.
// op is one of parse, normalize, quantities, version; analyze: {report, quantities} from one parse with
// includeQuantities — what the page shows, from one pass over one copy of the text; and keep:
// stores a large input as the last input in IndexedDB (off the main thread; see js/store.js).
import init, { parse, normalize, quantities, version } from './pkg/zhibiao.js';

// The wasm warms itself up as it is instantiated (crate/src/wasm.rs, `start`). The marks (zb:wasm-ready,
// zb:job, zb:job-done) show in the browser's performance tools and in tools/bench_node.mjs, which reads
// them from this worker.
const ready = init({ module_or_path: new URL('./pkg/zhibiao_bg.wasm', import.meta.url) }).then(() => {
  performance.mark('zb:wasm-ready');
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
    await ready;
    const fn = ops[op];
    if (!fn) throw new Error(`unknown operation ${op}`);
    const t1 = performance.mark('zb:job').startTime;
    const result = await (op === 'parse' || op === 'analyze' ? fn(text, options) : fn(text));
    self.postMessage({ id, ok: true, result, ms: performance.mark('zb:job-done').startTime - t1 });
  } catch (e) {
    self.postMessage({ id, ok: false, error: String(e?.message ?? e), ms: performance.now() - t0 });
  }
};

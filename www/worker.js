// Runs the wasm off the main thread. Protocol: {id, op, text, options} → {id, ok, result} | {id, ok: false, error}.
import init, { parse, normalize, quantities, version } from './pkg/zhibiao.js';

const ready = init({ module_or_path: new URL('./pkg/zhibiao_bg.wasm', import.meta.url) });
const ops = { parse, normalize, quantities, version };

self.onmessage = async ({ data: { id, op, text, options } }) => {
  try {
    await ready;
    const fn = ops[op];
    if (!fn) throw new Error(`unknown operation ${op}`);
    const t0 = performance.now();
    const result = op === 'parse' ? fn(text, options) : fn(text);
    self.postMessage({ id, ok: true, result, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ id, ok: false, error: String(e?.message ?? e) });
  }
};

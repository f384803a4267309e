// zhibiao off the main thread. In the worker, `expose()` loads the wasm and answers requests; on the page,
// `wrap()` turns a Worker into promise-returning parse / normalize / quantities / version.
// Protocol: { zhibiao: 1, id, op, args } → { zhibiao: 1, id, ok: true, result } | { zhibiao: 1, id, ok: false, error, fatal }.
// `fatal` marks a WebAssembly trap (a bug in zhibiao): that instance is not trusted again, and a wrapped worker
// made by a factory is replaced before the next call.

const OPS = ['parse', 'normalize', 'quantities', 'version'];
const TAG = 'zhibiao';

/** In a worker: loads the wasm (from `input`, as `init` takes it) and answers the page's requests. */
export function expose(input) {
  const scope = globalThis;
  // Imported here, not at the top, so that a page importing only `wrap` does not load the wasm glue.
  const ready = import('./index.js').then(async (z) => {
    await z.init(input);
    return z;
  });
  ready.catch(() => {}); // reported to each request below
  scope.addEventListener('message', async ({ data }) => {
    if (data === null || typeof data !== 'object' || data[TAG] !== 1) return;
    const { id, op, args } = data;
    try {
      const z = await ready;
      if (!OPS.includes(op)) throw new Error(`zhibiao: unknown operation ${String(op)}`);
      const result = z[op](...(Array.isArray(args) ? args : []));
      scope.postMessage({ [TAG]: 1, id, ok: true, result });
    } catch (e) {
      const fatal = typeof WebAssembly === 'object' && e instanceof WebAssembly.RuntimeError;
      scope.postMessage({ [TAG]: 1, id, ok: false, error: String(e?.message ?? e), fatal });
    }
  });
}

/**
 * On the page: the functions of zhibiao, run in `source` — a Worker whose script calls `expose()`, or a
 * function that makes one (then a worker that failed is replaced on the next call).
 */
export function wrap(source) {
  const factory = typeof source === 'function' ? source : null;
  let worker = factory ? null : source;
  let failed = null; // why a worker we cannot replace stopped
  let nextId = 0;
  let terminated = false;
  const pending = new Map();

  function settleAll(error) {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  }

  function retire(w, error) {
    w.removeEventListener('message', onMessage);
    w.removeEventListener('error', onError);
    w.terminate();
    if (w !== worker) return;
    if (factory) worker = null;
    else failed = error;
    settleAll(error);
  }

  function onMessage(event) {
    const { data } = event;
    if (data === null || typeof data !== 'object' || data[TAG] !== 1) return;
    const call = pending.get(data.id);
    if (!call) return;
    pending.delete(data.id);
    if (data.ok) {
      call.resolve(data.result);
      return;
    }
    if (!data.fatal) {
      call.reject(new Error(data.error));
      return;
    }
    call.reject(new Error(`zhibiao: internal error in the worker (${data.error}); it is not used again`));
    retire(event.currentTarget, new Error(`zhibiao: the worker stopped after an internal error: ${data.error}`));
  }

  function onError(event) {
    event.preventDefault?.();
    retire(event.currentTarget, new Error(`zhibiao: the worker failed: ${event.message || 'it could not be started'}`));
  }

  function listen(w) {
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    return w;
  }
  if (worker) listen(worker);

  function call(op, args) {
    return new Promise((resolve, reject) => {
      if (terminated) throw new Error('zhibiao: the worker was terminated');
      if (failed) throw failed;
      if (!worker) worker = listen(factory());
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      try {
        worker.postMessage({ [TAG]: 1, id, op, args });
      } catch (e) {
        pending.delete(id);
        throw new Error(`zhibiao: cannot send the arguments to the worker: ${e?.message ?? e}`, { cause: e });
      }
    });
  }

  return {
    parse: (text, options) => call('parse', options === undefined ? [text] : [text, options]),
    normalize: (text) => call('normalize', [text]),
    quantities: (text) => call('quantities', [text]),
    version: () => call('version', []),
    terminate() {
      terminated = true;
      if (worker) {
        worker.terminate();
        worker = null;
      }
      settleAll(new Error('zhibiao: the worker was terminated'));
    },
  };
}

/**
 * On the page: a worker running zhibiao from the package's own files (worker-entry.js and the wasm beside it).
 * Works where those files are served as published; with a bundler that does not follow
 * `new Worker(new URL(…, import.meta.url))`, write a two-line worker with `expose` and use `wrap`.
 */
export function createWorker() {
  return wrap(() => new Worker(new URL('./worker-entry.js', import.meta.url), { type: 'module', name: 'zhibiao' }));
}

// The page's side of worker.js: promises over the {id, op, text, options} protocol, and cancel
// (a wasm call cannot be interrupted, so cancelling ends the worker and starts a fresh one).

export class Cancelled extends Error {}

export class WorkerClient {
  /** `early`: a worker of `url` already started (boot.js), used for the first start. */
  constructor(url, early = null) {
    this.url = url;
    this.early = early;
    this.nextId = 0;
    this.pending = new Map();
    this.start();
  }

  start() {
    this.worker = this.early ?? new Worker(this.url, { type: 'module' });
    this.early = null;
    this.worker.onmessage = ({ data }) => {
      const p = this.pending.get(data.id);
      if (!p) return;
      this.pending.delete(data.id);
      if (data.ok) p.resolve(data); else p.reject(Object.assign(new Error(data.error), { ms: data.ms }));
      // A trap (a Rust panic aborts) leaves the wasm instance unusable: start a fresh worker.
      if (!data.ok && /unreachable|RuntimeError|panicked/i.test(data.error)) this.restart(new Error(data.error));
    };
    this.worker.onerror = (e) => {
      e.preventDefault?.();
      this.failAll(new Error(e.message || 'the worker failed to start'));
    };
  }

  get busy() { return this.pending.size > 0; }

  /** Resolves to {result, ms}; rejects with the wasm's error or Cancelled. */
  call(op, text, options) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, text, options });
    });
  }

  failAll(error) {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(error);
  }

  /** Stops whatever runs and rejects its promises with Cancelled; the next call gets a fresh worker. */
  cancel() {
    if (this.busy) this.restart(new Cancelled('cancelled'));
  }

  restart(error) {
    this.worker.terminate();
    this.failAll(error);
    this.start();
  }
}

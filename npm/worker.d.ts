// zhibiao off the main thread: `expose()` in the worker, `wrap()` (or `createWorker()`) on the page.
import type { InitInput, Normalized, ParseOptions, Quantity, Report } from './index.js';

/** The functions of zhibiao, run in a worker; each returns a promise. */
export interface ZhibiaoWorker {
  /** Reads `text` into a Report; rejects with an Error for a non-string text or bad options. */
  parse(text: string, options?: ParseOptions): Promise<Report>;
  /** Cleans `text`: the cleaned text, what was changed, and the map back to the input. */
  normalize(text: string): Promise<Normalized>;
  /** Every number `text` states. */
  quantities(text: string): Promise<Quantity[]>;
  /** The version of zhibiao. */
  version(): Promise<string>;
  /** Stops the worker; calls still waiting, and any later call, reject. */
  terminate(): void;
}

/**
 * In a worker: loads the wasm (from `input`, as `init` takes it; by default `zhibiao_bg.wasm` beside the
 * package's files) and answers the page's requests.
 *
 * @example
 * // my-worker.js
 * import { expose } from 'zhibiao/worker';
 * import wasmUrl from 'zhibiao/zhibiao_bg.wasm?url';
 * expose(wasmUrl);
 */
export function expose(input?: InitInput | Promise<InitInput>): void;

/**
 * On the page: zhibiao running in `worker`, whose script calls `expose()`. Pass a function that makes the worker
 * instead, and a worker that failed (did not start, or hit an internal error) is replaced on the next call.
 *
 * @example
 * const zb = wrap(() => new Worker(new URL('./my-worker.js', import.meta.url), { type: 'module' }));
 * const report = await zb.parse(text);
 */
export function wrap(worker: Worker | (() => Worker)): ZhibiaoWorker;

/** On the page: a worker running zhibiao from the package's own files, where they are served as published. */
export function createWorker(): ZhibiaoWorker;

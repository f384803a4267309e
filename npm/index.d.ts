// The functions of zhibiao. The result types (Report, Indicator, Commitment, Quantity, Span, Warning…) are in
// ./types.d.ts, generated from the wasm facade (crate/src/wasm.rs) and checked against the Rust structs.
import type { Normalized, ParseOptions, Quantity, Report } from './types.js';

export * from './types.js';

/** Where the wasm comes from: a URL or string, a Request, a Response, the bytes, or a compiled module. */
export type InitInput = string | URL | Request | Response | ArrayBuffer | ArrayBufferView | WebAssembly.Module;

/**
 * Loads the wasm (in browsers and bundlers; in Node it is loaded on import and this resolves at once).
 * Without an argument it fetches `zhibiao_bg.wasm` beside the package's files. Later calls return at once.
 *
 * @example
 * import init, { parse } from 'zhibiao';
 * import wasmUrl from 'zhibiao/zhibiao_bg.wasm?url'; // Vite; esbuild: `--loader:.wasm=file`
 * await init(wasmUrl);
 */
export function init(input?: InitInput | Promise<InitInput>): Promise<void>;
export default init;

/** Loads the wasm synchronously from its bytes or a compiled module (workers; a no-op in Node). */
export function initSync(bytes: ArrayBuffer | ArrayBufferView | WebAssembly.Module): void;

/**
 * Reads `text` into a Report. Problems with the text come back as `warnings`; an Error is thrown only for a
 * `text` that is not a string or bad `options` (an unknown key, a wrong type), and zhibiao stays usable.
 */
export function parse(text: string, options?: ParseOptions): Report;

/** Cleans `text`: the cleaned text, what was changed (`warnings`), and the `map` back to the input. */
export function normalize(text: string): Normalized;

/** Every number `text` states, with unit, base value, qualifier and span, in order. */
export function quantities(text: string): Quantity[];

/** The version of zhibiao, the same as the package's. */
export function version(): string;

// zhibiao for browsers and bundlers: the wasm-bindgen web build (./wasm/) behind a small facade that
// loads the wasm once (init / initSync) and refuses, with a clear message, to run before that.
// Node resolves `zhibiao` to ./node.js instead, which loads the wasm from disk when imported.
import wbgInit, {
  initSync as wbgInitSync,
  normalize as wbgNormalize,
  parse as wbgParse,
  quantities as wbgQuantities,
  version as wbgVersion,
} from './wasm/zhibiao.js';

let ready = false;

/** wasm-bindgen's own calling convention, `{ module_or_path }` / `{ module }`, passes through. */
const isPlain = (x) => x !== null && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype;

function loadError(e) {
  return new Error(`zhibiao: cannot load the WebAssembly module: ${e?.message ?? e}`, { cause: e });
}

/**
 * Loads the wasm: from `input` (a URL or string, a Request, a Response or a promise of one, the bytes,
 * or a compiled WebAssembly.Module), or by default from `zhibiao_bg.wasm` beside the package's files.
 * Safe to call more than once; later calls return at once.
 */
export async function init(input) {
  if (ready) return;
  try {
    await wbgInit(input === undefined ? undefined : isPlain(input) ? input : { module_or_path: await input });
  } catch (e) {
    throw loadError(e);
  }
  ready = true;
}

/** Loads the wasm synchronously from its bytes or a compiled WebAssembly.Module (workers, Node). */
export function initSync(bytes) {
  if (ready) return;
  if (bytes === undefined) throw new Error('zhibiao: initSync needs the wasm bytes or a WebAssembly.Module');
  try {
    wbgInitSync(isPlain(bytes) ? bytes : { module: bytes });
  } catch (e) {
    throw loadError(e);
  }
  ready = true;
}

function loaded() {
  if (!ready) throw new Error('zhibiao: the WebAssembly module is not loaded yet; `await init()` first');
}

/** Reads `text` into a Report. Throws an Error for a non-string text or bad options. */
export function parse(text, options) {
  loaded();
  return wbgParse(text, options);
}

/** Cleans `text`: the text, the warnings, and the map back to the input. */
export function normalize(text) {
  loaded();
  return wbgNormalize(text);
}

/** Every number `text` states, with unit, base value, qualifier and span. */
export function quantities(text) {
  loaded();
  return wbgQuantities(text);
}

/** The version of zhibiao (the same as the package's). */
export function version() {
  loaded();
  return wbgVersion();
}

export default init;

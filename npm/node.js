// zhibiao for Node: the same build as ./index.js, loaded synchronously from disk when this module is
// imported, so `parse` works at once (and `require('zhibiao')` works where Node can require ES modules).
// `init()` is kept so that code written for browsers runs unchanged; here it resolves at once.
//
// The functions are defined here rather than re-exported: with `sideEffects: false` a bundler may skip a
// module that only re-exports, and with it the load below.
import { readFileSync } from 'node:fs';
import * as z from './index.js';

z.initSync(readFileSync(new URL('./wasm/zhibiao_bg.wasm', import.meta.url)));

/** Already done in Node; resolves at once. */
export async function init() {}

/** Already done in Node; returns at once. */
export function initSync() {}

/** Reads `text` into a Report. Throws an Error for a non-string text or bad options. */
export function parse(text, options) {
  return z.parse(text, options);
}

/** Cleans `text`: the text, the warnings, and the map back to the input. */
export function normalize(text) {
  return z.normalize(text);
}

/** Every number `text` states, with unit, base value, qualifier and span. */
export function quantities(text) {
  return z.quantities(text);
}

/** The version of zhibiao (the same as the package's). */
export function version() {
  return z.version();
}

export default init;

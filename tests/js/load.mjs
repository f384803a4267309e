// Loads the built wasm (dist/pkg, made by ./build.sh build) in Node.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = `${root}dist/pkg/`;
const mod = await import(`${pkg}zhibiao.js`);
await mod.default({ module_or_path: fs.readFileSync(`${pkg}zhibiao_bg.wasm`) });
export const { parse, normalize, quantities, version } = mod;
export const seeds = fs.readdirSync(`${root}seeds`).filter((f) => f.endsWith('.txt')).sort()
  .map((file) => ({ file, text: fs.readFileSync(`${root}seeds/${file}`, 'utf8') }));

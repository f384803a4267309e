// Assembles the npm package (called by `./build.sh package`):
//   node npm/assemble.mjs <wasm-bindgen web output, e.g. dist/pkg> <out dir, e.g. dist/npm>
// - the version comes from crate/Cargo.toml;
// - types.d.ts is the facade's typescript_custom_section(s) in crate/src/wasm.rs, verbatim: the one place the
//   result types are written (tests/npm/ checks them against the Rust structs and real output);
// - the wasm-bindgen glue, the unpack.js it imports and the wasm go to wasm/, the hand-written entry points
//   beside them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const [pkgDir, out] = process.argv.slice(2).map((p) => path.resolve(p));
if (!pkgDir || !out) throw new Error('usage: node npm/assemble.mjs <wasm-bindgen out dir> <package dir>');

const cargo = fs.readFileSync(path.join(root, 'crate/Cargo.toml'), 'utf8');
const version = /^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1];
if (!version) throw new Error('crate/Cargo.toml: no [package] version');

/** The TypeScript the facade declares with #[wasm_bindgen(typescript_custom_section)]. */
export function customSections(rust) {
  const re = /#\[wasm_bindgen\(typescript_custom_section\)\]\s*(?:pub\s+)?const\s+\w+\s*:\s*&(?:'static\s+)?str\s*=\s*r(#*)"([\s\S]*?)"\1\s*;/g;
  return [...rust.matchAll(re)].map((m) => m[2].trim());
}

const sections = customSections(fs.readFileSync(path.join(root, 'crate/src/wasm.rs'), 'utf8'));
if (sections.length === 0) throw new Error('crate/src/wasm.rs: no typescript_custom_section found');

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'wasm'), { recursive: true });

// The glue names its own .d.ts, which the package does not ship (it types the raw exports with `any`).
const glue = fs.readFileSync(path.join(pkgDir, 'zhibiao.js'), 'utf8').replace(/^\/\* @ts-self-types=.*\*\/\n/m, '');
fs.writeFileSync(path.join(out, 'wasm/zhibiao.js'), glue);
fs.copyFileSync(path.join(pkgDir, 'zhibiao_bg.wasm'), path.join(out, 'wasm/zhibiao_bg.wasm'));
fs.copyFileSync(path.join(pkgDir, 'unpack.js'), path.join(out, 'wasm/unpack.js'));

fs.writeFileSync(
  path.join(out, 'types.d.ts'),
  `// The result types of zhibiao, from the typescript_custom_section of crate/src/wasm.rs.\n\n${sections.join('\n\n')}\n`,
);
// The README shows the same declarations.
const readme = fs.readFileSync(path.join(here, 'README.md'), 'utf8');
if (!readme.includes('@TYPES@')) throw new Error('npm/README.md: no @TYPES@ placeholder');
fs.writeFileSync(path.join(out, 'README.md'), readme.replace('@TYPES@', () => sections.join('\n\n')));
for (const f of ['index.js', 'index.d.ts', 'node.js', 'worker.js', 'worker.d.ts', 'worker-entry.js', 'LICENSE-OpenCC']) {
  fs.copyFileSync(path.join(here, f), path.join(out, f));
}
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(out, 'LICENSE'));

const manifest = JSON.parse(fs.readFileSync(path.join(here, 'package.json'), 'utf8'));
manifest.version = version;
fs.writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

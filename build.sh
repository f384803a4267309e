#!/usr/bin/env bash
# zhibiao's one entry point. Installs what is missing, then:
#   ./build.sh build     wasm + site into dist/ (what the server serves)
#   ./build.sh serve     build, then serve dist/ on http://127.0.0.1:8000 (PORT=… to change)
#   ./build.sh test      every test: fmt, clippy (native + wasm32), cargo test, wasm under Node,
#                        the site in headless Chromium
#   ./build.sh package   the npm package into dist/npm (and a .tgz beside it)
#   ./build.sh wasm-opt-flags   the wasm-opt arguments the build uses (for tools/size_report.mjs)
# Every step is idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
DIST=$ROOT/dist
WASM_TARGET=wasm32-unknown-unknown
# wasm-opt's level and the features the wasm uses (tools/size_report.mjs reads them with `./build.sh wasm-opt-flags`).
# -O1, not -Oz: every level from -O2 up (-Os, -Oz, -O3 too) left parse 9-14 % slower in V8 than -O1 or no
# wasm-opt at all, for 1.6 kB less brotli than -O1 (BENCHMARKS.md, `node tools/size_report.mjs --wasm-opt-levels`).
WASM_OPT_FLAGS=(-O1 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-reference-types --enable-multivalue --enable-mutable-globals --enable-simd)

log() { printf '\n== %s\n' "$*" >&2; }
timed() { local t0=$SECONDS; "$@"; printf '   (%ss)\n' $((SECONDS - t0)) >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# ---- what the build needs ---------------------------------------------------

ensure_rust_target() {
  rustup target list --installed | grep -qx "$WASM_TARGET" || timed rustup target add "$WASM_TARGET"
}

# The wasm-bindgen CLI must be exactly the version of the crate in Cargo.lock.
ensure_wasm_bindgen() {
  local want have
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    log "installing wasm-bindgen-cli $want (have: ${have:-none}; takes ~5 min)"
    # --locked fails for this version on crates.io (a locked dependency is gone).
    timed cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_node_deps() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "npm ci"
    timed npm ci --no-audit --no-fund
  fi
}

# Debian's chromium and a CJK font, for the browser tests.
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy'; then
    log "installing chromium, chromium-driver, fonts-wqy-microhei"
    timed as_root apt-get update -qq
    timed as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null
  fi
}

# ---- build -------------------------------------------------------------------

build_wasm() {
  ensure_rust_target
  ensure_wasm_bindgen
  ensure_node_deps
  log "cargo build --release --target $WASM_TARGET"
  timed cargo build --release --target "$WASM_TARGET" -p zhibiao --lib
  rm -rf "$DIST/pkg" && mkdir -p "$DIST/pkg"
  wasm-bindgen --target web --out-dir "$DIST/pkg" "target/$WASM_TARGET/release/zhibiao.wasm"
  # The glue imports ./unpack.js, which builds a result from its packed form (crate/src/pack.rs).
  cp crate/src/unpack.js "$DIST/pkg/"
  log "wasm-opt ${WASM_OPT_FLAGS[0]} (npm binaryen)"
  timed node_modules/.bin/wasm-opt "${WASM_OPT_FLAGS[@]}" "$DIST/pkg/zhibiao_bg.wasm" -o "$DIST/pkg/zhibiao_bg.wasm"
}

build_site() {
  log "site into dist/"
  # Everything but the wasm build is copied afresh, so that a file gone from www/ is gone from the site.
  find "$DIST" -mindepth 1 -maxdepth 1 ! -name pkg -exec rm -rf {} +
  cp -r www/. "$DIST/"
  # The page's modules and the worker's (with the wasm-bindgen glue) as one file each (esbuild): with
  # boot.js in index.html (below), a first visit asks for 2 scripts instead of 15, and the worker → glue →
  # unpack.js chain of requests is gone. Not minified: the site's code stays readable as written.
  rm -rf "$DIST/js"
  node_modules/.bin/esbuild www/app.js --bundle --format=esm --log-level=warning --outfile="$DIST/app.js" --allow-overwrite
  node_modules/.bin/esbuild "$DIST/worker.js" --bundle --format=esm --log-level=warning --outfile="$DIST/worker.js" --allow-overwrite
  # boot.js inside index.html, its hash in the CSP: it runs as the HTML is parsed, not after a request.
  node - "$DIST/index.html" "$DIST/boot.js" <<'JS'
const fs = require('fs');
const [html, file] = process.argv.slice(2);
const code = fs.readFileSync(file, 'utf8');
const hash = require('crypto').createHash('sha256').update(code).digest('base64');
const page = fs.readFileSync(html, 'utf8');
const tag = '<script src="boot.js"></script>';
const csp = "script-src 'self'";
if (!page.includes(tag) || !page.includes(csp) || code.includes('</script')) throw new Error('build.sh: cannot inline boot.js');
fs.writeFileSync(html, page.replace(tag, () => `<script>${code}</script>`).replace(csp, `${csp} 'sha256-${hash}'`));
fs.unlinkSync(file);
JS
  mkdir -p "$DIST/seeds"
  cp seeds/*.txt "$DIST/seeds/"
  # The sample list the page offers: file name and first non-blank line.
  node -e '
    const fs = require("fs");
    const files = fs.readdirSync("seeds").filter(f => f.endsWith(".txt")).sort();
    const list = files.map(f => ({ file: f, title: fs.readFileSync("seeds/" + f, "utf8").split("\n").map(l => l.trim()).find(l => l && !l.startsWith("——")).slice(0, 40) }));
    fs.writeFileSync(process.argv[1], JSON.stringify(list, null, 1));
  ' "$DIST/seeds/index.json"
  # The service worker's cache named by a hash of the site's files (www/sw.js says why).
  node - "$DIST" <<'JS'
const fs = require('fs');
const path = require('path');
const dist = process.argv[2];
const sw = path.join(dist, 'sw.js');
const files = fs.readdirSync(dist, { recursive: true }).map(String).sort()
  .filter((f) => f !== 'sw.js' && !f.startsWith('npm') && !f.endsWith('.tgz') && fs.statSync(path.join(dist, f)).isFile());
const hash = require('crypto').createHash('sha256');
for (const f of files) hash.update(`${f}\0`).update(fs.readFileSync(path.join(dist, f))).update('\0');
const code = fs.readFileSync(sw, 'utf8');
const name = "const CACHE = 'zhibiao-dev';";
if (!code.includes(name)) throw new Error('build.sh: cannot name the cache in sw.js');
fs.writeFileSync(sw, code.replace(name, `const CACHE = 'zhibiao-${hash.digest('hex').slice(0, 16)}';`));
JS
}

build() {
  mkdir -p "$DIST"
  build_wasm
  build_site
}

# ---- package -----------------------------------------------------------------

# ./build.sh package: build, then the package into dist/npm and dist/zhibiao-<version>.tgz.
# package --test (from test_all, after `build`): the package from the fresh dist/pkg, then tests/npm/ —
# pack, install the tarball in a scratch project, Node, tsc --strict, esbuild + Chromium, publint.
package() {
  [ "${1:-}" = --test ] || build_wasm
  log "npm package into dist/npm"
  node npm/assemble.mjs "$DIST/pkg" "$DIST/npm"
  rm -f "$DIST"/zhibiao-*.tgz
  (cd "$DIST" && npm pack ./npm --silent >/dev/null && ls "$DIST"/zhibiao-*.tgz)
  if [ "${1:-}" = --test ]; then
    ensure_chromium
    log "the npm package as a user installs it (node --test tests/npm/)"
    timed node --test tests/npm/
  fi
}

# ---- test --------------------------------------------------------------------

test_all() {
  log "cargo fmt --check"
  cargo fmt --all -- --check
  ensure_rust_target
  log "cargo clippy (native and $WASM_TARGET)"
  timed cargo clippy --all-targets -q -- -D warnings
  timed cargo clippy -p zhibiao --lib --target "$WASM_TARGET" -q -- -D warnings
  log "cargo test"
  timed cargo test -q
  build
  log "wasm under Node (node --test)"
  timed node --test tests/js/
  package --test
  ensure_chromium
  log "the site in headless Chromium"
  timed node --test tests/browser/
}

serve() {
  build
  exec node tools/serve.mjs "$DIST" "${PORT:-8000}"
}

case "${1:-}" in
  build) build ;;
  serve) serve ;;
  test) test_all ;;
  package) shift; package "$@" ;;
  wasm-opt-flags) echo "${WASM_OPT_FLAGS[@]}" ;;
  *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac

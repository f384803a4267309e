// Runs first, while the page is still being parsed (./build.sh puts it into index.html, its hash in the CSP):
// starts the worker, so that the wasm compiles while the page loads, and fetches the sample list and,
// for a link to a sample (#sample=N), that sample. app.js takes them from self.zhibiaoBoot.
'use strict';
(() => {
  const n = Number(/^#sample=(\d+)$/.exec(location.hash)?.[1]) || 0;
  const samples = fetch('seeds/index.json').then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status}`))));
  const sample = n ? samples.then((list) => {
    const file = list[n - 1]?.file;
    return file ? fetch(`seeds/${file}`).then((r) => (r.ok ? r.text() : null)).then((text) => text && { file, text }) : null;
  }).catch(() => null) : Promise.resolve(null);
  samples.catch(() => {}); // app.js reports a failure; here it must not be an unhandled rejection
  self.zhibiaoBoot = { worker: new Worker('worker.js', { type: 'module' }), samples, sample };
})();

// Offline: the app, the wasm and the samples are cached at install; afterwards every same-origin GET
// goes to the network first (so a new build shows at once) and falls back to the cache when offline
// or when the network takes longer than NETWORK_TIMEOUT_MS. The cache is not written again on each
// visit (that rewrote 1.5 MB a page load, the wasm among it, while the page read its text): ./build.sh
// names it by a hash of the site's files, so a new build changes this file, and the browser installs
// the new worker, which caches the new build and deletes the old one.
const CACHE = 'zhibiao-dev';
const NETWORK_TIMEOUT_MS = 4000;
// What dist/ serves: ./build.sh bundles app.js with js/, and worker.js with the wasm's glue, and puts boot.js
// into index.html.
const APP = [
  './', 'index.html', 'style.css', 'app.js', 'worker.js', 'manifest.webmanifest', 'icon.svg', 'icon-192.png', 'icon-512.png',
  'pkg/zhibiao_bg.wasm', 'seeds/index.json',
];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(APP.map((u) => new Request(u, { cache: 'reload' })));
    try {
      const seeds = await (await cache.match('seeds/index.json')).json();
      await cache.addAll(seeds.map((s) => new Request(`seeds/${s.file}`, { cache: 'reload' })));
    } catch { /* the samples are a convenience */ }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(networkFirst(req));
});

async function networkFirst(req) {
  try {
    return await Promise.race([
      fetch(req),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS)),
    ]);
  } catch (e) {
    const key = req.mode === 'navigate' ? new URL('./', self.location).href : req;
    const hit = await (await caches.open(CACHE)).match(key, { ignoreSearch: true });
    if (hit) return hit;
    throw e;
  }
}

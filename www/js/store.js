// The last input, kept on this device only: localStorage for ordinary reports, IndexedDB (no 5 MB quota)
// for large pastes, written by the worker so that saving never blocks the page.

const KEY = 'zhibiao:last';
const LS_LIMIT = 400_000; // characters; beyond this localStorage writes are slow and may hit the quota

function idb() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('zhibiao', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('kv');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function idbDo(mode, fn) {
  const db = await idb();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction('kv', mode);
      const req = fn(tx.objectStore('kv'));
      tx.oncomplete = () => resolve(req?.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/**
 * Saves `text` as the last input when it is small enough for localStorage and returns true. A larger text
 * returns false: the caller has the worker keep it (worker.js op `keep` writes the same IndexedDB entry),
 * because cloning megabytes into IndexedDB on the main thread stalls the page.
 */
export function saveLast(text) {
  if (text.length > LS_LIMIT) return false;
  try {
    localStorage.setItem(KEY, text);
    if (localStorage.getItem(`${KEY}:where`)) {
      localStorage.removeItem(`${KEY}:where`);
      idbDo('readwrite', (s) => s.delete(KEY)).catch(() => {});
    }
  } catch { /* private mode, quota: not kept */ }
  return true;
}

/** Records that the worker has kept a large last input in IndexedDB. */
export function keptInIdb() {
  try {
    localStorage.setItem(KEY, '');
    localStorage.setItem(`${KEY}:where`, 'idb');
  } catch { /* not kept */ }
}

/** The last input, or '' . */
export async function loadLast() {
  try {
    if (localStorage.getItem(`${KEY}:where`) === 'idb') {
      const text = await idbDo('readonly', (s) => s.get(KEY));
      return typeof text === 'string' ? text : '';
    }
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function clearLast() {
  try {
    localStorage.removeItem(KEY);
    localStorage.removeItem(`${KEY}:where`);
    idbDo('readwrite', (s) => s.delete(KEY)).catch(() => {});
  } catch { /* nothing kept */ }
}

export const prefs = {
  get(name, fallback) { try { return localStorage.getItem(`zhibiao:${name}`) ?? fallback; } catch { return fallback; } },
  set(name, value) { try { localStorage.setItem(`zhibiao:${name}`, value); } catch { /* not kept */ } },
};

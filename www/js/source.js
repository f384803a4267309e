// The annotated source: the ORIGINAL input as text nodes, with <mark>s over the spans of indicators,
// commitments, quantities and warnings (UTF-16 offsets, so text.slice(start, end) is what a mark covers).
// Overlapping spans are flattened into segments; each segment's data-ids lists every annotation covering
// it, so the marks of one annotation are `[data-ids~="id"]` and their text joins to its evidence.
// Texts are cut into chunks at line ends; the first are rendered at once and the rest in time slices after
// the first frame, so results appear at once and the page stays responsive.

import { afterPaint } from './dom.js';

const CHUNK = 4000;          // characters per chunk (cut at the next line end)
const SYNC_LIMIT = 300_000;  // below this, chunks take their natural height (no content-visibility)
const FIRST_CHARS = 3000;    // rendered at once: a screenful of the source box and more
const SLICE_MS = 10;         // budget per time slice

/** @typedef {{id: string, type: 'ind'|'com'|'q'|'w', start: number, end: number, cls?: string}} Annotation */

export class SourceView {
  /** @param {HTMLElement} scroller the scroll box; @param {HTMLElement} body where the text goes */
  constructor(scroller, body, { onPick, onProgress } = {}) {
    this.scroller = scroller;
    this.body = body;
    this.onPick = onPick;
    this.onProgress = onProgress;
    this.text = '';
    this.chunks = [];
    this.segments = [];
    this.byId = new Map();
    this.current = [];
    this.generation = 0;
    body.addEventListener('click', (e) => {
      const mark = e.target.closest?.('mark[data-ids]');
      if (mark && this.onPick) this.onPick(mark.dataset.ids.split(' '), mark);
    });
  }

  /** Shows `text` with `annotations`; resolves when every chunk is in the page. */
  set(text, annotations) {
    const gen = ++this.generation;
    this.text = text;
    this.current = [];
    this.byId = new Map(annotations.map((a) => [a.id, a]));
    this.segments = segment(annotations);
    this.chunks = cut(text);
    this.body.classList.toggle('is-large', text.length > SYNC_LIMIT);
    const frag = document.createDocumentFragment();
    for (const c of this.chunks) {
      c.el = document.createElement('div');
      c.el.className = 'chunk';
      if (text.length > SYNC_LIMIT) c.el.style.containIntrinsicSize = `auto ${Math.max(24, Math.round((c.end - c.start) / 40) * 26)}px`;
      frag.append(c.el);
    }
    this.body.replaceChildren(frag);
    // Back to the top at the next frame: setting it now would force a layout of everything just built.
    requestAnimationFrame(() => { if (gen === this.generation) this.scroller.scrollTop = 0; });
    // The first screenful now, the rest in time slices after the first frame is painted, so that the
    // results appear before the whole source is built (marksOf fills any chunk it needs at once).
    let i = 0;
    for (let chars = 0; i < this.chunks.length && chars < FIRST_CHARS; i++) {
      this.fill(this.chunks[i]);
      chars += this.chunks[i].end - this.chunks[i].start;
    }
    this.onProgress?.(i / this.chunks.length);
    return new Promise((resolve) => {
      const step = () => {
        if (gen !== this.generation) return resolve();
        const t0 = performance.now();
        while (i < this.chunks.length && performance.now() - t0 < SLICE_MS) this.fill(this.chunks[i++]);
        this.onProgress?.(i / this.chunks.length);
        if (i < this.chunks.length) setTimeout(step, 0); else resolve();
      };
      if (i < this.chunks.length) afterPaint(step); else resolve();
    });
  }

  clear() {
    this.generation++;
    this.text = '';
    this.chunks = [];
    this.segments = [];
    this.byId.clear();
    this.current = [];
    this.body.replaceChildren();
  }

  /** Renders chunk `c` if it is not yet. */
  fill(c) {
    if (c.filled) return;
    c.filled = true;
    const { text, segments } = this;
    const frag = document.createDocumentFragment();
    let pos = c.start;
    for (let k = firstEndingAfter(segments, c.start); k < segments.length && segments[k].start < c.end; k++) {
      const s = segments[k];
      const a = Math.max(s.start, c.start);
      const b = Math.min(s.end, c.end);
      if (a > pos) frag.append(text.slice(pos, a));
      const m = document.createElement('mark');
      m.className = s.cls;
      m.dataset.ids = s.ids;
      m.textContent = text.slice(a, b);
      frag.append(m);
      pos = b;
    }
    if (pos < c.end) frag.append(text.slice(pos, c.end));
    c.el.replaceChildren(frag);
  }

  chunksOf(start, end) {
    const out = [];
    for (const c of this.chunks) if (c.end > start && c.start < Math.max(end, start + 1)) out.push(c);
    return out;
  }

  /** The marks of annotation `id`, in text order (renders their chunks first). */
  marksOf(id) {
    const a = this.byId.get(id);
    if (!a) return [];
    const chunks = this.chunksOf(a.start, a.end);
    chunks.forEach((c) => this.fill(c));
    return chunks.flatMap((c) => [...c.el.querySelectorAll(`mark[data-ids~="${CSS.escape(id)}"]`)]);
  }

  /** Marks `id` as the current evidence, scrolls it into the middle of the box and flashes it. */
  show(id, { scroll = true, smooth = true } = {}) {
    for (const m of this.current) m.classList.remove('is-current', 'flash', 'cur-first', 'cur-last');
    const marks = this.marksOf(id);
    this.current = marks;
    if (!marks.length) return [];
    marks[0].classList.add('cur-first');
    marks.at(-1).classList.add('cur-last');
    for (const m of marks) {
      m.classList.add('is-current');
      void m.offsetWidth; // restart the animation
      m.classList.add('flash');
    }
    if (scroll) {
      const box = this.scroller.getBoundingClientRect();
      const r = marks[0].getBoundingClientRect();
      const top = this.scroller.scrollTop + r.top - box.top - this.scroller.clientHeight / 3;
      // On a phone the box may be off screen: the page scrolls to it too. Chromium runs one smooth
      // programmatic scroll at a time, so then the box itself jumps.
      const offscreen = box.bottom < 0 || box.top > innerHeight;
      this.scroller.scrollTo({ top: Math.max(0, top), behavior: smooth && !offscreen ? 'smooth' : 'auto' });
      if (offscreen) this.scroller.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    }
    return marks;
  }
}

/** Cuts `text` into chunks of about CHUNK characters, at line ends where there are any. */
function cut(text) {
  const chunks = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const nl = text.indexOf('\n', end);
      if (nl >= 0 && nl - end < CHUNK) end = nl + 1;
      else if (isHigh(text.charCodeAt(end - 1))) end += 1; // never split a surrogate pair
    }
    chunks.push({ start, end, el: null, filled: false });
    start = end;
  }
  if (!chunks.length) chunks.push({ start: 0, end: 0, el: null, filled: false });
  return chunks;
}

const isHigh = (c) => c >= 0xd800 && c < 0xdc00;

/** Flattens possibly overlapping annotations into sorted, disjoint segments with the ids covering each. */
export function segment(annotations) {
  const events = [];
  for (const a of annotations) {
    if (!(a.end > a.start)) continue;
    events.push([a.start, 1, a], [a.end, -1, a]);
  }
  events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out = [];
  const active = new Set();
  let pos = 0;
  for (let i = 0; i < events.length;) {
    const at = events[i][0];
    if (active.size && at > pos) {
      const list = [...active];
      const cls = new Set(['hl']);
      for (const a of list) { cls.add(`hl-${a.type}`); if (a.cls) cls.add(a.cls); }
      if (list.some((a) => a.type === 'w' && !a.cls)) cls.delete('w-long'); // a short warning over a long one shows
      out.push({ start: pos, end: at, ids: list.map((a) => a.id).join(' '), cls: [...cls].join(' ') });
    }
    for (; i < events.length && events[i][0] === at; i++) {
      if (events[i][1] > 0) active.add(events[i][2]); else active.delete(events[i][2]);
    }
    pos = at;
  }
  return out;
}

function firstEndingAfter(segments, pos) {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end <= pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

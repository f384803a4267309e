// A tiny element builder. Children that are strings become text nodes: nothing here parses HTML.

/** h('td', {class: 'x', dataset: {ann: 'i1'}}, 'text', child) */
export function h(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c != null && c !== false && c !== '') e.append(c);
  return e;
}

export const $ = (id) => document.getElementById(id);

/** Runs `fn` once the frame being prepared has been painted. */
export const afterPaint = (fn) => requestAnimationFrame(() => setTimeout(fn, 0));

/** Whether the user asked for less motion. */
export const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

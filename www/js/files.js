// Files into plain text, entirely in the browser: .txt (UTF-8, UTF-16 or GB18030), .html/.htm (parsed with
// DOMParser into an inert document and read as text — never rendered), .docx (a small zip reader and
// DecompressionStream('deflate-raw') for word/document.xml).

/** The kinds of file the page reads, by extension. */
export const ACCEPT = '.txt,.text,.html,.htm,.xhtml,.docx,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export class UnsupportedFile extends Error {}

/** Reads `file` (a File or Blob with a name) into text. */
export async function fileToText(file) {
  const name = (file.name || '').toLowerCase();
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (ext === 'docx' || (ext === '' && isZip(bytes))) return docxToText(bytes);
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || file.type === 'text/html') return htmlToText(decodeText(bytes, true));
  if (ext === 'txt' || ext === 'text' || ext === '' || file.type.startsWith('text/')) return decodeText(bytes, false);
  throw new UnsupportedFile(file.name);
}

const isZip = (b) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Bytes to text: BOM first, then strict UTF-8, then a declared HTML charset, then GB18030. */
export function decodeText(bytes, html) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch { /* not UTF-8 */ }
  let label = 'gb18030';
  if (html) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    const m = /charset\s*=\s*["']?([\w-]+)/i.exec(head);
    if (m) label = m[1];
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tr', 'ul', 'caption', 'tbody', 'thead', 'tfoot', 'center', 'body']);
const CJK_BREAK = /([\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])[ \t\r\f]*\n[ \t\n\r\f]*(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])/g;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'svg', 'math', 'button', 'select']);

/**
 * HTML to text the way a reader sees it: paragraphs on their own lines, whitespace collapsed, scripts and
 * styles dropped. DOMParser documents are inert: no script runs, nothing loads.
 */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(quiet(html), 'text/html');
  const out = [];
  let pendingBreak = false;
  const breakLine = () => { if (out.length) pendingBreak = true; };
  const push = (s) => {
    if (!s) return;
    if (pendingBreak) { out.push('\n'); pendingBreak = false; }
    out.push(s);
  };
  const walk = (node, pre) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        let s = n.data;
        if (!pre) {
          // A line break between two CJK characters is no space (CSS Text segment-break rules); others collapse.
          s = s.replace(CJK_BREAK, '$1').replace(/[ \t\n\r\f]+/g, ' ');
          if (pendingBreak || !out.length || /\s$/.test(out.at(-1))) s = s.replace(/^ /, '');
        }
        push(s);
      } else if (n.nodeType === 1) {
        const tag = n.localName;
        if (SKIP.has(tag)) continue;
        if (tag === 'br') { push('\n'); pendingBreak = false; continue; }
        const block = BLOCK.has(tag);
        if (block) breakLine();
        if (tag === 'td' || tag === 'th') { if (n.previousElementSibling) push('\t'); }
        walk(n, pre || tag === 'pre' || tag === 'textarea');
        if (block) breakLine();
      }
    }
  };
  walk(doc.body ?? doc.documentElement, false);
  return out.join('').split('\n').map((l) => l.replace(/[ \t]+$/, '').replace(/^ /, '')).join('\n').trim();
}

/**
 * Drops scripts and styles and renames inline handlers and style attributes before parsing. Safety does not
 * depend on this (the parsed document is inert and the page's CSP blocks inline code anyway): it keeps the
 * CSP from logging a violation for every onclick= in the file.
 */
function quiet(html) {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)(on[a-z]+|style)(\s*=)/gi, '$1data-x-$2$3'));
}

// ---- .docx ------------------------------------------------------------------------------------

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The body text of a .docx: one line per paragraph, tabs and breaks kept. */
export async function docxToText(bytes) {
  const entries = readZip(bytes);
  const doc = entries.get('word/document.xml');
  if (!doc) throw new Error('word/document.xml not found (not a .docx?)');
  const xml = new TextDecoder('utf-8').decode(await inflateEntry(bytes, doc));
  const dom = new DOMParser().parseFromString(xml, 'application/xml');
  if (dom.getElementsByTagName('parsererror').length) throw new Error('word/document.xml is not well-formed');
  const lines = [];
  for (const p of dom.getElementsByTagNameNS(W, 'p')) {
    if (p.parentNode && hasAncestorP(p)) continue; // text boxes nest paragraphs: their text is read with the outer one
    let line = '';
    const walker = dom.createTreeWalker(p, 1 /* elements */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.namespaceURI !== W) continue;
      if (n.localName === 't') line += n.textContent;
      else if (n.localName === 'tab') line += '\t';
      else if (n.localName === 'br' || n.localName === 'cr') line += '\n';
      else if (n.localName === 'noBreakHyphen') line += '-';
    }
    lines.push(line);
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function hasAncestorP(p) {
  for (let a = p.parentNode; a && a.nodeType === 1; a = a.parentNode) if (a.namespaceURI === W && a.localName === 'p') return true;
  return false;
}

/**
 * The central directory of a zip: name → {method, compressedSize, offset}. Enough zip for Office files:
 * stored or deflated entries, no encryption; ZIP64 sizes are read from the extra field.
 */
export function readZip(bytes) {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (v.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true);
  const entries = new Map();
  const names = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (v.getUint32(p, true) !== 0x02014b50) throw new Error('bad zip central directory');
    const flags = v.getUint16(p + 8, true);
    const method = v.getUint16(p + 10, true);
    let compressedSize = v.getUint32(p + 20, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    let offset = v.getUint32(p + 42, true);
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // ZIP64: sizes of 0xffffffff live in extra field 0x0001 (uncompressed, compressed, offset — those that overflow).
    for (let e = p + 46 + nameLen; e < p + 46 + nameLen + extraLen - 4;) {
      const id = v.getUint16(e, true);
      const len = v.getUint16(e + 2, true);
      if (id === 1) {
        let q = e + 4;
        if (v.getUint32(p + 24, true) === 0xffffffff) q += 8;
        if (compressedSize === 0xffffffff) { compressedSize = Number(v.getBigUint64(q, true)); q += 8; }
        if (offset === 0xffffffff) offset = Number(v.getBigUint64(q, true));
      }
      e += 4 + len;
    }
    if (flags & 1) throw new Error(`${name} is encrypted`);
    entries.set(name, { method, compressedSize, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The uncompressed bytes of one entry. */
export async function inflateEntry(bytes, entry) {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = entry.offset;
  if (v.getUint32(h, true) !== 0x04034b50) throw new Error('bad zip local header');
  const start = h + 30 + v.getUint16(h + 26, true) + v.getUint16(h + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new Error(`zip method ${entry.method} is not supported`);
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

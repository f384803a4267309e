// Reads the serde structs and enums of crate/src and writes TypeScript assertions that the package's types
// (types.d.ts, from the facade's typescript_custom_section) have the same fields, optionality, nullability and
// enum values — checked by tsc in package.test.mjs. It understands the serde this crate uses and stops with
// a clear message at anything else, rather than guess.
import fs from 'node:fs';
import path from 'node:path';

/** Rust source without comments; strings, char literals and lifetimes kept apart correctly. */
export function stripComments(src) {
  let out = '';
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      let depth = 0;
      do {
        if (src.startsWith('/*', i)) { depth++; i += 2; } else if (src.startsWith('*/', i)) { depth--; i += 2; } else i++;
      } while (depth > 0 && i < src.length);
      out += ' ';
    } else if (c === 'r' && /^r#*"/.test(src.slice(i, i + 40)) && !/\w/.test(src[i - 1] ?? '')) {
      const hashes = /^r(#*)"/.exec(src.slice(i, i + 40))[1];
      const end = src.indexOf(`"${hashes}`, i + 2 + hashes.length);
      const stop = end < 0 ? src.length : end + 1 + hashes.length;
      out += src.slice(i, stop);
      i = stop;
    } else if (c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
    } else if (c === "'") {
      // A char literal ('x', '\n', '\u{..}', an astral char) or a lifetime ('a).
      const m = /^'(?:\\(?:u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|.)|[\s\S]|[\uD800-\uDBFF][\uDC00-\uDFFF])'/.exec(src.slice(i, i + 16));
      const len = m ? m[0].length : 1;
      out += src.slice(i, i + len);
      i += len;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Splits at top-level commas (outside <>, (), [], {} and strings). */
function splitTop(s) {
  const parts = [];
  let depth = 0;
  let cur = '';
  let inStr = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inStr) {
      cur += c;
      if (c === '\\') cur += s[++i] ?? '';
      else if (c === '"') inStr = false;
      continue;
    }
    if (c === '"') inStr = true;
    else if ('<([{'.includes(c)) depth++;
    else if ('>)]}'.includes(c) && !(c === '>' && s[i - 1] === '-')) depth--;
    if (c === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The body between the brace at `open` and its match. */
function braced(src, open) {
  let depth = 0;
  let inStr = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (inStr) {
      if (c === '\\') i++;
      else if (c === '"') inStr = false;
    } else if (c === '"') inStr = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return src.slice(open + 1, i);
  }
  throw new Error('unbalanced braces');
}


/** Leading attributes of an item, field or variant, and what follows them. */
function attributes(text) {
  const attrs = [];
  let rest = text.trim();
  for (;;) {
    const m = /^#\[((?:[^\]"]|"(?:[^"\\]|\\.)*")*)\]\s*/.exec(rest);
    if (!m) break;
    attrs.push(m[1].trim());
    rest = rest.slice(m[0].length);
  }
  return { attrs, rest };
}

/** serde's arguments in the attributes: [{ key, value }]. */
function serdeArgs(attrs) {
  const args = [];
  for (const a of attrs) {
    const m = /^serde\s*\(([\s\S]*)\)$/.exec(a);
    if (!m) continue;
    for (const part of splitTop(m[1])) {
      const kv = /^(\w+)\s*(?:=\s*"((?:[^"\\]|\\.)*)")?$/.exec(part);
      if (!kv) throw new Error(`cannot read serde attribute \`${part}\``);
      args.push({ key: kv[1], value: kv[2] });
    }
  }
  return args;
}

function derives(attrs) {
  const names = new Set();
  for (const a of attrs) {
    const m = /^derive\s*\(([\s\S]*)\)$/.exec(a);
    if (m) for (const d of splitTop(m[1])) names.add(d.split('::').pop().trim());
  }
  return names;
}

/** Every struct and enum deriving Serialize or Deserialize under `dir` (recursively), by name. */
export function readRust(dir) {
  const items = new Map();
  const files = fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.rs') && !f.split(path.sep).includes('bin'));
  for (const rel of files.sort()) {
    const src = stripComments(fs.readFileSync(path.join(dir, rel), 'utf8'));
    const head = /((?:#\[(?:[^\]"]|"(?:[^"\\]|\\.)*")*\]\s*)*)(?:pub(?:\s*\([^)]*\))?\s+)?(struct|enum)\s+(\w+)\s*(?:<[^>{;(]*>)?\s*(?:where[^{;]*)?\{/g;
    for (const m of src.matchAll(head)) {
      const { attrs } = attributes(m[1]);
      const d = derives(attrs);
      const ser = d.has('Serialize');
      const de = d.has('Deserialize');
      if (!ser && !de) continue;
      const body = braced(src, m.index + m[0].length - 1);
      const item = { name: m[3], kind: m[2], file: rel, serialize: ser, deserialize: de, serde: serdeArgs(attrs), members: [] };
      for (const piece of splitTop(body)) {
        const { attrs: a, rest } = attributes(piece);
        if (m[2] === 'struct') {
          const f = /^(?:pub(?:\s*\([^)]*\))?\s+)?(\w+)\s*:\s*([\s\S]+)$/.exec(rest);
          if (!f) throw new Error(`${rel}: cannot read field \`${rest}\` of ${m[3]}`);
          item.members.push({ name: f[1], type: f[2].replace(/\s+/g, ' ').trim(), serde: serdeArgs(a) });
        } else {
          const v = /^(\w+)\s*(?:=\s*[^,]+)?$/.exec(rest);
          item.members.push({ name: v ? v[1] : rest, unit: Boolean(v), serde: serdeArgs(a) });
        }
      }
      if (!items.has(item.name)) items.set(item.name, []);
      items.get(item.name).push(item);
    }
  }
  return items;
}

const CASES = {
  camelCase: (n, k) => (k === 'variant' ? n[0].toLowerCase() + n.slice(1) : n.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase())),
  snake_case: (n, k) => (k === 'variant' ? n.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase() : n),
  lowercase: (n) => n.toLowerCase(),
  PascalCase: (n, k) => (k === 'variant' ? n : n.replace(/(?:^|_)([a-z0-9])/g, (_, c) => c.toUpperCase())),
  'kebab-case': (n, k) => CASES.snake_case(n, k).replace(/_/g, '-'),
};

const CONTAINER_OK = new Set(['rename_all', 'default', 'deny_unknown_fields']);
const MEMBER_OK = new Set(['skip_serializing_if', 'rename', 'skip', 'skip_serializing', 'skip_deserializing', 'default']);

function wireName(item, member, kind) {
  const rename = member.serde.find((a) => a.key === 'rename');
  if (rename) return rename.value;
  const all = item.serde.find((a) => a.key === 'rename_all');
  if (!all) return member.name;
  const conv = CASES[all.value];
  if (!conv) throw new Error(`${item.name}: rename_all = "${all.value}" is not understood by tests/npm/rust-types.mjs`);
  return conv(member.name, kind);
}

function checkSerde(item) {
  for (const a of item.serde) {
    if (!CONTAINER_OK.has(a.key)) throw new Error(`${item.file}: ${item.name} has #[serde(${a.key})], which tests/npm/rust-types.mjs does not understand; teach it`);
  }
  for (const m of item.members) {
    for (const a of m.serde) {
      if (!MEMBER_OK.has(a.key)) throw new Error(`${item.file}: ${item.name}.${m.name} has #[serde(${a.key})], which tests/npm/rust-types.mjs does not understand; teach it`);
    }
  }
}

/** Splits `Name<Args>` into the last path segment and its generic arguments. */
function generic(t) {
  const m = /^([\w:]+)\s*(?:<([\s\S]*)>)?$/.exec(t);
  if (!m) return null;
  return { base: m[1].split('::').pop(), args: m[2] ? splitTop(m[2]).filter((a) => !a.startsWith("'")) : [] };
}

const NUMBERS = new Set(['u8', 'u16', 'u32', 'u64', 'usize', 'i8', 'i16', 'i32', 'i64', 'isize', 'f32', 'f64']);

/**
 * TypeScript assertions that the interfaces of `typesDts` (imported as `Z` from `module`) match the Rust items.
 * `only` maps interface names checked elsewhere to why; `renamed` maps an interface to its differently named
 * Rust struct. Returns { source, labels }, labels by line number of the source.
 */
export function syncChecks(rust, typesDts, { module = 'zhibiao', only = {}, renamed = {} } = {}) {
  const tsName = Object.fromEntries(Object.entries(renamed).map(([ts, rs]) => [rs, ts]));
  const interfaces = [...typesDts.matchAll(/export\s+interface\s+(\w+)/g)].map((m) => m[1]);
  const aliases = [...typesDts.matchAll(/export\s+type\s+(\w+)/g)].map((m) => m[1]);
  // The item a name stands for: among those of that name, the ones that serialize (results) or deserialize
  // (options), so that, say, a gold-file struct of the same name elsewhere in the crate does not get in the way.
  const one = (name, need, kind) => {
    const found = (rust.get(name) ?? []).filter((i) => (kind ? i.kind === kind : true) && i[need]);
    if (found.length > 1) throw new Error(`more than one serde item is named ${name}: ${found.map((i) => i.file).join(', ')}`);
    return found[0];
  };
  const lines = [
    `import type * as Z from '${module}';`,
    'type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;',
    'type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T];',
    'type IsAny<T> = 0 extends 1 & T ? true : false;',
    'type AnyKeys<T> = { [K in keyof T]-?: IsAny<T[K]> extends true ? K : never }[keyof T];',
    'type Field<T, K extends keyof T> = Exclude<T[K], undefined>;',
  ];
  const labels = new Map();
  let n = 0;
  const check = (label, a, b) => {
    lines.push(`const c${n++}: Equal<${a}, ${b}> = true;`);
    labels.set(lines.length, label);
  };

  const tsOf = (type, where, need = 'serialize') => {
    const t = type.replace(/^&\s*(?:'\w+\s+)?(?:mut\s+)?/, '').trim();
    const slice = /^\[([\s\S]+?)(?:;\s*\d+)?\]$/.exec(t);
    if (slice) return `Array<${tsOf(slice[1], where, need)}>`;
    const tuple = /^\(([\s\S]*)\)$/.exec(t);
    if (tuple) return `[${splitTop(tuple[1]).map((x) => tsOf(x, where, need)).join(', ')}]`;
    const g = generic(t);
    if (!g) throw new Error(`${where}: cannot read the Rust type \`${type}\``);
    const { base, args } = g;
    if (['String', 'str', 'char'].includes(base)) return 'string';
    if (base === 'bool') return 'boolean';
    if (NUMBERS.has(base)) return 'number';
    if (base === 'Option') return `(${tsOf(args[0], where, need)} | null)`;
    if (['Vec', 'VecDeque', 'BTreeSet', 'HashSet', 'IndexSet'].includes(base)) return `Array<${tsOf(args[0], where, need)}>`;
    if (['Box', 'Rc', 'Arc', 'Cow'].includes(base)) return tsOf(args[0], where, need);
    if (['HashMap', 'BTreeMap', 'IndexMap'].includes(base)) return `Record<string, ${tsOf(args[1], where, need)}>`;
    const item = one(base, need);
    if (!item) throw new Error(`${where}: \`${type}\` is neither a known Rust type nor a serde struct or enum of the crate`);
    if (item.kind === 'enum') {
      checkSerde(item);
      const bad = item.members.filter((v) => !v.unit);
      if (bad.length) throw new Error(`${item.file}: enum ${item.name} has data variants (${bad.map((v) => v.name)}), which tests/npm/rust-types.mjs does not understand`);
      return `(${item.members.filter((v) => !v.serde.some((a) => a.key === 'skip')).map((v) => JSON.stringify(wireName(item, v, 'variant'))).join(' | ')})`;
    }
    return `Z.${tsName[item.name] ?? item.name}`;
  };

  for (const name of interfaces) {
    if (name in only) continue;
    const rustName = renamed[name] ?? name;
    // Results are what Rust serializes; an interface only a Deserialize struct answers (the options) is input.
    const item = one(rustName, 'serialize', 'struct') ?? one(rustName, 'deserialize', 'struct');
    if (!item) throw new Error(`types.d.ts declares interface ${name}, but no struct ${rustName} in crate/src derives Serialize or Deserialize`);
    checkSerde(item);
    const input = !item.serialize; // what JS gives, not what Rust returns
    const containerDefault = item.serde.some((a) => a.key === 'default');
    const fields = [];
    const optional = [];
    lines.push('', `// ${name}: struct ${rustName} (crate/src/${item.file})`);
    check(`${name}: no property may be \`any\``, `AnyKeys<Z.${name}>`, 'never');
    for (const f of item.members) {
      const skip = f.serde.some((a) => a.key === 'skip' || a.key === (input ? 'skip_deserializing' : 'skip_serializing'));
      if (skip) continue;
      const wire = wireName(item, f, 'field');
      fields.push(wire);
      const where = `${name}.${wire} (Rust \`${f.name}: ${f.type}\`)`;
      const opt = generic(f.type)?.base === 'Option' ? generic(f.type).args[0] : null;
      let ts;
      if (input) {
        if (containerDefault || opt !== null || f.serde.some((a) => a.key === 'default')) optional.push(wire);
        ts = tsOf(opt ?? f.type, where, 'deserialize');
        check(`${where}: types.d.ts should say ${ts}`, `Exclude<Field<Z.${name}, ${JSON.stringify(wire)}>, null>`, ts);
      } else {
        const skipIf = f.serde.some((a) => a.key === 'skip_serializing_if');
        if (skipIf) optional.push(wire);
        ts = skipIf && opt !== null ? tsOf(opt, where) : tsOf(f.type, where);
        check(`${where}: types.d.ts should say ${skipIf ? `${wire}?: ` : ''}${ts}`, `Field<Z.${name}, ${JSON.stringify(wire)}>`, ts);
      }
    }
    const union = (xs) => (xs.length ? xs.map((x) => JSON.stringify(x)).join(' | ') : 'never');
    check(`${name}: the properties should be exactly ${fields.join(', ')}`, `keyof Z.${name}`, union(fields));
    check(`${name}: the optional (\`?\`) properties should be exactly ${optional.join(', ') || 'none'}`, `OptionalKeys<Z.${name}>`, union(optional));
  }
  for (const name of aliases) {
    const item = one(name, 'serialize', 'enum') ?? one(name, 'deserialize', 'enum');
    if (!item) continue; // a TypeScript-only alias; its uses are checked through the fields above
    lines.push('', `// ${name} (crate/src/${item.file})`);
    check(`${name}: the values should be those of enum ${name}`, `Z.${name}`, tsOf(name, name, item.serialize ? 'serialize' : 'deserialize'));
  }
  return { source: `${lines.join('\n')}\n`, labels };
}

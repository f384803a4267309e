// The wasm build under Node: the same functions the site and the npm package call.
import test from 'node:test';
import assert from 'node:assert/strict';
import { parse, normalize, quantities, version, seeds } from './load.mjs';

test('every seed parses into a Report whose spans lie inside the input', () => {
  assert.equal(seeds.length, 5);
  for (const { file, text } of seeds) {
    const r = parse(text);
    assert.equal(r.schemaVersion, 1, file);
    for (const x of [...r.indicators, ...r.commitments, ...r.warnings.filter((w) => w.span)]) {
      assert.ok(x.span.start <= x.span.end && x.span.end <= text.length, `${file}: ${JSON.stringify(x.span)}`);
    }
  }
});

test('quantity spans slice the evidence out of the input as the user gave it', () => {
  const seed = seeds.find((s) => s.file.startsWith('002')).text;
  const gdp = quantities(seed).find((q) => q.number === 301.5);
  assert.equal(gdp.unit, '亿元');
  assert.equal(gdp.base.number, 30150000000);
  assert.equal(seed.slice(gdp.span.start, gdp.span.end), '301.5亿元');
  // Seed 004 is traditional with pinyin readings: the span points at the original characters.
  const trad = seeds.find((s) => s.file.startsWith('004')).text;
  const rev = quantities(trad).find((q) => q.number === 50.05);
  assert.equal(rev.unit, '亿元');
  assert.equal(trad.slice(rev.span.start, rev.span.end), '50.05億元');
});

test('a level reached carries its baseline, with the baseline\'s own year', () => {
  const text = '钢材板带比由2002年的32.9%提高到53.4%，上市公司由32家增加到54家。';
  const [steel, listed] = parse(text, { year: 2008 }).indicators;
  assert.equal(steel.name, '钢材板带比');
  assert.deepEqual([steel.value.number, steel.baseline.value.number, steel.baseline.period.year], [53.4, 32.9, 2002]);
  assert.equal(text.slice(listed.span.start, listed.span.end), '上市公司由32家增加到54家');
  assert.deepEqual([listed.baseline.value.unit, listed.baseline.period], ['家', null]);
});

test('a change against a named year carries that year as versus', () => {
  const [energy, sales] = parse('单位生产总值能耗比2005年下降20%，销售额同比增长5%。', { year: 2011 }).indicators;
  assert.equal(energy.name, '单位生产总值能耗');
  assert.deepEqual([energy.change.direction, energy.change.basis, energy.change.versus.year], ['down', 'vsYear', 2005]);
  assert.deepEqual([sales.change.basis, sales.change.versus], ['yoy', null]);
});

test('positions count UTF-16 units, also past astral characters and lone surrogates', () => {
  for (const prefix of ['𠀀𠀁', '\uD800', 'a\uDC00b']) {
    const input = `${prefix}全年增长５％`;
    const [q] = quantities(input);
    assert.equal(input.slice(q.span.start, q.span.end), '５％');
    assert.equal(q.number, 5);
  }
});

test('normalize returns the cleaned text and a map back to the input', () => {
  const input = '現(xiàn)在增長(zhǎng)６％';
  const n = normalize(input);
  assert.equal(n.text, '现在增长6%');
  assert.ok(n.warnings.some((w) => w.code === 'pinyinAnnotationsRemoved'));
  const last = n.map.at(-1);
  assert.equal(last.normEnd, n.text.length);
  assert.equal(last.origEnd, input.length);
});

test('bad arguments throw an Error and leave the instance usable', () => {
  assert.throws(() => parse(42), /must be a string/);
  assert.throws(() => parse('文本', { bogus: true }), /unknown option `bogus`/);
  assert.throws(() => parse('文本', 'year'), /options must be an object/);
  assert.equal(parse('增长5%').schemaVersion, 1);
  assert.match(version(), /^\d+\.\d+\.\d+$/);
});

test('bad content gives warnings, not exceptions', () => {
  assert.ok(parse('').warnings.some((w) => w.code === 'emptyInput'));
  assert.ok(parse('hello world').warnings.some((w) => w.code === 'noChineseText'));
  const junk = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 0xd000));
  assert.equal(parse(junk).schemaVersion, 1);
  assert.equal(parse('<script>alert(1)</script><p>增长5%</p>', { includeNormalizedText: true }).normalizedText, '增长5%');
});

test('unpack builds the values of a packed result, strings cut by UTF-16 units', async () => {
  const { unpack } = await import('../../dist/pkg/unpack.js');
  // { a: "𠀀增", b: [1.5, null, true, "Up"], c: {} }, in the operations of crate/src/pack.rs (`pack::op`).
  const [NULL, TRUE, NUMBER, STRING, NAME, ARRAY, OBJECT] = [0, 1, 3, 4, 5, 6, 7];
  const ops = Uint32Array.from([OBJECT, 3, 0, STRING, 0, 3, 1, ARRAY, 4, NUMBER, NULL, TRUE, NAME, 3, 2, OBJECT, 0]);
  // The strings come as UTF-16 units.
  const units = (s) => Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
  assert.deepStrictEqual(unpack(ops, Float64Array.from([1.5]), units('𠀀增长'), 'a\nb\nc\nUp\n'),
    { a: '𠀀增', b: [1.5, null, true, 'Up'], c: {} });
  assert.throws(() => unpack(Uint32Array.from([9]), new Float64Array(), units(''), ''), /cannot unpack the result \(operation 9 at 0\)/);
});

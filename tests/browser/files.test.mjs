// Files into the page: .txt (UTF-8 and GB18030), .html (read as text, scripts never run), .docx (unzipped in
// the browser), dropped or picked; an unsupported file is refused with a message.
import test from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { start, open, foreign, act, wasm } from './harness.mjs';

const env = await start();
const { quantities } = await wasm();
test.after(() => env.close());

const SENTENCE = '全年地区生产总值增长5%左右，一般公共预算收入40亿元。';

// ---- a minimal zip writer, to make .docx fixtures -----------------------------------------------------

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };

/** A zip of `files` ({name: string|Buffer}); entries deflated unless `stored` names them. */
function zip(files, stored = []) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    const method = stored.includes(name) ? 0 : 8;
    const body = method ? zlib.deflateRawSync(data) : data;
    const nameBuf = Buffer.from(name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(0x0800, 6); head.writeUInt16LE(method, 8);
    head.writeUInt32LE(crc32(data), 14); head.writeUInt32LE(body.length, 18); head.writeUInt32LE(data.length, 22); head.writeUInt16LE(nameBuf.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0); dir.writeUInt16LE(20, 4); dir.writeUInt16LE(20, 6); dir.writeUInt16LE(0x0800, 8); dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(crc32(data), 16); dir.writeUInt32LE(body.length, 20); dir.writeUInt32LE(data.length, 24); dir.writeUInt16LE(nameBuf.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(head, nameBuf, body);
    central.push(dir, nameBuf);
    offset += head.length + nameBuf.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(Object.keys(files).length, 8); end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (paragraphs, stored) => zip({
  '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${paragraphs}<w:sectPr/></w:body></w:document>`,
}, stored);

// ---- helpers --------------------------------------------------------------------------------------------

/** Picks a file through the file input and waits for the page to read it (or to refuse it). */
const pick = (page, name, mimeType, buffer, expect = 'ready') => act(page, () => page.getByTestId('file').setInputFiles({ name, mimeType, buffer }), expect);

test('a .txt file in UTF-8 or GB18030, picked or dropped, is read', async () => {
  const { context, page, requests, errors } = await open(env.browser, env.origin);
  await pick(page, '报告.txt', 'text/plain', Buffer.from(SENTENCE));
  assert.equal(await page.getByTestId('input').inputValue(), SENTENCE);
  await page.getByTestId('tab-quantities').click();
  assert.equal(await page.getByTestId('quantity-row').count(), quantities(SENTENCE).length);

  // GB18030 (what many government sites still serve), as bytes.
  const gb = Buffer.from('c8abc4eab5d8c7f8c9fab2fad7dcd6b5d4f6b3a43525d7f3d3d2a3acd2bbb0e3b9abb9b2d4a4cbe3cad5c8eb3430d2dad4aaa1a3', 'hex');
  await pick(page, 'gbk.txt', 'text/plain', gb);
  assert.equal(await page.getByTestId('input').inputValue(), SENTENCE);

  // Dropped on the page.
  await act(page, () => page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.querySelector('#text').dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, `拖入：${SENTENCE}`));
  assert.equal(await page.getByTestId('input').inputValue(), `拖入：${SENTENCE}`);
  assert.equal(await page.evaluate(() => document.body.classList.contains('dragging')), false);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(requests, env.origin), []);
  await context.close();
});

test('an .html file is read as text: paragraphs kept, scripts and styles dropped, nothing runs or loads', async () => {
  const { context, page, requests, errors } = await open(env.browser, env.origin);
  await page.evaluate(() => { window.__pwned = 0; });
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>标题不读</title><style>p{color:red}</style>
    <script>window.__pwned = 1</script><link rel="stylesheet" href="http://example.com/x.css"></head>
    <body onload="window.__pwned = 2"><h1>政府工作报告</h1>
    <p>全年地区生产总值<b>增长5%</b>左右，
    一般公共预算收入40亿元。</p><p>城镇新增就业&nbsp;1.2万人&amp;以上</p>
    <img src="http://example.com/pixel.gif" onerror="window.__pwned = 3"><ul><li>第一项</li><li>第二项</li></ul></body></html>`;
  await pick(page, 'report.html', 'text/html', Buffer.from(html));
  assert.equal(await page.getByTestId('input').inputValue(),
    `政府工作报告\n${SENTENCE}\n城镇新增就业\u00a01.2万人&以上\n第一项\n第二项`);
  assert.equal(await page.evaluate(() => window.__pwned), 0);
  assert.deepEqual(foreign(requests, env.origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a .docx file is unzipped and read in the browser (deflated and stored entries)', async () => {
  const { context, page, errors } = await open(env.browser, env.origin);
  const body = '<w:p><w:r><w:t>政府工作报告</w:t></w:r></w:p>'
    + '<w:p><w:r><w:t xml:space="preserve">全年地区生产总值增长</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>5%</w:t></w:r><w:r><w:t>左右，一般公共预算收入40亿元。</w:t></w:r></w:p>'
    + '<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r><w:del><w:r><w:delText>删去的字</w:delText></w:r></w:del></w:p>';
  const expected = `政府工作报告\n${SENTENCE}\n甲\t乙\n丙`;
  await pick(page, '报告.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx(body));
  assert.equal(await page.getByTestId('input').inputValue(), expected);
  await page.getByTestId('tab-quantities').click();
  assert.equal(await page.getByTestId('quantity-row').count(), quantities(expected).length);
  await pick(page, 'stored.docx', '', docx(body, ['word/document.xml']));
  assert.equal(await page.getByTestId('input').inputValue(), expected);

  // Not a .docx inside: an error message, no crash.
  await pick(page, 'broken.docx', '', Buffer.from('not a zip'), 'error');
  assert.match(await page.getByTestId('status').textContent(), /broken\.docx/);
  // An unsupported type: refused with a message.
  await pick(page, 'report.pdf', 'application/pdf', Buffer.from('%PDF-1.4'), 'error');
  assert.match(await page.getByTestId('status').textContent(), /report\.pdf/);
  assert.deepEqual(errors, []);
  await context.close();
});

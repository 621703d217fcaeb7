'use strict';
// FileHandle.createReadStream / createWriteStream / readLines.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

(async () => {
  const f = tmpdir.resolve('lines.txt');
  let h = await fsp.open(f, 'w');
  const ws = h.createWriteStream({ encoding: 'utf8' });
  assert.ok(ws instanceof fs.WriteStream);
  assert.strictEqual(ws.pending, false);
  ws.write('one\r\n');
  ws.write('two\n');
  await new Promise((resolve) => ws.end('three', resolve));
  await new Promise((resolve) => ws.on('close', resolve));
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'one\r\ntwo\nthree');
  // The stream closed the handle.
  await assert.rejects(h.stat(), { code: 'EBADF' });

  h = await fsp.open(f);
  const rs = h.createReadStream({ start: 5, encoding: 'utf8' });
  assert.ok(rs instanceof fs.ReadStream);
  let text = '';
  for await (const chunk of rs) text += chunk;
  assert.strictEqual(text, 'two\nthree');
  assert.strictEqual(rs.bytesRead, 9);

  h = await fsp.open(f);
  const lines = [];
  for await (const line of h.readLines()) lines.push(line);
  assert.deepStrictEqual(lines, ['one', 'two', 'three']);

  h = await fsp.open(f);
  const rs2 = h.createReadStream({ autoClose: false, end: 2 });
  rs2.resume();
  await new Promise((resolve) => rs2.on('end', resolve));
  assert.strictEqual((await h.stat()).size, 14);
  await h.close();
})().then(common.mustCall());

'use strict';
// FileHandle.readableWebStream(): a byte stream over the file for default and BYOB readers; the
// handle stays locked and open; a closed handle throws ERR_INVALID_STATE.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = path.join(tmpdir.path, 'web.txt');
fs.writeFileSync(file, 'hello world');

(async () => {
  const fh = await fs.promises.open(file);
  const rs = fh.readableWebStream();
  const chunks = [];
  for await (const c of rs) chunks.push(Buffer.from(c));
  assert.strictEqual(Buffer.concat(chunks).toString(), 'hello world');
  assert.notStrictEqual(fh.fd, -1);
  assert.throws(() => fh.readableWebStream(), { code: 'ERR_INVALID_STATE' });
  await fh.close();
  assert.throws(() => fh.readableWebStream(), { code: 'ERR_INVALID_STATE', message: /closed/ });

  const fh2 = await fs.promises.open(file);
  const reader = fh2.readableWebStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(5));
  assert.strictEqual(Buffer.from(value).toString(), 'hello');
  await reader.cancel();
  await fh2.close();
})().then(common.mustCall());

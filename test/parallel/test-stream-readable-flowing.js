'use strict';
// Flowing and paused modes: readableFlowing transitions, pause()/resume() events, 'readable'
// taking precedence over 'data', isPaused, and 'end' only after everything was consumed.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

{
  const r = new Readable({ read() {} });
  assert.strictEqual(r.readableFlowing, null);
  r.on('data', common.mustCall(2));
  assert.strictEqual(r.readableFlowing, true);
  r.pause();
  assert.strictEqual(r.readableFlowing, false);
  assert.strictEqual(r.isPaused(), true);
  r.push('a');
  r.push('b');
  setImmediate(common.mustCall(() => {
    assert.strictEqual(r.readableLength, 2);
    r.resume();
    r.push(null);
  }));
  r.on('pause', common.mustNotCall()); // pause() emitted it before this listener existed
  r.on('resume', common.mustCall(2)); // the tick on('data') scheduled still emits it, then resume()
  r.on('end', common.mustCall());
}

{
  const r = new Readable({ read() {} });
  r.on('readable', common.mustCall(() => {
    let chunk;
    while ((chunk = r.read()) !== null) assert.strictEqual(chunk.toString(), 'xy');
  }, 2));
  r.on('data', common.mustCall());
  assert.strictEqual(r.readableFlowing, false);
  r.push('x');
  r.push('y');
  setImmediate(() => r.push(null));
  r.on('end', common.mustCall());
}

{
  // resume() on a stream nobody reads still drains it (that counts as reading) and ends it.
  let n = 0;
  const r = new Readable({ read() { this.push(n++ < 3 ? 'z' : null); } });
  r.resume();
  r.on('end', common.mustCall(() => assert.strictEqual(r.readableDidRead, true)));
  r.on('close', common.mustCall(() => {
    assert.strictEqual(r.readableEnded, true);
    assert.strictEqual(r.readableAborted, false);
  }));
}

{
  // Setting readableFlowing false stops 'data' even with a listener attached later.
  const r = new Readable({ read() {} });
  r.readableFlowing = false;
  r.on('data', common.mustNotCall());
  r.push('q');
  setImmediate(common.mustCall(() => assert.strictEqual(r.readableLength, 1)));
}

{
  // 'end' waits until the buffer is empty.
  const r = new Readable({ read() {} });
  r.push('a');
  r.push(null);
  let ended = false;
  r.on('end', () => { ended = true; });
  setImmediate(common.mustCall(() => {
    assert.strictEqual(ended, false);
    assert.strictEqual(r.read().toString(), 'a');
    assert.strictEqual(r.read(), null);
    setImmediate(common.mustCall(() => assert.strictEqual(ended, true)));
  }));
}

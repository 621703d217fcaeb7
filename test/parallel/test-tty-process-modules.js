'use strict';
require('../common');
const assert = require('assert');
const tty = require('tty');

assert.strictEqual(require('process'), process);
assert.strictEqual(require('node:process'), process);
assert.strictEqual(tty.isatty(-1), false);
assert.strictEqual(tty.isatty(1.5), false);
assert.strictEqual(tty.isatty(2 ** 31), false);
assert.strictEqual(typeof tty.isatty(0), 'boolean');
assert.throws(() => new tty.WriteStream(-1), { code: 'ERR_INVALID_FD', name: 'RangeError' });
assert.throws(() => new tty.ReadStream(-1), { code: 'ERR_INVALID_FD' });
assert.strictEqual(typeof tty.WriteStream.prototype.getColorDepth, 'function');
assert.strictEqual(typeof tty.WriteStream.prototype.hasColors, 'function');
assert.strictEqual(require('util/types'), require('util').types);
for (const [env, depth] of [[{ FORCE_COLOR: '0' }, 1], [{ FORCE_COLOR: '1' }, 4],
  [{ FORCE_COLOR: '2' }, 8], [{ FORCE_COLOR: '3' }, 24], [{ NO_COLOR: '1' }, 1],
  [{ TERM: 'dumb' }, 1], [{ TERM: 'xterm-256color' }, 8], [{ COLORTERM: 'truecolor' }, 24],
  [{ TMUX: '1' }, 24], [{ CI: '1', GITHUB_ACTIONS: '1' }, 24], [{ CI: '1', TRAVIS: '1' }, 8], [{ CI: '1' }, 1], [{}, 1]]) {
  assert.strictEqual(tty.WriteStream.prototype.getColorDepth.call({}, env), depth,
                     JSON.stringify(env));
}

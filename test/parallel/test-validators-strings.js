'use strict';
// String, one-of, file-mode, encoding, signal-name and port validation
// through public APIs.
require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

// validateString
assert.throws(() => require('path').basename('x', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "suffix" argument must be of type string. Received type number (5)',
});
assert.throws(() => process.chdir(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "directory" argument must be of type string. Received type number (5)',
});

// validateOneOf
assert.throws(() => require('dns').setDefaultResultOrder('x'), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'dnsOrder' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. " +
           "Received 'x'",
});

// parseFileMode: numbers or octal strings.
tmpdir.refresh();
const file = tmpdir.resolve('mode.txt');
fs.writeFileSync(file, '');
fs.chmodSync(file, '644');
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o644);
fs.chmodSync(file, 0o600);
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600);
for (const bad of ['999', 'bad', '0o644', '', ' 644']) {
  assert.throws(() => fs.chmodSync(file, bad), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. " +
             `Received '${bad}'`,
  });
}
assert.throws(() => fs.chmodSync(file, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mode" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => fs.chmodSync(file, 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mode" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fs.chmodSync(file, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "mode" argument must be of type number. Received an instance of Object',
});
assert.throws(() => process.umask('z'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mask' must be a 32-bit unsigned integer or an octal string. " +
           "Received 'z'",
});

// validateEncoding: hex data needs an even length.
{
  const fd = fs.openSync(tmpdir.resolve('enc.txt'), 'w');
  try {
    assert.throws(() => fs.writeSync(fd, 'abc', null, 'hex'), {
      code: 'ERR_INVALID_ARG_VALUE',
      message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
    });
    assert.strictEqual(fs.writeSync(fd, 'abcd', null, 'hex'), 2);
  } finally {
    fs.closeSync(fd);
  }
}

// validateSignalName (child_process killSignal)
assert.throws(() => require('child_process').spawnSync('true', [], { killSignal: 'SIGFOO' }), {
  code: 'ERR_UNKNOWN_SIGNAL',
  name: 'TypeError',
  message: 'Unknown signal: SIGFOO',
});

// validatePort
const net = require('net');
for (const [port, received] of [
  [70000, 'type number (70000)'],
  [-1, 'type number (-1)'],
  ['abc', "type string ('abc')"],
  ['', "type string ('')"],
  [1.5, 'type number (1.5)'],
]) {
  assert.throws(() => net.connect({ port }), {
    code: 'ERR_SOCKET_BAD_PORT',
    name: 'RangeError',
    message: `Port should be >= 0 and < 65536. Received ${received}.`,
  });
}
assert.throws(() => net.createServer().listen(65536), {
  code: 'ERR_SOCKET_BAD_PORT',
  message: 'options.port should be >= 0 and < 65536. Received type number (65536).',
});

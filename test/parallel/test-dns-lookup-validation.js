'use strict';
// dns.lookup and dns.lookupService argument errors, as Node reports them.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

const noop = () => {};
assert.throws(() => dns.lookup(5, noop), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hostname" argument must be of type string. Received type number (5)',
});
assert.throws(() => dns.lookup('x', 5, noop), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'family' must be one of: 0, 4, 6. Received 5",
});
assert.throws(() => dns.lookup('x', { family: 5 }, noop), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' must be one of: 0, 4, 6. Received 5",
});
assert.throws(() => dns.lookup('x', { hints: 1234 }, noop), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'hints' is invalid. Received 1234",
});
assert.throws(() => dns.lookup('x', { hints: '1' }, noop), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.hints" property must be of type number. Received type string (\'1\')',
});
assert.throws(() => dns.lookup('x', 'a', noop), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object or integer. Received type string (\'a\')',
});
assert.throws(() => dns.lookup('x', 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type string (\'a\')',
});
assert.throws(() => dns.lookup('x', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => dns.lookup('x', { all: 1 }, noop), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.all" property must be of type boolean. Received type number (1)',
});
assert.throws(() => dns.lookup('x', { verbatim: 'yes' }, noop), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => dns.lookup('x', { order: 'x' }, noop), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.order' must be one of: 'verbatim', 'ipv4first', " +
           "'ipv6first'. Received 'x'",
});
const hints = dns.ADDRCONFIG | dns.V4MAPPED | dns.ALL;
dns.lookup('127.0.0.1', { hints }, common.mustSucceed());

assert.throws(() => dns.lookupService('127.0.0.1'), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "address", "port", and "callback" arguments must be specified',
});
assert.throws(() => dns.lookupService('x', 80, noop), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'address' is invalid. Received 'x'",
});
assert.throws(() => dns.lookupService('127.0.0.1', 'a', noop), {
  code: 'ERR_SOCKET_BAD_PORT',
  name: 'RangeError',
  message: "Port should be >= 0 and < 65536. Received type string ('a').",
});
assert.throws(() => dns.lookupService('127.0.0.1', 80), { code: 'ERR_MISSING_ARGS' });

// The promise API validates synchronously.
assert.throws(() => dns.promises.lookup('x', 5), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.promises.lookup('x', 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.promises.lookupService('127.0.0.1'), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "address" and "port" arguments must be specified',
});

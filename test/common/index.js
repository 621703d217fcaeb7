'use strict';
// Node-style test helpers for nodus. Uses only public Node APIs so the same
// tests run under Node 22 (the reference) and under nodus.

const assert = require('assert');
const path = require('path');

const isWindows = process.platform === 'win32';
const isLinux = process.platform === 'linux';
const isMacOS = process.platform === 'darwin';
const isFreeBSD = process.platform === 'freebsd';
const isOpenBSD = process.platform === 'openbsd';
const isSunOS = process.platform === 'sunos';
const isAIX = process.platform === 'aix';
const isNodus = typeof process.versions === 'object' && process.versions !== null &&
  typeof process.versions.nodus === 'string';

let isMainThread = true;
try {
  isMainThread = require('worker_threads').isMainThread;
} catch {
  // worker_threads may not exist yet in nodus.
}

let hasCrypto = false;
try {
  require('crypto');
  hasCrypto = true;
} catch {
  hasCrypto = false;
}

let hasIntl = typeof Intl === 'object' && Intl !== null;

function noop() {}

// ---------------------------------------------------------------------------
// Call-count checks, verified when the process exits.

const mustCallChecks = [];
let exitHookInstalled = false;

function describeCount(check) {
  if (check.exact !== undefined) return `exactly ${check.exact}`;
  return `at least ${check.minimum}`;
}

// Writes a line to stderr even where console is not available yet.
function report(line) {
  try {
    console.error(line);
  } catch {
    try {
      process.stderr.write(`${line}\n`);
    } catch {
      process._rawDebug(line);
    }
  }
}

function runCallChecks(exitCode) {
  if (exitCode !== 0 && exitCode !== undefined) return;
  const failed = mustCallChecks.filter((check) => {
    if (check.exact !== undefined) return check.actual !== check.exact;
    return check.actual < check.minimum;
  });
  for (const check of failed) {
    const msg = `Mismatched ${check.name} function calls. Expected ${describeCount(check)}, ` +
      `actual ${check.actual}.`;
    report(msg);
    report(check.stack.split('\n').slice(3).join('\n'));
  }
  if (failed.length > 0) process.exit(1);
}

function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', runCallChecks);
}

function makeCallCheck(fn, kind, count) {
  if (typeof fn === 'number') {
    count = fn;
    fn = noop;
  } else if (fn === undefined) {
    fn = noop;
  }
  if (count === undefined) count = 1;
  if (typeof count !== 'number' || count < 0) {
    throw new TypeError(`Invalid ${kind} value: ${count}`);
  }
  const check = {
    actual: 0,
    name: fn.name || '<anonymous>',
    stack: new Error().stack || '',
  };
  if (kind === 'exact') check.exact = count;
  else check.minimum = count;
  mustCallChecks.push(check);
  installExitHook();

  const wrapped = function(...args) {
    check.actual++;
    return fn.apply(this, args);
  };
  // Keep the arity and name of the wrapped function, as Node's helper does.
  Object.defineProperty(wrapped, 'length', {
    value: fn.length, writable: false, enumerable: false, configurable: true,
  });
  Object.defineProperty(wrapped, 'name', {
    value: fn.name, writable: false, enumerable: false, configurable: true,
  });
  return wrapped;
}

function mustCall(fn, exact) {
  return makeCallCheck(fn, 'exact', exact);
}

function mustCallAtLeast(fn, minimum) {
  return makeCallCheck(fn, 'minimum', minimum);
}

function mustNotCall(msg) {
  const callSite = new Error().stack.split('\n').slice(2).join('\n');
  return function mustNotCall(...args) {
    const argsInfo = args.length > 0 ?
      `\ncalled with arguments: ${args.map((a) => require('util').inspect(a)).join(', ')}` : '';
    assert.fail(`${msg || 'function should not have been called'} at\n${callSite}${argsInfo}`);
  };
}

function mustSucceed(fn, exact) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, exact);
}

function mustNotMutateObjectDeep(original) {
  // Returns a proxy that throws on any mutation (shallowly and deeply).
  const seen = new WeakMap();
  function wrap(obj) {
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return obj;
    if (seen.has(obj)) return seen.get(obj);
    const handler = {
      defineProperty(target, prop) { assert.fail(`Expected no side effects, got ${String(prop)} defined`); },
      deleteProperty(target, prop) { assert.fail(`Expected no side effects, got ${String(prop)} deleted`); },
      set(target, prop) { assert.fail(`Expected no side effects, got ${String(prop)} set`); },
      setPrototypeOf() { assert.fail('Expected no side effects, got prototype set'); },
      get(target, prop, receiver) { return wrap(Reflect.get(target, prop, receiver)); },
    };
    const proxy = new Proxy(obj, handler);
    seen.set(obj, proxy);
    return proxy;
  }
  return wrap(original);
}

// ---------------------------------------------------------------------------
// Error validation.

function expectsError(validation, exact) {
  return mustCall(function validate(...args) {
    if (args.length !== 1) {
      assert.fail(`Expected one argument, got ${require('util').inspect(args)}`);
    }
    const error = args.pop();
    // assert.throws with a validation object also checks the properties.
    assert.throws(() => { throw error; }, validation);
    return true;
  }, exact);
}

// Builds the "Received ..." tail of ERR_INVALID_ARG_TYPE as Node 22 does.
function invalidArgTypeHelper(input) {
  if (input == null) {
    return ` Received ${input}`;
  }
  if (typeof input === 'function') {
    return ` Received function ${input.name}`;
  }
  if (typeof input === 'object') {
    if (input.constructor && input.constructor.name) {
      return ` Received an instance of ${input.constructor.name}`;
    }
    return ` Received ${require('util').inspect(input, { depth: -1 })}`;
  }
  let inspected = require('util').inspect(input, { colors: false });
  if (inspected.length > 28) { inspected = `${inspected.slice(0, 25)}...`; }
  return ` Received type ${typeof input} (${inspected})`;
}

// ---------------------------------------------------------------------------
// Warnings.

let catchWarning;
let warningHandlerInstalled = false;

function expectWarning(nameOrMap, expected, code) {
  if (catchWarning === undefined) catchWarning = {};
  if (typeof nameOrMap === 'string') {
    addExpectedWarnings(nameOrMap, expected, code);
  } else {
    for (const name of Object.keys(nameOrMap)) {
      addExpectedWarnings(name, nameOrMap[name]);
    }
  }
  if (!warningHandlerInstalled) {
    warningHandlerInstalled = true;
    process.on('warning', (warning) => {
      const list = catchWarning[warning.name];
      if (list === undefined) {
        assert.fail(`Unexpected warning ${warning.name}: ${warning.message}`);
      }
      list(warning);
    });
  }
}

function addExpectedWarnings(name, expected, code) {
  let pairs;
  if (typeof expected === 'string') {
    pairs = [[expected, code]];
  } else if (Array.isArray(expected)) {
    if (expected.length > 0 && typeof expected[0] === 'string' &&
        (expected.length === 1 || typeof expected[1] !== 'string' ||
         /^[A-Z][A-Z0-9_]*$/.test(expected[1]))) {
      // ['message', 'CODE'] single pair.
      pairs = [expected];
    } else {
      pairs = expected.map((e) => (typeof e === 'string' ? [e] : e));
    }
  } else if (expected && typeof expected === 'object') {
    // { CODE: 'message' } (or, the other way round, { 'message': 'CODE' }).
    pairs = Object.keys(expected).map((key) => (/^[A-Z][A-Z0-9_]*$/.test(key) ?
      [expected[key], key] : [key, expected[key]]));
  } else {
    throw new TypeError('expectWarning: invalid expected warnings');
  }
  const queue = pairs.slice();
  catchWarning[name] = mustCall((warning) => {
    const next = queue.shift();
    if (next === undefined) {
      assert.fail(`Unexpected extra warning ${warning.name}: ${warning.message}`);
    }
    const [message, warnCode] = next;
    assert.strictEqual(warning.name, name);
    if (typeof message === 'string') {
      assert.strictEqual(warning.message, message);
    } else {
      assert.match(warning.message, message);
    }
    assert.strictEqual(warning.code, warnCode);
  }, pairs.length);
}

// ---------------------------------------------------------------------------
// Misc.

function platformTimeout(ms) {
  const multipliers = typeof ms === 'bigint' ? { two: 2n, four: 4n, seven: 7n } :
    { two: 2, four: 4, seven: 7 };
  if (process.env.NODUS_SANITIZE || process.env.NODE_TEST_SLOW) ms = ms * multipliers.four;
  if (process.arch.startsWith('arm')) ms = ms * multipliers.two;
  return ms;
}

function skip(msg) {
  printSkipMessage(msg);
  process.exit(0);
}

function printSkipMessage(msg) {
  console.log(`1..0 # Skipped: ${msg}`);
}

function getCallSite(top) {
  const originalPrepare = Error.prepareStackTrace;
  Error.prepareStackTrace = (err, stack) => `${stack[0].getFileName()}:${stack[0].getLineNumber()}`;
  const err = {};
  Error.captureStackTrace(err, top);
  // eslint-disable-next-line no-unused-expressions
  err.stack;
  const site = err.stack;
  Error.prepareStackTrace = originalPrepare;
  return site;
}

function canCreateSymLink() {
  return !isWindows;
}

function getArrayBufferViews(buf) {
  const { buffer, byteOffset, byteLength } = buf;
  const out = [];
  const types = [
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
    Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array,
    BigUint64Array, DataView,
  ];
  for (const Type of types) {
    const { BYTES_PER_ELEMENT = 1 } = Type;
    if (byteLength % BYTES_PER_ELEMENT === 0) {
      out.push(new Type(buffer, byteOffset, byteLength / BYTES_PER_ELEMENT));
    }
  }
  return out;
}

function hasIPv6() {
  const ifaces = require('os').networkInterfaces();
  return Object.keys(ifaces).some((name) =>
    ifaces[name].some((info) => info.family === 'IPv6' || info.family === 6));
}

function isAlive(pid) {
  try {
    process.kill(pid, 'SIGCONT');
    return true;
  } catch {
    return false;
  }
}

// Exit status of a child killed by abort(): SIGABRT (or 134 through a shell).
function nodeProcessAborted(exitCode, signal) {
  if (isWindows) return exitCode === 0xC0000409 || exitCode === 134;
  return signal === 'SIGABRT' || signal === 'SIGTRAP' || signal === 'SIGILL' ||
    exitCode === 134;
}

// Runs a child process and resolves with { code, signal, stdout, stderr }.
function spawnPromisified(...args) {
  const { spawn } = require('child_process');
  let stderr = '';
  let stdout = '';
  const child = spawn(...args);
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (data) => { stderr += data; });
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (data) => { stdout += data; });
  return new Promise((resolve, reject) => {
    child.on('close', (code, signal) => resolve({ code, signal, stderr, stdout }));
    child.on('error', (code, signal) => reject({ code, signal, stderr, stdout }));
  });
}

// Every kind of buffer source holding `buf`'s bytes.
function getBufferSources(buf) {
  return [...getArrayBufferViews(buf), new Uint8Array(buf).buffer];
}

const common = {
  allowGlobals: noop,
  canCreateSymLink,
  expectsError,
  expectWarning,
  getArrayBufferViews,
  getBufferSources,
  getCallSite,
  hasCrypto,
  get hasIPv6() { return hasIPv6(); },
  hasIntl,
  get hasOpenSSL3() {
    return typeof process.versions.openssl === 'string' &&
      /^[3-9]\./.test(process.versions.openssl);
  },
  hasFipsCrypto: false,
  invalidArgTypeHelper,
  isAlive,
  isDumbTerminal: process.env.TERM === 'dumb',
  isAIX,
  isFreeBSD,
  isLinux,
  isMacOS,
  isOSX: isMacOS,
  isMainThread,
  isNodus,
  isOpenBSD,
  isSunOS,
  isWindows,
  localhostIPv4: '127.0.0.1',
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustNotMutateObjectDeep,
  mustSucceed,
  nodeProcessAborted,
  noop,
  platformTimeout,
  PORT: 0,
  printSkipMessage,
  skip,
  spawnPromisified,
  get tmpDir() { return require('./tmpdir').path; },
  get fixturesDir() { return require('./fixtures').fixturesDir; },
  testDir: path.resolve(__dirname, '..'),
};

module.exports = common;

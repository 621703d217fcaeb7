'use strict';

// node:util for nodus.

const {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
} = require('internal/util/inspect');

const typesBinding = internalBinding('types');

const {
  ErrnoException,
  ExceptionWithHostPort,
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_MIME_SYNTAX,
    ERR_OUT_OF_RANGE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateFunction,
  validateNumber,
  validateObject,
  validateOneOf,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');

// ---------------------------------------------------------------------------
// deprecate

const warnedCodes = new Set();

function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!process.noDeprecation && !warned) {
      warned = true;
      if (code !== undefined) {
        if (!warnedCodes.has(code)) {
          warnedCodes.add(code);
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  // Keep the prototype chain of the wrapped function.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  const len = typeof fn === 'function' ? fn.length : 0;
  Object.defineProperty(deprecated, 'length', {
    __proto__: null, value: len, configurable: true, enumerable: false, writable: false,
  });
  return deprecated;
}

// ---------------------------------------------------------------------------
// inherits

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// ---------------------------------------------------------------------------
// promisify / callbackify

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function copyOwnProperties(target, source, adjust) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  if (adjust) adjust(descriptors);
  for (const key of Reflect.ownKeys(descriptors)) {
    Object.setPrototypeOf(descriptors[key], null);
  }
  return Object.defineProperties(target, descriptors);
}

let promisifyArgsKey = null;
function customPromisifyArgsSymbol() {
  if (promisifyArgsKey === null) {
    promisifyArgsKey = undefined;
    try {
      const internalUtil = require('internal/util');
      if (internalUtil && typeof internalUtil.customPromisifyArgs === 'symbol') {
        promisifyArgsKey = internalUtil.customPromisifyArgs;
      }
    } catch {
      // internal/util does not exist yet.
    }
  }
  return promisifyArgsKey;
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, {
      __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  // Builtins such as dns.lookup name their callback results through the
  // internal customPromisifyArgs symbol (from internal/util, when present).
  const argNamesKey = customPromisifyArgsSymbol();
  const argumentNames = argNamesKey === undefined ? undefined : original[argNamesKey];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyOwnProperties(fn, original);
}
promisify.custom = kCustomPromisify;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would look like success to the callback.
  if (!reason) reason = new ERR_FALSY_VALUE_REJECTION(reason);
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  return copyOwnProperties(callbackified, original, (d) => {
    if (d.length && typeof d.length.value === 'number') d.length.value++;
    if (d.name && typeof d.name.value === 'string') d.name.value += 'Callbackified';
  });
}

// ---------------------------------------------------------------------------
// debuglog

let debugEnvRe = null;
let debugEnvRead = false;

function debugEnabledFor(section) {
  if (!debugEnvRead) {
    debugEnvRead = true;
    const env = process.env.NODE_DEBUG;
    if (env) {
      const pattern = env
        .replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/,/g, '$|^');
      debugEnvRe = new RegExp(`^${pattern}$`, 'i');
    }
  }
  return debugEnvRe !== null && debugEnvRe.test(section);
}

function noop() {}

function stderrColors() {
  const s = process.stderr;
  if (!s || !s.isTTY) return false;
  return typeof s.hasColors === 'function' ? s.hasColors() : true;
}

function makeDebugImpl(enabled, section) {
  if (!enabled) return noop;
  const upper = section.toUpperCase();
  return function debug(...args) {
    const msg = formatWithOptions({ colors: stderrColors() }, ...args);
    process.stderr.write(format('%s %d: %s\n', upper, process.pid, msg));
  };
}

function debuglog(section, cb) {
  let enabled;   // undefined until NODE_DEBUG was consulted
  let impl;      // undefined until the first call
  function test() {
    if (enabled === undefined) enabled = debugEnabledFor(String(section));
    return enabled;
  }
  const logger = (...args) => {
    if (impl === undefined) {
      impl = makeDebugImpl(test(), String(section));
      if (typeof cb === 'function') cb(impl);
    }
    impl(...args);
  };
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      const on = test();
      // A logger found disabled here stays a no-op without a callback.
      if (!on && impl === undefined) impl = noop;
      return on;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// styleText

function isStreamLike(obj) {
  if (obj === null || typeof obj !== 'object') return false;
  if (obj._readableState || obj._writableState) return true;
  if (typeof obj.on === 'function' &&
      (typeof obj.write === 'function' || typeof obj.pipe === 'function')) {
    return true;
  }
  const { ReadableStream, WritableStream } = globalThis;
  return (typeof ReadableStream === 'function' && obj instanceof ReadableStream) ||
    (typeof WritableStream === 'function' && obj instanceof WritableStream);
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return require('internal/tty').getColorDepth() > 2;
  }
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColors = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
                                     stream);
    }
    skipColors = !shouldColorize(stream);
  }
  const formats = Array.isArray(format) ? format : [format];
  let open = '';
  let close = '';
  let body = text;
  for (const key of formats) {
    if (key === 'none') continue;
    const code = inspect.colors[key];
    if (code === undefined) validateOneOf(key, 'format', Object.keys(inspect.colors));
    const start = `\u001b[${code[0]}m`;
    const end = `\u001b[${code[1]}m`;
    open += start;
    close = end + close;
    // Re-open the style wherever the text itself closes it.
    body = body.split(end).join(code[1] === 22 ? end + start : start);
  }
  return skipColors ? text : `${open}${body}${close}`;
}

// ---------------------------------------------------------------------------
// parseArgs (Node's documented semantics: tokens first, then strict checks
// and values token by token, then defaults).

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const ownValue = (o, k) => (hasOwn(o, k) ? o[k] : undefined);
const optionType = (options, name) =>
  (hasOwn(options, name) ? ownValue(options[name], 'type') : undefined);

function defaultArgs() {
  const execArgv = process.execArgv || [];
  const evaluates = ['-e', '--eval', '-p', '--print'].some((f) => execArgv.includes(f));
  return process.argv.slice(evaluates ? 1 : 2);
}

function validateParseArgsOptions(options) {
  validateObject(options, 'options');
  for (const [name, config] of Object.entries(options)) {
    validateObject(config, `options.${name}`);
    const type = ownValue(config, 'type');
    validateUnion(type, `options.${name}.type`, ['string', 'boolean']);
    if (hasOwn(config, 'short')) {
      const short = config.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short,
                                        'must be a single character');
      }
    }
    const multiple = ownValue(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const def = ownValue(config, 'default');
    if (def !== undefined) {
      const label = `options.${name}.default`;
      if (type === 'string') {
        (multiple ? validateStringArray : validateString)(def, label);
      } else {
        (multiple ? validateBooleanArray : validateBoolean)(def, label);
      }
    }
  }
}

function longNameForShort(short, options) {
  for (const [name, config] of Object.entries(options)) {
    if (ownValue(config, 'short') === short) return name;
  }
  return short;
}

function tokenizeArgs(args, options, allowNegative) {
  const tokens = [];
  const queue = args.slice();
  let index = -1;
  let pendingGroup = 0;   // expanded short options still sharing one index
  while (queue.length > 0) {
    const arg = queue.shift();
    const next = queue[0];
    if (pendingGroup > 0) {
      pendingGroup--;
    } else {
      index++;
    }
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of queue) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }
    const isShort = typeof arg === 'string' && arg.length >= 2 && arg[0] === '-' &&
      arg[1] !== '-';
    if (isShort && arg.length === 2) {
      // -f, maybe followed by its value
      const name = longNameForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionType(options, name) === 'string' && next != null) {
        value = queue.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isShort) {
      const first = longNameForShort(arg[1], options);
      if (optionType(options, first) === 'string') {
        // -fVALUE
        tokens.push({ kind: 'option', name: first, rawName: `-${arg[1]}`, index,
                      value: arg.slice(2), inlineValue: true });
        continue;
      }
      // -abc is -a -b -c; a string option inside takes the rest: -abVALUE
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const name = longNameForShort(arg[i], options);
        if (optionType(options, name) !== 'string' || i === arg.length - 1) {
          expanded.push(`-${arg[i]}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      queue.unshift(...expanded);
      pendingGroup = expanded.length;
      continue;
    }
    if (typeof arg === 'string' && arg.length > 2 && arg.startsWith('--')) {
      const eq = arg.indexOf('=', 3);
      if (eq === -1) {
        // --name, maybe followed by its value; --no-name when negatable
        let name = arg.slice(2);
        let value;
        let inlineValue;
        if (allowNegative && name.startsWith('no-')) {
          name = name.slice(3);
        } else if (optionType(options, name) === 'string' && next != null) {
          value = queue.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value != null) index++;
      } else {
        const name = arg.slice(2, eq);
        tokens.push({ kind: 'option', name, rawName: `--${name}`, index,
                      value: arg.slice(eq + 1), inlineValue: true });
      }
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

// The option a token stands for in strict mode, or throws for unknown ones.
function checkedOptionName(token, options, allowNegative, allowPositionals) {
  const name = token.rawName.startsWith('--') ? token.rawName.slice(2) : token.name;
  if (hasOwn(options, name)) return name;
  if (allowNegative && name.startsWith('no-')) {
    const positive = name.slice(3);
    if (optionType(options, positive) === 'boolean') return positive;
  }
  throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
}

function checkOptionToken(token, options, allowNegative, allowPositionals) {
  const name = checkedOptionName(token, options, allowNegative, allowPositionals);
  const short = ownValue(options[name], 'short');
  const shortPart = short !== undefined ? `-${short}, ` : '';
  if (optionType(options, name) === 'string') {
    if (typeof token.value !== 'string') {
      throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
        `Option '${shortPart}--${name} <value>' argument missing`);
    }
    if (!token.inlineValue && token.value.length > 1 && token.value[0] === '-') {
      // (the short form is suggested when the option was given in it)
      const how = token.rawName.startsWith('--') ? `'--${name}=-XYZ'` :
        `'--${name}=-XYZ' or '${token.rawName}-XYZ'`;
      throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
        `Option '${token.rawName}' argument is ambiguous.\n` +
        `Did you forget to specify the option argument for '${token.rawName}'?\n` +
        `To specify an option argument starting with a dash use ${how}.`);
    }
  } else if (token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${shortPart}--${name}' does not take an argument`);
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = ownValue(config, 'args') ?? defaultArgs();
  const strict = ownValue(config, 'strict') ?? true;
  const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownValue(config, 'tokens') ?? false;
  const allowNegative = ownValue(config, 'allowNegative') ?? false;
  const options = ownValue(config, 'options') ?? { __proto__: null };
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateParseArgsOptions(options);

  const result = { values: { __proto__: null }, positionals: [] };
  const tokens = tokenizeArgs(args, options, allowNegative);
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkOptionToken(token, options, allowNegative, allowPositionals);
      const { name } = token;
      if (name === '__proto__') continue;
      const negated = allowNegative && token.rawName.startsWith('--no-') &&
        token.inlineValue === undefined;
      const value = negated ? false : (token.value ?? true);
      if (hasOwn(options, name) && ownValue(options[name], 'multiple')) {
        if (result.values[name] === undefined) result.values[name] = [];
        result.values[name].push(value);
      } else {
        result.values[name] = value;
      }
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, optionConfig] of Object.entries(options)) {
    const def = ownValue(optionConfig, 'default');
    if (def !== undefined && result.values[name] === undefined) result.values[name] = def;
  }
  if (returnTokens) result.tokens = tokens;
  return result;
}

// ---------------------------------------------------------------------------
// diff: Myers' shortest edit script over strings (by character) or arrays
// of strings. Entries are [0, v] common, [1, v] only in `actual`, [-1, v]
// only in `expected`.

function editScript(a, b) {
  const n = a.length;
  const m = b.length;
  // frontier[d] holds the furthest x reached on diagonals -d..d after d edits.
  const frontiers = [];
  let prev = null;
  let done = false;
  for (let d = 0; !done; d++) {
    const cur = new Int32Array(2 * d + 1);
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (d === 0) {
        x = 0;
      } else if (k === -d || (k !== d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1])) {
        x = prev[k + 1 + d - 1];       // step down: take from b
      } else {
        x = prev[k - 1 + d - 1] + 1;   // step right: take from a
      }
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      cur[k + d] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
    frontiers.push(cur);
    prev = cur;
  }
  const out = [];
  let x = n;
  let y = m;
  for (let d = frontiers.length - 1; d > 0; d--) {
    const before = frontiers[d - 1];
    const k = x - y;
    const down = k === -d || (k !== d && before[k - 1 + d - 1] < before[k + 1 + d - 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = before[prevK + d - 1];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      out.push([0, a[x - 1]]);
      x--;
      y--;
    }
    if (x === prevX) {
      out.push([-1, b[y - 1]]);
    } else {
      out.push([1, a[x - 1]]);
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    out.push([0, a[x - 1]]);
    x--;
    y--;
  }
  return out.reverse();
}

function validateDiffInput(value, name) {
  if (Array.isArray(value)) {
    validateStringArray(value, name);
  } else {
    validateString(value, name);
  }
}

function diff(actual, expected) {
  if (actual === expected) return [];
  validateDiffInput(actual, 'actual');
  validateDiffInput(expected, 'expected');
  if (actual.length === 0 && expected.length === 0) {
    // Node 22 fails on two distinct empty inputs ([] and '' or []); do the same.
    throw new TypeError('Cannot convert undefined or null to object');
  }
  return editScript(actual, expected);
}

// ---------------------------------------------------------------------------
// MIMEType / MIMEParams (the WHATWG MIME Sniffing parse and serialize steps)

const isHttpWhitespace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const TOKEN_RE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*$/;
const NOT_TOKEN_RE = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const NOT_QUOTED_TOKEN_RE = /[^\t\u0020-\u007e\u0080-\u00ff]/;

// Index of the first character that is not an HTTP token code point, or -1.
function badTokenIndex(str) {
  const m = NOT_TOKEN_RE.exec(str);
  return m === null ? -1 : m.index;
}

function trimHttpWhitespace(str) {
  let start = 0;
  let end = str.length;
  while (start < end && isHttpWhitespace(str[start])) start++;
  while (end > start && isHttpWhitespace(str[end - 1])) end--;
  return str.slice(start, end);
}

function serializeParamValue(value) {
  if (value.length !== 0 && TOKEN_RE.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function parseMimeParams(str, position, params) {
  const len = str.length;
  while (position < len) {
    position++;   // past ';'
    while (position < len && isHttpWhitespace(str[position])) position++;
    let nameEnd = position;
    while (nameEnd < len && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = str.slice(position, nameEnd).toLowerCase();
    position = nameEnd;
    if (position < len) {
      if (str[position] === ';') continue;
      position++;   // past '='
    }
    if (position >= len) break;
    let value;
    if (str[position] === '"') {
      // A quoted string: backslash escapes the next character.
      value = '';
      position++;
      while (position < len) {
        const c = str[position];
        if (c === '"') {
          position++;
          break;
        }
        if (c === '\\') {
          position++;
          if (position >= len) {
            value += '\\';
            break;
          }
        }
        value += str[position];
        position++;
      }
      while (position < len && str[position] !== ';') position++;
    } else {
      let valueEnd = position;
      while (valueEnd < len && str[valueEnd] !== ';') valueEnd++;
      value = str.slice(position, valueEnd);
      position = valueEnd;
      let end = value.length;
      while (end > 0 && isHttpWhitespace(value[end - 1])) end--;
      value = value.slice(0, end);
      if (value === '') continue;
    }
    if (name !== '' && TOKEN_RE.test(name) && !NOT_QUOTED_TOKEN_RE.test(value) &&
        !params.has(name)) {
      params.set(name, value);
    }
  }
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const data = this.#data;
    return data.has(name) ? data.get(name) : null;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = badTokenIndex(name);
    if (badName !== -1 || name.length === 0) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
    }
    const badValue = NOT_QUOTED_TOKEN_RE.exec(value);
    if (badValue !== null) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue.index);
    }
    this.#data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) {
      if (out !== '') out += ';';
      out += `${name}=${serializeParamValue(value)}`;
    }
    return out;
  }

  toJSON() {
    return this.toString();
  }

  static parseInto(params, str, position) {
    parseMimeParams(str, position, params.#data);
  }
}

Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  __proto__: null,
  configurable: true,
  writable: true,
  value: MIMEParams.prototype.entries,
});

const parseMimeParamsInto = MIMEParams.parseInto;
delete MIMEParams.parseInto;

// A new type or subtype: a non-empty token, stored in lower case.
function checkedMimeToken(value, production) {
  value = `${value}`;
  const bad = badTokenIndex(value);
  if (value.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, value, bad);
  return value.toLowerCase();
}

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    const input = `${string}`;
    const str = trimHttpWhitespace(input);
    const slash = str.indexOf('/');
    let type;
    if (slash !== -1) {
      type = str.slice(0, slash);
    } else {
      // Without a '/', Node 22 reports against the text after leading
      // whitespace only.
      let start = 0;
      while (start < input.length && isHttpWhitespace(input[start])) start++;
      type = input.slice(start);
    }
    const badType = badTokenIndex(type);
    if (type.length === 0 || badType !== -1 || slash === -1) {
      throw new ERR_INVALID_MIME_SYNTAX('type', input, badType);
    }
    let semi = str.indexOf(';', slash + 1);
    if (semi === -1) semi = str.length;
    let subtype = str.slice(slash + 1, semi);
    let end = subtype.length;
    while (end > 0 && isHttpWhitespace(subtype[end - 1])) end--;
    subtype = subtype.slice(0, end);
    const badSubtype = badTokenIndex(subtype);
    if (subtype.length === 0 || badSubtype !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('subtype', input, badSubtype);
    }
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    this.#params = new MIMEParams();
    parseMimeParamsInto(this.#params, str, semi);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    this.#type = checkedMimeToken(value, 'type');
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    this.#subtype = checkedMimeToken(value, 'subtype');
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = this.#params.toString();
    return params === '' ? this.essence : `${this.essence};${params}`;
  }

  toJSON() {
    return this.toString();
  }
}

// ---------------------------------------------------------------------------
// System errors

let errorMap;
function lazyErrorMap() {
  if (errorMap === undefined) errorMap = internalBinding('uv').getErrorMap();
  return errorMap;
}

function checkErrno(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
}

function getSystemErrorName(err) {
  checkErrno(err);
  const entry = lazyErrorMap().get(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMessage(err) {
  checkErrno(err);
  const entry = lazyErrorMap().get(err);
  return entry ? entry[1] : `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  return lazyErrorMap();
}

// ---------------------------------------------------------------------------
// Misc

function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += str[i] + str[i + 1];
        i++;
        continue;
      }
    }
    out += c >= 0xd800 && c <= 0xdfff ? '\ufffd' : str[i];
  }
  return out;
}

function isDeepStrictEqual(a, b) {
  // The comparison is assert.deepStrictEqual's (internal/util/comparisons).
  let comparisons;
  try {
    comparisons = require('internal/util/comparisons');
  } catch {
    // TODO: remove once internal/util/comparisons exists.
    throw new Error('util.isDeepStrictEqual is not implemented yet in nodus');
  }
  return comparisons.isDeepStrictEqual(a, b);
}

function pad2(n) {
  return n < 10 ? `0${n}` : `${n}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function timestamp() {
  const d = new Date();
  const t = `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${t}`;
}

function log(...args) {
  process.stdout.write(`${timestamp()} - ${format(...args)}\n`);
}

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function isBuffer(arg) {
  const B = globalThis.Buffer;
  return typeof B === 'function' && typeof B.isBuffer === 'function' ? B.isBuffer(arg) :
    false;
}

function isErrorOld(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}

// util.types in Node 22's key order; predicates the binding lacks are
// derived from the typed-array tag (or answer false).
const TYPE_NAMES = [
  'isArgumentsObject', 'isArrayBuffer', 'isAsyncFunction', 'isBigIntObject', 'isBooleanObject',
  'isDataView', 'isDate', 'isExternal', 'isGeneratorFunction', 'isGeneratorObject', 'isMap',
  'isMapIterator', 'isModuleNamespaceObject', 'isNativeError', 'isNumberObject', 'isPromise',
  'isProxy', 'isRegExp', 'isSet', 'isSetIterator', 'isSharedArrayBuffer', 'isStringObject',
  'isSymbolObject', 'isWeakMap', 'isWeakSet', 'isAnyArrayBuffer', 'isBoxedPrimitive',
  'isArrayBufferView', 'isTypedArray', 'isUint8Array', 'isUint8ClampedArray', 'isUint16Array',
  'isUint32Array', 'isInt8Array', 'isInt16Array', 'isInt32Array', 'isFloat16Array',
  'isFloat32Array', 'isFloat64Array', 'isBigInt64Array', 'isBigUint64Array', 'isKeyObject',
  'isCryptoKey',
];

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function typeCheck(name) {
  if (name === 'isKeyObject' || name === 'isCryptoKey') return require('internal/util/crypto_types')[name];
  if (typeof typesBinding[name] === 'function') return typesBinding[name];
  if (name === 'isArrayBufferView') return ArrayBuffer.isView;
  if (name === 'isTypedArray') return (value) => typedArrayTag.call(value) !== undefined;
  if (name.endsWith('Array') && name !== 'isArrayBufferView') {
    const tag = name.slice(2);
    return (value) => typedArrayTag.call(value) === tag;
  }
  return () => false;
}

const types = {};
for (const name of TYPE_NAMES) types[name] = typeCheck(name);
for (const key of Object.keys(typesBinding)) {
  if (!(key in types) && typeof typesBinding[key] === 'function') types[key] = typesBinding[key];
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

// util.getCallSites([frames][, options]): the caller's frames (V8's structured stack API).
function getCallSites(frames = 10, options) {
  if (typeof frames === 'object' && frames !== null && options === undefined) {
    options = frames;
    frames = 10;
  }
  validateNumber(frames, 'frameCount', 1, 200);
  if (options !== undefined) validateObject(options, 'options');
  const holder = {};
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  Error.prepareStackTrace = (_, callSites) => callSites;
  Error.stackTraceLimit = frames;
  Error.captureStackTrace(holder, getCallSites);
  const sites = holder.stack;
  Error.prepareStackTrace = savedPrepare;
  Error.stackTraceLimit = savedLimit;
  const out = [];
  for (const site of Array.isArray(sites) ? sites : []) {
    out.push({
      functionName: site.getFunctionName() ?? '',
      scriptId: String(site.getScriptId?.() ?? ''),
      scriptName: site.getFileName() ?? '',
      lineNumber: site.getLineNumber() ?? 0,
      column: site.getColumnNumber() ?? 0,
      columnNumber: site.getColumnNumber() ?? 0,
    });
  }
  return out;
}

function getCallSite(frames) {
  return getCallSites(frames);
}

// util.aborted(signal, resource): settles when the signal aborts while `resource` is alive.
async function aborted(signal, resource) {
  const { isAbortSignal } = abortSignalHelpers();
  if (!isAbortSignal(signal)) {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('resource', 'object', resource);
  }
  if (signal.aborted) return undefined;
  await new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
  return undefined;
}

function abortSignalHelpers() {
  const { AbortSignal } = require('internal/abort_controller');
  return { isAbortSignal: (v) => v instanceof AbortSignal };
}

// No worker threads yet: an AbortSignal is already as transferable as it can be here.
function transferableAbortSignal(signal) {
  if (!abortSignalHelpers().isAbortSignal(signal)) {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  }
  return signal;
}

function transferableAbortController() {
  const { AbortController } = require('internal/abort_controller');
  return new AbortController();
}

function parseEnv(content) {
  validateString(content, 'content');
  return { __proto__: Object.prototype, ...internalBinding('process_methods').parseEnv(content) };
}

// Accepted and ignored, like node 22 without --trace-sigint support for this run.
function setTraceSigInt(enable) {}

const use = 'Please use';
const dep = (name) => `The \`util.${name}\` API is deprecated.`;

module.exports = {
  _errnoException: ErrnoException,
  _exceptionWithHostPort: ExceptionWithHostPort,
  _extend: deprecate(extend,
                     `${dep('_extend')} ${use} Object.assign() instead.`, 'DEP0060'),
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSite: deprecate(getCallSite, 'The `util.getCallSite` API is deprecated. Please use ' +
                         '`util.getCallSites()` instead.', 'DEP0185'),
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecate(Array.isArray,
                     `${dep('isArray')} ${use} \`Array.isArray()\` instead.`, 'DEP0044'),
  isBoolean: deprecate((arg) => typeof arg === 'boolean',
                       `${dep('isBoolean')}  ${use} \`typeof arg === "boolean"\` instead.`,
                       'DEP0045'),
  isBuffer: deprecate(isBuffer,
                      `${dep('isBuffer')} ${use} \`Buffer.isBuffer()\` instead.`, 'DEP0046'),
  isDeepStrictEqual,
  isNull: deprecate((arg) => arg === null,
                    `${dep('isNull')} ${use} \`arg === null\` instead.`, 'DEP0050'),
  isNullOrUndefined: deprecate(
    (arg) => arg === null || arg === undefined,
    `${dep('isNullOrUndefined')} ${use} \`arg === null || arg === undefined\` instead.`,
    'DEP0051'),
  isNumber: deprecate((arg) => typeof arg === 'number',
                      `${dep('isNumber')} ${use} \`typeof arg === "number"\` instead.`, 'DEP0052'),
  isString: deprecate((arg) => typeof arg === 'string',
                      `${dep('isString')}  ${use} \`typeof arg === "string"\` instead.`, 'DEP0056'),
  isSymbol: deprecate((arg) => typeof arg === 'symbol',
                      `${dep('isSymbol')}  ${use} \`arg === "symbol"\` instead.`, 'DEP0057'),
  isUndefined: deprecate((arg) => arg === undefined,
                         `${dep('isUndefined')} ${use} \`arg === undefined\` instead.`, 'DEP0058'),
  isRegExp: deprecate(typesBinding.isRegExp,
                      `${dep('isRegExp')} ${use} \`arg instanceof RegExp\` instead.`, 'DEP0055'),
  isObject: deprecate(
    (arg) => arg !== null && typeof arg === 'object',
    `${dep('isObject')} ${use} \`arg !== null && typeof arg === "object"\` instead.`, 'DEP0053'),
  isDate: deprecate(typesBinding.isDate,
                    `${dep('isDate')}  ${use} \`arg instanceof Date\` instead.`, 'DEP0047'),
  isError: deprecate(
    isErrorOld,
    `${dep('isError')} ${use} \`ObjectPrototypeToString(e) === "[object Error]" ` +
      '|| e instanceof Error` instead.', 'DEP0048'),
  isFunction: deprecate((arg) => typeof arg === 'function',
                        `${dep('isFunction')}  ${use} \`typeof arg === "function"\` instead.`,
                        'DEP0049'),
  isPrimitive: deprecate(
    isPrimitive,
    `${dep('isPrimitive')} ${use} \`arg === null || ` +
      '(typeof arg !== "object" && typeof arg !== "function")` instead.', 'DEP0054'),
  log: deprecate(log,
                 'The `util.log API is deprecated. Please use console.log() with a custom ' +
                   'formatter or a third-party logger instead.', 'DEP0059'),
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
  parseArgs,
};

if (typeof globalThis.TextDecoder === 'function') module.exports.TextDecoder = globalThis.TextDecoder;
if (typeof globalThis.TextEncoder === 'function') module.exports.TextEncoder = globalThis.TextEncoder;
module.exports.MIMEType = MIMEType;
module.exports.MIMEParams = MIMEParams;
module.exports.diff = diff;
module.exports.setTraceSigInt = setTraceSigInt;

'use strict';

// util.inspect / util.format for nodus.
// Written from Node's documented behaviour and observed Node 22 output.

const utilBinding = internalBinding('util');
const types = internalBinding('types');

const {
  getPromiseDetails,
  getProxyDetails,
  previewEntries,
  getOwnNonIndexProperties,
  getExternalValue,
} = utilBinding;
const nativeCtorName = utilBinding.getConstructorName;
const PROMISE_PENDING = utilBinding.kPending === undefined ? 0 : utilBinding.kPending;
const PROMISE_REJECTED = utilBinding.kRejected === undefined ? 2 : utilBinding.kRejected;
const ALL_PROPERTIES = utilBinding.ALL_PROPERTIES === undefined ? 0 : utilBinding.ALL_PROPERTIES;
const ONLY_ENUMERABLE = utilBinding.ONLY_ENUMERABLE === undefined ? 2 : utilBinding.ONLY_ENUMERABLE;

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const fnToString = (f) => Function.prototype.toString.call(f);

// Validators are loaded on first use: internal/errors needs this module to
// build its messages.
let validators;
function lazyValidators() {
  if (validators === undefined) validators = require('internal/validators');
  return validators;
}

function validateObject(value, name, allowArray) {
  const v = lazyValidators();
  v.validateObject(value, name, allowArray ? v.kValidateObjectAllowArray : v.kValidateObjectNone);
}

function validateString(value, name) {
  lazyValidators().validateString(value, name);
}

// ---------------------------------------------------------------------------
// Options, colors and styles.

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const ARRAY_ELEMENT = 1;   // an element of an array: printed without a key
const ARRAY_EXTRA = 2;     // an extra key of an array-like: printed with a key
const OBJECT_PROP = 0;     // a plain property

const WEAK_STATE = 0;
const ITER_STATE = 1;
const MAP_ENTRIES_STATE = 2;

const MIN_LINE_WIDTH = 16;

// The engine's own global constructors (what a fresh context has in Node 22):
// prototype properties are not listed for them and %s inspects them.
// Later globals (URL, Buffer, TextEncoder...) count as user code, as in Node.
const builtInNames = new Set([
  'Object', 'Function', 'Array', 'Number', 'Infinity', 'NaN', 'Boolean', 'String', 'Symbol',
  'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError',
  'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl',
  'ArrayBuffer', 'Atomics', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array',
  'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray',
  'BigUint64Array', 'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet',
  'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef', 'Iterator', 'SharedArrayBuffer',
  'WebAssembly',
]);
// `preset` (the legacy positional arguments) is applied before `opts`.
function newContext(opts, indentationLvl, preset) {
  const ctx = {
    budget: {},
    indentationLvl,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
  };
  for (const key of Object.keys(inspectDefaultOptions)) ctx[key] = inspectDefaultOptions[key];
  if (preset !== undefined) Object.assign(ctx, preset);
  if (opts) {
    for (const key of Object.keys(opts)) {
      if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
        ctx[key] = opts[key];
      } else if (ctx.userOptions === undefined) {
        // Unknown options are handed on to custom inspect functions.
        ctx.userOptions = opts;
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return ctx;
}

function inspect(value, opts) {
  let preset;
  let options;
  if (arguments.length > 1) {
    if (arguments.length > 2) {
      // Legacy signature: inspect(value, showHidden, depth, colors)
      preset = {};
      if (arguments[2] !== undefined) preset.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) preset.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      if (preset === undefined) preset = {};
      preset.showHidden = opts;
    } else {
      options = opts;
    }
  }
  return formatValue(newContext(options, 0, preset), value, 0);
}

inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateObject(options, 'options');
    return Object.assign(inspectDefaultOptions, options);
  },
});

const colorTable = [
  ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23],
  ['underline', 4, 24], ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28],
  ['strikethrough', 9, 29], ['doubleunderline', 21, 24],
  ['black', 30, 39], ['red', 31, 39], ['green', 32, 39], ['yellow', 33, 39],
  ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39], ['white', 37, 39],
  ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49], ['bgYellow', 43, 49],
  ['bgBlue', 44, 49], ['bgMagenta', 45, 49], ['bgCyan', 46, 49], ['bgWhite', 47, 49],
  ['framed', 51, 54], ['overlined', 53, 55], ['gray', 90, 39],
  ['redBright', 91, 39], ['greenBright', 92, 39], ['yellowBright', 93, 39],
  ['blueBright', 94, 39], ['magentaBright', 95, 39], ['cyanBright', 96, 39],
  ['whiteBright', 97, 39], ['bgGray', 100, 49], ['bgRedBright', 101, 49],
  ['bgGreenBright', 102, 49], ['bgYellowBright', 103, 49], ['bgBlueBright', 104, 49],
  ['bgMagentaBright', 105, 49], ['bgCyanBright', 106, 49], ['bgWhiteBright', 107, 49],
];
inspect.colors = { __proto__: null };
for (const [name, open, close] of colorTable) inspect.colors[name] = [open, close];

// Aliases: non-enumerable accessors that follow the color they stand for.
const colorAliases = [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
];
for (const [alias, target] of colorAliases) {
  Object.defineProperty(inspect.colors, alias, {
    __proto__: null,
    get() { return this[target]; },
    set(v) {
      Object.defineProperty(this, alias, {
        __proto__: null, value: v, configurable: true, writable: true, enumerable: true,
      });
    },
    configurable: true,
    enumerable: false,
  });
}

inspect.styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// ---------------------------------------------------------------------------
// Strings.

const ESCAPES = [];
for (let c = 0; c < 0x20; c++) {
  ESCAPES[c] = `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
}
ESCAPES[8] = '\\b';
ESCAPES[9] = '\\t';
ESCAPES[10] = '\\n';
ESCAPES[12] = '\\f';
ESCAPES[13] = '\\r';
ESCAPES[0x27] = "\\'";
ESCAPES[0x5c] = '\\\\';
for (let c = 0x7f; c <= 0x9f; c++) ESCAPES[c] = `\\x${c.toString(16).toUpperCase()}`;

// Escape control characters, backslash, the chosen quote and lone surrogates.
function escapeBody(str, quoteCode) {
  let out = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    let rep;
    if (c < 0x20 || c === 0x5c || (c >= 0x7f && c <= 0x9f) || c === quoteCode) {
      rep = c === quoteCode && c !== 0x27 ? `\\${String.fromCharCode(c)}` : ESCAPES[c];
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < len) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          continue;
        }
      }
      rep = `\\u${c.toString(16)}`;
    } else {
      continue;
    }
    if (last !== i) out += str.slice(last, i);
    out += rep;
    last = i + 1;
  }
  if (last === 0) return str;
  if (last < len) out += str.slice(last);
  return out;
}

function strEscape(str) {
  let quote = 0x27;   // '
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = 0x22;
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = 0x60;
    }
  }
  const q = String.fromCharCode(quote);
  return q + escapeBody(str, quote) + q;
}

// Escape for key names shown without quotes (symbols, hidden keys); a
// single quote is still escaped there.
function escapeNoQuotes(str) {
  return escapeBody(str, 0x27);
}

// ---------------------------------------------------------------------------
// Primitives.

// '1234567' -> '1_234_567' (a leading '-' is not a digit).
function groupDigits(str) {
  const start = str[0] === '-' ? 1 : 0;
  let out = '';
  let i = str.length;
  for (; i >= start + 4; i -= 3) out = `_${str.slice(i - 3, i)}${out}`;
  return i === str.length ? str : str.slice(0, i) + out;
}

// '1234567' -> '123_456_7' (digits after the decimal point).
function groupFraction(str) {
  let out = '';
  let i = 0;
  for (; i < str.length - 3; i += 3) out += `${str.slice(i, i + 3)}_`;
  return i === 0 ? str : out + str.slice(i);
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  const str = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || str.includes('e')) return fn(str, 'number');
    return fn(groupDigits(str), 'number');
  }
  if (Number.isNaN(number)) return fn(str, 'number');
  // Split the shortest round-trip text at its decimal point. Tiny numbers
  // in exponent form have none; Node 22 still splits them (one character
  // before the end), and so do we, to print the same text.
  const full = String(number);
  const dot = full.indexOf('.');
  return fn(`${groupDigits(full.slice(0, dot))}.${groupFraction(full.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const str = String(bigint);
  if (!numericSeparator) return fn(`${str}n`, 'bigint');
  return fn(`${groupDigits(str)}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true &&
          value.length > MIN_LINE_WIDTH &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        // Split long multi-line strings after each newline.
        const parts = [];
        let start = 0;
        for (;;) {
          const nl = value.indexOf('\n', start);
          if (nl === -1 || nl === value.length - 1) {
            parts.push(value.slice(start));
            break;
          }
          parts.push(value.slice(start, nl + 1));
          start = nl + 1;
        }
        const sep = ` +\n${' '.repeat(ctx.indentationLvl + 2)}`;
        return parts.map((line) => fn(strEscape(line), 'string')).join(sep) + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    case 'number':
      return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean':
      return fn(`${value}`, 'boolean');
    case 'undefined':
      return fn('undefined', 'undefined');
    default:
      // symbol
      return fn(Symbol.prototype.toString.call(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------
// Objects.

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const context = value;
  const proxy = getProxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy;
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' &&
        maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      // Values from a proxy or another realm get plain data options only.
      const crossContext = proxy !== undefined || !(context instanceof Object);
      const ret = maybeCustom.call(context, depth, userOptions(ctx, crossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function userOptions(ctx, crossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
  };
  if (ctx.userOptions !== undefined) Object.assign(ret, ctx.userOptions);
  if (crossContext) {
    Object.setPrototypeOf(ret, null);
    for (const key of Object.keys(ret)) {
      const v = ret[key];
      if ((typeof v === 'object' || typeof v === 'function') && v !== null) delete ret[key];
    }
    const stylize = ctx.stylize;
    ret.stylize = Object.setPrototypeOf((text, styleType) => {
      let styled;
      try {
        styled = `${stylize(text, styleType)}`;
      } catch {
        // Fall back to the plain text.
      }
      return typeof styled === 'string' ? styled : text;
    }, null);
  }
  return ret;
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const parts = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], ARRAY_EXTRA, recurseTimes);
}

function isInstanceOf(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch {
    return false;
  }
}

// The constructor name as Node shows it, or null for null-prototype objects.
// With `protoProps` (showHidden), collects prototype accessors of user classes.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  while (obj) {
    const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' &&
        desc.value.name !== '' && isInstanceOf(start, desc.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInNames.has(desc.value.name))) {
        collectProtoProps(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(desc.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const res = nativeCtorName(start);
  if (ctx.depth !== null && recurseTimes > ctx.depth) return `${res} <Complex prototype>`;
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    const shown = inspect(firstProto, Object.assign({}, ctx, { customInspect: false, depth: -1 }));
    return `${res} <${shown}>`;
  }
  return `${res} <${protoName}>`;
}

function collectProtoProps(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keySet;
  let keys;
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' &&
          builtInNames.has(desc.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (const k of keys) keySet.add(k);
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) ||
          (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, OBJECT_PROP, desc, main);
      if (ctx.colors) {
        output.push(`\u001b[2m${value}\u001b[22m`);
      } else {
        output.push(value);
      }
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && !nameShowsTag(constructor, tag)) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

// A tag is redundant when the constructor name already carries it as a
// word: 'MySet' or 'SetX' for 'Set', but not 'Sett' or 'Set2'.
function nameShowsTag(constructor, tag) {
  if (constructor === tag) return true;
  let at = constructor.indexOf(tag);
  while (at !== -1) {
    const next = constructor.charCodeAt(at + tag.length);
    if (Number.isNaN(next) || (next >= 65 && next <= 90)) return true;
    at = constructor.indexOf(tag, at + 1);
  }
  return false;
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    for (const s of symbols) keys.push(s);
  } else {
    try {
      keys = Object.keys(value);
    } catch (err) {
      // Module namespace objects with bindings in TDZ.
      if (!types.isModuleNamespaceObject(value)) throw err;
      keys = Object.getOwnPropertyNames(value);
    }
    for (const s of symbols) {
      if (isEnumerable(value, s)) keys.push(s);
    }
  }
  return keys;
}

function getTypedArrayTag(value) {
  const getter = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
  return getter.call(value);
}

function iteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (ctx.depth === null || recurseTimes <= ctx.depth)) protoProps = [];

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[Symbol.toStringTag];
  // Generic objects without a prototype are named after an own tag.
  let objectFallback = 'Object';
  // Only show the tag when it is not printed as a property anyway.
  if (typeof tag !== 'string') {
    tag = '';
  } else if (tag !== '' &&
             (ctx.showHidden ? hasOwn(value, Symbol.toStringTag) :
               isEnumerable(value, Symbol.toStringTag))) {
    if (constructor === null) {
      const desc = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
      if (desc !== undefined && typeof desc.value === 'string') objectFallback = desc.value;
    }
    tag = '';
  }

  let base = '';
  let formatter = formatNothing;
  let braces;
  let noIterator = true;
  let extrasType = OBJECT_PROP;
  const filter = ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, filter);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}]`;
      }
      extrasType = ARRAY_EXTRA;
      formatter = formatArray;
    } else if (types.isSet(value)) {
      const size = setSize.call(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatSet(c, Set.prototype.values.call(v), size, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (types.isMap(value)) {
      const size = mapSize.call(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatMap(c, Map.prototype.entries.call(v), size, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (types.isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, filter);
      let bound = value;
      let fallback = '';
      const ta = getTypedArrayTag(value);
      if (constructor === null) {
        fallback = ta;
        bound = new globalThis[ta](value);
      }
      const size = Object.getOwnPropertyDescriptor(
        Object.getPrototypeOf(Uint8Array.prototype), 'length').get.call(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c, v, r) => formatTypedArray(bound, size, c, r);
      extrasType = ARRAY_EXTRA;
    } else if (types.isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = iteratorBraces('Map', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else if (types.isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = iteratorBraces('Set', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = functionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (types.isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (types.isRegExp(value)) {
      base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (ctx.depth !== null && recurseTimes > ctx.depth)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (types.isDate(value)) {
      base = Number.isNaN(Date.prototype.getTime.call(value)) ?
        Date.prototype.toString.call(value) :
        Date.prototype.toISOString.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (types.isAnyArrayBuffer(value)) {
      const arrayType = types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (types.isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (types.isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (types.isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakUnknown;
    } else if (types.isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakUnknown;
    } else if (types.isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      const nsKeys = keys;
      formatter = (c, v, r) => formatNamespace(nsKeys, c, v, r);
      keys = [];
    } else if (types.isBoxedPrimitive(value)) {
      base = boxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        if (types.isExternal(value)) {
          const address = getExternalValue(value).toString(16);
          return ctx.stylize(`[External: ${address}]`, 'special');
        }
        return `${getPrefix(constructor, tag, objectFallback)}{}`;
      }
      braces[0] = `${getPrefix(constructor, tag, objectFallback)}{`;
    }
  }

  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    let name = getPrefix(constructor, tag, objectFallback).slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const savedIndentation = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (const p of protoProps) output.push(p);
    }
  } catch (err) {
    if (!isStackOverflow(err)) throw err;
    const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    ctx.seen.pop();
    ctx.indentationLvl = savedIndentation;
    return ctx.stylize(
      `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const ref = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? ref : `${ref} ${base}`;
      } else {
        braces[0] = `${ref} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const cmp = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === OBJECT_PROP) {
      output.sort(cmp);
    } else if (keys.length > 1) {
      const tail = output.slice(output.length - keys.length).sort(cmp);
      output.splice(output.length - keys.length, keys.length, ...tail);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Stop deep inspection once the output grows huge.
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

let overflowMessage;
function isStackOverflow(err) {
  if (overflowMessage === undefined) {
    try {
      const recurse = () => recurse();
      recurse();
    } catch (e) {
      overflowMessage = e && e.message;
    }
  }
  return err && err instanceof RangeError && err.message === overflowMessage;
}

function isError(value) {
  return types.isNativeError(value) || isInstanceOf(value, Error);
}

function formatNothing() {
  return [];
}

function functionBase(value, constructor, tag) {
  const src = fnToString(value);
  if (src.startsWith('class') && src.endsWith('}')) {
    const body = src.slice(5, -1);
    const brace = body.indexOf('{');
    if (brace !== -1 &&
        (!body.slice(0, brace).includes('(') ||
         /^\s*(?:extends\s+)?[^(]*\{/.test(body.replace(/(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g, '')))) {
      return classBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (types.isGeneratorFunction(value)) type = `Generator${type}`;
  if (types.isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function classBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function boxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let prim;
  if (types.isNumberObject(value)) {
    type = 'Number';
    prim = Number.prototype.valueOf.call(value);
  } else if (types.isStringObject(value)) {
    type = 'String';
    prim = String.prototype.valueOf.call(value);
    // The index keys of a boxed string only repeat its characters.
    keys.splice(0, prim.length);
  } else if (types.isBooleanObject(value)) {
    type = 'Boolean';
    prim = Boolean.prototype.valueOf.call(value);
  } else if (types.isBigIntObject(value)) {
    type = 'BigInt';
    prim = BigInt.prototype.valueOf.call(value);
  } else {
    type = 'Symbol';
    prim = Symbol.prototype.valueOf.call(value);
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, prim, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ----- errors

function errorStackString(err, ctx) {
  const stack = err.stack;
  if (!stack) return Error.prototype.toString.call(err);
  if (typeof stack === 'string' || ctx === undefined) return String(stack);
  // A non-string stack is shown expanded below the error's toString().
  const sub = Object.assign(userOptions(ctx), { compact: false, depth: Infinity });
  const shown = formatValue(newContext(sub, ctx.indentationLvl), stack, 0);
  return `${Error.prototype.toString.call(err)}\n    ${shown.split('\n').join('\n    ')}`;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = errorStackString(err, ctx);

  // Drop name/message/stack keys that the stack already shows.
  if (!ctx.showHidden && keys.length !== 0) {
    for (const k of ['name', 'message', 'stack']) {
      const at = keys.indexOf(k);
      if (at !== -1 && (typeof err[k] !== 'string' || stack.includes(err[k]))) {
        keys.splice(at, 1);
      }
    }
  }
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const framesAt = stack.indexOf('\n    at', pos);
  if (framesAt === -1) {
    stack = `[${stack}]`;
  } else {
    let head = stack.slice(0, framesAt);
    const lines = stackFrames(ctx, err, stack.slice(framesAt + 1));
    if (ctx.colors) {
      const cwd = currentDirectory();
      for (const line of lines) {
        head += '\n';
        head += colorFrame(ctx, line, cwd);
      }
    } else {
      head += `\n${lines.join('\n')}`;
    }
    stack = head;
  }

  if (ctx.indentationLvl !== 0) {
    const pad = ' '.repeat(ctx.indentationLvl);
    stack = stack.split('\n').join(`\n${pad}`);
  }
  return stack;
}

const coreFrameRe = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

let hasBuiltin;
function isBuiltinId(id) {
  if (hasBuiltin === undefined) {
    hasBuiltin = () => true;
    try {
      const b = internalBinding('builtins');
      if (b && typeof b.hasBuiltin === 'function') hasBuiltin = (name) => b.hasBuiltin(name);
    } catch {
      // No such binding: every node: frame counts as core.
    }
  }
  return hasBuiltin(id);
}

function colorFrame(ctx, line, cwd) {
  const core = coreFrameRe.exec(line);
  if (core !== null && isBuiltinId(core[1])) return ctx.stylize(line, 'undefined');
  line = markNodeModules(ctx, line);
  if (cwd !== undefined) line = markCwd(ctx, line, cwd);
  return line;
}

// Underline package names after node_modules/ (with their @scope).
function markNodeModules(ctx, line) {
  let out = '';
  let last = 0;
  const re = /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?.+?)(?=[/\\])/g;
  let m;
  while ((m = re.exec(line)) !== null) {
    out += line.slice(last, m.index + 14);
    out += ctx.stylize(m[1], 'module');
    last = m.index + m[0].length;
  }
  return last === 0 ? line : out + line.slice(last);
}

// Grey the working directory part of a frame ("(/cwd/" ... ")"), so the
// path relative to it stands out.
function markCwd(ctx, line, cwd) {
  let at = line.indexOf(cwd);
  if (at === -1) return line;
  let len = cwd.length;
  if (line.slice(at - 7, at) === 'file://') {
    at -= 7;
    len += 7;
  }
  const start = line[at - 1] === '(' ? at - 1 : at;
  const closing = start !== at && line.endsWith(')');
  const cwdEnd = at + len + 1;
  let out = line.slice(0, start) + ctx.stylize(line.slice(start, cwdEnd), 'undefined') +
    line.slice(cwdEnd, closing ? -1 : line.length);
  if (closing) out += ctx.stylize(')', 'undefined');
  return out;
}

function currentDirectory() {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

function stackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // Ignore a throwing getter.
  }
  if (cause != null && isError(cause)) {
    const causeStack = errorStackString(cause);
    const causeAt = causeStack.indexOf('\n    at');
    if (causeAt !== -1) {
      const causeFrames = causeStack.slice(causeAt + 1).split('\n');
      const { len, offset } = commonFrames(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Longest run of identical frames shared by both stacks (at least 3 lines).
function commonFrames(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const at = b.indexOf(a[i]);
    if (at !== -1) {
      const rest = b.length - at;
      if (rest > 3) {
        let len = 1;
        const max = Math.min(a.length - i, rest);
        while (max > len && a[i + len] === b[at + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// ----- collections

function remainingText(n) {
  return `... ${n} more item${n > 1 ? 's' : ''}`;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const n = Math.min(ctx.maxArrayLength, bytes.length);
  let str = '';
  for (let i = 0; i < n; i++) {
    if (i !== 0) str += ' ';
    str += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const max = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < max; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, max, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, ARRAY_ELEMENT));
  }
  if (length - max > 0) output.push(remainingText(length - max));
  return output;
}

function emptyItems(ctx, n) {
  return ctx.stylize(`<${n} empty item${n > 1 ? 's' : ''}>`, 'undefined');
}

function formatSparseArray(ctx, value, recurseTimes, maxEntries, output, firstHole) {
  const keys = Object.keys(value);
  let next = firstHole;   // the next index we expect
  for (let k = firstHole; k < keys.length && output.length < maxEntries; k++) {
    const key = keys[k];
    const idx = +key;
    if (idx > 2 ** 32 - 2) break;
    if (`${next}` !== key) {
      if (!/^(?:0|[1-9][0-9]*)$/.test(key)) break;
      output.push(emptyItems(ctx, idx - next));
      next = idx;
      if (output.length === maxEntries) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, ARRAY_ELEMENT));
    next++;
  }
  const remaining = value.length - next;
  if (output.length !== maxEntries) {
    if (remaining > 0) output.push(emptyItems(ctx, remaining));
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const max = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = value.length - max;
  const output = [];
  const fmt = value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < max; i++) output.push(fmt(ctx.stylize, value[i], ctx.numericSeparator));
  if (remaining > 0) output.push(remainingText(remaining));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const shown = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`${ctx.stylize(`[${key}]`, 'string')}: ${shown}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(ctx, iter, size, recurseTimes) {
  const max = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of iter) {
    if (i >= max) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (size - max > 0) output.push(remainingText(size - max));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, iter, size, recurseTimes) {
  const max = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of iter) {
    if (i >= max) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (size - max > 0) output.push(remainingText(size - max));
  ctx.indentationLvl -= 2;
  return output;
}

function formatListEntries(ctx, recurseTimes, entries, state) {
  const max = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < max; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
  ctx.indentationLvl -= 2;
  if (state === WEAK_STATE && !ctx.sorted) output.sort();
  const remaining = entries.length - max;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatPairEntries(ctx, recurseTimes, entries, state) {
  const pairs = entries.length / 2;
  const max = Math.min(Math.max(ctx.maxArrayLength, 0), pairs);
  const remaining = pairs - max;
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < max; i++) {
    const k = formatValue(ctx, entries[2 * i], recurseTimes);
    const v = formatValue(ctx, entries[2 * i + 1], recurseTimes);
    if (state === WEAK_STATE) {
      output.push(`${k} => ${v}`);
    } else {
      output.push(reduceToSingleString(ctx, [k, v], '', ['[', ']'], ARRAY_EXTRA, recurseTimes));
    }
  }
  ctx.indentationLvl -= 2;
  if (state === WEAK_STATE && !ctx.sorted) output.sort();
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatWeakUnknown(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  return formatListEntries(ctx, recurseTimes, previewEntries(value), WEAK_STATE);
}

function formatWeakMap(ctx, value, recurseTimes) {
  return formatPairEntries(ctx, recurseTimes, previewEntries(value), WEAK_STATE);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const [entries, isKeyValue] = previewEntries(value, true);
  if (isKeyValue) {
    braces[0] = braces[0].replace(/ Iterator] \{$/, ' Entries] {');
    return formatPairEntries(ctx, recurseTimes, entries, MAP_ENTRIES_STATE);
  }
  return formatListEntries(ctx, recurseTimes, entries, ITER_STATE);
}

function formatPromise(ctx, value, recurseTimes) {
  const [state, result] = getPromiseDetails(value);
  if (state === PROMISE_PENDING) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === PROMISE_REJECTED ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatNamespace(keys, ctx, value, recurseTimes) {
  const output = [];
  for (const key of keys) {
    try {
      output.push(formatProperty(ctx, value, recurseTimes, key, OBJECT_PROP));
    } catch (err) {
      if (!(types.isNativeError(err) && err.name === 'ReferenceError')) throw err;
      // A binding still in its temporal dead zone.
      const tmp = { [key]: '' };
      let str = formatProperty(ctx, tmp, recurseTimes, key, OBJECT_PROP);
      const colon = str.lastIndexOf(': ');
      str = `${str.slice(0, colon)}: ${ctx.stylize('<uninitialized>', 'special')}`;
      output.push(str);
    }
  }
  return output;
}

// ----- properties

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let str;
  let sep = ' ';
  // Keys without an own descriptor (byteLength of an ArrayBuffer, ...)
  // are read through the prototype and shown as [key].
  let inherited = false;
  desc = desc || Object.getOwnPropertyDescriptor(value, key);
  if (desc === undefined) {
    desc = { value: value[key], enumerable: false };
    inherited = true;
  } else if (key === 'stack' && 'value' in desc && desc.writable && desc.configurable &&
             !desc.enumerable && types.isNativeError(value)) {
    // Node 22's engine keeps an error's own stack behind an accessor; V8 10.2
    // stores a plain data property. Show it the way Node 22 does.
    desc = { get: stackGetter, set: stackSetter, enumerable: false };
  }
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== OBJECT_PROP) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      sep = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const g = ctx.getters;
    if (g && (g === true || (g === 'get' && desc.set === undefined) ||
              (g === 'set' && desc.set !== undefined))) {
      try {
        const got = desc.get.call(original);
        ctx.indentationLvl += 2;
        if (got === null) {
          str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
        } else if (typeof got === 'object') {
          str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, got, recurseTimes)}`;
        } else {
          str = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, got, ctx)}${s(']', 'special')}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        const msg = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, 'special')} ${msg}${s(']', 'special')}`;
      }
    } else {
      str = s(`[${label}]`, 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === ARRAY_ELEMENT) return str;

  let name;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeNoQuotes(Symbol.prototype.toString.call(key)), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (inherited) {
    name = ctx.stylize(`[${escapeNoQuotes(String(key))}]`, 'string');
  } else if (desc.enumerable === false) {
    name = `[${escapeNoQuotes(key)}]`;
  } else if (/^[a-zA-Z_][a-zA-Z_0-9]*$/.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${sep}${str}`;
}

function stackGetter() {
  return this.stack;
}

function stackSetter() {}

// ----- layout

function isBelowBreakLength(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += ctx.colors ? stripColors(output[i]).length : output[i].length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === ARRAY_EXTRA && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Combine short entries on a single line when the object does not
      // contain more than `compact` levels of nesting.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const ind = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${ind}  ${output.join(`,${ind}  `)}${ind}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const ind = ' '.repeat(ctx.indentationLvl);
  const first = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${ind}  `;
  return `${braces[0]}${first}${output.join(`,\n${ind}  `)} ${braces[1]}`;
}

// Lay out many short array entries in aligned columns.
function groupArrayElements(ctx, output, value) {
  let count = output.length;
  if (ctx.maxArrayLength < output.length) count--;   // the "... more items" entry
  const SEP = 2;   // ', '
  const widths = [];
  let total = 0;
  let widest = 0;
  for (let i = 0; i < count; i++) {
    const w = getStringWidth(output[i], ctx.colors);
    widths.push(w);
    total += w + SEP;
    if (w > widest) widest = w;
  }
  const cell = widest + SEP;
  if (cell * 3 + ctx.indentationLvl < ctx.breakLength &&
      (total / cell > 5 || widest <= 6)) {
    const bias = Math.sqrt(cell - total / output.length);
    const biased = Math.max(cell - 3 - bias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biased * count) / biased),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / cell),
      ctx.compact * 4,
      15);
    if (columns <= 1) return output;
    const colWidth = [];
    for (let c = 0; c < columns; c++) {
      let w = 0;
      for (let j = c; j < output.length; j += columns) {
        if (widths[j] > w) w = widths[j];
      }
      colWidth.push(w + SEP);
    }
    let alignRight = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          alignRight = false;
          break;
        }
      }
    }
    const rows = [];
    for (let i = 0; i < count; i += columns) {
      const end = Math.min(i + columns, count);
      let line = '';
      let j = i;
      for (; j < end - 1; j++) {
        const pad = colWidth[j - i] + output[j].length - widths[j];
        line += alignRight ? `${output[j]}, `.padStart(pad, ' ') :
          `${output[j]}, `.padEnd(pad, ' ');
      }
      if (alignRight) {
        const pad = colWidth[j - i] + output[j].length - widths[j] - SEP;
        line += output[j].padStart(pad, ' ');
      } else {
        line += output[j];
      }
      rows.push(line);
    }
    if (ctx.maxArrayLength < output.length) rows.push(output[count]);
    output = rows;
  }
  return output;
}

// ---------------------------------------------------------------------------
// String width and control sequences.

const ansiRe = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

function stripColors(str) {
  return str.replace(ansiRe, '');
}

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return str.replace(ansiRe, '');
}

// Column widths as Node 22 measures them with its ICU (Unicode 17): code
// points of East Asian width W/F or with emoji presentation take two
// columns; controls, format characters, combining marks and emoji modifiers
// take none. Ranges are hex, 'first-last' or a single code point.
const WIDE_RANGES =
  '1100-115f,231a-231b,2329-232a,23e9-23ec,23f0,23f3,25fd-25fe,2614-2615,2630-2637,2648-2653,' +
  '267f,268a-268f,2693,26a1,26aa-26ab,26bd-26be,26c4-26c5,26ce,26d4,26ea,26f2-26f3,26f5,26fa,' +
  '26fd,2705,270a-270b,2728,274c,274e,2753-2755,2757,2795-2797,27b0,27bf,2b1b-2b1c,2b50,2b55,' +
  '2e80-2e99,2e9b-2ef3,2f00-2fd5,2ff0-303e,3041-3096,3099-30ff,3105-312f,3131-318e,3190-31e5,' +
  '31ef-321e,3220-3247,3250-a48c,a490-a4c6,a960-a97c,ac00-d7a3,f900-faff,fe10-fe19,fe30-fe52,' +
  'fe54-fe66,fe68-fe6b,ff01-ff60,ffe0-ffe6,16fe0-16fe4,16ff0-16ff6,17000-18cd5,18cff-18d1e,' +
  '18d80-18df2,1aff0-1aff3,1aff5-1affb,1affd-1affe,1b000-1b122,1b132,1b150-1b152,1b155,' +
  '1b164-1b167,1b170-1b2fb,1d300-1d356,1d360-1d376,1f004,1f0cf,1f18e,1f191-1f19a,1f1e6-1f202,' +
  '1f210-1f23b,1f240-1f248,1f250-1f251,1f260-1f265,1f300-1f320,1f32d-1f335,1f337-1f37c,' +
  '1f37e-1f393,1f3a0-1f3ca,1f3cf-1f3d3,1f3e0-1f3f0,1f3f4,1f3f8-1f43e,1f440,1f442-1f4fc,' +
  '1f4ff-1f53d,1f54b-1f54e,1f550-1f567,1f57a,1f595-1f596,1f5a4,1f5fb-1f64f,1f680-1f6c5,1f6cc,' +
  '1f6d0-1f6d2,1f6d5-1f6d8,1f6dc-1f6df,1f6eb-1f6ec,1f6f4-1f6fc,1f7e0-1f7eb,1f7f0,1f90c-1f93a,' +
  '1f93c-1f945,1f947-1f9ff,1fa70-1fa7c,1fa80-1fa8a,1fa8e-1fac6,1fac8,1facd-1fadc,1fadf-1faea,' +
  '1faef-1faf8,20000-2fffd,30000-3fffd,';
const ZERO_WIDTH_RANGES =
  '0-1f,7f-9f,300-36f,483-489,591-5bd,5bf,5c1-5c2,5c4-5c5,5c7,600-605,610-61a,61c,64b-65f,' +
  '670,6d6-6dd,6df-6e4,6e7-6e8,6ea-6ed,70f,711,730-74a,7a6-7b0,7eb-7f3,7fd,816-819,81b-823,' +
  '825-827,829-82d,859-85b,890-891,897-89f,8ca-902,93a,93c,941-948,94d,951-957,962-963,981,' +
  '9bc,9c1-9c4,9cd,9e2-9e3,9fe,a01-a02,a3c,a41-a42,a47-a48,a4b-a4d,a51,a70-a71,a75,a81-a82,' +
  'abc,ac1-ac5,ac7-ac8,acd,ae2-ae3,afa-aff,b01,b3c,b3f,b41-b44,b4d,b55-b56,b62-b63,b82,bc0,' +
  'bcd,c00,c04,c3c,c3e-c40,c46-c48,c4a-c4d,c55-c56,c62-c63,c81,cbc,cbf,cc6,ccc-ccd,ce2-ce3,' +
  'd00-d01,d3b-d3c,d41-d44,d4d,d62-d63,d81,dca,dd2-dd4,dd6,e31,e34-e3a,e47-e4e,eb1,eb4-ebc,' +
  'ec8-ece,f18-f19,f35,f37,f39,f71-f7e,f80-f84,f86-f87,f8d-f97,f99-fbc,fc6,102d-1030,' +
  '1032-1037,1039-103a,103d-103e,1058-1059,105e-1060,1071-1074,1082,1085-1086,108d,109d,' +
  '135d-135f,1712-1714,1732-1733,1752-1753,1772-1773,17b4-17b5,17b7-17bd,17c6,17c9-17d3,17dd,' +
  '180b-180f,1885-1886,18a9,1920-1922,1927-1928,1932,1939-193b,1a17-1a18,1a1b,1a56,1a58-1a5e,' +
  '1a60,1a62,1a65-1a6c,1a73-1a7c,1a7f,1ab0-1add,1ae0-1aeb,1b00-1b03,1b34,1b36-1b3a,1b3c,1b42,' +
  '1b6b-1b73,1b80-1b81,1ba2-1ba5,1ba8-1ba9,1bab-1bad,1be6,1be8-1be9,1bed,1bef-1bf1,1c2c-1c33,' +
  '1c36-1c37,1cd0-1cd2,1cd4-1ce0,1ce2-1ce8,1ced,1cf4,1cf8-1cf9,1dc0-1dff,200b-200f,202a-202e,' +
  '2060-2064,2066-206f,20d0-20f0,2cef-2cf1,2d7f,2de0-2dff,a66f-a672,a674-a67d,a69e-a69f,' +
  'a6f0-a6f1,a802,a806,a80b,a825-a826,a82c,a8c4-a8c5,a8e0-a8f1,a8ff,a926-a92d,a947-a951,' +
  'a980-a982,a9b3,a9b6-a9b9,a9bc-a9bd,a9e5,aa29-aa2e,aa31-aa32,aa35-aa36,aa43,aa4c,aa7c,aab0,' +
  'aab2-aab4,aab7-aab8,aabe-aabf,aac1,aaec-aaed,aaf6,abe5,abe8,abed,fb1e,fe00-fe0f,fe20-fe2f,' +
  'feff,fff9-fffb,101fd,102e0,10376-1037a,10a01-10a03,10a05-10a06,10a0c-10a0f,10a38-10a3a,' +
  '10a3f,10ae5-10ae6,10d24-10d27,10d69-10d6d,10eab-10eac,10efa-10eff,10f46-10f50,10f82-10f85,' +
  '11001,11038-11046,11070,11073-11074,1107f-11081,110b3-110b6,110b9-110ba,110bd,110c2,110cd,' +
  '11100-11102,11127-1112b,1112d-11134,11173,11180-11181,111b6-111be,111c9-111cc,111cf,' +
  '1122f-11231,11234,11236-11237,1123e,11241,112df,112e3-112ea,11300-11301,1133b-1133c,11340,' +
  '11366-1136c,11370-11374,113bb-113c0,113ce,113d0,113d2,113e1-113e2,11438-1143f,11442-11444,' +
  '11446,1145e,114b3-114b8,114ba,114bf-114c0,114c2-114c3,115b2-115b5,115bc-115bd,115bf-115c0,' +
  '115dc-115dd,11633-1163a,1163d,1163f-11640,116ab,116ad,116b0-116b5,116b7,1171d,1171f,' +
  '11722-11725,11727-1172b,1182f-11837,11839-1183a,1193b-1193c,1193e,11943,119d4-119d7,' +
  '119da-119db,119e0,11a01-11a0a,11a33-11a38,11a3b-11a3e,11a47,11a51-11a56,11a59-11a5b,' +
  '11a8a-11a96,11a98-11a99,11b60,11b62-11b64,11b66,11c30-11c36,11c38-11c3d,11c3f,11c92-11ca7,' +
  '11caa-11cb0,11cb2-11cb3,11cb5-11cb6,11d31-11d36,11d3a,11d3c-11d3d,11d3f-11d45,11d47,' +
  '11d90-11d91,11d95,11d97,11ef3-11ef4,11f00-11f01,11f36-11f3a,11f40,11f42,11f5a,13430-13440,' +
  '13447-13455,1611e-16129,1612d-1612f,16af0-16af4,16b30-16b36,16f4f,16f8f-16f92,1bc9d-1bc9e,' +
  '1bca0-1bca3,1cf00-1cf2d,1cf30-1cf46,1d167-1d169,1d173-1d182,1d185-1d18b,1d1aa-1d1ad,' +
  '1d242-1d244,1da00-1da36,1da3b-1da6c,1da75,1da84,1da9b-1da9f,1daa1-1daaf,1e000-1e006,' +
  '1e008-1e018,1e01b-1e021,1e023-1e024,1e026-1e02a,1e08f,1e130-1e136,1e2ae,1e2ec-1e2ef,' +
  '1e4ec-1e4ef,1e5ee-1e5ef,1e6e3,1e6e6,1e6ee-1e6ef,1e6f5,1e8d0-1e8d6,1e944-1e94a,e0001,' +
  'e0020-e007f,e0100-e01ef,';

let wideTable;
let zeroTable;

function parseRanges(text) {
  const items = text.split(',').filter((x) => x !== '');
  const table = new Uint32Array(items.length * 2);
  for (let i = 0; i < items.length; i++) {
    const dash = items[i].indexOf('-');
    const first = parseInt(dash === -1 ? items[i] : items[i].slice(0, dash), 16);
    table[2 * i] = first;
    table[2 * i + 1] = dash === -1 ? first : parseInt(items[i].slice(dash + 1), 16);
  }
  return table;
}

function inRanges(table, cp) {
  let lo = 0;
  let hi = table.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < table[2 * mid]) {
      hi = mid - 1;
    } else if (cp > table[2 * mid + 1]) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

function codePointWidth(cp) {
  if (wideTable === undefined) {
    wideTable = parseRanges(WIDE_RANGES);
    zeroTable = parseRanges(ZERO_WIDTH_RANGES);
  }
  if (inRanges(wideTable, cp)) return 2;
  if (inRanges(zeroTable, cp)) return 0;
  return 1;
}

function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripColors(str);
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      // The rest, from the first non-ASCII character, is measured per code
      // point after NFC normalisation.
      for (const ch of str.slice(i).normalize('NFC')) width += codePointWidth(ch.codePointAt(0));
      break;
    }
    if (code >= 32) width++;
  }
  return width;
}

// ---------------------------------------------------------------------------
// format / formatWithOptions.

function jsonOrCircular(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (err instanceof TypeError && /circular/i.test(String(err.message))) return '[Circular]';
    throw err;
  }
}

// The object on `value`'s prototype chain that owns `key`.
function ownerOf(value, key) {
  let holder = value;
  while (holder !== null && !hasOwn(holder, key)) holder = Object.getPrototypeOf(holder);
  return holder;
}

function ownedByBuiltin(holder) {
  if (holder === null) return true;
  const desc = Object.getOwnPropertyDescriptor(holder, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' &&
    builtInNames.has(desc.value.name);
}

// True when %s should use inspect(): objects whose string conversion is
// the engine's own (no user toString or Symbol.toPrimitive).
function usesBuiltinToString(value) {
  const target = getProxyDetails(value, false);
  if (target !== undefined) {
    if (target === null) return true;
    value = target;
  }
  if (typeof value[Symbol.toPrimitive] === 'function') {
    const holder = ownerOf(value, Symbol.toPrimitive);
    if (holder === value || !ownedByBuiltin(holder)) return false;
  }
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  return ownedByBuiltin(ownerOf(value, 'toString'));
}

function formatArg(spec, arg, inspectOptions) {
  switch (spec) {
    case 115: // s
      if (typeof arg === 'number') return formatNumber(stylizeNoColor, arg, false);
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, false);
      if (typeof arg !== 'object' || arg === null || !usesBuiltinToString(arg)) {
        return String(arg);
      }
      return inspect(arg, Object.assign({}, inspectOptions, { depth: 0, colors: false, compact: 3 }));
    case 106: // j
      return jsonOrCircular(arg);
    case 100: // d
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, false);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number(arg), false);
    case 79: // O
      return inspect(arg, inspectOptions);
    case 111: // o
      return inspect(arg, Object.assign({}, inspectOptions,
                                        { showHidden: true, showProxy: true, depth: 4 }));
    case 105: // i
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, false);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseInt(arg), false);
    case 102: // f
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseFloat(arg), false);
    default: // c
      return '';
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let used = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let copied = 0;   // index in `first` up to which text has been copied
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue;   // '%'
      const spec = first.charCodeAt(++i);
      if (used + 1 !== args.length) {
        if (spec === 37) {
          str += first.slice(copied, i);
          copied = i + 1;
          continue;
        }
        if (spec !== 115 && spec !== 106 && spec !== 100 && spec !== 79 &&
            spec !== 111 && spec !== 105 && spec !== 102 && spec !== 99) {
          continue;
        }
        const piece = formatArg(spec, args[++used], inspectOptions);
        if (copied !== i - 1) str += first.slice(copied, i - 1);
        str += piece;
        copied = i + 1;
      } else if (spec === 37) {
        str += first.slice(copied, i);
        copied = i + 1;
      }
    }
    if (copied !== 0) {
      used++;
      join = ' ';
      if (copied < first.length) str += first.slice(copied);
    }
  }
  while (used < args.length) {
    const value = args[used];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    used++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', true);
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  formatWithOptionsInternal,
  getStringWidth,
  stripVTControlCharacters,
  stylizeWithColor,
  stylizeNoColor,
  strEscape,
  formatNumber,
  formatBigInt,
  isError,
};

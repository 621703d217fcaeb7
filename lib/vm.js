'use strict';
// node:vm for nodus. internalBinding('contextify') compiles and runs scripts, makes contexts
// whose global forwards to a sandbox object, and runs the timeout/SIGINT watchdogs.

const {
  ContextifyScript,
  makeContext,
  isContext: _isContext,
  compileFunctionForVm,
  measureMemory: _measureMemory,
} = internalBinding('contextify');
const { FastBuffer } = require('internal/buffer');
const {
  ERR_INVALID_ARG_TYPE,
} = require('internal/errors').codes;
const {
  kValidateObjectAllowArray,
  kValidateObjectAllowNullable,
  validateArray,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
  validateStringArray,
  validateUint32,
} = require('internal/validators');

const USE_MAIN_CONTEXT_DEFAULT_LOADER = Symbol('vm_dynamic_import_main_context_default');
const DONT_CONTEXTIFY = Symbol('vm_context_no_contextify');
const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER,
  DONT_CONTEXTIFY,
});

const kParsingContext = Symbol('script parsing context');

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function toBuffer(u8) {
  return new FastBuffer(u8.buffer, u8.byteOffset, u8.length);
}

// -> how import() behaves in the compiled code (see VmImportOptions in contextify.cc):
// 0 the main context's loader, 1 rejected (no callback), 2 rejected (callbacks need
// --experimental-vm-modules, which nodus does not have).
let mainLoaderWarned = false;
function importKind(importModuleDynamically) {
  if (importModuleDynamically === undefined) return 1;
  if (importModuleDynamically === USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    if (!mainLoaderWarned) {
      mainLoaderWarned = true;
      process.emitWarning('vm.USE_MAIN_CONTEXT_DEFAULT_LOADER is an experimental feature and ' +
                          'might change at any time', 'ExperimentalWarning');
    }
    return 0;
  }
  validateFunction(importModuleDynamically, 'options.importModuleDynamically');
  return 2;
}

const nativeCreateCachedData = ContextifyScript.prototype.createCachedData;
Object.defineProperty(ContextifyScript.prototype, 'createCachedData', {
  __proto__: null,
  configurable: true,
  writable: true,
  value: function createCachedData() {
    return toBuffer(Reflect.apply(nativeCreateCachedData, this, []));
  },
});

class Script extends ContextifyScript {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') {
      options = { filename: options };
    } else {
      validateObject(options, 'options');
    }
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
      [kParsingContext]: parsingContext,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
      throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'],
                                     cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    const kind = importKind(importModuleDynamically);
    super(code, filename, lineOffset, columnOffset, cachedData, produceCachedData,
          parsingContext, kind);
    if (this.cachedData !== undefined) this.cachedData = toBuffer(this.cachedData);
  }

  runInThisContext(options) {
    const { breakOnSigint, args } = getRunInContextArgs(null, options);
    if (breakOnSigint && process.listenerCount('SIGINT') > 0) {
      return sigintHandlersWrap(super.runInContext, this, args);
    }
    return Reflect.apply(super.runInContext, this, args);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    const { breakOnSigint, args } = getRunInContextArgs(contextifiedObject, options);
    if (breakOnSigint && process.listenerCount('SIGINT') > 0) {
      return sigintHandlersWrap(super.runInContext, this, args);
    }
    return Reflect.apply(super.runInContext, this, args);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function getRunInContextArgs(contextifiedObject, options = {}) {
  validateObject(options, 'options');
  let timeout = options.timeout;
  if (timeout === undefined) {
    timeout = -1;
  } else {
    validateUint32(timeout, 'options.timeout', true);
  }
  const { displayErrors = true, breakOnSigint = false } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return {
    breakOnSigint,
    args: [contextifiedObject, timeout, displayErrors, breakOnSigint],
  };
}

function getContextOptions(options) {
  if (!options) return {};
  const contextOptions = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: undefined,
    microtaskMode: options.microtaskMode,
  };
  if (contextOptions.name !== undefined) validateString(contextOptions.name, 'options.contextName');
  if (contextOptions.origin !== undefined) {
    validateString(contextOptions.origin, 'options.contextOrigin');
  }
  if (options.contextCodeGeneration !== undefined) {
    validateObject(options.contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = options.contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    contextOptions.codeGeneration = { strings, wasm };
  }
  if (options.microtaskMode !== undefined) {
    validateString(options.microtaskMode, 'options.microtaskMode');
  }
  return contextOptions;
}

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowArray);
  return _isContext(object);
}

let defaultContextNameIndex = 1;
function createContext(contextObject = {}, options = {}) {
  if (contextObject !== DONT_CONTEXTIFY && isContext(contextObject)) {
    return contextObject;
  }
  validateObject(options, 'options');
  const {
    name = `VM Context ${defaultContextNameIndex++}`,
    origin,
    codeGeneration,
    microtaskMode,
    importModuleDynamically,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) validateObject(codeGeneration, 'options.codeGeneration');
  let strings = true;
  let wasm = true;
  if (codeGeneration !== undefined) {
    ({ strings = true, wasm = true } = codeGeneration);
    validateBoolean(strings, 'options.codeGeneration.strings');
    validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  if (importModuleDynamically !== undefined &&
      importModuleDynamically !== USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    validateFunction(importModuleDynamically, 'options.importModuleDynamically');
  }
  const sandbox = contextObject === DONT_CONTEXTIFY ? undefined : contextObject;
  return makeContext(sandbox, name, origin, strings, wasm, microtaskMode === 'afterEvaluate',
                     internalBinding);
}

function createScript(code, options) {
  return new Script(code, options);
}

// While a script runs with breakOnSigint, SIGINT listeners are taken off so that the signal
// reaches the watchdog; they are put back (through the public API, re-arming the handler).
function sigintHandlersWrap(fn, thisArg, argsArray) {
  const sigintListeners = process.rawListeners('SIGINT');
  process.removeAllListeners('SIGINT');
  try {
    return Reflect.apply(fn, thisArg, argsArray);
  } finally {
    for (const listener of sigintListeners) process.addListener('SIGINT', listener);
  }
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') {
    options = { filename: options, [kParsingContext]: contextifiedObject };
  } else {
    options = { ...options, [kParsingContext]: contextifiedObject };
  }
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, getContextOptions(options));
  options = { ...options, [kParsingContext]: contextObject };
  return createScript(code, options).runInContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  validateObject(options, 'options');
  if (params !== undefined) validateStringArray(params, 'params');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData = undefined,
    produceCachedData = false,
    parsingContext = undefined,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'],
                                   cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined) {
    if (typeof parsingContext !== 'object' || parsingContext === null ||
        !isContext(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`,
                   kValidateObjectAllowNullable);
  }
  const kind = importKind(importModuleDynamically);
  const result = compileFunctionForVm(code, filename, lineOffset, columnOffset, cachedData,
                                      produceCachedData, parsingContext, contextExtensions,
                                      params ?? [], kind);
  const fn = result.function;
  if (produceCachedData) fn.cachedDataProduced = result.cachedDataProduced;
  if (result.cachedData) fn.cachedData = toBuffer(result.cachedData);
  if (typeof result.cachedDataRejected === 'boolean') {
    fn.cachedDataRejected = result.cachedDataRejected;
  }
  return fn;
}

let measureMemoryWarned = false;
function measureMemory(options = {}) {
  if (!measureMemoryWarned) {
    measureMemoryWarned = true;
    process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
                        'ExperimentalWarning');
  }
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  // V8 settles the promise from a GC task; keep the loop turning (and running microtasks)
  // until then. The measurement always runs eagerly: nodus's platform has no idle GC to wait for.
  const promise = _measureMemory(mode === 'detailed', true);
  const keepAlive = setInterval(() => {}, 20);
  const done = () => clearInterval(keepAlive);
  promise.then(done, done);
  return promise;
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};

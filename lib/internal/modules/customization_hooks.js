'use strict';
// module.registerHooks(): synchronous, in-thread resolve and load hooks shared by require() and
// import (Node 22.15 semantics). Hooks run last-registered first; each gets a next function that
// calls the one registered before it, and the loader's default step at the end of the chain.

const registered = [];

function errors() {
  return require('internal/errors').codes;
}

class ModuleHooks {
  constructor(resolve, load) {
    this.resolve = resolve;
    this.load = load;
  }

  deregister() {
    const i = registered.indexOf(this);
    if (i !== -1) registered.splice(i, 1);
  }
}

function registerHooks(hooks) {
  const { resolve, load } = hooks;
  if (resolve !== undefined && resolve !== null && typeof resolve !== 'function') {
    throw new (errors().ERR_INVALID_ARG_TYPE)('hooks.resolve', 'function', resolve);
  }
  if (load !== undefined && load !== null && typeof load !== 'function') {
    throw new (errors().ERR_INVALID_ARG_TYPE)('hooks.load', 'function', load);
  }
  const handle = new ModuleHooks(resolve, load);
  registered.push(handle);
  return handle;
}

function hasHooks() {
  return registered.length > 0;
}

function badProperty(expected, hook, prop, value) {
  return new (errors().ERR_INVALID_RETURN_PROPERTY_VALUE)(expected, hook, prop, value);
}


function validateResolve(result, nextCalled) {
  if (!nextCalled && result?.shortCircuit !== true) {
    throw badProperty('true', 'resolve', 'shortCircuit', result?.shortCircuit);
  }
  // A result that is not an object is read like one (undefined throws when destructured).
  const { url, format } = result;
  if (typeof url !== 'string') throw badProperty('a URL string', 'resolve', 'url', url);
  if (format !== undefined && format !== null && typeof format !== 'string') {
    throw badProperty('a string', 'resolve', 'format', format);
  }
  return result;
}

// `esm`: the ES loader lets a 'commonjs' result leave the source to require().
function validateLoad(result, nextCalled, url, esm) {
  if (!nextCalled && result?.shortCircuit !== true) {
    throw badProperty('true', 'load', 'shortCircuit', result?.shortCircuit);
  }
  const { source, format } = result;
  const sourceOK = typeof source === 'string' || source instanceof ArrayBuffer ||
    ArrayBuffer.isView(source) ||
    ((source === undefined || source === null) &&
     ((format === 'builtin' && url.startsWith('node:')) || (esm && format === 'commonjs')));
  if (!sourceOK) {
    throw badProperty('a string, an ArrayBuffer, or a TypedArray', 'load', 'source', source);
  }
  if (format !== undefined && format !== null && typeof format !== 'string') {
    throw badProperty('a string', 'load', 'format', format);
  }
  return result;
}

// Runs the `kind` ('resolve' | 'load') hooks of `chain` from the newest down to `last`. With
// `async` (module.register()'s thread) a hook may return a promise, which is awaited.
function runHookChain(chain, kind, validate, first, context, last, esm, async = false) {
  function step(i, value, ctx) {
    while (i >= 0 && typeof chain[i][kind] !== 'function') i--;
    if (i < 0) return last(value, ctx);
    let nextCalled = false;
    const next = (nextValue, nextContext) => {
      nextCalled = true;
      const merged = nextContext === undefined || nextContext === null ? ctx :
        { ...ctx, ...nextContext };
      return step(i - 1, nextValue, merged);
    };
    const result = chain[i][kind](value, ctx, next);
    if (async) return Promise.resolve(result).then((r) => validate(r, nextCalled, value, esm));
    return validate(result, nextCalled, value, esm);
  }
  return step(chain.length - 1, first, context);
}

function runChain(kind, validate, first, context, last, esm) {
  return runHookChain(registered.slice(), kind, validate, first, context, last, esm);
}

function resolveWithHooks(specifier, context, defaultResolve) {
  return runChain('resolve', validateResolve, specifier, context, defaultResolve);
}

function loadWithHooks(url, context, defaultLoad, esm = false) {
  return runChain('load', validateLoad, url, context, defaultLoad, esm);
}

// A hook's source as a string (the loaders compile strings).
function sourceToString(source) {
  if (typeof source === 'string' || source === undefined || source === null) return source;
  const bytes = source instanceof ArrayBuffer ? new Uint8Array(source) :
    new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  return new TextDecoder().decode(bytes);
}

// The format a file's extension alone decides (others depend on package.json "type").
const formatByExtension = { __proto__: null, '.cjs': 'commonjs', '.mjs': 'module', '.json': 'json' };
function extensionFormat(ext) {
  return formatByExtension[ext] ??
    (require('internal/modules/typescript').typeScriptMode() === false ? undefined :
      require('internal/modules/typescript').typeScriptFormat(ext));
}

const cjsConditions = ['require', 'node', 'node-addons', 'module-sync'];
const esmConditions = ['node', 'import', 'module-sync', 'node-addons'];

module.exports = {
  validateResolve, validateLoad, runHookChain,
  registerHooks, hasHooks, resolveWithHooks, loadWithHooks, sourceToString, cjsConditions,
  esmConditions, formatByExtension, extensionFormat,
};

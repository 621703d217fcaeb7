'use strict';
// The builtin module loader. Compiled by the runtime as
// function (process, internalBinding, primordials) and returns requireBuiltin.
// Every lib/ module is compiled on first require as
// function (exports, require, module, process, internalBinding, primordials).

const { compileFunction, hasBuiltin, getIds } = internalBinding('builtins');

const cache = new Map();

class BuiltinModule {
  constructor(id) {
    this.id = id;
    this.filename = `${id}.js`;
    this.exports = {};
    this.loaded = false;
    this.loading = false;
  }
}

function requireBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  if (!hasBuiltin(id)) {
    const err = new Error(`No such built-in module: ${id}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  const mod = new BuiltinModule(id);
  cache.set(id, mod);
  const fn = compileFunction(id);
  mod.loading = true;
  try {
    fn(mod.exports, requireBuiltin, mod, process, internalBinding, primordials);
  } catch (err) {
    cache.delete(id);
    throw err;
  } finally {
    mod.loading = false;
  }
  mod.loaded = true;
  return mod.exports;
}

// Ids a user can require (node:fs, fs, ...); internal/* and a few private ones are hidden.
let publicIds;
function canBeRequiredByUsers(id) {
  if (publicIds === undefined) {
    publicIds = new Set();
    for (const id of getIds()) {
      if (!id.startsWith('internal/') && !id.startsWith('_nodus')) publicIds.add(id);
    }
  }
  return publicIds.has(id) && !disabledIds.has(id);
}

// Builtins a command-line option turned off (--no-experimental-sqlite).
const disabledIds = new Set();
requireBuiltin.disable = (id) => disabledIds.add(id);
requireBuiltin.exists = hasBuiltin;
requireBuiltin.canBeRequiredByUsers = canBeRequiredByUsers;
requireBuiltin.getIds = getIds;
requireBuiltin.cache = cache;
// Builtins that exist only with the node: prefix.
requireBuiltin.schemeOnly = new Set(['test', 'test/reporters', 'sqlite', 'sea']);

return requireBuiltin;

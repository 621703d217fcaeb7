'use strict';
// Builtin modules as lazily loaded globals, as node gives them to the REPL and to -e/-p code
// (typing `fs` loads the fs module; assigning to the name replaces it).

function addBuiltinLibsToContext(context) {
  let ids;
  try {
    ids = require('module').builtinModules;
  } catch {
    return;
  }
  for (const id of ids) {
    if (id.includes('/') || id.startsWith('_') || id.startsWith('node:')) continue;
    if (Object.prototype.hasOwnProperty.call(context, id)) continue;
    const get = function() {
      const lib = require(id);
      Object.defineProperty(context, id, {
        configurable: true, enumerable: false, writable: true, value: lib,
      });
      return lib;
    };
    // Marked so that REPL previews do not load a module just to show it.
    get[Symbol.for('nodus.repl.lazyModule')] = true;
    Object.defineProperty(context, id, {
      configurable: true,
      enumerable: false,
      get,
      set(value) {
        Object.defineProperty(context, id, {
          configurable: true, enumerable: true, writable: true, value,
        });
      },
    });
  }
}

module.exports = { addBuiltinLibsToContext };

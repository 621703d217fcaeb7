'use strict';
// package.json reading with a cache, shared by the CommonJS loader and (later) ESM.

const { readFileUtf8, internalModuleStat } = internalBinding('fs');
const path = require('path');

const cache = new Map();

// Returns the parsed package.json at `jsonPath`, or undefined when there is none.
function read(jsonPath) {
  if (cache.has(jsonPath)) return cache.get(jsonPath);
  const text = readFileUtf8(jsonPath);
  let result;
  if (typeof text === 'string') {
    try {
      const parsed = JSON.parse(text);
      result = {
        exists: true,
        path: jsonPath,
        name: typeof parsed.name === 'string' ? parsed.name : undefined,
        main: typeof parsed.main === 'string' ? parsed.main : undefined,
        type: parsed.type === 'module' || parsed.type === 'commonjs' ? parsed.type : 'none',
        exports: parsed.exports,
        imports: parsed.imports,
        raw: parsed,
      };
    } catch (e) {
      const { codes } = require('internal/errors');
      const err = new codes.ERR_INVALID_PACKAGE_CONFIG(jsonPath, undefined, e.message);
      throw err;
    }
  }
  cache.set(jsonPath, result);
  return result;
}

// The nearest package.json at or above `checkPath`'s directory (stops at node_modules).
function getNearestParentPackageJSON(checkPath) {
  let dir = path.dirname(checkPath);
  for (;;) {
    if (path.basename(dir) === 'node_modules') return undefined;
    const pj = read(path.join(dir, 'package.json'));
    if (pj !== undefined) return pj;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function getPackageScopeConfig(checkPath) {
  return getNearestParentPackageJSON(checkPath);
}

function getPackageType(filename) {
  const pj = getNearestParentPackageJSON(filename);
  return pj?.type ?? 'none';
}

module.exports = { read, getNearestParentPackageJSON, getPackageScopeConfig, getPackageType, internalModuleStat };

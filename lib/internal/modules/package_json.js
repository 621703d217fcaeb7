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

// Node's ordering of "*" pattern keys: the longer prefix wins, then the longer key.
function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseA = aStar === -1 ? a.length : aStar + 1;
  const baseB = bStar === -1 ? b.length : bStar + 1;
  if (baseA > baseB) return -1;
  if (baseB > baseA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// The most specific "*" pattern key of an exports/imports map matching `name`, and what its
// "*" stands for: ['', undefined] when none matches. Shared by the CommonJS and ES resolvers.
function bestPatternMatch(map, name) {
  let bestMatch = '';
  let bestSubpath;
  for (const key of Object.getOwnPropertyNames(map)) {
    const star = key.indexOf('*');
    if (star !== -1 && name.startsWith(key.slice(0, star))) {
      const trailer = key.slice(star + 1);
      if (name.length >= key.length && name.endsWith(trailer) &&
          patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === star) {
        bestMatch = key;
        bestSubpath = name.slice(star, name.length - trailer.length);
      }
    }
  }
  return [bestMatch, bestSubpath];
}

// An array of exports/imports targets: the first one that resolves wins. Invalid targets are
// skipped, null ones mean "not exported"; with no success the last error is thrown, or
// null/undefined returned. Shared by the CommonJS and ES resolvers.
function resolveTargetList(targets, resolveOne) {
  if (targets.length === 0) return null;
  let lastErr;
  for (const t of targets) {
    let resolved;
    try {
      resolved = resolveOne(t);
    } catch (e) {
      lastErr = e;
      if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
      throw e;
    }
    if (resolved === undefined) continue;
    if (resolved === null) {
      lastErr = null;
      continue;
    }
    return resolved;
  }
  if (lastErr === undefined || lastErr === null) return lastErr;
  throw lastErr;
}

module.exports = { patternKeyCompare, bestPatternMatch, resolveTargetList, read, getNearestParentPackageJSON, getPackageScopeConfig, getPackageType, internalModuleStat };

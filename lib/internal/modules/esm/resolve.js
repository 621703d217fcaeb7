'use strict';
// ES module resolution as Node 22 documents it (the ESM_RESOLVE algorithm): URLs and relative
// specifiers are resolved as URLs against the parent, '#' specifiers through package.json
// "imports", bare specifiers through self-reference and node_modules with "exports" (conditions
// node, import, module-sync, default) or the legacy "main". No extension or index guessing; a
// directory is ERR_UNSUPPORTED_DIR_IMPORT. Failures get CommonJS "Did you mean" hints.

const path = require('path');
const { internalModuleStat, realpath: realpathNative } = internalBinding('fs');
const options = internalBinding('options');
const packageJson = require('internal/modules/package_json');
const { bestPatternMatch } = packageJson;
const {
  isURL, parse, resolveURL, pathToFileURL, fileURLToPath,
} = require('internal/modules/esm/url');
const requireBuiltin = require;

let codes;
function errors() {
  if (codes === undefined) codes = require('internal/errors').codes;
  return codes;
}

const kDefaultConditions = ['node', 'import', 'module-sync', 'node-addons', 'default'];

function isBuiltin(id) {
  return requireBuiltin.canBeRequiredByUsers(id);
}

function isRelativeSpecifier(s) {
  if (s[0] === '.') {
    if (s.length === 1 || s[1] === '/') return true;
    if (s[1] === '.' && (s.length === 2 || s[2] === '/')) return true;
  }
  return false;
}

function shouldBeTreatedAsRelativeOrAbsolutePath(s) {
  return s !== '' && (s[0] === '/' || isRelativeSpecifier(s));
}

// How errors name the importer: a path for file: parents, the URL otherwise.
function baseOf(parentURL) {
  if (parentURL === undefined) return undefined;
  if (parentURL.startsWith('file:')) {
    try { return fileURLToPath(parentURL); } catch { return parentURL; }
  }
  return parentURL;
}

// A broken package.json as node 22 words it: the file, the import when one was being
// resolved, and no JSON parser detail.
function packageConfigError(err, specifier, parentURL) {
  if (err?.code !== 'ERR_INVALID_PACKAGE_CONFIG') return err;
  const m = /^Invalid package config (.*?package\.json)/.exec(err.message);
  if (!m) return err;
  const message = `Invalid package config ${m[1]}${specifier === undefined ? '' :
    ` while importing "${specifier}" from ${baseOf(parentURL)}`}.`;
  const old = err.message;
  err.message = message;
  if (typeof err.stack === 'string') err.stack = err.stack.replace(old, message);
  return err;
}

function realpath(p) {
  const r = realpathNative(p);
  return typeof r === 'number' ? p : r;
}

// The file behind a file: URL must exist and not be a directory; symlinks are resolved.
function finalizeResolution(resolved, parentURL, preserveSymlinks) {
  const u = parse(resolved);
  if (/%2f|%5c/i.test(u.pathname)) {
    throw new (errors().ERR_INVALID_MODULE_SPECIFIER)(
      u.pathname, 'must not include encoded "/" or "\\" characters', baseOf(parentURL));
  }
  let file;
  try {
    file = fileURLToPath(resolved);
  } catch (err) {
    throw err;
  }
  const rc = internalModuleStat(file.endsWith('/') ? file.slice(0, -1) : file);
  if (rc === 1) {
    throw new (errors().ERR_UNSUPPORTED_DIR_IMPORT)(file, baseOf(parentURL), resolved);
  }
  if (rc !== 0 || file.endsWith('/')) {
    throw new (errors().ERR_MODULE_NOT_FOUND)(file, baseOf(parentURL), resolved);
  }
  if (!preserveSymlinks) {
    const real = realpath(file);
    if (real !== file) return `${pathToFileURL(real)}${u.search}${u.hash}`;
  }
  return resolved;
}

// ---- package.json "exports" / "imports" ------------------------------------------------------

function invalidTarget(pjPath, key, target, isImports, parentURL) {
  const pkgPath = pjPath.slice(0, -'package.json'.length);
  // node names the target as a string: JSON for objects, String() for the rest
  const shown = typeof target === 'object' && target !== null ? JSON.stringify(target) : `${target}`;
  return new (errors().ERR_INVALID_PACKAGE_TARGET)(
    pkgPath, key, shown, isImports, baseOf(parentURL));
}

const kInvalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

function resolvePackageTargetString(target, subpath, match, pj, parentURL, pattern, internal,
                                    conditions) {
  const pkgURL = pathToFileURL(path.dirname(pj.path) + '/');
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidTarget(pj.path, match, target, internal, parentURL);
  }
  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/')) {
      if (!isURL(target)) {
        const exportTarget = pattern ? target.replace(/\*/g, subpath) : target + subpath;
        return packageResolve(exportTarget, pkgURL, conditions);
      }
    }
    throw invalidTarget(pj.path, match, target, internal, parentURL);
  }
  if (kInvalidSegment.test(target.slice(2))) {
    throw invalidTarget(pj.path, match, target, internal, parentURL);
  }
  const resolved = resolveURL(target, pkgURL);
  if (!resolved.startsWith(pkgURL)) {
    throw invalidTarget(pj.path, match, target, internal, parentURL);
  }
  if (subpath === '') return resolved;
  if (kInvalidSegment.test(subpath)) {
    const request = pattern ? match.replace('*', () => subpath) : match + subpath;
    throw new (errors().ERR_INVALID_MODULE_SPECIFIER)(
      request, `request is not a valid match in pattern "${match}" for the "${
        internal ? 'imports' : 'exports'}" resolution of ${pj.path}`, baseOf(parentURL));
  }
  if (pattern) return resolveURL(resolved.replace(/\*/g, () => subpath), pkgURL);
  return resolveURL(subpath, resolved);
}

function isArrayIndex(key) {
  const n = Number(key);
  return `${n}` === key && n >= 0 && n < 0xffffffff;
}

function resolvePackageTarget(target, subpath, match, pj, parentURL, pattern, internal,
                              conditions) {
  if (typeof target === 'string') {
    return resolvePackageTargetString(target, subpath, match, pj, parentURL, pattern, internal,
                                      conditions);
  }
  if (Array.isArray(target)) {
    return packageJson.resolveTargetList(target, (t) =>
      resolvePackageTarget(t, subpath, match, pj, parentURL, pattern, internal, conditions));
  }
  if (typeof target === 'object' && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    for (const k of keys) {
      if (isArrayIndex(k)) {
        throw new (errors().ERR_INVALID_PACKAGE_CONFIG)(
          pj.path, baseOf(parentURL), '"exports" cannot contain numeric property keys.');
      }
    }
    for (const k of keys) {
      if (k === 'default' || conditions.includes(k)) {
        const resolved = resolvePackageTarget(target[k], subpath, match, pj, parentURL, pattern,
                                              internal, conditions);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(pj.path, match, target, internal, parentURL);
}

function isConditionalSugar(exports, pj, parentURL) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.getOwnPropertyNames(exports);
  let isConditional = false;
  let i = 0;
  for (const key of keys) {
    const cur = key === '' || key[0] !== '.';
    if (i++ === 0) {
      isConditional = cur;
    } else if (isConditional !== cur) {
      throw new (errors().ERR_INVALID_PACKAGE_CONFIG)(
        pj.path, baseOf(parentURL),
        '"exports" cannot contain some keys starting with \'.\' and some not. The exports ' +
        'object must either be an object of package subpath keys or an object of main entry ' +
        'condition name keys only.');
    }
  }
  return isConditional;
}

function exportsNotFound(subpath, pj, parentURL) {
  return new (errors().ERR_PACKAGE_PATH_NOT_EXPORTED)(
    pj.path.slice(0, -'package.json'.length), subpath, baseOf(parentURL));
}

function packageExportsResolve(subpath, pj, parentURL, conditions) {
  let exports = pj.exports;
  if (isConditionalSugar(exports, pj, parentURL)) exports = { '.': exports };
  if (Object.prototype.hasOwnProperty.call(exports, subpath) && !subpath.includes('*') &&
      !subpath.endsWith('/')) {
    const resolved = resolvePackageTarget(exports[subpath], '', subpath, pj, parentURL, false,
                                          false, conditions);
    if (resolved === null || resolved === undefined) throw exportsNotFound(subpath, pj, parentURL);
    return resolved;
  }
  const [bestMatch, bestSubpath] = bestPatternMatch(exports, subpath);
  if (bestMatch) {
    const resolved = resolvePackageTarget(exports[bestMatch], bestSubpath, bestMatch, pj,
                                          parentURL, true, false, conditions);
    if (resolved === null || resolved === undefined) throw exportsNotFound(subpath, pj, parentURL);
    return resolved;
  }
  throw exportsNotFound(subpath, pj, parentURL);
}

function packageImportsResolve(name, parentURL, conditions) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new (errors().ERR_INVALID_MODULE_SPECIFIER)(
      name, 'is not a valid internal imports specifier name', baseOf(parentURL));
  }
  let pj;
  if (parentURL.startsWith('file:')) {
    pj = packageJson.getNearestParentPackageJSON(fileURLToPath(parentURL));
    if (pj !== undefined && pj.imports !== null && typeof pj.imports === 'object') {
      const imports = pj.imports;
      if (Object.prototype.hasOwnProperty.call(imports, name) && !name.includes('*')) {
        const r = resolvePackageTarget(imports[name], '', name, pj, parentURL, false, true,
                                       conditions);
        if (r !== null && r !== undefined) return r;
      } else {
        const [bestMatch, bestSubpath] = bestPatternMatch(imports, name);
        if (bestMatch) {
          const r = resolvePackageTarget(imports[bestMatch], bestSubpath, bestMatch, pj,
                                         parentURL, true, true, conditions);
          if (r !== null && r !== undefined) return r;
        }
      }
    }
  }
  throw new (errors().ERR_PACKAGE_IMPORT_NOT_DEFINED)(
    name, pj ? pj.path.slice(0, -'package.json'.length) : undefined, baseOf(parentURL));
}

function parsePackageName(specifier, parentURL) {
  let sep = specifier.indexOf('/');
  let valid = true;
  let isScoped = false;
  if (specifier[0] === '@') {
    isScoped = true;
    if (sep === -1 || specifier.length === 0) valid = false;
    else sep = specifier.indexOf('/', sep + 1);
  }
  const name = sep === -1 ? specifier : specifier.slice(0, sep);
  if (name[0] === '.' || /[\\%]/.test(name)) valid = false;
  if (!valid) {
    throw new (errors().ERR_INVALID_MODULE_SPECIFIER)(
      specifier, 'is not a valid package name', baseOf(parentURL));
  }
  return { name, subpath: `.${sep === -1 ? '' : specifier.slice(sep)}`, isScoped };
}

// The legacy "main" of a package without "exports" (no extension guessing beyond these).
function legacyMainResolve(pkgDir, pj, parentURL) {
  const tries = [];
  if (pj?.main) {
    const m = path.resolve(pkgDir, pj.main);
    tries.push(m, `${m}.js`, `${m}.json`, `${m}.node`, `${m}/index.js`, `${m}/index.json`,
               `${m}/index.node`);
  }
  tries.push(`${pkgDir}/index.js`, `${pkgDir}/index.json`, `${pkgDir}/index.node`);
  for (const t of tries) {
    if (internalModuleStat(t) === 0) return pathToFileURL(t);
  }
  // node 22 names the file "main" (or index.js) pointed at
  throw new (errors().ERR_MODULE_NOT_FOUND)(
    pj?.main ? path.resolve(pkgDir, pj.main) : `${pkgDir}/index.js`, baseOf(parentURL), null);
}

function packageResolve(specifier, parentURL, conditions) {
  if (isBuiltin(specifier) && !requireBuiltin.schemeOnly.has(specifier)) return `node:${specifier}`;
  const { name, subpath } = parsePackageName(specifier, parentURL);
  // self-reference
  if (parentURL.startsWith('file:')) {
    const self = packageJson.getNearestParentPackageJSON(fileURLToPath(parentURL));
    if (self?.exports !== undefined && self.exports !== null && self.name === name) {
      return packageExportsResolve(subpath, self, parentURL, conditions);
    }
  }
  // node looks up ./node_modules relative to the parent URL: a directory URL (the parent of
  // --import specifiers is the working directory's, with a trailing slash) starts in itself
  let dir = process.cwd();
  if (parentURL.startsWith('file:')) {
    const parentPath = fileURLToPath(parentURL);
    dir = parentURL.endsWith('/') ? path.resolve(parentPath) : path.dirname(parentPath);
  }
  for (;;) {
    const nm = path.basename(dir) === 'node_modules' ? null : path.join(dir, 'node_modules');
    if (nm !== null) {
      const pkgDir = path.join(nm, name);
      if (internalModuleStat(pkgDir) === 1) {
        const pj = packageJson.read(path.join(pkgDir, 'package.json'));
        if (pj !== undefined && pj.exports !== undefined && pj.exports !== null) {
          return packageExportsResolve(subpath, pj, parentURL, conditions);
        }
        if (subpath === '.') return legacyMainResolve(pkgDir, pj, parentURL);
        return resolveURL(subpath, pathToFileURL(`${pkgDir}/`));
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new (errors().ERR_MODULE_NOT_FOUND)(name, baseOf(parentURL), null);
}

function moduleResolve(specifier, parentURL, conditions) {
  try {
    return moduleResolveInner(specifier, parentURL, conditions);
  } catch (err) {
    throw packageConfigError(err, specifier[0] === '#' || isURL(specifier) ||
      shouldBeTreatedAsRelativeOrAbsolutePath(specifier) ? undefined : specifier, parentURL);
  }
}

function moduleResolveInner(specifier, parentURL, conditions) {
  let resolved;
  if (shouldBeTreatedAsRelativeOrAbsolutePath(specifier)) {
    resolved = resolveURL(specifier, parentURL);
  } else if (specifier[0] === '#') {
    resolved = packageImportsResolve(specifier, parentURL, conditions);
  } else if (isURL(specifier)) {
    resolved = parse(specifier).href;
  } else {
    resolved = packageResolve(specifier, parentURL, conditions);
  }
  if (resolved === null) {
    throw new (errors().ERR_UNSUPPORTED_RESOLVE_REQUEST ?? errors().ERR_INVALID_MODULE_SPECIFIER)(
      specifier, parentURL);
  }
  if (!resolved.startsWith('file:')) return resolved;
  return finalizeResolution(resolved, parentURL, options.preserveSymlinks);
}

// "Did you mean to import ...?" from what require() would have found.
function commonJSHint(specifier, parentURL) {
  if (!parentURL || !parentURL.startsWith('file:')) return undefined;
  try {
    const { Module } = require('internal/modules/cjs/loader');
    const parent = fileURLToPath(parentURL);
    const tmp = new Module(parent, null);
    tmp.filename = parent;
    tmp.paths = Module._nodeModulePaths(path.dirname(parent));
    let found = Module._resolveFilename(specifier, tmp, false);
    if (isRelativeSpecifier(specifier)) {
      let rel = path.relative(path.dirname(parent), found);
      if (!rel.startsWith('../')) rel = `./${rel}`;
      found = rel;
    } else if (!shouldBeTreatedAsRelativeOrAbsolutePath(specifier) && !isURL(specifier)) {
      const slash = specifier.indexOf('/');
      const pkg = slash === -1 ? specifier : specifier.slice(0, slash);
      const needle = `/node_modules/${pkg}/`;
      const at = found.lastIndexOf(needle);
      if (at !== -1) {
        found = `${pkg}/${found.slice(at + needle.length).split('/').map(encodeURIComponent).join('/')}`;
      } else {
        found = pathToFileURL(found);
      }
    }
    return found !== specifier ? found : undefined;
  } catch {
    return undefined;
  }
}

function addHint(err, hint) {
  const firstLines = err.message.split('\n').length;
  const line = `Did you mean to import ${JSON.stringify(hint)}?`;
  const stack = err.stack;
  err.message += `\n${line}`;
  if (typeof stack === 'string') {
    const lines = stack.split('\n');
    lines.splice(firstLines, 0, line);
    err.stack = lines.join('\n');
  }
}

// -> URL string of the module `specifier` names when imported from `parentURL`.
function defaultResolve(specifier, parentURL, conditions = kDefaultConditions) {
  if (specifier.startsWith('node:')) {
    const id = specifier.slice(5);
    if (!isBuiltin(id)) throw new (errors().ERR_UNKNOWN_BUILTIN_MODULE)(specifier);
    return specifier;
  }
  if (isBuiltin(specifier) && !requireBuiltin.schemeOnly.has(specifier)) return `node:${specifier}`;
  try {
    const url = moduleResolve(specifier, parentURL, conditions);
    const u = parse(url);
    if (u.protocol !== 'file:' && u.protocol !== 'node:' && u.protocol !== 'data:') {
      throw new (errors().ERR_UNSUPPORTED_ESM_URL_SCHEME)(u, ['file', 'data']);
    }
    return url;
  } catch (err) {
    if (err?.code === 'ERR_MODULE_NOT_FOUND' || err?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') {
      let spec = specifier;
      if (spec.startsWith('file://')) {
        try { spec = fileURLToPath(spec); } catch { /* keep */ }
      }
      const hint = commonJSHint(spec, parentURL);
      if (hint !== undefined) addHint(err, hint);
    }
    throw err;
  }
}

module.exports = {
  defaultResolve, packageResolve, packageConfigError, kDefaultConditions, isRelativeSpecifier, baseOf,
};

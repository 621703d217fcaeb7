'use strict';
// The CommonJS loader: node's resolution (files, extensions, directories, node_modules, NODE_PATH,
// package.json main/exports/imports, self-reference), the module wrapper and require.cache.

const path = require('path');
const { readFileUtf8, internalModuleStat, realpath: realpathNative } = internalBinding('fs');
const { compileFunction } = internalBinding('contextify');
const packageJson = require('internal/modules/package_json');
const requireBuiltin = require;

// --watch's child reports the files it loads (decided on first use, at run time: this module is
// in the startup snapshot).
let watchReport;
function reportLoaded(filename) {
  if (watchReport === undefined) {
    watchReport = process.env.WATCH_REPORT_DEPENDENCIES !== undefined ?
      requireBuiltin('internal/modules/watch_report') : null;
  }
  if (watchReport !== null) watchReport.reportRequire(filename);
}
const options = internalBinding('options');

const kConditions = ['node', 'require', 'module-sync', 'node-addons'];

function lazyErrors() {
  return require('internal/errors').codes;
}

function stat(filename) {
  return internalModuleStat(filename);
}

const realpathCache = new Map();
function toRealPath(requestPath) {
  let r = realpathCache.get(requestPath);
  if (r === undefined) {
    r = realpathNative(requestPath);
    if (typeof r === 'number') r = requestPath;
    realpathCache.set(requestPath, r);
  }
  return r;
}

function isBuiltinName(request) {
  if (request.startsWith('node:')) {
    return requireBuiltin.canBeRequiredByUsers(request.slice(5));
  }
  return requireBuiltin.canBeRequiredByUsers(request) && !requireBuiltin.schemeOnly.has(request);
}

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
    this.filename = null;
    this.loaded = false;
    this.children = [];
    Object.defineProperty(this, 'parent', {
      value: parent, writable: true, enumerable: false, configurable: true,
    });
    updateChildren(parent, this, false);
  }

  get isPreloading() { return false; }

  require(id) {
    if (typeof id !== 'string') {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('id', 'string', id);
    }
    if (id === '') {
      throw new (lazyErrors().ERR_INVALID_ARG_VALUE)('id', id, 'must be a non-empty string');
    }
    return Module._load(id, this, false);
  }

  load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    let ext = findLongestRegisteredExtension(filename);
    if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) {
      loadESMFromCJS(this, filename);
      this.loaded = true;
      return;
    }
    Module._extensions[ext](this, filename);
    this.loaded = true;
    reportLoaded(filename);
  }

  _compile(content, filename, format) {
    if (format === 'typescript' || format === 'module-typescript' || format === 'commonjs-typescript') {
      content = typeScript().stripTypeScriptModuleTypes(content, filename);
      if (format === 'module-typescript') {
        loadESMFromCJS(this, filename, content);
        return;
      }
      format = format === 'commonjs-typescript' ? 'commonjs' : undefined;
    }
    if (sourceMaps === undefined) sourceMaps = requireBuiltin('internal/source_map/source_map_cache');
    if (sourceMaps.getSourceMapsEnabled()) sourceMaps.maybeCacheSourceMap(filename, content);
    let fn;
    try {
      fn = wrapSafe(filename, content);
    } catch (err) {
      // A typeless .js file with module syntax runs as an ES module (Node 22 detection).
      if (format === undefined && esmLoader().shouldRetryAsESM(err, content, filename)) {
        if (process.mainModule === this) esmLoader().warnTypeless(filename);
        loadESMFromCJS(this, filename, content);
        return;
      }
      throw err;
    }
    const dirname = path.dirname(filename);
    const require = makeRequireFunction(this);
    const exports = this.exports;
    return Reflect.apply(fn, exports, [exports, require, this, filename, dirname]);
  }
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];
const defaultWrap = function wrap(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};
Module.wrap = defaultWrap;
Module._debug = function _debug() {};
Module.isBuiltin = function isBuiltin(name) {
  return isBuiltinName(String(name));
};
// A plain, writable property holding a frozen array, as in node 22 (jest assigns to it).
Module.builtinModules = Object.freeze(requireBuiltin.getIds().filter(
  (id) => requireBuiltin.canBeRequiredByUsers(id) && !requireBuiltin.schemeOnly.has(id)).sort());

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

function stripShebang(content) {
  if (content.charCodeAt(0) === 35 /* # */ && content.charCodeAt(1) === 33 /* ! */) {
    const nl = content.indexOf('\n');
    return nl === -1 ? '' : content.slice(nl);
  }
  return content;
}

const kWrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];

function wrapSafe(filename, content) {
  const patched = Module.wrapper[0] !== '(function (exports, require, module, __filename, __dirname) { ' ||
    Module.wrapper[1] !== '\n});' || Module.wrap !== defaultWrap;
  if (patched) {
    const { runInThisContext } = internalBinding('contextify');
    return runInThisContext(Module.wrap(content), filename);
  }
  const source = stripShebang(content);
  try {
    return compileFunction(source, filename, kWrapperParams, 0, 0);
  } catch (err) {
    return require('internal/modules/regexp_unicode_sets').retryWithUnicodeSets(
      err, source, (text) => compileFunction(text, filename, kWrapperParams, 0, 0));
  }
}

Module._extensions['.js'] = function loadJS(module, filename) {
  const content = readFileUtf8(filename);
  if (typeof content === 'number') throw fsError(content, 'open', filename);
  if (typeScript().isTypeScriptFile(filename)) {
    loadTypeScript(module, filename, content);
    return;
  }
  let format;
  if (filename.endsWith('.cjs')) {
    format = 'commonjs';
  } else {
    const pj = packageJson.getNearestParentPackageJSON(filename);
    if (pj?.type === 'module' && filename.endsWith('.js')) {
      loadESMFromCJS(module, filename, content);
      return;
    }
    if (pj?.type === 'commonjs') format = 'commonjs';
  }
  module._compile(stripBOM(content), filename, format);
};
let typeScriptModule;
function typeScript() {
  typeScriptModule ??= require('internal/modules/typescript');
  return typeScriptModule;
}

// A .ts/.mts/.cts file runs as the module type its extension, its package's "type" or (a
// typeless .ts: 'typescript') its syntax says; `format` may be a hook's. As in node, the types
// are stripped in module._compile, so a require.extensions hook that replaces _compile
// (ts-node) compiles the file itself.
function loadTypeScript(module, filename, content, format) {
  if (format === undefined) {
    const ext = path.extname(filename);
    const type = ext === '.ts' ? packageJson.getNearestParentPackageJSON(filename)?.type : undefined;
    if (ext === '.mts' || type === 'module') format = 'module-typescript';
    else if (ext === '.cts' || type === 'commonjs') format = 'commonjs-typescript';
    else format = 'typescript';
  }
  module._compile(stripBOM(content), filename, format);
}

Module._extensions['.json'] = function loadJSON(module, filename) {
  const content = readFileUtf8(filename);
  if (typeof content === 'number') throw fsError(content, 'open', filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};
Module._extensions['.node'] = function loadNative(module, filename) {
  // Node-API addons only (src/napi): module.exports becomes what the addon's init returns.
  return process.dlopen(module, path.toNamespacedPath(filename));
};

function esmLoader() {
  return require('internal/modules/esm/loader');
}

// require() of an ES module (synchronous graphs), or the main entry when it turned out to be one.
function loadESMFromCJS(module, filename, source) {
  if (process.mainModule === module) {
    esmLoader().runMain(filename);
    return;
  }
  module.exports = esmLoader().requireESM(filename, module.parent, source);
}

function fsError(errno, syscall, p) {
  return require('internal/errors').UVException({ errno, syscall, path: p });
}

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

// ---- resolution -------------------------------------------------------------------------

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 1; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    paths.push(`${dir}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
};

// --no-global-search-paths: no $HOME/.node_modules, $HOME/.node_libraries or <prefix>/lib/node
let globalSearchPaths = true;
Module._noGlobalSearchPaths = function() {
  globalSearchPaths = false;
  Module._initPaths();
};

Module._initPaths = function _initPaths() {
  const home = globalSearchPaths ? process.env.HOME : undefined;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  let paths = globalSearchPaths ? [path.resolve(prefixDir, 'lib', 'node')] : [];
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  const nodePath = process.env.NODE_PATH;
  if (nodePath) {
    paths = nodePath.split(path.delimiter).filter(Boolean).concat(paths);
  }
  Module.globalPaths = paths;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isBuiltinName(request)) return null;
  if (request[0] !== '.' ||
      (request.length > 1 && request[1] !== '.' && request[1] !== '/') ||
      (request.length > 2 && request[1] === '.' && request[2] !== '/' && request !== '..')) {
    if (request !== '.' && request !== '..') {
      let paths = parent?.paths?.length ? parent.paths.concat(Module.globalPaths) :
        Module.globalPaths.slice();
      return paths.length > 0 ? paths : null;
    }
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function tryFile(requestPath, isMain) {
  if (stat(requestPath) !== 0) return false;
  if ((isMain ? options.preserveSymlinksMain : options.preserveSymlinks)) {
    return path.resolve(requestPath);
  }
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  for (const ext of exts) {
    const filename = tryFile(basePath + ext, isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pj = packageJson.read(path.resolve(requestPath, 'package.json'));
  const main = pj?.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(
        `Cannot find module '${filename}'. Please verify that the package.json has a valid ` +
        '"main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    process.emitWarning(
      `Invalid 'main' field in '${pj.path}' of '${main}'. Please either fix that or report it ` +
      'to the module author', 'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

Module._findPath = function _findPath(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = `${request}\x00${paths.join('\x00')}`;
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;
  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') ||
     request === '.' || request === '..');
  const exts = Object.keys(Module._extensions);
  for (const curPath of paths) {
    if (curPath && stat(curPath) < 1) continue;
    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) {
        filename = (isMain ? options.preserveSymlinksMain : options.preserveSymlinks) ?
          path.resolve(basePath) : toRealPath(basePath);
      }
      if (!filename) filename = tryExtensions(basePath, exts, isMain);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, exts, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

// node_modules/<name>/package.json "exports" for a bare request.
function resolveExports(nmPath, request) {
  const m = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (!m) return undefined;
  const name = m[1];
  const pkgPath = path.resolve(nmPath, name);
  const pj = packageJson.read(path.join(pkgPath, 'package.json'));
  if (pj?.exports === undefined || pj.exports === null) return undefined;
  const subpath = `.${m[2] || ''}`;
  return packageExportsResolve(pkgPath, subpath, pj, request);
}

function isConditionalExportsMainSugar(exports, pjPath) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.keys(exports);
  let isConditional = false;
  for (let i = 0; i < keys.length; i++) {
    const cur = keys[i] === '' || keys[i][0] !== '.';
    if (i === 0) {
      isConditional = cur;
    } else if (isConditional !== cur) {
      throw new (lazyErrors().ERR_INVALID_PACKAGE_CONFIG)(
        pjPath, undefined,
        '"exports" cannot contain some keys starting with \'.\' and some not. The exports ' +
        'object must either be an object of package subpath keys or an object of main entry ' +
        'condition name keys only.');
    }
  }
  return isConditional;
}

function packageExportsResolve(pkgPath, subpath, pj, request) {
  let exports = pj.exports;
  if (isConditionalExportsMainSugar(exports, pj.path)) exports = { '.': exports };
  if (Object.prototype.hasOwnProperty.call(exports, subpath) && !subpath.includes('*')) {
    const resolved = resolveTarget(pkgPath, exports[subpath], '', subpath, pj, false);
    if (resolved === null || resolved === undefined) throw notExported(pkgPath, subpath, request);
    return finalize(resolved, request);
  }
  const [bestMatch, bestSubpath] = packageJson.bestPatternMatch(exports, subpath);
  if (bestMatch) {
    const resolved = resolveTarget(pkgPath, exports[bestMatch], bestSubpath, bestMatch, pj, true);
    if (resolved === null || resolved === undefined) throw notExported(pkgPath, subpath, request);
    return finalize(resolved, request);
  }
  throw notExported(pkgPath, subpath, request);
}

function finalize(resolved, request) {
  if (stat(resolved) === 0) return options.preserveSymlinks ? resolved : toRealPath(resolved);
  const err = new Error(`Cannot find module '${resolved}'`);
  err.code = 'MODULE_NOT_FOUND';
  throw err;
}

function notExported(pkgPath, subpath, request) {
  const pjPath = path.join(pkgPath, 'package.json');
  return new (lazyErrors().ERR_PACKAGE_PATH_NOT_EXPORTED)(pkgPath + '/', subpath, undefined);
}

function invalidTarget(pkgPath, key, target, isImports) {
  return new (lazyErrors().ERR_INVALID_PACKAGE_TARGET)(pkgPath + '/', key, target, isImports);
}

const kInvalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

function resolveTarget(pkgPath, target, subpath, key, pj, pattern, isImports = false) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (isImports && !target.startsWith('../') && !target.startsWith('/')) {
        let isURL = false;
        try { new URL(target); isURL = true; } catch { /* not a URL */ }
        if (!isURL) {
          const req = pattern ? target.replace(/\*/g, subpath) : target + subpath;
          return Module._resolveFilename(req, null, false, { paths: [pkgPath] });
        }
      }
      throw invalidTarget(pkgPath, key, target, isImports);
    }
    if (kInvalidSegment.test(target.slice(2))) throw invalidTarget(pkgPath, key, target, isImports);
    const resolvedTarget = path.resolve(pkgPath, target);
    if (!resolvedTarget.startsWith(pkgPath)) throw invalidTarget(pkgPath, key, target, isImports);
    if (subpath === '') return resolvedTarget;
    if (kInvalidSegment.test(subpath)) {
      throw new (lazyErrors().ERR_INVALID_MODULE_SPECIFIER)(
        subpath, `request is not a valid match in pattern "${key}" for the "${isImports ? 'imports' : 'exports'}" resolution of ${pkgPath}/package.json`);
    }
    if (pattern) return path.resolve(pkgPath, target.replace(/\*/g, subpath));
    return path.resolve(resolvedTarget, subpath);
  }
  if (Array.isArray(target)) {
    return packageJson.resolveTargetList(target, (t) =>
      resolveTarget(pkgPath, t, subpath, key, pj, pattern, isImports));
  }
  if (target !== null && typeof target === 'object') {
    for (const k of Object.keys(target)) {
      if (/^\d+$/.test(k)) {
        throw new (lazyErrors().ERR_INVALID_PACKAGE_CONFIG)(
          path.join(pkgPath, 'package.json'), undefined,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const k of Object.keys(target)) {
      if (k === 'default' || kConditions.includes(k)) {
        const resolved = resolveTarget(pkgPath, target[k], subpath, key, pj, pattern, isImports);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(pkgPath, key, target, isImports);
}

function resolveImports(request, parentPath) {
  const pj = packageJson.getNearestParentPackageJSON(parentPath);
  if (request === '#' || request.startsWith('#/')) {
    throw new (lazyErrors().ERR_INVALID_MODULE_SPECIFIER)(
      request, 'is not a valid internal imports specifier name', parentPath);
  }
  if (pj?.imports) {
    const pkgPath = path.dirname(pj.path);
    const imports = pj.imports;
    if (Object.prototype.hasOwnProperty.call(imports, request) && !request.includes('*')) {
      const r = resolveTarget(pkgPath, imports[request], '', request, pj, false, true);
      if (r !== null && r !== undefined) return finalize(r, request);
    } else {
      const [bestMatch, bestSubpath] = packageJson.bestPatternMatch(imports, request);
      if (bestMatch) {
        const r = resolveTarget(pkgPath, imports[bestMatch], bestSubpath, bestMatch, pj, true, true);
        if (r !== null && r !== undefined) return finalize(r, request);
      }
    }
  }
  throw new (lazyErrors().ERR_PACKAGE_IMPORT_NOT_DEFINED)(
    request, pj ? `${path.dirname(pj.path)}/` : undefined, parentPath);
}

function resolveSelf(parentPath, request) {
  const pj = packageJson.getNearestParentPackageJSON(parentPath);
  if (!pj?.exports || !pj.name) return false;
  if (request !== pj.name && !request.startsWith(`${pj.name}/`)) return false;
  const subpath = `.${request.slice(pj.name.length)}`;
  return packageExportsResolve(path.dirname(pj.path), subpath, pj, request);
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (isBuiltinName(request)) return request;
  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      const isRelative = request.startsWith('./') || request.startsWith('../');
      if (isRelative) {
        paths = options.paths;
      } else {
        const fake = new Module('', null);
        paths = [];
        for (const p of options.paths) {
          fake.paths = Module._nodeModulePaths(p);
          const lookup = Module._resolveLookupPaths(request, fake);
          for (const x of lookup || []) if (!paths.includes(x)) paths.push(x);
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new (lazyErrors().ERR_INVALID_ARG_VALUE)('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    return resolveImports(request, parent.filename || path.join(process.cwd(), '[eval]'));
  }
  if (parent?.filename) {
    const selfResolved = resolveSelf(parent.filename, request);
    if (selfResolved) return selfResolved;
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) {
    message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  }
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

Module._load = function _load(request, parent, isMain) {
  if (customHooks().hasHooks()) return loadWithCustomHooks(request, parent, isMain);
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!requireBuiltin.canBeRequiredByUsers(id)) {
      throw new (lazyErrors().ERR_UNKNOWN_BUILTIN_MODULE)(request);
    }
    return requireBuiltin(id);
  }
  const cached = relativeCached(request, parent);
  if (cached !== undefined) return cached.exports;
  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
    return cachedModule.exports;
  }
  if (isBuiltinName(filename)) return requireBuiltin(filename);
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  if (parent) relativeResolveCache[`${parent.path}\x00${request}`] = filename;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) {
        delete relativeResolveCache[`${parent.path}\x00${request}`];
        const children = parent?.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    }
  }
  return module.exports;
};

const relativeResolveCache = { __proto__: null };

// A module this parent already required by the same request: the resolution is not repeated.
function relativeCached(request, parent) {
  if (!parent) return undefined;
  const relCacheKey = `${parent.path}\x00${request}`;
  const cached = relativeResolveCache[relCacheKey];
  if (cached === undefined) return undefined;
  const mod = Module._cache[cached];
  if (mod !== undefined) {
    updateChildren(parent, mod, true);
    return { exports: mod.loaded ? mod.exports : getExportsForCircularRequire(mod) };
  }
  delete relativeResolveCache[relCacheKey];
  return undefined;
}

let customHooksModule;
function customHooks() {
  customHooksModule ??= require('internal/modules/customization_hooks');
  return customHooksModule;
}

// require() while module.registerHooks() hooks are registered: the resolve chain ends in
// Module._resolveFilename, the load chain in reading the file; the result's format picks how the
// source is evaluated. A file whose source no hook replaced goes through Module._extensions,
// so require.extensions and Module.prototype._compile patches still apply.
function loadWithCustomHooks(request, parent, isMain) {
  const cached = relativeCached(request, parent);
  if (cached !== undefined) return cached.exports;
  const hooks = customHooks();
  const { pathToFileURL, fileURLToPath } = require('internal/url');
  const conditions = hooks.cjsConditions.slice();
  const parentURL = parent?.filename ? `${pathToFileURL(parent.filename)}` : undefined;
  const resolved = hooks.resolveWithHooks(request, { parentURL, importAttributes: undefined, conditions },
    (specifier, context) => {
      if (typeof specifier !== 'string') {
        throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('path', 'string', specifier);
      }
      if (isBuiltinName(specifier)) {
        return { url: specifier.startsWith('node:') ? specifier : `node:${specifier}` };
      }
      if (specifier.startsWith('node:')) throw new (lazyErrors().ERR_UNKNOWN_BUILTIN_MODULE)(specifier);
      if (specifier.startsWith('file:')) return { url: specifier };
      return { url: `${pathToFileURL(Module._resolveFilename(specifier, parent, isMain))}` };
    });
  const url = resolved.url;
  const isFile = url.startsWith('file:');
  const filename = isFile ? fileURLToPath(url) : url;
  if (!url.startsWith('node:')) {
    const cachedModule = Module._cache[filename];
    if (cachedModule !== undefined) {
      updateChildren(parent, cachedModule, true);
      return cachedModule.exports;
    }
  }
  let defaultSource;
  const contextFormat = resolved.format ??
    (url.startsWith('node:') ? 'builtin' : cjsExtensionFormat(hooks, filename));
  const loaded = hooks.loadWithHooks(url, { format: contextFormat, importAttributes: undefined, conditions },
    (u, context) => {
      if (u.startsWith('node:')) return { source: null, format: 'builtin' };
      const file = u.startsWith('file:') ? fileURLToPath(u) : u;
      const content = readFileUtf8(file);
      if (typeof content === 'number') throw fsError(content, 'open', file);
      defaultSource = content;
      return { source: content, format: context.format ?? cjsExtensionFormat(hooks, file) };
    });
  const format = loaded.format ?? undefined;
  if (format === 'builtin') {
    const id = url.startsWith('node:') ? url.slice(5) : url;
    if (!requireBuiltin.canBeRequiredByUsers(id)) throw new (lazyErrors().ERR_UNKNOWN_BUILTIN_MODULE)(url);
    return requireBuiltin(id);
  }
  if (!isFile && url.startsWith('node:')) return requireBuiltin(url.slice(5));
  const source = hooks.sourceToString(loaded.source);
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  if (parent) relativeResolveCache[`${parent.path}\x00${request}`] = filename;
  let threw = true;
  try {
    const unchanged = source === undefined || source === null || source === defaultSource;
    if (unchanged && format !== 'module' && format !== 'module-typescript') {
      module.load(filename);
    } else {
      module.filename = filename;
      module.paths = Module._nodeModulePaths(path.dirname(filename));
      let text = source;
      if (text === undefined || text === null) {
        text = readFileUtf8(filename);
        if (typeof text === 'number') throw fsError(text, 'open', filename);
      }
      // As in node, require() picks JSON by the file extension, whatever format a hook returned.
      if (format !== 'module' && path.extname(filename) === '.json') {
        try {
          module.exports = JSON.parse(stripBOM(text));
        } catch (err) {
          err.message = `${filename}: ${err.message}`;
          throw err;
        }
      } else if (typeof format === 'string' && format.endsWith('typescript')) {
        loadTypeScript(module, filename, text, format);
      } else if (format === 'module') {
        loadESMFromCJS(module, filename, text);
      } else {
        module._compile(stripBOM(text), filename, format === undefined ? undefined : 'commonjs');
      }
      module.loaded = true;
    }
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) delete relativeResolveCache[`${parent.path}\x00${request}`];
      const children = parent?.children;
      if (Array.isArray(children)) {
        const index = children.indexOf(module);
        if (index !== -1) children.splice(index, 1);
      }
    }
  }
  return module.exports;
}

// The format require()'s hooks see for a file: by extension, 'typescript' for a .ts file.
function cjsExtensionFormat(hooks, filename) {
  const ext = path.extname(filename);
  if (ext === '.ts' && typeScript().typeScriptMode() !== false) return 'typescript';
  return hooks.extensionFormat(ext);
}

function getExportsForCircularRequire(module) {
  return module.exports;
}

function makeRequireFunction(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('request', 'string', request);
    }
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    if (typeof request !== 'string') {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('request', 'string', request);
    }
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  Object.defineProperty(require, 'main', {
    get() { return process.mainModule; },
    enumerable: true, configurable: true,
  });
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filename = filename.href;
  }
  if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = decodeURIComponent(new URL(filename).pathname);
  } else if (typeof filename === 'string' && path.isAbsolute(filename)) {
    filepath = filename;
  } else {
    throw new (lazyErrors().ERR_INVALID_ARG_VALUE)(
      'filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module.runMain = function runMain(main = process.argv[1]) {
  Module._load(main, null, true);
};

Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests) || requests.length === 0) return;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  for (const r of requests) parent.require(r);
};

let sourceMaps;
Module.findSourceMap = function findSourceMap(path) {
  return require('internal/source_map/source_map_cache').findSourceMap(path);
};
// Plain data properties, as in node 22: tools copy Module's own properties onto a subclass.
Module.SourceMap = require('internal/source_map/source_map').SourceMap;

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  // Only builtins already imported from ESM have named exports to update.
  if (requireBuiltin.cache.has('internal/modules/esm/loader')) esmLoader().syncBuiltinESMExports();
};
Module.registerHooks = function registerHooks(hooks) {
  return customHooks().registerHooks(hooks);
};

// module.register(specifier[, parentURL][, options]): asynchronous hooks on their own thread
// (internal/modules/esm/hooks_proxy.js).
Module.register = function register(specifier, parentURL = undefined, options = undefined) {
  if (parentURL !== null && typeof parentURL === 'object' && !(parentURL instanceof URL)) {
    options = parentURL;
    parentURL = options.parentURL;
  }
  if (parentURL === undefined) parentURL = 'data:';
  // as node: both are used as strings (a bad one fails to resolve: ERR_UNSUPPORTED_RESOLVE_REQUEST)
  parentURL = `${parentURL instanceof URL ? parentURL.href : parentURL}`;
  specifier = `${specifier instanceof URL ? specifier.href : specifier}`;
  requireBuiltin('internal/modules/esm/hooks_proxy').register(specifier, parentURL,
                                                                options?.data, options?.transferList);
};

Module.stripTypeScriptTypes = function stripTypeScriptTypes(code, options) {
  return require('internal/modules/typescript').stripTypeScriptTypes(code, options);
};

const compileCacheStatus = Object.freeze({ __proto__: null, FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 });
Module.constants = Object.freeze({ __proto__: null, compileCacheStatus });
// nodus has no on-disk compile cache: enabling it is accepted and reported as disabled.
Module.enableCompileCache = function enableCompileCache(cacheDir) {
  if (cacheDir !== undefined && typeof cacheDir !== 'string') {
    throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('cacheDir', 'string', cacheDir);
  }
  return { status: compileCacheStatus.DISABLED, message: 'The module compile cache is not supported by nodus' };
};
Module.getCompileCacheDir = function getCompileCacheDir() {
  return undefined;
};
Module.flushCompileCache = function flushCompileCache() {};

// The package.json that governs `specifier` resolved against `base`: for a bare specifier the
// package's own package.json, otherwise the nearest one at or above the resolved location.
Module.findPackageJSON = function findPackageJSON(specifier, base = 'data:') {
  const { pathToFileURL, fileURLToPath } = require('internal/url');
  if (typeof specifier === 'object' && specifier !== null && typeof specifier.href === 'string') {
    specifier = specifier.href;
  } else {
    specifier = `${specifier}`;
  }
  if (typeof base === 'object' && base !== null && typeof base.href === 'string') {
    base = base.href;
  } else if (typeof base !== 'string') {
    throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('base', 'string', base);
  }
  if (path.isAbsolute(base)) base = `${pathToFileURL(base)}`;
  let url;
  const isPathLike = specifier[0] === '.' || specifier[0] === '/';
  let isURL = false;
  if (!isPathLike) {
    try {
      new URL(specifier);
      isURL = true;
    } catch { /* a bare specifier */ }
  }
  if (isPathLike || isURL) {
    try {
      url = new URL(specifier, base);
    } catch (cause) {
      if (!isPathLike) throw cause;
      const err = new (lazyErrors().ERR_UNSUPPORTED_RESOLVE_REQUEST)(specifier, base);
      err.cause = cause;
      throw err;
    }
    if (base.startsWith('data:') && isPathLike) {
      throw new (lazyErrors().ERR_UNSUPPORTED_RESOLVE_REQUEST)(specifier, base);
    }
  } else {
    url = new URL(require('internal/modules/esm/resolve').defaultResolve(specifier, base));
  }
  if (url.protocol !== 'file:') return undefined;
  let file = fileURLToPath(url);
  if (file.endsWith('/')) file += 'package.json';
  return packageJson.getNearestParentPackageJSON(file)?.path;
};
Module.Module = Module;
Module.makeRequireFunction = makeRequireFunction;

// Module._initPaths() reads HOME and NODE_PATH: it runs per process, from bootstrap/prepare.js.

module.exports = { Module, makeRequireFunction, stripShebang, stripBOM, wrapSafe, kConditions };

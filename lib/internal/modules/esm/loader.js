'use strict';
// The ES module loader: a module map keyed by URL, translators from a resolved URL to a
// ModuleWrap (ES source text, CommonJS with statically detected named exports, builtins, JSON),
// linking, instantiation and evaluation; the host hooks for import() and import.meta; the ESM
// main entry (with the unsettled top-level await check) and require() of ES module graphs.
// Loading is synchronous: module.registerHooks() hooks are synchronous too (see
// internal/modules/customization_hooks); module.register()'s asynchronous hooks are not supported.

const path = require('path');
const binding = internalBinding('module_wrap');
const { ModuleWrap, kInstantiated, kEvaluating, kEvaluated, kErrored } = binding;
const { readFileUtf8 } = internalBinding('fs');
const { triggerUncaughtException } = internalBinding('errors');
const { getPromiseDetails, kPending, setHiddenValue } = internalBinding('util');
const contextify = internalBinding('contextify');
const { parse, pathToFileURL, fileURLToPath, percentDecode } = require('internal/modules/esm/url');
const { defaultResolve, packageConfigError } = require('internal/modules/esm/resolve');
const { parseCJS } = require('internal/modules/esm/cjs_lexer');
const packageJson = require('internal/modules/package_json');
const requireBuiltin = require;

let codes;
function errors() {
  if (codes === undefined) codes = require('internal/errors').codes;
  return codes;
}
function cjsLoader() {
  return require('internal/modules/cjs/loader').Module;
}

class ModuleJob {
  constructor(url, format, wrap, source) {
    this.url = url;
    this.format = format;
    this.wrap = wrap;
    this.source = source;
    this.linked = false;
    this.deps = [];
    this.requests = undefined;
    this.isMain = false;
  }
}

const moduleMap = new Map();  // url -> ModuleJob
const jobByWrap = new WeakMap();

// ---- formats ---------------------------------------------------------------------------

// V8's messages for module syntax met while compiling a CommonJS wrapper.
const kESMSyntaxMessages = [
  'Cannot use import statement outside a module',
  "Unexpected token 'export'",
  "Cannot use 'import.meta' outside a module",
];
// Errors that may come from code that only parses as a module (top-level await, or a
// declaration of a CommonJS wrapper variable).
const kMaybeESMMessages = [
  'await is only valid in async functions and the top level bodies of modules',
  "Identifier 'module' has already been declared",
  "Identifier 'exports' has already been declared",
  "Identifier 'require' has already been declared",
  "Identifier '__filename' has already been declared",
  "Identifier '__dirname' has already been declared",
];

function compilesAsModule(source, url) {
  try {
    // eslint-disable-next-line no-new
    new ModuleWrap(url, source, 0, 0);
    return true;
  } catch {
    return false;
  }
}

// After the CommonJS compile of `source` failed with `err`: should it run as an ES module?
function shouldRetryAsESM(err, source, filename) {
  if (err === null || typeof err !== 'object' || err.name !== 'SyntaxError') return false;
  const msg = `${err.message}`;
  if (kESMSyntaxMessages.includes(msg)) return true;
  if (kMaybeESMMessages.includes(msg)) return compilesAsModule(source, pathToFileURL(filename));
  return false;
}

// Does a typeless .js file contain module syntax (Node 22's --experimental-detect-module)?
function detectModuleSyntax(source, filename) {
  try {
    contextify.checkSyntax(source, filename);
    return false;
  } catch (err) {
    return shouldRetryAsESM(err, source, filename);
  }
}

const warnedTypeless = new Set();
function warnTypeless(filename, url = pathToFileURL(filename)) {
  const pj = packageJson.getNearestParentPackageJSON(filename);
  if (pj === undefined || pj.type !== 'none' || filename.includes('/node_modules/')) return;
  // once per file (a CommonJS entry retried as a module is detected twice)
  if (warnedTypeless.has(filename)) return;
  warnedTypeless.add(filename);
  process.emitWarning(
    `Module type of ${url} is not specified and it doesn't parse as CommonJS.\n` +
    'Reparsing as ES module because module syntax was detected. This incurs a performance ' +
    `overhead.\nTo eliminate this warning, add "type": "module" to ${pj.path}.`,
    { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
}

function readSource(filename) {
  const source = readFileUtf8(filename);
  if (typeof source === 'number') {
    throw require('internal/errors').UVException({ errno: source, syscall: 'open', path: filename });
  }
  return source;
}

function dataURLParts(url) {
  const m = /^data:([^,;]*)(;[^,]*)?,(.*)$/s.exec(url);
  if (!m) throw new (errors().ERR_INVALID_URL)(url);
  const body = m[2] && m[2].endsWith(';base64') ?
    Buffer.from(m[3], 'base64').toString() : percentDecode(m[3]);
  return { mime: m[1], body };
}

// -> 'module' | 'commonjs' | 'json' | 'builtin'; for file: URLs it may read the source.
function getFormat(url) {
  if (url.startsWith('node:')) return { format: 'builtin' };
  if (url.startsWith('data:')) {
    const { mime, body } = dataURLParts(url);
    if (mime === 'text/javascript') return { format: 'module', source: body };
    if (mime === 'application/json') return { format: 'json', source: body };
    throw new (errors().ERR_UNKNOWN_MODULE_FORMAT)(mime, url);
  }
  const filename = fileURLToPath(url);
  const ext = path.extname(filename);
  if (ext === '.mjs') return { format: 'module', filename };
  if (ext === '.cjs') return { format: 'commonjs', filename };
  if (ext === '.json') return { format: 'json', filename };
  if (typeScript().isTypeScriptFile(filename)) {
    const format = typeScript().typeScriptFormat(ext);
    return format !== undefined ? { format, filename } : formatByPackage(url, filename, true);
  }
  if (ext === '.js' || ext === '') return formatByPackage(url, filename, false);
  throw new (errors().ERR_UNKNOWN_FILE_EXTENSION)(ext, filename);
}

let typeScriptModule;
function typeScript() {
  typeScriptModule ??= require('internal/modules/typescript');
  return typeScriptModule;
}

// A .js, extensionless or (`ts`) .ts file: its package's "type" decides, or, when there is none,
// the syntax of the (stripped) source.
function formatByPackage(url, filename, ts) {
  const suffix = ts ? '-typescript' : '';
  let type;
  try {
    type = packageJson.getPackageType(filename);
  } catch (err) {
    throw packageConfigError(err);
  }
  if (type === 'module' || type === 'commonjs') return { format: `${type}${suffix}`, filename };
  const source = readSource(filename);
  const stripped = ts ? typeScript().stripTypeScriptModuleTypes(source, filename) : undefined;
  if (detectModuleSyntax(stripped ?? source, filename)) {
    warnTypeless(filename, url);
    return { format: `module${suffix}`, filename, source, stripped };
  }
  return { format: `commonjs${suffix}`, filename, source, stripped };
}

function validateAttributes(url, format, attributes) {
  // Only `type` is supported; like node 22 other keys are ignored.
  const type = attributes?.type;
  if (format === 'json') {
    if (type === undefined) throw new (errors().ERR_IMPORT_ATTRIBUTE_MISSING)(url, 'type', 'json');
    if (type !== 'json') throw new (errors().ERR_IMPORT_ATTRIBUTE_UNSUPPORTED)('type', type, url);
    return;
  }
  if (type === 'json') throw new (errors().ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE)(url, 'json');
  if (type !== undefined) throw new (errors().ERR_IMPORT_ATTRIBUTE_UNSUPPORTED)('type', type, url);
}

// ---- translators -----------------------------------------------------------------------

const builtinWraps = new Map();

function builtinWrap(url) {
  const id = url.slice(5);
  let wrap = builtinWraps.get(id);
  if (wrap !== undefined) return wrap;
  const exports = requireBuiltin(id);
  const names = Object.keys(exports).filter((n) => n !== 'default');
  wrap = new ModuleWrap(url, [...names, 'default'], function() {
    this.setExport('default', exports);
    for (const n of names) this.setExport(n, exports[n]);
  });
  wrap.builtinExports = exports;
  wrap.builtinNames = names;
  builtinWraps.set(id, wrap);
  return wrap;
}

// module.syncBuiltinESMExports(): named exports of imported builtins take the current values
// of their module.exports properties (names added since import cannot be added).
function syncBuiltinESMExports() {
  for (const wrap of builtinWraps.values()) {
    if (wrap.getStatus() !== kEvaluated) continue;
    const exports = wrap.builtinExports;
    for (const n of wrap.builtinNames) {
      wrap.setExport(n, Object.prototype.hasOwnProperty.call(exports, n) ? exports[n] : undefined);
    }
  }
}

// Named exports of a CommonJS file: the lexer's names plus those of the files it re-exports.
function cjsExportNames(filename, source, seen = new Set()) {
  const names = new Set();
  if (seen.has(filename)) return names;
  seen.add(filename);
  let result;
  try {
    result = parseCJS(source);
  } catch {
    return names;
  }
  for (const n of result.exports) names.add(n);
  if (result.reexports.length > 0) {
    const Module = cjsLoader();
    const parent = new Module(filename, null);
    parent.filename = filename;
    parent.paths = Module._nodeModulePaths(path.dirname(filename));
    for (const spec of result.reexports) {
      let resolved;
      try {
        resolved = Module._resolveFilename(spec, parent, false);
      } catch {
        continue;
      }
      if (!path.isAbsolute(resolved)) continue;
      const ext = path.extname(resolved);
      if (ext !== '.js' && ext !== '.cjs' && ext !== '') continue;
      const text = readFileUtf8(resolved);
      if (typeof text !== 'string') continue;
      for (const n of cjsExportNames(resolved, text, seen)) names.add(n);
    }
  }
  names.delete('default');
  return names;
}

function commonjsWrap(url, filename, source, compileSource = false) {
  if (source === undefined) source = readSource(filename);
  const names = [...cjsExportNames(filename, source)];
  return new ModuleWrap(url, [...names, 'default'], function() {
    const Module = cjsLoader();
    const cached = Module._cache[filename];
    let exports;
    if (cached !== undefined) {
      exports = cached.exports;
    } else if (compileSource) {
      exports = compileCJS(Module, filename, source, mainURL === url);
    } else {
      exports = Module._load(filename, null, false);
    }
    this.setExport('default', exports);
    for (const n of names) {
      let value;
      try {
        value = exports?.[n];
      } catch {
        // a throwing getter leaves the binding undefined
      }
      this.setExport(n, value);
    }
  });
}

// Runs CommonJS source text as the module `filename` (entered in require.cache).
function compileCJS(Module, filename, source, isMain = false) {
  const module = new Module(filename, null);
  if (isMain) process.mainModule = module;
  module.filename = filename;
  module.paths = Module._nodeModulePaths(path.dirname(filename));
  Module._cache[filename] = module;
  try {
    module._compile(source.charCodeAt(0) === 0xFEFF ? source.slice(1) : source, filename, 'commonjs');
  } catch (err) {
    delete Module._cache[filename];
    throw err;
  }
  module.loaded = true;
  return module.exports;
}

// JSON shares require()'s cache, as in node: a file already required gives the same object,
// and one imported first is in require.cache afterwards.
function jsonWrap(url, filename, source) {
  const shared = filename !== undefined && !/[?#]/.test(url);
  const Module = shared ? cjsLoader() : undefined;
  const cached = shared ? Module._cache[filename] : undefined;
  let value;
  if (cached !== undefined) {
    value = cached.exports;
  } else {
    if (source === undefined) source = readSource(filename);
    try {
      value = JSON.parse(source.charCodeAt(0) === 0xFEFF ? source.slice(1) : source);
    } catch (err) {
      err.message = `${filename ?? url}: ${err.message}`;
      throw err;
    }
    if (shared) {
      const module = new Module(filename, null);
      module.filename = filename;
      module.paths = Module._nodeModulePaths(path.dirname(filename));
      module.exports = value;
      module.loaded = true;
      Module._cache[filename] = module;
    }
  }
  return new ModuleWrap(url, ['default'], function() {
    this.setExport('default', value);
  });
}

// V8 10.2 cannot say which top-level await is stalled. A module with top-level await gets a
// call appended after its last statement (same lines and columns for everything before it)
// that marks it evaluated; the unsettled-await report names the first module without the mark.
const kEvaluatedMark = Symbol.for('nodus.esm.evaluated');
const kMarkSource = '\n;import.meta[Symbol.for("nodus.esm.evaluated")]?.();';

function compileModule(url, source, info) {
  const sourceMaps = require('internal/source_map/source_map_cache');
  if (sourceMaps.getSourceMapsEnabled()) sourceMaps.maybeCacheSourceMap(url, source);
  info.tla = source.includes('await') && topLevelAwaits(source).length > 0;
  const text = info.tla ? source + kMarkSource : source;
  try {
    return new ModuleWrap(url, text, 0, 0);
  } catch (err) {
    return require('internal/modules/regexp_unicode_sets').retryWithUnicodeSets(
      err, text, (t) => new ModuleWrap(url, t, 0, 0));
  }
}

function translate(url, info) {
  if (info.format === 'module-typescript' || info.format === 'commonjs-typescript') {
    // the stripped source runs as JavaScript of the same module type
    let source = info.stripped;
    if (source === undefined) {
      const text = info.source ?? readSource(info.filename);
      source = typeScript().stripTypeScriptModuleTypes(text, info.filename ?? url);
    }
    info.format = info.format === 'module-typescript' ? 'module' : 'commonjs';
    info.source = source;
    if (info.format === 'commonjs') info.compileSource = true;
  }
  switch (info.format) {
    case 'builtin':
      return builtinWrap(url);
    case 'module': {
      let source = info.source ?? readSource(info.filename);
      if (source.charCodeAt(0) === 0xFEFF) source = source.slice(1);
      info.source = source;
      return compileModule(url, source, info);
    }
    case 'commonjs':
      return commonjsWrap(url, info.filename, info.source, info.compileSource === true);
    case 'json':
      return jsonWrap(url, info.filename, info.source);
    default:
      throw new (errors().ERR_UNKNOWN_MODULE_FORMAT)(info.format, url);
  }
}

// ---- the module map --------------------------------------------------------------------

function getJobFromURL(url, attributes) {
  let job = moduleMap.get(url);
  if (job !== undefined) {
    validateAttributes(url, job.format, attributes);
    return job;
  }
  const info = getFormat(url);
  validateAttributes(url, info.format, attributes);
  const wrap = translate(url, info);
  // the source is kept only where the unsettled top-level await report may need it
  job = new ModuleJob(url, info.format, wrap, info.tla === true ? info.source : undefined);
  job.tla = info.tla === true;
  moduleMap.set(url, job);
  jobByWrap.set(wrap, job);
  if (process.env.WATCH_REPORT_DEPENDENCIES !== undefined) {
    require('internal/modules/watch_report').reportImport(url);
  }
  return job;
}

function getJob(specifier, parentURL, attributes) {
  const hooks = customHooks();
  if (hooks.hasHooks()) return getJobWithHooks(hooks, specifier, parentURL, attributes);
  return getJobFromURL(defaultResolve(specifier, parentURL), attributes);
}

let customHooksModule;
function customHooks() {
  customHooksModule ??= require('internal/modules/customization_hooks');
  return customHooksModule;
}

// import while module.registerHooks() hooks are registered: the resolve chain ends in the
// default ESM resolution, the load chain in reading the file (a Buffer, as in node).
function resolveWithHooks(hooks, specifier, parentURL, attributes) {
  const conditions = hooks.esmConditions.slice();
  const importAttributes = { __proto__: null, ...attributes };
  return hooks.resolveWithHooks(specifier, { parentURL, importAttributes, conditions },
                                hookDefaultResolve);
}

// The end of a resolve hook chain (here and on module.register()'s hooks thread).
function hookDefaultResolve(s, context) {
  if (typeof s !== 'string') throw new (errors().ERR_INVALID_ARG_TYPE)('specifier', 'string', s);
  const url = defaultResolve(s, context.parentURL);
  // as node reports it: 'builtin' only for an unprefixed builtin name, null for a file whose
  // extension does not decide the format
  if (url.startsWith('node:')) return s.startsWith('node:') ? { url } : { url, format: 'builtin' };
  if (!url.startsWith('file:')) return { url };
  const filename = fileURLToPath(url);
  const ext = path.extname(filename);
  if (ext === '.ts' && typeScript().isTypeScriptFile(filename)) {
    // a .ts file's format is known once its package has a "type"
    const type = packageJson.getNearestParentPackageJSON(filename)?.type;
    return { url, format: type === 'module' || type === 'commonjs' ? `${type}-typescript` : null };
  }
  return { url, format: customHooks().extensionFormat(ext) ?? null };
}

// The end of a load hook chain: the file's bytes (a Buffer, as in node) and its format.
function hookDefaultLoad(u, context) {
  // as node's default load: the format a hook gave is kept (a TypeScript file is then
  // neither detected nor stripped here)
  if (context.format !== undefined && context.format !== null && context.format !== 'builtin' &&
      u.startsWith('file:')) {
    return { format: context.format, responseURL: u, source: Buffer.from(readSource(fileURLToPath(u))) };
  }
  const info = getFormat(u);
  if (info.format === 'builtin') return { format: 'builtin', responseURL: u, source: null };
  const source = info.source ?? readSource(info.filename);
  return { format: context.format ?? info.format, responseURL: u, source: Buffer.from(source) };
}

function getJobWithHooks(hooks, specifier, parentURL, attributes) {
  const conditions = hooks.esmConditions.slice();
  const importAttributes = { __proto__: null, ...attributes };
  const resolved = resolveWithHooks(hooks, specifier, parentURL, attributes);
  const url = resolved.url;
  const cached = moduleMap.get(url);
  if (cached !== undefined) {
    validateAttributes(url, cached.format, attributes);
    return cached;
  }
  const loaded = hooks.loadWithHooks(url,
    { format: resolved.format, importAttributes, conditions }, hookDefaultLoad, true);
  const info = {
    format: loaded.format ?? getFormat(url).format,
    filename: url.startsWith('file:') ? fileURLToPath(url) : undefined,
    source: hooks.sourceToString(loaded.source) ?? undefined,
    // CommonJS source (a hook's or the default load's) is compiled as given: require() and its
    // hooks do not see the module again
    compileSource: (loaded.format === 'commonjs' || loaded.format === 'commonjs-typescript') &&
      loaded.source !== undefined && loaded.source !== null,
  };
  validateAttributes(url, info.format, attributes);
  const wrap = translate(url, info);
  const job = new ModuleJob(url, info.format, wrap, info.tla === true ? info.source : undefined);
  job.tla = info.tla === true;
  moduleMap.set(url, job);
  jobByWrap.set(wrap, job);
  return job;
}

// require(esm) links synchronously: a CommonJS module still loading cannot be imported then.
let requireDepth = 0;
function checkCJSCycle(child, specifier, importer) {
  const filename = fileURLToPath(child.url);
  const cached = cjsLoader()._cache[filename];
  if (cached !== undefined && !cached.loaded) {
    throw new (errors().ERR_REQUIRE_CYCLE_MODULE)(
      `Cannot import CommonJS Module ${specifier} in a cycle. (from ${fileURLToPath(importer.url)})`);
  }
}

// Resolves and loads every static import of the graph, then hands the links to V8.
function link(root) {
  const stack = [root];
  while (stack.length > 0) {
    const job = stack.pop();
    if (job.linked) continue;
    const requests = job.wrap.getModuleRequests();
    const keys = [];
    const wraps = [];
    const deps = [];
    for (const req of requests) {
      const child = getJob(req.specifier, job.url, req.attributes);
      if (requireDepth > 0 && child.format === 'commonjs') checkCJSCycle(child, req.specifier, job);
      keys.push(`${req.specifier}\0${req.attributes.type ?? ''}`);
      wraps.push(child.wrap);
      deps.push(child);
    }
    job.wrap.link(keys, wraps);
    job.requests = requests;
    job.deps = deps;
    job.linked = true;
    for (let i = deps.length - 1; i >= 0; i--) stack.push(deps[i]);
  }
}

// The CommonJS flavour of V8's "does not provide an export named" link error, as node words it.
function decorateLinkError(root, err) {
  if (err === null || typeof err !== 'object' || err.name !== 'SyntaxError') return;
  const m = /^The requested module '(.*)' does not provide an export named '(.+)'$/.exec(err.message);
  if (!m) return;
  const [, specifier, name] = m;
  const seen = new Set();
  const queue = [root];
  let importer;
  let child;
  while (queue.length > 0 && child === undefined) {
    const job = queue.shift();
    if (seen.has(job)) continue;
    seen.add(job);
    job.deps.forEach((d, i) => {
      if (child === undefined && job.requests[i].specifier === specifier && d.format === 'commonjs') {
        importer = job;
        child = d;
      }
      queue.push(d);
    });
  }
  if (child === undefined) return;
  const message = `Named export '${name}' not found. The requested module '${specifier}' is a ` +
    'CommonJS module, which may not support all module.exports as named exports.\nCommonJS ' +
    'modules can always be imported via the default export, for example using:\n\n' +
    `import pkg from '${specifier}';\n${name === 'default' ? '' : `const { ${name} } = pkg;\n`}`;
  const stack = `${err.stack}`;
  const oldHead = `SyntaxError: ${err.message}`;
  err.message = message;
  const at = stack.indexOf(oldHead);
  if (at !== -1) err.stack = stack.slice(0, at) + `SyntaxError: ${message}` + stack.slice(at + oldHead.length);
  void importer;
}

function instantiate(job) {
  link(job);
  if (job.wrap.getStatus() < kInstantiated) {
    try {
      job.wrap.instantiate();
    } catch (err) {
      decorateLinkError(job, err);
      throw err;
    }
  }
}

// Links, instantiates and evaluates; returns the evaluation promise.
function run(job) {
  instantiate(job);
  return job.wrap.evaluate();
}

async function importJob(job) {
  await run(job);
  return job.wrap.getNamespace();
}

// ---- host hooks -------------------------------------------------------------------------

// The URL imports are resolved against for a script's resource name.
function referrerURL(referrer) {
  if (typeof referrer === 'string' && referrer !== '') {
    if (/^(file|data):/.test(referrer)) return referrer;
    if (referrer[0] === '/') return pathToFileURL(referrer);
    if (!referrer.startsWith('node:')) return pathToFileURL(path.join(process.cwd(), referrer));
  }
  return pathToFileURL(`${process.cwd()}/`);
}

function importModuleDynamically(referrer, specifier, attributes) {
  const parentURL = referrerURL(referrer);
  return (async () => {
    // node loads asynchronously: the importer's synchronous code always runs first
    await undefined;
    return importJob(getJob(`${specifier}`, parentURL, attributes));
  })();
}

function initializeImportMeta(meta, wrap) {
  const url = wrap.url;
  const job = jobByWrap.get(wrap);
  if (url.startsWith('file:')) {
    const filename = fileURLToPath(url);
    meta.dirname = path.dirname(filename);
    meta.filename = filename;
  }
  meta.main = job !== undefined && job.isMain;
  meta.resolve = function resolve(specifier) {
    try {
      const hooks = customHooks();
      if (hooks.hasHooks()) return resolveWithHooks(hooks, `${specifier}`, url, {}).url;
      return defaultResolve(`${specifier}`, url);
    } catch (err) {
      if ((err?.code === 'ERR_MODULE_NOT_FOUND' || err?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') &&
          err.url) {
        return err.url;
      }
      throw err;
    }
  };
  meta.url = url;
  if (job?.tla) {
    Object.defineProperty(meta, kEvaluatedMark, { value: () => { job.evaluated = true; } });
  }
}

let initialized = false;
function initializeHooks() {
  if (initialized) return;
  initialized = true;
  binding.setImportModuleDynamicallyCallback(importModuleDynamically);
  binding.setInitializeImportMetaObjectCallback(initializeImportMeta);
}

// ---- main entry and top-level await ------------------------------------------------------

// Positions of top-level `await`s in module source (not inside a function body). A `{` opens
// a function body after `=>`, or after `)` unless the parenthesis followed a statement keyword
// (if, for, while, switch, catch, with, for await).
const kBlockKeywords = new Set(['if', 'for', 'while', 'switch', 'catch', 'with', 'await']);
function topLevelAwaits(source) {
  const found = [];
  const re = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`|[A-Za-z_$][\w$]*|=>|[{}()]/g;
  const braces = [];  // true: a function body
  const parens = [];  // the word before each open parenthesis
  let prev = '';      // the previous token
  let closedParen = '';  // the word before the parenthesis `prev` closed
  let m;
  while ((m = re.exec(source)) !== null) {
    const t = m[0];
    if (t === '(') {
      parens.push(/^[A-Za-z_$]/.test(prev) ? prev : '');
    } else if (t === ')') {
      closedParen = parens.pop() ?? '';
    } else if (t === '{') {
      braces.push(prev === '=>' || (prev === ')' && !kBlockKeywords.has(closedParen)));
    } else if (t === '}') {
      braces.pop();
    } else if (t === 'await' && !braces.includes(true)) {
      found.push(m.index);
    }
    if (t[0] !== '/' && t[0] !== "'" && t[0] !== '"' && t[0] !== '`') prev = t;
  }
  return found;
}

let mainJob;
let mainPromise;

function unsettledWarning() {
  // The module whose await never settled: the first module of the graph, in evaluation
  // order, with a top-level await that did not finish; its last top-level await is named.
  const order = [];
  const seen = new Set();
  const visit = (job) => {
    if (seen.has(job)) return;
    seen.add(job);
    for (const d of job.deps) visit(d);
    order.push(job);
  };
  visit(mainJob);
  for (const job of order) {
    if (!job.tla || job.evaluated || typeof job.source !== 'string') continue;
    const awaits = topLevelAwaits(job.source);
    if (awaits.length === 0) continue;
    const pos = awaits[awaits.length - 1];
    const before = job.source.slice(0, pos);
    const line = before.split('\n').length;
    const lineStart = before.lastIndexOf('\n') + 1;
    let lineEnd = job.source.indexOf('\n', pos);
    if (lineEnd === -1) lineEnd = job.source.length;
    const text = job.source.slice(lineStart, lineEnd).replace(/\r$/, '');
    const pad = job.source.slice(lineStart, pos).replace(/[^\t]/g, ' ');
    return `Warning: Detected unsettled top-level await at ${job.url}:${line}\n${text}\n${pad}^\n\n\n`;
  }
  return undefined;
}

// Exit code 13 must be set before 'exit' listeners run, so it is decided when the loop is
// empty ('beforeExit', whose listeners may still settle the await).
let setUnsettledCode = false;
function onBeforeExit() {
  if (mainPromise === undefined) return;
  const [state] = getPromiseDetails(mainPromise);
  if (state === kPending) {
    if (process.exitCode === undefined) {
      process.exitCode = 13;
      setUnsettledCode = true;
    }
  } else if (setUnsettledCode) {
    setUnsettledCode = false;
    if (process.exitCode === 13) process.exitCode = undefined;
  }
}

function onExit() {
  if (mainPromise === undefined) return;
  const [state] = getPromiseDetails(mainPromise);
  if (state !== kPending) return;
  if (process.exitCode === undefined) process.exitCode = 13;
  const warning = unsettledWarning();
  if (warning !== undefined && process.exitCode === 13) process._rawDebug(warning);
}

function watchMain() {
  process.prependListener('beforeExit', onBeforeExit);
  process.prependListener('exit', onExit);
}

function reportMainError(err) {
  // reported like a synchronous uncaught exception, as node prints it
  triggerUncaughtException(err, false);
}

// --import: loads each module in order, then runs the entry point.
function runImports(specifiers, then) {
  initializeHooks();
  const parentURL = pathToFileURL(`${process.cwd()}/`);
  (async () => {
    await undefined;
    for (const specifier of specifiers) await importJob(getJob(specifier, parentURL, {}));
    then();
  })().then(undefined, reportMainError);
}

// Runs the main entry (the job makeJob returns) in a microtask, as node's loader does: a
// promise reaction queued by the module runs before its process.nextTick callbacks. Errors
// are fatal; a top-level await that never settles ends the process with code 13.
function startMain(makeJob) {
  initializeHooks();
  const p = (async () => {
    await undefined;
    const job = makeJob();
    job.isMain = true;
    mainJob = job;
    await run(job);
  })();
  mainPromise = p;
  watchMain();
  p.then(undefined, reportMainError);
}

// With --import, node runs every entry point through the ES loader, so registered hooks see even
// a CommonJS entry as an import (module.id stays the file name then).
let mainURL;
function runMainWithHooks(filename) {
  startMain(() => {
    mainURL = `${pathToFileURL(filename)}`;
    return getJobWithHooks(customHooks(), mainURL, undefined, {});
  });
}

function runMain(filename) {
  startMain(() => {
    const url = pathToFileURL(filename);
    const hooks = customHooks();
    if (hooks.hasHooks()) return getJobWithHooks(hooks, url, undefined, {});
    return getJobFromURL(url, {});
  });
}

// -e / stdin code with --input-type=module.
function evalModule(source, name) {
  const url = pathToFileURL(path.join(process.cwd(), name));
  startMain(() => {
    const info = {};
    const wrap = compileModule(url, source, info);
    const job = new ModuleJob(url, 'module', wrap, source);
    job.tla = info.tla;
    jobByWrap.set(wrap, job);
    return job;
  });
}

// node -c for a module: compiles (no linking) and throws the SyntaxError, named by path.
function checkModuleSyntax(source, filename) {
  // eslint-disable-next-line no-new
  new ModuleWrap(filename, source, 0, 0);
}

// ---- require(esm) ------------------------------------------------------------------------

let facadeCount = 0;

// require() of an ES module: synchronous graphs only (ERR_REQUIRE_ASYNC_MODULE otherwise).
// Returns the namespace, or its 'module.exports' export, or a namespace with __esModule added
// when the module has a default export (Node 22.12 behaviour).
function requireESM(filename, parent, source) {
  initializeHooks();
  const url = pathToFileURL(filename);
  let job = moduleMap.get(url);
  if (job === undefined) {
    const info = { format: 'module', filename, source };
    const wrap = translate(url, info);
    job = new ModuleJob(url, 'module', wrap, info.tla ? info.source : undefined);
    job.tla = info.tla === true;
    moduleMap.set(url, job);
    jobByWrap.set(wrap, job);
  }
  const wrap = job.wrap;
  if (wrap.getStatus() === kEvaluating) {
    throw new (errors().ERR_REQUIRE_CYCLE_MODULE)(
      `Cannot require() ES Module ${filename} in a cycle.` +
      `${parent?.filename ? ` (from ${parent.filename})` : ''} A cycle involving require(esm) is ` +
      'not allowed to maintain invariants mandated by the ECMAScript specification. Try making ' +
      'at least part of the dependency in the graph lazily loaded.');
  }
  requireDepth++;
  try {
    instantiate(job);
  } finally {
    requireDepth--;
  }
  if (wrap.isGraphAsync()) {
    throw new (errors().ERR_REQUIRE_ASYNC_MODULE)(filename, parent?.filename);
  }
  const promise = wrap.evaluate();
  // The error is thrown to the caller; the rejected promise must not count as unhandled.
  promise.then(undefined, () => {});
  const [state] = getPromiseDetails(promise);
  if (state === kPending) {
    throw new (errors().ERR_REQUIRE_ASYNC_MODULE)(filename, parent?.filename);
  }
  if (wrap.getStatus() === kErrored) throw wrap.getError();
  const ns = wrap.getNamespace();
  if (Object.prototype.hasOwnProperty.call(ns, 'module.exports')) return ns['module.exports'];
  if (!('default' in ns) || '__esModule' in ns) return ns;
  if (job.facade === undefined) {
    const facade = new ModuleWrap(
      `${url}#require-facade-${++facadeCount}`,
      'export * from "m"; export { default } from "m"; export const __esModule = true;', 0, 0);
    facade.link(['m\0'], [wrap]);
    facade.instantiate();
    facade.evaluate();
    job.facade = facade.getNamespace();
  }
  return job.facade;
}

module.exports = {
  initializeHooks, runMain, runMainWithHooks, runImports, evalModule, syncBuiltinESMExports, checkModuleSyntax, requireESM, shouldRetryAsESM,
  detectModuleSyntax, warnTypeless, getJob, importJob, referrerURL, moduleMap, setHiddenValue,
  hookDefaultResolve, hookDefaultLoad,
};

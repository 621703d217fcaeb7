'use strict';
// The entry point after bootstrap: runs the main script, -e/-p code, stdin, or the REPL.

const options = internalBinding('options');
const path = require('path');

function setArgv(entry) {
  const argv = [process.execPath];
  if (entry !== undefined) argv.push(entry);
  for (const a of options.scriptArgs) argv.push(a);
  process.argv = argv;
}

function preload() {
  const { Module } = require('internal/modules/cjs/loader');
  if (options.requires.length > 0) Module._preloadModules(options.requires);
}

// Runs code as node runs -e / stdin input: a script with module-like globals.
function evalScript(name, body, print) {
  const { Module } = require('internal/modules/cjs/loader');
  const { runInThisContext } = internalBinding('contextify');
  const module = new Module(name);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  const moduleRequire = require_('internal/modules/cjs/loader').makeRequireFunction(module);
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = moduleRequire;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  if (name === '[eval]') {
    // -e/-p code sees builtin modules as globals (stdin code does not), as in node
    require_('internal/modules/builtin_globals').addBuiltinLibsToContext(globalThis);
  }
  const result = runInThisContext(typeScriptEval(body, name), name);
  if (print) {
    // node prints the -p result when the process exits (a promise shows its settled state)
    const { log } = require_('console');
    process.on('exit', () => log(result));
  }
}
const require_ = require;

// -e / stdin code that is not valid JavaScript runs with its types stripped when it is valid
// TypeScript (node 22.18+); otherwise JavaScript's SyntaxError stands.
function typeScriptEval(body, name) {
  const ts = require('internal/modules/typescript');
  if (ts.typeScriptMode() === false) return body;
  try {
    internalBinding('contextify').checkSyntax(body, name);
    return body;
  } catch (err) {
    if (err?.name !== 'SyntaxError') return body;
    try {
      return ts.strip(body);
    } catch {
      return body;
    }
  }
}

// --input-type=module-typescript / commonjs-typescript: the types are stripped first.
function evalInput(source, name) {
  let type = options.inputType;
  if (type === 'module-typescript' || type === 'commonjs-typescript') {
    source = require('internal/modules/typescript').stripTypeScriptModuleTypes(source, name);
    type = type === 'module-typescript' ? 'module' : 'commonjs';
  }
  return { type, source };
}

function isESMEntry(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  const ext = path.extname(filename);
  if (ext === '.mts' || ext === '.ts') {
    const ts = require('internal/modules/typescript');
    if (!ts.isTypeScriptFile(filename)) return false;
    if (ext === '.mts') return true;
  }
  if (ext !== '.js' && ext !== '' && ext !== '.ts') return false;
  return require('internal/modules/package_json').getPackageType(filename) === 'module';
}

module.exports = function main() {
  if (options.isWorker) {
    require('internal/main/worker_thread')(evalScript);
    return;
  }
  if (options.watch && !options.test) {
    require('internal/main/watch_mode')(options);
    return;
  }
  // Registers V8's import() and import.meta hooks (the ES module loader loads on first use).
  internalBinding('module_wrap');
  // --experimental-loader: module.register() of each, from the current folder, as node does
  for (const loader of options.loaders) {
    process.emitWarning(
      '`--experimental-loader` may be removed in the future; instead use `register()`:\n' +
      '--import \'data:text/javascript,import { register } from "node:module"; import ' +
      `{ pathToFileURL } from "node:url"; register(${JSON.stringify(loader)}, ` +
      'pathToFileURL("./"));\'', 'ExperimentalWarning');
    require('internal/modules/cjs/loader').Module.register(
      loader, require('internal/url').pathToFileURL(`${process.cwd()}/`).href);
  }
  // --import: ES modules loaded (in order, awaited) before the entry point runs.
  if (options.imports.length > 0 && options.mode !== 'repl' && !options.checkSyntax) {
    setArgv(options.mode === 'script' ? path.resolve(options.script) :
      (options.stdinDash ? '-' : undefined));
    require('internal/modules/esm/loader').runImports(options.imports, runEntry);
    return;
  }
  runEntry();
};

function runEntry() {
  if (options.test) {
    setArgv(undefined);
    preload();
    const patterns = options.script ? [options.script, ...options.scriptArgs] : options.scriptArgs;
    require('internal/main/test_runner')(patterns);
    return;
  }
  switch (options.mode) {
    case 'script': {
      const script = path.resolve(options.script);
      setArgv(script);
      if (options.checkSyntax) {
        const { readFileUtf8 } = internalBinding('fs');
        const source = readFileUtf8(script);
        if (typeof source === 'number') {
          throw require('internal/errors').UVException({ errno: source, syscall: 'open', path: script });
        }
        const { stripShebang, stripBOM } = require('internal/modules/cjs/loader');
        const code = stripShebang(stripBOM(source));
        const esm = require('internal/modules/esm/loader');
        if (isESMEntry(script)) {
          esm.checkModuleSyntax(stripBOM(source), script);
          return;
        }
        try {
          internalBinding('contextify').checkSyntax(code, script);
        } catch (err) {
          // typeless .js with module syntax is checked as a module
          if (!esm.shouldRetryAsESM(err, code, script)) throw err;
          esm.checkModuleSyntax(stripBOM(source), script);
        }
        return;
      }
      preload();
      // ES module entry: .mjs, or .js / extensionless under "type": "module".
      const { Module } = require('internal/modules/cjs/loader');
      const resolved = Module._findPath(script, null, true);
      if (resolved && isESMEntry(resolved)) {
        require('internal/modules/esm/loader').runMain(resolved);
        return;
      }
      if (resolved && options.imports.length > 0 &&
          require('internal/modules/customization_hooks').hasHooks()) {
        require('internal/modules/esm/loader').runMainWithHooks(resolved);
        return;
      }
      Module.runMain(script);
      return;
    }
    case 'eval':
      setArgv(undefined);
      preload();
      const input = evalInput(options.evalSource, '[eval]');
      if (input.type === 'module') {
        if (options.printEval) throw new (require('internal/errors').codes.ERR_EVAL_ESM_CANNOT_PRINT)();
        require('internal/modules/esm/loader').evalModule(input.source, '[eval1]');
        return;
      }
      evalScript('[eval]', input.source, options.printEval);
      return;
    case 'stdin': {
      setArgv(options.stdinDash ? '-' : undefined);
      preload();
      const source = internalBinding('fs').readFileUtf8(0);
      const code = typeof source === 'string' ? source : '';
      if (options.checkSyntax) {
        internalBinding('contextify').checkSyntax(code, '[stdin]');
        return;
      }
      const input = evalInput(code, '[stdin]');
      if (input.type === 'module') {
        require('internal/modules/esm/loader').evalModule(input.source, '[eval1]');
        return;
      }
      evalScript('[stdin]', input.source, options.printEval);
      return;
    }
    case 'repl':
    default:
      setArgv(undefined);
      preload();
      require('internal/repl/start').start();
  }
}

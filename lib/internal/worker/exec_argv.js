'use strict';
// Which execArgv flags a Worker accepts. Node parses a worker's execArgv with the options that
// can differ per thread (its environment options); per-process options, V8 flags and unknown
// flags make it throw ERR_WORKER_INVALID_EXEC_ARGV listing them, and an accepted option with a
// bad or missing value makes it list that option's error instead. Parsing stops at the first
// argument that is no option. The tables were read off node 22 (one Worker per flag).

// Options without a value; each also accepted as --no-<name> unless listed in kNotNegatable.
const kBoolean = new Set([
  'addons', 'allow-addons', 'allow-child-process', 'allow-wasi', 'allow-worker', 'build-snapshot',
  'check', 'cpu-prof', 'deprecation', 'disable-sigusr1', 'enable-network-family-autoselection',
  'enable-source-maps', 'entry-url', 'experimental-addon-modules',
  'experimental-async-context-frame', 'experimental-default-config-file',
  'experimental-detect-module', 'experimental-eventsource', 'experimental-fetch',
  'experimental-global-customevent', 'experimental-global-navigator',
  'experimental-global-webcrypto', 'experimental-import-meta-resolve',
  'experimental-inspector-network-resource', 'experimental-network-inspection',
  'experimental-permission', 'experimental-print-required-tla', 'experimental-repl-await',
  'experimental-require-module', 'experimental-sqlite', 'experimental-strip-types',
  'experimental-test-coverage', 'experimental-test-module-mocks', 'experimental-transform-types',
  'experimental-vm-modules', 'experimental-websocket', 'experimental-webstorage',
  'experimental-worker-inspection', 'extra-info-on-fatal-exception', 'force-async-hooks-checks',
  'force-context-aware', 'force-node-api-uncaught-exceptions-policy', 'frozen-intrinsics',
  'global-search-paths', 'heap-prof', 'insecure-http-parser', 'inspect', 'inspect-brk',
  'inspect-wait', 'interactive', 'network-family-autoselection', 'pending-deprecation',
  'permission', 'preserve-symlinks', 'preserve-symlinks-main', 'print', 'prof-process',
  'report-exclude-env', 'report-exclude-network', 'report-on-signal', 'report-uncaught-exception',
  'test', 'test-force-exit', 'test-only', 'test-update-snapshots', 'throw-deprecation',
  'tls-max-v1.2', 'tls-max-v1.3', 'tls-min-v1.0', 'tls-min-v1.1', 'tls-min-v1.2', 'tls-min-v1.3',
  'trace-atomics-wait', 'trace-deprecation', 'trace-env', 'trace-env-js-stack',
  'trace-env-native-stack', 'trace-exit', 'trace-promises', 'trace-sync-io', 'trace-tls',
  'trace-uncaught', 'trace-warnings', 'track-heap-objects', 'use-env-proxy',
  'verify-base-objects', 'warnings', 'watch-preserve-output',
  // accepted no-ops kept for old command lines: no --no- form
  'es-module-specifier-resolution', 'experimental-abortcontroller', 'experimental-json-modules',
  'experimental-modules', 'experimental-report', 'experimental-specifier-resolution',
  'experimental-top-level-await', 'experimental-wasi-unstable-preview1',
  'experimental-wasm-modules', 'experimental-worker', 'http-parser', 'napi-modules',
]);
const kNotNegatable = new Set([
  'es-module-specifier-resolution', 'experimental-abortcontroller', 'experimental-json-modules',
  'experimental-modules', 'experimental-report', 'experimental-specifier-resolution',
  'experimental-top-level-await', 'experimental-wasi-unstable-preview1',
  'experimental-wasm-modules', 'experimental-worker', 'http-parser', 'napi-modules',
]);
// Options that take a value (--name=value or --name value).
const kWithValue = new Set([
  'allow-fs-read', 'allow-fs-write', 'build-snapshot-config', 'conditions', 'cpu-prof-dir',
  'cpu-prof-interval', 'cpu-prof-name', 'debug-port', 'diagnostic-dir', 'disable-warning',
  'dns-result-order', 'env-file', 'env-file-if-exists', 'eval', 'experimental-config-file',
  'experimental-default-type', 'experimental-loader', 'experimental-test-isolation',
  'heap-prof-dir', 'heap-prof-interval', 'heap-prof-name', 'heapsnapshot-near-heap-limit',
  'heapsnapshot-signal', 'import', 'input-type', 'inspect-port', 'inspect-publish-uid', 'loader',
  'localstorage-file', 'max-http-header-size', 'max-old-space-size-percentage',
  'network-family-autoselection-attempt-timeout', 'redirect-warnings', 'report-signal', 'require',
  'stack-trace-limit', 'test-concurrency', 'test-coverage-branches', 'test-coverage-exclude',
  'test-coverage-functions', 'test-coverage-include', 'test-coverage-lines', 'test-name-pattern',
  'test-reporter', 'test-reporter-destination', 'test-shard', 'test-skip-pattern', 'test-timeout',
  'tls-keylog', 'trace-require-module', 'unhandled-rejections', 'watch-kill-signal',
  // node's own (it lists them as invalid when given): the watch mode and a V8 flag
  'watch-path',
]);
const kShort = { __proto__: null, '-c': 'check', '-i': 'interactive', '-p': 'print', '-C': 'conditions', '-e': 'eval', '-r': 'require' };
const kOneOf = {
  __proto__: null,
  'input-type': ['module', 'commonjs', 'module-typescript', 'commonjs-typescript'],
  'experimental-default-type': ['module', 'commonjs'],
  'unhandled-rejections': ['warn-with-error-code', 'throw', 'strict', 'warn', 'none'],
  'trace-require-module': ['all', 'no-node-modules'],
};
const kOneOfMessage = {
  __proto__: null,
  'input-type': '--input-type must be "module","commonjs", "module-typescript" or "commonjs-typescript"',
  'experimental-default-type': '--experimental-default-type must be "module" or "commonjs"',
  'unhandled-rejections': 'invalid value for --unhandled-rejections',
  'trace-require-module': 'invalid value for --trace-require-module',
};
const kHostPort = new Set(['inspect', 'inspect-brk', 'inspect-wait', 'inspect-port', 'debug-port']);
const kNeeds = { __proto__: null, 'cpu-prof': ['cpu-prof-dir', 'cpu-prof-interval', 'cpu-prof-name'], 'heap-prof': ['heap-prof-dir', 'heap-prof-interval', 'heap-prof-name'] };

// [host:]port as the inspector options take it
function checkPort(value, errors) {
  const m = /^(?:.*:)?(\d+)$/.exec(value);
  if (m === null) return;
  const port = +m[1];
  if (port !== 0 && (port < 1024 || port > 65535)) errors.push('must be 0 or in range 1024 to 65535.');
}

// Returns undefined, or the list ERR_WORKER_INVALID_EXEC_ARGV names.
function checkExecArgv(execArgv) {
  const invalid = [];
  const errors = [];
  const seen = new Map();
  let watch = false;
  let file = false;
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    if (arg === '--') break;
    if (arg.length < 2 || arg[0] !== '-') { file = true; break; }
    let name;
    let value;
    if (arg[1] !== '-') {
      name = kShort[arg];
      if (name === undefined) { invalid.push(arg); continue; }
    } else {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (eq !== -1) value = arg.slice(eq + 1);
    }
    if (kHostPort.has(name) && value !== undefined) {
      checkPort(value, errors);
      seen.set(name, true);
      continue;
    }
    if (kBoolean.has(name)) { seen.set(name, true); continue; }
    if (name.startsWith('no-') && kBoolean.has(name.slice(3))) {
      if (kNotNegatable.has(name.slice(3)) || (kHostPort.has(name.slice(3)) && value !== undefined)) {
        errors.push(`${arg} is an invalid negation because it is not a boolean option`);
      }
      seen.set(name.slice(3), false);
      continue;
    }
    if (name === 'no-watch' || name === 'no-experimental-shadow-realm') continue;
    if (name === 'watch') { watch = true; continue; }
    if (name === 'experimental-shadow-realm') { invalid.push('--harmony-shadow-realm'); continue; }
    if (!kWithValue.has(name)) { invalid.push(arg); continue; }
    if (value === undefined) {
      if (i + 1 >= execArgv.length) {
        errors.push(`${arg} requires an argument`);
        if (name === 'watch-path') watch = true;
        continue;
      }
      value = execArgv[++i];
    }
    if (name === 'stack-trace-limit') { invalid.push(arg); continue; }  // a V8 flag
    if (name === 'watch-path') { watch = true; continue; }
    if (kOneOf[name] !== undefined && !kOneOf[name].includes(value)) errors.push(kOneOfMessage[name]);
    if (kHostPort.has(name)) checkPort(value, errors);
    if (name === 'max-old-space-size-percentage' && !(+value > 0 && +value <= 100)) {
      errors.push(`--max-old-space-size-percentage must be greater than 0 and up to 100. Got: ${value}`);
    }
    if (name === 'inspect-publish-uid' && !value.split(',').every((d) => d === 'stderr' || d === 'http')) {
      errors.push('--inspect-publish-uid destination can be stderr or http');
    }
    seen.set(name, value);
  }
  for (const [opt, dependents] of Object.entries(kNeeds)) {
    if (seen.get(opt) === true) continue;
    for (const d of dependents) if (seen.has(d)) errors.push(`--${d} must be used with --${opt}`);
  }
  if (watch && !file) errors.push('--watch requires specifying a file');
  if (errors.length > 0) return errors;
  if (invalid.length > 0) return invalid;
  return undefined;
}

module.exports = { checkExecArgv };

'use strict';
// process.allowedNodeEnvironmentFlags: the options node 22 accepts in NODE_OPTIONS (node's own
// list, as its process.allowedNodeEnvironmentFlags reports it), with node's lookup rules: '_' for
// '-', with or without leading dashes, a '--no-' form, a '=value' suffix ignored. Read-only:
// add/delete/clear change nothing.

const kFlags = [
  '--abort-on-uncaught-exception', '--addons', '--allow-addons', '--allow-child-process',
  '--allow-fs-read', '--allow-fs-write', '--allow-wasi', '--allow-worker', '--conditions',
  '--cpu-prof', '--cpu-prof-dir', '--cpu-prof-interval', '--cpu-prof-name',
  '--debug-arraybuffer-allocations', '--debug-port', '--deprecation', '--diagnostic-dir',
  '--disable-proto', '--disable-sigusr1', '--disable-warning', '--disable-wasm-trap-handler',
  '--disallow-code-generation-from-strings', '--dns-result-order', '--enable-etw-stack-walking',
  '--enable-fips', '--enable-network-family-autoselection', '--enable-source-maps',
  '--entry-url', '--es-module-specifier-resolution', '--experimental-abortcontroller',
  '--experimental-addon-modules', '--experimental-async-context-frame',
  '--experimental-default-type', '--experimental-detect-module', '--experimental-eventsource',
  '--experimental-fetch', '--experimental-global-customevent', '--experimental-global-navigator',
  '--experimental-global-webcrypto', '--experimental-import-meta-resolve',
  '--experimental-json-modules', '--experimental-loader', '--experimental-modules',
  '--experimental-permission', '--experimental-print-required-tla', '--experimental-repl-await',
  '--experimental-report', '--experimental-require-module', '--experimental-shadow-realm',
  '--experimental-specifier-resolution', '--experimental-sqlite', '--experimental-strip-types',
  '--experimental-top-level-await', '--experimental-transform-types',
  '--experimental-vm-modules', '--experimental-wasi-unstable-preview1',
  '--experimental-wasm-modules', '--experimental-websocket', '--experimental-webstorage',
  '--experimental-worker', '--expose-gc', '--extra-info-on-fatal-exception',
  '--force-async-hooks-checks', '--force-context-aware', '--force-fips',
  '--force-node-api-uncaught-exceptions-policy', '--frozen-intrinsics', '--global-search-paths',
  '--heap-prof', '--heap-prof-dir', '--heap-prof-interval', '--heap-prof-name',
  '--heapsnapshot-near-heap-limit', '--heapsnapshot-signal', '--http-parser',
  '--huge-max-old-generation-size', '--icu-data-dir', '--import', '--input-type',
  '--insecure-http-parser', '--inspect', '--inspect-brk', '--inspect-port',
  '--inspect-publish-uid', '--inspect-wait', '--interpreted-frames-native-stack', '--jitless',
  '--loader', '--localstorage-file', '--max-http-header-size', '--max-old-space-size',
  '--max-old-space-size-percentage', '--max-semi-space-size', '--napi-modules',
  '--network-family-autoselection', '--network-family-autoselection-attempt-timeout',
  '--no-addons', '--no-allow-addons', '--no-allow-child-process', '--no-allow-wasi',
  '--no-allow-worker', '--no-cpu-prof', '--no-debug-arraybuffer-allocations', '--no-deprecation',
  '--no-disable-sigusr1', '--no-disable-wasm-trap-handler', '--no-enable-fips',
  '--no-enable-source-maps', '--no-entry-url', '--no-experimental-addon-modules',
  '--no-experimental-async-context-frame', '--no-experimental-detect-module',
  '--no-experimental-eventsource', '--no-experimental-fetch',
  '--no-experimental-global-customevent', '--no-experimental-global-navigator',
  '--no-experimental-global-webcrypto', '--no-experimental-import-meta-resolve',
  '--no-experimental-print-required-tla', '--no-experimental-repl-await',
  '--no-experimental-require-module', '--no-experimental-shadow-realm',
  '--no-experimental-sqlite', '--no-experimental-strip-types',
  '--no-experimental-transform-types', '--no-experimental-vm-modules',
  '--no-experimental-websocket', '--no-experimental-webstorage',
  '--no-extra-info-on-fatal-exception', '--no-force-async-hooks-checks',
  '--no-force-context-aware', '--no-force-fips',
  '--no-force-node-api-uncaught-exceptions-policy', '--no-frozen-intrinsics',
  '--no-global-search-paths', '--no-heap-prof', '--no-insecure-http-parser', '--no-inspect',
  '--no-inspect-brk', '--no-inspect-wait', '--no-network-family-autoselection',
  '--no-node-snapshot', '--no-openssl-legacy-provider', '--no-openssl-shared-config',
  '--no-pending-deprecation', '--no-permission', '--no-preserve-symlinks',
  '--no-preserve-symlinks-main', '--no-report-compact', '--no-report-exclude-env',
  '--no-report-exclude-network', '--no-report-on-fatalerror', '--no-report-on-signal',
  '--no-report-uncaught-exception', '--no-test-only', '--no-throw-deprecation',
  '--no-tls-max-v1.2', '--no-tls-max-v1.3', '--no-tls-min-v1.0', '--no-tls-min-v1.1',
  '--no-tls-min-v1.2', '--no-tls-min-v1.3', '--no-trace-atomics-wait', '--no-trace-deprecation',
  '--no-trace-env', '--no-trace-env-js-stack', '--no-trace-env-native-stack', '--no-trace-exit',
  '--no-trace-promises', '--no-trace-sigint', '--no-trace-sync-io', '--no-trace-tls',
  '--no-trace-uncaught', '--no-trace-warnings', '--no-track-heap-objects', '--no-use-bundled-ca',
  '--no-use-env-proxy', '--no-use-openssl-ca', '--no-use-system-ca', '--no-verify-base-objects',
  '--no-warnings', '--no-watch', '--no-watch-preserve-output', '--no-zero-fill-buffers',
  '--node-memory-debug', '--node-snapshot', '--openssl-config', '--openssl-legacy-provider',
  '--openssl-shared-config', '--pending-deprecation', '--perf-basic-prof',
  '--perf-basic-prof-only-functions', '--perf-prof', '--perf-prof-unwinding-info',
  '--permission', '--preserve-symlinks', '--preserve-symlinks-main', '--prof-process',
  '--redirect-warnings', '--report-compact', '--report-dir', '--report-directory',
  '--report-exclude-env', '--report-exclude-network', '--report-filename',
  '--report-on-fatalerror', '--report-on-signal', '--report-signal',
  '--report-uncaught-exception', '--require', '--secure-heap', '--secure-heap-min',
  '--snapshot-blob', '--stack-trace-limit', '--test-coverage-branches',
  '--test-coverage-exclude', '--test-coverage-functions', '--test-coverage-include',
  '--test-coverage-lines', '--test-name-pattern', '--test-only', '--test-reporter',
  '--test-reporter-destination', '--test-shard', '--test-skip-pattern', '--throw-deprecation',
  '--title', '--tls-cipher-list', '--tls-keylog', '--tls-max-v1.2', '--tls-max-v1.3',
  '--tls-min-v1.0', '--tls-min-v1.1', '--tls-min-v1.2', '--tls-min-v1.3', '--trace-atomics-wait',
  '--trace-deprecation', '--trace-env', '--trace-env-js-stack', '--trace-env-native-stack',
  '--trace-event-categories', '--trace-event-file-pattern', '--trace-events-enabled',
  '--trace-exit', '--trace-promises', '--trace-require-module', '--trace-sigint',
  '--trace-sync-io', '--trace-tls', '--trace-uncaught', '--trace-warnings',
  '--track-heap-objects', '--unhandled-rejections', '--use-bundled-ca', '--use-env-proxy',
  '--use-largepages', '--use-openssl-ca', '--use-system-ca', '--v8-pool-size',
  '--verify-base-objects', '--warnings', '--watch', '--watch-kill-signal', '--watch-path',
  '--watch-preserve-output', '--zero-fill-buffers', '-C', '-r',
];

class NodeEnvironmentFlagsSet extends Set {
  add() { return this; }
  delete() { return false; }
  clear() {}
  has(key) {
    if (typeof key !== 'string') return false;
    key = key.replace(/_/g, '-');
    if (key.startsWith('-')) {
      const eq = key.indexOf('=');
      if (eq !== -1) key = key.slice(0, eq);
      if (super.has(key)) return true;
      return key.startsWith('--no-') && super.has(`--${key.slice(5)}`);
    }
    return super.has(`-${key}`) || super.has(`--${key}`);
  }
}

let flags;
function allowedNodeEnvironmentFlags() {
  if (flags === undefined) {
    flags = new NodeEnvironmentFlagsSet();
    for (const f of kFlags) Set.prototype.add.call(flags, f);
    Object.freeze(flags);
  }
  return flags;
}

module.exports = { allowedNodeEnvironmentFlags };

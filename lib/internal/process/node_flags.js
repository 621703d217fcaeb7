'use strict';
// node's options that take effect in JS (src/runtime/options.cc lists them with kApply), applied
// once per process before the entry point runs. --max-http-header-size and
// --insecure-http-parser are read by _http_common itself.

const options = internalBinding('options');
const state = () => require('internal/process/flag_state');

function apply() {
  const flags = options.nodeFlags;
  if (flags.length === 0) return;
  const conditions = [];
  let eventSource = false;
  for (const [name, value] of flags) {
    switch (name) {
      case '--conditions':
        conditions.push(value);
        break;
      case '--tls-min-v1.0':
      case '--tls-min-v1.1':
      case '--tls-min-v1.2':
      case '--tls-min-v1.3':
        require('tls').DEFAULT_MIN_VERSION = `TLSv${name.slice(-3)}`;
        break;
      case '--tls-max-v1.2':
      case '--tls-max-v1.3':
        require('tls').DEFAULT_MAX_VERSION = `TLSv${name.slice(-3)}`;
        break;
      case '--tls-cipher-list':
        require('tls').DEFAULT_CIPHERS = value;
        break;
      case '--tls-keylog':
        state().tlsKeylogFd = require('fs').openSync(value, 'a');
        break;
      case '--zero-fill-buffers':
        state().zeroFillBuffers = true;
        break;
      case '--openssl-legacy-provider':
        internalBinding('crypto').loadLegacyProvider();
        break;
      case '--disable-proto':
        disableProto(value);
        break;
      case '--redirect-warnings':
        require('internal/process/warning').redirectWarnings(value);
        break;
      case '--trace-exit':
        state().traceExit = true;
        break;
      case '--trace-sigint':
        traceSigint();
        break;
      case '--diagnostic-dir':
      case '--report-dir':
      case '--report-directory':
        process.report.directory = value;
        break;
      case '--report-filename':
        process.report.filename = value;
        break;
      case '--report-compact':
        process.report.compact = true;
        break;
      case '--report-exclude-env':
        process.report.excludeEnv = true;
        break;
      case '--report-exclude-network':
        process.report.excludeNetwork = true;
        break;
      case '--report-on-fatalerror':
        process.report.reportOnFatalError = true;
        break;
      case '--report-signal':
        process.report.signal = value;
        break;
      case '--report-on-signal':
        process.report.reportOnSignal = true;
        break;
      case '--report-uncaught-exception':
        process.report.reportOnUncaughtException = true;
        break;
      case '--heapsnapshot-signal':
        process.on(value, () => require('v8').writeHeapSnapshot());
        break;
      case '--network-family-autoselection-attempt-timeout':
        require('net').setDefaultAutoSelectFamilyAttemptTimeout(Number(value));
        break;
      case '--no-network-family-autoselection':
        require('net').setDefaultAutoSelectFamily(false);
        break;
      case '--no-experimental-global-navigator':
        delete globalThis.navigator;
        delete globalThis.Navigator;
        break;
      case '--no-experimental-global-customevent':
        delete globalThis.CustomEvent;
        break;
      case '--no-experimental-global-webcrypto':
        delete globalThis.crypto;
        delete globalThis.Crypto;
        delete globalThis.CryptoKey;
        delete globalThis.SubtleCrypto;
        break;
      case '--no-experimental-websocket':
        delete globalThis.WebSocket;
        break;
      case '--experimental-eventsource':
        eventSource = true;
        break;
      case '--no-experimental-eventsource':
        eventSource = false;
        break;
      case '--no-experimental-sqlite':
        require.disable('sqlite');
        break;
      case '--no-extra-info-on-fatal-exception':
        require('internal/process/execution').omitVersionLine();
        break;
      case '--no-global-search-paths':
        require('internal/modules/cjs/loader').Module._noGlobalSearchPaths();
        break;
      default:
        break;
    }
  }
  if (conditions.length > 0) addConditions(conditions);
  if (eventSource) {
    Object.defineProperty(globalThis, 'EventSource', {
      value: require('internal/eventsource').EventSource,
      writable: true, enumerable: false, configurable: true,
    });
  }
}

// -C / --conditions: extra export conditions for require() and import, as node's
function addConditions(list) {
  const lists = [
    require('internal/modules/cjs/loader').kConditions,
    require('internal/modules/esm/resolve').kDefaultConditions,
    require('internal/modules/customization_hooks').cjsConditions,
    require('internal/modules/customization_hooks').esmConditions,
  ];
  for (const l of lists) {
    for (const c of list) if (!l.includes(c)) l.splice(l.length - (l.at(-1) === 'default' ? 1 : 0), 0, c);
  }
}

function disableProto(mode) {
  const desc = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
  if (mode === 'delete') {
    delete Object.prototype.__proto__;
  } else if (mode === 'throw') {
    const refuse = function() {
      const err = new Error('Accessing Object.prototype.__proto__ has been disallowed with ' +
                            '--disable-proto=throw');
      err.code = 'ERR_PROTO_ACCESS';
      throw err;
    };
    Object.defineProperty(Object.prototype, '__proto__', {
      __proto__: null, configurable: true, get: refuse, set: desc.set === undefined ? undefined : refuse,
    });
  } else {
    const err = new Error(`invalid mode passed to --disable-proto: ${mode}`);
    process._rawDebug(err.message);
    process.exit(9);
  }
}

// --trace-sigint: the stack where SIGINT interrupted the program, then node's default exit
function traceSigint() {
  process.on('SIGINT', function onSigint() {
    if (process.listenerCount('SIGINT') > 1) return;
    process._rawDebug(`KEYBOARD_INTERRUPT: Received SIGINT\n${new Error().stack}`);
    process.removeListener('SIGINT', onSigint);
    process.kill(process.pid, 'SIGINT');
  });
}

module.exports = { apply };

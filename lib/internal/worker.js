'use strict';
// The Worker class (parent side) and the state a worker thread sees (parentPort, workerData,
// environment data).

const EventEmitter = require('events');
const path = require('path');
const binding = internalBinding('worker');
const options = internalBinding('options');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_WORKER_INIT_FAILED, ERR_WORKER_PATH,
    ERR_WORKER_OUT_OF_MEMORY, ERR_METHOD_NOT_IMPLEMENTED, ERR_WORKER_INVALID_EXEC_ARGV,
  },
} = require('internal/errors');
const { validateString, validateArray } = require('internal/validators');
const io = require('internal/worker/io');

const kHandle = Symbol('kHandle');
const kPublicPort = Symbol('kPublicPort');
const kPort = Symbol('kPort');
const kOnExit = Symbol('kOnExit');
const kOnCtrl = Symbol('kOnCtrl');
const kLimits = Symbol('kLimits');
const kExited = Symbol('kExited');
const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

const isMainThread = binding.isMainThread;
const threadId = binding.threadId;

// Environment data (setEnvironmentData): copied into each new worker.
const environmentData = new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

const limitNames = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb',
  'stackSizeMb'];

function parseResourceLimits(obj) {
  const limits = new Float64Array(4);
  if (obj === null || typeof obj !== 'object') return limits;
  for (let i = 0; i < limitNames.length; i++) {
    const v = obj[limitNames[i]];
    if (typeof v === 'number' && v > 0) limits[i] = v;
  }
  return limits;
}

function limitsObject(limits) {
  const out = {};
  for (let i = 0; i < limitNames.length; i++) out[limitNames[i]] = limits[i];
  return out;
}

// The worker's own limits (all -1 until set, as node reports them on the main thread: {}).
const resourceLimits = isMainThread ? {} : (() => {
  const raw = binding.getResourceLimits();
  const out = limitsObject(raw);
  if (!(out.stackSizeMb > 0)) out.stackSizeMb = 4;
  return out;
})();

function resolveFilename(filename, doEval) {
  if (doEval) {
    validateString(filename, 'filename');
    return filename;
  }
  if (filename !== null && typeof filename === 'object' && typeof filename.href === 'string') {
    const url = filename;
    if (url.protocol === 'data:') return url.href;
    // other schemes: fileURLToPath's ERR_INVALID_URL_SCHEME, as node
    return require('internal/url').fileURLToPath(url);
  }
  validateString(filename, 'filename');
  if (filename.startsWith('data:')) return filename;
  if (filename.startsWith('file://')) throw new ERR_WORKER_PATH(filename);
  if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
    throw new ERR_WORKER_PATH(filename);
  }
  return path.resolve(filename);
}

// A private option: the worker runs this internal module instead of user code (module.register's
// hooks thread).
const kInternalMain = Symbol('kInternalMain');

class Worker extends EventEmitter {
  constructor(filename, opts = {}) {
    super();
    // As node: options that are no object are read as one (null throws a TypeError reading
    // execArgv), and falsy argv/execArgv/name/transferList/resourceLimits are ignored.
    if (opts.execArgv && !Array.isArray(opts.execArgv)) {
      throw new ERR_INVALID_ARG_TYPE('options.execArgv', 'Array', opts.execArgv);
    }
    const doEval = opts.eval === true ? true : false;
    if (opts.eval !== undefined && typeof opts.eval !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('options.eval', 'boolean', opts.eval);
    }
    const file = resolveFilename(filename, doEval);
    let argv = [];
    if (opts.argv) {
      validateArray(opts.argv, 'options.argv');
      argv = opts.argv.map(String);
    }
    let execArgv;
    if (opts.execArgv) {
      execArgv = opts.execArgv.map(String);
      const bad = require('internal/worker/exec_argv').checkExecArgv(execArgv);
      if (bad !== undefined) throw new ERR_WORKER_INVALID_EXEC_ARGV(bad);
    }
    let env;
    if (opts.env === SHARE_ENV) {
      env = SHARE_ENV;
    } else if (opts.env !== undefined && opts.env !== null) {
      if (typeof opts.env !== 'object') {
        throw new ERR_INVALID_ARG_TYPE('options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], opts.env);
      }
      env = {};
      for (const key of Object.keys(opts.env)) env[key] = `${opts.env[key]}`;
    } else {
      env = { ...process.env };
    }
    if (opts.name) validateString(opts.name, 'options.name');
    const limits = parseResourceLimits(opts.resourceLimits);
    this[kLimits] = limits;
    this[kExited] = false;

    const handle = new binding.Worker({ argv, execArgv, limits });
    this[kHandle] = handle;
    const [pub, ctrl] = handle.ports;
    this[kPublicPort] = pub;
    this[kPort] = ctrl;
    pub.on('message', (data) => this.emit('message', data));
    pub.on('messageerror', (err) => this.emit('messageerror', err));
    pub.unref();
    // The worker's messages wait until 'online' was emitted (it comes on the other channel).
    pub.stop();
    ctrl.on('message', (msg) => this[kOnCtrl](msg));
    ctrl.unref();
    handle.onexit = (code, oom) => this[kOnExit](code, oom);
    this.threadId = handle.threadId;
    this.threadName = opts.name || 'WorkerThread';

    const { Readable, Writable } = require('stream');
    this.stdin = null;
    if (opts.stdin) {
      this.stdin = new Writable({
        write(chunk, encoding, cb) {
          if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
          ctrl.postMessage({ type: 'stdin', chunk });
          cb();
        },
        final(cb) {
          ctrl.postMessage({ type: 'stdin', chunk: null });
          cb();
        },
      });
    }
    this.stdout = new Readable({ read() {} });
    this.stderr = new Readable({ read() {} });
    // Without the stdout/stderr options the worker's output goes to this process's.
    if (!opts.stdout) this.stdout.on('data', (chunk) => process.stdout.write(chunk));
    if (!opts.stderr) this.stderr.on('data', (chunk) => process.stderr.write(chunk));

    const load = {
      type: 'load',
      filename: file,
      doEval: doEval ? (opts.type === 'module' ? 'module' : 'classic') : false,
      workerData: opts.workerData,
      env: env === SHARE_ENV ? null : env,
      shareEnv: env === SHARE_ENV,
      environmentData,
      name: opts.name ?? '',
      argv,
      cwd: process.cwd(),
      hasStdin: !!opts.stdin,
      internalMain: opts[kInternalMain],
    };
    // Any iterable; a string's characters are refused as transferables, as node does.
    const transferList = opts.transferList && typeof opts.transferList[Symbol.iterator] === 'function' ?
      Array.from(opts.transferList) : undefined;
    try {
      ctrl.postMessage(load, transferList);
    } catch (err) {
      handle.close();
      throw err;
    }
    const err = handle.startThread();
    if (err) {
      throw new ERR_WORKER_INIT_FAILED(require('internal/errors').errnoName?.(err) ?? String(err));
    }
    const dc = require('diagnostics_channel');
    if (dc.hasSubscribers('worker_threads')) dc.channel('worker_threads').publish({ worker: this });
  }

  [kOnCtrl](msg) {
    if (msg === null || typeof msg !== 'object') return;
    switch (msg.type) {
      case 'online':
        this.emit('online');
        this[kPublicPort].start();
        break;
      case 'error':
        this.emit('error', msg.error);
        break;
      case 'stdio': {
        const stream = this[msg.name];
        if (stream === undefined || stream[kExited]) break;
        const c = msg.chunk;
        if (c === null) stream[kExited] = true;
        stream.push(c === null ? null : Buffer.from(c.buffer, c.byteOffset, c.byteLength));
        break;
      }
      default:
        break;
    }
  }

  [kOnExit](code, oom) {
    // Messages the worker sent before it ended are delivered first, as in node.
    const ctrl = this[kPort];
    const pub = this[kPublicPort];
    ctrl.start();
    let m;
    while ((m = io.receiveMessageOnPort(ctrl)) !== undefined) this[kOnCtrl](m.message);
    pub.start();
    while ((m = io.receiveMessageOnPort(pub)) !== undefined) this.emit('message', m.message);
    this[kHandle] = null;
    this[kExited] = true;
    for (const stream of [this.stdout, this.stderr]) {
      if (!stream[kExited]) {
        stream[kExited] = true;
        stream.push(null);
      }
    }
    if (oom) {
      this.emit('error', new ERR_WORKER_OUT_OF_MEMORY('JS heap out of memory'));
    }
    this.emit('exit', code);
    this.removeAllListeners('message');
    this.removeAllListeners('messageerror');
    pub.removeAllListeners();
    ctrl.removeAllListeners();
    // A ref() taken on the worker ends with it.
    pub.unref();
  }

  postMessage(...args) {
    if (this[kPublicPort] === undefined || this[kExited]) return;
    Reflect.apply(this[kPublicPort].postMessage, this[kPublicPort], args);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning(
        'Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
      this.once('exit', (code) => callback(null, code));
    }
    if (this[kHandle] === null || this[kHandle] === undefined) return Promise.resolve();
    // An unref'd worker being terminated keeps the loop alive until its 'exit', as in node.
    this[kHandle].ref();
    this[kHandle].stopThread();
    return new Promise((resolve) => {
      this.once('exit', (code) => resolve(code));
    });
  }

  ref() {
    if (this[kHandle] == null) return;
    this[kHandle].ref();
    this[kPublicPort].ref();
  }

  unref() {
    if (this[kHandle] == null) return;
    this[kHandle].unref();
    this[kPublicPort].unref();
  }

  get resourceLimits() {
    if (this[kHandle] == null) return {};
    const out = limitsObject(this[kLimits]);
    if (!(out.stackSizeMb > 0)) out.stackSizeMb = 4;
    return out;
  }

  get performance() {
    return {
      eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; },
    };
  }

  getHeapSnapshot() {
    return Promise.reject(new ERR_METHOD_NOT_IMPLEMENTED('worker.getHeapSnapshot()'));
  }

  async [Symbol.asyncDispose]() {
    await this.terminate();
  }
}

// ---- inside a worker ------------------------------------------------------------------------

const state = {
  parentPort: null,
  workerData: null,
  ctrl: null,
};

// Sends an uncaught error to the parent ('error' on the Worker); returns the exit code.
function reportWorkerError(err) {
  if (state.ctrl === null) return 1;
  try {
    state.ctrl.postMessage({ type: 'error', error: err });
  } catch {
    try {
      const copy = err instanceof Error ? Object.assign(new Error(err.message), { stack: err.stack, name: err.name }) : `${err}`;
      state.ctrl.postMessage({ type: 'error', error: copy });
    } catch {
      // nothing more to do
    }
  }
  const code = process.exitCode;
  return typeof code === 'number' && code !== 0 ? code : 1;
}

module.exports = {
  kInternalMain,
  SHARE_ENV,
  Worker,
  environmentData,
  getEnvironmentData,
  isMainThread,
  reportWorkerError,
  resourceLimits,
  setEnvironmentData,
  state,
  threadId,
};

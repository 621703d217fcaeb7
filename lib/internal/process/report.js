'use strict';
// process.report: node's diagnostic report (getReport/writeReport and their settings), built here
// from what the runtime already exposes; internalBinding('process_methods') adds the glibc
// versions and the resource limits. nodus has no native stack or libuv handle list to show:
// those sections are empty.

const binding = internalBinding('process_methods');
const { validateBoolean, validateObject, validateString, validateSignalName } =
  require('internal/validators');

const settings = {
  directory: '',
  filename: '',
  compact: false,
  excludeNetwork: false,
  signal: 'SIGUSR2',
  reportOnFatalError: false,
  reportOnSignal: false,
  reportOnUncaughtException: false,
  excludeEnv: false,
};
let sequence = 0;

function syntheticError() {
  const err = new Error('JavaScript Callstack');
  err.code = 'ERR_SYNTHETIC';
  err.name = 'Error [ERR_SYNTHETIC]';
  Error.captureStackTrace(err, syntheticError);
  return err;
}

function javascriptStack(err) {
  let stack = typeof err.stack === 'string' ? err.stack.split('\n') : [];
  const message = stack.length > 0 ? stack[0] : String(err);
  stack = stack.slice(1).map((line) => line.trim()).filter((line) => line.startsWith('at '));
  const errorProperties = {};
  for (const key of Object.keys(err)) {
    if (key === 'name' && err.code === 'ERR_SYNTHETIC') continue;
    const v = err[key];
    errorProperties[key] = typeof v === 'string' ? v : String(v);
  }
  const synthetic = err.code === 'ERR_SYNTHETIC';
  return { message: synthetic ? 'Error [ERR_SYNTHETIC]: JavaScript Callstack' : message, stack,
           errorProperties };
}

function pad(n, width = 2) {
  return String(n).padStart(width, '0');
}

function heap() {
  const v8 = require('v8');
  const h = v8.getHeapStatistics();
  const spaces = {};
  for (const s of v8.getHeapSpaceStatistics()) {
    spaces[s.space_name] = {
      memorySize: s.space_size,
      committedMemory: s.physical_space_size,
      capacity: s.space_used_size + s.space_available_size,
      used: s.space_used_size,
      available: s.space_available_size,
    };
  }
  return {
    totalMemory: h.total_heap_size,
    executableMemory: h.total_heap_size_executable,
    totalCommittedMemory: h.total_physical_size,
    availableMemory: h.total_available_size,
    totalGlobalHandlesMemory: h.total_global_handles_size,
    usedGlobalHandlesMemory: h.used_global_handles_size,
    usedMemory: h.used_heap_size,
    memoryLimit: h.heap_size_limit,
    mallocedMemory: h.malloced_memory,
    externalMemory: h.external_memory,
    peakMallocedMemory: h.peak_malloced_memory,
    nativeContextCount: h.number_of_native_contexts,
    detachedContextCount: h.number_of_detached_contexts,
    doesZapGarbage: h.does_zap_garbage !== 0,
    heapSpaces: spaces,
  };
}

function cpuUsage() {
  const r = process.resourceUsage();
  const uptime = Math.max(process.uptime(), 1e-6);
  const user = r.userCPUTime / 1e6;
  const kernel = r.systemCPUTime / 1e6;
  return {
    r,
    cpu: {
      userCpuSeconds: user,
      kernelCpuSeconds: kernel,
      cpuConsumptionPercent: (user + kernel) / uptime * 100,
      userCpuConsumptionPercent: user / uptime * 100,
      kernelCpuConsumptionPercent: kernel / uptime * 100,
    },
  };
}

function sharedObjects() {
  const seen = new Set();
  let maps = '';
  try {
    maps = require('fs').readFileSync('/proc/self/maps', 'latin1');
  } catch {
    return [];
  }
  for (const line of maps.split('\n')) {
    const i = line.indexOf('/');
    if (i === -1) continue;
    const file = line.slice(i);
    if (/\.so(\.|$)/.test(file)) seen.add(file);
  }
  return [...seen];
}

// `err` null: no JavaScript stack (a report on a signal).
function build(err, event, trigger, filename) {
  const os = require('os');
  const now = new Date();
  const { r, cpu } = cpuUsage();
  const [glibcRuntime, glibcCompiler, limits] = binding.getReportSystemInfo();
  const userLimits = {};
  for (const [name, soft, hard] of limits) {
    userLimits[name] = {
      soft: soft === -1 ? 'unlimited' : soft,
      hard: hard === -1 ? 'unlimited' : hard,
    };
  }
  const networkInterfaces = [];
  if (!settings.excludeNetwork) {
    for (const [name, list] of Object.entries(os.networkInterfaces())) {
      for (const a of list) {
        const entry = { name, internal: a.internal, mac: a.mac, address: a.address,
                        netmask: a.netmask, family: a.family };
        if (a.family === 'IPv6') entry.scopeid = a.scopeid;
        networkInterfaces.push(entry);
      }
    }
  }
  const { threadId } = require('worker_threads');
  return {
    header: {
      reportVersion: 5,
      event,
      trigger,
      filename,
      dumpEventTime: now.toISOString().replace(/\.\d+Z$/, 'Z'),
      dumpEventTimeStamp: String(now.getTime()),
      processId: process.pid,
      threadId,
      cwd: process.cwd(),
      commandLine: [process.argv0 === process.execPath ? process.execPath : process.argv0,
        ...process.execArgv, ...process.argv.slice(1)],
      nodejsVersion: process.version,
      glibcVersionRuntime: glibcRuntime,
      glibcVersionCompiler: glibcCompiler,
      wordSize: 64,
      arch: process.arch,
      platform: process.platform,
      componentVersions: { ...process.versions },
      release: { ...process.release },
      osName: os.type(),
      osRelease: os.release(),
      osVersion: os.version(),
      osMachine: os.machine(),
      cpus: os.cpus().map((c) => ({ model: c.model, speed: c.speed, ...c.times })),
      networkInterfaces,
      host: os.hostname(),
    },
    javascriptStack: err === null ? { message: '', errorProperties: {} } : javascriptStack(err),
    javascriptHeap: heap(),
    nativeStack: [],
    resourceUsage: {
      free_memory: os.freemem(),
      total_memory: os.totalmem(),
      rss: process.memoryUsage.rss(),
      constrained_memory: process.constrainedMemory(),
      available_memory: process.availableMemory(),
      ...cpu,
      maxRss: r.maxRSS * 1024,
      pageFaults: { IORequired: r.majorPageFault, IONotRequired: r.minorPageFault },
      fsActivity: { reads: r.fsRead, writes: r.fsWrite },
    },
    uvthreadResourceUsage: { ...cpu, fsActivity: { reads: r.fsRead, writes: r.fsWrite } },
    libuv: [],
    workers: [],
    environmentVariables: settings.excludeEnv ? undefined : { ...process.env },
    userLimits,
    sharedObjects: sharedObjects(),
  };
}

function serialize(report) {
  return settings.compact ? JSON.stringify(report) : JSON.stringify(report, null, 2);
}

function defaultFilename() {
  const d = new Date();
  const { threadId } = require('worker_threads');
  sequence++;
  return `report.${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}.` +
    `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}.${process.pid}.` +
    `${threadId}.${pad(sequence, 3)}.json`;
}

// Writes a report: to `file` ('stdout'/'stderr' for those streams), else process.report.filename,
// else report.<date>.<time>.<pid>.<thread>.<seq>.json in process.report.directory or the cwd.
function write(file, err, event, trigger) {
  const fs = require('fs');
  const path = require('path');
  let name = file ?? (settings.filename !== '' ? settings.filename : defaultFilename());
  const report = build(err, event, trigger, name);
  const text = serialize(report) + '\n';
  if (name === 'stdout' || name === 'stderr') {
    fs.writeSync(name === 'stdout' ? 1 : 2, text);
  } else {
    const target = settings.directory !== '' && !path.isAbsolute(name) ?
      path.join(settings.directory, name) : name;
    try {
      fs.writeFileSync(target, text);
    } catch (e) {
      fs.writeSync(2, `\nFailed to open Node.js report file: ${name} (errno: ${-e.errno})\n`);
      return '';
    }
  }
  fs.writeSync(2, `\nWriting Node.js report to file: ${name}\n` + 'Node.js report completed\n');
  return name;
}

const report = {
  writeReport(file, err) {
    if (typeof file === 'object' && file !== null) {
      err = file;
      file = undefined;
    } else if (file !== undefined) {
      validateString(file, 'file');
    }
    if (err === undefined) err = syntheticError();
    else validateObject(err, 'err');
    return write(file, err, 'JavaScript API', 'API');
  },
  getReport(err) {
    if (err === undefined) err = syntheticError();
    else validateObject(err, 'err');
    return JSON.parse(JSON.stringify(build(err, 'JavaScript API', 'GetReport', null)));
  },
};

// A setting: getter, validated setter (argument name as node's), and what a change must do.
function setting(name, validate, argName, onChange) {
  return {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return settings[name]; },
    set(value) {
      validate(value, argName);
      const old = settings[name];
      settings[name] = value;
      if (onChange !== undefined && old !== value) onChange(value, old);
    },
  };
}
Object.defineProperties(report, {
  directory: setting('directory', validateString, 'directory'),
  filename: setting('filename', validateString, 'filename'),
  compact: setting('compact', validateBoolean, 'compact'),
  excludeNetwork: setting('excludeNetwork', validateBoolean, 'excludeNetwork'),
  signal: setting('signal', validateSignalName, 'signal', (sig, old) => {
    if (!settings.reportOnSignal) return;
    process.removeListener(old, onSignal);
    process.on(sig, onSignal);
  }),
  reportOnFatalError: setting('reportOnFatalError', validateBoolean, 'trigger'),
  reportOnSignal: setting('reportOnSignal', validateBoolean, 'trigger', (on) => {
    if (on) process.on(settings.signal, onSignal);
    else process.removeListener(settings.signal, onSignal);
  }),
  reportOnUncaughtException: setting('reportOnUncaughtException', validateBoolean, 'trigger',
    (on) => require('internal/process/execution').setReportHook(on ? onUncaughtException : null)),
  excludeEnv: setting('excludeEnv', validateBoolean, 'excludeEnv'),
});

function onSignal() {
  write(undefined, null, settings.signal, 'Signal');
}

// The uncaught-exception path's hook while reportOnUncaughtException is on.
function onUncaughtException(err) {
  const e = typeof err === 'object' && err !== null ? err : syntheticError();
  write(undefined, e, 'Exception', 'Exception');
}

module.exports = { report };

// Shapes of process properties (values that differ between runtimes are shown by type).
const t = (v) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
console.log(Object.prototype.toString.call(process));
console.log(process.title === process.title, t(process.pid), t(process.ppid));
console.log(process.platform, process.arch, t(process.version), /^v22\./.test(process.version));
console.log(t(process.versions), t(process.versions.v8), t(process.versions.uv));
console.log(process.release.name, t(process.execPath), t(process.argv0));
console.log(process.argv.length, require('path').basename(process.argv[1]));
console.log(JSON.stringify(process.execArgv));
console.log(t(process.env), t(process.env.PATH));
console.log(t(process.config), t(process.features));
console.log(process.exitCode, process._exiting);
for (const k of ['hrtime', 'memoryUsage', 'cpuUsage', 'resourceUsage', 'uptime', 'kill',
  'exit', 'cwd', 'chdir', 'umask', 'nextTick', 'emitWarning', 'getuid', 'geteuid', 'getgid',
  'getegid', 'getgroups', 'setuid', 'setgid', 'seteuid', 'setegid', 'setgroups', 'abort',
  'on', 'emit', 'once', 'off', 'listenerCount', 'binding', 'dlopen', 'reallyExit',
  'setUncaughtExceptionCaptureCallback', 'hasUncaughtExceptionCaptureCallback',
  'availableMemory', 'constrainedMemory', 'loadEnvFile', 'getBuiltinModule']) {
  console.log(k, t(process[k]));
}
const hr = process.hrtime();
console.log(hr.length, t(hr[0]), t(hr[1]), t(process.hrtime.bigint()));
const d = process.hrtime(hr);
console.log(d.length, d[0] >= 0, d[1] >= 0);
const mu = process.memoryUsage();
console.log(Object.keys(mu).join(','), mu.rss > 0, mu.heapUsed > 0, t(process.memoryUsage.rss()));
const cu = process.cpuUsage();
console.log(Object.keys(cu).join(','), cu.user >= 0);
const cu2 = process.cpuUsage(cu);
console.log(cu2.user >= 0, cu2.system >= 0);
console.log(Object.keys(process.resourceUsage()).join(','));
console.log(t(process.uptime()), process.uptime() >= 0);
console.log(process.cwd() === require('path').resolve('.'));
console.log(t(process.umask()), process.umask(0o22) === process.umask());
console.log(process.getuid() === process.geteuid(), Array.isArray(process.getgroups()));
console.log(process.emit('no-listeners'), process.listenerCount('exit'));
console.log(process.getBuiltinModule('events') === require('events'),
  process.getBuiltinModule('node:path') === require('path'), process.getBuiltinModule('nope'));

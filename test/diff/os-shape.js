'use strict';
// node:os: exports, function names and lengths, value types and shapes, the
// constants, tmpdir() rules and argument errors. No machine-specific values.
const os = require('os');
const util = require('util');

const { print, attempt } = require('./_print');

print(Object.keys(os).join());
for (const k of Object.keys(os)) {
  const d = Object.getOwnPropertyDescriptor(os, k);
  const fn = typeof os[k] === 'function';
  print(k, typeof os[k], d.writable, d.enumerable, d.configurable,
        fn ? `${os[k].length} ${JSON.stringify(os[k].name)} ${typeof os[k][Symbol.toPrimitive]}` : '');
}

print('# values');
print(typeof os.hostname(), os.hostname().length > 0, `${os.hostname}` === os.hostname());
print(os.type(), os.platform(), os.arch() === process.arch, os.endianness(), JSON.stringify(os.EOL), os.devNull);
print(typeof os.release(), typeof os.version(), typeof os.machine(), `${os.machine}` === os.machine());
print(typeof os.homedir(), os.homedir() === os.userInfo().homedir);
print(typeof os.uptime(), os.uptime() > 0, typeof os.freemem(), typeof os.totalmem(),
      os.totalmem() > os.freemem(), Number.isInteger(os.totalmem()));
print(Number.isInteger(os.availableParallelism()), os.availableParallelism() >= 1);
const load = os.loadavg();
print(Array.isArray(load), load.length, load.every((n) => typeof n === 'number' && n >= 0));

print('# cpus');
const cpus = os.cpus();
print(Array.isArray(cpus), cpus.length >= 1);
print(Object.keys(cpus[0]).join(), Object.keys(cpus[0].times).join(),
      typeof cpus[0].model, typeof cpus[0].speed, Object.values(cpus[0].times).every(Number.isInteger));

print('# networkInterfaces');
const ifaces = os.networkInterfaces();
print(Object.getPrototypeOf(ifaces) === Object.prototype);
const lo = ifaces.lo || [];
for (const entry of lo) {
  print(util.inspect(entry));
}
for (const name of Object.keys(ifaces)) {
  for (const entry of ifaces[name]) {
    const keys = Object.keys(entry).join();
    const cidrOk = entry.cidr === null || entry.cidr.startsWith(`${entry.address}/`);
    if (!cidrOk || !/^address,netmask,family,mac,internal,cidr(,scopeid)?$/.test(keys)) {
      print('bad entry', name, keys);
    }
  }
}

print('# userInfo');
const info = os.userInfo();
print(Object.getPrototypeOf(info), Object.keys(info).join(), typeof info.uid, typeof info.gid,
      typeof info.username, typeof info.shell);
const binfo = os.userInfo({ encoding: 'buffer' });
print(Buffer.isBuffer(binfo.username), binfo.username.toString() === info.username,
      Buffer.isBuffer(binfo.homedir));
print(typeof os.userInfo(5).username, typeof os.userInfo(null).username, typeof os.userInfo('buffer').username);

print('# constants');
const c = os.constants;
print(Object.getPrototypeOf(c), Object.keys(c).join(), Object.isFrozen(c));
print(Object.getPrototypeOf(c.signals), Object.isFrozen(c.signals), Object.isFrozen(c.errno),
      Object.isFrozen(c.priority), Object.getPrototypeOf(c.errno), Object.getPrototypeOf(c.dlopen));
print(util.inspect(Object.getOwnPropertyDescriptor(c, 'UV_UDP_REUSEADDR')));
print(util.inspect(Object.getOwnPropertyDescriptor(c, 'signals')).split('\n')[0]);
print(util.inspect(c.priority));
print(c.signals.SIGINT, c.signals.SIGTERM, c.signals.SIGKILL, c.errno.ENOENT, c.errno.EACCES,
      c.dlopen.RTLD_LAZY, c.dlopen.RTLD_NOW);
print(util.inspect(Object.getOwnPropertyDescriptor(c.errno, 'ENOENT')));
print(Object.keys(c.signals).join());

print('# tmpdir');
for (const v of [undefined, '/x/', '/x//', '/', '//', 'rel/', '']) {
  if (v === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = v;
  print(JSON.stringify(v), JSON.stringify(os.tmpdir()));
}
delete process.env.TMPDIR;
process.env.TMP = '/tmpq/';
print(os.tmpdir());
process.env.TEMP = '/temp';
print(os.tmpdir());
delete process.env.TMP;
print(os.tmpdir());
delete process.env.TEMP;

print('# priority');
print(typeof os.getPriority(), os.getPriority() === os.getPriority(0),
      os.getPriority(undefined) === os.getPriority(process.pid));
attempt('set -1e10', () => os.setPriority(-1e10));
attempt('set x', () => os.setPriority('x'));
attempt('set 0 x', () => os.setPriority(0, 'x'));
attempt('set 0 100', () => os.setPriority(0, 100));
attempt('set 0 -21', () => os.setPriority(0, -21));
attempt('set 1.5 0', () => os.setPriority(1.5, 0));
attempt('get x', () => os.getPriority('x'));
attempt('get null', () => os.getPriority(null));
attempt('get 1.5', () => os.getPriority(1.5));
attempt('get 2**31', () => os.getPriority(2 ** 31));
try {
  os.getPriority(2 ** 30);
} catch (e) {
  print(e.name, e.code, e.message, util.inspect(e.info), e.errno, e.syscall, Object.keys(e).join());
  print(String(e));
}
try {
  os.setPriority(2 ** 30, 0);
} catch (e) {
  print(e.name, e.code, e.message);
}

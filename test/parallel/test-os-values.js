'use strict';
// os: values agree with the process and the environment; priorities of
// this process; system errors have Node's ERR_SYSTEM_ERROR shape.
const common = require('../common');
const assert = require('assert');
const os = require('os');

assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.strictEqual(os.type(), 'Linux');
assert.ok(['LE', 'BE'].includes(os.endianness()));
assert.strictEqual(`${os.hostname}`, os.hostname());

const info = os.userInfo();
assert.strictEqual(info.uid, process.getuid());
assert.strictEqual(info.gid, process.getgid());
assert.strictEqual(Object.getPrototypeOf(info), null);

{
  // homedir() and userInfo().homedir: HOME wins over the password database.
  const saved = process.env.HOME;
  process.env.HOME = '/some/where';
  assert.strictEqual(os.homedir(), '/some/where');
  process.env.HOME = saved;
}

assert.ok(os.totalmem() >= os.freemem());
assert.ok(os.uptime() > 0);
assert.ok(os.availableParallelism() >= 1);
assert.strictEqual(os.loadavg().length, 3);
assert.ok(os.cpus().length >= 1);
for (const cpu of os.cpus()) {
  assert.strictEqual(typeof cpu.model, 'string');
  assert.strictEqual(typeof cpu.speed, 'number');
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
}

{
  const interfaces = os.networkInterfaces();
  for (const list of Object.values(interfaces)) {
    for (const entry of list) {
      assert.ok(entry.family === 'IPv4' || entry.family === 'IPv6');
      assert.match(entry.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
      if (entry.family === 'IPv6') assert.strictEqual(typeof entry.scopeid, 'number');
      else assert.strictEqual('scopeid' in entry, false);
    }
  }
}

{
  const prio = os.getPriority();
  assert.strictEqual(os.getPriority(process.pid), prio);
  // Raising the niceness of this process is always allowed.
  const nicer = Math.min(prio + 1, 19);
  os.setPriority(nicer);
  assert.strictEqual(os.getPriority(0), nicer);
  os.setPriority(process.pid, 19);
  assert.strictEqual(os.getPriority(), 19);
}

assert.throws(() => os.getPriority(2 ** 30), (err) => {
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
  assert.strictEqual(err.syscall, 'uv_os_getpriority');
  assert.strictEqual(err.info.code, 'ESRCH');
  assert.strictEqual(err.errno, os.constants.errno.ESRCH * -1);
  assert.strictEqual(err.message,
                     'A system error occurred: uv_os_getpriority returned ESRCH (no such process)');
  return true;
});
assert.throws(() => os.setPriority(0, 20), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => os.setPriority('x'), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(os.constants.signals.SIGTERM, 15);
assert.ok(Object.isFrozen(os.constants.signals));
assert.throws(() => {
  'use strict';
  os.constants = {};
}, TypeError);
common.mustCall()();

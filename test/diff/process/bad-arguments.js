// Bad arguments to process and global APIs: node 22 error names and codes, never a crash.
const tries = [
  () => { let a = []; for (let i = 0; i < 200000; i++) a = [a]; structuredClone(a); },
  () => process.umask('abc'),
  () => process.setuid({}),
  () => process.kill(process.pid, 'SIGNOPE'),
  () => process.chdir('\0'),
  () => process.hrtime([1]),
  () => process.cpuUsage({ user: -1, system: 0 }),
  () => { process.env['\0'] = 1; },
  () => process.emitWarning(Symbol('x')),
  () => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xc0, 0x80])),
  () => new TextEncoder().encodeInto('x', new Uint16Array(2)),
  () => atob(undefined),

  () => process.nextTick(),
  () => queueMicrotask(1),

  () => process.stdout.write(123),
  () => process.stdout.write(new Uint8Array(0)),
  () => Buffer.from({ length: -1 }),
  () => require('module').createRequire('relative'),
];
for (const t of tries) {
  try {
    const r = t();
    console.log('ok', typeof r);
  } catch (e) {
    console.log(e.name, e.code);
  }
}

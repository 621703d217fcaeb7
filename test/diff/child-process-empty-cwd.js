'use strict';
// cwd: '' fails with ENOENT in the synchronous spawns and is ignored by spawn(), as in node 22.
const cp = require('child_process');
const r = cp.spawnSync('true', [], { cwd: '' });
console.log(r.status, r.error && [r.error.code, r.error.syscall, r.error.path, r.error.message]);
const c = cp.spawn('true', [], { cwd: '' });
c.on('error', (e) => console.log('error', e.code, e.syscall, e.path, e.message));
c.on('close', (code, sig) => console.log('close', code, sig));
try { cp.execFileSync('true', [], { cwd: '' }); } catch (e) { console.log('execFileSync', e.code, e.message); }

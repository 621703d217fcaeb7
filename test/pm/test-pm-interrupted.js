'use strict';
// An install interrupted while downloading (SIGINT, then SIGKILL) leaves the previous node_modules
// as it was; the next install completes and cleans up.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

async function waitFor(pred, ms = 20000) {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

c.main(async () => {
  const reg = await c.startRegistry({
    a: { versions: { '1.0.0': {}, '2.0.0': {} } },
    slow: { versions: { '1.0.0': {} } },
  });
  const base = c.tmpdir('interrupt');
  const env = c.envFor(base, reg);
  const dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { a: '^1.0.0' } });
  c.ok(await c.run(['install'], { cwd: dir, env }));
  const before = c.installedSet(dir);
  assert.deepStrictEqual(before, ['a@1.0.0']);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0', dependencies: { a: '^2.0.0', slow: '1.0.0' } }));
  reg.delays.set('/slow/-/slow-1.0.0.tgz', Infinity);

  for (const sig of ['SIGINT', 'SIGKILL']) {
    const seen = reg.count((q) => q.url === '/slow/-/slow-1.0.0.tgz');
    const p = c.run(['install'], { cwd: dir, env });
    await waitFor(() => reg.count((q) => q.url === '/slow/-/slow-1.0.0.tgz') > seen);
    // The download of `slow` is stuck: interrupt now.
    const child = await Promise.race([p, new Promise((r) => setTimeout(() => r(null), 200))]);
    assert.strictEqual(child, null, 'install must still be waiting');
    process.kill(findPid(dir), sig);
    const r = await p;
    assert.notStrictEqual(r.status, 0, `${sig}: must not succeed\n${r.stderr}`);
    if (sig === "SIGINT") assert.strictEqual(r.status, 130, r.stderr);
    assert.deepStrictEqual(c.installedSet(dir), before, `${sig}: node_modules unchanged`);
    assert.strictEqual(c.readJson(path.join(dir, 'node_modules/a/package.json')).version, '1.0.0');
    if (sig === 'SIGINT') {
      assert.strictEqual(r.status, 130);
      assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'node_modules')).filter((e) => e.startsWith('.nodus-staging')), []);
    }
  }
  reg.delays.delete('/slow/-/slow-1.0.0.tgz');
  c.ok(await c.run(['install'], { cwd: dir, env }));
  assert.deepStrictEqual(c.installedSet(dir), ['a@2.0.0', 'slow@1.0.0']);
  assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'node_modules')).filter((e) => e.startsWith('.nodus-staging')), []);
  await reg.close();
});

// The pid of the binary running in `dir` (our direct child).
function findPid(dir) {
  for (const p of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      if (fs.readlinkSync(`/proc/${p}/cwd`) !== dir) continue;
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid) return Number(p);
    } catch {}
  }
  throw new Error('child not found');
}

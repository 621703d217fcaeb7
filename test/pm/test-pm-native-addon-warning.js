'use strict';
// A platform build that ships a native addon (a .node file) installs, with a warning naming the
// package and the file: the nodus runtime cannot load native addons. Plain packages, and .node
// files inside a package's own node_modules, give no warning.
const assert = require('assert');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    'tool-linux': { versions: { '1.0.0': { os: ['linux'], files: { 'lib/tool.linux.node': 'ELF', 'index.js': '' } } } },
    'tool-win': { versions: { '1.0.0': { os: ['win32'], files: { 'tool.win.node': 'MZ' } } } },
    tool: { versions: { '1.0.0': { optionalDependencies: { 'tool-linux': '1.0.0', 'tool-win': '1.0.0' } } } },
    plain: { versions: { '1.0.0': { os: ['linux'], files: { 'readme.node.txt': '', 'node_modules/x/x.node': '' } } } },
  });
  const base = c.tmpdir('native');
  const env = c.envFor(base, reg);
  const dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: { tool: '^1.0.0', plain: '^1.0.0' } });
  const r = c.ok(await c.run(['install'], { cwd: dir, env }), 'install');
  const warnings = r.stderr.split('\n').filter((l) => l.includes('ENATIVE'));
  assert.deepStrictEqual(warnings, [
    'nodus warn ENATIVE tool-linux@1.0.0 contains a native addon (lib/tool.linux.node); the nodus runtime ' +
    'cannot load native addons (requiring it fails with ERR_DLOPEN_FAILED)',
  ]);
  assert.match(r.stdout, /added 3 packages/);
  await reg.close();
});

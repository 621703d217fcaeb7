'use strict';
// A platform build that ships a native addon installs. The nodus runtime loads Node-API addons,
// so those give no warning; one built against node's V8 API (a NAN-style addon) or a .node file
// that is no addon at all gets a warning naming the package, the file and why. Plain packages,
// and .node files inside a package's own node_modules, give no warning.
const assert = require('assert');
const fs = require('fs');
const c = require('./common');
const { build } = require('../fixtures/napi/build');

c.main(async () => {
  const napiAddon = build('basics', { skip: false });
  const v8Addon = build('v8addon', { skip: false });
  const pkgs = {
    'tool-linux': { versions: { '1.0.0': { os: ['linux'], files: { 'lib/tool.linux.node': 'ELF', 'index.js': '' } } } },
    'tool-win': { versions: { '1.0.0': { os: ['win32'], files: { 'tool.win.node': 'MZ' } } } },
    tool: { versions: { '1.0.0': { optionalDependencies: { 'tool-linux': '1.0.0', 'tool-win': '1.0.0' } } } },
    plain: { versions: { '1.0.0': { os: ['linux'], files: { 'readme.node.txt': '', 'node_modules/x/x.node': '' } } } },
  };
  const deps = { tool: '^1.0.0', plain: '^1.0.0' };
  if (napiAddon !== null) {
    // a compiler was found: a real Node-API addon and a real V8-API one
    pkgs['napi-linux'] = { versions: { '1.0.0': { os: ['linux'],
                                                  files: { 'napi.node': fs.readFileSync(napiAddon) } } } };
    pkgs['v8-linux'] = { versions: { '1.0.0': { cpu: ['x64'],
                                                files: { 'build/Release/v8.node': fs.readFileSync(v8Addon) } } } };
    deps['napi-linux'] = '1.0.0';
    deps['v8-linux'] = '1.0.0';
  }
  const reg = await c.startRegistry(pkgs);
  const base = c.tmpdir('native');
  const env = c.envFor(base, reg);
  const dir = c.project(base, { name: 'x', version: '1.0.0', dependencies: deps });
  const r = c.ok(await c.run(['install'], { cwd: dir, env }), 'install');
  const warnings = r.stderr.split('\n').filter((l) => l.includes('ENATIVE'));
  const want = [
    'nodus warn ENATIVE tool-linux@1.0.0 contains a .node file that is not a Node-API addon ' +
    '(lib/tool.linux.node); the nodus runtime cannot load it (requiring it fails with ERR_DLOPEN_FAILED)',
  ];
  if (napiAddon !== null) {
    want.push('nodus warn ENATIVE v8-linux@1.0.0 contains a native addon built against node\'s V8 API, ' +
              'not Node-API (build/Release/v8.node); the nodus runtime cannot load it (requiring it ' +
              'fails with ERR_DLOPEN_FAILED)');
  }
  assert.deepStrictEqual(warnings.sort(), want.sort());
  assert.match(r.stdout, napiAddon !== null ? /added 5 packages/ : /added 3 packages/);
  await reg.close();
});

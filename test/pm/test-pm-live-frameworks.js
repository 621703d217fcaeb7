'use strict';
// Live differential test: install real frameworks and popular packages from the public registry
// with nodus, then run the same script (common/frameworks-app.js: routes, JSON bodies, 404s and
// errors over node:http) under node 22 and under the nodus runtime; stdout must be identical.
// Skips when the binary under test is not the runtime or the registry is unreachable.
const assert = require('assert');
const c = require('./common');
const { liveProject } = require('./common/live');

// The packages each case needs, pinned to a major version.
const CASES = {
  'fs-extra': { 'fs-extra': '^11.0.0' },
  express: { express: '^4.21.0' },
  hono: { hono: '^4.0.0', '@hono/node-server': '^1.13.0' },
  fastify: { fastify: '^5.0.0' },
  koa: { koa: '^3.0.0', '@koa/router': '^13.0.0' },
};

c.main(async () => {
  const project = await liveProject('live-fw', Object.assign({}, ...Object.values(CASES)), 'frameworks-app.js', 55000);
  if (project === null) return;
  const { bin, dir, env } = project;
  for (const name of Object.keys(CASES)) {
    const node = await c.runCmd(process.execPath, ['app.js', name], { cwd: dir, env });
    assert.strictEqual(node.status, 0, `node 22 on ${name}: ${node.stderr}`);
    const nodus = await c.runCmd(bin, ['app.js', name], { cwd: dir, env });
    assert.strictEqual(nodus.status, 0, `nodus on ${name}: ${nodus.stderr}`);
    assert.strictEqual(nodus.stdout, node.stdout, `${name}: nodus and node 22 print different output`);
    assert.ok(node.stdout.length > 0, name);
    console.log(`${name}: same output`);
  }
});

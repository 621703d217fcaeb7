'use strict';
// Live smoke test helper: install express from the public registry, then serve a request with it
// under `runtime`. Resolves to false (after printing why) when the registry is unreachable.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const https = require('https');
const c = require('./index');

function reachable() {
  return new Promise((resolve) => {
    const req = https.get('https://registry.npmjs.org/-/ping', { timeout: 5000 }, (res) => { res.resume(); resolve(res.statusCode < 500); });
    req.on('timeout', () => { req.destroy(); resolve(false); });
    req.on('error', () => resolve(false));
  });
}

async function liveExpress(runtime) {
  if (process.env.NODUS_OFFLINE_TESTS || !(await reachable())) {
    console.log('skip: registry.npmjs.org is unreachable');
    return false;
  }
  const base = c.tmpdir('live');
  const dir = c.project(base, { name: 'live', version: '1.0.0', dependencies: { express: '^4.18.0' } });
  const env = c.envFor(base, null);
  const r = c.ok(await c.run(['install'], { cwd: dir, env, timeout: 55000 }), 'install express');
  assert.match(r.stdout, /added \d+ packages in/);
  const lock = c.readJson(path.join(dir, 'package-lock.json'));
  assert.match(lock.packages['node_modules/express'].version, /^4\./);
  assert.match(lock.packages['node_modules/express'].integrity, /^sha512-/);
  assert.match(lock.packages['node_modules/express'].resolved, /^https:\/\/registry\.npmjs\.org\/express\/-\/express-4\./);
  // Every package in the lockfile is on disk.
  for (const loc of Object.keys(lock.packages)) if (loc) assert.ok(fs.existsSync(path.join(dir, loc, 'package.json')), loc);

  fs.writeFileSync(path.join(dir, 'server.js'), `
    const express = require('express');
    const app = express();
    app.get('/', (req, res) => res.json({ ok: true, via: 'express' }));
    const server = app.listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      require('http').get('http://127.0.0.1:' + port + '/', (res) => {
        let body = '';
        res.on('data', (d) => body += d);
        res.on('end', () => { console.log(body); server.close(); });
      });
    });
  `);
  const out = await c.runCmd(runtime, ['server.js'], { cwd: dir, env });
  assert.strictEqual(out.status, 0, out.stderr);
  assert.deepStrictEqual(JSON.parse(out.stdout.trim()), { ok: true, via: 'express' });
  // A second install is a no-op.
  const r2 = c.ok(await c.run(['install'], { cwd: dir, env }), 'reinstall');
  assert.match(r2.stdout, /up to date/);
  return true;
}

// The set-up of the live differential tests: skips (resolving to null, after saying why) unless
// the binary under test is the nodus runtime and the registry is reachable; otherwise installs
// `dependencies` with nodus into a fresh project, copies common/<app> there as app.js and
// resolves to { bin, dir, env }.
async function liveProject(name, dependencies, app, timeout) {
  const bin = c.binary();
  if (path.basename(bin) !== 'nodus') {
    console.log(`skip: ${bin} is not the nodus runtime`);
    return null;
  }
  if (process.env.NODUS_OFFLINE_TESTS || !(await reachable())) {
    console.log('skip: registry.npmjs.org is unreachable');
    return null;
  }
  const base = c.tmpdir(name);
  const dir = c.project(base, { name, version: '1.0.0', dependencies });
  const env = c.envFor(base, null);
  c.ok(await c.run(['install'], { cwd: dir, env, timeout }), `install ${name}'s packages`);
  fs.copyFileSync(path.join(__dirname, app), path.join(dir, 'app.js'));
  return { bin, dir, env };
}

// The first case whose section (a line starting "== <case>") of two outputs differs.
function firstDifference(a, b) {
  const split = (s) => s.split(/^(?=== )/m);
  const sa = split(a);
  const sb = split(b);
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    if (sa[i] !== sb[i]) return `node 22:\n${sa[i]}\nnodus:\n${sb[i]}`;
  }
  return '';
}

// A live differential test: installs every case's packages with nodus (liveProject), runs
// common/<app> with the case names under node 22 and under nodus, and requires the same stdout,
// with a section "== <case>" for each case.
async function compareLiveCases(name, cases, app, { installTimeout, runTimeout }) {
  const project = await liveProject(name, Object.assign({}, ...Object.values(cases)), app, installTimeout);
  if (project === null) return;
  const { bin, dir, env } = project;
  const names = Object.keys(cases);
  const node = await c.runCmd(process.execPath, ['app.js', ...names], { cwd: dir, env, timeout: runTimeout });
  assert.strictEqual(node.status, 0, `node 22: ${node.stderr}`);
  const nodus = await c.runCmd(bin, ['app.js', ...names], { cwd: dir, env, timeout: runTimeout });
  assert.strictEqual(nodus.status, 0, `nodus: ${nodus.stderr}\n${nodus.stdout.slice(-2000)}`);
  assert.strictEqual(nodus.stdout, node.stdout, `nodus and node 22 print different output\n${firstDifference(node.stdout, nodus.stdout)}`);
  for (const n of names) {
    assert.ok(node.stdout.includes(`== ${n}\n`), n);
    console.log(`${n}: same output`);
  }
}

module.exports = { compareLiveCases, liveExpress, liveProject, reachable };

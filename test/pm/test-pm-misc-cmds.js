'use strict';
// ping, search (npm's text, --json, --parseable, no match), owner ls/add/rm, root, prefix,
// shrinkwrap, install-test/it, install-ci-test/cit and help, against a registry on 127.0.0.1
// that answers npm's endpoints; outputs, exit codes and requests compared with the machine's npm.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const objects = [
    { package: { name: 'foo-lib', version: '1.2.3', description: 'A foo\tlibrary', keywords: ['foo', 'lib'], date: '2024-05-01T10:00:00.000Z', links: { npm: 'https://www.npmjs.com/package/foo-lib' }, publisher: { username: 'alice', email: 'a@x.org' }, maintainers: [{ username: 'alice', email: 'a@x.org' }, { username: 'bob', email: 'b@x.org' }] }, score: { final: 0.5 }, searchScore: 1 },
    { package: { name: 'barfoo', version: '0.0.1', maintainers: [{ username: 'carol', email: 'c@x.org' }] }, score: { final: 0.1 } },
  ];
  let maintainers = [{ name: 'alice', email: 'a@x.org' }];
  const log = [];
  const reg = await c.startRegistry({
    dep: { versions: { '1.0.0': {} } },
  }, {
    onRequest(req, res, body) {
      const url = req.url;
      const json = (status, v) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(v)); };
      if (url.startsWith('/-/v1/search')) {
        log.push(['GET', url]);
        return json(200, { objects: url.includes('text=zzz') ? [] : objects, total: 2 }), true;
      }
      if (url === '/-/ping' || url === '/-/ping?write=true') return json(200, {}), true;
      if (url.startsWith('/-/user/org.couchdb.user:')) {
        const name = decodeURIComponent(url.split(':').pop());
        log.push(['GET', decodeURIComponent(url)]);
        if (name === 'nobody') return json(404, { error: 'not found' }), true;
        return json(200, { name, email: `${name}@x.org` }), true;
      }
      if (url === '/lib' || url === '/lib?write=true') return json(200, { _id: 'lib', _rev: '5-x', name: 'lib', maintainers, versions: {} }), true;
      if (url === '/lib/-rev/5-x' && req.method === 'PUT') {
        const doc = JSON.parse(body.toString());
        log.push(['PUT', url, JSON.stringify(doc), req.headers.authorization || '']);
        if (req.headers.authorization !== 'Bearer tok-1') return json(403, { error: 'forbidden' }), true;
        maintainers = doc.maintainers;
        return json(201, { ok: true }), true;
      }
      return false;
    },
  });
  const base = c.tmpdir('misc');
  const host = reg.url.replace(/^http:/, '');
  const env = c.envFor(base, reg, { [`npm_config_${host}:_authToken`]: 'tok-1' });
  const dir = c.project(base, { name: 'lib', version: '1.0.0', dependencies: { dep: '^1.0.0' }, scripts: { test: 'echo tested $npm_lifecycle_event' } });
  const npm = await c.npmFor(base, reg);
  const tools = { nodus: (args, cwd = dir) => c.run(args, { cwd, env }) };
  if (npm) tools.npm = (args, cwd = dir) => c.runCmd(c.npmPath(), [...args, ...npm.args], { cwd, env });

  const steps = [
    ['search', 'foo'], ['search', 'FOO', 'lib', '--json'], ['search', 'zzz'], ['search', 'zzz', '--json'],
    ['search', 'foo', '--parseable'], ['search', 'foo', '--searchexclude=carol'], ['search'],
    ['ping'],
    ['owner', 'ls'], ['owner', 'ls', 'lib'], ['owner', 'add', 'bob', 'lib'], ['owner', 'add', 'bob', 'lib'],
    ['owner', 'ls', 'lib'], ['owner', 'rm', 'alice'], ['owner', 'rm', 'bob', 'lib'], ['owner', 'add', 'nobody', 'lib'],
    ['owner'],
    ['root'], ['prefix'],
  ];
  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    maintainers = [{ name: 'alice', email: 'a@x.org' }];
    const out = [];
    for (const args of steps) {
      log.length = 0;
      const r = await run(args);
      const code = (r.stderr.match(/code (E\w+)/) || [])[1] || (r.status ? r.stderr.split('\n').find((l) => / error /.test(l)).replace(/^\S+ error /, '') : '');
      out.push([args.join(' '), r.status, r.stdout, code, log.map((l) => l.join(' '))]);
    }
    results[tool] = out;
  }
  const n = results.nodus;
  const text = 'foo-lib\nA foo\tlibrary\nVersion 1.2.3 published 2024-05-01 by alice\nMaintainers: alice bob\nKeywords: foo lib\n' +
    'https://npm.im/foo-lib\n\nbarfoo\nVersion 0.0.1 published prehistoric by ???\nMaintainers: carol\nhttps://npm.im/barfoo\n\n';
  assert.strictEqual(n[0][2], text);
  assert.deepStrictEqual(n[0][4], ['GET /-/v1/search?text=foo&size=20&from=0&quality=0.65&popularity=0.98&maintenance=0.5']);
  assert.strictEqual(n[1][2], `[\n\n${JSON.stringify(objects[0].package)}\n\n,\n\n${JSON.stringify(objects[1].package)}\n]\n\n`);
  assert.match(n[1][4][0], /text=foo\+lib&/);
  assert.strictEqual(n[2][2], 'No matches found for "zzz"\n');
  assert.strictEqual(n[3][2], '\n[]\n\n');
  assert.strictEqual(n[4][2], 'foo-lib\tA foo library\t2024-05-01\t1.2.3\tfoo,lib\nbarfoo\tprehistoric\t0.0.1\t\n');
  assert.ok(!n[5][2].includes('barfoo'));
  assert.deepStrictEqual(n[6].slice(0, 2), ['search', 1]);
  assert.deepStrictEqual(n[7].slice(0, 3), ['ping', 0, '']);
  assert.deepStrictEqual(n.slice(8, 17).map((s) => s.slice(0, 4)), [
    ['owner ls', 0, 'alice <a@x.org>\n', ''],
    ['owner ls lib', 0, 'alice <a@x.org>\n', ''],
    ['owner add bob lib', 0, '+ bob (lib)\n', ''],
    ['owner add bob lib', 0, '', ''],
    ['owner ls lib', 0, 'alice <a@x.org>\nbob <bob@x.org>\n', ''],
    ['owner rm alice', 0, '- alice (lib)\n', ''],
    ['owner rm bob lib', 1, '', 'EOWNERRM'],
    ['owner add nobody lib', 1, '', 'E404'],
    ['owner', 1, '', 'EUSAGE'],
  ]);
  assert.deepStrictEqual(n[10][4][1], 'PUT /lib/-rev/5-x {"_id":"lib","_rev":"5-x","maintainers":[{"name":"alice","email":"a@x.org"},{"name":"bob","email":"bob@x.org"}]} Bearer tok-1');
  assert.deepStrictEqual(n.slice(17).map((s) => s[2]), [path.join(dir, 'node_modules') + '\n', dir + '\n']);
  if (results.npm) {
    // npm's "search" without words has no code line; the rest match exactly (requests included).
    assert.deepStrictEqual(results.nodus, results.npm);
  }

  // shrinkwrap: renames package-lock.json, or reports npm-shrinkwrap.json up to date, or
  // creates one; install then keeps writing npm-shrinkwrap.json (and no package-lock.json).
  for (const [tool, run] of Object.entries(tools)) {
    const d = c.project(base, { name: 'sw', version: '1.0.0', dependencies: { dep: '^1.0.0' } }, `sw-${tool}`);
    // (npm, run here with --loglevel=error, prints no notices.)
    const notice = (r, re) => { if (tool === 'nodus') assert.match(r.stderr, re); };
    // Installed, lockfile removed: npm writes the installed tree as npm-shrinkwrap.json.
    let r = await run(['install'], d);
    assert.strictEqual(r.status, 0, r.stderr);
    fs.rmSync(path.join(d, 'package-lock.json'));
    r = await run(['shrinkwrap'], d);
    assert.strictEqual(r.status, 0, r.stderr);
    notice(r, /notice created a lockfile as npm-shrinkwrap\.json/);
    assert.ok(!fs.existsSync(path.join(d, 'package-lock.json')));
    const lock = c.readJson(path.join(d, 'npm-shrinkwrap.json'));
    assert.strictEqual(lock.packages['node_modules/dep'].version, '1.0.0');
    r = await run(['shrinkwrap'], d);
    notice(r, /notice npm-shrinkwrap\.json up to date/);
    fs.renameSync(path.join(d, 'npm-shrinkwrap.json'), path.join(d, 'package-lock.json'));
    r = await run(['shrinkwrap'], d);
    notice(r, /notice package-lock\.json has been renamed to npm-shrinkwrap\.json/);
    assert.deepStrictEqual(c.readJson(path.join(d, 'npm-shrinkwrap.json')), lock);
    fs.rmSync(path.join(d, 'node_modules'), { recursive: true });
    r = await run(['install'], d);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.ok(!fs.existsSync(path.join(d, 'package-lock.json')), tool);
    assert.ok(fs.existsSync(path.join(d, 'node_modules/dep/package.json')));
    r = await run(['shrinkwrap', '-g'], d);
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /ESHRINKWRAPGLOBAL/);
    results[`sw-${tool}`] = lock;
  }

  if (results['sw-npm']) assert.deepStrictEqual(results['sw-nodus'].packages, results['sw-npm'].packages);

  // install-test / it, install-ci-test / cit: install (or ci), then the test script.
  for (const cmd of ['install-test', 'it', 'install-ci-test', 'cit']) {
    fs.rmSync(path.join(dir, 'node_modules'), { recursive: true, force: true });
    const r = c.ok(await tools.nodus([cmd]), cmd);
    assert.match(r.stdout, /tested test/);
    assert.ok(fs.existsSync(path.join(dir, 'node_modules/dep/package.json')), cmd);
  }
  // explain is why's alias, with npm's output.
  const ex = c.ok(await tools.nodus(['explain', 'dep']), 'explain');
  assert.strictEqual(ex.stdout, (await tools.nodus(['why', 'dep'])).stdout);
  assert.match(ex.stdout, /^dep@1\.0\.0\nnode_modules\/dep\n/);
  if (tools.npm) assert.strictEqual(ex.stdout, (await tools.npm(['explain', 'dep'])).stdout);

  // cit fails like ci when the lockfile is out of sync (and runs no test).
  const pj = c.readJson(path.join(dir, 'package.json'));
  pj.dependencies.other = '^1.0.0';
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pj));
  const r = await tools.nodus(['cit']);
  assert.strictEqual(r.status, 1);
  assert.doesNotMatch(r.stdout, /tested/);

  // help: the command list; help <command>: its line.
  const h = c.ok(await tools.nodus(['help']), 'help');
  for (const w of ['login', 'logout', 'audit', 'search', 'owner', 'shrinkwrap', 'install-ci-test', 'fund'])
    assert.match(h.stdout, new RegExp(` ${w},`));
  const hl = c.ok(await tools.nodus(['help', 'owner']), 'help owner');
  assert.match(hl.stdout, /^nodus owner: Manage package owners/);
  await reg.close();
});

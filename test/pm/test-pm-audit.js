'use strict';
// `audit` against a registry on 127.0.0.1 that serves advisories at npm's bulk endpoint: the
// request (the lockfile's packages, --omit), npm's report (advisories, a package vulnerable only
// through its dependency, fixes in range, outside the range, none), --json, --audit-level and the
// exit code, compared with the machine's npm 11 on the same project; then `audit fix`.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const c = require('./common');

c.main(async () => {
  const advisories = {
    'vuln-a': [{ id: 1001, url: 'https://example.org/adv/1001', title: 'Prototype pollution in vuln-a', severity: 'high', vulnerable_versions: '<1.2.0', cwe: ['CWE-1321'], cvss: { score: 7.5, vectorString: 'CVSS:3.1/AV:N' } }],
    pinned: [{ id: 1002, url: 'https://example.org/adv/1002', title: 'ReDoS in pinned', severity: 'critical', vulnerable_versions: '<1.1.0', cwe: [], cvss: { score: 9.1, vectorString: null } }],
    lowpkg: [{ id: 1003, url: 'https://example.org/adv/1003', title: 'Minor leak in lowpkg', severity: 'low', vulnerable_versions: '<=1.0.0', cwe: [], cvss: { score: 0, vectorString: null } }],
  };
  const bulk = [];
  let refuse = 0;
  const reg = await c.startRegistry({
    'vuln-a': { 'dist-tags': { latest: '1.1.0' }, versions: { '1.0.0': {}, '1.1.0': {}, '1.2.0': {}, '2.0.0': {} } },
    'dep-b': { 'dist-tags': { latest: '1.0.0' }, versions: { '1.0.0': { dependencies: { 'vuln-a': '~1.0.0' } }, '1.1.0': { dependencies: { 'vuln-a': '^1.2.0' } } } },
    pinned: { versions: { '1.0.0': {}, '1.1.0': {} } },
    lowpkg: { versions: { '1.0.0': {} } },
    safe: { versions: { '1.0.0': {} } },
  }, {
    onRequest(req, res, body) {
      if (req.url !== '/-/npm/v1/security/advisories/bulk') return false;
      const text = req.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(body).toString() : body.toString();
      const asked = JSON.parse(text);
      bulk.push(asked);
      if (refuse) {
        res.writeHead(refuse, { 'content-type': 'application/json' });
        res.end('{"error":"no audits here"}');
        return true;
      }
      const out = {};
      for (const name of Object.keys(asked)) if (advisories[name]) out[name] = advisories[name];
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(out));
      return true;
    },
  });
  const base = c.tmpdir('audit');
  const env = c.envFor(base, reg);
  const pkg = { name: 'app', version: '1.0.0', dependencies: { 'vuln-a': '^1.0.0', 'dep-b': '^1.0.0', pinned: '1.0.0', safe: '^1.0.0' }, devDependencies: { lowpkg: '^1.0.0' } };
  const dir = c.project(base, pkg);
  c.ok(await c.run(['install'], { cwd: dir, env }), 'install');
  assert.deepStrictEqual(c.installedSet(dir), ['dep-b/node_modules/vuln-a@1.0.0', 'dep-b@1.0.0', 'lowpkg@1.0.0', 'pinned@1.0.0', 'safe@1.0.0', 'vuln-a@1.1.0']);

  const npm = await c.npmFor(base, reg);
  const tools = { nodus: (args) => c.run(args, { cwd: dir, env }) };
  if (npm) tools.npm = (args) => c.runCmd(c.npmPath(), [...args, ...npm.args], { cwd: dir, env });
  const steps = [['audit'], ['audit', '--json'], ['audit', '--audit-level=critical'], ['audit', '--audit-level=none'],
    ['audit', '--omit=dev'], ['audit', '--omit', 'dev', '--json']];
  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    const out = [];
    for (const args of steps) {
      bulk.length = 0;
      const r = await run(args);
      out.push({ args: args.join(' '), status: r.status, stdout: r.stdout.replace(/\bnpm (audit)\b/g, 'nodus $1'), bulk: bulk.map((b) => JSON.stringify(Object.entries(b).sort())) });
    }
    results[tool] = out;
  }
  // (why/explain of a package installed twice, as npm lays it out: one blank line between.)
  const why = await tools.nodus(['explain', 'vuln-a']);
  assert.match(why.stdout, /^vuln-a@1\.0\.0\nnode_modules\/dep-b\/node_modules\/vuln-a\n[^]*\n\nvuln-a@1\.1\.0\n[^]*root project\n$/);
  if (tools.npm) assert.strictEqual(why.stdout, (await tools.npm(['explain', 'vuln-a'])).stdout);
  const n = results.nodus;
  const report = [
    '# nodus audit report',
    '',
    'lowpkg  *',
    'Minor leak in lowpkg - https://example.org/adv/1003',
    'No fix available',
    'node_modules/lowpkg',
    '',
    'pinned  1.0.0',
    'Severity: critical',
    'ReDoS in pinned - https://example.org/adv/1002',
    'fix available via `nodus audit fix --force`',
    'Will install pinned@1.1.0, which is outside the stated dependency range',
    'node_modules/pinned',
    '',
    'vuln-a  <1.2.0',
    'Severity: high',
    'Prototype pollution in vuln-a - https://example.org/adv/1001',
    'fix available via `nodus audit fix`',
    'node_modules/dep-b/node_modules/vuln-a',
    'node_modules/vuln-a',
    '  dep-b  1.0.0',
    '  Depends on vulnerable versions of vuln-a',
    '  node_modules/dep-b',
    '',
    '4 vulnerabilities (1 low, 2 high, 1 critical)',
    '',
    'To address issues that do not require attention, run:',
    '  nodus audit fix',
    '',
    'To address all issues possible, run:',
    '  nodus audit fix --force',
    '',
    'Some issues need review, and may require choosing',
    'a different dependency.',
    '',
  ].join('\n');
  assert.strictEqual(n[0].stdout, report);
  assert.strictEqual(n[0].status, 1);
  assert.deepStrictEqual(n[0].bulk, [JSON.stringify([['dep-b', ['1.0.0']], ['lowpkg', ['1.0.0']], ['pinned', ['1.0.0']], ['safe', ['1.0.0']], ['vuln-a', ['1.0.0', '1.1.0']]])]);
  const j = JSON.parse(n[1].stdout);
  assert.strictEqual(n[1].status, 1);
  assert.deepStrictEqual(j.metadata, {
    vulnerabilities: { info: 0, low: 1, moderate: 0, high: 2, critical: 1, total: 4 },
    dependencies: { prod: 6, dev: 1, optional: 0, peer: 0, peerOptional: 0, total: 6 },
  });
  assert.deepStrictEqual(j.vulnerabilities['dep-b'], {
    name: 'dep-b', severity: 'high', isDirect: true, via: ['vuln-a'], effects: [], range: '1.0.0',
    nodes: ['node_modules/dep-b'], fixAvailable: true,
  });
  assert.deepStrictEqual(j.vulnerabilities.pinned.fixAvailable, { name: 'pinned', version: '1.1.0', isSemVerMajor: false });
  assert.deepStrictEqual(j.vulnerabilities['vuln-a'].via, [{ source: 1001, name: 'vuln-a', dependency: 'vuln-a', title: 'Prototype pollution in vuln-a', url: 'https://example.org/adv/1001', severity: 'high', cwe: ['CWE-1321'], cvss: { score: 7.5, vectorString: 'CVSS:3.1/AV:N' }, range: '<1.2.0' }]);
  assert.deepStrictEqual(j.vulnerabilities['vuln-a'].effects, ['dep-b']);
  assert.strictEqual(n[2].status, 1);  // a critical one
  assert.strictEqual(n[3].status, 0);
  assert.strictEqual(n[4].status, 1);
  assert.ok(!n[4].stdout.includes('lowpkg'));
  assert.ok(!n[4].bulk[0].includes('lowpkg'));
  if (results.npm) assert.deepStrictEqual(results.nodus, results.npm);

  // The endpoint refuses: npm's warning, the body on stdout (--json: the error object), exit 1.
  refuse = 404;
  for (const [tool, run] of Object.entries(tools)) {
    const r = await run(['audit']);
    assert.strictEqual(r.status, 1, tool);
    assert.strictEqual(r.stdout, "{ error: 'no audits here' }\n", tool);
    if (tool === 'nodus') assert.match(r.stderr, new RegExp(`warn audit 404 Not Found - POST ${reg.url}-/npm/v1/security/advisories/bulk - no audits here\n`), tool);
    assert.match(r.stderr, /error audit endpoint returned an error\n/, tool);
    const j = await run(['audit', '--json']);
    assert.strictEqual(j.status, 1, tool);
    const o = JSON.parse(j.stdout);
    assert.deepStrictEqual([o.statusCode, o.method, o.uri, o.body], [404, 'POST', `${reg.url}-/npm/v1/security/advisories/bulk`, { error: 'no audits here' }], tool);
  }
  refuse = 0;

  // Nothing vulnerable: npm's one line, exit 0.
  delete advisories['vuln-a'];
  delete advisories.pinned;
  delete advisories.lowpkg;
  let r = await tools.nodus(['audit']);
  assert.strictEqual(r.stdout, 'found 0 vulnerabilities\n');
  assert.strictEqual(r.status, 0);
  // No lockfile: ENOLOCK, as npm.
  const bare = c.project(base, { name: 'bare', version: '1.0.0', dependencies: { safe: '^1.0.0' } }, 'bare');
  r = await c.run(['audit'], { cwd: bare, env });
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /code ENOLOCK/);

  // audit fix: the packages whose fix is within range are updated (fixed versions released
  // since the install, now tagged latest); the rest are reported.
  reg.spec['vuln-a']['dist-tags'].latest = '1.2.0';
  reg.spec['dep-b']['dist-tags'].latest = '1.1.0';
  reg.build('vuln-a');
  reg.build('dep-b');
  advisories['vuln-a'] = [{ id: 1001, url: 'https://example.org/adv/1001', title: 'Prototype pollution in vuln-a', severity: 'high', vulnerable_versions: '<1.2.0' }];
  r = await tools.nodus(['audit', 'fix']);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(c.readJson(path.join(dir, 'node_modules/vuln-a/package.json')).version, '1.2.0');
  assert.strictEqual(c.readJson(path.join(dir, 'node_modules/dep-b/package.json')).version, '1.1.0');
  assert.ok(!fs.existsSync(path.join(dir, 'node_modules/dep-b/node_modules/vuln-a')));
  assert.match(r.stdout, /found 0 vulnerabilities\n$/);
  r = await tools.nodus(['audit']);
  assert.strictEqual(r.status, 0);

  // audit fix --force: fixes outside the ranges installed and saved (save-prefix), as npm does;
  // without --force they stay, reported.
  advisories.pinned = [{ id: 1002, url: 'https://example.org/adv/1002', title: 'ReDoS in pinned', severity: 'critical', vulnerable_versions: '<1.1.0' }];
  advisories['vuln-a'] = [{ id: 1004, url: 'https://example.org/adv/1004', title: 'Everything before 2', severity: 'high', vulnerable_versions: '<2.0.0' }];
  const forced = {};
  for (const tool of Object.keys(tools)) {
    const d = c.project(base, { name: 'app', version: '1.0.0', dependencies: { pinned: '1.0.0', 'vuln-a': '^1.0.0', safe: '^1.0.0' } }, `force-${tool}`);
    c.ok(await c.run(['install'], { cwd: d, env }), 'install');
    const go = (args) => (tool === 'nodus' ? c.run(args, { cwd: d, env }) : c.runCmd(c.npmPath(), [...args, ...npm.args], { cwd: d, env }));
    // Nothing in range to fix: npm prints what is left (the full report) and exits 1.
    r = await go(['audit', 'fix']);
    assert.strictEqual(r.status, 1, `${tool}: ${r.stdout}\n${r.stderr}`);
    assert.deepStrictEqual(c.installedSet(d), ['pinned@1.0.0', 'safe@1.0.0', 'vuln-a@1.2.0'], tool);
    assert.match(r.stdout, /\n\n# (npm|nodus) audit report\n\npinned  1\.0\.0\n[^]*\n2 vulnerabilities \(1 high, 1 critical\)\n[^]*\n  (npm|nodus) audit fix --force\n$/, tool);
    r = await go(['audit', 'fix', '--force']);
    assert.strictEqual(r.status, 0, r.stderr);
    if (tool === 'nodus') {
      assert.match(r.stderr, /warn audit Updating pinned to 1\.1\.0, which is outside your stated dependency range\.\n/);
      assert.match(r.stderr, /warn audit Updating vuln-a to 2\.0\.0, which is a SemVer major change\.\n/);
      assert.match(r.stdout, /\n\nfound 0 vulnerabilities\n$/);
    }
    forced[tool] = [c.readJson(path.join(d, 'package.json')), c.installedSet(d)];
  }
  assert.deepStrictEqual(forced.nodus, [{ name: 'app', version: '1.0.0', dependencies: { pinned: '^1.1.0', safe: '^1.0.0', 'vuln-a': '^2.0.0' } },
    ['pinned@1.1.0', 'safe@1.0.0', 'vuln-a@2.0.0']]);
  if (forced.npm) assert.deepStrictEqual(forced.nodus, forced.npm);
  await reg.close();
});

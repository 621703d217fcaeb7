'use strict';
// query: npm 11's dependency selectors over an installed tree (prod, dev, optional and peer
// dependencies, a scoped package, a nested copy, an alias, an override, an extraneous and a
// missing package; and with --package-lock-only), each query's JSON array (package.json fields as arborist normalizes them,
// pkgid, location, path, from, to, dev, ...) and its errors compared with npm 11's.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const c = require('./common');

c.main(async () => {
  const audits = [];
  const pj = (name, version, extra) => JSON.stringify({ name, version, ...extra }, null, 2);
  const reg = await c.startRegistry({
    a: { versions: { '1.0.0': { license: 'MIT', engines: { node: '>=18' }, dependencies: { b: '^1.0.0' }, files: { 'package.json': pj('a', '1.0.0', { description: 'the a pkg', keywords: ['util', 'Tool-kit'], license: 'MIT', bin: './bin/a.js', funding: 'https://f.example', scripts: { test: 'node t', build: 'tsc' }, dependencies: { b: '^1.0.0' }, _resolved: 'x', engines: { node: '>=18' } }) } } } },
    b: { versions: { '1.0.0': {}, '2.0.0': { dependencies: { d: '^1.0.0' } } } },
    '@sc/c': { versions: { '1.2.3': { peerDependencies: { a: '^1.0.0' }, files: { 'package.json': pj('@sc/c', '1.2.3', { private: true, peerDependencies: { a: '^1.0.0' }, contributors: [{ name: 'Zed', email: 'z@x.org' }, { name: 'Amy' }] }) } } } },
    d: { versions: { '1.0.0': { optionalDependencies: { gone: '^1.0.0' } }, '1.5.0': {} } },
    dev1: { versions: { '0.1.0': { dependencies: { b: '^2.0.0' } } } },
    opt: { versions: { '3.0.0-beta.1': {} } },
    over: { versions: { '1.0.0': {}, '1.1.0': {} } },
    usesover: { versions: { '1.0.0': { dependencies: { over: '1.0.0' } } } },
    stray: { versions: { '1.0.0': {} } },
  }, {
    onRequest(req, res, body) {
      if (!req.url.startsWith('/-/npm/v1/security/advisories/bulk')) return false;
      const text = req.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(body).toString() : body.toString();
      audits.push(JSON.parse(text));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({
        b: [{ id: 1, url: 'https://a.example/1', title: 'b is bad', severity: 'high', vulnerable_versions: '<2.0.0', cwe: ['CWE-79', 'CWE-80'] }],
        d: [{ id: 2, url: 'https://a.example/2', title: 'd is meh', severity: 'low', vulnerable_versions: '>=1.0.0', cwe: [] }],
      }));
      return true;
    },
  });
  const base = c.tmpdir('query');
  const env = c.envFor(base, reg);
  const npmSetup = await c.npmFor(base, reg);
  const tools = { nodus: (args, cwd) => c.run(args, { cwd, env }) };
  if (npmSetup) tools.npm = (args, cwd) => npmSetup.run(args, cwd);
  const queries = [
    '*', ':root', ':scope', '#a', '#b', '#@sc/c', '#a@^1', '#x, #a', '#a,', '#a > #b', '#a #b', ':root > *', ':root > #b',
    '#a ~ *', '#dev1 ~ #a', '.prod', '.dev', '.optional', '.peer', '.bundled', '.workspace', '.prod.dev',
    '*:not(.prod)', ':not(#a, #b)', ':not(:root)', ':is(#a, #dev1) > *', ':has(#b)', '#a:has(> #b)',
    ':has(> .dev)', ':root > :has(*)', '[name=a]', '[name]', '[bin]', '[private]', '[name^=A i]', '[name$="1"]',
    '[name*=e]', '[keywords~=util]', '[keywords=Tool-kit]', '[keywords|=Tool]', '[license=MIT]',
    ':attr(scripts, [test])', ':attr(scripts, [build^=ts])', ':attr(engines, [node])', ':attr(contributors, [name=Amy])',
    ':attr(funding, [url$=example])', ':semver(^1)', ':semver(1.0.0)', ':semver(>=1.5.0)', ':semver(2.0.0, [version], lt)',
    ':semver(1.0.0, [version], gt)', ':semver(<2, [version], gtr)', ':semver(^1, [version], ltr)',
    ':semver(>=18, :attr(engines, [node]))', ':semver(bogus)', ':semver(1.0.0, [version], nope)',
    ':path(node_modules/*)', ':path(node_modules/**)', ':path(node_modules/@sc/*)', ':type(range)', ':type(alias)',
    ':type(registry)', ':type(version)', ':empty', ':deduped', ':missing', ':extraneous', ':invalid', ':overridden',
    ':private', ':link', '.dev > #b', '#b:not(.dev)', '#dev1 #d', ':root > .dev #b', '*.optional',
    ':scope > #a', ':has(:scope)', ':outdated', ':outdated(major)', ':outdated(minor)', ':outdated(patch)',
    ':outdated(in-range)', ':outdated(out-of-range)', '#b:outdated(any)', ':outdated(nonsense)',
    ':vuln', ':vuln([severity=high])', ':vuln([severity=low], [cwe=79])', ':vuln([cwe])', ':vuln([cwe=79][cwe=80])',
    '#b:vuln', ':vuln([name=x])', ':vuln([severity^=h])', 'a', '.nope', ':nope', '', '#', '[name=', ':is(', '#a > ', '#a + #b',
  ];
  const norm = (text, dir) => { try { return JSON.parse(text.split(dir).join('<dir>')); } catch { return text; } };
  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    fs.mkdirSync(path.join(base, tool));
    const dir = c.project(path.join(base, tool), { name: 'app', version: '1.0.0', dependencies: { a: '^1.0.0', '@sc/c': '1.2.3', b: '1.0.0', bee: 'npm:b@2.0.0', usesover: '1.0.0', absent: '^1.0.0' }, devDependencies: { dev1: '0.1.0' }, optionalDependencies: { opt: '3.0.0-beta.1' }, overrides: { over: '1.1.0' } }, 'app');
    // absent: not in the registry; installed without it (the lockfile keeps the rest).
    const pkg = c.readJson(path.join(dir, 'package.json'));
    delete pkg.dependencies.absent;
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
    c.ok(await run(['install'], dir), `${tool} install`);
    pkg.dependencies.absent = '^1.0.0';
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
    // an extraneous package next to the others
    fs.cpSync(path.join(dir, 'node_modules', 'over'), path.join(dir, 'node_modules', 'stray'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'node_modules', 'stray', 'package.json'), pj('stray', '1.0.0', {}));
    const out = [];
    for (const q of queries) {
      const r = await run(['query', q], dir);
      const code = (r.stderr.match(/error code (E\w+)/) || [])[1] || '';
      out.push([q, r.status, r.status ? '' : norm(r.stdout, dir), code]);
    }
    // --package-lock-only: the lockfile's entries as the packages
    for (const q of ['*', '.dev', ':missing', '#a > *', ':attr(engines, [node])', '[license]', ':semver(^1)', ':extraneous']) {
      const r = await run(['query', q, '--package-lock-only'], dir);
      out.push([`${q} --package-lock-only`, r.status, r.status ? '' : norm(r.stdout, dir), (r.stderr.match(/error code (E\w+)/) || [])[1] || '']);
    }
    const bare = c.project(path.join(base, tool), { name: 'bare', version: '1.0.0' }, 'bare');
    const r = await run(['query', '*', '--package-lock-only'], bare);
    out.push(['no lockfile', r.status, '', (r.stderr.match(/error code (E\w+)/) || [])[1] || '']);
    out.push(['audit requests', audits.splice(0)]);
    results[tool] = out;
  }
  if (process.env.QUERY_DUMP) fs.writeFileSync(process.env.QUERY_DUMP, JSON.stringify(results));
  const n = results.nodus;
  const get = (q) => n.find((x) => x[0] === q);
  assert.deepStrictEqual(get('#a')[2].map((x) => x.location), ['node_modules/a']);
  assert.deepStrictEqual(get(':not(:root)')[2].length, get('*')[2].length);
  assert.deepStrictEqual(get('a').slice(1), [1, '', 'EQUERYNOSELECTOR']);
  assert.deepStrictEqual(get(':nope').slice(1), [1, '', 'EQUERYNOPSEUDO']);
  if (results.npm) {
    const diffs = [];
    for (let i = 0; i < n.length; i++) {
      try { assert.deepStrictEqual(results.nodus[i], results.npm[i]); } catch (e) { diffs.push(`${n[i][0]}: ${e.message.slice(0, 1500)}`); }
    }
    assert.deepStrictEqual(diffs, []);
  }
  await reg.close();
});

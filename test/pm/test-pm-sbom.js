'use strict';
// sbom: npm 11's CycloneDX and SPDX documents for an installed tree (prod, dev, optional, peer,
// scoped and extraneous packages; licenses simple, compound and invalid; authors, repository,
// homepage and bugs as package.json has them), --omit, --sbom-type, --package-lock-only, and the
// errors (no --sbom-format, no lockfile, a missing dependency). Compared with npm's output, the
// serial number, timestamps and document namespace's uuid aside.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const pj = (name, version, extra) => JSON.stringify({ name, version, ...extra }, null, 2);
  const reg = await c.startRegistry({
    a: { versions: { '1.0.0': { license: 'MIT', dependencies: { b: '^1.0.0' }, files: { 'package.json': pj('a', '1.0.0', { license: 'MIT', description: 'the a', author: 'Ann Author <ann@x.org> (https://ann.example)', repository: { type: 'git', url: 'git+https://github.com/u/a.git' }, dependencies: { b: '^1.0.0' } }) } } } },
    b: { versions: { '1.0.0': { license: '(MIT OR Apache-2.0)', files: { 'package.json': pj('b', '1.0.0', { license: '(MIT OR Apache-2.0)', author: { name: 'Bob', email: 'b@x.org' }, homepage: 'b.example.com', bugs: 'https://b.example.com/issues' }) } }, '2.0.0': { license: 'ISC' } } },
    '@sc/c': { versions: { '1.0.0': { license: 'UNLICENSED', peerDependencies: { a: '^1.0.0' }, files: { 'package.json': pj('@sc/c', '1.0.0', { license: 'UNLICENSED', repository: 'github:u/c', peerDependencies: { a: '^1.0.0' } }) } } } },
    d: { versions: { '1.0.0': { license: 'Apache-2.0 WITH LLVM-exception', dependencies: { b: '^2.0.0' } } } },
    opt: { versions: { '1.0.0': { licenses: [{ type: 'MIT' }, { type: 'BSD-3-Clause' }] } } },
    stray: { versions: { '1.0.0': {} } },
  });
  const base = c.tmpdir('sbom');
  const env = c.envFor(base, reg);
  const npmSetup = await c.npmFor(base, reg);
  const tools = { nodus: (args, cwd) => c.run(args, { cwd, env }) };
  if (npmSetup) tools.npm = (args, cwd) => npmSetup.run(args, cwd);
  const norm = (text, dir) => {
    let j;
    try { j = JSON.parse(text); } catch { return text; }
    if (j.serialNumber) j.serialNumber = 'urn:uuid:X';
    if (j.metadata) j.metadata.timestamp = 'T';
    if (j.creationInfo) j.creationInfo.created = 'T';
    if (j.documentNamespace) j.documentNamespace = j.documentNamespace.replace(/-[0-9a-f-]{36}$/, '-UUID');
    return JSON.parse(JSON.stringify(j).split(dir).join('<dir>'));
  };
  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    fs.mkdirSync(path.join(base, tool));
    const dir = c.project(path.join(base, tool), { name: '@me/app', version: '1.2.3', license: 'MIT', description: 'my app', dependencies: { a: '^1.0.0', '@sc/c': '1.0.0', d: '1.0.0' }, devDependencies: { b: '^1.0.0' }, optionalDependencies: { opt: '1.0.0' } }, 'app');
    c.ok(await run(['install'], dir), `${tool} install`);
    // An extraneous package: installed, then dropped from package.json and the lockfile kept.
    const out = [];
    const steps = [
      ['sbom'], ['sbom', '--sbom-format=cyclonedx'], ['sbom', '--sbom-format=spdx'],
      ['sbom', '--sbom-format', 'cyclonedx', '--omit=dev'], ['sbom', '--sbom-format=spdx', '--omit=dev', '--omit=optional'],
      ['sbom', '--sbom-format=cyclonedx', '--sbom-type=application'], ['sbom', '--sbom-format=spdx', '--sbom-type=framework'],
      ['sbom', '--sbom-format=cyclonedx', '--package-lock-only'], ['sbom', '--sbom-format=spdx', '--package-lock-only'],
    ];
    for (const args of steps) {
      const r = await run(args, dir);
      const code = (r.stderr.match(/error code (E\w+)/) || [])[1] || '';
      out.push([args.join(' '), r.status, norm(r.stdout, dir), code]);
    }
    // extraneous: a package no edge reaches
    fs.cpSync(path.join(dir, 'node_modules', 'opt'), path.join(dir, 'node_modules', 'stray'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'node_modules', 'stray', 'package.json'), pj('stray', '1.0.0', { license: 'MIT' }));
    for (const args of [['sbom', '--sbom-format=cyclonedx'], ['sbom', '--sbom-format=spdx']]) {
      const r = await run(args, dir);
      out.push([args.join(' ') + ' (extraneous)', r.status, norm(r.stdout, dir), '']);
    }
    fs.rmSync(path.join(dir, 'node_modules', 'stray'), { recursive: true });
    // a missing dependency
    fs.rmSync(path.join(dir, 'node_modules', 'b'), { recursive: true });
    let r = await run(['sbom', '--sbom-format=cyclonedx'], dir);
    out.push(['missing', r.status, '', (r.stderr.match(/error code (E\w+)/) || [])[1], r.stderr.split('\n').filter((l) => / error (missing|invalid)/.test(l)).map((l) => l.replace(/^\S+ error /, ''))]);
    fs.rmSync(path.join(dir, 'package-lock.json'));
    r = await run(['sbom', '--sbom-format=spdx', '--package-lock-only'], dir);
    out.push(['no lock', r.status, '', (r.stderr.match(/error code (E\w+)/) || [])[1]]);
    results[tool] = out;
  }
  const n = results.nodus;
  assert.deepStrictEqual(n[0].slice(1), [1, '', 'EUSAGE']);
  const cdx = n[1][2];
  assert.strictEqual(cdx.bomFormat, 'CycloneDX');
  assert.deepStrictEqual(cdx.components.map((x) => x['bom-ref']), ['@sc/c@1.0.0', 'a@1.0.0', 'b@1.0.0', 'd@1.0.0', 'b@2.0.0', 'opt@1.0.0']);
  const a = cdx.components.find((x) => x.name === 'a');
  assert.strictEqual(a.author, 'Ann Author <ann@x.org> (https://ann.example)');
  assert.deepStrictEqual(a.licenses, [{ license: { id: 'MIT' } }]);
  assert.deepStrictEqual(cdx.components.find((x) => x['bom-ref'] === 'b@1.0.0').licenses, [{ expression: '(MIT OR Apache-2.0)' }]);
  assert.strictEqual(n[n.length - 2][3], 'ESBOMPROBLEMS');
  assert.strictEqual(n[n.length - 1][3], 'EUSAGE');
  if (results.npm) {
    for (let i = 0; i < n.length; i++) assert.deepStrictEqual(results.nodus[i], results.npm[i], `step ${n[i][0]}`);
  }
  await reg.close();
});

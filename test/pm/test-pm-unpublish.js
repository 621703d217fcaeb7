'use strict';
// unpublish against a real registry (verdaccio): one version (the document PUT without it, its
// tags dropped, latest moved, the tarball deleted), again (already gone: success), --dry-run,
// the whole package with --force, the project's own version with no argument, and npm's
// refusals (ranges and tags, the whole package or the last version without --force, two
// arguments), a missing package (E404) and no token (E401). Every step is run by nodus and by
// npm 11 on packages of their own; outputs, codes and the registry's state must match.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');
const { start } = require('./common/verdaccio');

c.main(async () => {
  const v = await start();
  if (!v) return;
  const { base, url, npmrc } = v;
  const env = c.envFor(base, null);
  fs.writeFileSync(path.join(env.HOME, '.npmrc'), npmrc);
  const anon = c.envFor(path.join(base, 'anon'), null, { npm_config_registry: url });
  const npmArgs = ['--cache', path.join(base, 'npm-cache'), '--loglevel=error'];
  const npmOk = (await c.runCmd(c.npmPath(), ['--version'])).status === 0;
  assert.ok(npmOk, 'npm is needed to publish the fixtures');

  async function publish(name, version, tag) {
    const d = path.join(base, 'src', `${name}-${version}`);
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(d, 'package.json'), JSON.stringify({ name, version }));
    fs.writeFileSync(path.join(d, 'index.js'), `module.exports = ${JSON.stringify(version)};\n`);
    const r = await c.runCmd(c.npmPath(), ['publish', ...(tag ? ['--tag', tag] : []), ...npmArgs], { cwd: d, env });
    assert.strictEqual(r.status, 0, r.stderr);
  }
  async function state(name) {
    const r = await v.request('GET', url + name.replace('/', '%2f'));
    if (r.status === 404) return 'missing';
    const doc = JSON.parse(r.text);
    const tarballs = [];
    for (const ver of Object.keys(doc.versions)) {
      const t = await v.request('GET', doc.versions[ver].dist.tarball);
      tarballs.push(`${ver}:${t.status}`);
    }
    return { versions: Object.keys(doc.versions).sort(), tags: doc['dist-tags'], tarballs };
  }

  const tools = {
    nodus: (args, opts) => c.run(args, opts),
    npm: (args, opts) => c.runCmd(c.npmPath(), [...args, ...npmArgs], opts),
  };
  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    const T = tool;
    for (const ver of ['1.0.0', '1.1.0', '2.0.0']) await publish(`upk-${T}`, ver, ver === '1.1.0' ? 'next' : undefined);
    await publish(`@sc/upk-${T}`, '1.0.0');
    await publish(`@sc/upk-${T}`, '1.0.1');
    await publish(`solo-${T}`, '1.0.0');
    await publish(`proj-${T}`, '1.0.0');
    await publish(`proj-${T}`, '1.0.1');
    const proj = c.project(base, { name: `proj-${T}`, version: '1.0.0' }, `proj-${T}`);
    const empty = path.join(base, `empty-${T}`);
    fs.mkdirSync(empty, { recursive: true });
    const steps = [
      [['unpublish', `upk-${T}@1.1.0`, '--dry-run'], `upk-${T}`],
      [['unpublish', `upk-${T}@1.1.0`], `upk-${T}`],
      [['unpublish', `upk-${T}@1.1.0`], `upk-${T}`],
      [['unpublish', `upk-${T}@1.0.0`], `upk-${T}`, { env: anon }],
      [['unpublish', `upk-${T}@^1`], `upk-${T}`],
      [['unpublish', `upk-${T}@latest`], `upk-${T}`],
      [['unpublish', `upk-${T}`], `upk-${T}`],
      [['unpublish', `upk-${T}@*`], `upk-${T}`],
      [['unpublish', `upk-${T}@2.0.0`], `upk-${T}`],
      [['unpublish', `@sc/upk-${T}@1.0.1`], `@sc/upk-${T}`],
      [['unpublish', `solo-${T}@1.0.0`], `solo-${T}`],
      [['unpublish', `solo-${T}@1.0.0`, '--force'], `solo-${T}`],
      [['unpublish', `nope-${T}@1.0.0`], `nope-${T}`],
      [['unpublish', 'a', 'b'], `upk-${T}`],
      [['unpublish'], `upk-${T}`, { cwd: empty }],
      [['unpublish'], `proj-${T}`, { cwd: proj }],
      [['unpublish', '--dry-run', '--force'], `proj-${T}`, { cwd: proj }],
      [['unpublish', `upk-${T}`, '--force'], `upk-${T}`],
    ];
    const out = [];
    for (const [args, name, o = {}] of steps) {
      const r = await run(args, { cwd: o.cwd || base, env: o.env || env });
      const code = (r.stderr.match(/error code (E\w+)/) || [])[1] || '';
      const norm = (s) => s.split(`-${T}`).join('-T');
      out.push([norm(args.join(' ')), r.status, norm(r.stdout), code, norm(JSON.stringify(await state(name)))]);
    }
    results[tool] = out;
  }
  const n = results.nodus;
  assert.deepStrictEqual(n.map((s) => s.slice(0, 4)), [
    ['unpublish upk-T@1.1.0 --dry-run', 0, '- upk-T@1.1.0\n', ''],
    ['unpublish upk-T@1.1.0', 0, '- upk-T@1.1.0\n', ''],
    ['unpublish upk-T@1.1.0', 0, '- upk-T@1.1.0\n', ''],
    ['unpublish upk-T@1.0.0', 1, '', 'E401'],
    ['unpublish upk-T@^1', 1, '', 'EUSAGE'],
    ['unpublish upk-T@latest', 1, '', 'EUSAGE'],
    ['unpublish upk-T', 1, '', 'EUSAGE'],
    ['unpublish upk-T@*', 1, '', 'EUSAGE'],
    ['unpublish upk-T@2.0.0', 0, '- upk-T@2.0.0\n', ''],
    ['unpublish @sc/upk-T@1.0.1', 0, '- @sc/upk-T@1.0.1\n', ''],
    ['unpublish solo-T@1.0.0', 1, '', 'EUSAGE'],
    ['unpublish solo-T@1.0.0 --force', 0, '- solo-T\n', ''],
    ['unpublish nope-T@1.0.0', 1, '', 'E404'],
    ['unpublish a b', 1, '', 'EUSAGE'],
    ['unpublish', 1, '', 'EUSAGE'],
    ['unpublish', 0, '- proj-T@1.0.0\n', ''],
    ['unpublish --dry-run --force', 0, '- proj-T\n', ''],
    ['unpublish upk-T --force', 0, '- upk-T\n', ''],
  ]);
  assert.deepStrictEqual(JSON.parse(n[0][4]), { versions: ['1.0.0', '1.1.0', '2.0.0'], tags: { latest: '2.0.0', next: '1.1.0' }, tarballs: ['1.0.0:200', '1.1.0:200', '2.0.0:200'] });
  assert.deepStrictEqual(JSON.parse(n[1][4]), { versions: ['1.0.0', '2.0.0'], tags: { latest: '2.0.0' }, tarballs: ['1.0.0:200', '2.0.0:200'] });
  assert.deepStrictEqual(JSON.parse(n[8][4]), { versions: ['1.0.0'], tags: { latest: '1.0.0' }, tarballs: ['1.0.0:200'] });
  assert.strictEqual(n[11][4], '"missing"');
  assert.strictEqual(n[17][4], '"missing"');
  // The same outputs, codes and registry states as npm's.
  assert.deepStrictEqual(results.nodus, results.npm);
  v.kill();
});

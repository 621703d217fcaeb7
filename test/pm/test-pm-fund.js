'use strict';
// `fund`: the installed tree's funding (string, object and array forms; packages sharing a URL
// grouped; an unfunded package's funded dependencies lifted to its parent), --json, `fund <pkg>`
// with one or several sources and --which, ENOFUND; compared with the machine's npm 11.
const assert = require('assert');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    a: { versions: { '1.0.0': { funding: 'https://example.org/a', dependencies: { b: '^1.0.0', c: '^1.0.0' } } } },
    b: { versions: { '1.0.0': { funding: { type: 'opencollective', url: 'https://example.org/shared' } } } },
    c: { versions: { '1.0.0': { dependencies: { d: '^1.0.0' } } } },
    d: { versions: { '1.0.0': { funding: [{ type: 'github', url: 'https://example.org/d1' }, 'https://example.org/d2'] } } },
    e: { versions: { '1.0.0': { funding: 'https://example.org/shared' } } },
    f: { versions: { '1.0.0': {} } },
  });
  const base = c.tmpdir('fund');
  const env = c.envFor(base, reg, { LANG: 'C.UTF-8', LC_ALL: '', LC_CTYPE: '' });
  const dir = c.project(base, { name: 'app', version: '1.0.0', funding: 'https://example.org/app', dependencies: { a: '^1.0.0', e: '^1.0.0', f: '^1.0.0' } });
  c.ok(await c.run(['install'], { cwd: dir, env }), 'install');
  const steps = [['fund'], ['fund', '--json'], ['fund', '--no-unicode'], ['fund', 'd'], ['fund', 'd', '--which=2'],
    ['fund', 'a'], ['fund', 'a', '--json'], ['fund', 'f'], ['fund', 'd', '--which=7'], ['fund', '--which=0']];
  const run = async (tool, args) => {
    const r = tool === 'nodus' ? await c.run(args, { cwd: dir, env })
      : await c.runCmd(c.npmPath(), [...args, ...npmSetup.args, '--browser=false'], { cwd: dir, env });
    return [args.join(' '), r.status, r.stdout.replace(/`npm fund/g, '`nodus fund'), (r.stderr.match(/code (E\w+)/) || [])[1]];
  };
  const npmSetup = await c.npmFor(base, reg);
  const n = [];
  for (const args of steps) n.push(await run('nodus', args));
  assert.deepStrictEqual(n[0], ['fund', 0, [
    'https://example.org/app',
    '│ └── app@1.0.0',
    '└─┬ https://example.org/a',
    '  │ └── a@1.0.0',
    '  ├── https://example.org/shared',
    '  │   └── b@1.0.0, e@1.0.0',
    '  └── https://example.org/d1',
    '      └── d@1.0.0',
    '', ''].join('\n'), undefined]);
  const j = JSON.parse(n[1][2]);
  assert.strictEqual(j.length, 4);
  assert.deepStrictEqual(Object.keys(j.dependencies), ['a', 'e']);
  assert.deepStrictEqual(Object.keys(j.dependencies.a.dependencies), ['b', 'd']);
  assert.match(n[2][2], /^https:\/\/example\.org\/app\n\| `-- app@1\.0\.0\n`-- https:\/\/example\.org\/a\n/);
  assert.match(n[3][2], /^1: github funding available at the following URL: https:\/\/example\.org\/d1\n2: Funding/);
  assert.strictEqual(n[4][2], 'Funding available at the following URL:\nhttps://example.org/d2\n');
  assert.deepStrictEqual(n[7].slice(1), [1, '', 'ENOFUND']);
  assert.deepStrictEqual(n[9].slice(1), [1, '', 'EFUNDNUMBER']);
  if (npmSetup) {
    const m = [];
    for (const args of steps) m.push(await run('npm', args));
    assert.deepStrictEqual(n, m);
  }
  await reg.close();
});

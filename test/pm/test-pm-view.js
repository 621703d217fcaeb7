'use strict';
// `view`/`info`/`show`: field output (strings bare, other values as util.inspect prints them,
// `field = value` for several fields, `name@version value` for a range), `--json`, tags, dotted
// paths, people as "name <email>", E404s; the field outputs compared byte for byte with npm's.
const assert = require('assert');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    lib: { 'dist-tags': { latest: '1.2.0', next: '2.0.0-beta.1' }, versions: {
      '1.0.0': { dependencies: { dep: '^1.0.0' } },
      '1.2.0': { dependencies: { dep: '^1.0.0', other: '~2.0.0' }, bin: { lib: 'cli.js' }, license: 'MIT', engines: { node: '>=18' } },
      '2.0.0-beta.1': { deprecated: 'use 3' },
    } },
    '@sc/pkg': { versions: { '0.1.0': { license: 'ISC' } } },
  });
  const d = reg.docs.get('lib');
  d.description = 'A lib';
  d.maintainers = [{ name: 'alice', email: 'a@x.org' }];
  Object.assign(d.versions['1.2.0'], {
    description: 'A lib', keywords: ['a', 'b'], maintainers: [{ name: 'alice', email: 'a@x.org' }],
    repository: { type: 'git', url: 'git+https://github.com/x/lib.git' }, homepage: 'https://x.org/lib',
  });
  const base = c.tmpdir('view');
  const env = c.envFor(base, reg);
  const dir = c.project(base, { name: 'lib', version: '0.0.1' }, 'app');
  const npm = await c.npmFor(base, reg);

  const cases = [
    ['lib', 'version'],
    ['lib', 'versions'],
    ['lib', 'dependencies'],
    ['lib', 'name', 'version'],
    ['lib@1.0.0', 'dependencies'],
    ['lib@next', 'version'],
    ['lib', 'dist-tags'],
    ['lib', 'dist-tags.next'],
    ['lib', 'maintainers'],
    ['lib', 'keywords'],
    ['lib', 'repository.url'],
    ['lib', 'dist.shasum', 'bin'],
    ['lib', 'engines', '--json'],
    ['lib', 'version', '--json'],
    ['lib', 'versions', '--json'],
    ['lib@1', 'version', 'name', '--json'],
    ['lib', 'nofield'],
    ['@sc/pkg', 'license'],
    ['lib@2.0.0-beta.1', 'deprecated'],
  ];
  for (const args of cases) {
    const r = c.ok(await c.run(['view', ...args], { cwd: dir, env }), args.join(' '));
    if (npm) {
      const n = await npm.run(['view', ...args], dir);
      assert.strictEqual(n.status, 0, n.stderr);
      assert.strictEqual(r.stdout, n.stdout, `view ${args.join(' ')}`);
    }
  }
  // Some outputs spelled out (also when npm is absent).
  const out = async (...a) => c.ok(await c.run(a, { cwd: dir, env })).stdout;
  assert.strictEqual(await out('view', 'lib', 'version'), '1.2.0\n');
  assert.strictEqual(await out('info', 'lib', 'versions'), "[ '1.0.0', '1.2.0', '2.0.0-beta.1' ]\n");
  assert.strictEqual(await out('show', 'lib', 'name', 'version'), "name = 'lib'\nversion = '1.2.0'\n");
  assert.strictEqual(await out('view', 'lib', 'dependencies'), "{ dep: '^1.0.0', other: '~2.0.0' }\n");
  assert.strictEqual(await out('view', 'lib', 'maintainers'), 'alice <a@x.org>\n');
  // A range: each matching version (npm 11.19 prints "undefined@<version>" here; nodus the name).
  assert.strictEqual(await out('view', 'lib@1', 'version'), "lib@1.0.0 '1.0.0'\nlib@1.2.0 '1.2.0'\n");
  // No spec: the project's package. No field: the summary.
  assert.strictEqual(await out('view', '.', 'version'), '1.2.0\n');
  const summary = await out('view', 'lib');
  assert.match(summary, /^\nlib@1\.2\.0 \| MIT \| deps: 2 \| versions: 3\nA lib\nhttps:\/\/x\.org\/lib\n/);
  assert.match(summary, /\ndist-tags:\nlatest: 1\.2\.0\nnext: 2\.0\.0-beta\.1\n/);
  const full = JSON.parse(await out('view', 'lib', '--json'));
  assert.strictEqual(full.version, '1.2.0');
  assert.deepStrictEqual(full.versions, ['1.0.0', '1.2.0', '2.0.0-beta.1']);
  assert.deepStrictEqual(full.maintainers, ['alice <a@x.org>']);

  // Errors: unknown package, no matching version.
  let r = await c.run(['view', 'nope'], { cwd: dir, env });
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /code E404\n.*404 Not Found - GET http:\/\/127\.0\.0\.1:\d+\/nope/);
  r = await c.run(['view', 'lib@9', 'version'], { cwd: dir, env });
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /code E404\n.*No match found for version 9/);
  r = await c.run(['view', 'lib', '--json', 'version'], { cwd: dir, env });
  assert.strictEqual(r.stdout, '"1.2.0"\n');
  await reg.close();
});

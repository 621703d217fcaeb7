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
    tagged: { 'dist-tags': { latest: '1.0.5', a: '1.0.0', b: '1.0.1', c: '1.0.2', d: '1.0.3', e: '1.0.4', f: '1.0.4' },
      versions: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`1.0.${i}`, {}])) },
  });
  // The summary's inputs: publish times (dist-tags sort by them), the publisher, sizes, keywords.
  const t = reg.docs.get('tagged');
  Object.assign(t, { keywords: ['k1', 'k2'], maintainers: [{ name: 'bob', email: 'b@x.org' }, { name: 'carol', email: 'c@x.org' }] });
  for (let i = 0; i < 6; i++) t.time[`1.0.${i}`] = `201${i}-05-0${i + 1}T10:00:00.000Z`;
  Object.assign(t.versions['1.0.5'], { _npmUser: { name: 'bob', email: 'b@x.org' }, license: { type: 'BSD' }, homepage: { url: 'https://h.example' } });
  t.versions['1.0.5'].dist.unpackedSize = 123456;
  t.versions['1.0.4'].dist.unpackedSize = 999;
  t.versions['1.0.4'].deprecated = 'old';
  t.versions['1.0.4'].dependencies = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`d${i}`, '^1.0.0']));
  const d = reg.docs.get('lib');
  d._id = 'lib';  // as registries send it (npm names versions of a range by it)
  d.description = 'A lib';
  d.maintainers = [{ name: 'alice', email: 'a@x.org' }];
  Object.assign(d.versions['1.2.0'], {
    description: 'A lib', keywords: ['a', 'b'], maintainers: [{ name: 'alice', email: 'a@x.org' }],
    repository: { type: 'git', url: 'git+https://github.com/x/lib.git' }, homepage: 'https://x.org/lib',
    // Shapes util.inspect lays out differently: column groups, line breaks, deep nesting, quotes.
    many: Array.from({ length: 27 }, (_, i) => `1.${i}.${i % 4}`),
    seven: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
    nums: [1, 22, 333, 4444, 5, 66, 7, 8, 9, 10.5],
    wide: Array.from({ length: 8 }, (_, i) => 'x'.repeat(10 + i * 3)),
    bigdeps: Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`dep-${i}`, `^1.0.${i}`])),
    smalldeps: Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`dep-${i}`, `^1.0.${i}`])),
    nested: { a: { b: { c: { d: { e: 1 } } } }, list: [{ x: 1 }, { y: [1, 2] }], 'odd key': "it's", $d: 'q"u\'o`t' },
    flags: { on: true, off: false, none: null, n: 0 },
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
    ['lib', 'many'],
    ['lib', 'seven'],
    ['lib', 'nums'],
    ['lib', 'wide'],
    ['lib', 'bigdeps'],
    ['lib', 'smalldeps'],
    ['lib', 'nested'],
    ['lib', 'flags'],
    ['lib', 'nested', 'flags'],
    ['lib@1', 'many'],
    ['lib@1', 'version'],
    ['lib@1', 'dependencies'],
    ['lib@1', 'dependencies', 'bin'],
    ['lib@1', 'dependencies', '--json'],
    ['lib', 'maintainers', '--json'],
    ['lib@*', 'version'],
    ['lib', 'dist-tags.latest', 'dist.tarball'],
    ['lib', 'flags.off', 'flags.n', 'flags.on'],
    ['lib', 'flags.none'],
    // The summary without fields (its relative dates are all "over a year ago" here).
    ['lib'],
    ['lib@1.0.0'],
    ['lib@2.0.0-beta.1'],
    ['tagged'],
    ['tagged@1.0.4'],
    ['tagged@1.0.3'],
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
  // A range: each matching version.
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

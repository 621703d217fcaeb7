'use strict';
// `version`: increments and explicit versions, --preid, package.json and package-lock.json
// rewritten, preversion/version/postversion, the git commit and annotated tag (message `%s`,
// -m), the clean-tree check, --no-git-tag-version, errors; side by side with the machine's npm.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

async function git(dir, args) {
  const r = await c.runCmd('git', args, { cwd: dir });
  return r;
}

async function fresh(base, name) {
  const dir = c.project(base, {
    name: 'app', version: '1.0.0',
    scripts: {
      preversion: 'echo "pre $npm_package_version" >> log.txt',
      version: 'echo "ver $npm_package_version" >> log.txt',
      postversion: 'echo "post $npm_package_version" >> log.txt',
    },
  }, name);
  fs.writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify({
    name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'app', version: '1.0.0' } },
  }, null, 2) + '\n');
  fs.writeFileSync(path.join(dir, '.gitignore'), 'log.txt\n');
  return dir;
}

async function state(dir) {
  const log = await git(dir, ['log', '--format=%s', '-n', '1']);
  const tags = await git(dir, ['tag', '-n9', '--sort=v:refname']);
  const type = await git(dir, ['for-each-ref', '--format=%(objecttype) %(refname)', 'refs/tags']);
  return {
    pkg: c.readJson(path.join(dir, 'package.json')).version,
    lock: c.readJson(path.join(dir, 'package-lock.json')),
    log: fs.existsSync(path.join(dir, 'log.txt')) ? fs.readFileSync(path.join(dir, 'log.txt'), 'utf8') : '',
    commit: log.stdout, tags: tags.stdout.replace(/ +/g, ' '), type: type.stdout,
  };
}

c.main(async () => {
  const base = c.tmpdir('version');
  const env = { ...c.envFor(base, null), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' };
  const gitOk = (await c.runCmd('git', ['--version'])).status === 0;
  const npmSetup = await c.npmFor(base, { url: 'http://127.0.0.1:9/' });
  const tools = { nodus: (args, cwd) => c.run(args, { cwd, env }) };
  if (npmSetup) tools.npm = (args, cwd) => c.runCmd(c.npmPath(), [...npmSetup.args, ...args], { cwd, env });

  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    const dir = await fresh(base, `git-${tool}`);
    if (gitOk) {
      for (const a of [['init', '-q'], ['add', '.'], ['commit', '-qm', 'init']]) assert.strictEqual((await c.runCmd('git', a, { cwd: dir, env })).status, 0);
    }
    const out = [];
    const step = async (args) => {
      const r = await run(args, dir);
      out.push([args.join(' '), r.status, r.status === 0 ? r.stdout.trim().split('\n').pop() : r.stderr.match(/(Invalid version: \S+|Version not changed|Git working directory not clean\.)/)?.[0]]);
      return r;
    };
    await step(['version', 'patch']);
    await step(['version', 'minor', '-m', 'Release %s']);
    await step(['version', 'premajor', '--preid', 'rc']);
    await step(['version', 'prerelease']);
    await step(['version', '3.0.0']);
    await step(['version', '3.0.0']);
    await step(['version', 'nonsense']);
    if (gitOk) {
      fs.writeFileSync(path.join(dir, 'tracked.txt'), 'x');
      await git(dir, ['add', 'tracked.txt']);
      await step(['version', 'patch']);
      await git(dir, ['rm', '-q', '--cached', 'tracked.txt']);
    }
    // Untracked files do not count; --no-git-tag-version leaves git alone.
    await step(['version', 'major', '--no-git-tag-version']);
    await step(['version', 'minor', '--json', '--no-git-tag-version']);
    results[tool] = { out, ...(await state(dir)) };
  }
  const r = results.nodus;
  assert.deepStrictEqual(r.out, [
    ['version patch', 0, 'v1.0.1'],
    ['version minor -m Release %s', 0, 'v1.1.0'],
    ['version premajor --preid rc', 0, 'v2.0.0-rc.0'],
    ['version prerelease', 0, 'v2.0.0-rc.1'],
    ['version 3.0.0', 0, 'v3.0.0'],
    ['version 3.0.0', 1, 'Version not changed'],
    ['version nonsense', 1, 'Invalid version: nonsense'],
    ...(gitOk ? [['version patch', 1, 'Git working directory not clean.']] : []),
    ['version major --no-git-tag-version', 0, 'v4.0.0'],
    ['version minor --json --no-git-tag-version', 0, 'v4.1.0'],
  ]);
  assert.strictEqual(r.pkg, '4.1.0');
  assert.strictEqual(r.lock.version, '4.1.0');
  assert.strictEqual(r.lock.packages[''].version, '4.1.0');
  assert.match(r.log, /^pre 1\.0\.0\nver 1\.0\.1\npost 1\.0\.1\npre 1\.0\.1\nver 1\.1\.0\n/);
  if (gitOk) {
    assert.strictEqual(r.commit, '3.0.0\n');
    assert.strictEqual(r.tags, 'v1.0.1 1.0.1\nv1.1.0 Release 1.1.0\nv2.0.0-rc.0 2.0.0-rc.0\nv2.0.0-rc.1 2.0.0-rc.1\nv3.0.0 3.0.0\n');
    assert.match(r.type, /^(tag refs\/tags\/v[^\n]+\n){5}$/);
  }
  if (results.npm) assert.deepStrictEqual(results.nodus, results.npm);

  // The whole stdout: each script's banner names only the event (as npm's does), the new version last.
  const banners = {};
  for (const [tool, run] of Object.entries(tools)) {
    const d = await fresh(base, `banner-${tool}`);
    banners[tool] = c.ok(await run(['version', 'patch', '--no-git-tag-version'], d)).stdout;
  }
  assert.strictEqual(banners.nodus,
                     '\n> preversion\n> echo "pre $npm_package_version" >> log.txt\n\n' +
                     '\n> version\n> echo "ver $npm_package_version" >> log.txt\n\n' +
                     '\n> postversion\n> echo "post $npm_package_version" >> log.txt\n\n' +
                     'v1.0.1\n');
  if (banners.npm) assert.strictEqual(banners.nodus, banners.npm);

  // Without arguments: the package's version and nodus's (`--json` as an object).
  const dir = await fresh(base, 'plain');
  const j = JSON.parse(c.ok(await c.run(['version', '--json'], { cwd: dir, env })).stdout);
  assert.strictEqual(j.app, '1.0.0');
  assert.ok(j.nodus);
  assert.match(c.ok(await c.run(['version'], { cwd: dir, env })).stdout, /^\{ app: '1\.0\.0', nodus: '[^']+' \}\n$/);
});

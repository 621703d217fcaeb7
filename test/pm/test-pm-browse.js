'use strict';
// docs/home, bugs/issues and repo: the URL from the project's package.json or the registry's
// full document (homepage / bugs / repository, hosted-git-info's GitHub, GitLab, Bitbucket and
// gist forms, other hosts, the npmjs.com fallback), printed as npm prints it with
// --browser=false (text and --json), opened with --browser=<command>; errors (no repository,
// missing package). Outputs and exit codes compared with npm 11's.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const manifests = {
    gh: { repository: 'git+https://github.com/u/p.git' },
    gl: { repository: { type: 'git', url: 'git@gitlab.com:grp/sub/p.git#v1.0' }, bugs: { email: 'x@y.z' } },
    bb: { repository: 'bitbucket:u/p', homepage: 'https://example.com/a b' },
    short: { repository: { url: 'u/p#main', directory: 'packages/short' } },
    other: { repository: 'git+ssh://git@example.org:2222/team/p.git', bugs: 'https://example.org/issues' },
    gist: { repository: 'gist:abc123' },
    none: {},
    '@sc/pkg': { repository: { type: 'git', url: 'https://github.com/sc/mono', directory: 'pkgs/x' }, bugs: { url: 'https://bugs.example/sc' } },
  };
  const reg = await c.startRegistry({}, {
    onRequest(req, res) {
      const name = decodeURIComponent(req.url.slice(1).split('?')[0]);
      const m = manifests[name];
      res.setHeader('content-type', 'application/json');
      if (!m) { res.writeHead(404); res.end('{"error":"not found"}'); return true; }
      const v = (ver) => ({ name, version: ver, ...m, dist: { tarball: `${reg.url}${name}/-/x-${ver}.tgz` } });
      const doc = { _id: name, name, 'dist-tags': { latest: '1.1.0' }, versions: { '1.0.0': { ...v('1.0.0'), homepage: 'https://old.example/' }, '1.1.0': v('1.1.0') } };
      res.end(JSON.stringify(doc));
      return true;
    },
  });
  const base = c.tmpdir('browse');
  const env = c.envFor(base, reg);
  const dir = c.project(base, { name: 'app', version: '1.0.0', homepage: 'https://app.example/', repository: { type: 'git', url: 'https://github.com/me/app.git', directory: 'sub' }, bugs: 'https://app.example/bugs' });
  const bare = c.project(base, { name: 'bare', version: '1.0.0' }, 'bare');
  const npm = await c.npmFor(base, reg);
  const tools = { nodus: (args, cwd) => c.run(args, { cwd, env }) };
  if (npm) tools.npm = (args, cwd) => c.runCmd(c.npmPath(), [...args, ...npm.args, '--no-update-notifier'], { cwd, env });
  const B = '--browser=false';
  const steps = [];
  for (const cmd of ['docs', 'bugs', 'repo']) {
    steps.push([cmd, B], [cmd, '.', B], [cmd, B, '--json']);
    for (const n of Object.keys(manifests)) steps.push([cmd, n, B]);
    steps.push([cmd, 'gh@1.0.0', B], [cmd, 'gh', 'gl', B], [cmd, 'missing', B], [cmd, B, { cwd: bare }]);
  }
  steps.push(['home', 'gh', B], ['issues', 'gh', B], ['docs', 'gh', '--browser=true'], ['docs', 'gh', '--json', B]);
  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    const out = [];
    for (const step of steps) {
      const o = typeof step[step.length - 1] === 'object' ? step[step.length - 1] : {};
      const args = step.filter((a) => typeof a === 'string');
      const r = await run(args, o.cwd || dir);
      const code = (r.stderr.match(/error code (E\w+)/) || [])[1] || '';
      const msg = r.status ? (r.stderr.split('\n').find((l) => / error (?!code )\S/.test(l)) || '').replace(/^\S+ error /, '') : '';
      out.push([args.join(' '), r.status, r.stdout, code, msg]);
    }
    results[tool] = out;
  }
  const n = results.nodus;
  const get = (s) => n.find((x) => x[0] === s);
  assert.deepStrictEqual(get('docs --browser=false').slice(1, 3), [0, 'app docs available at the following URL:\nhttps://app.example/\n']);
  assert.deepStrictEqual(get('repo --browser=false')[2], 'app repo available at the following URL:\nhttps://github.com/me/app/tree/HEAD/sub\n');
  assert.deepStrictEqual(get('docs gh --browser=false')[2], 'gh docs available at the following URL:\nhttps://github.com/u/p#readme\n');
  assert.deepStrictEqual(get('bugs gl --browser=false')[2], 'gl bugs available at the following URL:\nmailto:x@y.z\n');
  assert.deepStrictEqual(get('docs bb --browser=false')[2], 'bb docs available at the following URL:\nhttps://example.com/a%20b\n');
  assert.deepStrictEqual(get('repo none --browser=false').slice(1, 2), [1]);
  assert.deepStrictEqual(get('docs missing --browser=false').slice(1, 4), [1, '', 'E404']);
  assert.deepStrictEqual(JSON.parse(get('docs --browser=false --json')[2]), { title: 'app docs available at the following URL', url: 'https://app.example/' });
  // An opener that runs: nothing printed.
  const opened = path.join(base, 'opened');
  const opener = path.join(base, 'opener.sh');
  fs.writeFileSync(opener, `#!/bin/sh\necho "$1" > ${opened}\n`, { mode: 0o755 });
  const r = c.ok(await tools.nodus(['docs', 'gh', `--browser=${opener}`], dir));
  assert.strictEqual(r.stdout, '');
  assert.strictEqual(fs.readFileSync(opened, 'utf8'), 'https://github.com/u/p#readme\n');
  if (results.npm) {
    for (let i = 0; i < steps.length; i++) assert.deepStrictEqual(results.nodus[i], results.npm[i], `step ${steps[i].join(' ')}`);
  }
  await reg.close();
});

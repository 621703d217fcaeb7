'use strict';
// `whoami`, `dist-tag ls/add/rm` and `deprecate` against a registry on 127.0.0.1 that answers
// npm's endpoints (dist-tag ls prints lines even with --json, deprecate of no version does
// nothing, as npm 11): outputs, exit codes and the requests made (method, path, body, token)
// compared with the machine's npm.
const assert = require('assert');
const c = require('./common');

c.main(async () => {
  const tags = { latest: '1.1.0', beta: '2.0.0-beta.0' };
  const log = [];
  const reg = await c.startRegistry({
    lib: { 'dist-tags': tags, versions: { '1.0.0': {}, '1.1.0': {}, '2.0.0-beta.0': {} } },
  }, {
    onRequest(req, res, body) {
      const url = decodeURIComponent(req.url);
      const auth = req.headers.authorization || '';
      const json = (status, v) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(v)); };
      if (url === '/-/whoami') {
        log.push(['GET', url, auth]);
        if (auth !== 'Bearer tok-123') return json(401, { error: 'unauthorized' }), true;
        return json(200, { username: 'tester' }), true;
      }
      const m = url.match(/^\/-\/package\/lib\/dist-tags(?:\/([^/]+))?$/);
      if (m) {
        log.push([req.method, url, auth, body.toString()]);
        if (req.method === 'GET') return json(200, tags), true;
        if (auth !== 'Bearer tok-123') return json(401, { error: 'unauthorized' }), true;
        if (req.method === 'PUT') tags[m[1]] = JSON.parse(body.toString());
        if (req.method === 'DELETE') delete tags[m[1]];
        return json(200, { ok: true }), true;
      }
      if (req.method === 'PUT' && url === '/lib') {
        const doc = JSON.parse(body.toString());
        log.push(['PUT', url, auth, Object.entries(doc.versions).map(([v, m]) => `${v}:${m.deprecated || ''}`).join(' ')]);
        json(200, { ok: true });
        return true;
      }
      if (url.startsWith('/lib?')) log.push(['GET', url, auth]);
      return false;
    },
  });
  const base = c.tmpdir('regcmds');
  const host = reg.url.replace(/^http:/, '');
  const authed = c.envFor(base, reg, { [`npm_config_${host}:_authToken`]: 'tok-123' });
  const anon = c.envFor(base, reg);
  const dir = c.project(base, { name: 'lib', version: '1.1.0' }, 'lib');
  const npmSetup = await c.npmFor(base, reg);
  const tools = { nodus: (args, env) => c.run(args, { cwd: dir, env }) };
  if (npmSetup) tools.npm = (args, env) => c.runCmd(c.npmPath(), [...args, ...npmSetup.args], { cwd: dir, env });

  const steps = [
    [['whoami'], authed],
    [['whoami', '--json'], authed],
    [['whoami'], anon],
    [['dist-tag', 'ls'], anon],
    [['dist-tag', 'ls', 'lib'], anon],
    [['dist-tag', 'add', 'lib@1.0.0', 'old'], authed],
    [['dist-tag', 'ls', 'lib', '--json'], anon],
    [['dist-tag', 'rm', 'lib', 'old'], authed],
    [['dist-tag', 'rm', 'lib', 'nope'], authed],
    [['dist-tag', 'add', 'lib@1.0.0', '^1'], authed],
    [['dist-tag', 'add', 'lib@1.0.0', 'other'], anon],
    [['deprecate', 'lib@<1.1.0', 'too old'], authed],
    [['deprecate', 'lib@9', 'none'], authed],
  ];
  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    const out = [];
    for (const [args, env] of steps) {
      log.length = 0;
      const r = await run(args, env);
      const err = (r.stderr.match(/code (E\w+)/) || [])[1] ||
        (r.stderr.match(/(\S+ is not a dist-tag on lib|Tag name must not be a valid SemVer range: \S+)/) || [])[1];
      out.push([args.join(' '), r.status, r.status === 0 ? r.stdout : err, log.filter((l) => !l[1].startsWith('/lib/-/')).map((l) => l.join(' '))]);
    }
    results[tool] = out;
    tags.latest = '1.1.0';
    delete tags.old;
  }
  const n = results.nodus;
  assert.deepStrictEqual(n.map((s) => s.slice(0, 3)), [
    ['whoami', 0, 'tester\n'],
    ['whoami --json', 0, '"tester"\n'],
    ['whoami', 1, 'ENEEDAUTH'],
    ['dist-tag ls', 0, 'beta: 2.0.0-beta.0\nlatest: 1.1.0\n'],
    ['dist-tag ls lib', 0, 'beta: 2.0.0-beta.0\nlatest: 1.1.0\n'],
    ['dist-tag add lib@1.0.0 old', 0, '+old: lib@1.0.0\n'],
    ['dist-tag ls lib --json', 0, 'beta: 2.0.0-beta.0\nlatest: 1.1.0\nold: 1.0.0\n'],
    ['dist-tag rm lib old', 0, '-old: lib@1.0.0\n'],
    ['dist-tag rm lib nope', 1, 'nope is not a dist-tag on lib'],
    ['dist-tag add lib@1.0.0 ^1', 1, 'Tag name must not be a valid SemVer range: ^1'],
    ['dist-tag add lib@1.0.0 other', 1, 'E401'],
    ['deprecate lib@<1.1.0 too old', 0, ''],
    ['deprecate lib@9 none', 0, ''],
  ]);
  assert.deepStrictEqual(n[5][3], ['GET /-/package/lib/dist-tags Bearer tok-123 ', 'PUT /-/package/lib/dist-tags/old Bearer tok-123 "1.0.0"']);
  assert.deepStrictEqual(n[11][3][n[11][3].length - 1], 'PUT /lib Bearer tok-123 1.0.0:too old 1.1.0: 2.0.0-beta.0:');
  if (results.npm) {
    // Same results and the same requests that change something (npm reads differently around them).
    const changes = (out) => out.map(([a, s, o, reqs]) => [a, s, o, reqs.filter((l) => !l.startsWith('GET'))]);
    assert.deepStrictEqual(changes(results.nodus), changes(results.npm));
  }
  await reg.close();
});

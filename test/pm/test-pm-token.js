'use strict';
// token list/create/revoke, star/unstar/stars and access's answers against a real registry
// (verdaccio, which keeps tokens and stars but has no access endpoints: E404), run by nodus and
// by npm 11 each with a user of its own; outputs (tokens, keys and dates normalized), exit codes
// and error codes compared.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');
const { start } = require('./common/verdaccio');

c.main(async () => {
  const v = await start();
  if (!v) return;
  const { base, url, port } = v;
  const npmOk = (await c.runCmd(c.npmPath(), ['--version'])).status === 0;
  const tools = { nodus: (args, opts) => c.run(args, opts) };
  if (npmOk) tools.npm = (args, opts) => c.runCmd(c.npmPath(), [...args, '--cache', path.join(base, 'npm-cache'), '--loglevel=warn', '--no-update-notifier'], opts);
  // A package to star.
  const pub = path.join(base, 'pub');
  fs.mkdirSync(pub);
  fs.writeFileSync(path.join(pub, 'package.json'), JSON.stringify({ name: 'starme', version: '1.0.0' }));
  const pubEnv = c.envFor(path.join(base, 'pubhome'), null);
  fs.writeFileSync(path.join(pubEnv.HOME, '.npmrc'), v.npmrc);
  c.ok(await c.run(['publish'], { cwd: pub, env: pubEnv }), 'publish');

  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    const user = `u-${tool}`;
    const made = await v.request('PUT', `${url}-/user/org.couchdb.user:${user}`, { name: user, password: 'pw-123456', type: 'user', roles: [] });
    assert.ok(made.status === 201 || made.status === 200, made.text);
    const home = path.join(base, tool);
    const env = c.envFor(home, null, { LC_ALL: 'C' });
    fs.writeFileSync(path.join(env.HOME, '.npmrc'), `registry=${url}\n//127.0.0.1:${port}/:_authToken=${JSON.parse(made.text).token}\n`);
    const anon = c.envFor(path.join(home, 'anon'), null, { npm_config_registry: url, LC_ALL: 'C' });
    const steps = [
      [['token', 'list']], [['token', 'create', '--password=pw-123456']], [['token', 'create', '--password=wrong']],
      [['token', 'list']], [['token', 'list', '--json']], [['token', 'ls', '--parseable']],
      [['token', 'revoke', 'nothing-like-it']], [['token', 'revoke', '<id>']], [['token', 'list']],
      [['token', 'list'], anon], [['token', 'create', '--password=x', '--cidr=1.2.3']],
      [['star', 'starme']], [['stars']], [['stars', '<user>']], [['unstar', 'starme']], [['stars']],
      [['star', 'nope-not-here']], [['star', 'starme'], anon], [['stars'], anon],
      [['access', 'list', 'packages']], [['access', 'get', 'status', 'starme']], [['access', 'list', 'collaborators', 'starme']],
    ];
    const out = [];
    let id = '';
    for (const [args0, e = env] of steps) {
      const args = args0.map((a) => (a === '<id>' ? id : a === '<user>' ? user : a));
      const r = await run(args, { cwd: home, env: e });
      if (args.join(' ') === 'token list --json') id = JSON.parse(r.stdout)[0].id;
      const norm = (s) => s.split(user).join('<user>')
        .replace(/Created token \S+/g, 'Created token <token>')
        .replace(/[A-Za-z0-9+/]{5}\.\.\.[A-Za-z0-9+/=]{5}/g, '<tok>')
        .replace(/\b[0-9a-f]{32}\b/g, '<key>').replace(/\b[0-9a-f]{6}\b/g, '<id>')
        .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<date>').replace(/\d{4}-\d\d-\d\d/g, '<day>');
      const code = (r.stderr.match(/error code (E\w+)/) || [])[1] || '';
      const lines = r.stderr.split('\n').filter((l) => / (error|warn) (?!code )/.test(l) && !/complete log/.test(l))
        .map((l) => norm(l.replace(/^\S+ /, '')).replace(/npm/g, 'nodus'));
      out.push([args0.join(' '), r.status, norm(r.stdout), code, lines]);
    }
    results[tool] = out;
  }
  const n = results.nodus;
  assert.deepStrictEqual(n.slice(0, 4).map((s) => s.slice(0, 4)), [
    ['token list', 0, '', ''],
    ['token create --password=pw-123456', 0, 'Created token <token>\n', ''],
    ['token create --password=wrong', 1, '', 'E401'],
    ['token list', 0, 'Token <tok>\u2026 with id <id> name undefined created <day>\n\n', ''],
  ]);
  assert.deepStrictEqual(n[7].slice(1, 3), [0, 'Removed 1 token\n']);
  assert.deepStrictEqual(n[8].slice(1, 3), [0, '']);
  assert.deepStrictEqual(n[11].slice(1, 3), [0, '(*) starme\n']);
  assert.deepStrictEqual(n[12].slice(1, 3), [0, 'starme\n']);
  if (results.npm) {
    for (let i = 0; i < n.length; i++) assert.deepStrictEqual(results.nodus[i], results.npm[i], `step ${n[i][0]}`);
  }
  v.kill();
});

'use strict';
// `login`/`adduser`/`logout` against a registry on 127.0.0.1 that answers npm 11's endpoints:
// the web flow (POST /-/v1/login, the done URL polled through a 202), the fallback to the CouchDB
// user document when the registry has no web login, a login of an existing user (409, then the
// document read and written back with basic auth), npm's errors, answers read from stdin, the
// token saved to the user .npmrc as //host/:_authToken and revoked by logout. No token or
// password is ever printed. logout is also run with the machine's npm on the same files.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  let web = true;
  let polls = 0;
  const log = [];
  const users = { existing: { password: 'old-pw', rev: '3-abc' } };
  const reg = await c.startRegistry({}, {
    onRequest(req, res, body) {
      const url = req.url;
      const json = (status, v) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(v)); };
      const entry = [req.method, decodeURIComponent(url), req.headers.authorization || '', req.headers['npm-command'] || ''];
      log.push(entry);
      if (url === '/-/v1/login') {
        if (!web) return json(404, { error: 'not found' }), true;
        entry.push(body.toString());
        return json(200, { loginUrl: `${reg.url}login/abc`, doneUrl: `${reg.url}-/v1/done?id=abc` }), true;
      }
      if (url === '/-/v1/done?id=abc') {
        if (polls++ === 0) return json(202, { retryAfter: 0.1 }), true;
        return json(200, { token: 'web-token-1' }), true;
      }
      let m = url.match(/^\/-\/user\/org\.couchdb\.user:([^/?]+)(\/-rev\/.*)?(\?write=true)?$/);
      if (m) {
        const name = decodeURIComponent(m[1]);
        if (req.method === 'GET') {
          const u = users[name];
          return json(200, { _id: `org.couchdb.user:${name}`, _rev: u.rev, name, email: 'e@x.org', roles: ['x'] }), true;
        }
        const doc = JSON.parse(body.toString());
        entry.push(Object.keys(doc).join(','));
        if (m[2]) {
          const expect = 'Basic ' + Buffer.from(`${name}:${users[name].password}`).toString('base64');
          if (req.headers.authorization !== expect || doc._rev !== users[name].rev || doc.password !== users[name].password)
            return json(401, { error: 'bad password' }), true;
          return json(201, { ok: true, token: 'couch-token-2' }), true;
        }
        if (name === 'ghost') return json(400, { error: 'no such user' }), true;
        if (users[name]) return json(409, { error: 'conflict' }), true;
        users[name] = { password: doc.password, rev: '1-new' };
        return json(201, { ok: true, token: `new-token-${name}` }), true;
      }
      m = url.match(/^\/-\/user\/token\/(.+)$/);
      if (m && req.method === 'DELETE') return json(200, { ok: true }), true;
      return false;
    },
  });
  const base = c.tmpdir('login');
  const env = c.envFor(base, reg);
  const home = env.HOME;
  const rcPath = path.join(home, '.npmrc');
  const dir = c.project(base, { name: 'app', version: '1.0.0' });
  const host = reg.url.replace(/^http:/, '');
  const run = (args, input) => c.run(args, { cwd: dir, env, input });
  const noSecrets = (r) => {
    for (const s of ['web-token-1', 'couch-token-2', 'new-token-', 'old-pw', 'pw-new-1'])
      assert.ok(!r.stdout.includes(s) && !r.stderr.includes(s), `printed a secret: ${s}\n${r.stdout}\n${r.stderr}`);
  };

  // Web login (npm 11's default auth-type): the login URL printed, the done URL polled.
  fs.writeFileSync(rcPath, '# mine\nfoo=bar\n');
  let r = c.ok(await run(['login']), 'web login');
  noSecrets(r);
  assert.strictEqual(r.stdout, `Login at:\n${reg.url}login/abc\nLogged in on ${reg.url}.\n`);
  assert.strictEqual(r.stderr, `nodus notice Log in on ${reg.url}\n`);
  assert.deepStrictEqual(log.map((l) => l.slice(0, 2)), [['POST', '/-/v1/login'], ['GET', '/-/v1/done?id=abc'], ['GET', '/-/v1/done?id=abc']]);
  assert.strictEqual(log[0][4], '{}');
  assert.strictEqual(fs.readFileSync(rcPath, 'utf8'), `# mine\nfoo=bar\n${host}:_authToken=web-token-1\n`);
  r = c.ok(await run(['logout']), 'logout');
  assert.strictEqual(r.stdout, '');
  noSecrets(r);
  assert.deepStrictEqual(log[log.length - 1].slice(0, 3), ['DELETE', '/-/user/token/web-token-1', 'Bearer web-token-1']);
  assert.strictEqual(fs.readFileSync(rcPath, 'utf8'), '# mine\nfoo=bar\n');
  // adduser on the web sends {create: true}.
  log.length = 0; polls = 0;
  r = c.ok(await run(['adduser']), 'web adduser');
  assert.strictEqual(r.stdout, `Create your account at:\n${reg.url}login/abc\nLogged in on ${reg.url}.\n`);
  assert.strictEqual(log[0][4], '{"create":true}');
  c.ok(await run(['logout']), 'logout');

  // No web login on this registry: the CouchDB flow, answers from stdin.
  web = false;
  log.length = 0;
  r = c.ok(await run(['adduser'], 'newbie\npw-new-1\nnewbie@example.com\n'), 'couch adduser');
  noSecrets(r);
  assert.strictEqual(r.stdout, `Username: Password: Email (this will be public): Logged in on ${reg.url}.\n`);
  assert.deepStrictEqual(log.map((l) => l.slice(0, 2)), [['POST', '/-/v1/login'], ['PUT', '/-/user/org.couchdb.user:newbie']]);
  assert.strictEqual(log[1][4], '_id,name,password,email,type,roles,date');
  assert.strictEqual(log[1][3], 'adduser');
  assert.match(fs.readFileSync(rcPath, 'utf8'), new RegExp(`^${host}:_authToken=new-token-newbie$`, 'm'));
  // Login of an existing user with --scope and auth-type=legacy (no web attempt): 409, then the
  // document read and written back at its revision with basic auth.
  log.length = 0;
  r = c.ok(await run(['login', '--auth-type=legacy', '--scope=@acme'], 'existing\nold-pw\n'), 'couch login 409');
  noSecrets(r);
  assert.strictEqual(r.stdout, `Username: Password: Logged in to scope @acme on ${reg.url}.\n`);
  assert.deepStrictEqual(log.map((l) => l.slice(0, 2)), [
    ['PUT', '/-/user/org.couchdb.user:existing'],
    ['GET', '/-/user/org.couchdb.user:existing?write=true'],
    ['PUT', '/-/user/org.couchdb.user:existing/-rev/3-abc'],
  ]);
  assert.strictEqual(log[0][4], '_id,name,password,type,roles,date');
  assert.strictEqual(log[2][2], 'Basic ' + Buffer.from('existing:old-pw').toString('base64'));
  assert.strictEqual(fs.readFileSync(rcPath, 'utf8'),
    `# mine\nfoo=bar\n${host}:_authToken=couch-token-2\n@acme:registry=${reg.url}\n`);
  // Wrong password: npm's E401 text with the registry's reason; .npmrc unchanged.
  r = await run(['login', '--auth-type=legacy'], 'existing\nwrong\n');
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /code E401\n.*Unable to authenticate, your authentication token seems to be invalid\.\n/);
  assert.match(r.stderr, /bad password/);
  assert.match(fs.readFileSync(rcPath, 'utf8'), /:_authToken=couch-token-2$/m);
  // Unknown user (400) and answers missing on stdin.
  r = await run(['login', '--auth-type=legacy'], 'ghost\npw\n');
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /code E400\nnodus error There is no user with the username "ghost"\./);
  r = await run(['adduser', '--auth-type=legacy'], 'someone\n');
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /ECANCELED/);
  // A user name npm-user-validate refuses is asked again (with npm's warning).
  r = c.ok(await run(['adduser', '--auth-type=legacy'], 'Upper\nlower1\npw-new-1\nl@example.com\n'), 'adduser lowercase');
  assert.match(r.stderr, /warn Username must be lowercase/);
  assert.strictEqual(r.stdout, `Username: Username: Password: Email (this will be public): Logged in on ${reg.url}.\n`);

  // logout with --scope: the token and the scope's registry line leave the file.
  log.length = 0;
  r = c.ok(await run(['logout', '--scope=@acme']), 'logout scope');
  assert.deepStrictEqual(log.map((l) => l.slice(0, 2)), [['DELETE', '/-/user/token/new-token-lower1']]);
  assert.strictEqual(fs.readFileSync(rcPath, 'utf8'), '# mine\nfoo=bar\n');
  r = await run(['logout']);
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stderr, `nodus error code ENEEDAUTH\nnodus error not logged in to ${reg.url}, so can't log out!\n` +
    'nodus error You need to authorize this machine using `nodus adduser`\n');
  // A file left empty is removed, as npm does.
  fs.writeFileSync(rcPath, `${host}:_authToken=abc\n`);
  c.ok(await run(['logout']), 'logout last line');
  assert.ok(!fs.existsSync(rcPath));

  // npm's logout on the same files: the same request and the same files left.
  const npm = await c.npmFor(base, reg);
  if (npm) {
    for (const [tool, go] of [['nodus', (a) => run(a)], ['npm', (a) => c.runCmd(c.npmPath(), [...a, '--registry', reg.url], { cwd: dir, env })]]) {
      fs.writeFileSync(rcPath, `foo=bar\n${host}:_authToken=tok-9\n@acme:registry=${reg.url}\n`);
      log.length = 0;
      const o = await go(['logout', '--scope=@acme']);
      assert.strictEqual(o.status, 0, `${tool}: ${o.stderr}`);
      assert.deepStrictEqual(log.filter((l) => l[0] === 'DELETE').map((l) => l.slice(0, 3)),
        [['DELETE', '/-/user/token/tok-9', 'Bearer tok-9']], tool);
      assert.strictEqual(fs.readFileSync(rcPath, 'utf8').trim(), 'foo=bar', tool);
      const n = await go(['logout']);
      assert.strictEqual(n.status, 1, tool);
      assert.match(n.stderr, /ENEEDAUTH/, tool);
      assert.match(n.stderr, /so can't log out!/, tool);
    }
  }
  await reg.close();
});

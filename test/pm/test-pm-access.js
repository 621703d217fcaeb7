'use strict';
// access (list packages / collaborators, get/set status, set mfa, grant/revoke), token
// (list with paging, --json, --parseable, revoke by id / by value / unknown / ambiguous, create),
// star/unstar and stars, against a registry on 127.0.0.1 that answers npm's endpoints: the
// outputs, exit codes, error codes and the requests (method, path, body) compared with npm 11's.
const assert = require('assert');
const c = require('./common');

c.main(async () => {
  const log = [];
  let users = { carol: true };
  const tokens = [
    { key: 'abcdef123456aa', token: 'npm_a1', name: 'ci', created: '2024-01-02T03:04:05.000Z', readonly: false, cidr_whitelist: null },
    { key: 'abcdef999999bb', token: 'npm_b2', name: null, created: '2024-02-03T00:00:00.000Z', readonly: true, cidr_whitelist: ['10.0.0.0/8', '192.168.0.0/16'] },
  ];
  const page2 = [{ key: 'zzz1112223334', token: 'npm_c3', created: '2024-03-04T00:00:00.000Z', readonly: false }];
  const reg = await c.startRegistry({}, {
    onRequest(req, res, body) {
      const url = req.url;
      const json = (status, v) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(v === undefined ? '' : JSON.stringify(v)); };
      const authed = req.headers.authorization === 'Bearer tok-1';
      const text = body.length ? body.toString() : '';
      log.push(`${req.method} ${url}${text ? ' ' + text : ''}`);
      if (!authed && url !== '/-/_view/starredByUser?key=%22bob%22') {
        res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
        return res.end('{"error":"unauthorized"}'), true;
      }
      if (url === '/-/whoami') return json(200, { username: 'alice' }), true;
      if (url === '/-/org/alice/package' || url === '/-/org/nobody/package' || url === '/-/user/nobody/package') return json(404, { error: 'not found' }), true;
      if (url === '/-/user/alice/package') return json(200, { 'zed': 'write', '@alice/bar': 'read', 'Alpha': 'write' }), true;
      if (url === '/-/org/myorg/package') return json(200, { '@myorg/b': 'read', '@myorg/a': 'write' }), true;
      if (url === '/-/team/myorg/devs/package') {
        if (req.method === 'GET') return json(200, { '@myorg/a': 'write' }), true;
        return json(200, {}), true;
      }
      if (url === '/-/package/lib/collaborators') return json(200, { bob: 'read', alice: 'write' }), true;
      if (url === '/-/package/@alice%2fbar/collaborators') return json(200, { alice: 'write' }), true;
      if (url === '/-/package/lib/visibility') return json(200, { public: true }), true;
      if (url === '/-/package/@alice%2fbar/visibility') return json(200, { public: false }), true;
      if (url === '/-/package/missing/visibility') return json(404, { error: 'not found' }), true;
      if (/^\/-\/package\/[^/]+\/access$/.test(url)) return json(200, {}), true;
      if (url === '/-/npm/v1/tokens' && req.method === 'GET') return json(200, { objects: tokens, total: 3, urls: { next: '/-/npm/v1/tokens?page=2' } }), true;
      if (url === '/-/npm/v1/tokens?page=2') return json(200, { objects: page2, total: 3, urls: {} }), true;
      if (url.startsWith('/-/npm/v1/tokens/token/')) return json(204), true;
      if (url === '/-/npm/v1/tokens' && req.method === 'POST') {
        const b = JSON.parse(text);
        return json(200, { token: 'npm_new', key: 'newkey', cidr_whitelist: b.cidr_whitelist || [], readonly: false, created: '2024-05-05T00:00:00.000Z', updated: '2024-05-05T00:00:00.000Z', ...(b.expires ? { expires: '2024-06-01' } : {}) }), true;
      }
      if (url === '/lib?write=true') return json(200, { _id: 'lib', _rev: '3-abc', name: 'lib', users, versions: {} }), true;
      if (url === '/lib' && req.method === 'PUT') { users = JSON.parse(text).users; return json(201, { ok: true }), true; }
      if (url === '/-/_view/starredByUser?key=%22alice%22') return json(200, { rows: [{ value: 'lib' }, { value: '@alice/bar' }] }), true;
      if (url === '/-/_view/starredByUser?key=%22bob%22') return json(200, { rows: [] }), true;
      return json(404, { error: 'not found' }), true;
    },
  });
  const base = c.tmpdir('access');
  const host = reg.url.replace(/^http:/, '');
  const env = c.envFor(base, reg, { [`npm_config_${host}:_authToken`]: 'tok-1', LC_ALL: 'C' });
  const anon = c.envFor(base, reg, { LC_ALL: 'C' });
  const dir = c.project(base, { name: 'lib', version: '1.0.0' });
  const scoped = c.project(base, { name: '@alice/bar', version: '1.0.0' }, 'scoped');
  const none = c.project(base, null, 'none');
  const npm = await c.npmFor(base, reg, 'warn');
  const tools = { nodus: (args, cwd, e) => c.run(args, { cwd, env: e }) };
  if (npm) tools.npm = (args, cwd, e) => c.runCmd(c.npmPath(), [...args, ...npm.args, '--no-update-notifier'], { cwd, env: e });

  const steps = [
    ['access'], ['access', 'foo'], ['access', 'list'], ['access', 'list', 'nope'], ['access', 'get', 'nope'],
    ['access', 'set', 'status=bad'], ['access', 'grant', 'all', 'myorg:devs'], ['access', 'grant', 'read-only'],
    ['access', 'list', 'packages'], ['access', 'list', 'packages', '--json'], ['access', 'list', 'packages', 'myorg'],
    ['access', 'list', 'packages', '@myorg:devs'], ['access', 'list', 'packages', 'alice', 'zed'],
    ['access', 'list', 'packages', 'nobody'],
    ['access', 'list', 'collaborators'], ['access', 'list', 'collaborators', 'lib', 'bob'],
    ['access', 'list', 'collaborators', '@alice/bar', '--json'], ['access', 'ls', 'collaborators'],
    ['access', 'get', 'status'], ['access', 'get', 'status', '@alice/bar', '--json'], ['access', 'get', 'status', 'missing'],
    ['access', 'set', 'status=private', 'lib'], ['access', 'set', 'status=private', '@alice/bar'],
    ['access', 'set', 'status=public', { cwd: scoped }], ['access', 'set', 'mfa=none'], ['access', 'set', 'mfa=publish', 'lib'],
    ['access', 'set', '2fa=automation', 'lib'],
    ['access', 'grant', 'read-write', 'myorg:devs', '@myorg/a'], ['access', 'grant', 'read-only', 'myorg', '@myorg/a'],
    ['access', 'revoke', '@myorg:devs', '@myorg/a'],
    ['access', 'get', 'status', { cwd: none }],
    ['access', 'list', 'packages', { env: anon }], ['access', 'get', 'status', 'lib', { env: anon }],
    ['token'], ['token', 'list', '--json'], ['token', 'ls', '--parseable'], ['token', 'revoke'], ['token', 'bogus'],
    ['token', 'revoke', 'abcdef1'], ['token', 'rm', 'abcdef'], ['token', 'revoke', 'zzz', '--json'],
    ['token', 'revoke', 'npm_c3-whole-value', '--parseable'], ['token', 'revoke', 'nothing'],
    ['token', 'create', '--password=pw', '--cidr=10.0.0.0/8,192.168.1.0/24', '--expires=30'],
    ['token', 'create', '--password=pw', '--json'], ['token', 'create', '--password=pw', '--parseable', '--read-only'],
    ['token', 'create', '--password=pw', '--cidr=10.0.0.1'], ['token', 'create', '--password=pw', '--cidr=::1/128'],
    ['token', 'list', { env: anon }],
    ['star'], ['star', 'lib'], ['star', 'lib', '--unicode'], ['unstar', 'lib'], ['unstar', 'lib', '--no-unicode'],
    ['star', 'lib', { env: anon }],
    ['stars'], ['stars', 'bob'], ['stars', { env: anon }],
  ];
  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    users = { carol: true };
    const out = [];
    for (const step of steps) {
      const o = typeof step[step.length - 1] === 'object' ? step[step.length - 1] : {};
      const args = step.filter((a) => typeof a === 'string');
      log.length = 0;
      const r = await run(args, o.cwd || dir, o.env || env);
      const code = (r.stderr.match(/error code (E\w+)/) || [])[1] || '';
      const msg = r.status ? (r.stderr.split('\n').find((l) => / error (?!code )\S/.test(l)) || '').replace(/^\S+ error /, '').replace(/npm/g, 'nodus') : '';
      const warn = r.stderr.split('\n').filter((l) => / warn /.test(l)).map((l) => l.replace(/^\S+ warn /, ''));
      out.push([args.join(' '), r.status, r.stdout, code, msg, warn, [...log]]);
    }
    results[tool] = out;
  }
  const n = results.nodus;
  const byCmd = (cmd) => n.find((s) => s[0] === cmd);
  assert.deepStrictEqual(byCmd('access list packages').slice(1, 4), [0, '@alice/bar: read-only\nAlpha: read-write\nzed: read-write\n', '']);
  assert.deepStrictEqual(JSON.parse(byCmd('access list packages --json')[2]), { 'zed': 'read-write', '@alice/bar': 'read-only', 'Alpha': 'read-write' });
  assert.deepStrictEqual(byCmd('access get status @alice/bar --json')[2], '{\n  "@alice/bar": "private"\n}\n');
  assert.deepStrictEqual(byCmd('access set status=private @alice/bar')[6], ['POST /-/package/@alice%2fbar/access {"access":"restricted"}', 'GET /-/package/@alice%2fbar/visibility']);
  assert.deepStrictEqual(byCmd('access set status=private lib').slice(1, 4), [1, '', 'EUSAGE']);
  assert.strictEqual(byCmd('token')[2], 'Token npm_a1\u2026 with id abcdef1 name ci created 2024-01-02\n\n' +
    'Token npm_b2\u2026 with id abcdef9 name null created 2024-02-03\nwith IP whitelist: 10.0.0.0/8,192.168.0.0/16\n\n' +
    'Token npm_c3\u2026 with id zzz111 name undefined created 2024-03-04\n\n');
  assert.deepStrictEqual(byCmd('token revoke abcdef1').slice(1, 3), [0, 'Removed 1 token\n']);
  assert.deepStrictEqual(byCmd('token rm abcdef').slice(1, 5).slice(0, 1), [1]);
  assert.deepStrictEqual(byCmd('star lib').slice(1, 3), [0, '(*) lib\n']);
  assert.deepStrictEqual(byCmd('star lib')[6], ['GET /-/whoami', 'GET /lib?write=true', 'PUT /lib {"_id":"lib","_rev":"3-abc","users":{"carol":true,"alice":true}}']);
  assert.deepStrictEqual(byCmd('stars').slice(1, 3), [0, 'lib\n@alice/bar\n']);
  if (results.npm) {
    for (let i = 0; i < steps.length; i++) assert.deepStrictEqual(results.nodus[i], results.npm[i], `step ${steps[i].join(' ')}`);
  }
  await reg.close();
});

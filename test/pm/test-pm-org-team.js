'use strict';
// org set/rm/ls and team create/destroy/add/rm/ls against a registry answering npm's org and
// team endpoints: the requests (method, path, body, token), text / --json / --parseable output,
// argument errors, E404 and E401; all compared with the machine's npm.
const assert = require('assert');
const c = require('./common');

c.main(async () => {
  let roster;
  const log = [];
  const reg = await c.startRegistry({}, {
    onRequest(req, res, body) {
      const url = req.url;
      if (!url.startsWith('/-/org/') && !url.startsWith('/-/team/')) return false;
      const json = (status, v) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(v === undefined ? '' : JSON.stringify(v)); };
      log.push(`${req.method} ${url} ${body.toString()} ${req.headers.authorization || ''} ${req.headers['npm-command'] || ''}`);
      if (req.headers.authorization !== 'Bearer tok-1') return json(401, { error: 'You must be logged in' }), true;
      if (url.startsWith('/-/org/nope')) return json(404, { error: 'Org not found' }), true;
      if (url === '/-/org/acme/user') {
        if (req.method === 'GET') return json(200, roster), true;
        const d = JSON.parse(body.toString());
        if (req.method === 'PUT') {
          roster[d.user] = d.role;
          return json(200, { org: { name: 'acme', size: Object.keys(roster).length }, user: d.user, role: d.role }), true;
        }
        delete roster[d.user];
        return json(204), true;
      }
      if (url === '/-/org/acme/team' && req.method === 'PUT') return json(201, { name: JSON.parse(body.toString()).name }), true;
      if (url === '/-/org/acme/team?format=cli') return json(200, ['acme:developers', 'acme:admins']), true;
      if (url === '/-/org/solo/team?format=cli') return json(200, ['solo:one']), true;
      if (url === '/-/team/acme/devs/user?format=cli') return json(200, ['zed', 'amy']), true;
      if (url === '/-/team/acme/empty/user?format=cli') return json(200, []), true;
      if (url.startsWith('/-/team/acme/devs')) return json(req.method === 'PUT' ? 201 : 204, req.method === 'PUT' ? {} : undefined), true;
      return json(404, { error: 'not found' }), true;
    },
  });
  const base = c.tmpdir('org');
  const host = reg.url.replace(/^http:/, '');
  const env = c.envFor(base, reg, { [`npm_config_${host}:_authToken`]: 'tok-1' });
  const noauth = c.envFor(base, reg);
  const dir = c.project(base, { name: 'app', version: '1.0.0' });
  const npm = await c.npmFor(base, reg);
  const tools = { nodus: (args, e = env) => c.run(args, { cwd: dir, env: e }) };
  if (npm) tools.npm = (args, e = env) => c.runCmd(c.npmPath(), [...args, ...npm.args], { cwd: dir, env: e });

  const steps = [
    ['org', 'ls', 'acme'], ['org', 'ls', 'acme', 'bob'], ['org', 'ls', 'acme', 'nobody'], ['org', 'ls', 'acme', '--json'],
    ['org', 'ls', 'acme', '--parseable'], ['org', 'set', 'acme', 'carl'], ['org', 'set', '@acme', '@dee', 'admin', '--json'],
    ['org', 'set', 'acme', 'carl', 'admin', '-p'], ['org', 'set', 'acme', 'carl', 'boss'], ['org', 'set', 'acme'], ['org', 'set'],
    ['org', 'rm', 'acme', 'carl'], ['org', 'rm', 'acme', 'dee', '--json'], ['org', 'rm', 'acme', 'bob', '--parseable'],
    ['org', 'rm', 'acme'], ['org', 'ls'], ['org', 'ls', 'nope'], ['org'], ['org', 'frob'], ['ogr', 'ls', 'acme'],
    ['team', 'create', 'acme:devs'], ['team', 'create', '@acme:devs', '--json'], ['team', 'create', 'acme:devs', '-p'],
    ['team', 'destroy', '@acme:devs'], ['team', 'destroy', 'acme:devs', '--json'], ['team', 'add', 'acme:devs', 'joe'],
    ['team', 'add', 'acme:devs', 'joe', '--json'], ['team', 'rm', 'acme:devs', 'joe', '--parseable'], ['team', 'rm', 'acme:devs', 'joe'],
    ['team', 'ls', 'acme'], ['team', 'ls', 'solo'], ['team', 'ls', 'acme', '--json'], ['team', 'ls', 'acme', '-p'],
    ['team', 'ls', 'acme:devs'], ['team', 'ls', '@acme:devs', '--json'], ['team', 'ls', 'acme:empty'], ['team', 'ls', 'nope'],
    ['team'], ['team', 'frob', 'acme:devs'],
  ];
  const normalize = (s) => s.replace(/^npm (error|warn)\b/gm, 'nodus $1').replace(/^.*complete log of this run.*\n/gm, '')
    .replace(/npm (org|team|help)/g, 'nodus $1');
  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    roster = { alice: 'owner', bob: 'developer' };
    const out = [];
    for (const args of steps) {
      log.length = 0;
      const r = await run(args);
      out.push([args.join(' '), r.status, r.stdout, normalize(r.stderr), [...log]]);
    }
    log.length = 0;
    const r = await run(['org', 'ls', 'acme'], noauth);
    out.push(['org ls (no token)', r.status, r.stdout, normalize(r.stderr), [...log]]);
    results[tool] = out;
  }
  const n = results.nodus;
  const at = (cmd) => n.find((s) => s[0] === cmd);
  assert.deepStrictEqual(at('org ls acme').slice(1, 5), [0, 'alice - owner\nbob - developer\n', '', [`GET /-/org/acme/user  Bearer tok-1 org`]]);
  assert.deepStrictEqual(at('org ls acme --parseable')[2], 'user\trole\nalice\towner\nbob\tdeveloper\n');
  assert.deepStrictEqual(at('org set acme carl').slice(1, 5), [0, 'Added carl as developer to acme. You now have 3 members in this org.\n', '',
    ['PUT /-/org/acme/user {"user":"carl","role":"developer"} Bearer tok-1 org']]);
  assert.deepStrictEqual(at('org set @acme @dee admin --json')[2], '{\n  "org": {\n    "name": "acme",\n    "size": 4\n  },\n  "user": "dee",\n  "role": "admin"\n}\n');
  assert.deepStrictEqual(at('org set acme carl boss').slice(1, 4), [1, '', 'nodus error Third argument `role` must be one of `owner`, `admin`, or `developer`, with `developer` being the default value if omitted.\n']);
  assert.deepStrictEqual(at('org rm acme carl').slice(1, 5), [0, 'Successfully removed carl from acme. You now have 3 members in this org.\n', '',
    ['DELETE /-/org/acme/user {"user":"carl"} Bearer tok-1 org', 'GET /-/org/acme/user  Bearer tok-1 org']]);
  assert.deepStrictEqual(at('org ls nope').slice(1, 4), [1, '', `nodus error code E404\nnodus error 404 Not Found - GET ${reg.url}-/org/nope/user - Org not found\n`]);
  assert.deepStrictEqual(at('org').slice(1, 2), [1]);
  assert.deepStrictEqual(at('team create acme:devs').slice(1, 5), [0, '+@acme:devs\n', '', ['PUT /-/org/acme/team {"name":"devs"} Bearer tok-1 team']]);
  assert.deepStrictEqual(at('team add acme:devs joe').slice(1, 5), [0, 'joe added to @acme:devs\n', '', ['PUT /-/team/acme/devs/user {"user":"joe"} Bearer tok-1 team']]);
  assert.deepStrictEqual(at('team ls acme').slice(1, 3), [0, '@acme has 2 teams:\n@acme:admins\n@acme:developers\n']);
  assert.deepStrictEqual(at('team ls acme:empty').slice(1, 3), [0, '@acme:empty has 0 users\n']);
  assert.deepStrictEqual(at('team ls acme:devs').slice(1, 3), [0, '@acme:devs has 2 users:\namy\nzed\n']);
  assert.strictEqual(n[n.length - 1][1], 1);
  if (results.npm) assert.deepStrictEqual(results.nodus, results.npm);
  for (const cmd of ['org', 'team']) {
    const h = c.ok(await c.run([cmd, '--help'], { cwd: dir, env }));
    assert.match(h.stdout, cmd === 'org' ? /^Manage orgs\n\nUsage:\nnodus org set orgname username/ : /^Manage organization teams and team memberships\n\nUsage:\nnodus team create <scope:team>/);
  }
  await reg.close();
});

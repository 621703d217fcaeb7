'use strict';
// `pkg get/set/delete` (dot and bracket paths, --json values; outputs, the resulting package.json
// and its layout compared with npm's) and `config get/set/delete/list` (~/.npmrc by default,
// --location=project, protected keys, the values reaching other commands).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const base = c.tmpdir('pkgcfg');
  const env = c.envFor(base, null);
  const npmSetup = await c.npmFor(base, { url: 'http://127.0.0.1:9/' });
  const tools = { nodus: (args, cwd) => c.run(args, { cwd, env }) };
  if (npmSetup) tools.npm = (args, cwd) => c.runCmd(c.npmPath(), [...npmSetup.args, ...args], { cwd, env });
  const steps = [
    ['pkg', 'get'],
    ['pkg', 'get', 'name'],
    ['pkg', 'get', 'name', 'version'],
    ['pkg', 'get', 'nope'],
    ['pkg', 'get', 'scripts.test'],
    ['pkg', 'set', 'a.b.c=1', 'files[]=b', 'n=5', 'scripts.build=tsc'],
    ['pkg', 'set', '--json', 'n=5', 'o={"x":[1,true,null]}', 'private=true'],
    ['pkg', 'get', 'o.x'],
    ['pkg', 'delete', 'a.b', 'files[0]'],
    ['pkg', 'get', 'files'],
    ['pkg', 'set', 'nokey'],
    ['pkg'],
  ];
  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    const dir = c.project(base, { name: 'app', version: '1.0.0', scripts: { test: 'echo hi' }, files: ['a'] }, `pkg-${tool}`);
    const out = [];
    for (const s of steps) {
      const r = await run(s, dir);
      out.push([s.join(' '), r.status, r.status === 0 ? r.stdout : (r.stderr.match(/code (\w+)/) || [])[1]]);
    }
    results[tool] = { out, pkg: c.readJson(path.join(dir, 'package.json')) };
  }
  const r = results.nodus;
  assert.deepStrictEqual(r.out[1], ['pkg get name', 0, '"app"\n']);
  assert.deepStrictEqual(r.out[3], ['pkg get nope', 0, '{}\n']);
  assert.deepStrictEqual(r.out[10], ['pkg set nokey', 1, 'EUSAGE']);
  assert.deepStrictEqual(r.pkg, {
    name: 'app', version: '1.0.0', scripts: { test: 'echo hi', build: 'tsc' }, files: ['b'], a: {}, n: 5,
    o: { x: [1, true, null] }, private: true,
  });
  if (results.npm) assert.deepStrictEqual(results.nodus, results.npm);

  // package.json keeps its layout (as npm's @npmcli/package-json): one line stays one line with no
  // final newline, tabs stay tabs, four spaces stay four, CRLF stays CRLF.
  const layouts = {
    compact: ['{"name":"app","version":"1.0.0","a":{"b":[1]}}',
      '{"name":"app","version":"1.0.0","a":{"b":[1]},"x":{"y":"1"}}'],
    tabs: ['{\n\t"name": "app",\n\t"a": {\n\t\t"b": [\n\t\t\t1\n\t\t]\n\t}\n}\n',
      '{\n\t"name": "app",\n\t"a": {\n\t\t"b": [\n\t\t\t1\n\t\t]\n\t},\n\t"x": {\n\t\t"y": "1"\n\t}\n}\n'],
    four: ['{\n    "name": "app"\n}\n', '{\n    "name": "app",\n    "x": {\n        "y": "1"\n    }\n}\n'],
    crlf: ['{\r\n  "name": "app"\r\n}\r\n', '{\r\n  "name": "app",\r\n  "x": {\r\n    "y": "1"\r\n  }\r\n}\r\n'],
  };
  for (const [name, [before, after]] of Object.entries(layouts)) {
    for (const [tool, run] of Object.entries(tools)) {
      const dir = c.project(base, null, `layout-${name}-${tool}`);
      fs.writeFileSync(path.join(dir, 'package.json'), before);
      const r = await run(['pkg', 'set', 'x.y=1'], dir);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'), after, `${tool} ${name}`);
    }
  }

  // config: the user file by default, the project's with --location=project.
  const dir = c.project(base, { name: 'cfg', version: '1.0.0' }, 'cfg');
  const home = env.HOME;
  const run = async (...a) => c.run(a, { cwd: dir, env });
  c.ok(await run('config', 'set', 'save-prefix=~', 'fetch-retries', '4'));
  assert.strictEqual(fs.readFileSync(path.join(home, '.npmrc'), 'utf8'), 'save-prefix=~\nfetch-retries=4\n');
  c.ok(await run('config', 'set', '--location=project', 'save-exact=true'));
  assert.strictEqual(fs.readFileSync(path.join(dir, '.npmrc'), 'utf8'), 'save-exact=true\n');
  assert.strictEqual((await run('config', 'get', 'save-prefix')).stdout, '~\n');
  assert.strictEqual((await run('config', 'get', 'save-prefix', 'save-exact', 'nothing')).stdout,
                     'save-prefix=~\nsave-exact=true\nnothing=undefined\n');
  assert.strictEqual((await run('config', 'get', 'registry')).stdout, 'https://registry.npmjs.org/\n');
  c.ok(await run('config', 'set', '//reg.example/:_authToken=secret'));
  let res = await run('config', 'get', '//reg.example/:_authToken');
  assert.strictEqual(res.status, 1);
  assert.match(res.stderr, /protected, and cannot be retrieved/);
  res = c.ok(await run('config', 'list'));
  assert.match(res.stdout, new RegExp(`^; "user" config from ${home.replace(/[/.]/g, '\\$&')}/\\.npmrc\n\nsave-prefix = "~"\nfetch-retries = 4\n//reg\\.example/:_authToken = \\(protected\\)\n\n; "project" config from .*\\.npmrc\n\nsave-exact = true\n`));
  assert.doesNotMatch(res.stdout, /secret/);
  const json = JSON.parse(c.ok(await run('config', 'list', '--json')).stdout);
  assert.strictEqual(json['save-prefix'], '~');
  assert.strictEqual(json['save-exact'], true);
  c.ok(await run('config', 'delete', 'fetch-retries'));
  assert.strictEqual(fs.readFileSync(path.join(home, '.npmrc'), 'utf8'), 'save-prefix=~\n//reg.example/:_authToken=secret\n');
  res = await run('config', 'frobnicate');
  assert.strictEqual(res.status, 1);
  assert.match(res.stderr, /code EUSAGE/);
  // A value set here is what `pkg`-independent commands then use.
  assert.strictEqual((await run('config', 'get', 'save-exact')).stdout, 'true\n');
});

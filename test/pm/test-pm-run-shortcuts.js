'use strict';
// `test`/`t`, `start`, `stop`, `restart`: npm's run-script shortcuts (pre/post scripts, arguments,
// `node server.js` as the default start, stop+start as the default restart, "Missing script"),
// exit codes checked against the machine's npm; and `nodus test` runs ./test.js when it exists,
// as `node test` does.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

// The lines the scripts printed (without the "> pkg@v event" banners).
const own = (out) => out.split('\n').filter((l) => l && !l.startsWith('>'));

c.main(async () => {
  const base = c.tmpdir('shortcuts');
  const env = c.envFor(base, null);
  const pkg = {
    name: 'app', version: '1.0.0',
    scripts: {
      pretest: 'echo pretest', test: 'echo test', posttest: 'echo posttest',
      prestart: 'echo prestart', poststart: 'echo poststart',
      stop: 'echo stop', prestop: 'echo prestop',
      fail: 'exit 3',
    },
  };
  const dir = c.project(base, pkg, 'app');
  fs.writeFileSync(path.join(dir, 'server.js'), 'console.log("server " + process.argv.slice(2).join(","))\n');
  const npmSetup = await c.npmFor(base, { url: 'http://127.0.0.1:9/' });
  // npm's own flags go first: what follows `--` belongs to the script.
  const npm = npmSetup && { run: (argv, cwd) => c.runCmd(c.npmPath(), [...npmSetup.args, ...argv], { cwd, env }) };

  const cases = [
    [['test'], ['pretest', 'test', 'posttest'], 0],
    [['tst'], ['pretest', 'test', 'posttest'], 0],
    [['t', '--', 'a', 'b c'], ['pretest', 'test a b c', 'posttest'], 0],
    [['test', 'x'], ['pretest', 'test x', 'posttest'], 0],
    [['start', '--', '--port=1'], ['prestart', 'server --port=1', 'poststart'], 0],
    [['stop'], ['prestop', 'stop'], 0],
    [['restart'], ['prestop', 'stop', 'prestart', 'server ', 'poststart'], 0],
    [['test', '--ignore-scripts'], ['test'], 0],
  ];
  for (const [args, lines, status] of cases) {
    const r = await c.run(args, { cwd: dir, env });
    assert.strictEqual(r.status, status, `${args.join(' ')}: ${r.stderr}`);
    assert.deepStrictEqual(own(r.stdout).map((l) => l.trimEnd()), lines.map((l) => l.trimEnd()), args.join(' '));
    if (npm) {
      const n = await npm.run(args, dir);
      assert.strictEqual(n.status, status, `npm ${args.join(' ')}: ${n.stderr}`);
      assert.deepStrictEqual(own(n.stdout).map((l) => l.trimEnd()), lines.map((l) => l.trimEnd()), `npm ${args.join(' ')}`);
    }
  }
  // A failing test script's exit code; no start script and no server.js: "Missing script".
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', scripts: { test: 'exit 3' } }));
  fs.rmSync(path.join(dir, 'server.js'));
  let r = await c.run(['test'], { cwd: dir, env });
  assert.strictEqual(r.status, 3);
  r = await c.run(['start'], { cwd: dir, env });
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /Missing script: "start"/);
  if (npm) {
    assert.strictEqual((await npm.run(['test'], dir)).status, 3);
    assert.strictEqual((await npm.run(['start'], dir)).status, 1);
  }
  // `stop` without a script is an error, `restart` without stop runs start only.
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', scripts: { start: 'echo started' } }));
  r = await c.run(['stop'], { cwd: dir, env });
  assert.strictEqual(r.status, 1);
  r = c.ok(await c.run(['restart'], { cwd: dir, env }));
  assert.deepStrictEqual(own(r.stdout), ['started']);

  // `nodus test` with a ./test.js runs the script (Node's meaning of `node test`), with arguments.
  fs.writeFileSync(path.join(dir, 'test.js'), 'console.log("script " + process.argv.slice(2).join(","))\n');
  r = c.ok(await c.run(['test', 'a'], { cwd: dir, env }));
  assert.strictEqual(r.stdout, 'script a\n');
  fs.rmSync(path.join(dir, 'test.js'));
  fs.mkdirSync(path.join(dir, 'start'));
  fs.writeFileSync(path.join(dir, 'start', 'index.js'), 'console.log("dir index")\n');
  r = c.ok(await c.run(['start'], { cwd: dir, env }));
  assert.strictEqual(r.stdout, 'dir index\n');
  // A `test` folder without an index is not a module: the package manager runs the script.
  fs.mkdirSync(path.join(dir, 'test'));
  fs.writeFileSync(path.join(dir, 'test', 'unit.js'), '');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', scripts: { test: 'echo from-script' } }));
  r = c.ok(await c.run(['test'], { cwd: dir, env }));
  assert.deepStrictEqual(own(r.stdout), ['from-script']);
});

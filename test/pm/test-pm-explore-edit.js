'use strict';
// explore: the command after `--` runs in node_modules/<pkg> with the script environment (its
// status becomes ours, with npm's failure lines), no command runs the shell after npm's
// "Exploring" message, a package not installed or no argument fail as npm's do.
// edit: the editor (--editor, $EDITOR) gets the package folder ("a/b" is a's dependency b), then
// the package is rebuilt; an editor failing, a missing folder, bad arguments.
// Outputs and exit statuses compared with the machine's npm.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    foo: { versions: { '1.0.0': { files: { 'a.txt': 'A\n' }, dependencies: { bar: '1.0.0' } } } },
    bar: { versions: { '1.0.0': {}, '2.0.0': {} } },
    '@s/pkg': { versions: { '1.0.0': {} } },
  });
  const base = c.tmpdir('explore');
  const env = c.envFor(base, reg, { SHELL: '/bin/sh' });
  const dir = c.project(base, { name: 'app', version: '1.0.0', dependencies: { foo: '1.0.0', bar: '2.0.0', '@s/pkg': '1.0.0' } });
  c.ok(await c.run(['install'], { cwd: dir, env }));
  assert.ok(fs.existsSync(path.join(dir, 'node_modules/foo/node_modules/bar/package.json')));
  const editor = path.join(base, 'ed.sh');
  fs.writeFileSync(editor, '#!/bin/sh\necho "edit $*"\nexit ${EDIT_STATUS:-0}\n', { mode: 0o755 });

  const steps = [
    [['explore', 'foo', '--', 'cat', 'a.txt']],
    [['explore', 'foo', '--', 'echo $npm_package_name; pwd']],
    [['explore', 'foo', '--', 'exit 3']],
    [['explore', 'foo'], 'exit\n'],
    [['explore', 'foo'], 'exit 4\n'],
    [['explore', '@s/pkg', '--', 'pwd']],
    [['explore', 'nope', '--', 'ls']],
    [['explore']],
    [['explore', '..']],
    [['edit', 'foo', `--editor=${editor}`]],
    [['edit', 'foo/bar', `--editor=${editor} -w`]],
    [['edit', '@s/pkg'], '', { EDITOR: editor }],
    [['edit', 'foo'], '', { EDITOR: editor, EDIT_STATUS: '5' }],
    [['edit', 'nope', `--editor=${editor}`]],
    [['edit']],
    [['edit', 'a', 'b']],
  ];
  const normalize = (s) => s.replace(/^npm (error|warn)\b/gm, 'nodus $1').replace(/^.*complete log of this run.*\n/gm, '')
    .replace(/npm (explore|edit|help|config)/g, 'nodus $1').replace(/related to npm not/g, 'related to nodus not');
  const npm = await c.npmFor(base, reg);
  const tools = { nodus: (args, input, extra) => c.run(args, { cwd: dir, env: { ...env, ...extra }, input }) };
  if (npm) {
    tools.npm = (args, input, extra) => new Promise((resolve) => {
      const { spawn } = require('child_process');
      const child = spawn(c.npmPath(), [...npm.args, ...args], { cwd: dir, env: { ...env, ...extra } });
      let stdout = '', stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
      child.stdin.end(input || '');
    });
  }
  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    results[tool] = [];
    for (const [args, input, extra] of steps) {
      const r = await run(args, input, extra);
      results[tool].push([args.join(' '), r.status, r.stdout, normalize(r.stderr)]);
    }
  }
  const n = results.nodus;
  const nm = path.join(dir, 'node_modules');
  assert.deepStrictEqual(n.slice(0, 6).map((s) => s.slice(1)), [
    [0, 'A\n', ''],
    [0, `foo\n${nm}/foo\n`, ''],
    [3, '', `nodus error code 3\nnodus error path ${nm}/foo\nnodus error command failed\nnodus error command sh -c exit 3\n`],
    [0, `\nExploring ${nm}/foo\nType 'exit' or ^D when finished\n\n`, ''],
    [4, `\nExploring ${nm}/foo\nType 'exit' or ^D when finished\n\n`, ''],
    [0, `${nm}/@s/pkg\n`, ''],
  ]);
  assert.strictEqual(n[6][1], 254);
  assert.match(n[6][3], /^nodus error explore It doesn't look like nope is installed\.\nnodus error code ENOENT\n/);
  assert.deepStrictEqual([n[7][1], n[7][3].split('\n').slice(0, 4)], [1, ['nodus error code EUSAGE', 'nodus error', 'nodus error Browse an installed package', 'nodus error']]);
  assert.strictEqual(n[8][1], 1);
  assert.deepStrictEqual(n.slice(9, 13).map((s) => s.slice(1, 3)), [
    [0, `edit ${nm}/foo\nrebuilt dependencies successfully\n`],
    [0, `edit -w ${nm}/foo/node_modules/bar\nrebuilt dependencies successfully\n`],
    [0, `edit ${nm}/@s/pkg\nrebuilt dependencies successfully\n`],
    [1, `edit ${nm}/foo\n`],
  ]);
  assert.strictEqual(n[12][3], 'nodus error editor process exited with code: 5\n');
  assert.strictEqual(n[13][1], 254);
  assert.match(n[13][3], new RegExp(`^nodus error code ENOENT\\nnodus error syscall lstat\\nnodus error path ${nm}/nope\\n`));
  assert.deepStrictEqual(n.slice(14).map((s) => [s[1], s[3].split('\n')[2]]), [[1, 'nodus error Edit an installed package'], [1, 'nodus error Edit an installed package']]);
  if (results.npm) assert.deepStrictEqual(results.nodus, results.npm);

  // --help
  const h = await c.run(['explore', '--help'], { cwd: dir, env });
  assert.strictEqual(h.status, 0);
  assert.match(h.stdout, /^Browse an installed package\n\nUsage:\nnodus explore <pkg> \[ -- <command>\]\n/);
  await reg.close();
});

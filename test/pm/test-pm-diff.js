'use strict';
// diff: two registry versions, one spec against the installed copy or the project folder, the
// project against its published version, folders; --diff-name-only, --diff-unified,
// --diff-ignore-all-space, prefixes, path filters, binary files, modes, missing newlines, CR/LF;
// usage and registry errors. Output and exit status compared with the machine's npm, plus a
// seeded batch of random line edits (the line diff must pick npm's hunks on ties).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const c = require('./common');

c.main(async () => {
  const reg = await c.startRegistry({
    foo: { versions: {
      '1.0.0': { files: { 'a.txt': 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n', 'gone.js': 'x\n', 'img.png': 'PNG1',
        'nonl.txt': 'a\nb', 'ws.txt': 'a b\n  c\nd\n', 'crlf.txt': 'a\r\nb\r\n', 'lib/x.js': 'x\t\n' } },
      '1.0.1': { files: { 'a.txt': 'one\n2\nthree\nfour\nfive\nsix\nseven\neight\nnine\nTEN\n', 'new.js': 'y\n', 'img.png': 'PNG2',
        'nonl.txt': 'a\nc', 'ws.txt': 'a  b\nc\nd\n', 'crlf.txt': 'a\r\nB\r\n', 'lib/x.js': 'x\t\ny\n', 'bin.sh': { data: '#!/bin/sh\n', mode: 0o755 } } },
    } },
    app: { versions: { '0.9.0': { files: { 'index.js': 'old\n' } } } },
    // Modes as the tarball headers have them (node-tar's entry.mode).
    odd: { versions: { '1.0.0': { files: { 'm.txt': { data: 'm\n', mode: 0o664 }, 'n.txt': { data: 'n\n', mode: 0o600 } } },
      '1.0.1': { files: { 'm.txt': { data: 'm\n', mode: 0o666 }, 'n.txt': { data: 'n2\n', mode: 0o600 } } } } },
    wa: { versions: { '1.0.0': { files: { 'index.js': 'old\n' } } } },
    wb: { versions: { '2.0.0': { files: { 'index.js': 'b\n' } } } },
    // npm's output layer redacts URL passwords, npm tokens and UUIDs, and shows control characters as ^X.
    sec: { versions: { '1.0.0': { files: { 's.txt': 'none\n' } }, '1.0.1': { files: { 's.txt':
      `url=https://user:pa55@host.example/x id 123e4567-E89B-12d3-a456-426614174000 npm_${'a'.repeat(36)} npms_${'b'.repeat(49)}\n` +
      'ftp://a:b@c http://x@y npm_short \x01\x7f\u0085 \x1b[31mred\x1b[39m\n' } } } },
  });
  const base = c.tmpdir('diff');
  const env = c.envFor(base, reg);
  const dir = c.project(base, { name: 'app', version: '1.0.0', dependencies: { foo: '^1.0.0' } });
  fs.writeFileSync(path.join(dir, 'index.js'), 'new\n');
  c.ok(await c.run(['install', 'foo@1.0.0', '--save-exact=false'], { cwd: dir, env }));
  // The installed copy edited by hand (diffed as a folder under node_modules).
  fs.appendFileSync(path.join(dir, 'node_modules/foo/a.txt'), 'eleven\n');
  fs.writeFileSync(path.join(dir, 'node_modules/foo/lib/y.js'), 'added\n');

  const npm = await c.npmFor(base, reg);
  const tools = { nodus: (args, cwd = dir) => c.run(['diff', ...args, '--registry', reg.url], { cwd, env }) };
  if (npm) tools.npm = (args, cwd = dir) => c.runCmd(c.npmPath(), ['diff', ...args, ...npm.args], { cwd, env });

  const steps = [
    ['--diff=foo@1.0.0', '--diff=foo@1.0.1'],
    ['--diff=foo@1.0.0', '--diff=1.0.1', '--diff-no-prefix', '--diff-unified=0', '--diff-ignore-all-space', 'ws.txt', 'a.txt'],
    ['--diff=foo@1.0.0', '--diff=foo@1.0.1', '--diff-name-only', 'a.txt', '*.png', 'lib'],
    ['--diff=foo@1.0.0', '--diff=foo@1.0.1', '--diff-src-prefix=x/', '--diff-dst-prefix=x/', 'nonl.txt', 'crlf.txt'],
    ['--diff=foo@1.0.0', '--diff=foo@1.0.1', '--diff-unified=1', '--diff-text', 'img.png', 'a.txt'],
    ['--diff=foo@1.0.0', '--diff=foo@1.0.0'],
    ['--diff=foo'], ['--diff=foo@1.0.1'], ['--diff=foo', '--diff=foo@1.0.1'], ['--diff=foo@^1', '--diff=foo'],
    [], ['--diff=0.9.0'], ['--diff=app@0.9.0', '--diff=.'],
    ['--diff=a', '--diff=b', '--diff=c'], ['--diff=nope@1', '--diff=foo@1.0.0'], ['--diff=foo@9', '--diff=foo@1.0.0'],
    ['--diff=github:a/b'], ['--diff=sec@1.0.0', '--diff=sec@1.0.1', 's.txt'],
    ['--diff=./nonexist', '--diff=foo@1.0.0'], ['--diff=odd@1.0.0', '--diff=odd@1.0.1', '*.txt'],
  ];
  const normalize = (s) => s.replace(/^npm (error|warn)\b/gm, 'nodus $1').replace(/^.*complete log of this run.*\n/gm, '')
    .replace(/npm (diff|help)/g, 'nodus $1').replace(/related to npm not/g, 'related to nodus not');
  const results = {};
  for (const [tool, run] of Object.entries(tools)) {
    const out = [];
    for (const args of steps) {
      const r = await run(args);
      out.push([args.join(' '), r.status, r.stdout, normalize(r.stderr)]);
    }
    results[tool] = out;
  }
  const n = results.nodus;
  assert.strictEqual(n[0][2], `diff --git a/package.json b/package.json
index v1.0.0..v1.0.1 100644
--- a/package.json
+++ b/package.json
@@ -1,4 +1,4 @@
 {
   "name": "foo",
-  "version": "1.0.0"
+  "version": "1.0.1"
 }
\\ No newline at end of file
diff --git a/index.js b/index.js
index v1.0.0..v1.0.1 100644
--- a/index.js
+++ b/index.js
@@ -1,1 +1,1 @@
-module.exports = "foo@1.0.0";
+module.exports = "foo@1.0.1";
diff --git a/a.txt b/a.txt
index v1.0.0..v1.0.1 100644
--- a/a.txt
+++ b/a.txt
@@ -1,5 +1,5 @@
 one
-two
+2
 three
 four
 five
@@ -7,4 +7,4 @@
 seven
 eight
 nine
-ten
+TEN
diff --git a/gone.js b/gone.js
deleted file mode 100644
index v1.0.0..v1.0.1 
--- a/gone.js
+++ b/gone.js
@@ -1,1 +0,0 @@
-x
diff --git a/img.png b/img.png
index v1.0.0..v1.0.1 100644
--- a/img.png
+++ b/img.png
diff --git a/nonl.txt b/nonl.txt
index v1.0.0..v1.0.1 100644
--- a/nonl.txt
+++ b/nonl.txt
@@ -1,2 +1,2 @@
 a
-b
\\ No newline at end of file
+c
\\ No newline at end of file
diff --git a/ws.txt b/ws.txt
index v1.0.0..v1.0.1 100644
--- a/ws.txt
+++ b/ws.txt
@@ -1,3 +1,3 @@
-a b
-  c
+a  b
+c
 d
diff --git a/crlf.txt b/crlf.txt
index v1.0.0..v1.0.1 100644
--- a/crlf.txt
+++ b/crlf.txt
@@ -1,2 +1,2 @@
 a
-b
+B
diff --git a/lib/x.js b/lib/x.js
index v1.0.0..v1.0.1 100644
--- a/lib/x.js
+++ b/lib/x.js
@@ -1,1 +1,2 @@
 x
+y
diff --git a/new.js b/new.js
new file mode 100644
index v1.0.0..v1.0.1 
--- a/new.js
+++ b/new.js
@@ -0,0 +1,1 @@
+y
diff --git a/bin.sh b/bin.sh
new file mode 100755
index v1.0.0..v1.0.1 
--- a/bin.sh
+++ b/bin.sh
@@ -0,0 +1,1 @@
+#!/bin/sh
`);
  assert.strictEqual(n[2][2], 'a.txt\nimg.png\nlib/x.js\n');
  assert.strictEqual(n[17][2].split('\n').slice(6).join('\n'), '+url=https://user:***@host.example/x id *** npm_*** ' +
    `npms_${'b'.repeat(49)}\n+ftp://a:b@c http://x@y npm_short ^A^?^E \x1b[31mred\x1b[39m\n`);
  assert.strictEqual(n[5][2], '\n');
  assert.match(n[6][2], /^diff --git a\/a\.txt b\/a\.txt\n[^]*-eleven\n[^]*diff --git a\/lib\/y\.js b\/lib\/y\.js\ndeleted file mode 100644\n/);
  assert.deepStrictEqual(n.slice(13, 17).map((s) => [s[1], s[3].split('\n').slice(0, 3).join('\n')]), [
    [1, 'nodus error code EUSAGE\nnodus error\nnodus error Can\'t use more than two --diff arguments.'],
    [1, `nodus error code E404\nnodus error 404 Not Found - GET ${reg.url}nope - Not found\nnodus error 404`],
    [1, 'nodus error code ETARGET\nnodus error notarget No matching version found for foo@9.\nnodus error notarget In most cases you or one of your dependencies are requesting a package version that doesn\'t exist.'],
    [1, 'nodus error code EUSAGE\nnodus error\nnodus error Spec type git not supported.'],
  ]);
  assert.deepStrictEqual([n[18][1], n[18][3].split('\n').slice(0, 3)], [254, ['nodus error code ENOENT', 'nodus error syscall open', `nodus error path ${dir}/nonexist/package.json`]]);
  assert.strictEqual(n[19][2], 'diff --git a/m.txt b/m.txt\nold mode 100664\nnew mode 100666\nindex v1.0.0..v1.0.1 \n--- a/m.txt\n+++ b/m.txt\n' +
    'diff --git a/n.txt b/n.txt\nindex v1.0.0..v1.0.1 100600\n--- a/n.txt\n+++ b/n.txt\n@@ -1,1 +1,1 @@\n-n\n+n2\n');
  if (results.npm) assert.deepStrictEqual(results.nodus, results.npm);

  // --help: npm's usage text with nodus's name.
  const help = c.ok(await c.run(['diff', '--help'], { cwd: dir, env }));
  assert.match(help.stdout, /^The registry diff command\n\nUsage:\nnodus diff \[\.\.\.<paths>\]\n\nOptions:\n\[--diff <package-spec> \[--diff <package-spec> \.\.\.\]\] \[--diff-name-only\]\n/);
  if (npm) {
    const e = await c.runCmd(c.npmPath(), ['diff', '--help'], { cwd: dir, env });
    assert.strictEqual(help.stdout, e.stdout.replace(/npm (diff|help)/g, 'nodus $1'));
  }

  // Workspaces: -w and --workspaces put each workspace folder in the project's place.
  const root = c.project(base, { name: 'root', version: '1.0.0', workspaces: ['packages/*'] }, 'ws');
  for (const [d, name, version] of [['a', 'wa', '1.1.0'], ['b', 'wb', '2.0.0']]) {
    const p = path.join(root, 'packages', d);
    fs.mkdirSync(p, { recursive: true });
    fs.writeFileSync(path.join(p, 'package.json'), JSON.stringify({ name, version }, null, 2) + '\n');
    fs.writeFileSync(path.join(p, 'index.js'), d === 'a' ? 'new\n' : 'b\n');
  }
  const wsSteps = [['-w', 'wa'], ['--workspaces'], ['--workspace=packages/b', '--diff-name-only'], ['-w', 'nope'],
    ['--workspaces', '--include-workspace-root']];
  const ws = {};
  for (const [tool, run] of Object.entries(tools)) {
    ws[tool] = [];
    for (const args of wsSteps) {
      const r = await run(args, root);
      ws[tool].push([args.join(' '), r.status, r.stdout, normalize(r.stderr)]);
    }
  }
  assert.deepStrictEqual(ws.nodus[0].slice(1, 3), [0, 'diff --git a/package.json b/package.json\nindex v1.0.0..v1.1.0 100644\n' +
    '--- a/package.json\n+++ b/package.json\n@@ -1,4 +1,4 @@\n {\n   "name": "wa",\n-  "version": "1.0.0"\n-}\n' +
    '\\ No newline at end of file\n+  "version": "1.1.0"\n+}\ndiff --git a/index.js b/index.js\nindex v1.0.0..v1.1.0 100644\n' +
    '--- a/index.js\n+++ b/index.js\n@@ -1,1 +1,1 @@\n-old\n+new\n']);
  assert.deepStrictEqual(ws.nodus[3].slice(1), [1, '', 'nodus error No workspaces found:\nnodus error   --workspace=nope\n']);
  if (ws.npm) assert.deepStrictEqual(ws.nodus, ws.npm);

  // Random line edits of many small files (two folders), with and without context and spaces.
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
  const words = ['a', 'b', 'c', '  a', 'a ', '', 'x\ty', 'z\t', '\r', 'q', '\x01'];
  const pick = () => words[Math.floor(rnd() * words.length)];
  const text = () => {
    let s = '';
    for (let i = Math.floor(rnd() * 14); i > 0; i--) s += pick() + (rnd() < 0.15 ? '\r\n' : '\n');
    return rnd() < 0.3 ? s.slice(0, -1) : s;
  };
  const mutate = (s) => {
    const ls = s.split('\n');
    for (let k = Math.floor(rnd() * 4); k > 0; k--) {
      const p = Math.floor(rnd() * (ls.length + 1));
      const op = rnd();
      if (op < 0.33) ls.splice(p, 1); else if (op < 0.66) ls.splice(p, 0, pick()); else ls[p] = pick();
    }
    return ls.join('\n');
  };
  const fz = path.join(base, 'fz');
  for (const [d, v] of [['A', '1.0.0'], ['B', '2.0.0']]) {
    fs.mkdirSync(path.join(fz, d), { recursive: true });
    fs.writeFileSync(path.join(fz, d, 'package.json'), JSON.stringify({ name: 'fz', version: v }));
  }
  for (let i = 0; i < 80; i++) {
    const t = text();
    fs.writeFileSync(path.join(fz, 'A', `f${i}.txt`), t);
    fs.writeFileSync(path.join(fz, 'B', `f${i}.txt`), rnd() < 0.2 ? text() : mutate(t));
  }
  for (const opts of [[], ['--diff-unified=1'], ['--diff-unified=0', '--diff-ignore-all-space']]) {
    const args = ['--diff=file:A', '--diff=file:B', ...opts];
    const r = c.ok(await tools.nodus(args, fz));
    assert.match(r.stdout, /^diff --git a\/package\.json b\/package\.json\n/);
    if (tools.npm) {
      const e = await tools.npm(args, fz);
      assert.strictEqual(r.stdout, e.stdout, `diff ${opts.join(' ')}`);
    }
  }
  await reg.close();
});

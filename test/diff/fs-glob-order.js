// fs.globSync / fs.glob / fs.promises.glob give node's results in node's order (not sorted):
// the walk's stack of directories, names in readdir order (bytes), links entered one level by
// '**', '..' and '.' patterns, hidden names, trailing slashes, absolute patterns, exclude
// (a function, with the calls it gets, and patterns), withFileTypes entries (class, name,
// parentPath) for an absolute, a relative and the default cwd, and several patterns at once.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'glob-order-'));
const r = path.join(root, 'r');
for (const d of ['a/b/c', 't/u', 'z', '.hid/k', 'a/.dot']) fs.mkdirSync(path.join(r, d), { recursive: true });
for (const f of ['a/b/c/f', 'a/x', 't/u/g', 'z/h', '.hid/k/g', 'a/.dot/g', '.top']) {
  fs.writeFileSync(path.join(r, f), '');
}
fs.symlinkSync('../t', path.join(r, 'a/link'));
fs.symlinkSync('../z/h', path.join(r, 'a/flink'));
fs.symlinkSync('nowhere', path.join(r, 'a/dangling'));
// Names created out of order: readdir gives them sorted by bytes.
fs.mkdirSync(path.join(r, 'w'));
for (const n of ['zz', 'b', 'A', 'a', '_', '10', '9', 'é', 'ß']) fs.writeFileSync(path.join(r, 'w', n), '');

const clean = (s) => s.split(root).join('<root>').split(path.basename(root)).join('<base>');
const show = (v) => clean(JSON.stringify(v.map((d) => {
  if (typeof d === 'string' || d === null) return d;
  const type = d.isFile() ? 'f' : d.isDirectory() ? 'd' : d.isSymbolicLink() ? 'l' : '?';
  return `${d.constructor.name}:${d.name}|${d.parentPath}|${type}`;
})));

const patterns = ['**', '**/*', 'a/**', '*/*', '**/g', 'a/*/c/*', '{a,t}/**', '**/u/**', '*/',
  '**/', 'a/link/*', 'a/link/**', '**/link/**', '**/link/*', '.', '..', '../r/*', './**', './*',
  '**/..', '**/../*', '*/..', 'a/**/..', 'w/*', '**/.hid/**', '**/.dot/*', '**/.*', '.*/**',
  '**/*/', 'a/*/', '**/x', '{z,a}/*', 'a/{x,b/c/f}', 'a/../t/*', '*/{h,u}/**', 'a/!(x)',
  '**/[bc]', 'a/b/c/f/', 'a/link', 'a/link/', 'a/flink/', 'a/dangling', 'nothing/**', '',
  `${r}/a/*`, `${r}/**/g`, `${r}/*/`, ['a/*', '**/g', 'a/*'], ['t/**', '**/u'], ['*', '**']];
const cases = [];
for (const p of patterns) cases.push([p, {}]);
for (const p of ['**', '**/*', 'a/*', '**/..', './*', '../r/*', `${r}/a/*`]) {
  cases.push([p, { withFileTypes: true }]);
  cases.push([p, { withFileTypes: true, cwd: 'REL' }]);
  cases.push([p, { withFileTypes: true, cwd: 'DEFAULT' }]);
}
for (const p of ['**', 'a/*', '../r/*']) cases.push([p, { cwd: 'REL' }], [p, { cwd: 'DEFAULT' }]);
for (const ex of [['a/b'], ['a/b/**'], ['**/b'], ['b'], ['*/'], ['a/*/'], ['z/h'], ['**/h'],
  ['.'], ['**'], ['a/link/**'], ['**/u', 'a']]) {
  for (const p of ['**', '**/*', '*/*', 'a/link/*']) cases.push([p, { exclude: ex }]);
}
for (const p of ['**', '**/*', 'a/*', 't/u/*', 'a/link/**', '**/.hid/*']) {
  cases.push([p, { exclude: 'FN' }]);
  cases.push([p, { exclude: 'FN', withFileTypes: true }]);
  cases.push([p, { exclude: 'FN', withFileTypes: true, cwd: 'DEFAULT' }]);
}

// Relative cwds resolve against the process's: run from the tree's parent, or from the tree.
function options(o, calls) {
  const out = { ...o };
  process.chdir(root);
  if (o.cwd === 'REL') {
    out.cwd = 'r';
  } else if (o.cwd === 'DEFAULT') {
    delete out.cwd;
    process.chdir(r);
  } else {
    out.cwd = r;
  }
  if (o.exclude === 'FN') {
    out.exclude = (x) => {
      calls.push(typeof x === 'string' ? x : show([x]));
      const name = typeof x === 'string' ? path.basename(x) : x.name;
      return name === 'b' || name === 'u';
    };
  }
  return out;
}

(async () => {
  for (const [p, o] of cases) {
    const label = `${clean(JSON.stringify(p))} ${JSON.stringify(o)}`;
    const calls = [];
    const sync = show(fs.globSync(p, options(o, calls)));
    const syncCalls = calls.splice(0);
    const cb = await new Promise((resolve) => {
      fs.glob(p, options(o, calls), (err, m) => resolve(err ? String(err) : show(m)));
    });
    const cbCalls = calls.splice(0);
    const it = [];
    for await (const m of fs.promises.glob(p, options(o, calls))) it.push(m);
    const iter = show(it);
    const iterCalls = calls.splice(0);
    console.log(label);
    console.log('  sync', sync);
    if (cb !== sync) console.log('  callback', cb);
    if (iter !== cb) console.log('  promises', iter);
    if (syncCalls.length) console.log('  exclude calls', clean(syncCalls.join(' ')));
    const asyncCalls = clean(cbCalls.join(' '));
    if (asyncCalls !== clean(syncCalls.join(' '))) console.log('  async exclude calls', asyncCalls);
    if (clean(iterCalls.join(' ')) !== asyncCalls) console.log('  promises exclude calls', clean(iterCalls.join(' ')));
  }
  process.chdir(os.tmpdir());
  fs.rmSync(root, { recursive: true });
})();

// fs.globSync/glob/promises.glob over a small tree: wildcards, globstar, classes, braces,
// extglobs, dot entries, symlinks, trailing slashes, exclude (function and patterns),
// withFileTypes and argument errors, in the order node gives them.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'glob-'));
for (const d of ['a/b/c', 'd', '.hid']) fs.mkdirSync(path.join(root, d), { recursive: true });
for (const f of ['a/x.js', 'a/y.ts', 'a/b/z.js', 'a/b/c/w.js', 'd/q.md', 'top.js', '.hid/h.js', '.dot.js']) {
  fs.writeFileSync(path.join(root, f), '');
}
fs.symlinkSync('a', path.join(root, 'lnk'));
const show = (v) => JSON.stringify(v.map((p) => p.split(root).join('<root>')));

const pats = ['**', '*', '**/*.js', 'a/**', 'a/*/*.js', '{a,d}/*', 'a/?.js', 'a/[xy].*', '**/c',
  '*.js', './a/*.js', 'a/../d/*', '**/*.{js,md}', '.*', 'lnk/**', 'nomatch/*', `${root}/a/*.js`,
  'a/**/', '**/b/**', 'a/[!x].*', '**/.hid/*', '{a/b,d}/*', '**/**/*.js', '*/', '**/',
  'a/b/../x.js', 'a/**/*.js', '**/[a-c]', 'a/{x,y}.*', 'a/*.@(js|ts)', 'a/!(x).*', '**/+(z|w).js',
  'top.js', 'a', 'a/', 'missing', '*/*/', 'a/b/c/w.js/', 'l*/x.js', '*/x.js', 'lnk/', 'lnk/*'];
for (const p of pats) console.log(p.split(root).join('<root>'), show(fs.globSync(p, { cwd: root })));
console.log(show(fs.globSync(['a/*', 'd/*'], { cwd: root })));
console.log(show(fs.globSync('a/*', { cwd: require('url').pathToFileURL(root) })));
console.log(show(fs.globSync('**/*.js', { cwd: root, exclude: (p) => p.includes('b') })));
for (const ex of [['a/b/**'], ['a/b'], ['a/*'], ['**/c/**'], ['*.js'], ['**/*.js']]) {
  console.log(ex, show(fs.globSync('**', { cwd: root, exclude: ex })));
}
console.log(fs.globSync('a/*', { cwd: root, withFileTypes: true })
  .map((d) => [d.name, d.parentPath.split(root).join('<root>'), d.isFile(), d.isDirectory()]));
console.log(show(fs.globSync('**', { cwd: root, withFileTypes: true, exclude: (d) => d.name === 'b' })
  .map((d) => `${d.parentPath}|${d.name}`.replace(`${path.dirname(root)}|${path.basename(root)}`, '.'))));
for (const bad of [() => fs.globSync(1), () => fs.globSync('x', { cwd: 1 }),
  () => fs.globSync('x', { exclude: 1 }), () => fs.glob('x'), () => fs.globSync('x', { exclude: ['a', 1] }),
  () => fs.globSync(['x', 1]), () => fs.globSync('x', { cwd: new URL('http://h/') })]) {
  try {
    bad();
  } catch (e) {
    console.log(e.code, e.message);
  }
}
fs.glob('a/*.js', { cwd: root }, (err, m) => {
  console.log('cb', err, show(m));
  (async () => {
    const r = [];
    for await (const x of fs.promises.glob(['a/*.ts', '**/z.js'], { cwd: root })) r.push(x);
    console.log('promise', show(r));
    console.log(Object.prototype.toString.call(fs.promises.glob('*')));
    fs.rmSync(root, { recursive: true });
  })();
});

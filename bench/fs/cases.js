'use strict';
// One fs benchmark case per process: `cases.js <name> <seconds>` repeats the case for about that
// much CPU time and prints ops per CPU-second. Files live in a scratch directory removed at exit.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-bench-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const small = Buffer.alloc(4096, 97);
const smallFile = path.join(dir, 'small');
fs.writeFileSync(smallFile, small);
const tree = path.join(dir, 'tree');
for (let i = 0; i < 10; i++) {
  fs.mkdirSync(path.join(tree, `d${i}`), { recursive: true });
  for (let j = 0; j < 20; j++) fs.writeFileSync(path.join(tree, `d${i}`, `f${j}`), '');
}

// Each case is sync (returns) or async (takes a done callback).
const cases = {
  'readFileSync 4KiB': () => fs.readFileSync(smallFile),
  'readFileSync utf8 4KiB': () => fs.readFileSync(smallFile, 'utf8'),
  'writeFileSync 4KiB': () => fs.writeFileSync(path.join(dir, 'w'), small),
  'statSync': () => fs.statSync(smallFile),
  'existsSync': () => fs.existsSync(smallFile),
  'readdirSync recursive 200': () => fs.readdirSync(tree, { recursive: true }),
  'open+read+close 4KiB': () => {
    const fd = fs.openSync(smallFile, 'r');
    fs.readSync(fd, small, 0, 4096, 0);
    fs.closeSync(fd);
  },
  'readFile cb 4KiB': { async: (done) => fs.readFile(smallFile, done) },
  'writeFile cb 4KiB': { async: (done) => fs.writeFile(path.join(dir, 'w2'), small, done) },
  'stat cb': { async: (done) => fs.stat(smallFile, done) },
  'promises.readFile 4KiB': { async: (done) => fs.promises.readFile(smallFile).then(() => done(), done) },
};

const name = process.argv[2];
const seconds = Number(process.argv[3] || 0.5);
const cpu = () => { const u = process.cpuUsage(); return u.user + u.system; };
if (name === '--list') {
  process.stdout.write(Object.keys(cases).join('\n') + '\n');
} else if (typeof cases[name] === 'function') {
  const fn = cases[name];
  for (let i = 0; i < 20; i++) fn();
  const start = cpu();
  let ops = 0;
  while (cpu() - start < seconds * 1e6) {
    for (let i = 0; i < 20; i++) fn();
    ops += 20;
  }
  process.stdout.write(`${(ops / ((cpu() - start) / 1e6)).toFixed(1)}\n`);
} else if (cases[name]) {
  // Async: 8 requests in flight until the CPU budget is spent.
  const fn = cases[name].async;
  let ops = 0;
  let start = 0;
  let live = 0;
  let stop = false;
  const next = (err) => {
    if (err) throw err;
    ops++;
    if (!stop && cpu() - start >= seconds * 1e6) stop = true;
    if (!stop) fn(next);
    else if (--live === 0) process.stdout.write(`${(ops / ((cpu() - start) / 1e6)).toFixed(1)}\n`);
  };
  start = cpu();
  for (; live < 8; live++) fn(next);
} else {
  throw new Error(`unknown case ${name}`);
}

// Without the stdout/stderr options, a worker's output goes to the process's own through the
// parent, all of it before the Worker's 'exit'.
const { Worker } = require('worker_threads');
console.log('parent before');
const w = new Worker(`
  console.log('worker line 1');
  process.stdout.write('worker line 2\\n');
  console.error('worker error line');
  process.exit(3);
`, { eval: true });
w.on('exit', (code) => console.log('exit', code));

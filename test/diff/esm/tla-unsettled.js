// A top-level await that never settles: exit code 13 and node's warning.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('before');
if (true) {
  await new Promise(() => {});
}
console.log('never');

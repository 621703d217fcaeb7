process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 3;
});
process.on('exit', () => {
  console.log('second listener');
  process.exit(5);
});
process.exitCode = 2;

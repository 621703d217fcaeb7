process.on('exit', (c) => console.log('exit', c));
setTimeout(() => console.log('never'), 100);
console.log('before exit');
process.exit(6);
console.log('never after exit');

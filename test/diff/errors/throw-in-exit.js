process.on('exit', () => {
  throw new Error('thrown in exit');
});
console.log('main done');

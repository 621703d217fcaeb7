// An uncaught error: the 'exit' event sees code 1, then node's report on stderr.
process.on('exit', (code) => console.log('exit event', code));
function thrower() {
  throw new TypeError('boom');
}
setTimeout(thrower, 1);

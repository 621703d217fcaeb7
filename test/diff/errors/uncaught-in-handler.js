// A throwing 'uncaughtException' handler: node exits with 7.
process.on('uncaughtException', () => {
  throw new Error('handler threw');
});
throw new Error('original');

process.on('unhandledRejection', (reason, p) => {
  console.log('unhandledRejection', reason.message, p instanceof Promise);
});
process.on('rejectionHandled', (p) => console.log('rejectionHandled', p instanceof Promise));
const p = Promise.reject(new Error('late'));
setTimeout(() => p.catch(() => console.log('caught late')), 5);

process.on('uncaughtException', (err, origin) => console.log('handled', err.message, origin));
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message));
Promise.reject(new Error('from promise'));
setImmediate(() => console.log('immediate'));
process.nextTick(() => { throw new Error('from tick'); });
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('promise job'));

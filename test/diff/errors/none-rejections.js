// Flags: --unhandled-rejections=none
Promise.reject(new Error('silent'));
setTimeout(() => console.log('still alive'), 5);

// Flags: --unhandled-rejections=warn
Promise.reject(new Error('warned'));
setTimeout(() => console.log('still alive'), 5);

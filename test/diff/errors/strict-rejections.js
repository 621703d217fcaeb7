// Flags: --unhandled-rejections=strict
process.on('unhandledRejection', () => console.log('listener runs after the throw in strict mode'));
Promise.reject(new Error('strict'));

// Flags: --unhandled-rejections=warn-with-error-code
Promise.reject(new Error('coded'));
setTimeout(() => console.log('still alive', process.exitCode), 5);

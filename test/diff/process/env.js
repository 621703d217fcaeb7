process.env.NODUS_TEST_A = 1;
console.log(typeof process.env.NODUS_TEST_A, process.env.NODUS_TEST_A);
process.env.NODUS_TEST_B = true;
console.log(process.env.NODUS_TEST_B, 'NODUS_TEST_B' in process.env);
delete process.env.NODUS_TEST_B;
console.log(process.env.NODUS_TEST_B, 'NODUS_TEST_B' in process.env);
process.env.NODUS_TEST_C = undefined;
console.log(JSON.stringify(process.env.NODUS_TEST_C));
console.log(Object.keys(process.env).includes('NODUS_TEST_A'));
console.log(process.env.hasOwnProperty('NODUS_TEST_A'));
try {
  Object.defineProperty(process.env, 'NODUS_X', { get() { return 1; } });
} catch (e) {
  console.log(e.code, e.message);
}
Object.defineProperty(process.env, 'NODUS_Y', { value: 5, writable: true, enumerable: true, configurable: true });
console.log(process.env.NODUS_Y);
console.log(require('child_process' === 'x' ? '' : 'path') !== undefined);

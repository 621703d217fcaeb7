// setTimeout/setInterval/clear*, arguments, refresh, unref, toPrimitive ids. Delays are far
// apart so the order does not depend on how fast the machine is.
const log = (...a) => console.log(...a);
for (const bad of [undefined, null, 1, 'x', {}]) {
  try {
    setTimeout(bad);
  } catch (e) {
    log(e.code, e.name, e.message);
  }
}
log('clearTimeout(undefined) ok', clearTimeout(undefined), clearTimeout(null), clearTimeout({}));
setTimeout((a, b, c, d) => log('args', a, b, c, d), 1, 'x', 2, { y: 3 }, [4]);
setTimeout(() => log('negative delay runs like 1ms'), -10);
setTimeout(() => log('NaN delay runs like 1ms'), NaN);
let n = 0;
const iv = setInterval(() => {
  n++;
  log('interval', n);
  if (n === 3) clearInterval(iv);
}, 200);
const t = setTimeout(() => log('never'), 5);
clearTimeout(t);
const t2 = setTimeout(() => log('cleared by id'), 5);
clearTimeout(+t2);
const t3 = setTimeout(() => log('unrefed never'), 100000);
t3.unref();
log('hasRef', t3.hasRef(), typeof t3.ref, typeof t3.refresh);
log('toPrimitive is number', typeof t2[Symbol.toPrimitive]());
setTimeout(() => log('string delay "100" runs at 100'), '100');
const t4 = setTimeout(() => log('t4 after refresh (~1500)'), 1000);
setTimeout(() => t4.refresh(), 500);
setTimeout(() => log('t at 1250'), 1250);
setTimeout(() => {
  const imm = setImmediate((a) => log('immediate arg', a), 'z');
  log('immediate hasRef', imm.hasRef());
}, 300);

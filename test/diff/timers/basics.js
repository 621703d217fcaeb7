// setTimeout/setInterval/clear*, arguments, refresh, unref, toPrimitive ids.
const log = (...a) => console.log(...a);
setTimeout((a, b, c, d) => log('args', a, b, c, d), 1, 'x', 2, { y: 3 }, [4]);
let n = 0;
const iv = setInterval(() => {
  n++;
  log('interval', n);
  if (n === 3) clearInterval(iv);
}, 2);
const t = setTimeout(() => log('never'), 5);
clearTimeout(t);
const t2 = setTimeout(() => log('cleared by id'), 5);
clearTimeout(+t2);
const t3 = setTimeout(() => log('unrefed never'), 100000);
t3.unref();
log('hasRef', t3.hasRef(), typeof t3.ref, typeof t3.refresh);
log('toPrimitive is number', typeof t2[Symbol.toPrimitive]());
const t4 = setTimeout(() => log('t4 after refresh'), 20);
setTimeout(() => t4.refresh(), 10);
setTimeout(() => log('t at 25'), 25);
const imm = setImmediate((a) => log('immediate arg', a), 'z');
log('immediate hasRef', imm.hasRef());
log('clearTimeout(undefined) ok', clearTimeout(undefined), clearTimeout(null), clearTimeout({}));
log(typeof setTimeout(() => {}, 0)[Symbol.toPrimitive]);
for (const bad of [undefined, null, 1, 'x', {}]) {
  try {
    setTimeout(bad);
  } catch (e) {
    log(e.code, e.name, e.message);
  }
}
setTimeout(() => log('negative delay runs'), -10);
setTimeout(() => log('NaN delay runs'), NaN);
setTimeout(() => log('string delay runs'), '3');

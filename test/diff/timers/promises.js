const tp = require('timers/promises');
const { setTimeout: st, setImmediate: si, setInterval: sint, scheduler } = tp;
(async () => {
  console.log(await st(2, 'value'));
  console.log(await si('imm'));
  let i = 0;
  for await (const v of sint(1, 'tick')) {
    console.log(v, ++i);
    if (i === 3) break;
  }
  await scheduler.wait(2);
  await scheduler.yield();
  console.log('scheduler ok');
  console.log(require('util').promisify(setTimeout) === st);
  for (const bad of ['x', {}]) {
    try { await st(bad); } catch (e) { console.log(e.code, e.message); }
  }
  try { await st(1, null, 'nope'); } catch (e) { console.log(e.code, e.message); }
  try { await st(1, null, { ref: 'x' }); } catch (e) { console.log(e.code, e.message); }
})();

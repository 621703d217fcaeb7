'use strict';
// compose(source, fn) and source.compose(fn) when the source fails: the composed stream fails
// with the source's error and closes (it used to stay open once its inner streams had closed).
const { Readable, compose } = require('stream');
const log = [];
const L = (s) => log.push(s);
(async () => {
  for (const mode of ['static', 'method']) {
    for (const failAt of [0, 1]) {
      log.length = 0;
      let i = 0;
      const s = new Readable({
        objectMode: true,
        read() { L(`s:_read ${i}`); if (i === failAt) this.destroy(new Error('src')); else this.push(i++); },
      });
      s.on('error', (e) => L(`s:error ${e.message}`));
      const gen = async function* (it) { for await (const v of it) { L(`g ${v}`); yield v; } };
      const c = mode === 'static' ? compose(s, gen) : s.compose(gen);
      c.on('error', (e) => L(`c:error ${e.message}`));
      c.on('close', () => L('c:close'));
      c.on('data', (d) => L(`c:data ${d}`));
      await new Promise((resolve) => setTimeout(resolve, 20));
      L(`destroyed ${c.destroyed}`);
      console.log(`${mode} failAt=${failAt}: ${log.join(' | ')}`);
    }
  }
})();

'use strict';
// node:sqlite: safe-integer limits, aggregate and window functions, sessions and changesets,
// extension-loading states, Symbol.dispose and backup() to a file.
const s = require('node:sqlite');
const show = (x) => console.log(require('util').inspect(x, { depth: 4 }));
const tryit = (f) => { try { show(f()); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message), e.errcode, e.errstr); } };
const base = (p) => require('path').basename(p).replace(String(process.pid), 'PID');
const db = new s.DatabaseSync(':memory:');
tryit(() => db.prepare('select -9007199254740993 as a').get());
tryit(() => db.prepare('select 9007199254740992 as a').get());
db.aggregate('sumx', { start: 0, step: (acc, x) => acc + x });
db.exec('create table n(v); insert into n values (1),(2),(3)');
show(db.prepare('select sumx(v) as s from n').get());
db.aggregate('arr', { start: () => [], step: (acc, x) => { acc.push(x); return acc; }, result: (acc) => acc.join('|') });
show(db.prepare('select arr(v) as s from n').get());
db.aggregate('win', { start: 0, step: (a, x) => a + x, inverse: (a, x) => a - x });
show(db.prepare('select win(v) over (order by v rows between 1 preceding and current row) as w from n').all());
tryit(() => db.aggregate('bad', { step: 1 }));
tryit(() => db.aggregate('bad', { start: 0 }));
tryit(() => db.aggregate('bad', {}));
const sess = db.createSession(); db.exec('insert into n values (4)'); const cs = sess.changeset(); show(cs instanceof Uint8Array); show(cs.length > 0); show(Object.getOwnPropertyNames(Object.getPrototypeOf(sess)));
const db3 = new s.DatabaseSync(':memory:'); db3.exec('create table n(v)'); show(db3.applyChangeset(cs)); show(db3.prepare('select * from n').all());
show(s.backup.length); show(typeof s.backup);
tryit(() => db.enableLoadExtension(true));
tryit(() => db.loadExtension('/nope'));
show(db[Symbol.for('nodejs.dispose')] === undefined); show(typeof db[Symbol.dispose]);
db[Symbol.dispose](); show(db.isOpen);
tryit(() => db.isTransaction);
const f = require('path').join(require('os').tmpdir(), 'sq3-' + process.pid + '.db'); const fd = new s.DatabaseSync(f); fd.exec('create table x(a); insert into x values (1)');
s.backup(fd, f + '.bak').then((pages) => { show(pages); const b = new s.DatabaseSync(f + '.bak'); show(b.prepare('select * from x').all()); show(base(b.location())); show(typeof fd.location('main')); require('fs').unlinkSync(f); require('fs').unlinkSync(f + '.bak'); });
{
  // errors thrown by aggregate callbacks reach the caller as they were thrown
  const d = new s.DatabaseSync(':memory:');
  d.exec('create table n(v); insert into n values (1),(2)');
  d.aggregate('a1', { start: 0, step: (acc, v) => { throw new Error('step boom'); } });
  tryit(() => d.prepare('select a1(v) from n').get());
  d.aggregate('a2', { start: () => { throw new TypeError('start boom'); }, step: (acc, v) => acc });
  tryit(() => d.prepare('select a2(v) from n').get());
  d.aggregate('a3', { start: 0, step: (acc, v) => acc + v, result: () => { throw new RangeError('result boom'); } });
  tryit(() => d.prepare('select a3(v) from n').get());
  d.aggregate('a4', { start: 7, step: (acc, v) => acc + v });
  tryit(() => d.prepare('select a4(v) as r from n where 0').get());
  d.aggregate('a5', { start: 0, step: (acc, v) => acc + v, result: (acc) => ({}) });
  tryit(() => d.prepare('select a5(v) as r from n').get());
  d.aggregate('a6', { start: 0n, step: (acc, v) => acc + v, useBigIntArguments: true });
  tryit(() => d.prepare('select a6(v) as r from n').get());
  d.aggregate('a7', { start: '', varargs: true, step: (acc, ...v) => acc + v.join(',') + ';' });
  tryit(() => d.prepare('select a7(v, v * 2, 3) as r from n').get());
  tryit(() => d.prepare('select a1(v, v) from n').get());
  tryit(() => s.StatementSync.prototype.get.call({}));
  tryit(() => s.DatabaseSync.prototype.exec.call({}, 'x'));
  const it2 = d.prepare('select v from n').iterate();
  tryit(() => it2.next());
  d.close();
  tryit(() => it2.next());
}

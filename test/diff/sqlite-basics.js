'use strict';
// node:sqlite: the module's exports and constants, the classes' prototype shapes, a table
// written and read back through prepared statements (every storage class), errors from SQLite
// (ERR_SQLITE_ERROR with errcode/errstr), columns(), iterate(), named and anonymous
// parameters, expandedSQL, readBigInts/returnArrays, user functions and closing.
const s = require('node:sqlite');
const util = require('util');
const show = (x) => console.log(util.inspect(x, { depth: 4 }));
const fail = (f) => {
  try {
    show(f());
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.errcode, e.errstr, Object.keys(e));
  }
};
show(s.constants);
const shape = (proto) => Object.entries(Object.getOwnPropertyDescriptors(proto))
  .map(([k, d]) => `${k}:${d.get ? 'get' : typeof d.value}${d.enumerable ? ':enumerable' : ''}`);
show(shape(s.DatabaseSync.prototype));
show(shape(s.StatementSync.prototype));
show(Object.getOwnPropertySymbols(s.DatabaseSync.prototype));
const db = new s.DatabaseSync(':memory:');
show(db);
db.exec('create table t(a integer primary key, b text, c real, d blob, e)');
const ins = db.prepare('insert into t(b,c,d,e) values (?, ?, ?, ?)');
show(ins);
show(ins.sourceSQL);
show(ins.run('x', 1.5, Buffer.from([1, 2]), null));
show(ins.run('y', 2, new Uint8Array([3]), 10n));
show(ins.run('\u00e9\u{1F600}', -0.25, new Uint8Array(0), 'text'));
fail(() => ins.run({}));
fail(() => ins.run(Symbol('x')));
fail(() => db.prepare('select * from nope'));
fail(() => db.exec('insert into t(a) values (1); insert into t(a) values (1)'));
fail(() => db.exec('not sql at all'));
show(db.prepare('select * from t').all());
show(db.prepare('select * from t where a = ?').get(1));
show(db.prepare('select * from t where a = ?').get(99));
show(db.prepare('select * from t').columns());
show(db.prepare('select 1 + 1 as x, count(*) from t').columns());
const it = db.prepare('select a from t').iterate();
show(it);
show([...it]);
const named = db.prepare('select $x as x, :y as y, @z as z');
show(named.get({ x: 1, y: 2, z: 3 }));
show(named.get({ $x: 1, ':y': 2, '@z': 3 }));
show(db.prepare('select ? as q, ?2 as r').expandedSQL);
const q = db.prepare('select ? as q, ? as r');
q.get(5, "it's");
show(q.expandedSQL);
const bi = db.prepare('select 9007199254740993 as big');
fail(() => bi.get());
bi.setReadBigInts(true);
show(bi.get());
const ra = db.prepare('select 1 as a, 2 as b');
ra.setReturnArrays(true);
show(ra.get());
show(ra.all());
db.function('twice', (x) => x * 2);
show(db.prepare('select twice(21) as v').get());
show(db.prepare('select 1 as a, 2 as a').get());
show(db.location());
show(db.isOpen);
db.close();
show(db.isOpen);
fail(() => db.close());
fail(() => ins.run('z'));
fail(() => ins.sourceSQL);
fail(() => db.prepare('select 1'));

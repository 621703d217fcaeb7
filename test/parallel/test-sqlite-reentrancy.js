'use strict';
// node:sqlite: user functions that call back into the database while SQLite is running them.
// Closing the database from inside a function, stepping another statement, stepping the running
// statement itself, and garbage-collecting unclosed databases must neither crash nor leak.
// Flags: --expose-gc
require('../common');
const assert = require('assert');
const { DatabaseSync } = require('node:sqlite');

// A database closed by a function while SQLite runs it: the call returns undefined, the
// statement is finalized, and the handles are released once SQLite returns. node 22.23 itself
// crashes on these (a use after free in all(), and later when such a database is collected), so
// only nodus runs them.
if (process.versions.nodus !== undefined) {
  {
    const db = new DatabaseSync(':memory:');
    db.function('closer', () => { db.close(); return 1; });
    const st = db.prepare('select closer() as a');
    assert.strictEqual(st.get(), undefined);
    assert.strictEqual(db.isOpen, false);
    assert.throws(() => st.get(), { code: 'ERR_INVALID_STATE', message: 'statement has been finalized' });
  }

  {
    const db = new DatabaseSync(':memory:');
    db.exec('create table n(v); insert into n values (1), (2), (3)');
    db.function('closer', () => { db.close(); return 1; });
    assert.strictEqual(db.prepare('select v + closer() as a from n').all(), undefined);
    assert.strictEqual(db.isOpen, false);
  }

  {
    const db = new DatabaseSync(':memory:');
    db.function('closer', () => { db.close(); return 1; });
    db.exec('create table t(v)');
    db.exec('insert into t values (closer())');
    assert.strictEqual(db.isOpen, false);
  }
}

{
  const db = new DatabaseSync(':memory:');
  const inner = db.prepare('select 41 as x');
  db.function('again', () => inner.get().x + 1);
  assert.strictEqual(db.prepare('select again() as y').get().y, 42);

  let self;
  db.function('selfie', () => {
    try {
      self.get();
    } catch {
      // nodus refuses to reset a statement from inside its own step
    }
    return 'done';
  });
  self = db.prepare('select selfie() as z');
  assert.strictEqual(self.get().z, 'done');
  db.close();
}

{
  const db = new DatabaseSync(':memory:');
  db.exec('create table n(v); insert into n values (1), (2)');
  const it = db.prepare('select v from n').iterate();
  assert.deepStrictEqual({ ...it.next().value }, { v: 1 });
  db.close();
  assert.throws(() => it.next(), { code: 'ERR_INVALID_STATE' });
}

// Databases and statements nobody closed are released by the garbage collector.
for (let i = 0; i < 200; i++) {
  const db = new DatabaseSync(':memory:');
  db.exec('create table t(a)');
  db.function('f', (x) => x);
  db.aggregate('g', { start: 0, step: (a, x) => a + x });
  db.prepare('insert into t values (f(?))').run(i);
  db.prepare('select g(a) from t').get();
}
globalThis.gc();
globalThis.gc();

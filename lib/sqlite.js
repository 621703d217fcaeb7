'use strict';
// node:sqlite: DatabaseSync, StatementSync, sessions and backup over internalBinding('sqlite')
// (the system's SQLite). Arguments are checked here with node's messages; the native side owns
// the sqlite3 handles.

const binding = internalBinding('sqlite');
const { fileURLToPath } = require('internal/url');

process.emitWarning('SQLite is an experimental feature and might change at any time',
                    'ExperimentalWarning');

const kType = Symbol('sqlite-type');

function typeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}
function stateError(message) {
  const err = new Error(message);
  err.code = 'ERR_INVALID_STATE';
  return err;
}
function mustBe(name, what) {
  return typeError(`The "${name}" argument must be ${what}.`);
}
function checkBoolean(value, name) {
  if (value !== undefined && typeof value !== 'boolean') throw mustBe(name, 'a boolean');
}
function checkObject(value, name) {
  if (typeof value !== 'object' || value === null) throw mustBe(name, 'an object');
}
function checkFunction(value, name) {
  if (typeof value !== 'function') throw mustBe(name, 'a function');
}
function checkString(value, name) {
  if (typeof value !== 'string') throw mustBe(name, 'a string');
}
function nativeHandle() {
  if (binding.loadError !== undefined) {
    const err = new Error(`Cannot load SQLite: ${binding.loadError}`);
    err.code = 'ERR_SQLITE_ERROR';
    throw err;
  }
}

function pathString(path) {
  let p;
  if (typeof path === 'string') {
    p = path;
  } else if (path instanceof Uint8Array) {
    p = Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
  } else if (path !== null && typeof path === 'object' && typeof path.href === 'string' &&
             typeof path.protocol === 'string') {
    p = path.protocol === 'file:' ? fileURLToPath(path) : path.href;
  }
  if (p === undefined || p.includes('\u0000')) {
    throw typeError('The "path" argument must be a string, Uint8Array, or URL without null ' +
                    'bytes.');
  }
  return p;
}

// ---- DatabaseSync ------------------------------------------------------------------------
// The public objects are the native ones: made with Reflect.construct over the binding's
// classes with node's classes as new.target, so the native methods find their pointer in them.

const { Database: NativeDatabase, Statement: NativeStatement, Session: NativeSession } = binding;
const native = (cls) => cls === undefined ? {} : cls.prototype;
const N = native(NativeDatabase);
const NS = native(NativeStatement);
const NSession = native(NativeSession);
const { apply } = Reflect;

// An anonymous getter calling a native method, as node's instance accessors are.
function getter(fn) {
  return function() { return apply(fn, this, []); };
}
function accessor(fn) {
  return { __proto__: null, get: getter(fn), enumerable: true, configurable: false };
}

function DatabaseSync(path = undefined, options = undefined) {
  if (new.target === undefined) {
    const err = new TypeError('Cannot call constructor without `new`');
    err.code = 'ERR_CONSTRUCT_CALL_REQUIRED';
    throw err;
  }
  const location = pathString(path);
  const o = {
    open: true, readOnly: false, enableForeignKeyConstraints: true,
    enableDoubleQuotedStringLiterals: false, allowExtension: false, timeout: 0,
    readBigInts: false, returnArrays: false, allowBareNamedParameters: true,
    allowUnknownNamedParameters: false,
  };
  if (options !== undefined) {
    checkObject(options, 'options');
    for (const key of ['open', 'readOnly', 'enableForeignKeyConstraints',
                       'enableDoubleQuotedStringLiterals', 'allowExtension']) {
      checkBoolean(options[key], `options.${key}`);
      if (options[key] !== undefined) o[key] = options[key];
    }
    if (options.timeout !== undefined) {
      if (!Number.isInteger(options.timeout) || options.timeout > 2147483647 ||
          options.timeout < -2147483648) {
        throw mustBe('options.timeout', 'an integer');
      }
      o.timeout = options.timeout;
    }
    for (const key of ['readBigInts', 'returnArrays', 'allowBareNamedParameters',
                       'allowUnknownNamedParameters']) {
      checkBoolean(options[key], `options.${key}`);
      if (options[key] !== undefined) o[key] = options[key];
    }
  }
  nativeHandle();
  const self = Reflect.construct(NativeDatabase, [], new.target);
  Object.defineProperties(self, {
    isOpen: accessor(N.isOpen),
    isTransaction: accessor(N.isTransaction),
  });
  self[kType] = 'node:sqlite';
  apply(N.configure, self, [location, o.readOnly, o.enableForeignKeyConstraints,
                            o.enableDoubleQuotedStringLiterals, o.allowExtension, o.timeout,
                            o.readBigInts, o.returnArrays, o.allowBareNamedParameters,
                            o.allowUnknownNamedParameters]);
  if (o.open) apply(N.open, self, []);
  return self;
}

function isOpen(db) {
  return apply(N.isOpen, db, []);
}
function checkOpen(db) {
  if (!isOpen(db)) throw stateError('database is not open');
}

const databaseMethods = {
  open() {
    apply(N.open, this, []);
  },
  close() {
    checkOpen(this);
    apply(N.close, this, []);
  },
  prepare(sql) {
    checkOpen(this);
    checkString(sql, 'sql');
    const st = Reflect.construct(NativeStatement, [], StatementSync);
    apply(N.prepare, this, [sql, st]);
    Object.defineProperties(st, {
      sourceSQL: accessor(NS.sourceSQL),
      expandedSQL: accessor(NS.expandedSQL),
    });
    return st;
  },
  exec(sql) {
    checkOpen(this);
    checkString(sql, 'sql');
    apply(N.exec, this, [sql]);
  },
  function(name, options, fn) {
    checkOpen(this);
    checkString(name, 'name');
    if (arguments.length < 3) {
      fn = options;
      options = undefined;
    }
    let useBigIntArguments = false, varargs = false, deterministic = false, directOnly = false;
    if (options !== undefined) {
      checkObject(options, 'options');
      checkBoolean(options.useBigIntArguments, 'options.useBigIntArguments');
      checkBoolean(options.varargs, 'options.varargs');
      checkBoolean(options.deterministic, 'options.deterministic');
      checkBoolean(options.directOnly, 'options.directOnly');
      useBigIntArguments = options.useBigIntArguments === true;
      varargs = options.varargs === true;
      deterministic = options.deterministic === true;
      directOnly = options.directOnly === true;
    }
    checkFunction(fn, 'function');
    apply(N.function, this, [name, fn, useBigIntArguments, varargs, deterministic, directOnly]);
  },
  location(dbName = 'main') {
    checkOpen(this);
    checkString(dbName, 'dbName');
    return apply(N.location, this, [dbName]);
  },
  aggregate(name, options) {
    checkOpen(this);
    const o = typeof options === 'object' && options !== null ? options : {};
    if (o.start === undefined) {
      throw mustBe('options.start', 'a function or a primitive value');
    }
    checkFunction(o.step, 'options.step');
    if (o.inverse !== undefined) checkFunction(o.inverse, 'options.inverse');
    checkString(name, 'name');
    checkBoolean(o.useBigIntArguments, 'options.useBigIntArguments');
    checkBoolean(o.varargs, 'options.varargs');
    checkBoolean(o.deterministic, 'options.deterministic');
    checkBoolean(o.directOnly, 'options.directOnly');
    apply(N.aggregate, this, [name, o.start, o.step,
                              typeof o.result === 'function' ? o.result : undefined, o.inverse,
                              o.useBigIntArguments === true, o.varargs === true,
                              o.deterministic === true, o.directOnly === true]);
  },
  createSession(options = undefined) {
    checkOpen(this);
    let table, db = 'main';
    if (options !== undefined) {
      checkObject(options, 'options');
      if (options.table !== undefined) {
        checkString(options.table, 'options.table');
        table = options.table;
      }
      if (options.db !== undefined) {
        checkString(options.db, 'options.db');
        db = options.db;
      }
    }
    const session = Reflect.construct(NativeSession, [], Session);
    apply(N.createSession, this, [session, table, db]);
    return session;
  },
  applyChangeset(changeset, options = undefined) {
    checkOpen(this);
    if (!(changeset instanceof Uint8Array)) throw mustBe('changeset', 'a Uint8Array');
    let filter, onConflict;
    if (options !== undefined) {
      checkObject(options, 'options');
      if (options.filter !== undefined) {
        checkFunction(options.filter, 'options.filter');
        filter = options.filter;
      }
      if (options.onConflict !== undefined) {
        checkFunction(options.onConflict, 'options.onConflict');
        onConflict = options.onConflict;
      }
    }
    return apply(N.applyChangeset, this, [changeset, filter, onConflict]);
  },
  enableLoadExtension(allow) {
    if (typeof allow !== 'boolean') throw mustBe('allow', 'a boolean');
    checkOpen(this);
    apply(N.enableLoadExtension, this, [allow]);
  },
  loadExtension(path, entryPoint = undefined) {
    checkOpen(this);
    // the native side checks the state first, then the arguments, as node does
    apply(N.loadExtension, this, [path, entryPoint]);
  },
};

// Methods are enumerable and 'constructor' comes last, as on node's native classes.
function defineMethods(ctor, methods) {
  const proto = ctor.prototype;
  delete proto.constructor;
  for (const name of Object.keys(methods)) {
    Object.defineProperty(proto, name, {
      __proto__: null, value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
  Object.defineProperty(proto, 'constructor', {
    __proto__: null, value: ctor, writable: true, enumerable: false, configurable: true,
  });
}
defineMethods(DatabaseSync, databaseMethods);
Object.defineProperty(DatabaseSync.prototype, Symbol.dispose, {
  __proto__: null,
  value: function dispose() {
    if (isOpen(this)) apply(N.close, this, []);
  },
  writable: true, enumerable: false, configurable: true,
});

// ---- StatementSync -----------------------------------------------------------------------

function illegalConstructor() {
  const err = new Error('Illegal constructor');
  err.code = 'ERR_ILLEGAL_CONSTRUCTOR';
  return err;
}

// Only prepare() makes statements (Reflect.construct, which does not run this function).
function StatementSync() {
  throw illegalConstructor();
}

function flagSetter(name, which) {
  return function(enabled) {
    if (typeof enabled !== 'boolean') throw mustBe(name, 'a boolean');
    apply(NS.setFlag, this, [which, enabled]);
  };
}

const iterators = new WeakMap();  // iterator -> { statement, done }

defineMethods(StatementSync, {
  iterate(...args) {
    apply(NS.start, this, [args]);
    const it = Object.create(StatementSyncIterator.prototype);
    iterators.set(it, { statement: this, done: false });
    return it;
  },
  all(...args) {
    return apply(NS.all, this, [args]);
  },
  get(...args) {
    return apply(NS.get, this, [args]);
  },
  run(...args) {
    return apply(NS.run, this, [args]);
  },
  columns() {
    return apply(NS.columns, this, []);
  },
  setAllowBareNamedParameters: flagSetter('allowBareNamedParameters', 2),
  setAllowUnknownNamedParameters: flagSetter('enabled', 3),
  setReadBigInts: flagSetter('readBigInts', 0),
  setReturnArrays: flagSetter('returnArrays', 1),
});

// iterate()'s iterator: rows until done, then { done: true, value: null } (null-prototype
// results, as node's).
function StatementSyncIterator() {
  throw illegalConstructor();
}
Object.setPrototypeOf(StatementSyncIterator.prototype,
                      Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
function iteratorResult(done, value) {
  return { __proto__: null, done, value };
}
function iteratorState(it) {
  const state = iterators.get(it);
  if (state === undefined) {
    const err = new TypeError('Illegal invocation');
    err.code = 'ERR_INVALID_THIS';
    throw err;
  }
  return state;
}
defineMethods(StatementSyncIterator, {
  next() {
    const state = iteratorState(this);
    if (state.done) return iteratorResult(true, null);
    const row = apply(NS.next, state.statement, []);
    if (row === undefined) {
      state.done = true;
      return iteratorResult(true, null);
    }
    return iteratorResult(false, row);
  },
  return() {
    const state = iteratorState(this);
    if (!state.done) {
      state.done = true;
      apply(NS.reset, state.statement, []);
    }
    return iteratorResult(true, null);
  },
});

// ---- Session -----------------------------------------------------------------------------

function Session() {
  throw illegalConstructor();
}
defineMethods(Session, {
  changeset() { return apply(NSession.changeset, this, []); },
  patchset() { return apply(NSession.patchset, this, []); },
  close() { apply(NSession.close, this, []); },
});

// ---- backup ------------------------------------------------------------------------------

function backup(sourceDb, destination, options = undefined) {
  if (typeof sourceDb !== 'object' || sourceDb === null) throw mustBe('sourceDb', 'an object');
  if (typeof destination !== 'string') throw mustBe('destination', 'a string');
  let rate = 100, source = 'main', target = 'main', progress;
  if (options !== undefined) {
    checkObject(options, 'options');
    if (options.rate !== undefined) {
      if (!Number.isInteger(options.rate)) throw mustBe('options.rate', 'an integer');
      rate = options.rate;
    }
    if (options.source !== undefined) {
      checkString(options.source, 'options.source');
      source = options.source;
    }
    if (options.target !== undefined) {
      checkString(options.target, 'options.target');
      target = options.target;
    }
    if (options.progress !== undefined) {
      checkFunction(options.progress, 'options.progress');
      progress = options.progress;
    }
  }
  checkOpen(sourceDb);
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve(apply(N.backup, sourceDb, [pathString(destination), source, target, rate,
                                           progress]));
      } catch (err) {
        reject(err);
      }
    });
  });
}

const constants = {
  SQLITE_CHANGESET_OMIT: 0,
  SQLITE_CHANGESET_REPLACE: 1,
  SQLITE_CHANGESET_ABORT: 2,
  SQLITE_CHANGESET_DATA: 1,
  SQLITE_CHANGESET_NOTFOUND: 2,
  SQLITE_CHANGESET_CONFLICT: 3,
  SQLITE_CHANGESET_CONSTRAINT: 4,
  SQLITE_CHANGESET_FOREIGN_KEY: 5,
};

module.exports = { DatabaseSync, StatementSync, constants, backup };

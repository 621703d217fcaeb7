'use strict';
// TestsStream: the object-mode Readable of test events ({ type, data }) that reporters read.
// Built-in reporters in this process also get each event synchronously (addSyncListener), so
// their output is complete even when the process ends inside an 'exit' handler.

const { Readable } = require('stream');

function withLoc(data, loc) {
  if (loc !== undefined) {
    data.line = loc.line;
    data.column = loc.column;
    data.file = loc.file;
  }
  return data;
}

class TestsStream extends Readable {
  #sync = [];
  #buffer = [];
  #canPush = true;
  #piped = false;

  constructor() {
    super({ __proto__: null, objectMode: true, highWaterMark: Number.MAX_SAFE_INTEGER });
  }

  addSyncListener(fn) {
    this.#sync.push(fn);
  }

  usePipeline() {
    this.#piped = true;
  }

  _read() {
    this.#canPush = true;
    while (this.#buffer.length > 0) {
      const obj = this.#buffer.shift();
      if (!this.#tryPush(obj)) return;
    }
  }

  #tryPush(message) {
    if (this.#canPush) this.#canPush = this.push(message);
    else this.#buffer.push(message);
    return this.#canPush;
  }

  emitEvent(type, data) {
    const message = { __proto__: null, type, data };
    for (const fn of this.#sync) fn(message);
    this.emit(type, data);
    if (this.#piped) this.#tryPush(message);
  }

  fail(nesting, loc, testNumber, name, details, directive) {
    this.emitEvent('test:fail', withLoc({ __proto__: null, name, nesting, testNumber, details,
      ...directive }, loc));
  }

  ok(nesting, loc, testNumber, name, details, directive) {
    this.emitEvent('test:pass', withLoc({ __proto__: null, name, nesting, testNumber, details,
      ...directive }, loc));
  }

  complete(nesting, loc, testNumber, name, details, directive) {
    this.emitEvent('test:complete', withLoc({ __proto__: null, name, nesting, testNumber,
      details, ...directive }, loc));
  }

  plan(nesting, loc, count) {
    this.emitEvent('test:plan', withLoc({ __proto__: null, nesting, count }, loc));
  }

  diagnostic(nesting, loc, message) {
    this.emitEvent('test:diagnostic', withLoc({ __proto__: null, nesting, message }, loc));
  }

  start(nesting, loc, name) {
    this.emitEvent('test:start', withLoc({ __proto__: null, nesting, name }, loc));
  }

  enqueue(nesting, loc, name, type) {
    this.emitEvent('test:enqueue', withLoc({ __proto__: null, nesting, name, type }, loc));
  }

  dequeue(nesting, loc, name, type) {
    this.emitEvent('test:dequeue', withLoc({ __proto__: null, nesting, name, type }, loc));
  }

  stdout(file, message) {
    this.emitEvent('test:stdout', { __proto__: null, file, message });
  }

  stderr(file, message) {
    this.emitEvent('test:stderr', { __proto__: null, file, message });
  }

  summary(nesting, file, success, counts, duration_ms) {
    this.emitEvent('test:summary', { __proto__: null, success, counts, duration_ms, file });
  }

  end() {
    for (const fn of this.#sync) fn(null);
    if (this.#piped) this.#tryPush(null);
    else this.push(null);
  }
}

module.exports = { TestsStream };

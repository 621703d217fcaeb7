'use strict';
// node:readline/promises: Interface whose question() returns a promise, and Readline, which
// batches cursor moves and clears until commit().

const { Interface: BaseInterface } = require('internal/readline/interface');
const {
  cursorToSequence, moveCursorSequence, clearLineSequence, clearScreenDownSequence,
} = require('internal/readline/callbacks');
const { validateAbortSignal, validateBoolean, validateInteger } =
  require('internal/validators');

function errors() {
  return require('internal/errors');
}

class Interface extends BaseInterface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options !== null && typeof options === 'object' && options.signal) {
        const signal = options.signal;
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new (errors().AbortError)(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this._questionCancel();
          reject(new (errors().AbortError)(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      if (this.closed) {
        reject(new (errors().codes.ERR_USE_AFTER_CLOSE)('readline'));
        return;
      }
      super.question(query, {}, cb);
    });
  }
}

class Readline {
  #stream;
  #todo = [];
  #autoCommit;

  constructor(stream, options = undefined) {
    if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('stream', 'Writable', stream);
    }
    this.#stream = stream;
    if (options && options.autoCommit !== undefined) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    } else {
      this.#autoCommit = false;
    }
  }

  #add(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y !== undefined) validateInteger(y, 'y');
    return this.#add(cursorToSequence(x, y));
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#add(moveCursorSequence(dx, dy));
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this.#add(clearLineSequence(dir));
  }

  clearScreenDown() {
    return this.#add(clearScreenDownSequence);
  }

  commit() {
    return new Promise((resolve) => {
      const data = this.#todo.join('');
      this.#todo = [];
      if (data === '') {
        resolve();
        return;
      }
      this.#stream.write(data, () => resolve());
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  Readline,
  createInterface,
};

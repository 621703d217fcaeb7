'use strict';
// node:readline: line input (Interface), keypress decoding and terminal cursor helpers.

const { Interface: BaseInterface } = require('internal/readline/interface');
const { emitKeypressEvents } = require('internal/readline/emitKeypressEvents');
const { cursorTo, moveCursor, clearLine, clearScreenDown } =
  require('internal/readline/callbacks');

class Interface extends BaseInterface {
  question(query, options, cb) {
    return super.question(query, options, cb);
  }
}

// question() also works as a promise through util.promisify.
Object.defineProperty(Interface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
  configurable: true,
  enumerable: false,
  get() {
    return function question(query, options = {}) {
      return new Promise((resolve, reject) => {
        const signal = options && options.signal;
        if (signal && signal.aborted) {
          reject(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
          return;
        }
        if (signal) {
          signal.addEventListener('abort', () => {
            reject(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
          }, { once: true });
        }
        this.question(query, options, resolve);
      });
    };
  },
});

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

let promises;

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('readline/promises');
    return promises;
  },
});

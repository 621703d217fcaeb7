'use strict';
// readline.emitKeypressEvents(stream[, interface]): makes `stream` emit 'keypress' events
// decoded from its 'data' events, once something listens for them.

const { KeyDecoder } = require('internal/readline/keys');

const kKeypressDecoder = Symbol('keypressDecoder');
const kEscapeCodeTimeout = Symbol('escapeCodeTimeout');
const ESCAPE_CODE_TIMEOUT = 500;

function makeTextDecoder() {
  const TD = typeof TextDecoder === 'function' ? TextDecoder :
    require('internal/encoding').TextDecoder;
  return new TD('utf-8');
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  let textDecoder = null;
  let timer = null;
  const decoder = new KeyDecoder((ch, key) => stream.emit('keypress', ch, key));
  stream[kKeypressDecoder] = decoder;

  function onData(chunk) {
    if (stream.listenerCount('keypress') <= 0) {
      // Nobody listens any more: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    let text;
    if (typeof chunk === 'string') {
      text = chunk;
    } else {
      if (textDecoder === null) textDecoder = makeTextDecoder();
      text = textDecoder.decode(chunk, { stream: true });
    }
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    const pending = decoder.feed(text);
    if (pending) {
      const delay = iface.escapeCodeTimeout !== undefined ? iface.escapeCodeTimeout :
        (iface[kEscapeCodeTimeout] !== undefined ? iface[kEscapeCodeTimeout] : ESCAPE_CODE_TIMEOUT);
      timer = setTimeout(() => {
        timer = null;
        decoder.flush();
      }, delay);
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents, kEscapeCodeTimeout };

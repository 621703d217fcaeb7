'use strict';
// emitKeypressEvents(): characters, control keys and escape sequences become keypress events
// with node's key objects.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');

function keysOf(...chunks) {
  const stream = new EventEmitter();
  readline.emitKeypressEvents(stream);
  const seen = [];
  stream.on('keypress', (ch, key) => seen.push([ch, key]));
  for (const c of chunks) stream.emit('data', c);
  return seen;
}

function key(sequence, name, extra = {}) {
  return { sequence, name, ctrl: false, meta: false, shift: false, ...extra };
}

// Plain characters: the character itself, lower/upper case letters, digits, punctuation.
assert.deepStrictEqual(keysOf('aZ5!'), [
  ['a', key('a', 'a')],
  ['Z', key('Z', 'z', { shift: true })],
  ['5', key('5', '5')],
  ['!', key('!', undefined)],
]);

// Control characters.
assert.deepStrictEqual(keysOf('\r\n\t\x7f\x08 \x01\x1a'), [
  ['\r', key('\r', 'return')],
  ['\n', key('\n', 'enter')],
  ['\t', key('\t', 'tab')],
  ['\x7f', key('\x7f', 'backspace')],
  ['\x08', key('\x08', 'backspace')],
  [' ', key(' ', 'space')],
  ['\x01', key('\x01', 'a', { ctrl: true })],
  ['\x1a', key('\x1a', 'z', { ctrl: true })],
]);

// CSI and SS3 sequences carry their code; the character argument is undefined.
assert.deepStrictEqual(keysOf('\x1b[A\x1b[B\x1b[C\x1b[D\x1bOH\x1b[F\x1b[3~\x1b[5~\x1bOP\x1b[15~'), [
  [undefined, key('\x1b[A', 'up', { code: '[A' })],
  [undefined, key('\x1b[B', 'down', { code: '[B' })],
  [undefined, key('\x1b[C', 'right', { code: '[C' })],
  [undefined, key('\x1b[D', 'left', { code: '[D' })],
  [undefined, key('\x1bOH', 'home', { code: 'OH' })],
  [undefined, key('\x1b[F', 'end', { code: '[F' })],
  [undefined, key('\x1b[3~', 'delete', { code: '[3~' })],
  [undefined, key('\x1b[5~', 'pageup', { code: '[5~' })],
  [undefined, key('\x1bOP', 'f1', { code: 'OP' })],
  [undefined, key('\x1b[15~', 'f5', { code: '[15~' })],
]);

// Modifiers in xterm's `1;N` form.
assert.deepStrictEqual(keysOf('\x1b[1;5C\x1b[1;2D\x1b[1;3A\x1b[3;5~'), [
  [undefined, key('\x1b[1;5C', 'right', { ctrl: true, code: '[C' })],
  [undefined, key('\x1b[1;2D', 'left', { shift: true, code: '[D' })],
  [undefined, key('\x1b[1;3A', 'up', { meta: true, code: '[A' })],
  [undefined, key('\x1b[3;5~', 'delete', { ctrl: true, code: '[3~' })],
]);

// ESC followed by a character is that character with meta.
assert.deepStrictEqual(keysOf('\x1bb\x1b\x7f'), [
  [undefined, key('\x1bb', 'b', { meta: true })],
  [undefined, key('\x1b\x7f', 'backspace', { meta: true })],
]);

// A sequence split across chunks is reassembled.
assert.deepStrictEqual(keysOf('\x1b[', '1;5', 'D'), [
  [undefined, key('\x1b[1;5D', 'left', { ctrl: true, code: '[D' })],
]);

// Characters outside the BMP arrive whole.
assert.deepStrictEqual(keysOf('\u{1F600}'), [['\u{1F600}', key('\u{1F600}', undefined)]]);

// A lone ESC is the escape key once no more input follows.
{
  const stream = new EventEmitter();
  readline.emitKeypressEvents(stream);
  stream.on('keypress', common.mustCall((ch, k) => {
    assert.strictEqual(k.name, 'escape');
    assert.strictEqual(k.sequence, '\x1b');
  }));
  stream.emit('data', '\x1b');
}

// Nothing is decoded until something listens for 'keypress'; calling it twice is harmless.
{
  const stream = new EventEmitter();
  readline.emitKeypressEvents(stream);
  readline.emitKeypressEvents(stream);
  stream.emit('data', 'x');
  const seen = [];
  stream.on('keypress', (ch) => seen.push(ch));
  stream.emit('data', 'y');
  assert.deepStrictEqual(seen, ['y']);
}

'use strict';
// Terminal cursor helpers shared by readline and readline/promises: each builds an ANSI
// control sequence and writes it to a duck-typed stream (anything with write(string[, cb])).

const { validateFunction } = require('internal/validators');

const ESC = '\x1b';
const CSI = `${ESC}[`;

function cursorToSequence(x, y) {
  if (typeof y !== 'number' || Number.isNaN(y)) return `${CSI}${x + 1}G`;
  return `${CSI}${y + 1};${x + 1}H`;
}

function moveCursorSequence(dx, dy) {
  let out = '';
  if (dx < 0) out += `${CSI}${-dx}D`;
  else if (dx > 0) out += `${CSI}${dx}C`;
  if (dy < 0) out += `${CSI}${-dy}A`;
  else if (dy > 0) out += `${CSI}${dy}B`;
  return out;
}

function clearLineSequence(dir) {
  if (dir < 0) return `${CSI}1K`;
  if (dir > 0) return `${CSI}0K`;
  return `${CSI}2K`;
}

const clearScreenDownSequence = `${CSI}0J`;

function finish(stream, data, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (data === '') {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('x', x);
  if (Number.isNaN(y)) throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    return finish(null, '', callback);
  }
  if (typeof x !== 'number') throw new (require('internal/errors').codes.ERR_INVALID_CURSOR_POS)();
  return finish(stream, cursorToSequence(x, y), callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (stream == null || !(dx || dy)) return finish(null, '', callback);
  return finish(stream, moveCursorSequence(dx, dy), callback);
}

function clearLine(stream, dir, callback) {
  if (stream == null) return finish(null, '', callback);
  return finish(stream, clearLineSequence(dir), callback);
}

function clearScreenDown(stream, callback) {
  if (stream == null) return finish(null, '', callback);
  return finish(stream, clearScreenDownSequence, callback);
}

module.exports = {
  CSI,
  cursorTo,
  moveCursor,
  clearLine,
  clearScreenDown,
  cursorToSequence,
  moveCursorSequence,
  clearLineSequence,
  clearScreenDownSequence,
};

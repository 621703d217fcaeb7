'use strict';
// Pieces shared by the http modules: the cached Date header value and the parser binding seam.

const { Timeout, insert } = require('internal/timers');

function setUnrefTimeout(fn, ms) {
  const t = new Timeout(fn, ms, undefined, false, false);
  insert(t, t._idleTimeout);
  return t;
}

let utcCache;
let dateHeaderCache;

function resetCache() {
  utcCache = undefined;
  dateHeaderCache = undefined;
}

function utcDate() {
  if (utcCache === undefined) {
    const d = new Date();
    utcCache = d.toUTCString();
    // The cached string is valid until the next second starts.
    setUnrefTimeout(resetCache, 1000 - d.getMilliseconds());
  }
  return utcCache;
}

// The whole 'Date: ...\r\n' header line, cached with the date.
function utcDateHeader() {
  if (dateHeaderCache === undefined) dateHeaderCache = 'Date: ' + utcDate() + '\r\n';
  return dateHeaderCache;
}


// Listens on a pooled socket between requests: an error there just removes it from the pool.
function freeSocketErrorListener(err) {
  const socket = this;
  socket.destroy();
  socket.emit('agentRemove');
}

module.exports = {
  freeSocketErrorListener,
  kOutHeaders: Symbol('kOutHeaders'),
  kNeedDrain: Symbol('kNeedDrain'),
  utcDate,
  utcDateHeader,
};

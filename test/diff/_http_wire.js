'use strict';
// Helpers for the http diff tests: run an http.Server or a client over an in-memory duplex pair
// and capture the exact bytes on the wire (the Date header value normalised).

const http = require('http');
const { duplexPair } = require('stream');

function norm(s) {
  return s.replace(/Date: [^\r]*\r\n/g, 'Date: <date>\r\n');
}

// Lets queued stream callbacks, ticks and immediates run out.
function settle(cb, n = 4) {
  if (n === 0) return cb();
  setImmediate(settle, cb, n - 1);
}

// Serves `input` (a string or a list of strings written one after the other, each after the
// previous settled) to `server`; calls done(bytes) once everything settled.
function serve(server, input, done, { end = false } = {}) {
  const [a, b] = duplexPair();
  let out = '';
  b.on('data', (d) => { out += d.toString('latin1'); });
  b.on('error', () => {});
  a.on('close', () => { out += '<closed>'; });
  server.emit('connection', a);
  const parts = Array.isArray(input) ? input.slice() : [input];
  (function next() {
    if (parts.length === 0) {
      if (end) b.end();
      return settle(() => done(norm(out), a, b));
    }
    b.write(parts.shift());
    settle(next);
  })();
}

// Runs scenario functions one after the other: each receives a `next` callback.
function series(list) {
  let i = 0;
  (function run() {
    if (i === list.length) return;
    const f = list[i++];
    f(run);
  })();
}

function show(label, bytes) {
  console.log(`${label}: ${JSON.stringify(bytes)}`);
}

module.exports = { http, duplexPair, norm, settle, serve, series, show };

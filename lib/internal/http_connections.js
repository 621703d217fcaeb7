'use strict';
// The connections of an http.Server, for closeAllConnections/closeIdleConnections and for
// headersTimeout/requestTimeout, which a periodic check enforces.

class ConnectionsList {
  constructor() {
    this.map = new Map();
  }

  push(parser, socket) {
    const rec = { parser, socket, start: 0, headersDone: false };
    this.map.set(parser, rec);
    return rec;
  }

  pop(parser) {
    this.map.delete(parser);
  }

  // A request started arriving.
  static begin(rec) {
    if (rec.start === 0) {
      rec.start = Date.now();
      rec.headersDone = false;
    }
  }

  // The last request on the connection was answered.
  static end(rec) {
    rec.start = 0;
    rec.headersDone = false;
  }

  all() {
    return [...this.map.values()];
  }

  idle() {
    const out = [];
    for (const rec of this.map.values()) if (rec.start === 0) out.push(rec);
    return out;
  }

  active() {
    const out = [];
    for (const rec of this.map.values()) if (rec.start !== 0) out.push(rec);
    return out;
  }

  expired(headersTimeout, requestTimeout) {
    const now = Date.now();
    const out = [];
    for (const rec of this.map.values()) {
      if (rec.start === 0) continue;
      const age = now - rec.start;
      const incoming = rec.parser.incoming;
      const received = rec.headersDone && incoming !== null && incoming !== undefined && incoming.complete;
      if ((!rec.headersDone && headersTimeout > 0 && age > headersTimeout) ||
          (!received && requestTimeout > 0 && age > requestTimeout)) {
        out.push(rec);
        this.map.delete(rec.parser);
      }
    }
    return out;
  }
}

module.exports = { ConnectionsList };

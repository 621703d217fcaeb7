'use strict';
// The connections of an http.Server, for closeAllConnections/closeIdleConnections and for
// headersTimeout/requestTimeout, which a periodic check enforces. When a connection's current
// request began is kept by its parser (set natively as a message begins, so reading a request
// costs no call into JS for it; cleared with requestEnd() once the response is done).

class ConnectionsList {
  constructor() {
    this.map = new Map();
  }

  push(parser, socket) {
    const rec = { parser, socket, headersDone: false };
    this.map.set(parser, rec);
    return rec;
  }

  pop(parser) {
    this.map.delete(parser);
  }

  // The last request on the connection was answered.
  static end(rec) {
    rec.parser.requestEnd();
    rec.headersDone = false;
  }

  all() {
    return [...this.map.values()];
  }

  idle() {
    const out = [];
    for (const rec of this.map.values()) if (rec.parser.requestAge() < 0) out.push(rec);
    return out;
  }

  active() {
    const out = [];
    for (const rec of this.map.values()) if (rec.parser.requestAge() >= 0) out.push(rec);
    return out;
  }

  expired(headersTimeout, requestTimeout) {
    const out = [];
    for (const rec of this.map.values()) {
      const age = rec.parser.requestAge();
      if (age < 0) continue;
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

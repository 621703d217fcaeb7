'use strict';
// SCHED_RR: the primary listens itself and hands each accepted connection to the next free
// worker ({ act: 'newconn' } with the handle); a worker that cannot take it sends it back.

const net = require('net');

class RoundRobinHandle {
  constructor(key, address, { port, fd, flags, backlog, readableAll, writableAll }) {
    this.key = key;
    this.all = new Map();
    this.free = new Map();
    this.handles = [];
    this.handle = null;
    this.server = net.createServer(() => {
      throw new Error('round-robin server got a connection directly');
    });
    if (fd >= 0) {
      this.server.listen({ fd, backlog });
    } else if (port >= 0) {
      this.server.listen({
        port,
        host: address,
        ipv6Only: Boolean(flags & 1 /* UV_TCP_IPV6ONLY */),
        backlog,
      });
    } else {
      this.server.listen({ path: address, backlog, readableAll, writableAll });
    }
    this.server.once('listening', () => {
      this.handle = this.server._handle;
      this.handle.onconnection = (err, handle) => this.distribute(err, handle);
      this.server._handle = null;
      this.server = null;
    });
  }

  add(worker, send) {
    this.all.set(worker.id, worker);
    const done = () => {
      if (this.handle.getsockname) {
        const out = {};
        this.handle.getsockname(out);
        send(null, { sockname: out }, null);
      } else {
        send(null, null, null);  // a Unix socket
      }
      this.handoff(worker);  // connections may be waiting already
    };
    if (this.server === null) {
      done();
      return;
    }
    // Still binding.
    this.server.once('listening', done);
    this.server.once('error', (err) => send(err.errno, null));
  }

  remove(worker) {
    if (!this.all.delete(worker.id)) return false;
    this.free.delete(worker.id);
    if (this.all.size !== 0) return false;
    for (const handle of this.handles) handle.close();
    this.handles = [];
    if (this.handle) this.handle.close();
    this.handle = null;
    return true;
  }

  distribute(err, handle) {
    if (err) return;
    this.handles.push(handle);
    const first = this.free.entries().next();
    if (!first.done) {
      const [workerId, worker] = first.value;
      this.free.delete(workerId);
      this.handoff(worker);
    }
  }

  handoff(worker) {
    if (!this.all.has(worker.id)) return;  // the worker closed its server
    const handle = this.handles.shift();
    if (handle === undefined) {
      this.free.set(worker.id, worker);  // ready for the next one
      return;
    }
    const { sendHelper } = require('internal/cluster/utils');
    const message = { act: 'newconn', key: this.key };
    sendHelper(worker.process, message, handle, (reply) => {
      if (reply.accepted) handle.close();
      else this.distribute(0, handle);  // the worker is going away: another one takes it
      this.handoff(worker);
    });
  }
}

module.exports = RoundRobinHandle;

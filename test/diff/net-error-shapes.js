// The shape of net's system errors (message, code, errno, syscall, address, port) as
// util.inspect shows them, for TCP and Unix sockets.
'use strict';
const net = require('net');
const os = require('os');
const path = require('path');
const { inspect } = require('util');

function show(err, port) {
  let text = inspect(err).split('\n').filter((l) => !l.includes('    at ')).join('\n');
  if (port) text = text.replaceAll(String(port), 'PORT');
  console.log(text.replaceAll(os.tmpdir(), 'TMP').replace(/net-shapes-\d+/g, 'net-shapes-X'));
}

const steps = [
  (next) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => {
        net.connect(port, '127.0.0.1').on('error', (e) => { show(e, port); next(); });
      });
    });
  },
  (next) => {
    const s = net.createServer().listen(0, () => {
      const { port } = s.address();
      net.createServer().listen(port).on('error', (e) => { show(e, port); s.close(next); });
    });
  },
  (next) => {
    const p = path.join(os.tmpdir(), `net-shapes-${process.pid}.sock`);
    const s = net.createServer().listen(p, () => {
      net.createServer().listen(p).on('error', (e) => { show(e); s.close(next); });
    });
  },
  (next) => {
    const p = path.join(os.tmpdir(), `net-shapes-${process.pid}-missing.sock`);
    net.connect(p).on('error', (e) => { show(e); next(); });
  },
  (next) => {
    const s = new net.Socket();
    s.on('error', (e) => { show(e); next(); });
    s.write('x');
  },
];

(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);

// Event orders of net sockets and servers in several scenarios, run one after the other.
'use strict';
const net = require('net');

const EVENTS = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'timeout', 'error',
                'close', 'drain', 'prefinish', 'pause', 'resume'];

function trace(name, emitter) {
  for (const ev of EVENTS) {
    emitter.on(ev, (...args) => {
      let extra = '';
      if (ev === 'error') extra = ` ${args[0].code} ${args[0].syscall}`;
      else if (ev === 'data') extra = ` ${JSON.stringify(String(args[0]))}`;
      else if (ev === 'close') extra = ` ${args[0]}`;
      else if (ev === 'lookup') extra = ` ${args[0] ? args[0].code : null} ${args[2]}`;
      console.log(`${name}: ${ev}${extra}`);
    });
  }
  return emitter;
}

const scenarios = [
  function roundTrip(done) {
    const server = net.createServer((s) => {
      s.on('data', (d) => s.write(d));
      s.on('end', () => s.end());
    });
    server.listen(0, '127.0.0.1', () => {
      const c = trace('  client', net.connect(server.address().port, '127.0.0.1'));
      c.on('connect', () => c.write('ping'));
      c.on('data', () => c.end());
      c.on('close', () => server.close(done));
    });
  },
  function serverSocket(done) {
    const server = net.createServer((s) => {
      trace('  server socket', s);
      s.on('data', (d) => s.write(d));
      s.on('end', () => s.end());
      s.on('close', () => server.close(done));
    });
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      c.on('connect', () => c.write('ping'));
      c.on('data', () => c.end());
    });
  },
  function refused(done) {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      server.close(() => {
        const c = trace('  client', net.connect(port, '127.0.0.1'));
        c.write('x', (err) => console.log('  write cb', err && err.code));
        c.on('close', () => done());
      });
    });
  },
  function localhostLookup(done) {
    const server = net.createServer((s) => s.end()).listen(0, () => {
      const c = trace('  client', net.connect({ port: server.address().port, host: 'localhost', family: 4 }));
      c.resume();
      c.on('close', () => server.close(done));
    });
  },
  function destroyWithError(done) {
    const server = net.createServer((s) => {
      s.resume();
      s.on('close', () => server.close(done));
    });
    server.listen(0, () => {
      const c = trace('  client', net.connect(server.address().port));
      c.on('connect', () => c.destroy(Object.assign(new Error('boom'), { code: 'EBOOM' })));
    });
  },
  function timeout(done) {
    const server = net.createServer((s) => s.resume()).listen(0, () => {
      const c = trace('  client', net.connect(server.address().port));
      c.on('connect', () => c.setTimeout(10));
      c.on('timeout', () => c.end());
      c.on('close', () => server.close(done));
    });
  },
  function serverEvents(done) {
    const server = trace('  server', net.createServer());
    server.on('listening', () => console.log('  server: listening'));
    server.on('connection', (s) => {
      console.log('  server: connection');
      s.end('bye');
      server.close(() => console.log('  server: close cb'));
    });
    server.on('close', () => setImmediate(done));
    server.listen(0, () => {
      const c = net.connect(server.address().port);
      c.resume();
    });
  },
];

(function next(i) {
  if (i === scenarios.length) return;
  console.log(scenarios[i].name);
  scenarios[i](() => next(i + 1));
})(0);

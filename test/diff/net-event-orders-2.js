// More net event orders: end() before connecting, destroySoon, pauseOnConnect, a peer reset,
// connect timeouts via setTimeout, and writes with callbacks.
'use strict';
const net = require('net');

const EVENTS = ['connect', 'ready', 'data', 'end', 'finish', 'timeout', 'error', 'close',
                'drain', 'prefinish'];

function trace(name, emitter) {
  for (const ev of EVENTS) {
    emitter.on(ev, (...args) => {
      let extra = '';
      if (ev === 'error') extra = ` ${args[0].code} ${args[0].syscall}`;
      else if (ev === 'data') extra = ` ${JSON.stringify(String(args[0]))}`;
      else if (ev === 'close') extra = ` ${args[0]}`;
      console.log(`${name}: ${ev}${extra}`);
    });
  }
  return emitter;
}

const scenarios = [
  function endBeforeConnect(done) {
    const server = net.createServer((s) => {
      s.setEncoding('utf8');
      let got = '';
      s.on('data', (d) => got += d);
      s.on('end', () => {
        console.log('  server got', JSON.stringify(got));
        s.end();
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const c = trace('  client', net.connect(server.address().port, '127.0.0.1'));
      c.write('a', () => console.log('  write a cb'));
      c.end('b', () => console.log('  end cb'));
      console.log('  readyState', c.readyState, c.pending, c.connecting);
      c.resume();
      c.on('close', () => server.close(done));
    });
  },
  function destroySoon(done) {
    const server = net.createServer((s) => {
      s.resume();
      s.on('end', () => s.end());
    });
    server.listen(0, '127.0.0.1', () => {
      const c = trace('  client', net.connect(server.address().port, '127.0.0.1'));
      c.on('connect', () => {
        c.write('x');
        c.destroySoon();
        console.log('  after destroySoon', c.destroyed, c.writable);
      });
      c.on('close', () => server.close(done));
    });
  },
  function pauseOnConnect(done) {
    const server = net.createServer({ pauseOnConnect: true }, (s) => {
      console.log('  paused', s.isPaused(), s.readableFlowing);
      trace('  server socket', s);
      setImmediate(() => {
        console.log('  resuming');
        s.resume();
      });
      s.on('end', () => s.end());
      s.on('close', () => server.close(done));
    });
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.end('hello'));
      c.resume();
    });
  },
  function peerReset(done) {
    const server = net.createServer((s) => {
      trace('  server socket', s);
      s.on('close', () => server.close(done));
      s.resume();
      s.write('go');
    });
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      c.once('data', () => c.resetAndDestroy());
    });
  },
  function writeCallbacks(done) {
    const server = net.createServer((s) => {
      s.resume();
      s.on('end', () => s.end());
    });
    server.listen(0, '127.0.0.1', () => {
      const c = trace('  client', net.connect(server.address().port, '127.0.0.1'));
      c.on('connect', () => {
        console.log('  write1', c.write('one', () => console.log('  cb1')));
        console.log('  write2', c.write(Buffer.from('two'), () => console.log('  cb2')));
        c.cork();
        c.write('three', () => console.log('  cb3'));
        c.write('four', 'latin1', () => console.log('  cb4'));
        c.uncork();
        c.end(() => console.log('  end cb'));
        console.log('  sync done', c.bytesWritten);
      });
      c.on('close', () => server.close(done));
    });
  },
];

(function next(i) {
  if (i === scenarios.length) return;
  console.log(scenarios[i].name);
  scenarios[i](() => next(i + 1));
})(0);

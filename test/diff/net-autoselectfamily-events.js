// Happy eyeballs with a lookup giving ::1 and 127.0.0.1: the attempts, failures and the
// address that wins, for a server on either family; and connection attempt events of a
// single-address connect.
'use strict';
const net = require('net');

const EVENTS = ['lookup', 'connectionAttempt', 'connectionAttemptFailed',
                'connectionAttemptTimeout', 'connect', 'error', 'close'];

function lookup(host, options, cb) {
  const all = [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }];
  if (options.all) process.nextTick(cb, null, all);
  else process.nextTick(cb, null, all[0].address, all[0].family);
}

function run(serverHost, done) {
  const server = net.createServer((s) => s.end());
  server.listen(0, serverHost, () => {
    const { port } = server.address();
    console.log(`server on ${serverHost}`);
    const c = net.connect({ host: 'example.invalid', port, lookup, autoSelectFamily: true });
    for (const ev of EVENTS) {
      c.on(ev, (...args) => {
        const shown = args.map((a) => (a === port ? 'PORT' : a instanceof Error ? a.code : a));
        console.log(`  ${ev} ${shown.join(' ')}`.trimEnd());
      });
    }
    c.resume();
    c.on('connect', () => console.log(`  remote ${c.remoteAddress} ${c.remoteFamily}`));
    c.on('close', () => {
      const tried = c.autoSelectFamilyAttemptedAddresses;
      console.log('  attempted', tried && tried.map((a) => a.replace(String(port), 'PORT')));
      server.close(done);
    });
  });
}

run('127.0.0.1', () => run('::1', () => {
  // All attempts failing: an AggregateError of every attempt's error, with the first code.
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => {
      const c = net.connect({ host: 'example.invalid', port, lookup, autoSelectFamily: true });
      c.on('error', (err) => {
        console.log('error', err.constructor.name, err.code,
                    err.errors ? err.errors.map((e) => `${e.code} ${e.address}`) : '');
      });
      c.on('close', () => console.log('closed'));
    });
  });
}));

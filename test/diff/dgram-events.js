'use strict';
// node:dgram event order and callback arguments around bind, send, connect, errors and close,
// interleaved with ticks and promise jobs (ports hidden).
const dgram = require('dgram');

const log = (...args) => console.log(...args);
const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
server.on('listening', () => log('server listening', server.address().family));
server.on('close', () => log('server close'));
client.on('close', () => log('client close'));
client.on('listening', () => log('client listening'));
client.on('connect', () => log('client connect event'));

let count = 0;
server.on('message', (msg, rinfo) => {
  log('message', JSON.stringify(msg.toString()), rinfo.family, rinfo.size,
      rinfo.port === client.address().port);
  if (++count === 3) {
    client.close(() => log('client close callback'));
    Promise.resolve().then(() => log('microtask after close'));
    process.nextTick(() => log('tick after close'));
    server.close();
  }
});

server.bind(0, '127.0.0.1', () => {
  log('bind callback');
  const port = server.address().port;
  client.send('first', port, '127.0.0.1', (err, bytes) => {
    log('send callback', err, bytes);
    client.connect(port, '127.0.0.1', () => {
      log('connect callback', client.remoteAddress().port === port);
      client.send(['a', 'b'], (err2, n) => {
        log('connected send callback', err2, n);
        client.send(Buffer.from('xyz'), 1, 1);
      });
    });
  });
  process.nextTick(() => log('tick after send'));
});
log('sync end');

const bad = dgram.createSocket('udp4');
bad.on('error', (err) => {
  log('error', err.code, err.syscall, err.message);
  bad.close();
});
bad.on('close', () => log('bad close'));
bad.bind(0, '203.0.113.1');

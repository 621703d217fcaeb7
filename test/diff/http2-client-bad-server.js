'use strict';
// An http2 client facing a peer that does not speak HTTP/2 properly: an HTTP/1.1 answer,
// a bad frame after valid settings, and a connection closed in the middle of a response.
// The stream and session errors, codes and order as node 22 reports them.
const http2 = require('http2');
const net = require('net');

const settings = Buffer.from([0, 0, 0, 4, 0, 0, 0, 0, 0]);
const cases = [
  ['http1 answer', (s) => s.write('HTTP/1.1 200 OK\r\n\r\nhello')],
  ['bad frame', (s) => s.write(Buffer.concat([settings, Buffer.from([0, 0, 3, 6, 0, 0, 0, 0, 0, 1, 2, 3])]))],
  ['closed mid-way', (s) => {
    s.write(settings);
    s.once('data', () => setTimeout(() => s.destroy(), 20));
  }],
];

function run(i) {
  if (i === cases.length) return;
  const [name, behave] = cases[i];
  const srv = net.createServer((s) => {
    s.on('error', () => {});
    s.on('data', () => {});
    behave(s);
  });
  srv.listen(0, '127.0.0.1', () => {
    const client = http2.connect(`http://127.0.0.1:${srv.address().port}`);
    client.on('error', (e) => console.log(name, 'session error', e.code, e.message, e.errno));
    client.on('close', () => {
      console.log(name, 'session close');
      srv.close(() => run(i + 1));
    });
    const req = client.request({ ':path': '/' });
    req.on('error', (e) => console.log(name, 'stream error', e.code, e.message));
    req.on('close', () => console.log(name, 'stream close', req.rstCode));
  });
}
run(0);

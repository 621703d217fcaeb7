'use strict';
// A server and its client in one process: a response ended while the server handles a read is
// on the wire before anything else in that poll phase reads, since node writes at once. nodus
// gathers a poll phase's responses and sends them after it, but not on a connection whose
// client is in this process (over TCP and over a Unix socket).
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');

// The client's socket (the first response, written from an immediate) and the server's (the
// second request, written right after it) are readable in the same poll: the server ends the
// second response while handling its read, and node's client reads both responses at once.
function rawClient(where, done) {
  let client;
  let n = 0;
  const server = http.createServer((req, res) => {
    const id = n++;
    console.log(`server request ${req.url}`);
    if (id === 0) {
      setImmediate(() => {
        res.end('1');
        client.write('GET /b HTTP/1.1\r\nHost: x\r\n\r\n');
      });
    } else {
      res.end('2');
      setImmediate(() => console.log('server immediate after the second response'));
    }
  });
  const listening = () => {
    client = net.connect(where === 'tcp' ? { port: server.address().port, host: '127.0.0.1' } :
                         { path: where }, () => {
      client.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    let got = '';
    client.setEncoding('latin1');
    client.on('data', (d) => {
      got += d;
      const responses = got.split('HTTP/1.1 200').length - 1;
      console.log(`client data ${d.length} bytes, ${responses} responses so far`);
      if (responses === 2 && got.endsWith('2')) {
        client.end();
        server.close(done);
      }
    });
  };
  if (where === 'tcp') server.listen(0, '127.0.0.1', listening);
  else server.listen(where, listening);
}

const pipe = path.join(os.tmpdir(), `http-in-process-peer-order-${process.pid}.sock`);
rawClient('tcp', () => rawClient(pipe, () => console.log('done')));

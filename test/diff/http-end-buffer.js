'use strict';
// res.end(buffer) in its many shapes (Express sends every body as a Buffer): a Buffer, a
// Uint8Array, an empty one, a 100 kB one, after res.write, with a user Content-Length, chunked,
// to a HEAD request, for a 304, after writeHead, and with its callback. The client is another
// process (nodus sends such a response with the poll phase's others, gathered) and prints each
// raw response without its Date.
const http = require('http');
const net = require('net');
const { spawn } = require('child_process');

const cases = {
  '/buffer': (req, res) => res.end(Buffer.from('héllo buffer')),
  '/uint8': (req, res) => res.end(new Uint8Array([104, 105, 10])),
  '/empty': (req, res) => res.end(Buffer.alloc(0)),
  '/big': (req, res) => res.end(Buffer.alloc(100 * 1000, 'b')),
  '/after-write': (req, res) => { res.write('first;'); res.end(Buffer.from('second')); },
  '/length': (req, res) => { res.setHeader('Content-Length', 5); res.end(Buffer.from('12345')); },
  '/chunked': (req, res) => {
    res.setHeader('Transfer-Encoding', 'chunked');
    res.end(Buffer.from('in chunks'));
  },
  '/head': (req, res) => res.end(Buffer.from('not sent to HEAD')),
  '/304': (req, res) => { res.statusCode = 304; res.end(Buffer.from('dropped')); },
  '/writehead': (req, res) => {
    res.writeHead(201, { 'X-A': 'b' });
    res.end(Buffer.from('created'));
  },
  '/callback': (req, res) => res.end(Buffer.from('cb'), () => console.log('server: end callback')),
};
const paths = Object.keys(cases);

if (process.argv[2] === 'client') {
  const port = +process.argv[3];
  const s = net.connect(port, '127.0.0.1');
  let got = '';
  s.setEncoding('latin1');
  s.on('data', (d) => { got += d; });
  s.on('end', () => {
    const out = got.replace(/\r\nDate: [^\r]*/g, '').replace(/b{1000,}/g, (m) => `<${m.length} b>`);
    console.log(JSON.stringify(out).replace(/\\r\\n/g, '\\r\\n\n'));
  });
  // Every request in one go, the last closing: the responses come back in order.
  s.write(paths.map((p, i) => `${p === '/head' ? 'HEAD' : 'GET'} ${p} HTTP/1.1\r\nHost: x\r\n` +
                     (i === paths.length - 1 ? 'Connection: close\r\n' : '') + '\r\n').join(''));
  return;
}

const server = http.createServer((req, res) => {
  res.on('finish', () => console.log('server: finish', req.url));
  cases[req.url](req, res);
});
server.listen(0, '127.0.0.1', () => {
  const child = spawn(process.execPath, [__filename, 'client', server.address().port],
                      { stdio: 'inherit' });
  child.on('exit', (code) => {
    console.log('client exit', code);
    server.close();
  });
});

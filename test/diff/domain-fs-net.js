'use strict';
// Callbacks of native async operations started inside a domain (fs, dns lookup, net) run in it
// and their throws go to the domain.
const domain = require('domain');
const fs = require('fs');
const net = require('net');
const d = domain.create();
const order = [];
d.on('error', (err) => {
  console.log('caught', err.message, err.domain === d, err.domainThrown);
  order.shift()();
});
order.push(() => {
  d.run(() => {
    fs.stat(__filename, (err, st) => {
      console.log('stat cb', err, st.isFile(), process.domain === d);
      throw new Error('from stat');
    });
  });
});
order.push(() => {
  d.run(() => {
    const server = net.createServer((sock) => {
      console.log('connection domain', process.domain === d, sock.domain === d);
      sock.end();
      server.close();
      throw new Error('from connection');
    });
    server.listen(0, '127.0.0.1', () => {
      console.log('listening domain', process.domain === d);
      net.connect(server.address().port, '127.0.0.1').on('close', () => console.log('client closed'));
    });
  });
});
order.push(() => console.log('done', process.domain));
d.run(() => {
  fs.readFile('/nonexistent/x', (err) => {
    console.log('readFile cb', err.code, process.domain === d);
    throw new Error('from readFile');
  });
});

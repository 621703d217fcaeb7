'use strict';
// Requests arriving in one read: handlers run before the ticks and microtasks they queue
// (node's parser leaves the task queues for the end of the read after a request's headers and
// after its end, but drains them after each body chunk), then the responses' 'finish'/'close'
// and the requests' 'data'/'end' in node's order.
const http = require('http');
const net = require('net');

const log = [];
const server = http.createServer((req, res) => {
  const url = req.url;
  log.push(`request ${url}`);
  process.nextTick(() => log.push(`tick ${url}`));
  Promise.resolve().then(() => log.push(`microtask ${url}`));
  req.on('data', (d) => log.push(`data ${url} ${d}`));
  req.on('end', () => log.push(`end ${url}`));
  res.on('finish', () => log.push(`finish ${url}`));
  res.on('close', () => {
    log.push(`close ${url}`);
    if (url === '/c') {
      setImmediate(() => {
        console.log(log.join('\n'));
        client.destroy();
        server.close();
      });
    }
  });
  res.end(`body ${url}`);
});

let client;
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1', () => {
    client.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n' +
                 'POST /c HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nxyz');
  });
  client.resume();
});

'use strict';
// Flags: --experimental-eventsource --no-warnings
// Waiting to reconnect does not keep the process alive (node 22): the server answers once and
// goes away; after the 'error' that announces the reconnection the process exits with the source
// still CONNECTING and no second request.
const http = require('http');

const server = http.createServer((req, res) => {
  console.log('request');
  res.writeHead(200, { 'content-type': 'text/event-stream', connection: 'close' });
  res.end('retry: 200\ndata: x\n\n');
  server.close();
});
server.listen(0, () => {
  const es = new EventSource(`http://127.0.0.1:${server.address().port}/`);
  es.onmessage = (e) => console.log('message', e.data);
  es.onerror = () => console.log('error', es.readyState);
  process.on('exit', () => console.log('exit', es.readyState));
});

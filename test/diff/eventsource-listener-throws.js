'use strict';
// Flags: --experimental-eventsource --no-warnings
// An exception thrown by an EventSource listener is reported as uncaught (after the other
// listeners of that event ran, before the end of the stream is announced) and the stream goes on.
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream', connection: 'close' });
  res.end('data: one\n\ndata: two\n\n');
  server.close();
});
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
server.listen(0, () => {
  const es = new EventSource(`http://127.0.0.1:${server.address().port}/`);
  es.onmessage = (e) => { console.log('message', e.data); throw new Error('boom ' + e.data); };
  es.addEventListener('message', (e) => console.log('second listener', e.data));
  es.onerror = () => { console.log('error', es.readyState); es.close(); };
});

'use strict';
// Flags: --experimental-eventsource --no-warnings
// EventSource reconnects when the server ends the stream or drops the connection: 'error' with
// readyState CONNECTING, a new request after the `retry:` delay carrying Last-Event-ID, 'open'
// again; an unfinished event is dropped; a 204 then fails the connection (CLOSED, no more
// requests). The request headers are node 22's, in its order.
const http = require('http');

let requests = 0;
const server = http.createServer((req, res) => {
  requests++;
  const headers = { ...req.headers, host: 'HOST' };
  console.log('request', requests, req.method, req.url, JSON.stringify(headers));
  if (requests === 1) {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end('retry: 20\nid: 1\ndata: a\n\nid: 9\ndata: unfinished');
  } else if (requests === 2) {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
    res.write('id: 2\ndata: b\n\n', () => setTimeout(() => res.destroy(), 10));
  } else if (requests === 3) {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end('id\ndata: c\n\nid: 3\n\n');
  } else {
    res.writeHead(204);
    res.end();
  }
});

server.listen(0, () => {
  const es = new EventSource(`http://127.0.0.1:${server.address().port}/stream?x=1`);
  console.log('constructed', es.readyState);
  es.onopen = (e) => console.log('open', es.readyState, e.constructor.name, e.isTrusted);
  es.onmessage = (e) => console.log('message', e.data, e.lastEventId, es.readyState,
                                    e.constructor.name, e.origin === new URL(es.url).origin);
  es.onerror = (e) => {
    console.log('error', es.readyState, e.constructor.name);
    if (es.readyState === EventSource.CLOSED) {
      setTimeout(() => {
        console.log('requests', requests, 'readyState', es.readyState);
        server.close();
      }, 50);
    }
  };
});

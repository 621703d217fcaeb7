'use strict';
// Flags: --experimental-eventsource --no-warnings
// EventSource's failures and close(): a non-200 status, a 204, a wrong or missing Content-Type
// fail the connection (one 'error', CLOSED, no reconnection); a Content-Type with parameters,
// a redirect (messages carry the final URL's origin, url stays the first) and a gzip body work;
// a refused connection fires 'error' twice (CONNECTING) and closes; close() while connecting
// (twice 'error', CLOSED; once when the fetch was failing anyway: a bad port, another scheme),
// in 'open', in 'message' (the rest of that chunk is still dispatched, as in node 22) and while
// waiting to reconnect.
const http = require('http');
const zlib = require('zlib');

let requests = 0;
const server = http.createServer((req, res) => {
  requests++;
  const port = server.address().port;
  const stream = { 'content-type': 'text/event-stream' };
  switch (req.url) {
    case '/500': res.writeHead(500, stream); res.end('data: x\n\n'); break;
    case '/204': res.writeHead(204); res.end(); break;
    case '/plain': res.writeHead(200, { 'content-type': 'text/plain' }); res.end('data: x\n\n'); break;
    case '/none': res.writeHead(200); res.end('data: x\n\n'); break;
    case '/params': res.writeHead(200, { 'content-type': 'Text/Event-Stream ; charset=utf-8' }); res.end('data: p\n\n'); break;
    case '/redirect': res.writeHead(302, { location: '/params' }); res.end(); break;
    case '/cross': res.writeHead(307, { location: `http://localhost:${port}/params` }); res.end(); break;
    case '/gzip':
      res.writeHead(200, { ...stream, 'content-encoding': 'gzip' });
      res.end(zlib.gzipSync('data: zipped\n\n'));
      break;
    case '/two': res.writeHead(200, stream); res.write('data: one\n\ndata: two\n\n'); break;
    case '/retry': res.writeHead(200, stream); res.end('retry: 10\ndata: r\n\n'); break;
    default: res.writeHead(200, stream); res.write('data: hello\n\n'); break;
  }
});

const mask = (s) => s.replace(/:\d{2,}/, ':PORT');

function run(name, path, setup) {
  return new Promise((resolve) => {
    console.log(`== ${name}`);
    const before = requests;
    const url = path.startsWith('http') || path.startsWith('ftp') ? path :
      `http://127.0.0.1:${server.address().port}${path}`;
    const es = new EventSource(url);
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      setTimeout(() => {
        console.log('end', es.readyState, 'requests', requests - before);
        resolve();
      }, 100);
    };
    es.onopen = () => console.log('open', es.readyState, mask(es.url));
    es.onmessage = (e) => console.log('message', e.data, mask(e.origin), es.readyState);
    es.onerror = () => console.log('error', es.readyState);
    setup(es, done);
  });
}

const closedOnError = (es, done) => es.addEventListener('error', () => {
  if (es.readyState === EventSource.CLOSED) done();
});
const closeOnMessage = (es, done) => es.addEventListener('message', () => {
  es.close();
  done();
});

server.listen(0, async () => {
  await run('status 500', '/500', closedOnError);
  await run('status 204', '/204', closedOnError);
  await run('text/plain', '/plain', closedOnError);
  await run('no content-type', '/none', closedOnError);
  await run('content-type parameters', '/params', closeOnMessage);
  await run('redirect', '/redirect', closeOnMessage);
  await run('cross-origin redirect', '/cross', closeOnMessage);
  await run('gzip', '/gzip', closeOnMessage);
  await run('refused', 'http://127.0.0.1:1/', (es, done) => {
    let errors = 0;
    es.addEventListener('error', () => {
      if (++errors === 2) setImmediate(done);
    });
  });
  await run('close while connecting', '/', (es, done) => {
    let errors = 0;
    es.addEventListener('error', () => {
      if (++errors === 2) done();
    });
    es.close();
    console.log('closed', es.readyState);
  });
  await run('close while connecting to a bad port', 'http://127.0.0.1:1/', (es, done) => {
    es.addEventListener('error', done);
    es.close();
  });
  await run('close while connecting to another scheme', 'ftp://127.0.0.1/', (es, done) => {
    es.addEventListener('error', done);
    es.close();
  });
  await run('close in open', '/', (es, done) => {
    es.addEventListener('open', () => {
      es.close();
      done();
    });
  });
  await run('close in message', '/two', closeOnMessage);
  await run('close while reconnecting', '/retry', (es, done) => {
    es.addEventListener('error', () => {
      es.close();
      done();
    });
  });
  server.close();
});

'use strict';
// Stream endings seen from both sides, per side: close() with INTERNAL_ERROR and CANCEL,
// destroy() with and without an error, a client closing a stream the server never answers, and
// a normal response. Events, error codes/messages and rstCode, as node 22 reports them.
const http2 = require('http2');

const logs = {};
const log = (side, path, ...a) => {
  (logs[`${path} ${side}`] ??= []).push(a.filter((x) => x !== undefined).join(' '));
};
const watch = (side, path, stream, events) => {
  for (const ev of events) {
    stream.on(ev, (e) => log(side, path, ev, e && (e.code || e[':status']), e && e.message,
                             `rst=${stream.rstCode}`));
  }
};

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  const path = headers[':path'];
  // (When a stream that never called respond() sees 'finish' depends on node's native
  // shutdown timing; /ok leaves it out.)
  watch('server', path, stream,
        path === '/ok' ? ['close', 'error', 'end'] : ['aborted', 'close', 'error', 'end', 'finish']);
  stream.resume();
  if (path === '/rst') stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
  else if (path === '/cancel') stream.close(http2.constants.NGHTTP2_CANCEL);
  else if (path === '/destroy') stream.destroy();
  else if (path === '/destroyerr') stream.destroy(new Error('boom'));
  else if (path === '/ok') stream.end('fine');
});
server.listen(0, async () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  for (const path of ['/rst', '/cancel', '/destroy', '/destroyerr', '/hang', '/ok']) {
    await new Promise((resolve) => {
      const req = client.request({ ':path': path });
      watch('client', path, req, ['aborted', 'close', 'error', 'end', 'finish', 'response']);
      req.resume();
      let pending = 2;
      const done = () => { if (--pending === 0) resolve(); };
      req.on('close', done);
      server.once('stream', (s) => {
        s.on('close', done);
        if (path === '/hang') setImmediate(() => req.close(http2.constants.NGHTTP2_CANCEL));
      });
      if (path !== '/hang') req.end();
    });
  }
  client.close(() => {
    server.close();
    for (const key of Object.keys(logs)) console.log(key, JSON.stringify(logs[key]));
  });
});

'use strict';
// The classic pattern: each request handled in its own domain; a throw in an async callback of
// the handler is turned into a 500 response by the domain's 'error' handler.
const domain = require('domain');
const http = require('http');
const server = http.createServer((req, res) => {
  const d = domain.create();
  d.on('error', (err) => {
    console.log('request domain caught', err.message, err.domainThrown, process.domain);
    res.statusCode = 500;
    res.end('oops');
  });
  d.add(req);
  d.add(res);
  d.run(() => {
    setTimeout(() => {
      console.log('handler domain', process.domain === d, req.domain === d);
      if (req.url === '/boom') throw new Error('handler failed');
      res.end('fine');
    }, 1);
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const get = (path, cb) => http.get({ port, host: '127.0.0.1', path }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (c) => { body += c; });
    res.on('end', () => { console.log(path, res.statusCode, body); cb(); });
  });
  get('/ok', () => get('/boom', () => get('/ok', () => server.close())));
});

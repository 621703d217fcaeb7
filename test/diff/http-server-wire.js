'use strict';
// The exact bytes an http.Server answers with, for many kinds of requests and responses.
const { http, serve, series, show } = require('./_http_wire');

function scenario(label, handler, input, opts) {
  return (next) => {
    const { props, ...options } = opts || {};
    const server = http.createServer(options, handler);
    Object.assign(server, props);
    server.on('dropRequest', (req) => console.log(`${label} dropRequest ${req.url}`));
    server.on('clientError', (err, socket) => {
      console.log(`${label} clientError ${err.code} ${err.message} bytesParsed=${err.bytesParsed}`);
      socket.destroy();
    });
    serve(server, input, (bytes) => {
      show(label, bytes);
      next();
    });
  };
}

function defaultClientError(label, input, opts) {
  return (next) => {
    const server = http.createServer(opts || {}, () => {});
    serve(server, input, (bytes) => {
      show(label, bytes);
      next();
    });
  };
}

const GET = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';

series([
  scenario('end string', (req, res) => res.end('Hello World'), GET),
  scenario('end empty', (req, res) => res.end(), GET),
  scenario('end buffer', (req, res) => res.end(Buffer.from('abc')), GET),
  scenario('write+end chunked', (req, res) => { res.write('abc'); res.write(Buffer.from('de')); res.end('f'); }, GET),
  scenario('write empty', (req, res) => { res.write(''); res.end(); }, GET),
  scenario('setHeader', (req, res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.setHeader('X-List', ['a', 'b']);
    res.setHeader('Set-Cookie', ['c=1', 'd=2']);
    res.statusCode = 201;
    res.end('x');
  }, GET),
  scenario('writeHead object', (req, res) => {
    res.setHeader('X-Before', '1');
    res.writeHead(404, { 'Content-Type': 'text/html', 'X-Before': '2' }).end('nf');
  }, GET),
  scenario('writeHead array', (req, res) => {
    res.writeHead(200, 'Fine', ['A', '1', 'A', '2', 'B', '3']);
    res.end();
  }, GET),
  scenario('writeHead array merge', (req, res) => {
    res.setHeader('A', '0');
    res.setHeader('C', '9');
    res.writeHead(200, ['A', '1', 'A', '2']);
    res.end();
  }, GET),
  scenario('writeHead nested array', (req, res) => {
    res.writeHead(202, [['X', 'y'], ['Z', 'w']]);
    res.end('q');
  }, GET),
  scenario('content-length user', (req, res) => {
    res.setHeader('Content-Length', 3);
    res.write('ab');
    res.end('c');
  }, GET),
  scenario('HEAD', (req, res) => res.end('body ignored'), 'HEAD / HTTP/1.1\r\nHost: x\r\n\r\n'),
  scenario('204', (req, res) => { res.statusCode = 204; res.end('nope'); }, GET),
  scenario('304', (req, res) => { res.writeHead(304, { ETag: '"x"' }); res.end(); }, GET),
  scenario('connection close', (req, res) => res.end('bye'),
           'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
  scenario('http/1.0', (req, res) => { res.write('a'); res.end('b'); }, 'GET / HTTP/1.0\r\n\r\n'),
  scenario('http/1.0 keep-alive', (req, res) => res.end('ka'),
           'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n'),
  scenario('remove date', (req, res) => { res.removeHeader('Date'); res.end(); }, GET),
  scenario('sendDate false', (req, res) => { res.sendDate = false; res.end(); }, GET),
  scenario('remove content-length and te', (req, res) => {
    res.removeHeader('Content-Length');
    res.removeHeader('Transfer-Encoding');
    res.end('raw');
  }, GET),
  scenario('user connection close', (req, res) => {
    res.setHeader('Connection', 'close');
    res.end('c');
  }, GET),
  scenario('user keep-alive header', (req, res) => {
    res.setHeader('Keep-Alive', 'timeout=9');
    res.end('c');
  }, GET),
  scenario('trailers', (req, res) => {
    res.setHeader('Trailer', 'X-T');
    res.write('a');
    res.addTrailers({ 'X-T': 'v' });
    res.end();
  }, GET),
  scenario('flushHeaders', (req, res) => { res.flushHeaders(); res.end('late'); }, GET),
  scenario('status message', (req, res) => { res.statusMessage = 'Yes'; res.end(); }, GET),
  scenario('unknown status', (req, res) => { res.writeHead(599); res.end(); }, GET),
  scenario('early hints', (req, res) => {
    res.writeEarlyHints({ link: '</a.css>; rel=preload; as=style', 'x-h': '1' });
    res.writeProcessing();
    res.end('ok');
  }, GET),
  scenario('pipelined', (req, res) => res.end(req.url),
           'GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n'),
  scenario('pipelined async order', (req, res) => {
    setImmediate(() => res.end(req.url), req.url === '/1' ? 3 : 0);
  }, 'GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n'),
  scenario('post body', (req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => res.end(`got ${body} ${req.complete}`));
  }, ['POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhe', 'llo']),
  scenario('chunked body', (req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => res.end(`${body}|${JSON.stringify(req.trailers)}|${req.rawTrailers}`));
  }, 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\nX-Tr: 1\r\n\r\n'),
  scenario('expect continue', (req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => res.end(body));
  }, ['POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n', 'ok']),
  scenario('expect other', () => {}, 'GET / HTTP/1.1\r\nHost: x\r\nExpect: magic\r\n\r\n'),
  scenario('no host', () => {}, 'GET / HTTP/1.1\r\n\r\n'),
  scenario('no host allowed', (req, res) => res.end('fine'), 'GET / HTTP/1.1\r\n\r\n',
           { requireHostHeader: false }),
  scenario('keepAliveTimeout 0', (req, res) => res.end(), GET, { keepAliveTimeout: 0 }),
  scenario('keepAliveTimeout 65000', (req, res) => res.end(), GET, { keepAliveTimeout: 65000 }),
  scenario('clientError listener', () => {}, 'GET / HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n'),
  defaultClientError('default 400', 'GARBAGE\r\n\r\n'),
  defaultClientError('default 431', `GET / HTTP/1.1\r\nHost: x\r\nX: ${'a'.repeat(17000)}\r\n\r\n`),
  defaultClientError('small maxHeaderSize', `GET / HTTP/1.1\r\nHost: x\r\nX: ${'a'.repeat(200)}\r\n\r\n`,
                     { maxHeaderSize: 100 }),
  scenario('maxRequestsPerSocket', (req, res) => res.end(req.url),
           'GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n',
           { props: { maxRequestsPerSocket: 1 } }),
]);

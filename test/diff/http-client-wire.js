'use strict';
// What http.request() puts on the wire, and the events a ClientRequest and its response emit,
// against a scripted peer on an in-memory duplex.
const { http, duplexPair, norm, settle, series, show } = require('./_http_wire');

// `reply` is written once the peer saw the request's end (a blank line or a final chunk), or as
// soon as any bytes arrive when `replyEarly` is set.
function scenario(label, options, drive, reply, { replyEarly = false, endPeer = false } = {}) {
  return (next) => {
    const [a, b] = duplexPair();
    let sent = '';
    let replied = false;
    const events = [];
    b.on('data', (d) => {
      sent += d.toString('latin1');
      if (!replied && reply !== null && (replyEarly || sent.includes('\r\n\r\n'))) {
        replied = true;
        // Reply after the client's writes settled, as a remote peer would.
        settle(() => {
          for (const part of [].concat(reply)) b.write(part);
          if (endPeer) b.end();
        });
      }
    });
    const req = http.request({ createConnection: () => a, ...options });
    for (const ev of ['socket', 'finish', 'prefinish', 'close', 'abort', 'continue', 'timeout', 'drain']) {
      req.on(ev, () => events.push(`req:${ev}`));
    }
    req.on('information', (info) => events.push(`req:information ${info.statusCode} ${JSON.stringify(info.headers)}`));
    req.on('error', (err) => events.push(`req:error ${err.code} ${err.message}`));
    req.on('upgrade', (res, socket, head) => {
      events.push(`req:upgrade ${res.statusCode} head=${JSON.stringify(head.toString())}`);
      socket.destroy();
    });
    req.on('response', (res) => {
      events.push(`req:response ${res.statusCode} ${res.statusMessage} ${res.httpVersion} ` +
                  `${JSON.stringify(res.headers)} ${JSON.stringify(res.rawHeaders)}`);
      let body = '';
      res.on('data', (d) => { body += d; events.push(`res:data ${JSON.stringify(d.toString())}`); });
      res.on('end', () => events.push(`res:end complete=${res.complete} body=${JSON.stringify(body)} ` +
                                      `trailers=${JSON.stringify(res.trailers)}`));
      res.on('close', () => events.push('res:close'));
      res.on('aborted', () => events.push('res:aborted'));
      res.on('error', (err) => events.push(`res:error ${err.code} ${err.message}`));
    });
    drive(req);
    settle(() => {
      show(`${label} sent`, norm(sent));
      console.log(`${label} events: ${events.join(', ')}`);
      next();
    }, 8);
  };
}

const OK = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';

series([
  scenario('get', { host: 'example.com', path: '/a?b=c' }, (r) => r.end(), OK),
  scenario('get port', { host: 'h', port: 8080 }, (r) => r.end(), OK),
  scenario('ipv6 host', { host: '::1', port: 81 }, (r) => r.end(), OK),
  scenario('defaultPort', { host: 'h', port: 80, defaultPort: 80 }, (r) => r.end(), OK),
  scenario('post end data', { method: 'post', host: 'h' }, (r) => r.end('body'), OK),
  scenario('post chunked', { method: 'POST', host: 'h' }, (r) => { r.write('ab'); r.write('c'); r.end(); }, OK),
  scenario('put empty', { method: 'PUT', host: 'h' }, (r) => r.end(), OK),
  scenario('headers object', { host: 'h', headers: { 'X-A': '1', Cookie: ['a=1', 'b=2'], 'x-list': ['p', 'q'] } },
           (r) => r.end(), OK),
  scenario('headers array', { host: 'h', headers: ['X-A', '1', 'Host', 'other', 'X-A', '2'] }, (r) => r.end(), OK),
  scenario('auth', { host: 'h', auth: 'user:pass' }, (r) => r.end(), OK),
  scenario('setHost false', { host: 'h', setHost: false }, (r) => r.end(), OK),
  scenario('setHeader after', { host: 'h' }, (r) => {
    r.setHeader('X-Late', 'yes');
    r.removeHeader('host');
    r.end();
  }, OK),
  scenario('flushHeaders', { method: 'POST', host: 'h' }, (r) => { r.flushHeaders(); r.end('x'); }, OK),
  scenario('content-length given', { method: 'POST', host: 'h', headers: { 'Content-Length': 3 } },
           (r) => { r.write('a'); r.end('bc'); }, OK),
  scenario('chunked response', { host: 'h' }, (r) => r.end(),
           'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n1\r\nc\r\n0\r\nX-T: 1\r\n\r\n'),
  scenario('close-delimited response', { host: 'h' }, (r) => r.end(),
           'HTTP/1.0 200 OK\r\nServer: s\r\n\r\nuntil close', { endPeer: true }),
  scenario('head', { method: 'HEAD', host: 'h' }, (r) => r.end(), 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n'),
  scenario('204', { host: 'h' }, (r) => r.end(), 'HTTP/1.1 204 No Content\r\n\r\n'),
  scenario('304', { host: 'h' }, (r) => r.end(), 'HTTP/1.1 304 Not Modified\r\nETag: "x"\r\n\r\n'),
  scenario('dup headers', { host: 'h' }, (r) => r.end(),
           'HTTP/1.1 200 OK\r\nSet-Cookie: a\r\nSet-Cookie: b\r\nX-D: 1\r\nX-D: 2\r\nContent-Type: a\r\n' +
           'Content-Type: b\r\nContent-Length: 0\r\n\r\n'),
  scenario('joinDuplicateHeaders', { host: 'h', joinDuplicateHeaders: true }, (r) => r.end(),
           'HTTP/1.1 200 OK\r\nContent-Type: a\r\nContent-Type: b\r\nContent-Length: 0\r\n\r\n'),
  scenario('information', { host: 'h' }, (r) => r.end(),
           ['HTTP/1.1 102 Processing\r\nX-P: 1\r\n\r\n', 'HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n', OK]),
  scenario('expect continue', { method: 'POST', host: 'h', headers: { Expect: '100-continue' } },
           (r) => r.on('continue', () => r.end('payload')),
           'HTTP/1.1 100 Continue\r\n\r\n', { replyEarly: true }),
  scenario('hang up', { host: 'h' }, (r) => r.end(), [], { endPeer: true }),
  scenario('parse error', { host: 'h' }, (r) => r.end(), 'HTTP/1.1 abc\r\n\r\n'),
  scenario('abort', { host: 'h' }, (r) => { r.end(); r.abort(); }, null),
  scenario('destroy', { host: 'h' }, (r) => { r.end(); r.destroy(); }, null),
  scenario('upgrade', { host: 'h', headers: { Connection: 'Upgrade', Upgrade: 'x' } }, (r) => r.end(),
           'HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\nextra'),
  scenario('aborted response', { host: 'h' }, (r) => r.end(),
           'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc', { endPeer: true }),
]);

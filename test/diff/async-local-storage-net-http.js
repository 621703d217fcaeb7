'use strict';
// AsyncLocalStorage through net and http: stores seen by connection, data, request, response
// and close handlers, on both sides, with stores entered per connection and per request.
const { AsyncLocalStorage } = require('async_hooks');
const net = require('net');
const http = require('http');

const als = new AsyncLocalStorage();
const log = [];
function note(label) { log.push(`${label}: ${JSON.stringify(als.getStore())}`); }

function netPart() {
  return new Promise((done) => {
    const server = als.run('net server', () => net.createServer((sock) => {
      note('connection');
      als.enterWith('per connection');
      sock.on('data', (d) => {
        note(`server data ${d}`);
        sock.end('bye');
      });
      sock.on('close', () => note('server socket close'));
    }));
    als.run('net listen', () => server.listen(0, '127.0.0.1', () => {
      note('listening');
      als.run('net client', () => {
        const c = net.connect(server.address().port, '127.0.0.1', () => {
          note('client connect');
          c.write('hi');
        });
        c.on('data', (d) => note(`client data ${d}`));
        c.on('end', () => note('client end'));
        c.on('close', () => {
          note('client close');
          server.close(() => { note('server closed'); done(); });
        });
      });
    }));
  });
}

function httpPart() {
  return new Promise((done) => {
    const server = http.createServer((req, res) => {
      note(`request ${req.url}`);
      als.run(`req ${req.url}`, () => {
        req.on('data', () => {});
        req.on('end', () => {
          note('request end');
          setTimeout(() => {
            note('handler timer');
            res.on('finish', () => note('response finish'));
            res.end(`body ${req.url}`);
          }, 1);
        });
      });
    });
    als.run('http listen', () => server.listen(0, '127.0.0.1', async () => {
      for (const path of ['/one', '/two']) {
        await als.run(`client ${path}`, () => new Promise((resolve) => {
          const req = http.request({ port: server.address().port, host: '127.0.0.1', path,
                                     method: 'POST', agent: false }, (res) => {
            note(`response ${res.statusCode}`);
            res.setEncoding('utf8');
            res.on('data', (d) => note(`response data ${d}`));
            res.on('end', () => { note('response end'); resolve(); });
          });
          req.on('finish', () => note('request sent'));
          req.end('payload');
        }));
      }
      note('after requests');
      server.close(() => { note('http closed'); done(); });
    }));
  });
}

(async () => {
  await netPart();
  log.push('--');
  await httpPart();
  console.log(log.join('\n'));
})();

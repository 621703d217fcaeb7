'use strict';
// Networking packages exercised on 127.0.0.1 (servers, clients, proxies, websockets, realtime,
// mail, ssh, dns, test tools, gRPC, GraphQL, tRPC), run by node 22 and by nodus (test-pm-live-packages-net.js):
// stdout must be the same bytes. `node net-app.js a b ...` runs the named cases in order.
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');
const log = (...a) => console.log(...a);

function listen(server) {
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server.address().port)));
}
function closeServer(server) {
  return new Promise((r) => { if (server.closeAllConnections) server.closeAllConnections(); server.close(() => r()); });
}
function request(port, p, opts = {}, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: p, agent: false, ...opts }, (res) => {
      let d = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { d += c; });
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], body: d, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
async function show(name, port, p, opts, body) {
  const r = await request(port, p, opts, body);
  log(name, (opts && opts.method) || 'GET', p, r.status, r.type, r.body.length > 300 ? r.body.slice(0, 300) + '...' : r.body);
  return r;
}
function jsonServer() {
  return http.createServer((req, res) => {
    let d = '';
    req.on('data', (c) => { d += c; });
    req.on('end', () => {
      if (req.url === '/r') { res.writeHead(302, { location: '/j' }); return res.end(); }
      if (req.url.startsWith('/flaky') && (jsonServer.flaky = (jsonServer.flaky || 0) + 1) < 3) { res.statusCode = 503; return res.end('busy'); }
      res.setHeader('content-type', 'application/json');
      res.statusCode = req.url === '/404' ? 404 : 200;
      res.end(JSON.stringify({ m: req.method, u: req.url, d, ct: req.headers['content-type'] || null, via: req.headers['x-via'] || null }));
    });
  });
}
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'pm-live-net-'));

const cases = {
  async hapi() {
    const Hapi = require('@hapi/hapi');
    const server = Hapi.server({ port: 0, host: '127.0.0.1' });
    server.route({ method: 'GET', path: '/', handler: () => ({ hello: 'hapi' }) });
    server.route({ method: 'POST', path: '/echo/{id}', handler: (req) => ({ id: req.params.id, body: req.payload, q: req.query }) });
    server.route({ method: 'GET', path: '/boom', handler: () => { throw new Error('boom'); } });
    await server.start();
    const port = server.info.port;
    await show('hapi', port, '/');
    await show('hapi', port, '/echo/7?x=1', { method: 'POST', headers: { 'content-type': 'application/json' } }, '{"a":1}');
    await show('hapi', port, '/nope');
    await show('hapi', port, '/boom');
    const inj = await server.inject({ method: 'GET', url: '/' });
    log('hapi inject', inj.statusCode, inj.payload);
    await server.stop();
  },
  async restify() {
    const restify = require('restify');
    const server = restify.createServer({ name: 'r', log: undefined, handleUncaughtExceptions: false });
    server.use(restify.plugins.bodyParser());
    server.use(restify.plugins.queryParser());
    server.get('/hello/:name', (req, res, next) => { res.send({ hello: req.params.name, q: req.query }); next(); });
    server.post('/echo', (req, res, next) => { res.send(201, req.body); next(); });
    const port = await listen(server);
    await show('restify', port, '/hello/bob?x=2');
    await show('restify', port, '/echo', { method: 'POST', headers: { 'content-type': 'application/json' } }, '{"a":[1,2]}');
    await show('restify', port, '/missing');
    await new Promise((r) => server.close(r));
  },
  async polka() {
    const polka = require('polka');
    const app = polka();
    app.use((req, res, next) => { res.setHeader('x-mw', '1'); next(); });
    app.get('/users/:id', (req, res) => { res.end(`user ${req.params.id} ${JSON.stringify(req.query)}`); });
    await new Promise((r) => app.listen(0, '127.0.0.1', r));
    const port = app.server.address().port;
    const r = await show('polka', port, '/users/42?a=b');
    log('polka mw', r.headers['x-mw']);
    await show('polka', port, '/nope');
    await closeServer(app.server);
  },
  async h3() {
    const { createApp, createRouter, eventHandler, toNodeListener, readBody, getQuery, createError } = require('h3');
    const app = createApp();
    const router = createRouter()
      .get('/', eventHandler(() => ({ hello: 'h3' })))
      .post('/echo', eventHandler(async (e) => ({ body: await readBody(e), q: getQuery(e) })))
      .get('/err', eventHandler(() => { throw createError({ statusCode: 418, statusMessage: 'teapot' }); }));
    app.use(router);
    const server = http.createServer(toNodeListener(app));
    const port = await listen(server);
    await show('h3', port, '/');
    await show('h3', port, '/echo?z=1', { method: 'POST', headers: { 'content-type': 'application/json' } }, '{"k":"v"}');
    const e = await request(port, '/err');
    log('h3 err', e.status, JSON.parse(e.body).statusMessage);
    await closeServer(server);
  },
  async listhen() {
    const { listen: lh } = require('listhen');
    const listener = await lh((req, res) => res.end('listhen ok ' + req.url), { port: 0, hostname: '127.0.0.1', showURL: false, isProd: true, qr: false, public: false });
    const port = new URL(listener.url).port;
    await show('listhen', port, '/x');
    await listener.close();
  },
  async 'hono-node'() {
    const { serve } = require('@hono/node-server');
    const { Hono } = require('hono');
    const { streamText } = require('hono/streaming');
    const app = new Hono();
    app.get('/', (c) => c.json({ hello: 'hono' }));
    app.post('/form', async (c) => c.json(await c.req.parseBody()));
    app.get('/stream', (c) => streamText(c, async (s) => { await s.write('a'); await s.write('b'); await s.write('c'); }));
    let server;
    const port = await new Promise((r) => { server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (i) => r(i.port)); });
    await show('hono', port, '/');
    await show('hono', port, '/form', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 'a=1&b=2');
    await show('hono', port, '/stream');
    await closeServer(server);
  },
  async micro() {
    const { serve, json, send, createError } = require('micro');
    const handler = async (req, res) => {
      if (req.url === '/err') throw createError(400, 'bad thing');
      if (req.method === 'POST') return { got: await json(req) };
      send(res, 200, { hello: 'micro' });
    };
    const server = http.createServer(serve(handler));
    const port = await listen(server);
    await show('micro', port, '/');
    await show('micro', port, '/', { method: 'POST' }, '{"x":1}');
    await show('micro', port, '/err');
    await closeServer(server);
  },
  async 'fastify-plugins'() {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'hello.txt'), 'static hello\n');
    const app = require('fastify')();
    await app.register(require('@fastify/cors'), { origin: 'http://a.example' });
    await app.register(require('@fastify/static'), { root: dir, prefix: '/s/' });
    await app.register(require('@fastify/websocket'));
    app.get('/ws', { websocket: true }, (socket) => { socket.on('message', (m) => socket.send('fws:' + m)); });
    app.get('/j', async () => ({ ok: 1 }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = app.server.address().port;
    const r = await show('fastify', port, '/s/hello.txt');
    log('fastify static', r.headers['content-length'], typeof r.headers.etag, r.headers['cache-control']);
    const c = await request(port, '/j', { headers: { origin: 'http://a.example' } });
    log('fastify cors', c.headers['access-control-allow-origin'], c.body);
    const pre = await request(port, '/j', { method: 'OPTIONS', headers: { origin: 'http://a.example', 'access-control-request-method': 'POST' } });
    log('fastify preflight', pre.status, pre.headers['access-control-allow-methods']);
    const WebSocket = require('ws');
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`);
    await new Promise((r) => ws.on('open', r));
    ws.send('ping');
    log('fastify ws', String(await new Promise((r) => ws.once('message', r))));
    ws.close();
    await new Promise((r) => ws.on('close', r));
    await app.close();
    fs.rmSync(dir, { recursive: true });
  },
  async 'express5-upload'() {
    const express = require('express');
    const multer = require('multer');
    const Busboy = require('busboy');
    const upload = multer({ storage: multer.memoryStorage() });
    const app = express();
    app.post('/multer', upload.fields([{ name: 'f' }, { name: 'g' }]), (req, res) => {
      res.json({ body: req.body, files: Object.values(req.files).flat().map((f) => [f.fieldname, f.originalname, f.mimetype, f.size, f.buffer.toString()]) });
    });
    app.post('/busboy', (req, res) => {
      const bb = Busboy({ headers: req.headers });
      const ev = [];
      bb.on('file', (name, stream, info) => { let n = 0; stream.on('data', (d) => { n += d.length; }); stream.on('end', () => ev.push(['file', name, info.filename, info.mimeType, n])); });
      bb.on('field', (name, val) => ev.push(['field', name, val]));
      bb.on('close', () => res.json(ev));
      req.pipe(bb);
    });
    app.get('/p/{*rest}', (req, res) => res.json(req.params));
    app.use((err, req, res, next) => res.status(500).json({ err: err.message }));
    const server = await new Promise((r) => { const s = app.listen(0, '127.0.0.1', () => r(s)); });
    const port = server.address().port;
    const fd = new FormData();
    fd.append('name', 'x');
    fd.append('f', new Blob(['hello file'], { type: 'text/plain' }), 'a.txt');
    fd.append('g', new Blob([Buffer.alloc(70000, 'z')], { type: 'application/octet-stream' }), 'big.bin');
    for (const p of ['/multer', '/busboy']) {
      const r = await fetch(`http://127.0.0.1:${port}${p}`, { method: 'POST', body: fd });
      log('express5', p, r.status, (await r.text()).replace(/z{100,}/g, 'z...'));
    }
    await show('express5', port, '/p/a/b/c');
    await closeServer(server);
  },
  async 'http-proxy'() {
    const httpProxy = require('http-proxy');
    const { createProxyMiddleware } = require('http-proxy-middleware');
    const expressProxy = require('express-http-proxy');
    const express = require('express');
    const target = jsonServer();
    const tport = await listen(target);
    const proxy = httpProxy.createProxyServer({ target: `http://127.0.0.1:${tport}`, headers: { 'x-via': 'http-proxy' } });
    proxy.listen(0, '127.0.0.1');
    await new Promise((r) => proxy._server.once('listening', r));
    await show('http-proxy', proxy._server.address().port, '/a?b=1', { method: 'POST', headers: { 'content-type': 'text/plain' } }, 'body1');
    const app = express();
    app.use('/hpm', createProxyMiddleware({ target: `http://127.0.0.1:${tport}`, changeOrigin: true, headers: { 'x-via': 'hpm' } }));
    app.use('/ehp', expressProxy(`127.0.0.1:${tport}`, { proxyReqOptDecorator: (o) => { o.headers['x-via'] = 'ehp'; return o; } }));
    const server = await new Promise((r) => { const s = app.listen(0, '127.0.0.1', () => r(s)); });
    const port = server.address().port;
    await show('hpm', port, '/hpm/x/y?z=1');
    await show('ehp', port, '/ehp/q', { method: 'PUT', headers: { 'content-type': 'application/json' } }, '{"a":1}');
    await show('ehp', port, '/ehp/404');
    proxy.close();
    await closeServer(server);
    await closeServer(target);
  },
  async needle() {
    const needle = require('needle');
    const server = jsonServer();
    const port = await listen(server);
    const u = `http://127.0.0.1:${port}`;
    let r = await needle('get', `${u}/r`, { follow_max: 2 });
    log('needle get', r.statusCode, JSON.stringify(r.body));
    r = await needle('post', `${u}/p`, { a: 1 }, { json: true });
    log('needle post', r.statusCode, JSON.stringify(r.body));
    r = await needle('post', `${u}/f`, { a: 'x y', b: '2' });
    log('needle form', r.statusCode, JSON.stringify(r.body));
    await new Promise((res) => needle.get(`${u}/404`, {}, (err, resp, body) => { log('needle cb', err, resp.statusCode, JSON.stringify(body)); res(); }));
    const chunks = [];
    await new Promise((res) => needle.get(`${u}/s`, { parse: false }).on('data', (d) => chunks.push(d)).on('done', (err) => { log('needle stream', err, Buffer.concat(chunks).toString()); res(); }));
    await closeServer(server);
  },
  async superagent() {
    const superagent = require('superagent');
    const server = jsonServer();
    const port = await listen(server);
    const u = `http://127.0.0.1:${port}`;
    let r = await superagent.get(`${u}/r`).query({ a: 1 });
    log('superagent get', r.status, JSON.stringify(r.body), r.redirects.length);
    r = await superagent.post(`${u}/p`).send({ x: [1, 2] }).set('x-via', 'sa');
    log('superagent post', r.status, JSON.stringify(r.body));
    r = await superagent.post(`${u}/m`).field('a', '1').attach('f', Buffer.from('file!'), 'f.txt');
    log('superagent multipart', r.status, r.body.ct.split(';')[0], r.body.d.includes('file!'));
    try { await superagent.get(`${u}/404`); } catch (e) { log('superagent 404', e.status, e.message); }
    r = await superagent.get(`${u}/flaky`).retry(3);
    log('superagent retry', r.status, JSON.stringify(r.body));
    jsonServer.flaky = 0;
    await closeServer(server);
  },
  async phin() {
    const phin = require('phin');
    const server = jsonServer();
    const port = await listen(server);
    let r = await phin({ url: `http://127.0.0.1:${port}/j`, parse: 'json' });
    log('phin', r.statusCode, JSON.stringify(r.body));
    r = await phin({ url: `http://127.0.0.1:${port}/p`, method: 'POST', data: { a: 1 } });
    log('phin post', r.statusCode, r.body.toString());
    r = await phin({ url: `http://127.0.0.1:${port}/r`, followRedirects: true });
    log('phin follow', r.statusCode, r.body.toString());
    await closeServer(server);
  },
  async ky() {
    const { default: ky } = await import('ky');
    const server = jsonServer();
    const port = await listen(server);
    const api = ky.create({ prefixUrl: `http://127.0.0.1:${port}`, retry: { limit: 3, methods: ['get'], statusCodes: [503], backoffLimit: 1 } });
    log('ky get', JSON.stringify(await api.get('j', { searchParams: { q: 'x y' } }).json()));
    log('ky post', JSON.stringify(await api.post('p', { json: { a: 1 } }).json()));
    log('ky retry', JSON.stringify(await api.get('flaky').json()));
    jsonServer.flaky = 0;
    try { await api.get('404'); } catch (e) { log('ky err', e.name, e.response.status, e.message.replace(String(port), 'P')); }
    await closeServer(server);
  },
  async 'node-fetch'() {
    const fetch2 = require('node-fetch2');
    const { default: fetch3, FormData: FD3, Headers: H3 } = await import('node-fetch');
    const server = jsonServer();
    const port = await listen(server);
    const u = `http://127.0.0.1:${port}`;
    for (const [name, f] of [['v2', fetch2], ['v3', fetch3]]) {
      let r = await f(`${u}/r`);
      log('node-fetch', name, r.status, r.redirected, r.url.replace(String(port), 'P'), await r.text());
      r = await f(`${u}/p`, { method: 'POST', body: JSON.stringify({ a: 1 }), headers: { 'content-type': 'application/json' } });
      log('node-fetch', name, r.status, r.headers.get('content-type'), JSON.stringify(await r.json()));
      r = await f(`${u}/r`, { redirect: 'manual' });
      log('node-fetch', name, 'manual', r.status, r.headers.get('location').replace(String(port), 'P'));
      r = await f(`${u}/s`);
      const parts = [];
      for await (const c of r.body) parts.push(Buffer.from(c));
      log('node-fetch', name, 'stream', Buffer.concat(parts).toString());
      try { await f(`http://127.0.0.1:1/`); } catch (e) { log('node-fetch', name, 'err', e.name, e.code, e.type); }
    }
    const fd = new FD3();
    fd.set('k', 'v');
    const r = await fetch3(`${u}/fd`, { method: 'POST', body: fd, headers: new H3({ 'x-via': 'nf3' }) });
    const j = await r.json();
    log('node-fetch v3 formdata', j.ct.split(';')[0], j.via, j.d.includes('name="k"'));
    await closeServer(server);
  },
  async got() {
    const { default: got } = await import('got');
    const server = jsonServer();
    const port = await listen(server);
    const u = `http://127.0.0.1:${port}`;
    const retries = [];
    const r = await got(`${u}/flaky`, { retry: { limit: 3, calculateDelay: ({ attemptCount }) => (attemptCount > 3 ? 0 : 1) }, hooks: { beforeRetry: [(e, n) => retries.push([e.response && e.response.statusCode, n])] } }).json();
    jsonServer.flaky = 0;
    log('got retry', JSON.stringify(r), JSON.stringify(retries));
    const chunks = [];
    const stream = got.stream.post(`${u}/st`, { body: 'streamed body' });
    stream.on('response', (res) => log('got stream response', res.statusCode));
    for await (const c of stream) chunks.push(c);
    log('got stream', Buffer.concat(chunks).toString());
    const dl = [];
    await new Promise((res, rej) => {
      const s = got.stream(`${u}/dl`);
      s.on('downloadProgress', (p) => dl.push(p.percent));
      s.on('data', () => {}).on('end', res).on('error', rej);
    });
    log('got progress', dl[dl.length - 1]);
    try { await got(`${u}/404`, { retry: { limit: 0 } }); } catch (e) { log('got err', e.name, e.code, e.response.statusCode); }
    await closeServer(server);
  },
  async 'proxy-agents'() {
    const { HttpsProxyAgent } = require('https-proxy-agent');
    const { SocksProxyAgent } = require('socks-proxy-agent');
    const { ProxyAgent } = require('proxy-agent');
    const { createProxy } = require('proxy');
    const target = jsonServer();
    const tport = await listen(target);
    const seen = [];
    const proxySrv = createProxy(http.createServer());
    proxySrv.on('connect', (req) => seen.push('CONNECT ' + req.url.replace(/:\d+$/, ':P')));
    proxySrv.on('request', (req) => seen.push(req.method + ' ' + req.url.replace(/:\d+/, ':P')));
    const pport = await listen(proxySrv);
    // A minimal SOCKS5 server (no auth, CONNECT only).
    const socks = net.createServer((c) => {
      c.once('data', () => {
        c.write(Buffer.from([5, 0]));
        c.once('data', (req) => {
          let host, off;
          if (req[3] === 1) { host = [...req.subarray(4, 8)].join('.'); off = 8; } else { const n = req[4]; host = req.subarray(5, 5 + n).toString(); off = 5 + n; }
          const p = req.readUInt16BE(off);
          seen.push('SOCKS ' + host);
          const up = net.connect(p, host, () => { c.write(Buffer.from([5, 0, 0, 1, 127, 0, 0, 1, 0, 0])); c.pipe(up).pipe(c); });
          up.on('error', () => c.destroy());
        });
      });
    });
    const sport = await listen(socks);
    const get = (agent, p) => request(tport, p, { agent });
    let r = await get(new HttpsProxyAgent(`http://127.0.0.1:${pport}`), '/hpa');
    log('https-proxy-agent', r.status, r.body);
    r = await get(new SocksProxyAgent(`socks5://127.0.0.1:${sport}`), '/socks');
    log('socks-proxy-agent', r.status, r.body);
    r = await get(new ProxyAgent({ getProxyForUrl: () => `http://127.0.0.1:${pport}` }), '/pa');
    log('proxy-agent', r.status, r.body);
    log('proxied', JSON.stringify(seen));
    await closeServer(proxySrv);
    await closeServer(socks);
    await closeServer(target);
  },
  async undici() {
    const { Pool, Agent, MockAgent, request: ureq, fetch: ufetch, setGlobalDispatcher, getGlobalDispatcher } = require('undici');
    const server = jsonServer();
    const port = await listen(server);
    const u = `http://127.0.0.1:${port}`;
    const pool = new Pool(u, { connections: 2 });
    const rs = await Promise.all([1, 2, 3, 4].map((i) => pool.request({ path: `/p${i}`, method: 'POST', body: `b${i}` }).then(async (r) => [r.statusCode, await r.body.json()])));
    log('undici pool', JSON.stringify(rs));
    await pool.close();
    const agent = new Agent({ keepAliveTimeout: 10 });
    const r = await ureq(`${u}/a?x=1`, { dispatcher: agent, headers: { 'x-via': 'agent' } });
    log('undici agent', r.statusCode, r.headers['content-type'], JSON.stringify(await r.body.json()));
    await agent.close();
    const mock = new MockAgent();
    mock.disableNetConnect();
    mock.get('http://api.example').intercept({ path: '/m', method: 'GET' }).reply(200, { mocked: true }, { headers: { 'x-m': '1' } });
    const prev = getGlobalDispatcher();
    setGlobalDispatcher(mock);
    const m = await ufetch('http://api.example/m');
    log('undici mock', m.status, m.headers.get('x-m'), JSON.stringify(await m.json()));
    try { await ufetch('http://other.example/'); } catch (e) { log('undici mock err', e.name, e.cause && e.cause.code); }
    setGlobalDispatcher(prev);
    await mock.close();
    await closeServer(server);
  },
  async 'faye-websocket'() {
    const WebSocket = require('faye-websocket');
    const server = http.createServer();
    server.on('upgrade', (req, sock, head) => {
      if (!WebSocket.isWebSocket(req)) return;
      const ws = new WebSocket(req, sock, head);
      ws.on('message', (e) => ws.send('faye:' + e.data));
      ws.on('close', (e) => log('faye server close', e.code));
    });
    const port = await listen(server);
    const client = new WebSocket.Client(`ws://127.0.0.1:${port}/`);
    await new Promise((r) => client.on('open', r));
    client.send('hi');
    log('faye client got', await new Promise((r) => client.on('message', (e) => r(e.data))));
    client.close(1000, 'done');
    await new Promise((r) => client.on('close', (e) => { log('faye client close', e.code, e.reason); r(); }));
    await closeServer(server);
  },
  async sockjs() {
    const sockjs = require('sockjs');
    const SockJS = require('sockjs-client');
    const echo = sockjs.createServer({ log: () => {} });
    let serverClosed;
    echo.on('connection', (conn) => { conn.on('data', (m) => conn.write('sockjs:' + m)); conn.on('close', () => serverClosed()); });
    const server = http.createServer();
    echo.installHandlers(server, { prefix: '/echo' });
    const port = await listen(server);
    const info = await request(port, '/echo/info');
    const j = JSON.parse(info.body);
    log('sockjs info', info.status, j.websocket, j.cookie_needed);
    for (const t of [['websocket'], ['xhr-streaming'], ['xhr-polling']]) {
      const sclose = new Promise((r) => { serverClosed = r; });
      const sock = new SockJS(`http://127.0.0.1:${port}/echo`, null, { transports: t });
      await new Promise((r) => { sock.onopen = r; });
      sock.send('x');
      log('sockjs', t[0], sock.transport, await new Promise((r) => { sock.onmessage = (e) => r(e.data); }));
      sock.close();
      await new Promise((r) => { sock.onclose = (e) => { log('sockjs client close', e.code, e.reason); r(); }; });
      await sclose;
      log('sockjs server close');
    }
    await new Promise((r) => setTimeout(r, 50));
    await closeServer(server);
  },
  async 'engine.io'() {
    const engine = require('engine.io');
    const { Socket } = require('engine.io-client');
    const server = http.createServer();
    const eio = engine.attach(server);
    eio.on('connection', (s) => {
      log('eio server conn', s.transport.name);
      s.on('upgrade', (t) => log('eio server upgrade', t.name));
      s.on('message', (m) => s.send('eio:' + m));
    });
    const port = await listen(server);
    for (const transports of [['polling'], ['websocket'], ['polling', 'websocket']]) {
      const c = new Socket(`ws://127.0.0.1:${port}`, { transports, upgrade: transports.length > 1 });
      await new Promise((r) => c.on('open', r));
      if (transports.length > 1) await new Promise((r) => c.on('upgrade', r));
      c.send('m');
      log('eio client', transports.join('+'), c.transport.name, await new Promise((r) => c.once('message', r)));
      const closed = new Promise((r) => c.on('close', (reason) => { log('eio close', reason); r(); }));
      c.close();
      await closed;
    }
    eio.close();
    await closeServer(server);
  },
  async 'socket.io'() {
    const { Server } = require('socket.io');
    const { io } = require('socket.io-client');
    const server = http.createServer();
    const ioS = new Server(server);
    ioS.of('/chat').use((s, next) => (s.handshake.auth.token === 't' ? next() : next(new Error('denied'))));
    ioS.of('/chat').on('connection', (s) => {
      s.join('room');
      s.on('hello', (a, ack) => { ack('ack:' + a); ioS.of('/chat').to('room').emit('bcast', a, { n: 1 }, Buffer.from([9])); });
    });
    const port = await listen(server);
    for (const transports of [['polling'], ['websocket']]) {
      const bad = io(`http://127.0.0.1:${port}/chat`, { transports, auth: { token: 'x' }, forceNew: true });
      log('sio', transports[0], 'connect_error', await new Promise((r) => bad.on('connect_error', (e) => r(e.message))));
      bad.close();
      const c = io(`http://127.0.0.1:${port}/chat`, { transports, auth: { token: 't' }, forceNew: true });
      await new Promise((r) => c.on('connect', r));
      const got = new Promise((r) => c.on('bcast', (...a) => r(a)));
      log('sio', transports[0], 'ack', await c.emitWithAck('hello', 'w'));
      log('sio', transports[0], 'bcast', JSON.stringify(await got), c.io.engine.transport.name);
      c.close();
    }
    ioS.close();
    await closeServer(server);
  },
  async mqtt() {
    const broker = require('aedes')();
    const mqtt = require('mqtt');
    const server = net.createServer(broker.handle);
    const port = await listen(server);
    broker.on('subscribe', (subs, client) => log('broker subscribe', client.id, subs.map((s) => s.topic + '@' + s.qos).join(',')));
    const c = await mqtt.connectAsync(`mqtt://127.0.0.1:${port}`, { clientId: 'c1' });
    await c.subscribeAsync('t/#', { qos: 1 });
    const got = new Promise((r) => { const m = []; c.on('message', (t, p, pk) => { m.push([t, String(p), pk.qos, pk.retain]); if (m.length === 2) r(m); }); });
    await c.publishAsync('t/a', 'one', { qos: 1 });
    await c.publishAsync('t/b', 'two', { qos: 0 });
    log('mqtt got', JSON.stringify(await got));
    await c.endAsync();
    await new Promise((r) => broker.close(r));
    await closeServer(server);
  },
  async smtp() {
    const { SMTPServer } = require('smtp-server');
    const nodemailer = require('nodemailer');
    const got = [];
    const server = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onMailFrom(a, s, cb) { got.push('from ' + a.address); cb(); },
      onRcptTo(a, s, cb) { if (a.address.startsWith('bad')) return cb(new Error('no such user')); got.push('rcpt ' + a.address); cb(); },
      onData(stream, s, cb) { let d = ''; stream.on('data', (c) => { d += c; }); stream.on('end', () => { got.push('data ' + /Subject: (.*)/.exec(d)[1] + ' ' + d.includes('hello body')); cb(null, 'queued as X'); }); },
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const port = server.server.address().port;
    const t = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    const info = await t.sendMail({ from: 'a@x.test', to: 'b@y.test', subject: 'Hi there', text: 'hello body', attachments: [{ filename: 'a.txt', content: 'att' }] });
    log('smtp sent', JSON.stringify(info.accepted), info.response);
    try { await t.sendMail({ from: 'a@x.test', to: 'bad@y.test', subject: 's', text: 't' }); } catch (e) { log('smtp err', e.code, e.responseCode, e.response); }
    log('smtp server', JSON.stringify(got));
    t.close();
    await new Promise((r) => server.close(r));
  },
  async ssh2() {
    const { Server, Client, utils } = require('ssh2');
    const hostKey = utils.generateKeyPairSync('ed25519').private;
    const server = new Server({ hostKeys: [hostKey] }, (client) => {
      client.on('authentication', (ctx) => (ctx.method === 'password' && ctx.username === 'u' && ctx.password === 'p' ? ctx.accept() : ctx.reject(['password'])));
      client.on('ready', () => {
        client.on('session', (accept) => {
          const session = accept();
          session.on('exec', (acc, rej, info) => { const s = acc(); s.write('ran: ' + info.command + '\n'); s.stderr.write('err out\n'); s.exit(3); s.end(); });
        });
      });
    });
    const port = await listen(server);
    const conn = new Client();
    await new Promise((r, j) => { conn.on('ready', r).on('error', j).connect({ host: '127.0.0.1', port, username: 'u', password: 'p' }); });
    log('ssh2 ready');
    await new Promise((r) => conn.exec('echo hi', (err, stream) => {
      let out = '';
      let errOut = '';
      stream.on('data', (d) => { out += d; }).stderr.on('data', (d) => { errOut += d; });
      stream.on('close', (code) => { log('ssh2 exec', JSON.stringify(out), JSON.stringify(errOut), code); r(); });
    }));
    conn.end();
    const bad = new Client();
    log('ssh2 bad auth', await new Promise((r) => bad.on('error', (e) => r(e.level + ' ' + e.message)).connect({ host: '127.0.0.1', port, username: 'u', password: 'nope' })));
    await new Promise((r) => server.close(r));
  },
  async dns() {
    const dgram = require('dgram');
    const dnsPacket = require('dns-packet');
    const { UDPServer, Packet } = require('dns2');
    const sock = dgram.createSocket('udp4');
    sock.on('message', (msg, rinfo) => {
      const q = dnsPacket.decode(msg);
      const ans = dnsPacket.encode({ type: 'response', id: q.id, flags: dnsPacket.RECURSION_DESIRED, questions: q.questions,
        answers: [{ type: 'A', name: q.questions[0].name, ttl: 60, data: '10.1.2.3' }, { type: 'TXT', name: q.questions[0].name, data: 'hello' }] });
      sock.send(ans, rinfo.port, rinfo.address);
    });
    await new Promise((r) => sock.bind(0, '127.0.0.1', r));
    const dns = require('dns');
    const resolver = new dns.promises.Resolver();
    resolver.setServers([`127.0.0.1:${sock.address().port}`]);
    log('dns-packet server via dns.Resolver', JSON.stringify(await resolver.resolve4('example.test')), JSON.stringify(await resolver.resolveTxt('example.test')));
    const server = new UDPServer((req, send) => {
      const res = Packet.createResponseFromRequest(req);
      const [q] = req.questions;
      res.answers.push({ name: q.name, type: Packet.TYPE.A, class: Packet.CLASS.IN, ttl: 30, address: '10.9.8.7' });
      send(res);
    });
    await server.listen(0, '127.0.0.1');
    const c = dgram.createSocket('udp4');
    const reply = new Promise((r) => c.on('message', (m) => r(dnsPacket.decode(m))));
    c.send(dnsPacket.encode({ type: 'query', id: 7, flags: dnsPacket.RECURSION_DESIRED, questions: [{ type: 'A', name: 'dns2.test' }] }), server.address().port, '127.0.0.1');
    const rep = await reply;
    log('dns2 server', rep.id, rep.type, JSON.stringify(rep.answers.map((a) => [a.name, a.type, a.ttl, a.data])));
    c.close();
    server.close();
    sock.close();
  },
  async supertest() {
    const request = require('supertest');
    const express = require('express');
    const app = express();
    app.use(express.json());
    app.get('/u/:id', (req, res) => res.set('x-id', req.params.id).json({ id: req.params.id }));
    app.post('/e', (req, res) => res.status(201).json(req.body));
    let r = await request(app).get('/u/5').expect('Content-Type', /json/).expect(200);
    log('supertest', r.status, r.headers['x-id'], JSON.stringify(r.body));
    r = await request(app).post('/e').send({ a: 1 }).expect(201);
    log('supertest post', JSON.stringify(r.body));
    try { await request(app).get('/missing').expect(200); } catch (e) { log('supertest fail', e.message); }
    const agent = request.agent(http.createServer((req, res) => { if (req.url === '/set') res.setHeader('set-cookie', 'sid=abc; Path=/'); res.end(req.headers.cookie || 'none'); }));
    await agent.get('/set');
    log('supertest agent', (await agent.get('/again')).text);
  },
  async nock() {
    const nock = require('nock');
    const scope = nock('http://api.example.test').get('/users/1').query({ full: 'true' }).reply(200, { id: 1 }, { 'x-n': 'y' })
      .post('/users', { name: 'a' }).reply(201, (uri, body) => ({ created: body }))
      .get('/err').reply(503, 'down');
    const get = (opts, body) => new Promise((resolve) => {
      const req = http.request(opts, (res) => { let d = ''; res.on('data', (c) => { d += c; }); res.on('end', () => resolve([res.statusCode, res.headers['x-n'] || null, d])); });
      req.on('error', (e) => resolve(['error', e.code, e.message]));
      req.end(body);
    });
    log('nock get', JSON.stringify(await get('http://api.example.test/users/1?full=true')));
    log('nock post', JSON.stringify(await get({ host: 'api.example.test', path: '/users', method: 'POST', headers: { 'content-type': 'application/json' } }, '{"name":"a"}')));
    log('nock err', JSON.stringify(await get('http://api.example.test/err')));
    const f = await fetch('http://api.example.test/users/1?full=true').catch((e) => e);
    log('nock fetch', f instanceof Error ? f.message : f.status);
    log('nock done', scope.isDone(), JSON.stringify(nock.pendingMocks()));
    nock.disableNetConnect();
    log('nock net', JSON.stringify(await get('http://other.example.test/')));
    nock.cleanAll();
    nock.enableNetConnect();
    nock.restore();
  },
  async 'light-my-request'() {
    const inject = require('light-my-request');
    const dispatch = (req, res) => {
      let d = '';
      req.on('data', (c) => { d += c; });
      req.on('end', () => { res.writeHead(200, { 'content-type': 'text/plain', 'x-m': req.method }); res.end(`${req.method} ${req.url} ${req.headers['content-type'] || ''} ${d}`); });
    };
    let r = await inject(dispatch, { method: 'GET', url: '/a?b=1' });
    log('lmr', r.statusCode, r.headers['x-m'], r.payload);
    r = await inject(dispatch, { method: 'POST', url: '/p', payload: { k: 'v' } });
    log('lmr post', r.statusCode, r.payload);
    r = await inject(dispatch).get('/chain').headers({ 'x-a': '1' }).end();
    log('lmr chain', r.statusCode, r.payload, r.rawPayload.length);
  },
  async msw() {
    const { http: mhttp, HttpResponse } = require('msw');
    const { setupServer } = require('msw/node');
    const srv = setupServer(
      mhttp.get('http://mock.test/user', ({ request }) => HttpResponse.json({ name: 'john', q: new URL(request.url).searchParams.get('q') })),
      mhttp.post('http://mock.test/echo', async ({ request }) => HttpResponse.text('got ' + (await request.text()), { status: 202 })),
    );
    srv.listen({ onUnhandledRequest: 'bypass' });
    let r = await fetch('http://mock.test/user?q=1');
    log('msw fetch', r.status, JSON.stringify(await r.json()));
    r = await fetch('http://mock.test/echo', { method: 'POST', body: 'b' });
    log('msw post', r.status, await r.text());
    const viaHttp = await new Promise((resolve) => http.get('http://mock.test/user', (res) => { let d = ''; res.on('data', (c) => { d += c; }); res.on('end', () => resolve([res.statusCode, d])); }));
    log('msw http', JSON.stringify(viaHttp));
    const real = jsonServer();
    const port = await listen(real);
    r = await fetch(`http://127.0.0.1:${port}/passthrough`);
    log('msw bypass', r.status, JSON.stringify(await r.json()));
    srv.close();
    await closeServer(real);
  },
  async autocannon() {
    const autocannon = require('autocannon');
    const server = http.createServer((req, res) => res.end('ok'));
    const port = await listen(server);
    const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections: 4, amount: 400, pipelining: 2 });
    log('autocannon', r['2xx'] > 0, r.non2xx, r.errors, r.timeouts, r.connections, r.pipelining);
    await closeServer(server);
  },
  async grpc() {
    const grpc = require('@grpc/grpc-js');
    const loader = require('@grpc/proto-loader');
    const dir = tmp();
    const proto = path.join(dir, 'g.proto');
    fs.writeFileSync(proto, `syntax = "proto3"; package demo;
      service Greeter { rpc Hello (Req) returns (Rep); rpc Count (Req) returns (stream Rep); rpc Sum (stream Req) returns (Rep); rpc Chat (stream Req) returns (stream Rep); }
      message Req { string name = 1; int32 n = 2; } message Rep { string msg = 1; int32 n = 2; }`);
    const pkg = grpc.loadPackageDefinition(loader.loadSync(proto, { keepCase: true, defaults: true })).demo;
    const server = new grpc.Server();
    server.addService(pkg.Greeter.service, {
      Hello(call, cb) { if (call.request.name === 'bad') return cb({ code: grpc.status.INVALID_ARGUMENT, details: 'bad name' }); cb(null, { msg: 'hi ' + call.request.name + ' ' + call.metadata.get('k')[0] }); },
      Count(call) { for (let i = 0; i < call.request.n; i++) call.write({ msg: 'c', n: i }); call.end(); },
      Sum(call, cb) { let s = 0; call.on('data', (r) => { s += r.n; }); call.on('end', () => cb(null, { msg: 'sum', n: s })); },
      Chat(call) { call.on('data', (r) => call.write({ msg: 'echo ' + r.name })); call.on('end', () => call.end()); },
    });
    const port = await new Promise((r, j) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? j(e) : r(p))));
    const client = new pkg.Greeter(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    const md = new grpc.Metadata();
    md.set('k', 'v');
    log('grpc unary', JSON.stringify(await new Promise((r) => client.Hello({ name: 'bob' }, md, (e, rep) => r(e || rep)))));
    const e = await new Promise((r) => client.Hello({ name: 'bad' }, (err) => r(err)));
    log('grpc error', e.code, e.details, e.message);
    const items = [];
    await new Promise((r) => client.Count({ n: 3 }).on('data', (d) => items.push(d.n)).on('end', r));
    log('grpc server stream', JSON.stringify(items));
    const sum = await new Promise((r) => { const c = client.Sum((err, rep) => r(rep)); [1, 2, 3].forEach((n) => c.write({ n })); c.end(); });
    log('grpc client stream', JSON.stringify(sum));
    const chat = client.Chat();
    const echoes = [];
    const done = new Promise((r) => chat.on('data', (d) => echoes.push(d.msg)).on('end', r));
    chat.write({ name: 'a' });
    chat.write({ name: 'b' });
    chat.end();
    await done;
    log('grpc bidi', JSON.stringify(echoes));
    client.close();
    await new Promise((r) => server.tryShutdown(r));
    fs.rmSync(dir, { recursive: true });
  },
  async yoga() {
    const { createYoga, createSchema } = require('graphql-yoga');
    const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { hello(name: String): String }', resolvers: { Query: { hello: (_, { name }) => `hi ${name}` } } }), logging: false });
    const s = http.createServer(yoga);
    const port = await listen(s);
    const r = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ hello(name: "yo") }' }) });
    log('yoga', r.status, await r.text());
    const e = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nope }' }) });
    log('yoga err', e.status, await e.text());
    await closeServer(s);
  },
  async apollo() {
    const { ApolloServer } = require('@apollo/server');
    const { startStandaloneServer } = require('@apollo/server/standalone');
    const server = new ApolloServer({ typeDefs: 'type Query { n: Int }', resolvers: { Query: { n: () => 42 } } });
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ n }' }) });
    log('apollo', r.status, await r.text());
    await server.stop();
  },
  async trpc() {
    const { initTRPC } = require('@trpc/server');
    const { createHTTPServer } = require('@trpc/server/adapters/standalone');
    const { createTRPCProxyClient, httpBatchLink } = require('@trpc/client');
    const { z } = require('zod');
    const t = initTRPC.create();
    const router = t.router({ greet: t.procedure.input(z.string()).query(({ input }) => `hello ${input}`), add: t.procedure.input(z.object({ a: z.number(), b: z.number() })).mutation(({ input }) => input.a + input.b) });
    const s = createHTTPServer({ router });
    const port = await listen(s.server);
    const c = createTRPCProxyClient({ links: [httpBatchLink({ url: `http://127.0.0.1:${port}` })] });
    log('trpc', await c.greet.query('x'), await c.add.mutate({ a: 1, b: 2 }));
    try { await c.add.mutate({ a: 'no' }); } catch (e) { log('trpc err', e.name, e.data && e.data.code); }
    await closeServer(s.server);
  },
  async koa() {
    const Koa = require('koa');
    const multer = require('@koa/multer');
    const upload = multer();
    const app = new Koa();
    app.use(async (ctx, next) => { if (ctx.path === '/up') { await upload.single('f')(ctx, async () => {}); ctx.body = { f: [ctx.file.originalname, ctx.file.size], b: ctx.request.body }; } else await next(); });
    const s = app.listen(0, '127.0.0.1');
    await new Promise((r) => s.on('listening', r));
    const FormData = require('form-data');
    const fd = new FormData();
    fd.append('k', 'v');
    fd.append('f', Buffer.alloc(1000, 1), 'x.bin');
    const r = await new Promise((res) => fd.submit(`http://127.0.0.1:${s.address().port}/up`, (err, resp) => { let d = ''; resp.on('data', (c) => { d += c; }); resp.on('end', () => res([resp.statusCode, d])); }));
    log('koa multer', JSON.stringify(r));
    await closeServer(s);
  },
  async 'ws-deflate'() {
    const { WebSocketServer, WebSocket } = require('ws');
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: { threshold: 0 } });
    await new Promise((r) => wss.on('listening', r));
    wss.on('connection', (s, req) => { log('ext', req.headers['sec-websocket-extensions']); s.on('message', (m) => s.send(String(m).repeat(3))); });
    const ws = new WebSocket(`ws://127.0.0.1:${wss.address().port}`, { perMessageDeflate: true });
    await new Promise((r) => ws.on('open', r));
    log('negotiated', ws.extensions);
    ws.send('abc'.repeat(1000));
    const m = await new Promise((r) => ws.once('message', r));
    log('deflate echo', m.length);
    ws.close();
    await new Promise((r) => wss.close(r));
  },
  async 'axios-request'() {
    const axios = require('axios');
    const request = require('request');
    const httpProxy = require('http-proxy');
    const target = http.createServer((req, res) => res.end(JSON.stringify({ u: req.url, h: req.headers['x-fwd'] || null })));
    const tport = await listen(target);
    const proxy = httpProxy.createProxyServer({});
    const ps = http.createServer((req, res) => { req.headers['x-fwd'] = 'yes'; proxy.web(req, res, { target: `http://127.0.0.1:${tport}` }); });
    const pport = await listen(ps);
    let r = await axios.get(`http://example.test/abc`, { proxy: { host: '127.0.0.1', port: pport, protocol: 'http' } });
    log('axios via proxy', r.status, JSON.stringify(r.data));
    r = await new Promise((res) => request({ url: `http://127.0.0.1:${tport}/req`, json: true }, (e, resp, body) => res([e, resp.statusCode, body])));
    log('request', JSON.stringify(r));
    proxy.close();
    await closeServer(ps);
    await closeServer(target);
  },
};

(async () => {
  for (const name of process.argv.slice(2)) {
    log(`== ${name}`);
    await cases[name]();
  }
})().catch((e) => { console.error(e); process.exit(1); });

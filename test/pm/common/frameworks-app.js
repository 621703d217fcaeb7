'use strict';
// Real frameworks and packages on node's core modules, run by node 22 and by nodus (test-pm-live-frameworks.js): the output must be the same bytes.
const http = require('http');
const os = require('os');
const path = require('path');
const which = process.argv.slice(2);

function request(port, method, url, body) {
  return new Promise((resolve, reject) => {
    const headers = body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {};
    const req = http.request({ host: '127.0.0.1', port, method, path: url, headers }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve(`${method} ${url} ${res.statusCode} ${res.headers['content-type']} ${data}`));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function exercise(name, listen, close) {
  const port = await listen();
  for (const [m, u, b] of [['GET', '/'], ['POST', '/echo', '{"a":[1,2]}'], ['GET', '/missing'], ['GET', '/boom']])
    console.log(name, await request(port, m, u, b));
  await close();
}

const cases = {
  async 'fs-extra'() {
    const fse = require('fs-extra');
    const dir = path.join(os.tmpdir(), `fw-fse-${process.pid}`);
    await fse.outputJson(path.join(dir, 'a/b/c.json'), { x: 1 });
    await fse.copy(path.join(dir, 'a'), path.join(dir, 'copy'));
    console.log('fs-extra', JSON.stringify(await fse.readJson(path.join(dir, 'copy/b/c.json'))),
                await fse.pathExists(path.join(dir, 'copy/b')));
    await fse.remove(dir);
    console.log('fs-extra removed', await fse.pathExists(dir));
  },
  async express() {
    const express = require('express');
    const app = express();
    app.use(express.json());
    app.get('/', (req, res) => res.json({ hello: 'express' }));
    app.post('/echo', (req, res) => res.json({ got: req.body }));
    app.get('/boom', () => { throw new Error('boom'); });
    app.use((err, req, res, next) => res.status(500).type('text/plain').send(err.message));
    let server;
    await exercise('express', () => new Promise((r) => { server = app.listen(0, '127.0.0.1', () => r(server.address().port)); }),
                   () => new Promise((r) => server.close(r)));
  },
  async fastify() {
    const app = require('fastify')({ logger: false });
    app.get('/', async () => ({ hello: 'fastify' }));
    app.post('/echo', async (req) => ({ got: req.body }));
    app.get('/boom', async () => { throw new Error('boom'); });
    await exercise('fastify', async () => { await app.listen({ port: 0, host: '127.0.0.1' }); return app.server.address().port; },
                   () => app.close());
  },
  async koa() {
    const Koa = require('koa');
    const Router = require('@koa/router');
    const app = new Koa();
    const router = new Router();
    router.get('/', (ctx) => { ctx.body = { hello: 'koa' }; });
    router.post('/echo', async (ctx) => {
      let raw = '';
      for await (const chunk of ctx.req) raw += chunk;
      ctx.body = { got: JSON.parse(raw) };
    });
    router.get('/boom', () => { const e = new Error('boom'); e.status = 418; e.expose = true; throw e; });
    app.use(router.routes());
    let server;
    await exercise('koa', () => new Promise((r) => { server = app.listen(0, '127.0.0.1', () => r(server.address().port)); }),
                   () => new Promise((r) => server.close(r)));
  },
  async hono() {
    const { Hono } = require('hono');
    const { serve } = require('@hono/node-server');
    const app = new Hono();
    app.get('/', (c) => c.json({ hello: 'hono' }));
    app.post('/echo', async (c) => c.json({ got: await c.req.json() }));
    app.get('/boom', () => { throw new Error('boom'); });
    app.onError((err, c) => c.text(`error: ${err.message}`, 500));
    let server;
    await exercise('hono', () => new Promise((r) => { server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => r(info.port)); }),
                   () => new Promise((r) => server.close(r)));
  },
};

(async () => {
  for (const name of which) await cases[name]();
})().catch((e) => { console.error(e); process.exit(1); });

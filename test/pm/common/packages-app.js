'use strict';
// Popular npm packages exercised without external services (but a redis-server the redis case
// starts itself), run by node 22 and by nodus
// (test-pm-live-packages.js): the output must be the same bytes. `node packages-app.js a b ...`
// runs the named cases in order, each under a `== name` header.
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');
const log = (...a) => console.log(...a);

function listen(server) {
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server.address().port)));
}
function closedPort() {
  return new Promise((r) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => r(p)); });
  });
}
function jsonServer() {
  return http.createServer((req, res) => {
    let d = '';
    req.on('data', (c) => { d += c; });
    req.on('end', () => {
      if (req.url === '/r') { res.writeHead(302, { location: '/j' }); return res.end(); }
      res.setHeader('content-type', 'application/json');
      res.statusCode = req.url === '/404' ? 404 : 200;
      res.end(JSON.stringify({ m: req.method, u: req.url, d, ct: req.headers['content-type'] || null }));
    });
  });
}
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'pm-live-pkg-'));

const cases = {
  async ws() {
    const { WebSocketServer, WebSocket } = require('ws');
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((r) => wss.on('listening', r));
    wss.on('connection', (s, req) => {
      log('server conn', req.url);
      s.on('message', (m, bin) => { log('server got', String(m), bin); s.send(`echo:${m}`); s.send(Buffer.from([1, 2, 3])); });
      s.on('close', (code, reason) => log('server close', code, String(reason)));
    });
    const ws = new WebSocket(`ws://127.0.0.1:${wss.address().port}/path?x=1`);
    await new Promise((r) => ws.on('open', r));
    ws.send('hello');
    const msgs = [];
    await new Promise((r) => ws.on('message', (m, bin) => { msgs.push([m.toString('hex'), bin]); if (msgs.length === 2) r(); }));
    log('client got', JSON.stringify(msgs));
    ws.close(1000, 'bye');
    await new Promise((r) => ws.on('close', (code, reason) => { log('client close', code, String(reason)); r(); }));
    await new Promise((r) => wss.close(r));
  },
  async 'socket.io'() {
    const { Server } = require('socket.io');
    const { io } = require('socket.io-client');
    const srv = http.createServer();
    const ioS = new Server(srv);
    ioS.on('connection', (s) => {
      s.on('ping2', (x, ack) => { ack({ pong: x.n + 1 }); s.emit('bin', Buffer.from('abc')); });
    });
    const port = await listen(srv);
    for (const transports of [['websocket'], ['polling']]) {
      const c = io(`http://127.0.0.1:${port}`, { transports, reconnection: false });
      await new Promise((r) => c.on('connect', r));
      log('connected', c.io.engine.transport.name);
      const bin = new Promise((r) => c.on('bin', r));
      log('ack', JSON.stringify(await new Promise((r) => c.emit('ping2', { n: 1 }, r))));
      log('bin', Buffer.from(await bin).toString());
      c.disconnect();
    }
    await new Promise((r) => ioS.close(r));
  },
  async auth() {
    const jwt = require('jsonwebtoken');
    const t = jwt.sign({ a: 1, iat: 1700000000 }, 'secret', { expiresIn: '1h' });
    log(t, JSON.stringify(jwt.verify(t, 'secret', { clockTimestamp: 1700000001 })));
    try { jwt.verify(t, 'wrong'); } catch (e) { log(e.name, e.message); }
    const ec = require('crypto').generateKeyPairSync('ec', { namedCurve: 'P-256' });
    log(JSON.stringify(jwt.verify(jwt.sign({ c: 3 }, ec.privateKey, { algorithm: 'ES256', noTimestamp: true }), ec.publicKey)));
    const jose = await import('jose');
    const secret = new TextEncoder().encode('0123456789abcdef0123456789abcdef');
    const j = await new jose.SignJWT({ a: 1 }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt(1700000000).sign(secret);
    log(j, JSON.stringify((await jose.jwtVerify(j, secret, { currentDate: new Date(1700000000000) })).payload));
    const { publicKey, privateKey } = await jose.generateKeyPair('ES256');
    log(JSON.stringify((await jose.jwtVerify(await new jose.SignJWT({ b: 2 }).setProtectedHeader({ alg: 'ES256' }).sign(privateKey), publicKey)).payload));
    const b = require('bcryptjs');
    const h = b.hashSync('pw', '$2a$04$abcdefghijklmnopqrstuu');
    log(h, b.compareSync('pw', h), b.compareSync('x', h));
    const u = require('uuid');
    log(u.validate(u.v4()), u.v5('hello', u.v5.DNS), u.validate(u.v7()));
  },
  async validation() {
    const { z } = require('zod');
    const S = z.object({ a: z.string().min(2), c: z.array(z.enum(['x', 'y'])) });
    log(JSON.stringify(S.parse({ a: 'ab', c: ['x'] })), JSON.stringify(S.safeParse({ a: 'a', c: ['z'] }).error.issues));
    const Ajv = require('ajv');
    const v = new Ajv({ allErrors: true }).compile({ type: 'object', properties: { a: { type: 'integer', minimum: 3 } }, required: ['a'] });
    log(v({ a: 5 }), v({ a: 1 }), JSON.stringify(v.errors));
  },
  async utils() {
    const dayjs = require('dayjs');
    dayjs.extend(require('dayjs/plugin/utc'));
    log(dayjs.utc('2024-02-29T12:34:56Z').add(1, 'year').format('YYYY-MM-DD HH:mm:ss dddd'));
    const _ = require('lodash');
    log(JSON.stringify(_.groupBy([1.3, 2.1, 2.4], Math.floor)), _.camelCase('Foo Bar'), _.template('hi <%= n %>')({ n: 'x' }));
    const { of, lastValueFrom, interval } = require('rxjs');
    const { map, filter, take, toArray } = require('rxjs/operators');
    log(JSON.stringify(await lastValueFrom(of(1, 2, 3, 4).pipe(filter((x) => x % 2 === 0), map((x) => x * 10), toArray()))));
    log(JSON.stringify(await lastValueFrom(interval(1).pipe(take(3), toArray()))));
    const iconv = require('iconv-lite');
    log(iconv.encode('héllo €', 'win1252').toString('hex'), iconv.decode(Buffer.from('c4e3bac3', 'hex'), 'gbk'));
    const y = require('js-yaml');
    log(JSON.stringify(y.load('a: 1\nb:\n  - x\n  - {c: true}\n')), y.dump({ a: [1, { b: 'c' }] }));
    log(JSON.stringify(await require('xml2js').parseStringPromise('<root a="1"><item>x</item><item>y</item></root>')));
  },
  async logging() {
    const winston = require('winston');
    const { Writable } = require('stream');
    const out = [];
    const logger = winston.createLogger({
      format: winston.format.combine(winston.format.splat(), winston.format.json()),
      transports: [new winston.transports.Stream({ stream: new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } }) })],
    });
    logger.info('hello %s', 'world', { meta: 1 });
    logger.warn('w');
    await new Promise((r) => setImmediate(r));
    log(out.join(''));
    const lines = [];
    const pino = require('pino')({ base: null, timestamp: false }, { write: (s) => lines.push(s) });
    pino.info({ a: 1 }, 'hello');
    pino.child({ c: 2 }).warn('w');
    log(lines.join(''));
  },
  async express() {
    const express = require('express');
    const request = require('supertest');
    const multer = require('multer');
    const lines = [];
    const app = express();
    app.use(require('morgan')(':method :url :status', { stream: { write: (s) => lines.push(s.trim()) } }));
    app.use(require('cors')({ origin: 'http://a.com', credentials: true }));
    app.use(require('helmet')());
    app.use(require('cookie-parser')('sec'));
    app.use(express.urlencoded({ extended: true }));
    app.use(require('express-session')({ secret: 's', resave: false, saveUninitialized: true, genid: () => 'sid1' }));
    app.get('/c', (req, res) => { req.session.n = (req.session.n || 0) + 1; res.cookie('x', 'y', { signed: true }); res.json({ cookies: req.cookies, n: req.session.n }); });
    app.post('/f', (req, res) => res.json(req.body));
    app.post('/up', multer({ storage: multer.memoryStorage() }).single('file'), (req, res) => res.json({ name: req.file.originalname, text: req.file.buffer.toString(), body: req.body }));
    const agent = request.agent(app);
    let r = await agent.get('/c').set('Origin', 'http://a.com').set('Cookie', 'a=b');
    log(r.status, JSON.stringify(r.body), r.headers['access-control-allow-origin'], r.headers['x-frame-options'], JSON.stringify(r.headers['set-cookie']));
    log(JSON.stringify((await agent.get('/c')).body));
    log(JSON.stringify((await request(app).post('/f').type('form').send({ a: '1', b: ['x', 'y'] })).body));
    r = await request(app).post('/up').field('k', 'v').attach('file', Buffer.from('file-content'), 'a.txt');
    log(r.status, JSON.stringify(r.body));
    log(lines.join('|'));
  },
  async clients() {
    const srv = jsonServer();
    const port = await listen(srv);
    const base = `http://127.0.0.1:${port}`;
    const fetch2 = require('node-fetch');
    let r = await fetch2(`${base}/r`);
    log('node-fetch', r.status, r.redirected, JSON.stringify(await r.json()));
    const { default: got } = await import('got');
    log('got', JSON.stringify(await got.post(`${base}/g`, { json: { c: 3 } }).json()));
    const FormData = require('form-data');
    const fd = new FormData();
    fd.setBoundary('BOUNDARY');
    fd.append('a', '1');
    fd.append('f', Buffer.from('xyz'), { filename: 'x.bin', contentType: 'application/octet-stream' });
    log('form-data', fd.getLengthSync());
    r = await fetch2(`${base}/fd`, { method: 'POST', body: fd });
    log(JSON.stringify(await r.json()));
    const nm = require('nodemailer');
    const info = await nm.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }).sendMail({
      from: 'a@b.c', to: 'd@e.f', subject: 'Hi ✓', text: 'body', messageId: '<m@x>', date: new Date(0),
    });
    log('nodemailer', JSON.stringify(info.envelope), info.message.toString().split('\n').filter((l) => !/^(X-|Content-Transfer)/.test(l)).length);
    srv.close();
    const cp = await closedPort();
    const { Client } = require('pg');
    try { await new Client({ host: '127.0.0.1', port: cp, user: 'u', database: 'd' }).connect(); } catch (e) { log('pg', e.code, e.syscall); }
    try { await require('mysql2/promise').createConnection({ host: '127.0.0.1', port: cp, user: 'u' }); } catch (e) { log('mysql2', e.code, e.fatal); }
    const Redis = require('ioredis');
    const redis = new Redis({ port: cp, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    try { await redis.connect(); } catch (e) { log('ioredis', e.code, e.syscall); }
    redis.disconnect();
    const { ObjectId, BSON } = require('mongodb');
    log('mongodb', new ObjectId('64b7f0c0a1b2c3d4e5f60718').getTimestamp().toISOString(), JSON.stringify(BSON.deserialize(BSON.serialize({ a: 1, c: [1, 2] }))));
  },
  async templates() {
    const { marked } = require('marked');
    log(marked.parse('# Title\n\n*em* **b** `code`\n\n- a\n- b\n'));
    log(require('handlebars').compile('{{#each xs}}<{{this}}>{{/each}} {{{raw}}} {{esc}}')({ xs: [1, 2], raw: '<b>', esc: '<i>' }));
    log(require('ejs').render('<% for (const x of xs) { %><%= x %>,<% } %>', { xs: ['a', '<'] }));
    log(require('mustache').render('{{#xs}}[{{.}}]{{/xs}} {{name}}', { xs: [1, 2], name: '<n>' }));
    const { graphql, buildSchema } = require('graphql');
    const schema = buildSchema('type Query { hello(name: String): String }');
    log(JSON.stringify(await graphql({ schema, source: '{ hello(name: "x") }', rootValue: { hello: ({ name }) => `hi ${name}` } })));
  },
  async tools() {
    const ts = require('typescript');
    log(ts.transpileModule('enum E { A, B }\nexport class C<T> { constructor(private t: T) {} }\n', {
      compilerOptions: { target: ts.ScriptTarget.ES2019, module: ts.ModuleKind.CommonJS },
    }).outputText);
    const esbuild = require('esbuild');
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'a.ts'), 'import { b } from "./b";\nconst x: number = 1;\nconsole.log(b + x);\n');
    fs.writeFileSync(path.join(dir, 'b.ts'), 'export const b = 41;\n');
    const r = await esbuild.build({ entryPoints: [path.join(dir, 'a.ts')], bundle: true, write: false, format: 'cjs', logLevel: 'silent' });
    log(r.outputFiles[0].text.replace(/\/\/ .*\n/g, ''));
    log(esbuild.transformSync('const f = (a) => a ?? 1', { target: 'es2019' }).code);
    await esbuild.stop();
    fs.rmSync(dir, { recursive: true });
  },
  async jsdom() {
    const { JSDOM } = require('jsdom');
    const dom = new JSDOM('<!DOCTYPE html><body><p id="a">hi</p><script>document.body.appendChild(document.createElement("span")).textContent = [3, 1].toSorted().join();</script></body>',
                          { runScripts: 'dangerously', url: 'http://x.test/' });
    const d = dom.window.document;
    log(d.getElementById('a').textContent, d.querySelector('span').textContent, dom.window.location.host, dom.serialize());
    dom.window.close();
  },
  async 'sql.js'() {
    const SQL = await require('sql.js')();
    const db = new SQL.Database();
    db.run('create table t(a int, b text)');
    db.run('insert into t values (1, "x"), (2, "y")');
    log(JSON.stringify(db.exec('select * from t order by a desc')));
  },
  async workers() {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'add.js'), 'module.exports = ({ a, b }) => a + b;\n');
    fs.writeFileSync(path.join(dir, 'wp.js'), `require(${JSON.stringify(require.resolve('workerpool'))}).worker({ mul: (a, b) => a * b });\n`);
    const { Piscina } = require('piscina');
    const piscina = new Piscina({ filename: path.join(dir, 'add.js'), maxThreads: 2 });
    log('piscina', JSON.stringify(await Promise.all([piscina.run({ a: 1, b: 2 }), piscina.run({ a: 3, b: 4 })])));
    await piscina.destroy();
    const { Tinypool } = require('tinypool');
    const tinypool = new Tinypool({ filename: path.join(dir, 'add.js') });
    log('tinypool', await tinypool.run({ a: 5, b: 6 }));
    await tinypool.destroy();
    const workerpool = require('workerpool');
    const pool = workerpool.pool(path.join(dir, 'wp.js'), { maxWorkers: 2 });
    const inline = workerpool.pool();
    log('workerpool', await pool.exec('mul', [6, 7]), await inline.exec((x) => x * 2, [21]));
    await pool.terminate();
    await inline.terminate();
    fs.rmSync(dir, { recursive: true });
  },
  async redis() {
    // A real redis-server (Debian's) on a free port: ioredis and node-redis commands, pub/sub,
    // a blocking pop woken by another connection, and two processes of this runtime sharing a
    // counter (instances scaled out over one store).
    const { spawn, execFile } = require('child_process');
    const port = await closedPort();
    const dir = tmp();
    const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '',
                                          '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
    for (let up = false; !up;) {
      up = await new Promise((r) => {
        const s = net.connect(port, '127.0.0.1', () => { s.end(); r(true); });
        s.on('error', () => setTimeout(() => r(false), 50));
      });
    }
    const Redis = require('ioredis');
    const a = new Redis({ port, host: '127.0.0.1' });
    log('set/get', await a.set('k', 'v'), await a.get('k'), (await a.getBuffer('k')).toString('hex'));
    log('incr', await a.incr('n'), await a.incrby('n', 10), await a.ttl('n'));
    log('hash', await a.hset('h', { f1: 'a', f2: 'b' }), JSON.stringify(await a.hgetall('h')));
    log('pipeline', JSON.stringify(await a.pipeline().set('p', 1).incr('p').get('p').exec()));
    log('multi', JSON.stringify(await a.multi().lpush('l', 'x', 'y').lrange('l', 0, -1).exec()));
    log('eval', await a.eval("return redis.call('incrby', KEYS[1], ARGV[1])", 1, 'e', 5));
    try { await a.hget('k', 'f'); } catch (e) { log('error', e.name, e.message); }
    const sub = new Redis({ port, host: '127.0.0.1' });
    await sub.subscribe('ch');
    const message = new Promise((r) => sub.on('message', (ch, m) => r(`${ch}:${m}`)));
    log('publish', await a.publish('ch', 'hello'), await message);
    const b = new Redis({ port, host: '127.0.0.1' });
    const pop = b.blpop('q', 5);
    await new Promise((r) => setTimeout(r, 20));
    await a.rpush('q', 'job');
    log('blpop', JSON.stringify(await pop));
    const worker = `const R = require(${JSON.stringify(require.resolve('ioredis'))});
      const r = new R({ port: ${port}, host: '127.0.0.1' });
      (async () => { for (let i = 0; i < 200; i++) await r.incr('shared'); r.disconnect(); })();`;
    const runs = [0, 1].map(() => new Promise((r) => execFile(process.execPath, ['-e', worker], (e) => r(e && e.code))));
    log('two processes', JSON.stringify(await Promise.all(runs)), await a.get('shared'));
    const { createClient } = require('redis');
    const c = createClient({ url: `redis://127.0.0.1:${port}` });
    await c.connect();
    log('node-redis', await c.set('nr', '1'), await c.incr('nr'), JSON.stringify(await c.hGetAll('h')),
        JSON.stringify(await c.lRange('l', 0, -1)));
    await c.quit();
    a.disconnect();
    sub.disconnect();
    b.disconnect();
    server.kill();
    await new Promise((r) => server.on('exit', r));
    fs.rmSync(dir, { recursive: true });
  },
  async mocha() {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 't.spec.js'), `
      const { expect } = require(${JSON.stringify(require.resolve('chai'))});
      const sinon = require(${JSON.stringify(require.resolve('sinon'))});
      describe('suite', () => {
        it('adds', () => { expect(1 + 1).to.equal(2); });
        it('async', async () => { await new Promise((r) => setTimeout(r, 5)); expect([1, 2]).to.deep.equal([1, 2]); });
        it('fake timers', () => { const c = sinon.useFakeTimers(); let n = 0; setTimeout(() => n++, 1000); c.tick(1000); c.restore(); expect(n).to.equal(1); });
        it('fails', () => { expect({ a: 1 }).to.deep.equal({ a: 2 }); });
      });`);
    const r = require('child_process').spawnSync(process.execPath, [path.join(path.dirname(require.resolve('mocha/package.json')), 'bin/mocha.js'),
                                                                   '--reporter', 'tap', path.join(dir, 't.spec.js')], { encoding: 'utf8' });
    log(r.status, r.stdout.split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
    fs.rmSync(dir, { recursive: true });
  },
};

(async () => {
  for (const name of process.argv.slice(2)) {
    log(`== ${name}`);
    await cases[name]();
  }
})().catch((e) => { console.error(e); process.exit(1); });

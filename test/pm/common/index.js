'use strict';
// Shared helpers for the package-manager tests: a fixture registry on 127.0.0.1 (port 0) serving
// packuments and tarballs built at test time, temp dirs, and an async runner for the binary.
const http = require('http');
const zlib = require('zlib');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const assert = require('assert');

const ROOT = path.resolve(__dirname, '..', '..', '..');

function binary() {
  if (process.env.NODUS_BIN) return path.resolve(process.env.NODUS_BIN);
  const real = path.join(ROOT, 'build', 'nodus');
  if (fs.existsSync(real)) return real;
  return path.join(ROOT, 'build', 'release', 'nodus_pm_dev');
}

// ---- tar (ustar) writer, independent of the code under test ------------------------------------
function octal(n, width) {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}
function tarHeader(name, size, mode, type) {
  const h = Buffer.alloc(512, 0);
  h.write(name.slice(0, 100), 0, 'utf8');
  h.write(octal(mode, 8), 100);
  h.write(octal(0, 8), 108);
  h.write(octal(0, 8), 116);
  h.write(octal(size, 12), 124);
  h.write(octal(499162500, 12), 136);
  h.write(type, 156);
  h.write('ustar\0' + '00', 257, 'binary');
  h.fill(' ', 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return h;
}
// entries: [{path, data (string|Buffer), mode?, type? ('0' file, '5' dir, '2' symlink), link?}]
function makeTar(entries) {
  const parts = [];
  for (const e of entries) {
    const type = e.type || '0';
    const data = type === '0' ? Buffer.from(e.data || '') : Buffer.alloc(0);
    const h = tarHeader(e.path, data.length, e.mode || (type === '5' ? 0o755 : 0o644), type);
    if (e.link) {
      h.write(e.link, 157);
      h.fill(' ', 148, 156);
      let sum = 0;
      for (const b of h) sum += b;
      h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
    }
    parts.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}
function makeTarball(files, prefix = 'package') {
  const entries = Object.entries(files).map(([p, v]) =>
    typeof v === 'object' && !Buffer.isBuffer(v) ? { path: `${prefix}/${p}`, ...v } : { path: `${prefix}/${p}`, data: v });
  return zlib.gzipSync(makeTar(entries));
}

function sri(buf, algo = 'sha512') {
  return `${algo}-${crypto.createHash(algo).update(buf).digest('base64')}`;
}

// ---- fixture registry ------------------------------------------------------------------------
// spec: { name: { 'dist-tags'?: {...}, versions: { '1.0.0': { dependencies?, optionalDependencies?,
//   peerDependencies?, peerDependenciesMeta?, bin?, scripts?, os?, cpu?, files?: {path: data},
//   rawTarball?: Buffer, badIntegrity?: true, deprecated? } } } }
class Registry {
  constructor(spec, opts = {}) {
    this.spec = spec;
    this.opts = opts;
    this.requests = [];
    this.tarballs = new Map();  // url path -> Buffer
    this.docs = new Map();      // name -> packument
    this.delays = new Map();    // url path -> ms (or Infinity: never answer)
    // url path -> { chunk: bytes per write, every: writes between pauses, ms: pause, cut: bytes after
    // which the connection is dropped (Content-Length says all), cuts: how many requests are cut }
    this.trickle = new Map();
    this.published = [];
    this.held = [];
  }
  async start() {
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.connections = 0;
    this.server.on('connection', () => this.connections++);
    await new Promise((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = this.server.address().port;
    this.url = `http://127.0.0.1:${this.port}/`;
    for (const name of Object.keys(this.spec)) this.build(name);
    return this;
  }
  build(name) {
    const p = this.spec[name];
    const versions = {};
    const time = { created: '2020-01-01T00:00:00.000Z', modified: '2020-01-01T00:00:00.000Z' };
    const base = name.startsWith('@') ? name.split('/')[1] : name;
    for (const [v, m] of Object.entries(p.versions)) {
      const manifest = { name, version: v };
      for (const k of ['dependencies', 'optionalDependencies', 'peerDependencies', 'peerDependenciesMeta',
        'devDependencies', 'bin', 'scripts', 'os', 'cpu', 'engines', 'deprecated', 'license', 'main', 'bundleDependencies', 'funding'])
        if (m[k] !== undefined) manifest[k] = m[k];
      const files = { 'package.json': JSON.stringify(manifest, null, 2), 'index.js': `module.exports = ${JSON.stringify(name + '@' + v)};\n`, ...(m.files || {}) };
      const tgz = m.rawTarball || makeTarball(files);
      const tpath = `/${name}/-/${base}-${v}.tgz`;
      this.tarballs.set(tpath, tgz);
      const dist = {
        tarball: `${this.url}${name}/-/${base}-${v}.tgz`,
        shasum: crypto.createHash('sha1').update(tgz).digest('hex'),
        integrity: m.badIntegrity ? sri(Buffer.from('something else')) : sri(tgz),
      };
      if (m.sha1Only) delete dist.integrity;
      const corgi = { ...manifest, dist };
      delete corgi.scripts;
      delete corgi.devDependencies;
      if (m.scripts && (m.scripts.install || m.scripts.preinstall || m.scripts.postinstall)) corgi.hasInstallScript = true;
      versions[v] = corgi;
      time[v] = '2020-01-01T00:00:00.000Z';
    }
    const keys = Object.keys(versions);
    const tags = p['dist-tags'] || { latest: keys[keys.length - 1] };
    this.docs.set(name, { name, 'dist-tags': tags, versions, time, modified: time.modified });
  }
  handle(req, res) {
    let body = [];
    req.on('data', (c) => body.push(c));
    req.on('end', () => {
      body = Buffer.concat(body);
      const u = decodeURIComponent(req.url.split('?')[0]);
      this.requests.push({ method: req.method, url: u, headers: req.headers });
      if (this.opts.onRequest && this.opts.onRequest(req, res, body) === true) return;
      const delay = this.delays.get(u);
      const reply = () => this.reply(req, res, u, body);
      if (delay === Infinity) { this.held.push(res); return; }
      if (delay) setTimeout(reply, delay); else reply();
    });
  }
  reply(req, res, u, body) {
    if (req.method === 'PUT') {
      const doc = JSON.parse(body.toString());
      this.published.push({ url: u, doc, headers: req.headers });
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
      return;
    }
    if (this.tarballs.has(u)) {
      if (this.trickle.has(u)) return this.serveTrickled(res, this.tarballs.get(u), this.trickle.get(u));
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(this.tarballs.get(u));
      return;
    }
    const name = u.slice(1);
    const doc = this.docs.get(name);
    if (!doc) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"Not found"}');
      return;
    }
    const text = JSON.stringify(doc);
    const etag = '"' + crypto.createHash('md5').update(text).digest('hex') + '"';
    if (req.headers['if-none-match'] === etag) { this.notModified = (this.notModified || 0) + 1; res.writeHead(304); res.end(); return; }
    res.writeHead(200, { 'content-type': 'application/json', etag });
    res.end(text);
  }
  // A body in small writes with pauses between some of them, possibly cut short.
  serveTrickled(res, buf, shape) {
    shape.served = (shape.served || 0) + 1;
    const cut = shape.cut !== undefined && shape.served <= (shape.cuts ?? Infinity) ? shape.cut : buf.length;
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': buf.length });
    let pos = 0, writes = 0;
    const step = () => {
      while (pos < cut) {
        const end = Math.min(cut, pos + (shape.chunk || 1000));
        const last = end === cut;
        res.write(buf.subarray(pos, end));
        if (last && cut < buf.length) res.socket.end();  // after what was written
        pos = end;
        if (!last && shape.every && ++writes % shape.every === 0) { setTimeout(step, shape.ms || 1); return; }
      }
      if (cut === buf.length) res.end();
    };
    step();
  }
  count(pred) { return this.requests.filter(pred).length; }
  async close() {
    for (const r of this.held) r.destroy();
    if (this.server.closeAllConnections) this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }
}

async function startRegistry(spec, opts) {
  return new Registry(spec, opts).start();
}

// ---- temp dirs and running the binary --------------------------------------------------------
function tmpdir(tag = 'pm') {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), `nodus-${tag}-`));
  process.on('exit', () => { if (!process.env.NODUS_KEEP_TMP) fs.rmSync(base, { recursive: true, force: true }); });
  return base;
}

// A project dir with a package.json, plus an isolated HOME and cache.
function project(base, pkg, name = 'app') {
  const dir = path.join(base, name);
  fs.mkdirSync(dir, { recursive: true });
  if (pkg) fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  return dir;
}

function envFor(base, registry, extra = {}) {
  const home = path.join(base, 'home');
  fs.mkdirSync(home, { recursive: true });
  const env = { ...process.env, HOME: home, NODUS_CACHE_DIR: path.join(base, 'cache'), ...extra };
  for (const k of Object.keys(env)) if (/^npm_config_/i.test(k)) delete env[k];
  if (registry) env.npm_config_registry = registry.url;
  Object.assign(env, extra);
  return env;
}

// Runs the binary asynchronously (the registry lives in this process).
function run(args, { cwd, env, timeout = 50000, input } = {}) {
  return new Promise((resolve) => {
    const child = spawn(binary(), args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, child });
    });
    if (input) child.stdin.end(input); else child.stdin.end();
  });
}

function runCmd(cmd, args, { cwd, env, timeout = 55000 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('close', (status) => { clearTimeout(timer); resolve({ status, stdout, stderr }); });
    child.on('error', (e) => { clearTimeout(timer); resolve({ status: -1, stdout, stderr: String(e) }); });
  });
}

function ok(r, what = 'command') {
  if (r.status !== 0) {
    assert.fail(`${what} exited ${r.status} (signal ${r.signal})\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
  return r;
}

function readJson(p) { return JSON.parse(fs.readFileSync(p, 'utf8')); }

// Every package folder under node_modules as "path@version" (path relative to node_modules root,
// nested as a/node_modules/b), found by walking the directory itself.
function installedSet(dir) {
  const out = [];
  function walk(nm, prefix) {
    if (!fs.existsSync(nm)) return;
    for (const e of fs.readdirSync(nm).sort()) {
      if (e.startsWith('.')) continue;
      const names = e.startsWith('@') ? fs.readdirSync(path.join(nm, e)).map((s) => `${e}/${s}`) : [e];
      for (const n of names) {
        const p = path.join(nm, n);
        const st = fs.lstatSync(p);
        let version = '?';
        try { version = readJson(path.join(p, 'package.json')).version; } catch {}
        out.push(`${prefix}${n}@${version}${st.isSymbolicLink() ? ' (link)' : ''}`);
        if (!st.isSymbolicLink()) walk(path.join(p, 'node_modules'), `${prefix}${n}/node_modules/`);
      }
    }
  }
  walk(path.join(dir, 'node_modules'), '');
  return out.sort();
}

function npmPath() {
  // The machine's npm (for cross-checks).
  return process.env.NODUS_NPM || 'npm';
}

// The machine's npm pointed at a fixture registry, for cross-checks: null (with a message) when
// npm is not available, else { args, run(argv, cwd) }.
async function npmFor(base, reg, loglevel = 'error') {
  const probe = await runCmd(npmPath(), ['--version']);
  if (probe.status !== 0) {
    console.log('npm not available: cross-checks skipped');
    return null;
  }
  const args = ['--registry', reg.url, '--cache', path.join(base, 'npm-cache'), '--no-audit', '--no-fund', `--loglevel=${loglevel}`];
  const env = envFor(base, reg);
  return { args, run: (argv, cwd) => runCmd(npmPath(), [...argv, ...args], { cwd, env }) };
}

function main(fn) {
  fn().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
}

module.exports = {
  ROOT, binary, makeTar, makeTarball, sri, startRegistry, tmpdir, project, envFor, run, runCmd, ok,
  readJson, installedSet, npmPath, npmFor, main,
};

'use strict';
// A real registry server for the pm tests: verdaccio 6.8.0 installed from npm into the user
// cache once, run on a free port with an htpasswd user. start() resolves to null (with a
// message printed) when verdaccio cannot be installed (no network).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const http = require('http');
const { spawn } = require('child_process');
const c = require('./index');

const VERSION = '6.8.0';

function freePort() {
  return new Promise((res) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
  });
}

function request(method, url, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const data = body ? Buffer.from(JSON.stringify(body)) : null;
    const req = http.request(url, { method, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode, text }));
    });
    req.on('error', reject);
    if (data) req.end(data); else req.end();
  });
}

async function install() {
  const dir = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'nodus', `verdaccio-${VERSION}`);
  const entry = path.join(dir, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
  if (fs.existsSync(entry)) return entry;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: 'nodus-verdaccio-harness', private: true,
    dependencies: { verdaccio: VERSION },
    overrides: { 'node-fetch': '2.7.0' },
  }, null, 2));
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^npm_config_/i.test(k)) delete env[k];
  const r = await c.runCmd(c.npmPath(), ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    { cwd: dir, env, timeout: 50000 });
  if (r.status !== 0 || !fs.existsSync(entry)) {
    fs.rmSync(path.join(dir, 'node_modules'), { recursive: true, force: true });
    return { error: r.stderr.split('\n').slice(-5).join('\n') };
  }
  return entry;
}

// { url, port, base, token (user "tester"), npmrc (registry + token lines), request, kill }
async function start() {
  const entry = await install();
  if (typeof entry !== 'string') {
    console.log(`skip: could not install verdaccio ${VERSION} from npm (network?):\n${entry.error}`);
    return null;
  }
  const base = c.tmpdir('verdaccio');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  fs.writeFileSync(path.join(base, 'config.yaml'), [
    `storage: ${path.join(base, 'storage')}`,
    'auth:',
    '  htpasswd:',
    `    file: ${path.join(base, 'htpasswd')}`,
    '    max_users: 10',
    'uplinks: {}',
    'packages:',
    "  '**':",
    '    access: $all',
    '    publish: $authenticated',
    '    unpublish: $authenticated',
    'log: { type: stdout, format: pretty, level: error }',
    '',
  ].join('\n'));
  // verdaccio 6.8 runs on the machine's node (v20); the harness itself may be Node 22.
  const nodeBin = process.env.NODUS_VERDACCIO_NODE || 'node';
  const server = spawn(nodeBin, [entry, '--config', path.join(base, 'config.yaml'), '--listen', `127.0.0.1:${port}`],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  process.on('exit', () => server.kill('SIGKILL'));
  const deadline = Date.now() + 20000;
  for (;;) {
    try { if ((await request('GET', url + '-/ping')).status === 200) break; } catch {}
    if (Date.now() > deadline) throw new Error('verdaccio did not start:\n' + log);
    await new Promise((r) => setTimeout(r, 200));
  }
  const user = await request('PUT', `${url}-/user/org.couchdb.user:tester`, { name: 'tester', password: 'pw-123456', type: 'user', roles: [] });
  assert.ok(user.status === 201 || user.status === 200, user.text);
  const token = JSON.parse(user.text).token;
  assert.ok(token);
  const npmrc = `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`;
  return { url, port, base, token, npmrc, request, kill: () => server.kill('SIGKILL') };
}

module.exports = { start, request };

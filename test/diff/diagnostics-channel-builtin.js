'use strict';
// The channels node's own modules publish (http, net, udp, child_process, worker_threads), in
// order, with the shape of each message.
const dc = require('diagnostics_channel');
const http = require('http');
const net = require('net');
const dgram = require('dgram');
const { spawn } = require('child_process');

const names = [
  'http.client.request.created', 'http.client.request.start', 'http.client.request.error',
  'http.client.response.finish', 'http.server.request.start', 'http.server.response.created',
  'http.server.response.finish', 'net.client.socket', 'net.server.socket', 'udp.socket',
  'child_process', 'worker_threads',
  'tracing:net.server.listen:start', 'tracing:net.server.listen:end',
  'tracing:net.server.listen:asyncStart', 'tracing:net.server.listen:asyncEnd',
  'tracing:net.server.listen:error',
];
const log = [];
function describe(v) {
  if (v === null || typeof v !== 'object') return typeof v;
  return v.constructor ? v.constructor.name : 'Object';
}
for (const name of names) {
  dc.subscribe(name, (msg, channelName) => {
    const parts = Object.keys(msg).sort().map((k) => `${k}=${describe(msg[k])}`);
    log.push(`${String(channelName)} ${parts.join(' ')}`);
  });
}

function step(label) { log.push(`-- ${label}`); }

async function main() {
  step('http');
  const server = http.createServer((req, res) => {
    res.end('hello');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  await new Promise((resolve) => {
    http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
  });
  await new Promise((r) => server.close(r));

  step('http client error');
  await new Promise((resolve) => {
    const req = http.get({ port: 1, host: '127.0.0.1', agent: false });
    req.on('error', () => resolve());
  });

  step('net');
  const netServer = net.createServer((s) => s.end());
  await new Promise((r) => netServer.listen(0, '127.0.0.1', r));
  await new Promise((resolve) => {
    net.connect(netServer.address().port, '127.0.0.1').on('close', resolve).resume();
  });
  await new Promise((r) => netServer.close(r));

  step('udp');
  dgram.createSocket('udp4').close();

  step('child_process');
  await new Promise((resolve) => {
    spawn(process.execPath, ['-e', '0']).on('close', resolve);
  });

  console.log(log.join('\n'));
}
main();

'use strict';
// Live differential test: install networking packages from the public registry with nodus, then
// run common/net-app.js (servers and frameworks, HTTP clients, proxy agents against local
// proxies, websockets and realtime transports, MQTT, SMTP, SSH, DNS over UDP, HTTP test tools and
// gRPC, GraphQL servers, tRPC, all on 127.0.0.1) under node 22 and under the nodus runtime; stdout must be identical.
// Skips when the binary under test is not the runtime or the registry is unreachable.
const c = require('./common');
const { compareLiveCases } = require('./common/live');

// The packages each case needs, pinned to a major version.
const CASES = {
  // First: restify patches http.IncomingMessage (a `query` method tRPC's adapter then reads).
  trpc: { '@trpc/server': '^10.45.0', '@trpc/client': '^10.45.0', zod: '^3.23.0' },
  hapi: { '@hapi/hapi': '^21.0.0' },
  restify: { restify: '^11.0.0' },
  polka: { polka: '^0.5.2' },
  h3: { h3: '^1.13.0' },
  listhen: { listhen: '^1.9.0' },
  'hono-node': { hono: '^4.0.0', '@hono/node-server': '^1.13.0' },
  micro: { micro: '^10.0.0' },
  'fastify-plugins': { fastify: '^5.0.0', '@fastify/static': '^8.0.0', '@fastify/cors': '^10.0.0', '@fastify/websocket': '^11.0.0', ws: '^8.18.0' },
  'express5-upload': { express: '^5.0.0', multer: '^2.0.0', busboy: '^1.6.0' },
  'http-proxy': { 'http-proxy': '^1.18.1', 'http-proxy-middleware': '^3.0.0', 'express-http-proxy': '^2.0.0' },
  needle: { needle: '^3.0.0' },
  superagent: { superagent: '^10.0.0' },
  phin: { phin: '^3.7.0' },
  ky: { ky: '^1.7.0' },
  'node-fetch': { 'node-fetch': '^3.3.0', 'node-fetch2': 'npm:node-fetch@^2.7.0' },
  got: { got: '^14.0.0' },
  'proxy-agents': { 'https-proxy-agent': '^7.0.0', 'proxy-agent': '^6.4.0', 'socks-proxy-agent': '^8.0.0', proxy: '^2.2.0' },
  undici: { undici: '^6.21.0' },
  'faye-websocket': { 'faye-websocket': '^0.11.4' },
  sockjs: { sockjs: '^0.3.24', 'sockjs-client': '^1.6.1' },
  'engine.io': { 'engine.io': '^6.6.0', 'engine.io-client': '^6.6.0' },
  'socket.io': { 'socket.io': '^4.8.0', 'socket.io-client': '^4.8.0' },
  mqtt: { mqtt: '^5.10.0', aedes: '^0.51.0' },
  smtp: { nodemailer: '^6.9.0', 'smtp-server': '^3.13.0' },
  ssh2: { ssh2: '^1.16.0' },
  dns: { dns2: '^2.1.0', 'dns-packet': '^5.6.0' },
  yoga: { 'graphql-yoga': '^5.10.0', graphql: '^16.9.0' },
  apollo: { '@apollo/server': '^4.11.0', graphql: '^16.9.0' },
  koa: { koa: '^2.15.0', '@koa/multer': '^3.0.2', 'form-data': '^4.0.0' },
  'ws-deflate': { ws: '^8.18.0' },
  'axios-request': { axios: '^1.7.0', request: '^2.88.2', 'http-proxy': '^1.18.1' },
  supertest: { supertest: '^7.0.0' },
  nock: { nock: '^14.0.0' },
  'light-my-request': { 'light-my-request': '^6.0.0' },
  msw: { msw: '^2.6.0' },
  autocannon: { autocannon: '^8.0.0' },
  grpc: { '@grpc/grpc-js': '^1.12.0', '@grpc/proto-loader': '^0.7.13' },
};

c.main(() => compareLiveCases('live-net', CASES, 'net-app.js', { installTimeout: 120000, runTimeout: 60000 }));

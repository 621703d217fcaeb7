'use strict';
// Live differential test: install popular npm packages from the public registry with nodus, then
// run common/packages-app.js (websockets, auth, validation, express middleware, http and database
// clients, templates, typescript/esbuild, jsdom, sql.js's wasm, worker pools, mocha, ioredis and
// node-redis against a real redis-server) under node 22 and under the nodus runtime; stdout must
// be identical. Skips when the binary under test is not the runtime or the registry is
// unreachable.
const c = require('./common');
const { compareLiveCases } = require('./common/live');

// The packages each case needs, pinned to a major version.
const CASES = {
  ws: { ws: '^8.0.0' },
  'socket.io': { 'socket.io': '^4.0.0', 'socket.io-client': '^4.0.0' },
  auth: { jsonwebtoken: '^9.0.0', jose: '^5.0.0', bcryptjs: '^2.4.0', uuid: '^11.0.0' },
  validation: { zod: '^3.0.0', ajv: '^8.0.0' },
  utils: { dayjs: '^1.11.0', lodash: '^4.17.0', rxjs: '^7.0.0', 'iconv-lite': '^0.6.0', 'js-yaml': '^4.0.0', xml2js: '^0.6.0' },
  logging: { winston: '^3.0.0', pino: '^9.0.0' },
  express: {
    express: '^4.21.0', supertest: '^7.0.0', multer: '^1.4.5-lts.1', morgan: '^1.10.0', cors: '^2.8.0',
    helmet: '^8.0.0', 'cookie-parser': '^1.4.0', 'express-session': '^1.18.0',
  },
  clients: {
    'node-fetch': '^2.7.0', got: '^14.0.0', 'form-data': '^4.0.0', nodemailer: '^6.9.0', pg: '^8.0.0',
    mysql2: '^3.0.0', ioredis: '^5.0.0', mongodb: '^6.0.0',
  },
  templates: { marked: '^15.0.0', handlebars: '^4.7.0', ejs: '^3.1.0', mustache: '^4.2.0', graphql: '^16.0.0' },
  tools: { typescript: '^5.0.0', esbuild: '^0.24.0' },
  jsdom: { jsdom: '^25.0.0' },
  'sql.js': { 'sql.js': '^1.10.0' },
  workers: { piscina: '^4.0.0', tinypool: '^1.0.0', workerpool: '^9.0.0' },
  mocha: { mocha: '^10.0.0', chai: '^5.0.0', sinon: '^19.0.0' },
  redis: { ioredis: '^5.0.0', redis: '^4.7.0' },
};

c.main(() => compareLiveCases('live-pkg', CASES, 'packages-app.js', { installTimeout: 120000, runTimeout: 120000 }));

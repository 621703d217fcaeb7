'use strict';
// HTTPS hello world for bench/https/run.sh: prints its port, serves until killed.
const https = require('https');
const fs = require('fs');
const path = require('path');
const F = path.join(__dirname, '..', '..', 'test', 'fixtures', 'tls');
const server = https.createServer({
  key: fs.readFileSync(path.join(F, 'server-key.pem')),
  cert: fs.readFileSync(path.join(F, 'server-cert.pem')),
}, (req, res) => res.end('Hello World'));
server.listen(0, '127.0.0.1', () => console.log(server.address().port));

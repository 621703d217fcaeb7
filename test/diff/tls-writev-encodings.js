'use strict';
// Corked writes through TLS (one writev) with mixed encodings: utf8 with a lone surrogate,
// latin1, ascii beyond 127, buffers, hex and ucs2 reach the peer as node encodes them.
const tls = require('tls'); const fs = require('fs'); const F = require('path').join(__dirname, '..', 'fixtures', 'tls') + '/';
const server = tls.createServer({ key: fs.readFileSync(F+'server-key.pem'), cert: fs.readFileSync(F+'server-cert.pem') }, (s) => {
  s.cork(); s.write('a\ud800b', 'utf8'); s.write('é', 'latin1'); s.write('é', 'ascii'); s.write(Buffer.from([1,2])); s.write('ff', 'hex'); s.write('x€', 'ucs2'); s.uncork();
  s.cork(); s.write('héllo', 'latin1'); s.write('wörld'); s.end();
});
server.listen(0, () => { const c = tls.connect({ port: server.address().port, rejectUnauthorized: false }); const parts = []; c.on('data', (d) => parts.push(d)); c.on('end', () => { console.log(Buffer.concat(parts).toString('hex')); server.close(); }); });

# TLS between peers, both ways: a $NODE server with `openssl s_client` and a Node 22 client, and
# `openssl s_server` and a Node 22 server with a $NODE client (certificates from test/fixtures/tls).
REF=$(bash ../../scripts/setup-node22.sh 2>/dev/null | tail -1)
F=$(cd ../fixtures/tls && pwd)
. ./_s_server.sh
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"; kill $(jobs -p) 2>/dev/null' EXIT
cat > "$DIR/server.js" <<'JS'
const tls = require('tls');
const fs = require('fs');
const F = process.argv[2];
const server = tls.createServer({
  key: fs.readFileSync(`${F}/server-key.pem`), cert: fs.readFileSync(`${F}/server-cert.pem`),
  ALPNProtocols: ['x-test', 'http/1.1'],
}, (s) => {
  let got = '';
  s.on('data', (d) => { got += d; if (got.includes('\n')) s.end(`server got ${got.trim()} over ${s.getProtocol()} alpn=${s.alpnProtocol}\n`); });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
let n = 0;
server.on('secureConnection', () => { if (++n === +process.argv[3]) server.close(); });
JS
cat > "$DIR/client.js" <<'JS'
const tls = require('tls');
const fs = require('fs');
const F = process.argv[3];
const c = tls.connect({ port: +process.argv[2], host: '127.0.0.1', servername: 'localhost',
  ca: fs.readFileSync(`${F}/ca-cert.pem`), ALPNProtocols: ['x-test'] }, () => {
  console.log('client authorized', c.authorized, c.getPeerCertificate().subject.CN, c.alpnProtocol || 'no alpn');
  c.write('hello\n');
});
let got = '';
c.on('data', (d) => { got += d; });
c.on('end', () => console.log('client got', got.trim().replace(/TLSv1\.[23]/, 'TLSv1.x')));
c.on('error', (e) => console.log('client error', e.code));
JS

echo '== $NODE server, openssl s_client and Node 22 clients'
$NODE "$DIR/server.js" "$F" 2 > "$DIR/port" &
for i in $(seq 100); do [ -s "$DIR/port" ] && break; sleep 0.1; done
PORT=$(cat "$DIR/port")
printf 'from-openssl\n' | timeout 10 openssl s_client -connect 127.0.0.1:$PORT -servername localhost \
  -CAfile "$F/ca-cert.pem" -alpn x-test -quiet -verify_return_error 2>/dev/null
timeout 10 "$REF" "$DIR/client.js" "$PORT" "$F"
wait

echo '== openssl s_server, $NODE client'
s_server -key "$F/server-key.pem" -cert "$F/server-cert.pem" -alpn x-test -naccept 1 -rev -quiet
timeout 10 $NODE -e "
const tls = require('tls');
const c = tls.connect({ port: $PORT, host: '127.0.0.1', servername: 'localhost', ca: require('fs').readFileSync('$F/ca-cert.pem'), ALPNProtocols: ['x-test'] }, () => {
  console.log('client authorized', c.authorized, c.alpnProtocol);
  c.write('olleh\n');
});
c.on('data', (d) => { console.log('reversed:', d.toString().trim()); c.end(); });
c.on('error', (e) => console.log('client error', e.code));
"
wait
echo '== Node 22 server, $NODE client'
"$REF" "$DIR/server.js" "$F" 1 > "$DIR/port2" &
for i in $(seq 100); do [ -s "$DIR/port2" ] && break; sleep 0.1; done
timeout 10 $NODE "$DIR/client.js" "$(cat "$DIR/port2")" "$F"
wait

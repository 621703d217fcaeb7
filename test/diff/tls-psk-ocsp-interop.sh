# PSK and OCSP stapling against OpenSSL's own tools: `openssl s_client -psk` with a $NODE PSK
# server, a $NODE PSK client with `openssl s_server -psk`, and a $NODE client with requestOCSP
# against `openssl s_server -status_file`.
REF=$(bash ../../scripts/setup-node22.sh 2>/dev/null | tail -1)
F=$(cd ../fixtures/tls && pwd)
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"; kill $(jobs -p) 2>/dev/null' EXIT
KEY=d731ef57be09e5204f0b205b60627028
. ./_s_server.sh

echo '== $NODE PSK server, openssl s_client -psk'
cat > "$DIR/psk-server.js" <<JS
const tls = require('tls');
const server = tls.createServer({ ciphers: 'PSK-AES128-GCM-SHA256', maxVersion: 'TLSv1.2', pskIdentityHint: 'hint',
  pskCallback: (s, id) => { console.log('server identity', id); return Buffer.from('$KEY', 'hex'); } }, (s) => {
  s.once('data', (d) => { console.log('server got', d.toString().trim(), s.getCipher().name); s.end('bye\n'); server.close(); });
});
server.listen(0, '127.0.0.1', () => console.error(server.address().port));
JS
$NODE "$DIR/psk-server.js" 2> "$DIR/port" &
for i in $(seq 100); do [ -s "$DIR/port" ] && break; sleep 0.1; done
printf 'from-openssl\n' | timeout 10 openssl s_client -connect 127.0.0.1:$(cat "$DIR/port") -psk $KEY \
  -psk_identity ossl-client -cipher PSK-AES128-GCM-SHA256 -tls1_2 -quiet 2>/dev/null
wait

echo '== openssl s_server -psk, $NODE PSK client'
s_server -psk $KEY -psk_hint ossl-hint -nocert -cipher PSK-AES128-GCM-SHA256 -tls1_2 -naccept 1 -rev -quiet
timeout 10 $NODE -e "
const tls = require('tls');
const c = tls.connect({ port: $PORT, host: '127.0.0.1', ciphers: 'PSK-AES128-GCM-SHA256', maxVersion: 'TLSv1.2',
  checkServerIdentity: () => undefined,
  pskCallback: (hint) => { console.log('client hint', hint); return { psk: Buffer.from('$KEY', 'hex'), identity: 'nodus' }; } }, () => {
  console.log('client connected', c.authorized, c.getCipher().name);
  c.write('olleh\n');
});
c.on('data', (d) => { console.log('reversed:', d.toString().trim()); c.end(); });
c.on('error', (e) => console.log('client error', e.code));
"
wait

echo '== openssl s_server -status_file, $NODE client with requestOCSP'
touch "$DIR/index.txt"
openssl ocsp -issuer "$F/ca-cert.pem" -cert "$F/server-cert.pem" -no_nonce -reqout "$DIR/req.der" >/dev/null 2>&1
openssl ocsp -index "$DIR/index.txt" -rsigner "$F/ca-cert.pem" -rkey "$F/ca-key.pem" -CA "$F/ca-cert.pem" \
  -reqin "$DIR/req.der" -respout "$DIR/resp.der" -ndays 1 >/dev/null 2>&1
s_server -key "$F/server-key.pem" -cert "$F/server-cert.pem" -status_file "$DIR/resp.der" -naccept 1 -rev -quiet
timeout 10 $NODE -e "
const tls = require('tls');
const fs = require('fs');
const c = tls.connect({ port: $PORT, host: '127.0.0.1', servername: 'localhost', requestOCSP: true,
  ca: fs.readFileSync('$F/ca-cert.pem') }, () => { c.write('x\n'); });
c.on('OCSPResponse', (r) => console.log('OCSPResponse same as file:', r.equals(fs.readFileSync('$DIR/resp.der'))));
c.on('data', () => c.end());
c.on('error', (e) => console.log('client error', e.code));
"
wait


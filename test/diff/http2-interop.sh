# HTTP/2 between real peers: a $NODE h2c server answering curl --http2-prior-knowledge and a
# Node 22 client, a $NODE TLS server (ALPN h2, allowHTTP1) answering curl --http2 and curl
# --http1.1, and a Node 22 h2 server (h2c and TLS) answering a $NODE client: headers, trailers,
# a 1 MiB body each way.
REF=$(bash ../../scripts/setup-node22.sh 2>/dev/null | tail -1)
F=$(cd ../fixtures/tls && pwd)
DIR=$(mktemp -d)
trap 'kill $SPID 2>/dev/null; rm -rf "$DIR"' EXIT
cat > "$DIR/server.js" <<JS
const http2 = require('http2');
const fs = require('fs');
const crypto = require('crypto');
function handler(req, res) {
  const hash = crypto.createHash('sha1');
  let len = 0;
  req.on('data', (d) => { len += d.length; hash.update(d); });
  req.on('end', () => {
    res.setHeader('x-req', req.method + ' ' + req.url + ' ' + req.httpVersion + ' len=' + len +
                  ' sha1=' + hash.digest('hex').slice(0, 12));
    if (req.url === '/big') {
      const big = Buffer.alloc(1 << 20);
      for (let i = 0; i < big.length; i++) big[i] = (i * 13) & 255;
      res.end(big);
      return;
    }
    if (req.httpVersion === '2.0') res.addTrailers({ 'x-trailer': 'yes' });
    res.end('hello ' + req.url + '\n');
  });
}
const plain = http2.createServer(handler);
const secure = http2.createSecureServer({ key: fs.readFileSync('$F/server-key.pem'),
  cert: fs.readFileSync('$F/server-cert.pem'), allowHTTP1: true }, handler);
plain.listen(0, '127.0.0.1', () => secure.listen(0, '127.0.0.1', () => {
  console.log(plain.address().port + ' ' + secure.address().port);
}));
JS
cat > "$DIR/client.js" <<JS
const http2 = require('http2');
const fs = require('fs');
const crypto = require('crypto');
const [plainPort, securePort] = process.argv.slice(2);
function get(client, headers, body) {
  return new Promise((resolve, reject) => {
    const req = client.request(headers);
    const out = [];
    let hash = crypto.createHash('sha1');
    let len = 0;
    req.on('response', (h) => out.push('status ' + h[':status'] + ' x-req=' + h['x-req']));
    req.on('trailers', (t) => out.push('trailer ' + t['x-trailer']));
    req.on('data', (d) => { len += d.length; hash.update(d); });
    req.on('error', reject);
    req.on('end', () => {
      out.push('body ' + len + ' ' + hash.digest('hex').slice(0, 12));
      resolve(out.join(', '));
    });
    req.end(body);
  });
}
(async () => {
  for (const [url, opts] of [['http://127.0.0.1:' + plainPort, {}],
    ['https://localhost:' + securePort, { ca: fs.readFileSync('$F/ca-cert.pem'), host: '127.0.0.1' }]]) {
    const client = http2.connect(url, opts);
    console.log(url.split(':')[0], await get(client, { ':path': '/a?b=1' }));
    const up = Buffer.alloc(1 << 20, 7);
    console.log(url.split(':')[0], await get(client, { ':path': '/up', ':method': 'POST' }, up));
    console.log(url.split(':')[0], await get(client, { ':path': '/big' }));
    await new Promise((r) => client.close(r));
  }
})();
JS
cat > "$DIR/wait.sh" <<'SH'
for i in $(seq 100); do [ -s "$1" ] && break; sleep 0.1; done
SH
echo "== \$NODE server"
$NODE "$DIR/server.js" > "$DIR/ports" &
SPID=$!
bash "$DIR/wait.sh" "$DIR/ports"
read PLAIN SECURE < "$DIR/ports"
curl -s -i --http2-prior-knowledge "http://127.0.0.1:$PLAIN/curl?x=1" | grep -iv '^date'
echo
curl -s --http2 --cacert "$F/ca-cert.pem" --resolve localhost:$SECURE:127.0.0.1 -o /dev/null \
  -w '%{http_version} %{http_code}\n' "https://localhost:$SECURE/tls"
curl -s --http1.1 --cacert "$F/ca-cert.pem" --resolve localhost:$SECURE:127.0.0.1 \
  "https://localhost:$SECURE/h1"
head -c 300000 /dev/zero | curl -s --http2-prior-knowledge --data-binary @- -o /dev/null \
  -D - "http://127.0.0.1:$PLAIN/upload" | grep -i '^x-req'
"$REF" "$DIR/client.js" $PLAIN $SECURE
kill $SPID; wait $SPID 2>/dev/null
echo "== Node 22 server, \$NODE client"
rm -f "$DIR/ports"
"$REF" "$DIR/server.js" > "$DIR/ports" &
SPID=$!
bash "$DIR/wait.sh" "$DIR/ports"
read PLAIN SECURE < "$DIR/ports"
$NODE "$DIR/client.js" $PLAIN $SECURE

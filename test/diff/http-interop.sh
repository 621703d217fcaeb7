# HTTP between real peers: a $NODE server answering curl and a Node 22 client, and a Node 22
# server answering a $NODE client (keep-alive reuse, chunked upload, 1 MiB body, headers).
REF=$(bash ../../scripts/setup-node22.sh 2>/dev/null | tail -1)
DIR=$(mktemp -d)
trap 'kill $SPID 2>/dev/null; rm -rf "$DIR"' EXIT
cat > "$DIR/server.js" <<'JS'
const http = require('http');
const crypto = require('crypto');
let n = 0;
const server = http.createServer((req, res) => {
  n++;
  let len = 0;
  const hash = crypto.createHash('sha1');
  req.on('data', (d) => { len += d.length; hash.update(d); });
  req.on('end', () => {
    if (req.url === '/big') {
      const big = Buffer.alloc(1 << 20);
      for (let i = 0; i < big.length; i++) big[i] = (i * 13) & 255;
      res.setHeader('Content-Type', 'application/octet-stream');
      res.write(big.subarray(0, 1000));
      res.end(big.subarray(1000));
      return;
    }
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.setHeader('X-Req', `${n} ${req.method} ${req.url} ${req.httpVersion} len=${len} ` +
                  `sha1=${hash.digest('hex').slice(0, 12)} ua=${req.headers['user-agent'] ? 'yes' : 'no'} ` +
                  `te=${req.headers['transfer-encoding'] || '-'}`);
    if (req.url === '/close') res.setHeader('Connection', 'close');
    res.end(`hello ${req.url}\n`);
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('SIGTERM', () => server.close());
JS
cat > "$DIR/client.js" <<'JS'
const http = require('http');
const crypto = require('crypto');
const port = +process.argv[2];
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function go(path, method, body, chunked) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', path, method, agent }, (res) => {
      const hash = crypto.createHash('sha1');
      let len = 0;
      res.on('data', (d) => { len += d.length; hash.update(d); });
      res.on('end', () => {
        console.log(res.statusCode, path, `reused=${req.reusedSocket}`, res.headers['x-req'] || '',
                    JSON.stringify(res.headers['set-cookie'] || null), res.headers.connection,
                    res.headers['keep-alive'] || '-', `len=${len}`, hash.digest('hex').slice(0, 12));
        resolve();
      });
    });
    req.on('error', reject);
    if (chunked) { req.write(body.slice(0, 3)); req.end(body.slice(3)); } else req.end(body);
  });
}
(async () => {
  await go('/a', 'GET');
  await go('/b', 'POST', 'form=data');
  await go('/c', 'PUT', 'chunked body here', true);
  await go('/big', 'GET');
  await go('/close', 'GET');
  await go('/after-close', 'GET');
  agent.destroy();
})();
JS
norm() { sed -e 's/^Date: .*/Date: <date>/' -e 's/\r$//'; }

$NODE "$DIR/server.js" > "$DIR/port" &
SPID=$!
for i in $(seq 50); do [ -s "$DIR/port" ] && break; sleep 0.1; done
PORT=$(cat "$DIR/port")
echo "== curl -> \$NODE server"
curl -s -i "http://127.0.0.1:$PORT/x?y=1" | norm
curl -s -i -d 'a=b' "http://127.0.0.1:$PORT/form" | norm
curl -s -i -H 'Transfer-Encoding: chunked' --data-binary 'chunky' "http://127.0.0.1:$PORT/chunked" | norm
curl -s -I "http://127.0.0.1:$PORT/head" | norm
curl -s -i --http1.0 "http://127.0.0.1:$PORT/ten" | norm
curl -s "http://127.0.0.1:$PORT/k1" "http://127.0.0.1:$PORT/k2"
curl -s "http://127.0.0.1:$PORT/big" | sha1sum
echo "== node 22 client -> \$NODE server"
"$REF" "$DIR/client.js" "$PORT"
kill $SPID; wait $SPID 2>/dev/null

"$REF" "$DIR/server.js" > "$DIR/port2" &
SPID=$!
for i in $(seq 50); do [ -s "$DIR/port2" ] && break; sleep 0.1; done
echo "== \$NODE client -> node 22 server"
$NODE "$DIR/client.js" "$(cat "$DIR/port2")"

# An https server under $NODE answering curl (HTTP/1.1 over TLS, certificates from test/fixtures/tls).
F=$(cd ../fixtures/tls && pwd)
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"; kill $(jobs -p) 2>/dev/null' EXIT
$NODE -e "
const https = require('https');
const fs = require('fs');
const server = https.createServer({ key: fs.readFileSync('$F/server-key.pem'), cert: fs.readFileSync('$F/server-cert.pem') }, (req, res) => {
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => res.end(req.method + ' ' + req.url + ' ' + n + ' bytes, ' + req.headers['user-agent'].split('/')[0] + '\n'));
});
let count = 0;
server.on('request', () => { if (++count === 2) server.close(); });
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
" > "$DIR/port" &
for i in $(seq 100); do [ -s "$DIR/port" ] && break; sleep 0.1; done
PORT=$(cat "$DIR/port")
curl -s --cacert "$F/ca-cert.pem" --resolve localhost:$PORT:127.0.0.1 "https://localhost:$PORT/hello?x=1"
head -c 100000 /dev/zero | curl -s --cacert "$F/ca-cert.pem" --resolve localhost:$PORT:127.0.0.1 --data-binary @- "https://localhost:$PORT/upload"
wait

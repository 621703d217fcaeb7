# Two $NODE server instances behind nginx (Debian's nginx-light) as a reverse proxy, the way
# node servers are scaled out: round-robin over keep-alive upstream connections, request bodies
# nginx re-frames (chunked in, Content-Length out), a 1 MiB response, a streamed response
# without proxy buffering, a WebSocket-style Upgrade tunnelled through nginx, an upstream that
# dies mid-response and one that is gone (nginx answers 502); a $NODE client talks to nginx.
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
DIR=$(mktemp -d)
PIDS=""
trap 'kill $PIDS 2>/dev/null; [ -f "$DIR/nginx.pid" ] && kill "$(cat "$DIR/nginx.pid")" 2>/dev/null; rm -rf "$DIR"' EXIT
cat > "$DIR/server.js" <<'JS'
const http = require('http');
const crypto = require('crypto');
const id = process.argv[2];
let n = 0;
const server = http.createServer((req, res) => {
  n++;
  const hash = crypto.createHash('sha1');
  let len = 0;
  req.on('data', (d) => { len += d.length; hash.update(d); });
  req.on('end', () => {
    if (req.url === '/big') {
      const big = Buffer.alloc(1 << 20);
      for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 255;
      return res.end(big);
    }
    if (req.url === '/stream') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      let i = 0;
      const t = setInterval(() => {
        res.write(`data: ${i}\n\n`);
        if (++i === 3) { clearInterval(t); res.end(); }
      }, 5);
      return;
    }
    if (req.url === '/die') {
      res.writeHead(200, { 'Content-Length': 100 });
      res.write('partial');
      setTimeout(() => res.socket.destroy(), 5);
      return;
    }
    res.setHeader('X-Instance', id);
    res.end(`${req.method} ${req.url} len=${len} sha1=${hash.digest('hex').slice(0, 10)} ` +
            `cl=${req.headers['content-length'] || '-'} te=${req.headers['transfer-encoding'] || '-'} ` +
            `xff=${req.headers['x-forwarded-for'] || '-'} conn=${req.headers.connection || '-'}\n`);
  });
});
server.on('upgrade', (req, socket, head) => {
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  if (head.length) socket.write(head);
  socket.on('data', (d) => socket.write(String(d).toUpperCase()));
  socket.on('end', () => socket.end());
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
JS
cat > "$DIR/client.js" <<'JS'
const http = require('http');
const crypto = require('crypto');
const port = +process.argv[2];
const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
function go(path, opts = {}) {
  return new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', path, agent, method: opts.method || 'GET',
                               headers: opts.headers || {} }, (res) => {
      const hash = crypto.createHash('sha1');
      let len = 0;
      let body = '';
      res.on('data', (d) => { len += d.length; hash.update(d); if (len < 300) body += d; });
      res.on('end', () => resolve({ status: res.statusCode, instance: res.headers['x-instance'],
                                    len, sha1: hash.digest('hex').slice(0, 10), body,
                                    complete: res.complete }));
      res.on('error', (e) => resolve({ status: res.statusCode, error: e.code, len }));
    });
    req.on('error', (e) => resolve({ error: e.code }));
    if (opts.chunks) { for (const c of opts.chunks) req.write(c); req.end(); } else req.end(opts.body);
  });
}
(async () => {
  const seen = {};
  for (let i = 0; i < 20; i++) {
    const r = await go('/rr');
    seen[r.instance] = (seen[r.instance] || 0) + 1;
  }
  console.log('round robin:', Object.keys(seen).length, 'instances,', Object.values(seen).join('+'));
  console.log((await go('/form', { method: 'POST', body: 'a=1&b=2' })).body.replace(/X-Instance.*/, ''));
  const up = await go('/upload', { method: 'PUT', chunks: ['x'.repeat(70000), 'y'.repeat(5000), 'z'] });
  console.log(up.status, up.body);
  const big = await go('/big');
  console.log('big', big.status, big.len, big.sha1);
  const st = await go('/stream');
  console.log('stream', st.status, JSON.stringify(st.body));
  const die = await go('/die');
  console.log('die', die.status, die.len, die.error || 'no error', die.complete);
  // An Upgrade through nginx (proxy_set_header Upgrade/Connection).
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', path: '/ws',
                               headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    req.on('upgrade', (res, socket, head) => {
      let got = String(head);
      socket.on('data', (d) => {
        got += d;
        if (got.length >= 11) { console.log('upgrade', res.statusCode, got); socket.end(); resolve(); }
      });
      socket.write('hello world');
    });
    req.end();
  });
  agent.destroy();
})();
JS
$NODE "$DIR/server.js" A > "$DIR/p1" & PIDS="$PIDS $!"
$NODE "$DIR/server.js" B > "$DIR/p2" & PIDS="$PIDS $!"
for i in $(seq 100); do [ -s "$DIR/p1" ] && [ -s "$DIR/p2" ] && break; sleep 0.1; done
# A port nothing listens on: bind one, note it, let it go.
DEAD=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
start_nginx() {
  NPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  cat > "$DIR/nginx.conf" <<CONF
daemon on;
pid $DIR/nginx.pid;
error_log $DIR/error.log;
worker_processes 1;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $DIR/body;
  client_body_buffer_size 1m;
  proxy_temp_path $DIR/proxy;
  upstream app { server 127.0.0.1:$(cat "$DIR/p1"); server 127.0.0.1:$(cat "$DIR/p2"); keepalive 4; }
  upstream gone { server 127.0.0.1:$DEAD; }
  map \$http_upgrade \$conn { default upgrade; '' ''; }
  server {
    listen 127.0.0.1:$NPORT;
    location / { proxy_pass http://app; proxy_http_version 1.1;
                 proxy_set_header Connection \$conn; proxy_set_header Upgrade \$http_upgrade;
                 proxy_set_header X-Forwarded-For 127.0.0.9; }
    location /stream { proxy_pass http://app; proxy_http_version 1.1; proxy_buffering off;
                       proxy_set_header Connection ""; }
    location /gone { proxy_pass http://gone; }
  }
}
CONF
  "$NGINX" -c "$DIR/nginx.conf" -p "$DIR" 2>>"$DIR/error.log"
}
for attempt in 1 2 3; do start_nginx && break; sleep 0.2; done
for i in $(seq 50); do [ -s "$DIR/nginx.pid" ] && break; sleep 0.1; done
$NODE "$DIR/client.js" "$NPORT"
echo "== curl through nginx"
curl -s -i "http://127.0.0.1:$NPORT/gone" | head -1 | tr -d '\r'
curl -s "http://127.0.0.1:$NPORT/curl?q=1" -H 'Transfer-Encoding: chunked' --data-binary 'chunked via curl'
grep -c "upstream prematurely closed" "$DIR/error.log"

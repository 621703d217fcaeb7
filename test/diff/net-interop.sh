# TCP between runtimes, both ways: a $NODE server with a Node 22 client, and a Node 22 server
# with a $NODE client (1 MiB each way, half-close, addresses).
REF=$(bash ../../scripts/setup-node22.sh 2>/dev/null | tail -1)
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
cat > "$DIR/server.js" <<'JS'
const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (s) => {
  let n = 0;
  let sum = 0;
  s.on('data', (d) => { n += d.length; for (const b of d) sum = (sum + b) % 65521; });
  s.on('end', () => {
    const reply = Buffer.alloc(1 << 20);
    for (let i = 0; i < reply.length; i++) reply[i] = (i * 31) & 255;
    s.write(`got ${n} bytes, sum ${sum}, from ${s.remoteFamily}\n`);
    s.end(reply);
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
JS
cat > "$DIR/client.js" <<'JS'
const net = require('net');
const c = net.connect({ port: +process.argv[2], host: '127.0.0.1', allowHalfOpen: true }, () => {
  const data = Buffer.alloc(1 << 20);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 255;
  c.write(data.subarray(0, 1000));
  c.end(data.subarray(1000));
});
const parts = [];
c.on('data', (d) => parts.push(d));
c.on('end', () => {
  const all = Buffer.concat(parts);
  const nl = all.indexOf(10);
  let sum = 0;
  for (const b of all.subarray(nl + 1)) sum = (sum + b) % 65521;
  console.log(all.subarray(0, nl + 1).toString().trim());
  console.log(`reply ${all.length - nl - 1} bytes, sum ${sum}`);
});
c.on('close', (hadError) => console.log('closed', hadError));
JS
run() {
  mkfifo "$DIR/port"
  "$1" "$DIR/server.js" > "$DIR/port" &
  exec 3< "$DIR/port"
  read -r port <&3
  "$2" "$DIR/client.js" "$port"
  wait
  exec 3<&-
  rm -f "$DIR/port"
}
echo "server under test, node 22 client"
run "$NODE" "$REF"
echo "node 22 server, client under test"
run "$REF" "$NODE"

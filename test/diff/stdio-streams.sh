# process.stdout/stderr/stdin classes for pipes and files, as node builds them on Linux, and
# 'close' after end().
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
SHOW='const d = (s) => [s.constructor.name, s._type, s.isTTY, s.fd, s.readable, s.writable, s.writableHighWaterMark].join(" ");'
$NODE -e "$SHOW console.log(d(process.stdout)); console.error(d(process.stderr))" 2>&1 | cat
$NODE -e "$SHOW console.log(d(process.stdout))" > "$DIR/out.txt"; cat "$DIR/out.txt"
echo data | $NODE -e "$SHOW console.log(d(process.stdin)); process.stdin.on('data', (b) => console.log(String(b).trim())).on('end', () => console.log('end'))" | cat
$NODE -e "$SHOW console.log(d(process.stdin)); process.stdin.setEncoding('utf8').on('data', (b) => console.log(b.length)).on('end', () => console.log('end'))" < "$DIR/out.txt" | cat
$NODE -e "process.stdout.end('x'); process.stdout.on('close', () => console.error('close', process.stdout.destroyed))" 2>&1 | cat

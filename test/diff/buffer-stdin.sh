# process.stdin 'data' chunks are Buffers (without setEncoding), strings with it
printf 'hello\n' | $NODE -e "process.stdin.on('data', (d) => console.log(Buffer.isBuffer(d), d, d.toString('hex')))"
printf '\xc3\xa9\xff' | $NODE -e "process.stdin.on('data', (d) => console.log(Buffer.isBuffer(d), d.length, d))"
printf 'abc' | $NODE -e "process.stdin.setEncoding('utf8'); process.stdin.on('data', (d) => console.log(typeof d, d))"

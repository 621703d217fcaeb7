'use strict';
// HTTP hello world, in one process (WORKERS=0) or in a cluster of WORKERS workers sharing the
// port (round-robin); the primary prints the port once every worker listens.
const cluster = require('cluster');
const http = require('http');
const workers = Number(process.env.WORKERS || 0);

if (workers === 0 || cluster.isWorker) {
  const server = http.createServer((req, res) => res.end('Hello World'));
  server.listen(workers === 0 ? 0 : Number(process.env.BENCH_PORT), '127.0.0.1', () => {
    if (workers === 0) console.log(server.address().port);
  });
} else {
  // Pick a free port first, so every worker listens on the same one.
  const probe = http.createServer().listen(0, '127.0.0.1', () => {
    const port = probe.address().port;
    probe.close(() => {
      let listening = 0;
      for (let i = 0; i < workers; i++) cluster.fork({ BENCH_PORT: port });
      cluster.on('listening', () => {
        if (++listening === workers) console.log(port);
      });
    });
  });
}

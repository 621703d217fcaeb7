'use strict';
// Keep-alive client loop: N sequential-in-parallel http.request()s (CONC at a time) against a
// hello-world server in the same process; prints requests per second of wall time and of CPU.
const http = require('http');
const N = +process.argv[2] || 20000;
const CONC = +process.argv[3] || 10;
const server = http.createServer((req, res) => res.end('Hello World'));
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONC });
  const port = server.address().port;
  let started = 0;
  let done = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  function one() {
    started++;
    http.get({ host: '127.0.0.1', port, agent }, (res) => {
      res.resume();
      res.on('end', () => {
        if (++done === N) {
          const secs = Number(process.hrtime.bigint() - t0) / 1e9;
          const cpu = process.cpuUsage(c0);
          console.log(JSON.stringify({ rps: N / secs, per_cpu_s: N / ((cpu.user + cpu.system) / 1e6) }));
          agent.destroy();
          server.close();
        } else if (started < N) {
          one();
        }
      });
    });
  }
  for (let i = 0; i < CONC; i++) one();
});

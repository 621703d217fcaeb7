'use strict';
// The hello-world server of instructions.sh: prints its port; each SIGUSR2 toggles a window over
// which it counts V8 heap bytes allocated (used heap at the end - at the start + what each GC
// freed, from v8.GCProfiler) and GCs, printed as one JSON line when the window closes.
const http = require('http');
const v8 = require('v8');
const server = http.createServer((req, res) => res.end('Hello World'));
// Under callgrind (and more so on a loaded machine) one GC or JIT pause can outlast the default
// 5 s keep-alive timeout; a connection closed then with the next request already in its receive
// queue is reset. The same timer is still armed for every response, just for longer.
server.keepAliveTimeout = 60000;
let profiler = null;
let used0 = 0;
process.on('SIGUSR2', () => {
  if (!profiler) {
    profiler = new v8.GCProfiler();
    used0 = v8.getHeapStatistics().used_heap_size;
    profiler.start();
    console.log('started');
    return;
  }
  const used1 = v8.getHeapStatistics().used_heap_size;
  const { statistics } = profiler.stop();
  profiler = null;
  let freed = 0;
  const gcs = {};
  for (const s of statistics) {
    freed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize;
    gcs[s.gcType] = (gcs[s.gcType] || 0) + 1;
  }
  console.log(JSON.stringify({ allocated: used1 - used0 + freed, gcs }));
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));

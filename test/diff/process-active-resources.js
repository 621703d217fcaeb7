'use strict';
// process.getActiveResourcesInfo(), _getActiveHandles() and _getActiveRequests() at points where
// the loop's state is settled: names, order (requests, then handles oldest first, then one
// 'Timeout' per ref'd timer and one 'Immediate' per ref'd immediate) and the objects reported.
const net = require('net');
const dgram = require('dgram');
const fs = require('fs');
const dns = require('dns');
const path = require('path');
const os = require('os');
const cp = require('child_process');
const { MessageChannel } = require('worker_threads');

const lines = [];
function show(label) {
  const names = (list) => list.map((o) => o.constructor.name).join(',');
  lines.push(`${label}: [${process.getActiveResourcesInfo().join(',')}] handles ` +
             `[${names(process._getActiveHandles())}] requests [${names(process._getActiveRequests())}]`);
}
// Only the resources of the part under test: what other parts left closing, and stdio streams
// made on the way, come and go with the machine's timing.
function showOnly(label, names, objects = []) {
  const keep = (list) => list.filter((o) => objects.includes(o)).map((o) => o.constructor.name);
  lines.push(`${label}: [${process.getActiveResourcesInfo().filter((n) => names.includes(n))}] ` +
             `handles [${keep(process._getActiveHandles())}] ` +
             `requests [${process._getActiveRequests().map((o) => o.constructor.name)
               .filter((n) => names.includes(n))}]`);
}
function flush() {
  // written in one go at the end: process.stdout is a handle too, made on first use
  process.stdout.write(lines.join('\n') + '\n');
}

show('start');

// timers and immediates: ref'd ones count, a running timeout counts until its callback returns
const t1 = setTimeout(() => {}, 100000);
const t2 = setTimeout(() => {}, 100000);
t2.unref();
show('two timeouts, one unref');
t2.ref();
show('ref again');
clearTimeout(t1);
clearTimeout(t2);
show('cleared');
const im1 = setImmediate(() => {});
const im2 = setImmediate(() => {});
im2.unref();
show('two immediates, one unref');
clearImmediate(im1);
clearImmediate(im2);
show('immediates cleared');

setTimeout(() => {
  show('inside a timeout');
  const iv = setInterval(() => {
    show('inside an interval');
    clearInterval(iv);
    show('interval cleared in its callback');
    setImmediate(step1);
  }, 1);
}, 1);

// requests: fs (callback and promise forms), dns.lookup
function step1() {
  fs.stat(__filename, () => {
    show('in fs.stat callback');
    setImmediate(step2);
  });
  show('fs.stat pending');
}
function step2() {
  fs.promises.stat(__filename).then(() => {
    dns.lookup('localhost', () => {
      setImmediate(step3);
    });
    show('dns.lookup pending');
  });
  show('fs.promises.stat pending');
}

// handles: a TCP server (ref/unref), a connection, UDP, fs.watch, watchFile, a MessagePort
function step3() {
  const server = net.createServer((sock) => {
    sock.end();
  });
  server.listen(0, '127.0.0.1', () => {
    show('tcp listening');
    server.unref();
    show('server unref');
    server.ref();
    show('server ref');
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      showOnly('in connect callback', ['ConnectWrap', 'TCPConnectWrap', 'TCPServerWrap'], [server]);
    });
    c.on('close', () => {
      server.close(() => {
        showOnly('server closed', ['TCPServerWrap'], [server]);
        setImmediate(step4);
      });
    });
    c.resume();
  });
}

function step4() {
  const u = dgram.createSocket('udp4');
  showOnly('udp socket', ['UDPWrap'], [u]);
  u.bind(0, '127.0.0.1', () => {
    showOnly('udp bound', ['UDPWrap'], [u]);
    u.close(() => {
      const w = fs.watch(__dirname, () => {});
      showOnly('fs.watch', ['FSEventWrap'], [w]);
      w.close();
      setImmediate(() => {
        showOnly('fs.watch closed', ['FSEventWrap'], [w]);
        fs.watchFile(__filename, { interval: 100000 }, () => {});
        showOnly('watchFile', ['StatWatcher'], process._getActiveHandles());
        fs.unwatchFile(__filename);
        showOnly('unwatchFile', ['StatWatcher'], process._getActiveHandles());
        const { port1, port2 } = new MessageChannel();
        showOnly('channel', ['MessagePort'], [port1, port2]);
        port1.on('message', () => {});
        showOnly('port listening', ['MessagePort'], [port1, port2]);
        port1.unref();
        showOnly('port unref', ['MessagePort'], [port1, port2]);
        port1.close();
        port2.close();
        setImmediate(step5);
      });
    });
  });
}

// a child process: its stdio pipes, then the process; a Unix socket server
function step5() {
  const child = cp.spawn(process.execPath, ['-e', '0']);
  const own = [child, ...child.stdio];
  showOnly('spawned', ['PipeWrap', 'ProcessWrap'], own);
  child.on('close', () => {
    const sock = path.join(os.tmpdir(), `nodus-active-${process.pid}.sock`);
    try { fs.unlinkSync(sock); } catch {}
    const ps = net.createServer().listen(sock, () => {
      // (the child's pipes may still be closing: only the server is looked at)
      showOnly('pipe server', [], [ps]);
      ps.close(() => {
        flush();
      });
    });
  });
}

'use strict';
// Data arriving on many connections at once (while the server is busy), where the first 'data' handler to run pauses
// every other connection and a timer resumes them: no 'data' while paused, every byte once and
// in order, the large writes (several 64 KiB reads each) and the peer's end included. (nodus
// reads a poll phase's ready connections from clients in another process together, in one
// io_uring submission after the poll phase, so a connection can be paused after its bytes were
// read and before they were delivered: they wait for its resume, as does a reset read then.)
const net = require('net');
const { spawn } = require('child_process');

const CONNS = 6;
const SIZES = [10, 200 * 1024, 70 * 1000, 3, 65536, 131072];
const body = (c) => {
  const unit = `[${c}]`;
  return unit.repeat(Math.ceil(SIZES[c] / unit.length)).slice(0, SIZES[c]);
};

if (process.argv[2] === 'client') {
  const port = +process.argv[3];
  const sockets = [];
  let connected = -1;
  const resetter = net.connect(port, '127.0.0.1');
  resetter.on('connect', () => connected++);
  resetter.on('error', () => {});
  for (let c = 0; c < CONNS; c++) {
    const s = net.connect(port, '127.0.0.1');
    sockets.push(s);
    s.on('connect', () => {
      if (++connected < CONNS) return;
      // Everyone's bytes while the server is busy: its next poll finds them ready together.
      setTimeout(() => {
        sockets.forEach((t, i) => t.write(String.fromCharCode(65 + i) + body(i)));
        sockets.forEach((t) => t.end());
        resetter.resetAndDestroy();  // one more connection: only a reset
      }, 100);
    });
    s.resume();
  }
  return;
}

let pausedOnce = false;
let whileP = 0;
let ended = 0;
const got = [];
const all = [];
let errors = 0;
const finish = () => {
  if (ended + errors < CONNS + 1) return;
  console.log(got.join('\n'));
  console.log('data events while paused:', whileP);
  server.close();
};
const server = net.createServer((socket) => {
  all.push(socket);
  socket.on('error', (e) => {
    console.log('the reset connection:', e.code, e.syscall);
    errors++;
    finish();
  });
  if (all.length === CONNS + 1) {
    setTimeout(() => {  // busy for 400 ms, while the client writes
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400);
    }, 0);
  }
  let conn = -1;
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => {
    if (socket.isPaused()) whileP++;
    data += d;
    if (conn < 0) conn = data.charCodeAt(0) - 65;
    if (!pausedOnce) {
      pausedOnce = true;
      // pause() alone keeps the handle reading into the stream's buffer: stop the handle too.
      for (const other of all) {
        if (other !== socket) {
          other.pause();
          other._handle.readStop();
        }
      }
      setTimeout(() => {
        for (const other of all) {
          if (other !== socket && other._handle) other._handle.readStart();
          other.resume();
        }
      }, 50);
    }
  });
  socket.on('end', () => {
    got[conn] = `conn ${conn}: ${data.length - 1} bytes, ${data.slice(1) === body(conn) ? 'whole' : 'WRONG'}`;
    ended++;
    finish();
  });
});
server.listen(0, '127.0.0.1', () => {
  const child = spawn(process.execPath, [__filename, 'client', server.address().port],
                      { stdio: 'inherit' });
  child.on('exit', (code) => console.log('client exit', code));
});

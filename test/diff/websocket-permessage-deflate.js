'use strict';
// WebSocket permessage-deflate: the client offers it, and when the server accepts (with or without
// context takeover) compressed messages (RSV1) are inflated, fragmented ones too; `extensions` is
// the server's answer. The client's own messages go uncompressed.
const http = require('http');
const crypto = require('crypto');
const zlib = require('zlib');

function frame(opcode, payload, { fin = true, rsv1 = false } = {}) {
  payload = Buffer.from(payload);
  const head = [(fin ? 0x80 : 0) | (rsv1 ? 0x40 : 0) | opcode];
  if (payload.length < 126) head.push(payload.length);
  else head.push(126, payload.length >> 8, payload.length & 255);
  return Buffer.concat([Buffer.from(head), payload]);
}

// One compressed message body: deflate with a sync flush, without the 00 00 ff ff tail.
function compress(deflater, data) {
  return new Promise((resolve) => {
    const chunks = [];
    const onData = (c) => chunks.push(c);
    deflater.on('data', onData);
    deflater.write(Buffer.from(data));
    deflater.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      deflater.removeListener('data', onData);
      const out = Buffer.concat(chunks);
      resolve(out.subarray(0, out.length - 4));
    });
  });
}

const answers = {
  '/takeover': 'permessage-deflate; client_max_window_bits=15',
  '/no-takeover': 'permessage-deflate; server_no_context_takeover; client_no_context_takeover',
  '/declined': null,
};

const server = http.createServer();
server.on('upgrade', async (req, socket) => {
  const accept = crypto.createHash('sha1')
    .update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
    .digest('base64');
  console.log(`  offered: ${req.headers['sec-websocket-extensions']}`);
  const answer = answers[req.url];
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
               `Sec-WebSocket-Accept: ${accept}\r\n` +
               (answer ? `Sec-WebSocket-Extensions: ${answer}\r\n` : '') + '\r\n');
  socket.on('error', () => {});
  if (!answer) {
    socket.write(frame(1, 'plain'));
  } else {
    let deflater = zlib.createDeflateRaw();
    const next = () => {
      if (req.url === '/no-takeover') deflater = zlib.createDeflateRaw();
      return deflater;
    };
    const text = 'hello hello hello hello';
    socket.write(frame(1, await compress(next(), text), { rsv1: true }));
    socket.write(frame(1, await compress(next(), text), { rsv1: true }));
    const bin = await compress(next(), Buffer.alloc(300, 7));
    socket.write(Buffer.concat([
      frame(2, bin.subarray(0, 5), { fin: false, rsv1: true }),
      frame(0, bin.subarray(5)),
    ]));
    socket.write(frame(1, 'uncompressed'));
  }
  socket.on('data', (d) => {
    // Client frames here are short: 2 header bytes, a 4-byte mask, the payload.
    while (d.length >= 6) {
      const rsv1 = (d[0] & 0x40) !== 0;
      const opcode = d[0] & 15;
      console.log(`  server got opcode ${opcode} rsv1 ${rsv1}`);
      if (opcode === 8) socket.end(frame(8, Buffer.from([0x03, 0xe8])));
      d = d.subarray(6 + (d[1] & 127));
    }
  });
});

function run(path) {
  return new Promise((resolve) => {
    console.log(path);
    const ws = new WebSocket(`ws://localhost:${server.address().port}${path}`);
    ws.binaryType = 'arraybuffer';
    let n = 0;
    ws.onopen = () => console.log(`  open, extensions ${JSON.stringify(ws.extensions)}`);
    ws.onmessage = (ev) => {
      const d = ev.data;
      console.log(`  message ${typeof d === 'string' ? JSON.stringify(d) : `${d.byteLength} bytes ${new Uint8Array(d)[0]}`}`);
      n++;
      if (n === (path === '/declined' ? 1 : 4)) {
        ws.send('reply');
        ws.close(1000);
      }
    };
    ws.onerror = (ev) => console.log(`  error ${ev.message}`);
    ws.onclose = (ev) => {
      console.log(`  close ${ev.code} ${ev.wasClean}`);
      resolve();
    };
  });
}

server.listen(0, async () => {
  for (const path of Object.keys(answers)) await run(path);
  server.close();
});

'use strict';
// fetch() against a local server: bodies, status, headers, redirects, content decoding, abort,
// network and URL errors, data: URLs, uploads (bytes, forms, streams). Compared with node 22.
const http = require('http');
const zlib = require('zlib');

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    const p = url.pathname;
    if (p === '/json') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"a":[1,2],"b":"é"}');
    if (p === '/echo') {
      return res.end(JSON.stringify({ method: req.method, ct: req.headers['content-type']?.replace(/formdata-undici-\d+/, 'B') ?? null,
                                      len: req.headers['content-length'] ?? null,
                                      te: req.headers['transfer-encoding'] ?? null, x: req.headers['x-a'] ?? null,
                                      body: body.replace(/formdata-undici-\d+/g, 'B') }));
    }
    if (p === '/status') return res.writeHead(Number(url.searchParams.get('s')), 'Custom Text').end('st');
    if (p === '/headers') {
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.setHeader('X-Multi', ['1', '2']);
      return res.end('h');
    }
    if (p === '/redirect') {
      const n = Number(url.searchParams.get('n'));
      return res.writeHead(Number(url.searchParams.get('code') || 302), { location: n > 0 ? `/redirect?n=${n - 1}&code=${url.searchParams.get('code') || 302}` : '/echo' }).end();
    }
    if (p === '/gzip') return res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync('gzipped body'));
    if (p === '/deflate') return res.writeHead(200, { 'content-encoding': 'deflate' }).end(zlib.deflateSync('deflated body'));
    if (p === '/br') return res.writeHead(200, { 'content-encoding': 'br' }).end(zlib.brotliCompressSync('brotli body'));
    if (p === '/slow') { res.write('part1'); return; }
    if (p === '/big') return res.end(Buffer.alloc(300000, 97));
    if (p === '/form') return res.writeHead(200, { 'content-type': 'application/x-www-form-urlencoded' }).end('a=1&b=x+y&a=2');
    if (p === '/empty') return res.writeHead(204).end();
    res.writeHead(404).end('nope');
  });
});

async function show(label, promise) {
  try {
    const v = await promise;
    console.log(label, typeof v === 'string' ? v : JSON.stringify(v));
  } catch (err) {
    console.log(label, 'rejected', err.name, err.message, err.cause ? `${err.cause.name}:${err.cause.code ?? err.cause.message}` : '');
  }
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  let r = await fetch(`${base}/json`);
  console.log(r.status, r.statusText, r.ok, r.type, r.redirected, r.url === `${base}/json`, r.headers.get('content-type'), r.bodyUsed);
  console.log(JSON.stringify(await r.json()), r.bodyUsed);
  await show('reuse', r.text());
  await show('text', fetch(`${base}/json`).then((x) => x.text()));
  await show('bytes', fetch(`${base}/json`).then((x) => x.bytes()).then((b) => [b.constructor.name, b.length]));
  await show('arrayBuffer', fetch(`${base}/json`).then((x) => x.arrayBuffer()).then((b) => [b.constructor.name, b.byteLength]));
  await show('blob', fetch(`${base}/json`).then((x) => x.blob()).then((b) => [b.type, b.size]));
  await show('status', fetch(`${base}/status?s=418`).then((x) => [x.status, x.statusText, x.ok]));
  await show('404', fetch(`${base}/missing`).then(async (x) => [x.status, await x.text()]));
  await show('204', fetch(`${base}/empty`).then((x) => [x.status, x.body]));
  r = await fetch(`${base}/headers`);
  console.log([...r.headers].filter(([k]) => k !== 'date' && k !== 'keep-alive'), r.headers.getSetCookie(), r.headers.get('x-multi'));
  await r.text();
  // A fetched response's headers are immutable, and so are those of its clone; a constructed
  // Response's clone stays mutable.
  r = await fetch(`${base}/json`);
  const c = r.clone();
  for (const [label, h] of [['fetched', r.headers], ['clone', c.headers], ['constructed clone', new Response('x').clone().headers]]) {
    try { h.set('x-new', '1'); console.log(label, 'mutable', h.get('x-new')); } catch (err) { console.log(label, err.name, err.message); }
  }
  console.log(await c.text(), await r.text());
  await show('post string', fetch(`${base}/echo`, { method: 'post', body: 'héllo', headers: { 'X-A': 'b' } }).then((x) => x.json()));
  await show('post bytes', fetch(`${base}/echo`, { method: 'PUT', body: new Uint8Array([104, 105]) }).then((x) => x.json()));
  await show('post params', fetch(`${base}/echo`, { method: 'POST', body: new URLSearchParams({ q: 'a b', r: 'é' }) }).then((x) => x.json()));
  await show('post blob', fetch(`${base}/echo`, { method: 'POST', body: new Blob(['blob!'], { type: 'text/x-blob' }) }).then((x) => x.json()));
  const fd = new FormData();
  fd.append('field', 'value\nline');
  fd.append('file', new Blob(['file content']), 'a "quoted".txt');
  await show('post form', fetch(`${base}/echo`, { method: 'POST', body: fd }).then((x) => x.json()));
  const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('streamed ')); c.enqueue(new TextEncoder().encode('body')); c.close(); } });
  await show('post stream', fetch(`${base}/echo`, { method: 'POST', body: stream, duplex: 'half' }).then((x) => x.json()));
  await show('stream without duplex', fetch(`${base}/echo`, { method: 'POST', body: new ReadableStream() }));
  await show('post empty', fetch(`${base}/echo`, { method: 'POST' }).then((x) => x.json()));
  await show('get with body', fetch(`${base}/echo`, { body: 'x' }));
  for (const code of [301, 302, 303, 307, 308]) {
    await show(`redirect ${code}`, fetch(`${base}/redirect?n=2&code=${code}`, { method: 'POST', body: 'data' })
      .then(async (x) => [x.status, x.redirected, x.url.replace(base, ''), await x.json()]));
  }
  await show('redirect manual', fetch(`${base}/redirect?n=0`, { redirect: 'manual' }).then((x) => [x.status, x.headers.get('location'), x.redirected]));
  await show('redirect error', fetch(`${base}/redirect?n=0`, { redirect: 'error' }));
  await show('redirect loop', fetch(`${base}/redirect?n=25`));
  await show('gzip', fetch(`${base}/gzip`).then((x) => x.text()));
  await show('deflate', fetch(`${base}/deflate`).then((x) => x.text()));
  await show('br', fetch(`${base}/br`).then((x) => x.text()));
  await show('big', fetch(`${base}/big`).then((x) => x.text()).then((t) => t.length));
  r = await fetch(`${base}/big`);
  const reader = r.body.getReader();
  let total = 0;
  for (;;) { const { done, value } = await reader.read(); if (done) break; total += value.length; }
  console.log('reader', total, r.bodyUsed);
  await show('form urlencoded', fetch(`${base}/form`).then((x) => x.formData()).then((f) => [...f]));
  await show('aborted before', fetch(`${base}/json`, { signal: AbortSignal.abort() }));
  const ac = new AbortController();
  const pending = fetch(`${base}/slow`, { signal: ac.signal });
  setTimeout(() => ac.abort(), 20);
  await show('aborted during headers', pending.then((x) => x.text()));
  const ac2 = new AbortController();
  r = await fetch(`${base}/slow`, { signal: ac2.signal });
  const t = r.text();
  ac2.abort(new Error('my reason'));
  await show('aborted during body', t);
  await show('bad url', fetch('not a url'));
  await show('bad scheme', fetch('ftp://example.com/'));
  await show('bad port', fetch('http://127.0.0.1:1/'));
  const closed = http.createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = closed.address().port;
  await new Promise((resolve) => closed.close(resolve));
  await show('refused', fetch(`http://127.0.0.1:${closedPort}/`));
  await show('data', fetch('data:text/plain;base64,aGVsbG8=').then(async (x) => [x.status, x.headers.get('content-type'), await x.text()]));
  await show('data plain', fetch('data:,a%20b').then(async (x) => [x.headers.get('content-type'), await x.text()]));
  server.close();
});

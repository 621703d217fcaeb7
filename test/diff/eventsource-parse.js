'use strict';
// Flags: --experimental-eventsource --no-warnings
// EventSource's text/event-stream parser against node 22: multi-line data, comments, named events,
// id/retry/event fields (empty and invalid values), CRLF/CR/LF line endings, a leading BOM (split
// across chunks) and a later one, UTF-8 sequences split across chunks, invalid UTF-8, a CR at the
// end of a chunk whose LF comes in the next, and an unfinished event at the end of the stream.
// Each case is one connection whose chunks the server writes one by one; the client closes the
// source when the stream ends (the 'error' that announces a reconnection).
const http = require('http');

const b = (s) => Buffer.from(s, 'utf8');
const cases = {
  fields: [b(
    'data: one\ndata:two\ndata:  three\n\n' +
    ': a comment\n:\n' +
    'event: named\ndata: n\n\n' +
    'id: 10\ndata: with id\n\n' +
    'data: keeps id\n\n' +
    'id\ndata: empty id leaves it\n\n' +
    'id: a\0b\ndata: NUL in id is ignored\n\n' +
    'id: 11\n\n' +
    'data: id set by a data-less event\n\n' +
    'event: x\nevent\ndata: empty event leaves it\n\n' +
    'event\ndata: plain\n\n' +
    'retry: abc\nretry: 1x\nretry:\nretry: 15\ndata: retries\n\n' +
    'unknown: field\nDATA: upper\ndata\n\n' +
    'data\ndata\n\n' +
    'data:\n\n' +
    'event: only-type\n\n' +
    'data: colon: inside: value\n\n' +
    'data:\tno tab strip\n\n' +
    ' data: leading space field\n\n' +
    'data: done\n\n')],
  endings: [b('data: lf\n\ndata: crlf\r\n\r\ndata: cr\r\rdata: mixed\r\ndata: two\n\r\n' +
              'data: a\r\ndata: b\rdata: c\n\n')],
  chunks: [b('da'), b('ta: spl'), b('it line\n'), b('\n'), b('data: cr at end\r'), b('\ndata: same\r'),
           b('\r'), b('id'), b(': 5\n'), b('data: after\r'), b('\n\r'), b('\n'), b('event: '),
           b('ev\n'), b('data: e\n'), b('\n')],
  bom: [Buffer.from([0xef]), Buffer.from([0xbb, 0xbf]), b('data: after bom\n\n\ufeffdata: second bom\n\n'),
        b('data: x\n\n')],
  utf8: (() => {
    const all = b('data: \u00e9\u20ac\ud83d\ude00 ok\n\n');
    const out = [];
    for (let i = 0; i < all.length; i += 1) out.push(all.subarray(i, i + 1));
    return out;
  })(),
  invalid: [Buffer.concat([b('data: bad '), Buffer.from([0xff, 0xc3, 0x28, 0xe2, 0x82]), b(' end\n\n'),
                           b('data: \u00e9'), Buffer.from([0xc3])]), b('\n\n')],
  unfinished: [b('data: complete\n\ndata: never dispatched\n'), b('id: 99\nretry: 1')],
};

function writeChunks(res, chunks) {
  if (chunks.length === 0) {
    res.end();
    return;
  }
  res.write(chunks[0], () => setTimeout(() => writeChunks(res, chunks.slice(1)), 5));
}

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  writeChunks(res, cases[req.url.slice(1)]);
});

server.listen(0, () => {
  const names = Object.keys(cases);
  const next = () => {
    const name = names.shift();
    if (name === undefined) {
      server.close();
      return;
    }
    console.log(`== ${name}`);
    const es = new EventSource(`http://127.0.0.1:${server.address().port}/${name}`);
    const log = (e) => console.log(e.type, JSON.stringify(e.data), JSON.stringify(e.lastEventId),
                                   e.origin === new URL(es.url).origin);
    es.onmessage = log;
    for (const type of ['named', 'x', 'ev', 'only-type']) es.addEventListener(type, log);
    es.onerror = () => {
      console.log('error', es.readyState);
      es.close();
      next();
    };
  };
  next();
});

'use strict';
// The http_parser binding with callbacks of the user's own (process.binding): each gets node's
// arguments, and kOnMessageComplete is called for every message, bodiless requests included
// (nodus's own parserOnHeadersComplete completes those itself, in the same call into JS).
const { HTTPParser } = process.binding('http_parser');

function run(type, input, split) {
  const p = new HTTPParser();
  p.initialize(type, {});
  const log = [];
  p[HTTPParser.kOnHeadersComplete] = function(...args) {
    log.push(['headers', arguments.length, args[3], args[4], args[5], args[7], args[8]]);
    return type === HTTPParser.RESPONSE && args[5] === 204 ? 1 : undefined;
  };
  p[HTTPParser.kOnMessageComplete] = () => log.push(['complete']);
  p[HTTPParser.kOnBody] = (b) => log.push(['body', b.length]);
  const buf = Buffer.from(input);
  if (split) {
    for (let i = 0; i < buf.length; i += split) log.push(['ret', p.execute(buf.subarray(i, i + split))]);
  } else {
    log.push(['ret', p.execute(buf)]);
  }
  console.log(JSON.stringify(log));
}

const requests = 'GET /a HTTP/1.1\r\nHost: x\r\n\r\n' +
  'POST /b HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi' +
  'DELETE /c HTTP/1.1\r\nContent-Length: 0\r\n\r\n' +
  'PUT /d HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n' +
  'GET /e HTTP/1.0\r\n\r\n';
run(HTTPParser.REQUEST, requests);
run(HTTPParser.REQUEST, requests, 7);
run(HTTPParser.RESPONSE, 'HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nz');

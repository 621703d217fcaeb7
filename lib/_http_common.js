'use strict';
// What the http server and client share: the parser pool and the parser's callbacks.

const incoming = require('_http_incoming');
const { IncomingMessage, readStart, readStop } = incoming;

const binding = internalBinding('http_parser');
const { HTTPParser } = binding;
const methods = binding.methods;
const allMethods = binding.allMethods || methods;

const kIncomingMessage = Symbol('IncomingMessage');
const kSkipPendingData = Symbol('SkipPendingData');
const kOnMessageBegin = HTTPParser.kOnMessageBegin | 0;
const kOnHeaders = HTTPParser.kOnHeaders | 0;
const kOnHeadersComplete = HTTPParser.kOnHeadersComplete | 0;
const kOnBody = HTTPParser.kOnBody | 0;
const kOnMessageComplete = HTTPParser.kOnMessageComplete | 0;
const kOnExecute = HTTPParser.kOnExecute | 0;
const kOnTimeout = HTTPParser.kOnTimeout | 0;

const MAX_HEADER_PAIRS = 2000;

// Only called when the parser saw more header lines than it buffers natively, and for trailers.
function parserOnHeaders(headers, url) {
  if (this.maxHeaderPairs <= 0 || this._headers.length < this.maxHeaderPairs) {
    for (let i = 0; i < headers.length; i++) this._headers.push(headers[i]);
  }
  this._url += url;
}

// `endsHere`: a request without a body; the parser would call kOnMessageComplete right after
// this returns, so it is called here instead (endsHere is that callback, or true when there is
// none) and the answer carries bit 4: one call into JS less per request
// (src/bindings/http_parser.cc).
function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url, statusCode,
                                 statusMessage, upgrade, shouldKeepAlive, endsHere) {
  const parser = this;
  const socket = parser.socket;
  if (headers === undefined) {
    headers = parser._headers;
    parser._headers = [];
  }
  if (url === undefined) {
    url = parser._url;
    parser._url = '';
  }
  const server = socket && socket.server;
  const Incoming = (server && server[kIncomingMessage]) || IncomingMessage;
  const msg = parser.incoming = new Incoming(socket);
  msg.httpVersionMajor = versionMajor;
  msg.httpVersionMinor = versionMinor;
  msg.httpVersion = versionMajor === 1 ? (versionMinor === 1 ? '1.1' : versionMinor === 0 ? '1.0' :
    `1.${versionMinor}`) : `${versionMajor}.${versionMinor}`;
  msg.joinDuplicateHeaders = (server && server.joinDuplicateHeaders) || parser.joinDuplicateHeaders;
  msg.url = url;
  msg.upgrade = upgrade;
  let n = headers.length;
  if (parser.maxHeaderPairs > 0 && n > parser.maxHeaderPairs) n = parser.maxHeaderPairs;
  msg._addHeaderLines(headers, n);
  if (typeof method === 'number') {
    msg.method = allMethods[method];
  } else {
    msg.statusCode = statusCode;
    msg.statusMessage = statusMessage;
  }
  const ret = parser.onIncoming(msg, shouldKeepAlive);
  if (endsHere !== undefined) {
    if (endsHere !== true) endsHere.call(parser);
    return ret | 4;
  }
  return ret;
}

function parserOnBody(b) {
  const stream = this.incoming;
  if (stream === null) return;
  if (!stream._dumped) {
    if (!stream.push(b)) readStop(this.socket);
  }
}

function parserOnMessageComplete() {
  const parser = this;
  const stream = parser.incoming;
  if (stream !== null) {
    stream.complete = true;
    const headers = parser._headers;
    if (headers.length) {
      stream._addHeaderLines(headers, headers.length);
      parser._headers = [];
      parser._url = '';
    }
    stream.push(null);
  }
  readStart(parser.socket);
}

function newParser() {
  const parser = new HTTPParser();
  parser._headers = [];
  parser._url = '';
  parser._consumed = false;
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = MAX_HEADER_PAIRS;
  parser.joinDuplicateHeaders = false;
  parser.onIncoming = null;
  parser[kOnHeaders] = parserOnHeaders;
  parser[kOnHeadersComplete] = parserOnHeadersComplete;
  parser[kOnBody] = parserOnBody;
  parser[kOnMessageComplete] = parserOnMessageComplete;
  return parser;
}

// A pool of idle parsers, as Node keeps (http.setMaxIdleHTTPParsers sets its size).
class FreeList {
  constructor(name, max, ctor) {
    this.name = name;
    this.ctor = ctor;
    this.max = max;
    this.list = [];
  }

  alloc() {
    return this.list.length > 0 ? this.list.pop() : this.ctor();
  }

  free(obj) {
    if (this.list.length < this.max) {
      this.list.push(obj);
      return true;
    }
    return false;
  }
}

const parsers = new FreeList('parsers', 1000, newParser);

function closeParserInstance(parser) { parser.close(); }

function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    parser._headers = [];
    parser._url = '';
    parser.onIncoming = null;
    parser[kOnExecute] = null;
    parser[kOnTimeout] = null;
    parser._consumed = false;
    parser.socket = null;
    parser.incoming = null;
    parser.outgoing = null;
    parser.maxHeaderPairs = MAX_HEADER_PAIRS;
    parser.joinDuplicateHeaders = false;
    if (typeof parser.remove === 'function') parser.remove();
    if (parsers.free(parser) === false) {
      // Closing the parser now would crash if we are inside one of its callbacks.
      setImmediate(closeParserInstance, parser);
    } else if (typeof parser.free === 'function') {
      parser.free();
    }
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(val) {
  return tokenRegExp.test(val);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

let warnedLenient = false;
// --max-http-header-size and --insecure-http-parser (from the command line or NODE_OPTIONS),
// read once.
let flagDefaults;
function httpFlagDefaults() {
  if (flagDefaults === undefined) {
    flagDefaults = { maxHeaderSize: 16384, lenient: false };
    for (const [name, value] of internalBinding('options').nodeFlags) {
      if (name === '--max-http-header-size') flagDefaults.maxHeaderSize = Number(value);
      else if (name === '--insecure-http-parser') flagDefaults.lenient = true;
    }
  }
  return flagDefaults;
}

// The default header limit for parsers (0: the parser's own 16 KiB).
function defaultMaxHeaderSize() {
  const n = httpFlagDefaults().maxHeaderSize;
  return n === 16384 ? 0 : n;
}

function isLenient() {
  const lenient = httpFlagDefaults().lenient;
  if (lenient && !warnedLenient) {
    warnedLenient = true;
    process.emitWarning('Using insecure HTTP parsing');
  }
  return lenient;
}

module.exports = {
  httpFlagDefaults,
  defaultMaxHeaderSize,
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser,
  methods: methods.slice().sort(),
  parsers,
  kIncomingMessage,
  HTTPParser,
  isLenient,
  prepareError,
  kSkipPendingData,
};

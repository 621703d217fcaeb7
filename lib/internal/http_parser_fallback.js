'use strict';
// A small HTTP/1.x parser in JS with the shape of internalBinding('http_parser'). It is used only
// when that binding is absent from the build; the native parser is the real one.

const { Buffer } = require('buffer');

const allMethods = [
  'DELETE', 'GET', 'HEAD', 'POST', 'PUT', 'CONNECT', 'OPTIONS', 'TRACE', 'COPY', 'LOCK', 'MKCOL',
  'MOVE', 'PROPFIND', 'PROPPATCH', 'SEARCH', 'UNLOCK', 'BIND', 'REBIND', 'UNBIND', 'ACL', 'REPORT',
  'MKACTIVITY', 'CHECKOUT', 'MERGE', 'M-SEARCH', 'NOTIFY', 'SUBSCRIBE', 'UNSUBSCRIBE', 'PATCH',
  'PURGE', 'MKCALENDAR', 'LINK', 'UNLINK', 'SOURCE', 'PRI', 'DESCRIBE', 'ANNOUNCE', 'SETUP', 'PLAY',
  'PAUSE', 'TEARDOWN', 'GET_PARAMETER', 'SET_PARAMETER', 'REDIRECT', 'RECORD', 'FLUSH', 'QUERY',
];
const methods = allMethods.slice(0, 34).concat(['QUERY']);
const methodIndex = new Map(allMethods.map((m, i) => [m, i]));

const kOnMessageBegin = 0;
const kOnHeaders = 1;
const kOnHeadersComplete = 2;
const kOnBody = 3;
const kOnMessageComplete = 4;
const kOnExecute = 5;
const kOnTimeout = 6;

const S_START = 0;
const S_HEAD = 1;
const S_BODY_LEN = 2;
const S_CHUNK_SIZE = 3;
const S_CHUNK_DATA = 4;
const S_CHUNK_CRLF = 5;
const S_TRAILERS = 6;
const S_BODY_EOF = 7;
const S_UPGRADED = 8;
const S_DEAD = 9;

const tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const badValueRe = /[^\t\x20-\x7e\x80-\xff]/;

function parseError(code, reason, bytesParsed) {
  const e = new Error(`Parse Error: ${reason}`);
  e.code = code;
  e.reason = reason;
  e.bytesParsed = bytesParsed;
  return e;
}

class HTTPParser {
  constructor() {
    this.type = 0;
    this.maxHeaderSize = 16384;
    this._reset();
    this._buf = null;
    this.paused = false;
  }

  initialize(type, resource, maxHeaderSize, lenient) {
    this.type = type;
    this.maxHeaderSize = maxHeaderSize || 16384;
    this.lenient = lenient | 0;
    this._reset();
    this._buf = null;
    this.paused = false;
  }

  _reset() {
    this.state = S_START;
    this.remaining = 0;
    this.upgrade = false;
    this.keepAlive = false;
    this.versionMajor = 1;
    this.versionMinor = 1;
    this.method = 0;
  }

  close() {}
  free() {}
  remove() {}
  consume() {}
  unconsume() {}
  pause() { this.paused = true; }
  resume() { this.paused = false; }
  getCurrentBuffer() { return this._buf || Buffer.alloc(0); }

  execute(data) {
    let buf = data;
    const prevLen = this._buf ? this._buf.length : 0;
    if (this._buf) buf = Buffer.concat([this._buf, data]);
    this._buf = null;
    const r = this._run(buf, prevLen);
    if (typeof r !== 'number') return r;
    return r - prevLen;
  }

  finish() {
    if (this.state === S_BODY_EOF) {
      this.state = S_START;
      this[kOnMessageComplete]();
      return 0;
    }
    if (this.state === S_START || this.state === S_DEAD || this.state === S_UPGRADED) return 0;
    return parseError('HPE_INVALID_EOF_STATE', 'Invalid EOF state', 0);
  }

  _run(buf, prevLen) {
    let pos = 0;
    const len = buf.length;
    while (pos < len) {
      switch (this.state) {
        case S_START: {
          // Skip empty lines before a message.
          if (buf[pos] === 13 || buf[pos] === 10) { pos++; continue; }
          this.state = S_HEAD;
          if (typeof this[kOnMessageBegin] === 'function') this[kOnMessageBegin]();
          continue;
        }
        case S_HEAD: {
          const end = buf.indexOf('\r\n\r\n', pos, 'latin1');
          if (end === -1) {
            if (len - pos > this.maxHeaderSize) {
              return parseError('HPE_HEADER_OVERFLOW', 'Header overflow', Math.max(0, len - prevLen));
            }
            this._buf = buf.subarray(pos);
            return len;
          }
          if (end - pos > this.maxHeaderSize) {
            return parseError('HPE_HEADER_OVERFLOW', 'Header overflow', Math.max(0, pos - prevLen));
          }
          const r = this._head(buf.latin1Slice(pos, end), pos, prevLen);
          if (r !== undefined) return r;
          pos = end + 4;
          if (this.state === S_UPGRADED) return pos;
          break;
        }
        case S_BODY_LEN: {
          const n = Math.min(this.remaining, len - pos);
          this[kOnBody](buf.subarray(pos, pos + n));
          pos += n;
          this.remaining -= n;
          if (this.remaining === 0) this._complete();
          break;
        }
        case S_BODY_EOF: {
          this[kOnBody](buf.subarray(pos));
          pos = len;
          break;
        }
        case S_CHUNK_SIZE:
        case S_TRAILERS: {
          const eol = buf.indexOf('\r\n', pos, 'latin1');
          if (eol === -1) {
            if (len - pos > this.maxHeaderSize) {
              return parseError('HPE_HEADER_OVERFLOW', 'Header overflow', pos - prevLen);
            }
            this._buf = buf.subarray(pos);
            return len;
          }
          if (this.state === S_CHUNK_SIZE) {
            let line = buf.latin1Slice(pos, eol);
            const semi = line.indexOf(';');
            if (semi !== -1) line = line.slice(0, semi);
            line = line.trim();
            if (!/^[0-9a-fA-F]{1,15}$/.test(line)) {
              return parseError('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', pos - prevLen);
            }
            this.remaining = parseInt(line, 16);
            pos = eol + 2;
            if (this.remaining === 0) {
              this.state = S_TRAILERS;
              this.trailers = [];
            } else {
              this.state = S_CHUNK_DATA;
            }
          } else {
            if (eol === pos) {
              pos += 2;
              if (this.trailers.length > 0) this[kOnHeaders](this.trailers, '');
              this._complete();
            } else {
              const line = buf.latin1Slice(pos, eol);
              const colon = line.indexOf(':');
              if (colon <= 0) return parseError('HPE_INVALID_HEADER_TOKEN', 'Invalid header token', pos - prevLen);
              this.trailers.push(line.slice(0, colon), line.slice(colon + 1).trim());
              pos = eol + 2;
            }
          }
          break;
        }
        case S_CHUNK_DATA: {
          const n = Math.min(this.remaining, len - pos);
          this[kOnBody](buf.subarray(pos, pos + n));
          pos += n;
          this.remaining -= n;
          if (this.remaining === 0) this.state = S_CHUNK_CRLF;
          break;
        }
        case S_CHUNK_CRLF: {
          if (len - pos < 2) { this._buf = buf.subarray(pos); return len; }
          if (buf[pos] !== 13 || buf[pos + 1] !== 10) {
            return parseError('HPE_STRICT', 'Expected LF after chunk data', pos - prevLen);
          }
          pos += 2;
          this.state = S_CHUNK_SIZE;
          break;
        }
        case S_UPGRADED:
          return pos;
        default:
          return parseError('HPE_CLOSED_CONNECTION', 'Data after `Connection: close`', pos - prevLen);
      }
      if (this.paused) break;
    }
    return pos;
  }

  _complete() {
    const keepAlive = this.keepAlive;
    this.state = keepAlive ? S_START : S_DEAD;
    this[kOnMessageComplete]();
  }

  _head(text, start, prevLen) {
    const lines = text.split('\r\n');
    const first = lines[0];
    let url = '';
    let statusCode = 0;
    let statusMessage = '';
    let m;
    if (this.type === HTTPParser.REQUEST) {
      m = /^([A-Z-_]+) (\S+) HTTP\/(\d)\.(\d)$/.exec(first);
      if (!m || !methodIndex.has(m[1])) {
        return parseError(m ? 'HPE_INVALID_METHOD' : 'HPE_INVALID_METHOD', 'Invalid method encountered',
                          Math.max(0, start - prevLen));
      }
      this.method = methodIndex.get(m[1]);
      url = m[2];
      this.versionMajor = +m[3];
      this.versionMinor = +m[4];
    } else {
      m = /^HTTP\/(\d)\.(\d) (\d{3})(?: (.*))?$/.exec(first);
      if (!m) {
        return /^HTTP\/\d\.\d /.test(first) ?
          parseError('HPE_INVALID_STATUS', 'Invalid status code', Math.max(0, start - prevLen)) :
          parseError('HPE_INVALID_CONSTANT', 'Expected HTTP/', Math.max(0, start - prevLen));
      }
      this.versionMajor = +m[1];
      this.versionMinor = +m[2];
      statusCode = +m[3];
      statusMessage = m[4] || '';
    }
    const headers = [];
    let contentLength = -1;
    let chunked = false;
    let connection = '';
    let hasUpgrade = false;
    let lineStart = start + first.length + 2;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      const colon = line.indexOf(':');
      const name = colon > 0 ? line.slice(0, colon) : '';
      if (!tokenRe.test(name)) {
        let bad = 0;
        while (bad < line.length && /[\^_`a-zA-Z\-0-9!#$%&'*+.|~]/.test(line[bad])) bad++;
        return parseError('HPE_INVALID_HEADER_TOKEN', 'Invalid header token',
                          Math.max(0, lineStart + bad - prevLen));
      }
      lineStart += line.length + 2;
      const value = line.slice(colon + 1).trim();
      if (badValueRe.test(value)) {
        return parseError('HPE_INVALID_HEADER_TOKEN', 'Invalid header value char', Math.max(0, start - prevLen));
      }
      headers.push(name, value);
      const lower = name.toLowerCase();
      if (lower === 'content-length') {
        if (!/^\d+$/.test(value) || (contentLength !== -1 && contentLength !== +value)) {
          return parseError('HPE_UNEXPECTED_CONTENT_LENGTH', 'Unexpected content-length header',
                            Math.max(0, start - prevLen));
        }
        contentLength = +value;
      } else if (lower === 'transfer-encoding') {
        chunked = /(?:^|,)\s*chunked\s*$/i.test(value);
      } else if (lower === 'connection') {
        connection += ',' + value.toLowerCase();
      } else if (lower === 'upgrade') {
        hasUpgrade = true;
      }
    }
    if (chunked && contentLength !== -1) {
      return parseError('HPE_UNEXPECTED_CONTENT_LENGTH', 'Content-Length can\'t be present with Transfer-Encoding',
                        Math.max(0, start - prevLen));
    }
    const closeTok = /(?:^|,)\s*close\s*(?:,|$)/.test(connection);
    const kaTok = /(?:^|,)\s*keep-alive\s*(?:,|$)/.test(connection);
    let keepAlive;
    if (this.versionMajor === 1 && this.versionMinor >= 1) keepAlive = !closeTok;
    else keepAlive = kaTok;
    let upgrade = hasUpgrade && /(?:^|,)\s*upgrade\s*(?:,|$)/.test(connection);
    if (this.type === HTTPParser.REQUEST && this.method === 5) upgrade = true;
    if (this.type === HTTPParser.RESPONSE && upgrade && statusCode !== 101) upgrade = false;
    const needsEof = this.type === HTTPParser.RESPONSE && !chunked && contentLength === -1 &&
      statusCode !== 204 && statusCode !== 304 && !(statusCode >= 100 && statusCode < 200);
    if (needsEof) keepAlive = false;
    this.keepAlive = keepAlive;
    const skip = this[kOnHeadersComplete](this.versionMajor, this.versionMinor, headers,
                                          this.type === HTTPParser.REQUEST ? this.method : undefined, url,
                                          statusCode, statusMessage, upgrade, keepAlive);
    if (upgrade || skip === 2) {
      this.state = S_UPGRADED;
      this[kOnMessageComplete]();
      return;
    }
    if (this.type === HTTPParser.RESPONSE && statusCode >= 100 && statusCode < 200) {
      this.state = S_START;
      return;
    }
    if (skip === 1 || statusCode === 204 || statusCode === 304) {
      this._complete();
    } else if (chunked) {
      this.state = S_CHUNK_SIZE;
    } else if (contentLength > 0) {
      this.state = S_BODY_LEN;
      this.remaining = contentLength;
    } else if (needsEof) {
      this.state = S_BODY_EOF;
    } else {
      this._complete();
    }
  }
}

HTTPParser.REQUEST = 1;
HTTPParser.RESPONSE = 2;
HTTPParser.kOnMessageBegin = kOnMessageBegin;
HTTPParser.kOnHeaders = kOnHeaders;
HTTPParser.kOnHeadersComplete = kOnHeadersComplete;
HTTPParser.kOnBody = kOnBody;
HTTPParser.kOnMessageComplete = kOnMessageComplete;
HTTPParser.kOnExecute = kOnExecute;
HTTPParser.kOnTimeout = kOnTimeout;
HTTPParser.kLenientNone = 0;
HTTPParser.kLenientHeaders = 1;
HTTPParser.kLenientChunkedLength = 2;
HTTPParser.kLenientKeepAlive = 4;
HTTPParser.kLenientAll = 0xff;

module.exports = { HTTPParser, methods, allMethods };

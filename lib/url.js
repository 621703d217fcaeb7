'use strict';
// node:url: the WHATWG API re-exported from internal/url, and the legacy API (url.parse,
// url.format, url.resolve, url.resolveObject, Url) with the legacy parser's quirks as Node 22
// shows them. Written from Node's documentation and observed Node 22 behaviour.

const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  isURL,
  binding,
} = require('internal/url');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');

let querystring;
function qs() {
  if (querystring === undefined) querystring = require('querystring');
  return querystring;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// Schemes that always get '//' after them; schemes that never have a host (and whose text is
// not escaped).
const kSlashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const kHostless = new Set(['javascript', 'javascript:']);

const kSchemePrefix = /^[a-z0-9.+-]+:/i;
const kPortSuffix = /:[0-9]*$/;
const kAuthAhead = /^\/\/[^@/]+@[^@/]+/;
// A path-only reference with nothing to split: '/a/b?c' (not '///').
const kPlainPath = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const kNonAscii = /[^\x00-\x7f]/;
const kAceLabel = /(?:^|\.)xn--/;
const kBadHost = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const kBadHostV6 = /[\0\t\n\r #%/<>?@\\^|]/;
const kMaxHostname = 255;

// Characters the legacy parser percent-encodes wherever they appear after the host.
const kAutoEscape = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', '\'': '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const kAutoEscapeChars = /[\t\n\r "'<>\\^`{|}]/g;
function autoEscape(s) {
  return s.replace(kAutoEscapeChars, (c) => kAutoEscape[c]);
}

// Trimmed from both ends of the input: C0 controls, space, NBSP and BOM (as node does).
function isTrimmedSpace(c) {
  return c <= 32 || c === 0xA0 || c === 0xFEFF;
}

// Characters that stop the host, or may not appear in it (RFC 2396), for the host scan.
function hostScanClass(c) {
  switch (c) {
    case 35: case 47: case 63:  // # / ?
      return 2;
    case 64:  // @
      return 3;
    case 9: case 10: case 13: case 32: case 34: case 37: case 39: case 59: case 60: case 62:
    case 92: case 94: case 96: case 123: case 124: case 125:
      return 1;
    default:
      return 0;
  }
}

let warnedParse = false;
let warnedPort = false;
function warnParse() {
  if (warnedParse) return;
  if (!require('internal/util').isPendingDeprecation()) return;
  warnedParse = true;
  process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that ' +
    'have security implications. Use the WHATWG URL API instead. CVEs are not issued for ' +
    '`url.parse()` vulnerabilities.', 'DeprecationWarning', 'DEP0169');
}

function lenientToASCII(hostname) {
  const { encode } = require('punycode');
  return hostname.split('.').map((label) =>
    (kNonAscii.test(label) ? `xn--${encode(label)}` : label)).join('.');
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  warnParse();
  if (url instanceof Url) return url;
  const out = new Url();
  out.parse(url, parseQueryString, slashesDenoteHost);
  return out;
}

// Trims the input and turns backslashes before the first '?' or '#' into slashes. Reports
// whether an '@' or '#' was seen (outside the query, for '@').
function prepare(url) {
  const n = url.length;
  let first = 0;
  while (first < n && isTrimmedSpace(url.charCodeAt(first))) first++;
  let end = n;
  while (end > first && isTrimmedSpace(url.charCodeAt(end - 1))) end--;
  let hasAt = false;
  let hasHash = false;
  let split = false;
  let out = '';
  let last = first;
  for (let i = first; i < end; i++) {
    const c = url.charCodeAt(i);
    if (!split) {
      if (c === 64) {
        hasAt = true;
      } else if (c === 35 || c === 63) {
        split = true;
        if (c === 35) hasHash = true;
      } else if (c === 92) {
        out += `${url.slice(last, i)}/`;
        last = i + 1;
      }
    } else if (c === 35) {
      hasHash = true;
    }
  }
  out += url.slice(last, end);
  return { rest: out, hasAt, hasHash };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasAt, hasHash } = prepare(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const m = kPlainPath.exec(rest);
    if (m !== null) {
      this.path = rest;
      this.href = rest;
      this.pathname = m[1];
      if (m[2]) {
        this.search = m[2];
        this.query = parseQueryString ? qs().parse(m[2].slice(1)) : m[2].slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = '';
  const scheme = kSchemePrefix.exec(rest);
  if (scheme !== null) {
    proto = scheme[0].toLowerCase();
    this.protocol = proto;
    rest = rest.slice(scheme[0].length);
  }

  let slashes = false;
  if (slashesDenoteHost || scheme !== null || kAuthAhead.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(scheme !== null && kHostless.has(proto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  const hostless = kHostless.has(proto);
  if (!hostless && (slashes || (scheme !== null && !kSlashed.has(scheme[0])))) {
    rest = this._takeHost(rest, url);
  }

  if (!hostless) rest = autoEscape(rest);

  let question = -1;
  let hash = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 35) {
      hash = i;
      this.hash = rest.slice(i);
      break;
    }
    if (c === 63 && question === -1) question = i;
  }
  if (question !== -1) {
    const queryEnd = hash === -1 ? rest.length : hash;
    this.search = rest.slice(question, queryEnd);
    this.query = rest.slice(question + 1, queryEnd);
    if (parseQueryString) this.query = qs().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const pathEnd = question !== -1 && (hash === -1 || question < hash) ? question : hash;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (kSlashed.has(proto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Splits auth and host off `rest` (which starts right after the slashes) and returns what
// follows the host.
Url.prototype._takeHost = function _takeHost(rest, url) {
  // The host ends at the first '#', '/' or '?'. Characters never valid in a host end it too,
  // unless an '@' comes later (before that end): then they belong to the auth, and the last
  // '@' decides.
  // Tabs and newlines vanish from the authority part (up to the first '#', '/' or '?').
  const authorityEnd = rest.search(/[#/?]/);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  if (/[\t\n\r]/.test(authority)) {
    rest = authority.replace(/[\t\n\r]/g, '') + (authorityEnd === -1 ? '' : rest.slice(authorityEnd));
  }
  let hostEnd = -1;
  let at = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const cls = hostScanClass(rest.charCodeAt(i));
    if (cls === 1) {
      if (nonHost === -1) nonHost = i;
    } else if (cls === 2) {
      if (nonHost === -1) nonHost = i;
      hostEnd = i;
      break;
    } else if (cls === 3) {
      at = i;
      nonHost = -1;
    }
  }
  let start = 0;
  if (at !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, at));
    start = at + 1;
  }
  if (nonHost === -1) {
    this.host = rest.slice(start);
    rest = '';
  } else {
    this.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }

  this.parseHost();
  if (typeof this.hostname !== 'string') this.hostname = '';
  let hostname = this.hostname;
  const v6 = hostname.length > 1 && hostname[0] === '[' && hostname[hostname.length - 1] === ']';
  if (!v6) {
    // A '/', '\', '#', '?' or ':' left in the hostname starts the path instead.
    for (let i = 0; i < hostname.length; i++) {
      const c = hostname.charCodeAt(i);
      if (c === 47 || c === 92 || c === 35 || c === 63 || c === 58) {
        if (c === 58 && !warnedPort) {
          warnedPort = true;
          process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will ` +
            'throw an error.', 'DeprecationWarning', 'DEP0170');
        }
        rest = `/${hostname.slice(i)}${rest}`;
        hostname = hostname.slice(0, i);
        this.hostname = hostname;
        break;
      }
    }
  }
  this.hostname = hostname.length > kMaxHostname ? '' : hostname.toLowerCase();
  if (this.hostname !== '') {
    if (v6) {
      if (kBadHostV6.test(this.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      // An ASCII hostname comes back unchanged (control characters included, as in node)
      // unless a label is punycode; only the others go through IDNA.
      if (kNonAscii.test(this.hostname) || kAceLabel.test(this.hostname)) {
        const hostname = this.hostname;
        this.hostname = binding.toASCII(hostname);
        // Where UTS #46 refuses a label (a symbol, '='...), node's lenient conversion still
        // punycodes every label that is not ASCII (not when a label is punycode already).
        if (this.hostname === '' && kNonAscii.test(hostname) && hostname.isWellFormed() &&
            !kAceLabel.test(hostname)) {
          this.hostname = lenientToASCII(hostname);
        }
      }
      // Whatever got past the checks above can only have come from IDNA mapping.
      if (this.hostname === '' || kBadHost.test(this.hostname)) throw new ERR_INVALID_URL(url);
    }
  }
  this.host = (this.hostname || '') + (this.port ? `:${this.port}` : '');
  if (v6) {
    this.hostname = this.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = kPortSuffix.exec(host);
  if (port !== null) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// Auth keeps the characters querystring.escape keeps, and ':'.
function escapeAuth(auth) {
  return qs().escape(auth).replace(/%3A/g, ':');
}

function escapePathname(pathname) {
  if (!pathname.includes('#') && !pathname.includes('?')) return pathname;
  return pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${escapeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const h = this.hostname;
    const bracket = h.includes(':') && !(h[0] === '[' && h[h.length - 1] === ']');
    host = auth + (bracket ? `[${h}]` : h);
    if (this.port) host += `:${this.port}`;
  }
  let query = '';
  if (this.query !== null && typeof this.query === 'object') query = qs().stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';
  pathname = escapePathname(pathname);
  if (this.slashes || kSlashed.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.slice(0, 4) === 'file') {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 35) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 63) search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return binding.format(urlObject.href, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function copyFields(target, source, skipProtocol) {
  for (const key of Object.keys(source)) {
    if (skipProtocol && key === 'protocol') continue;
    target[key] = source[key];
  }
}

function finish(result) {
  result.href = result.format();
  return result;
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

// For schemes without '//' (mailto:, ...) the first path segment stands for the host; an auth
// may be stuck in it ('user@host').
function hostFromSegment(result, segment) {
  result.hostname = result.host = segment;
  if (result.host && result.host.indexOf('@') > 0) {
    const parts = result.host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }
  const result = new Url();
  copyFields(result, this, false);
  result.hash = relative.hash;  // the hash always comes from the reference
  if (relative.href === '') return finish(result);

  // '//host/path': everything but the scheme comes from the reference.
  if (relative.slashes && !relative.protocol) {
    copyFields(result, relative, true);
    if (kSlashed.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    if (!kSlashed.has(relative.protocol)) {
      copyFields(result, relative, false);
      return finish(result);
    }
    // A different slashed scheme: a host is required (taken from the first non-empty path
    // segment when missing), except for file:, which is hostless.
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) &&
        !kHostless.has(relative.protocol)) {
      const segs = (relative.pathname || '').split('/');
      while (segs.length && !(relative.host = segs.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (segs[0] !== '') segs.unshift('');
      if (segs.length < 2) segs.unshift('');
      result.pathname = segs.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) {
      result.path = (result.pathname || '') + (result.search || '');
    }
    result.slashes = result.slashes || relative.slashes;
    return finish(result);
  }

  const sourceAbsolute = Boolean(result.pathname && result.pathname.charAt(0) === '/');
  const relAbsolute = Boolean(relative.host ||
    (relative.pathname && relative.pathname.charAt(0) === '/'));
  let mustEndAbs = relAbsolute || sourceAbsolute || Boolean(result.host && relative.pathname);
  const dropAllDots = mustEndAbs;
  let segments = (result.pathname && result.pathname.split('/')) || [];
  const relSegments = (relative.pathname && relative.pathname.split('/')) || [];
  const noSlashes = result.protocol && !kSlashed.has(result.protocol);

  if (noSlashes) {
    // The host joins the path so that '..' can climb into it; it is put back at the end.
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (segments[0] === '') segments[0] = result.host;
      else segments.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relSegments[0] === '') relSegments[0] = relative.host;
        else relSegments.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relSegments[0] === '' || segments[0] === '');
  }

  if (relAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    segments = relSegments;
  } else if (relSegments.length) {
    segments.pop();
    segments = segments.concat(relSegments);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a new query ('?x').
    if (noSlashes) hostFromSegment(result, segments.shift());
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    return finish(result);
  }

  if (!segments.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path ending in '.', '..' or '/' keeps a trailing slash.
  let last = segments[segments.length - 1];
  const trailingSlash = ((result.host || relative.host || segments.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // Remove '.' segments and resolve '..' against the segment before it, from the end.
  let up = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    last = segments[i];
    if (last === '.') {
      segments.splice(i, 1);
    } else if (last === '..') {
      segments.splice(i, 1);
      up++;
    } else if (up) {
      segments.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !dropAllDots) {
    while (up--) segments.unshift('..');
  }
  if (mustEndAbs && segments[0] !== '' && (!segments[0] || segments[0].charAt(0) !== '/')) {
    segments.unshift('');
  }
  if (trailingSlash && segments.join('/').slice(-1) !== '/') segments.push('');

  const absolute = segments[0] === '' || Boolean(segments[0] && segments[0].charAt(0) === '/');
  if (noSlashes) {
    hostFromSegment(result, absolute ? '' : segments.length ? segments.shift() : '');
  }
  mustEndAbs = mustEndAbs || Boolean(result.host && segments.length);
  if (mustEndAbs && !absolute) segments.unshift('');

  if (segments.length > 0) {
    result.pathname = segments.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

// The path of a file: URL as the bytes its percent-encoding spells (for names that are not UTF-8).
function fileURLToPathBuffer(path, options = undefined) {
  const windows = options != null && typeof options === 'object' && options.windows !== undefined ?
    Boolean(options.windows) : process.platform === 'win32';
  if (windows) return require('buffer').Buffer.from(fileURLToPath(path, options));
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  const { ERR_INVALID_URL_SCHEME, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH } =
    require('internal/errors').codes;
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (path.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = path.pathname;
  if (/%2f/i.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', path);
  }
  return qs().unescapeBuffer(pathname);
}

module.exports = {
  // Legacy API
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // WHATWG API
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  // Utilities
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};

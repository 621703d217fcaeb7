'use strict';
// The URL handling the ES module loader needs, written against the WHATWG URL rules for the
// schemes it meets: file: URLs (percent-encoding, dot segments, query and fragment), node: and
// data: specifiers, and the test of "is this a valid absolute URL". It stands alone so module
// loading works whatever the state of internal/url.

const path = require('path');

const kSchemeRe = /^[A-Za-z][A-Za-z0-9+.-]*:/;

// Characters the WHATWG path percent-encode set escapes (besides C0 controls and non-ASCII).
const kPathEncode = new Set([' ', '"', '#', '<', '>', '?', '`', '{', '}']);

function encodeChar(ch) {
  let out = '';
  for (const b of Buffer_from(ch)) out += `%${b < 16 ? '0' : ''}${b.toString(16).toUpperCase()}`;
  return out;
}

function Buffer_from(str) {
  // UTF-8 bytes of a string, without depending on Buffer.
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.codePointAt(i);
    if (c > 0xffff) i++;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else {
      bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  }
  return bytes;
}

// Encodes a URL path the way the URL parser serialises it (existing %XX escapes kept).
function encodePathComponent(p) {
  let out = '';
  for (const ch of p) {
    const c = ch.codePointAt(0);
    if (c <= 0x20 || c >= 0x7f || kPathEncode.has(ch)) out += encodeChar(ch);
    else out += ch;
  }
  return out;
}

// Encodes query/fragment text (the query set: space " # < > and non-ASCII; fragment adds `).
function encodeRest(s, isFragment) {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c <= 0x20 || c >= 0x7f || ch === '"' || ch === '<' || ch === '>' ||
        (isFragment ? ch === '`' : (ch === '#' || ch === "'"))) {
      out += encodeChar(ch);
    } else {
      out += ch;
    }
  }
  return out;
}

// Removes . and .. segments (also their %2e spellings) from an absolute URL path.
function normalizeSegments(p) {
  const parts = p.split('/');
  const out = [];
  for (let i = 1; i < parts.length; i++) {
    const seg = parts[i];
    const low = seg.toLowerCase();
    const last = i === parts.length - 1;
    if (low === '..' || low === '.%2e' || low === '%2e.' || low === '%2e%2e') {
      if (out.length > 0) out.pop();
      if (last) out.push('');
    } else if (low === '.' || low === '%2e') {
      if (last) out.push('');
    } else {
      out.push(seg);
    }
  }
  return `/${out.join('/')}`;
}

// Node's pathToFileURL: absolute path -> file URL string ('%', '\\', newline, CR, tab escaped).
function pathToFileURL(filepath) {
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  let out = '';
  for (const ch of resolved) {
    if (ch === '%') out += '%25';
    else if (ch === '\\') out += '%5C';
    else if (ch === '\n') out += '%0A';
    else if (ch === '\r') out += '%0D';
    else if (ch === '\t') out += '%09';
    else out += ch;
  }
  return `file://${encodePathComponent(out)}`;
}

function percentDecode(s) {
  if (!s.includes('%')) return s;
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      for (const b of Buffer_from(ch)) bytes.push(b);
    }
  }
  return decodeUTF8(bytes);
}

function decodeUTF8(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    let cp;
    let n = 0;
    if (b < 0x80) { cp = b; n = 1; } else if ((b & 0xe0) === 0xc0) { cp = b & 31; n = 2; } else if ((b & 0xf0) === 0xe0) { cp = b & 15; n = 3; } else if ((b & 0xf8) === 0xf0) { cp = b & 7; n = 4; } else { out += '\ufffd'; i++; continue; }
    let ok = i + n <= bytes.length;
    for (let k = 1; ok && k < n; k++) {
      if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (bytes[i + k] & 63);
    }
    if (!ok) { out += '\ufffd'; i++; continue; }
    out += String.fromCodePoint(cp);
    i += n;
  }
  return out;
}

// A parsed absolute URL: { href, protocol, pathname, search, hash } (host only for file:).
function parse(href) {
  const m = kSchemeRe.exec(href);
  if (!m) return null;
  const protocol = m[0].toLowerCase();
  let rest = href.slice(m[0].length);
  let hash = '';
  let search = '';
  const h = rest.indexOf('#');
  if (h !== -1) { hash = rest.slice(h); rest = rest.slice(0, h); }
  const q = rest.indexOf('?');
  if (q !== -1) { search = rest.slice(q); rest = rest.slice(0, q); }
  if (protocol === 'file:') {
    rest = rest.replace(/\\/g, '/');
    let host = '';
    if (rest.startsWith('//')) {
      const slash = rest.indexOf('/', 2);
      host = slash === -1 ? rest.slice(2) : rest.slice(2, slash);
      rest = slash === -1 ? '/' : rest.slice(slash);
    } else if (!rest.startsWith('/')) {
      rest = `/${rest}`;
    }
    if (host.toLowerCase() === 'localhost') host = '';
    const pathname = normalizeSegments(encodePathComponent(rest));
    search = search === '?' ? '' : encodeRest(search, false);
    hash = hash === '#' ? '' : encodeRest(hash, true);
    return {
      protocol, host, pathname, search, hash,
      href: `file://${host}${pathname}${search}${hash}`,
    };
  }
  return { protocol, host: '', pathname: rest, search, hash, href: `${protocol}${rest}${search}${hash}` };
}

// new URL(specifier, base).href for the cases import specifiers use; null if not a URL.
function resolveURL(specifier, base) {
  if (kSchemeRe.test(specifier)) {
    const u = parse(specifier);
    return u && u.href;
  }
  const b = parse(base);
  if (!b) return null;
  if (b.protocol !== 'file:') {
    if (b.protocol === 'data:' || b.protocol === 'node:') return null;
    return null;
  }
  let spec = specifier.replace(/\\/g, '/');
  if (spec.startsWith('//')) return parse(`file:${spec}`).href;
  if (spec === '' ) return `file://${b.host}${b.pathname}${b.search}`;
  if (spec[0] === '#') return `file://${b.host}${b.pathname}${b.search}${encodeRest(spec, true)}`;
  if (spec[0] === '?') return parse(`file://${b.host}${b.pathname}${spec}`).href;
  if (spec[0] !== '/') {
    const dir = b.pathname.slice(0, b.pathname.lastIndexOf('/') + 1);
    spec = dir + spec;
  }
  return parse(`file://${b.host}${spec}`).href;
}

function isURL(specifier) {
  return kSchemeRe.test(specifier) && parse(specifier) !== null;
}

// Node's fileURLToPath for file URL strings.
function fileURLToPath(href) {
  const u = typeof href === 'string' ? parse(href) : parse(`${href.href}`);
  const { codes } = require('internal/errors');
  if (!u || u.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
  if (u.host !== '') throw new codes.ERR_INVALID_FILE_URL_HOST('linux');
  if (/%2f/i.test(u.pathname)) {
    throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return percentDecode(u.pathname);
}

module.exports = {
  isURL, parse, resolveURL, pathToFileURL, fileURLToPath, percentDecode, encodePathComponent,
};

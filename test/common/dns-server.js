'use strict';
// A small authoritative DNS server over UDP for tests: it answers from a table on 127.0.0.1
// (port 0) so resolver tests never touch the network.
//
//   const { startDnsServer } = require('../common/dns-server');
//   startDnsServer({
//     'example.org': [{ type: 'A', address: '1.2.3.4', ttl: 300 }, { type: 'MX', ... }],
//     'gone.example': 'NXDOMAIN',      // also 'SERVFAIL', 'REFUSED', 'SILENT' (no answer)
//   }, (server) => { server.port; server.queries; server.close(); });
//
// Records: A/AAAA { address }, CNAME/NS/PTR { value }, MX { exchange, priority },
// TXT { entries: [strings] }, SRV { name, port, priority, weight },
// NAPTR { order, preference, flags, service, regexp, replacement },
// SOA { nsname, hostmaster, serial, refresh, retry, expire, minttl },
// CAA { critical, tag, value }, TLSA { certUsage, selector, match, data: Buffer }; each with
// an optional `ttl` (default 60). A name without records of the asked type answers NOERROR with
// no records; an unknown name answers NXDOMAIN. An A or AAAA query for a name holding a CNAME
// answers the CNAME and the target's records.

const dgram = require('dgram');

const TYPES = {
  A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35,
  TLSA: 52, ANY: 255, CAA: 257,
};
const RCODES = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 };

function encodeName(name) {
  const parts = [];
  for (const label of name.split('.')) {
    if (label === '') continue;
    const bytes = Buffer.from(label, 'latin1');
    parts.push(Buffer.from([bytes.length]), bytes);
  }
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}

function encodeString(s) {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([Buffer.from([bytes.length]), bytes]);
}

function u16(n) {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

function u32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}

function encodeIPv6(text) {
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const fill = tail === null ? [] : new Array(8 - headGroups.length - tailGroups.length).fill('0');
  const groups = [...headGroups, ...fill, ...tailGroups];
  const out = Buffer.alloc(16);
  groups.forEach((g, i) => out.writeUInt16BE(parseInt(g, 16), i * 2));
  return out;
}

function encodeRdata(r) {
  switch (r.type) {
    case 'A': return Buffer.from(r.address.split('.').map(Number));
    case 'AAAA': return encodeIPv6(r.address);
    case 'CNAME':
    case 'NS':
    case 'PTR': return encodeName(r.value);
    case 'MX': return Buffer.concat([u16(r.priority), encodeName(r.exchange)]);
    case 'TXT': return Buffer.concat(r.entries.map(encodeString));
    case 'SRV':
      return Buffer.concat([u16(r.priority), u16(r.weight), u16(r.port), encodeName(r.name)]);
    case 'NAPTR':
      return Buffer.concat([u16(r.order), u16(r.preference), encodeString(r.flags),
                            encodeString(r.service), encodeString(r.regexp),
                            encodeName(r.replacement)]);
    case 'SOA':
      return Buffer.concat([encodeName(r.nsname), encodeName(r.hostmaster), u32(r.serial),
                            u32(r.refresh), u32(r.retry), u32(r.expire), u32(r.minttl)]);
    case 'CAA': {
      const tag = Buffer.from(r.tag, 'latin1');
      return Buffer.concat([Buffer.from([r.critical, tag.length]), tag,
                            Buffer.from(r.value, 'utf8')]);
    }
    case 'TLSA':
      return Buffer.concat([Buffer.from([r.certUsage, r.selector, r.match]), r.data]);
    default: throw new Error(`dns-server: unknown record type ${r.type}`);
  }
}

// The question of a query: { id, flags, name, type, questionBytes } or null.
function parseQuery(msg) {
  if (msg.length < 12) return null;
  const id = msg.readUInt16BE(0);
  const flags = msg.readUInt16BE(2);
  if (msg.readUInt16BE(4) !== 1) return null;
  let p = 12;
  const labels = [];
  while (p < msg.length && msg[p] !== 0) {
    const len = msg[p];
    if (len > 63 || p + 1 + len > msg.length) return null;
    labels.push(msg.toString('latin1', p + 1, p + 1 + len));
    p += 1 + len;
  }
  p++;
  if (p + 4 > msg.length) return null;
  const type = msg.readUInt16BE(p);
  return { id, flags, name: labels.join('.'), type, questionBytes: msg.subarray(12, p + 4) };
}

function answersFor(table, name, qtype) {
  const entry = table[name.toLowerCase()];
  if (entry === undefined) return 'NXDOMAIN';
  if (typeof entry === 'string') return entry;
  if (qtype === TYPES.ANY) return entry.map((r) => [name, r]);
  const out = [];
  for (const r of entry) {
    if (TYPES[r.type] === qtype) {
      out.push([name, r]);
    } else if (r.type === 'CNAME' && (qtype === TYPES.A || qtype === TYPES.AAAA)) {
      out.push([name, r]);
      const target = answersFor(table, r.value, qtype);
      if (Array.isArray(target)) out.push(...target);
    }
  }
  return out;
}

function buildResponse(query, rcode, answers) {
  // QR, opcode and RD from the query, AA, RA.
  const flags = 0x8000 | (query.flags & 0x7900) | 0x0400 | 0x0080 | rcode;
  const header = Buffer.concat([u16(query.id), u16(flags), u16(1), u16(answers.length),
                                u16(0), u16(0)]);
  const parts = [header, query.questionBytes];
  for (const [name, r] of answers) {
    const rdata = encodeRdata(r);
    parts.push(encodeName(name), u16(TYPES[r.type]), u16(1), u32(r.ttl ?? 60),
               u16(rdata.length), rdata);
  }
  return Buffer.concat(parts);
}

function startDnsServer(table, callback) {
  const socket = dgram.createSocket('udp4');
  const server = { socket, port: 0, queries: [], close: () => socket.close() };
  socket.on('message', (msg, rinfo) => {
    const query = parseQuery(msg);
    if (query === null) return;
    server.queries.push({ name: query.name, type: query.type });
    const answers = answersFor(table, query.name, query.type);
    if (answers === 'SILENT') return;
    const response = typeof answers === 'string' ?
      buildResponse(query, RCODES[answers], []) :
      buildResponse(query, RCODES.NOERROR, answers);
    socket.send(response, rinfo.port, rinfo.address);
  });
  socket.bind(0, '127.0.0.1', () => {
    server.port = socket.address().port;
    callback(server);
  });
  return server;
}

module.exports = { startDnsServer, TYPES };

// Differential fuzzing of networking argument handling against node 22, without I/O: header
// validation, request options, net.isIP/SocketAddress/BlockList, dns argument checks.
//   usage: <runtime> tools/difffuzz-net.js SEED COUNT [kind,kind...]   (see tools/difffuzz.sh)
'use strict';
const { N, only, rnd, ri, pick, visible } = require('./difffuzz-lib')(2000);
const http = require('http'); const net = require('net'); const dns = require('dns');
const alpha = ['a', 'Z', '0', '9', '-', '_', '.', ':', ' ', '\t', '\r', '\n', '\x00', '\x7f', '\u00e9', '\u263a', '"', '(', ',', '/', '[', ']', '%', '1', '255', '256', '::', 'ffff', '::1', '127.0.0.1', '0x7f', '%eth0', 'localhost'];
const str = (n = 8) => { let s = ''; for (let k = ri(n); k >= 0; k--) s += pick(alpha); return s; };
const any = () => pick([str(), str(), ri(70000) - 100, -1, 1.5, NaN, null, undefined, true, {}, [], ['a', str()], Symbol('s'), 10n, () => 1]);
const show = (f) => { try { const v = f(); return JSON.stringify(v, (k, x) => typeof x === 'bigint' ? `${x}n` : typeof x === 'symbol' ? String(x) : x); } catch (e) { return `THROW ${e.name} ${e.code} ${e.message}`; } };
const desc = (v) => typeof v === 'symbol' ? String(v) : typeof v === 'function' ? 'fn' : typeof v === 'bigint' ? `${v}n` : v === undefined ? 'U' : v;
const tests = {
  headerName: () => { const v = pick([str(), any()]); return [desc(v), () => http.validateHeaderName(v)]; },
  headerValue: () => { const n = pick(['x', str()]); const v = pick([str(), any()]); return [desc(n), desc(v), () => http.validateHeaderValue(n, v)]; },
  setHeader: () => { const n = pick(['x-a', 'Content-Length', 'set-cookie', str()]); const v = pick([str(), any(), [str(), 1]]); return [desc(n), desc(v), () => { const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 }); res.setHeader(n, v); return [res.getHeaders(), res.getHeaderNames()]; }]; },
  requestOpts: () => { const o = {}; for (const k of ['method', 'path', 'host', 'port', 'headers', 'timeout', 'family', 'localPort', 'maxHeaderSize', 'setHost', 'joinDuplicateHeaders', 'insecureHTTPParser', 'protocol', 'auth', 'hints', 'agent']) if (rnd() < 0.25) o[k] = k === 'headers' ? pick([{ [str(3)]: str() }, [str(), str()], str()]) : any(); return [Object.fromEntries(Object.entries(o).map(([k, v]) => [k, desc(v)])), () => { const r = http.request({ ...o, lookup: () => {}, agent: false, createConnection: () => new net.Socket() }); r.on('error', () => {}); const out = [r.method, r.path, r.host, r.protocol, r.getHeaders()]; r.destroy(); return out; }]; },
  isIP: () => { const s = pick([str(), str(16), any()]); return [desc(s), () => [net.isIP(s), net.isIPv4(s), net.isIPv6(s)]]; },
  socketAddress: () => { const o = { address: pick([str(), '1.2.3.4', '::1', any()]), port: pick([0, 80, 65536, -1, '80', any()]), family: pick(['ipv4', 'ipv6', 'IPv4', 'x', undefined]), flowlabel: pick([undefined, 1, -1]) }; return [Object.fromEntries(Object.entries(o).map(([k, v]) => [k, desc(v)])), () => { const a = new net.SocketAddress(o); return [a.address, a.port, a.family, a.flowlabel]; }]; },
  socketAddressParse: () => { const s = pick([str(12), '1.2.3.4:80', '[::1]:443', '[::1]', '1.2.3.4:', ':80', '[fe80::1%eth0]:1']); return [s, () => { const a = net.SocketAddress.parse(s); return a && [a.address, a.port, a.family]; }]; },
  blockList: () => { const b = new net.BlockList(); const ops = []; for (let k = ri(4); k >= 0; k--) { const op = pick(['addAddress', 'addRange', 'addSubnet']); const args = op === 'addAddress' ? [pick(['1.2.3.4', '::1', str()]), pick(['ipv4', 'ipv6', undefined])] : op === 'addRange' ? [pick(['1.2.3.0', '1.2.3.9', str()]), pick(['1.2.3.5', '1.2.3.1', str()]), pick(['ipv4', undefined])] : [pick(['1.2.3.0', '::', str()]), pick([24, 0, 33, 129, -1, '8']), pick(['ipv4', 'ipv6', undefined])]; ops.push([op, ...args.map(desc)]); try { b[op](...args); } catch (e) { ops.push(`E ${e.code}`); } } const q = pick(['1.2.3.4', '1.2.3.7', '::1', '::ffff:1.2.3.4', str()]); return [ops, q, () => [b.check(q), b.check(q, 'ipv6'), b.rules]]; },
  dnsArgs: () => { const h = pick([str(), any(), 'localhost']); const o = pick([undefined, 4, 6, 5, { family: pick([4, 6, 0, 5, 'IPv4', 'x']) }, { all: 1 }, { hints: pick([0, 1024, -1, dns.ADDRCONFIG]) }, { order: pick(['verbatim', 'ipv4first', 'x']) }, any()]); return [desc(h), desc(o), () => { dns.lookup(h, o, () => {}); return 'ok'; }]; },
};
const names = only ? only.split(',') : Object.keys(tests);
for (let i = 0; i < N; i++) { const n = pick(names); const t = tests[n](); const f = t.pop(); console.log(visible(`${n} ${JSON.stringify(t)} => ${show(f)}`)); }
setTimeout(() => process.exit(0), 50).unref();

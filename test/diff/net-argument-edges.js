'use strict';
// Argument handling of http/net/dns as node 22 does it: a port or localPort net refuses throws out
// of http.request() itself (the agent makes its socket synchronously); dns lookups refuse hostnames
// with NUL; BlockList/SocketAddress ignore an IPv6 zone whatever it holds; ERR_INVALID_ADDRESS is an Error.
{
const http = require('http');
for (const o of [{ port: -1 }, { port: -1, agent: false }, { port: () => 1, agent: false }, { localPort: true, agent: false }, { port: 'x', agent: false }, { port: 70000 }]) {
  try {
    const r = http.request(o);
    r.on('error', (e) => console.log('async error', JSON.stringify(Object.keys(o)), e.code, e.message));
    r.end();
    console.log('no throw', JSON.stringify(Object.keys(o)));
  } catch (e) { console.log('throw', JSON.stringify(Object.keys(o)), e.code, e.message); }
}
}
{
const dns = require('dns');
for (const [h, o] of [['a\0b', undefined], ['a\0b', 5], ['\0', { all: true }], ['', 5]]) {
  try { dns.lookup(h, o, () => {}); console.log('ok'); } catch (e) { console.log(e.code, e.message); }
  try { dns.promises.lookup(h, o).catch((e) => console.log('promise rejected', e.code)); console.log('p ok'); } catch (e) { console.log('p', e.code, e.message); }
}
try { dns.lookupService('1.2.3.4\0', 80, () => {}); } catch (e) { console.log(e.code, e.message); }
}
{
const net = require('net');
for (const a of ['::1%eth0', 'fe80::1%1', '::1%', '::1%::1', '1.2.3.4%x', '::1%eth0%x']) {
  const b = new net.BlockList();
  let r; try { b.addAddress(a, a.includes(':') ? 'ipv6' : 'ipv4'); r = [b.rules, b.check('::1', 'ipv6')]; } catch (e) { r = e.code; }
  let s; try { const x = new net.SocketAddress({ address: a, family: a.includes(':') ? 'ipv6' : 'ipv4' }); s = [x.address, x.flowlabel]; } catch (e) { s = e.code; }
  let sub; try { const b2 = new net.BlockList(); b2.addSubnet(a, 64, 'ipv6'); sub = b2.rules; } catch (e) { sub = e.code; }
  console.log(JSON.stringify(a), JSON.stringify(r), JSON.stringify(s), JSON.stringify(sub), JSON.stringify(net.SocketAddress.parse(`[${a}]:80`)?.address));
}
}

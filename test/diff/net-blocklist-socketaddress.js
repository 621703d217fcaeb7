// net.BlockList and net.SocketAddress: rules, checks (incl. IPv4-mapped), canonical addresses, errors.
const {BlockList, SocketAddress}=require('net');
const b=new BlockList(); b.addAddress('1.2.3.4'); b.addRange('10.0.0.1','10.0.0.9'); b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6'); b.addAddress(new SocketAddress({address:'::1', family:'ipv6'}));
b.addSubnet('192.168.0.0', 16);
console.log(b.rules, b);
console.log(b.check('1.2.3.4'), b.check('::ffff:1.2.3.4','ipv6'), b.check('10.0.0.5'), b.check('8592:757c:efae:4e45::f','ipv6'), b.check('::1','ipv6'), b.check('::1'), b.check('192.168.3.4'), b.check('192.169.0.1'), b.check('::ffff:192.168.0.1', 'ipv6'), b.check('10.0.0.10'));
const s=new SocketAddress(); console.log(s, s.toJSON(), JSON.stringify(s));
for (const a of ['::', '0:0:0:0:0:0:0:1', '::FFFF:1.2.3.4', '2001:db8:0:0:1:0:0:1', '2001:0db8::0001', 'fe80::1%eth0', '1:2:3:4:5:6:7:8', '::1.2.3.4', '1::', '1:0:0:2::3']) console.log(a, new SocketAddress({address: a, family:'ipv6', port: '80', flowlabel: 5}));
console.log(SocketAddress.parse('1.2.3.4:80'), SocketAddress.parse('[::1]:443'), SocketAddress.parse('nope:x'), SocketAddress.parse('example.com'));
const b2 = new BlockList(); b2.fromJSON(b.toJSON()); console.log(b2.rules); console.log(BlockList.isBlockList(b2), SocketAddress.isSocketAddress(s), Object.keys(s), Object.keys(b));
for (const f of [()=>new SocketAddress({address:'x'}), ()=>new SocketAddress({family:'x'}), ()=>new SocketAddress({port:-1}), ()=>b.addRange('1.1.1.5','1.1.1.1'), ()=>b.addSubnet('1.1.1.1', 33), ()=>b.check(1), ()=>b.addAddress('1.2.3.4','ipv5'), ()=>new SocketAddress({flowlabel: 1}), ()=>b.check('zz'), ()=>new SocketAddress(1), ()=>b.addRange('1.1.1.1', '::1', 'ipv6'), () => b.fromJSON(5)]) { try { console.log(f()) } catch(e) { console.log(e.code, e.message) } }
// An address ends at its first NUL (node passes it to inet_pton as a C string).
const b3 = new BlockList(); b3.addAddress('127.0.0.1\0junk'); b3.addRange('1.2.3.9', '127.0.0.1\0.x'); b3.addSubnet('::\0zz', 64, 'ipv6');
console.log(b3.rules, b3.check('127.0.0.1'), new SocketAddress({ address: '127.0.0.1\0', family: 'ipv4' }).address, new SocketAddress({ address: '::1\0:2', family: 'ipv6' }).address);

// The order of socket and server events for a write + end round trip.
const net = require('net');
const server = net.createServer((s) => {
  console.log('server conn', s.remoteAddress, typeof s.remotePort);
  s.on('data', (d) => { console.log('server data', d.toString()); s.write(d); });
  s.on('end', () => { console.log('server end'); s.end(); });
  s.on('close', () => { console.log('server sock close'); server.close(); });
});
server.listen(0, () => {
  const port = server.address().port;
  console.log('listening', server.address().address, server.address().family);
  const c = net.connect(port, '127.0.0.1', () => { console.log('connect'); c.write('hello'); c.end(' world'); });
  c.on('ready', () => console.log('ready'));
  c.on('data', (d) => console.log('client data', d.toString()));
  c.on('end', () => console.log('client end'));
  c.on('finish', () => console.log('client finish'));
  c.on('close', (e) => console.log('client close', e, c.bytesRead, c.bytesWritten));
});
server.on('close', () => console.log('server close'));

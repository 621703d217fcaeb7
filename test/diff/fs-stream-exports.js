'use strict';
// fs.ReadStream/WriteStream/FileReadStream/FileWriteStream are accessors; assigning
// fs.ReadStream / fs.WriteStream changes what createReadStream / createWriteStream build.
const fs = require('fs');
const { print } = require('./_print');

for (const k of ['ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream',
                 'createReadStream', 'createWriteStream']) {
  const d = Object.getOwnPropertyDescriptor(fs, k);
  print(k, typeof d.get, typeof d.set, 'value' in d, d.enumerable, d.configurable, fs[k].name,
        fs[k].length);
}
const { ReadStream, WriteStream } = fs;
print('FileReadStream is ReadStream', fs.FileReadStream === ReadStream,
      fs.FileWriteStream === WriteStream);
class SubRead extends ReadStream {}
class SubWrite extends WriteStream {}
fs.ReadStream = SubRead;
fs.WriteStream = SubWrite;
print('after set', fs.ReadStream.name, fs.FileReadStream.name, fs.WriteStream.name,
      'get' in Object.getOwnPropertyDescriptor(fs, 'ReadStream'));
const rs = fs.createReadStream(__filename, { end: 5 });
print('sub read', rs instanceof SubRead, rs.constructor.name);
const ws = fs.createWriteStream('/dev/null');
print('sub write', ws instanceof SubWrite);
fs.ReadStream = ReadStream;
fs.WriteStream = WriteStream;
print('restored', fs.createReadStream(__filename).destroy() instanceof SubRead);
rs.on('data', (c) => print('data', JSON.stringify(c.toString())));
rs.on('close', () => ws.end('x', () => print('written', ws.bytesWritten)));

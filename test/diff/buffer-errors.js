'use strict';
// Buffer argument validation: Node's error codes, classes and messages for every public method.
const p = (s) => { try { const r = eval(s); console.log(s, '=>', r); } catch (e) { console.log(s, '=> ERR', e.code, e.name, e.message); } };
const b = Buffer.alloc(8);
for (const s of [
 "b.readUInt8(8)", "b.readUInt8(-1)", "b.readUInt8(1.5)", "b.readUInt8('1')", "b.readUInt8(NaN)", "b.readUInt16LE(7)", "b.readUInt32BE(5)", "b.readDoubleLE(1)", "b.readBigInt64LE(1)",
 "Buffer.alloc(0).readUInt8()", "Buffer.alloc(1).readUInt16LE()", "Buffer.alloc(3).readUInt32LE(0)",
 "b.readUIntLE(0, 7)", "b.readUIntLE(0, 0)", "b.readUIntLE(0)", "b.readUIntLE(4, 6)", "b.readIntBE(0, 1.5)", "b.readIntBE(0, '2')", "b.readUIntLE(3,5)",
 "b.writeUInt8(256)", "b.writeUInt8(-1)", "b.writeInt8(128)", "b.writeUInt16LE(65536)", "b.writeInt16BE(-32769)", "b.writeUInt32LE(2**32)", "b.writeInt32LE(2**31)",
 "b.writeUIntLE(2**40, 0, 5)", "b.writeIntLE(2**39, 0, 5)", "b.writeUIntBE(2**48, 0, 6)", "b.writeIntBE(-(2**47)-1, 0, 6)", "b.writeUIntLE(256, 0, 1)", "b.writeUIntLE(65536, 0, 2)", "b.writeUIntLE(2**24, 0, 3)", "b.writeIntLE(2**23, 0, 3)", "b.writeUIntLE(2**32, 0, 4)", "b.writeIntLE(2**31, 0, 4)",
 "b.writeBigInt64LE(2n**63n)", "b.writeBigUInt64LE(-1n)", "b.writeBigUInt64LE(1)", "b.writeBigInt64LE(1n, 1)",
 "b.writeUInt8(1, 8)", "b.writeUInt8(1, 1.5)", "b.writeUInt8('a')", "b.writeUInt8(1.7)", "b.writeUInt8(NaN)", "b.writeUInt32LE(1, 5)", "b.writeDoubleLE(1, 1)", "b.writeFloatLE('x')", "b.writeUInt16LE(1, '1')", "b.writeUIntLE(1, 0, 7)", "b.writeUIntLE(1, 0)", "b.writeUIntLE(1, 4, 6)",
 "b.writeFloatBE(1e300)", "b.writeUInt8(300.5)", "b.writeInt8(-129)", "b.writeUInt8(1, -1)", "b.writeUInt8(1, null)",
 "Buffer.alloc(-1)", "Buffer.alloc('1')", "Buffer.alloc(2**53)", "Buffer.allocUnsafe(NaN)", "Buffer.alloc(1.5)", "Buffer.from()", "Buffer.from(1)", "Buffer.from({})", "Buffer.from(null)", "Buffer.from('a', 'bogus')", "Buffer.from(Symbol())",
 "Buffer.from(new ArrayBuffer(4), 5)", "Buffer.from(new ArrayBuffer(4), 1, 5)", "Buffer.from(new ArrayBuffer(4), -1)", "Buffer.from(new ArrayBuffer(4), 1, -1)", "Buffer.from(new ArrayBuffer(4), '1', '2')", "Buffer.from(new ArrayBuffer(4), 'x')", "Buffer.from(new ArrayBuffer(4), 4)",
 "Buffer.concat([1])", "Buffer.concat('a')", "Buffer.concat([Buffer.from('ab')], 5)", "Buffer.concat([Buffer.from('ab')], -1)", "Buffer.concat([new Uint8Array([1,2])], 1)",
 "Buffer.byteLength(1)", "Buffer.byteLength('abc', 'bogus')", "Buffer.byteLength(new Uint16Array(3))", "Buffer.compare(1, b)", "Buffer.compare(b, 'a')",
 "b.toString('bogus')", "b.toString('utf8', -1, 100)", "b.write(1)", "b.write('a', 9)", "b.write('a', -1)", "b.write('a', 0, 9)", "b.write('a', 0, 1, 'bogus')", "b.write('aa', 'hex')", "b.write('a', 1, 'latin1')",
 "b.equals('a')", "b.compare('a')", "b.compare(b, -1)", "b.compare(b, 0, 9)", "b.compare(b, 0, 1, -1)", "b.compare(b, 0, 1, 9)", "b.compare(b, 'a')", "b.compare(b, 9, 9)", "b.compare(b, 0, 0, 9, 9)",
 "b.copy('a')", "b.copy(b, -1)", "b.copy(b, 0, -1)", "b.copy(b, 0, 9)", "b.copy(b, 0, 0, -1)", "b.copy(b, 9)", "b.copy(Buffer.alloc(2), 0, 0, 100)", "b.copy(Buffer.alloc(2), 1.5)", "b.copy(b, 'x')",
 "b.indexOf({})", "b.indexOf(true)", "b.indexOf('a', 0, 'bogus')", "b.indexOf(2**40)", "b.indexOf(-1)", "b.lastIndexOf(null)",
 "Buffer.alloc(3).swap16()", "Buffer.alloc(6).swap32()", "Buffer.alloc(4).swap64()",
 "Buffer.isEncoding('UTF-8')", "Buffer.isEncoding('utf-16le')", "Buffer.isEncoding('')", "Buffer.isEncoding(1)", "Buffer.isEncoding('Binary')",
 "require('buffer').transcode(Buffer.from('a'), 'utf8', 'hex')", "require('buffer').transcode('a', 'utf8', 'ucs2')",
 "require('buffer').isUtf8('a')", "require('buffer').isAscii(1)",
 "Buffer.copyBytesFrom([1])", "Buffer.copyBytesFrom(new Uint8Array(2), -1)", "Buffer.copyBytesFrom(new Uint8Array(2), 1.5)", "Buffer.copyBytesFrom(new Uint8Array(2), 0, -1)", "Buffer.copyBytesFrom(new Uint16Array([1,2,3]), 1, 1)", "Buffer.copyBytesFrom(new Uint16Array([1,2,3]), 5)",
 "b.subarray(-2)", "b.slice('1', '3')", "b.toJSON()", "b.readUInt8(undefined)",
 "Buffer.alloc(4, 'a', 'bogus')", "Buffer.alloc(4, 1, 'bogus')", "Buffer.alloc(4, 'a', 1)",
]) p(s);

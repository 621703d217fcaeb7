'use strict';
// IP address classification shared by node:net, node:dns and node:dgram.

// One IPv4 octet: 0-255 without leading zeros.
const v4Octet = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Text = `${v4Octet}(?:\\.${v4Octet}){3}`;
const IPv4Re = new RegExp(`^${v4Text}$`);

// IPv6: eight hex groups, one '::' run, an optional trailing dotted IPv4 part
// and an optional zone id (%eth0).
const h16 = '[0-9a-fA-F]{1,4}';
const v6Forms = [
  `(?:${h16}:){7}(?:${h16}|:)`,
  `(?:${h16}:){6}(?:${v4Text}|:${h16}|:)`,
  `(?:${h16}:){5}(?::${v4Text}|(?::${h16}){1,2}|:)`,
  `(?:${h16}:){4}(?:(?::${h16}){0,1}:${v4Text}|(?::${h16}){1,3}|:)`,
  `(?:${h16}:){3}(?:(?::${h16}){0,2}:${v4Text}|(?::${h16}){1,4}|:)`,
  `(?:${h16}:){2}(?:(?::${h16}){0,3}:${v4Text}|(?::${h16}){1,5}|:)`,
  `(?:${h16}:){1}(?:(?::${h16}){0,4}:${v4Text}|(?::${h16}){1,6}|:)`,
  `(?::(?:(?::${h16}){0,5}:${v4Text}|(?::${h16}){1,7}|:))`,
];
const IPv6Re = new RegExp(`^(?:${v6Forms.join('|')})(?:%[0-9a-zA-Z-.:]{1,})?$`);

function isIPv4(s) {
  return IPv4Re.test(`${s}`);
}

function isIPv6(s) {
  return IPv6Re.test(`${s}`);
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// A write for streams that have a file descriptor but no handle (stdio on files).
function makeSyncWrite(fd) {
  return function(chunk, enc, cb) {
    const { writeString, writeBuffer } = internalBinding('fs');
    const r = typeof chunk === 'string' ?
      writeString(fd, chunk, enc) : writeBuffer(fd, chunk);
    if (r < 0) {
      const { ErrnoException } = require('internal/errors');
      return cb(new ErrnoException(r, 'write'));
    }
    cb();
  };
}

module.exports = {
  isIP,
  isIPv4,
  isIPv6,
  makeSyncWrite,
  // Marks connect()/listen() arguments already normalised by net.
  normalizedArgsSymbol: Symbol('normalizedArgs'),
};

'use strict';
// node:tty. isatty, and the terminal stream classes process.stdout/stderr/stdin use. Until
// node:net exists these are the synchronous stdio writer and the flowing stdin reader of
// internal/bootstrap/stdio.js rather than net.Socket subclasses.

const { isTTY } = internalBinding('tty_wrap');
const stdio = require('internal/bootstrap/stdio');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

function checkFd(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_FD(fd);
  }
}

class WriteStream extends stdio.SyncWriteStream {
  constructor(fd) {
    checkFd(fd);
    super(fd);
  }
}

class ReadStream extends stdio.StdinStream {
  constructor(fd) {
    checkFd(fd);
    super(fd);
  }
}

module.exports = { isatty, ReadStream, WriteStream };

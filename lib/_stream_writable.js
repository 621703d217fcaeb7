'use strict';
// node:_stream_writable: the legacy name of stream.Writable.
module.exports = require('stream').Writable;

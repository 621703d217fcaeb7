'use strict';
// node:http2 over libnghttp2 (lib/internal/http2/core.js, internalBinding('http2')).

const {
  connect, createServer, createSecureServer, performServerHandshake,
} = require('internal/http2/core');
const {
  getDefaultSettings, getPackedSettings, getUnpackedSettings, sensitiveHeaders,
} = require('internal/http2/util');
const { Http2ServerRequest, Http2ServerResponse } = require('internal/http2/compat');

module.exports = {
  connect,
  constants: require('internal/http2/constants'),
  createServer,
  createSecureServer,
  getDefaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  performServerHandshake,
  sensitiveHeaders,
  Http2ServerRequest,
  Http2ServerResponse,
};

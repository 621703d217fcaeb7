'use strict';
// State set from node's command-line options at start-up (lib/internal/process/node_flags.js)
// and read where it matters. An object, so modules in the startup snapshot see the values the
// process sets later.
module.exports = {
  zeroFillBuffers: false,  // --zero-fill-buffers
  tlsKeylogFd: -1,         // --tls-keylog: every TLS session's key lines go to this file
  traceExit: false,        // --trace-exit
};

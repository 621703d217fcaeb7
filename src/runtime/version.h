#pragma once
#define NODUS_VERSION "0.1.0"
// The Node.js release whose API nodus implements (process.version).
#define NODUS_NODE_VERSION "22.23.5"

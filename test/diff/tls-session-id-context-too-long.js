'use strict';
// A sessionIdContext longer than 32 bytes: node throws a TypeError without a code whose message
// is OpenSSL's printed error line. Its thread id and source file differ from run to run and
// build to build; they are masked here.
const tls = require('tls');
const mask = (m) => m.replace(/[0-9A-F]{8,}:error:/, 'TID:error:').replace(/:[^:]+\.c:\d+:(\n|$)/, ':FILE:LINE:$1');
for (const f of [
  () => tls.createSecureContext({ sessionIdContext: 'x'.repeat(33) }),
  () => tls.createServer({ sessionIdContext: 'x'.repeat(64) }),
  () => tls.createSecureContext({ sessionIdContext: 'x'.repeat(32) }),
]) {
  try {
    f();
    console.log('accepted');
  } catch (e) {
    console.log(e.name, e.code, Object.keys(e), JSON.stringify(mask(e.message)));
    console.log(mask(e.stack.split('\n')[0]));
  }
}

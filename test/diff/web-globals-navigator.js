'use strict';
// The navigator and MessageEvent globals, as node 22 has them.
const os = require('os');
console.log(typeof navigator, navigator instanceof Navigator, Object.prototype.toString.call(navigator));
console.log(navigator.hardwareConcurrency === os.availableParallelism(), navigator.userAgent,
            navigator.platform, navigator.languages.length, navigator.languages[0] === navigator.language);
console.log(Object.keys(Object.getOwnPropertyDescriptors(Navigator.prototype)));
try { new Navigator(); } catch (e) { console.log(e.name, e.code, e.message); }
const e = new MessageEvent('message', { data: { x: 1 }, origin: 'o' });
console.log(e.type, e.data, e.origin, e.lastEventId, e.source, e.ports, e instanceof Event, String(e));
for (const name of ['navigator', 'Navigator', 'MessageEvent', 'fetch', 'Headers', 'Request', 'Response', 'FormData']) {
  console.log(name, Object.getOwnPropertyDescriptor(globalThis, name).enumerable);
}

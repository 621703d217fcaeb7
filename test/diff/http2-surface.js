'use strict';
// node:http2's module surface: exports, every constant, default settings, settings packing and
// unpacking with node's validation errors, the compat classes.
const { print, attempt } = require('./_print');
const http2 = require('http2');
const { Readable, Stream } = require('stream');

process.on('warning', (w) => print('warning', w.name, w.message));

print(Object.keys(http2).sort());
print(JSON.stringify(http2.constants));
print(http2.getDefaultSettings(), Object.getPrototypeOf(http2.getDefaultSettings()));
print(typeof http2.sensitiveHeaders, String(http2.sensitiveHeaders));
print(http2.Http2ServerRequest.name, http2.Http2ServerRequest.prototype instanceof Readable);
print(http2.Http2ServerResponse.name, http2.Http2ServerResponse.prototype instanceof Stream);
print(typeof http2.createServer, typeof http2.createSecureServer, typeof http2.connect);
print(require('node:http2') === http2);

const err = (label, fn) => {
  try {
    print(label, 'ok', fn());
  } catch (e) {
    print(label, e.name, e.code, e.message, e.actual, e.min, e.max);
  }
};
err('all', () => http2.getPackedSettings({
  headerTableSize: 1, enablePush: false, maxConcurrentStreams: 3, initialWindowSize: 4,
  maxFrameSize: 16384, maxHeaderListSize: 6, enableConnectProtocol: true, customSettings: { 9: 1 },
}));
err('none', () => http2.getPackedSettings());
err('empty', () => http2.getPackedSettings({}));
err('null', () => http2.getPackedSettings(null));
err('number', () => http2.getPackedSettings(1));
err('negative', () => http2.getPackedSettings({ headerTableSize: -1 }));
err('string', () => http2.getPackedSettings({ headerTableSize: '1' }));
err('fraction', () => http2.getPackedSettings({ headerTableSize: 1.5 }));
err('big', () => http2.getPackedSettings({ headerTableSize: 2 ** 32 }));
err('push', () => http2.getPackedSettings({ enablePush: 1 }));
err('connect', () => http2.getPackedSettings({ enableConnectProtocol: 1 }));
err('frame small', () => http2.getPackedSettings({ maxFrameSize: 1 }));
err('frame big', () => http2.getPackedSettings({ maxFrameSize: 2 ** 24 }));
err('window', () => http2.getPackedSettings({ initialWindowSize: 2 ** 31 }));
err('maxHeaderSize', () => http2.getPackedSettings({ maxHeaderSize: 7 }));
err('custom id', () => http2.getPackedSettings({ customSettings: { 70000: 1 } }));
err('custom -1', () => http2.getPackedSettings({ customSettings: { '-1': 1 } }));
err('custom value', () => http2.getPackedSettings({ customSettings: { 10: 2 ** 32 } }));
err('custom many', () => http2.getPackedSettings({ customSettings: {
  10: 1, 11: 1, 12: 1, 13: 1, 14: 1, 15: 1, 16: 1, 17: 1, 18: 1, 19: 1, 20: 1 } }));
err('custom type', () => http2.getPackedSettings({ customSettings: 5 }));
err('custom 7', () => http2.getPackedSettings({ customSettings: { 7: 2 }, headerTableSize: 5 }));
err('custom string value', () => http2.getPackedSettings({ customSettings: { 11: '2' } }));

err('unpack', () => http2.getUnpackedSettings(Buffer.from([0, 9, 0, 0, 0, 5, 0, 1, 0, 0, 0, 1, 0, 6, 0, 0, 0, 7])));
err('unpack push', () => http2.getUnpackedSettings(new Uint8Array([0, 2, 0, 0, 0, 0, 0, 8, 0, 0, 0, 1])));
err('unpack len', () => http2.getUnpackedSettings(Buffer.alloc(5)));
err('unpack type', () => http2.getUnpackedSettings('x'));
err('unpack dataview', () => http2.getUnpackedSettings(new DataView(new ArrayBuffer(6))));
err('unpack validate', () => http2.getUnpackedSettings(new Uint8Array([0, 4, 0xff, 0xff, 0xff, 0xff]), { validate: true }));
err('unpack novalidate', () => http2.getUnpackedSettings(new Uint8Array([0, 4, 0xff, 0xff, 0xff, 0xff])));
err('unpack frame', () => http2.getUnpackedSettings(new Uint8Array([0, 5, 0, 0, 0, 1]), { validate: true }));
err('roundtrip', () => http2.getUnpackedSettings(http2.getPackedSettings(http2.getDefaultSettings())));

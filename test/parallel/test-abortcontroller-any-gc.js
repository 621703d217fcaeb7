// Flags: --expose-gc
'use strict';
// AbortSignal.any(): a result signal nobody references but that has 'abort'
// listeners survives garbage collection while its source can still abort it.
const common = require('../common');

const ac = new AbortController();
(function() {
  const any = AbortSignal.any([ac.signal]);
  any.addEventListener('abort', common.mustCall());
  const nested = AbortSignal.any([any, new AbortController().signal]);
  nested.onabort = common.mustCall();
})();

setImmediate(() => {
  globalThis.gc();
  setTimeout(() => {
    globalThis.gc();
    ac.abort();
  }, 10);
});

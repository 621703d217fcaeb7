'use strict';
// Live smoke test: install express from the public registry, then serve a request with it under
// the nodus runtime itself. Skips with a message when the binary under test is not the runtime
// (nodus_pm_dev) or the registry is unreachable.
const path = require('path');
const c = require('./common');
const { liveExpress } = require('./common/live');

c.main(async () => {
  const bin = c.binary();
  if (path.basename(bin) !== 'nodus') {
    console.log(`skip: ${bin} is not the nodus runtime`);
    return;
  }
  await liveExpress(bin);
});

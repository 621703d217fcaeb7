'use strict';
// Live smoke test against the public registry: `install` express, then serve a request with it
// under the harness's node (Node 22). Skips with a message when the registry is unreachable.
const c = require('./common');
const { liveExpress } = require('./common/live');

c.main(async () => {
  await liveExpress(process.execPath);
});

'use strict';
// Live differential test: install import-in-the-middle (the ESM hook OpenTelemetry, Sentry and
// Datadog instrument with, through module.register()) from the public registry with nodus, then
// run common/instrumentation-app.js under node 22 and under the nodus runtime; stdout must be
// identical. Skips when the binary under test is not the runtime or the registry is unreachable.
const c = require('./common');
const { compareLiveCases } = require('./common/live');

const CASES = {
  iitm: { 'import-in-the-middle': '^1.15.0' },
};

c.main(() => compareLiveCases('live-instr', CASES, 'instrumentation-app.js', { installTimeout: 120000, runTimeout: 120000 }));

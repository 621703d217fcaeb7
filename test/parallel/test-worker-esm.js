'use strict';
// An ES module worker (.mjs) imports builtins and sees workerData; a file URL works as filename.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const { Worker } = require('worker_threads');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();
const file = path.join(tmpdir.path, 'worker.mjs');
require('fs').writeFileSync(file, `
  import { parentPort, workerData } from 'node:worker_threads';
  import path from 'node:path';
  const x = await Promise.resolve(workerData * 2);
  parentPort.postMessage([x, path.basename(import.meta.url), typeof require]);
`);
const w = new Worker(pathToFileURL(file), { workerData: 21 });
w.on('message', common.mustCall((m) => assert.deepStrictEqual(m, [42, 'worker.mjs', 'undefined'])));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

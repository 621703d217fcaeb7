'use strict';
// A per-process scratch directory: test/.tmp.<id>, removed again when the
// test exits cleanly.

const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const testRoot = process.env.NODE_TEST_DIR ?
  fs.realpathSync(process.env.NODE_TEST_DIR) : path.resolve(__dirname, '..');

// Unique per test process so tests can run in parallel.
const tmpdirName = '.tmp.' +
  (process.env.TEST_SERIAL_ID || process.env.TEST_THREAD_ID || String(process.pid));
const tmpPath = path.join(testRoot, tmpdirName);

let exitHandlerInstalled = false;

function rmSync(p) {
  fs.rmSync(p, { maxRetries: 3, recursive: true, force: true });
}

function onExit() {
  // Keep the directory for inspection when the test failed.
  if (process.exitCode !== undefined && process.exitCode !== 0) return;
  try {
    rmSync(tmpPath);
  } catch (err) {
    console.error(`Can't clean tmpdir: ${tmpPath}`);
    console.error(err);
    process.exitCode = 1;
  }
}

function refresh(useSpawn = false) { // eslint-disable-line no-unused-vars
  rmSync(tmpPath);
  fs.mkdirSync(tmpPath, { recursive: true });
  if (!exitHandlerInstalled) {
    exitHandlerInstalled = true;
    process.on('exit', onExit);
  }
}

function resolve(...paths) {
  return path.resolve(tmpPath, ...paths);
}

function hasEnoughSpace(size) {
  if (typeof fs.statfsSync !== 'function') return true;
  const { bavail, bsize } = fs.statfsSync(tmpPath);
  return bavail >= Math.ceil(size / bsize);
}

function fileURL(...paths) {
  // Directories keep their trailing slash.
  const fullPath = path.resolve(tmpPath + path.sep, ...paths);
  return pathToFileURL(fullPath);
}

module.exports = {
  fileURL,
  hasEnoughSpace,
  path: tmpPath,
  refresh,
  resolve,
};

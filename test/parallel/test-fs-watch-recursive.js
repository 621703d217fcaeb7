'use strict';
// fs.watch(dir, { recursive: true }) reports changes in subdirectories, including ones created
// after the watch started, with names relative to the watched directory.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = tmpdir.resolve('tree');
fs.mkdirSync(path.join(dir, 'old'), { recursive: true });
const target = path.join('new', 'deep.txt');
let writer;
const watcher = fs.watch(dir, { recursive: true });
watcher.on('change', common.mustCallAtLeast((eventType, filename) => {
  if (filename === 'new' && writer === undefined) {
    // Writing until the event arrives paces the test by events: the watch of 'new' may be
    // set up after its 'rename'.
    writer = setInterval(() => fs.writeFileSync(path.join(dir, target), 'x'), 20);
  } else if (filename === target) {
    clearInterval(writer);
    watcher.close();
  } else if (filename === path.join('old', 'f.txt') && !fs.existsSync(path.join(dir, 'new'))) {
    fs.mkdirSync(path.join(dir, 'new'));
  }
}, 1));
watcher.on('close', common.mustCall(() => assert(writer !== undefined)));
fs.writeFileSync(path.join(dir, 'old', 'f.txt'), 'f');

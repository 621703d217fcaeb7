'use strict';
// Helpers for the fs-stream-* diff scripts: a temp dir whose path is printed as <tmp>, an event
// logger and a runner that starts each scenario when the previous one calls next().
const fs = require('fs');
const os = require('os');
const path = require('path');
const { print } = require('./_print');

function makeDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const clean = (s) => String(s).split(dir).join('<tmp>');
  // Prints each of `events` as `label event value`; buffers as <buf ...> in `bufEncoding`.
  function watch(label, s, events, bufEncoding = 'utf8') {
    for (const e of events) {
      s.on(e, (x) => {
        let v = '';
        if (e === 'open') v = typeof x;
        else if (x instanceof Error) v = `${x.name} ${x.code} ${clean(x.message)}`;
        else if (Buffer.isBuffer(x)) v = `<buf ${x.toString(bufEncoding)}>`;
        else if (x !== undefined) v = JSON.stringify(x);
        print(label, e, v);
      });
    }
  }
  // Prints `label ok`, or the thrown error's name, code and message.
  function attempt(label, fn) {
    try {
      fn();
      print(label, 'ok');
    } catch (e) {
      print(label, e.name, e.code, clean(e.message));
    }
  }
  function run(scenarios, i = 0) {
    if (i === scenarios.length) {
      fs.rmSync(dir, { recursive: true });
      print('done');
      return;
    }
    print(`-- ${i}`);
    scenarios[i](() => run(scenarios, i + 1));
  }
  return { dir, clean, watch, attempt, run };
}

module.exports = {
  makeDir,
  RS: ['open', 'ready', 'data', 'end', 'close', 'error', 'pause', 'resume'],
  WS: ['open', 'ready', 'finish', 'close', 'error', 'drain'],
};

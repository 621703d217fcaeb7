'use strict';
// Under `--watch` the parent (lib/internal/main/watch_mode.js) runs this process with an IPC
// channel and WATCH_REPORT_DEPENDENCIES=1: every module loaded from a file is reported to it, so
// it knows which files to watch (node's 'watch:require' / 'watch:import' messages).

let active;
function reporting() {
  if (active === undefined) {
    active = process.env.WATCH_REPORT_DEPENDENCIES !== undefined &&
      typeof process.send === 'function';
  }
  return active;
}

function reportRequire(filename) {
  if (reporting()) process.send({ 'watch:require': [filename] });
}

function reportImport(url) {
  if (url.startsWith('file:') && reporting()) process.send({ 'watch:import': [url] });
}

module.exports = { reportRequire, reportImport };

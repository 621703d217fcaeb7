'use strict';
// The REPL's history file: NODE_REPL_HISTORY (a path; empty disables it), else
// ~/.node_repl_history, at most NODE_REPL_HISTORY_SIZE (1000) entries, newest first.

const path = require('path');

function tryRequireFs() {
  try {
    return require('fs');
  } catch {
    return null;
  }
}

function historyPath(env) {
  if (env.NODE_REPL_HISTORY !== undefined) {
    const p = env.NODE_REPL_HISTORY.trim();
    return p === '' ? null : p;
  }
  const home = env.HOME || (env.USERPROFILE) || '';
  if (home === '') return null;
  return path.join(home, '.node_repl_history');
}

function historySize(env) {
  if (env.NODE_REPL_HISTORY_SIZE === undefined) return 1000;
  const n = Number(env.NODE_REPL_HISTORY_SIZE);
  if (!Number.isInteger(n) || n < 0) {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE).RangeError(
      'NODE_REPL_HISTORY_SIZE', env.NODE_REPL_HISTORY_SIZE,
      'must be a non-negative integer');
  }
  return n;
}

function readHistory(file) {
  const fs = tryRequireFs();
  let data;
  if (fs !== null && typeof fs.readFileSync === 'function') {
    try {
      data = fs.readFileSync(file, 'utf8');
    } catch {
      return [];
    }
  } else {
    data = internalBinding('fs').readFileUtf8(file);
    if (typeof data !== 'string') return [];
  }
  return data.split(/[\n\r]+/).filter((l) => l !== '');
}

function writeHistory(file, lines) {
  const fs = tryRequireFs();
  if (fs === null || typeof fs.writeFileSync !== 'function') return false;
  try {
    fs.writeFileSync(file, lines.join('\n'), { mode: 0o600 });
    return true;
  } catch {
    return false;
  }
}

// Loads the history into `repl` and saves it on each new entry.
function setupHistory(repl, env = process.env) {
  const file = historyPath(env);
  const size = historySize(env);
  repl.historySize = size;
  if (file === null || size === 0 || !repl.terminal) return;
  const lines = readHistory(file).slice(0, size);
  repl.history.splice(0, repl.history.length, ...lines);
  repl.on('history', (history) => writeHistory(file, history));
}

module.exports = { setupHistory, historyPath, historySize, readHistory, writeHistory };

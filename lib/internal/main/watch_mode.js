'use strict';
// `nodus --watch app.js`: runs the script in a child (the same flags without the watch ones, an
// IPC channel and WATCH_REPORT_DEPENDENCIES=1, so the child reports each module it loads) and
// runs it again when one of those files changes, or with --watch-path when anything under those
// paths does. node's messages; on a terminal the screen is cleared before a restart unless
// --watch-preserve-output, and the messages are coloured.

const path = require('path');
const fs = require('fs');
const { spawn } = require('child_process');
const { fileURLToPath } = require('internal/url');

const kDebounceMs = 100;

function childExecArgv(execArgv) {
  const out = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i];
    if (a === '--watch' || a === '--watch-preserve-output') continue;
    if (a === '--watch-path') {
      i++;
      continue;
    }
    if (a.startsWith('--watch-path=')) continue;
    out.push(a);
  }
  return out;
}

module.exports = function watch(options) {
  const script = path.resolve(options.script);
  const name = [options.script, ...options.scriptArgs].join(' ');
  const args = [...childExecArgv(process.execArgv), script, ...options.scriptArgs];
  const tty = process.stdout.isTTY === true;
  const color = (code, text) => (tty ? `\x1b[${code}m${text}\x1b[39m` : text);
  const say = (text) => process.stdout.write(`${text}\n`);

  const files = new Set();      // the dependencies the child reported
  const dirWatchers = new Map();  // directory -> fs.FSWatcher (one per folder of a dependency)
  let child = null;
  let restarting = false;
  let timer = null;

  function changed() {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(restart, kDebounceMs);
  }

  function watchFile(file) {
    if (files.has(file)) return;
    files.add(file);
    const dir = path.dirname(file);
    if (dirWatchers.has(dir)) return;
    try {
      const w = fs.watch(dir, { persistent: true }, (event, filename) => {
        if (filename !== null && files.has(path.join(dir, String(filename)))) changed();
      });
      w.on('error', () => {});
      dirWatchers.set(dir, w);
    } catch {
      // a folder that cannot be watched is skipped, as node does
    }
  }

  for (const p of options.watchPaths) {
    try {
      const w = fs.watch(path.resolve(p), { recursive: true, persistent: true }, changed);
      w.on('error', () => {});
    } catch {
      // node ignores paths it cannot watch
    }
  }

  function start() {
    child = spawn(process.execPath, args, {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, WATCH_REPORT_DEPENDENCIES: '1' },
    });
    const current = child;
    if (options.watchPaths.length === 0) watchFile(script);
    current.on('message', (message) => {
      if (message === null || typeof message !== 'object' || options.watchPaths.length > 0) return;
      for (const f of message['watch:require'] ?? []) {
        if (typeof f === 'string' && path.isAbsolute(f)) watchFile(f);
      }
      for (const u of message['watch:import'] ?? []) {
        if (typeof u === 'string' && u.startsWith('file:')) watchFile(fileURLToPath(u));
      }
    });
    // 'close', not 'exit': the child's last dependency reports are in by then, so a change made
    // right after the message below is not missed
    current.on('close', (code) => {
      if (current !== child) return;
      child = null;
      if (restarting) return;
      say(code === 0 ?
        color(34, `Completed running '${name}'. Waiting for file changes before restarting...`) :
        color(31, `Failed running '${name}'. Waiting for file changes before restarting...`));
    });
  }

  function restart() {
    timer = null;
    if (restarting) return;
    restarting = true;
    const run = () => {
      restarting = false;
      if (tty && !options.watchPreserveOutput) process.stdout.write('\x1bc');
      say(color(32, `Restarting '${name}'`));
      start();
    };
    if (child === null) return run();
    child.once('close', run);
    child.kill('SIGTERM');
  }

  function stop(signal) {
    if (child !== null) child.kill(signal);
    process.exit();
  }
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  start();
};

'use strict';
// Argument validation messages of node:fs (sync, callback, promises).
const fs = require('fs');
const { print } = require('./_print');
const t = (label, fn) => {
  try {
    const r = fn();
    print(label, 'ok', typeof r);
  } catch (e) {
    print(label, e.name, e.code, e.message);
  }
};
t('open-num', () => fs.openSync(1));
t('open-obj', () => fs.openSync({}));
t('open-flags-num', () => fs.openSync(__filename, 1.5));
t('open-mode', () => fs.openSync('/nonexistent/x', 'r', -1));
t('open-mode-str', () => fs.openSync('/nonexistent/x', 'r', '8'));
t('close-str', () => fs.closeSync('1'));
t('close-big', () => fs.closeSync(2 ** 31));
t('close-frac', () => fs.closeSync(1.5));
t('read-buf', () => fs.readSync(0, 'x'));
t('read-off', () => fs.readSync(0, Buffer.alloc(4), 5, 1));
t('read-len', () => fs.readSync(0, Buffer.alloc(4), 0, 5));
t('read-pos', () => fs.readSync(0, Buffer.alloc(4), 0, 1, 'x'));
t('write-data', () => fs.writeSync(1, {}));
t('writeFile-data', () => fs.writeFileSync('/nonexistent/x', {}));
t('mkdir-mode', () => fs.mkdirSync('/nonexistent/x', { mode: 'abc' }));
t('mkdir-opts', () => fs.mkdirSync('/nonexistent/x', true));
t('readdir-enc', () => fs.readdirSync('/', { encoding: 'bogus' }));
t('access-mode', () => fs.accessSync('/', 'r'));
t('copy-mode', () => fs.copyFileSync('/a', '/b', -1));
t('chown-uid', () => fs.chownSync('/a', -2, 0));
t('utimes-time', () => fs.utimesSync('/a', {}, 0));
t('rm-opts', () => fs.rmSync('/a', 1));
t('rm-retries', () => fs.rmSync('/a', { maxRetries: -1 }));
t('stat-opts', () => fs.statSync('/', 1));
t('ftruncate-len', () => fs.ftruncateSync(0, 'x'));
t('cb-missing', () => fs.unlink('/a'));
t('cb-wrong', () => fs.close(0, 1));
t('exists-cb', () => fs.exists('/'));
t('symlink-type', () => fs.symlinkSync('/a', '/b', 5));
t('cp-opts', () => fs.cpSync('/a', '/b', { recursive: 1 }));
t('path-url', () => fs.statSync(new URL('http://x/')));
t('path-url-host', () => fs.statSync(new URL('file://host/x')));
t('path-buf-nul', () => fs.statSync(Buffer.from('a\0')));
fs.promises.readFile(1.5).catch((e) => print('p-readFile', e.name, e.code, e.message));
fs.promises.open('/nonexistent/x', 'bad').catch((e) => print('p-open', e.name, e.code, e.message));

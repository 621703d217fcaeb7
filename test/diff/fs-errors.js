'use strict';
// fs error messages and properties, sync, callback and promise forms.
const fs = require('fs');
const { print } = require('./_print');
const show = (label, e) => print(label, e.name, e.code, e.errno, e.syscall, e.path, e.dest, e.message);
const t = (label, fn) => { try { fn(); print(label, 'ok'); } catch (e) { show(label, e); } };

t('open', () => fs.openSync('/nonexistent/x'));
t('open-wx', () => fs.openSync('/', 'wx'));
t('read-dir', () => fs.readFileSync('/'));
t('stat', () => fs.statSync('/nonexistent'));
t('lstat', () => fs.lstatSync('/nonexistent'));
t('readdir', () => fs.readdirSync('/nonexistent'));
t('readdir-file', () => fs.readdirSync(__filename));
t('mkdir', () => fs.mkdirSync('/'));
t('rmdir', () => fs.rmdirSync('/nonexistent'));
t('unlink', () => fs.unlinkSync('/nonexistent'));
t('rename', () => fs.renameSync('/nonexistent/a', '/nonexistent/b'));
t('copyfile', () => fs.copyFileSync('/nonexistent/a', '/nonexistent/b'));
t('link', () => fs.linkSync('/nonexistent/a', '/nonexistent/b'));
t('symlink', () => fs.symlinkSync('/a', '/nonexistent/b'));
t('readlink', () => fs.readlinkSync(__filename));
t('realpath', () => fs.realpathSync('/nonexistent'));
t('access', () => fs.accessSync('/nonexistent'));
t('chmod', () => fs.chmodSync('/nonexistent', 0o644));
t('utimes', () => fs.utimesSync('/nonexistent', 1, 1));
t('close', () => fs.closeSync(987654));
t('fstat', () => fs.fstatSync(987654));
t('rm', () => fs.rmSync('/nonexistent'));
t('rm-dir', () => fs.rmSync('/tmp'));
t('mkdtemp', () => fs.mkdtempSync('/nonexistent/x-'));
t('nul', () => fs.statSync('a\u0000'));
t('type', () => fs.statSync(1));
t('flags', () => fs.openSync('x', 'rw'));
t('fd', () => fs.closeSync(-2));
t('fdtype', () => fs.fstatSync('3'));
t('mode', () => fs.chmodSync('x', 1.5));
t('cb', () => fs.stat('x'));
t('cb2', () => fs.readFile('x', 'utf8'));
t('enc', () => fs.readFileSync('x', 'nope'));
fs.stat('/nonexistent', (e) => {
  show('cb-stat', e);
  fs.readFile('/nonexistent', (e2) => {
    show('cb-readFile', e2);
    fs.promises.readFile('/nonexistent').catch((e3) => {
      show('p-readFile', e3);
      fs.promises.rename('/nonexistent/a', '/b').catch((e4) => show('p-rename', e4));
    });
  });
});

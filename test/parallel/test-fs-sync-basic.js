'use strict';
// The synchronous API: files, directories, links, metadata.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const f = tmpdir.resolve('a.txt');
fs.writeFileSync(f, 'hello');
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hello');
assert.deepStrictEqual(fs.readFileSync(f), Buffer.from('hello'));
fs.appendFileSync(f, Buffer.from(' world'));
assert.strictEqual(fs.readFileSync(f, { encoding: 'utf8' }), 'hello world');
fs.writeFileSync(f, 'aGk=', 'base64');
assert.strictEqual(fs.readFileSync(f, 'latin1'), 'hi');
fs.writeFileSync(f, new Uint8Array([0x61, 0x62]), { flag: 'a' });
assert.strictEqual(fs.readFileSync(f).toString(), 'hiab');
assert.throws(() => fs.writeFileSync(f, 'x', { flag: 'wx' }), { code: 'EEXIST', syscall: 'open' });

const st = fs.statSync(f);
assert.strictEqual(st.size, 4);
assert(st.isFile());
assert(!st.isDirectory());
assert(st instanceof fs.Stats);
assert(st.mtime instanceof Date);
assert.strictEqual(typeof st.mtimeMs, 'number');
assert.strictEqual(st.mtime.getTime(), Math.round(st.mtimeMs));
const big = fs.statSync(f, { bigint: true });
assert.strictEqual(big.size, 4n);
assert.strictEqual(typeof big.mtimeNs, 'bigint');
assert(big.isFile());
assert.strictEqual(fs.statSync(tmpdir.resolve('nope'), { throwIfNoEntry: false }), undefined);

const d = tmpdir.resolve('x', 'y', 'z');
assert.strictEqual(fs.mkdirSync(d, { recursive: true }), tmpdir.resolve('x'));
assert.strictEqual(fs.mkdirSync(d, { recursive: true }), undefined);
assert(fs.statSync(d).isDirectory());
assert.throws(() => fs.mkdirSync(d), { code: 'EEXIST', syscall: 'mkdir', path: d });
fs.writeFileSync(path.join(d, 'f1'), '1');
assert.deepStrictEqual(fs.readdirSync(tmpdir.resolve('x', 'y')), ['z']);
const ents = fs.readdirSync(tmpdir.resolve('x'), { withFileTypes: true });
assert.strictEqual(ents.length, 1);
assert.strictEqual(ents[0].name, 'y');
assert(ents[0].isDirectory());
assert(ents[0] instanceof fs.Dirent);
assert.deepStrictEqual(fs.readdirSync(tmpdir.resolve('x'), { recursive: true }).sort(),
                       ['y', path.join('y', 'z'), path.join('y', 'z', 'f1')]);
assert.deepStrictEqual(fs.readdirSync(tmpdir.resolve('x'), 'buffer'), [Buffer.from('y')]);

const g = tmpdir.resolve('b.txt');
fs.renameSync(f, g);
assert(!fs.existsSync(f));
assert(fs.existsSync(g));
fs.copyFileSync(g, f);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hiab');
assert.throws(() => fs.copyFileSync(g, f, fs.constants.COPYFILE_EXCL), { code: 'EEXIST' });
fs.unlinkSync(f);

const l = tmpdir.resolve('link');
fs.symlinkSync(g, l);
assert.strictEqual(fs.readlinkSync(l), g);
assert(fs.lstatSync(l).isSymbolicLink());
assert(fs.statSync(l).isFile());
assert.strictEqual(fs.realpathSync(l), fs.realpathSync(g));
const h = tmpdir.resolve('hard');
fs.linkSync(g, h);
assert.strictEqual(fs.statSync(g).nlink, 2);

const t = fs.mkdtempSync(tmpdir.resolve('tmp-'));
assert(t.startsWith(tmpdir.resolve('tmp-')));
assert.strictEqual(path.basename(t).length, 10);
fs.rmdirSync(t);

fs.accessSync(g, fs.constants.R_OK);
fs.chmodSync(g, 0o600);
assert.strictEqual(fs.statSync(g).mode & 0o777, 0o600);
fs.chmodSync(g, '644');
assert.strictEqual(fs.statSync(g).mode & 0o777, 0o644);
fs.truncateSync(g, 2);
assert.strictEqual(fs.readFileSync(g, 'utf8'), 'hi');
fs.utimesSync(g, 1000, new Date(2000 * 1000));
assert.strictEqual(fs.statSync(g).mtimeMs, 2000 * 1000);
assert.strictEqual(fs.statSync(g).atime.getTime(), 1000 * 1000);

assert.throws(() => fs.rmSync(tmpdir.resolve('x')), { code: 'ERR_FS_EISDIR' });
fs.rmSync(tmpdir.resolve('x'), { recursive: true });
assert(!fs.existsSync(tmpdir.resolve('x')));
fs.rmSync(tmpdir.resolve('x'), { force: true });
assert.throws(() => fs.rmSync(tmpdir.resolve('x')), { code: 'ENOENT' });

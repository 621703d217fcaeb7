'use strict';
// An empty path is part of fs error messages and kept as err.path (sync, callback and promise
// forms), as node 22 does: "ENOENT: no such file or directory, mkdir ''".
const fs = require('fs');
try { fs.mkdirSync(''); } catch (e) { console.log('sync', JSON.stringify(e.message), JSON.stringify(e.path), Object.keys(e)); }
fs.mkdir('', (e) => console.log('cb', JSON.stringify(e.message), JSON.stringify(e.path), Object.keys(e)));
fs.promises.mkdir('').catch((e) => console.log('promise', JSON.stringify(e.message), JSON.stringify(e.path), Object.keys(e)));
try { fs.renameSync('does-not-exist-for-this-test', ''); } catch (e) { console.log('sync', JSON.stringify(e.message), JSON.stringify(e.dest), Object.keys(e)); }
fs.rename('does-not-exist-for-this-test', '', (e) => console.log('cb', JSON.stringify(e.message), JSON.stringify(e.dest), Object.keys(e)));
try { fs.openSync('', 'r'); } catch (e) { console.log('sync open', JSON.stringify(e.message), JSON.stringify(e.path)); }
try { fs.statSync(''); } catch (e) { console.log('sync stat', JSON.stringify(e.message), JSON.stringify(e.path)); }
try { fs.readFileSync(''); } catch (e) { console.log('sync readFile', JSON.stringify(e.message), JSON.stringify(e.path)); }
try { fs.readdirSync(''); } catch (e) { console.log('sync readdir', JSON.stringify(e.message), JSON.stringify(e.path)); }

'use strict';
// mkdir recursive and rm (recursive, force), callback and sync forms: results and errors.
const fs = require('fs'); const path = require('path'); const os = require('os');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-'));
fs.mkdir(path.join(d, 'a/b/c'), { recursive: true }, (e, first) => {
  console.log(e, first && first.slice(d.length));
  fs.mkdir(path.join(d, 'a/b/c'), { recursive: true }, (e2, f2) => {
    console.log(e2, f2);
    fs.writeFileSync(path.join(d, 'a/f'), 'x');
    fs.mkdir(path.join(d, 'a/f/g'), { recursive: true }, (e3) => {
      console.log(e3 && e3.message.split(d).join('D'));
      fs.mkdir(path.join(d, 'a/f'), { recursive: true }, (e4) => {
        console.log(e4 && e4.message.split(d).join('D'));
        fs.rm(path.join(d, 'a'), (e5) => {
          console.log(e5 && e5.message.split(d).join('D'), e5 && e5.code);
          fs.rm(path.join(d, 'a'), { recursive: true }, (e6) => {
            console.log(e6, fs.existsSync(path.join(d, 'a')));
            fs.rm(path.join(d, 'a'), (e7) => {
              console.log(e7.message.split(d).join('D'));
              fs.rm(path.join(d, 'a'), { force: true }, (e8) => { console.log(e8); fs.rmdirSync(d); });
            });
          });
        });
      });
    });
  });
});
const s = fs.mkdtempSync(path.join(os.tmpdir(), 'rms-'));
const t = (l, f) => { try { console.log(l, String(f()).split(s).join('S')); } catch (e) { console.log(l, e.code, e.message.split(s).join('S')); } };
t('mk', () => fs.mkdirSync(path.join(s, 'x/y'), { recursive: true }));
t('mk-again', () => fs.mkdirSync(path.join(s, 'x/y'), { recursive: true }));
t('mk-plain', () => fs.mkdirSync(path.join(s, 'x/y')));
fs.writeFileSync(path.join(s, 'x/f'), '');
t('mk-under-file', () => fs.mkdirSync(path.join(s, 'x/f/z'), { recursive: true }));
t('mk-file', () => fs.mkdirSync(path.join(s, 'x/f'), { recursive: true }));
t('rm-dir', () => fs.rmSync(path.join(s, 'x')));
t('rmdir-nonempty', () => fs.rmdirSync(path.join(s, 'x')));
t('rm-rec', () => fs.rmSync(path.join(s, 'x'), { recursive: true }));
t('rm-missing', () => fs.rmSync(path.join(s, 'x')));
t('rm-force', () => fs.rmSync(path.join(s, 'x'), { force: true }));
fs.rmdirSync(s);

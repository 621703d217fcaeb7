'use strict';
// Instrumentation through module.register() (asynchronous hooks on their own thread), run by
// node 22 and by nodus (test-pm-live-instrumentation.js): the output must be the same bytes.
// `node instrumentation-app.js a b ...` runs the named cases, each under a `== name` header, in a
// child of this runtime.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'instr-src');
fs.mkdirSync(path.join(dir, 'node_modules', 'fakepkg'), { recursive: true });
fs.writeFileSync(path.join(dir, 'node_modules', 'fakepkg', 'package.json'),
                 JSON.stringify({ name: 'fakepkg', version: '1.0.0', type: 'module', main: 'index.js' }));
fs.writeFileSync(path.join(dir, 'node_modules', 'fakepkg', 'index.js'),
                 "export function greet(n) { return 'hello ' + n; }\nexport const value = 1;\n");
fs.writeFileSync(path.join(dir, 'iitm.mjs'), `
import { register } from 'node:module';
import { Hook, createAddHookMessageChannel } from 'import-in-the-middle';
const { registerOptions, waitForAllMessagesAcknowledged } = createAddHookMessageChannel();
register('import-in-the-middle/hook.mjs', import.meta.url, registerOptions);
const seen = [];
Hook(['fakepkg'], (exported, name, baseDir) => {
  seen.push(name);
  const orig = exported.greet;
  exported.greet = (n) => 'patched ' + orig(n);
  return exported;
});
await waitForAllMessagesAcknowledged();
const m = await import('fakepkg');
console.log(m.greet('world'), m.value, seen);
`);
const link = path.join(dir, 'node_modules', 'import-in-the-middle');
fs.rmSync(link, { force: true, recursive: true });
fs.symlinkSync(path.join(__dirname, 'node_modules', 'import-in-the-middle'), link, 'dir');

const cases = {
  iitm() {
    const r = spawnSync(process.execPath, ['iitm.mjs'], { cwd: dir, encoding: 'utf8', timeout: 60000 });
    process.stdout.write(r.stdout);
    console.log('exit', r.status, r.stderr.includes('Error') ? r.stderr.split('\n').find((l) => /Error/.test(l)) : '');
  },
};

for (const name of process.argv.slice(2)) {
  console.log(`== ${name}`);
  cases[name]();
}

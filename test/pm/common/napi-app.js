'use strict';
// npm packages built on Node-API native addons, run by node 22 and by nodus
// (test-pm-live-napi.js): the output must be the same bytes. `node napi-app.js a b ...` runs the
// named cases in order, each under a `== name` header.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const log = (...a) => console.log(...a);
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'pm-live-napi-'));

function project(files) {
  const dir = tmp();
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const cases = {
  async rollup() {
    const { rollup, VERSION } = require('rollup');
    log('major', VERSION.split('.')[0]);
    const dir = project({
      'src/main.js': "import { a } from './a.js';\nimport('./lazy.js').then((m) => m.default);\nexport default () => a * 2;\n",
      'src/a.js': 'export const a = 21;\nexport const unused = 1;\n',
      'src/lazy.js': 'export default "lazy";\n',
    });
    const bundle = await rollup({ input: path.join(dir, 'src/main.js') });
    for (const format of ['cjs', 'es']) {
      const { output } = await bundle.generate({ format });
      for (const chunk of output) log(format, chunk.fileName.replace(/-[\w-]+\.js$/, '-[hash].js'), '\n' + chunk.code);
    }
    await bundle.close();
    // A syntax error comes back through the native parser as rollup's error.
    fs.writeFileSync(path.join(dir, 'src/bad.js'), 'export const = 1;\n');
    try {
      await rollup({ input: path.join(dir, 'src/bad.js'), onLog() {} });
    } catch (e) {
      log('error', e.code, e.message.replace(/[^ ]*pm-live-napi-[^/]*/, '<dir>'));
    }
    // The CLI (bin/rollup), also through the native module.
    const bin = path.join(path.dirname(require.resolve('rollup/package.json')), 'dist/bin/rollup');
    const r = spawnSync(process.execPath, [bin, path.join(dir, 'src/a.js'), '--format', 'iife', '--name', 'A', '--silent'],
                        { encoding: 'utf8' });
    log('cli', r.status, '\n' + r.stdout, r.stderr);
    fs.rmSync(dir, { recursive: true });
  },
  async swc() {
    const swc = require('@swc/core');
    const src = 'const f = (a: number): number => a ?? 1;\nclass A { #x = 1; get x() { return this.#x; } }\nexport { f, A };\n';
    log(swc.transformSync(src, { jsc: { parser: { syntax: 'typescript' }, target: 'es2019' }, module: { type: 'commonjs' } }).code);
    log((await swc.transform('let x = 1 ?? 2; const { a, ...rest } = obj;', { jsc: { target: 'es5' } })).code);
    log((await swc.minify('function add(first, second) { return first + second; }\nconsole.log(add(1, 2));', { compress: true, mangle: true })).code);
    const ast = swc.parseSync('const a = 1 + 2;', { syntax: 'ecmascript' });
    log(ast.type, ast.body[0].type, ast.body[0].declarations[0].init.operator);
    try {
      swc.transformSync('const = ;', {});
    } catch (e) {
      log('error', typeof e === 'string' ? 'string' : e.constructor.name, String(e.message ?? e).includes('Expected'));
    }
  },
  async lightningcss() {
    const lc = require('lightningcss');
    const code = Buffer.from('.a { color: #ff0000; & .b { color: rgb(0 0 255 / 50%) } }\n@media (width >= 600px) { .c { display: flex } }\n');
    log(lc.transform({ filename: 'a.css', code, minify: true, targets: { chrome: 80 << 16 } }).code.toString());
    log(lc.transform({ filename: 'a.css', code, targets: { safari: 13 << 16 } }).code.toString());
    const r = lc.transform({ filename: 'm.css', code: Buffer.from('.foo { color: red }'), cssModules: true });
    log(JSON.stringify(r.exports));
    try {
      lc.transform({ filename: 'bad.css', code: Buffer.from('.a { color: red') , errorRecovery: false });
      log('no error');
    } catch (e) {
      log('error', e.message);
    }
    log(lc.browserslistToTargets ? typeof lc.browserslistToTargets : 'none');
  },
  async bcrypt() {
    const bcrypt = require('@node-rs/bcrypt');
    const h = bcrypt.hashSync('secret', 4);
    log(h.length, h.slice(0, 4), bcrypt.verifySync('secret', h), bcrypt.verifySync('nope', h));
    const hashed = await bcrypt.hash('pw', 5);
    log(await bcrypt.verify('pw', hashed), await bcrypt.verify('px', hashed));
    // A known hash (bcryptjs/OpenBSD format).
    log(bcrypt.verifySync('abc', '$2a$04$lzQoSy.v1b4ECOzGdqWlCuGDLBtiz8oKaehpDRyQcLNKzqYXHqg5e'));
    log(bcrypt.genSaltSync(6).slice(0, 7));
    const all = await Promise.all([1, 2, 3].map((i) => bcrypt.hash(`p${i}`, 4)));
    log(all.map((x) => x.length).join(','));
  },
  async sharp() {
    const sharp = require('sharp');
    const png = await sharp({ create: { width: 64, height: 32, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 1 } } }).png().toBuffer();
    const meta = await sharp(png).metadata();
    log(meta.format, meta.width, meta.height, meta.channels, meta.hasAlpha);
    const small = await sharp(png).resize(16, 8).raw().toBuffer({ resolveWithObject: true });
    log(small.info.width, small.info.height, small.info.channels, small.data.length, [...small.data.subarray(0, 4)].join(','));
    const jpeg = await sharp(png).flatten({ background: '#00ff00' }).jpeg({ quality: 80 }).toBuffer();
    log((await sharp(jpeg).metadata()).format);
    const stats = await sharp(png).stats();
    log(stats.channels.map((c) => c.mean).join(','));
    try {
      await sharp(Buffer.from('not an image')).metadata();
    } catch (e) {
      log('error', e.message);
    }
  },
  async esbuild() {
    const esbuild = require('esbuild');
    log(esbuild.transformSync('const f = (a: number) => a ?? 1', { loader: 'ts', target: 'es2019' }).code);
    await esbuild.stop();
  },
  async vitest() {
    const dir = project({
      'sum.test.js': "import { test, expect } from 'vitest';\ntest('adds', () => { expect(1 + 2).toBe(3); });\n" +
        "test('async', async () => { expect(await Promise.resolve(4)).toBe(4); });\n" +
        "test('fails', () => { expect({ a: 1 }).toEqual({ a: 2 }); });\n",
      'package.json': '{ "type": "module" }\n',
    });
    const bin = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
    const r = spawnSync(process.execPath, [bin, 'run', '--root', dir, '--reporter', 'json'], { encoding: 'utf8', timeout: 60000 });
    let report;
    try {
      report = JSON.parse(r.stdout);
    } catch {
      log('no json report', r.status, r.stdout.slice(0, 500), r.stderr.slice(0, 2000));
      return;
    }
    log(r.status, report.numTotalTests, report.numPassedTests, report.numFailedTests);
    for (const t of report.testResults[0].assertionResults) log(t.title, t.status);
    fs.rmSync(dir, { recursive: true });
  },
};

(async () => {
  for (const name of process.argv.slice(2)) {
    log(`== ${name}`);
    await cases[name]();
  }
})().catch((e) => { console.error(e); process.exit(1); });

'use strict';
// TypeScript runners from npm, run by node 22 and by nodus (test-pm-live-typescript.js): the
// output must be the same bytes. `node typescript-app.js a b ...` runs the named cases in order,
// each under a `== name` header; every case runs its TypeScript in a child of this runtime.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const src = path.join(__dirname, 'ts-src');
const tsxCli = path.join(__dirname, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const tsNodeBin = path.join(__dirname, 'node_modules', 'ts-node', 'dist', 'bin.js');

function write(file, text) {
  fs.mkdirSync(path.dirname(path.join(src, file)), { recursive: true });
  fs.writeFileSync(path.join(src, file), text);
}
function run(args, cwd = src) {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 60000 });
  process.stdout.write(r.stdout);
  console.log('exit', r.status, r.stderr.includes('Error') ? r.stderr.split('\n').find((l) => /Error/.test(l)) : '');
}

write('tsconfig.json', JSON.stringify({
  compilerOptions: { module: 'commonjs', target: 'es2022', strict: true, baseUrl: '.', paths: { '@lib/*': ['./lib/*'] } },
}));
write('lib/shapes.ts', `export interface Shape { area(): number }
export enum Kind { Circle = 'circle', Square = 'square' }
export class Square implements Shape {
  constructor(private readonly side: number) {}
  area(): number { return this.side ** 2; }
}
`);
write('esm.mts', `import { Kind, Square } from './lib/shapes.ts';
import type { Shape } from './lib/shapes.ts';
const shapes: Shape[] = [new Square(3)];
namespace Util { export const twice = (n: number): number => n * 2; }
console.log(Kind.Square, shapes.map((s) => s.area()), Util.twice(21), import.meta.url.endsWith('esm.mts'));
`);
write('cjs.cts', `const { Kind } = require('./lib/shapes.ts') as typeof import('./lib/shapes.ts');
enum Level { Low = 1, High }
console.log(Kind.Circle, Level.High, typeof require, typeof module, __filename.endsWith('cjs.cts'));
`);
write('paths.ts', `import { Square } from '@lib/shapes';
console.log('paths', new Square(4).area());
`);
write('plain.ts', `// types only: runs with node's own type stripping
interface User { name: string; age?: number }
const users: User[] = [{ name: 'ada' }, { name: 'alan', age: 41 }];
function label<T extends User>(u: T): string { return u.name + (u.age === undefined ? '' : \` (\${u.age})\`); }
console.log(users.map(label).join(', '), process.features.typescript);
`);
write('throws.ts', `const depth: number = 2;
type Unused = { a: string };
throw new Error(\`at line 3, depth \${depth}\`);
`);

const cases = {
  'tsx-esm'() {
    run([tsxCli, 'esm.mts']);
  },
  'tsx-cjs'() {
    run([tsxCli, 'cjs.cts']);
  },
  'tsx-import'() {
    run(['--import', 'tsx', path.join(src, 'esm.mts')], __dirname);
    run(['--import', 'tsx', path.join(src, 'cjs.cts')], __dirname);
  },
  'tsx-paths'() {
    run([tsxCli, 'paths.ts']);
  },
  'ts-node'() {
    run([tsNodeBin, 'cjs.cts']);
  },
  strip() {
    run(['plain.ts']);
    run(['throws.ts']);
  },
};

(async () => {
  for (const name of process.argv.slice(2)) {
    console.log(`== ${name}`);
    await cases[name]();
  }
})();

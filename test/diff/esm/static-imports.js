// Static imports: .mjs, CommonJS (default + lexer-detected names), builtins, packages.
import greet, { fromMjs } from '../../fixtures/esm/lib.mjs';
import * as shapes from '../../fixtures/esm/cjs-shapes.cjs';
import * as literal from '../../fixtures/esm/cjs-literal.cjs';
import * as reexport from '../../fixtures/esm/cjs-reexport.cjs';
import * as esModule from '../../fixtures/esm/cjs-esmodule.cjs';
import esDefault from '../../fixtures/esm/cjs-esmodule.cjs';
import path, { join, sep } from 'node:path';
import * as pathNs from 'path';
import { EventEmitter } from 'events';

console.log(greet('esm'), fromMjs);
console.log(Object.keys(shapes));
console.log(shapes.a, shapes.b, shapes.c, shapes.d, shapes.notRun);
console.log(Object.keys(literal));
console.log(Object.keys(reexport));
console.log(esModule);
console.log(esDefault);
console.log(join('a', 'b'), sep, path.join === join, pathNs.default === path);
console.log(typeof EventEmitter);
console.log(Object.prototype.toString.call(shapes), Object.getPrototypeOf(shapes));

// compiler output shapes: Babel's re-export loop, TypeScript (getters, __exportStar), esbuild
for (const f of ['cjs-babel', 'cjs-typescript', 'cjs-esbuild']) {
  const ns = await import(`../../fixtures/esm/${f}.cjs`);
  console.log(f, Object.keys(ns));
}

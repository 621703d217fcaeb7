#!/bin/bash
# ES modules from the command line: --input-type=module for -e and stdin, import() from CommonJS
# -e/-p and the REPL, ESM entry points (.mjs, "type": "module", typeless detection), errors.
F=../../fixtures/esm
$NODE --input-type=module -e 'import { join } from "node:path"; console.log(join("a", "b"), import.meta.url.endsWith("/[eval1]"), import.meta.main)'
$NODE --input-type=module -e 'const { default: greet } = await import("../../fixtures/esm/lib.mjs"); console.log(greet("tla in -e"))'
echo 'import { fromMjs } from "../../fixtures/esm/lib.mjs"; console.log("stdin", fromMjs, typeof require)' | $NODE --input-type=module
echo 'console.log("stdin commonjs", typeof require)' | $NODE --input-type=commonjs
$NODE --input-type=module -p '1' 2>&1 | grep -v '^    at \|^Node.js\|^nodus v\|^node:\|^ *^$\|throw'; echo "exit $?"
$NODE --input-type=module -e 'let x = ;' 2>&1 | head -5
$NODE -e 'import("../../fixtures/esm/lib.mjs").then((m) => console.log("-e import()", m.fromMjs))'
$NODE -p 'import("node:path").then((m) => console.log("-p import()", typeof m.join))' | tail -1
$NODE -e 'import("./nope").catch((e) => console.log(e.code, e.message))'
$NODE $F/lib.mjs; echo "lib.mjs exit $?"
$NODE $F/app/src/main.js; echo "type module exit $?"
$NODE $F/typeless/mod.js 2>&1 | head -1 | sed 's/^(\(node\|nodus\):[0-9]*)/(PID)/'; echo "typeless exit $?"
$NODE $F/cjs-entry.cjs
$NODE $F/throws.mjs 2>&1 | head -4
$NODE $F/syntax-error.mjs 2>&1 | head -5
printf '%s\n' '(await import("../../fixtures/esm/lib.mjs")).fromMjs' | $NODE -i 2>&1 | tail -n +2
# --import runs ES modules first, in order
$NODE --import ./../../fixtures/esm/meta-dep.mjs --import ../../fixtures/esm/order-dep.mjs -e 'console.log("main after --import")'
$NODE --import ../../fixtures/esm/pre.mjs $F/lib.mjs
$NODE --import ../../fixtures/esm/pre.mjs $F/cjs-shapes.cjs
$NODE --import ./nope.mjs -e 1 2>&1 | grep Error
# a thrown primitive from an ES module entry
echo 'throw 1' | $NODE --input-type=module; echo "exit $?"

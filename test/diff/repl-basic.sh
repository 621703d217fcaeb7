#!/bin/bash
# The REPL over a pipe (-i): results, undefined for statements, multi-line input, _ and _error,
# uncaught errors, commands. The welcome line names the runtime, so it is left out.
set -o pipefail
printf '%s\n' \
  '1 + 1' \
  'var x = 5' \
  'x * 2' \
  'function f() {' \
  '  return 3' \
  '}' \
  'f()' \
  '[1, 2' \
  ', 3]' \
  '`abc' \
  'def`' \
  '({ a: [1, { b: 2 }], s: "x" })' \
  '{ a: 1 }' \
  '{ let q = 1; q }' \
  'throw new Error("boom")' \
  'throw 1' \
  'throw null' \
  'throw { a: 1 }' \
  'null.x' \
  'function g() { throw new RangeError("in g") }' \
  'g()' \
  '_' \
  '_error' \
  '_ = 5' \
  '_' \
  '_error = 2' \
  '_error' \
  'class MyErr extends Error {}; throw new MyErr("m")' \
  'const e = new Error("e"); e.code = "C"; throw e' \
  '{' \
  '.break' \
  '.nope' \
  '.help' \
  'typeof require' \
  'require("path").sep' \
  'module.id' \
  'path.basename("/a/b.txt")' \
  'events === require("events")' \
  '.exit' \
  | "$NODE" -i | sed 1d

#!/bin/bash
# Hooks registered by a --require / --import preload apply to the main entry point.
# (Not covered: with --import node runs a .js main through the ES loader, whose default load
# reports format 'commonjs'; nodus runs it through require(), which reports undefined.)
F=../fixtures/module-hooks
for entry in main-entry.js main-entry.mjs main-entry.cjs; do
  $NODE --require $F/register-rewrite.cjs $F/$entry; echo "--require $entry exit $?"
done
for entry in main-entry.mjs main-entry.cjs; do
  $NODE --import ./$F/register-rewrite.cjs $F/$entry; echo "--import $entry exit $?"
done
for entry in main-entry.js main-entry.mjs main-entry.cjs; do
  $NODE --require $F/register-log.cjs $F/$entry; echo "log $entry exit $?"
done

#!/bin/bash
# Hooks registered by a --require / --import preload apply to the main entry point (with
# --import node runs even a CommonJS entry through the ES loader: the hooks see an import).
F=../fixtures/module-hooks
for entry in main-entry.js main-entry.mjs main-entry.cjs; do
  $NODE --require $F/register-rewrite.cjs $F/$entry; echo "--require $entry exit $?"
  $NODE --import ./$F/register-rewrite.cjs $F/$entry; echo "--import $entry exit $?"
  $NODE --require $F/register-log.cjs $F/$entry; echo "--require log $entry exit $?"
  $NODE --import ./$F/register-log.cjs $F/$entry; echo "--import log $entry exit $?"
done

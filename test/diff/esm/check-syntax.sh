#!/bin/bash
# node -c on ES modules: .mjs, "type": "module", typeless files with module syntax.
F=../../fixtures/esm
$NODE -c $F/lib.mjs; echo "exit $?"
$NODE -c $F/app/src/main.js; echo "exit $?"
$NODE -c $F/typeless/mod.js; echo "exit $?"
$NODE -c $F/syntax-error.mjs; echo "exit $?"
$NODE -c $F/tla.mjs; echo "exit $?"

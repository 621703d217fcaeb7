#!/bin/bash
# .load evaluates a file in the REPL session; a missing file is reported.
set -o pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf 'var loaded = 40\nfunction add(a, b) {\n  return a + b\n}\nadd(loaded, 2)\n' > "$dir/in.js"
printf '%s\n' \
  ".load $dir/in.js" \
  'add(1, 2)' \
  'loaded' \
  ".load $dir/missing.js" \
  ".load $dir" \
  | "$NODE" -i | sed 1d | sed "s|$dir|DIR|g"

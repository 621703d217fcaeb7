#!/bin/bash
# Export names of popular npm packages through import() and require(): the same under node and
# nodus. The packages are installed once with npm into a cache directory (skipped without npm).
# chalk@5 and express wait for the node:process and tty builtins.
CACHE="${NODUS_TEST_CACHE:-$HOME/.cache/nodus}/esm-real-world"
if [ ! -d "$CACHE/node_modules/lodash-es" ]; then
  if ! command -v npm > /dev/null; then echo "skip: no npm"; exit 0; fi
  mkdir -p "$CACHE" && cd "$CACHE" || exit 1
  echo '{"name":"esm-real-world","private":true}' > package.json
  npm install --no-audit --no-fund --silent lodash-es@4.17.21 react@18.3.1 qs@6.13.0 \
    mime-types@2.1.35 cookie@0.7.1 safe-buffer@5.2.1 ms@2.1.3 depd@2.0.0 > /dev/null 2>&1 ||
    { echo "skip: npm install failed"; exit 0; }
fi
cd "$CACHE" || exit 1
cat > check.mjs <<'JS'
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
for (const name of ['lodash-es', 'react', 'qs', 'mime-types', 'cookie', 'safe-buffer', 'ms', 'depd']) {
  const ns = await import(name);
  console.log(`${name}: ${Object.keys(ns).join(',')}`);
  if (name !== 'lodash-es') {
    const cjs = require(name);
    console.log(`  default is require(): ${ns.default === cjs}`);
  }
}
JS
$NODE check.mjs

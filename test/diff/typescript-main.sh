# TypeScript entry points (node 22.18+ strips types by default): .mts, .cts, .ts; the errors for
# syntax node refuses, the original line numbers in stack traces, files under node_modules, and
# the flags that turn stripping off or ask for transforms.
cd ../fixtures/typescript/loaders
$NODE main.mts; echo "exit $?"
$NODE main.cts; echo "exit $?"
$NODE main.ts; echo "exit $?"
$NODE esm-pkg/a.ts; echo "exit $?"
$NODE typeless/esm.ts; echo "exit $?"
$NODE enum.ts; echo "exit $?"
$NODE invalid.ts; echo "exit $?"
$NODE throws.ts; echo "exit $?"
$NODE uses-dep.mts; echo "exit $?"
$NODE --no-experimental-strip-types main.ts; echo "exit $?"
$NODE --no-experimental-strip-types -p 'process.features.typescript'
$NODE --experimental-strip-types -p 'process.features.typescript'
$NODE --experimental-transform-types -p 'process.features.typescript'
$NODE -p 'process.features.typescript'
$NODE --input-type=module -e 'import("./es.mts").then((ns) => console.log(ns.kind))'

# TypeScript in -e, -p and stdin code: --input-type=module-typescript / commonjs-typescript, and
# code that only parses once its types are stripped.
$NODE --input-type=module-typescript -e 'const a: number = 1; console.log(a, typeof require)'
$NODE --input-type=commonjs-typescript -e 'const a: number = 2; console.log(a, typeof require)'
$NODE -e 'const a: number = 3; console.log(a)'
$NODE -p 'const a: number = 4; a'
echo 'const a: number = 5; console.log(a)' | $NODE -
echo 'interface I { n: number }; const i: I = { n: 6 }; console.log(i.n)' | $NODE --input-type=module-typescript
$NODE --input-type=module-typescript -e 'enum A { B }'; echo "exit $?"
$NODE -e 'console.log(typeof (1 as any))'

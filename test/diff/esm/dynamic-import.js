// import() from ESM: namespaces, caching, attributes, evaluation order, errors as rejections.
const order = [];
const p = import('../../fixtures/esm/order-dep.mjs').then((ns) => {
  order.push(`loaded ${ns.value}`);
});
order.push('sync code after import()');
await p;
console.log(order);

const a = await import('../../fixtures/esm/lib.mjs');
const b = await import('../../fixtures/esm/lib.mjs');
console.log(a === b, a.default('again'));

for (const [spec, opts] of [
  ['../../fixtures/esm/data.json', undefined],
  // node 22 reads `with`, V8 10.2 `assert`: give both
  ['../../fixtures/esm/data.json', { with: { type: 'json' }, assert: { type: 'json' } }],
  ['../../fixtures/esm/lib.mjs', { with: { type: 'json' }, assert: { type: 'json' } }],
  ['../../fixtures/esm/lib.mjs', { with: { type: 'css' }, assert: { type: 'css' } }],
  ['../../fixtures/esm/lib.mjs', { with: { mode: 'x' }, assert: { mode: 'x' } }],
  ['../../fixtures/esm/throws.mjs', undefined],
  ['../../fixtures/esm/throws.mjs', undefined],
  ['../../fixtures/esm/syntax-error.mjs', undefined],
  ['../../fixtures/esm/missing-export.mjs', undefined],
  ['../../fixtures/esm/missing-cjs-export.mjs', undefined],
]) {
  try {
    const ns = await import(spec, opts);
    console.log(spec, 'loaded', ns.default);
  } catch (err) {
    console.log(spec, err.name, err.code, err.message);
  }
}

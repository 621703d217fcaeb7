// data: URL modules: JavaScript (percent-encoded and base64), JSON with its attribute, and
// unsupported MIME types; relative imports from a data: module cannot resolve.
const cases = [
  ['data:text/javascript,export default 1 + 1', undefined],
  ['data:text/javascript,export%20const%20x%20%3D%20%22enc%22%3B', undefined],
  [`data:text/javascript;base64,${Buffer.from('export const b = "base64";').toString('base64')}`, undefined],
  ['data:application/json,{"j":[1,2]}', { with: { type: 'json' }, assert: { type: 'json' } }],
  ['data:application/json,{"j":1}', undefined],
  ['data:text/plain,hello', undefined],
  ['data:text/javascript,import "./x.mjs"', undefined],
  ['data:text/javascript,import "node:path"; export const ok = true', undefined],
];
for (const [spec, opts] of cases) {
  try {
    const ns = await import(spec, opts);
    console.log(JSON.stringify(Object.entries(ns)));
  } catch (err) {
    console.log(err.code, err.message);
  }
}

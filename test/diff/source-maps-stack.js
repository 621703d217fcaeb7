// Flags: --enable-source-maps
// With --enable-source-maps, stack frames of mapped CommonJS and ES modules show original
// positions, and module.findSourceMap returns the module's map.
const path = require('path');
const { findSourceMap, SourceMap } = require('module');
const dir = path.join(__dirname, '..', 'fixtures', 'source-maps');
const clean = (stack) => stack.split('\n').filter((l) => !l.includes('node:') && !l.includes('source-maps-stack'))
  .join('\n').replaceAll(dir, '<fixtures>');

console.log(process.sourceMapsEnabled);
const greet = require(path.join(dir, 'greeter.js'));
console.log(greet('you'));
try {
  greet('boom');
} catch (err) {
  console.log(clean(err.stack));
}
const sm = findSourceMap(path.join(dir, 'greeter.js'));
console.log(sm instanceof SourceMap);
const entry = sm.findEntry(2, 8);
entry.originalSource = entry.originalSource.replace(require('url').pathToFileURL(dir).href, '<fixtures>');
console.log(entry);
const origin = sm.findOrigin(3, 9);
origin.fileName = origin.fileName.replace(require('url').pathToFileURL(dir).href, '<fixtures>');
console.log(origin);
console.log(sm.payload.sources, sm.payload.mappings.length);
console.log(findSourceMap(path.join(dir, 'nonexistent.js')));

import(path.join(dir, 'esm.mjs')).then((m) => {
  try {
    m.fail();
  } catch (err) {
    console.log(clean(err.stack));
  }
  process.setSourceMapsEnabled(false);
  console.log(process.sourceMapsEnabled);
  try {
    greet('boom');
  } catch (err) {
    console.log(clean(err.stack));
  }
});

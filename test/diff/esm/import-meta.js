// import.meta: url, dirname, filename, main, resolve (including not-found results).
import { meta as depMeta } from '../../fixtures/esm/meta-dep.mjs';

console.log(import.meta);
console.log(Object.getPrototypeOf(import.meta));
console.log(depMeta.main, depMeta.url === import.meta.url, depMeta.filename.endsWith('meta-dep.mjs'));
console.log(import.meta.resolve('./x.js'));
console.log(import.meta.resolve('../../fixtures/esm/lib.mjs'));
console.log(import.meta.resolve('node:path'), import.meta.resolve('path'));
console.log(import.meta.resolve('./dir with space/ü.mjs?q#h'));
try {
  import.meta.resolve('no-such-package');
} catch (err) {
  console.log(err.code, err.message);
}

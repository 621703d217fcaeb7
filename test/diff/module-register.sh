# module.register(): asynchronous resolve/load hooks on their own thread, as node 22's: initialize
# with data, a virtual module, a load hook rewriting a file's source, bytes as source, two
# registrations chained newest first, a hook's error reaching import() with its name and code, a
# URL as the specifier, require() left alone, a specifier that cannot be resolved, and
# --experimental-loader.
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cd "$dir"
cat > hooks.mjs <<'JS'
let prefix = '';
export async function initialize(data) {
  prefix = data?.prefix ?? '?';
}
export async function resolve(specifier, context, next) {
  if (specifier === 'virtual:hello') return { url: 'virtual:hello', shortCircuit: true };
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url === 'virtual:hello') {
    return { format: 'module', source: `export default ${JSON.stringify(prefix + 'hello')};`, shortCircuit: true };
  }
  const r = await next(url, context);
  if (url.endsWith('target.mjs')) r.source = String(r.source).replace('REPLACE_ME', 'replaced by hook');
  return r;
}
JS
cat > hooks2.mjs <<'JS'
export async function resolve(specifier, context, next) {
  if (specifier === 'boom') {
    const e = new RangeError('resolve failed on purpose');
    e.code = 'E_BOOM';
    throw e;
  }
  if (specifier.startsWith('second:')) {
    return { url: 'data:text/javascript,export default "second hook: " + ' + JSON.stringify(context.parentURL.endsWith('main.mjs')), shortCircuit: true };
  }
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url.endsWith('bytes.mjs')) {
    return { format: 'module', source: new TextEncoder().encode('export default "from bytes"'), shortCircuit: true };
  }
  return next(url, context);
}
JS
echo "export default 'REPLACE_ME';" > target.mjs
echo "module.exports = 'cjs REPLACE_ME';" > target.cjs
echo "export default 1;" > bytes.mjs
cat > main.mjs <<'JS'
import { register, createRequire } from 'node:module';
register('./hooks.mjs', import.meta.url, { data: { prefix: '1:' } });
register(new URL('./hooks2.mjs', import.meta.url));
console.log((await import('virtual:hello')).default);
console.log((await import('./target.mjs')).default);
console.log((await import('second:x')).default);
console.log((await import('./bytes.mjs')).default);
try {
  await import('boom');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  await import('./missing.mjs');
} catch (e) {
  console.log(e.code);
}
const require = createRequire(import.meta.url);
console.log(require('./target.cjs'));
JS
$NODE main.mjs
echo "exit $?"
# --experimental-loader / --loader: module.register() of the file before the entry point
echo "import v from 'virtual:hello'; console.log(v);" > usev.mjs
$NODE --experimental-loader ./hooks.mjs usev.mjs 2> loader-warning.txt
grep -c 'ExperimentalWarning: `--experimental-loader` may be removed in the future' loader-warning.txt
$NODE --loader=./hooks.mjs usev.mjs 2> /dev/null
$NODE -e "try { require('node:module').register('./nope.mjs'); } catch (e) { console.log(e.code); }"

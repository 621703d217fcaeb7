# node's command-line options with an effect: -C/--conditions for require and import,
# --tls-min/max and --tls-cipher-list defaults, --zero-fill-buffers, --openssl-legacy-provider,
# --disable-proto, the --no-experimental-global-* switches, --max-http-header-size (the 431),
# --experimental-eventsource, --no-experimental-sqlite, --redirect-warnings, --trace-exit, --report-* settings,
# --no-extra-info-on-fatal-exception; and builtin modules as globals in -e/-p code.
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/node_modules/pkg"
echo '{"name":"pkg","exports":{".":{"dev":"./dev.js","import":"./esm.mjs","default":"./prod.js"}}}' > "$dir/node_modules/pkg/package.json"
echo "module.exports = 'dev';" > "$dir/node_modules/pkg/dev.js"
echo "module.exports = 'prod';" > "$dir/node_modules/pkg/prod.js"
echo "export default 'esm';" > "$dir/node_modules/pkg/esm.mjs"
cd "$dir"
$NODE -p "require('pkg')"
$NODE --conditions=dev -p "require('pkg')"
$NODE -C dev -C other -p "require('pkg')"
$NODE --input-type=module -e "import p from 'pkg'; console.log(p)"
$NODE -C dev --input-type=module -e "import p from 'pkg'; console.log(p)"
$NODE --tls-min-v1.3 -p "require('tls').DEFAULT_MIN_VERSION"
$NODE --tls-max-v1.2 -p "require('tls').DEFAULT_MAX_VERSION"
$NODE --tls-cipher-list=AES128-SHA -p "require('tls').DEFAULT_CIPHERS"
$NODE --zero-fill-buffers -p "[Buffer.allocUnsafe(100), Buffer.allocUnsafeSlow(9000)].every((b) => b.every((x) => x === 0))"
$NODE --openssl-legacy-provider -p "require('crypto').createHash('md4').update('abc').digest('hex')"
$NODE --disable-proto=delete -p "[typeof ({}).__proto__, Object.getPrototypeOf({}) === Object.prototype]"
$NODE --disable-proto=throw -e "try { ({}).__proto__; } catch (e) { console.log(e.code, e.message); }"
$NODE --no-experimental-global-navigator -p "typeof navigator"
$NODE --no-experimental-global-customevent -p "typeof CustomEvent"
$NODE --no-experimental-websocket -p "typeof WebSocket"
$NODE --no-experimental-global-webcrypto -p "typeof crypto"
$NODE -p "typeof EventSource"
$NODE --experimental-eventsource -p "typeof EventSource"
$NODE --max-http-header-size=1000 -p "require('http').maxHeaderSize"
$NODE --max-http-header-size=1000 -e "
  const http = require('http');
  const server = http.createServer((req, res) => res.end('ok')).listen(0, () => {
    const { port } = server.address();
    const small = http.get({ port, headers: { 'x-a': 'a'.repeat(500) } }, (res) => {
      console.log('500 bytes:', res.statusCode);
      res.resume();
      const big = http.get({ port, headers: { 'x-a': 'a'.repeat(2000) } }, (res2) => {
        console.log('2000 bytes:', res2.statusCode);
        res2.resume();
        server.close();
      });
    });
  });"
$NODE --no-experimental-sqlite -e "try { require('node:sqlite'); } catch (e) { console.log(e.code); }"
$NODE -p "[typeof fs, typeof path, typeof child_process, typeof v8, fs === require('fs')]"
$NODE -e "fs = 'mine'; console.log(fs)"
echo 'console.log(typeof fs)' | $NODE -
$NODE --redirect-warnings=warnings.txt -e "process.emitWarning('to the file')" 2>&1
sed 's/(node:[0-9]*)/(node:PID)/; s/`[a-z]* --trace/`RUNTIME --trace/' warnings.txt
$NODE --trace-exit -e "function bye() { process.exit(3); } bye()" 2>&1 | head -1 | sed 's/(node:[0-9]*)/(node:PID)/'
echo "exit ${PIPESTATUS[0]}"
$NODE --report-compact --report-on-signal --report-signal=SIGUSR1 --report-dir=reports \
  --report-filename=r.json --report-exclude-env --report-uncaught-exception \
  -p "const r = process.report; [r.compact, r.reportOnSignal, r.signal, r.directory, r.filename, r.excludeEnv, r.reportOnUncaughtException]"
$NODE --no-extra-info-on-fatal-exception -e "throw new Error('boom')" 2>&1 | grep -c -E '^(Node.js|nodus) v'

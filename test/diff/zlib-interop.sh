# Data compressed by one runtime opens in the other, both ways: $NODE against Node 22, for every
# format and a few settings (sync, callback and stream forms on the compressing side).
REF=$(bash ../../scripts/setup-node22.sh 2>/dev/null | tail -1)
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
cat > "$DIR/compress.js" <<'JS'
const zlib = require('zlib');
const fs = require('fs');
const dir = process.argv[2];
let s = '';
for (let i = 0; i < 20000; i++) s += `row ${i} value ${(i * 7919) % 10007} ${i % 3 ? 'alpha' : 'beta'}\n`;
const text = Buffer.from(s);
const dict = Buffer.from('row value alpha beta');
const jobs = [
  ['gzip', 'gzipSync', {}], ['gzip9', 'gzipSync', { level: 9 }], ['deflate', 'deflateSync', {}],
  ['deflate-dict', 'deflateSync', { dictionary: dict }], ['raw', 'deflateRawSync', { windowBits: 9 }],
  ['raw-huffman', 'deflateRawSync', { strategy: zlib.constants.Z_HUFFMAN_ONLY }],
  ['brotli', 'brotliCompressSync', {}],
  ['brotli-q4', 'brotliCompressSync', { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }],
  ['zstd', 'zstdCompressSync', {}],
  ['zstd-check', 'zstdCompressSync', { params: { [zlib.constants.ZSTD_c_checksumFlag]: 1 } }],
];
for (const [name, fn, opts] of jobs) fs.writeFileSync(`${dir}/${name}`, zlib[fn](text, opts));
zlib.gzip(text, (err, out) => fs.writeFileSync(`${dir}/gzip-async`, out));
const parts = [];
const gz = zlib.createGzip({ chunkSize: 512 });
gz.on('data', (d) => parts.push(d));
gz.on('end', () => fs.writeFileSync(`${dir}/gzip-stream`, Buffer.concat(parts)));
for (let i = 0; i < text.length; i += 3000) gz.write(text.subarray(i, i + 3000));
gz.end();
JS
cat > "$DIR/decompress.js" <<'JS'
const zlib = require('zlib');
const fs = require('fs');
const dir = process.argv[2];
const dict = Buffer.from('row value alpha beta');
const how = {
  gzip: ['gunzipSync'], gzip9: ['unzipSync'], deflate: ['inflateSync'],
  'deflate-dict': ['inflateSync', { dictionary: dict }], raw: ['inflateRawSync', { windowBits: 9 }],
  'raw-huffman': ['inflateRawSync'], brotli: ['brotliDecompressSync'],
  'brotli-q4': ['brotliDecompressSync'], zstd: ['zstdDecompressSync'],
  'zstd-check': ['zstdDecompressSync'], 'gzip-async': ['gunzipSync'], 'gzip-stream': ['gunzipSync'],
};
for (const [name, [fn, opts]] of Object.entries(how)) {
  const out = zlib[fn](fs.readFileSync(`${dir}/${name}`), opts);
  console.log(name, out.length, zlib.crc32(out));
}
JS
mkdir "$DIR/a" "$DIR/b"
echo "runtime compresses, node 22 decompresses"
$NODE "$DIR/compress.js" "$DIR/a" && $REF "$DIR/decompress.js" "$DIR/a"
echo "node 22 compresses, runtime decompresses"
$REF "$DIR/compress.js" "$DIR/b" && $NODE "$DIR/decompress.js" "$DIR/b"

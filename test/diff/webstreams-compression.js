// CompressionStream/DecompressionStream: round trips for each format, format errors, corrupt input
// and trailing junk.
'use strict';
(async () => {
  for (const fmt of ['gzip', 'deflate', 'deflate-raw']) {
    const cs = new CompressionStream(fmt);
    console.log(cs);
    const w = cs.writable.getWriter(); w.write(new TextEncoder().encode('hello hello hello')); w.close();
    const chunks = []; for await (const c of cs.readable) chunks.push(...c);
    const ds = new DecompressionStream(fmt);
    const dw = ds.writable.getWriter(); dw.write(new Uint8Array(chunks)); dw.close();
    let out = ''; for await (const c of ds.readable.pipeThrough(new TextDecoderStream())) out += c;
    console.log(fmt, out, chunks.length > 0);
  }
  try { new CompressionStream('zip') } catch (e) { console.log(e.code, e.message) }
  try { new DecompressionStream() } catch (e) { console.log(e.code, e.message) }
  const ds = new DecompressionStream('gzip');
  const w = ds.writable.getWriter();
  w.write(new Uint8Array([1, 2, 3])).catch(e => console.log('write', e.code, e.message));
  w.close().catch(e => console.log('close', e.code));
  try { for await (const c of ds.readable) console.log(c) } catch (e) { console.log('read', e.code, e.message) }
  await new Promise((r) => setTimeout(r, 10));
})().catch(e => console.log('outer', e.message)).then(async () => {
  const ds = new DecompressionStream('gzip');
  const w = ds.writable.getWriter();
  const cs = new CompressionStream('gzip'); const cw = cs.writable.getWriter(); cw.write(new Uint8Array([65])); cw.close();
  const gz = []; for await (const c of cs.readable) gz.push(...c);
  w.write(new Uint8Array([...gz, 9, 9])).catch(e => console.log('junk write', e.code, e.message));
  w.close().catch(e => console.log('junk close', e.code));
  try { for await (const c of ds.readable) console.log('junk chunk', c) } catch (e) { console.log('junk read', e.code, e.message) }
});

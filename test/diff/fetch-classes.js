'use strict';
// Headers, Request, Response and FormData without the network, compared with node 22.
const t = (label, fn) => {
  try {
    const v = fn();
    console.log(label, v instanceof Promise ? 'promise' : JSON.stringify(v));
  } catch (err) {
    console.log(label, 'throws', err.name, err.message);
  }
};
const h = new Headers({ 'B': '2', 'a': ' 1 ' });
h.append('b', '3');
h.append('Set-Cookie', 'x=1');
h.append('set-cookie', 'y=2');
t('entries', () => [...h]);
t('get', () => [h.get('B'), h.get('nope'), h.has('A'), h.getSetCookie()]);
h.set('b', 'only');
h.delete('A');
t('after', () => [...h.keys()]);
t('values', () => [...h.values()]);
const seen = [];
h.forEach((v, k, self) => seen.push([k, v, self === h]));
t('forEach', () => seen);
t('array init', () => [...new Headers([['x', '1'], ['X', '2']])]);
t('bad pair', () => new Headers([['x']]));
t('bad name', () => new Headers({ 'a b': '1' }));
t('bad value', () => new Headers({ a: 'x\ny' }));
t('copy', () => [...new Headers(h)]);
t('tag', () => [Object.prototype.toString.call(h), typeof Headers.prototype[Symbol.iterator]]);

const req = new Request('http://example.com/a?b#c', { method: 'post', body: 'hi', headers: { 'X-Y': 'z' } });
t('request', () => [req.method, req.url, req.headers.get('content-type'), req.redirect, req.bodyUsed, req.body !== null, req.cache, req.mode, req.credentials]);
t('request methods', () => ['get', 'patch', 'Delete', 'options'].map((m) => new Request('http://x/', { method: m }).method));
t('request bad method', () => new Request('http://x/', { method: 'CONNECT' }));
t('request bad url', () => new Request('/relative'));
t('request credentials', () => new Request('http://u:p@x/'));
t('request get body', () => new Request('http://x/', { body: 'x' }));
t('request redirect', () => new Request('http://x/', { redirect: 'nope' }));
const clone = req.clone();
const copy = new Request(req, { headers: { a: 'b' } });
t('request copy', () => [copy.method, copy.url, [...copy.headers], req.bodyUsed]);
t('request clone used', () => req.clone());
Promise.all([copy.text(), clone.text()]).then((v) => t('clone texts', () => v));

const res = new Response('body text', { status: 201, statusText: 'Made', headers: { 'X-A': '1' } });
t('response', () => [res.status, res.statusText, res.ok, res.type, res.url, res.redirected, [...res.headers]]);
t('response defaults', () => { const r = new Response(); return [r.status, r.statusText, r.body, r.bodyUsed]; });
t('response bad status', () => new Response('', { status: 99 }));
t('response null body status', () => new Response('x', { status: 204 }));
t('Response.json', () => { const r = Response.json({ a: 1 }, { status: 202 }); return [r.status, r.headers.get('content-type')]; });
t('Response.error', () => { const r = Response.error(); return [r.type, r.status, r.ok]; });
t('Response.redirect', () => { const r = Response.redirect('http://x/y', 301); return [r.status, r.headers.get('location')]; });
t('Response.redirect bad', () => Response.redirect('http://x/', 200));
t('immutable', () => Response.error().headers.set('a', 'b'));

const fd = new FormData();
fd.append('a', '1');
fd.append('a', '2');
fd.append('f', new Blob(['xyz'], { type: 'text/plain' }), 'f.txt');
fd.set('b', 'x');
t('formdata', () => [fd.getAll('a'), fd.get('b'), fd.has('f'), fd.get('f').name, fd.get('f').type, [...fd.keys()]]);
fd.delete('a');
t('formdata after delete', () => [...fd.keys()]);
t('formdata blob name', () => { const f = new FormData(); f.append('x', new Blob(['1'])); return f.get('x').name; });
t('formdata bad', () => new FormData().append('x', 'y', 'z'));

(async () => {
  const r1 = new Response(fd);
  const parsed = await r1.formData();
  console.log('roundtrip', [...parsed].map(([k, v]) => [k, typeof v === 'string' ? v : [v.name, v.type, v.size]]));
  const r2 = new Response(new URLSearchParams('a=1&b=2'));
  console.log('urlencoded', r2.headers.get('content-type'), [...await r2.formData()]);
  const r3 = new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]));
  console.log('bom', JSON.stringify(await r3.text()));
  const r4 = new Response('{"x":1}');
  const c4 = r4.clone();
  console.log('clone', await r4.json(), await c4.text());
  const r5 = new Response('abc');
  await r5.text();
  try { r5.clone(); } catch (e) { console.log('clone used', e.name, e.message); }
  try { await new Response('not json').json(); } catch (e) { console.log('json', e.name); }
  try { await new Response('x').formData(); } catch (e) { console.log('formData', e.name, e.message); }
  const r6 = new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([97])); c.close(); } }));
  console.log('stream body', await r6.text(), r6.bodyUsed);
  const blob = await new Response('zz', { headers: { 'content-type': 'text/x' } }).blob();
  console.log('blob', blob.type, blob.size);
})();

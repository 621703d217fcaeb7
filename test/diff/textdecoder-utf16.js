'use strict';
// TextDecoder for utf-16le and utf-16be (labels, BOM, streaming across chunk boundaries, lone
// surrogates and an odd final byte, fatal mode).
const hex = (h) => Buffer.from(h, 'hex');
for (const label of ['utf-16be', 'UTF-16BE', 'unicodefffe', 'utf-16le', 'utf-16', 'unicode']) {
  const d = new TextDecoder(label);
  console.log(label, d.encoding);
}
const cases = ['feff0041d83dde00', '0041d83dde00', 'fffe4100', '41f0dba0ed', 'a03d983dda7f80', 'd800', 'dc00d800', '00', ''];
for (const enc of ['utf-16be', 'utf-16le']) {
  for (const h of cases) {
    for (const fatal of [false, true]) {
      let r;
      try { r = JSON.stringify(new TextDecoder(enc, { fatal }).decode(hex(h))); } catch (e) { r = `${e.name} ${e.code}`; }
      console.log(enc, h, fatal, r);
    }
    // the same bytes one at a time
    const d = new TextDecoder(enc);
    let s = '';
    for (const b of hex(h)) s += d.decode(Uint8Array.of(b), { stream: true });
    s += d.decode();
    console.log(enc, h, 'streamed', JSON.stringify(s));
  }
}
console.log(JSON.stringify(new TextDecoder('utf-16be', { ignoreBOM: true }).decode(hex('feff0041'))));

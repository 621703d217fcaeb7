'use strict';
// Regular expression literals with the `v` flag (node 20+ syntax; V8 10.2 compiles them after
// nodus rewrites them): property escapes, plain classes, `v`-only escapes, nested classes,
// difference and intersection, \q{} strings, properties of strings, flags together with `v`.
const samples = ['a', 'A', 'é', 'z', 'e', 'ß', '0', '_', '-', '&', '!', '~', ' ', '\u200b', 'π',
  'Ω', '👍', '👍🏽', '🇫🇷', '1️⃣', '👨‍👩‍👧', 'abc', 'xyz', 'ab', '\n', 'Σσς'];
const patterns = [
  /^[a-z][\d+\-.a-z]*:\/\//iv,
  /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}]/v,
  /[\&\-\!\#x]/v,
  /^[\p{L}--[a-z]]$/v,
  /^[\p{Lowercase}&&\p{Script=Greek}]$/v,
  /^[[a-z]--[aeiou]]+$/v,
  /^[\q{abc|xyz}a-c]$/v,
  /^\p{RGI_Emoji}$/v,
  /^[\p{RGI_Emoji}--\q{👍}]$/v,
  /^\p{Emoji_Keycap_Sequence}$/v,
  /[\p{L}\d]+/gv,
  /^[\w--_]+$/v,
  /^[^\d\s]$/v,
  /(?<word>[\p{L}--\p{Lu}]+)/v,
  /[\u{1F300}-\u{1F5FF}]/v,
  /^[\x41-\x43\u0061]+$/iv,
];
for (const re of patterns) {
  console.log(String(re).length > 0, re.global, re.ignoreCase);
  console.log(samples.map((s) => { re.lastIndex = 0; const m = re.exec(s); return m ? m[0] : '-'; }).join(' '));
}
console.log('Héllo wörld ΑΒΓ'.match(/[\p{L}--[\p{Lu}]]+/gv));
console.log('👨‍👩‍👧x1️⃣'.replace(/\p{RGI_Emoji}/gv, '<E>'));
// Regular expressions that only look alike stay as they are.
const notRegex = '/[a]/v';
console.log(notRegex, 10 / 2 / 5);

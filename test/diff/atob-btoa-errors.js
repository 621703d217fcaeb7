'use strict';
// atob's two errors as node 22 words them: a length with one spare character is "not correctly
// encoded" (checked first); a byte outside the alphabet or a misplaced '=' is an "Invalid character".
for (const s of ['+Z//Z=', 'ab=', 'a=', 'abc==', 'abcde=', 'abcd=', 'abcd==', 'ab==', 'abc=', 'a===',
  '====', '=', '==', 'ab=c', 'ab= =', 'abcdef==', 'abcdefg=', 'abcdefg==', 'abcde==', 'a', 'abcde',
  'ab=\n=', '=ab', 'abc=d', 'ab*', 'abcde*', '*', 'a*', 'abcd=e=', ' a b c d ', '\u00e9\u00e9\u00e9\u00e9', '', '-_']) {
  try {
    console.log(JSON.stringify(s), JSON.stringify(atob(s)));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.code, e.message);
  }
}
for (const s of ['', 'abc', '\u00ff\u0000', '\u0100']) {
  try { console.log(JSON.stringify(s), btoa(s)); } catch (e) { console.log(JSON.stringify(s), e.name, e.message); }
}

'use strict';
// Decodes terminal input (text, control characters, CSI / SS3 escape sequences) into the
// key objects readline's 'keypress' events carry: { sequence, name, ctrl, meta, shift[, code] }.
// Written as an incremental state machine: feed() takes whatever arrived, keeps an incomplete
// escape sequence for the next chunk, and flush() gives up waiting for the rest of it.

const ESC = '\x1b';

// Final parts of escape sequences (after the modifier is stripped) to key names.
const SEQUENCE_NAMES = {
  // xterm / gnome: ESC O letter
  OP: 'f1', OQ: 'f2', OR: 'f3', OS: 'f4',
  // xterm / rxvt: ESC [ number ~
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[200~': 'paste-start', '[201~': 'paste-end',
  // Cygwin and libuv
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10',
  '[23~': 'f11', '[24~': 'f12',
  // arrows, home, end, clear
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  OA: 'up', OB: 'down', OC: 'right', OD: 'left', OE: 'clear', OF: 'end', OH: 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup',
  '[6~': 'pagedown', '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
  // rxvt: shifted and controlled variants
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home',
  '[8$': 'end',
  Oa: 'up', Ob: 'down', Oc: 'right', Od: 'left', Oe: 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home',
  '[8^': 'end',
  '[Z': 'tab',
};

const SHIFTED_RXVT = new Set(['[a', '[b', '[c', '[d', '[e', '[2$', '[3$', '[5$', '[6$', '[7$',
  '[8$']);
const CTRL_RXVT = new Set(['Oa', 'Ob', 'Oc', 'Od', 'Oe', '[2^', '[3^', '[5^', '[6^', '[7^', '[8^']);

function isFinalByte(c) {
  const code = c.charCodeAt(0);
  return (code >= 0x40 && code <= 0x7e) || c === '$' || c === '^';
}

function newKey(sequence) {
  return { sequence, name: undefined, ctrl: false, meta: false, shift: false };
}

// A key for a single (non-escape) character, possibly with the meta flag from an ESC prefix.
function charKey(ch, meta, sequence) {
  const key = newKey(sequence);
  key.meta = meta;
  if (ch === '\r') key.name = 'return';
  else if (ch === '\n') key.name = 'enter';
  else if (ch === '\t') key.name = 'tab';
  else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
  else if (ch === ESC) key.name = 'escape';
  else if (ch === ' ') key.name = 'space';
  else if (ch.length === 1 && ch.charCodeAt(0) <= 0x1a) {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
    key.ctrl = true;
  } else if (/^[0-9A-Za-z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = /^[A-Z]$/.test(ch);
  }
  return key;
}

// Parses the escape sequence starting at s[i] (s[i] === ESC, s[i + 1] is '[' or 'O').
// Returns { end, key } or null when the sequence is not complete yet.
function parseSequence(s, i, meta) {
  const introducer = s[i + 1];
  let j = i + 2;
  if (j >= s.length) return null;
  let params = '';
  let final;
  let prefix = introducer;
  if (introducer === '[' && s[j] === '[') {
    // Linux console: ESC [ [ A .. E, and ESC [ [ 5 ~
    prefix = '[[';
    j++;
    if (j >= s.length) return null;
  }
  while (j < s.length && /[0-9;]/.test(s[j])) {
    params += s[j];
    j++;
  }
  if (j >= s.length) return null;
  final = s[j];
  if (!isFinalByte(final)) {
    // Not a sequence we understand: give back ESC + introducer as a meta key.
    return { end: i + 2, key: Object.assign(charKey(introducer, true, s.slice(i, i + 2))) };
  }
  const sequence = s.slice(i, j + 1);
  let modifier = 0;
  let code;
  const parts = params.split(';');
  if (final === '~' || final === '$' || final === '^') {
    // ESC [ number [; modifier] ~
    code = `${prefix}${parts[0]}${final}`;
    if (parts.length > 1) modifier = (parseInt(parts[1], 10) || 1) - 1;
  } else {
    // ESC [ [1;] modifier letter, or ESC O [modifier] letter
    code = `${prefix}${final}`;
    const m = parts.length > 1 ? parts[1] : parts[0];
    if (m !== '' && !(parts.length === 1 && prefix === '[[')) modifier = (parseInt(m, 10) || 1) - 1;
  }
  const key = newKey(sequence);
  key.code = code;
  key.ctrl = Boolean(modifier & 4);
  key.meta = meta || Boolean(modifier & 10);
  key.shift = Boolean(modifier & 1);
  key.name = SEQUENCE_NAMES[code];
  if (key.name === undefined) key.name = 'undefined';
  if (SHIFTED_RXVT.has(code)) key.shift = true;
  if (CTRL_RXVT.has(code)) key.ctrl = true;
  if (code === '[Z') key.shift = true;
  return { end: j + 1, key };
}

class KeyDecoder {
  constructor(onKey) {
    this.onKey = onKey; // (char | undefined, key)
    this.buffer = '';
  }

  // Decodes as much of `text` (plus any kept partial sequence) as is complete.
  // Returns true when an incomplete escape sequence is being kept.
  feed(text) {
    const s = this.buffer + text;
    this.buffer = '';
    let i = 0;
    while (i < s.length) {
      const consumed = this._one(s, i, false);
      if (consumed === 0) {
        this.buffer = s.slice(i);
        return true;
      }
      i += consumed;
    }
    return false;
  }

  // Emits a kept partial sequence as it stands (a lone ESC becomes the escape key).
  flush() {
    const s = this.buffer;
    this.buffer = '';
    if (s === '') return;
    if (s === ESC) {
      this.onKey(undefined, charKey(ESC, false, ESC));
      return;
    }
    if (s === ESC + ESC) {
      this.onKey(undefined, charKey(ESC, true, s));
      return;
    }
    // ESC + partial sequence: meta + introducer, then the rest as plain characters.
    this.onKey(undefined, charKey(s[1], true, s.slice(0, 2)));
    if (s.length > 2) this.feed(s.slice(2));
  }

  // Handles one key at s[i]; returns the number of characters used, 0 if incomplete.
  _one(s, i, meta) {
    const ch = s[i];
    if (ch === ESC) {
      if (i + 1 >= s.length) return 0;
      const next = s[i + 1];
      if (next === '[' || next === 'O') {
        const r = parseSequence(s, i, meta);
        if (r === null) return 0;
        if (meta) r.key.sequence = ESC + r.key.sequence;
        this.onKey(undefined, r.key);
        return r.end - i;
      }
      if (next === ESC) {
        if (meta) {
          this.onKey(undefined, charKey(ESC, true, ESC + ESC));
          return 1;
        }
        if (i + 2 >= s.length) return 0;
        if (s[i + 2] === '[' || s[i + 2] === 'O') {
          const n = this._one(s, i + 1, true);
          return n === 0 ? 0 : n + 1;
        }
        this.onKey(undefined, charKey(ESC, true, ESC + ESC));
        return 2;
      }
      // ESC + character: the character with meta.
      const cp = s.codePointAt(i + 1);
      const len = cp > 0xffff ? 2 : 1;
      const c = s.slice(i + 1, i + 1 + len);
      this.onKey(undefined, charKey(c, true, ESC + c));
      return 1 + len;
    }
    const cp = s.codePointAt(i);
    const len = cp > 0xffff ? 2 : 1;
    const c = s.slice(i, i + len);
    this.onKey(c, charKey(c, meta, c));
    return len;
  }
}

module.exports = { KeyDecoder, charKey };

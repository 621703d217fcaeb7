'use strict';
// crypto argument checks as node 22 words and orders them: chacha20-poly1305 takes only a 12-byte
// IV (checked before the key), hkdf's length bound, timingSafeEqual's argument errors.
const crypto = require('crypto');
const t = (name, f) => { try { console.log(name, JSON.stringify(f())); } catch (e) { console.log(name, e.name, e.code, e.message, Object.keys(e)); } };
t('chacha key15 iv1', () => crypto.createCipheriv('chacha20-poly1305', Buffer.alloc(15), 'x'));
t('chacha key15 iv12', () => crypto.createCipheriv('chacha20-poly1305', Buffer.alloc(15), Buffer.alloc(12)));
t('hkdf -1', () => crypto.hkdfSync('sha256', 'k', 's', 'i', -1));
t('hkdf 1.5', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 1.5));
t('hkdf big', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
t('tse', () => crypto.timingSafeEqual(1, Buffer.alloc(1)));
t('tse2', () => crypto.timingSafeEqual(Buffer.alloc(1), 'x'));
t('tse len', () => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)));
t('tse ok', () => crypto.timingSafeEqual(new Uint16Array(1), new ArrayBuffer(2)));

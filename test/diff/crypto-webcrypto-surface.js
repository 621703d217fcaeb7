'use strict';
// The WebCrypto surface: CryptoKey/SubtleCrypto/Crypto prototypes (member order, illegal
// constructors, receiver checks), getRandomValues errors, inspect and toStringTag of the objects.
const util = require('util');
const { subtle } = globalThis.crypto;
const p=(...a)=>console.log(util.format(...a));
const t=async(l,f)=>{try{const r=await f();p(l,'ok',r)}catch(e){p(l,e.name,e.code,e.message)}};
(async()=>{
const k=await subtle.importKey('raw',Buffer.alloc(16),'AES-GCM',true,['encrypt','decrypt']);
p(k.algorithm===k.algorithm, k.usages===k.usages, Object.getOwnPropertyNames(CryptoKey.prototype), Object.keys(k));
p(Object.getOwnPropertyNames(SubtleCrypto.prototype), Object.getOwnPropertyNames(Crypto.prototype));
p(typeof CryptoKey, typeof SubtleCrypto, typeof Crypto, globalThis.crypto instanceof Crypto);
await t('new CryptoKey',()=>new CryptoKey());
await t('new SubtleCrypto',()=>new SubtleCrypto());
await t('new Crypto',()=>new Crypto());
await t('getter this',()=>Object.getOwnPropertyDescriptor(CryptoKey.prototype,'type').get.call({}));
await t('subtle this',()=>SubtleCrypto.prototype.digest.call({}, 'SHA-256', Buffer.alloc(1)));
await t('getRandomValues float',()=>crypto.getRandomValues(new Float32Array(1)));
await t('getRandomValues big',()=>crypto.getRandomValues(new Uint8Array(65537)));
await t('getRandomValues this',()=>Crypto.prototype.getRandomValues.call({}, new Uint8Array(1)));
await t('randomUUID',()=>typeof crypto.randomUUID());
p(util.inspect(k), util.inspect(k,{depth:0}));
p(Object.prototype.toString.call(k), Object.prototype.toString.call(subtle), Object.prototype.toString.call(crypto));
})().catch(e=>p('top',e.name,e.code,e.message));

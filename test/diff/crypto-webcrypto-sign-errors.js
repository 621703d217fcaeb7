'use strict';
// WebCrypto sign/verify/decrypt failures as Node reports them: RSA-PSS salt lengths beyond
// RFC 8017's bound (OperationError with the range error as cause), ECDSA signatures of the wrong
// size, undecodable RSA-OAEP ciphertext; signatures run on the threadpool.
const { subtle } = globalThis.crypto;
const util = require('util');
const p=(...a)=>console.log(util.format(...a));
const t=async(l,f)=>{try{const r=await f();p(l,'ok',r instanceof ArrayBuffer?r.byteLength:r)}catch(e){p(l,e.name,e.code,e.message, e.cause&&e.cause.message)}};
(async()=>{
const k=await subtle.generateKey({name:'RSA-PSS',modulusLength:1024,publicExponent:new Uint8Array([1,0,1]),hash:'SHA-512'},true,['sign','verify']);
await t('pss big salt',()=>subtle.sign({name:'RSA-PSS',saltLength:1000},k.privateKey,Buffer.alloc(1)));
await t('pss ok',()=>subtle.sign({name:'RSA-PSS',saltLength:32},k.privateKey,Buffer.alloc(1)));
await t('pss verify big salt',()=>subtle.verify({name:'RSA-PSS',saltLength:1000},k.publicKey,Buffer.alloc(128),Buffer.alloc(1)));
const e=await subtle.generateKey({name:'ECDSA',namedCurve:'P-521'},true,['sign','verify']);
await t('ecdsa sha1',async()=>{const s=await subtle.sign({name:'ECDSA',hash:'SHA-1'},e.privateKey,Buffer.alloc(1));return [s.byteLength, await subtle.verify({name:'ECDSA',hash:'SHA-1'},e.publicKey,s,Buffer.alloc(1))]});
await t('ecdsa bad sig len',()=>subtle.verify({name:'ECDSA',hash:'SHA-256'},e.publicKey,Buffer.alloc(10),Buffer.alloc(1)));
const o=await subtle.generateKey({name:'RSA-OAEP',modulusLength:1024,publicExponent:new Uint8Array([1,0,1]),hash:'SHA-512'},true,['encrypt','decrypt']);
await t('oaep decrypt garbage',()=>subtle.decrypt({name:'RSA-OAEP'},o.privateKey,Buffer.alloc(128)));
})();

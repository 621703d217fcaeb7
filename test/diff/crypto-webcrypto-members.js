'use strict';
// WebCrypto algorithm dictionary members converted as WebIDL does in Node: [EnforceRange] integers
// (strings accepted, non-finite and out-of-range values rejected), BufferSource, Uint8Array and
// CryptoKey members, with Node's TypeError messages and codes.
const { subtle } = globalThis.crypto;
const util = require('util');
const p=(...a)=>console.log(util.format(...a));
const t=async(l,f)=>{try{const r=await f();p(l,'ok',r&&r.algorithm?r.algorithm:r)}catch(e){p(l,e.name,e.code,e.message)}};
(async()=>{
await t('aes len str',()=>subtle.generateKey({name:'AES-GCM',length:'128'},true,['encrypt']));
await t('aes len abc',()=>subtle.generateKey({name:'AES-GCM',length:'abc'},true,['encrypt']));
await t('aes len neg',()=>subtle.generateKey({name:'AES-GCM',length:-1},true,['encrypt']));
await t('aes len 100',()=>subtle.generateKey({name:'AES-GCM',length:100},true,['encrypt']));
await t('aes len 1e6',()=>subtle.generateKey({name:'AES-GCM',length:1e6},true,['encrypt']));
await t('rsa mod str',async()=>(await subtle.generateKey({name:'RSA-PSS',modulusLength:'1024',publicExponent:new Uint8Array([1,0,1]),hash:'SHA-256'},true,['sign'])).publicKey);
await t('rsa exp array',()=>subtle.generateKey({name:'RSA-PSS',modulusLength:1024,publicExponent:[1,0,1],hash:'SHA-256'},true,['sign']));
await t('hash obj',async()=>subtle.digest({name:'SHA-256'},Buffer.alloc(1)).then(b=>b.byteLength));
await t('hash bad type',()=>subtle.generateKey({name:'HMAC',hash:5},true,['sign']));
await t('ctr length str',async()=>{const k=await subtle.importKey('raw',Buffer.alloc(16),'AES-CTR',true,['encrypt']);return (await subtle.encrypt({name:'AES-CTR',counter:Buffer.alloc(16),length:'64'},k,Buffer.alloc(4))).byteLength});
await t('ctr counter str',async()=>{const k=await subtle.importKey('raw',Buffer.alloc(16),'AES-CTR',true,['encrypt']);return subtle.encrypt({name:'AES-CTR',counter:'x',length:64},k,Buffer.alloc(4))});
await t('gcm iv str',async()=>{const k=await subtle.importKey('raw',Buffer.alloc(16),'AES-GCM',true,['encrypt']);return subtle.encrypt({name:'AES-GCM',iv:'x'},k,Buffer.alloc(4))});
await t('pss salt neg',async()=>{const k=await subtle.generateKey({name:'RSA-PSS',modulusLength:1024,publicExponent:new Uint8Array([1,0,1]),hash:'SHA-256'},true,['sign']);return subtle.sign({name:'RSA-PSS',saltLength:-1},k.privateKey,Buffer.alloc(1))});
await t('pbkdf2 iter str',async()=>{const k=await subtle.importKey('raw',Buffer.from('pw'),'PBKDF2',false,['deriveBits']);return (await subtle.deriveBits({name:'PBKDF2',hash:'SHA-256',salt:Buffer.alloc(4),iterations:'2'},k,128)).byteLength});
await t('hkdf salt str',async()=>{const k=await subtle.importKey('raw',Buffer.from('pw'),'HKDF',false,['deriveBits']);return subtle.deriveBits({name:'HKDF',hash:'SHA-256',salt:'x',info:Buffer.alloc(0)},k,128)});
await t('deriveBits length str',async()=>{const k=await subtle.importKey('raw',Buffer.from('pw'),'HKDF',false,['deriveBits']);return (await subtle.deriveBits({name:'HKDF',hash:'SHA-256',salt:Buffer.alloc(0),info:Buffer.alloc(0)},k,'128')).byteLength});
await t('ecdh public not key',async()=>{const k=await subtle.generateKey({name:'ECDH',namedCurve:'P-256'},true,['deriveBits']);return subtle.deriveBits({name:'ECDH',public:{}},k.privateKey,128)});
await t('named curve num',()=>subtle.generateKey({name:'ECDSA',namedCurve:5},true,['sign']));
})();

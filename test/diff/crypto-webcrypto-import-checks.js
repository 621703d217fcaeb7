'use strict';
// WebCrypto key generation and import checks as Node makes them: CryptoKeyPair member order,
// key type and named-curve checks on spki/pkcs8/jwk import, JWK kty/crv/alg/ext, empty usages,
// raw export of RSA keys, HMAC lengths, HKDF/PBKDF2 lengths, AES-GCM tag lengths, RSA-OAEP and
// AES-KW wrapping. Random key material is never printed.
const {subtle}=globalThis.crypto;const util=require('util');
const p=(...a)=>console.log(util.format(...a));
const hex=(b)=>Buffer.from(b).toString('hex');
const t=async(l,f)=>{try{const r=await f();p(l,'ok',r instanceof ArrayBuffer?hex(r).slice(0,64)+' '+r.byteLength:r)}catch(e){p(l,e.name,e.code,e.message)}};
async function main(){
const rsa=await subtle.generateKey({name:'RSASSA-PKCS1-v1_5',modulusLength:1024,publicExponent:new Uint8Array([1,0,1]),hash:'SHA-256'},true,['sign','verify']);
p(rsa.privateKey.algorithm, rsa.publicKey.usages, Object.keys(rsa));
const j=await subtle.exportKey('jwk',rsa.privateKey);p(Object.keys(j), j.alg);
await t('rsa raw',()=>subtle.exportKey('raw',rsa.publicKey));
await t('rsa import jwk pub',async()=>(await subtle.importKey('jwk',{...j,d:undefined,p:undefined,q:undefined,dp:undefined,dq:undefined,qi:undefined,key_ops:['verify']},{name:'RSASSA-PKCS1-v1_5',hash:'SHA-256'},true,['verify'])).algorithm);
await t('rsa import spki as ECDSA',async()=>subtle.importKey('spki',await subtle.exportKey('spki',rsa.publicKey),{name:'ECDSA',namedCurve:'P-256'},true,['verify']));
await t('rsa import spki as PSS',async()=>(await subtle.importKey('spki',await subtle.exportKey('spki',rsa.publicKey),{name:'RSA-PSS',hash:'SHA-1'},true,['verify'])).algorithm);
await t('rsa import pkcs8 empty usages',async()=>(await subtle.importKey('pkcs8',await subtle.exportKey('pkcs8',rsa.privateKey),{name:'RSA-PSS',hash:'SHA-1'},true,[])).usages);
await t('rsa jwk alg mismatch',()=>subtle.importKey('jwk',j,{name:'RSASSA-PKCS1-v1_5',hash:'SHA-384'},true,['sign']));
const ec=await subtle.generateKey({name:'ECDSA',namedCurve:'P-384'},true,['sign','verify']);
p(ec.publicKey.algorithm);
await t('ec raw',async()=>(await subtle.exportKey('raw',ec.publicKey)).byteLength);
await t('ec import raw wrong curve',async()=>subtle.importKey('raw',await subtle.exportKey('raw',ec.publicKey),{name:'ECDSA',namedCurve:'P-256'},true,['verify']));
await t('ec import spki wrong curve',async()=>subtle.importKey('spki',await subtle.exportKey('spki',ec.publicKey),{name:'ECDSA',namedCurve:'P-256'},true,['verify']));
await t('ec bad curve',()=>subtle.generateKey({name:'ECDSA',namedCurve:'P-999'},true,['sign']));
await t('ec import jwk crv mismatch',async()=>subtle.importKey('jwk',await subtle.exportKey('jwk',ec.privateKey),{name:'ECDSA',namedCurve:'P-256'},true,['sign']));
const sig=await subtle.sign({name:'ECDSA',hash:'SHA-256'},ec.privateKey,Buffer.from('x'));p('ecdsa sig',sig.byteLength);
await t('verify short sig',()=>subtle.verify({name:'ECDSA',hash:'SHA-256'},ec.publicKey,Buffer.alloc(3),Buffer.from('x')));
const h=await subtle.generateKey({name:'HMAC',hash:'SHA-512'},true,['sign']);p(h.algorithm);
await t('hmac 100',()=>subtle.generateKey({name:'HMAC',hash:'SHA-1',length:100},true,['sign']));await t('hmac 0',()=>subtle.generateKey({name:'HMAC',hash:'SHA-1',length:0},true,['sign']));const h2=await subtle.generateKey({name:'HMAC',hash:'SHA-1',length:104},true,['sign']);p(h2.algorithm, (await subtle.exportKey('raw',h2)).byteLength);
await t('hmac jwk', async()=>{const j=await subtle.exportKey('jwk',h2);return [Object.keys(j),j.alg,j.k.length];});
const a=await subtle.generateKey({name:'AES-KW',length:256},true,['wrapKey','unwrapKey']);
await t('wrap jwk',async()=>{const w=await subtle.wrapKey('jwk',h,a,'AES-KW');const u=await subtle.unwrapKey('jwk',w,a,'AES-KW',{name:'HMAC',hash:'SHA-512'},true,['sign']);return [w.byteLength,u.algorithm]});
await t('wrap raw not multiple of 8',async()=>subtle.wrapKey('raw',h2,a,'AES-KW'));
const hk=await subtle.importKey('raw',Buffer.alloc(16),'HKDF',false,['deriveKey','deriveBits']);
await t('derive hmac',async()=>(await subtle.deriveKey({name:'HKDF',hash:'SHA-256',salt:Buffer.alloc(0),info:Buffer.alloc(0)},hk,{name:'HMAC',hash:'SHA-256'},true,['sign'])).algorithm);
await t('hkdf bits 0',()=>subtle.deriveBits({name:'HKDF',hash:'SHA-256',salt:Buffer.alloc(0),info:Buffer.alloc(0)},hk,0));
await t('hkdf bits 7',()=>subtle.deriveBits({name:'HKDF',hash:'SHA-256',salt:Buffer.alloc(0),info:Buffer.alloc(0)},hk,7));
await t('hkdf bits null',()=>subtle.deriveBits({name:'HKDF',hash:'SHA-256',salt:Buffer.alloc(0),info:Buffer.alloc(0)},hk,null));
const pb=await subtle.importKey('raw',Buffer.from('pw'),'PBKDF2',false,['deriveBits']);
await t('pbkdf2 0 iter',()=>subtle.deriveBits({name:'PBKDF2',hash:'SHA-256',salt:Buffer.alloc(4),iterations:0},pb,128));
await t('pbkdf2',()=>subtle.deriveBits({name:'PBKDF2',hash:'SHA-256',salt:Buffer.alloc(4),iterations:2},pb,128));
await t('pbkdf2 sha-1 str',()=>subtle.deriveBits({name:'PBKDF2',hash:{name:'sha-1'},salt:Buffer.alloc(4),iterations:2},pb,128));
const g=await subtle.importKey('raw',Buffer.alloc(16),'AES-GCM',true,['encrypt','decrypt']);
await t('gcm tag 96',async()=>(await subtle.encrypt({name:'AES-GCM',iv:Buffer.alloc(12),tagLength:96},g,Buffer.alloc(4))).byteLength);
await t('gcm tag 33',()=>subtle.encrypt({name:'AES-GCM',iv:Buffer.alloc(12),tagLength:33},g,Buffer.alloc(4)));
await t('gcm bad decrypt',()=>subtle.decrypt({name:'AES-GCM',iv:Buffer.alloc(12)},g,Buffer.alloc(20)));
await t('gcm short',()=>subtle.decrypt({name:'AES-GCM',iv:Buffer.alloc(12)},g,Buffer.alloc(3)));
const cb=await subtle.importKey('raw',Buffer.alloc(16),'AES-CBC',true,['encrypt','decrypt']);
await t('cbc bad pad',()=>subtle.decrypt({name:'AES-CBC',iv:Buffer.alloc(16)},cb,Buffer.alloc(16)));
const oa=await subtle.generateKey({name:'RSA-OAEP',modulusLength:1024,publicExponent:new Uint8Array([1,0,1]),hash:'SHA-256'},true,['encrypt','decrypt','wrapKey']);
p(oa.publicKey.usages, oa.privateKey.usages, (await subtle.exportKey('jwk',oa.publicKey)).alg);
await t('oaep too long',()=>subtle.encrypt({name:'RSA-OAEP'},oa.publicKey,Buffer.alloc(200)));
await t('oaep label',async()=>{const c=await subtle.encrypt({name:'RSA-OAEP',label:Buffer.from('l')},oa.publicKey,Buffer.from('hi'));return Buffer.from(await subtle.decrypt({name:'RSA-OAEP',label:Buffer.from('l')},oa.privateKey,c)).toString()});
await t('rsa gen bad exp',()=>subtle.generateKey({name:'RSA-OAEP',modulusLength:1024,publicExponent:new Uint8Array([3]),hash:'SHA-256'},true,['encrypt']));
await t('rsa gen small',()=>subtle.generateKey({name:'RSA-OAEP',modulusLength:256,publicExponent:new Uint8Array([1,0,1]),hash:'SHA-256'},true,['encrypt']));
}
async function pairs(){
for (const [n,x,u] of [['ECDSA',{namedCurve:'P-256'},['sign']],['ECDH',{namedCurve:'P-256'},['deriveBits']],['Ed25519',{},['sign']],['X25519',{},['deriveBits']],['RSA-PSS',{modulusLength:1024,publicExponent:new Uint8Array([1,0,1]),hash:'SHA-256'},['sign']],['RSA-OAEP',{modulusLength:1024,publicExponent:new Uint8Array([1,0,1]),hash:'SHA-256'},['decrypt']]]) {
 const k=await subtle.generateKey({name:n,...x},true,u); p(n, Object.getPrototypeOf(k), Object.keys(k));
}
}
main().then(pairs).then(jwkChecks);

async function jwkChecks() {
  const t2 = t;
  await t2('aes empty usages', () => subtle.importKey('raw', Buffer.alloc(16), 'AES-GCM', true, []));
  await t2('hkdf empty usages', () => subtle.importKey('raw', Buffer.alloc(16), 'HKDF', false, []));
  const e = await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const x = await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits']);
  const j = await subtle.exportKey('jwk', e.privateKey);
  await t2('okp crv', () => subtle.importKey('jwk', j, 'X25519', true, ['deriveBits']));
  await t2('okp kty', () => subtle.importKey('jwk', { ...j, kty: 'EC' }, 'Ed25519', true, ['sign']));
  await t2('okp alg', async () => (await subtle.importKey('jwk', { ...j, alg: 'EdDSA' }, 'Ed25519', true, ['sign'])).algorithm);
  await t2('okp ext', () => subtle.importKey('jwk', { ...j, ext: false }, 'Ed25519', true, ['sign']));
  await t2('okp spki as x25519', async () => subtle.importKey('spki', await subtle.exportKey('spki', e.publicKey), 'X25519', true, []));
  await t2('x25519 public empty usages', async () => (await subtle.importKey('spki', await subtle.exportKey('spki', x.publicKey), 'X25519', true, [])).usages);
  await t2('x25519 private empty usages', async () => subtle.importKey('pkcs8', await subtle.exportKey('pkcs8', x.privateKey), 'X25519', true, []));
  const r = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify']);
  const rj = await subtle.exportKey('jwk', r.publicKey);
  await t2('rsa kty', () => subtle.importKey('jwk', { ...rj, kty: 'EC' }, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']));
  await t2('rsa jwk no alg', async () => (await subtle.importKey('jwk', { ...rj, alg: undefined }, { name: 'RSA-PSS', hash: 'SHA-384' }, true, ['verify'])).algorithm.hash);
  await t2('rsa raw import', () => subtle.importKey('raw', Buffer.alloc(16), { name: 'RSA-PSS', hash: 'SHA-384' }, true, ['verify']));
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const ej = await subtle.exportKey('jwk', ec.publicKey);
  await t2('ec kty', () => subtle.importKey('jwk', { ...ej, kty: 'RSA' }, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
  await t2('ec alg', () => subtle.importKey('jwk', { ...ej, alg: 'ES384' }, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']));
  await t2('ecdh from ecdsa spki', async () => (await subtle.importKey('spki', await subtle.exportKey('spki', ec.publicKey), { name: 'ECDH', namedCurve: 'P-256' }, true, [])).algorithm);
  const pb = await subtle.importKey('raw', Buffer.from('pw'), 'PBKDF2', false, ['deriveBits']);
  await t2('pbkdf2 null', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.alloc(4), iterations: 2 }, pb, null));
  await t2('pbkdf2 0', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.alloc(4), iterations: 2 }, pb, 0));
  await t2('pbkdf2 7', () => subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.alloc(4), iterations: 2 }, pb, 7));
}

'use strict';
// ECDH (key formats, invalid private/public keys, convertKey) and DiffieHellman edge cases: fixed
// private keys agree both ways, verifyError as OpenSSL's DH_check reports it, Node's errors for
// bad sizes, generators and primes.
const crypto = require('crypto');
const util=require('util');
const p=(...a)=>console.log(util.format(...a));
const t=(l,f)=>{try{p(l,'ok',f())}catch(e){p(l,e.name,e.code,e.message)}};
const a=crypto.createECDH('secp384r1');a.setPrivateKey(Buffer.alloc(48,3));
const b=crypto.createECDH('secp384r1');b.setPrivateKey(Buffer.alloc(48,5));
t('secret',()=>a.computeSecret(b.getPublicKey()).equals(b.computeSecret(a.getPublicKey('hex'),'hex')));
t('secret hex out',()=>a.computeSecret(b.getPublicKey(null,'compressed'),null,'hex'));
t('pub formats',()=>[a.getPublicKey('hex','compressed'),a.getPublicKey('base64','uncompressed').length]);
t('priv',()=>a.getPrivateKey('hex'));
t('bad format',()=>a.getPublicKey('hex','foo'));
t('setPrivateKey zero',()=>a.setPrivateKey(Buffer.alloc(48)));
t('setPrivateKey big',()=>crypto.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32,0xff)));
t('setPublicKey',()=>{const c=crypto.createECDH('secp384r1');c.setPublicKey(a.getPublicKey());return c.getPublicKey('hex').slice(0,10)});
t('no keys',()=>crypto.createECDH('secp384r1').getPublicKey());
t('no priv',()=>crypto.createECDH('secp384r1').getPrivateKey());
t('compute without key',()=>crypto.createECDH('secp384r1').computeSecret(a.getPublicKey()));
t('bad curve',()=>crypto.createECDH('foo'));
t('convertKey',()=>crypto.ECDH.convertKey(a.getPublicKey('hex','compressed'),'secp384r1','hex','hex','uncompressed').slice(0,20));
t('convertKey bad',()=>crypto.ECDH.convertKey(Buffer.alloc(5),'secp384r1'));
t('generateKeys',()=>crypto.createECDH('prime256v1').generateKeys('hex','compressed').length);
const g=crypto.getDiffieHellman('modp14');
t('group methods',()=>[typeof g.setPublicKey, typeof g.setPrivateKey, g.getPrime().length, g.getGenerator('hex'), g.verifyError]);
const d1=crypto.createDiffieHellman(g.getPrime(), g.getGenerator());
d1.setPrivateKey(Buffer.alloc(32,7));
t('dh keys',()=>{d1.generateKeys();return d1.getPublicKey('hex').slice(0,16)});
const d2=crypto.createDiffieHellman(g.getPrime('hex'),'hex',2);
d2.setPrivateKey(Buffer.alloc(32,9)); d2.generateKeys();
t('dh secret',()=>d1.computeSecret(d2.getPublicKey()).equals(d2.computeSecret(d1.getPublicKey())));
t('dh secret hex',()=>d1.computeSecret(d2.getPublicKey('hex'),'hex','base64').length);
t('dh bad pub',()=>d1.computeSecret(Buffer.from([1])));
t('dh pub zero',()=>d1.computeSecret(Buffer.alloc(256)));
t('dh generator str',()=>crypto.createDiffieHellman(g.getPrime(),'02','hex').getGenerator('hex'));
t('dh size',()=>crypto.createDiffieHellman(64).getPrime().length);
t('dh size odd gen',()=>crypto.createDiffieHellman(64,5).verifyError);
t('dh bad prime',()=>crypto.createDiffieHellman(Buffer.from([4])).verifyError);
t('dh bad size',()=>crypto.createDiffieHellman(-1));
t('dh bad arg',()=>crypto.createDiffieHellman({}));
t('DiffieHellmanGroup',()=>crypto.DiffieHellmanGroup('modp2').getPrime().length);
t('group bad',()=>crypto.createDiffieHellmanGroup('x'));
for (const [pr, gen] of [[23, 2], [23, 5], [23, 7], [25, 2], [1019, 2], [1019, 3], [0xfffffffb, 2]]) {
  const pb = Buffer.alloc(4); pb.writeUInt32BE(pr);
  t(`verifyError ${pr} ${gen}`, () => crypto.createDiffieHellman(pb, gen).verifyError);
}
t('verifyError 512', () => crypto.createDiffieHellman(512).verifyError);
t('verifyError 512 gen 5', () => crypto.createDiffieHellman(512, 5).verifyError);
t('verifyError 512 gen 3', () => crypto.createDiffieHellman(512, 3).verifyError);
t('verifyError modp1', () => crypto.getDiffieHellman('modp1').verifyError);
{
const pr=crypto.getDiffieHellman('modp1').getPrime();
t('buf g1',()=>crypto.createDiffieHellman(pr,1).verifyError);
t('buf g0',()=>crypto.createDiffieHellman(pr,0).verifyError);
t('buf gbuf1',()=>crypto.createDiffieHellman(pr,Buffer.from([1])).verifyError);
t('buf gbuf0',()=>crypto.createDiffieHellman(pr,Buffer.from([0])).verifyError);
t('64 g1',()=>crypto.createDiffieHellman(64,1));
t('size 1',()=>crypto.createDiffieHellman(1));
t('empty buf',()=>crypto.createDiffieHellman(Buffer.alloc(0)).verifyError);
t('512 g -1',()=>crypto.createDiffieHellman(512,-1));
t('512 g 0 str',()=>crypto.createDiffieHellman(512,'00','hex').verifyError);
}

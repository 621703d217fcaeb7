// Key derivation: pbkdf2, scrypt, hkdf (each sync or on the threadpool through RunTask).
// The SHA block functions (SHA*_Transform) are deprecated but still exported; pbkdf2 uses them.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/core_names.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/sha.h>

#include <cstring>

#include "bindings/crypto_util.h"

namespace nodus::crypto {
namespace {

class BytesResultTask : public Task {
 public:
  v8::MaybeLocal<v8::Value> Value(v8::Isolate* isolate) override {
    v8::Local<v8::ArrayBuffer> ab;
    if (!TakeArrayBuffer(isolate, std::move(out_)).ToLocal(&ab)) return {};
    return ab;
  }

 protected:
  std::vector<uint8_t> out_;
};

// ---- PBKDF2-HMAC (RFC 8018 section 5.2) on the SHA block functions ----
// OpenSSL 3.0's PKCS5_PBKDF2_HMAC duplicates (allocates and frees) an HMAC context for every
// iteration, which costs more than the two compressions an iteration needs. Here the ipad and opad
// states are computed once; each iteration is then two block transforms over blocks whose padding
// and length are written once, with no allocation. Other digests use PKCS5_PBKDF2_HMAC.

// One SHA family member: its context, block size, and how its state words become digest bytes.
struct Sha1Traits {
  using Ctx = SHA_CTX;
  static constexpr size_t kBlock = 64, kLenBytes = 8;
  static void Init(Ctx* c, size_t) { SHA1_Init(c); }
  static void Update(Ctx* c, const uint8_t* p, size_t n) { SHA1_Update(c, p, n); }
  static void Transform(Ctx* c, const uint8_t* b) { SHA1_Transform(c, b); }
  static void State(const Ctx& c, uint8_t* out, size_t) {
    const SHA_LONG h[5] = {c.h0, c.h1, c.h2, c.h3, c.h4};
    for (int i = 0; i < 5; i++) StoreBE32(h[i], out + 4 * i);
  }
  static void Final(Ctx* c, uint8_t* out, size_t) { SHA1_Final(out, c); }
  static void StoreBE32(uint32_t v, uint8_t* p) {
    p[0] = static_cast<uint8_t>(v >> 24);
    p[1] = static_cast<uint8_t>(v >> 16);
    p[2] = static_cast<uint8_t>(v >> 8);
    p[3] = static_cast<uint8_t>(v);
  }
};

struct Sha256Traits {  // SHA-256 and SHA-224 (mdlen 28)
  using Ctx = SHA256_CTX;
  static constexpr size_t kBlock = 64, kLenBytes = 8;
  static void Init(Ctx* c, size_t mdlen) { mdlen == 28 ? SHA224_Init(c) : SHA256_Init(c); }
  static void Update(Ctx* c, const uint8_t* p, size_t n) { SHA256_Update(c, p, n); }
  static void Transform(Ctx* c, const uint8_t* b) { SHA256_Transform(c, b); }
  static void State(const Ctx& c, uint8_t* out, size_t mdlen) {
    for (size_t i = 0; i < mdlen / 4; i++) Sha1Traits::StoreBE32(c.h[i], out + 4 * i);
  }
  static void Final(Ctx* c, uint8_t* out, size_t mdlen) {
    mdlen == 28 ? SHA224_Final(out, c) : SHA256_Final(out, c);
  }
};

struct Sha512Traits {  // SHA-512 and SHA-384 (mdlen 48)
  using Ctx = SHA512_CTX;
  static constexpr size_t kBlock = 128, kLenBytes = 16;
  static void Init(Ctx* c, size_t mdlen) { mdlen == 48 ? SHA384_Init(c) : SHA512_Init(c); }
  static void Update(Ctx* c, const uint8_t* p, size_t n) { SHA512_Update(c, p, n); }
  static void Transform(Ctx* c, const uint8_t* b) { SHA512_Transform(c, b); }
  static void State(const Ctx& c, uint8_t* out, size_t mdlen) {
    for (size_t i = 0; i < mdlen / 8; i++) {
      Sha1Traits::StoreBE32(static_cast<uint32_t>(c.h[i] >> 32), out + 8 * i);
      Sha1Traits::StoreBE32(static_cast<uint32_t>(c.h[i]), out + 8 * i + 4);
    }
  }
  static void Final(Ctx* c, uint8_t* out, size_t mdlen) {
    mdlen == 48 ? SHA384_Final(out, c) : SHA512_Final(out, c);
  }
};

template <typename T>
void Pbkdf2Sha(const uint8_t* pass, size_t passlen, const uint8_t* salt, size_t saltlen,
               uint64_t iter, size_t mdlen, uint8_t* out, size_t outlen) {
  constexpr size_t B = T::kBlock;
  typename T::Ctx ictx, octx, c;
  // HMAC key: hashed when longer than a block, zero-padded to a block.
  uint8_t key[B] = {0};
  if (passlen > B) {
    T::Init(&c, mdlen);
    T::Update(&c, pass, passlen);
    T::Final(&c, key, mdlen);
  } else if (passlen > 0) {
    memcpy(key, pass, passlen);
  }
  uint8_t pad[B];
  for (size_t i = 0; i < B; i++) pad[i] = key[i] ^ 0x36;
  T::Init(&ictx, mdlen);
  T::Update(&ictx, pad, B);
  for (size_t i = 0; i < B; i++) pad[i] = key[i] ^ 0x5c;
  T::Init(&octx, mdlen);
  T::Update(&octx, pad, B);
  OPENSSL_cleanse(key, B);
  OPENSSL_cleanse(pad, B);
  // The second block of an inner or outer hash of a digest-sized message: the message, 0x80, zeros,
  // and the big-endian bit length of ipad/opad block + message.
  uint8_t block[2][B];
  for (auto& b : block) {
    memset(b, 0, B);
    b[mdlen] = 0x80;
    uint64_t bits = static_cast<uint64_t>(B + mdlen) * 8;
    for (size_t i = 0; i < 8; i++) b[B - 1 - i] = static_cast<uint8_t>(bits >> (8 * i));
  }
  uint8_t* u = block[0];      // U_j, the inner hash's message
  uint8_t* inner = block[1];  // H(ipad || U_j), the outer hash's message
  uint8_t t[EVP_MAX_MD_SIZE];
  for (uint32_t index = 1; outlen > 0; index++) {
    const uint8_t be[4] = {static_cast<uint8_t>(index >> 24), static_cast<uint8_t>(index >> 16),
                           static_cast<uint8_t>(index >> 8), static_cast<uint8_t>(index)};
    c = ictx;
    T::Update(&c, salt, saltlen);
    T::Update(&c, be, 4);
    T::Final(&c, inner, mdlen);
    c = octx;
    T::Update(&c, inner, mdlen);
    T::Final(&c, u, mdlen);
    memcpy(t, u, mdlen);
    for (uint64_t j = 1; j < iter; j++) {
      c = ictx;
      T::Transform(&c, u);
      T::State(c, inner, mdlen);
      c = octx;
      T::Transform(&c, inner);
      T::State(c, u, mdlen);
      for (size_t k = 0; k < mdlen; k++) t[k] ^= u[k];
    }
    size_t n = outlen < mdlen ? outlen : mdlen;
    memcpy(out, t, n);
    out += n;
    outlen -= n;
  }
  OPENSSL_cleanse(block, sizeof(block));
  OPENSSL_cleanse(t, sizeof(t));
  OPENSSL_cleanse(&ictx, sizeof(ictx));
  OPENSSL_cleanse(&octx, sizeof(octx));
  OPENSSL_cleanse(&c, sizeof(c));
}

// False when `md` is not one of the digests handled above.
bool FastPbkdf2(const EVP_MD* md, const std::vector<uint8_t>& pass,
                const std::vector<uint8_t>& salt, int iter, std::vector<uint8_t>* out) {
  void (*derive)(const uint8_t*, size_t, const uint8_t*, size_t, uint64_t, size_t, uint8_t*, size_t);
  size_t mdlen;
  switch (EVP_MD_get_type(md)) {
    case NID_sha1: derive = Pbkdf2Sha<Sha1Traits>, mdlen = 20; break;
    case NID_sha224: derive = Pbkdf2Sha<Sha256Traits>, mdlen = 28; break;
    case NID_sha256: derive = Pbkdf2Sha<Sha256Traits>, mdlen = 32; break;
    case NID_sha384: derive = Pbkdf2Sha<Sha512Traits>, mdlen = 48; break;
    case NID_sha512: derive = Pbkdf2Sha<Sha512Traits>, mdlen = 64; break;
    default: return false;
  }
  derive(pass.data(), pass.size(), salt.data(), salt.size(), iter, mdlen, out->data(), out->size());
  return true;
}

class Pbkdf2Task : public BytesResultTask {
 public:
  Pbkdf2Task(std::vector<uint8_t> pass, std::vector<uint8_t> salt, int iter, size_t keylen,
             const EVP_MD* md)
      : pass_(std::move(pass)), salt_(std::move(salt)), iter_(iter), md_(md) {
    out_.resize(keylen);
  }
  void Run() override {
    if (out_.empty()) return Fail(nullptr, "Deriving bits failed");
    if (FastPbkdf2(md_, pass_, salt_, iter_, &out_)) return;
    if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(pass_.data()),
                          static_cast<int>(pass_.size()), salt_.data(),
                          static_cast<int>(salt_.size()), iter_, md_,
                          static_cast<int>(out_.size()), out_.data()) != 1) {
      ERR_clear_error();
      Fail(nullptr, "Deriving bits failed");
    }
  }

 private:
  std::vector<uint8_t> pass_, salt_;
  int iter_;
  const EVP_MD* md_;
};

// pbkdf2(job, password, salt, iterations, keylen, digest): undefined for an unknown digest.
void Pbkdf2(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  const EVP_MD* md = FindDigest(Utf8(isolate, info[5]).str());
  if (md == nullptr) return;
  std::vector<uint8_t> pass, salt;
  if (!CopyBytes(isolate, info[1], &pass) || !CopyBytes(isolate, info[2], &salt))
    return ThrowTypeError(isolate, "bytes expected");
  int iter = static_cast<int>(info[3].As<v8::Number>()->Value());
  size_t keylen = static_cast<size_t>(info[4].As<v8::Number>()->Value());
  RunTask(info, info[0],
          std::make_unique<Pbkdf2Task>(std::move(pass), std::move(salt), iter, keylen, md));
}

class ScryptTask : public BytesResultTask {
 public:
  ScryptTask(std::vector<uint8_t> pass, std::vector<uint8_t> salt, size_t keylen, uint64_t N,
             uint64_t r, uint64_t p, uint64_t maxmem)
      : pass_(std::move(pass)), salt_(std::move(salt)), N_(N), r_(r), p_(p), maxmem_(maxmem) {
    out_.resize(keylen);
  }
  void Run() override {
    if (out_.empty()) return;
    if (EVP_PBE_scrypt(reinterpret_cast<const char*>(pass_.data()), pass_.size(), salt_.data(),
                       salt_.size(), N_, r_, p_, maxmem_, out_.data(), out_.size()) != 1) {
      FailOpenSSL("Invalid scrypt params");
    }
  }

 private:
  std::vector<uint8_t> pass_, salt_;
  uint64_t N_, r_, p_, maxmem_;
};

uint64_t U64(v8::Local<v8::Value> v) {
  return v->IsNumber() ? static_cast<uint64_t>(v.As<v8::Number>()->Value()) : 0;
}

// scryptCheck(N, r, p, maxmem): undefined when valid, else the OpenSSL error (an Error).
void ScryptCheck(const Info& info) {
  if (EVP_PBE_scrypt(nullptr, 0, nullptr, 0, U64(info[0]), U64(info[1]), U64(info[2]),
                     U64(info[3]), nullptr, 0) == 1)
    return;
  unsigned long err = ERR_get_error();
  ERR_clear_error();
  if (err == 0) return info.GetReturnValue().Set(v8::Null(info.GetIsolate()));
  info.GetReturnValue().Set(OpenSSLError(info.GetIsolate(), err, nullptr));
}

// scrypt(job, password, salt, keylen, N, r, p, maxmem)
void Scrypt(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::vector<uint8_t> pass, salt;
  if (!CopyBytes(isolate, info[1], &pass) || !CopyBytes(isolate, info[2], &salt))
    return ThrowTypeError(isolate, "bytes expected");
  RunTask(info, info[0],
          std::make_unique<ScryptTask>(std::move(pass), std::move(salt), U64(info[3]), U64(info[4]),
                                       U64(info[5]), U64(info[6]), U64(info[7])));
}

class HkdfTask : public BytesResultTask {
 public:
  HkdfTask(const EVP_MD* md, std::vector<uint8_t> key, std::vector<uint8_t> salt,
           std::vector<uint8_t> info, size_t len)
      : md_(md), key_(std::move(key)), salt_(std::move(salt)), info_(std::move(info)) {
    out_.resize(len);
  }
  void Run() override {
    if (out_.empty()) return Fail(nullptr, "Deriving bits failed");
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX* ctx = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
    EVP_KDF_free(kdf);
    std::string mdname = EVP_MD_get0_name(md_);
    static uint8_t zero_salt[EVP_MAX_MD_SIZE] = {0};
    // An empty key is valid for HKDF; OpenSSL's provider rejects a zero-length key, so an empty key
    // goes through the extract step by hand (HMAC with the salt over nothing).
    std::vector<uint8_t> prk;
    OSSL_PARAM params[6];
    int i = 0;
    params[i++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, mdname.data(), 0);
    int mode = EVP_KDF_HKDF_MODE_EXTRACT_AND_EXPAND;
    if (key_.empty()) {
      size_t mdlen = EVP_MD_get_size(md_);
      prk.resize(mdlen);
      unsigned int n = 0;
      const uint8_t* s = salt_.empty() ? zero_salt : salt_.data();
      size_t slen = salt_.empty() ? mdlen : salt_.size();
      if (HMAC(md_, s, static_cast<int>(slen), nullptr, 0, prk.data(), &n) == nullptr) {
        EVP_KDF_CTX_free(ctx);
        ERR_clear_error();
        return Fail(nullptr, "Deriving bits failed");
      }
      mode = EVP_KDF_HKDF_MODE_EXPAND_ONLY;
      params[i++] = OSSL_PARAM_construct_int(OSSL_KDF_PARAM_MODE, &mode);
      params[i++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, prk.data(), prk.size());
    } else {
      params[i++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, key_.data(), key_.size());
      params[i++] = OSSL_PARAM_construct_octet_string(
          OSSL_KDF_PARAM_SALT, salt_.empty() ? zero_salt : salt_.data(), salt_.size());
    }
    if (!info_.empty())
      params[i++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info_.data(), info_.size());
    params[i++] = OSSL_PARAM_construct_end();
    if (ctx == nullptr || EVP_KDF_derive(ctx, out_.data(), out_.size(), params) != 1) {
      EVP_KDF_CTX_free(ctx);
      ERR_clear_error();  // node reports no OpenSSL detail
      return Fail(nullptr, "Deriving bits failed");
    }
    EVP_KDF_CTX_free(ctx);
  }

 private:
  const EVP_MD* md_;
  std::vector<uint8_t> key_, salt_, info_;
};

// hkdf(job, digest, key, salt, info, length): undefined for an unknown digest.
void Hkdf(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  const EVP_MD* md = FindDigest(Utf8(isolate, info[1]).str());
  if (md == nullptr) return;
  std::vector<uint8_t> key, salt, inf;
  if (!CopyBytes(isolate, info[2], &key) || !CopyBytes(isolate, info[3], &salt) ||
      !CopyBytes(isolate, info[4], &inf))
    return ThrowTypeError(isolate, "bytes expected");
  size_t len = static_cast<size_t>(info[5].As<v8::Number>()->Value());
  RunTask(info, info[0],
          std::make_unique<HkdfTask>(md, std::move(key), std::move(salt), std::move(inf), len));
}

}  // namespace

void InitKdf(Binding& b) {
  b.Method("pbkdf2", Pbkdf2, 6);
  b.Method("scrypt", Scrypt, 8);
  b.Method("scryptCheck", ScryptCheck, 4);
  b.Method("hkdf", Hkdf, 6);
}

}  // namespace nodus::crypto

// Key derivation: pbkdf2, scrypt, hkdf (each sync or on the threadpool through RunTask).
#include <openssl/core_names.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

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

class Pbkdf2Task : public BytesResultTask {
 public:
  Pbkdf2Task(std::vector<uint8_t> pass, std::vector<uint8_t> salt, int iter, size_t keylen,
             const EVP_MD* md)
      : pass_(std::move(pass)), salt_(std::move(salt)), iter_(iter), md_(md) {
    out_.resize(keylen);
  }
  void Run() override {
    if (out_.empty()) return Fail(nullptr, "Deriving bits failed");
    if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(pass_.data()),
                          static_cast<int>(pass_.size()), salt_.data(),
                          static_cast<int>(salt_.size()), iter_, md_,
                          static_cast<int>(out_.size()), out_.data()) != 1) {
      ERR_clear_error();
      Fail("ERR_CRYPTO_PBKDF2_ERROR", "PBKDF2 error");
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
        return FailOpenSSL("HKDF failed");
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
      return FailOpenSSL("HKDF failed");
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

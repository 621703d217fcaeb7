// Hash and Hmac objects (createHash/createHmac) and the one-shot crypto.hash().
#include <openssl/core_names.h>
#include <openssl/params.h>

#include <cstring>

#include "bindings/crypto_util.h"
#include "runtime/realm.h"

namespace nodus::crypto {
namespace {

constexpr char kHex[] = "0123456789abcdef";

// Encodes a digest result: 'hex' and 'latin1' as strings here, anything else as an ArrayBuffer
// (JS turns it into a Buffer or another encoding).
void ReturnDigest(const Info& info, v8::Local<v8::Value> enc, const uint8_t* md, size_t n) {
  v8::Isolate* isolate = info.GetIsolate();
  if (enc->IsString()) {
    Utf8 e(isolate, enc);
    if (e.view() == "hex") {
      std::string out(n * 2, '\0');
      for (size_t i = 0; i < n; i++) {
        out[2 * i] = kHex[md[i] >> 4];
        out[2 * i + 1] = kHex[md[i] & 15];
      }
      v8::Local<v8::String> s;
      if (v8::String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(out.data()),
                                     v8::NewStringType::kNormal, static_cast<int>(out.size()))
              .ToLocal(&s))
        info.GetReturnValue().Set(s);
      return;
    }
    if (e.view() == "latin1" || e.view() == "binary") {
      v8::Local<v8::String> s;
      if (v8::String::NewFromOneByte(isolate, md, v8::NewStringType::kNormal, static_cast<int>(n))
              .ToLocal(&s))
        info.GetReturnValue().Set(s);
      return;
    }
  }
  v8::Local<v8::ArrayBuffer> ab;
  if (NewArrayBuffer(isolate, md, n).ToLocal(&ab)) info.GetReturnValue().Set(ab);
}

// Feeds data (a view, or a string in utf8/latin1 chosen by `latin1`) to `fn`.
template <typename F>
bool WithData(v8::Isolate* isolate, v8::Local<v8::Value> data, bool latin1, F fn) {
  if (data->IsString()) {
    v8::Local<v8::String> s = data.As<v8::String>();
    std::string buf;
    if (latin1) {
      buf.resize(s->Length());
      s->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(buf.data()), 0, s->Length(),
                      v8::String::NO_NULL_TERMINATION);
    } else {
      size_t n = s->Utf8Length(isolate);
      buf.resize(n);
      s->WriteUtf8(isolate, buf.data(), static_cast<int>(n), nullptr,
                   v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    }
    return fn(reinterpret_cast<const uint8_t*>(buf.data()), buf.size());
  }
  Bytes b = GetBytes(data);
  if (!b.ok) return false;
  return fn(b.data, b.size);
}

bool IsLatin1(v8::Isolate* isolate, v8::Local<v8::Value> enc) {
  if (!enc->IsString()) return false;
  Utf8 e(isolate, enc);
  return e.view() == "latin1" || e.view() == "binary";
}

class Hash : public BaseObject {
 public:
  Hash(Realm* realm, v8::Local<v8::Object> obj) : BaseObject(realm, obj) {}
  ~Hash() override { EVP_MD_CTX_free(ctx_); }

  // new Hash(algorithm | Hash, outputLength?)
  static void New(const Info& info) {
    v8::Isolate* isolate = info.GetIsolate();
    if (!info.IsConstructCall()) return ThrowTypeError(isolate, "Illegal constructor");
    Hash* src = info[0]->IsObject() ? Unwrap<Hash>(info[0]) : nullptr;
    const EVP_MD* md = nullptr;
    if (src != nullptr) {
      md = src->md_;
    } else {
      Utf8 name(isolate, info[0]);
      md = FindDigest(name.str());
    }
    if (md == nullptr) return ThrowError(isolate, "Digest method not supported");
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    bool ok = ctx != nullptr;
    if (ok) ok = src ? EVP_MD_CTX_copy_ex(ctx, src->ctx_) == 1 : EVP_DigestInit_ex(ctx, md, nullptr) == 1;
    if (!ok) {
      EVP_MD_CTX_free(ctx);
      return ThrowOpenSSLError(isolate, "Digest method not supported");
    }
    size_t len = EVP_MD_get_size(md);
    bool xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
    if (info[1]->IsNumber()) {
      double want = info[1].As<v8::Number>()->Value();
      if (want != static_cast<double>(len)) {
        if (!xof) {
          EVP_MD_CTX_free(ctx);
          ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
          return ThrowOpenSSLError(isolate, "Invalid XOF digest length");
        }
        len = static_cast<size_t>(want);
      }
    }
    Hash* h = new Hash(Realm::From(info), info.This());
    h->ctx_ = ctx;
    h->md_ = md;
    h->len_ = len;
    h->xof_ = xof;
  }

  static void Update(const Info& info) {
    NODUS_UNWRAP(h, Hash, info.This());
    bool ok = WithData(info.GetIsolate(), info[0], IsLatin1(info.GetIsolate(), info[1]),
                       [h](const uint8_t* p, size_t n) {
                         return EVP_DigestUpdate(h->ctx_, p, n) == 1;
                       });
    info.GetReturnValue().Set(ok);
  }

  static void Digest(const Info& info) {
    NODUS_UNWRAP(h, Hash, info.This());
    std::vector<uint8_t> out(h->len_);
    bool ok;
    if (h->xof_ && h->len_ == 0) {
      ok = true;
    } else if (h->xof_) {
      ok = EVP_DigestFinalXOF(h->ctx_, out.data(), out.size()) == 1;
    } else {
      unsigned int n = 0;
      ok = EVP_DigestFinal_ex(h->ctx_, out.data(), &n) == 1;
      out.resize(n);
    }
    if (!ok) return ThrowOpenSSLError(info.GetIsolate(), "Digest failed");
    ReturnDigest(info, info[0], out.data(), out.size());
  }

 private:
  EVP_MD_CTX* ctx_ = nullptr;
  const EVP_MD* md_ = nullptr;
  size_t len_ = 0;
  bool xof_ = false;
};

EVP_MAC* HmacAlgorithm() {
  static EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  return mac;
}

class Hmac : public BaseObject {
 public:
  Hmac(Realm* realm, v8::Local<v8::Object> obj) : BaseObject(realm, obj) {}
  ~Hmac() override { EVP_MAC_CTX_free(ctx_); }

  static void New(const Info& info) {
    if (!info.IsConstructCall()) return ThrowTypeError(info.GetIsolate(), "Illegal constructor");
    new Hmac(Realm::From(info), info.This());
  }

  // init(digest, keyBytes): false when the digest is unknown.
  static void Init(const Info& info) {
    NODUS_UNWRAP(h, Hmac, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    Utf8 name(isolate, info[0]);
    const EVP_MD* md = FindDigest(name.str());
    if (md == nullptr || HmacAlgorithm() == nullptr) return info.GetReturnValue().Set(false);
    Bytes key = GetBytes(info[1]);
    EVP_MAC_CTX_free(h->ctx_);
    h->ctx_ = EVP_MAC_CTX_new(HmacAlgorithm());
    std::string mdname = EVP_MD_get0_name(md);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, mdname.data(), 0),
        OSSL_PARAM_construct_end()};
    static const uint8_t kEmpty[1] = {0};
    if (h->ctx_ == nullptr ||
        EVP_MAC_init(h->ctx_, key.size ? key.data : kEmpty, key.size, params) != 1) {
      ERR_clear_error();
      return info.GetReturnValue().Set(false);
    }
    info.GetReturnValue().Set(true);
  }

  static void Update(const Info& info) {
    NODUS_UNWRAP(h, Hmac, info.This());
    if (h->ctx_ == nullptr) return info.GetReturnValue().Set(false);
    bool ok = WithData(info.GetIsolate(), info[0], IsLatin1(info.GetIsolate(), info[1]),
                       [h](const uint8_t* p, size_t n) {
                         return EVP_MAC_update(h->ctx_, p, n) == 1;
                       });
    info.GetReturnValue().Set(ok);
  }

  static void Digest(const Info& info) {
    NODUS_UNWRAP(h, Hmac, info.This());
    uint8_t out[EVP_MAX_MD_SIZE];
    size_t n = 0;
    if (h->ctx_ != nullptr && EVP_MAC_final(h->ctx_, out, &n, sizeof(out)) != 1) {
      return ThrowOpenSSLError(info.GetIsolate(), "HMAC failed");
    }
    EVP_MAC_CTX_free(h->ctx_);
    h->ctx_ = nullptr;
    ReturnDigest(info, info[0], out, n);
  }

 private:
  EVP_MAC_CTX* ctx_ = nullptr;
};

// oneShotDigest(algorithm, data, outputEncoding, outputLength?): undefined for an unknown algorithm.
void OneShotDigest(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Utf8 name(isolate, info[0]);
  const EVP_MD* md = FindDigest(name.str());
  if (md == nullptr) return;
  uint8_t out[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  bool xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
  std::vector<uint8_t> xout;
  bool ok = WithData(isolate, info[1], false, [&](const uint8_t* p, size_t len) {
    if (xof) {
      xout.resize(EVP_MD_get_size(md));
      EVP_MD_CTX* ctx = EVP_MD_CTX_new();
      bool r = ctx && EVP_DigestInit_ex(ctx, md, nullptr) == 1 &&
               EVP_DigestUpdate(ctx, p, len) == 1 &&
               EVP_DigestFinalXOF(ctx, xout.data(), xout.size()) == 1;
      EVP_MD_CTX_free(ctx);
      return r;
    }
    // One context per thread, reused: EVP_Digest would allocate and free one per call.
    thread_local std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(),
                                                                        EVP_MD_CTX_free);
    if (!ctx) return false;
    return EVP_DigestInit_ex(ctx.get(), md, nullptr) == 1 &&
           EVP_DigestUpdate(ctx.get(), p, len) == 1 &&
           EVP_DigestFinal_ex(ctx.get(), out, &n) == 1;
  });
  if (!ok) return ThrowOpenSSLError(isolate, "Digest failed");
  if (xof) return ReturnDigest(info, info[2], xout.data(), xout.size());
  ReturnDigest(info, info[2], out, n);
}

}  // namespace

void InitHash(Binding& b) {
  v8::Local<v8::FunctionTemplate> hash = b.Class("Hash", Hash::New);
  b.ProtoMethod(hash, "update", Hash::Update, 2);
  b.ProtoMethod(hash, "digest", Hash::Digest, 1);
  b.Install("Hash", hash);
  v8::Local<v8::FunctionTemplate> hmac = b.Class("Hmac", Hmac::New);
  b.ProtoMethod(hmac, "init", Hmac::Init, 2);
  b.ProtoMethod(hmac, "update", Hmac::Update, 2);
  b.ProtoMethod(hmac, "digest", Hmac::Digest, 1);
  b.Install("Hmac", hmac);
  b.Method("oneShotDigest", OneShotDigest, 3);
}

}  // namespace nodus::crypto

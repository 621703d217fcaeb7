// Hash and Hmac objects (createHash/createHmac) and the one-shot crypto.hash().
#include <openssl/core_names.h>
#include <openssl/params.h>

#include <cstring>
#include <optional>
#include <string_view>

#include "bindings/crypto_util.h"
#include "runtime/realm.h"

namespace nodus::crypto {
namespace {

constexpr char kHex[] = "0123456789abcdef";

// A short string of ASCII characters (digest and encoding names), copied into `buf` without
// allocating; nullopt for anything else.
std::optional<std::string_view> ShortAscii(v8::Isolate* isolate, v8::Local<v8::Value> value,
                                           char (&buf)[32]) {
  if (!value->IsString()) return std::nullopt;
  v8::Local<v8::String> s = value.As<v8::String>();
  int n = s->Length();
  if (n >= static_cast<int>(sizeof(buf)) || !s->IsOneByte()) return std::nullopt;
  s->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(buf), 0, n, v8::String::NO_NULL_TERMINATION);
  for (int i = 0; i < n; i++) {
    if (static_cast<uint8_t>(buf[i]) >= 0x80) return std::nullopt;
  }
  return std::string_view(buf, n);
}

// FindDigest for a JS name; the last name looked up on this thread is remembered.
const EVP_MD* DigestByName(v8::Isolate* isolate, v8::Local<v8::Value> name) {
  char buf[32];
  std::optional<std::string_view> ascii = ShortAscii(isolate, name, buf);
  if (!ascii) return FindDigest(Utf8(isolate, name).str());
  thread_local std::string last;
  thread_local const EVP_MD* last_md = nullptr;
  if (last_md != nullptr && *ascii == last) return last_md;
  const EVP_MD* md = FindDigest(std::string(*ascii));
  if (md != nullptr) {
    last.assign(ascii->data(), ascii->size());
    last_md = md;
  }
  return md;
}

enum class OutputEncoding { kBuffer, kHex, kLatin1 };

OutputEncoding GetOutputEncoding(v8::Isolate* isolate, v8::Local<v8::Value> enc) {
  if (!enc->IsString()) return OutputEncoding::kBuffer;
  char buf[32];
  std::optional<std::string_view> e = ShortAscii(isolate, enc, buf);
  if (!e) return OutputEncoding::kBuffer;
  if (*e == "hex") return OutputEncoding::kHex;
  if (*e == "latin1" || *e == "binary") return OutputEncoding::kLatin1;
  return OutputEncoding::kBuffer;
}

// Encodes a digest result: 'hex' and 'latin1' as strings here, anything else as an ArrayBuffer
// (JS turns it into a Buffer or another encoding).
void ReturnDigest(const Info& info, v8::Local<v8::Value> enc, const uint8_t* md, size_t n) {
  v8::Isolate* isolate = info.GetIsolate();
  switch (GetOutputEncoding(isolate, enc)) {
    case OutputEncoding::kHex: {
      uint8_t stack[2 * EVP_MAX_MD_SIZE];
      std::unique_ptr<uint8_t[]> heap;
      uint8_t* out = stack;
      if (n > EVP_MAX_MD_SIZE) {  // long XOF outputs
        heap.reset(new uint8_t[2 * n]);
        out = heap.get();
      }
      for (size_t i = 0; i < n; i++) {
        out[2 * i] = kHex[md[i] >> 4];
        out[2 * i + 1] = kHex[md[i] & 15];
      }
      v8::Local<v8::String> s;
      if (v8::String::NewFromOneByte(isolate, out, v8::NewStringType::kNormal,
                                     static_cast<int>(2 * n))
              .ToLocal(&s))
        info.GetReturnValue().Set(s);
      return;
    }
    case OutputEncoding::kLatin1: {
      v8::Local<v8::String> s;
      if (v8::String::NewFromOneByte(isolate, md, v8::NewStringType::kNormal, static_cast<int>(n))
              .ToLocal(&s))
        info.GetReturnValue().Set(s);
      return;
    }
    case OutputEncoding::kBuffer:
      break;
  }
  v8::Local<v8::ArrayBuffer> ab;
  if (NewArrayBuffer(isolate, md, n).ToLocal(&ab)) info.GetReturnValue().Set(ab);
}

// Passes a string's bytes (UTF-8, or Latin-1 when `latin1`) to `fn`. Strings stored one byte per
// character are read with WriteOneByte (short ones into a stack buffer) and widened to UTF-8 here:
// V8's UTF-8 writer costs more than the hash of a short string.
template <typename F>
bool WithString(v8::Isolate* isolate, v8::Local<v8::String> s, bool latin1, F fn) {
  const size_t len = s->Length();
  if (latin1 || s->IsOneByte()) {
    // The characters land in the upper half of a 2*len buffer and are widened in place from the
    // start (the write position never passes the read position).
    uint8_t stack[512];
    std::unique_ptr<uint8_t[]> heap;
    uint8_t* buf = stack;
    if (2 * len > sizeof(stack)) {
      heap.reset(new uint8_t[2 * len]);
      buf = heap.get();
    }
    uint8_t* chars = buf + len;
    s->WriteOneByte(isolate, chars, 0, static_cast<int>(len), v8::String::NO_NULL_TERMINATION);
    if (latin1) return fn(chars, len);
    uint8_t high = 0;
    for (size_t i = 0; i < len; i++) high |= chars[i];
    if (high < 0x80) return fn(chars, len);
    size_t w = 0;
    for (size_t i = 0; i < len; i++) {
      uint8_t c = chars[i];
      if (c < 0x80) {
        buf[w++] = c;
      } else {
        buf[w++] = static_cast<uint8_t>(0xc0 | (c >> 6));
        buf[w++] = static_cast<uint8_t>(0x80 | (c & 0x3f));
      }
    }
    return fn(buf, w);
  }
  std::string buf(s->Utf8Length(isolate), '\0');
  s->WriteUtf8(isolate, buf.data(), static_cast<int>(buf.size()), nullptr,
               v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  return fn(reinterpret_cast<const uint8_t*>(buf.data()), buf.size());
}

// Feeds data (a view, or a string in utf8/latin1 chosen by `latin1`) to `fn`.
template <typename F>
bool WithData(v8::Isolate* isolate, v8::Local<v8::Value> data, bool latin1, F fn) {
  if (data->IsString()) return WithString(isolate, data.As<v8::String>(), latin1, fn);
  Bytes b = GetBytes(data);
  if (!b.ok) return false;
  return fn(b.data, b.size);
}

bool IsLatin1(v8::Isolate* isolate, v8::Local<v8::Value> enc) {
  return GetOutputEncoding(isolate, enc) == OutputEncoding::kLatin1;
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
      md = DigestByName(isolate, info[0]);
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

  // init(digest, keyBytes): false when the digest is unknown, 'xof' for an XOF digest (which
  // HMAC cannot use).
  static void Init(const Info& info) {
    NODUS_UNWRAP(h, Hmac, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    const EVP_MD* md = DigestByName(isolate, info[0]);
    if (md == nullptr || HmacAlgorithm() == nullptr) return info.GetReturnValue().Set(false);
    if (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) return info.GetReturnValue().Set(Str(isolate, "xof"));
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
  const EVP_MD* md = DigestByName(isolate, info[0]);
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
  // isXofDigest(name): whether the digest is known and extendable-output (shake128/256).
  b.Method("isXofDigest", [](const Info& info) {
    const EVP_MD* md = DigestByName(info.GetIsolate(), info[0]);
    info.GetReturnValue().Set(md != nullptr && (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0);
  }, 1);
}

}  // namespace nodus::crypto

// internalBinding('crypto'): node:crypto on OpenSSL 3. This file holds the shared helpers
// (crypto_util.h), the job runner, the algorithm lists and small utilities; hashes, randomness,
// KDFs, ciphers and keys live in crypto_*.cc.
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/objects.h>
#include <openssl/provider.h>
#include <openssl/provider.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>
#include <openssl/dh.h>
#include <openssl/engine.h>
#include <uv.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <mutex>
#include <set>
#include <unordered_map>

#include "bindings/crypto_util.h"
#include "runtime/callback.h"
#include "runtime/realm.h"

namespace nodus::crypto {

Bytes GetBytes(v8::Local<v8::Value> value) {
  Bytes b;
  if (value->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    b.size = view->ByteLength();
    void* base = b.size ? view->Buffer()->Data() : nullptr;
    b.data = static_cast<const uint8_t*>(base) + view->ByteOffset();
    if (b.size == 0 || base == nullptr) b.data = reinterpret_cast<const uint8_t*>("");
    b.ok = true;
  } else if (value->IsArrayBuffer()) {
    v8::Local<v8::ArrayBuffer> ab = value.As<v8::ArrayBuffer>();
    b.data = static_cast<const uint8_t*>(ab->Data());
    b.size = ab->ByteLength();
    if (b.size == 0 || b.data == nullptr) b.data = reinterpret_cast<const uint8_t*>("");
    b.ok = true;
  } else if (value->IsSharedArrayBuffer()) {
    v8::Local<v8::SharedArrayBuffer> ab = value.As<v8::SharedArrayBuffer>();
    b.data = static_cast<const uint8_t*>(ab->Data());
    b.size = ab->ByteLength();
    if (b.size == 0 || b.data == nullptr) b.data = reinterpret_cast<const uint8_t*>("");
    b.ok = true;
  }
  return b;
}

bool CopyBytes(v8::Isolate* isolate, v8::Local<v8::Value> value, std::vector<uint8_t>* out) {
  if (value->IsString()) {
    v8::Local<v8::String> s = value.As<v8::String>();
    size_t n = s->Utf8Length(isolate);
    out->resize(n);
    if (n) s->WriteUtf8(isolate, reinterpret_cast<char*>(out->data()), static_cast<int>(n), nullptr,
                      v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    return true;
  }
  Bytes b = GetBytes(value);
  if (!b.ok) return false;
  out->assign(b.data, b.data + b.size);
  return true;
}

v8::MaybeLocal<v8::ArrayBuffer> NewArrayBuffer(v8::Isolate* isolate, const uint8_t* data,
                                               size_t n) {
  if (n == 0) return v8::ArrayBuffer::New(isolate, 0);
  // Copied into fresh memory without zero-filling it first.
  void* copy = malloc(n);
  if (copy == nullptr) return {};
  std::memcpy(copy, data, n);
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      copy, n, [](void* p, size_t, void*) { free(p); }, nullptr);
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

v8::MaybeLocal<v8::ArrayBuffer> TakeArrayBuffer(v8::Isolate* isolate, std::vector<uint8_t>&& data) {
  if (data.empty()) return v8::ArrayBuffer::New(isolate, 0);
  auto* holder = new std::vector<uint8_t>(std::move(data));
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      holder->data(), holder->size(),
      [](void*, size_t, void* deleter_data) {
        delete static_cast<std::vector<uint8_t>*>(deleter_data);
      },
      holder);
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

namespace {
const char* LibPrefix(int lib) {
  switch (lib) {
#define V(name) \
  case ERR_LIB_##name: return #name "_";
    V(SYS) V(BN) V(RSA) V(DH) V(EVP) V(BUF) V(OBJ) V(PEM) V(DSA) V(X509) V(ASN1) V(CONF)
    V(CRYPTO) V(EC) V(SSL) V(BIO) V(PKCS7) V(X509V3) V(PKCS12) V(RAND) V(DSO) V(ENGINE) V(OCSP)
    V(UI) V(COMP) V(ECDSA) V(ECDH) V(OSSL_STORE) V(FIPS) V(CMS) V(TS) V(HMAC) V(CT) V(ASYNC)
    V(KDF) V(SM2) V(USER)
#undef V
    default: return "";
  }
}
}  // namespace

v8::Local<v8::Value> CodedError(v8::Isolate* isolate, const char* code, const std::string& msg,
                                int kind) {
  v8::Local<v8::String> m = Str(isolate, msg);
  v8::Local<v8::Value> e = kind == 1   ? v8::Exception::TypeError(m)
                           : kind == 2 ? v8::Exception::RangeError(m)
                                       : v8::Exception::Error(m);
  if (code && *code && e->IsObject())
    SetProp(isolate->GetCurrentContext(), e.As<v8::Object>(), "code", Str(isolate, code));
  return e;
}

namespace {
// node 22's OpenSSL names TLS alerts "ssl/tls alert ..." where older ones say "sslv3 alert ...".
void NodeAlertNames(std::string* text) {
  static const char kOld[] = "sslv3 alert ";
  for (size_t at = text->find(kOld); at != std::string::npos; at = text->find(kOld, at))
    text->replace(at, sizeof(kOld) - 1, "ssl/tls alert ");
}
}  // namespace

std::string PrintedErrors() {
  std::string text;
  ERR_print_errors_cb(
      [](const char* str, size_t len, void* u) {
        static_cast<std::string*>(u)->append(str, len);
        return 1;
      },
      &text);
  NodeAlertNames(&text);
  return text;
}

v8::Local<v8::Value> OpenSSLError(v8::Isolate* isolate, unsigned long err, const char* fallback,
                                  const std::vector<std::string>* error_stack,
                                  const std::string* message) {
  if (err == 0) return CodedError(isolate, nullptr, fallback ? fallback : "Unknown error");
  char buf[256];
  ERR_error_string_n(err, buf, sizeof(buf));
  std::string text = message ? *message : std::string(buf);
  if (!message) NodeAlertNames(&text);
  v8::Local<v8::Value> e = v8::Exception::Error(Str(isolate, text));
  if (!e->IsObject()) return e;
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Object> obj = e.As<v8::Object>();
  if (error_stack != nullptr && !error_stack->empty()) {
    std::vector<v8::Local<v8::Value>> items;
    for (const std::string& s : *error_stack) items.push_back(Str(isolate, s));
    SetProp(ctx, obj, "opensslErrorStack", v8::Array::New(isolate, items.data(), items.size()));
  }
  if (const char* ls = ERR_lib_error_string(err)) SetProp(ctx, obj, "library", Str(isolate, ls));
  if (const char* rs = ERR_reason_error_string(err)) {
    std::string reason(rs);
    NodeAlertNames(&reason);
    SetProp(ctx, obj, "reason", Str(isolate, reason));
    for (char& c : reason) c = c == ' ' ? '_' : static_cast<char>(std::toupper(c));
    const char* lib = LibPrefix(ERR_GET_LIB(err));
    std::string code = std::strcmp(lib, "SSL_") == 0 ? "ERR_SSL_" : std::string("ERR_OSSL_") + lib;
    SetProp(ctx, obj, "code", Str(isolate, code + reason));
  }
  return e;
}

void ThrowOpenSSLError(v8::Isolate* isolate, const char* fallback) {
  unsigned long err = ERR_get_error();
  ERR_clear_error();
  isolate->ThrowException(OpenSSLError(isolate, err, fallback));
}

void ThrowOpenSSLErrorStack(v8::Isolate* isolate, const char* fallback, bool fallback_message) {
  unsigned long first = fallback_message ? 0 : ERR_peek_error();
  std::vector<std::string> all;
  while (unsigned long e = ERR_get_error()) {
    char buf[256];
    ERR_error_string_n(e, buf, sizeof(buf));
    all.emplace_back(buf);
  }
  std::reverse(all.begin(), all.end());
  if (first == 0) {
    v8::Local<v8::Value> e = v8::Exception::Error(Str(isolate, fallback));
    if (!all.empty() && e->IsObject()) {
      std::vector<v8::Local<v8::Value>> items;
      for (const std::string& s : all) items.push_back(Str(isolate, s));
      SetProp(isolate->GetCurrentContext(), e.As<v8::Object>(), "opensslErrorStack",
              v8::Array::New(isolate, items.data(), items.size()));
    }
    isolate->ThrowException(e);
    return;
  }
  isolate->ThrowException(OpenSSLError(isolate, first, fallback, &all));
}

const EVP_MD* FindDigest(const std::string& name) {
  static std::mutex mu;
  static std::unordered_map<std::string, EVP_MD*>* cache =
      new std::unordered_map<std::string, EVP_MD*>();
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache->find(name);
  if (it != cache->end()) return it->second;
  EVP_MD* md = nullptr;
  const EVP_MD* legacy = EVP_get_digestbyname(name.c_str());
  if (legacy != nullptr) md = EVP_MD_fetch(nullptr, EVP_MD_get0_name(legacy), nullptr);
  if (md == nullptr) md = EVP_MD_fetch(nullptr, name.c_str(), nullptr);
  ERR_clear_error();
  if (md == nullptr && legacy != nullptr) md = const_cast<EVP_MD*>(legacy);
  (*cache)[name] = md;
  return md;
}

// ---- jobs -------------------------------------------------------------------------------------

void Task::FailOpenSSL(const char* fallback) {
  failed_ = true;
  ossl_err_ = ERR_get_error();
  ERR_clear_error();
  if (ossl_err_ == 0) msg_ = fallback ? fallback : "Unknown error";
}

void Task::Finish(v8::Isolate* isolate, v8::Local<v8::Value>* err, v8::Local<v8::Value>* value) {
  if (failed_) {
    *err = ossl_err_ ? OpenSSLError(isolate, ossl_err_, msg_.c_str())
                     : CodedError(isolate, code_.c_str(), msg_, kind_);
    return;
  }
  v8::Local<v8::Value> v;
  if (!Value(isolate).ToLocal(&v)) {
    *err = CodedError(isolate, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
    return;
  }
  *value = v;
}

namespace {
struct JobWork {
  uv_work_t req;
  Realm* realm;
  std::unique_ptr<Task> task;
  v8::Global<v8::Function> callback;
  // The callback's receiver; it carries the async frame of the call (AsyncLocalStorage, domain).
  v8::Global<v8::Object> recv;
};

void AfterJob(uv_work_t* req, int status) {
  std::unique_ptr<JobWork> work(static_cast<JobWork*>(req->data));
  Realm* realm = work->realm;
  v8::Isolate* isolate = realm->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> ctx = realm->context();
  v8::Context::Scope context_scope(ctx);
  v8::Local<v8::Value> err = v8::Undefined(isolate), value = v8::Undefined(isolate);
  work->task->Finish(isolate, &err, &value);
  v8::Local<v8::Value> argv[] = {err->IsUndefined() ? v8::Null(isolate).As<v8::Value>() : err,
                                 value};
  v8::Local<v8::Function> fn = work->callback.Get(isolate);
  MakeCallback(realm, work->recv.Get(isolate), fn, 2, argv);
}
}  // namespace

void RunTask(const Info& info, v8::Local<v8::Value> job, std::unique_ptr<Task> task) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!job->IsFunction()) {
    task->Run();
    v8::Local<v8::Value> err = v8::Undefined(isolate), value = v8::Undefined(isolate);
    task->Finish(isolate, &err, &value);
    if (!err->IsUndefined()) {
      isolate->ThrowException(err);
      return;
    }
    info.GetReturnValue().Set(value);
    return;
  }
  Realm* realm = Realm::From(info);
  auto* work = new JobWork();
  work->req.data = work;
  work->realm = realm;
  work->task = std::move(task);
  work->callback.Reset(isolate, job.As<v8::Function>());
  v8::Local<v8::Object> recv = v8::Object::New(isolate);
  CaptureAsyncFrame(realm, recv);
  work->recv.Reset(isolate, recv);
  int rc = uv_queue_work(
      realm->loop(), &work->req, [](uv_work_t* req) { static_cast<JobWork*>(req->data)->task->Run(); },
      AfterJob);
  if (rc != 0) {
    delete work;
    ThrowError(isolate, "uv_queue_work failed");
  }
}

namespace {
// ---- lists ------------------------------------------------------------------------------------

v8::Local<v8::Array> ToArray(v8::Isolate* isolate, const std::vector<std::string>& names) {
  std::vector<v8::Local<v8::Value>> values;
  values.reserve(names.size());
  for (const std::string& n : names) values.push_back(Str(isolate, n));
  return v8::Array::New(isolate, values.data(), values.size());
}

void GetHashes(const Info& info) {
  static std::vector<std::string>* names = [] {
    auto* out = new std::vector<std::string>();
    std::set<std::string> seen;
    EVP_MD_do_all_sorted(
        [](const EVP_MD* md, const char* from, const char*, void* arg) {
          if (from == nullptr) return;
          auto* seen = static_cast<std::set<std::string>*>(arg);
          EVP_MD* fetched = EVP_MD_fetch(nullptr, from, nullptr);
          if (fetched == nullptr && md != nullptr)
            fetched = EVP_MD_fetch(nullptr, EVP_MD_get0_name(md), nullptr);
          if (fetched == nullptr) {
            const EVP_MD* legacy = EVP_get_digestbyname(from);
            if (legacy) fetched = EVP_MD_fetch(nullptr, EVP_MD_get0_name(legacy), nullptr);
          }
          ERR_clear_error();
          if (fetched == nullptr) return;
          EVP_MD_free(fetched);
          seen->insert(from);
        },
        &seen);
    out->assign(seen.begin(), seen.end());
    return out;
  }();
  info.GetReturnValue().Set(ToArray(info.GetIsolate(), *names));
}

void GetCiphers(const Info& info) {
  static std::vector<std::string>* names = [] {
    auto* out = new std::vector<std::string>();
    EVP_CIPHER_do_all_sorted(
        [](const EVP_CIPHER*, const char* from, const char*, void* arg) {
          if (from == nullptr) return;
          const EVP_CIPHER* real = EVP_get_cipherbyname(from);
          const char* real_name = real ? EVP_CIPHER_get0_name(real) : nullptr;
          EVP_CIPHER* fetched = real_name ? EVP_CIPHER_fetch(nullptr, real_name, nullptr) : nullptr;
          if (fetched == nullptr && real != nullptr) fetched = EVP_CIPHER_fetch(nullptr, from, nullptr);
          if (fetched == nullptr && real != nullptr) {
            // The wrap-pad aliases fetch only under their long names ("AES-128-WRAP-PAD").
            std::string upper(real_name ? real_name : from);
            for (char& ch : upper) ch = static_cast<char>(std::toupper(ch));
            if (upper.rfind("ID-", 0) == 0) upper = upper.substr(3);
            fetched = EVP_CIPHER_fetch(nullptr, upper.c_str(), nullptr);
          }
          ERR_clear_error();
          if (fetched == nullptr) return;
          EVP_CIPHER_free(fetched);
          auto* out = static_cast<std::vector<std::string>*>(arg);
          if (std::find(out->begin(), out->end(), from) == out->end()) out->push_back(from);
        },
        out);
    // Newer OpenSSL 3.0 releases (Node's) also list these aliases; Debian's resolves them by name.
    for (const char* alias : {"aes128-wrap-pad", "aes192-wrap-pad", "aes256-wrap-pad"}) {
      if (EVP_get_cipherbyname(alias) != nullptr &&
          std::find(out->begin(), out->end(), alias) == out->end())
        out->push_back(alias);
    }
    std::sort(out->begin(), out->end());
    return out;
  }();
  info.GetReturnValue().Set(ToArray(info.GetIsolate(), *names));
}

void GetCurves(const Info& info) {
  size_t n = EC_get_builtin_curves(nullptr, 0);
  std::vector<EC_builtin_curve> curves(n);
  EC_get_builtin_curves(curves.data(), n);
  std::vector<std::string> names;
  for (const EC_builtin_curve& c : curves) {
    const char* sn = OBJ_nid2sn(c.nid);
    if (sn) names.push_back(sn);
  }
  std::sort(names.begin(), names.end());
  info.GetReturnValue().Set(ToArray(info.GetIsolate(), names));
}

void TimingSafeEqual(const Info& info) {
  Bytes a = GetBytes(info[0]), b = GetBytes(info[1]);
  info.GetReturnValue().Set(a.ok && b.ok && a.size == b.size &&
                            CRYPTO_memcmp(a.data, b.data, a.size) == 0);
}

void GetFipsCrypto(const Info& info) {
  info.GetReturnValue().Set(EVP_default_properties_is_fips_enabled(nullptr) ? 1 : 0);
}

void TestFipsCrypto(const Info& info) {
  OSSL_PROVIDER* fips = OSSL_PROVIDER_load(nullptr, "fips");
  ERR_clear_error();
  bool ok = fips != nullptr;
  if (fips) OSSL_PROVIDER_unload(fips);
  info.GetReturnValue().Set(ok);
}

void SecureHeapUsed(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Value> values[] = {
      v8::Number::New(isolate, static_cast<double>(CRYPTO_secure_used())),
  };
  info.GetReturnValue().Set(values[0]);
}
}  // namespace

// --openssl-legacy-provider: OpenSSL's legacy algorithms (md4, rc4, des...) beside the default
// ones (loading any provider by name stops the default one from loading by itself).
void LoadLegacyProvider(const v8::FunctionCallbackInfo<v8::Value>& info) {
  bool ok = OSSL_PROVIDER_load(nullptr, "default") != nullptr &&
            OSSL_PROVIDER_load(nullptr, "legacy") != nullptr;
  info.GetReturnValue().Set(ok);
}

void Init(Binding& b) {
  b.Method("loadLegacyProvider", LoadLegacyProvider);
  b.Method("getHashes", GetHashes);
  b.Method("getCiphers", GetCiphers);
  b.Method("getCurves", GetCurves);
  b.Method("timingSafeEqual", TimingSafeEqual, 2);
  b.Method("getFipsCrypto", GetFipsCrypto);
  b.Method("testFipsCrypto", TestFipsCrypto);
  b.Method("secureHeapUsed", SecureHeapUsed);
  InitHash(b);
  InitRandom(b);
  InitKdf(b);
  InitCipher(b);
  InitKeys(b);
  InitX509(b);
  InitDH(b);
  if (b.recording()) return;
  v8::Isolate* isolate = b.isolate();
  v8::Local<v8::Context> ctx = b.context();
  b.Value("opensslVersion", Str(isolate, OpenSSL_version(OPENSSL_VERSION_STRING)));
  v8::Local<v8::Object> c = v8::Object::New(isolate);
  auto num = [&](const char* name, double v) { SetProp(ctx, c, name, v8::Number::New(isolate, v)); };
  num("OPENSSL_VERSION_NUMBER", OPENSSL_VERSION_NUMBER);
#define V(name) num(#name, static_cast<double>(name));
  V(SSL_OP_ALL) V(SSL_OP_ALLOW_NO_DHE_KEX) V(SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION)
  V(SSL_OP_CIPHER_SERVER_PREFERENCE) V(SSL_OP_CISCO_ANYCONNECT) V(SSL_OP_COOKIE_EXCHANGE)
  V(SSL_OP_CRYPTOPRO_TLSEXT_BUG) V(SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS)
  V(SSL_OP_LEGACY_SERVER_CONNECT) V(SSL_OP_NO_COMPRESSION) V(SSL_OP_NO_ENCRYPT_THEN_MAC)
  V(SSL_OP_NO_QUERY_MTU) V(SSL_OP_NO_RENEGOTIATION)
  V(SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION) V(SSL_OP_NO_SSLv2) V(SSL_OP_NO_SSLv3)
  V(SSL_OP_NO_TICKET) V(SSL_OP_NO_TLSv1) V(SSL_OP_NO_TLSv1_1) V(SSL_OP_NO_TLSv1_2)
  V(SSL_OP_NO_TLSv1_3) V(SSL_OP_PRIORITIZE_CHACHA) V(SSL_OP_TLS_ROLLBACK_BUG)
  V(ENGINE_METHOD_RSA) V(ENGINE_METHOD_DSA) V(ENGINE_METHOD_DH) V(ENGINE_METHOD_RAND)
  V(ENGINE_METHOD_EC) V(ENGINE_METHOD_CIPHERS) V(ENGINE_METHOD_DIGESTS)
  V(ENGINE_METHOD_PKEY_METHS) V(ENGINE_METHOD_PKEY_ASN1_METHS) V(ENGINE_METHOD_ALL)
  V(ENGINE_METHOD_NONE) V(DH_CHECK_P_NOT_SAFE_PRIME) V(DH_CHECK_P_NOT_PRIME)
  V(DH_UNABLE_TO_CHECK_GENERATOR) V(DH_NOT_SUITABLE_GENERATOR) V(RSA_PKCS1_PADDING)
  V(RSA_NO_PADDING) V(RSA_PKCS1_OAEP_PADDING) V(RSA_X931_PADDING) V(RSA_PKCS1_PSS_PADDING)
#undef V
  num("RSA_PSS_SALTLEN_DIGEST", -1);
  num("RSA_PSS_SALTLEN_MAX_SIGN", -2);
  num("RSA_PSS_SALTLEN_AUTO", -2);
  const char* kDefaultCiphers =
      "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:"
      "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:"
      "ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:"
      "DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:"
      "ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:"
      "!PSK:!SRP:!CAMELLIA";
  SetProp(ctx, c, "defaultCoreCipherList", Str(isolate, kDefaultCiphers));
  num("TLS1_VERSION", TLS1_VERSION);
  num("TLS1_1_VERSION", TLS1_1_VERSION);
  num("TLS1_2_VERSION", TLS1_2_VERSION);
  num("TLS1_3_VERSION", TLS1_3_VERSION);
  num("POINT_CONVERSION_COMPRESSED", POINT_CONVERSION_COMPRESSED);
  num("POINT_CONVERSION_UNCOMPRESSED", POINT_CONVERSION_UNCOMPRESSED);
  num("POINT_CONVERSION_HYBRID", POINT_CONVERSION_HYBRID);
  SetProp(ctx, c, "defaultCipherList", Str(isolate, kDefaultCiphers));
  b.Value("constants", c);
}

}  // namespace nodus::crypto

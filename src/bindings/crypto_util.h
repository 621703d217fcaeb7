// Shared pieces of internalBinding('crypto') (crypto*.cc): byte views of JS values, result buffers,
// OpenSSL errors as Node shapes them, and the job runner that runs a task inline (sync API) or on
// the uv threadpool (async API, completion through MakeCallback).
#pragma once
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/binding.h"
#include "base/base_object.h"

namespace nodus::crypto {
using Info = v8::FunctionCallbackInfo<v8::Value>;

// A view of an ArrayBufferView or ArrayBuffer's bytes (empty for other values).
struct Bytes {
  const uint8_t* data = nullptr;
  size_t size = 0;
  bool ok = false;
};
Bytes GetBytes(v8::Local<v8::Value> value);
// Copies a view, an ArrayBuffer or a string (UTF-8) into `out`; false for other types.
bool CopyBytes(v8::Isolate* isolate, v8::Local<v8::Value> value, std::vector<uint8_t>* out);

// A fresh ArrayBuffer holding a copy of `n` bytes (JS wraps it in a Buffer).
v8::MaybeLocal<v8::ArrayBuffer> NewArrayBuffer(v8::Isolate* isolate, const uint8_t* data, size_t n);
// A fresh ArrayBuffer that takes `data`'s bytes without copying.
v8::MaybeLocal<v8::ArrayBuffer> TakeArrayBuffer(v8::Isolate* isolate, std::vector<uint8_t>&& data);

// An Error for an OpenSSL error code, with Node's message, `library`, `reason` and `code`.
// `message` replaces OpenSSL's one-line text (TLS errors carry the printed queue).
v8::Local<v8::Value> OpenSSLError(v8::Isolate* isolate, unsigned long err, const char* fallback,
                                  const std::vector<std::string>* error_stack = nullptr,
                                  const std::string* message = nullptr);
// Drains the OpenSSL error queue as ERR_print_errors prints it ("<thread>:error:<code>:<library>:
// <function>:<reason>:<file>:<line>:<data>" lines), the way node words TLS errors.
std::string PrintedErrors();
// Throws the first queued OpenSSL error (or `fallback` when none is queued) and clears the queue.
void ThrowOpenSSLError(v8::Isolate* isolate, const char* fallback);
// As node reports a key it cannot parse: the message is the oldest queued OpenSSL error and
// `opensslErrorStack` lists every queued error, newest first.
// With fallback_message the message is `fallback` and the queue only fills opensslErrorStack (no
// library, reason or code), as node reports DER public keys it cannot read.
void ThrowOpenSSLErrorStack(v8::Isolate* isolate, const char* fallback, bool fallback_message = false);
// An Error with a `code` property and the given message.
v8::Local<v8::Value> CodedError(v8::Isolate* isolate, const char* code, const std::string& msg,
                                int kind = 0 /* 0 Error, 1 TypeError, 2 RangeError */);

// Digests by Node's names (getHashes), fetched once and cached; nullptr when unknown.
const EVP_MD* FindDigest(const std::string& name);

// A unit of work for the sync and async API. Run() may run on a threadpool thread and must not
// touch V8; Finish() runs on the JS thread and produces (err, value).
class Task {
 public:
  virtual ~Task() = default;
  virtual void Run() = 0;
  // Default: `err` from the captured failure, `value` from Value().
  virtual void Finish(v8::Isolate* isolate, v8::Local<v8::Value>* err, v8::Local<v8::Value>* value);
  virtual v8::MaybeLocal<v8::Value> Value(v8::Isolate* isolate) { return v8::Undefined(isolate); }

 protected:
  // Records a failure: the queued OpenSSL error (fallback message when none) ...
  void FailOpenSSL(const char* fallback);
  // ... or a coded error built on the JS thread.
  void Fail(const char* code, std::string msg, int kind = 0) {
    failed_ = true;
    code_ = code ? code : "";
    msg_ = std::move(msg);
    kind_ = kind;
  }
  bool failed_ = false;
  unsigned long ossl_err_ = 0;
  std::string code_, msg_;
  int kind_ = 0;
};

// Runs `task`: inline when `job` is undefined (returns the value or throws), else on the threadpool
// with `job.ondone(err, value)` called through MakeCallback. `job` is a `CryptoJob` instance.
void RunTask(const Info& info, v8::Local<v8::Value> job, std::unique_ptr<Task> task);

// Per-file Init functions (crypto.cc calls them all).
void InitHash(Binding& b);
void InitRandom(Binding& b);
void InitKdf(Binding& b);
void InitCipher(Binding& b);
void InitKeys(Binding& b);
void InitX509(Binding& b);
void InitDH(Binding& b);

// A KeyObjectHandle owning `pkey` (crypto_keys.cc), and the EVP_PKEY of a handle (or nullptr).
v8::MaybeLocal<v8::Object> NewKeyHandle(v8::Isolate* isolate, EVP_PKEY* pkey);
EVP_PKEY* GetPkey(v8::Local<v8::Value> v);

// The prime of a named modp group ('modp1'...'modp18', crypto_dh.cc), or nullptr; caller frees.
BIGNUM* DhGroupPrime(const std::string& name);

// The object X509Certificate#toLegacyObject() and tls getPeerCertificate() build from a certificate
// (crypto_x509.cc); infoAccess is left as OpenSSL's text (JS splits it into an object).
v8::MaybeLocal<v8::Object> X509ToLegacyObject(v8::Isolate* isolate, X509* cert);

}  // namespace nodus::crypto

// internalBinding('tls_wrap'): TLS on OpenSSL with memory BIOs. A SecureContext wraps an SSL_CTX
// (keys, certificates, CAs, ciphers, ALPN); an Engine wraps one SSL connection: JS feeds it the
// encrypted bytes read from the transport (receive), hands it plaintext (write) and gets back,
// through callbacks on the engine object, the encrypted bytes to send (onwrite), the plaintext
// read (ondata), the end of a handshake (onhandshake), a server's renegotiation starts
// (onhandshakestart), the ClientHello (onclienthello: the session id to resume; the handshake
// waits until JS calls helloDone), the certificate choice (oncertcb: SNI and the OCSP request, on
// full handshakes only; the handshake waits until certCbDone), new sessions (onsession, onnewsession), OCSP responses
// (onocspresponse), PSK lookups (onpsk), key log lines (onkeylog), the peer's close_notify
// (onclosenotify) and errors (onerror). Session tickets use the SecureContext's own 48-byte keys
// (name, HMAC secret, AES key), as node's, so servers sharing keys resume each other's tickets.
#include <openssl/core_names.h>
#define OPENSSL_SUPPRESS_DEPRECATED  // ENGINE_*: node 22 still offers engines (clientCertEngine, privateKeyEngine)
#include <openssl/engine.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "bindings/crypto_util.h"
#include "runtime/callback.h"
#include "runtime/realm.h"

namespace nodus::tls_wrap {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;
using crypto::Bytes;
using crypto::GetBytes;

int g_engine_index = -1;

v8::Local<v8::Value> Buf(v8::Isolate* isolate, const uint8_t* data, size_t n) {
  v8::Local<v8::ArrayBuffer> ab;
  if (!crypto::NewArrayBuffer(isolate, data, n).ToLocal(&ab)) return v8::Undefined(isolate);
  return v8::Uint8Array::New(ab, 0, n);
}

// BIO_new_mem_buf does not copy: keep the bytes alive for the BIO's lifetime.
struct OwnedBio {
  std::string bytes;
  BIO* bio = nullptr;
  OwnedBio(v8::Isolate* isolate, v8::Local<v8::Value> v) {
    if (v->IsString()) {
      bytes = Utf8(isolate, v).str();
    } else {
      Bytes b = GetBytes(v);
      if (!b.ok) return;
      bytes.assign(reinterpret_cast<const char*>(b.data), b.size);
    }
    bio = BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size()));
  }
  ~OwnedBio() {
    if (bio) BIO_free(bio);
  }
};

int PassCallback(char* buf, int size, int, void* u) {
  auto* pass = static_cast<std::string*>(u);
  if (pass == nullptr) return 0;  // no passphrase: try the empty one (then "bad decrypt", as node)
  int n = static_cast<int>(pass->size());
  if (n > size) n = size;
  std::memcpy(buf, pass->data(), n);
  return n;
}

class SecureContext : public BaseObject {
 public:
  SecureContext(Realm* realm, v8::Local<v8::Object> obj) : BaseObject(realm, obj) {}
  ~SecureContext() override {
    if (ctx_) SSL_CTX_free(ctx_);
  }
  SSL_CTX* ctx() const { return ctx_; }
  std::vector<uint8_t> alpn;  // wire format, server side
  unsigned char ticket_keys[48];  // name(16) hmac(16) aes(16)
  bool has_sid_ctx = false;       // servers get a default one otherwise

  static void New(const Info& info) {
    if (!info.IsConstructCall()) return;
    new SecureContext(Realm::From(info), info.This());
  }

  static int VersionFrom(const std::string& v) {
    if (v == "TLSv1") return TLS1_VERSION;
    if (v == "TLSv1.1") return TLS1_1_VERSION;
    if (v == "TLSv1.2") return TLS1_2_VERSION;
    if (v == "TLSv1.3") return TLS1_3_VERSION;
    return 0;
  }

  // The secureProtocol names node accepts: the method and the versions it pins (0: the
  // minVersion/maxVersion given). False with a TypeError thrown for the others.
  static bool ProtocolMethod(v8::Isolate* isolate, const std::string& name, const SSL_METHOD** method,
                             int* min, int* max) {
    std::string base = name;
    *method = TLS_method();
    for (const char* role : {"_server_method", "_client_method"}) {
      size_t n = std::strlen(role);
      if (base.size() > n && base.compare(base.size() - n, n, role) == 0) {
        *method = role[1] == 's' ? TLS_server_method() : TLS_client_method();
        base = base.substr(0, base.size() - n) + "_method";
      }
    }
    if (base == "SSLv2_method" || base == "SSLv3_method") {
      std::string msg = base.substr(0, 5) + " methods disabled";
      ThrowCodedError(isolate, "ERR_TLS_INVALID_PROTOCOL_METHOD", msg, true);
      return false;
    }
    int pin = 0;
    if (base == "TLSv1_method") pin = TLS1_VERSION;
    else if (base == "TLSv1_1_method") pin = TLS1_1_VERSION;
    else if (base == "TLSv1_2_method") pin = TLS1_2_VERSION;
    else if (base == "SSLv23_method") *max = TLS1_2_VERSION;
    else if (base != "TLS_method") {
      ThrowCodedError(isolate, "ERR_TLS_INVALID_PROTOCOL_METHOD", "Unknown method: " + name, true);
      return false;
    }
    if (pin != 0) *min = *max = pin;
    return true;
  }

  // init(secureProtocol | undefined, minVersion, maxVersion)
  static void Init(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    if (self->ctx_) return;
    const SSL_METHOD* method = TLS_method();
    int min = VersionFrom(Utf8(isolate, info[1]).str());
    int max = VersionFrom(Utf8(isolate, info[2]).str());
    if (info[0]->IsString() &&
        !ProtocolMethod(isolate, Utf8(isolate, info[0]).str(), &method, &min, &max)) {
      return;
    }
    self->ctx_ = SSL_CTX_new(method);
    if (!self->ctx_) return crypto::ThrowOpenSSLError(isolate, "SSL_CTX_new");
    SSL_CTX_set_app_data(self->ctx_, self);
    SSL_CTX_set_min_proto_version(self->ctx_, min);
    SSL_CTX_set_max_proto_version(self->ctx_, max);
    SSL_CTX_set_options(self->ctx_, SSL_OP_NO_COMPRESSION | SSL_OP_ALLOW_CLIENT_RENEGOTIATION);
    SSL_CTX_set_mode(self->ctx_, SSL_MODE_RELEASE_BUFFERS);
    SSL_CTX_set_session_cache_mode(self->ctx_, SSL_SESS_CACHE_BOTH | SSL_SESS_CACHE_NO_INTERNAL);
    SSL_CTX_sess_set_new_cb(self->ctx_, NewSessionCallback);
    SSL_CTX_sess_set_get_cb(self->ctx_, GetSessionCallback);
    SSL_CTX_set_keylog_callback(self->ctx_, KeylogCallback);
    SSL_CTX_set_alpn_select_cb(self->ctx_, AlpnSelect, self);
    SSL_CTX_set_tlsext_servername_callback(self->ctx_, ServernameCallback);
    SSL_CTX_set_client_hello_cb(self->ctx_, ClientHelloCallback, nullptr);
    SSL_CTX_set_cert_cb(self->ctx_, CertCallback, nullptr);
    SSL_CTX_set_tlsext_status_cb(self->ctx_, StatusCallback);
    SSL_CTX_set_info_callback(self->ctx_, InfoCallback);
    if (RAND_bytes(self->ticket_keys, sizeof(self->ticket_keys)) != 1)
      return crypto::ThrowOpenSSLError(isolate, "RAND_bytes");
    SSL_CTX_set_tlsext_ticket_key_evp_cb(self->ctx_, TicketKeyCallback);
  }

  static void SetTicketKeys(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    Bytes b = GetBytes(info[0]);
    if (b.ok && b.size == sizeof(self->ticket_keys)) std::memcpy(self->ticket_keys, b.data, b.size);
  }

  static void GetTicketKeys(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    info.GetReturnValue().Set(Buf(info.GetIsolate(), self->ticket_keys, sizeof(self->ticket_keys)));
  }

  static void SetSessionIdContext(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    Utf8 sid(info.GetIsolate(), info[0]);
    ERR_clear_error();
    if (!SSL_CTX_set_session_id_context(self->ctx_, reinterpret_cast<const unsigned char*>(sid.data()),
                                        static_cast<unsigned>(sid.size()))) {
      // node throws a TypeError whose message is OpenSSL's printed error queue (thread id, the
      // function, the reason, the source file and line), with no code
      std::string text = crypto::PrintedErrors();
      if (text.empty()) text = "Failed to set session id context";
      info.GetIsolate()->ThrowException(v8::Exception::TypeError(Str(info.GetIsolate(), text)));
      return;
    }
    self->has_sid_ctx = true;
  }

  static void SetSigalgs(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    Utf8 list(info.GetIsolate(), info[0]);
    ERR_clear_error();
    if (!SSL_CTX_set1_sigalgs_list(self->ctx_, list.data())) {
      // OpenSSL queues no error for an unknown name; node reports the empty one.
      if (ERR_peek_error() != 0) return crypto::ThrowOpenSSLError(info.GetIsolate(), "Failed to set sigalgs");
      ThrowError(info.GetIsolate(), "error:00000000:lib(0)::reason(0)");
    }
  }

  // setDHParam(true | pem) -> the DH size in bits (0 for 'auto'); -1 when the PEM holds none.
  static void SetDHParam(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    if (info[0]->IsTrue()) {
      SSL_CTX_set_dh_auto(self->ctx_, 1);
      info.GetReturnValue().Set(0);
      return;
    }
    OwnedBio in(isolate, info[0]);
    ERR_clear_error();
    EVP_PKEY* dh = in.bio ? PEM_read_bio_Parameters(in.bio, nullptr) : nullptr;
    if (!dh) {
      ERR_clear_error();
      info.GetReturnValue().Set(-1);
      return;
    }
    int bits = EVP_PKEY_get_bits(dh);
    if (bits < 1024) {
      EVP_PKEY_free(dh);
      return ThrowCodedError(isolate, "ERR_INVALID_ARG_VALUE", "DH parameter is less than 1024 bits", true);
    }
    // Parameters OpenSSL refuses (e.g. below its security level) are discarded, as invalid
    // ones are.
    if (!SSL_CTX_set0_tmp_dh_pkey(self->ctx_, dh)) EVP_PKEY_free(dh);
    ERR_clear_error();
    info.GetReturnValue().Set(bits);
  }

  static v8::Local<v8::Value> CertDer(v8::Isolate* isolate, X509* cert) {
    unsigned char* der = nullptr;
    int len = cert ? i2d_X509(cert, &der) : -1;
    if (len <= 0) return v8::Null(isolate);
    v8::Local<v8::Value> out = Buf(isolate, der, len);
    OPENSSL_free(der);
    return out;
  }

  // getCertificate()/getIssuer(): DER of the context's certificate and of its issuer (from the
  // chain given with it, else from the trusted store), or null.
  static void GetCertificate(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    info.GetReturnValue().Set(CertDer(info.GetIsolate(), SSL_CTX_get0_certificate(self->ctx_)));
  }

  static void GetIssuer(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    X509* cert = SSL_CTX_get0_certificate(self->ctx_);
    if (!cert) return info.GetReturnValue().SetNull();
    STACK_OF(X509)* chain = nullptr;
    SSL_CTX_get0_chain_certs(self->ctx_, &chain);
    for (int i = 0; chain && i < sk_X509_num(chain); i++) {
      X509* c = sk_X509_value(chain, i);
      if (X509_check_issued(c, cert) == X509_V_OK) {
        return info.GetReturnValue().Set(CertDer(isolate, c));
      }
    }
    X509_STORE_CTX* sctx = X509_STORE_CTX_new();
    X509* issuer = nullptr;
    if (sctx && X509_STORE_CTX_init(sctx, SSL_CTX_get_cert_store(self->ctx_), nullptr, nullptr) == 1)
      X509_STORE_CTX_get1_issuer(&issuer, sctx, cert);
    X509_STORE_CTX_free(sctx);
    ERR_clear_error();
    info.GetReturnValue().Set(CertDer(isolate, issuer));
    if (issuer) X509_free(issuer);
  }

  static int TicketKeyCallback(SSL* ssl, unsigned char* name, unsigned char* iv,
                               EVP_CIPHER_CTX* ectx, EVP_MAC_CTX* hctx, int enc);

  static void SetKey(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    OwnedBio in(isolate, info[0]);
    if (!in.bio) return ThrowTypeError(isolate, "bad key");
    std::string pass;
    bool has_pass = !info[1]->IsUndefined() && !info[1]->IsNull();
    if (has_pass) pass = Utf8(isolate, info[1]).str();
    ERR_clear_error();
    EVP_PKEY* key = PEM_read_bio_PrivateKey(in.bio, nullptr, PassCallback, has_pass ? &pass : nullptr);
    if (!key) return crypto::ThrowOpenSSLError(isolate, "PEM_read_bio_PrivateKey");
    self->UseKey(isolate, key);
  }

  // The context's private key from here on; takes `key`.
  void UseKey(v8::Isolate* isolate, EVP_PKEY* key) {
    int ok = SSL_CTX_use_PrivateKey(ctx_, key);
    EVP_PKEY_free(key);
    if (!ok) crypto::ThrowOpenSSLError(isolate, "SSL_CTX_use_PrivateKey");
  }

  static void SetCert(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    OwnedBio in(isolate, info[0]);
    if (!in.bio) return ThrowTypeError(isolate, "bad cert");
    ERR_clear_error();
    X509* cert = PEM_read_bio_X509_AUX(in.bio, nullptr, nullptr, nullptr);
    if (!cert) return crypto::ThrowOpenSSLError(isolate, "PEM_read_bio_X509");
    int ok = SSL_CTX_use_certificate(self->ctx_, cert);
    X509_free(cert);
    if (!ok) return crypto::ThrowOpenSSLError(isolate, "SSL_CTX_use_certificate");
    SSL_CTX_clear_chain_certs(self->ctx_);
    while (X509* extra = PEM_read_bio_X509(in.bio, nullptr, nullptr, nullptr)) {
      SSL_CTX_add0_chain_cert(self->ctx_, extra);
    }
    ERR_clear_error();
  }

  static void AddCACert(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    OwnedBio in(isolate, info[0]);
    if (!in.bio) return ThrowTypeError(isolate, "bad ca");
    X509_STORE* store = SSL_CTX_get_cert_store(self->ctx_);
    ERR_clear_error();
    // Every certificate up to the first thing that is none; like node, the rest (or text
    // holding no certificate at all) is ignored.
    while (X509* cert = PEM_read_bio_X509_AUX(in.bio, nullptr, nullptr, nullptr)) {
      X509_STORE_add_cert(store, cert);
      SSL_CTX_add_client_CA(self->ctx_, cert);
      X509_free(cert);
    }
    ERR_clear_error();
  }

  // addCRL(pem): revoked certificates are then refused, for the whole chain.
  static void AddCRL(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    OwnedBio in(isolate, info[0]);
    ERR_clear_error();
    X509_CRL* crl = in.bio ? PEM_read_bio_X509_CRL(in.bio, nullptr, nullptr, nullptr) : nullptr;
    ERR_clear_error();
    if (!crl) return ThrowCodedError(isolate, "ERR_CRYPTO_OPERATION_FAILED", "Failed to parse CRL", false);
    X509_STORE* store = SSL_CTX_get_cert_store(self->ctx_);
    X509_STORE_add_crl(store, crl);
    X509_STORE_set_flags(store, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
    X509_CRL_free(crl);
  }

  // An OpenSSL engine by id, else a shared object by path through the "dynamic" engine, as
  // node loads them; null with OpenSSL's errors queued when neither works.
  static ENGINE* LoadEngine(const std::string& name) {
    ERR_clear_error();
    ENGINE* e = ENGINE_by_id(name.c_str());
    if (e == nullptr && !name.empty()) {
      e = ENGINE_by_id("dynamic");
      if (e != nullptr && (!ENGINE_ctrl_cmd_string(e, "SO_PATH", name.c_str(), 0) ||
                           !ENGINE_ctrl_cmd_string(e, "LOAD", nullptr, 0))) {
        ENGINE_free(e);
        e = nullptr;
      }
    }
    return e;
  }

  // Engine failures as node words them: the first queued OpenSSL error's full string, no code,
  // and the others, most recent first, in opensslErrorStack.
  static void ThrowEngineError(v8::Isolate* isolate, const char* fallback) {
    unsigned long err = ERR_get_error();
    if (err == 0) return ThrowError(isolate, fallback);
    char buf[256];
    ERR_error_string_n(err, buf, sizeof(buf));
    v8::Local<v8::Value> e = v8::Exception::Error(Str(isolate, buf));
    std::vector<v8::Local<v8::Value>> rest;
    while (unsigned long more = ERR_get_error()) {
      ERR_error_string_n(more, buf, sizeof(buf));
      rest.insert(rest.begin(), Str(isolate, buf));
    }
    if (!rest.empty() && e->IsObject()) {
      SetProp(isolate->GetCurrentContext(), e.As<v8::Object>(), "opensslErrorStack",
              v8::Array::New(isolate, rest.data(), rest.size()));
    }
    isolate->ThrowException(e);
  }

  // setEngineKey(keyId, engineName): the private key from an OpenSSL engine.
  static void SetEngineKey(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    ENGINE* e = LoadEngine(Utf8(isolate, info[1]).str());
    if (e == nullptr) return ThrowEngineError(isolate, "Failed to load engine");
    if (!ENGINE_init(e)) {
      ENGINE_free(e);
      return ThrowEngineError(isolate, "Failed to initialize engine");
    }
    EVP_PKEY* key = ENGINE_load_private_key(e, Utf8(isolate, info[0]).data(), nullptr, nullptr);
    ENGINE_finish(e);
    ENGINE_free(e);
    if (key == nullptr) return ThrowEngineError(isolate, "Failed to load private key from engine");
    self->UseKey(isolate, key);
  }

  // setClientCertEngine(engineName): client certificates from an OpenSSL engine.
  static void SetClientCertEngine(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    ENGINE* e = LoadEngine(Utf8(isolate, info[0]).str());
    if (e == nullptr) return ThrowEngineError(isolate, "Failed to load engine");
    int ok = SSL_CTX_set_client_cert_engine(self->ctx_, e);
    ENGINE_free(e);
    if (!ok) return ThrowEngineError(isolate, "Failed to set client certificate engine");
  }

  static void AddRootCerts(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    SSL_CTX_set_default_verify_paths(self->ctx_);
  }

  // setCiphers(tls12List, tls13Suites | undefined): an undefined tls13Suites keeps OpenSSL's
  // TLS 1.3 defaults; an empty tls12List with suites disables TLS 1.2's ciphers, as node does.
  static void SetCiphers(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    std::string list = Utf8(isolate, info[0]).str();
    std::string suites = info[1]->IsString() ? Utf8(isolate, info[1]).str() : "";
    ERR_clear_error();
    if (!SSL_CTX_set_cipher_list(self->ctx_, list.c_str())) {
      if (!list.empty() || suites.empty()) return crypto::ThrowOpenSSLError(isolate, "no cipher match");
      ERR_clear_error();  // OpenSSL took the empty list, only reporting it holds no cipher
    }
    if (info[1]->IsString() && !SSL_CTX_set_ciphersuites(self->ctx_, suites.c_str()))
      return crypto::ThrowOpenSSLError(isolate, "no cipher match");
  }

  static void SetECDHCurve(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    std::string curve = Utf8(info.GetIsolate(), info[0]).str();
    if (curve == "auto") return;
    ERR_clear_error();
    if (!SSL_CTX_set1_groups_list(self->ctx_, curve.c_str())) {
      ERR_clear_error();
      ThrowCodedError(info.GetIsolate(), "ERR_CRYPTO_OPERATION_FAILED", "Failed to set ECDH curve", false);
    }
  }

  static void SetALPN(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    Bytes b = GetBytes(info[0]);
    if (b.ok) self->alpn.assign(b.data, b.data + b.size);
  }

  static void SetOptions(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    double v = info[0]->NumberValue(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    SSL_CTX_set_options(self->ctx_, static_cast<uint64_t>(v));
  }

  static void SetSessionTimeout(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    int v = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(300);
    SSL_CTX_set_timeout(self->ctx_, v);
  }

  // loadPKCS12(pfx[, passphrase]): node's words: a passphrase neither string nor buffer is a
  // TypeError, a pfx neither is "Unable to load PFX certificate", and a PFX OpenSSL cannot read
  // or decrypt is an Error holding only OpenSSL's reason.
  static void LoadPKCS12(const Info& info) {
    NODUS_UNWRAP(self, SecureContext, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    if (!info[0]->IsString() && !GetBytes(info[0]).ok)
      return ThrowCodedError(isolate, "ERR_CRYPTO_OPERATION_FAILED", "Unable to load PFX certificate", false);
    std::string pass;
    if (!info[1]->IsUndefined()) {
      if (info[1]->IsString()) {
        pass = Utf8(isolate, info[1]).str();
      } else {
        Bytes b = GetBytes(info[1]);
        if (!b.ok) return ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "Pass phrase must be a buffer", true);
        pass.assign(reinterpret_cast<const char*>(b.data), b.size);
      }
    }
    OwnedBio in(isolate, info[0]);
    ERR_clear_error();
    PKCS12* p12 = in.bio ? d2i_PKCS12_bio(in.bio, nullptr) : nullptr;
    EVP_PKEY* key = nullptr;
    X509* cert = nullptr;
    STACK_OF(X509)* ca = nullptr;
    if (!p12 || !PKCS12_parse(p12, pass.c_str(), &key, &cert, &ca)) {
      if (p12) PKCS12_free(p12);
      unsigned long err = ERR_get_error();
      ERR_clear_error();
      const char* reason = err != 0 ? ERR_reason_error_string(err) : nullptr;
      // OpenSSL queues nothing for an empty input; node reports it as "not enough data".
      return ThrowError(isolate, reason != nullptr ? reason : "not enough data");
    }
    PKCS12_free(p12);
    SSL_CTX_use_certificate(self->ctx_, cert);
    SSL_CTX_use_PrivateKey(self->ctx_, key);
    for (int i = 0; ca && i < sk_X509_num(ca); i++) {
      X509* c = sk_X509_value(ca, i);
      X509_STORE_add_cert(SSL_CTX_get_cert_store(self->ctx_), c);
      SSL_CTX_add_client_CA(self->ctx_, c);
    }
    X509_free(cert);
    EVP_PKEY_free(key);
    sk_X509_pop_free(ca, X509_free);
  }

  static int AlpnSelect(SSL*, const unsigned char** out, unsigned char* outlen,
                        const unsigned char* in, unsigned int inlen, void* arg) {
    auto* self = static_cast<SecureContext*>(arg);
    if (self->alpn.empty()) return SSL_TLSEXT_ERR_NOACK;
    unsigned char* sel = nullptr;
    int r = SSL_select_next_proto(&sel, outlen, self->alpn.data(),
                                  static_cast<unsigned>(self->alpn.size()), in, inlen);
    if (r != OPENSSL_NPN_NEGOTIATED) return SSL_TLSEXT_ERR_ALERT_FATAL;  // no_application_protocol
    *out = sel;
    return SSL_TLSEXT_ERR_OK;
  }

  static int NewSessionCallback(SSL* ssl, SSL_SESSION* sess);
  static SSL_SESSION* GetSessionCallback(SSL* ssl, const unsigned char* id, int len, int* copy);
  static void KeylogCallback(const SSL* ssl, const char* line);
  static int ServernameCallback(SSL* ssl, int* ad, void* arg);
  static int ClientHelloCallback(SSL* ssl, int* al, void* arg);
  static int CertCallback(SSL* ssl, void* arg);
  static int StatusCallback(SSL* ssl, void* arg);
  static void InfoCallback(const SSL* ssl, int where, int ret);

 private:
  SSL_CTX* ctx_ = nullptr;
};

class Engine : public BaseObject {
 public:
  Engine(Realm* realm, v8::Local<v8::Object> obj, SecureContext* sc, v8::Local<v8::Object> sc_obj,
         bool server)
      : BaseObject(realm, obj), server_(server), sc_(sc) {
    ctx_obj_.Reset(realm->isolate(), sc_obj);
    ssl_ = SSL_new(sc->ctx());
    rbio_ = BIO_new(BIO_s_mem());
    wbio_ = BIO_new(BIO_s_mem());
    BIO_set_mem_eof_return(rbio_, -1);
    SSL_set_bio(ssl_, rbio_, wbio_);
    SSL_set_ex_data(ssl_, g_engine_index, this);
    if (server) {
      SSL_set_accept_state(ssl_);
      // A server needs a session id context to resume; tls.Server sets node's on its context.
      if (!sc->has_sid_ctx) SSL_set_session_id_context(ssl_, reinterpret_cast<const unsigned char*>("nodus"), 5);
    } else {
      SSL_set_connect_state(ssl_);
      SSL_set_verify(ssl_, SSL_VERIFY_PEER, [](int, X509_STORE_CTX*) { return 1; });
    }
    ClearWeak();  // alive until destroy()
  }
  ~Engine() override { Free(); }

  void Free() {
    if (ssl_) {
      SSL_free(ssl_);  // frees both BIOs
      ssl_ = nullptr;
    }
    if (next_session_) {
      SSL_SESSION_free(next_session_);
      next_session_ = nullptr;
    }
    if (trace_bio_) {
      BIO_free(trace_bio_);
      trace_bio_ = nullptr;
    }
    ctx_obj_.Reset();
  }

  static Engine* From(const SSL* ssl) {
    return static_cast<Engine*>(SSL_get_ex_data(ssl, g_engine_index));
  }

  static void New(const Info& info) {
    v8::Isolate* isolate = info.GetIsolate();
    auto* sc = BaseObject::Unwrap<SecureContext>(info[0]);
    if (!info.IsConstructCall() || sc == nullptr || sc->ctx() == nullptr) {
      return ThrowTypeError(isolate, "Engine: bad SecureContext");
    }
    new Engine(Realm::From(info), info.This(), sc, info[0].As<v8::Object>(), info[1]->IsTrue());
  }

  // Calls this.<name>(...args) through MakeCallback; false when the engine went away or JS threw.
  bool Emit(const char* name, int argc, v8::Local<v8::Value>* argv) {
    v8::Isolate* isolate = realm()->isolate();
    v8::HandleScope scope(isolate);
    return !MakeCallback(realm(), object(), name, argc, argv).IsEmpty() && ssl_ != nullptr;
  }

  bool RenegotiationEvents() {
    while (reneg_starts_ > 0 && ssl_ && !failed_) {
      reneg_starts_--;
      Emit("onhandshakestart", 0, nullptr);
    }
    if (reneg_done_ && ssl_ && !failed_) {
      reneg_done_ = false;
      Emit("onhandshake", 0, nullptr);
    }
    return ssl_ != nullptr && !failed_;
  }

  void EmitDeferredSessions() {
    v8::Isolate* isolate = realm()->isolate();
    auto sessions = std::move(deferred_sessions_);
    for (auto& [id, data] : sessions) {
      if (!ssl_) break;
      v8::HandleScope scope(isolate);
      v8::Local<v8::Value> argv[] = {Buf(isolate, reinterpret_cast<const uint8_t*>(id.data()), id.size()),
                                     data.Get(isolate)};
      Emit("onnewsession", 2, argv);
    }
  }

  // Emits an error and marks the connection failed.
  void Fail(v8::Local<v8::Value> err) {
    Flush();
    failed_ = true;
    Emit("onerror", 1, &err);
  }

  // Sends what OpenSSL produced to JS (onwrite), in one buffer.
  bool Flush() {
    if (!ssl_) return false;
    size_t pending = BIO_ctrl_pending(wbio_);
    if (pending == 0) return true;
    v8::Isolate* isolate = realm()->isolate();
    v8::HandleScope scope(isolate);
    // OpenSSL's output goes straight into the ArrayBuffer JS gets.
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(isolate, pending);
    int n = BIO_read(wbio_, store->Data(), static_cast<int>(pending));
    if (n <= 0) return true;
    v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, std::move(store));
    v8::Local<v8::Value> arg = v8::Uint8Array::New(ab, 0, n);
    return Emit("onwrite", 1, &arg);
  }

  v8::Local<v8::Value> SSLError(v8::Isolate* isolate, int code) {
    unsigned long e = ERR_peek_last_error();
    v8::Local<v8::Value> err;
    if (e != 0) {
      // node's message is the printed error queue; library, reason and code are the last error's
      std::string printed = crypto::PrintedErrors();
      err = crypto::OpenSSLError(isolate, e, "SSL error", nullptr, printed.empty() ? nullptr : &printed);
    } else {
      err = crypto::CodedError(isolate, "ECONNRESET", code == SSL_ERROR_SYSCALL ? "socket hang up" : "SSL error");
    }
    ERR_clear_error();
    return err;
  }

  // Drives the handshake and reads whatever plaintext is available.
  void Cycle() {
    if (!ssl_ || cycling_) return;
    cycling_ = true;
    v8::Isolate* isolate = realm()->isolate();
    v8::HandleScope scope(isolate);
    while (ssl_ && !handshake_done_ && !paused_) {
      ERR_clear_error();
      int r = SSL_do_handshake(ssl_);
      if (r == 1) {
        handshake_done_ = true;
        // A server's last flight goes out after JS has seen the handshake, as in node: one that
        // refuses the client's certificate (rejectUnauthorized) destroys the socket first, and
        // the client never completes its handshake.
        if (!server_ && !Flush()) break;
        if (!Emit("onhandshake", 0, nullptr)) break;
        if (server_ && !Flush()) break;
        EmitDeferredSessions();
        break;
      }
      int err = SSL_get_error(ssl_, r);
      if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
        Flush();
        cycling_ = false;
        return;
      }
      if (err == SSL_ERROR_WANT_X509_LOOKUP || err == SSL_ERROR_WANT_CLIENT_HELLO_CB) {
        paused_ = true;
        break;
      }
      Fail(SSLError(isolate, err));
      cycling_ = false;
      return;
    }
    if (ssl_ && handshake_done_) {
      uint8_t buf[16384];
      for (;;) {
        if (!ssl_) break;
        ERR_clear_error();
        int n = SSL_read(ssl_, buf, sizeof(buf));
        // Read the error before JS runs (a write from a callback would replace it).
        int err = n > 0 ? SSL_ERROR_NONE : SSL_get_error(ssl_, n);
        if ((reneg_starts_ > 0 || reneg_done_) && !RenegotiationEvents()) break;
        if (n > 0) {
          v8::Local<v8::Value> arg = Buf(isolate, buf, n);
          if (!Emit("ondata", 1, &arg)) break;
          continue;
        }
        if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
          Flush();  // e.g. session tickets, key updates
          break;
        }
        if (err == SSL_ERROR_ZERO_RETURN) {
          Flush();
          Emit("onclosenotify", 0, nullptr);
          break;
        }
        Fail(SSLError(isolate, err));
        break;
      }
      if (ssl_ && !failed_ && !pending_out_.empty()) WritePending();
    }
    cycling_ = false;
  }

  // Plaintext that SSL_write could not take during a renegotiation goes out once it can.
  bool WritePending() {
    size_t written = 0;
    ERR_clear_error();
    int r = SSL_write_ex(ssl_, pending_out_.data(), pending_out_.size(), &written);
    if (r == 1) {
      pending_out_.clear();
      return Flush();
    }
    int err = SSL_get_error(ssl_, r);
    if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) return Flush();
    Fail(SSLError(realm()->isolate(), err));
    return false;
  }

  static void EnableKeylog(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    self->keylog_ = true;
  }

  static void Start(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    self->Cycle();
  }

  static void Receive(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    Bytes b = GetBytes(info[0]);
    // receive(arrayBuffer, offset, length): a transport read straight from its ArrayBuffer.
    if (b.ok && info.Length() >= 3 && info[1]->IsUint32() && info[2]->IsUint32()) {
      size_t off = info[1].As<v8::Uint32>()->Value();
      size_t len = info[2].As<v8::Uint32>()->Value();
      if (off > b.size || len > b.size - off) return;
      b.data += off;
      b.size = len;
    }
    if (b.ok && b.size > 0) BIO_write(self->rbio_, b.data, static_cast<int>(b.size));
    self->Cycle();
  }

  // write(plaintext) -> true when written (false before the handshake or after an error).
  static void Write(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_ || !self->handshake_done_ || self->failed_) {
      info.GetReturnValue().Set(false);
      return;
    }
    Bytes b = GetBytes(info[0]);
    info.GetReturnValue().Set(self->WritePlain(b.ok ? b.data : nullptr, b.ok ? b.size : 0));
  }

  // writev(chunks, allBuffers): the stream-handle writev shape (buffers, or chunk/encoding pairs
  // with latin1/utf8 strings) encrypted as one write. Returns the byte count, -1 when the
  // connection cannot write, or undefined for an encoding left to JS.
  static void Writev(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    if (!info[0]->IsArray()) return;
    v8::Local<v8::Array> chunks = info[0].As<v8::Array>();
    bool all_buffers = info[1]->IsTrue();
    uint32_t n = chunks->Length();
    std::string& out = self->scratch_;
    out.clear();
    for (uint32_t i = 0; i < n; i += all_buffers ? 1 : 2) {
      v8::Local<v8::Value> chunk;
      if (!chunks->Get(ctx, i).ToLocal(&chunk)) return;
      if (chunk->IsString()) {
        if (all_buffers) return;
        v8::Local<v8::Value> enc;
        if (!chunks->Get(ctx, i + 1).ToLocal(&enc) || !enc->IsString()) return;
        Utf8 name(isolate, enc);
        v8::Local<v8::String> str = chunk.As<v8::String>();
        size_t at = out.size();
        if (name.view() == "latin1" || name.view() == "binary" ||
            (name.view() == "ascii" && str->IsOneByte() && str->ContainsOnlyOneByte())) {
          int len = str->Length();
          out.resize(at + len);
          str->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(&out[at]), 0, len, v8::String::NO_NULL_TERMINATION);
        } else if (name.view() == "utf8" || name.view() == "utf-8") {
          int len = str->Utf8Length(isolate);
          out.resize(at + len);
          str->WriteUtf8(isolate, &out[at], len, nullptr,
                         v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
        } else {
          return;  // other encodings: JS converts
        }
      } else {
        Bytes b = GetBytes(chunk);
        if (!b.ok) return;
        out.append(reinterpret_cast<const char*>(b.data), b.size);
      }
    }
    if (!self->ssl_ || !self->handshake_done_ || self->failed_) return info.GetReturnValue().Set(-1);
    bool ok = self->WritePlain(reinterpret_cast<const uint8_t*>(out.data()), out.size());
    info.GetReturnValue().Set(ok ? static_cast<double>(out.size()) : -1.0);
  }

  // Encrypts plaintext and hands the records to JS; false after an error.
  bool WritePlain(const uint8_t* data, size_t size) {
    if (size > 0 && !pending_out_.empty()) {
      pending_out_.append(reinterpret_cast<const char*>(data), size);
    } else if (size > 0) {
      ERR_clear_error();
      size_t written = 0;
      int r = SSL_write_ex(ssl_, data, size, &written);
      if (r != 1) {
        int err = SSL_get_error(ssl_, r);
        if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
          pending_out_.assign(reinterpret_cast<const char*>(data), size);
        } else {
          Fail(SSLError(realm()->isolate(), err));
          return false;
        }
      }
    }
    Flush();
    return true;
  }

  static void Shutdown(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_ || !self->handshake_done_ || self->failed_) return;
    ERR_clear_error();
    SSL_shutdown(self->ssl_);
    ERR_clear_error();
    self->Flush();
  }

  static void Destroy(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    // Inside a callback the SSL is still in use: it is freed with the object then.
    if (self->cycling_) {
      self->failed_ = true;
      self->MakeWeak();
      return;
    }
    self->Free();
    self->MakeWeak();
  }

  static void SetServername(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    std::string name = Utf8(info.GetIsolate(), info[0]).str();
    SSL_set_tlsext_host_name(self->ssl_, name.c_str());
  }

  static void SetALPN(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    Bytes b = GetBytes(info[0]);
    if (self->ssl_ && b.ok) SSL_set_alpn_protos(self->ssl_, b.data, static_cast<unsigned>(b.size));
  }

  // setVerifyMode(requestCert, rejectUnauthorized) for servers.
  static void SetVerifyMode(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    int mode = SSL_VERIFY_NONE;
    if (info[0]->IsTrue()) mode = SSL_VERIFY_PEER;
    // as node: a server that rejects unauthorized clients fails the handshake of one without a
    // certificate ("peer did not return a certificate")
    if (info[0]->IsTrue() && info[1]->IsTrue()) mode |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
    SSL_set_verify(self->ssl_, mode, [](int, X509_STORE_CTX*) { return 1; });
  }

  static void SetSession(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    Bytes b = GetBytes(info[0]);
    if (!self->ssl_ || !b.ok) return;
    const unsigned char* p = b.data;
    SSL_SESSION* sess = d2i_SSL_SESSION(nullptr, &p, static_cast<long>(b.size));
    if (!sess) {
      ERR_clear_error();
      return;
    }
    SSL_set_session(self->ssl_, sess);
    SSL_SESSION_free(sess);
  }

  // setSNIContext(secureContext): the context chosen for the client's server name (in oncertcb,
  // before certCbDone).
  static void SetSNIContext(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    auto* sc = BaseObject::Unwrap<SecureContext>(info[0]);
    if (sc != nullptr && sc->ctx() != nullptr) {
      SSL_set_SSL_CTX(self->ssl_, sc->ctx());
      // SSL_set_SSL_CTX does not carry the verify settings over.
      SSL_set_verify(self->ssl_, SSL_get_verify_mode(self->ssl_), [](int, X509_STORE_CTX*) { return 1; });
      self->sni_ctx_.Reset(info.GetIsolate(), info[0].As<v8::Object>());
    }
  }

  // enableCertCallback(): the server asks JS before choosing its certificate (SNI, OCSP).
  static void EnableCertCallback(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    self->cert_cb_ = true;
  }

  // certCbDone(): JS chose the context and OCSP response; the handshake goes on.
  static void CertCbDone(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    self->cert_pending_ = false;
    self->cert_done_ = true;
    if (self->paused_) {
      self->paused_ = false;
      self->Cycle();
    }
  }

  // helloDone(): JS answered the ClientHello; the handshake goes on.
  static void HelloDone(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    self->hello_pending_ = false;
    self->hello_done_ = true;
    if (self->paused_) {
      self->paused_ = false;
      self->Cycle();
    }
  }

  // loadSession(der): the session the server resumes (from a 'resumeSession' listener).
  static void LoadSession(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    Bytes b = GetBytes(info[0]);
    if (!self->ssl_ || !b.ok) return;
    const unsigned char* p = b.data;
    SSL_SESSION* sess = d2i_SSL_SESSION(nullptr, &p, static_cast<long>(b.size));
    ERR_clear_error();
    if (self->next_session_) SSL_SESSION_free(self->next_session_);
    self->next_session_ = sess;
  }

  static void EnableSessionCallbacks(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    self->session_cbs_ = true;
  }

  static void RequestOCSP(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (self->ssl_) SSL_set_tlsext_status_type(self->ssl_, TLSEXT_STATUSTYPE_ocsp);
  }

  static void SetOCSPResponse(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    Bytes b = GetBytes(info[0]);
    if (b.ok) self->ocsp_response_.assign(reinterpret_cast<const char*>(b.data), b.size);
  }

  static void EnableRenegotiationEvents(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    self->reneg_events_ = true;
  }

  // renegotiate(): starts a new handshake (TLS 1.2 and below); throws OpenSSL's error otherwise.
  static void Renegotiate(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    ERR_clear_error();
    if (SSL_renegotiate(self->ssl_) != 1) return crypto::ThrowOpenSSLError(info.GetIsolate(), "SSL_renegotiate");
    SSL_do_handshake(self->ssl_);
    ERR_clear_error();
    self->Flush();
  }

  // enablePskCallback(): onpsk(identity, maxPskLen) on servers, onpsk(hint, maxPskLen,
  // maxIdentityLen) on clients.
  static void EnablePskCallback(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    if (self->server_) SSL_set_psk_server_callback(self->ssl_, PskServerCallback);
    else SSL_set_psk_client_callback(self->ssl_, PskClientCallback);
  }

  static void SetPskIdentityHint(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    Utf8 hint(info.GetIsolate(), info[0]);
    info.GetReturnValue().Set(SSL_use_psk_identity_hint(self->ssl_, hint.data()) == 1);
  }

  static unsigned int PskServerCallback(SSL* ssl, const char* identity, unsigned char* psk,
                                        unsigned int max_psk_len) {
    Engine* e = From(ssl);
    if (!e) return 0;
    v8::Isolate* isolate = e->realm()->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> argv[] = {Str(isolate, identity ? identity : ""),
                                   v8::Integer::NewFromUnsigned(isolate, max_psk_len)};
    v8::Local<v8::Value> ret;
    if (!MakeCallback(e->realm(), e->object(), "onpsk", 2, argv).ToLocal(&ret)) return 0;
    Bytes b = GetBytes(ret);
    if (!b.ok || b.size > max_psk_len) return 0;
    std::memcpy(psk, b.data, b.size);
    return static_cast<unsigned>(b.size);
  }

  static unsigned int PskClientCallback(SSL* ssl, const char* hint, char* identity,
                                        unsigned int max_identity_len, unsigned char* psk,
                                        unsigned int max_psk_len) {
    Engine* e = From(ssl);
    if (!e) return 0;
    v8::Isolate* isolate = e->realm()->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    v8::Local<v8::Value> argv[] = {
        hint ? v8::Local<v8::Value>(Str(isolate, hint)) : v8::Local<v8::Value>(v8::Null(isolate)),
        v8::Integer::NewFromUnsigned(isolate, max_psk_len),
        v8::Integer::NewFromUnsigned(isolate, max_identity_len)};
    v8::Local<v8::Value> ret;
    if (!MakeCallback(e->realm(), e->object(), "onpsk", 3, argv).ToLocal(&ret) || !ret->IsObject())
      return 0;
    v8::Local<v8::Value> key, id;
    if (!ret.As<v8::Object>()->Get(ctx, Str(isolate, "psk")).ToLocal(&key) ||
        !ret.As<v8::Object>()->Get(ctx, Str(isolate, "identity")).ToLocal(&id) || !id->IsString())
      return 0;
    Bytes b = GetBytes(key);
    Utf8 ident(isolate, id);
    // `identity` holds max_identity_len bytes and a NUL.
    if (!b.ok || b.size > max_psk_len || ident.size() > max_identity_len) return 0;
    std::memcpy(identity, ident.data(), ident.size() + 1);
    std::memcpy(psk, b.data, b.size);
    return static_cast<unsigned>(b.size);
  }

  static void EnableTrace(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_ || self->trace_bio_) return;
    self->trace_bio_ = BIO_new_fp(stderr, BIO_NOCLOSE | BIO_FP_TEXT);
    SSL_set_msg_callback(self->ssl_, SSL_trace);
    SSL_set_msg_callback_arg(self->ssl_, self->trace_bio_);
  }

  static void SetMaxSendFragment(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return info.GetReturnValue().Set(false);
    int32_t n = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    info.GetReturnValue().Set(n >= 512 && SSL_set_max_send_fragment(self->ssl_, n) == 1);
  }

  static void GetTLSTicket(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    SSL_SESSION* sess = SSL_get_session(self->ssl_);
    const unsigned char* tick = nullptr;
    size_t len = 0;
    if (sess) SSL_SESSION_get0_ticket(sess, &tick, &len);
    if (tick && len > 0) info.GetReturnValue().Set(Buf(info.GetIsolate(), tick, len));
  }

  // getEphemeralKeyInfo(): {type, name, size} of the key exchange's ephemeral key (clients).
  static void GetEphemeralKeyInfo(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    v8::Local<v8::Object> o = v8::Object::New(isolate);
    EVP_PKEY* key = nullptr;
    if (SSL_get_peer_tmp_key(self->ssl_, &key) == 1 && key) {
      int id = EVP_PKEY_get_id(key);
      int bits = EVP_PKEY_get_bits(key);
      if (id == EVP_PKEY_DH) {
        SetProp(ctx, o, "type", Str(isolate, "DH"));
        SetProp(ctx, o, "size", v8::Integer::New(isolate, bits));
      } else if (id == EVP_PKEY_EC || id == EVP_PKEY_X25519 || id == EVP_PKEY_X448) {
        const char* name = nullptr;
        char group[80];
        size_t len = 0;
        if (id == EVP_PKEY_EC) {
          if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof(group), &len))
            name = group;
        } else {
          name = OBJ_nid2sn(id);
        }
        SetProp(ctx, o, "type", Str(isolate, "ECDH"));
        if (name) SetProp(ctx, o, "name", Str(isolate, name));
        SetProp(ctx, o, "size", v8::Integer::New(isolate, bits));
      }
      EVP_PKEY_free(key);
    }
    ERR_clear_error();
    info.GetReturnValue().Set(o);
  }

  // getSharedSigalgs(): node's "SIG+HASH" names.
  static void GetSharedSigalgs(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    v8::Local<v8::Array> out = v8::Array::New(isolate);
    int n = SSL_get_shared_sigalgs(self->ssl_, 0, nullptr, nullptr, nullptr, nullptr, nullptr);
    for (int i = 0; i < n; i++) {
      int sign = 0, hash = 0;
      SSL_get_shared_sigalgs(self->ssl_, i, &sign, &hash, nullptr, nullptr, nullptr);
      std::string name;
      switch (sign) {
        case EVP_PKEY_RSA: name = "RSA"; break;
        case EVP_PKEY_RSA_PSS: name = "RSA-PSS"; break;
        case EVP_PKEY_DSA: name = "DSA"; break;
        case EVP_PKEY_EC: name = "ECDSA"; break;
        case NID_ED25519: name = "Ed25519"; break;
        case NID_ED448: name = "Ed448"; break;
        default: {
          const char* sn = OBJ_nid2sn(sign);
          name = sn ? sn : "UNDEF";
        }
      }
      const char* hn = hash != NID_undef ? OBJ_nid2sn(hash) : nullptr;
      name += "+";
      name += hn ? hn : "UNDEF";
      (void)out->Set(ctx, i, Str(isolate, name));
    }
    info.GetReturnValue().Set(out);
  }

  static void VerifyError(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    v8::Isolate* isolate = info.GetIsolate();
    X509* peer = SSL_get1_peer_certificate(self->ssl_);
    long res = peer ? SSL_get_verify_result(self->ssl_) : X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT;
    if (peer) {
      X509_free(peer);
    } else {
      // No certificate is fine with PSK: a PSK cipher (TLS 1.2) or a PSK-resumed TLS 1.3 session.
      const SSL_CIPHER* cipher = SSL_get_current_cipher(self->ssl_);
      SSL_SESSION* sess = SSL_get_session(self->ssl_);
      if ((cipher && SSL_CIPHER_get_auth_nid(cipher) == NID_auth_psk) ||
          (sess && SSL_SESSION_get_protocol_version(sess) == TLS1_3_VERSION && SSL_session_reused(self->ssl_)))
        res = X509_V_OK;
    }
    if (res == X509_V_OK) {
      info.GetReturnValue().SetNull();
      return;
    }
    v8::Local<v8::Value> pair[] = {Str(isolate, VerifyCode(res)),
                                   Str(isolate, X509_verify_cert_error_string(res))};
    info.GetReturnValue().Set(v8::Array::New(isolate, pair, 2));
  }

  static const char* VerifyCode(long res) {
    switch (res) {
#define C(x)               \
  case X509_V_ERR_##x:     \
    return #x;
      C(UNABLE_TO_GET_ISSUER_CERT) C(UNABLE_TO_GET_CRL) C(UNABLE_TO_DECRYPT_CERT_SIGNATURE)
      C(UNABLE_TO_DECRYPT_CRL_SIGNATURE) C(UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY)
      C(CERT_SIGNATURE_FAILURE) C(CRL_SIGNATURE_FAILURE) C(CERT_NOT_YET_VALID) C(CERT_HAS_EXPIRED)
      C(CRL_NOT_YET_VALID) C(CRL_HAS_EXPIRED) C(ERROR_IN_CERT_NOT_BEFORE_FIELD)
      C(ERROR_IN_CERT_NOT_AFTER_FIELD) C(ERROR_IN_CRL_LAST_UPDATE_FIELD)
      C(ERROR_IN_CRL_NEXT_UPDATE_FIELD) C(OUT_OF_MEM) C(DEPTH_ZERO_SELF_SIGNED_CERT)
      C(SELF_SIGNED_CERT_IN_CHAIN) C(UNABLE_TO_GET_ISSUER_CERT_LOCALLY)
      C(UNABLE_TO_VERIFY_LEAF_SIGNATURE) C(CERT_CHAIN_TOO_LONG) C(CERT_REVOKED) C(INVALID_CA)
      C(PATH_LENGTH_EXCEEDED) C(INVALID_PURPOSE) C(CERT_UNTRUSTED) C(CERT_REJECTED)
      C(HOSTNAME_MISMATCH)
#undef C
      default:
        return "UNSPECIFIED";
    }
  }

  static void GetProtocol(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    info.GetReturnValue().Set(Str(info.GetIsolate(), SSL_get_version(self->ssl_)));
  }

  static void GetCipher(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    const SSL_CIPHER* c = SSL_get_current_cipher(self->ssl_);
    if (!c) return;
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    v8::Local<v8::Object> o = v8::Object::New(isolate);
    SetProp(ctx, o, "name", Str(isolate, SSL_CIPHER_get_name(c)));
    const char* std_name = SSL_CIPHER_standard_name(c);
    SetProp(ctx, o, "standardName", Str(isolate, std_name ? std_name : SSL_CIPHER_get_name(c)));
    SetProp(ctx, o, "version", Str(isolate, SSL_CIPHER_get_version(c)));
    info.GetReturnValue().Set(o);
  }

  static void GetSession(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    SSL_SESSION* sess = SSL_get_session(self->ssl_);
    if (!sess) return;
    int len = i2d_SSL_SESSION(sess, nullptr);
    if (len <= 0) return;
    std::vector<uint8_t> out(len);
    unsigned char* p = out.data();
    i2d_SSL_SESSION(sess, &p);
    info.GetReturnValue().Set(Buf(info.GetIsolate(), out.data(), out.size()));
  }

  static void IsSessionReused(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    info.GetReturnValue().Set(self->ssl_ != nullptr && SSL_session_reused(self->ssl_) == 1);
  }

  static void GetALPN(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    const unsigned char* p = nullptr;
    unsigned int len = 0;
    SSL_get0_alpn_selected(self->ssl_, &p, &len);
    if (len == 0) {
      info.GetReturnValue().Set(false);
      return;
    }
    info.GetReturnValue().Set(
        v8::String::NewFromUtf8(info.GetIsolate(), reinterpret_cast<const char*>(p),
                                v8::NewStringType::kNormal, static_cast<int>(len))
            .FromMaybe(v8::Local<v8::String>()));
  }

  static void GetServername(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    const char* name = SSL_get_servername(self->ssl_, TLSEXT_NAMETYPE_host_name);
    if (name) info.GetReturnValue().Set(Str(info.GetIsolate(), name));
    else info.GetReturnValue().Set(false);
  }

  static void GetPeerCertificate(const Info& info);
  static void GetCertificate(const Info& info);

  static void GetFinished(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    uint8_t buf[128];
    size_t n = info[0]->IsTrue() ? SSL_get_peer_finished(self->ssl_, buf, sizeof(buf))
                                 : SSL_get_finished(self->ssl_, buf, sizeof(buf));
    if (n > 0) info.GetReturnValue().Set(Buf(info.GetIsolate(), buf, n));
  }

  static void ExportKeyingMaterial(const Info& info) {
    NODUS_UNWRAP(self, Engine, info.This());
    if (!self->ssl_) return;
    v8::Isolate* isolate = info.GetIsolate();
    uint32_t len = info[0]->Uint32Value(isolate->GetCurrentContext()).FromMaybe(0);
    std::string label = Utf8(isolate, info[1]).str();
    Bytes c = GetBytes(info[2]);
    std::vector<uint8_t> out(len);
    if (SSL_export_keying_material(self->ssl_, out.data(), len, label.data(), label.size(),
                                   c.ok ? c.data : nullptr, c.ok ? c.size : 0, c.ok ? 1 : 0) != 1) {
      return crypto::ThrowOpenSSLError(isolate, "SSL_export_keying_material");
    }
    info.GetReturnValue().Set(Buf(isolate, out.data(), out.size()));
  }

  bool server_;
  SecureContext* sc_;  // the context the engine started with (owns the ticket keys)
  bool keylog_ = false;
  bool handshake_done_ = false;
  bool cycling_ = false;
  bool failed_ = false;
  bool paused_ = false;         // waiting for JS (ClientHello)
  bool hello_pending_ = false;
  bool hello_done_ = false;
  bool cert_cb_ = false;
  bool cert_pending_ = false;
  bool cert_done_ = false;
  bool session_cbs_ = false;
  bool reneg_events_ = false;
  bool reneg_done_ = false;
  int reneg_starts_ = 0;
  SSL* ssl_ = nullptr;
  SSL_SESSION* next_session_ = nullptr;
  std::string ocsp_response_;
  std::string pending_out_;
  std::string scratch_;  // writev's concatenation
  std::vector<std::pair<std::string, v8::Global<v8::Value>>> deferred_sessions_;
  BIO* trace_bio_ = nullptr;

 private:
  BIO* rbio_ = nullptr;
  BIO* wbio_ = nullptr;
  v8::Global<v8::Object> ctx_obj_;
  v8::Global<v8::Object> sni_ctx_;
};

v8::Local<v8::Value> SessionBytes(v8::Isolate* isolate, SSL_SESSION* sess) {
  int len = i2d_SSL_SESSION(sess, nullptr);
  if (len <= 0) return v8::Undefined(isolate);
  std::vector<uint8_t> out(len);
  unsigned char* p = out.data();
  i2d_SSL_SESSION(sess, &p);
  return Buf(isolate, out.data(), out.size());
}

// Clients hand every new session to JS ('session'); servers with session callbacks hand it with
// its id ('newSession').
int SecureContext::NewSessionCallback(SSL* ssl, SSL_SESSION* sess) {
  Engine* e = Engine::From(ssl);
  if (!e || (e->server_ && !e->session_cbs_)) return 0;
  v8::Isolate* isolate = e->realm()->isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Value> data = SessionBytes(isolate, sess);
  if (data->IsUndefined()) return 0;
  if (!e->server_) {
    e->Emit("onsession", 1, &data);
    return 0;
  }
  unsigned int id_len = 0;
  const unsigned char* id = SSL_SESSION_get_id(sess, &id_len);
  if (!e->handshake_done_ && SSL_version(ssl) >= TLS1_3_VERSION) {
    // TLS 1.3 tickets go out as the handshake ends: as node, 'secureConnection' comes first.
    e->deferred_sessions_.emplace_back(std::string(reinterpret_cast<const char*>(id), id_len),
                                       v8::Global<v8::Value>(isolate, data));
    return 0;
  }
  v8::Local<v8::Value> argv[] = {Buf(isolate, id, id_len), data};
  e->Emit("onnewsession", 2, argv);
  return 0;
}

SSL_SESSION* SecureContext::GetSessionCallback(SSL* ssl, const unsigned char*, int, int* copy) {
  Engine* e = Engine::From(ssl);
  *copy = 0;  // OpenSSL takes over our reference
  if (!e) return nullptr;
  SSL_SESSION* sess = e->next_session_;
  e->next_session_ = nullptr;
  return sess;
}

int SecureContext::TicketKeyCallback(SSL* ssl, unsigned char* name, unsigned char* iv,
                                     EVP_CIPHER_CTX* ectx, EVP_MAC_CTX* hctx, int enc) {
  Engine* e = Engine::From(ssl);
  SecureContext* sc = e ? e->sc_ : static_cast<SecureContext*>(SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl)));
  if (!sc) return -1;
  unsigned char* keys = sc->ticket_keys;
  char digest[] = "sha256";
  OSSL_PARAM params[] = {OSSL_PARAM_construct_octet_string(OSSL_MAC_PARAM_KEY, keys + 16, 16),
                         OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                         OSSL_PARAM_construct_end()};
  if (enc) {
    std::memcpy(name, keys, 16);
    if (RAND_bytes(iv, 16) != 1 || EVP_EncryptInit_ex(ectx, EVP_aes_128_cbc(), nullptr, keys + 32, iv) != 1 ||
        EVP_MAC_CTX_set_params(hctx, params) != 1)
      return -1;
    return 1;
  }
  if (std::memcmp(name, keys, 16) != 0) return 0;  // not ours: a full handshake
  if (EVP_MAC_CTX_set_params(hctx, params) != 1 ||
      EVP_DecryptInit_ex(ectx, EVP_aes_128_cbc(), nullptr, keys + 32, iv) != 1)
    return -1;
  return 1;
}

void SecureContext::KeylogCallback(const SSL* ssl, const char* line) {
  Engine* e = Engine::From(ssl);
  if (!e || !e->keylog_) return;
  v8::Isolate* isolate = e->realm()->isolate();
  v8::HandleScope scope(isolate);
  std::string l = std::string(line) + "\n";
  v8::Local<v8::Value> arg = Buf(isolate, reinterpret_cast<const uint8_t*>(l.data()), l.size());
  e->Emit("onkeylog", 1, &arg);
}

// SNI is answered at the ClientHello (setSNIContext); acknowledging it is all that is left.
int SecureContext::ServernameCallback(SSL*, int*, void*) { return SSL_TLSEXT_ERR_OK; }

// The server's ClientHello, with session callbacks on: JS gets onclienthello(sessionId,
// hasTicket) and answers with helloDone(), at once or later (the handshake waits meanwhile).
int SecureContext::ClientHelloCallback(SSL* ssl, int*, void*) {
  Engine* e = Engine::From(ssl);
  if (!e || !e->server_ || !e->session_cbs_ || e->hello_done_) return SSL_CLIENT_HELLO_SUCCESS;
  if (e->hello_pending_) return SSL_CLIENT_HELLO_RETRY;
  v8::Isolate* isolate = e->realm()->isolate();
  v8::HandleScope scope(isolate);
  const unsigned char* sid = nullptr;
  size_t sid_len = SSL_client_hello_get0_session_id(ssl, &sid);
  // As node's ClientHello parser: a non-empty session_ticket extension (TLS 1.2 tickets).
  const unsigned char* ext = nullptr;
  size_t ext_len = 0;
  bool ticket = SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_session_ticket, &ext, &ext_len) == 1 && ext_len > 0;
  v8::Local<v8::Value> argv[] = {Buf(isolate, sid, sid_len), v8::Boolean::New(isolate, ticket)};
  e->hello_pending_ = true;
  if (MakeCallback(e->realm(), e->object(), "onclienthello", 2, argv).IsEmpty() || e->ssl_ == nullptr ||
      e->failed_)
    return SSL_CLIENT_HELLO_ERROR;
  return e->hello_pending_ ? SSL_CLIENT_HELLO_RETRY : SSL_CLIENT_HELLO_SUCCESS;
}

// Before a server picks its certificate (full handshakes): oncertcb(servername, ocspRequested);
// JS answers with certCbDone(), at once or later.
int SecureContext::CertCallback(SSL* ssl, void*) {
  Engine* e = Engine::From(ssl);
  if (!e || !e->server_ || !e->cert_cb_ || e->cert_done_) return 1;
  if (e->cert_pending_) return -1;
  v8::Isolate* isolate = e->realm()->isolate();
  v8::HandleScope scope(isolate);
  const char* name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
  v8::Local<v8::Value> argv[] = {
      name ? v8::Local<v8::Value>(Str(isolate, name)) : v8::Local<v8::Value>(v8::Undefined(isolate)),
      v8::Boolean::New(isolate, SSL_get_tlsext_status_type(ssl) == TLSEXT_STATUSTYPE_ocsp)};
  e->cert_pending_ = true;
  if (MakeCallback(e->realm(), e->object(), "oncertcb", 2, argv).IsEmpty() || e->ssl_ == nullptr || e->failed_)
    return 0;
  return e->cert_pending_ ? -1 : 1;
}

// OCSP stapling: a server staples the response JS set; a client reports what it got (or null).
int SecureContext::StatusCallback(SSL* ssl, void*) {
  Engine* e = Engine::From(ssl);
  if (!e) return SSL_TLSEXT_ERR_NOACK;
  if (e->server_) {
    if (e->ocsp_response_.empty()) return SSL_TLSEXT_ERR_NOACK;
    auto* copy = static_cast<unsigned char*>(OPENSSL_malloc(e->ocsp_response_.size()));
    if (!copy) return SSL_TLSEXT_ERR_NOACK;
    std::memcpy(copy, e->ocsp_response_.data(), e->ocsp_response_.size());
    SSL_set_tlsext_status_ocsp_resp(ssl, copy, static_cast<long>(e->ocsp_response_.size()));
    e->ocsp_response_.clear();
    return SSL_TLSEXT_ERR_OK;
  }
  v8::Isolate* isolate = e->realm()->isolate();
  v8::HandleScope scope(isolate);
  const unsigned char* resp = nullptr;
  long len = SSL_get_tlsext_status_ocsp_resp(ssl, &resp);
  v8::Local<v8::Value> arg = resp != nullptr && len >= 0 ? Buf(isolate, resp, static_cast<size_t>(len))
                                                         : v8::Local<v8::Value>(v8::Null(isolate));
  e->Emit("onocspresponse", 1, &arg);
  return 1;
}

// Renegotiations (TLS 1.2 and below, after the first handshake): a server reports each start
// (onhandshakestart, for the renegotiation limits) and both sides each end (onhandshake).
// They are noted here and reach JS once OpenSSL returned (RenegotiationEvents).
void SecureContext::InfoCallback(const SSL* ssl, int where, int) {
  Engine* e = Engine::From(ssl);
  if (!e || !e->handshake_done_ || !e->reneg_events_ || SSL_version(ssl) >= TLS1_3_VERSION) return;
  if ((where & SSL_CB_HANDSHAKE_START) && e->server_) e->reneg_starts_++;
  if (where & SSL_CB_HANDSHAKE_DONE) e->reneg_done_ = true;
}

// Node's certificate object: subject/issuer as {C, ST, L, O, OU, CN}, subjectaltname,
// infoAccess, bits/modulus/exponent or asn1Curve/pubkey, valid_from/to, fingerprints, serial.
v8::Local<v8::Value> NameToObject(v8::Isolate* isolate, X509_NAME* name) {
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Object> o = v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  for (int i = 0; i < X509_NAME_entry_count(name); i++) {
    X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
    int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry));
    const char* key = nid != NID_undef ? OBJ_nid2sn(nid) : nullptr;
    char oid[80];
    if (!key) {
      OBJ_obj2txt(oid, sizeof(oid), X509_NAME_ENTRY_get_object(entry), 1);
      key = oid;
    }
    unsigned char* utf8 = nullptr;
    int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
    if (len < 0) continue;
    v8::Local<v8::String> value =
        v8::String::NewFromUtf8(isolate, reinterpret_cast<char*>(utf8), v8::NewStringType::kNormal, len)
            .FromMaybe(v8::String::Empty(isolate));
    OPENSSL_free(utf8);
    v8::Local<v8::String> k = Str(isolate, key);
    v8::Local<v8::Value> existing;
    if (o->Get(ctx, k).ToLocal(&existing) && !existing->IsUndefined()) {
      if (existing->IsArray()) {
        auto arr = existing.As<v8::Array>();
        (void)arr->Set(ctx, arr->Length(), value);
      } else {
        v8::Local<v8::Value> items[] = {existing, value};
        (void)o->Set(ctx, k, v8::Array::New(isolate, items, 2));
      }
    } else {
      (void)o->Set(ctx, k, value);
    }
  }
  return o;
}

std::string BioToString(BIO* bio) {
  BUF_MEM* mem;
  BIO_get_mem_ptr(bio, &mem);
  return std::string(mem->data, mem->length);
}

std::string Fingerprint(X509* cert, const EVP_MD* md) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  X509_digest(cert, md, buf, &n);
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned i = 0; i < n; i++) {
    if (i) out += ':';
    out += hex[buf[i] >> 4];
    out += hex[buf[i] & 15];
  }
  return out;
}

v8::Local<v8::Object> CertToObject(v8::Isolate* isolate, X509* cert) {
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Object> o = v8::Object::New(isolate);
  SetProp(ctx, o, "subject", NameToObject(isolate, X509_get_subject_name(cert)));
  SetProp(ctx, o, "issuer", NameToObject(isolate, X509_get_issuer_name(cert)));
  int idx = X509_get_ext_by_NID(cert, NID_subject_alt_name, -1);
  if (idx >= 0) {
    BIO* bio = BIO_new(BIO_s_mem());
    X509V3_EXT_print(bio, X509_get_ext(cert, idx), 0, 0);
    SetProp(ctx, o, "subjectaltname", Str(isolate, BioToString(bio)));
    BIO_free(bio);
  }
  idx = X509_get_ext_by_NID(cert, NID_info_access, -1);
  if (idx >= 0) {
    BIO* bio = BIO_new(BIO_s_mem());
    X509V3_EXT_print(bio, X509_get_ext(cert, idx), 0, 0);
    // "OCSP - URI:http://..\nCA Issuers - URI:..." -> { 'OCSP - URI': [..], ... }
    std::string text = BioToString(bio);
    BIO_free(bio);
    v8::Local<v8::Object> ia = v8::Object::New(isolate);
    size_t pos = 0;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string::npos) nl = text.size();
      std::string line = text.substr(pos, nl - pos);
      size_t colon = line.find(':');
      if (colon != std::string::npos) {
        v8::Local<v8::String> k = Str(isolate, line.substr(0, colon));
        v8::Local<v8::Value> cur;
        v8::Local<v8::Array> arr;
        if (ia->Get(ctx, k).ToLocal(&cur) && cur->IsArray()) arr = cur.As<v8::Array>();
        else arr = v8::Array::New(isolate);
        (void)arr->Set(ctx, arr->Length(), Str(isolate, line.substr(colon + 1)));
        (void)ia->Set(ctx, k, arr);
      }
      pos = nl + 1;
    }
    SetProp(ctx, o, "infoAccess", ia);
  }
  SetProp(ctx, o, "ca", v8::Boolean::New(isolate, X509_check_ca(cert) == 1));
  EVP_PKEY* pkey = X509_get0_pubkey(cert);
  if (pkey && EVP_PKEY_base_id(pkey) == EVP_PKEY_RSA) {
    BIGNUM* n = nullptr;
    BIGNUM* e = nullptr;
    EVP_PKEY_get_bn_param(pkey, "n", &n);
    EVP_PKEY_get_bn_param(pkey, "e", &e);
    if (n && e) {
      char* nhex = BN_bn2hex(n);
      SetProp(ctx, o, "modulus", Str(isolate, nhex));
      OPENSSL_free(nhex);
      SetProp(ctx, o, "bits", v8::Integer::New(isolate, BN_num_bits(n)));
      char* ehex = BN_bn2hex(e);
      std::string ex = std::string("0x") + ehex;
      // node prints the exponent without leading zeros, lower case
      std::string trimmed = "0x";
      size_t i = 2;
      while (i + 1 < ex.size() && ex[i] == '0') i++;
      for (; i < ex.size(); i++) trimmed += static_cast<char>(std::tolower(ex[i]));
      SetProp(ctx, o, "exponent", Str(isolate, trimmed));
      OPENSSL_free(ehex);
    }
    BN_free(n);
    BN_free(e);
  } else if (pkey && EVP_PKEY_base_id(pkey) == EVP_PKEY_EC) {
    SetProp(ctx, o, "bits", v8::Integer::New(isolate, EVP_PKEY_get_bits(pkey)));
    char curve[80];
    size_t len = 0;
    if (EVP_PKEY_get_utf8_string_param(pkey, "group", curve, sizeof(curve), &len)) {
      SetProp(ctx, o, "asn1Curve", Str(isolate, curve));
      int nid = OBJ_sn2nid(curve);
      const char* nist = nid != NID_undef ? EC_curve_nid2nist(nid) : nullptr;
      if (nist) SetProp(ctx, o, "nistCurve", Str(isolate, nist));
    }
  }
  if (pkey) {
    unsigned char* der = nullptr;
    int len = i2d_PUBKEY(pkey, &der);
    if (len > 0) {
      SetProp(ctx, o, "pubkey", Buf(isolate, der, len));
      OPENSSL_free(der);
    }
  }
  auto time_str = [&](const ASN1_TIME* t) {
    BIO* bio = BIO_new(BIO_s_mem());
    ASN1_TIME_print(bio, t);
    std::string s = BioToString(bio);
    BIO_free(bio);
    return s;
  };
  SetProp(ctx, o, "valid_from", Str(isolate, time_str(X509_get0_notBefore(cert))));
  SetProp(ctx, o, "valid_to", Str(isolate, time_str(X509_get0_notAfter(cert))));
  SetProp(ctx, o, "fingerprint", Str(isolate, Fingerprint(cert, EVP_sha1())));
  SetProp(ctx, o, "fingerprint256", Str(isolate, Fingerprint(cert, EVP_sha256())));
  SetProp(ctx, o, "fingerprint512", Str(isolate, Fingerprint(cert, EVP_sha512())));
  EXTENDED_KEY_USAGE* eku =
      static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr));
  if (eku) {
    v8::Local<v8::Array> arr = v8::Array::New(isolate);
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku); i++) {
      char oid[80];
      OBJ_obj2txt(oid, sizeof(oid), sk_ASN1_OBJECT_value(eku, i), 1);
      (void)arr->Set(ctx, arr->Length(), Str(isolate, oid));
    }
    sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
    SetProp(ctx, o, "ext_key_usage", arr);
  }
  ASN1_INTEGER* serial = X509_get_serialNumber(cert);
  BIGNUM* bn = ASN1_INTEGER_to_BN(serial, nullptr);
  if (bn) {
    char* hex = BN_bn2hex(bn);
    SetProp(ctx, o, "serialNumber", Str(isolate, hex));
    OPENSSL_free(hex);
    BN_free(bn);
  }
  unsigned char* der = nullptr;
  int len = i2d_X509(cert, &der);
  if (len > 0) {
    SetProp(ctx, o, "raw", Buf(isolate, der, len));
    OPENSSL_free(der);
  }
  return o;
}

// getPeerCertificate(detailed): with `detailed`, issuerCertificate links follow the chain (a
// self-signed root points at itself).
void Engine::GetPeerCertificate(const Info& info) {
  NODUS_UNWRAP(self, Engine, info.This());
  if (!self->ssl_) return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  X509* peer = SSL_get1_peer_certificate(self->ssl_);
  if (!peer) return;
  v8::Local<v8::Object> first = CertToObject(isolate, peer);
  if (info[0]->IsTrue()) {
    // The verified chain reaches the trusted root; the peer's own chain otherwise.
    STACK_OF(X509)* chain = SSL_get0_verified_chain(self->ssl_);
    if (chain == nullptr || sk_X509_num(chain) <= 1) chain = SSL_get_peer_cert_chain(self->ssl_);
    v8::Local<v8::Object> cur = first;
    X509* cur_cert = peer;
    std::vector<X509*> used{peer};
    for (int depth = 0; depth < 10; depth++) {
      X509* issuer = nullptr;
      for (int i = 0; chain && i < sk_X509_num(chain); i++) {
        X509* c = sk_X509_value(chain, i);
        bool seen = false;
        for (X509* u : used) seen = seen || X509_cmp(u, c) == 0;
        if (!seen && X509_check_issued(c, cur_cert) == X509_V_OK) {
          issuer = c;
          break;
        }
      }
      if (!issuer) break;
      v8::Local<v8::Object> next = CertToObject(isolate, issuer);
      SetProp(ctx, cur, "issuerCertificate", next);
      cur = next;
      cur_cert = issuer;
      used.push_back(issuer);
    }
    if (X509_check_issued(cur_cert, cur_cert) == X509_V_OK) SetProp(ctx, cur, "issuerCertificate", cur);
  }
  X509_free(peer);
  info.GetReturnValue().Set(first);
}

void Engine::GetCertificate(const Info& info) {
  NODUS_UNWRAP(self, Engine, info.This());
  if (!self->ssl_) return;
  X509* cert = SSL_get_certificate(self->ssl_);
  if (cert) info.GetReturnValue().Set(CertToObject(info.GetIsolate(), cert));
}

}  // namespace

// getSSLCiphers(): the names OpenSSL enables by default, TLS 1.3 suites included.
void GetSSLCiphers(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Array> out = v8::Array::New(isolate);
  SSL_CTX* sctx = SSL_CTX_new(TLS_method());
  SSL* ssl = sctx ? SSL_new(sctx) : nullptr;
  STACK_OF(SSL_CIPHER)* ciphers = ssl ? SSL_get_ciphers(ssl) : nullptr;
  for (int i = 0; ciphers && i < sk_SSL_CIPHER_num(ciphers); i++) {
    (void)out->Set(ctx, out->Length(), Str(isolate, SSL_CIPHER_get_name(sk_SSL_CIPHER_value(ciphers, i))));
  }
  for (const char* extra : {"TLS_AES_128_CCM_8_SHA256", "TLS_AES_128_CCM_SHA256"})
    (void)out->Set(ctx, out->Length(), Str(isolate, extra));
  if (ssl) SSL_free(ssl);
  if (sctx) SSL_CTX_free(sctx);
  ERR_clear_error();
  info.GetReturnValue().Set(out);
}

void Init(Binding& b) {
  v8::Local<v8::FunctionTemplate> sc = b.Class("SecureContext", SecureContext::New);
  b.ProtoMethod(sc, "init", SecureContext::Init);
  b.ProtoMethod(sc, "setKey", SecureContext::SetKey);
  b.ProtoMethod(sc, "setCert", SecureContext::SetCert);
  b.ProtoMethod(sc, "addCACert", SecureContext::AddCACert);
  b.ProtoMethod(sc, "addRootCerts", SecureContext::AddRootCerts);
  b.ProtoMethod(sc, "addCRL", SecureContext::AddCRL);
  b.ProtoMethod(sc, "setEngineKey", SecureContext::SetEngineKey);
  b.ProtoMethod(sc, "setClientCertEngine", SecureContext::SetClientCertEngine);
  b.ProtoMethod(sc, "setCiphers", SecureContext::SetCiphers);
  b.ProtoMethod(sc, "setECDHCurve", SecureContext::SetECDHCurve);
  b.ProtoMethod(sc, "setALPN", SecureContext::SetALPN);
  b.ProtoMethod(sc, "setOptions", SecureContext::SetOptions);
  b.ProtoMethod(sc, "setSessionTimeout", SecureContext::SetSessionTimeout);
  b.ProtoMethod(sc, "loadPKCS12", SecureContext::LoadPKCS12);
  b.ProtoMethod(sc, "setTicketKeys", SecureContext::SetTicketKeys);
  b.ProtoMethod(sc, "getTicketKeys", SecureContext::GetTicketKeys);
  b.ProtoMethod(sc, "setSessionIdContext", SecureContext::SetSessionIdContext);
  b.ProtoMethod(sc, "setSigalgs", SecureContext::SetSigalgs);
  b.ProtoMethod(sc, "setDHParam", SecureContext::SetDHParam);
  b.ProtoMethod(sc, "getCertificate", SecureContext::GetCertificate);
  b.ProtoMethod(sc, "getIssuer", SecureContext::GetIssuer);
  b.Install("SecureContext", sc);
  v8::Local<v8::FunctionTemplate> e = b.Class("Engine", Engine::New);
  b.ProtoMethod(e, "start", Engine::Start);
  b.ProtoMethod(e, "enableKeylog", Engine::EnableKeylog);
  b.ProtoMethod(e, "receive", Engine::Receive);
  b.ProtoMethod(e, "write", Engine::Write);
  b.ProtoMethod(e, "writev", Engine::Writev);
  b.ProtoMethod(e, "shutdown", Engine::Shutdown);
  b.ProtoMethod(e, "destroy", Engine::Destroy);
  b.ProtoMethod(e, "setServername", Engine::SetServername);
  b.ProtoMethod(e, "setALPN", Engine::SetALPN);
  b.ProtoMethod(e, "setVerifyMode", Engine::SetVerifyMode);
  b.ProtoMethod(e, "setSession", Engine::SetSession);
  b.ProtoMethod(e, "setSNIContext", Engine::SetSNIContext);
  b.ProtoMethod(e, "verifyError", Engine::VerifyError);
  b.ProtoMethod(e, "getProtocol", Engine::GetProtocol);
  b.ProtoMethod(e, "getCipher", Engine::GetCipher);
  b.ProtoMethod(e, "getSession", Engine::GetSession);
  b.ProtoMethod(e, "isSessionReused", Engine::IsSessionReused);
  b.ProtoMethod(e, "getALPN", Engine::GetALPN);
  b.ProtoMethod(e, "getServername", Engine::GetServername);
  b.ProtoMethod(e, "getPeerCertificate", Engine::GetPeerCertificate);
  b.ProtoMethod(e, "getCertificate", Engine::GetCertificate);
  b.ProtoMethod(e, "getFinished", Engine::GetFinished);
  b.ProtoMethod(e, "exportKeyingMaterial", Engine::ExportKeyingMaterial);
  b.ProtoMethod(e, "enableCertCallback", Engine::EnableCertCallback);
  b.ProtoMethod(e, "certCbDone", Engine::CertCbDone);
  b.ProtoMethod(e, "helloDone", Engine::HelloDone);
  b.ProtoMethod(e, "loadSession", Engine::LoadSession);
  b.ProtoMethod(e, "enableSessionCallbacks", Engine::EnableSessionCallbacks);
  b.ProtoMethod(e, "requestOCSP", Engine::RequestOCSP);
  b.ProtoMethod(e, "setOCSPResponse", Engine::SetOCSPResponse);
  b.ProtoMethod(e, "enableRenegotiationEvents", Engine::EnableRenegotiationEvents);
  b.ProtoMethod(e, "renegotiate", Engine::Renegotiate);
  b.ProtoMethod(e, "enablePskCallback", Engine::EnablePskCallback);
  b.ProtoMethod(e, "setPskIdentityHint", Engine::SetPskIdentityHint);
  b.ProtoMethod(e, "enableTrace", Engine::EnableTrace);
  b.ProtoMethod(e, "setMaxSendFragment", Engine::SetMaxSendFragment);
  b.ProtoMethod(e, "getTLSTicket", Engine::GetTLSTicket);
  b.ProtoMethod(e, "getEphemeralKeyInfo", Engine::GetEphemeralKeyInfo);
  b.ProtoMethod(e, "getSharedSigalgs", Engine::GetSharedSigalgs);
  b.Install("Engine", e);
  b.Method("getSSLCiphers", GetSSLCiphers);
  if (b.recording()) return;
  static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
  g_engine_index = index;
  const char* bundle = X509_get_default_cert_file();
  b.Value("defaultCAFile", Str(b.isolate(), bundle ? bundle : ""));
}

}  // namespace nodus::tls_wrap

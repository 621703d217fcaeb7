// Asymmetric keys: KeyObjectHandle (an EVP_PKEY), parsing PEM/DER/JWK, export, details,
// key-pair generation (threadpool), sign/verify, RSA encrypt/decrypt, ECDH and diffieHellman().
#define OPENSSL_SUPPRESS_DEPRECATED  // RSA_get0_pss_params: OpenSSL 3 has no provider query for it
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/proverr.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <cstring>

#include "bindings/crypto_util.h"
#include "runtime/realm.h"

namespace nodus::crypto {

namespace {

struct KeysData : BindingDataBase {
  explicit KeysData(Realm*) {}
  v8::Global<v8::Function> handle_ctor;
};

struct BioFree {
  void operator()(BIO* b) const { BIO_free_all(b); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;
struct BnFree {
  void operator()(BIGNUM* b) const { BN_clear_free(b); }
};
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;
struct PkeyCtxFree {
  void operator()(EVP_PKEY_CTX* c) const { EVP_PKEY_CTX_free(c); }
};
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;

v8::Local<v8::Value> BioToValue(v8::Isolate* isolate, BIO* bio, bool as_string) {
  BUF_MEM* mem = nullptr;
  BIO_get_mem_ptr(bio, &mem);
  if (as_string)
    return v8::String::NewFromUtf8(isolate, mem->data, v8::NewStringType::kNormal,
                                   static_cast<int>(mem->length))
        .FromMaybe(v8::Local<v8::String>());
  v8::Local<v8::ArrayBuffer> ab;
  if (!NewArrayBuffer(isolate, reinterpret_cast<uint8_t*>(mem->data), mem->length).ToLocal(&ab))
    return {};
  return ab;
}

const char* KeyTypeName(EVP_PKEY* pkey) {
  switch (EVP_PKEY_get_base_id(pkey)) {
    case EVP_PKEY_RSA: return "rsa";
    case EVP_PKEY_RSA_PSS: return "rsa-pss";
    case EVP_PKEY_DSA: return "dsa";
    case EVP_PKEY_DH: return "dh";
    case EVP_PKEY_EC: return "ec";
    case EVP_PKEY_ED25519: return "ed25519";
    case EVP_PKEY_ED448: return "ed448";
    case EVP_PKEY_X25519: return "x25519";
    case EVP_PKEY_X448: return "x448";
    default: return nullptr;
  }
}

// An RSA-PSS key's restrictions as Node reports them (names as OBJ_nid2ln, RFC 8017 defaults for
// absent fields); nothing for an unrestricted key.
void SetPssDetails(v8::Isolate* isolate, v8::Local<v8::Object> out, EVP_PKEY* pkey) {
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  const RSA* rsa = EVP_PKEY_get0_RSA(pkey);
  const RSA_PSS_PARAMS* params = rsa ? RSA_get0_pss_params(rsa) : nullptr;
  if (params == nullptr) {
    ERR_clear_error();
    return;
  }
  auto name = [](const X509_ALGOR* alg) {
    return alg ? OBJ_nid2ln(OBJ_obj2nid(alg->algorithm)) : OBJ_nid2ln(NID_sha1);
  };
  const char* md = name(params->hashAlgorithm);
  const char* mgf1 = params->maskHash ? name(params->maskHash) : OBJ_nid2ln(NID_sha1);
  long salt = params->saltLength ? ASN1_INTEGER_get(params->saltLength) : 20;
  SetProp(ctx, out, "hashAlgorithm", Str(isolate, md));
  SetProp(ctx, out, "mgf1HashAlgorithm", Str(isolate, mgf1));
  SetProp(ctx, out, "saltLength", v8::Integer::New(isolate, static_cast<int>(salt)));
}

bool HasPrivate(EVP_PKEY* pkey) {
  // OpenSSL 3 has no direct query; a private export attempt tells.
  switch (EVP_PKEY_get_base_id(pkey)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS: {
      BIGNUM* d = nullptr;
      bool ok = EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_D, &d) == 1;
      BN_free(d);
      ERR_clear_error();
      return ok;
    }
    case EVP_PKEY_ED25519:
    case EVP_PKEY_ED448:
    case EVP_PKEY_X25519:
    case EVP_PKEY_X448: {
      size_t len = 0;
      bool ok = EVP_PKEY_get_raw_private_key(pkey, nullptr, &len) == 1;
      ERR_clear_error();
      return ok;
    }
    default: {
      BIGNUM* priv = nullptr;
      bool ok = EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_PRIV_KEY, &priv) == 1;
      BN_clear_free(priv);
      ERR_clear_error();
      return ok;
    }
  }
}

}  // namespace

class KeyHandle : public BaseObject {
 public:
  KeyHandle(Realm* realm, v8::Local<v8::Object> obj) : BaseObject(realm, obj) {}
  ~KeyHandle() override { EVP_PKEY_free(pkey_); }
  EVP_PKEY* pkey() const { return pkey_; }

  static void New(const Info& info) {
    if (!info.IsConstructCall()) return ThrowTypeError(info.GetIsolate(), "Illegal constructor");
    new KeyHandle(Realm::From(info), info.This());
  }

  // A new handle owning `pkey` (freed on failure).
  static v8::MaybeLocal<v8::Object> Create(v8::Isolate* isolate, EVP_PKEY* pkey) {
    Realm* realm = Realm::From(isolate);
    v8::Local<v8::Function> ctor = realm->BindingData<KeysData>()->handle_ctor.Get(isolate);
    v8::Local<v8::Object> obj;
    if (ctor.IsEmpty() || !ctor->NewInstance(realm->context()).ToLocal(&obj)) {
      EVP_PKEY_free(pkey);
      return {};
    }
    KeyHandle* h = Unwrap<KeyHandle>(obj);
    h->pkey_ = pkey;
    return obj;
  }

  static void KeyType(const Info& info) {
    NODUS_UNWRAP(h, KeyHandle, info.This());
    const char* t = h->pkey_ ? KeyTypeName(h->pkey_) : nullptr;
    if (t) info.GetReturnValue().Set(Str(info.GetIsolate(), t));
  }

  static void HasPrivateKey(const Info& info) {
    NODUS_UNWRAP(h, KeyHandle, info.This());
    info.GetReturnValue().Set(h->pkey_ != nullptr && HasPrivate(h->pkey_));
  }

  static void Equals(const Info& info) {
    NODUS_UNWRAP(h, KeyHandle, info.This());
    KeyHandle* o = info[0]->IsObject() ? Unwrap<KeyHandle>(info[0]) : nullptr;
    bool eq = o && h->pkey_ && o->pkey_ && EVP_PKEY_eq(h->pkey_, o->pkey_) == 1;
    ERR_clear_error();
    info.GetReturnValue().Set(eq);
  }

  // details() -> {modulusLength, publicExponent(bytes), namedCurve, ...}
  static void Details(const Info& info) {
    NODUS_UNWRAP(h, KeyHandle, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    v8::Local<v8::Object> out = v8::Object::New(isolate);
    EVP_PKEY* pkey = h->pkey_;
    int id = EVP_PKEY_get_base_id(pkey);
    if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
      SetProp(ctx, out, "modulusLength", v8::Integer::New(isolate, EVP_PKEY_get_bits(pkey)));
      BIGNUM* e = nullptr;
      if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_E, &e) == 1) {
        std::vector<uint8_t> eb(BN_num_bytes(e));
        BN_bn2bin(e, eb.data());
        BN_free(e);
        v8::Local<v8::ArrayBuffer> ab;
        if (TakeArrayBuffer(isolate, std::move(eb)).ToLocal(&ab))
          SetProp(ctx, out, "publicExponent", ab);
      }
      if (id == EVP_PKEY_RSA_PSS) SetPssDetails(isolate, out, pkey);
    } else if (id == EVP_PKEY_EC) {
      char group[80] = {0};
      if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof(group), nullptr) == 1) {
        int nid = OBJ_txt2nid(group);
        const char* sn = nid != NID_undef ? OBJ_nid2sn(nid) : group;
        SetProp(ctx, out, "namedCurve", Str(isolate, sn));
      }
    } else if (id == EVP_PKEY_DSA || id == EVP_PKEY_DH) {
      SetProp(ctx, out, "modulusLength", v8::Integer::New(isolate, EVP_PKEY_get_bits(pkey)));
      BIGNUM* q = nullptr;
      if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &q) == 1) {
        SetProp(ctx, out, "divisorLength", v8::Integer::New(isolate, BN_num_bits(q)));
        BN_free(q);
      }
    }
    ERR_clear_error();
    info.GetReturnValue().Set(out);
  }

  // export(private, format 'pem'|'der', type 'pkcs1'|'spki'|'pkcs8'|'sec1', cipher|undefined,
  //        passphrase|undefined) -> string | ArrayBuffer
  static void Export(const Info& info) {
    NODUS_UNWRAP(h, KeyHandle, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    bool priv = info[0]->IsTrue();
    bool pem = Utf8(isolate, info[1]).view() == "pem";
    std::string type = Utf8(isolate, info[2]).str();
    const EVP_CIPHER* cipher = nullptr;
    if (info[3]->IsString()) {
      cipher = EVP_get_cipherbyname(Utf8(isolate, info[3]).data());
      if (cipher == nullptr) return ThrowCodedError(isolate, "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher", false);
    }
    Bytes pass = GetBytes(info[4]);
    BioPtr bio(BIO_new(BIO_s_mem()));
    EVP_PKEY* pkey = h->pkey_;
    int ok = 0;
    unsigned char* pw = pass.ok ? const_cast<unsigned char*>(pass.data) : nullptr;
    int pwlen = pass.ok ? static_cast<int>(pass.size) : 0;
    if (!priv) {
      if (type == "pkcs1") {
        OSSL_ENCODER_CTX* e = OSSL_ENCODER_CTX_new_for_pkey(pkey, EVP_PKEY_PUBLIC_KEY,
                                                          pem ? "PEM" : "DER", "type-specific", nullptr);
        ok = e && OSSL_ENCODER_to_bio(e, bio.get());
        OSSL_ENCODER_CTX_free(e);
      } else {
        ok = pem ? PEM_write_bio_PUBKEY(bio.get(), pkey) : i2d_PUBKEY_bio(bio.get(), pkey);
      }
    } else if (type == "pkcs8") {
      ok = pem ? PEM_write_bio_PKCS8PrivateKey(bio.get(), pkey, cipher, reinterpret_cast<char*>(pw),
                                               pwlen, nullptr, nullptr)
               : i2d_PKCS8PrivateKey_bio(bio.get(), pkey, cipher, reinterpret_cast<char*>(pw), pwlen,
                                         nullptr, nullptr);
    } else {
      if (pem) {
        ok = PEM_write_bio_PrivateKey_traditional(bio.get(), pkey, cipher, pw, pwlen, nullptr, nullptr);
      } else {
        ok = i2d_PrivateKey_bio(bio.get(), pkey);
      }
    }
    if (ok != 1) return ThrowOpenSSLError(isolate, "Failed to encode key");
    v8::Local<v8::Value> v = BioToValue(isolate, bio.get(), pem);
    if (!v.IsEmpty()) info.GetReturnValue().Set(v);
  }

  // exportJwk(private) -> {kty, crv?, n,e,d,p,q,dp,dq,qi | x,y,d : ArrayBuffer}
  static void ExportJwk(const Info& info) {
    NODUS_UNWRAP(h, KeyHandle, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    bool priv = info[0]->IsTrue();
    EVP_PKEY* pkey = h->pkey_;
    v8::Local<v8::Object> out = v8::Object::New(isolate);
    auto set_bytes = [&](const char* name, const uint8_t* p, size_t n) {
      v8::Local<v8::ArrayBuffer> ab;
      if (NewArrayBuffer(isolate, p, n).ToLocal(&ab)) SetProp(ctx, out, name, ab);
    };
    auto set_bn = [&](const char* name, const char* param, int pad) {
      BIGNUM* bn = nullptr;
      if (EVP_PKEY_get_bn_param(pkey, param, &bn) != 1) return false;
      int n = pad > 0 ? pad : BN_num_bytes(bn);
      std::vector<uint8_t> b(n);
      BN_bn2binpad(bn, b.data(), n);
      BN_clear_free(bn);
      set_bytes(name, b.data(), b.size());
      return true;
    };
    int id = EVP_PKEY_get_base_id(pkey);
    if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS) {
      if (id == EVP_PKEY_RSA_PSS) {
        ThrowCodedError(isolate, "ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE", "Unsupported JWK Key Type.", false);
        return;
      }
      SetProp(ctx, out, "kty", Str(isolate, "RSA"));
      set_bn("n", OSSL_PKEY_PARAM_RSA_N, 0);
      set_bn("e", OSSL_PKEY_PARAM_RSA_E, 0);
      if (priv) {
        set_bn("d", OSSL_PKEY_PARAM_RSA_D, 0);
        set_bn("p", OSSL_PKEY_PARAM_RSA_FACTOR1, 0);
        set_bn("q", OSSL_PKEY_PARAM_RSA_FACTOR2, 0);
        set_bn("dp", OSSL_PKEY_PARAM_RSA_EXPONENT1, 0);
        set_bn("dq", OSSL_PKEY_PARAM_RSA_EXPONENT2, 0);
        set_bn("qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1, 0);
      }
    } else if (id == EVP_PKEY_EC) {
      char group[80] = {0};
      EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof(group), nullptr);
      int nid = OBJ_txt2nid(group);
      const char* crv = nid == NID_X9_62_prime256v1 ? "P-256"
                        : nid == NID_secp384r1      ? "P-384"
                        : nid == NID_secp521r1      ? "P-521"
                        : nid == NID_secp256k1      ? "secp256k1"
                                                    : nullptr;
      if (crv == nullptr) {
        ThrowCodedError(isolate, "ERR_CRYPTO_JWK_UNSUPPORTED_CURVE",
                        std::string("Unsupported JWK EC curve: ") + OBJ_nid2sn(nid) + ".", false);
        return;
      }
      int bytes = (EVP_PKEY_get_bits(pkey) + 7) / 8;
      SetProp(ctx, out, "kty", Str(isolate, "EC"));
      SetProp(ctx, out, "crv", Str(isolate, crv));
      set_bn("x", OSSL_PKEY_PARAM_EC_PUB_X, bytes);
      set_bn("y", OSSL_PKEY_PARAM_EC_PUB_Y, bytes);
      if (priv) set_bn("d", OSSL_PKEY_PARAM_PRIV_KEY, bytes);
    } else if (id == EVP_PKEY_ED25519 || id == EVP_PKEY_ED448 || id == EVP_PKEY_X25519 ||
               id == EVP_PKEY_X448) {
      const char* crv = id == EVP_PKEY_ED25519 ? "Ed25519"
                        : id == EVP_PKEY_ED448 ? "Ed448"
                        : id == EVP_PKEY_X25519 ? "X25519"
                                                : "X448";
      SetProp(ctx, out, "crv", Str(isolate, crv));
      uint8_t buf[114];
      size_t n = sizeof(buf);
      if (priv && EVP_PKEY_get_raw_private_key(pkey, buf, &n) == 1) set_bytes("d", buf, n);
      n = sizeof(buf);
      if (EVP_PKEY_get_raw_public_key(pkey, buf, &n) == 1) set_bytes("x", buf, n);
      SetProp(ctx, out, "kty", Str(isolate, "OKP"));
    } else {
      ThrowCodedError(isolate, "ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE", "Unsupported JWK Key Type.", false);
      return;
    }
    ERR_clear_error();
    info.GetReturnValue().Set(out);
  }

  // rawPublic() / rawPrivate(): raw bytes for OKP keys, the encoded point for EC public keys.
  static void RawPublic(const Info& info) {
    NODUS_UNWRAP(h, KeyHandle, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    std::vector<uint8_t> out;
    size_t n = 0;
    if (EVP_PKEY_get_base_id(h->pkey_) == EVP_PKEY_EC) {
      if (EVP_PKEY_get_octet_string_param(h->pkey_, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, nullptr, 0, &n) != 1)
        return ThrowOpenSSLError(isolate, "Failed to get public key");
      out.resize(n);
      EVP_PKEY_get_octet_string_param(h->pkey_, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, out.data(), n, &n);
    } else {
      if (EVP_PKEY_get_raw_public_key(h->pkey_, nullptr, &n) != 1)
        return ThrowOpenSSLError(isolate, "Failed to get public key");
      out.resize(n);
      EVP_PKEY_get_raw_public_key(h->pkey_, out.data(), &n);
    }
    v8::Local<v8::ArrayBuffer> ab;
    if (TakeArrayBuffer(isolate, std::move(out)).ToLocal(&ab)) info.GetReturnValue().Set(ab);
  }

  static void RawPrivate(const Info& info) {
    NODUS_UNWRAP(h, KeyHandle, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    std::vector<uint8_t> out;
    if (EVP_PKEY_get_base_id(h->pkey_) == EVP_PKEY_EC) {
      BIGNUM* d = nullptr;
      if (EVP_PKEY_get_bn_param(h->pkey_, OSSL_PKEY_PARAM_PRIV_KEY, &d) != 1)
        return ThrowOpenSSLError(isolate, "Failed to get private key");
      out.resize((EVP_PKEY_get_bits(h->pkey_) + 7) / 8);
      BN_bn2binpad(d, out.data(), static_cast<int>(out.size()));
      BN_clear_free(d);
    } else {
      size_t n = 0;
      if (EVP_PKEY_get_raw_private_key(h->pkey_, nullptr, &n) != 1)
        return ThrowOpenSSLError(isolate, "Failed to get private key");
      out.resize(n);
      EVP_PKEY_get_raw_private_key(h->pkey_, out.data(), &n);
    }
    v8::Local<v8::ArrayBuffer> ab;
    if (TakeArrayBuffer(isolate, std::move(out)).ToLocal(&ab)) info.GetReturnValue().Set(ab);
  }

 private:
  EVP_PKEY* pkey_ = nullptr;
};

v8::MaybeLocal<v8::Object> NewKeyHandle(v8::Isolate* isolate, EVP_PKEY* pkey) {
  return KeyHandle::Create(isolate, pkey);
}

EVP_PKEY* GetPkey(v8::Local<v8::Value> v) {
  if (!v->IsObject()) return nullptr;
  KeyHandle* h = BaseObject::Unwrap<KeyHandle>(v);
  return h ? h->pkey() : nullptr;
}

namespace {

int NoPassphrase(char*, int, int, void*) { return -1; }

struct PassData {
  const uint8_t* data;
  size_t size;
  bool needed = false;
};

int PassCallback(char* buf, int size, int, void* u) {
  auto* p = static_cast<PassData*>(u);
  p->needed = true;
  if (p->data == nullptr) return -1;
  int n = static_cast<int>(std::min<size_t>(p->size, size));
  std::memcpy(buf, p->data, n);
  return n;
}

// An EncryptedPrivateKeyInfo starts with an AlgorithmIdentifier (a SEQUENCE) where a
// PrivateKeyInfo starts with its version (an INTEGER).
bool IsEncryptedPkcs8(const std::vector<uint8_t>& d) {
  if (d.size() < 2 || d[0] != 0x30) return false;
  size_t off = 2;
  if (d[1] & 0x80) {
    size_t n = d[1] & 0x7f;
    if (n == 0 || n > 4) return false;
    off += n;
  }
  return off < d.size() && d[off] == 0x30;
}

// parseKey(data, format 'pem'|'der', type|undefined, passphrase|undefined, private: bool)
// -> handle, or a string reason ('passphrase') on a missing passphrase; throws OpenSSL errors.
void ParseKey(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::vector<uint8_t> data;
  if (!CopyBytes(isolate, info[0], &data)) return ThrowTypeError(isolate, "key data expected");
  // BIO_new_mem_buf refuses a null pointer: empty data reads as an empty buffer (node's decoder
  // then reports "unsupported")
  static const uint8_t kNoData[1] = {0};
  const uint8_t* bytes = data.empty() ? kNoData : data.data();
  bool pem = Utf8(isolate, info[1]).view() == "pem";
  std::string type = info[2]->IsString() ? Utf8(isolate, info[2]).str() : "";
  Bytes pass = GetBytes(info[3]);
  bool want_private = info[4]->IsTrue();
  PassData pd{pass.ok ? pass.data : nullptr, pass.ok ? pass.size : 0};
  EVP_PKEY* pkey = nullptr;
  if (pem) {
    std::string text(data.begin(), data.end());
    bool is_cert = text.find("-----BEGIN CERTIFICATE-----") != std::string::npos;
    bool is_private = text.find("PRIVATE KEY-----") != std::string::npos;
    BioPtr bio(BIO_new_mem_buf(bytes, static_cast<int>(data.size())));
    if (!want_private && is_cert) {
      X509* x = PEM_read_bio_X509(bio.get(), nullptr, NoPassphrase, nullptr);
      if (x) pkey = X509_get_pubkey(x);
      X509_free(x);
    } else if (!want_private && !is_private) {
      pkey = PEM_read_bio_PUBKEY(bio.get(), nullptr, NoPassphrase, nullptr);
      if (pkey == nullptr) {
        ERR_clear_error();
        bio.reset(BIO_new_mem_buf(bytes, static_cast<int>(data.size())));
        OSSL_DECODER_CTX* d = OSSL_DECODER_CTX_new_for_pkey(&pkey, "PEM", "type-specific", nullptr,
                                                            EVP_PKEY_PUBLIC_KEY, nullptr, nullptr);
        if (d) OSSL_DECODER_from_bio(d, bio.get());
        OSSL_DECODER_CTX_free(d);
      }
    } else {
      pkey = PEM_read_bio_PrivateKey(bio.get(), nullptr, PassCallback, &pd);
      if (pkey == nullptr && pd.needed && !pass.ok) {
        // Node reports the cancelled passphrase prompt.
        ERR_clear_error();
        ERR_raise(ERR_LIB_CRYPTO, ERR_R_INTERRUPTED_OR_CANCELLED);
        return ThrowOpenSSLError(isolate, "Passphrase required for encrypted key");
      }
    }
  } else {
    const unsigned char* p = bytes;
    long len = static_cast<long>(data.size());
    if (!want_private) {
      if (type == "pkcs1") {
        pkey = d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, len);
      } else {
        pkey = d2i_PUBKEY(nullptr, &p, len);
      }
      // Node reports undecodable public DER with its own message, OpenSSL's errors in the stack.
      if (pkey == nullptr) return ThrowOpenSSLErrorStack(isolate, "Failed to read asymmetric key", true);
    } else if (data.empty()) {
      return ThrowError(isolate, "Failed to read private key");
    } else if (type == "pkcs8") {
      BioPtr bio(BIO_new_mem_buf(bytes, static_cast<int>(data.size())));
      if (IsEncryptedPkcs8(data)) {
        if (!pass.ok) return info.GetReturnValue().Set(Str(isolate, "passphrase"));
        pkey = d2i_PKCS8PrivateKey_bio(bio.get(), nullptr, PassCallback, &pd);
      } else {
        PKCS8_PRIV_KEY_INFO* p8 = d2i_PKCS8_PRIV_KEY_INFO_bio(bio.get(), nullptr);
        if (p8 != nullptr) pkey = EVP_PKCS82PKEY(p8);
        PKCS8_PRIV_KEY_INFO_free(p8);
      }
    } else {
      pkey = d2i_PrivateKey(type == "sec1" ? EVP_PKEY_EC : EVP_PKEY_RSA, nullptr, &p, len);
    }
  }
  if (pkey == nullptr && pem) {
    // Report the failure the way OpenSSL's generic decoder does (Node decodes through it).
    ERR_clear_error();
    BioPtr bio(BIO_new_mem_buf(bytes, static_cast<int>(data.size())));
    OSSL_DECODER_CTX* d = OSSL_DECODER_CTX_new_for_pkey(
        &pkey, "PEM", nullptr, nullptr, want_private ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
        nullptr, nullptr);
    if (d) {
      OSSL_DECODER_CTX_set_pem_password_cb(d, PassCallback, &pd);
      OSSL_DECODER_from_bio(d, bio.get());
    }
    OSSL_DECODER_CTX_free(d);
  }
  if (pkey == nullptr) return ThrowOpenSSLErrorStack(isolate, "Failed to read asymmetric key");
  ERR_clear_error();
  v8::Local<v8::Object> obj;
  if (KeyHandle::Create(isolate, pkey).ToLocal(&obj)) info.GetReturnValue().Set(obj);
}

BIGNUM* BnArg(v8::Local<v8::Value> v) {
  Bytes b = GetBytes(v);
  if (!b.ok) return nullptr;
  return BN_bin2bn(b.data, static_cast<int>(b.size), nullptr);
}

// importJwk(kty, crv, fields{n,e,d,p,q,dp,dq,qi | x,y,d: bytes}, private) -> handle | undefined
void ImportJwk(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  std::string kty = Utf8(isolate, info[0]).str();
  std::string crv = info[1]->IsString() ? Utf8(isolate, info[1]).str() : "";
  if (!info[2]->IsObject()) return;
  v8::Local<v8::Object> f = info[2].As<v8::Object>();
  bool priv = info[3]->IsTrue();
  auto field = [&](const char* name) -> v8::Local<v8::Value> {
    v8::Local<v8::Value> v;
    if (!f->Get(ctx, InternalizedStr(isolate, name)).ToLocal(&v)) return v8::Undefined(isolate);
    return v;
  };
  EVP_PKEY* pkey = nullptr;
  if (kty == "OKP") {
    const char* name = crv == "Ed25519" ? "ED25519" : crv == "Ed448" ? "ED448"
                       : crv == "X25519" ? "X25519" : crv == "X448" ? "X448" : nullptr;
    if (name == nullptr) return;
    Bytes b = GetBytes(field(priv ? "d" : "x"));
    if (!b.ok) return;
    pkey = priv ? EVP_PKEY_new_raw_private_key_ex(nullptr, name, nullptr, b.data, b.size)
                : EVP_PKEY_new_raw_public_key_ex(nullptr, name, nullptr, b.data, b.size);
  } else {
    OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
    std::vector<BIGNUM*> bns;
    const char* keytype = nullptr;
    std::vector<uint8_t> pub;
    bool ok = true;
    auto push_bn = [&](const char* param, const char* name) {
      BIGNUM* bn = BnArg(field(name));
      if (bn == nullptr) return false;
      bns.push_back(bn);
      return OSSL_PARAM_BLD_push_BN(bld, param, bn) == 1;
    };
    if (kty == "RSA") {
      keytype = "RSA";
      ok = push_bn(OSSL_PKEY_PARAM_RSA_N, "n") && push_bn(OSSL_PKEY_PARAM_RSA_E, "e");
      if (ok && priv) {
        ok = push_bn(OSSL_PKEY_PARAM_RSA_D, "d");
        if (ok && !field("p")->IsUndefined()) {
          ok = push_bn(OSSL_PKEY_PARAM_RSA_FACTOR1, "p") && push_bn(OSSL_PKEY_PARAM_RSA_FACTOR2, "q") &&
               push_bn(OSSL_PKEY_PARAM_RSA_EXPONENT1, "dp") &&
               push_bn(OSSL_PKEY_PARAM_RSA_EXPONENT2, "dq") &&
               push_bn(OSSL_PKEY_PARAM_RSA_COEFFICIENT1, "qi");
        }
      }
    } else if (kty == "EC") {
      keytype = "EC";
      const char* group = crv == "P-256" ? "prime256v1" : crv == "P-384" ? "secp384r1"
                          : crv == "P-521" ? "secp521r1" : crv == "secp256k1" ? "secp256k1" : nullptr;
      Bytes x = GetBytes(field("x")), y = GetBytes(field("y"));
      ok = group && x.ok && y.ok;
      if (ok) {
        pub.push_back(4);
        pub.insert(pub.end(), x.data, x.data + x.size);
        pub.insert(pub.end(), y.data, y.data + y.size);
        ok = OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, group, 0) == 1 &&
             OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, pub.data(), pub.size()) == 1;
      }
      if (ok && priv) ok = push_bn(OSSL_PKEY_PARAM_PRIV_KEY, "d");
    } else {
      ok = false;
    }
    OSSL_PARAM* params = ok ? OSSL_PARAM_BLD_to_param(bld) : nullptr;
    if (params) {
      PkeyCtxPtr pctx(EVP_PKEY_CTX_new_from_name(nullptr, keytype, nullptr));
      if (pctx && EVP_PKEY_fromdata_init(pctx.get()) == 1)
        EVP_PKEY_fromdata(pctx.get(), &pkey, priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params);
      OSSL_PARAM_free(params);
    }
    OSSL_PARAM_BLD_free(bld);
    for (BIGNUM* bn : bns) BN_clear_free(bn);
    if (pkey && kty == "EC") {
      // Reject points that are not on the curve.
      PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr));
      if (!check || EVP_PKEY_public_check(check.get()) != 1) {
        EVP_PKEY_free(pkey);
        pkey = nullptr;
      }
    }
  }
  ERR_clear_error();
  if (pkey == nullptr) return;
  v8::Local<v8::Object> obj;
  if (KeyHandle::Create(isolate, pkey).ToLocal(&obj)) info.GetReturnValue().Set(obj);
}

// fromRaw(type 'ec:<curve>'|'ed25519'|..., bytes, private) for webcrypto/ECDH raw keys.
void FromRaw(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string type = Utf8(isolate, info[0]).str();
  Bytes b = GetBytes(info[1]);
  bool priv = info[2]->IsTrue();
  if (!b.ok) return;
  EVP_PKEY* pkey = nullptr;
  if (type.rfind("ec:", 0) == 0) {
    std::string group = type.substr(3);
    OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, group.c_str(), 0);
    OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, b.data, b.size);
    OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(bld);
    PkeyCtxPtr pctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (params && pctx && EVP_PKEY_fromdata_init(pctx.get()) == 1)
      EVP_PKEY_fromdata(pctx.get(), &pkey, EVP_PKEY_PUBLIC_KEY, params);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    if (pkey) {
      PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr));
      if (!check || EVP_PKEY_public_check(check.get()) != 1) {
        EVP_PKEY_free(pkey);
        pkey = nullptr;
      }
    }
  } else {
    pkey = priv ? EVP_PKEY_new_raw_private_key_ex(nullptr, type.c_str(), nullptr, b.data, b.size)
                : EVP_PKEY_new_raw_public_key_ex(nullptr, type.c_str(), nullptr, b.data, b.size);
  }
  ERR_clear_error();
  if (pkey == nullptr) return;
  v8::Local<v8::Object> obj;
  if (KeyHandle::Create(isolate, pkey).ToLocal(&obj)) info.GetReturnValue().Set(obj);
}

// ---- key generation ----

// Node reports the OpenSSL failure of a key generation (sync or async) or of a threadpool
// sign/verify as a plain Error carrying OpenSSL's text only (no code, library or reason).
class PlainErrorTask : public Task {
 public:
  bool plain_errors = true;
  void Finish(v8::Isolate* isolate, v8::Local<v8::Value>* err, v8::Local<v8::Value>* value) override {
    if (plain_errors && failed_ && ossl_err_ != 0) {
      char buf[256];
      ERR_error_string_n(ossl_err_, buf, sizeof(buf));
      *err = v8::Exception::Error(Str(isolate, buf));
      return;
    }
    Task::Finish(isolate, err, value);
  }
};

class KeyGenTask : public PlainErrorTask {
 public:
  std::string type;       // RSA, RSA-PSS, DSA, DH, EC, ED25519, ED448, X25519, X448
  int bits = 0;           // RSA/DSA modulus, DH prime length
  int divisor = -1;       // DSA q bits (-1: OpenSSL's default)
  std::string group;      // DH: a modp group name ...
  std::vector<uint8_t> prime;  // ... or a prime (with `generator`), or `bits` to generate one
  int generator = 2;
  uint64_t exponent = 65537;
  std::string curve;
  bool explicit_curve = false;  // EC: paramEncoding 'explicit'
  std::string pss_md, pss_mgf1_md;
  int pss_salt = -1;
  EVP_PKEY* pkey = nullptr;
  ~KeyGenTask() override { EVP_PKEY_free(pkey); }

  // DSA and DH keys are generated from domain parameters: generated ones, or a given prime.
  bool MakeParams(EVP_PKEY** params) {
    if (type == "DH" && (!group.empty() || !prime.empty())) {
      BnPtr p(group.empty() ? BN_bin2bn(prime.data(), static_cast<int>(prime.size()), nullptr)
                            : DhGroupPrime(group));
      BnPtr g(BN_new());
      if (!p || !g || BN_set_word(g.get(), static_cast<BN_ULONG>(generator)) != 1) return false;
      OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
      OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_P, p.get());
      OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_FFC_G, g.get());
      OSSL_PARAM* ps = OSSL_PARAM_BLD_to_param(bld);
      PkeyCtxPtr pctx(EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr));
      bool ok = ps && pctx && EVP_PKEY_fromdata_init(pctx.get()) == 1 &&
                EVP_PKEY_fromdata(pctx.get(), params, EVP_PKEY_KEY_PARAMETERS, ps) == 1;
      OSSL_PARAM_free(ps);
      OSSL_PARAM_BLD_free(bld);
      return ok;
    }
    PkeyCtxPtr pctx(EVP_PKEY_CTX_new_from_name(nullptr, type.c_str(), nullptr));
    if (!pctx || EVP_PKEY_paramgen_init(pctx.get()) != 1) return false;
    if (type == "DSA") {
      if (EVP_PKEY_CTX_set_dsa_paramgen_bits(pctx.get(), bits) != 1) return false;
      if (divisor >= 0 && EVP_PKEY_CTX_set_dsa_paramgen_q_bits(pctx.get(), divisor) != 1) return false;
    } else {
      if (EVP_PKEY_CTX_set_dh_paramgen_prime_len(pctx.get(), bits) != 1 ||
          EVP_PKEY_CTX_set_dh_paramgen_generator(pctx.get(), generator) != 1)
        return false;
    }
    return EVP_PKEY_paramgen(pctx.get(), params) == 1;
  }

  void Run() override {
    if (type == "DSA" || type == "DH") {
      EVP_PKEY* params = nullptr;
      if (!MakeParams(&params)) {
        EVP_PKEY_free(params);
        return FailOpenSSL("Key generation failed");
      }
      PkeyCtxPtr kctx(EVP_PKEY_CTX_new_from_pkey(nullptr, params, nullptr));
      EVP_PKEY_free(params);
      if (!kctx || EVP_PKEY_keygen_init(kctx.get()) != 1 || EVP_PKEY_generate(kctx.get(), &pkey) != 1)
        return FailOpenSSL("Key generation failed");
      return;
    }
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type.c_str(), nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1) return FailOpenSSL("Key generation failed");
    if (type == "RSA" || type == "RSA-PSS") {
      // node's OpenSSL fails an exponent of 0 without queuing an error
      if (exponent == 0) return Fail(nullptr, "Key generation job failed");
      BnPtr e(BN_new());
      BN_set_word(e.get(), exponent);
      if (EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), bits) != 1 ||
          EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx.get(), e.get()) != 1)
        return FailOpenSSL("Key generation failed");
      if (type == "RSA-PSS") {
        // As RFC 8017 recommends (and Node does): MGF1 with the message digest, and a salt as
        // long as the digest, unless given.
        const EVP_MD* md = pss_md.empty() ? nullptr : FindDigest(pss_md);
        const EVP_MD* mgf1 = pss_mgf1_md.empty() ? md : FindDigest(pss_mgf1_md);
        int salt = pss_salt < 0 && md != nullptr ? EVP_MD_get_size(md) : pss_salt;
        if ((!pss_md.empty() && (md == nullptr || EVP_PKEY_CTX_set_rsa_pss_keygen_md(ctx.get(), md) != 1)) ||
            (!pss_mgf1_md.empty() && mgf1 == nullptr) ||
            (mgf1 != nullptr && EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md(ctx.get(), mgf1) != 1) ||
            (salt >= 0 && EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(ctx.get(), salt) != 1))
          return FailOpenSSL("Key generation failed");
      }
    } else if (type == "EC") {
      if (EVP_PKEY_CTX_set_group_name(ctx.get(), curve.c_str()) != 1 ||
          (explicit_curve && EVP_PKEY_CTX_set_ec_param_enc(ctx.get(), OPENSSL_EC_EXPLICIT_CURVE) != 1))
        return FailOpenSSL("Key generation failed");
    }
    if (EVP_PKEY_generate(ctx.get(), &pkey) != 1) return FailOpenSSL("Key generation failed");
  }

  v8::MaybeLocal<v8::Value> Value(v8::Isolate* isolate) override {
    EVP_PKEY_up_ref(pkey);
    v8::Local<v8::Object> pub, priv;
    if (!KeyHandle::Create(isolate, pkey).ToLocal(&pub)) return {};
    EVP_PKEY* p = pkey;
    pkey = nullptr;
    if (!KeyHandle::Create(isolate, p).ToLocal(&priv)) return {};
    v8::Local<v8::Value> pair[] = {pub, priv};
    return v8::Array::New(isolate, pair, 2);
  }
};

// generateKeyPair(job, type, bits|curve, exponent|explicitCurve, pssMd, pssMgf1Md, pssSalt) -> [pub, priv]
// generateKeyPair(job, 'DSA', bits, divisorBits) / (job, 'DH', group|prime|primeBits, generator)
void GenerateKeyPair(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  auto task = std::make_unique<KeyGenTask>();
  task->type = Utf8(isolate, info[1]).str();
  if (task->type == "DSA" || task->type == "DH") {
    if (info[2]->IsNumber()) task->bits = static_cast<int>(info[2].As<v8::Number>()->Value());
    else if (info[2]->IsString()) task->group = Utf8(isolate, info[2]).str();
    else if (!CopyBytes(isolate, info[2], &task->prime)) return ThrowTypeError(isolate, "bad DH prime");
    if (info[3]->IsNumber()) {
      int n = static_cast<int>(info[3].As<v8::Number>()->Value());
      if (task->type == "DSA") task->divisor = n;
      else task->generator = n;
    }
    if (!task->group.empty()) {
      BnPtr p(DhGroupPrime(task->group));
      if (!p) return ThrowCodedError(isolate, "ERR_CRYPTO_UNKNOWN_DH_GROUP", "Unknown DH group", false);
    }
    return RunTask(info, info[0], std::move(task));
  }
  if (info[2]->IsNumber()) task->bits = static_cast<int>(info[2].As<v8::Number>()->Value());
  else if (info[2]->IsString()) task->curve = Utf8(isolate, info[2]).str();
  if (info[3]->IsNumber()) task->exponent = static_cast<uint64_t>(info[3].As<v8::Number>()->Value());
  task->explicit_curve = info[3]->IsTrue();
  if (info[4]->IsString()) task->pss_md = Utf8(isolate, info[4]).str();
  if (info[5]->IsString()) task->pss_mgf1_md = Utf8(isolate, info[5]).str();
  if (info[6]->IsNumber()) task->pss_salt = static_cast<int>(info[6].As<v8::Number>()->Value());
  RunTask(info, info[0], std::move(task));
}

// ---- sign / verify ----

// Bytes of each half of an IEEE P1363 (r || s) signature: the size of the group order (EC) or of
// q (DSA); 0 for other keys, whose signatures are not converted.
int SigHalfBytes(EVP_PKEY* pkey) {
  int id = EVP_PKEY_get_base_id(pkey);
  if (id == EVP_PKEY_EC) return (EVP_PKEY_get_bits(pkey) + 7) / 8;
  if (id != EVP_PKEY_DSA) return 0;
  BIGNUM* q = nullptr;
  if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_FFC_Q, &q) != 1) return 0;
  int n = BN_num_bytes(q);
  BN_free(q);
  return n;
}

bool DerToP1363(int n, const std::vector<uint8_t>& der, std::vector<uint8_t>* out) {
  const unsigned char* p = der.data();
  ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size()));
  if (sig == nullptr) return false;
  out->assign(2 * n, 0);
  const BIGNUM *r, *s;
  ECDSA_SIG_get0(sig, &r, &s);
  bool ok = BN_bn2binpad(r, out->data(), n) == n && BN_bn2binpad(s, out->data() + n, n) == n;
  ECDSA_SIG_free(sig);
  return ok;
}

bool P1363ToDer(int n, const uint8_t* p, size_t len, std::vector<uint8_t>* out) {
  if (len != 2 * static_cast<size_t>(n)) return false;
  ECDSA_SIG* sig = ECDSA_SIG_new();
  BIGNUM* r = BN_bin2bn(p, n, nullptr);
  BIGNUM* s = BN_bin2bn(p + n, n, nullptr);
  if (ECDSA_SIG_set0(sig, r, s) != 1) {
    BN_free(r);
    BN_free(s);
    ECDSA_SIG_free(sig);
    return false;
  }
  int dl = i2d_ECDSA_SIG(sig, nullptr);
  out->resize(dl > 0 ? dl : 0);
  unsigned char* q = out->data();
  i2d_ECDSA_SIG(sig, &q);
  ECDSA_SIG_free(sig);
  return dl > 0;
}

bool ApplyRsaOptions(EVP_PKEY_CTX* pctx, EVP_PKEY* pkey, int padding, int salt_len) {
  int id = EVP_PKEY_get_base_id(pkey);
  if (id != EVP_PKEY_RSA && id != EVP_PKEY_RSA_PSS) return true;
  if (padding >= 0 && EVP_PKEY_CTX_set_rsa_padding(pctx, padding) != 1) return false;
  if (salt_len != INT32_MIN && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, salt_len) != 1) return false;
  return true;
}

// One signature or verification; runs inline (sync API, createSign/createVerify) or on the
// threadpool (one-shot crypto.sign/verify with a callback).
class SignTask : public PlainErrorTask {
 public:
  bool verify = false;
  EVP_PKEY* pkey = nullptr;
  const EVP_MD* md = nullptr;
  std::vector<uint8_t> data, sig, out;
  int padding = -1, salt = INT32_MIN;
  bool p1363 = false;
  bool verified = false;
  ~SignTask() override { EVP_PKEY_free(pkey); }

  void Run() override {
    // node's OpenSSL refuses XOF digests for ECDSA and DSA (the system one may not)
    if (md != nullptr && (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0) {
      int id = EVP_PKEY_get_base_id(pkey);
      if (id == EVP_PKEY_EC || id == EVP_PKEY_DSA) {
        ERR_raise(ERR_LIB_PROV, id == EVP_PKEY_EC ? PROV_R_INVALID_DIGEST : PROV_R_DIGEST_NOT_ALLOWED);
        return FailOpenSSL(verify ? "Verification failed" : "Signing failed");
      }
    }
    EVP_MD_CTX* mctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX* pctx = nullptr;
    int half = p1363 ? SigHalfBytes(pkey) : 0;
    if (!verify) {
      size_t len = 0;
      bool ok = EVP_DigestSignInit(mctx, &pctx, md, nullptr, pkey) == 1 &&
                ApplyRsaOptions(pctx, pkey, padding, salt) &&
                EVP_DigestSign(mctx, nullptr, &len, data.data(), data.size()) == 1;
      if (ok) {
        out.resize(len);
        ok = EVP_DigestSign(mctx, out.data(), &len, data.data(), data.size()) == 1;
        out.resize(len);
      }
      EVP_MD_CTX_free(mctx);
      if (!ok) return FailOpenSSL("Signing failed");
      if (half > 0) {
        std::vector<uint8_t> conv;
        if (!DerToP1363(half, out, &conv)) return FailOpenSSL("Signing failed");
        out.swap(conv);
      }
      return;
    }
    std::vector<uint8_t> der;
    const uint8_t* sp = sig.data();
    size_t sl = sig.size();
    if (half > 0) {
      if (!P1363ToDer(half, sig.data(), sig.size(), &der)) {
        EVP_MD_CTX_free(mctx);
        ERR_clear_error();
        return;
      }
      sp = der.data();
      sl = der.size();
    }
    bool init = EVP_DigestVerifyInit(mctx, &pctx, md, nullptr, pkey) == 1 &&
                ApplyRsaOptions(pctx, pkey, padding, salt);
    if (!init) {
      EVP_MD_CTX_free(mctx);
      return FailOpenSSL("Verification failed");
    }
    verified = EVP_DigestVerify(mctx, sp, sl, data.data(), data.size()) == 1;
    EVP_MD_CTX_free(mctx);
    ERR_clear_error();
  }

  v8::MaybeLocal<v8::Value> Value(v8::Isolate* isolate) override {
    if (verify) return v8::Boolean::New(isolate, verified);
    v8::Local<v8::ArrayBuffer> ab;
    if (!TakeArrayBuffer(isolate, std::move(out)).ToLocal(&ab)) return {};
    return ab;
  }
};

// sign(job|undefined, key, data, digest|null, padding|-1, saltLength|null, dsaEncoding 0 der | 1 p1363)
// -> ArrayBuffer; verify(job|undefined, key, data, signature, digest|null, padding, saltLength,
// dsaEncoding) -> bool. Either returns the string 'digest' (synchronously) for an unknown digest.
void SignOrVerify(const Info& info, bool verify) {
  v8::Isolate* isolate = info.GetIsolate();
  auto task = std::make_unique<SignTask>();
  task->verify = verify;
  task->plain_errors = info[0]->IsFunction();
  EVP_PKEY* pkey = GetPkey(info[1]);
  int i = verify ? 4 : 3;
  if (pkey == nullptr || !CopyBytes(isolate, info[2], &task->data) ||
      (verify && !CopyBytes(isolate, info[3], &task->sig)))
    return ThrowTypeError(isolate, "key and data expected");
  if (info[i]->IsString()) {
    task->md = FindDigest(Utf8(isolate, info[i]).str());
    if (task->md == nullptr) return info.GetReturnValue().Set(Str(isolate, "digest"));
  }
  EVP_PKEY_up_ref(pkey);
  task->pkey = pkey;
  if (info[i + 1]->IsNumber()) task->padding = static_cast<int>(info[i + 1].As<v8::Number>()->Value());
  if (info[i + 2]->IsNumber()) task->salt = static_cast<int>(info[i + 2].As<v8::Number>()->Value());
  task->p1363 = info[i + 3]->IsTrue() || (info[i + 3]->IsNumber() && info[i + 3].As<v8::Number>()->Value() == 1);
  RunTask(info, info[0], std::move(task));
}

void Sign(const Info& info) { SignOrVerify(info, false); }
void Verify(const Info& info) { SignOrVerify(info, true); }

// rsaCipher(mode 0 publicEncrypt | 1 privateDecrypt | 2 privateEncrypt | 3 publicDecrypt,
//           key, data, padding, oaepHash|undefined, oaepLabel|undefined) -> ArrayBuffer
void RsaCipher(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int mode = static_cast<int>(info[0].As<v8::Number>()->Value());
  EVP_PKEY* pkey = GetPkey(info[1]);
  Bytes data = GetBytes(info[2]);
  if (pkey == nullptr || !data.ok) return ThrowTypeError(isolate, "key and data expected");
  int padding = static_cast<int>(info[3].As<v8::Number>()->Value());
  const EVP_MD* md = nullptr;
  if (info[4]->IsString()) {
    md = FindDigest(Utf8(isolate, info[4]).str());
    if (md == nullptr) return info.GetReturnValue().Set(Str(isolate, "digest"));
  }
  Bytes label = GetBytes(info[5]);
  PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr));
  int ok = ctx != nullptr;
  if (ok) {
    switch (mode) {
      case 0: ok = EVP_PKEY_encrypt_init(ctx.get()); break;
      case 1: ok = EVP_PKEY_decrypt_init(ctx.get()); break;
      case 2: ok = EVP_PKEY_sign_init(ctx.get()); break;
      default: ok = EVP_PKEY_verify_recover_init(ctx.get()); break;
    }
  }
  if (ok == 1) ok = EVP_PKEY_CTX_set_rsa_padding(ctx.get(), padding);
  if (ok == 1 && padding == RSA_PKCS1_OAEP_PADDING) {
    if (md) ok = EVP_PKEY_CTX_set_rsa_oaep_md(ctx.get(), md);
    if (ok == 1 && label.ok && label.size > 0) {
      void* l = OPENSSL_memdup(label.data, label.size);
      ok = EVP_PKEY_CTX_set0_rsa_oaep_label(ctx.get(), l, static_cast<int>(label.size));
      if (ok != 1) OPENSSL_free(l);
    }
  }
  std::vector<uint8_t> out;
  size_t len = 0;
  auto run = [&](uint8_t* o, size_t* l) {
    switch (mode) {
      case 0: return EVP_PKEY_encrypt(ctx.get(), o, l, data.data, data.size);
      case 1: return EVP_PKEY_decrypt(ctx.get(), o, l, data.data, data.size);
      case 2: return EVP_PKEY_sign(ctx.get(), o, l, data.data, data.size);
      default: return EVP_PKEY_verify_recover(ctx.get(), o, l, data.data, data.size);
    }
  };
  if (ok == 1) ok = run(nullptr, &len);
  if (ok == 1) {
    out.resize(len);
    ok = run(out.data(), &len);
    out.resize(len);
  }
  // with no queued error node prints OpenSSL's text for error 0
  if (ok != 1) return ThrowOpenSSLError(isolate, "error:00000000:lib(0)::reason(0)");
  v8::Local<v8::ArrayBuffer> ab;
  if (TakeArrayBuffer(isolate, std::move(out)).ToLocal(&ab)) info.GetReturnValue().Set(ab);
}

// deriveSecret(privateHandle, publicHandle) -> ArrayBuffer (ECDH, X25519/X448, DH)
void DeriveSecret(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  EVP_PKEY* priv = GetPkey(info[0]);
  EVP_PKEY* pub = GetPkey(info[1]);
  if (!priv || !pub) return ThrowTypeError(isolate, "keys expected");
  PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, priv, nullptr));
  size_t len = 0;
  std::vector<uint8_t> out;
  // A DH secret keeps the prime's size (leading zero bytes included), as node's.
  const int type = priv != nullptr ? EVP_PKEY_get_base_id(priv) : 0;
  const bool dh = type == EVP_PKEY_DH || type == EVP_PKEY_DHX;
  bool ok = ctx && EVP_PKEY_derive_init(ctx.get()) == 1 &&
            (!dh || EVP_PKEY_CTX_set_dh_pad(ctx.get(), 1) == 1) &&
            EVP_PKEY_derive_set_peer(ctx.get(), pub) == 1 &&
            EVP_PKEY_derive(ctx.get(), nullptr, &len) == 1;
  if (ok) {
    out.resize(len);
    ok = EVP_PKEY_derive(ctx.get(), out.data(), &len) == 1;
    out.resize(len);
  }
  if (!ok) return ThrowOpenSSLError(isolate, "Failed to derive secret");
  v8::Local<v8::ArrayBuffer> ab;
  if (TakeArrayBuffer(isolate, std::move(out)).ToLocal(&ab)) info.GetReturnValue().Set(ab);
}

// ---- ECDH helpers ----

// ecPointConvert(curve, pointBytes, form 2|4|6) -> ArrayBuffer | undefined (invalid point)
void EcPointConvert(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  int nid = OBJ_sn2nid(Utf8(isolate, info[0]).data());
  Bytes in = GetBytes(info[1]);
  int form = static_cast<int>(info[2].As<v8::Number>()->Value());
  EC_GROUP* group = nid != NID_undef ? EC_GROUP_new_by_curve_name(nid) : nullptr;
  if (group == nullptr || !in.ok) {
    EC_GROUP_free(group);
    ERR_clear_error();
    return;
  }
  EC_POINT* pt = EC_POINT_new(group);
  std::vector<uint8_t> out;
  if (EC_POINT_oct2point(group, pt, in.data, in.size, nullptr) == 1) {
    size_t n = EC_POINT_point2oct(group, pt, static_cast<point_conversion_form_t>(form), nullptr, 0, nullptr);
    out.resize(n);
    EC_POINT_point2oct(group, pt, static_cast<point_conversion_form_t>(form), out.data(), n, nullptr);
  }
  EC_POINT_free(pt);
  EC_GROUP_free(group);
  ERR_clear_error();
  if (out.empty()) return;
  v8::Local<v8::ArrayBuffer> ab;
  if (TakeArrayBuffer(isolate, std::move(out)).ToLocal(&ab)) info.GetReturnValue().Set(ab);
}

// ecFromPrivate(curve, privBytes) -> handle | undefined (out of range)
void EcFromPrivate(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string curve = Utf8(isolate, info[0]).str();
  int nid = OBJ_sn2nid(curve.c_str());
  Bytes in = GetBytes(info[1]);
  EC_GROUP* group = nid != NID_undef ? EC_GROUP_new_by_curve_name(nid) : nullptr;
  if (group == nullptr || !in.ok) {
    EC_GROUP_free(group);
    return;
  }
  BnPtr d(BN_bin2bn(in.data, static_cast<int>(in.size), nullptr));
  EVP_PKEY* pkey = nullptr;
  if (!BN_is_zero(d.get()) && BN_cmp(d.get(), EC_GROUP_get0_order(group)) < 0) {
    EC_POINT* pub = EC_POINT_new(group);
    std::vector<uint8_t> pubb;
    if (EC_POINT_mul(group, pub, d.get(), nullptr, nullptr, nullptr) == 1) {
      size_t n = EC_POINT_point2oct(group, pub, POINT_CONVERSION_UNCOMPRESSED, nullptr, 0, nullptr);
      pubb.resize(n);
      EC_POINT_point2oct(group, pub, POINT_CONVERSION_UNCOMPRESSED, pubb.data(), n, nullptr);
    }
    EC_POINT_free(pub);
    OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, OBJ_nid2sn(nid), 0);
    OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, pubb.data(), pubb.size());
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, d.get());
    OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(bld);
    PkeyCtxPtr pctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (params && pctx && EVP_PKEY_fromdata_init(pctx.get()) == 1)
      EVP_PKEY_fromdata(pctx.get(), &pkey, EVP_PKEY_KEYPAIR, params);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
  }
  EC_GROUP_free(group);
  ERR_clear_error();
  if (pkey == nullptr) return;
  v8::Local<v8::Object> obj;
  if (KeyHandle::Create(isolate, pkey).ToLocal(&obj)) info.GetReturnValue().Set(obj);
}

void IsValidCurve(const Info& info) {
  int nid = OBJ_sn2nid(Utf8(info.GetIsolate(), info[0]).data());
  EC_GROUP* g = nid != NID_undef ? EC_GROUP_new_by_curve_name(nid) : nullptr;
  info.GetReturnValue().Set(g != nullptr);
  EC_GROUP_free(g);
  ERR_clear_error();
}

}  // namespace

void InitKeys(Binding& b) {
  v8::Local<v8::FunctionTemplate> cls = b.Class("KeyObjectHandle", KeyHandle::New);
  b.ProtoMethod(cls, "keyType", KeyHandle::KeyType);
  b.ProtoMethod(cls, "hasPrivateKey", KeyHandle::HasPrivateKey);
  b.ProtoMethod(cls, "equals", KeyHandle::Equals, 1);
  b.ProtoMethod(cls, "details", KeyHandle::Details);
  b.ProtoMethod(cls, "export", KeyHandle::Export, 5);
  b.ProtoMethod(cls, "exportJwk", KeyHandle::ExportJwk, 1);
  b.ProtoMethod(cls, "rawPublic", KeyHandle::RawPublic);
  b.ProtoMethod(cls, "rawPrivate", KeyHandle::RawPrivate);
  b.Install("KeyObjectHandle", cls);
  b.Method("parseKey", ParseKey, 5);
  b.Method("importJwk", ImportJwk, 4);
  b.Method("fromRaw", FromRaw, 3);
  b.Method("generateKeyPair", GenerateKeyPair, 7);
  b.Method("sign", Sign, 7);
  b.Method("verify", Verify, 8);
  b.Method("rsaCipher", RsaCipher, 6);
  b.Method("deriveSecret", DeriveSecret, 2);
  b.Method("ecPointConvert", EcPointConvert, 3);
  b.Method("ecFromPrivate", EcFromPrivate, 2);
  b.Method("isValidCurve", IsValidCurve, 1);
  if (b.recording()) return;
  v8::Local<v8::Value> ctor;
  if (b.target()->Get(b.context(), InternalizedStr(b.isolate(), "KeyObjectHandle")).ToLocal(&ctor) &&
      ctor->IsFunction())
    b.realm()->BindingData<KeysData>()->handle_ctor.Reset(b.isolate(), ctor.As<v8::Function>());
}

}  // namespace nodus::crypto

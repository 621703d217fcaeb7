// X509Certificate: a parsed X509 (PEM or DER) and the fields Node exposes.
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstring>

#include "bindings/crypto_util.h"
#include "runtime/realm.h"

namespace nodus::crypto {

namespace {

struct BioFree {
  void operator()(BIO* b) const { BIO_free_all(b); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

v8::Local<v8::Value> BioString(v8::Isolate* isolate, BIO* bio) {
  BUF_MEM* mem = nullptr;
  BIO_get_mem_ptr(bio, &mem);
  v8::Local<v8::String> s;
  if (!v8::String::NewFromUtf8(isolate, mem->data, v8::NewStringType::kNormal,
                               static_cast<int>(mem->length))
           .ToLocal(&s))
    return v8::Undefined(isolate);
  return s;
}

// "AA:BB:..." of the certificate's digest; empty on failure.
std::string FingerprintOf(X509* cert, const EVP_MD* md) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (md == nullptr || X509_digest(cert, md, buf, &n) != 1) return {};
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned int i = 0; i < n; i++) {
    if (i) out.push_back(':');
    out.push_back(kHex[buf[i] >> 4]);
    out.push_back(kHex[buf[i] & 15]);
  }
  return out;
}

// OpenSSL's text of the extension `nid`; false when the certificate has none.
bool ExtensionText(X509* cert, int nid, std::string* out) {
  int idx = X509_get_ext_by_NID(cert, nid, -1);
  if (idx < 0) return false;
  BioPtr bio(BIO_new(BIO_s_mem()));
  if (X509V3_EXT_print(bio.get(), X509_get_ext(cert, idx), 0, 0) != 1) {
    ERR_clear_error();
    return false;
  }
  BUF_MEM* mem = nullptr;
  BIO_get_mem_ptr(bio.get(), &mem);
  out->assign(mem->data, mem->length);
  return true;
}

std::string SerialHex(X509* cert) {
  BIGNUM* bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
  if (bn == nullptr) return {};
  char* hex = BN_bn2hex(bn);
  std::string out = hex ? hex : "";
  OPENSSL_free(hex);
  BN_free(bn);
  return out;
}

// The extended key usage OIDs, or an empty handle when the extension is absent.
v8::Local<v8::Value> ExtKeyUsage(v8::Isolate* isolate, X509* cert) {
  auto* eku = static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr));
  if (eku == nullptr) return {};
  std::vector<v8::Local<v8::Value>> out;
  for (int i = 0; i < sk_ASN1_OBJECT_num(eku); i++) {
    char buf[256];
    if (OBJ_obj2txt(buf, sizeof(buf), sk_ASN1_OBJECT_value(eku, i), 1) >= 0) out.push_back(Str(isolate, buf));
  }
  sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
  return v8::Array::New(isolate, out.data(), out.size());
}

std::string TimeText(const ASN1_TIME* t) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  ASN1_TIME_print(bio.get(), t);
  BUF_MEM* mem = nullptr;
  BIO_get_mem_ptr(bio.get(), &mem);
  return std::string(mem->data, mem->length);
}

v8::Local<v8::Value> U8(v8::Isolate* isolate, const uint8_t* data, size_t n) {
  v8::Local<v8::ArrayBuffer> ab;
  if (!NewArrayBuffer(isolate, data, n).ToLocal(&ab)) return {};
  return v8::Uint8Array::New(ab, 0, n);
}

// {C: 'US', CN: ..., OU: [a, b]} with a null prototype; repeated fields become arrays.
v8::MaybeLocal<v8::Object> NameObject(v8::Isolate* isolate, X509_NAME* name) {
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Object> o = v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  for (int i = 0; i < X509_NAME_entry_count(name); i++) {
    X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
    ASN1_OBJECT* obj = X509_NAME_ENTRY_get_object(entry);
    int nid = OBJ_obj2nid(obj);
    char oid[128];
    const char* key = nid != NID_undef ? OBJ_nid2sn(nid) : nullptr;
    if (key == nullptr) {
      if (OBJ_obj2txt(oid, sizeof(oid), obj, 1) < 0) continue;
      key = oid;
    }
    unsigned char* utf8 = nullptr;
    int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
    if (len < 0) {
      ERR_clear_error();
      continue;
    }
    v8::Local<v8::String> value;
    bool ok = v8::String::NewFromUtf8(isolate, reinterpret_cast<char*>(utf8), v8::NewStringType::kNormal, len)
                  .ToLocal(&value);
    OPENSSL_free(utf8);
    if (!ok) return {};
    v8::Local<v8::String> k = Str(isolate, key);
    v8::Local<v8::Value> prev;
    if (!o->Get(ctx, k).ToLocal(&prev)) return {};
    if (prev->IsArray()) {
      v8::Local<v8::Array> arr = prev.As<v8::Array>();
      if (arr->Set(ctx, arr->Length(), value).IsNothing()) return {};
    } else if (!prev->IsUndefined()) {
      v8::Local<v8::Value> pair[] = {prev, value};
      if (o->Set(ctx, k, v8::Array::New(isolate, pair, 2)).IsNothing()) return {};
    } else if (o->Set(ctx, k, value).IsNothing()) {
      return {};
    }
  }
  return o;
}

// "OCSP - URI:http://a\nCA Issuers - URI:http://b" -> {'OCSP - URI': ['http://a'], ...}
v8::MaybeLocal<v8::Object> InfoAccessObject(v8::Isolate* isolate, const std::string& text) {
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Object> o = v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(pos, nl - pos);
    pos = nl + 1;
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    v8::Local<v8::String> k = Str(isolate, line.substr(0, colon));
    v8::Local<v8::Value> cur;
    if (!o->Get(ctx, k).ToLocal(&cur)) return {};
    v8::Local<v8::Array> arr = cur->IsArray() ? cur.As<v8::Array>() : v8::Array::New(isolate);
    if (arr->Set(ctx, arr->Length(), Str(isolate, line.substr(colon + 1))).IsNothing() ||
        o->Set(ctx, k, arr).IsNothing())
      return {};
  }
  return o;
}

}  // namespace

v8::MaybeLocal<v8::Object> X509ToLegacyObject(v8::Isolate* isolate, X509* cert) {
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Object> o = v8::Object::New(isolate);
  auto set = [&](const char* key, v8::Local<v8::Value> v) { return v.IsEmpty() || SetProp(ctx, o, key, v); };
  v8::Local<v8::Object> subject, issuer;
  if (!NameObject(isolate, X509_get_subject_name(cert)).ToLocal(&subject) ||
      !NameObject(isolate, X509_get_issuer_name(cert)).ToLocal(&issuer) || !set("subject", subject) ||
      !set("issuer", issuer))
    return {};
  std::string text;
  if (ExtensionText(cert, NID_subject_alt_name, &text) && !set("subjectaltname", Str(isolate, text))) return {};
  if (ExtensionText(cert, NID_info_access, &text)) {
    v8::Local<v8::Object> ia;
    if (!InfoAccessObject(isolate, text).ToLocal(&ia) || !set("infoAccess", ia)) return {};
  }
  if (!set("ca", v8::Boolean::New(isolate, X509_check_ca(cert) == 1))) return {};
  EVP_PKEY* pkey = X509_get0_pubkey(cert);
  if (pkey != nullptr && EVP_PKEY_get_id(pkey) == EVP_PKEY_RSA) {
    BIGNUM *n = nullptr, *e = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_N, &n) == 1 &&
        EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_E, &e) == 1) {
      char* nhex = BN_bn2hex(n);
      std::string modulus = nhex ? nhex : "";
      OPENSSL_free(nhex);
      // BN_bn2hex pads to whole bytes; Node prints the modulus without a leading zero nibble.
      if (modulus.size() > 1 && modulus[0] == '0') modulus.erase(0, 1);
      char ebuf[32];
      snprintf(ebuf, sizeof(ebuf), "0x%llx", static_cast<unsigned long long>(BN_get_word(e)));
      unsigned char* der = nullptr;
      int len = i2d_PUBKEY(pkey, &der);
      bool ok = set("modulus", Str(isolate, modulus)) && set("bits", v8::Integer::New(isolate, BN_num_bits(n))) &&
                set("exponent", Str(isolate, ebuf)) && (len <= 0 || set("pubkey", U8(isolate, der, len)));
      OPENSSL_free(der);
      BN_free(n);
      BN_free(e);
      if (!ok) return {};
    } else {
      BN_free(n);
      BN_free(e);
    }
  } else if (pkey != nullptr && EVP_PKEY_get_id(pkey) == EVP_PKEY_EC) {
    std::vector<uint8_t> point;
    size_t plen = 0;
    if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, nullptr, 0, &plen) == 1) {
      point.resize(plen);
      EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point.data(), plen, &plen);
    }
    if (!set("bits", v8::Integer::New(isolate, EVP_PKEY_get_bits(pkey))) ||
        (!point.empty() && !set("pubkey", U8(isolate, point.data(), point.size()))))
      return {};
    char group[80] = {0};
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof(group), nullptr) == 1) {
      int nid = OBJ_txt2nid(group);
      if (nid != NID_undef) {
        const char* nist = EC_curve_nid2nist(nid);
        if (!set("asn1Curve", Str(isolate, OBJ_nid2sn(nid))) || (nist && !set("nistCurve", Str(isolate, nist))))
          return {};
      }
    }
  }
  ERR_clear_error();
  unsigned char* der = nullptr;
  int dlen = i2d_X509(cert, &der);
  bool ok = set("valid_from", Str(isolate, TimeText(X509_get0_notBefore(cert)))) &&
            set("valid_to", Str(isolate, TimeText(X509_get0_notAfter(cert)))) &&
            set("fingerprint", Str(isolate, FingerprintOf(cert, EVP_sha1()))) &&
            set("fingerprint256", Str(isolate, FingerprintOf(cert, EVP_sha256()))) &&
            set("fingerprint512", Str(isolate, FingerprintOf(cert, EVP_sha512()))) &&
            set("ext_key_usage", ExtKeyUsage(isolate, cert)) &&
            set("serialNumber", Str(isolate, SerialHex(cert))) &&
            (dlen <= 0 || set("raw", U8(isolate, der, dlen)));
  OPENSSL_free(der);
  if (!ok) return {};
  return scope.Escape(o);
}

namespace {

class X509Handle : public BaseObject {
 public:
  X509Handle(Realm* realm, v8::Local<v8::Object> obj) : BaseObject(realm, obj) {}
  ~X509Handle() override { X509_free(cert_); }

  static void New(const Info& info) {
    if (!info.IsConstructCall()) return ThrowTypeError(info.GetIsolate(), "Illegal constructor");
    new X509Handle(Realm::From(info), info.This());
  }

  // parse(bytes): PEM or DER; throws the OpenSSL error.
  static void Parse(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    Bytes b = GetBytes(info[0]);
    if (!b.ok) return ThrowTypeError(isolate, "bytes expected");
    BioPtr bio(BIO_new_mem_buf(b.data, static_cast<int>(b.size)));
    X509* x = PEM_read_bio_X509_AUX(bio.get(), nullptr, nullptr, nullptr);
    unsigned long pem_err = 0;
    if (x == nullptr) {
      pem_err = ERR_peek_error();
      ERR_clear_error();
      const unsigned char* p = b.data;
      x = d2i_X509(nullptr, &p, static_cast<long>(b.size));
    }
    if (x == nullptr) {
      ERR_clear_error();
      isolate->ThrowException(OpenSSLError(isolate, pem_err, "Failed to parse certificate"));
      return;
    }
    ERR_clear_error();
    X509_free(h->cert_);
    h->cert_ = x;
  }

  static void Name(const Info& info, X509_NAME* name) {
    v8::Isolate* isolate = info.GetIsolate();
    BioPtr bio(BIO_new(BIO_s_mem()));
    unsigned long flags = XN_FLAG_SEP_MULTILINE | XN_FLAG_FN_SN | XN_FLAG_DUMP_UNKNOWN_FIELDS |
                          ASN1_STRFLGS_UTF8_CONVERT | ASN1_STRFLGS_ESC_CTRL;
    if (X509_NAME_print_ex(bio.get(), name, 0, flags) < 0) return;
    info.GetReturnValue().Set(BioString(isolate, bio.get()));
  }
  static void Subject(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    Name(info, X509_get_subject_name(h->cert_));
  }
  static void Issuer(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    Name(info, X509_get_issuer_name(h->cert_));
  }

  static void Time(const Info& info, const ASN1_TIME* t) {
    info.GetReturnValue().Set(Str(info.GetIsolate(), TimeText(t)));
  }
  static void ValidFrom(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    Time(info, X509_get0_notBefore(h->cert_));
  }
  static void ValidTo(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    Time(info, X509_get0_notAfter(h->cert_));
  }

  static void Fingerprint(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    std::string out = FingerprintOf(h->cert_, FindDigest(Utf8(isolate, info[0]).str()));
    if (!out.empty()) info.GetReturnValue().Set(Str(isolate, out));
  }

  static void SerialNumber(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    info.GetReturnValue().Set(Str(info.GetIsolate(), SerialHex(h->cert_)));
  }

  static void Extension(const Info& info, int nid) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    std::string text;
    if (ExtensionText(h->cert_, nid, &text)) info.GetReturnValue().Set(Str(info.GetIsolate(), text));
  }
  static void SubjectAltName(const Info& info) { Extension(info, NID_subject_alt_name); }
  static void InfoAccess(const Info& info) { Extension(info, NID_info_access); }

  static void KeyUsage(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    v8::Local<v8::Value> v = ExtKeyUsage(info.GetIsolate(), h->cert_);
    if (!v.IsEmpty()) info.GetReturnValue().Set(v);
  }

  static void ToLegacy(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    v8::Local<v8::Object> o;
    if (X509ToLegacyObject(info.GetIsolate(), h->cert_).ToLocal(&o)) info.GetReturnValue().Set(o);
  }

  static void IsCA(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    info.GetReturnValue().Set(X509_check_ca(h->cert_) == 1);
  }

  static void Pem(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(bio.get(), h->cert_) != 1) return ThrowOpenSSLError(info.GetIsolate(), "PEM failed");
    info.GetReturnValue().Set(BioString(info.GetIsolate(), bio.get()));
  }

  static void Raw(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    unsigned char* der = nullptr;
    int n = i2d_X509(h->cert_, &der);
    if (n < 0) return ThrowOpenSSLError(info.GetIsolate(), "DER failed");
    v8::Local<v8::ArrayBuffer> ab;
    if (NewArrayBuffer(info.GetIsolate(), der, n).ToLocal(&ab)) info.GetReturnValue().Set(ab);
    OPENSSL_free(der);
  }

  static void PublicKey(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    EVP_PKEY* pkey = X509_get_pubkey(h->cert_);
    if (pkey == nullptr) return ThrowOpenSSLError(info.GetIsolate(), "No public key");
    v8::Local<v8::Object> obj;
    if (NewKeyHandle(info.GetIsolate(), pkey).ToLocal(&obj)) info.GetReturnValue().Set(obj);
  }

  // checkHost(name, flags) / checkEmail(email, flags) / checkIP(ip): the matched name or undefined.
  static void CheckHost(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    Utf8 name(isolate, info[0]);
    unsigned int flags = static_cast<unsigned int>(info[1]->IsNumber() ? info[1].As<v8::Number>()->Value() : 0);
    char* peer = nullptr;
    int r = X509_check_host(h->cert_, name.data(), name.size(), flags, &peer);
    if (r == 1) info.GetReturnValue().Set(Str(isolate, peer ? peer : name.data()));
    OPENSSL_free(peer);
    ERR_clear_error();
  }
  static void CheckEmail(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    Utf8 name(isolate, info[0]);
    unsigned int flags = static_cast<unsigned int>(info[1]->IsNumber() ? info[1].As<v8::Number>()->Value() : 0);
    if (X509_check_email(h->cert_, name.data(), name.size(), flags) == 1) info.GetReturnValue().Set(info[0]);
    ERR_clear_error();
  }
  static void CheckIP(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    Utf8 ip(info.GetIsolate(), info[0]);
    if (X509_check_ip_asc(h->cert_, ip.data(), 0) == 1) info.GetReturnValue().Set(info[0]);
    ERR_clear_error();
  }
  static void CheckIssued(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    X509Handle* issuer = info[0]->IsObject() ? Unwrap<X509Handle>(info[0]) : nullptr;
    info.GetReturnValue().Set(issuer && X509_check_issued(issuer->cert_, h->cert_) == X509_V_OK);
    ERR_clear_error();
  }
  static void CheckPrivateKey(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    EVP_PKEY* pkey = GetPkey(info[0]);
    info.GetReturnValue().Set(pkey && X509_check_private_key(h->cert_, pkey) == 1);
    ERR_clear_error();
  }
  static void Verify(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    EVP_PKEY* pkey = GetPkey(info[0]);
    info.GetReturnValue().Set(pkey && X509_verify(h->cert_, pkey) > 0);
    ERR_clear_error();
  }

 private:
  X509* cert_ = nullptr;
};

// ---- SPKAC (crypto.Certificate) ----

// The decoded SPKAC of base64 `bytes` (whitespace around it ignored), or nullptr.
NETSCAPE_SPKI* DecodeSpkac(const Info& info) {
  Bytes b = GetBytes(info[0]);
  if (!b.ok) return nullptr;
  size_t n = b.size;
  while (n > 0 && (b.data[n - 1] == '\n' || b.data[n - 1] == '\r' || b.data[n - 1] == ' ')) n--;
  if (n == 0) return nullptr;
  NETSCAPE_SPKI* spki = NETSCAPE_SPKI_b64_decode(reinterpret_cast<const char*>(b.data), static_cast<int>(n));
  ERR_clear_error();
  return spki;
}

// Node answers '' for empty input, whatever the function.
bool EmptySpkac(const Info& info) {
  Bytes b = GetBytes(info[0]);
  if (b.ok && b.size == 0) info.GetReturnValue().Set(v8::String::Empty(info.GetIsolate()));
  return b.ok && b.size == 0;
}

void VerifySpkac(const Info& info) {
  if (EmptySpkac(info)) return;
  NETSCAPE_SPKI* spki = DecodeSpkac(info);
  EVP_PKEY* pkey = spki ? NETSCAPE_SPKI_get_pubkey(spki) : nullptr;
  info.GetReturnValue().Set(pkey != nullptr && NETSCAPE_SPKI_verify(spki, pkey) > 0);
  EVP_PKEY_free(pkey);
  NETSCAPE_SPKI_free(spki);
  ERR_clear_error();
}

// exportPublicKey(bytes) -> ArrayBuffer (PEM) | '' ; exportChallenge(bytes) -> ArrayBuffer | ''
void ExportSpkacPublicKey(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  info.GetReturnValue().Set(v8::String::Empty(isolate));
  NETSCAPE_SPKI* spki = DecodeSpkac(info);
  EVP_PKEY* pkey = spki ? NETSCAPE_SPKI_get_pubkey(spki) : nullptr;
  BioPtr bio(BIO_new(BIO_s_mem()));
  if (pkey != nullptr && PEM_write_bio_PUBKEY(bio.get(), pkey) == 1) {
    BUF_MEM* mem = nullptr;
    BIO_get_mem_ptr(bio.get(), &mem);
    v8::Local<v8::ArrayBuffer> ab;
    if (NewArrayBuffer(isolate, reinterpret_cast<uint8_t*>(mem->data), mem->length).ToLocal(&ab))
      info.GetReturnValue().Set(ab);
  }
  EVP_PKEY_free(pkey);
  NETSCAPE_SPKI_free(spki);
  ERR_clear_error();
}

void ExportSpkacChallenge(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  info.GetReturnValue().Set(v8::String::Empty(isolate));
  NETSCAPE_SPKI* spki = DecodeSpkac(info);
  if (spki != nullptr && spki->spkac != nullptr && spki->spkac->challenge != nullptr) {
    const ASN1_IA5STRING* c = spki->spkac->challenge;
    v8::Local<v8::ArrayBuffer> ab;
    if (NewArrayBuffer(isolate, ASN1_STRING_get0_data(c), ASN1_STRING_length(c)).ToLocal(&ab))
      info.GetReturnValue().Set(ab);
  }
  NETSCAPE_SPKI_free(spki);
}

}  // namespace

void InitX509(Binding& b) {
  b.Method("certVerifySpkac", VerifySpkac, 1);
  b.Method("certExportPublicKey", ExportSpkacPublicKey, 1);
  b.Method("certExportChallenge", ExportSpkacChallenge, 1);
  v8::Local<v8::FunctionTemplate> cls = b.Class("X509Handle", X509Handle::New);
  b.ProtoMethod(cls, "parse", X509Handle::Parse, 1);
  b.ProtoMethod(cls, "subject", X509Handle::Subject);
  b.ProtoMethod(cls, "issuer", X509Handle::Issuer);
  b.ProtoMethod(cls, "validFrom", X509Handle::ValidFrom);
  b.ProtoMethod(cls, "validTo", X509Handle::ValidTo);
  b.ProtoMethod(cls, "fingerprint", X509Handle::Fingerprint, 1);
  b.ProtoMethod(cls, "serialNumber", X509Handle::SerialNumber);
  b.ProtoMethod(cls, "subjectAltName", X509Handle::SubjectAltName);
  b.ProtoMethod(cls, "infoAccess", X509Handle::InfoAccess);
  b.ProtoMethod(cls, "keyUsage", X509Handle::KeyUsage);
  b.ProtoMethod(cls, "isCA", X509Handle::IsCA);
  b.ProtoMethod(cls, "toLegacy", X509Handle::ToLegacy);
  b.ProtoMethod(cls, "pem", X509Handle::Pem);
  b.ProtoMethod(cls, "raw", X509Handle::Raw);
  b.ProtoMethod(cls, "publicKey", X509Handle::PublicKey);
  b.ProtoMethod(cls, "checkHost", X509Handle::CheckHost, 2);
  b.ProtoMethod(cls, "checkEmail", X509Handle::CheckEmail, 2);
  b.ProtoMethod(cls, "checkIP", X509Handle::CheckIP, 1);
  b.ProtoMethod(cls, "checkIssued", X509Handle::CheckIssued, 1);
  b.ProtoMethod(cls, "checkPrivateKey", X509Handle::CheckPrivateKey, 1);
  b.ProtoMethod(cls, "verify", X509Handle::Verify, 1);
  b.Install("X509Handle", cls);
}

}  // namespace nodus::crypto

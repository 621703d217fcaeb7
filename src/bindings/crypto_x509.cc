// X509Certificate: a parsed X509 (PEM or DER) and the fields Node exposes.
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
    BioPtr bio(BIO_new(BIO_s_mem()));
    ASN1_TIME_print(bio.get(), t);
    info.GetReturnValue().Set(BioString(info.GetIsolate(), bio.get()));
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
    const EVP_MD* md = FindDigest(Utf8(isolate, info[0]).str());
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (md == nullptr || X509_digest(h->cert_, md, buf, &n) != 1) return;
    static const char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned int i = 0; i < n; i++) {
      if (i) out.push_back(':');
      out.push_back(kHex[buf[i] >> 4]);
      out.push_back(kHex[buf[i] & 15]);
    }
    info.GetReturnValue().Set(Str(isolate, out));
  }

  static void SerialNumber(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    BIGNUM* bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(h->cert_), nullptr);
    if (bn == nullptr) return;
    char* hex = BN_bn2hex(bn);
    info.GetReturnValue().Set(Str(info.GetIsolate(), hex ? hex : ""));
    OPENSSL_free(hex);
    BN_free(bn);
  }

  static void Extension(const Info& info, int nid) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    int idx = X509_get_ext_by_NID(h->cert_, nid, -1);
    if (idx < 0) return;
    X509_EXTENSION* ext = X509_get_ext(h->cert_, idx);
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (X509V3_EXT_print(bio.get(), ext, 0, 0) != 1) {
      ERR_clear_error();
      return;
    }
    info.GetReturnValue().Set(BioString(info.GetIsolate(), bio.get()));
  }
  static void SubjectAltName(const Info& info) { Extension(info, NID_subject_alt_name); }
  static void InfoAccess(const Info& info) { Extension(info, NID_info_access); }

  static void KeyUsage(const Info& info) {
    NODUS_UNWRAP(h, X509Handle, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    auto* eku = static_cast<EXTENDED_KEY_USAGE*>(
        X509_get_ext_d2i(h->cert_, NID_ext_key_usage, nullptr, nullptr));
    if (eku == nullptr) return;
    std::vector<v8::Local<v8::Value>> out;
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku); i++) {
      char buf[256];
      if (OBJ_obj2txt(buf, sizeof(buf), sk_ASN1_OBJECT_value(eku, i), 1) >= 0)
        out.push_back(Str(isolate, buf));
    }
    sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
    info.GetReturnValue().Set(v8::Array::New(isolate, out.data(), out.size()));
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

}  // namespace

void InitX509(Binding& b) {
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

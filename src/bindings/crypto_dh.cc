// DiffieHellman / DiffieHellmanGroup (createDiffieHellman, getDiffieHellman) over OpenSSL's DH.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/bn.h>
#include <openssl/dh.h>

#include <cstring>

#include "bindings/crypto_util.h"
#include "runtime/realm.h"

namespace nodus::crypto {
namespace {

v8::Local<v8::Value> BnToBuffer(v8::Isolate* isolate, const BIGNUM* bn, int pad = 0) {
  int n = pad > 0 ? pad : BN_num_bytes(bn);
  std::vector<uint8_t> out(n);
  BN_bn2binpad(bn, out.data(), n);
  v8::Local<v8::ArrayBuffer> ab;
  if (!TakeArrayBuffer(isolate, std::move(out)).ToLocal(&ab)) return v8::Undefined(isolate);
  return ab;
}

}  // namespace

BIGNUM* DhGroupPrime(const std::string& name) {
  if (name == "modp1") return BN_get_rfc2409_prime_768(nullptr);
  if (name == "modp2") return BN_get_rfc2409_prime_1024(nullptr);
  if (name == "modp5") return BN_get_rfc3526_prime_1536(nullptr);
  if (name == "modp14") return BN_get_rfc3526_prime_2048(nullptr);
  if (name == "modp15") return BN_get_rfc3526_prime_3072(nullptr);
  if (name == "modp16") return BN_get_rfc3526_prime_4096(nullptr);
  if (name == "modp17") return BN_get_rfc3526_prime_6144(nullptr);
  if (name == "modp18") return BN_get_rfc3526_prime_8192(nullptr);
  return nullptr;
}

namespace {

class DiffieHellman : public BaseObject {
 public:
  DiffieHellman(Realm* realm, v8::Local<v8::Object> obj) : BaseObject(realm, obj) {}
  ~DiffieHellman() override { DH_free(dh_); }

  static void New(const Info& info) {
    if (!info.IsConstructCall()) return ThrowTypeError(info.GetIsolate(), "Illegal constructor");
    new DiffieHellman(Realm::From(info), info.This());
  }

  // initGroup(name) -> bool
  static void InitGroup(const Info& info) {
    NODUS_UNWRAP(d, DiffieHellman, info.This());
    BIGNUM* p = DhGroupPrime(Utf8(info.GetIsolate(), info[0]).str());
    if (p == nullptr) return info.GetReturnValue().Set(false);
    BIGNUM* g = BN_new();
    BN_set_word(g, 2);
    d->Reset(p, g);
    info.GetReturnValue().Set(true);
  }

  // initPrime(primeBytes, generatorBytes) -> bool; a generator below 2 throws OpenSSL's
  // "bad generator" as Node does.
  static void InitPrime(const Info& info) {
    NODUS_UNWRAP(d, DiffieHellman, info.This());
    Bytes pb = GetBytes(info[0]);
    Bytes gb = GetBytes(info[1]);
    if (!pb.ok || !gb.ok) return info.GetReturnValue().Set(false);
    BIGNUM* p = BN_bin2bn(pb.data, static_cast<int>(pb.size), nullptr);
    BIGNUM* g = BN_bin2bn(gb.data, static_cast<int>(gb.size), nullptr);
    if (g == nullptr || BN_is_zero(g) || BN_is_one(g)) {
      BN_free(p);
      BN_free(g);
      ERR_raise(ERR_LIB_DH, DH_R_BAD_GENERATOR);
      return ThrowOpenSSLError(info.GetIsolate(), "Invalid generator");
    }
    d->Reset(p, g);
    info.GetReturnValue().Set(true);
  }

  // initGenerate(bits, generator) -> false when OpenSSL cannot generate the parameters; throws
  // OpenSSL's "modulus too small" / "bad generator" for bits < 2 / generator < 2, as Node does.
  static void InitGenerate(const Info& info) {
    NODUS_UNWRAP(d, DiffieHellman, info.This());
    int bits = info[0]->IsNumber() ? static_cast<int>(info[0].As<v8::Number>()->Value()) : 0;
    int gen = info[1]->IsNumber() ? static_cast<int>(info[1].As<v8::Number>()->Value()) : 0;
    if (bits < 2 || gen < 2) {
      ERR_raise(ERR_LIB_DH, bits < 2 ? DH_R_MODULUS_TOO_SMALL : DH_R_BAD_GENERATOR);
      return ThrowOpenSSLError(info.GetIsolate(), "Invalid DH parameters");
    }
    DH_free(d->dh_);
    d->dh_ = DH_new();
    bool ok = DH_generate_parameters_ex(d->dh_, bits, gen, nullptr) == 1;
    ERR_clear_error();
    info.GetReturnValue().Set(ok);
  }

  void Reset(BIGNUM* p, BIGNUM* g) {
    DH_free(dh_);
    dh_ = DH_new();
    DH_set0_pqg(dh_, p, nullptr, g);
  }

  static void VerifyError(const Info& info) {
    NODUS_UNWRAP(d, DiffieHellman, info.This());
    int codes = 0;
    if (DH_check(d->dh_, &codes) != 1) codes = 0;
    ERR_clear_error();
    info.GetReturnValue().Set(codes);
  }

  static void GenerateKeys(const Info& info) {
    NODUS_UNWRAP(d, DiffieHellman, info.This());
    if (DH_generate_key(d->dh_) != 1) {
      ERR_clear_error();  // node reports no OpenSSL detail here
      return ThrowCodedError(info.GetIsolate(), "ERR_CRYPTO_OPERATION_FAILED", "Key generation failed", false);
    }
    const BIGNUM* pub = nullptr;
    DH_get0_key(d->dh_, &pub, nullptr);
    info.GetReturnValue().Set(BnToBuffer(info.GetIsolate(), pub));
  }

  // getField(0 prime | 1 generator | 2 public | 3 private) -> ArrayBuffer | undefined
  static void GetField(const Info& info) {
    NODUS_UNWRAP(d, DiffieHellman, info.This());
    int which = static_cast<int>(info[0].As<v8::Number>()->Value());
    const BIGNUM *p = nullptr, *g = nullptr, *pub = nullptr, *priv = nullptr;
    DH_get0_pqg(d->dh_, &p, nullptr, &g);
    DH_get0_key(d->dh_, &pub, &priv);
    const BIGNUM* f = which == 0 ? p : which == 1 ? g : which == 2 ? pub : priv;
    if (f == nullptr || BN_is_zero(f)) return;  // node: a zero value is none (getPrime: "p is null")
    info.GetReturnValue().Set(BnToBuffer(info.GetIsolate(), f));
  }

  // setKey(0 public | 1 private, bytes)
  static void SetKey(const Info& info) {
    NODUS_UNWRAP(d, DiffieHellman, info.This());
    Bytes b = GetBytes(info[1]);
    if (!b.ok) return;
    BIGNUM* bn = BN_bin2bn(b.data, static_cast<int>(b.size), nullptr);
    if (info[0].As<v8::Number>()->Value() == 0) {
      DH_set0_key(d->dh_, bn, nullptr);
    } else {
      DH_set0_key(d->dh_, nullptr, bn);
    }
  }

  // computeSecret(otherPublic) -> ArrayBuffer | 'small' | 'large' | 'invalid'
  static void ComputeSecret(const Info& info) {
    NODUS_UNWRAP(d, DiffieHellman, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    Bytes b = GetBytes(info[0]);
    if (!b.ok) return;
    BIGNUM* key = BN_bin2bn(b.data, static_cast<int>(b.size), nullptr);
    int size = DH_size(d->dh_);
    std::vector<uint8_t> out(size);
    int codes = 0;
    DH_check_pub_key(d->dh_, key, &codes);
    int n = codes ? -1 : DH_compute_key(out.data(), key, d->dh_);
    if (n < 0) {
      BN_free(key);
      ERR_clear_error();
      const char* r = (codes & DH_CHECK_PUBKEY_TOO_SMALL) ? "small"
                      : (codes & DH_CHECK_PUBKEY_TOO_LARGE) ? "large" : "invalid";
      return info.GetReturnValue().Set(Str(isolate, r));
    }
    BN_free(key);
    // Left-pad to the prime's size.
    if (n < size) {
      std::memmove(out.data() + (size - n), out.data(), n);
      std::memset(out.data(), 0, size - n);
    }
    v8::Local<v8::ArrayBuffer> ab;
    if (TakeArrayBuffer(isolate, std::move(out)).ToLocal(&ab)) info.GetReturnValue().Set(ab);
  }

 private:
  DH* dh_ = nullptr;
};

}  // namespace

void InitDH(Binding& b) {
  v8::Local<v8::FunctionTemplate> cls = b.Class("DiffieHellmanHandle", DiffieHellman::New);
  b.ProtoMethod(cls, "initGroup", DiffieHellman::InitGroup, 1);
  b.ProtoMethod(cls, "initPrime", DiffieHellman::InitPrime, 2);
  b.ProtoMethod(cls, "initGenerate", DiffieHellman::InitGenerate, 2);
  b.ProtoMethod(cls, "verifyError", DiffieHellman::VerifyError);
  b.ProtoMethod(cls, "generateKeys", DiffieHellman::GenerateKeys);
  b.ProtoMethod(cls, "getField", DiffieHellman::GetField, 1);
  b.ProtoMethod(cls, "setKey", DiffieHellman::SetKey, 2);
  b.ProtoMethod(cls, "computeSecret", DiffieHellman::ComputeSecret, 1);
  b.Install("DiffieHellmanHandle", cls);
}

}  // namespace nodus::crypto

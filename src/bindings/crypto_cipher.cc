// CipherBase: the EVP_CIPHER_CTX behind createCipheriv/createDecipheriv, and getCipherInfo.
// Argument validation and Node's error objects are in lib/internal/crypto/cipher.js; init()
// returns a short reason string the JS maps to ERR_CRYPTO_*.
#include <openssl/objects.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "bindings/crypto_util.h"
#include "runtime/realm.h"

namespace nodus::crypto {
namespace {

const EVP_CIPHER* FindCipher(const std::string& name) {
  const EVP_CIPHER* c = EVP_get_cipherbyname(name.c_str());
  if (c == nullptr) {
    EVP_CIPHER* f = EVP_CIPHER_fetch(nullptr, name.c_str(), nullptr);
    ERR_clear_error();
    c = f;  // kept: fetched ciphers are few and reused by name through OpenSSL's store
  }
  return c;
}

bool IsAead(const EVP_CIPHER* c) {
  int mode = EVP_CIPHER_get_mode(c);
  return mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE ||
         (EVP_CIPHER_get_flags(c) & EVP_CIPH_FLAG_AEAD_CIPHER) != 0;
}

bool ValidGcmTagLength(int n) { return n == 4 || n == 8 || (n >= 12 && n <= 16); }

class Cipher : public BaseObject {
 public:
  Cipher(Realm* realm, v8::Local<v8::Object> obj, bool encrypt)
      : BaseObject(realm, obj), encrypt_(encrypt) {}
  ~Cipher() override { EVP_CIPHER_CTX_free(ctx_); }

  static void New(const Info& info) {
    if (!info.IsConstructCall()) return ThrowTypeError(info.GetIsolate(), "Illegal constructor");
    new Cipher(Realm::From(info), info.This(), info[0]->IsTrue());
  }

  // init(name, key, iv|null, authTagLength|-1): undefined, or 'cipher' | 'key' | 'iv' |
  // 'tagrequired' | 'tag'.
  static void Init(const Info& info) {
    NODUS_UNWRAP(c, Cipher, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    auto ret = [&](const char* r) { info.GetReturnValue().Set(Str(isolate, r)); };
    const EVP_CIPHER* cipher = FindCipher(Utf8(isolate, info[0]).str());
    if (cipher == nullptr) return ret("cipher");
    Bytes key = GetBytes(info[1]);
    Bytes iv = GetBytes(info[2]);
    int tag_len = info[3]->IsNumber() ? static_cast<int>(info[3].As<v8::Number>()->Value()) : -1;
    int mode = EVP_CIPHER_get_mode(cipher);
    bool aead = IsAead(cipher);
    int expected_iv = EVP_CIPHER_get_iv_length(cipher);
    bool chacha = aead && mode == EVP_CIPH_STREAM_CIPHER;
    if (!iv.ok && expected_iv != 0) return ret("iv");
    if (iv.ok) {
      bool iv_ok;
      if (mode == EVP_CIPH_GCM_MODE) iv_ok = iv.size > 0;
      else if (mode == EVP_CIPH_CCM_MODE) iv_ok = iv.size >= 7 && iv.size <= 13;
      else if (mode == EVP_CIPH_OCB_MODE) iv_ok = iv.size >= 1 && iv.size <= 15;
      else if (chacha) iv_ok = iv.size == 12;  // (OpenSSL 3 refuses other lengths when set; node checks this first)
      else iv_ok = static_cast<int>(iv.size) == expected_iv;
      if (!iv_ok) return ret("iv");
    }
    if ((mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE) && tag_len < 0) return ret("tagrequired");
    if (tag_len >= 0) {
      bool tag_ok = true;
      if (mode == EVP_CIPH_GCM_MODE) tag_ok = ValidGcmTagLength(tag_len);
      else if (mode == EVP_CIPH_CCM_MODE) tag_ok = tag_len >= 4 && tag_len <= 16 && tag_len % 2 == 0;
      else if (mode == EVP_CIPH_OCB_MODE || chacha) tag_ok = tag_len >= 1 && tag_len <= 16;
      if (!tag_ok) return ret("tag");
    }
    EVP_CIPHER_CTX_free(c->ctx_);
    c->ctx_ = EVP_CIPHER_CTX_new();
    c->mode_ = mode;
    c->aead_ = aead;
    c->tag_len_ = tag_len >= 0 ? tag_len : 16;
    c->tag_len_given_ = tag_len >= 0;
    int enc = c->encrypt_ ? 1 : 0;
    if (EVP_CipherInit_ex(c->ctx_, cipher, nullptr, nullptr, nullptr, enc) != 1) {
      ERR_clear_error();
      return ret("cipher");
    }
    if (static_cast<int>(key.size) != EVP_CIPHER_get_key_length(cipher)) {
      if (!key.ok || EVP_CIPHER_CTX_set_key_length(c->ctx_, static_cast<int>(key.size)) != 1) {
        ERR_clear_error();
        return ret("key");
      }
    }
    if (aead && iv.ok &&
        EVP_CIPHER_CTX_ctrl(c->ctx_, EVP_CTRL_AEAD_SET_IVLEN, static_cast<int>(iv.size), nullptr) != 1) {
      ERR_clear_error();
      return ret("iv");
    }
    if (mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE || (chacha && tag_len >= 0)) {
      if (EVP_CIPHER_CTX_ctrl(c->ctx_, EVP_CTRL_AEAD_SET_TAG, c->tag_len_, nullptr) != 1) {
        ERR_clear_error();
        return ret("tag");
      }
    }
    if (EVP_CipherInit_ex(c->ctx_, nullptr, nullptr, key.ok ? key.data : nullptr,
                          iv.ok ? iv.data : nullptr, enc) != 1) {
      ERR_clear_error();
      return ret("key");
    }
  }

  // For CCM: declares the message length once, and (decrypting) hands over the tag first.
  bool CcmPrepare(size_t len) {
    if (mode_ != EVP_CIPH_CCM_MODE || ccm_len_declared_) return true;
    if (!encrypt_ && !tag_.empty() &&
        EVP_CIPHER_CTX_ctrl(ctx_, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(tag_.size()), tag_.data()) != 1)
      return false;
    int outl = 0;
    ccm_len_declared_ = true;
    return EVP_CipherUpdate(ctx_, nullptr, &outl, nullptr, static_cast<int>(len)) == 1;
  }

  static void Update(const Info& info) {
    NODUS_UNWRAP(c, Cipher, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    Bytes in = GetBytes(info[0]);
    if (c->ctx_ == nullptr || !in.ok) return;
    if (c->mode_ == EVP_CIPH_CCM_MODE) {
      if (in.size > INT32_MAX || !c->CcmPrepare(in.size)) {
        ERR_clear_error();
        return;
      }
    }
    if (!c->encrypt_ && c->tag_pending_ && c->mode_ != EVP_CIPH_CCM_MODE) c->PushTag();
    int block = EVP_CIPHER_CTX_get_block_size(c->ctx_);
    // Output memory is not zero-filled first: OpenSSL writes every byte we hand out.
    size_t cap = in.size + block;
    std::unique_ptr<uint8_t, void (*)(void*)> owned(static_cast<uint8_t*>(malloc(cap)), free);
    if (!owned) return ThrowRangeError(isolate, "Array buffer allocation failed");
    int outl = 0;
    size_t done = 0;
    uint8_t* out = owned.get();
    // EVP_CipherUpdate takes int lengths: feed in chunks.
    do {
      size_t chunk = std::min<size_t>(in.size - done, 1u << 30);
      int n = 0;
      int r = EVP_CipherUpdate(c->ctx_, out + outl, &n, in.data + done, static_cast<int>(chunk));
      if (r != 1) {
        if (c->mode_ == EVP_CIPH_CCM_MODE && !c->encrypt_) {
          ERR_clear_error();
          c->auth_failed_ = true;
          n = 0;
        } else {
          // node's OpenSSL queues no error for a wrap cipher's bad input length
          if (c->mode_ == EVP_CIPH_WRAP_MODE) ERR_clear_error();
          return ThrowOpenSSLError(isolate, "Trying to add data in unsupported state");
        }
      }
      outl += n;
      done += chunk;
    } while (done < in.size);
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
        owned.release(), cap, [](void* data, size_t, void*) { free(data); }, nullptr);
    v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, std::move(store));
    info.GetReturnValue().Set(v8::Uint8Array::New(ab, 0, outl));
  }

  void PushTag() {
    tag_pending_ = false;
    EVP_CIPHER_CTX_ctrl(ctx_, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(tag_.size()), tag_.data());
  }

  static void Final(const Info& info) {
    NODUS_UNWRAP(c, Cipher, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    if (c->ctx_ == nullptr) return;
    uint8_t out[EVP_MAX_BLOCK_LENGTH * 2];
    int outl = 0;
    bool ok;
    if (!c->encrypt_ && c->tag_pending_ && c->mode_ != EVP_CIPH_CCM_MODE) c->PushTag();
    if (c->mode_ == EVP_CIPH_CCM_MODE) {
      if (!c->ccm_len_declared_) c->CcmPrepare(0);
      ok = !c->auth_failed_;
      if (c->encrypt_) ok = EVP_CipherFinal_ex(c->ctx_, out, &outl) == 1;
    } else if (!c->encrypt_ && c->aead_ && c->tag_.empty()) {
      ok = false;
    } else {
      ok = EVP_CipherFinal_ex(c->ctx_, out, &outl) == 1;
    }
    if (ok && c->encrypt_ && c->aead_) {
      c->tag_.resize(c->tag_len_);
      if (EVP_CIPHER_CTX_ctrl(c->ctx_, EVP_CTRL_AEAD_GET_TAG, c->tag_len_, c->tag_.data()) != 1) {
        ERR_clear_error();
        c->tag_.clear();
      }
      c->tag_ready_ = true;
    }
    if (!ok) {
      EVP_CIPHER_CTX_free(c->ctx_);
      c->ctx_ = nullptr;
      if (!c->encrypt_ && c->aead_) {
        ERR_clear_error();
        return ThrowError(isolate, "Unsupported state or unable to authenticate data");
      }
      return ThrowOpenSSLError(isolate, "Unsupported state");
    }
    EVP_CIPHER_CTX_free(c->ctx_);
    c->ctx_ = nullptr;
    v8::Local<v8::ArrayBuffer> ab;
    if (NewArrayBuffer(isolate, out, outl).ToLocal(&ab)) info.GetReturnValue().Set(ab);
  }

  static void SetAutoPadding(const Info& info) {
    NODUS_UNWRAP(c, Cipher, info.This());
    if (c->ctx_ == nullptr) return info.GetReturnValue().Set(false);
    info.GetReturnValue().Set(EVP_CIPHER_CTX_set_padding(c->ctx_, info[0]->IsTrue() ? 1 : 0) == 1);
  }

  // setAAD(buf, plaintextLength|-1): false in a wrong state.
  static void SetAAD(const Info& info) {
    NODUS_UNWRAP(c, Cipher, info.This());
    Bytes aad = GetBytes(info[0]);
    if (c->ctx_ == nullptr || !c->aead_ || !aad.ok) return info.GetReturnValue().Set(false);
    if (c->mode_ == EVP_CIPH_CCM_MODE) {
      double len = info[1]->IsNumber() ? info[1].As<v8::Number>()->Value() : -1;
      if (len < 0) return info.GetReturnValue().Set(Str(info.GetIsolate(), "plaintextLength"));
      if (!c->CcmPrepare(static_cast<size_t>(len))) {
        ERR_clear_error();
        return info.GetReturnValue().Set(false);
      }
    }
    int outl = 0;
    bool ok = EVP_CipherUpdate(c->ctx_, nullptr, &outl, aad.data, static_cast<int>(aad.size)) == 1;
    ERR_clear_error();
    info.GetReturnValue().Set(ok);
  }

  static void GetAuthTag(const Info& info) {
    NODUS_UNWRAP(c, Cipher, info.This());
    if (!c->encrypt_ || !c->tag_ready_ || c->tag_.empty()) return;
    v8::Local<v8::ArrayBuffer> ab;
    if (NewArrayBuffer(info.GetIsolate(), c->tag_.data(), c->tag_.size()).ToLocal(&ab))
      info.GetReturnValue().Set(ab);
  }

  // setAuthTag(buf): 'state' | 'length' on failure, undefined on success.
  static void SetAuthTag(const Info& info) {
    NODUS_UNWRAP(c, Cipher, info.This());
    v8::Isolate* isolate = info.GetIsolate();
    Bytes tag = GetBytes(info[0]);
    if (c->ctx_ == nullptr || c->encrypt_ || !c->aead_ || !c->tag_.empty() || !tag.ok)
      return info.GetReturnValue().Set(Str(isolate, "state"));
    int n = static_cast<int>(tag.size);
    bool ok;
    if (c->mode_ == EVP_CIPH_GCM_MODE)
      ok = (c->tag_len_given_ ? n == c->tag_len_ : ValidGcmTagLength(n));
    else  // CCM, OCB and chacha20-poly1305: the declared length (16 by default), as node
      ok = n == c->tag_len_;
    if (!ok) return info.GetReturnValue().Set(Str(isolate, "length"));
    if (c->mode_ == EVP_CIPH_CCM_MODE && c->ccm_len_declared_)
      return info.GetReturnValue().Set(Str(isolate, "state"));
    c->tag_.assign(tag.data, tag.data + tag.size);
    c->tag_len_ = n;
    c->tag_pending_ = true;
  }

 private:
  EVP_CIPHER_CTX* ctx_ = nullptr;
  bool encrypt_;
  int mode_ = 0;
  bool aead_ = false;
  int tag_len_ = 16;
  bool tag_len_given_ = false;
  bool tag_pending_ = false;
  bool tag_ready_ = false;
  bool ccm_len_declared_ = false;
  bool auth_failed_ = false;
  std::vector<uint8_t> tag_;
};

// cipherInfo(nameOrNid, keyLength|-1, ivLength|-1) -> {mode, name, nid, blockSize?, ivLength?,
// keyLength} or undefined.
void CipherInfo(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  const EVP_CIPHER* c = nullptr;
  if (info[0]->IsNumber()) {
    c = EVP_get_cipherbynid(static_cast<int>(info[0].As<v8::Number>()->Value()));
  } else {
    c = FindCipher(Utf8(isolate, info[0]).str());
  }
  if (c == nullptr) return;
  int mode = EVP_CIPHER_get_mode(c);
  int key_len = info[1]->IsNumber() ? static_cast<int>(info[1].As<v8::Number>()->Value()) : -1;
  int iv_len = info[2]->IsNumber() ? static_cast<int>(info[2].As<v8::Number>()->Value()) : -1;
  if (key_len >= 0 && key_len != EVP_CIPHER_get_key_length(c)) {
    EVP_CIPHER_CTX* cx = EVP_CIPHER_CTX_new();
    bool ok = EVP_CipherInit_ex(cx, c, nullptr, nullptr, nullptr, 1) == 1 &&
              EVP_CIPHER_CTX_set_key_length(cx, key_len) == 1;
    EVP_CIPHER_CTX_free(cx);
    ERR_clear_error();
    if (!ok) return;
  }
  if (iv_len >= 0 && iv_len != EVP_CIPHER_get_iv_length(c)) {
    bool ok = false;
    if (mode == EVP_CIPH_GCM_MODE) ok = iv_len > 0;
    else if (mode == EVP_CIPH_CCM_MODE) ok = iv_len >= 7 && iv_len <= 13;
    else if (mode == EVP_CIPH_OCB_MODE) ok = iv_len >= 1 && iv_len <= 15;
    if (!ok) return;
  }
  const char* mode_name = "";
  switch (mode) {
    case EVP_CIPH_CBC_MODE: mode_name = "cbc"; break;
    case EVP_CIPH_CCM_MODE: mode_name = "ccm"; break;
    case EVP_CIPH_CFB_MODE: mode_name = "cfb"; break;
    case EVP_CIPH_CTR_MODE: mode_name = "ctr"; break;
    case EVP_CIPH_ECB_MODE: mode_name = "ecb"; break;
    case EVP_CIPH_GCM_MODE: mode_name = "gcm"; break;
    case EVP_CIPH_OCB_MODE: mode_name = "ocb"; break;
    case EVP_CIPH_OFB_MODE: mode_name = "ofb"; break;
    case EVP_CIPH_STREAM_CIPHER: mode_name = "stream"; break;
    case EVP_CIPH_WRAP_MODE: mode_name = "wrap"; break;
    case EVP_CIPH_XTS_MODE: mode_name = "xts"; break;
  }
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  int nid = EVP_CIPHER_get_nid(c);
  const char* sn = OBJ_nid2sn(nid);
  std::string name = sn ? sn : EVP_CIPHER_get0_name(c);
  for (char& ch : name) ch = static_cast<char>(std::tolower(ch));
  if (*mode_name) SetProp(ctx, out, "mode", Str(isolate, mode_name));
  SetProp(ctx, out, "name", Str(isolate, name));
  SetProp(ctx, out, "nid", v8::Integer::New(isolate, nid));
  int block = EVP_CIPHER_get_block_size(c);
  if (mode != EVP_CIPH_STREAM_CIPHER) SetProp(ctx, out, "blockSize", v8::Integer::New(isolate, block));
  int ivl = iv_len >= 0 ? iv_len : EVP_CIPHER_get_iv_length(c);
  if (ivl != 0) SetProp(ctx, out, "ivLength", v8::Integer::New(isolate, ivl));
  SetProp(ctx, out, "keyLength",
          v8::Integer::New(isolate, key_len >= 0 ? key_len : EVP_CIPHER_get_key_length(c)));
  info.GetReturnValue().Set(out);
}

}  // namespace

void InitCipher(Binding& b) {
  v8::Local<v8::FunctionTemplate> cls = b.Class("CipherBase", Cipher::New);
  b.ProtoMethod(cls, "init", Cipher::Init, 4);
  b.ProtoMethod(cls, "update", Cipher::Update, 1);
  b.ProtoMethod(cls, "final", Cipher::Final);
  b.ProtoMethod(cls, "setAutoPadding", Cipher::SetAutoPadding, 1);
  b.ProtoMethod(cls, "setAAD", Cipher::SetAAD, 2);
  b.ProtoMethod(cls, "getAuthTag", Cipher::GetAuthTag);
  b.ProtoMethod(cls, "setAuthTag", Cipher::SetAuthTag, 1);
  b.Install("CipherBase", cls);
  b.Method("cipherInfo", CipherInfo, 3);
}


}  // namespace nodus::crypto

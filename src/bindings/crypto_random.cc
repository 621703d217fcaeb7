// Randomness: randomFill (randomBytes/randomFill/getRandomValues sit on it), and primes
// (checkPrime/generatePrime).
#include <openssl/bn.h>
#include <openssl/rand.h>

#include "bindings/crypto_util.h"

namespace nodus::crypto {
namespace {

// Fills bytes [offset, offset+size) of an ArrayBuffer/view, kept alive through its backing store.
class RandomFillTask : public Task {
 public:
  RandomFillTask(std::shared_ptr<v8::BackingStore> store, uint8_t* p, size_t n)
      : store_(std::move(store)), p_(p), n_(n) {}
  void Run() override {
    // RAND_bytes takes an int: fill in chunks.
    size_t done = 0;
    while (done < n_) {
      size_t chunk = std::min<size_t>(n_ - done, 1u << 30);
      if (RAND_bytes(p_ + done, static_cast<int>(chunk)) != 1) return FailOpenSSL("RAND_bytes failed");
      done += chunk;
    }
  }

 private:
  std::shared_ptr<v8::BackingStore> store_;
  uint8_t* p_;
  size_t n_;
};

// randomFill(job, buffer, offset, size)
void RandomFill(const Info& info) {
  std::shared_ptr<v8::BackingStore> store;
  size_t base = 0, length = 0;
  if (info[1]->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = info[1].As<v8::ArrayBufferView>();
    store = view->Buffer()->GetBackingStore();
    base = view->ByteOffset();
    length = view->ByteLength();
  } else if (info[1]->IsArrayBuffer()) {
    store = info[1].As<v8::ArrayBuffer>()->GetBackingStore();
    length = store->ByteLength();
  } else if (info[1]->IsSharedArrayBuffer()) {
    store = info[1].As<v8::SharedArrayBuffer>()->GetBackingStore();
    length = store->ByteLength();
  } else {
    return ThrowTypeError(info.GetIsolate(), "buffer expected");
  }
  double offset = info[2]->IsNumber() ? info[2].As<v8::Number>()->Value() : 0;
  double size = info[3]->IsNumber() ? info[3].As<v8::Number>()->Value() : length - offset;
  if (offset < 0 || size < 0 || offset + size > static_cast<double>(length))
    return ThrowRangeError(info.GetIsolate(), "out of range");
  uint8_t* p = static_cast<uint8_t*>(store->Data()) + base + static_cast<size_t>(offset);
  RunTask(info, info[0],
          std::make_unique<RandomFillTask>(std::move(store), p, static_cast<size_t>(size)));
}

class BnFree {
 public:
  void operator()(BIGNUM* b) const { BN_free(b); }
};
using BN = std::unique_ptr<BIGNUM, BnFree>;

BN BnFrom(v8::Local<v8::Value> v) {
  Bytes b = GetBytes(v);
  if (!b.ok) return nullptr;
  return BN(BN_bin2bn(b.data, static_cast<int>(b.size), nullptr));
}

class CheckPrimeTask : public Task {
 public:
  CheckPrimeTask(BN candidate, int checks) : candidate_(std::move(candidate)), checks_(checks) {}
  void Run() override {
    BN_CTX* ctx = BN_CTX_new();
    result_ = BN_check_prime(candidate_.get(), ctx, nullptr);
    BN_CTX_free(ctx);
    if (result_ < 0) FailOpenSSL("checkPrime failed");
    (void)checks_;
  }
  v8::MaybeLocal<v8::Value> Value(v8::Isolate* isolate) override {
    return v8::Boolean::New(isolate, result_ == 1);
  }

 private:
  BN candidate_;
  int checks_;
  int result_ = 0;
};

// checkPrime(job, candidateBigEndianBytes, checks)
void CheckPrime(const Info& info) {
  BN c = BnFrom(info[1]);
  if (!c) return ThrowTypeError(info.GetIsolate(), "candidate expected");
  int checks = info[2]->IsNumber() ? info[2].As<v8::Number>()->Value() : 0;
  RunTask(info, info[0], std::make_unique<CheckPrimeTask>(std::move(c), checks));
}

class GeneratePrimeTask : public Task {
 public:
  GeneratePrimeTask(int bits, bool safe, BN add, BN rem)
      : bits_(bits), safe_(safe), add_(std::move(add)), rem_(std::move(rem)) {}
  void Run() override {
    prime_.reset(BN_new());
    BN_CTX* ctx = BN_CTX_new();
    int ok = BN_generate_prime_ex2(prime_.get(), bits_, safe_ ? 1 : 0, add_.get(), rem_.get(),
                                   nullptr, ctx);
    BN_CTX_free(ctx);
    if (ok != 1) FailOpenSSL("Prime generation failed");
  }
  v8::MaybeLocal<v8::Value> Value(v8::Isolate* isolate) override {
    std::vector<uint8_t> out(BN_num_bytes(prime_.get()));
    BN_bn2bin(prime_.get(), out.data());
    v8::Local<v8::ArrayBuffer> ab;
    if (!TakeArrayBuffer(isolate, std::move(out)).ToLocal(&ab)) return {};
    return ab;
  }

 private:
  int bits_;
  bool safe_;
  BN add_, rem_, prime_;
};

// generatePrime(job, bits, safe, addBytes|undefined, remBytes|undefined)
void GeneratePrime(const Info& info) {
  int bits = info[1]->IsNumber() ? info[1].As<v8::Number>()->Value() : 0;
  BN add = info[3]->IsUndefined() ? nullptr : BnFrom(info[3]);
  BN rem = info[4]->IsUndefined() ? nullptr : BnFrom(info[4]);
  RunTask(info, info[0],
          std::make_unique<GeneratePrimeTask>(bits, info[2]->IsTrue(), std::move(add), std::move(rem)));
}

}  // namespace

void InitRandom(Binding& b) {
  b.Method("randomFill", RandomFill, 4);
  b.Method("checkPrime", CheckPrime, 3);
  b.Method("generatePrime", GeneratePrime, 5);
}

}  // namespace nodus::crypto

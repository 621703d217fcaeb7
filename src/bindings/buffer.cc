// internalBinding('buffer'): the encoding and byte-scanning hot paths of node:buffer.
//
// Slices and writes are installed on Buffer.prototype by lib/buffer.js, so they take the view
// as `this` (`buf.utf8Slice(start, end)`, `buf.hexWrite(string, offset, length)`); everything
// else takes its views as arguments. lib/buffer.js validates the public arguments and builds
// Node's errors; this file re-checks every offset and length against the view's current size
// (a valueOf() may have detached or shrunk nothing we rely on: we read sizes after converting).
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <vector>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "base/binding.h"

namespace nodus::buffer {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

// Encoding ids shared with lib/buffer.js (encodingOps[...].id).
enum Encoding { kUtf8 = 1, kUcs2 = 2, kLatin1 = 3, kAscii = 4, kBase64 = 5, kBase64Url = 6, kHex = 7 };

// ---- errors --------------------------------------------------------------------------------

void ThrowRangeCoded(v8::Isolate* isolate, const char* code, const char* msg) {
  v8::Local<v8::Value> err = v8::Exception::RangeError(Str(isolate, msg));
  SetProp(isolate->GetCurrentContext(), err.As<v8::Object>(), "code", Str(isolate, code));
  isolate->ThrowException(err);
}
void ThrowIndexOutOfRange(v8::Isolate* isolate) {
  ThrowRangeCoded(isolate, "ERR_OUT_OF_RANGE", "Index out of range");
}
void ThrowStringTooLong(v8::Isolate* isolate) {
  char msg[96];
  std::snprintf(msg, sizeof msg, "Cannot create a string longer than 0x%x characters",
                static_cast<unsigned>(v8::String::kMaxLength));
  v8::Local<v8::Value> err = v8::Exception::Error(Str(isolate, msg));
  SetProp(isolate->GetCurrentContext(), err.As<v8::Object>(), "code",
          Str(isolate, "ERR_STRING_TOO_LONG"));
  isolate->ThrowException(err);
}
void ThrowNotBuffer(v8::Isolate* isolate) {
  ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "argument must be a buffer");
}

// ---- views ---------------------------------------------------------------------------------

// The bytes of an ArrayBufferView (or ArrayBuffer / SharedArrayBuffer). Small on-heap typed
// arrays are copied to the stack when only read, so reading never forces V8 to move them.
class Bytes {
 public:
  Bytes() = default;
  // Returns false when `value` is neither a view nor an array buffer.
  bool Init(v8::Local<v8::Value> value, bool writable) {
    if (value->IsArrayBufferView()) {
      auto view = value.As<v8::ArrayBufferView>();
      len_ = view->ByteLength();
      if (!writable && !view->HasBuffer() && len_ <= sizeof stack_) {
        if (len_ > 0) view->CopyContents(stack_, len_);
        data_ = stack_;
      } else {
        auto* base = static_cast<uint8_t*>(view->Buffer()->Data());
        data_ = base == nullptr ? stack_ : base + view->ByteOffset();
        if (base == nullptr) len_ = 0;
      }
      return true;
    }
    if (value->IsArrayBuffer() || value->IsSharedArrayBuffer()) {
      std::shared_ptr<v8::BackingStore> store =
          value->IsArrayBuffer() ? value.As<v8::ArrayBuffer>()->GetBackingStore()
                                 : value.As<v8::SharedArrayBuffer>()->GetBackingStore();
      data_ = static_cast<uint8_t*>(store->Data());
      len_ = store->ByteLength();
      if (data_ == nullptr) {
        data_ = stack_;
        len_ = 0;
      }
      return true;
    }
    return false;
  }
  uint8_t* data() const { return data_; }
  size_t size() const { return len_; }

 private:
  uint8_t stack_[64];
  uint8_t* data_ = stack_;
  size_t len_ = 0;
};

// An index argument: undefined -> `def`; otherwise ToInteger. Returns false with an exception
// pending (from valueOf) or, for negative values, after throwing "Index out of range".
bool ArgIndex(v8::Isolate* isolate, v8::Local<v8::Value> value, size_t def, size_t* out) {
  if (value->IsUndefined()) {
    *out = def;
    return true;
  }
  double d;
  if (value->IsNumber()) {
    d = value.As<v8::Number>()->Value();
  } else {
    int64_t i;
    if (!value->IntegerValue(isolate->GetCurrentContext()).To(&i)) return false;
    d = static_cast<double>(i);
  }
  if (d != d) d = 0;
  if (d < 0) {
    ThrowIndexOutOfRange(isolate);
    return false;
  }
  *out = d >= 9007199254740992.0 ? SIZE_MAX / 2 : static_cast<size_t>(d);
  return true;
}

// A signed integer argument (offsets that JS has already normalised); NaN -> `def`.
int64_t ArgInt(v8::Local<v8::Value> value, int64_t def) {
  if (!value->IsNumber()) return def;
  double d = value.As<v8::Number>()->Value();
  if (d != d) return def;
  if (d >= 9.0e15) return static_cast<int64_t>(9.0e15);
  if (d <= -9.0e15) return static_cast<int64_t>(-9.0e15);
  return static_cast<int64_t>(d);
}

// ---- scratch -------------------------------------------------------------------------------

// One growable scratch area per thread for string contents and encoded output. No JS runs
// while it is in use.
struct ScratchArea {
  std::unique_ptr<uint8_t[]> data;
  size_t size = 0;
};
thread_local ScratchArea scratch1, scratch2;

uint8_t* Grow(ScratchArea* area, size_t n) {
  if (area->size < n) {
    size_t size = n < 4096 ? 4096 : n + n / 2;
    area->data.reset();  // old contents are not needed; free before allocating
    area->data.reset(new (std::nothrow) uint8_t[size]);  // not zeroed
    CHECK(area->data != nullptr);  // out of memory: V8 would not survive either
    area->size = size;
  }
  return area->data.get();
}
uint8_t* Scratch(size_t n) { return Grow(&scratch1, n); }
uint8_t* Scratch2(size_t n) { return Grow(&scratch2, n); }

// Called when a native call is done with the scratch areas: one huge input must not keep its
// memory for the life of the thread.
void TrimScratch() {
  constexpr size_t kKeep = 4 * 1024 * 1024;
  for (ScratchArea* area : {&scratch1, &scratch2}) {
    if (area->size > kKeep) {
      area->data.reset();
      area->size = 0;
    }
  }
}

// ---- tables --------------------------------------------------------------------------------

constexpr char kBase64Chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase64UrlChars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr char kHexChars[] = "0123456789abcdef";

struct Tables {
  int8_t unbase64[256];  // -1: not an alphabet character (both alphabets decode)
  int8_t unhex[256];
  uint16_t hex_pairs[256];
  // d[k][c]: character c's 6 bits at position k of a 4-character group, already shifted into a
  // 24-bit value; kBad (bit 31) marks characters outside both alphabets.
  uint32_t d[4][256];
  // Two output characters for each 12-bit value.
  uint16_t b64_pairs[4096];
  uint16_t b64url_pairs[4096];
  static constexpr uint32_t kBad = 0x80000000u;
  Tables() {
    std::memset(unbase64, -1, sizeof unbase64);
    std::memset(unhex, -1, sizeof unhex);
    for (int i = 0; i < 64; i++) {
      unbase64[static_cast<uint8_t>(kBase64Chars[i])] = static_cast<int8_t>(i);
      unbase64[static_cast<uint8_t>(kBase64UrlChars[i])] = static_cast<int8_t>(i);
    }
    for (int i = 0; i < 10; i++) unhex['0' + i] = static_cast<int8_t>(i);
    for (int i = 0; i < 6; i++) {
      unhex['a' + i] = static_cast<int8_t>(10 + i);
      unhex['A' + i] = static_cast<int8_t>(10 + i);
    }
    for (int i = 0; i < 256; i++) {
      uint8_t pair[2] = {static_cast<uint8_t>(kHexChars[i >> 4]),
                         static_cast<uint8_t>(kHexChars[i & 15])};
      std::memcpy(&hex_pairs[i], pair, 2);
    }
    for (int c = 0; c < 256; c++) {
      int v = unbase64[c];
      for (int k = 0; k < 4; k++)
        d[k][c] = v < 0 ? kBad : static_cast<uint32_t>(v) << (18 - 6 * k);
    }
    for (int i = 0; i < 4096; i++) {
      uint8_t pair[2] = {static_cast<uint8_t>(kBase64Chars[i >> 6]),
                         static_cast<uint8_t>(kBase64Chars[i & 63])};
      std::memcpy(&b64_pairs[i], pair, 2);
      uint8_t upair[2] = {static_cast<uint8_t>(kBase64UrlChars[i >> 6]),
                          static_cast<uint8_t>(kBase64UrlChars[i & 63])};
      std::memcpy(&b64url_pairs[i], upair, 2);
    }
  }
};
const Tables& T() {
  static const Tables tables;
  return tables;
}

// ---- codecs over raw bytes -----------------------------------------------------------------

bool IsUtf8Bytes(const uint8_t* p, size_t n) {
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (!(w & 0x8080808080808080ull)) {
        i += 8;
        continue;
      }
    }
    uint8_t c = p[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (n - i - 1 < need) return false;
    if (p[i + 1] < lo || p[i + 1] > hi) return false;
    for (size_t k = 2; k <= need; k++)
      if ((p[i + k] & 0xC0) != 0x80) return false;
    i += need + 1;
  }
  return true;
}

// ---- SSSE3 kernels (x86-64; chosen at run time) ----------------------------------------------
// Each kernel handles whole 16-byte blocks and returns how far it got; the scalar code finishes.

#if defined(__x86_64__)
#define NODUS_SSSE3 __attribute__((target("ssse3")))

bool HasSsse3() {
  static const bool has = __builtin_cpu_supports("ssse3");
  return has;
}

// Hex: 16 bytes -> 32 characters per step. Returns bytes consumed.
NODUS_SSSE3 size_t HexEncodeSsse3(const uint8_t* src, size_t n, uint8_t* dst) {
  const __m128i lut = _mm_setr_epi8('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b',
                                    'c', 'd', 'e', 'f');
  const __m128i low4 = _mm_set1_epi8(0x0f);
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
    __m128i hi = _mm_and_si128(_mm_srli_epi16(x, 4), low4);
    __m128i lo = _mm_and_si128(x, low4);
    __m128i hc = _mm_shuffle_epi8(lut, hi);
    __m128i lc = _mm_shuffle_epi8(lut, lo);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + 2 * i), _mm_unpacklo_epi8(hc, lc));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + 2 * i + 16), _mm_unpackhi_epi8(hc, lc));
  }
  return i;
}

// The 4-bit values of 16 hex digits; false when any is not a hex digit.
NODUS_SSSE3 inline bool HexNibbles(__m128i v, __m128i* out) {
  __m128i d = _mm_sub_epi8(v, _mm_set1_epi8('0'));
  __m128i is_digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
  __m128i l = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
  __m128i is_alpha = _mm_cmpeq_epi8(_mm_min_epu8(l, _mm_set1_epi8(5)), l);
  if (_mm_movemask_epi8(_mm_or_si128(is_digit, is_alpha)) != 0xffff) return false;
  __m128i alpha = _mm_add_epi8(l, _mm_set1_epi8(10));
  *out = _mm_or_si128(_mm_and_si128(is_digit, d), _mm_andnot_si128(is_digit, alpha));
  return true;
}

// Hex: 32 characters -> 16 bytes per step, stopping before a block with a non-digit.
// Returns bytes written (2 characters each).
NODUS_SSSE3 size_t HexDecodeSsse3(const uint8_t* src, size_t pairs, uint8_t* dst) {
  const __m128i weights = _mm_set1_epi16(0x0110);  // first digit * 16 + second
  size_t o = 0;
  for (; o + 16 <= pairs; o += 16) {
    __m128i a, b;
    if (!HexNibbles(_mm_loadu_si128(reinterpret_cast<const __m128i*>(src + 2 * o)), &a) ||
        !HexNibbles(_mm_loadu_si128(reinterpret_cast<const __m128i*>(src + 2 * o + 16)), &b))
      break;
    __m128i wa = _mm_maddubs_epi16(a, weights);
    __m128i wb = _mm_maddubs_epi16(b, weights);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + o), _mm_packus_epi16(wa, wb));
  }
  return o;
}

// Base64: 12 bytes -> 16 characters per step (reads 16 bytes: needs 4 bytes of slack).
// Returns bytes consumed.
NODUS_SSSE3 size_t Base64EncodeSsse3(const uint8_t* src, size_t n, uint8_t* dst, bool url) {
  const __m128i shuf = _mm_setr_epi8(1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10);
  // Offsets added to each 6-bit index, looked up by range (see below).
  const __m128i offsets = url ? _mm_setr_epi8(71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -17, 32,
                                              65, 0, 0)
                              : _mm_setr_epi8(71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -19, -16,
                                              65, 0, 0);
  size_t i = 0, o = 0;
  for (; i + 16 <= n; i += 12, o += 16) {
    __m128i in = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i)), shuf);
    // Each 32-bit lane holds bytes b1 b0 b2 b1; move the four 6-bit fields to their own bytes.
    __m128i t0 = _mm_and_si128(in, _mm_set1_epi32(0x0fc0fc00));
    __m128i t1 = _mm_mulhi_epu16(t0, _mm_set1_epi32(0x04000040));
    __m128i t2 = _mm_and_si128(in, _mm_set1_epi32(0x003f03f0));
    __m128i t3 = _mm_mullo_epi16(t2, _mm_set1_epi32(0x01000010));
    __m128i idx = _mm_or_si128(t1, t3);
    // Range key: 0 for 26..51, 1..12 for 52..63, 13 for 0..25.
    __m128i key = _mm_subs_epu8(idx, _mm_set1_epi8(51));
    __m128i below26 = _mm_cmpgt_epi8(_mm_set1_epi8(26), idx);
    key = _mm_or_si128(key, _mm_and_si128(below26, _mm_set1_epi8(13)));
    __m128i out = _mm_add_epi8(idx, _mm_shuffle_epi8(offsets, key));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + o), out);
  }
  return i;
}

// Lanes of c within [lo, lo + width); *delta gets c - lo.
NODUS_SSSE3 inline __m128i InRange(__m128i c, char lo, char width, __m128i* delta) {
  __m128i d = _mm_sub_epi8(c, _mm_set1_epi8(lo));
  *delta = d;
  return _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(static_cast<char>(width - 1))), d);
}

// Stores the low 12 bytes of x (never more: the caller's buffer may hold data right after).
NODUS_SSSE3 inline void Store12(uint8_t* dst, __m128i x) {
  _mm_storel_epi64(reinterpret_cast<__m128i*>(dst), x);
  uint32_t tail = static_cast<uint32_t>(_mm_cvtsi128_si32(_mm_srli_si128(x, 8)));
  std::memcpy(dst + 8, &tail, 4);
}

// Base64 (either alphabet): 16 characters -> 12 bytes per step, stopping before a block with
// any other character.
// Returns characters consumed; *written gets the bytes.
NODUS_SSSE3 size_t Base64DecodeSsse3(const uint8_t* src, size_t n, uint8_t* dst, size_t cap,
                                     size_t* written) {
  size_t i = 0, o = 0;
  const __m128i pack_shuf =
      _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
  for (; i + 16 <= n && o + 12 <= cap; i += 16, o += 12) {
    __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
    __m128i du, dl, dd;
    __m128i upper = InRange(c, 'A', 26, &du);
    __m128i lower = InRange(c, 'a', 26, &dl);
    __m128i digit = InRange(c, '0', 10, &dd);
    __m128i c62 = _mm_or_si128(_mm_cmpeq_epi8(c, _mm_set1_epi8('+')),
                               _mm_cmpeq_epi8(c, _mm_set1_epi8('-')));
    __m128i c63 = _mm_or_si128(_mm_cmpeq_epi8(c, _mm_set1_epi8('/')),
                               _mm_cmpeq_epi8(c, _mm_set1_epi8('_')));
    __m128i valid = _mm_or_si128(_mm_or_si128(upper, lower), _mm_or_si128(digit, _mm_or_si128(c62, c63)));
    if (_mm_movemask_epi8(valid) != 0xffff) break;
    __m128i v = _mm_and_si128(upper, du);
    v = _mm_or_si128(v, _mm_and_si128(lower, _mm_add_epi8(dl, _mm_set1_epi8(26))));
    v = _mm_or_si128(v, _mm_and_si128(digit, _mm_add_epi8(dd, _mm_set1_epi8(52))));
    v = _mm_or_si128(v, _mm_and_si128(c62, _mm_set1_epi8(62)));
    v = _mm_or_si128(v, _mm_and_si128(c63, _mm_set1_epi8(63)));
    // Pairs of 6-bit values -> 12 bits per 16-bit lane, pairs of those -> 24 bits per 32-bit lane.
    __m128i ab = _mm_maddubs_epi16(v, _mm_set1_epi32(0x01400140));
    __m128i abcd = _mm_madd_epi16(ab, _mm_set1_epi32(0x00011000));
    Store12(dst + o, _mm_shuffle_epi8(abcd, pack_shuf));
  }
  *written = o;
  return i;
}

// AVX2 versions of the base64 kernels: the same steps on two 128-bit lanes at once.
#define NODUS_AVX2 __attribute__((target("avx2")))

bool HasAvx2() {
  static const bool has = __builtin_cpu_supports("avx2");
  return has;
}

// 24 bytes -> 32 characters per step (reads 28 bytes: needs 4 bytes of slack).
NODUS_AVX2 size_t Base64EncodeAvx2(const uint8_t* src, size_t n, uint8_t* dst, bool url) {
  const __m256i shuf = _mm256_setr_epi8(1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10,
                                        1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10);
  const __m256i offsets =
      url ? _mm256_setr_epi8(71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -17, 32, 65, 0, 0,
                             71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -17, 32, 65, 0, 0)
          : _mm256_setr_epi8(71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -19, -16, 65, 0, 0,
                             71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -19, -16, 65, 0, 0);
  size_t i = 0, o = 0;
  for (; i + 28 <= n; i += 24, o += 32) {
    __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
    __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i + 12));
    __m256i in = _mm256_shuffle_epi8(_mm256_set_m128i(hi, lo), shuf);
    __m256i t0 = _mm256_and_si256(in, _mm256_set1_epi32(0x0fc0fc00));
    __m256i t1 = _mm256_mulhi_epu16(t0, _mm256_set1_epi32(0x04000040));
    __m256i t2 = _mm256_and_si256(in, _mm256_set1_epi32(0x003f03f0));
    __m256i t3 = _mm256_mullo_epi16(t2, _mm256_set1_epi32(0x01000010));
    __m256i idx = _mm256_or_si256(t1, t3);
    __m256i key = _mm256_subs_epu8(idx, _mm256_set1_epi8(51));
    __m256i below26 = _mm256_cmpgt_epi8(_mm256_set1_epi8(26), idx);
    key = _mm256_or_si256(key, _mm256_and_si256(below26, _mm256_set1_epi8(13)));
    __m256i out = _mm256_add_epi8(idx, _mm256_shuffle_epi8(offsets, key));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + o), out);
  }
  return i;
}

NODUS_AVX2 inline __m256i InRange256(__m256i c, char lo, char width, __m256i* delta) {
  __m256i d = _mm256_sub_epi8(c, _mm256_set1_epi8(lo));
  *delta = d;
  return _mm256_cmpeq_epi8(_mm256_min_epu8(d, _mm256_set1_epi8(static_cast<char>(width - 1))), d);
}

// 32 characters -> 24 bytes per step.
NODUS_AVX2 size_t Base64DecodeAvx2(const uint8_t* src, size_t n, uint8_t* dst, size_t cap,
                                   size_t* written) {
  size_t i = 0, o = 0;
  const __m256i pack_shuf = _mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1,
                                             2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
  for (; i + 32 <= n && o + 24 <= cap; i += 32, o += 24) {
    __m256i c = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i));
    __m256i du, dl, dd;
    __m256i upper = InRange256(c, 'A', 26, &du);
    __m256i lower = InRange256(c, 'a', 26, &dl);
    __m256i digit = InRange256(c, '0', 10, &dd);
    __m256i c62 = _mm256_or_si256(_mm256_cmpeq_epi8(c, _mm256_set1_epi8('+')),
                                  _mm256_cmpeq_epi8(c, _mm256_set1_epi8('-')));
    __m256i c63 = _mm256_or_si256(_mm256_cmpeq_epi8(c, _mm256_set1_epi8('/')),
                                  _mm256_cmpeq_epi8(c, _mm256_set1_epi8('_')));
    __m256i valid = _mm256_or_si256(_mm256_or_si256(upper, lower),
                                    _mm256_or_si256(digit, _mm256_or_si256(c62, c63)));
    if (static_cast<uint32_t>(_mm256_movemask_epi8(valid)) != 0xffffffffu) break;
    __m256i v = _mm256_and_si256(upper, du);
    v = _mm256_or_si256(v, _mm256_and_si256(lower, _mm256_add_epi8(dl, _mm256_set1_epi8(26))));
    v = _mm256_or_si256(v, _mm256_and_si256(digit, _mm256_add_epi8(dd, _mm256_set1_epi8(52))));
    v = _mm256_or_si256(v, _mm256_and_si256(c62, _mm256_set1_epi8(62)));
    v = _mm256_or_si256(v, _mm256_and_si256(c63, _mm256_set1_epi8(63)));
    __m256i ab = _mm256_maddubs_epi16(v, _mm256_set1_epi32(0x01400140));
    __m256i abcd = _mm256_madd_epi16(ab, _mm256_set1_epi32(0x00011000));
    __m256i packed = _mm256_shuffle_epi8(abcd, pack_shuf);
    Store12(dst + o, _mm256_castsi256_si128(packed));
    Store12(dst + o + 12, _mm256_extracti128_si256(packed, 1));
  }
  *written = o;
  return i;
}
#else
bool HasSsse3() { return false; }
bool HasAvx2() { return false; }
size_t Base64EncodeAvx2(const uint8_t*, size_t, uint8_t*, bool) { return 0; }
size_t Base64DecodeAvx2(const uint8_t*, size_t, uint8_t*, size_t, size_t* written) {
  *written = 0;
  return 0;
}
size_t HexEncodeSsse3(const uint8_t*, size_t, uint8_t*) { return 0; }
size_t HexDecodeSsse3(const uint8_t*, size_t, uint8_t*) { return 0; }
size_t Base64EncodeSsse3(const uint8_t*, size_t, uint8_t*, bool) { return 0; }
size_t Base64DecodeSsse3(const uint8_t*, size_t, uint8_t*, size_t, size_t* written) {
  *written = 0;
  return 0;
}
#endif

size_t Base64EncodedSize(size_t n, bool url) { return url ? (n * 4 + 2) / 3 : (n + 2) / 3 * 4; }

size_t Base64Encode(const uint8_t* src, size_t n, uint8_t* dst, bool url) {
  const char* chars = url ? kBase64UrlChars : kBase64Chars;
  const uint16_t* pairs = url ? T().b64url_pairs : T().b64_pairs;
  size_t i = 0, o = 0;
  if (n >= 28 && HasAvx2()) {
    i = Base64EncodeAvx2(src, n, dst, url);
    o = i / 3 * 4;
  }
  if (n - i >= 16 && HasSsse3()) {
    size_t done = Base64EncodeSsse3(src + i, n - i, dst + o, url);
    i += done;
    o += done / 3 * 4;
  }
  for (; i + 3 <= n; i += 3) {
    uint32_t v = (src[i] << 16) | (src[i + 1] << 8) | src[i + 2];
    std::memcpy(dst + o, &pairs[v >> 12], 2);
    std::memcpy(dst + o + 2, &pairs[v & 4095], 2);
    o += 4;
  }
  size_t rest = n - i;
  if (rest == 1) {
    uint32_t v = src[i] << 16;
    dst[o++] = chars[v >> 18];
    dst[o++] = chars[(v >> 12) & 63];
    if (!url) {
      dst[o++] = '=';
      dst[o++] = '=';
    }
  } else if (rest == 2) {
    uint32_t v = (src[i] << 16) | (src[i + 1] << 8);
    dst[o++] = chars[v >> 18];
    dst[o++] = chars[(v >> 12) & 63];
    dst[o++] = chars[(v >> 6) & 63];
    if (!url) dst[o++] = '=';
  }
  return o;
}

// Node's forgiving decoder: both alphabets; characters outside them are skipped; '=' ends the
// data; a trailing group of 2 or 3 characters yields 1 or 2 bytes. Writes at most `cap` bytes.
size_t Base64Decode(const uint8_t* src, size_t n, uint8_t* dst, size_t cap) {
  const int8_t* table = T().unbase64;
  const Tables& t = T();
  size_t o = 0, i = 0;
  if (n >= 32 && cap >= 24 && HasAvx2()) i = Base64DecodeAvx2(src, n, dst, cap, &o);
  if (n - i >= 16 && cap - o >= 12 && HasSsse3()) {
    size_t w;
    i += Base64DecodeSsse3(src + i, n - i, dst + o, cap - o, &w);
    o += w;
  }
  // Fast path: whole groups of four alphabet characters (never writes past dst[o + 2]).
  while (i + 4 <= n && o + 3 <= cap) {
    uint32_t v = t.d[0][src[i]] | t.d[1][src[i + 1]] | t.d[2][src[i + 2]] | t.d[3][src[i + 3]];
    if (v & Tables::kBad) break;
    uint32_t be = __builtin_bswap32(v << 8);
    std::memcpy(dst + o, &be, 3);
    o += 3;
    i += 4;
  }
  uint32_t acc = 0;
  int k = 0;
  for (; i < n && o < cap; i++) {
    uint8_t c = src[i];
    int v = table[c];
    if (v < 0) {
      if (c == '=') break;
      continue;
    }
    acc = (acc << 6) | static_cast<uint32_t>(v);
    if (++k == 4) {
      dst[o++] = static_cast<uint8_t>(acc >> 16);
      if (o < cap) dst[o++] = static_cast<uint8_t>(acc >> 8);
      if (o < cap) dst[o++] = static_cast<uint8_t>(acc);
      acc = 0;
      k = 0;
    }
  }
  if (k == 2 && o < cap) {
    dst[o++] = static_cast<uint8_t>(acc >> 4);
  } else if (k == 3) {
    if (o < cap) dst[o++] = static_cast<uint8_t>(acc >> 10);
    if (o < cap) dst[o++] = static_cast<uint8_t>(acc >> 2);
  }
  return o;
}

// Pairs of hex digits until the first pair that is not one; an odd last digit is dropped.
size_t HexDecode(const uint8_t* src, size_t n, uint8_t* dst, size_t cap) {
  const int8_t* table = T().unhex;
  size_t pairs = std::min(n / 2, cap);
  size_t start = pairs >= 16 && HasSsse3() ? HexDecodeSsse3(src, pairs, dst) : 0;
  for (size_t i = start; i < pairs; i++) {
    uint8_t a = src[2 * i], b = src[2 * i + 1];
    int hi = table[a], lo = table[b];
    if ((hi | lo) < 0) return i;
    dst[i] = static_cast<uint8_t>((hi << 4) | lo);
  }
  return pairs;
}

void HexEncode(const uint8_t* src, size_t n, uint8_t* dst) {
  const uint16_t* pairs = T().hex_pairs;
  size_t start = n >= 16 && HasSsse3() ? HexEncodeSsse3(src, n, dst) : 0;
  for (size_t i = start; i < n; i++) std::memcpy(dst + 2 * i, &pairs[src[i]], 2);
}

// ---- strings -------------------------------------------------------------------------------

bool MakeOneByte(v8::Isolate* isolate, const uint8_t* data, size_t n, v8::Local<v8::String>* out) {
  if (n > static_cast<size_t>(v8::String::kMaxLength)) {
    ThrowStringTooLong(isolate);
    return false;
  }
  return v8::String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal, static_cast<int>(n))
      .ToLocal(out);
}

// A string's code units truncated to their low byte (as Node reads hex and base64 input), in
// scratch memory.
const uint8_t* FlattenOneByte(v8::Isolate* isolate, v8::Local<v8::String> s, size_t* length) {
  *length = static_cast<size_t>(s->Length());
  if (s->IsExternalOneByte()) {
    // Large strings we created are external: read them in place.
    const v8::String::ExternalOneByteStringResource* r = s->GetExternalOneByteStringResource();
    if (r != nullptr && r->length() == *length)
      return reinterpret_cast<const uint8_t*>(r->data());
  }
  uint8_t* p = Scratch(*length + 1);
  s->WriteOneByte(isolate, p, 0, static_cast<int>(*length), v8::String::NO_NULL_TERMINATION);
  return p;
}

// Encodes `s` into dst[0, cap) without splitting a character; returns the bytes written.
// `wtf8` keeps lone surrogates as their 3-byte WTF-8 form (how Node encodes indexOf needles)
// instead of replacing them with U+FFFD.
size_t WriteString(v8::Isolate* isolate, v8::Local<v8::String> s, Encoding enc, uint8_t* dst,
                   size_t cap, bool wtf8 = false) {
  if (cap == 0) return 0;
  int icap = static_cast<int>(std::min<size_t>(cap, INT32_MAX));
  switch (enc) {
    case kUtf8:
      return WriteUtf8(isolate, s, dst, cap, !wtf8);
    case kLatin1:
    case kAscii: {
      int n = std::min(s->Length(), icap);
      return static_cast<size_t>(
          s->WriteOneByte(isolate, dst, 0, n, v8::String::NO_NULL_TERMINATION));
    }
    case kUcs2: {
      int units = std::min(s->Length(), icap / 2);
      if (units == 0) return 0;
      if ((reinterpret_cast<uintptr_t>(dst) & 1) == 0) {
        s->Write(isolate, reinterpret_cast<uint16_t*>(dst), 0, units,
                 v8::String::NO_NULL_TERMINATION);
      } else {
        auto* tmp = reinterpret_cast<uint16_t*>(Scratch(2 * static_cast<size_t>(units)));
        s->Write(isolate, tmp, 0, units, v8::String::NO_NULL_TERMINATION);
        std::memcpy(dst, tmp, 2 * static_cast<size_t>(units));
      }
      return 2 * static_cast<size_t>(units);
    }
    case kBase64:
    case kBase64Url: {
      size_t n;
      const uint8_t* src = FlattenOneByte(isolate, s, &n);
      return Base64Decode(src, n, dst, cap);
    }
    case kHex: {
      size_t n;
      const uint8_t* src = FlattenOneByte(isolate, s, &n);
      return HexDecode(src, n, dst, cap);
    }
  }
  return 0;
}

// An upper bound of the bytes `s` encodes to.
size_t MaxEncodedLength(v8::Isolate* isolate, v8::Local<v8::String> s, Encoding enc) {
  size_t n = static_cast<size_t>(s->Length());
  switch (enc) {
    case kUtf8:
      return static_cast<size_t>(s->Utf8Length(isolate));
    case kUcs2:
      return 2 * n;
    case kLatin1:
    case kAscii:
      return n;
    case kBase64:
    case kBase64Url:
      return n / 4 * 3 + 3;
    case kHex:
      return n / 2;
  }
  return n;
}

// ---- big blocks ------------------------------------------------------------------------------
// Large outputs (external strings, unpooled ArrayBuffers) come from malloc. Fresh large blocks
// are mmapped and cost a page fault per 4 KiB on first touch, which dominates encoding a few
// MiB; a few freed blocks are kept for reuse. Frees may come from V8's background threads.

constexpr size_t kCacheMin = 64 * 1024;
constexpr size_t kCacheMax = 16 * 1024 * 1024;
constexpr int kCacheSlots = 4;

struct BlockCache {
  std::mutex mu;
  void* data[kCacheSlots] = {};
  size_t size[kCacheSlots] = {};
};
BlockCache& Cache() {
  static BlockCache* cache = new BlockCache();  // never destroyed: frees may come late
  return *cache;
}

// At least n bytes; *capacity gets the block's real size (for FreeBlock).
void* AllocBlock(size_t n, size_t* capacity) {
  if (n >= kCacheMin && n <= kCacheMax) {
    BlockCache& c = Cache();
    std::lock_guard<std::mutex> lock(c.mu);
    int best = -1;
    for (int i = 0; i < kCacheSlots; i++) {
      if (c.data[i] != nullptr && c.size[i] >= n && c.size[i] <= 2 * n &&
          (best < 0 || c.size[i] < c.size[best]))
        best = i;
    }
    if (best >= 0) {
      void* p = c.data[best];
      *capacity = c.size[best];
      c.data[best] = nullptr;
      return p;
    }
  }
  *capacity = n;
  return std::malloc(n == 0 ? 1 : n);
}

void FreeBlock(void* p, size_t capacity) {
  if (p == nullptr) return;
  if (capacity >= kCacheMin && capacity <= kCacheMax) {
    BlockCache& c = Cache();
    std::lock_guard<std::mutex> lock(c.mu);
    for (int i = 0; i < kCacheSlots; i++) {
      if (c.data[i] == nullptr) {
        c.data[i] = p;
        c.size[i] = capacity;
        return;
      }
    }
  }
  std::free(p);
}

// V8 backing-store deleter: deleter_data carries the block's capacity.
void FreeBacking(void* data, size_t, void* capacity) {
  FreeBlock(data, reinterpret_cast<size_t>(capacity));
}

// Strings of at least this many characters are created external (malloc'ed, outside V8's
// heap): no second copy, and the GC does not move them.
constexpr size_t kExternalMin = 256 * 1024;

class ExternalOneByte : public v8::String::ExternalOneByteStringResource {
 public:
  // V8 is told about the memory so that it collects garbage strings soon enough.
  ExternalOneByte(v8::Isolate* isolate, uint8_t* data, size_t n, size_t capacity)
      : isolate_(isolate), data_(data), n_(n), capacity_(capacity) {
    isolate_->AdjustAmountOfExternalAllocatedMemory(static_cast<int64_t>(capacity_));
  }
  ~ExternalOneByte() override {
    isolate_->AdjustAmountOfExternalAllocatedMemory(-static_cast<int64_t>(capacity_));
    FreeBlock(data_, capacity_);
  }
  const char* data() const override { return reinterpret_cast<const char*>(data_); }
  size_t length() const override { return n_; }

 private:
  v8::Isolate* isolate_;
  uint8_t* data_;
  size_t n_, capacity_;
};

class ExternalTwoByte : public v8::String::ExternalStringResource {
 public:
  // V8 is told about the memory so that it collects garbage strings soon enough.
  ExternalTwoByte(v8::Isolate* isolate, uint16_t* data, size_t n, size_t capacity)
      : isolate_(isolate), data_(data), n_(n), capacity_(capacity) {
    isolate_->AdjustAmountOfExternalAllocatedMemory(static_cast<int64_t>(capacity_));
  }
  ~ExternalTwoByte() override {
    isolate_->AdjustAmountOfExternalAllocatedMemory(-static_cast<int64_t>(capacity_));
    FreeBlock(data_, capacity_);
  }
  const uint16_t* data() const override { return data_; }
  size_t length() const override { return n_; }

 private:
  v8::Isolate* isolate_;
  uint16_t* data_;
  size_t n_, capacity_;
};

// Where a one-byte string of up to `n` characters is encoded before it becomes a string.
struct OneByteOut {
  uint8_t* data = nullptr;
  size_t capacity = 0;
  bool external = false;
};

bool BeginOneByte(v8::Isolate* isolate, size_t n, OneByteOut* o) {
  if (n > static_cast<size_t>(v8::String::kMaxLength)) {
    ThrowStringTooLong(isolate);
    return false;
  }
  if (n >= kExternalMin) {
    o->data = static_cast<uint8_t*>(AllocBlock(n, &o->capacity));
    if (o->data == nullptr) {
      ThrowRangeCoded(isolate, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
      return false;
    }
    o->external = true;
  } else {
    o->data = Scratch2(n);
  }
  return true;
}

bool FinishOneByte(v8::Isolate* isolate, const OneByteOut& o, size_t used,
                   v8::Local<v8::String>* out) {
  if (!o.external) return MakeOneByte(isolate, o.data, used, out);
  if (used < kExternalMin) {
    bool ok = MakeOneByte(isolate, o.data, used, out);
    FreeBlock(o.data, o.capacity);
    return ok;
  }
  auto* resource = new (std::nothrow) ExternalOneByte(isolate, o.data, used, o.capacity);
  if (resource == nullptr) {
    FreeBlock(o.data, o.capacity);
    ThrowRangeCoded(isolate, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
    return false;
  }
  if (!v8::String::NewExternalOneByte(isolate, resource).ToLocal(out)) {
    delete resource;
    ThrowStringTooLong(isolate);
    return false;
  }
  return true;
}

// A one-byte string holding a copy of p[0, n).
bool CopyOneByte(v8::Isolate* isolate, const uint8_t* p, size_t n, v8::Local<v8::String>* out) {
  if (n < kExternalMin) return MakeOneByte(isolate, p, n, out);
  OneByteOut o;
  if (!BeginOneByte(isolate, n, &o)) return false;
  std::memcpy(o.data, p, n);
  return FinishOneByte(isolate, o, n, out);
}

// Decodes bytes to a string in `enc`.
bool Decode(v8::Isolate* isolate, const uint8_t* p, size_t n, Encoding enc,
            v8::Local<v8::String>* out) {
  switch (enc) {
    case kUtf8: {
      if (IsAsciiBytes(p, n)) return CopyOneByte(isolate, p, n, out);
      if (n > static_cast<size_t>(INT32_MAX)) {
        ThrowStringTooLong(isolate);
        return false;
      }
      if (!v8::String::NewFromUtf8(isolate, reinterpret_cast<const char*>(p),
                                   v8::NewStringType::kNormal, static_cast<int>(n))
               .ToLocal(out)) {
        ThrowStringTooLong(isolate);
        return false;
      }
      return true;
    }
    case kLatin1:
      return CopyOneByte(isolate, p, n, out);
    case kAscii: {
      if (IsAsciiBytes(p, n)) return CopyOneByte(isolate, p, n, out);
      OneByteOut o;
      if (!BeginOneByte(isolate, n, &o)) return false;
      for (size_t i = 0; i < n; i++) o.data[i] = p[i] & 0x7F;
      return FinishOneByte(isolate, o, n, out);
    }
    case kUcs2: {
      size_t units = n / 2;
      if (units > static_cast<size_t>(v8::String::kMaxLength)) {
        ThrowStringTooLong(isolate);
        return false;
      }
      if (units >= kExternalMin / 2) {
        size_t capacity;
        auto* mem = static_cast<uint16_t*>(AllocBlock(2 * units, &capacity));
        if (mem == nullptr) {
          ThrowRangeCoded(isolate, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
          return false;
        }
        std::memcpy(mem, p, 2 * units);
        auto* resource = new (std::nothrow) ExternalTwoByte(isolate, mem, units, capacity);
        if (resource == nullptr) {
          FreeBlock(mem, capacity);
          ThrowRangeCoded(isolate, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
          return false;
        }
        if (!v8::String::NewExternalTwoByte(isolate, resource).ToLocal(out)) {
          delete resource;
          ThrowStringTooLong(isolate);
          return false;
        }
        return true;
      }
      const uint16_t* src = reinterpret_cast<const uint16_t*>(p);
      if (reinterpret_cast<uintptr_t>(p) & 1) {
        auto* tmp = reinterpret_cast<uint16_t*>(Scratch2(2 * units));
        std::memcpy(tmp, p, 2 * units);
        src = tmp;
      }
      return v8::String::NewFromTwoByte(isolate, src, v8::NewStringType::kNormal,
                                        static_cast<int>(units))
          .ToLocal(out);
    }
    case kBase64:
    case kBase64Url: {
      bool url = enc == kBase64Url;
      OneByteOut o;
      if (!BeginOneByte(isolate, Base64EncodedSize(n, url), &o)) return false;
      size_t written = Base64Encode(p, n, o.data, url);
      return FinishOneByte(isolate, o, written, out);
    }
    case kHex: {
      if (n > static_cast<size_t>(v8::String::kMaxLength) / 2) {
        ThrowStringTooLong(isolate);
        return false;
      }
      OneByteOut o;
      if (!BeginOneByte(isolate, 2 * n, &o)) return false;
      HexEncode(p, n, o.data);
      return FinishOneByte(isolate, o, 2 * n, out);
    }
  }
  return false;
}

// ---- prototype slices and writes -----------------------------------------------------------

template <Encoding enc>
void Slice(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info.This()->IsArrayBufferView()) return ThrowNotBuffer(isolate);
  size_t start, end;
  auto view = info.This().As<v8::ArrayBufferView>();
  size_t len = view->ByteLength();
  if (!ArgIndex(isolate, info[0], 0, &start)) return;
  if (!ArgIndex(isolate, info[1], len, &end)) return;
  Bytes bytes;
  bytes.Init(info.This(), false);
  len = bytes.size();
  if (end < start) end = start;
  if (end > len) return ThrowIndexOutOfRange(isolate);
  if (start == end) {
    info.GetReturnValue().SetEmptyString();
    return;
  }
  v8::Local<v8::String> s;
  if (Decode(isolate, bytes.data() + start, end - start, enc, &s)) info.GetReturnValue().Set(s);
}

template <Encoding enc>
void Write(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info.This()->IsArrayBufferView()) return ThrowNotBuffer(isolate);
  if (!info[0]->IsString()) {
    ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "argument must be a string");
    return;
  }
  auto view = info.This().As<v8::ArrayBufferView>();
  size_t offset, max_length;
  if (!ArgIndex(isolate, info[1], 0, &offset)) return;
  size_t len = view->ByteLength();
  if (offset > len) {
    ThrowRangeCoded(isolate, "ERR_BUFFER_OUT_OF_BOUNDS", "\"offset\" is outside of buffer bounds");
    return;
  }
  if (!ArgIndex(isolate, info[2], len - offset, &max_length)) return;
  Bytes bytes;
  bytes.Init(info.This(), true);
  len = bytes.size();
  if (offset > len) offset = len;
  max_length = std::min(max_length, len - offset);
  size_t written =
      WriteString(isolate, info[0].As<v8::String>(), enc, bytes.data() + offset, max_length);
  TrimScratch();
  info.GetReturnValue().Set(static_cast<double>(written));
}

// ---- module functions ----------------------------------------------------------------------

void ByteLengthUtf8(const Info& info) {
  if (!info[0]->IsString()) return;
  info.GetReturnValue().Set(info[0].As<v8::String>()->Utf8Length(info.GetIsolate()));
}

// An ArrayBuffer of `n` bytes whose contents are not initialised (allocUnsafe's big sizes).
bool NewUninitialized(v8::Isolate* isolate, size_t n, v8::Local<v8::ArrayBuffer>* out) {
  if (n == 0) {
    *out = v8::ArrayBuffer::New(isolate, 0);
    return true;
  }
  size_t capacity;
  void* mem = AllocBlock(n, &capacity);
  if (mem == nullptr) {
    ThrowRangeCoded(isolate, "ERR_MEMORY_ALLOCATION_FAILED", "Array buffer allocation failed");
    return false;
  }
  std::unique_ptr<v8::BackingStore> store =
      v8::ArrayBuffer::NewBackingStore(mem, n, FreeBacking, reinterpret_cast<void*>(capacity));
  *out = v8::ArrayBuffer::New(isolate, std::move(store));
  return true;
}

// createUnsafeArrayBuffer(size) -> ArrayBuffer (uninitialised memory)
void CreateUnsafeArrayBuffer(const Info& info) {
  double d = info[0]->IsNumber() ? info[0].As<v8::Number>()->Value() : 0;
  if (!(d >= 0) || d > 9007199254740991.0) d = 0;
  v8::Local<v8::ArrayBuffer> ab;
  if (NewUninitialized(info.GetIsolate(), static_cast<size_t>(d), &ab))
    info.GetReturnValue().Set(ab);
}

// createFromString(string, encodingId) -> ArrayBuffer holding exactly the encoded bytes.
void CreateFromString(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsString()) return;
  auto s = info[0].As<v8::String>();
  auto enc = static_cast<Encoding>(info[1]->Int32Value(isolate->GetCurrentContext()).FromMaybe(1));
  if (enc < kUtf8 || enc > kHex) enc = kUtf8;
  size_t max = MaxEncodedLength(isolate, s, enc);
  if (max == 0) {
    info.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, 0));
    return;
  }
  size_t capacity;
  auto* mem = static_cast<uint8_t*>(AllocBlock(max, &capacity));
  if (mem == nullptr) {
    ThrowRangeCoded(isolate, "ERR_MEMORY_ALLOCATION_FAILED", "Array buffer allocation failed");
    return;
  }
  size_t n = WriteString(isolate, s, enc, mem, max);
  TrimScratch();
  if (n == 0) {
    FreeBlock(mem, capacity);
    info.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, 0));
    return;
  }
  std::unique_ptr<v8::BackingStore> store =
      v8::ArrayBuffer::NewBackingStore(mem, n, FreeBacking, reinterpret_cast<void*>(capacity));
  info.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

void RepeatFill(uint8_t* dst, size_t n, const uint8_t* pat, size_t plen) {
  if (plen == 1) {
    std::memset(dst, pat[0], n);
    return;
  }
  size_t first = std::min(n, plen);
  std::memmove(dst, pat, first);
  size_t done = first;
  // Doubling copies from the already filled prefix.
  while (done < n) {
    size_t chunk = std::min(done, n - done);
    std::memcpy(dst + done, dst, chunk);
    done += chunk;
  }
}

// fill(view, value, start, end, encodingId) -> undefined, or -1 when value encodes to no
// bytes, or -2 when the range is outside the view.
void Fill(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Value> value = info[1];
  // A fill byte from an arbitrary value first: its valueOf() may run user code (even detach
  // the target), so no pointer into the target is taken before.
  uint32_t byte = 0;
  bool is_bytes = value->IsString() || value->IsArrayBufferView() || value->IsArrayBuffer() ||
                  value->IsSharedArrayBuffer();
  if (!is_bytes) {
    if (value->IsNumber()) {
      double d = value.As<v8::Number>()->Value();
      byte = d == d && d > -9.0e18 && d < 9.0e18
                 ? static_cast<uint32_t>(static_cast<int64_t>(d))
                 : 0;
    } else if (!value->Uint32Value(isolate->GetCurrentContext()).To(&byte)) {
      return;
    }
  }
  Bytes dst;
  if (!dst.Init(info[0], true)) return ThrowNotBuffer(isolate);
  int64_t start = ArgInt(info[2], 0);
  int64_t end = ArgInt(info[3], static_cast<int64_t>(dst.size()));
  if (start < 0 || end < start || static_cast<uint64_t>(end) > dst.size()) {
    info.GetReturnValue().Set(-2);
    return;
  }
  size_t n = static_cast<size_t>(end - start);
  uint8_t* out = dst.data() + start;
  if (value->IsString()) {
    auto s = value.As<v8::String>();
    int enc_id = info[4]->IsInt32() ? info[4].As<v8::Int32>()->Value() : kUtf8;
    auto enc = static_cast<Encoding>(enc_id < kUtf8 || enc_id > kHex ? kUtf8 : enc_id);
    if (n == 0) {
      // Nothing to fill, but Node still rejects a value that encodes to nothing.
      size_t max = MaxEncodedLength(isolate, s, enc);
      if (max == 0) info.GetReturnValue().Set(-1);
      if (enc == kHex || enc == kBase64 || enc == kBase64Url) {
        uint8_t* tmp = Scratch2(max + 1);
        if (WriteString(isolate, s, enc, tmp, max) == 0) info.GetReturnValue().Set(-1);
      }
      return;
    }
    size_t max = MaxEncodedLength(isolate, s, enc);
    if (max == 0) {
      info.GetReturnValue().Set(-1);
      return;
    }
    uint8_t* tmp = Scratch2(max);
    size_t plen = WriteString(isolate, s, enc, tmp, max);
    if (plen == 0) {
      info.GetReturnValue().Set(-1);
      return;
    }
    RepeatFill(out, n, tmp, plen);
    TrimScratch();
    return;
  }
  if (value->IsArrayBufferView() || value->IsArrayBuffer() || value->IsSharedArrayBuffer()) {
    Bytes src;
    src.Init(value, false);
    if (src.size() == 0) {
      info.GetReturnValue().Set(-1);
      return;
    }
    if (n == 0) return;
    if (src.size() >= n || src.data() + src.size() <= out || out + n <= src.data()) {
      RepeatFill(out, n, src.data(), src.size());
    } else {
      uint8_t* tmp = Scratch2(src.size());
      std::memcpy(tmp, src.data(), src.size());
      RepeatFill(out, n, tmp, src.size());
    }
    return;
  }
  if (n) std::memset(out, static_cast<int>(byte & 255), n);
}

// Where a search starts, in the style of Node's indexOf: negative offsets count from the end;
// an empty needle matches at the clamped offset; -1 when nothing can match.
int64_t SearchOffset(size_t haystack, int64_t offset, size_t needle, bool forward) {
  int64_t len = static_cast<int64_t>(haystack);
  int64_t nlen = static_cast<int64_t>(needle);
  if (offset < 0) {
    if (offset + len >= 0) return len + offset;
    if (forward || nlen == 0) return 0;
    return -1;
  }
  if (offset + nlen <= len) return offset;
  if (nlen == 0) return len;
  if (forward) return -1;
  return len - 1;
}

// Finds needle in hay starting at `from` (forward) or at most at `from` (backward); `step` 2
// keeps UTF-16 matches on code-unit boundaries.
int64_t Search(const uint8_t* hay, size_t hlen, const uint8_t* needle, size_t nlen, size_t from,
               bool forward, size_t step) {
  if (nlen == 0) return static_cast<int64_t>(from);
  if (forward) {
    if (step == 1) {
      const uint8_t* p = hay + from;
      const uint8_t* last = hay + hlen - nlen;
      uint8_t first = needle[0];
      while (p <= last) {
        p = static_cast<const uint8_t*>(std::memchr(p, first, static_cast<size_t>(last - p) + 1));
        if (p == nullptr) return -1;
        if (std::memcmp(p + 1, needle + 1, nlen - 1) == 0) return p - hay;
        p++;
      }
      return -1;
    }
    for (size_t i = from; i + nlen <= hlen; i += step)
      if (hay[i] == needle[0] && std::memcmp(hay + i, needle, nlen) == 0)
        return static_cast<int64_t>(i);
    return -1;
  }
  for (size_t i = from + 1; i-- > 0;) {
    if (step == 2 && (i & 1)) continue;
    if (hay[i] == needle[0] && std::memcmp(hay + i, needle, nlen) == 0)
      return static_cast<int64_t>(i);
  }
  return -1;
}

int64_t IndexOfBytes(const uint8_t* hay, size_t hlen, const uint8_t* needle, size_t nlen,
                     int64_t offset, bool forward, bool ucs2, bool whole_units = false) {
  // UTF-16 string searches see only whole code units of the haystack (Buffer needles do not).
  int64_t opt = SearchOffset(whole_units ? hlen & ~size_t{1} : hlen, offset, nlen, forward);
  if (nlen == 0) return opt;
  if (hlen == 0 || opt < 0 || nlen > hlen) return -1;
  size_t from = static_cast<size_t>(opt);
  if (forward && from + nlen > hlen) return -1;
  if (ucs2) {
    // Whole code units only: positions are even, the needle is hlen/2-unit aligned.
    if (hlen < 2 || nlen < 2) return -1;
    size_t units = hlen / 2, nunits = nlen / 2;
    if (nunits > units) return -1;
    size_t ufrom = from / 2;
    if (forward && ufrom + nunits > units) return -1;
    if (!forward && ufrom > units - nunits) ufrom = units - nunits;
    return Search(hay, units * 2, needle, nunits * 2, ufrom * 2, forward, 2);
  }
  if (!forward && from > hlen - nlen) from = hlen - nlen;
  return Search(hay, hlen, needle, nlen, from, forward, 1);
}

// indexOfString(view, needle, byteOffset, encodingId, forward)
void IndexOfString(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Bytes hay;
  if (!hay.Init(info[0], false) || !info[1]->IsString()) return ThrowNotBuffer(isolate);
  auto s = info[1].As<v8::String>();
  int enc_id = info[3]->IsInt32() ? info[3].As<v8::Int32>()->Value() : kUtf8;
  auto enc = static_cast<Encoding>(enc_id < kUtf8 || enc_id > kHex ? kUtf8 : enc_id);
  int64_t offset = ArgInt(info[2], 0);
  bool forward = info[4]->IsTrue();
  size_t max = MaxEncodedLength(isolate, s, enc);
  // A needle longer than the haystack cannot match (and need not be encoded).
  if (max > hay.size() && (enc == kUtf8 || enc == kUcs2 || enc == kLatin1 || enc == kAscii)) {
    info.GetReturnValue().Set(-1);
    return;
  }
  uint8_t* tmp = Scratch2(max + 1);
  size_t nlen = WriteString(isolate, s, enc, tmp, max, /*wtf8=*/true);
  info.GetReturnValue().Set(static_cast<double>(
      IndexOfBytes(hay.data(), hay.size(), tmp, nlen, offset, forward, enc == kUcs2,
                   enc == kUcs2)));
  TrimScratch();
}

// indexOfBuffer(view, needleView, byteOffset, encodingId, forward)
void IndexOfBuffer(const Info& info) {
  Bytes hay, needle;
  if (!hay.Init(info[0], false) || !needle.Init(info[1], false))
    return ThrowNotBuffer(info.GetIsolate());
  int64_t offset = ArgInt(info[2], 0);
  bool ucs2 = info[3]->IsInt32() && info[3].As<v8::Int32>()->Value() == kUcs2;
  bool forward = info[4]->IsTrue();
  info.GetReturnValue().Set(static_cast<double>(IndexOfBytes(
      hay.data(), hay.size(), needle.data(), needle.size(), offset, forward, ucs2)));
}

// indexOfNumber(view, byte, byteOffset, forward)
void IndexOfNumber(const Info& info) {
  Bytes hay;
  if (!hay.Init(info[0], false)) return ThrowNotBuffer(info.GetIsolate());
  uint8_t needle = static_cast<uint8_t>(ArgInt(info[1], 0) & 255);
  int64_t offset = ArgInt(info[2], 0);
  bool forward = info[3]->IsTrue();
  info.GetReturnValue().Set(
      static_cast<double>(IndexOfBytes(hay.data(), hay.size(), &needle, 1, offset, forward, false)));
}

int CompareBytes(const uint8_t* a, size_t alen, const uint8_t* b, size_t blen) {
  size_t n = std::min(alen, blen);
  int r = n ? std::memcmp(a, b, n) : 0;
  if (r == 0) return alen < blen ? -1 : alen > blen ? 1 : 0;
  return r < 0 ? -1 : 1;
}

// compare(a, b) -> -1 | 0 | 1
void Compare(const Info& info) {
  Bytes a, b;
  if (!a.Init(info[0], false) || !b.Init(info[1], false)) return ThrowNotBuffer(info.GetIsolate());
  info.GetReturnValue().Set(CompareBytes(a.data(), a.size(), b.data(), b.size()));
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd) -> -1 | 0 | 1
void CompareOffset(const Info& info) {
  Bytes source, target;
  if (!source.Init(info[0], false) || !target.Init(info[1], false))
    return ThrowNotBuffer(info.GetIsolate());
  auto clamp = [](int64_t v, size_t len) {
    return v < 0 ? size_t{0} : std::min(static_cast<size_t>(v), len);
  };
  size_t target_start = clamp(ArgInt(info[2], 0), target.size());
  size_t source_start = clamp(ArgInt(info[3], 0), source.size());
  size_t target_end = clamp(ArgInt(info[4], static_cast<int64_t>(target.size())), target.size());
  size_t source_end = clamp(ArgInt(info[5], static_cast<int64_t>(source.size())), source.size());
  if (source_start > source.size() || target_start > target.size()) {
    ThrowIndexOutOfRange(info.GetIsolate());
    return;
  }
  size_t slen = source_end > source_start ? source_end - source_start : 0;
  size_t tlen = target_end > target_start ? target_end - target_start : 0;
  info.GetReturnValue().Set(
      CompareBytes(source.data() + source_start, slen, target.data() + target_start, tlen));
}

// copy(source, target, targetStart, sourceStart, count) -> bytes copied
void Copy(const Info& info) {
  Bytes source, target;
  if (!source.Init(info[0], false) || !target.Init(info[1], true))
    return ThrowNotBuffer(info.GetIsolate());
  // A small on-heap source was copied to the stack: fine, it is only read.
  int64_t ts = ArgInt(info[2], 0), ss = ArgInt(info[3], 0), nb = ArgInt(info[4], 0);
  if (ts < 0 || ss < 0 || nb <= 0 || static_cast<uint64_t>(ts) >= target.size() ||
      static_cast<uint64_t>(ss) >= source.size()) {
    info.GetReturnValue().Set(0);
    return;
  }
  size_t n = std::min({static_cast<size_t>(nb), target.size() - static_cast<size_t>(ts),
                       source.size() - static_cast<size_t>(ss)});
  std::memmove(target.data() + ts, source.data() + ss, n);
  info.GetReturnValue().Set(static_cast<double>(n));
}

template <size_t width>
void Swap(const Info& info) {
  Bytes b;
  if (!b.Init(info[0], true)) return ThrowNotBuffer(info.GetIsolate());
  uint8_t* p = b.data();
  size_t n = b.size() - b.size() % width;
  for (size_t i = 0; i < n; i += width) {
    if constexpr (width == 2) {
      uint16_t v;
      std::memcpy(&v, p + i, 2);
      v = __builtin_bswap16(v);
      std::memcpy(p + i, &v, 2);
    } else if constexpr (width == 4) {
      uint32_t v;
      std::memcpy(&v, p + i, 4);
      v = __builtin_bswap32(v);
      std::memcpy(p + i, &v, 4);
    } else {
      uint64_t v;
      std::memcpy(&v, p + i, 8);
      v = __builtin_bswap64(v);
      std::memcpy(p + i, &v, 8);
    }
  }
  info.GetReturnValue().Set(info[0]);
}

void IsUtf8(const Info& info) {
  Bytes b;
  if (!b.Init(info[0], false)) return ThrowNotBuffer(info.GetIsolate());
  info.GetReturnValue().Set(IsUtf8Bytes(b.data(), b.size()));
}

void IsAscii(const Info& info) {
  Bytes b;
  if (!b.Init(info[0], false)) return ThrowNotBuffer(info.GetIsolate());
  info.GetReturnValue().Set(IsAsciiBytes(b.data(), b.size()));
}

// decodeString(view, encodingId, start, end): the slice functions without `this`.
void DecodeView(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  Bytes b;
  if (!b.Init(info[0], false)) return ThrowNotBuffer(isolate);
  int enc_id = info[1]->IsInt32() ? info[1].As<v8::Int32>()->Value() : kUtf8;
  auto enc = static_cast<Encoding>(enc_id < kUtf8 || enc_id > kHex ? kUtf8 : enc_id);
  int64_t start = std::max<int64_t>(0, ArgInt(info[2], 0));
  int64_t end = ArgInt(info[3], static_cast<int64_t>(b.size()));
  if (end > static_cast<int64_t>(b.size())) end = static_cast<int64_t>(b.size());
  if (end <= start) {
    info.GetReturnValue().SetEmptyString();
    return;
  }
  v8::Local<v8::String> s;
  if (Decode(isolate, b.data() + start, static_cast<size_t>(end - start), enc, &s))
    info.GetReturnValue().Set(s);
}

}  // namespace

void Init(Binding& b) {
  b.Method("asciiSlice", Slice<kAscii>, 0);
  b.Method("base64Slice", Slice<kBase64>, 0);
  b.Method("base64urlSlice", Slice<kBase64Url>, 0);
  b.Method("latin1Slice", Slice<kLatin1>, 0);
  b.Method("hexSlice", Slice<kHex>, 0);
  b.Method("ucs2Slice", Slice<kUcs2>, 0);
  b.Method("utf8Slice", Slice<kUtf8>, 0);
  b.Method("asciiWrite", Write<kAscii>, 1);
  b.Method("base64Write", Write<kBase64>, 0);
  b.Method("base64urlWrite", Write<kBase64Url>, 0);
  b.Method("latin1Write", Write<kLatin1>, 1);
  b.Method("hexWrite", Write<kHex>, 0);
  b.Method("ucs2Write", Write<kUcs2>, 0);
  b.Method("utf8Write", Write<kUtf8>, 1);
  b.Method("byteLengthUtf8", ByteLengthUtf8, 1);
  b.Method("createUnsafeArrayBuffer", CreateUnsafeArrayBuffer, 1);
  b.Method("createFromString", CreateFromString, 2);
  b.Method("fill", Fill, 5);
  b.Method("indexOfString", IndexOfString, 5);
  b.Method("indexOfBuffer", IndexOfBuffer, 5);
  b.Method("indexOfNumber", IndexOfNumber, 4);
  b.Method("compare", Compare, 2);
  b.Method("compareOffset", CompareOffset, 6);
  b.Method("copy", Copy, 5);
  b.Method("swap16", Swap<2>, 1);
  b.Method("swap32", Swap<4>, 1);
  b.Method("swap64", Swap<8>, 1);
  b.Method("isUtf8", IsUtf8, 1);
  b.Method("isAscii", IsAscii, 1);
  b.Method("decodeView", DecodeView, 4);
  b.Constant("kMaxLength", 9007199254740991.0);
  b.Constant("kStringMaxLength", v8::String::kMaxLength);
}

}  // namespace nodus::buffer

// internalBinding('zlib'): the (de)compression engines behind lib/zlib.js.
//
// Classes Zlib(mode), BrotliEncoder(mode), BrotliDecoder(mode), ZstdCompress(), ZstdDecompress()
// share one shape:
//   init(...)                     per engine (see each Init*), returns true or false (or, for zstd,
//                                 undefined or a message) — JS throws ERR_ZLIB_INITIALIZATION_FAILED
//   write(flush, in, in_off, in_len, out, out_off, out_len)   on the threadpool; when done,
//                                 writeState[0] = avail_out, writeState[1] = avail_in, and the
//                                 processCallback given to init runs with `this` = the handle
//   writeSync(...)                the same, synchronously
//   params(level, strategy), reset(), close()
// Errors call `handle.onerror(message, errno, code)` (synchronously from writeSync, from the loop
// otherwise) and nothing else runs for that write. The engine reads `in` and writes `out` in place:
// JS keeps both alive (handle.buffer, stream._outBuffer) and never touches them while a write runs.
// crc32(data, value) computes zlib's CRC-32 of an ArrayBufferView.
#include <brotli/decode.h>
#include <brotli/encode.h>
#include <uv.h>
#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "base/binding.h"
#include "base/base_object.h"
#include "runtime/callback.h"
#include "runtime/realm.h"

namespace nodus::zlib {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

// Modes, as zlib.constants lists them.
enum Mode { kNone, kDeflate, kInflate, kGzip, kGunzip, kDeflateRaw, kInflateRaw, kUnzip,
            kBrotliDecode, kBrotliEncode, kZstdCompress, kZstdDecompress };

struct EngineError {
  bool set = false;
  std::string message;
  std::string code;
  int err = 0;
};

EngineError MakeError(std::string message, std::string code, int err) {
  return EngineError{true, std::move(message), std::move(code), err};
}

// A few freed state blocks per thread, kept for the next stream of the same shape: a deflateSync
// of 1 KiB otherwise takes its ~270 KiB of state from pages the allocator has just handed back to
// the kernel, and faults them in again. Blocks are matched by exact size (a library allocates the
// same sizes for the same parameters); at most 1 MiB is kept per thread.
class SpareBlocks {
 public:
  ~SpareBlocks() {
    for (int i = 0; i < count_; i++) free(block_[i]);
    count_ = 0;
    closed_ = true;  // a stream freed later (thread exit) frees its blocks itself
  }
  void* Take(size_t n) {
    for (int i = count_ - 1; i >= 0; i--) {
      if (size_[i] != n) continue;
      void* p = block_[i];
      bytes_ -= n;
      count_--;
      block_[i] = block_[count_];
      size_[i] = size_[count_];
      return p;
    }
    return nullptr;
  }
  bool Put(void* p, size_t n) {
    if (closed_ || n < kMin || count_ == kSlots || bytes_ + n > kMaxBytes) return false;
    block_[count_] = p;
    size_[count_] = n;
    count_++;
    bytes_ += n;
    return true;
  }

 private:
  static constexpr int kSlots = 12;
  static constexpr size_t kMin = 4096, kMaxBytes = 1 << 20;
  void* block_[kSlots];
  size_t size_[kSlots];
  int count_ = 0;
  size_t bytes_ = 0;
  bool closed_ = false;
};
thread_local SpareBlocks spare_blocks;

// Memory accounting: allocations made by the libraries go through these hooks so V8 learns how much
// native memory a stream holds (the threadpool only updates the counter; the loop thread reports).
struct Accounting {
  int64_t allocated = 0;   // live bytes
  int64_t reported = 0;    // what V8 was told
  static void* Alloc(void* opaque, size_t size) {
    auto* self = static_cast<Accounting*>(opaque);
    size_t total = size + sizeof(size_t) * 2;
    auto* p = static_cast<size_t*>(spare_blocks.Take(total));
    if (p == nullptr) p = static_cast<size_t*>(malloc(total));
    if (p == nullptr) return nullptr;
    p[0] = size;
    self->allocated += static_cast<int64_t>(size);
    return p + 2;  // keep 16-byte alignment
  }
  static void Free(void* opaque, void* ptr) {
    if (ptr == nullptr) return;
    auto* self = static_cast<Accounting*>(opaque);
    size_t* p = static_cast<size_t*>(ptr) - 2;
    self->allocated -= static_cast<int64_t>(p[0]);
    if (!spare_blocks.Put(p, p[0] + sizeof(size_t) * 2)) free(p);
  }
  static void* ZAlloc(void* opaque, uInt items, uInt size) {
    return Alloc(opaque, static_cast<size_t>(items) * size);
  }
};

// One (de)compression library state. Work() runs on any thread and touches no V8.
class Engine {
 public:
  virtual ~Engine() = default;
  virtual void Work() = 0;
  virtual EngineError Error() const = 0;
  virtual EngineError Reset() = 0;
  virtual EngineError Params(int, int) { return {}; }
  virtual void Close() = 0;
  virtual int64_t ExtraMemory() const { return 0; }
  // The largest flush kind the library accepts (an unknown one can make brotli spin forever).
  virtual int MaxFlush() const = 0;

  const uint8_t* next_in = nullptr;
  size_t avail_in = 0;
  uint8_t* next_out = nullptr;
  size_t avail_out = 0;
  int flush = 0;
  Accounting mem;
};

// ---- zlib -----------------------------------------------------------------------------------

class ZlibEngine : public Engine {
 public:
  explicit ZlibEngine(Mode mode) : mode_(mode), orig_mode_(mode) {}
  ~ZlibEngine() override { Close(); }

  void Configure(int level, int window_bits, int mem_level, int strategy,
                 std::vector<uint8_t> dictionary) {
    level_ = level;
    window_bits_ = window_bits;
    mem_level_ = mem_level;
    strategy_ = strategy;
    dictionary_ = std::move(dictionary);
    switch (mode_) {
      case kGzip:
      case kGunzip: window_bits_ += 16; break;
      case kUnzip: window_bits_ += 32; break;
      case kDeflateRaw:
      case kInflateRaw: window_bits_ *= -1; break;
      default: break;
    }
  }

  void Work() override {
    if (!EnsureInit()) return;
    strm_.next_in = const_cast<Bytef*>(next_in);
    strm_.avail_in = static_cast<uInt>(avail_in);
    strm_.next_out = next_out;
    strm_.avail_out = static_cast<uInt>(avail_out);
    switch (mode_) {
      case kDeflate:
      case kGzip:
      case kDeflateRaw:
        err_ = deflate(&strm_, flush);
        break;
      case kUnzip:
        DetectGzip();
        [[fallthrough]];
      case kInflate:
      case kGunzip:
      case kInflateRaw:
        err_ = inflate(&strm_, flush);
        if (mode_ != kInflateRaw && err_ == Z_NEED_DICT && !dictionary_.empty()) {
          err_ = inflateSetDictionary(&strm_, dictionary_.data(),
                                      static_cast<uInt>(dictionary_.size()));
          if (err_ == Z_OK) {
            err_ = inflate(&strm_, flush);
          } else if (err_ == Z_DATA_ERROR) {
            err_ = Z_NEED_DICT;  // a wrong dictionary, told apart from bad input below
          }
        }
        // Another gzip member may follow; trailing zero bytes are padding and end the data.
        while (strm_.avail_in > 0 && mode_ == kGunzip && err_ == Z_STREAM_END &&
               strm_.next_in[0] != 0) {
          ResetStream();
          err_ = inflate(&strm_, flush);
        }
        break;
      default:
        break;
    }
    next_in = strm_.next_in;
    avail_in = strm_.avail_in;
    next_out = strm_.next_out;
    avail_out = strm_.avail_out;
  }

  EngineError Error() const override {
    if (init_failed_) return ErrorFor("Init error");
    switch (err_) {
      case Z_OK:
      case Z_BUF_ERROR:
        if (strm_.avail_out != 0 && flush == Z_FINISH) return ErrorFor("unexpected end of file");
        return {};
      case Z_STREAM_END:
        return {};
      case Z_NEED_DICT:
        return ErrorFor(dictionary_.empty() ? "Missing dictionary" : "Bad dictionary");
      default:
        return ErrorFor("Zlib error");
    }
  }

  EngineError Reset() override {
    if (!EnsureInit()) return ErrorFor("Init error");
    ResetStream();
    mode_ = orig_mode_;
    gzip_id_bytes_ = 0;
    if (err_ != Z_OK) return ErrorFor("Failed to reset stream");
    return SetDictionary();
  }

  EngineError Params(int level, int strategy) override {
    if (!EnsureInit()) return ErrorFor("Failed to init stream before set parameters");
    err_ = Z_OK;
    if (mode_ == kDeflate || mode_ == kDeflateRaw) err_ = deflateParams(&strm_, level, strategy);
    if (err_ != Z_OK && err_ != Z_BUF_ERROR) return ErrorFor("Failed to set parameters");
    return {};
  }

  int MaxFlush() const override { return Z_BLOCK; }

  void Close() override {
    if (!initialized_) return;
    initialized_ = false;
    if (IsDeflate()) deflateEnd(&strm_);
    else inflateEnd(&strm_);
  }

 private:
  bool IsDeflate() const { return mode_ == kDeflate || mode_ == kGzip || mode_ == kDeflateRaw; }

  EngineError ErrorFor(const char* fallback) const {
    int code = init_failed_ ? init_err_ : err_;
    const char* name = "Z_UNKNOWN";
    switch (code) {
      case Z_OK: name = "Z_OK"; break;
      case Z_STREAM_END: name = "Z_STREAM_END"; break;
      case Z_NEED_DICT: name = "Z_NEED_DICT"; break;
      case Z_ERRNO: name = "Z_ERRNO"; break;
      case Z_STREAM_ERROR: name = "Z_STREAM_ERROR"; break;
      case Z_DATA_ERROR: name = "Z_DATA_ERROR"; break;
      case Z_MEM_ERROR: name = "Z_MEM_ERROR"; break;
      case Z_BUF_ERROR: name = "Z_BUF_ERROR"; break;
      case Z_VERSION_ERROR: name = "Z_VERSION_ERROR"; break;
    }
    const char* msg = (initialized_ && strm_.msg != nullptr) ? strm_.msg : fallback;
    return MakeError(msg, name, code);
  }

  // Deferred until the first write so that idle streams cost no window memory.
  bool EnsureInit() {
    if (initialized_) return true;
    if (init_failed_) return false;
    memset(&strm_, 0, sizeof(strm_));
    strm_.zalloc = Accounting::ZAlloc;
    strm_.zfree = Accounting::Free;
    strm_.opaque = &mem;
    int r;
    if (IsDeflate()) {
      r = deflateInit2(&strm_, level_, Z_DEFLATED, window_bits_, mem_level_, strategy_);
    } else {
      r = inflateInit2(&strm_, window_bits_);
    }
    if (r != Z_OK) {
      init_failed_ = true;
      init_err_ = r;
      return false;
    }
    initialized_ = true;
    err_ = Z_OK;
    EngineError e = SetDictionary();
    if (e.set) {
      // Reported by the write that follows.
      err_ = Z_DATA_ERROR;
    }
    return true;
  }

  EngineError SetDictionary() {
    if (dictionary_.empty()) return {};
    err_ = Z_OK;
    if (mode_ == kDeflate || mode_ == kDeflateRaw) {
      err_ = deflateSetDictionary(&strm_, dictionary_.data(), static_cast<uInt>(dictionary_.size()));
    } else if (mode_ == kInflateRaw) {
      err_ = inflateSetDictionary(&strm_, dictionary_.data(), static_cast<uInt>(dictionary_.size()));
    }
    if (err_ != Z_OK) return ErrorFor("Failed to set dictionary");
    return {};
  }

  void ResetStream() {
    err_ = IsDeflate() ? deflateReset(&strm_) : inflateReset(&strm_);
  }

  // Unzip: the first two bytes decide between gzip (1f 8b) and zlib.
  void DetectGzip() {
    const uint8_t* p = strm_.avail_in > 0 ? strm_.next_in : nullptr;
    size_t left = strm_.avail_in;
    if (p == nullptr) return;
    if (gzip_id_bytes_ == 0) {
      if (*p != 0x1f) {
        mode_ = kInflate;
        return;
      }
      gzip_id_bytes_ = 1;
      p++;
      left--;
      if (left == 0) return;
    }
    if (gzip_id_bytes_ == 1) {
      if (*p == 0x8b) {
        gzip_id_bytes_ = 2;
        mode_ = kGunzip;
      } else {
        mode_ = kInflate;
      }
    }
  }

  Mode mode_;
  Mode orig_mode_;  // kUnzip stays the mode to return to after reset()
  int level_ = 0, window_bits_ = 0, mem_level_ = 0, strategy_ = 0;
  std::vector<uint8_t> dictionary_;
  z_stream strm_{};
  bool initialized_ = false;
  bool init_failed_ = false;
  int init_err_ = Z_OK;
  int err_ = Z_OK;
  int gzip_id_bytes_ = 0;
};

// ---- brotli ---------------------------------------------------------------------------------

// The state's lifetime and parameters, shared by encoder and decoder.
template <typename State, typename Param, State* (*kCreate)(brotli_alloc_func, brotli_free_func, void*),
          void (*kDestroy)(State*), BROTLI_BOOL (*kSet)(State*, Param, uint32_t)>
class BrotliEngine : public Engine {
 public:
  ~BrotliEngine() override { Close(); }
  bool Init(const uint32_t* params, size_t count) {
    params_.assign(params, params + count);
    return Create();
  }
  EngineError Reset() override {
    Close();
    ClearResult();
    if (!Create()) return MakeError("Failed to reset stream", "ERR_ZLIB_INITIALIZATION_FAILED", -1);
    return {};
  }
  int MaxFlush() const override { return BROTLI_OPERATION_EMIT_METADATA; }
  void Close() override {
    if (state_ != nullptr) kDestroy(state_);
    state_ = nullptr;
  }

 protected:
  virtual void ClearResult() = 0;
  State* state_ = nullptr;

 private:
  // Applies every parameter JS set (unset ones are 0xFFFFFFFF).
  bool Create() {
    state_ = kCreate(Accounting::Alloc, Accounting::Free, &mem);
    if (state_ == nullptr) return false;
    for (size_t i = 0; i < params_.size(); i++) {
      if (params_[i] == UINT32_MAX) continue;
      if (!kSet(state_, static_cast<Param>(i), params_[i])) return false;
    }
    return true;
  }
  std::vector<uint32_t> params_;
};

class BrotliEncoderEngine
    : public BrotliEngine<BrotliEncoderState, BrotliEncoderParameter, BrotliEncoderCreateInstance,
                          BrotliEncoderDestroyInstance, BrotliEncoderSetParameter> {
 public:
  void Work() override {
    const uint8_t* in = next_in;
    uint8_t* out = next_out;
    ok_ = BrotliEncoderCompressStream(state_, static_cast<BrotliEncoderOperation>(flush),
                                      &avail_in, &in, &avail_out, &out, nullptr);
    next_in = in;
    next_out = out;
  }
  EngineError Error() const override {
    if (!ok_) return MakeError("Compression failed", "ERR_BROTLI_COMPRESSION_FAILED", -1);
    return {};
  }

 private:
  void ClearResult() override { ok_ = true; }
  bool ok_ = true;
};

class BrotliDecoderEngine
    : public BrotliEngine<BrotliDecoderState, BrotliDecoderParameter, BrotliDecoderCreateInstance,
                          BrotliDecoderDestroyInstance, BrotliDecoderSetParameter> {
 public:
  // "ERR_" + the code's name with its category prefix (brotli 1.1 spells it so; 1.0 omits the
  // prefix), e.g. ERR__ERROR_FORMAT_PADDING_1.
  static std::string ErrorName(BrotliDecoderErrorCode code) {
    std::string name = BrotliDecoderErrorString(code);
    if (!name.empty() && name[0] == '_') return "ERR_" + name;
    int c = static_cast<int>(code);
    const char* prefix = c <= -1 && c >= -17   ? "_ERROR_FORMAT_"
                         : c <= -21 && c >= -30 ? "_ERROR_ALLOC_"
                                                : "_ERROR_";
    return std::string("ERR_") + prefix + name;
  }
  void Work() override {
    const uint8_t* in = next_in;
    uint8_t* out = next_out;
    last_ = BrotliDecoderDecompressStream(state_, &avail_in, &in, &avail_out, &out, nullptr);
    next_in = in;
    next_out = out;
    if (last_ == BROTLI_DECODER_RESULT_ERROR) {
      error_ = BrotliDecoderGetErrorCode(state_);
      error_name_ = ErrorName(error_);
    }
  }
  EngineError Error() const override {
    if (error_ != BROTLI_DECODER_NO_ERROR)
      return MakeError("Decompression failed", error_name_, static_cast<int>(error_));
    // Brotli has no end-of-stream error of its own: finishing while it wants input is one.
    if (flush == BROTLI_OPERATION_FINISH && last_ == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
      return MakeError("unexpected end of file", "Z_BUF_ERROR", Z_BUF_ERROR);
    return {};
  }

 private:
  void ClearResult() override {
    error_ = BROTLI_DECODER_NO_ERROR;
    last_ = BROTLI_DECODER_RESULT_SUCCESS;
  }
  BrotliDecoderResult last_ = BROTLI_DECODER_RESULT_SUCCESS;
  BrotliDecoderErrorCode error_ = BROTLI_DECODER_NO_ERROR;
  std::string error_name_;
};

// ---- zstd -----------------------------------------------------------------------------------

const char* ZstdCodeName(ZSTD_ErrorCode code) {
  switch (code) {
#define V(name) \
  case ZSTD_error_##name: return "ZSTD_error_" #name;
    V(no_error) V(GENERIC) V(prefix_unknown) V(version_unsupported) V(frameParameter_unsupported)
    V(frameParameter_windowTooLarge) V(corruption_detected) V(checksum_wrong)
    V(literals_headerWrong) V(dictionary_corrupted) V(dictionary_wrong)
    V(dictionaryCreation_failed) V(parameter_unsupported) V(parameter_combination_unsupported)
    V(parameter_outOfBound) V(tableLog_tooLarge) V(maxSymbolValue_tooLarge)
    V(maxSymbolValue_tooSmall) V(stabilityCondition_notRespected) V(stage_wrong)
    V(init_missing) V(memory_allocation) V(workSpace_tooSmall) V(dstSize_tooSmall)
    V(srcSize_wrong) V(dstBuffer_null) V(noForwardProgress_destFull)
    V(noForwardProgress_inputEmpty)
#undef V
    default: return "ZSTD_error_GENERIC";
  }
}

class ZstdEngine : public Engine {
 public:
  explicit ZstdEngine(bool compress) : compress_(compress) {}
  ~ZstdEngine() override { Close(); }

  // Returns nullptr or the failure message.
  const char* Init(const uint32_t* params, size_t count) {
    params_.assign(params, params + count);
    return Create();
  }
  void Work() override {
    ZSTD_inBuffer in{next_in, avail_in, 0};
    ZSTD_outBuffer out{next_out, avail_out, 0};
    if (compress_) {
      result_ = ZSTD_compressStream2(cctx_, &out, &in, static_cast<ZSTD_EndDirective>(flush));
    } else {
      result_ = ZSTD_decompressStream(dctx_, &out, &in);
    }
    next_in += in.pos;
    avail_in -= in.pos;
    next_out += out.pos;
    avail_out -= out.pos;
  }
  EngineError Error() const override {
    if (ZSTD_isError(result_)) {
      ZSTD_ErrorCode code = ZSTD_getErrorCode(result_);
      return MakeError(ZSTD_getErrorName(result_), ZstdCodeName(code), static_cast<int>(code));
    }
    return {};
  }
  EngineError Reset() override {
    result_ = 0;
    size_t r = compress_ ? ZSTD_CCtx_reset(cctx_, ZSTD_reset_session_only)
                         : ZSTD_DCtx_reset(dctx_, ZSTD_reset_session_only);
    if (ZSTD_isError(r)) {
      ZSTD_ErrorCode code = ZSTD_getErrorCode(r);
      return MakeError(ZSTD_getErrorName(r), ZstdCodeName(code), static_cast<int>(code));
    }
    return {};
  }
  void Close() override {
    if (cctx_ != nullptr) ZSTD_freeCCtx(cctx_);
    if (dctx_ != nullptr) ZSTD_freeDCtx(dctx_);
    cctx_ = nullptr;
    dctx_ = nullptr;
  }
  int MaxFlush() const override { return ZSTD_e_end; }
  int64_t ExtraMemory() const override {
    if (cctx_ != nullptr) return static_cast<int64_t>(ZSTD_sizeof_CCtx(cctx_));
    if (dctx_ != nullptr) return static_cast<int64_t>(ZSTD_sizeof_DCtx(dctx_));
    return 0;
  }

 private:
  const char* Create() {
    if (compress_) {
      cctx_ = ZSTD_createCCtx();
      if (cctx_ == nullptr) return "Could not initialize zstd instance";
    } else {
      dctx_ = ZSTD_createDCtx();
      if (dctx_ == nullptr) return "Could not initialize zstd instance";
    }
    for (size_t i = 0; i < params_.size(); i++) {
      if (params_[i] == UINT32_MAX) continue;
      int value = static_cast<int>(params_[i]);
      size_t r = compress_
                     ? ZSTD_CCtx_setParameter(cctx_, static_cast<ZSTD_cParameter>(i), value)
                     : ZSTD_DCtx_setParameter(dctx_, static_cast<ZSTD_dParameter>(i), value);
      if (ZSTD_isError(r)) return "Setting parameter failed";
    }
    return nullptr;
  }
  bool compress_;
  ZSTD_CCtx* cctx_ = nullptr;
  ZSTD_DCtx* dctx_ = nullptr;
  std::vector<uint32_t> params_;
  size_t result_ = 0;
};

// ---- the JS-facing handle -------------------------------------------------------------------

// Data pointer of an ArrayBufferView (Buffer() moves an on-heap typed array off the heap, so the
// pointer stays valid while the view is alive).
uint8_t* ViewData(v8::Local<v8::ArrayBufferView> view) {
  return static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
}

// A whole buffer through an engine in one go: the writes a JS loop would make (writeSync in
// zlibBufferSync; write + processCallback in a stream), with the same output sizes (so the same
// output bytes). Each write goes to the current chunk of out's length: first `out` itself from
// out_off, then, once a chunk is full, fresh chunks collected in one growing block. Run() touches
// no V8 and may run on the threadpool.
struct WholeRun {
  WholeRun(Engine* engine, size_t chunk_size, v8::Local<v8::Value> max_output)
      : e(engine), chunk(chunk_size), first(engine->next_out),
        max(max_output->IsNumber() ? max_output.As<v8::Number>()->Value() : 0),
        cur_off(chunk_size - engine->avail_out) {}
  ~WholeRun() { free(block); }

  // The writes with `flush` until one leaves output space (as the JS loops stop). False when the
  // engine failed or the output passed the maximum.
  bool Phase(int flush) {
    e->flush = flush;
    while (true) {
      size_t avail = chunk - cur_off;
      if (in_first) {
        e->next_out = first + written;
      } else {
        if (!Reserve(avail)) return (oom = true, false);
        e->next_out = block + size;
      }
      e->avail_out = avail;
      e->Work();
      if (e->Error().set) return (failed = true, false);
      size_t have = avail - e->avail_out;
      if (have > 0) {
        calls_with_output++;
        written += have;
        if (in_first) first_written += have;
        else size += have;
        if (static_cast<double>(written) > max) return (too_large = true, false);
      }
      cur_off += have;
      if (e->avail_out != 0) return true;
      // The chunk is full: go on in a fresh one with the rest of the input.
      if (in_first) {
        if (!Reserve(written + chunk)) return (oom = true, false);
        memcpy(block, first, written);
        size = written;
        in_first = false;
      }
      cur_off = 0;
    }
  }

  // A stream's writes: the input with its flush kind, then (when all input was taken: otherwise
  // the stream ends there) empty writes with the finishing kind.
  void StreamRun() {
    if (!Phase(e->flush)) return;
    if (e->avail_in > 0) return;
    e->next_in = nullptr;
    Phase(finish_flush);
  }

  // The number of bytes in `out` from out_off when one write produced all the output (or none
  // did); else an ArrayBuffer of all the output; false when it passed the maximum.
  v8::Local<v8::Value> Result(v8::Isolate* isolate) {
    if (too_large) return v8::False(isolate);
    if (calls_with_output <= 1 && written == first_written) {
      return v8::Number::New(isolate, static_cast<double>(written));
    }
    if (in_first) {
      if (!Reserve(written)) return v8::Undefined(isolate);
      memcpy(block, first, written);
      size = written;
    }
    if (capacity - size > 65536) {
      void* p = realloc(block, size ? size : 1);
      if (p != nullptr) block = static_cast<uint8_t*>(p);
    }
    std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
        block, size, [](void* data, size_t, void*) { free(data); }, nullptr);
    block = nullptr;
    return v8::ArrayBuffer::New(isolate, std::move(store));
  }

  bool Reserve(size_t n) {
    if (size + n <= capacity) return true;
    size_t cap = capacity ? capacity : n * 4;
    while (cap < size + n) cap *= 2;
    void* p = realloc(block, cap);
    if (p == nullptr) return false;
    block = static_cast<uint8_t*>(p);
    capacity = cap;
    return true;
  }

  Engine* e;
  const size_t chunk;
  uint8_t* const first;  // out + out_off
  const double max;
  size_t cur_off;        // in the current chunk (out_off in the first)
  int finish_flush = 0;
  bool in_first = true, failed = false, too_large = false, oom = false;
  size_t written = 0, first_written = 0;
  int calls_with_output = 0;
  uint8_t* block = nullptr;
  size_t size = 0, capacity = 0;
};

class CompressionStream : public BaseObject {
 public:
  CompressionStream(Realm* realm, v8::Local<v8::Object> obj, std::unique_ptr<Engine> engine)
      : BaseObject(realm, obj), engine_(std::move(engine)) {
    work_.data = this;
  }
  ~CompressionStream() override {
    engine_->Close();
    ReportMemory();
  }

  Engine* engine() { return engine_.get(); }

  bool SetupCallbacks(const Info& info, int state_index, int cb_index) {
    if (init_done_) {
      ThrowCodedError(info.GetIsolate(), "ERR_INVALID_STATE", "Invalid state: zlib handle already initialized");
      return false;
    }
    if (!info[state_index]->IsUint32Array() || info[state_index].As<v8::Uint32Array>()->Length() < 2 ||
        !info[cb_index]->IsFunction()) {
      ThrowTypeError(info.GetIsolate(), "invalid zlib init arguments");
      return false;
    }
    auto arr = info[state_index].As<v8::Uint32Array>();
    write_state_array_.Reset(info.GetIsolate(), arr);
    write_state_ = reinterpret_cast<uint32_t*>(ViewData(arr));
    callback_.Reset(info.GetIsolate(), info[cb_index].As<v8::Function>());
    init_done_ = true;
    return true;
  }

  // Checks write(flush, in, in_off, in_len, out, out_off, out_len)'s arguments (out_len is absent
  // for writeSyncAll) and points the engine at them; false after throwing.
  bool PrepareWrite(const Info& info, bool has_out_len) {
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    if (!init_done_ || closed_ || write_in_progress_ || pending_close_) {
      ThrowCodedError(isolate, "ERR_INVALID_STATE", "Invalid state: zlib write not allowed now");
      return false;
    }
    uint32_t flush, in_off, in_len, out_off, out_len;
    if (!info[0]->Uint32Value(ctx).To(&flush)) return false;
    if (flush > static_cast<uint32_t>(engine_->MaxFlush())) {
      ThrowRangeError(isolate, "zlib write: invalid flush value");
      return false;
    }
    const uint8_t* in = nullptr;
    if (info[1]->IsUndefined()) {
      in_off = in_len = 0;
    } else {
      if (!info[1]->IsArrayBufferView()) {
        ThrowTypeError(isolate, "zlib write: input must be an ArrayBufferView");
        return false;
      }
      auto view = info[1].As<v8::ArrayBufferView>();
      if (!info[2]->Uint32Value(ctx).To(&in_off) || !info[3]->Uint32Value(ctx).To(&in_len))
        return false;
      if (static_cast<uint64_t>(in_off) + in_len > view->ByteLength()) {
        ThrowRangeError(isolate, "zlib write: input range out of bounds");
        return false;
      }
      in = ViewData(view) + in_off;
    }
    if (!info[4]->IsArrayBufferView()) {
      ThrowTypeError(isolate, "zlib write: output must be an ArrayBufferView");
      return false;
    }
    auto out_view = info[4].As<v8::ArrayBufferView>();
    if (!info[5]->Uint32Value(ctx).To(&out_off)) return false;
    if (has_out_len) {
      if (!info[6]->Uint32Value(ctx).To(&out_len)) return false;
    } else {
      out_len = out_view->ByteLength() >= out_off ? out_view->ByteLength() - out_off : 0;
    }
    if (static_cast<uint64_t>(out_off) + out_len > out_view->ByteLength()) {
      ThrowRangeError(isolate, "zlib write: output range out of bounds");
      return false;
    }
    Engine* e = engine_.get();
    e->flush = static_cast<int>(flush);
    e->next_in = in;
    e->avail_in = in_len;
    e->next_out = ViewData(out_view) + out_off;
    e->avail_out = out_len;
    return true;
  }

  // Ends a WholeRun's writes as CheckError and UpdateWriteState end one write; false (after onerror
  // ran) on failure.
  bool FinishWhole(WholeRun* run) {
    bool ok = true;
    if (run->oom) {
      EmitError(MakeError("Out of memory", "Z_MEM_ERROR", Z_MEM_ERROR));
      ok = false;
    } else if (run->failed) {
      ok = CheckError();
    } else {
      UpdateWriteState();
      write_in_progress_ = false;
    }
    ReportMemory();
    return ok;
  }

  // Runs the engine once, synchronously; false (after onerror ran) on failure.
  bool WorkSync() {
    write_in_progress_ = true;
    engine_->Work();
    in_sync_ = true;
    bool ok = CheckError();
    in_sync_ = false;
    if (ok) {
      UpdateWriteState();
      write_in_progress_ = false;
    }
    ReportMemory();
    return ok;
  }

  // writeSyncAll(flush, in, in_off, in_len, out, out_off, maxOutputLength): zlibBufferSync's loop
  // of writeSync calls, in one call (see WholeRun). Returns the WholeRun result; undefined after
  // onerror ran.
  static void WriteSyncAll(const Info& info) {
    NODUS_UNWRAP(self, CompressionStream, info.This());
    if (!self->PrepareWrite(info, false)) return;
    WholeRun run(self->engine_.get(), info[4].As<v8::ArrayBufferView>()->ByteLength(), info[6]);
    self->write_in_progress_ = true;
    run.Phase(self->engine_->flush);
    self->in_sync_ = true;
    bool ok = self->FinishWhole(&run);
    self->in_sync_ = false;
    if (ok) info.GetReturnValue().Set(run.Result(info.GetIsolate()));
  }

  // writeAll(flush, in, in_off, in_len, out, out_off, maxOutputLength, finishFlush): what a
  // stream's write loop does for zlibBuffer's engine.end(buffer) (every write with `flush`, then
  // empty writes with `finishFlush` once the input is used up), on the threadpool in one job.
  // handle.onwriteall(result) runs with the WholeRun result, or onerror.
  static void WriteAll(const Info& info) {
    NODUS_UNWRAP(self, CompressionStream, info.This());
    if (!self->PrepareWrite(info, false)) return;
    v8::Isolate* isolate = info.GetIsolate();
    uint32_t finish;
    if (!info[7]->Uint32Value(isolate->GetCurrentContext()).To(&finish)) return;
    if (finish > static_cast<uint32_t>(self->engine_->MaxFlush())) {
      return ThrowRangeError(isolate, "zlib write: invalid flush value");
    }
    self->whole_ = std::make_unique<WholeRun>(
        self->engine_.get(), info[4].As<v8::ArrayBufferView>()->ByteLength(), info[6]);
    self->whole_->finish_flush = static_cast<int>(finish);
    self->QueueWork(info);
  }

  // Starts the prepared write (or WholeRun) on the threadpool, keeping `in` and `out` alive.
  void QueueWork(const Info& info) {
    v8::Isolate* isolate = info.GetIsolate();
    write_in_progress_ = true;
    if (!info[1]->IsUndefined()) in_.Reset(isolate, info[1]);
    out_.Reset(isolate, info[4]);
    int r = uv_queue_work(realm()->loop(), &work_, DoWork, AfterWork);
    if (r != 0) {
      write_in_progress_ = false;
      whole_.reset();
      in_.Reset();
      out_.Reset();
      return ThrowError(isolate, "zlib: could not queue work");
    }
    ClearWeak();
  }

  template <bool kAsync>
  static void Write(const Info& info) {
    NODUS_UNWRAP(self, CompressionStream, info.This());
    if (!self->PrepareWrite(info, true)) return;
    if (kAsync) self->QueueWork(info);
    else self->WorkSync();
  }

  static void Params(const Info& info) {
    NODUS_UNWRAP(self, CompressionStream, info.This());
    if (self->closed_ || self->write_in_progress_) return;
    v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
    int level, strategy;
    if (!info[0]->Int32Value(ctx).To(&level) || !info[1]->Int32Value(ctx).To(&strategy)) return;
    EngineError err = self->engine_->Params(level, strategy);
    if (err.set) self->EmitSyncError(err);
  }

  static void Reset(const Info& info) {
    NODUS_UNWRAP(self, CompressionStream, info.This());
    if (self->closed_ || self->write_in_progress_) return;
    EngineError err = self->engine_->Reset();
    if (err.set) self->EmitSyncError(err);
  }

  static void CloseMethod(const Info& info) {
    NODUS_UNWRAP(self, CompressionStream, info.This());
    self->Close();
  }

  void Close() {
    if (write_in_progress_) {
      pending_close_ = true;
      return;
    }
    pending_close_ = false;
    if (closed_) return;
    closed_ = true;
    engine_->Close();
    ReportMemory();
  }

 private:
  static void DoWork(uv_work_t* req) {
    auto* self = static_cast<CompressionStream*>(req->data);
    if (self->whole_) self->whole_->StreamRun();
    else self->engine_->Work();
  }

  static void AfterWork(uv_work_t* req, int status) {
    auto* self = static_cast<CompressionStream*>(req->data);
    Realm* realm = self->realm();
    v8::Isolate* isolate = realm->isolate();
    v8::HandleScope scope(isolate);
    v8::Context::Scope context_scope(realm->context());
    self->write_in_progress_ = false;
    self->in_.Reset();
    self->out_.Reset();
    self->MakeWeak();
    self->ReportMemory();
    std::unique_ptr<WholeRun> whole = std::move(self->whole_);
    if (status == UV_ECANCELED) {
      self->Close();
      return;
    }
    if (whole) {
      if (!self->FinishWhole(whole.get())) return;
      v8::Local<v8::Value> result = whole->Result(isolate);
      MakeCallback(realm, self->object(), "onwriteall", 1, &result);
      if (self->pending_close_) self->Close();
      return;
    }
    // A close() during the write waits for it: the callback still runs (JS sees the stream
    // destroyed and just completes the write), then the engine is freed.
    if (!self->CheckError()) return;
    self->UpdateWriteState();
    v8::Local<v8::Function> cb = self->callback_.Get(isolate);
    MakeCallback(realm, self->object(), cb, 0, nullptr);
    if (self->pending_close_) self->Close();
  }

  void EmitSyncError(const EngineError& err) {
    in_sync_ = true;
    EmitError(err);
    in_sync_ = false;
  }

  void UpdateWriteState() {
    write_state_[0] = static_cast<uint32_t>(engine_->avail_out);
    write_state_[1] = static_cast<uint32_t>(engine_->avail_in);
  }

  // False (after calling onerror) when the last operation failed.
  bool CheckError() {
    EngineError err = engine_->Error();
    if (!err.set) return true;
    EmitError(err);
    return false;
  }

  void EmitError(const EngineError& err) {
    v8::Isolate* isolate = this->isolate();
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> argv[3] = {Str(isolate, err.message), v8::Integer::New(isolate, err.err),
                                    Str(isolate, err.code)};
    write_in_progress_ = false;
    if (in_sync_) {
      // Called from JS (writeSync, params, reset): a throw reaches that caller.
      v8::Local<v8::Context> ctx = realm()->context();
      v8::Local<v8::Value> fn;
      if (object()->Get(ctx, InternalizedStr(isolate, "onerror")).ToLocal(&fn) &&
          fn->IsFunction()) {
        v8::MaybeLocal<v8::Value> r = fn.As<v8::Function>()->Call(ctx, object(), 3, argv);
        (void)r;  // a throw propagates to the JS caller
      }
    } else {
      MakeCallback(realm(), object(), "onerror", 3, argv);
    }
    if (pending_close_) Close();
  }

  void ReportMemory() {
    int64_t now = engine_->mem.allocated + engine_->ExtraMemory();
    int64_t delta = now - engine_->mem.reported;
    if (delta != 0) {
      engine_->mem.reported = now;
      isolate()->AdjustAmountOfExternalAllocatedMemory(delta);
    }
  }

  std::unique_ptr<Engine> engine_;
  std::unique_ptr<WholeRun> whole_;  // the job of a writeAll in progress
  uv_work_t work_;
  v8::Global<v8::Uint32Array> write_state_array_;
  uint32_t* write_state_ = nullptr;
  v8::Global<v8::Function> callback_;
  v8::Global<v8::Value> in_, out_;
  bool init_done_ = false;
  bool write_in_progress_ = false;
  bool pending_close_ = false;
  bool closed_ = false;
  bool in_sync_ = false;
};

bool ConstructCheck(const Info& info, const char* name) {
  if (!info.IsConstructCall()) {
    ThrowTypeError(info.GetIsolate(),
                   std::string("Class constructor ") + name + " cannot be invoked without 'new'");
    return false;
  }
  return true;
}

void NewZlib(const Info& info) {
  if (!ConstructCheck(info, "Zlib")) return;
  int mode = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  if (mode < kDeflate || mode > kUnzip) {
    ThrowTypeError(info.GetIsolate(), "Bad zlib mode");
    return;
  }
  new CompressionStream(Realm::From(info), info.This(),
                        std::make_unique<ZlibEngine>(static_cast<Mode>(mode)));
}

// init(windowBits, level, memLevel, strategy, writeState, processCallback, dictionary) -> bool
void InitZlib(const Info& info) {
  NODUS_UNWRAP(self, CompressionStream, info.This());
  v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
  int window_bits, level, mem_level, strategy;
  if (!info[0]->Int32Value(ctx).To(&window_bits) || !info[1]->Int32Value(ctx).To(&level) ||
      !info[2]->Int32Value(ctx).To(&mem_level) || !info[3]->Int32Value(ctx).To(&strategy))
    return;
  if (!self->SetupCallbacks(info, 4, 5)) return;
  std::vector<uint8_t> dictionary;
  if (info[6]->IsArrayBufferView()) {
    auto view = info[6].As<v8::ArrayBufferView>();
    dictionary.resize(view->ByteLength());
    if (!dictionary.empty()) view->CopyContents(dictionary.data(), dictionary.size());
  }
  static_cast<ZlibEngine*>(self->engine())
      ->Configure(level, window_bits, mem_level, strategy, std::move(dictionary));
  info.GetReturnValue().Set(true);
}

bool ReadParams(const Info& info, int index, std::vector<uint32_t>* out) {
  if (!info[index]->IsUint32Array()) {
    ThrowTypeError(info.GetIsolate(), "params must be a Uint32Array");
    return false;
  }
  auto arr = info[index].As<v8::Uint32Array>();
  out->resize(arr->Length());
  if (!out->empty()) arr->CopyContents(out->data(), out->size() * sizeof(uint32_t));
  return true;
}

template <bool kEncoder>
void NewBrotli(const Info& info) {
  if (!ConstructCheck(info, kEncoder ? "BrotliEncoder" : "BrotliDecoder")) return;
  std::unique_ptr<Engine> engine;
  if (kEncoder) engine = std::make_unique<BrotliEncoderEngine>();
  else engine = std::make_unique<BrotliDecoderEngine>();
  new CompressionStream(Realm::From(info), info.This(), std::move(engine));
}

// init(params, writeState, processCallback) -> bool
template <bool kEncoder>
void InitBrotli(const Info& info) {
  NODUS_UNWRAP(self, CompressionStream, info.This());
  std::vector<uint32_t> params;
  if (!ReadParams(info, 0, &params)) return;
  if (!self->SetupCallbacks(info, 1, 2)) return;
  bool ok;
  if (kEncoder) {
    ok = static_cast<BrotliEncoderEngine*>(self->engine())->Init(params.data(), params.size());
  } else {
    ok = static_cast<BrotliDecoderEngine*>(self->engine())->Init(params.data(), params.size());
  }
  info.GetReturnValue().Set(ok);
}

template <bool kCompress>
void NewZstd(const Info& info) {
  if (!ConstructCheck(info, kCompress ? "ZstdCompress" : "ZstdDecompress")) return;
  new CompressionStream(Realm::From(info), info.This(), std::make_unique<ZstdEngine>(kCompress));
}

// init(params, pledgedSrcSize, writeState, processCallback) -> undefined or a failure message
void InitZstd(const Info& info) {
  NODUS_UNWRAP(self, CompressionStream, info.This());
  std::vector<uint32_t> params;
  if (!ReadParams(info, 0, &params)) return;
  if (!self->SetupCallbacks(info, 2, 3)) return;
  const char* err = static_cast<ZstdEngine*>(self->engine())->Init(params.data(), params.size());
  if (err != nullptr) info.GetReturnValue().Set(Str(info.GetIsolate(), err));
}

// ---- CRC-32 by carry-less multiplication ----
// zlib 1.2.13's crc32 does about 4 bytes a cycle at best; with PCLMULQDQ the data is folded 64
// bytes at a time. A 128-bit register r holds a polynomial bit-reflected, as the CRC sees its
// input: bit i of the little-endian value is the coefficient of x^(127-i). Moving r forward by D
// bits (r * x^D) and reducing modulo the CRC polynomial P stays congruent: with r = L*x^64 + H
// (L the low qword), r*x^D == L*(x^(D+64) mod P) + H*(x^D mod P), two 64x32-bit carry-less
// products that fit in 128 bits. A reflected carry-less product comes out one bit short
// (multiplied by x^-1), so the constants carry one factor of x less. The last 128 bits, which are
// congruent to the whole input, go through zlib's crc32 as 16 bytes of data; the starting value
// is folded in by XOR-ing it into the first four bytes.
#if defined(__x86_64__)
struct FoldConstants {
  uint64_t by512[2];  // {for L, for H}: moves a register 512 bits
  uint64_t by128[2];  // and 128 bits
  // x^n mod P as a 32-bit polynomial (bit d = coefficient of x^d).
  static uint64_t PowMod(int n) {
    uint64_t r = 1;
    for (int i = 0; i < n; i++) {
      r <<= 1;
      if (r & (1ull << 32)) r ^= 0x104C11DB7ull;
    }
    return r;
  }
  // The same polynomial as a reflected qword: the coefficient of x^d in bit 63-d.
  static uint64_t Reflect64(uint64_t poly) {
    uint64_t out = 0;
    for (int d = 0; d < 32; d++) {
      if (poly & (1ull << d)) out |= 1ull << (63 - d);
    }
    return out;
  }
  static FoldConstants Make() {
    // The low qword (L) moves D + 64 bits, the high one (H) D bits; one x less for the product.
    FoldConstants k;
    k.by512[0] = Reflect64(PowMod(512 + 64 - 1));
    k.by512[1] = Reflect64(PowMod(512 - 1));
    k.by128[0] = Reflect64(PowMod(128 + 64 - 1));
    k.by128[1] = Reflect64(PowMod(128 - 1));
    return k;
  }
};

__attribute__((target("pclmul,sse2"))) inline __m128i Fold(__m128i r, __m128i k) {
  return _mm_xor_si128(_mm_clmulepi64_si128(r, k, 0x00), _mm_clmulepi64_si128(r, k, 0x11));
}

// `len` >= 64.
__attribute__((target("pclmul,sse2"))) uint32_t Crc32Clmul(uint32_t crc, const uint8_t* p,
                                                          size_t len) {
  static const FoldConstants kc = FoldConstants::Make();
  const __m128i k512 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kc.by512));
  const __m128i k128 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kc.by128));
  auto load = [](const uint8_t* q) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(q)); };
  __m128i x0 = _mm_xor_si128(load(p), _mm_cvtsi32_si128(static_cast<int>(~crc)));
  __m128i x1 = load(p + 16), x2 = load(p + 32), x3 = load(p + 48);
  p += 64;
  len -= 64;
  while (len >= 64) {
    x0 = _mm_xor_si128(Fold(x0, k512), load(p));
    x1 = _mm_xor_si128(Fold(x1, k512), load(p + 16));
    x2 = _mm_xor_si128(Fold(x2, k512), load(p + 32));
    x3 = _mm_xor_si128(Fold(x3, k512), load(p + 48));
    p += 64;
    len -= 64;
  }
  x1 = _mm_xor_si128(Fold(x0, k128), x1);
  x2 = _mm_xor_si128(Fold(x1, k128), x2);
  x3 = _mm_xor_si128(Fold(x2, k128), x3);
  while (len >= 16) {
    x3 = _mm_xor_si128(Fold(x3, k128), load(p));
    p += 16;
    len -= 16;
  }
  uint8_t rest[16];
  _mm_storeu_si128(reinterpret_cast<__m128i*>(rest), x3);
  uLong c = crc32(0xFFFFFFFFul, rest, 16);
  return static_cast<uint32_t>(crc32(c, p, static_cast<uInt>(len)));
}
#endif

uint32_t Crc32Of(uint32_t crc, const uint8_t* data, size_t len) {
#if defined(__x86_64__)
  static const bool clmul = __builtin_cpu_supports("pclmul");
  if (clmul && len >= 64) return Crc32Clmul(crc, data, len);
#endif
  uLong c = crc;
  while (len > 0) {
    uInt n = len > 0x40000000 ? 0x40000000 : static_cast<uInt>(len);
    c = crc32(c, data, n);
    data += n;
    len -= n;
  }
  return static_cast<uint32_t>(c);
}

// crc32(view, value) -> uint32
void Crc32(const Info& info) {
  v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
  uint32_t value = 0;
  if (!info[1]->IsUndefined() && !info[1]->Uint32Value(ctx).To(&value)) return;
  if (!info[0]->IsArrayBufferView()) {
    ThrowTypeError(info.GetIsolate(), "crc32: data must be an ArrayBufferView");
    return;
  }
  auto view = info[0].As<v8::ArrayBufferView>();
  size_t len = view->ByteLength();
  uint32_t crc = len > 0 ? Crc32Of(value, ViewData(view), len) : value;
  info.GetReturnValue().Set(crc);
}

void AddCommon(Binding& b, v8::Local<v8::FunctionTemplate> cls) {
  b.ProtoMethod(cls, "write", CompressionStream::Write<true>, 7);
  b.ProtoMethod(cls, "writeSync", CompressionStream::Write<false>, 7);
  b.ProtoMethod(cls, "writeSyncAll", CompressionStream::WriteSyncAll, 7);
  b.ProtoMethod(cls, "writeAll", CompressionStream::WriteAll, 8);
  b.ProtoMethod(cls, "params", CompressionStream::Params, 2);
  b.ProtoMethod(cls, "reset", CompressionStream::Reset);
  b.ProtoMethod(cls, "close", CompressionStream::CloseMethod);
}

}  // namespace

void Init(Binding& b) {
  b.Method("crc32", Crc32, 2);
  auto zlib = b.Class("Zlib", NewZlib);
  b.ProtoMethod(zlib, "init", InitZlib, 7);
  AddCommon(b, zlib);
  b.Install("Zlib", zlib);
  auto enc = b.Class("BrotliEncoder", NewBrotli<true>);
  b.ProtoMethod(enc, "init", InitBrotli<true>, 3);
  AddCommon(b, enc);
  b.Install("BrotliEncoder", enc);
  auto dec = b.Class("BrotliDecoder", NewBrotli<false>);
  b.ProtoMethod(dec, "init", InitBrotli<false>, 3);
  AddCommon(b, dec);
  b.Install("BrotliDecoder", dec);
  auto zc = b.Class("ZstdCompress", NewZstd<true>);
  b.ProtoMethod(zc, "init", InitZstd, 4);
  AddCommon(b, zc);
  b.Install("ZstdCompress", zc);
  auto zd = b.Class("ZstdDecompress", NewZstd<false>);
  b.ProtoMethod(zd, "init", InitZstd, 4);
  AddCommon(b, zd);
  b.Install("ZstdDecompress", zd);
  if (b.recording()) return;
  b.Constant("ZLIB_VERNUM", ZLIB_VERNUM);
  b.Value("zlibVersion", Str(b.isolate(), zlibVersion()));
}

}  // namespace nodus::zlib

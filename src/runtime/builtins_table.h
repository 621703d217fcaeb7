// Tables generated at build time: the embedded lib/ sources (tools/js2c.py) and the V8 code cache
// (produced by nodus_stage1 --nodus-build-code-cache). No V8 include here.
#pragma once
#include <cstddef>

namespace nodus::builtins {
struct SourceEntry {
  const char* id;
  const char* data;
  size_t length;
};
struct CacheEntry {
  const char* id;
  const unsigned char* data;
  size_t length;
};
extern const SourceEntry kSources[];
extern const size_t kSourceCount;
extern const CacheEntry kCodeCache[];
extern const size_t kCodeCacheCount;
// The startup snapshot (empty in the stage-1 binary) and the V8 version it was made with.
extern const unsigned char kSnapshotBlob[];
extern const size_t kSnapshotSize;
extern const char kSnapshotV8Version[];
}  // namespace nodus::builtins

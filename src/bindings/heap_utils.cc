// internalBinding('heap_utils'): what node:v8 needs from the engine besides serialization:
// heap/space/code statistics, flags, the code cache tag, heap snapshots (.heapsnapshot JSON),
// the GC profiler and the near-heap-limit snapshot.
#include <unistd.h>
#include <uv.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "base/base_object.h"
#include "base/binding.h"
#include "runtime/realm.h"
#include "v8-profiler.h"

namespace nodus::heap_utils {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

void CachedDataVersionTag(const Info& info) {
  info.GetReturnValue().Set(
      v8::Integer::NewFromUnsigned(info.GetIsolate(), v8::ScriptCompiler::CachedDataVersionTag()));
}

void SetFlagsFromString(const Info& info) {
  Utf8 flags(info.GetIsolate(), info[0]);
  v8::V8::SetFlagsFromString(flags.data(), flags.size());
}

v8::Local<v8::Array> Numbers(v8::Isolate* isolate, std::initializer_list<double> values) {
  std::vector<v8::Local<v8::Value>> out;
  for (double v : values) out.push_back(v8::Number::New(isolate, v));
  return v8::Array::New(isolate, out.data(), out.size());
}

v8::Local<v8::Array> HeapStatistics(v8::Isolate* isolate) {
  v8::HeapStatistics s;
  isolate->GetHeapStatistics(&s);
  // Node's order: lib/v8.js names them.
  return Numbers(isolate, {double(s.total_heap_size()), double(s.total_heap_size_executable()),
                           double(s.total_physical_size()), double(s.total_available_size()),
                           double(s.used_heap_size()), double(s.heap_size_limit()),
                           double(s.malloced_memory()), double(s.peak_malloced_memory()),
                           double(s.does_zap_garbage()), double(s.number_of_native_contexts()),
                           double(s.number_of_detached_contexts()),
                           double(s.total_global_handles_size()),
                           double(s.used_global_handles_size()), double(s.external_memory())});
}

v8::Local<v8::Array> SpaceStatistics(v8::Isolate* isolate) {
  std::vector<v8::Local<v8::Value>> spaces;
  for (size_t i = 0; i < isolate->NumberOfHeapSpaces(); i++) {
    v8::HeapSpaceStatistics s;
    if (!isolate->GetHeapSpaceStatistics(&s, i)) continue;
    v8::Local<v8::Array> row =
        Numbers(isolate, {0, double(s.space_size()), double(s.space_used_size()),
                          double(s.space_available_size()), double(s.physical_space_size())});
    (void)row->Set(isolate->GetCurrentContext(), 0, Str(isolate, s.space_name()));
    spaces.push_back(row);
  }
  return v8::Array::New(isolate, spaces.data(), spaces.size());
}

void GetHeapStatistics(const Info& info) {
  info.GetReturnValue().Set(HeapStatistics(info.GetIsolate()));
}

// -> [[name, size, used, available, physical], ...]
void GetHeapSpaceStatistics(const Info& info) {
  info.GetReturnValue().Set(SpaceStatistics(info.GetIsolate()));
}

void GetHeapCodeStatistics(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::HeapCodeStatistics s;
  isolate->GetHeapCodeAndMetadataStatistics(&s);
  info.GetReturnValue().Set(Numbers(
      isolate, {double(s.code_and_metadata_size()), double(s.bytecode_and_metadata_size()),
                double(s.external_script_source_size()), double(s.cpu_profiler_metadata_size())}));
}

void IsStringOneByteRepresentation(const Info& info) {
  info.GetReturnValue().Set(info[0]->IsString() && info[0].As<v8::String>()->IsOneByte());
}

class StringStream : public v8::OutputStream {
 public:
  explicit StringStream(std::string* out) : out_(out) {}
  void EndOfStream() override {}
  int GetChunkSize() override { return 64 * 1024; }
  WriteResult WriteAsciiChunk(char* data, int size) override {
    out_->append(data, size);
    return kContinue;
  }

 private:
  std::string* out_;
};

class NumericValuesResolver : public v8::HeapProfiler::ObjectNameResolver {
 public:
  const char* GetName(v8::Local<v8::Object>) override { return nullptr; }
};

bool TakeSnapshot(v8::Isolate* isolate, bool expose_internals, bool expose_numeric,
                  std::string* out) {
  v8::HeapProfiler* profiler = isolate->GetHeapProfiler();
  const v8::HeapSnapshot* snapshot = profiler->TakeHeapSnapshot(
      nullptr, nullptr, expose_internals, expose_numeric);
  if (snapshot == nullptr) return false;
  StringStream stream(out);
  snapshot->Serialize(&stream, v8::HeapSnapshot::kJSON);
  const_cast<v8::HeapSnapshot*>(snapshot)->Delete();
  return true;
}

// takeSnapshot(exposeInternals, exposeNumericValues) -> the .heapsnapshot JSON text.
void TakeSnapshotMethod(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string json;
  if (!TakeSnapshot(isolate, info[0]->IsTrue(), info[1]->IsTrue(), &json)) {
    ThrowError(isolate, "Failed to take heap snapshot");
    return;
  }
  v8::Local<v8::String> s;
  if (v8::String::NewFromUtf8(isolate, json.data(), v8::NewStringType::kNormal,
                              static_cast<int>(json.size()))
          .ToLocal(&s))
    info.GetReturnValue().Set(s);
}

// queryObjects(prototype) -> the live objects (after a full GC) that have `prototype` on their
// prototype chain (the prototype itself excluded). The chains are followed along the heap
// snapshot's "__proto__" edges, so no JS runs (no Proxy traps) and only matches are looked up.
void QueryObjects(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsObject()) return;
  v8::HeapProfiler* profiler = isolate->GetHeapProfiler();
  const v8::HeapSnapshot* snapshot = profiler->TakeHeapSnapshot();
  if (snapshot == nullptr) return;
  v8::SnapshotObjectId target = profiler->GetObjectId(info[0]);
  auto proto_of = [](const v8::HeapGraphNode* node) -> const v8::HeapGraphNode* {
    for (int i = 0; i < node->GetChildrenCount(); i++) {
      const v8::HeapGraphEdge* edge = node->GetChild(i);
      v8::Local<v8::Value> name = edge->GetName();
      if (edge->GetType() == v8::HeapGraphEdge::kProperty && name->IsString() &&
          name.As<v8::String>()->Length() == 9) {
        v8::String::Utf8Value s(v8::Isolate::GetCurrent(), name);
        if (*s != nullptr && strcmp(*s, "__proto__") == 0) return edge->GetToNode();
      }
    }
    return nullptr;
  };
  std::vector<v8::Local<v8::Value>> found;
  for (int i = 0; i < snapshot->GetNodesCount(); i++) {
    const v8::HeapGraphNode* node = snapshot->GetNode(i);
    auto type = node->GetType();
    if (type != v8::HeapGraphNode::kObject && type != v8::HeapGraphNode::kClosure &&
        type != v8::HeapGraphNode::kRegExp && type != v8::HeapGraphNode::kArray)
      continue;
    if (node->GetId() == target) continue;
    const v8::HeapGraphNode* p = proto_of(node);
    for (int depth = 0; p != nullptr && depth < 1000; depth++) {
      if (p->GetId() == target) {
        v8::Local<v8::Value> v = profiler->FindObjectById(node->GetId());
        if (!v.IsEmpty() && v->IsObject()) found.push_back(v);
        break;
      }
      p = proto_of(p);
    }
  }
  const_cast<v8::HeapSnapshot*>(snapshot)->Delete();
  info.GetReturnValue().Set(v8::Array::New(isolate, found.data(), found.size()));
}

// setHeapSnapshotNearHeapLimit(limit): near the heap limit, write up to `limit` snapshots
// (Heap.<date>.<time>.<pid>.<tid>.<seq>.heapsnapshot in the cwd) and give the heap room to do it.
struct NearLimitState {
  uint32_t limit = 0;
  uint32_t written = 0;
};
NearLimitState g_near_limit;

size_t NearHeapLimit(void* data, size_t current, size_t initial) {
  auto* isolate = static_cast<v8::Isolate*>(data);
  if (g_near_limit.written >= g_near_limit.limit) return current;
  g_near_limit.written++;
  time_t now = time(nullptr);
  struct tm tm;
  localtime_r(&now, &tm);
  char name[128];
  snprintf(name, sizeof name, "Heap.%04d%02d%02d.%02d%02d%02d.%d.0.%03u.heapsnapshot",
           tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
           static_cast<int>(getpid()), g_near_limit.written);
  fprintf(stderr, "Wrote snapshot to %s\n", name);
  std::string json;
  if (TakeSnapshot(isolate, false, false, &json)) {
    if (FILE* f = fopen(name, "w")) {
      fwrite(json.data(), 1, json.size(), f);
      fclose(f);
    }
  }
  return current + initial;
}

void SetHeapSnapshotNearHeapLimit(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uint32_t limit = info[0]->Uint32Value(isolate->GetCurrentContext()).FromMaybe(0);
  if (g_near_limit.limit != 0 || limit == 0) return;  // only the first call counts, as in node
  g_near_limit.limit = limit;
  isolate->AddNearHeapLimitCallback(NearHeapLimit, isolate);
}

// new GCProfiler(); start(); stop() -> [[type, costMicros, before, after], ...]
class GCProfiler : public BaseObject {
 public:
  GCProfiler(Realm* realm, v8::Local<v8::Object> obj) : BaseObject(realm, obj) { MakeWeak(); }
  ~GCProfiler() override { Stop(); }

  static void New(const Info& info) {
    if (!info.IsConstructCall()) {
      ThrowTypeError(info.GetIsolate(),
                     "Class constructor GCProfiler cannot be invoked without 'new'");
      return;
    }
    new GCProfiler(Realm::From(info), info.This());
  }
  static void StartMethod(const Info& info) {
    NODUS_UNWRAP(self, GCProfiler, info.This());
    if (self->running_) return;
    self->running_ = true;
    self->records_.clear();
    v8::Isolate* isolate = info.GetIsolate();
    isolate->AddGCPrologueCallback(Prologue, self);
    isolate->AddGCEpilogueCallback(Epilogue, self);
  }
  static void StopMethod(const Info& info) {
    NODUS_UNWRAP(self, GCProfiler, info.This());
    if (!self->running_) return;
    self->Stop();
    v8::Isolate* isolate = info.GetIsolate();
    v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
    std::vector<v8::Local<v8::Value>> rows;
    for (Record& r : self->records_) {
      v8::Local<v8::Value> row[] = {Str(isolate, r.type), v8::Number::New(isolate, r.cost),
                                    Convert(isolate, ctx, r.before), Convert(isolate, ctx, r.after)};
      rows.push_back(v8::Array::New(isolate, row, 4));
    }
    self->records_.clear();
    info.GetReturnValue().Set(v8::Array::New(isolate, rows.data(), rows.size()));
  }

 private:
  struct Space {
    std::string name;
    double v[4];
  };
  struct Snapshot {
    double heap[11];
    std::vector<Space> spaces;
  };
  struct Record {
    const char* type;
    double cost;
    Snapshot before, after;
  };

  static void Take(v8::Isolate* isolate, Snapshot* out) {
    v8::HeapStatistics s;
    isolate->GetHeapStatistics(&s);
    double heap[] = {double(s.total_heap_size()),   double(s.total_heap_size_executable()),
                     double(s.total_physical_size()), double(s.total_available_size()),
                     double(s.total_global_handles_size()), double(s.used_global_handles_size()),
                     double(s.used_heap_size()),    double(s.heap_size_limit()),
                     double(s.malloced_memory()),   double(s.external_memory()),
                     double(s.peak_malloced_memory())};
    std::copy(std::begin(heap), std::end(heap), out->heap);
    out->spaces.clear();
    for (size_t i = 0; i < isolate->NumberOfHeapSpaces(); i++) {
      v8::HeapSpaceStatistics hs;
      if (!isolate->GetHeapSpaceStatistics(&hs, i)) continue;
      out->spaces.push_back({hs.space_name(),
                             {double(hs.space_size()), double(hs.space_used_size()),
                              double(hs.space_available_size()), double(hs.physical_space_size())}});
    }
  }
  static v8::Local<v8::Value> Convert(v8::Isolate* isolate, v8::Local<v8::Context> ctx,
                                      const Snapshot& s) {
    std::vector<v8::Local<v8::Value>> spaces;
    for (const Space& sp : s.spaces) {
      v8::Local<v8::Value> row[] = {Str(isolate, sp.name), v8::Number::New(isolate, sp.v[0]),
                                    v8::Number::New(isolate, sp.v[1]),
                                    v8::Number::New(isolate, sp.v[2]),
                                    v8::Number::New(isolate, sp.v[3])};
      spaces.push_back(v8::Array::New(isolate, row, 5));
    }
    std::vector<v8::Local<v8::Value>> heap;
    for (double d : s.heap) heap.push_back(v8::Number::New(isolate, d));
    v8::Local<v8::Value> pair[] = {v8::Array::New(isolate, heap.data(), heap.size()),
                                   v8::Array::New(isolate, spaces.data(), spaces.size())};
    return v8::Array::New(isolate, pair, 2);
  }
  static const char* TypeName(v8::GCType type) {
    switch (type) {
      case v8::kGCTypeScavenge: return "Scavenge";
      case v8::kGCTypeMinorMarkCompact: return "MinorMarkCompact";
      case v8::kGCTypeMarkSweepCompact: return "MarkSweepCompact";
      case v8::kGCTypeIncrementalMarking: return "IncrementalMarking";
      case v8::kGCTypeProcessWeakCallbacks: return "ProcessWeakCallbacks";
      default: return "Unknown";
    }
  }
  static void Prologue(v8::Isolate* isolate, v8::GCType type, v8::GCCallbackFlags, void* data) {
    auto* self = static_cast<GCProfiler*>(data);
    self->pending_start_ = uv_hrtime();
    Take(isolate, &self->pending_before_);
  }
  static void Epilogue(v8::Isolate* isolate, v8::GCType type, v8::GCCallbackFlags, void* data) {
    auto* self = static_cast<GCProfiler*>(data);
    Record r;
    r.type = TypeName(type);
    r.cost = double(uv_hrtime() - self->pending_start_) / 1e3;
    r.before = self->pending_before_;
    Take(isolate, &r.after);
    self->records_.push_back(std::move(r));
  }
  void Stop() {
    if (!running_) return;
    running_ = false;
    isolate()->RemoveGCPrologueCallback(Prologue, this);
    isolate()->RemoveGCEpilogueCallback(Epilogue, this);
  }

  bool running_ = false;
  uint64_t pending_start_ = 0;
  Snapshot pending_before_;
  std::vector<Record> records_;
};
}  // namespace

void Init(Binding& b) {
  b.Method("cachedDataVersionTag", CachedDataVersionTag);
  b.Method("setFlagsFromString", SetFlagsFromString);
  b.Method("getHeapStatistics", GetHeapStatistics);
  b.Method("getHeapSpaceStatistics", GetHeapSpaceStatistics);
  b.Method("getHeapCodeStatistics", GetHeapCodeStatistics);
  b.Method("isStringOneByteRepresentation", IsStringOneByteRepresentation);
  b.Method("takeSnapshot", TakeSnapshotMethod);
  b.Method("setHeapSnapshotNearHeapLimit", SetHeapSnapshotNearHeapLimit);
  b.Method("queryObjects", QueryObjects);
  v8::Local<v8::FunctionTemplate> gc = b.Class("GCProfiler", GCProfiler::New);
  b.ProtoMethod(gc, "start", GCProfiler::StartMethod);
  b.ProtoMethod(gc, "stop", GCProfiler::StopMethod);
  b.Install("GCProfiler", gc);
}

}  // namespace nodus::heap_utils

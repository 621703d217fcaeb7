// internalBinding('stream_wrap'): the state array shared by every stream handle (bytes of the
// last read or its errno, bytes of the last write, whether it went async) and the request
// classes JS creates for writes and shutdowns (completed through req.oncomplete).
#include "base/stream_base.h"
#include "runtime/realm.h"

namespace nodus::stream_wrap {

void Init(Binding& b) {
  v8::Local<v8::FunctionTemplate> write_wrap = b.Class("WriteWrap", NewRequestObject);
  b.Install("WriteWrap", write_wrap);
  v8::Local<v8::FunctionTemplate> shutdown_wrap = b.Class("ShutdownWrap", NewRequestObject);
  b.Install("ShutdownWrap", shutdown_wrap);
  b.Constant("kReadBytesOrError", kReadBytesOrError);
  b.Constant("kArrayBufferOffset", kArrayBufferOffset);
  b.Constant("kBytesWritten", kBytesWritten);
  b.Constant("kLastWriteWasAsync", kLastWriteWasAsync);
  if (b.recording()) return;
  b.Value("streamBaseState", StreamBaseStateArray(b.realm()));
}

}  // namespace nodus::stream_wrap

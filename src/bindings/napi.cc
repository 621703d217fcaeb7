// internalBinding('napi'): process.dlopen's native half. Node-API itself is src/napi/.
#include "base/binding.h"
#include "napi/env.h"

namespace nodus::napi {

void Init(Binding& b) { b.Method("dlopen", DLOpen, 3); }

}  // namespace nodus::napi

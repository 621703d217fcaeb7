// internalBinding('types'): the is* checks behind util.types.
#include "base/binding.h"

namespace nodus::types {

#define NODUS_TYPE_CHECKS(V) \
  V(External)                \
  V(Date)                    \
  V(ArgumentsObject)         \
  V(BigIntObject)            \
  V(BooleanObject)           \
  V(NumberObject)            \
  V(StringObject)            \
  V(SymbolObject)            \
  V(NativeError)             \
  V(RegExp)                  \
  V(AsyncFunction)           \
  V(GeneratorFunction)       \
  V(GeneratorObject)         \
  V(Promise)                 \
  V(Map)                     \
  V(Set)                     \
  V(MapIterator)             \
  V(SetIterator)             \
  V(WeakMap)                 \
  V(WeakSet)                 \
  V(ArrayBuffer)             \
  V(DataView)                \
  V(SharedArrayBuffer)       \
  V(Proxy)                   \
  V(ModuleNamespaceObject)   \
  V(ArrayBufferView)         \
  V(TypedArray)              \
  V(Uint8Array)              \
  V(Uint8ClampedArray)       \
  V(Uint16Array)             \
  V(Uint32Array)             \
  V(Int8Array)               \
  V(Int16Array)              \
  V(Int32Array)              \
  V(Float32Array)            \
  V(Float64Array)            \
  V(BigInt64Array)           \
  V(BigUint64Array)

#define V(type)                                                       \
  static void Is##type(const v8::FunctionCallbackInfo<v8::Value>& info) { \
    info.GetReturnValue().Set(info[0]->Is##type());                   \
  }
NODUS_TYPE_CHECKS(V)
#undef V

static void IsAnyArrayBuffer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(info[0]->IsArrayBuffer() || info[0]->IsSharedArrayBuffer());
}
static void IsBoxedPrimitive(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Value> v = info[0];
  info.GetReturnValue().Set(v->IsNumberObject() || v->IsStringObject() || v->IsBooleanObject() ||
                            v->IsBigIntObject() || v->IsSymbolObject());
}
static void False(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(false);
}

void Init(Binding& b) {
#define V(type) b.Method("is" #type, Is##type, 1);
  NODUS_TYPE_CHECKS(V)
#undef V
  b.Method("isAnyArrayBuffer", IsAnyArrayBuffer, 1);
  b.Method("isBoxedPrimitive", IsBoxedPrimitive, 1);
  b.Method("isKeyObject", False, 1);
  b.Method("isCryptoKey", False, 1);
}

}  // namespace nodus::types

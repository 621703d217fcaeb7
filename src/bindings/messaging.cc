// internalBinding('messaging'): structuredClone over the same serializer MessagePort uses
// (src/runtime/message_port.h), with transfer lists.
#include "runtime/message_port.h"
#include "runtime/realm.h"

namespace nodus::messaging {

namespace {
// structuredClone(value, transferList) -> clone
void StructuredClone(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Realm* realm = Realm::From(info);
  Message msg;
  if (!msg.Serialize(realm, info[0], info[1], nullptr)) return;
  v8::Local<v8::Value> result;
  if (msg.Deserialize(realm).ToLocal(&result)) info.GetReturnValue().Set(result);
}
}  // namespace

void Init(Binding& b) { b.Method("structuredClone", StructuredClone); }

}  // namespace nodus::messaging

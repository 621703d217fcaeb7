// The one builder every internalBinding uses to expose methods, classes and constants. It records
// every native callback (the external-reference list a startup snapshot will need).
#pragma once
#include <vector>

#include "base/v8_helpers.h"

namespace nodus {
class Realm;

class Binding {
 public:
  Binding(Realm* realm, v8::Local<v8::Object> target);
  // A recording builder: no V8 at all, it only collects the native callbacks an Init adds, so the
  // external-reference table for the startup snapshot is known before any isolate exists.
  // An Init must add its methods/classes first and do other V8 work only when !recording().
  Binding() = default;
  bool recording() const { return realm_ == nullptr; }

  Realm* realm() const { return realm_; }
  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const { return context_; }
  v8::Local<v8::Object> target() const { return target_; }

  void Method(const char* name, v8::FunctionCallback cb, int length = 0);
  void Constant(const char* name, double value);
  void Value(const char* name, v8::Local<v8::Value> value);
  // A class whose instances have `internal_fields` internal fields (field 0: the BaseObject).
  v8::Local<v8::FunctionTemplate> Class(const char* name, v8::FunctionCallback ctor,
                                        int internal_fields = 1);
  void ProtoMethod(v8::Local<v8::FunctionTemplate> cls, const char* name,
                   v8::FunctionCallback cb, int length = 0);
  // A getter `name` on the prototype (an accessor property, like node's handle.fd).
  void ProtoGetter(v8::Local<v8::FunctionTemplate> cls, const char* name, v8::FunctionCallback cb);
  // Installs the class on the binding object (call after adding prototype methods).
  void Install(const char* name, v8::Local<v8::FunctionTemplate> cls);

  // The external references of every snapshot-safe binding (null-terminated, deduplicated, in a
  // fixed order), for v8::SnapshotCreator and the isolate that deserializes the snapshot.
  static const intptr_t* ExternalReferences();

 private:
  Realm* realm_ = nullptr;
  v8::Isolate* isolate_ = nullptr;
  v8::Local<v8::Context> context_;
  v8::Local<v8::Object> target_;
};

}  // namespace nodus

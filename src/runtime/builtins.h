// The embedded lib/ (DESIGN.md §3): sources, compilation as function wrappers, the code cache.
#pragma once
#include <string>
#include <vector>

#include "v8.h"

namespace nodus {
class Realm;

namespace builtins {
// The source of builtin `id`, from the embedded table or, when NODUS_BUILTINS_DIR is set, from
// that directory (so a JS edit needs no relink). False if there is no such builtin.
bool GetSource(const std::string& id, std::string* out);
bool Exists(const std::string& id);
std::vector<std::string> Ids();
// Compiles builtin `id` as function(params...) in the realm's context, or in `in` when given
// (a vm context that needs the bootstrap's polyfills).
v8::MaybeLocal<v8::Function> Compile(Realm* realm, const std::string& id,
                                     const std::vector<const char*>& params,
                                     v8::Local<v8::Context> in = {});
// Writes a C++ file with the code cache of every builtin compiled so far in `realm`.
bool WriteCodeCache(Realm* realm, const std::string& path);
}  // namespace builtins
}  // namespace nodus

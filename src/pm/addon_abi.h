// Which ABI a native addon (.node file) was built for, read from its ELF dynamic symbols: the
// nodus runtime loads Node-API addons (they import napi_* and export napi_register_module_v1),
// not addons built against node's V8 C++ API (they import _ZN2v8... and node_module_register).
#pragma once
#include <string>
#include <string_view>

namespace nodus::pm {

enum class AddonAbi { kNodeApi, kV8, kUnknown };
// The file's ABI; kUnknown for anything that is not a 64-bit little-endian ELF addon.
AddonAbi ClassifyAddon(const std::string& path);
// The same for the file's bytes (never reads outside them, whatever they hold).
AddonAbi ClassifyAddonBytes(std::string_view bytes);

}  // namespace nodus::pm

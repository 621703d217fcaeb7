// libFuzzer target: the package manager reads the ELF symbols of every .node file a package
// ships (any bytes a tarball holds): it must never crash, hang or read outside the input.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pm/addon_abi.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  nodus::pm::ClassifyAddonBytes(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}

// libFuzzer target: the package tarball reader (gunzip + tar parse) must never crash, and every
// entry it yields must be a safe relative path.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "pm/tar.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string in(reinterpret_cast<const char*>(data), size);
  std::string tar, err;
  if (!nodus::pm::Gunzip(in, &tar, &err)) return 0;
  std::vector<nodus::pm::TarEntry> entries;
  std::vector<std::string> warnings;
  if (!nodus::pm::ParseTar(tar, &entries, &warnings, &err)) return 0;
  for (auto& e : entries) {
    if (e.path.empty() || e.path[0] == '/') abort();
    if (e.path == ".." || e.path.find("../") == 0 || e.path.find("/../") != std::string::npos) abort();
    if (e.path.size() >= 3 && e.path.compare(e.path.size() - 3, 3, "/..") == 0) abort();
  }
  return 0;
}

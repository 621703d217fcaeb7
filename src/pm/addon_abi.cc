#include "pm/addon_abi.h"

#include <elf.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string_view>

namespace nodus::pm {

namespace {

template <typename T>
bool Read(std::string_view f, uint64_t off, T* out) {
  if (off > f.size() || f.size() - off < sizeof(T)) return false;
  std::memcpy(out, f.data() + off, sizeof(T));
  return true;
}

}  // namespace

AddonAbi ClassifyAddon(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return AddonAbi::kUnknown;
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return ClassifyAddonBytes(bytes);
}

AddonAbi ClassifyAddonBytes(std::string_view f) {
  Elf64_Ehdr eh;
  if (!Read(f, 0, &eh) || std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 ||
      eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB ||
      eh.e_shentsize != sizeof(Elf64_Shdr)) {
    return AddonAbi::kUnknown;
  }
  bool napi = false, v8 = false;
  for (unsigned i = 0; i < eh.e_shnum; i++) {
    Elf64_Shdr sh;
    if (eh.e_shoff > f.size() || !Read(f, eh.e_shoff + uint64_t{i} * sizeof(Elf64_Shdr), &sh)) {
      return AddonAbi::kUnknown;
    }
    if (sh.sh_type != SHT_DYNSYM || sh.sh_entsize != sizeof(Elf64_Sym)) continue;
    Elf64_Shdr strtab;
    if (sh.sh_link >= eh.e_shnum ||
        !Read(f, eh.e_shoff + uint64_t{sh.sh_link} * sizeof(Elf64_Shdr), &strtab) ||
        strtab.sh_offset > f.size() || sh.sh_offset > f.size()) {
      return AddonAbi::kUnknown;
    }
    // the symbols that lie inside the file (a size beyond it is cut, not trusted)
    uint64_t size = std::min<uint64_t>(sh.sh_size, f.size() - sh.sh_offset);
    for (uint64_t off = 0; off + sizeof(Elf64_Sym) <= size; off += sizeof(Elf64_Sym)) {
      Elf64_Sym sym;
      if (!Read(f, sh.sh_offset + off, &sym)) break;
      if (sym.st_name >= strtab.sh_size || sym.st_name >= f.size() - strtab.sh_offset) continue;
      uint64_t at = strtab.sh_offset + sym.st_name;
      size_t len = strnlen(f.data() + at, f.size() - at);
      std::string_view name(f.data() + at, len);
      bool defined = sym.st_shndx != SHN_UNDEF;
      if ((defined && name == "napi_register_module_v1") ||
          (!defined && name.substr(0, 5) == "napi_")) {
        napi = true;
      }
      if ((!defined && (name.substr(0, 6) == "_ZN2v8" || name.substr(0, 6) == "_ZN4node" ||
                        name == "node_module_register")) ||
          (defined && name.substr(0, 21) == "node_register_module_")) {
        v8 = true;
      }
    }
  }
  if (v8) return AddonAbi::kV8;
  return napi ? AddonAbi::kNodeApi : AddonAbi::kUnknown;
}

}  // namespace nodus::pm

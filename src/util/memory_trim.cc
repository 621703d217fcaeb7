#include "util/memory_trim.h"

#include <fcntl.h>
#include <link.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <vector>

namespace nodus {

namespace {

constexpr uint64_t kPresent = 1ull << 63;
constexpr uint64_t kFileOrShared = 1ull << 61;
// Segments smaller than this are not worth a system call.
constexpr size_t kMinSegment = 64 * 1024;

struct TrimState {
  uintptr_t page;
  uintptr_t vdso;  // the vDSO's ELF header
  int pagemap;  // /proc/self/pagemap
  bool link_tables_only;
  size_t released;
  std::vector<uint64_t> entries;
};

// True when every resident page of [start, end) is the file's own page (none was copied on
// write), so dropping them loses nothing.
bool AllClean(TrimState* state, uintptr_t start, uintptr_t end) {
  size_t pages = (end - start) / state->page;
  state->entries.resize(pages);
  size_t bytes = pages * sizeof(uint64_t);
  off_t offset = static_cast<off_t>(start / state->page * sizeof(uint64_t));
  if (pread(state->pagemap, state->entries.data(), bytes, offset) != static_cast<ssize_t>(bytes))
    return false;
  for (uint64_t e : state->entries)
    if ((e & kPresent) && !(e & kFileOrShared)) return false;
  return true;
}

int TrimObject(struct dl_phdr_info* info, size_t, void* data) {
  auto* state = static_cast<TrimState*>(data);
  // The vDSO is not a file mapping. (Found by address: nothing here may read the read-only data
  // of an object already trimmed, which with large page-cache folios would map a whole folio of
  // it back.)
  if (info->dlpi_phnum > 0 && reinterpret_cast<uintptr_t>(info->dlpi_phdr) >= state->vdso &&
      reinterpret_cast<uintptr_t>(info->dlpi_phdr) < state->vdso + state->page)
    return 0;
  bool first = true;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_LOAD) continue;
    if (state->link_tables_only) {
      // The linker's separate-code layout: a read-only segment at offset 0 before the code.
      if (!first) break;
      first = false;
      if (ph.p_offset != 0 || ph.p_flags != PF_R) break;
    }
    if ((ph.p_flags & PF_W) || ph.p_filesz != ph.p_memsz) continue;
    uintptr_t start = info->dlpi_addr + ph.p_vaddr;
    uintptr_t end = start + ph.p_filesz;
    // Whole pages inside the segment only: an edge page may be shared with a writable one.
    start = (start + state->page - 1) & ~(state->page - 1);
    end &= ~(state->page - 1);
    if (end <= start || end - start < kMinSegment) continue;
    if (!AllClean(state, start, end)) continue;
    if (madvise(reinterpret_cast<void*>(start), end - start, MADV_DONTNEED) == 0)
      state->released += end - start;
  }
  return 0;
}

}  // namespace

static size_t Trim(bool link_tables_only) {
  TrimState state{static_cast<uintptr_t>(sysconf(_SC_PAGESIZE)), getauxval(AT_SYSINFO_EHDR), -1,
                  link_tables_only, 0, {}};
  state.pagemap = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
  if (state.pagemap < 0) return 0;
  dl_iterate_phdr(TrimObject, &state);
  close(state.pagemap);
  return state.released;
}

size_t TrimStartupPages() { return Trim(false); }
size_t TrimLinkTables() { return Trim(true); }

}  // namespace nodus

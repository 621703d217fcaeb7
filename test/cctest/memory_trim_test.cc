// util/memory_trim: the start-up pages are released from the page tables, code keeps running
// (pages fault back in), and a privately modified page in a read-only segment survives.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <dlfcn.h>
#include <link.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <string>

#include "util/memory_trim.h"

namespace {

// A read-only table of its own, large enough to fill whole pages.
alignas(4096) const unsigned char kTable[64 * 4096] = {1};

// Reads with an already open /proc/self/pagemap: between a trim and the check nothing may touch
// the trimmed object's read-only data (here a file name literal), since the kernel maps a whole
// large page-cache folio back on a fault (a freshly linked binary's pages are large folios).
uint64_t PagemapEntry(int fd, const void* addr) {
  uint64_t entry = 0;
  off_t offset = static_cast<off_t>(reinterpret_cast<uintptr_t>(addr) / 4096 * 8);
  if (pread(fd, &entry, sizeof(entry), offset) != 8) entry = 0;
  return entry;
}

uint64_t PagemapEntry(const void* addr) {
  int fd = open("/proc/self/pagemap", O_RDONLY);
  EXPECT_GE(fd, 0);
  uint64_t entry = PagemapEntry(fd, addr);
  close(fd);
  return entry;
}
constexpr uint64_t kPresent = 1ull << 63;
constexpr uint64_t kFilePage = 1ull << 61;

unsigned Sum(const volatile unsigned char* p, size_t n) {
  unsigned s = 0;
  for (size_t i = 0; i < n; i += 4096) s += p[i];
  return s;
}

TEST(MemoryTrim, ReleasesCleanPagesAndTheyComeBack) {
  // Make every page of the table resident, then trim.
  unsigned before = Sum(kTable, sizeof(kTable));
  const unsigned char* mid = kTable + 32 * 4096;
  ASSERT_TRUE(PagemapEntry(mid) & kPresent);
  int pagemap = open("/proc/self/pagemap", O_RDONLY);
  ASSERT_GE(pagemap, 0);
  size_t released = nodus::TrimStartupPages();
  uint64_t after = PagemapEntry(pagemap, mid);
  close(pagemap);
  EXPECT_GE(released, sizeof(kTable) / 2);
  EXPECT_FALSE(after & kPresent) << "a clean read-only page stayed mapped";
  // Reading faults the same bytes back in.
  EXPECT_EQ(Sum(kTable, sizeof(kTable)), before);
  EXPECT_TRUE(PagemapEntry(mid) & kPresent);
}

TEST(MemoryTrim, KeepsPrivatelyModifiedPages) {
  // A copy-on-write change in a read-only segment (what a debugger's breakpoint does).
  // Through volatile: the compiler may not assume the const table still holds its initial bytes.
  volatile unsigned char* page = const_cast<unsigned char*>(kTable) + 8 * 4096;
  void* addr = const_cast<unsigned char*>(page);
  ASSERT_EQ(mprotect(addr, 4096, PROT_READ | PROT_WRITE), 0);
  page[1] = 42;
  ASSERT_EQ(mprotect(addr, 4096, PROT_READ), 0);
  ASSERT_FALSE(PagemapEntry(addr) & kFilePage);
  nodus::TrimStartupPages();
  EXPECT_EQ(static_cast<int>(page[1]), 42) << "a privately modified page was dropped";
}

TEST(MemoryTrim, LinkTablesOnly) {
  // Dropping the linking tables leaves the program able to look symbols up again.
  nodus::TrimLinkTables();
  EXPECT_NE(dlsym(RTLD_DEFAULT, "strlen"), nullptr);
}

}  // namespace

// Where the runtime lives now: libnodus-runtime.so, dlopen'ed by the launcher, holds what the
// executable used to (snapshot blob, builtin sources, code cache in its read-only segment).
// The trim must reach a dlopen'ed object's pages as it reached the executable's.
struct Segment {
  const char* name;
  uintptr_t start = 0, end = 0;
};

int FindLargestReadOnly(struct dl_phdr_info* info, size_t, void* data) {
  auto* seg = static_cast<Segment*>(data);
  if (info->dlpi_name == nullptr || strstr(info->dlpi_name, seg->name) == nullptr) return 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_LOAD || ph.p_flags != PF_R || ph.p_offset == 0) continue;
    if (ph.p_filesz > seg->end - seg->start) {
      seg->start = info->dlpi_addr + ph.p_vaddr;
      seg->end = seg->start + ph.p_filesz;
    }
  }
  return 1;
}

TEST(MemoryTrim, CoversTheDlopenedRuntime) {
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
  ASSERT_GT(n, 0);
  std::string path(exe, n);
  path = path.substr(0, path.rfind('/') + 1) + "libnodus-runtime.so";
  if (access(path.c_str(), F_OK) != 0) GTEST_SKIP() << "no " << path;
  void* lib = dlopen(path.c_str(), RTLD_LAZY | RTLD_LOCAL);
  ASSERT_NE(lib, nullptr) << dlerror();
  Segment seg{"libnodus-runtime.so"};
  dl_iterate_phdr(FindLargestReadOnly, &seg);
  ASSERT_GT(seg.end - seg.start, 1u << 20) << "the runtime's read-only data (snapshot, sources)";
  unsigned before = Sum(reinterpret_cast<const unsigned char*>(seg.start), seg.end - seg.start);
  const void* mid = reinterpret_cast<const void*>((seg.start + (seg.end - seg.start) / 2) & ~4095ul);
  ASSERT_TRUE(PagemapEntry(mid) & kPresent);
  int pagemap = open("/proc/self/pagemap", O_RDONLY);
  ASSERT_GE(pagemap, 0);
  nodus::TrimStartupPages();
  uint64_t after = PagemapEntry(pagemap, mid);
  close(pagemap);
  EXPECT_FALSE(after & kPresent) << "the runtime's read-only pages stayed mapped";
  EXPECT_EQ(Sum(reinterpret_cast<const unsigned char*>(seg.start), seg.end - seg.start), before);
}

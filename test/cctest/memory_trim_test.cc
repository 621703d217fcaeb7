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

uint64_t PagemapEntry(const void* addr) {
  int fd = open("/proc/self/pagemap", O_RDONLY);
  uint64_t entry = 0;
  off_t offset = static_cast<off_t>(reinterpret_cast<uintptr_t>(addr) / 4096 * 8);
  EXPECT_EQ(pread(fd, &entry, sizeof(entry), offset), 8);
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
  size_t released = nodus::TrimStartupPages();
  EXPECT_GE(released, sizeof(kTable) / 2);
  EXPECT_FALSE(PagemapEntry(mid) & kPresent) << "a clean read-only page stayed mapped";
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

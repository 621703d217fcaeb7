// Small helpers shared by every C++ file; no V8 here.
#pragma once
#include <cstdio>
#include <cstdlib>

#define NODUS_STRINGIFY_(x) #x
#define NODUS_STRINGIFY(x) NODUS_STRINGIFY_(x)

// CHECK guards internal contracts only; user input must never reach a failing CHECK.
#define CHECK(expr)                                                                  \
  do {                                                                               \
    if (__builtin_expect(!(expr), 0)) {                                              \
      std::fprintf(stderr, "nodus: %s:%d: assertion failed: %s\n", __FILE__, __LINE__, \
                   #expr);                                                           \
      std::fflush(stderr);                                                           \
      std::abort();                                                                  \
    }                                                                                \
  } while (0)
#define CHECK_EQ(a, b) CHECK((a) == (b))
#define CHECK_NE(a, b) CHECK((a) != (b))
#define UNREACHABLE() CHECK(!"unreachable")

namespace nodus {
template <typename T, size_t N>
constexpr size_t arraysize(const T (&)[N]) {
  return N;
}
}  // namespace nodus

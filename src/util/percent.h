// Percent-encoding of bytes (no V8): shared by the package manager and the runtime.
#pragma once
#include <cctype>
#include <string>
#include <string_view>

namespace nodus {

// `s` with every byte that is neither alphanumeric nor in `keep` written as %XX (uppercase hex).
inline std::string PercentEncode(std::string_view s, std::string_view keep) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (unsigned char ch : s) {
    if (std::isalnum(ch) || keep.find(static_cast<char>(ch)) != std::string_view::npos) {
      out += static_cast<char>(ch);
    } else {
      out += '%';
      out += kHex[ch >> 4];
      out += kHex[ch & 15];
    }
  }
  return out;
}

}  // namespace nodus

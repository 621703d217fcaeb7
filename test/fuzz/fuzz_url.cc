// libFuzzer target: URL parsing (alone and against a base), the setters and the host and IDNA
// helpers must never crash, and a serialised URL must parse back to exactly itself.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "url/url.h"

namespace url = nodus::url;

namespace {
void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckStable(const url::Url& u) {
  url::Components c;
  std::string href = u.Href(&c);
  Check(c.protocol_end <= href.size() && c.host_start <= c.host_end && c.host_end <= href.size());
  Check(c.pathname_start <= href.size());
  auto again = url::Parse(href);
  Check(again.has_value());
  Check(again->Href() == href);
  u.Origin();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks a setter; the rest splits at the first NUL into input and base/value.
  const uint8_t op = data[0];
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  std::string_view a = text, b;
  size_t nul = text.find('\0');
  if (nul != std::string_view::npos) {
    a = text.substr(0, nul);
    b = text.substr(nul + 1);
  }
  auto u = url::Parse(text);
  if (u) CheckStable(*u);
  std::string fast;
  url::Components fc;
  if (url::FastHref(text, &fast, &fc)) {
    // The fast path only accepts what the full state machine accepts (reached through a base
    // of another scheme, which does not change the result), with the same result.
    auto full = url::Parse(text, std::string_view("sc://unrelated/"));
    Check(full.has_value());
    url::Components sc;
    Check(full->Href(&sc) == fast);
    Check(sc.host_start == fc.host_start && sc.host_end == fc.host_end && sc.port == fc.port &&
          sc.pathname_start == fc.pathname_start && sc.search_start == fc.search_start &&
          sc.hash_start == fc.hash_start && sc.protocol_end == fc.protocol_end &&
          sc.username_end == fc.username_end && sc.password_start == fc.password_start);
  }
  auto base = url::Parse(b);
  if (base) {
    auto r = url::Parse(a, &*base);
    if (r) CheckStable(*r);
  }
  url::ParseHost(a, op & 1);
  url::DomainToUnicode(a);
  url::DomainToAscii(a, op & 2);
  if (u || base) {
    url::Url t = base ? *base : *u;
    switch (op % 10) {
      case 0: t.SetHref(a); break;
      case 1: t.SetProtocol(a); break;
      case 2: t.SetUsername(a); break;
      case 3: t.SetPassword(a); break;
      case 4: t.SetHost(a); break;
      case 5: t.SetHostname(a); break;
      case 6: t.SetPort(a); break;
      case 7: t.SetPathname(a); break;
      case 8: t.SetSearch(a); break;
      case 9: t.SetHash(a); break;
    }
    CheckStable(t);
  }
  return 0;
}

// The WHATWG URL Standard (https://url.spec.whatwg.org/): the basic URL parser, host parsing
// (domains through UTS #46 in ICU, IPv4 in all its number forms, IPv6), serialisation, the
// setters of the URL interface and origins. V8-free, no exceptions; input is UTF-8 (invalid
// sequences are read as U+FFFD, as a JS string's lone surrogates would be).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nodus::url {

// Where each component lies in a serialised href (byte offsets). Absent optional parts: the
// search/hash start is kNone; a null port is kNone.
struct Components {
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  uint32_t protocol_end = 0;    // just after the ':'
  uint32_t username_start = 0;  // username = href[username_start, username_end)
  uint32_t username_end = 0;
  uint32_t password_start = 0;  // password = href[password_start, password_end)
  uint32_t password_end = 0;
  uint32_t host_start = 0;      // hostname = href[host_start, host_end)
  uint32_t host_end = 0;
  uint32_t port = kNone;
  uint32_t pathname_start = 0;  // pathname runs to the search, hash or end
  uint32_t search_start = kNone;  // index of '?'
  uint32_t hash_start = kNone;    // index of '#'
  bool has_host = false;
  bool opaque_path = false;
};

struct Url {
  std::string scheme;  // without the ':'
  std::string username;
  std::string password;
  std::optional<std::string> host;  // serialised host (IPv6 in brackets); "" is the empty host
  int port = -1;                     // -1: null
  bool opaque_path = false;
  std::string opaque;                // the path when opaque_path
  std::string path;                  // otherwise: the serialised segments, each after a '/'

  bool PathEmpty() const { return path.empty(); }
  // The first segment (of a non-empty path).
  std::string_view FirstSegment() const {
    size_t end = path.find('/', 1);
    return std::string_view(path).substr(1, end == std::string::npos ? std::string::npos : end - 1);
  }
  bool SingleSegment() const { return !path.empty() && path.find('/', 1) == std::string::npos; }
  std::optional<std::string> query;
  std::optional<std::string> fragment;

  bool IsSpecial() const;
  bool HasCredentials() const { return !username.empty() || !password.empty(); }
  bool CannotHaveCredentialsOrPort() const {
    return !host || host->empty() || scheme == "file";
  }

  std::string Href(Components* c = nullptr) const;
  std::string Pathname() const;
  std::string Origin() const;  // "null" for opaque origins

  // The URL interface's setters (a no-op where the standard says so). SetHref fails on an
  // unparsable value, leaving the URL unchanged.
  bool SetHref(std::string_view v);
  void SetProtocol(std::string_view v);
  void SetUsername(std::string_view v);
  void SetPassword(std::string_view v);
  void SetHost(std::string_view v);
  void SetHostname(std::string_view v);
  void SetPort(std::string_view v);
  void SetPathname(std::string_view v);
  void SetSearch(std::string_view v);
  void SetHash(std::string_view v);
};

std::optional<Url> Parse(std::string_view input, const Url* base = nullptr);
// Parses `base` first (failure if it fails), then input against it.
std::optional<Url> Parse(std::string_view input, std::string_view base);

// A fast path for the common shape of absolute URL (special scheme but file, a plain ASCII
// domain, optional port, and path/query/fragment that need no percent-encoding nor dot-segment
// handling): writes the href and its components and returns true, exactly as Parse(input)
// followed by Href would; returns false (touching nothing) when the input is not of that shape.
// With a null `href`, only says whether the fast path applies.
bool FastHref(std::string_view input, std::string* href, Components* c);

// Host parsing on its own: a serialised host, or nullopt. `special` selects domain/IP parsing
// (otherwise an opaque host).
std::optional<std::string> ParseHost(std::string_view input, bool special);

// The standard's "domain to ASCII" (be_strict false) and UTS #46 ToUnicode. Empty on failure
// for DomainToUnicode as well.
std::optional<std::string> DomainToAscii(std::string_view domain, bool be_strict = false);
std::string DomainToUnicode(std::string_view domain);

// Percent-encoding sets and helpers.
enum class EncodeSet { kC0Control, kFragment, kQuery, kSpecialQuery, kPath, kUserinfo, kComponent,
                       kFormUrlencoded };
bool InEncodeSet(uint8_t c, EncodeSet set);
void PercentEncode(std::string_view in, EncodeSet set, std::string* out, bool space_as_plus = false);
std::string PercentDecode(std::string_view in);

bool IsSpecialScheme(std::string_view scheme);
int DefaultPort(std::string_view scheme);  // -1 when none

// Replaces invalid UTF-8 with U+FFFD (returns false and leaves out untouched when already valid).
bool SanitizeUtf8(std::string_view in, std::string* out);

}  // namespace nodus::url

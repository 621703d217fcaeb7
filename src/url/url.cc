// The basic URL parser, host parser and serialisers of the URL Standard. The parser walks bytes of
// UTF-8: every code point the state machine looks at is ASCII, and non-ASCII code points are only
// ever copied into a buffer or percent-encoded byte by byte (which is what UTF-8 percent-encoding
// of the code point produces), so byte offsets stand in for code point offsets throughout.
#include "url/url.h"

#include <unicode/uidna.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace nodus::url {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

bool IsAlpha(uint8_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(uint8_t c) { return c >= '0' && c <= '9'; }
bool IsHex(uint8_t c) { return IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
int HexVal(uint8_t c) { return IsDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10; }
uint8_t Lower(uint8_t c) { return (c >= 'A' && c <= 'Z') ? c | 0x20 : c; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

struct SetTable {
  std::array<bool, 256> in{};
  constexpr void Add(uint8_t c) { in[c] = true; }
  constexpr bool Has(uint8_t c) const { return in[c]; }
};

constexpr SetTable MakeSet(int which) {
  SetTable t;
  for (int c = 0; c < 0x20; c++) t.Add(c);
  for (int c = 0x7F; c < 0x100; c++) t.Add(c);
  if (which == 0) return t;  // C0 control
  if (which == 1) {          // fragment
    for (char c : std::string_view(" \"<>`")) t.Add(c);
    return t;
  }
  for (char c : std::string_view(" \"#<>")) t.Add(c);  // query
  if (which == 2) return t;
  if (which == 3) {  // special-query
    t.Add('\'');
    return t;
  }
  for (char c : std::string_view("?^`{}")) t.Add(c);  // path
  if (which == 4) return t;
  for (char c : std::string_view("/:;=@[\\]^|")) t.Add(c);  // userinfo
  if (which == 5) return t;
  for (char c : std::string_view("$%&+,")) t.Add(c);  // component
  if (which == 6) return t;
  for (char c : std::string_view("!'()~")) t.Add(c);  // application/x-www-form-urlencoded
  return t;
}

constexpr SetTable kSets[] = {MakeSet(0), MakeSet(1), MakeSet(2), MakeSet(3),
                              MakeSet(4), MakeSet(5), MakeSet(6), MakeSet(7)};

bool IsForbiddenHost(uint8_t c) {
  switch (c) {
    case 0: case '\t': case '\n': case '\r': case ' ': case '#': case '/': case ':': case '<':
    case '>': case '?': case '@': case '[': case '\\': case ']': case '^': case '|':
      return true;
    default:
      return false;
  }
}
bool IsForbiddenDomain(uint8_t c) {
  return IsForbiddenHost(c) || c <= 0x1F || c == '%' || c == 0x7F;
}

bool IsWindowsDriveLetter(std::string_view s, bool normalized = false) {
  return s.size() == 2 && IsAlpha(s[0]) && (s[1] == ':' || (!normalized && s[1] == '|'));
}
bool StartsWithWindowsDriveLetter(std::string_view s) {
  if (s.size() < 2 || !IsAlpha(s[0]) || (s[1] != ':' && s[1] != '|')) return false;
  if (s.size() == 2) return true;
  char c = s[2];
  return c == '/' || c == '\\' || c == '?' || c == '#';
}

bool IsSingleDot(std::string_view s) { return s == "." || EqualsIgnoreCase(s, "%2e"); }
bool IsDoubleDot(std::string_view s) {
  return s == ".." || EqualsIgnoreCase(s, ".%2e") || EqualsIgnoreCase(s, "%2e.") ||
         EqualsIgnoreCase(s, "%2e%2e");
}

// ---- IPv4 / IPv6 -------------------------------------------------------------------------------

// The IPv4 number parser: nullopt on failure; values saturate above 2^40 (only ever compared).
std::optional<uint64_t> ParseIpv4Number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  int radix = 10;
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    s.remove_prefix(2);
    radix = 16;
  } else if (s.size() >= 2 && s[0] == '0') {
    s.remove_prefix(1);
    radix = 8;
  }
  if (s.empty()) return 0;
  uint64_t v = 0;
  for (char ch : s) {
    uint8_t c = ch;
    int d;
    if (radix == 16) {
      if (!IsHex(c)) return std::nullopt;
      d = HexVal(c);
    } else {
      if (!IsDigit(c) || c - '0' >= radix) return std::nullopt;
      d = c - '0';
    }
    v = v * radix + d;
    if (v > (uint64_t{1} << 40)) v = uint64_t{1} << 40;
  }
  return v;
}

bool EndsInANumber(std::string_view s) {
  // Split on '.'; drop one trailing empty part (when there is more than one part).
  if (!s.empty() && s.back() == '.') {
    if (s.size() == 1) return false;  // the parts are ["", ""]: last would be removed, "" left
    s.remove_suffix(1);
  }
  size_t dot = s.rfind('.');
  std::string_view last = dot == std::string_view::npos ? s : s.substr(dot + 1);
  if (!last.empty() && std::all_of(last.begin(), last.end(), [](char c) { return IsDigit(c); }))
    return true;
  return ParseIpv4Number(last).has_value();
}

std::optional<uint32_t> ParseIpv4(std::string_view s) {
  std::string_view parts[5];
  size_t count = 0;
  size_t start = 0;
  while (true) {
    if (count == 5) return std::nullopt;
    size_t dot = s.find('.', start);
    if (dot == std::string_view::npos) {
      parts[count++] = s.substr(start);
      break;
    }
    parts[count++] = s.substr(start, dot - start);
    start = dot + 1;
  }
  if (parts[count - 1].empty() && count > 1) count--;
  if (count > 4) return std::nullopt;
  uint64_t numbers[4];
  for (size_t i = 0; i < count; i++) {
    auto v = ParseIpv4Number(parts[i]);
    if (!v) return std::nullopt;
    numbers[i] = *v;
  }
  size_t n = count;
  for (size_t i = 0; i + 1 < n; i++) {
    if (numbers[i] > 255) return std::nullopt;
  }
  if (numbers[n - 1] >= (uint64_t{1} << (8 * (5 - n)))) return std::nullopt;
  uint64_t ipv4 = numbers[n - 1];
  for (size_t i = 0; i + 1 < n; i++) ipv4 += numbers[i] << (8 * (3 - i));
  return static_cast<uint32_t>(ipv4);
}

std::string SerializeIpv4(uint32_t a) {
  std::string out;
  for (int i = 3; i >= 0; i--) {
    out += std::to_string((a >> (8 * i)) & 0xFF);
    if (i) out += '.';
  }
  return out;
}

std::optional<std::array<uint16_t, 8>> ParseIpv6(std::string_view s) {
  std::array<uint16_t, 8> address{};
  int piece = 0;
  int compress = -1;
  size_t p = 0;
  const size_t n = s.size();
  auto at = [&](size_t i) -> int { return i < n ? static_cast<uint8_t>(s[i]) : -1; };
  if (at(p) == ':') {
    if (at(p + 1) != ':') return std::nullopt;
    p += 2;
    piece++;
    compress = piece;
  }
  while (at(p) != -1) {
    if (piece == 8) return std::nullopt;
    if (at(p) == ':') {
      if (compress != -1) return std::nullopt;
      p++;
      piece++;
      compress = piece;
      continue;
    }
    uint32_t value = 0;
    int length = 0;
    while (length < 4 && at(p) != -1 && IsHex(at(p))) {
      value = value * 16 + HexVal(at(p));
      p++;
      length++;
    }
    if (at(p) == '.') {
      if (length == 0) return std::nullopt;
      p -= length;
      if (piece > 6) return std::nullopt;
      int numbers_seen = 0;
      while (at(p) != -1) {
        int ipv4_piece = -1;
        if (numbers_seen > 0) {
          if (at(p) == '.' && numbers_seen < 4) {
            p++;
          } else {
            return std::nullopt;
          }
        }
        if (at(p) == -1 || !IsDigit(at(p))) return std::nullopt;
        while (at(p) != -1 && IsDigit(at(p))) {
          int number = at(p) - '0';
          if (ipv4_piece == -1) {
            ipv4_piece = number;
          } else if (ipv4_piece == 0) {
            return std::nullopt;
          } else {
            ipv4_piece = ipv4_piece * 10 + number;
          }
          if (ipv4_piece > 255) return std::nullopt;
          p++;
        }
        address[piece] = static_cast<uint16_t>(address[piece] * 0x100 + ipv4_piece);
        numbers_seen++;
        if (numbers_seen == 2 || numbers_seen == 4) piece++;
      }
      if (numbers_seen != 4) return std::nullopt;
      break;
    } else if (at(p) == ':') {
      p++;
      if (at(p) == -1) return std::nullopt;
    } else if (at(p) != -1) {
      return std::nullopt;
    }
    address[piece] = static_cast<uint16_t>(value);
    piece++;
  }
  if (compress != -1) {
    int swaps = piece - compress;
    piece = 7;
    while (piece != 0 && swaps > 0) {
      std::swap(address[piece], address[compress + swaps - 1]);
      piece--;
      swaps--;
    }
  } else if (piece != 8) {
    return std::nullopt;
  }
  return address;
}

std::string SerializeIpv6(const std::array<uint16_t, 8>& a) {
  // The first longest run of two or more zero pieces is compressed.
  int compress = -1, best = 1;
  for (int i = 0; i < 8;) {
    if (a[i] != 0) {
      i++;
      continue;
    }
    int j = i;
    while (j < 8 && a[j] == 0) j++;
    if (j - i > best) {
      best = j - i;
      compress = i;
    }
    i = j;
  }
  std::string out = "[";
  bool ignore0 = false;
  for (int i = 0; i < 8; i++) {
    if (ignore0 && a[i] == 0) continue;
    ignore0 = false;
    if (compress == i) {
      out += i == 0 ? "::" : ":";
      ignore0 = true;
      continue;
    }
    char buf[8];
    int len = 0;
    uint16_t v = a[i];
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      int d = (v >> shift) & 0xF;
      if (d || started || shift == 0) {
        buf[len++] = "0123456789abcdef"[d];
        started = true;
      }
    }
    out.append(buf, len);
    if (i != 7) out += ':';
  }
  out += ']';
  return out;
}

// ---- IDNA --------------------------------------------------------------------------------------

const UIDNA* Uts46() {
  static const UIDNA* idna = [] {
    UErrorCode err = U_ZERO_ERROR;
    UIDNA* p = uidna_openUTS46(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ |
                                   UIDNA_NONTRANSITIONAL_TO_ASCII |
                                   UIDNA_NONTRANSITIONAL_TO_UNICODE,
                               &err);
    return U_FAILURE(err) ? nullptr : p;
  }();
  return idna;
}

// Errors the URL Standard's domain to ASCII does not check (CheckHyphens and VerifyDnsLength
// are false).
constexpr uint32_t kIgnoredIdnaErrors = UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG |
                                        UIDNA_ERROR_DOMAIN_NAME_TOO_LONG |
                                        UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN |
                                        UIDNA_ERROR_HYPHEN_3_4;

bool HasAcePrefixLabel(std::string_view s) {
  size_t start = 0;
  while (start <= s.size()) {
    if (s.size() - start >= 4 && EqualsIgnoreCase(s.substr(start, 4), "xn--")) return true;
    size_t dot = s.find('.', start);
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return false;
}

template <typename F>
std::optional<std::string> RunIdna(std::string_view in, F fn, uint32_t* errors) {
  const UIDNA* idna = Uts46();
  if (!idna || in.size() > 0x7FFFFFF) return std::nullopt;
  std::string out(in.size() * 2 + 64, '\0');
  for (int attempt = 0; attempt < 2; attempt++) {
    UErrorCode err = U_ZERO_ERROR;
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    int32_t len = fn(idna, in.data(), static_cast<int32_t>(in.size()), out.data(),
                     static_cast<int32_t>(out.size()), &info, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR && attempt == 0) {
      out.assign(static_cast<size_t>(len) + 1, '\0');
      continue;
    }
    if (U_FAILURE(err)) return std::nullopt;
    out.resize(len);
    *errors = info.errors;
    return out;
  }
  return std::nullopt;
}


// UTS #46 mapping-table entries that changed after the Unicode version of the system ICU (72,
// Unicode 15.0) and that the URL corpus checks: Unicode 15.1 maps these capitals to their
// lowercase letters, a compatibility ideograph to its unified one, and ignores these default
// ignorable format characters. They are applied before ICU sees the domain.
uint32_t UpdatedIdnaMapping(uint32_t cp) {
  switch (cp) {
    case 0x1E9E: return 0x00DF;   // LATIN CAPITAL LETTER SHARP S -> sharp s
    case 0x04C0: return 0x04CF;   // CYRILLIC LETTER PALOCHKA -> small palochka
    case 0x2183: return 0x2184;   // ROMAN NUMERAL REVERSED ONE HUNDRED -> small reversed c
    case 0x2F868: return 0x36FC;  // CJK COMPATIBILITY IDEOGRAPH-2F868
    case 0x180E:                  // MONGOLIAN VOWEL SEPARATOR
    case 0x206A: case 0x206B: case 0x206C: case 0x206D: case 0x206E: case 0x206F:
      return 0;  // ignored
    default:
      return cp;
  }
}

void AppendUtf8(uint32_t cp, std::string* o) {
  if (cp < 0x80) {
    *o += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *o += static_cast<char>(0xC0 | (cp >> 6));
    *o += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *o += static_cast<char>(0xE0 | (cp >> 12));
    *o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *o += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *o += static_cast<char>(0xF0 | (cp >> 18));
    *o += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *o += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// `in` is valid UTF-8. Returns whether any code point was remapped (then `out` holds the result).
bool ApplyIdnaUpdates(std::string_view in, std::string* out) {
  bool changed = false;
  for (size_t i = 0; i < in.size();) {
    uint8_t c = in[i];
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + len > in.size()) len = in.size() - i;
    uint32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (size_t k = 1; k < len; k++) cp = (cp << 6) | (in[i + k] & 0x3F);
    uint32_t mapped = UpdatedIdnaMapping(cp);
    if (mapped != cp && !changed) {
      changed = true;
      out->assign(in.data(), i);
    }
    if (changed && mapped) {
      if (mapped == cp) {
        out->append(in.data() + i, len);
      } else {
        AppendUtf8(mapped, out);
      }
    }
    i += len;
  }
  return changed;
}
}  // namespace

// ---- public helpers ------------------------------------------------------------------------------

bool InEncodeSet(uint8_t c, EncodeSet set) { return kSets[static_cast<int>(set)].Has(c); }

void PercentEncode(std::string_view in, EncodeSet set, std::string* out, bool space_as_plus) {
  const SetTable& t = kSets[static_cast<int>(set)];
  size_t clean = 0;
  while (clean < in.size() && !t.Has(static_cast<uint8_t>(in[clean])) &&
         !(space_as_plus && in[clean] == ' '))
    clean++;
  out->append(in.data(), clean);
  if (clean == in.size()) return;
  in.remove_prefix(clean);
  for (char ch : in) {
    uint8_t c = ch;
    if (space_as_plus && c == ' ') {
      *out += '+';
    } else if (t.Has(c)) {
      *out += '%';
      *out += kHex[c >> 4];
      *out += kHex[c & 15];
    } else {
      *out += ch;
    }
  }
}

std::string PercentDecode(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); i++) {
    if (in[i] == '%' && i + 2 < in.size() + 0 && IsHex(in[i + 1]) && IsHex(in[i + 2])) {
      out += static_cast<char>(HexVal(in[i + 1]) * 16 + HexVal(in[i + 2]));
      i += 2;
    } else {
      out += in[i];
    }
  }
  return out;
}

bool IsSpecialScheme(std::string_view s) {
  return s == "http" || s == "https" || s == "ws" || s == "wss" || s == "ftp" || s == "file";
}

int DefaultPort(std::string_view s) {
  if (s == "http" || s == "ws") return 80;
  if (s == "https" || s == "wss") return 443;
  if (s == "ftp") return 21;
  return -1;
}

bool SanitizeUtf8(std::string_view in, std::string* out) {
  size_t i = 0;
  const size_t n = in.size();
  bool changed = false;
  auto b = [&](size_t k) -> uint8_t { return static_cast<uint8_t>(in[k]); };
  while (i < n) {
    uint8_t c = b(i);
    if (c < 0x80) {
      if (changed) *out += static_cast<char>(c);
      i++;
      continue;
    }
    size_t need = 0;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    }
    size_t j = i + 1;
    bool ok = need > 0;
    for (size_t k = 0; ok && k < need; k++, j++) {
      if (j >= n || b(j) < lo || b(j) > hi) {
        ok = false;
        break;
      }
      lo = 0x80;
      hi = 0xBF;
    }
    if (ok) {
      if (changed) out->append(in.data() + i, j - i);
      i = j;
      continue;
    }
    if (!changed) {
      changed = true;
      out->assign(in.data(), i);
    }
    *out += "\xEF\xBF\xBD";
    i = need > 0 ? std::max(j, i + 1) : i + 1;
  }
  return changed;
}

std::optional<std::string> DomainToAscii(std::string_view domain, bool be_strict) {
  std::string result;
  bool ascii = std::all_of(domain.begin(), domain.end(),
                           [](char c) { return static_cast<uint8_t>(c) < 0x80; });
  if (ascii && !be_strict && !HasAcePrefixLabel(domain)) {
    result.assign(domain.data(), domain.size());
    for (char& c : result) c = static_cast<char>(Lower(c));
  } else {
    uint32_t errors = 0;
    std::string updated;
    if (!ascii && ApplyIdnaUpdates(domain, &updated)) domain = updated;
    auto r = RunIdna(domain, uidna_nameToASCII_UTF8, &errors);
    if (!r) return std::nullopt;
    uint32_t ignored = be_strict ? 0 : kIgnoredIdnaErrors;
    if (errors & ~ignored) return std::nullopt;
    result = std::move(*r);
  }
  if (result.empty()) return std::nullopt;
  for (char c : result) {
    if (IsForbiddenDomain(c)) return std::nullopt;
  }
  return result;
}

std::string DomainToUnicode(std::string_view domain) {
  uint32_t errors = 0;
  std::string updated, fixed;
  if (SanitizeUtf8(domain, &fixed)) domain = fixed;
  if (ApplyIdnaUpdates(domain, &updated)) domain = updated;
  auto r = RunIdna(domain, uidna_nameToUnicodeUTF8, &errors);
  if (!r) return "";
  return *r;
}

std::optional<std::string> ParseHost(std::string_view input, bool special) {
  if (!input.empty() && input[0] == '[') {
    if (input.back() != ']' || input.size() < 2) return std::nullopt;
    auto a = ParseIpv6(input.substr(1, input.size() - 2));
    if (!a) return std::nullopt;
    return SerializeIpv6(*a);
  }
  if (!special) {
    for (char c : input) {
      if (IsForbiddenHost(c)) return std::nullopt;
    }
    std::string out;
    PercentEncode(input, EncodeSet::kC0Control, &out);
    return out;
  }
  if (input.empty()) return std::nullopt;
  std::optional<std::string> ascii;
  if (input.find('%') == std::string_view::npos) {
    ascii = DomainToAscii(input, false);  // the parser's input is valid UTF-8 already
  } else {
    std::string decoded = PercentDecode(input);
    std::string fixed;
    if (SanitizeUtf8(decoded, &fixed)) decoded.swap(fixed);
    ascii = DomainToAscii(decoded, false);
  }
  if (!ascii) return std::nullopt;
  if (EndsInANumber(*ascii)) {
    auto v4 = ParseIpv4(*ascii);
    if (!v4) return std::nullopt;
    return SerializeIpv4(*v4);
  }
  return ascii;
}

// ---- the basic URL parser --------------------------------------------------------------------

namespace {

enum class State {
  kSchemeStart, kScheme, kNoScheme, kSpecialRelativeOrAuthority, kPathOrAuthority, kRelative,
  kRelativeSlash, kSpecialAuthoritySlashes, kSpecialAuthorityIgnoreSlashes, kAuthority, kHost,
  kHostname, kPort, kFile, kFileSlash, kFileHost, kPathStart, kPath, kOpaquePath, kQuery,
  kFragment, kNone
};

void ShortenPath(Url& url) {
  if (url.scheme == "file" && url.SingleSegment() &&
      IsWindowsDriveLetter(url.FirstSegment(), true))
    return;
  if (!url.path.empty()) url.path.erase(url.path.rfind('/'));
}

// Runs the state machine over `input` (already preprocessed). Returns false on failure. With a
// state override, `url` is modified in place (a "return" without failure is true).
bool BasicParse(std::string_view input, const Url* base, Url& url, State override_state) {
  const bool has_override = override_state != State::kNone;
  State state = has_override ? override_state : State::kSchemeStart;
  std::string buffer;
  bool at_sign_seen = false, inside_brackets = false, password_token_seen = false;
  const size_t n = input.size();
  // `p` is the pointer; it may step to -1 ("start over"), hence signed.
  ptrdiff_t p = 0;
  bool special = url.IsSpecial();  // kept in step with url.scheme
  auto remaining_starts = [&](char ch) {
    return static_cast<size_t>(p + 1) < n && input[p + 1] == ch;
  };
  auto rest = [&]() {
    return static_cast<size_t>(p) < n ? input.substr(p) : std::string_view();
  };
  for (;; p++) {
    const bool eof = static_cast<size_t>(p) >= n;
    const int c = eof ? -1 : static_cast<uint8_t>(input[p]);
    switch (state) {
      case State::kSchemeStart:
        if (c != -1 && IsAlpha(c)) {
          buffer += static_cast<char>(Lower(c));
          state = State::kScheme;
        } else if (!has_override) {
          state = State::kNoScheme;
          p--;
        } else {
          return false;
        }
        break;

      case State::kScheme:
        if (c != -1 && (IsAlpha(c) || IsDigit(c) || c == '+' || c == '-' || c == '.')) {
          size_t j = p;
          while (j < n) {
            uint8_t ch = input[j];
            if (!(IsAlpha(ch) || IsDigit(ch) || ch == '+' || ch == '-' || ch == '.')) break;
            j++;
          }
          size_t old = buffer.size();
          buffer.append(input.data() + p, j - p);
          for (size_t k = old; k < buffer.size(); k++) buffer[k] = static_cast<char>(Lower(buffer[k]));
          p = static_cast<ptrdiff_t>(j) - 1;
        } else if (c == ':') {
          if (has_override) {
            bool buffer_special = IsSpecialScheme(buffer);
            if (special != buffer_special) return true;
            if ((url.HasCredentials() || url.port != -1) && buffer == "file") return true;
            if (url.scheme == "file" && url.host && url.host->empty()) return true;
          }
          url.scheme = buffer;
          special = url.IsSpecial();
          if (has_override) {
            if (url.port == DefaultPort(url.scheme)) url.port = -1;
            return true;
          }
          buffer.clear();
          if (url.scheme == "file") {
            state = State::kFile;
          } else if (url.IsSpecial() && base && base->scheme == url.scheme) {
            state = State::kSpecialRelativeOrAuthority;
          } else if (url.IsSpecial()) {
            state = State::kSpecialAuthoritySlashes;
          } else if (remaining_starts('/')) {
            state = State::kPathOrAuthority;
            p++;
          } else {
            url.opaque_path = true;
            url.opaque.clear();
            state = State::kOpaquePath;
          }
        } else if (!has_override) {
          buffer.clear();
          state = State::kNoScheme;
          p = -1;
        } else {
          return false;
        }
        break;

      case State::kNoScheme:
        if (!base || (base->opaque_path && c != '#')) return false;
        if (base->opaque_path && c == '#') {
          url.scheme = base->scheme;
          special = url.IsSpecial();
          url.opaque_path = true;
          url.opaque = base->opaque;
          url.query = base->query;
          url.fragment = "";
          state = State::kFragment;
        } else if (base->scheme != "file") {
          state = State::kRelative;
          p--;
        } else {
          state = State::kFile;
          p--;
        }
        break;

      case State::kSpecialRelativeOrAuthority:
        if (c == '/' && remaining_starts('/')) {
          state = State::kSpecialAuthorityIgnoreSlashes;
          p++;
        } else {
          state = State::kRelative;
          p--;
        }
        break;

      case State::kPathOrAuthority:
        if (c == '/') {
          state = State::kAuthority;
        } else {
          state = State::kPath;
          p--;
        }
        break;

      case State::kRelative:
        url.scheme = base->scheme;
        special = url.IsSpecial();
        if (c == '/') {
          state = State::kRelativeSlash;
        } else if (special && c == '\\') {
          state = State::kRelativeSlash;
        } else {
          url.username = base->username;
          url.password = base->password;
          url.host = base->host;
          url.port = base->port;
          url.path = base->path;
          url.query = base->query;
          if (c == '?') {
            url.query = "";
            state = State::kQuery;
          } else if (c == '#') {
            url.fragment = "";
            state = State::kFragment;
          } else if (c != -1) {
            url.query.reset();
            ShortenPath(url);
            state = State::kPath;
            p--;
          }
        }
        break;

      case State::kRelativeSlash:
        if (special && (c == '/' || c == '\\')) {
          state = State::kSpecialAuthorityIgnoreSlashes;
        } else if (c == '/') {
          state = State::kAuthority;
        } else {
          url.username = base->username;
          url.password = base->password;
          url.host = base->host;
          url.port = base->port;
          state = State::kPath;
          p--;
        }
        break;

      case State::kSpecialAuthoritySlashes:
        if (c == '/' && remaining_starts('/')) {
          state = State::kSpecialAuthorityIgnoreSlashes;
          p++;
        } else {
          state = State::kSpecialAuthorityIgnoreSlashes;
          p--;
        }
        break;

      case State::kSpecialAuthorityIgnoreSlashes:
        if (c != '/' && c != '\\') {
          state = State::kAuthority;
          p--;
        }
        break;

      case State::kAuthority:
        if (c == '@') {
          if (at_sign_seen) buffer.insert(0, "%40");
          at_sign_seen = true;
          for (char ch : buffer) {
            if (ch == ':' && !password_token_seen) {
              password_token_seen = true;
              continue;
            }
            std::string& target = password_token_seen ? url.password : url.username;
            PercentEncode(std::string_view(&ch, 1), EncodeSet::kUserinfo, &target);
          }
          buffer.clear();
        } else if (c == -1 || c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
          if (at_sign_seen && buffer.empty()) return false;
          p -= static_cast<ptrdiff_t>(buffer.size()) + 1;
          buffer.clear();
          state = State::kHost;
        } else {
          size_t j = p + 1;
          while (j < n) {
            char ch = input[j];
            if (ch == '@' || ch == '/' || ch == '?' || ch == '#' || (special && ch == '\\')) break;
            j++;
          }
          buffer.append(input.data() + p, j - p);
          p = static_cast<ptrdiff_t>(j) - 1;
        }
        break;

      case State::kHost:
      case State::kHostname:
        if (has_override && url.scheme == "file") {
          p--;
          state = State::kFileHost;
        } else if (c == ':' && !inside_brackets) {
          if (buffer.empty()) return false;
          if (override_state == State::kHostname) return false;
          auto host = ParseHost(buffer, special);
          if (!host) return false;
          url.host = std::move(*host);
          buffer.clear();
          state = State::kPort;
        } else if (c == -1 || c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
          p--;
          if (special && buffer.empty()) return false;
          if (has_override && buffer.empty() && (url.HasCredentials() || url.port != -1))
            return false;
          auto host = ParseHost(buffer, special);
          if (!host) return false;
          url.host = std::move(*host);
          buffer.clear();
          state = State::kPathStart;
          if (has_override) return true;
        } else {
          if (c == '[') inside_brackets = true;
          if (c == ']') inside_brackets = false;
          size_t j = p + 1;
          while (j < n) {
            char ch = input[j];
            if (ch == ':' || ch == '/' || ch == '?' || ch == '#' || ch == '\\' || ch == '[' ||
                ch == ']')
              break;
            j++;
          }
          buffer.append(input.data() + p, j - p);
          p = static_cast<ptrdiff_t>(j) - 1;
        }
        break;

      case State::kPort:
        if (c != -1 && IsDigit(c)) {
          buffer += static_cast<char>(c);
        } else if (c == -1 || c == '/' || c == '?' || c == '#' || (special && c == '\\') ||
                   has_override) {
          if (!buffer.empty()) {
            uint32_t port = 0;
            for (char d : buffer) {
              port = port * 10 + (d - '0');
              if (port > 65535) return false;
            }
            url.port = static_cast<int>(port) == DefaultPort(url.scheme) ? -1
                                                                           : static_cast<int>(port);
            buffer.clear();
            if (has_override) return true;
          }
          if (has_override) return false;
          state = State::kPathStart;
          p--;
        } else {
          return false;
        }
        break;

      case State::kFile:
        url.scheme = "file";
        special = true;
        url.host = "";
        if (c == '/' || c == '\\') {
          state = State::kFileSlash;
        } else if (base && base->scheme == "file") {
          url.host = base->host;
          url.path = base->path;
          url.query = base->query;
          if (c == '?') {
            url.query = "";
            state = State::kQuery;
          } else if (c == '#') {
            url.fragment = "";
            state = State::kFragment;
          } else if (c != -1) {
            url.query.reset();
            if (!StartsWithWindowsDriveLetter(rest())) {
              ShortenPath(url);
            } else {
              url.path.clear();
            }
            state = State::kPath;
            p--;
          }
        } else {
          state = State::kPath;
          p--;
        }
        break;

      case State::kFileSlash:
        if (c == '/' || c == '\\') {
          state = State::kFileHost;
        } else {
          if (base && base->scheme == "file") {
            url.host = base->host;
            if (!StartsWithWindowsDriveLetter(rest()) && !base->path.empty() &&
                IsWindowsDriveLetter(base->FirstSegment(), true)) {
              url.path += '/';
              url.path += base->FirstSegment();
            }
          }
          state = State::kPath;
          p--;
        }
        break;

      case State::kFileHost:
        if (c == -1 || c == '/' || c == '\\' || c == '?' || c == '#') {
          p--;
          if (!has_override && IsWindowsDriveLetter(buffer)) {
            state = State::kPath;
          } else if (buffer.empty()) {
            url.host = "";
            if (has_override) return true;
            state = State::kPathStart;
          } else {
            auto host = ParseHost(buffer, true);
            if (!host) return false;
            if (*host == "localhost") host->clear();
            url.host = std::move(*host);
            if (has_override) return true;
            buffer.clear();
            state = State::kPathStart;
          }
        } else {
          buffer += static_cast<char>(c);
        }
        break;

      case State::kPathStart:
        if (special) {
          state = State::kPath;
          if (c != '/' && c != '\\') p--;
        } else if (!has_override && c == '?') {
          url.query = "";
          state = State::kQuery;
        } else if (!has_override && c == '#') {
          url.fragment = "";
          state = State::kFragment;
        } else if (c != -1) {
          state = State::kPath;
          if (c != '/') p--;
        } else if (has_override && !url.host) {
          url.path += '/';
        }
        break;

      case State::kPath:
        if (c == -1 || c == '/' || (special && c == '\\') ||
            (!has_override && (c == '?' || c == '#'))) {
          bool slash = c == '/' || (special && c == '\\');
          if (IsDoubleDot(buffer)) {
            ShortenPath(url);
            if (!slash) url.path += '/';
          } else if (IsSingleDot(buffer) && !slash) {
            url.path += '/';
          } else if (!IsSingleDot(buffer)) {
            if (url.scheme == "file" && url.path.empty() && IsWindowsDriveLetter(buffer))
              buffer[1] = ':';
            url.path += '/';
            url.path += buffer;
          }
          buffer.clear();
          if (c == '?') {
            url.query = "";
            state = State::kQuery;
          }
          if (c == '#') {
            url.fragment = "";
            state = State::kFragment;
          }
        } else {
          size_t j = p + 1;
          while (j < n) {
            char ch = input[j];
            if (ch == '/' || (special && ch == '\\') || (!has_override && (ch == '?' || ch == '#')))
              break;
            j++;
          }
          PercentEncode(input.substr(p, j - p), EncodeSet::kPath, &buffer);
          p = static_cast<ptrdiff_t>(j) - 1;
        }
        break;

      case State::kOpaquePath:
        if (c == '?') {
          url.query = "";
          state = State::kQuery;
        } else if (c == '#') {
          url.fragment = "";
          state = State::kFragment;
        } else if (c == ' ') {
          // A space right before the query or fragment is encoded, so that removing those later
          // cannot leave trailing spaces in the path.
          if (remaining_starts('?') || remaining_starts('#')) {
            url.opaque += "%20";
          } else {
            url.opaque += ' ';
          }
        } else if (c != -1) {
          size_t j = p + 1;
          while (j < n && input[j] != '?' && input[j] != '#' && input[j] != ' ') j++;
          PercentEncode(input.substr(p, j - p), EncodeSet::kC0Control, &url.opaque);
          p = static_cast<ptrdiff_t>(j) - 1;
        }
        break;

      case State::kQuery:
        if ((!has_override && c == '#') || c == -1) {
          if (!url.query) url.query = "";
          PercentEncode(buffer, special ? EncodeSet::kSpecialQuery : EncodeSet::kQuery,
                        &*url.query);
          buffer.clear();
          if (c == '#') {
            url.fragment = "";
            state = State::kFragment;
          }
        } else {
          size_t j = has_override ? n : input.find('#', p);
          if (j == std::string_view::npos) j = n;
          buffer.append(input.data() + p, j - p);
          p = static_cast<ptrdiff_t>(j) - 1;
        }
        break;

      case State::kFragment:
        if (c != -1) {
          if (!url.fragment) url.fragment = "";
          PercentEncode(input.substr(p), EncodeSet::kFragment, &*url.fragment);
          p = static_cast<ptrdiff_t>(n) - 1;
        }
        break;

      case State::kNone:
        return false;
    }
    if (eof && p >= static_cast<ptrdiff_t>(n)) break;
  }
  return true;
}

// Removes ASCII tab and newline everywhere; with `trim`, also leading/trailing C0 control or
// space. Invalid UTF-8 becomes U+FFFD.
std::string_view Preprocess(std::string_view in, bool trim, std::string* storage) {
  if (trim) {
    while (!in.empty() && static_cast<uint8_t>(in.front()) <= 0x20) in.remove_prefix(1);
    while (!in.empty() && static_cast<uint8_t>(in.back()) <= 0x20) in.remove_suffix(1);
  }
  // One pass: bit 0 marks tab/newline, bit 1 non-ASCII.
  static constexpr auto kClass = [] {
    std::array<uint8_t, 256> t{};
    t['\t'] = t['\n'] = t['\r'] = 1;
    for (int c = 0x80; c < 0x100; c++) t[c] = 2;
    return t;
  }();
  uint8_t acc = 0;
  for (char c : in) acc |= kClass[static_cast<uint8_t>(c)];
  const bool needs_strip = acc & 1;
  const bool non_ascii = acc & 2;
  if (!needs_strip && !non_ascii) return in;
  std::string fixed;
  if (non_ascii && SanitizeUtf8(in, &fixed)) {
    *storage = std::move(fixed);
  } else {
    storage->assign(in.data(), in.size());
  }
  if (needs_strip) {
    storage->erase(std::remove_if(storage->begin(), storage->end(),
                                  [](char c) { return c == '\t' || c == '\n' || c == '\r'; }),
                   storage->end());
  }
  return *storage;
}

void RunOverride(Url& url, std::string_view value, State state) {
  std::string storage;
  std::string_view in = Preprocess(value, false, &storage);
  // As in the standard, what the state machine set before a failure stays set.
  BasicParse(in, nullptr, url, state);
}

}  // namespace

namespace {
// The Url of a FastHref result.
Url FromFastHref(const std::string& href, const Components& c) {
  Url u;
  u.scheme.assign(href, 0, c.protocol_end - 1);
  u.host.emplace(href, c.host_start, c.host_end - c.host_start);
  if (c.port != Components::kNone) u.port = static_cast<int>(c.port);
  size_t end = href.size();
  if (c.hash_start != Components::kNone) {
    u.fragment.emplace(href, c.hash_start + 1, end - c.hash_start - 1);
    end = c.hash_start;
  }
  if (c.search_start != Components::kNone) {
    u.query.emplace(href, c.search_start + 1, end - c.search_start - 1);
    end = c.search_start;
  }
  u.path.assign(href, c.pathname_start, end - c.pathname_start);
  return u;
}
}  // namespace

std::optional<Url> Parse(std::string_view input, const Url* base) {
  if (base == nullptr) {
    std::string href;
    Components c;
    if (FastHref(input, &href, &c)) return FromFastHref(href, c);
  }
  std::string storage;
  std::string_view in = Preprocess(input, true, &storage);
  Url url;
  if (!BasicParse(in, base, url, State::kNone)) return std::nullopt;
  return url;
}

std::optional<Url> Parse(std::string_view input, std::string_view base) {
  auto b = Parse(base, static_cast<const Url*>(nullptr));
  if (!b) return std::nullopt;
  return Parse(input, &*b);
}

// Per-byte classes for FastHref: which parts of a URL may hold the byte as it is.
enum : uint8_t { kFastHost = 1, kFastUpper = 2, kFastPath = 4, kFastQuery = 8, kFastFragment = 16 };
constexpr std::array<uint8_t, 256> MakeFastTable() {
  std::array<uint8_t, 256> t{};
  for (int c = 0x21; c < 0x7F; c++) {
    uint8_t f = 0;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.') f |= kFastHost;
    if (c >= 'A' && c <= 'Z') f |= kFastHost | kFastUpper;
    if (!kSets[static_cast<int>(EncodeSet::kPath)].Has(c) && c != '\\') f |= kFastPath;
    if (!kSets[static_cast<int>(EncodeSet::kSpecialQuery)].Has(c)) f |= kFastQuery;
    if (!kSets[static_cast<int>(EncodeSet::kFragment)].Has(c)) f |= kFastFragment;
    t[c] = f;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kFast = MakeFastTable();

bool FastHref(std::string_view in, std::string* href, Components* comp) {
  const size_t n = in.size();
  auto cls = [&](size_t k) { return kFast[static_cast<uint8_t>(in[k])]; };
  size_t i = 0;
  if (n == 0 || !IsAlpha(in[0])) return false;
  while (i < n && (IsAlpha(in[i]) || IsDigit(in[i]) || in[i] == '+' || in[i] == '-' ||
                   in[i] == '.'))
    i++;
  if (i + 2 >= n || in[i] != ':' || in[i + 1] != '/' || in[i + 2] != '/') return false;
  char scheme[6];
  size_t scheme_len = i;
  if (scheme_len > 5) return false;
  for (size_t k = 0; k < scheme_len; k++) scheme[k] = static_cast<char>(Lower(in[k]));
  std::string_view sv(scheme, scheme_len);
  int default_port = DefaultPort(sv);
  if (default_port < 0) return false;  // http, https, ws, wss, ftp
  size_t host_start = i + 3;
  size_t j = host_start;
  uint8_t host_flags = kFastHost;
  while (j < n && in[j] != '/' && in[j] != '?' && in[j] != '#' && in[j] != ':') {
    uint8_t f = cls(j);
    if (!(f & kFastHost)) return false;  // '@', '\\', '%', '[', ... take the full parser
    host_flags |= f;
    j++;
  }
  const bool has_upper = host_flags & kFastUpper;
  std::string_view host = in.substr(host_start, j - host_start);
  if (host.empty() || HasAcePrefixLabel(host) || EndsInANumber(host)) return false;
  int port = -1;
  if (j < n && in[j] == ':') {
    size_t k = j + 1;
    uint32_t v = 0;
    while (k < n && IsDigit(in[k])) {
      v = v * 10 + (in[k] - '0');
      if (v > 65535) return false;
      k++;
    }
    if (k == j + 1) return false;
    if (k < n && in[k] != '/' && in[k] != '?' && in[k] != '#') return false;
    port = static_cast<int>(v) == default_port ? -1 : static_cast<int>(v);
    j = k;
  }
  size_t path_start = j;
  while (j < n && in[j] != '?' && in[j] != '#') {
    if (!(cls(j) & kFastPath)) return false;
    // '.' segments and their percent-encoded forms need the full parser.
    if (in[j] == '/' && j + 1 < n && (in[j + 1] == '.' || in[j + 1] == '%')) {
      if (in[j + 1] == '.') return false;
      if (j + 3 < n && in[j + 2] == '2' && (in[j + 3] | 0x20) == 'e') return false;
    }
    j++;
  }
  size_t path_end = j;
  size_t query_start = std::string_view::npos;
  if (j < n && in[j] == '?') {
    query_start = j;
    j++;
    while (j < n && in[j] != '#') {
      if (!(cls(j) & kFastQuery)) return false;
      j++;
    }
  }
  size_t hash_start = j < n ? j : std::string_view::npos;
  if (hash_start != std::string_view::npos) {
    for (size_t k = j + 1; k < n; k++) {
      if (!(cls(k) & kFastFragment)) return false;
    }
  }
  if (href == nullptr) return true;  // only asked whether it parses
  std::string& out = *href;
  out.clear();
  out.reserve(n + 1);
  out.append(scheme, scheme_len);
  out += "://";
  Components c;
  c.protocol_end = static_cast<uint32_t>(scheme_len + 1);
  c.username_start = c.username_end = c.password_start = c.password_end =
      static_cast<uint32_t>(scheme_len + 3);
  c.host_start = c.username_start;
  out.append(host.data(), host.size());
  if (has_upper) {
    for (size_t k = c.host_start; k < out.size(); k++) out[k] = static_cast<char>(Lower(out[k]));
  }
  c.host_end = static_cast<uint32_t>(out.size());
  c.has_host = true;
  if (port != -1) {
    out += ':';
    out += std::to_string(port);
    c.port = static_cast<uint32_t>(port);
  }
  c.pathname_start = static_cast<uint32_t>(out.size());
  if (path_end == path_start) {
    out += '/';
  } else {
    out.append(in.data() + path_start, path_end - path_start);
  }
  size_t shift = out.size() - path_end;  // output offset minus input offset from here on
  if (query_start != std::string_view::npos) {
    c.search_start = static_cast<uint32_t>(query_start + shift);
  }
  if (hash_start != std::string_view::npos) c.hash_start = static_cast<uint32_t>(hash_start + shift);
  out.append(in.data() + path_end, n - path_end);
  *comp = c;
  return true;
}

// ---- Url ---------------------------------------------------------------------------------------

bool Url::IsSpecial() const { return IsSpecialScheme(scheme); }

std::string Url::Pathname() const {
  return opaque_path ? opaque : path;
}

std::string Url::Href(Components* c) const {
  std::string out;
  size_t reserve = scheme.size() + 3 + username.size() + password.size() + 2 +
                   (host ? host->size() : 0) + 6 + (opaque_path ? opaque.size() : 0) +
                   (query ? query->size() + 1 : 0) + (fragment ? fragment->size() + 1 : 0) +
                   path.size();
  out.reserve(reserve);
  out += scheme;
  out += ':';
  Components comp;
  comp.protocol_end = static_cast<uint32_t>(out.size());
  comp.username_start = comp.username_end = comp.protocol_end;
  comp.password_start = comp.password_end = comp.protocol_end;
  comp.host_start = comp.host_end = comp.protocol_end;
  comp.has_host = host.has_value();
  comp.opaque_path = opaque_path;
  if (host) {
    out += "//";
    comp.username_start = comp.username_end = static_cast<uint32_t>(out.size());
    comp.password_start = comp.password_end = comp.username_end;
    if (HasCredentials()) {
      out += username;
      comp.username_end = static_cast<uint32_t>(out.size());
      comp.password_start = comp.password_end = comp.username_end;
      if (!password.empty()) {
        out += ':';
        comp.password_start = static_cast<uint32_t>(out.size());
        out += password;
        comp.password_end = static_cast<uint32_t>(out.size());
      }
      out += '@';
    }
    comp.host_start = static_cast<uint32_t>(out.size());
    out += *host;
    comp.host_end = static_cast<uint32_t>(out.size());
    if (port != -1) {
      out += ':';
      out += std::to_string(port);
      comp.port = static_cast<uint32_t>(port);
    }
  } else if (!opaque_path && path.size() > 1 && path[1] == '/') {
    out += "/.";
  }
  comp.pathname_start = static_cast<uint32_t>(out.size());
  if (opaque_path) {
    out += opaque;
  } else {
    out += path;
  }
  if (query) {
    comp.search_start = static_cast<uint32_t>(out.size());
    out += '?';
    out += *query;
  }
  if (fragment) {
    comp.hash_start = static_cast<uint32_t>(out.size());
    out += '#';
    out += *fragment;
  }
  if (c) *c = comp;
  return out;
}

std::string Url::Origin() const {
  if (scheme == "blob") {
    if (opaque_path || !path.empty()) {
      auto inner = Parse(Pathname(), static_cast<const Url*>(nullptr));
      if (inner && (inner->scheme == "http" || inner->scheme == "https")) return inner->Origin();
    }
    return "null";
  }
  if (scheme == "http" || scheme == "https" || scheme == "ws" || scheme == "wss" ||
      scheme == "ftp") {
    std::string out = scheme + "://" + host.value_or("");
    if (port != -1) out += ":" + std::to_string(port);
    return out;
  }
  return "null";
}

bool Url::SetHref(std::string_view v) {
  auto parsed = Parse(v, static_cast<const Url*>(nullptr));
  if (!parsed) return false;
  *this = std::move(*parsed);
  return true;
}

void Url::SetProtocol(std::string_view v) {
  std::string in(v);
  in += ':';
  RunOverride(*this, in, State::kSchemeStart);
}

void Url::SetUsername(std::string_view v) {
  if (CannotHaveCredentialsOrPort()) return;
  username.clear();
  PercentEncode(v, EncodeSet::kUserinfo, &username);
}

void Url::SetPassword(std::string_view v) {
  if (CannotHaveCredentialsOrPort()) return;
  password.clear();
  PercentEncode(v, EncodeSet::kUserinfo, &password);
}

void Url::SetHost(std::string_view v) {
  if (opaque_path) return;
  RunOverride(*this, v, State::kHost);
}

void Url::SetHostname(std::string_view v) {
  if (opaque_path) return;
  RunOverride(*this, v, State::kHostname);
}

void Url::SetPort(std::string_view v) {
  if (CannotHaveCredentialsOrPort()) return;
  if (v.empty()) {
    port = -1;
    return;
  }
  RunOverride(*this, v, State::kPort);
}

void Url::SetPathname(std::string_view v) {
  if (opaque_path) return;
  path.clear();
  RunOverride(*this, v, State::kPathStart);
}

void Url::SetSearch(std::string_view v) {
  if (v.empty()) {
    query.reset();
    return;
  }
  if (v[0] == '?') v.remove_prefix(1);
  query = "";
  RunOverride(*this, v, State::kQuery);
}

void Url::SetHash(std::string_view v) {
  if (v.empty()) {
    fragment.reset();
    return;
  }
  if (v[0] == '#') v.remove_prefix(1);
  fragment = "";
  RunOverride(*this, v, State::kFragment);
}

}  // namespace nodus::url

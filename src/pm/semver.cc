// node-semver semantics, hand-written scanners instead of regular expressions.
//
// Range parsing follows node-semver's observable pipeline, because its quirks are part of what
// npm accepts: per `||` part, strip build metadata, rewrite a hyphen range, join operators to
// their versions, rewrite carets, tildes, x-ranges and stars into primitive comparators, then
// parse each comparator. Each stage is a scanner over the string produced by the previous one.
#include "pm/semver.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <unordered_map>

namespace nodus::pm::semver {
namespace {

constexpr size_t kMaxLength = 256;             // longest version string accepted
constexpr uint64_t kMaxSafe = 9007199254740991;  // Number.MAX_SAFE_INTEGER
constexpr size_t kMaxDigits = 256;             // digit runs node-semver's scanners accept
constexpr size_t kMaxIdTail = 250;             // identifier characters after the first letter
constexpr size_t kMaxCoerceDigits = 16;
constexpr size_t npos = std::string_view::npos;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsIdChar(char c) { return IsDigit(c) || IsAlpha(c) || c == '-'; }
char At(std::string_view s, size_t i) { return i < s.size() ? s[i] : '\0'; }
// Bytes in the UTF-8 character at s[i] (1 for stray bytes), 0 at the end.
size_t CharLen(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  unsigned char c = s[i];
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return std::min(n, s.size() - i);
}

// Byte length of the ECMAScript whitespace character at s[i] (UTF-8), or 0.
size_t WsLen(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  unsigned char c = s[i];
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  auto b = [&](size_t k) -> unsigned char { return i + k < s.size() ? s[i + k] : 0; };
  if (c == 0xC2 && b(1) == 0xA0) return 2;                  // U+00A0
  if (c == 0xE1 && b(1) == 0x9A && b(2) == 0x80) return 3;  // U+1680
  if (c == 0xE2 && b(1) == 0x80) {
    unsigned char d = b(2);
    if ((d >= 0x80 && d <= 0x8A) || d == 0xA8 || d == 0xA9 || d == 0xAF) return 3;
  }
  if (c == 0xE2 && b(1) == 0x81 && b(2) == 0x9F) return 3;  // U+205F
  if (c == 0xE3 && b(1) == 0x80 && b(2) == 0x80) return 3;  // U+3000
  if (c == 0xEF && b(1) == 0xBB && b(2) == 0xBF) return 3;  // U+FEFF
  return 0;
}

// Byte length of the whitespace character ending at s[end-1], or 0.
size_t WsLenBefore(std::string_view s, size_t end) {
  for (size_t k = 1; k <= 3 && k <= end; k++) {
    if (WsLen(s, end - k) == k) return k;
  }
  return 0;
}

std::string_view TrimJs(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e) {
    size_t n = WsLen(s, b);
    if (!n) break;
    b += n;
  }
  while (e > b) {
    size_t n = WsLenBefore(s, e);
    if (!n) break;
    e -= n;
  }
  return s.substr(b, e - b);
}

// String length as JavaScript counts it (UTF-16 code units).
size_t JsLength(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) n++;
    if (c >= 0xF0) n++;
  }
  return n;
}

// Runs of whitespace become one space.
std::string CollapseWs(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t n = WsLen(s, i);
    if (n) {
      while (size_t k = WsLen(s, i)) i += k;
      out += ' ';
    } else {
      out += s[i++];
    }
  }
  return out;
}

// JavaScript's String.prototype.split(/\s+/) over an already-collapsed string.
std::vector<std::string> SplitWs(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 0; i < s.size();) {
    if (size_t n = WsLen(s, i)) {
      out.push_back(std::move(cur));
      cur.clear();
      while (size_t k = WsLen(s, i)) i += k;
      (void)n;
    } else {
      cur += s[i++];
    }
  }
  out.push_back(std::move(cur));
  return out;
}

size_t DigitRun(std::string_view s, size_t i) {
  size_t e = i;
  while (e < s.size() && IsDigit(s[e])) e++;
  return e - i;
}

size_t IdRun(std::string_view s, size_t i) {
  size_t e = i;
  while (e < s.size() && IsIdChar(s[e])) e++;
  return e - i;
}

// Digit string -> value; false when above Number.MAX_SAFE_INTEGER.
bool DigitsValue(std::string_view d, uint64_t* out) {
  size_t i = 0;
  while (i + 1 < d.size() && d[i] == '0') i++;
  if (d.size() - i > 16) return false;
  uint64_t v = 0;
  for (; i < d.size(); i++) v = v * 10 + (d[i] - '0');
  if (v > kMaxSafe) return false;
  *out = v;
  return true;
}

// `+digits + 1` printed as JavaScript would, as far as later parsing can tell: exact below
// 2^53, a plain (too large) integer below 1e21, and exponent notation above.
std::string JsIncrement(std::string_view digits) {
  uint64_t v;
  if (DigitsValue(digits, &v) && v < kMaxSafe) return std::to_string(v + 1);
  double d = std::strtod(std::string(digits).c_str(), nullptr) + 1;
  char buf[64];
  if (d >= 1e21) {
    std::snprintf(buf, sizeof buf, "%ge", d);  // has an 'e': never a valid number again
  } else {
    std::snprintf(buf, sizeof buf, "%.0f", d);
  }
  return buf;
}

// ---- grammar pieces ------------------------------------------------------------------------------

// A major/minor/patch number: strict forbids leading zeros. Returns the end or `i`.
size_t MatchNumber(std::string_view s, size_t i, bool loose) {
  size_t run = DigitRun(s, i);
  if (!run) return i;
  if (!loose && s[i] == '0') return i + 1;
  if (run > (loose ? kMaxDigits : kMaxDigits + 1)) return i;
  return i + run;
}

// One whole prerelease identifier run: is it acceptable?
bool PreIdOk(std::string_view id, bool loose) {
  if (id.empty()) return false;
  size_t d = DigitRun(id, 0);
  if (d == id.size()) {
    if (loose) return d <= kMaxDigits;
    return id == "0" || (id[0] != '0' && d <= kMaxDigits + 1);
  }
  return d <= kMaxDigits && id.size() - d - 1 <= kMaxIdTail;
}

bool BuildIdOk(std::string_view id) { return !id.empty() && id.size() <= kMaxIdTail; }

// `id(.id)*` taking whole runs; returns the end or `i` when the first run is not acceptable.
template <typename Ok>
size_t MatchIdList(std::string_view s, size_t i, Ok ok) {
  size_t run = IdRun(s, i);
  if (!ok(s.substr(i, run))) return i;
  size_t e = i + run;
  while (At(s, e) == '.') {
    size_t r = IdRun(s, e + 1);
    if (!ok(s.substr(e + 1, r))) break;
    e = e + 1 + r;
  }
  return e;
}

// Prerelease: strict `-ids`, loose `-?ids`. Returns the end (or `i`), sets the group start.
size_t MatchPre(std::string_view s, size_t i, bool loose, size_t* group) {
  auto ok = [loose](std::string_view id) { return PreIdOk(id, loose); };
  if (At(s, i) == '-') {
    size_t e = MatchIdList(s, i + 1, ok);
    if (e != i + 1) {
      *group = i + 1;
      return e;
    }
    if (!loose) return i;
  } else if (!loose) {
    return i;
  }
  size_t e = MatchIdList(s, i, ok);
  *group = i;
  return e;
}

// Build metadata `+ids`. Returns the end or `i`.
size_t MatchBuild(std::string_view s, size_t i) {
  if (At(s, i) != '+') return i;
  size_t e = MatchIdList(s, i + 1, BuildIdOk);
  return e == i + 1 ? i : e;
}

// kOutOfLimits: well-formed, but longer than 256 characters or a number above 2^53-1.
enum class VersionStatus { kOk, kBadFormat, kOutOfLimits };

bool IsWildcard(char c) { return c == 'x' || c == 'X' || c == '*'; }

// The patch number and what may follow it (prerelease, build), matched the way a backtracking
// regex would: in loose mode `1.2.34.5` can be patch `3` with prerelease `4.5` when the whole
// run cannot be followed by what the caller needs. `accept(end)` says what the caller needs.
struct Tail {
  size_t patch_end = 0;
  std::string_view pre, build;
  size_t end = 0;
};

template <typename Accept>
std::optional<Tail> MatchPatchTail(std::string_view s, size_t i, bool loose, bool wildcards,
                                   Accept&& accept) {
  std::vector<size_t> patch_ends;
  if (wildcards && IsWildcard(At(s, i))) {
    patch_ends.push_back(i + 1);
  } else if (!loose) {
    size_t e = MatchNumber(s, i, false);
    if (e != i) patch_ends.push_back(e);
  } else {
    for (size_t k = std::min(DigitRun(s, i), kMaxDigits); k >= 1; k--) patch_ends.push_back(i + k);
  }
  for (size_t pe : patch_ends) {
    Tail t;
    t.patch_end = pe;
    size_t group = 0;
    size_t pre_end = MatchPre(s, pe, loose, &group);
    // With the prerelease (when there is one), then without; each with and without build.
    for (int with_pre = pre_end != pe ? 1 : 0; with_pre >= 0; with_pre--) {
      size_t e = with_pre ? pre_end : pe;
      t.pre = with_pre ? s.substr(group, pre_end - group) : std::string_view();
      size_t be = MatchBuild(s, e);
      if (be != e && accept(be)) {
        t.build = s.substr(e + 1, be - e - 1);
        t.end = be;
        return t;
      }
      if (accept(e)) {
        t.build = {};
        t.end = e;
        return t;
      }
    }
  }
  return std::nullopt;
}

// `[v=\s]*`: what loose versions and x-ranges may start with.
size_t SkipVersionPrefix(std::string_view s, size_t i) {
  while (i < s.size()) {
    if (s[i] == 'v' || s[i] == '=') {
      i++;
    } else if (size_t n = WsLen(s, i)) {
      i += n;
    } else {
      break;
    }
  }
  return i;
}

// The full version grammar over all of `s` (no trimming). Fills `out` when given.
VersionStatus ParseVersionText(std::string_view s, bool loose, Version* out) {
  size_t i = 0;
  if (loose) {
    i = SkipVersionPrefix(s, 0);
  } else if (At(s, 0) == 'v') {
    i = 1;
  }
  std::string_view nums[3];
  for (int k = 0; k < 2; k++) {
    size_t e = MatchNumber(s, i, loose);
    if (e == i || At(s, e) != '.') return VersionStatus::kBadFormat;
    nums[k] = s.substr(i, e - i);
    i = e + 1;
  }
  auto tail = MatchPatchTail(s, i, loose, false, [&](size_t e) { return e == s.size(); });
  if (!tail) return VersionStatus::kBadFormat;
  nums[2] = s.substr(i, tail->patch_end - i);
  std::string_view pre = tail->pre, build = tail->build;
  Version v;
  if (!DigitsValue(nums[0], &v.major) || !DigitsValue(nums[1], &v.minor) ||
      !DigitsValue(nums[2], &v.patch)) {
    return VersionStatus::kOutOfLimits;
  }
  if (!out) return VersionStatus::kOk;
  auto split = [](std::string_view list, auto&& fn) {
    size_t b = 0;
    while (true) {
      size_t dot = list.find('.', b);
      fn(list.substr(b, dot == npos ? npos : dot - b));
      if (dot == npos) break;
      b = dot + 1;
    }
  };
  if (!pre.empty()) {
    split(pre, [&](std::string_view id) {
      PreId p;
      uint64_t n;
      if (DigitRun(id, 0) == id.size() && DigitsValue(id, &n) && n < kMaxSafe) {
        p.is_num = true;
        p.num = n;
        p.text = std::to_string(n);
      } else {
        p.text = std::string(id);
      }
      v.prerelease.push_back(std::move(p));
    });
  }
  if (!build.empty()) {
    split(build, [&](std::string_view id) { v.build.emplace_back(id); });
  }
  *out = std::move(v);
  return VersionStatus::kOk;
}

VersionStatus ParseVersion(std::string_view s, bool loose, Version* out) {
  if (JsLength(s) > kMaxLength) return VersionStatus::kOutOfLimits;
  return ParseVersionText(TrimJs(s), loose, out);
}

// ---- identifier comparison -------------------------------------------------------------------

struct IdView {
  bool is_num;  // a JS number (not a digit string)
  uint64_t num;
  std::string_view text;
};

bool AllDigits(std::string_view s) { return !s.empty() && DigitRun(s, 0) == s.size(); }
double AsDouble(const IdView& v) {
  if (v.is_num) return static_cast<double>(v.num);
  return std::strtod(std::string(v.text).c_str(), nullptr);
}

int CompareIds(const IdView& a, const IdView& b) {
  if (a.is_num && b.is_num) return a.num == b.num ? 0 : a.num < b.num ? -1 : 1;
  bool anum = a.is_num || AllDigits(a.text);
  bool bnum = b.is_num || AllDigits(b.text);
  if (anum && bnum) {
    double x = AsDouble(a), y = AsDouble(b);
    return x == y ? 0 : x < y ? -1 : 1;
  }
  if (a.is_num == b.is_num && a.text == b.text) return 0;
  if (anum && !bnum) return -1;
  if (bnum && !anum) return 1;
  return a.text < b.text ? -1 : 1;
}

IdView ViewOf(const PreId& p) { return {p.is_num, p.num, p.text}; }
IdView ViewOf(const std::string& s) { return {false, 0, s}; }

template <typename T>
int CompareLists(const std::vector<T>& a, const std::vector<T>& b) {
  for (size_t i = 0;; i++) {
    bool ha = i < a.size(), hb = i < b.size();
    if (!ha && !hb) return 0;
    if (!hb) return 1;
    if (!ha) return -1;
    if (a[i] == b[i]) continue;
    return CompareIds(ViewOf(a[i]), ViewOf(b[i]));
  }
}

int CompareMain(const Version& a, const Version& b) {
  if (a.major != b.major) return a.major < b.major ? -1 : 1;
  if (a.minor != b.minor) return a.minor < b.minor ? -1 : 1;
  if (a.patch != b.patch) return a.patch < b.patch ? -1 : 1;
  return 0;
}

int ComparePre(const Version& a, const Version& b) {
  if (!a.prerelease.empty() && b.prerelease.empty()) return -1;
  if (a.prerelease.empty() && !b.prerelease.empty()) return 1;
  return CompareLists(a.prerelease, b.prerelease);
}

// ---- range pipeline ------------------------------------------------------------------------------

bool IsX(std::string_view id) { return id.empty() || id == "x" || id == "X" || id == "*"; }

// `[v=\s]*` then `M(.m(.p pre? build?)?)?` with x/X/* wildcards.
struct XRange {
  size_t begin = 0, end = 0;  // whole match, prefix included
  std::string_view M, m, p, pr;
};

size_t MatchXId(std::string_view s, size_t i, bool loose) {
  if (IsWildcard(At(s, i))) return i + 1;
  return MatchNumber(s, i, loose);
}

// An x-range at `i` whose end satisfies `accept`, preferring the longest form.
template <typename Accept>
bool MatchXRange(std::string_view s, size_t i, bool loose, XRange* x, Accept&& accept) {
  *x = XRange{};
  x->begin = i;
  i = SkipVersionPrefix(s, i);
  size_t e = MatchXId(s, i, loose);
  if (e == i) return false;
  x->M = s.substr(i, e - i);
  if (At(s, e) == '.') {
    size_t e2 = MatchXId(s, e + 1, loose);
    if (e2 != e + 1) {
      if (At(s, e2) == '.') {
        if (auto t = MatchPatchTail(s, e2 + 1, loose, true, accept)) {
          x->m = s.substr(e + 1, e2 - e - 1);
          x->p = s.substr(e2 + 1, t->patch_end - e2 - 1);
          x->pr = t->pre;
          x->end = t->end;
          return true;
        }
      }
      if (accept(e2)) {
        x->m = s.substr(e + 1, e2 - e - 1);
        x->end = e2;
        return true;
      }
    }
  }
  x->end = e;
  return accept(e);
}

// The whole of `s` is one x-range starting at `i`.
bool MatchXRangeToEnd(std::string_view s, size_t i, bool loose, XRange* x) {
  return MatchXRange(s, i, loose, x, [&](size_t e) { return e == s.size(); });
}

std::string Cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (auto p : parts) out += p;
  return out;
}

// Global removal of `+build` (node-semver strips it before anything else).
std::string StripBuilds(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '+' && IsIdChar(At(s, i + 1))) {
      size_t e = i + 1 + IdRun(s, i + 1);
      while (At(s, e) == '.' && IsIdChar(At(s, e + 1))) e = e + 1 + IdRun(s, e + 1);
      i = e;
    } else {
      out += s[i++];
    }
  }
  return out;
}

// `A - B` over the whole part.
std::string ReplaceHyphen(const std::string& s, const Options& o) {
  XRange f, t;
  auto to_ok = [&](size_t e) { return e == s.size() || (e + 1 == s.size() && s[e] == ' '); };
  auto from_ok = [&](size_t e) {
    return At(s, e) == ' ' && At(s, e + 1) == '-' && At(s, e + 2) == ' ' &&
           MatchXRange(s, e + 3, o.loose, &t, to_ok);
  };
  if (!MatchXRange(s, 0, o.loose, &f, from_ok)) return s;
  std::string_view z = o.include_prerelease ? "-0" : "";
  std::string from, to;
  std::string_view ftext(s.data() + f.begin, f.end - f.begin);
  std::string_view ttext(s.data() + t.begin, t.end - t.begin);
  if (IsX(f.M)) {
  } else if (IsX(f.m)) {
    from = Cat({">=", f.M, ".0.0", z});
  } else if (IsX(f.p)) {
    from = Cat({">=", f.M, ".", f.m, ".0", z});
  } else if (!f.pr.empty()) {
    from = Cat({">=", ftext});
  } else {
    from = Cat({">=", ftext, z});
  }
  if (IsX(t.M)) {
  } else if (IsX(t.m)) {
    to = Cat({"<", JsIncrement(t.M), ".0.0-0"});
  } else if (IsX(t.p)) {
    to = Cat({"<", t.M, ".", JsIncrement(t.m), ".0-0"});
  } else if (!t.pr.empty()) {
    to = Cat({"<=", t.M, ".", t.m, ".", t.p, "-", t.pr});
  } else if (o.include_prerelease) {
    to = Cat({"<", t.M, ".", t.m, ".", JsIncrement(t.p), "-0"});
  } else {
    to = Cat({"<=", ttext});
  }
  std::string out = from + " " + to;
  return std::string(TrimJs(out));
}

// Where a version-looking token ends, for the operator-joining scan below.
size_t NumberEndCapped(std::string_view s, size_t i, bool loose) {
  size_t run = DigitRun(s, i);
  if (!run) return i;
  if (!loose && s[i] == '0') return i + 1;
  return i + std::min(run, loose ? kMaxDigits : kMaxDigits + 1);
}

size_t PreIdEndCapped(std::string_view s, size_t i, bool loose) {
  size_t d = i + std::min(DigitRun(s, i), kMaxDigits);
  char c = At(s, d);
  if (IsAlpha(c) || c == '-') {
    size_t e = d + 1, limit = e + kMaxIdTail;
    while (e < limit && IsIdChar(At(s, e))) e++;
    return e;
  }
  return NumberEndCapped(s, i, loose);
}

size_t PreEndCapped(std::string_view s, size_t i, bool loose) {
  bool hyphen = At(s, i) == '-';
  if (!loose && !hyphen) return i;
  size_t start = i + (hyphen ? 1 : 0);
  size_t e = PreIdEndCapped(s, start, loose);
  if (e == start) {
    if (!loose || !hyphen) return i;
    e = PreIdEndCapped(s, i, loose);
  }
  while (At(s, e) == '.') {
    size_t n = PreIdEndCapped(s, e + 1, loose);
    if (n == e + 1) break;
    e = n;
  }
  return e;
}

size_t BuildEndCapped(std::string_view s, size_t i) {
  if (At(s, i) != '+') return i;
  auto id_end = [&](size_t b) {
    size_t e = b;
    while (e - b < kMaxIdTail && IsIdChar(At(s, e))) e++;
    return e;
  };
  size_t e = id_end(i + 1);
  if (e == i + 1) return i;
  while (At(s, e) == '.') {
    size_t n = id_end(e + 1);
    if (n == e + 1) break;
    e = n;
  }
  return e;
}

bool IsVersionStart(char c) { return IsDigit(c) || c == 'x' || c == 'X' || c == '*'; }

size_t VersionTokenEnd(std::string_view s, size_t i) {
  // A loose full version first...
  size_t e = i;
  bool full = true;
  for (int k = 0; k < 3 && full; k++) {
    size_t n = NumberEndCapped(s, e, true);
    if (n == e) {
      full = false;
      break;
    }
    e = n;
    if (k < 2) {
      if (At(s, e) != '.') {
        full = false;
        break;
      }
      e++;
    }
  }
  if (full) return BuildEndCapped(s, PreEndCapped(s, e, true));
  // ...else a partial or wildcard version.
  auto comp_end = [&](size_t b) {
    if (IsDigit(At(s, b))) return NumberEndCapped(s, b, false);
    return IsVersionStart(At(s, b)) ? b + 1 : b;
  };
  e = comp_end(i);
  for (int k = 0; k < 2; k++) {
    if (At(s, e) != '.') return e;
    size_t n = comp_end(e + 1);
    if (n == e + 1) return e;
    e = n;
  }
  return BuildEndCapped(s, PreEndCapped(s, e, false));
}

bool IsPrefixChar(std::string_view s, size_t i, size_t* len) {
  char c = At(s, i);
  if (c == 'v' || c == '=') {
    *len = 1;
    return true;
  }
  *len = WsLen(s, i);
  return *len != 0;
}

// `> 1.2.3` -> `>1.2.3`: drop one whitespace between an operator and the version it governs.
std::string JoinOperators(std::string_view s) {
  std::string out;
  size_t copied = 0, cur = 0, len = 0;
  while (cur < s.size()) {
    size_t start = cur;
    if (s[cur] == '<' || s[cur] == '>') {
      cur++;
    } else if (!IsPrefixChar(s, cur, &len) && !IsVersionStart(s[cur])) {
      cur++;
      continue;
    }
    while (cur < s.size() && IsPrefixChar(s, cur, &len)) cur += len;
    if (!IsVersionStart(At(s, cur))) continue;
    size_t p = start;
    p += WsLen(s, p);
    if (At(s, p) == '<' || At(s, p) == '>') p++;
    if (At(s, p) == '=') p++;
    if (size_t w = WsLen(s, p)) {
      out.append(s.substr(copied, p - copied));
      copied = p + w;
    }
    cur = VersionTokenEnd(s, cur);
  }
  out.append(s.substr(copied));
  return out;
}

// `~ 1.2` -> `~1.2`, `~> 1.2` -> `~1.2`; `^ 1.2` -> `^1.2`.
std::string JoinLoneOperator(std::string_view s, char op) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == op) {
      size_t j = i + 1;
      if (op == '~' && At(s, j) == '>') j++;
      if (size_t w = WsLen(s, j)) {
        out += op;
        i = j + w;
        continue;
      }
    }
    out += s[i++];
  }
  return out;
}

std::string ReplaceCaret(const std::string& c, const Options& o) {
  XRange x;
  if (At(c, 0) != '^' || !MatchXRangeToEnd(c, 1, o.loose, &x)) return c;
  std::string_view z = o.include_prerelease ? "-0" : "";
  const auto &M = x.M, &m = x.m, &p = x.p;
  if (IsX(M)) return "";
  if (IsX(m)) return Cat({">=", M, ".0.0", z, " <", JsIncrement(M), ".0.0-0"});
  if (IsX(p)) {
    if (M == "0") return Cat({">=", M, ".", m, ".0", z, " <", M, ".", JsIncrement(m), ".0-0"});
    return Cat({">=", M, ".", m, ".0", z, " <", JsIncrement(M), ".0.0-0"});
  }
  std::string low = x.pr.empty() ? Cat({">=", M, ".", m, ".", p})
                                 : Cat({">=", M, ".", m, ".", p, "-", x.pr});
  if (M == "0") {
    if (m == "0") return Cat({low, " <", M, ".", m, ".", JsIncrement(p), "-0"});
    return Cat({low, " <", M, ".", JsIncrement(m), ".0-0"});
  }
  return Cat({low, " <", JsIncrement(M), ".0.0-0"});
}

std::string ReplaceTilde(const std::string& c, const Options& o) {
  XRange x;
  if (At(c, 0) != '~') return c;
  size_t i = At(c, 1) == '>' ? 2 : 1;
  if (!MatchXRangeToEnd(c, i, o.loose, &x)) return c;
  std::string_view z = o.include_prerelease ? "-0" : "";
  const auto &M = x.M, &m = x.m, &p = x.p;
  if (IsX(M)) return "";
  if (IsX(m)) return Cat({">=", M, ".0.0", z, " <", JsIncrement(M), ".0.0-0"});
  if (IsX(p)) return Cat({">=", M, ".", m, ".0", z, " <", M, ".", JsIncrement(m), ".0-0"});
  if (!x.pr.empty()) {
    return Cat({">=", M, ".", m, ".", p, "-", x.pr, " <", M, ".", JsIncrement(m), ".0-0"});
  }
  return Cat({">=", M, ".", m, ".", p, " <", M, ".", JsIncrement(m), ".0-0"});
}

size_t MatchGtLt(std::string_view s, size_t i) {
  if (At(s, i) == '<' || At(s, i) == '>') i++;
  if (At(s, i) == '=') i++;
  return i;
}

std::string ReplaceXRange(std::string_view raw, const Options& o) {
  std::string c(TrimJs(raw));
  size_t g = MatchGtLt(c, 0);
  std::string gtlt = c.substr(0, g);
  size_t i = g + WsLen(c, g);
  XRange x;
  if (!MatchXRangeToEnd(c, i, o.loose, &x)) {
    // `\s?` is optional: the whitespace may belong to the version prefix instead.
    if (i == g || !MatchXRangeToEnd(c, g, o.loose, &x)) return c;
  }
  std::string M(x.M), m(x.m), p(x.p);
  bool have_p = !x.p.empty();
  if ((IsX(M) && !IsX(m)) || (IsX(m) && have_p && !IsX(p))) return c;
  bool xM = IsX(M), xm = xM || IsX(m), xp = xm || IsX(p);
  if (gtlt == "=" && xp) gtlt.clear();
  std::string pr = o.include_prerelease ? "-0" : "";
  if (xM) return (gtlt == ">" || gtlt == "<") ? "<0.0.0-0" : "*";
  if (!gtlt.empty() && xp) {
    if (xm) m = "0";
    p = "0";
    if (gtlt == ">") {
      gtlt = ">=";
      if (xm) {
        M = JsIncrement(M);
        m = "0";
      } else {
        m = JsIncrement(m);
      }
      p = "0";
    } else if (gtlt == "<=") {
      gtlt = "<";
      if (xm) {
        M = JsIncrement(M);
      } else {
        m = JsIncrement(m);
      }
    }
    if (gtlt == "<") pr = "-0";
    return Cat({gtlt, M, ".", m, ".", p, pr});
  }
  if (xm) return Cat({">=", M, ".0.0", pr, " <", JsIncrement(M), ".0.0-0"});
  if (xp) return Cat({">=", M, ".", m, ".0", pr, " <", M, ".", JsIncrement(m), ".0-0"});
  return c;
}

// Remove the first `(<|>)?=?\s?\*`.
std::string ReplaceStar(std::string_view raw) {
  std::string c(TrimJs(raw));
  for (size_t i = 0; i < c.size(); i++) {
    size_t j = i;
    if (c[j] == '<' || c[j] == '>') j++;
    if (At(c, j) == '=') j++;
    j += WsLen(c, j);
    if (At(c, j) == '*') return c.substr(0, i) + c.substr(j + 1);
    // Optional pieces that matched but led nowhere: try without them.
    for (int mask = 1; mask < 8; mask++) {
      size_t k = i;
      if (!(mask & 1) && (c[k] == '<' || c[k] == '>')) k++;
      if (!(mask & 2) && At(c, k) == '=') k++;
      if (!(mask & 4)) k += WsLen(c, k);
      if (At(c, k) == '*') return c.substr(0, i) + c.substr(k + 1);
    }
  }
  return c;
}

std::string JoinSpaced(const std::vector<std::string>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); i++) {
    if (i) out += ' ';
    out += v[i];
  }
  return out;
}

// Each whitespace-separated token through `fn`, rejoined with single spaces.
template <typename Fn>
std::string MapTokens(std::string_view s, Fn fn) {
  std::vector<std::string> toks = SplitWs(s);
  for (auto& t : toks) t = fn(t);
  return JoinSpaced(toks);
}

std::string DesugarComparator(const std::string& comp, const Options& o) {
  std::string c = MapTokens(TrimJs(comp), [&](const std::string& t) { return ReplaceCaret(t, o); });
  c = MapTokens(TrimJs(c), [&](const std::string& t) { return ReplaceTilde(t, o); });
  c = MapTokens(c, [&](const std::string& t) { return ReplaceXRange(t, o); });
  return ReplaceStar(c);
}

// A primitive comparator `op version`. `format_only` answers the loose filter's question.
enum class CompStatus { kOk, kBadFormat, kInvalid };

CompStatus ParseComparator(std::string_view c, bool loose, Comparator* out) {
  if (c.empty()) {
    if (out) *out = Comparator{};
    return CompStatus::kOk;
  }
  size_t g = MatchGtLt(c, 0);
  std::string_view op = c.substr(0, g);
  std::string_view rest = c.substr(g);
  if (ParseVersionText(rest, loose, nullptr) == VersionStatus::kBadFormat) {
    size_t w = WsLen(c, g);
    if (!w) return CompStatus::kBadFormat;
    rest = c.substr(g + w);
    if (ParseVersionText(rest, loose, nullptr) == VersionStatus::kBadFormat) {
      return CompStatus::kBadFormat;
    }
  }
  Version v;
  if (ParseVersion(rest, loose, &v) != VersionStatus::kOk) return CompStatus::kInvalid;
  if (out) {
    Comparator r;
    r.op = op.empty() || op == "=" ? Op::kEq
           : op == "<"             ? Op::kLt
           : op == "<="            ? Op::kLe
           : op == ">"             ? Op::kGt
                                   : Op::kGe;
    r.value = std::string(op == "=" ? "" : op) + v.ToString();
    r.version = std::move(v);
    *out = std::move(r);
  }
  return CompStatus::kOk;
}

bool IsNullSet(const Comparator& c) { return c.value == "<0.0.0-0"; }

// One `||` part -> its comparators; nullopt when the range is invalid; empty when dropped.
std::optional<std::vector<Comparator>> ParsePart(std::string_view part, const Options& o) {
  std::string s = StripBuilds(part);
  s = ReplaceHyphen(s, o);
  s = JoinOperators(s);
  s = JoinLoneOperator(s, '~');
  s = JoinLoneOperator(s, '^');
  std::vector<std::string> desugared;
  size_t b = 0;
  while (true) {
    size_t sp = s.find(' ', b);
    desugared.push_back(DesugarComparator(s.substr(b, sp == npos ? npos : sp - b), o));
    if (sp == npos) break;
    b = sp + 1;
  }
  std::vector<std::string> comps = SplitWs(JoinSpaced(desugared));
  std::string_view gte0 = o.include_prerelease ? ">=0.0.0-0" : ">=0.0.0";
  std::vector<Comparator> parsed;
  for (auto& raw : comps) {
    std::string_view c = TrimJs(raw);
    if (c == gte0) c = {};
    Comparator cmp;
    CompStatus st = ParseComparator(c, o.loose, &cmp);
    if (st == CompStatus::kBadFormat && o.loose) continue;
    if (st != CompStatus::kOk) return std::nullopt;
    parsed.push_back(std::move(cmp));
  }
  std::vector<Comparator> result;
  std::map<std::string, size_t> index;
  for (auto& cmp : parsed) {
    if (IsNullSet(cmp)) return std::vector<Comparator>{std::move(cmp)};
    auto it = index.find(cmp.value);
    if (it != index.end()) {
      result[it->second] = std::move(cmp);
    } else {
      index.emplace(cmp.value, result.size());
      result.push_back(std::move(cmp));
    }
  }
  if (result.size() > 1) {
    auto it = index.find("");
    if (it != index.end()) result.erase(result.begin() + it->second);
  }
  return result;
}

bool IsAnyComparator(const Comparator& c) { return c.op == Op::kAny; }

bool TestSet(const std::vector<Comparator>& set, const Version& v, bool include_prerelease) {
  for (const auto& c : set) {
    if (!c.Test(v)) return false;
  }
  if (v.prerelease.empty() || include_prerelease) return true;
  for (const auto& c : set) {
    if (c.op == Op::kAny || c.version.prerelease.empty()) continue;
    if (c.version.major == v.major && c.version.minor == v.minor && c.version.patch == v.patch) {
      return true;
    }
  }
  return false;
}

}  // namespace

// ---- Version -------------------------------------------------------------------------------------

std::string Version::ToString() const {
  std::string s = std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
  for (size_t i = 0; i < prerelease.size(); i++) {
    s += i ? '.' : '-';
    s += prerelease[i].text;
  }
  return s;
}

std::string Version::ToStringWithBuild() const {
  std::string s = ToString();
  for (size_t i = 0; i < build.size(); i++) {
    s += i ? '.' : '+';
    s += build[i];
  }
  return s;
}

std::optional<Version> Parse(std::string_view s, bool loose) {
  Version v;
  if (ParseVersion(s, loose, &v) != VersionStatus::kOk) return std::nullopt;
  return v;
}

std::optional<std::string> Valid(std::string_view s, bool loose) {
  auto v = Parse(s, loose);
  if (!v) return std::nullopt;
  return v->ToString();
}

std::optional<std::string> Clean(std::string_view s, bool loose) {
  s = TrimJs(s);
  while (!s.empty() && (s[0] == '=' || s[0] == 'v')) s.remove_prefix(1);
  return Valid(s, loose);
}

int Compare(const Version& a, const Version& b) {
  // Equal printed forms compare equal before anything else.
  if (a.major == b.major && a.minor == b.minor && a.patch == b.patch &&
      a.prerelease.size() == b.prerelease.size() &&
      std::equal(a.prerelease.begin(), a.prerelease.end(), b.prerelease.begin(),
                 [](const PreId& x, const PreId& y) { return x.text == y.text; })) {
    return 0;
  }
  int r = CompareMain(a, b);
  return r ? r : ComparePre(a, b);
}

int CompareBuild(const Version& a, const Version& b) {
  int r = Compare(a, b);
  return r ? r : CompareLists(a.build, b.build);
}

std::optional<int> Compare(std::string_view a, std::string_view b, bool loose) {
  auto x = Parse(a, loose), y = Parse(b, loose);
  if (!x || !y) return std::nullopt;
  return Compare(*x, *y);
}

std::optional<int> CompareBuild(std::string_view a, std::string_view b, bool loose) {
  auto x = Parse(a, loose), y = Parse(b, loose);
  if (!x || !y) return std::nullopt;
  return CompareBuild(*x, *y);
}

std::optional<int> RCompare(std::string_view a, std::string_view b, bool loose) {
  return Compare(b, a, loose);
}

void Sort(std::vector<std::string>& versions, bool loose) {
  std::vector<std::pair<std::optional<Version>, std::string>> items;
  for (auto& s : versions) items.emplace_back(Parse(s, loose), std::move(s));
  std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
    if (!a.first || !b.first) return a.first.has_value() && !b.first.has_value();
    return CompareBuild(*a.first, *b.first) < 0;
  });
  versions.clear();
  for (auto& it : items) versions.push_back(std::move(it.second));
}

// ---- inc -----------------------------------------------------------------------------------------

namespace {

// node-semver checks `-identifier` against its prerelease pattern (greedy, unanchored).
bool PrereleaseIdentifierOk(std::string_view id, bool loose) {
  auto id_end = [&](size_t i) -> size_t {
    size_t d = DigitRun(id, i);
    char c = At(id, i + d);
    if (d <= kMaxDigits && (IsAlpha(c) || c == '-')) {
      return i + d + 1 + std::min(IdRun(id, i + d + 1), kMaxIdTail);
    }
    return MatchNumber(id, i, loose);
  };
  size_t e = id_end(0);
  if (e == 0) return false;
  while (At(id, e) == '.') {
    size_t n = id_end(e + 1);
    if (n == e + 1) break;
    e = n;
  }
  return e == id.size();
}

bool JsNumberTruthy(std::string_view s) {
  std::string t(TrimJs(s));
  if (t.empty()) return false;
  char* end = nullptr;
  double d = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size()) {
    // Number() also reads 0x/0o/0b literals.
    if (t.size() > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X' || t[1] == 'o' ||
                                        t[1] == 'O' || t[1] == 'b' || t[1] == 'B')) {
      int base = (t[1] | 0x20) == 'x' ? 16 : (t[1] | 0x20) == 'o' ? 8 : 2;
      unsigned long long v = std::strtoull(t.c_str() + 2, &end, base);
      return end == t.c_str() + t.size() && v != 0;
    }
    return false;
  }
  if (t.find_first_of("nN") != std::string::npos) return false;  // nan/inf spellings
  return d != 0 && !std::isnan(d);
}

bool IncStep(Version& v, std::string_view release, const IncOptions& o);

bool IncPre(Version& v, const IncOptions& o) {
  int base = o.no_base ? 0 : (JsNumberTruthy(o.identifier_base) ? 1 : 0);
  auto base_id = [&] {
    PreId p;
    p.is_num = true;
    p.num = base;
    p.text = std::to_string(base);
    return p;
  };
  if (v.prerelease.empty()) {
    v.prerelease = {base_id()};
  } else {
    bool bumped = false;
    for (size_t i = v.prerelease.size(); i-- > 0;) {
      if (v.prerelease[i].is_num) {
        v.prerelease[i].num++;
        v.prerelease[i].text = std::to_string(v.prerelease[i].num);
        bumped = true;
        break;
      }
    }
    if (!bumped) {
      std::string joined;
      for (size_t i = 0; i < v.prerelease.size(); i++) {
        if (i) joined += '.';
        joined += v.prerelease[i].text;
      }
      if (joined == o.identifier && o.no_base) return false;
      v.prerelease.push_back(base_id());
    }
  }
  if (!o.identifier.empty()) {
    std::vector<PreId> fresh;
    PreId head;
    head.text = o.identifier;
    fresh.push_back(head);
    if (!o.no_base) fresh.push_back(base_id());
    std::vector<std::string_view> ids;
    std::string_view rest = o.identifier;
    while (true) {
      size_t dot = rest.find('.');
      ids.push_back(rest.substr(0, dot));
      if (dot == npos) break;
      rest.remove_prefix(dot + 1);
    }
    bool is_prefix = ids.size() <= v.prerelease.size();
    for (size_t i = 0; is_prefix && i < ids.size(); i++) {
      if (CompareIds(ViewOf(v.prerelease[i]), IdView{false, 0, ids[i]}) != 0) is_prefix = false;
    }
    if (is_prefix) {
      // Keep the current numbering only when a number follows the identifier.
      bool nan = true;
      if (ids.size() < v.prerelease.size()) {
        const PreId& next = v.prerelease[ids.size()];
        nan = !(next.is_num || AllDigits(next.text));
      }
      if (nan) v.prerelease = std::move(fresh);
    } else {
      v.prerelease = std::move(fresh);
    }
  }
  return true;
}

bool IncStep(Version& v, std::string_view release, const IncOptions& o) {
  if (release.substr(0, 3) == "pre") {
    if (o.identifier.empty() && o.no_base) return false;
    if (!o.identifier.empty() && !PrereleaseIdentifierOk(o.identifier, o.loose)) return false;
  }
  if (release == "premajor") {
    v.prerelease.clear();
    v.patch = 0;
    v.minor = 0;
    v.major++;
    return IncStep(v, "pre", o);
  }
  if (release == "preminor") {
    v.prerelease.clear();
    v.patch = 0;
    v.minor++;
    return IncStep(v, "pre", o);
  }
  if (release == "prepatch") {
    v.prerelease.clear();
    return IncStep(v, "patch", o) && IncStep(v, "pre", o);
  }
  if (release == "prerelease") {
    if (v.prerelease.empty() && !IncStep(v, "patch", o)) return false;
    return IncStep(v, "pre", o);
  }
  if (release == "release") {
    if (v.prerelease.empty()) return false;
    v.prerelease.clear();
    return true;
  }
  if (release == "major") {
    if (v.minor != 0 || v.patch != 0 || v.prerelease.empty()) v.major++;
    v.minor = 0;
    v.patch = 0;
    v.prerelease.clear();
    return true;
  }
  if (release == "minor") {
    if (v.patch != 0 || v.prerelease.empty()) v.minor++;
    v.patch = 0;
    v.prerelease.clear();
    return true;
  }
  if (release == "patch") {
    if (v.prerelease.empty()) v.patch++;
    v.prerelease.clear();
    return true;
  }
  if (release == "pre") return IncPre(v, o);
  return false;
}

}  // namespace

std::optional<std::string> Inc(std::string_view version, std::string_view release,
                               const IncOptions& opts) {
  auto v = Parse(version, opts.loose);
  if (!v) return std::nullopt;
  if (!IncStep(*v, release, opts)) return std::nullopt;
  return v->ToString();
}

// ---- coerce --------------------------------------------------------------------------------------

namespace {

struct CoerceMatch {
  size_t index = 0, g1 = 0, end = 0;
  std::string_view major, minor, patch, pre, build;
};

size_t RunCapped(std::string_view s, size_t i, size_t cap, bool (*in)(char)) {
  size_t e = i, limit = std::min(s.size(), i + cap + 1);
  while (e < limit && in(s[e])) e++;
  return e - i;
}

// The tail of a coerce match, `(?:-PRE)?(?:\+BUILD)?(?:$|[^\d])`, decided the way the
// backtracking regex decides it. Each `ID(\.ID)*` list is solved right to left over its
// run of identifier characters and dots, memoised per position and shared by every start
// position of one Coerce call, so long inputs stay linear and no recursion is needed.
class CoerceTailMatcher {
 public:
  explicit CoerceTailMatcher(std::string_view s)
      : s_(s), pre_(s.size() + 2, kUnknown), build_(s.size() + 2, kUnknown) {}

  bool FinalOk(size_t e) const { return e >= s_.size() || !IsDigit(s_[e]); }

  // After a prerelease ended at `e`: an optional build, then the final character.
  bool AfterPreOk(size_t e) { return (At(s_, e) == '+' && List(e + 1, true) >= 0) || FinalOk(e); }

  // Where the list starting at `i` ends on the regex's preferred path, or -1.
  int64_t List(size_t i, bool build) {
    std::vector<int64_t>& memo = build ? build_ : pre_;
    if (i > s_.size()) return kFail;
    if (memo[i] != kUnknown) return memo[i];
    size_t region = i;
    while (region < s_.size() && (IsIdChar(s_[region]) || s_[region] == '.')) region++;
    for (size_t pos = region + 1; pos-- > i;) {
      if (memo[pos] == kUnknown) memo[pos] = Solve(pos, build);
    }
    return memo[i];
  }

 private:
  static constexpr int64_t kUnknown = -2, kFail = -1;

  // One identifier ending at `e`: go on after a dot if possible, else finish here.
  bool Try(size_t e, bool build, int64_t* out) {
    std::vector<int64_t>& memo = build ? build_ : pre_;
    if (At(s_, e) == '.' && e + 1 <= s_.size() && memo[e + 1] >= 0) {
      *out = memo[e + 1];
      return true;
    }
    if (build ? FinalOk(e) : AfterPreOk(e)) {
      *out = static_cast<int64_t>(e);
      return true;
    }
    return false;
  }

  int64_t Solve(size_t pos, bool build) {
    int64_t out;
    if (build) {
      size_t run = RunCapped(s_, pos, kMaxIdTail, IsIdChar);
      for (size_t k = std::min(run, kMaxIdTail); k >= 1; k--) {
        if (Try(pos + k, true, &out)) return out;
      }
      return kFail;
    }
    size_t d = RunCapped(s_, pos, kMaxDigits, IsDigit);
    char c = At(s_, pos + d);
    if (d <= kMaxDigits && (IsAlpha(c) || c == '-')) {
      size_t tail = std::min(RunCapped(s_, pos + d + 1, kMaxIdTail, IsIdChar), kMaxIdTail);
      for (size_t k = tail + 1; k >= 1; k--) {
        if (Try(pos + d + k, false, &out)) return out;
      }
    }
    if (d && s_[pos] == '0') {
      if (Try(pos + 1, false, &out)) return out;
    } else if (d) {
      for (size_t k = std::min(d, kMaxDigits + 1); k >= 1; k--) {
        if (Try(pos + k, false, &out)) return out;
      }
    }
    return kFail;
  }

  std::string_view s_;
  std::vector<int64_t> pre_, build_;
};

bool CoerceTail(std::string_view s, size_t i, bool full, CoerceTailMatcher& tm, CoerceMatch* m) {
  if (!full) {
    if (!tm.FinalOk(i)) return false;
    m->end = i + CharLen(s, i);
    return true;
  }
  // Fills build and end for a prerelease (or nothing) that ended at `e`.
  auto finish = [&](size_t e) {
    int64_t b = At(s, e) == '+' ? tm.List(e + 1, true) : -1;
    if (b >= 0) {
      m->build = s.substr(e + 1, b - e - 1);
      m->end = b + CharLen(s, b);
    } else {
      m->build = {};
      m->end = e + CharLen(s, e);
    }
  };
  if (At(s, i) == '-') {
    int64_t p = tm.List(i + 1, false);
    if (p >= 0) {
      m->pre = s.substr(i + 1, p - i - 1);
      finish(p);
      return true;
    }
  }
  if (!tm.AfterPreOk(i)) return false;
  finish(i);
  return true;
}

// The first coercible match starting at or after `from`.
std::optional<CoerceMatch> CoerceExec(std::string_view s, size_t from, bool full,
                                      CoerceTailMatcher& tm) {
  for (size_t st = from; st <= s.size(); st++) {
    for (int alt = 0; alt < 2; alt++) {
      size_t ds;
      if (alt == 0) {
        if (st != 0) continue;
        ds = 0;
      } else {
        if (st >= s.size() || IsDigit(s[st])) continue;
        ds = st + CharLen(s, st);
      }
      size_t run = DigitRun(s, ds);
      if (run == 0 || run > kMaxCoerceDigits) continue;
      CoerceMatch m;
      m.index = st;
      m.g1 = ds - st;
      m.major = s.substr(ds, run);
      size_t e = ds + run;
      size_t e_major = e;
      // Optional .minor and .patch (whole runs of at most 16 digits; see header comment).
      size_t r2 = At(s, e) == '.' ? DigitRun(s, e + 1) : 0;
      if (r2 >= 1 && r2 <= kMaxCoerceDigits) {
        m.minor = s.substr(e + 1, r2);
        e = e + 1 + r2;
        size_t r3 = At(s, e) == '.' ? DigitRun(s, e + 1) : 0;
        if (r3 >= 1 && r3 <= kMaxCoerceDigits) {
          CoerceMatch with_patch = m;
          with_patch.patch = s.substr(e + 1, r3);
          if (CoerceTail(s, e + 1 + r3, full, tm, &with_patch)) return with_patch;
        }
        if (CoerceTail(s, e, full, tm, &m)) return m;
        m.minor = {};
      }
      e = e_major;
      if (CoerceTail(s, e, full, tm, &m)) return m;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> Coerce(std::string_view s, bool include_prerelease, bool rtl,
                                  bool loose) {
  std::optional<CoerceMatch> match;
  CoerceTailMatcher tm(s);
  if (!rtl) {
    match = CoerceExec(s, 0, include_prerelease, tm);
  } else {
    size_t last = 0;
    while (last <= s.size()) {
      auto next = CoerceExec(s, last, include_prerelease, tm);
      if (!next) break;
      if (match && match->end == s.size()) break;
      if (!match || next->end != match->end) match = next;
      last = next->index + next->g1 + next->major.size();
    }
  }
  if (!match) return std::nullopt;
  std::string v = Cat({match->major, ".", match->minor.empty() ? "0" : match->minor, ".",
                       match->patch.empty() ? "0" : match->patch});
  if (include_prerelease && !match->pre.empty()) v += Cat({"-", match->pre});
  if (include_prerelease && !match->build.empty()) v += Cat({"+", match->build});
  return Valid(v, loose);
}

// ---- Comparator / Range --------------------------------------------------------------------------

bool Comparator::Test(const Version& v) const {
  if (op == Op::kAny) return true;
  int c = Compare(v, version);
  switch (op) {
    case Op::kEq: return c == 0;
    case Op::kLt: return c < 0;
    case Op::kLe: return c <= 0;
    case Op::kGt: return c > 0;
    case Op::kGe: return c >= 0;
    case Op::kAny: return true;
  }
  return false;
}

namespace {
bool IsGreaterOp(Op op) { return op == Op::kGt || op == Op::kGe; }
bool IsLessOp(Op op) { return op == Op::kLt || op == Op::kLe; }
bool IsInclusiveOp(Op op) { return op == Op::kGe || op == Op::kLe; }
bool RangeTestsValue(std::string_view range, std::string_view version, Options opts) {
  auto r = Range::Parse(range, opts);
  return r && r->Test(version);
}
}  // namespace

bool Comparator::Intersects(const Comparator& other, Options opts) const {
  if (op == Op::kAny || op == Op::kEq) {
    return op == Op::kAny || RangeTestsValue(other.value, value, opts);
  }
  if (other.op == Op::kAny || other.op == Op::kEq) {
    if (other.op == Op::kAny) return true;
    auto r = Range::Parse(value, opts);
    return r && r->Test(other.version);
  }
  auto starts_null = [&](const std::string& v) {
    return opts.include_prerelease ? v == "<0.0.0-0" : v.rfind("<0.0.0", 0) == 0;
  };
  if (starts_null(value) || starts_null(other.value)) return false;
  if (IsGreaterOp(op) && IsGreaterOp(other.op)) return true;
  if (IsLessOp(op) && IsLessOp(other.op)) return true;
  if (version.ToString() == other.version.ToString() && IsInclusiveOp(op) &&
      IsInclusiveOp(other.op)) {
    return true;
  }
  int c = Compare(version, other.version);
  if (c < 0 && IsGreaterOp(op) && IsLessOp(other.op)) return true;
  if (c > 0 && IsLessOp(op) && IsGreaterOp(other.op)) return true;
  return false;
}

namespace {
// Whether every pair of comparators in the set intersects (node-semver's pairwise check).
bool IsSatisfiable(const std::vector<Comparator>& set, Options opts) {
  for (size_t last = set.size(); last-- > 1;) {
    for (size_t k = 0; k < last; k++) {
      if (!set[last].Intersects(set[k], opts)) return false;
    }
  }
  return true;
}
}  // namespace

bool Range::Intersects(const Range& other, Options opts) const {
  for (const auto& mine : sets_) {
    if (!IsSatisfiable(mine, opts)) continue;
    for (const auto& theirs : other.sets_) {
      if (!IsSatisfiable(theirs, opts)) continue;
      bool all = true;
      for (const auto& a : mine) {
        for (const auto& b : theirs) {
          if (!a.Intersects(b, opts)) {
            all = false;
            break;
          }
        }
        if (!all) break;
      }
      if (all) return true;
    }
  }
  return false;
}

std::optional<bool> Intersects(std::string_view r1, std::string_view r2, Options opts) {
  auto a = Range::Parse(r1, opts), b = Range::Parse(r2, opts);
  if (!a || !b) return std::nullopt;
  return a->Intersects(*b, opts);
}

std::optional<Range> Range::Parse(std::string_view s, Options opts) {
  Range r;
  r.opts_ = opts;
  std::string raw = CollapseWs(TrimJs(s));
  size_t b = 0;
  while (true) {
    size_t bar = raw.find("||", b);
    std::string_view part = std::string_view(raw).substr(b, bar == npos ? npos : bar - b);
    auto set = ParsePart(TrimJs(part), opts);
    if (!set) return std::nullopt;
    if (!set->empty()) r.sets_.push_back(std::move(*set));
    if (bar == npos) break;
    b = bar + 2;
  }
  if (r.sets_.empty()) return std::nullopt;
  if (r.sets_.size() > 1) {
    std::vector<std::vector<Comparator>> kept;
    for (auto& set : r.sets_) {
      if (!IsNullSet(set[0])) kept.push_back(set);
    }
    if (kept.empty()) {
      kept.push_back(r.sets_[0]);
    } else if (kept.size() > 1) {
      for (auto& set : kept) {
        if (set.size() == 1 && IsAnyComparator(set[0])) {
          kept = {set};
          break;
        }
      }
    }
    r.sets_ = std::move(kept);
  }
  return r;
}

bool Range::Test(const Version& v) const {
  for (const auto& set : sets_) {
    if (TestSet(set, v, opts_.include_prerelease)) return true;
  }
  return false;
}

bool Range::Test(std::string_view version) const {
  auto v = semver::Parse(version, opts_.loose);
  return v && Test(*v);
}

std::string Range::ToString() const {
  std::string out;
  for (size_t i = 0; i < sets_.size(); i++) {
    if (i) out += "||";
    for (size_t k = 0; k < sets_[i].size(); k++) {
      if (k) out += ' ';
      out += sets_[i][k].value;
    }
  }
  return out;
}

namespace {
// The installer asks about the same few hundred ranges thousands of times (every edge of the
// tree, once to resolve and again to check the lockfile): each thread keeps the parsed ranges it
// has seen (Range::Parse is a pure function of its arguments), up to a bound.
const std::optional<Range>& ParsedRange(std::string_view s, Options opts) {
  thread_local std::unordered_map<std::string, std::optional<Range>> cache;
  std::string key;
  key.reserve(s.size() + 2);
  key.push_back(opts.loose ? 'l' : '-');
  key.push_back(opts.include_prerelease ? 'p' : '-');
  key.append(s);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  if (cache.size() >= 8192) cache.clear();
  return cache.emplace(std::move(key), Range::Parse(s, opts)).first->second;
}
}  // namespace

bool Satisfies(std::string_view version, std::string_view range, Options opts) {
  const auto& r = ParsedRange(range, opts);
  return r && r->Test(version);
}

bool Satisfies(const Version& version, const Range& range) { return range.Test(version); }

// ---- subset --------------------------------------------------------------------------------------

namespace {

bool IsGt(Op op) { return op == Op::kGt || op == Op::kGe; }
bool IsLt(Op op) { return op == Op::kLt || op == Op::kLe; }

// The stricter of two lower (upper) bounds; on a tie the exclusive one.
const Comparator* HigherGt(const Comparator* a, const Comparator* b) {
  if (!a) return b;
  int c = Compare(a->version, b->version);
  return c > 0 ? a : c < 0 ? b : (b->op == Op::kGt && a->op == Op::kGe) ? b : a;
}
const Comparator* LowerLt(const Comparator* a, const Comparator* b) {
  if (!a) return b;
  int c = Compare(a->version, b->version);
  return c < 0 ? a : c > 0 ? b : (b->op == Op::kLt && a->op == Op::kLe) ? b : a;
}

// satisfies(v, String(c), options): the comparator read back as a range (prerelease rule included).
bool SatisfiesComparator(const Version& v, const Comparator& c, Options opts) {
  auto r = Range::Parse(c.value, opts);
  return r && r->Test(v);
}

bool SameTuple(const Version& a, const Version& b) {
  return a.major == b.major && a.minor == b.minor && a.patch == b.patch;
}

// One comparator set of `sub` inside one of `dom`: true, false, or nullopt when the sub set
// matches nothing (node-semver's `null`).
std::optional<bool> SimpleSubset(std::vector<Comparator> sub, std::vector<Comparator> dom, Options opts) {
  Comparator min;
  min.op = Op::kGe;
  min.version = *Parse(opts.include_prerelease ? "0.0.0-0" : "0.0.0");
  min.value = opts.include_prerelease ? ">=0.0.0-0" : ">=0.0.0";
  if (sub.size() == 1 && sub[0].op == Op::kAny) {
    if (dom.size() == 1 && dom[0].op == Op::kAny) return true;
    sub = {min};
  }
  if (dom.size() == 1 && dom[0].op == Op::kAny) {
    if (opts.include_prerelease) return true;
    min.version = *Parse("0.0.0");
    min.value = ">=0.0.0";
    dom = {min};
  }
  std::vector<const Version*> eq;
  const Comparator *gt = nullptr, *lt = nullptr;
  for (const Comparator& c : sub) {
    if (IsGt(c.op)) gt = HigherGt(gt, &c);
    else if (IsLt(c.op)) lt = LowerLt(lt, &c);
    else if (std::none_of(eq.begin(), eq.end(), [&](const Version* v) { return Compare(*v, c.version) == 0 &&
                                                                                v->build == c.version.build; }))
      eq.push_back(&c.version);
  }
  if (eq.size() > 1) return std::nullopt;
  int gtlt = 0;
  bool have_gtlt = gt && lt;
  if (have_gtlt) {
    gtlt = Compare(gt->version, lt->version);
    if (gtlt > 0) return std::nullopt;
    if (gtlt == 0 && (gt->op != Op::kGe || lt->op != Op::kLe)) return std::nullopt;
  }
  if (!eq.empty()) {
    const Version& v = *eq[0];
    if (gt && !SatisfiesComparator(v, *gt, opts)) return std::nullopt;
    if (lt && !SatisfiesComparator(v, *lt, opts)) return std::nullopt;
    for (const Comparator& c : dom)
      if (!SatisfiesComparator(v, c, opts)) return false;
    return true;
  }
  bool has_dom_lt = false, has_dom_gt = false;
  // A bound with a prerelease needs a dom comparator with a prerelease on the same tuple.
  const Version* need_lt_pre = lt && !opts.include_prerelease && lt->version.IsPrerelease() ? &lt->version : nullptr;
  const Version* need_gt_pre = gt && !opts.include_prerelease && gt->version.IsPrerelease() ? &gt->version : nullptr;
  if (need_lt_pre && need_lt_pre->prerelease.size() == 1 && lt->op == Op::kLt && need_lt_pre->prerelease[0].is_num &&
      need_lt_pre->prerelease[0].num == 0)
    need_lt_pre = nullptr;  // <1.2.3-0 is <1.2.3
  for (const Comparator& c : dom) {
    has_dom_gt = has_dom_gt || IsGt(c.op);
    has_dom_lt = has_dom_lt || IsLt(c.op);
    if (gt) {
      if (need_gt_pre && c.op != Op::kAny && c.version.IsPrerelease() && SameTuple(c.version, *need_gt_pre))
        need_gt_pre = nullptr;
      if (IsGt(c.op)) {
        const Comparator* higher = HigherGt(gt, &c);
        if (higher == &c && higher != gt) return false;
      } else if (gt->op == Op::kGe && !c.Test(gt->version)) {
        return false;
      }
    }
    if (lt) {
      if (need_lt_pre && c.op != Op::kAny && c.version.IsPrerelease() && SameTuple(c.version, *need_lt_pre))
        need_lt_pre = nullptr;
      if (IsLt(c.op)) {
        const Comparator* lower = LowerLt(lt, &c);
        if (lower == &c && lower != lt) return false;
      } else if (lt->op == Op::kLe && !c.Test(lt->version)) {
        return false;
      }
    }
    // An `=` comparator in dom: only a single-version sub could fit.
    if (c.op == Op::kEq && (lt || gt) && (!have_gtlt || gtlt != 0)) return false;
  }
  // A one-sided sub against a dom bounded on the other side fits only when it is a single point.
  if (gt && has_dom_lt && !lt && (!have_gtlt || gtlt != 0)) return false;
  if (lt && has_dom_gt && !gt && (!have_gtlt || gtlt != 0)) return false;
  if (need_gt_pre || need_lt_pre) return false;
  return true;
}

}  // namespace

std::optional<bool> Subset(std::string_view sub, std::string_view dom, Options opts) {
  if (sub == dom) return true;
  auto s = Range::Parse(sub, opts), d = Range::Parse(dom, opts);
  if (!s || !d) return std::nullopt;
  bool saw_non_null = false;
  for (auto& ss : s->sets()) {
    bool found = false;
    for (auto& ds : d->sets()) {
      std::optional<bool> r = SimpleSubset(ss, ds, opts);
      saw_non_null = saw_non_null || r.has_value();
      if (r.value_or(false)) {
        found = true;
        break;
      }
    }
    if (!found && saw_non_null) return false;
  }
  return true;
}

std::optional<std::string> ValidRange(std::string_view range, Options opts) {
  const auto& r = ParsedRange(range, opts);
  if (!r) return std::nullopt;
  std::string s = r->ToString();
  return s.empty() ? "*" : s;
}

namespace {
std::optional<std::string> PickSatisfying(const std::vector<std::string>& versions,
                                          std::string_view range, Options opts, int want) {
  auto r = Range::Parse(range, opts);
  if (!r) return std::nullopt;
  std::optional<Version> best;
  const std::string* best_s = nullptr;
  for (const auto& s : versions) {
    auto v = semver::Parse(s, opts.loose);
    if (!v || !r->Test(*v)) continue;
    if (!best || Compare(*best, *v) == want) {
      best = std::move(v);
      best_s = &s;
    }
  }
  if (!best_s) return std::nullopt;
  return *best_s;
}
}  // namespace

std::optional<std::string> MaxSatisfying(const std::vector<std::string>& versions,
                                         std::string_view range, Options opts) {
  return PickSatisfying(versions, range, opts, -1);
}

std::optional<std::string> MinSatisfying(const std::vector<std::string>& versions,
                                         std::string_view range, Options opts) {
  return PickSatisfying(versions, range, opts, 1);
}

// ---- npm-pick-manifest ---------------------------------------------------------------------------

RegistrySpecType ClassifyRegistrySpec(std::string_view spec) {
  spec = TrimJs(spec);
  if (Valid(spec, true)) return RegistrySpecType::kVersion;
  if (ParsedRange(spec, {.loose = true})) return RegistrySpecType::kRange;  // ValidRange without the text
  for (char c : spec) {
    bool safe = IsAlpha(c) || IsDigit(c) || std::string_view("-_.!~*'()").find(c) != npos;
    if (!safe) return RegistrySpecType::kInvalidTag;
  }
  return RegistrySpecType::kTag;
}

PickResult PickVersion(std::string_view wanted, const std::vector<PackumentVersion>& versions,
                       const std::vector<std::pair<std::string, std::string>>& dist_tags,
                       std::string_view default_tag) {
  PickResult res;
  auto tag_of = [&](std::string_view tag) -> const std::string* {
    const std::string* found = nullptr;
    for (const auto& [k, v] : dist_tags) {
      if (k == tag) found = &v;  // a later duplicate wins, as in a JS object
    }
    return found;
  };
  auto find = [&](std::string_view key) -> const PackumentVersion* {
    for (const auto& pv : versions) {
      if (pv.version == key) return &pv;
    }
    return nullptr;
  };
  bool explicit_wanted = !wanted.empty();
  RegistrySpecType type = ClassifyRegistrySpec(explicit_wanted ? wanted : default_tag);
  if (type == RegistrySpecType::kInvalidTag) {
    res.error = PickError::kInvalidTag;
    return res;
  }
  std::string spec(TrimJs(wanted));
  if (explicit_wanted && type == RegistrySpecType::kTag) {
    const std::string* ver = tag_of(spec);
    const PackumentVersion* pv = ver ? find(*ver) : nullptr;
    if (!pv) {
      res.error = PickError::kNoMatch;
      return res;
    }
    res.version = pv->version;
    return res;
  }
  if (explicit_wanted && type == RegistrySpecType::kVersion) {
    auto clean = Clean(wanted, true);
    const PackumentVersion* pv = clean ? find(*clean) : nullptr;
    if (!pv) {
      res.error = PickError::kNoMatch;
      return res;
    }
    res.version = pv->version;
    return res;
  }
  std::string range = type == RegistrySpecType::kRange ? std::string(wanted) : "*";
  Options loose{.loose = true};
  auto parsed_range = Range::Parse(range, loose);
  if (const std::string* def = tag_of(default_tag)) {
    bool in_range = range == "*" || (parsed_range && parsed_range->Test(*def));
    const PackumentVersion* pv = in_range ? find(*def) : nullptr;
    if (pv && pv->engine_ok && !pv->deprecated) {
      res.version = pv->version;
      return res;
    }
  }
  if (versions.empty()) {
    res.error = PickError::kNoVersions;
    return res;
  }
  struct Entry {
    const PackumentVersion* pv;
    Version v;
  };
  std::vector<Entry> entries;
  for (const auto& pv : versions) {
    if (!parsed_range) break;
    auto v = semver::Parse(pv.version, true);
    if (v && parsed_range->Test(*v)) entries.push_back({&pv, std::move(*v)});
  }
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    auto rank = [](const PackumentVersion* p) {
      return std::make_tuple(!p->deprecated && p->engine_ok, p->engine_ok, !p->deprecated);
    };
    auto ra = rank(a.pv), rb = rank(b.pv);
    if (ra != rb) return ra > rb;
    return Compare(a.v, b.v) > 0;
  });
  if (entries.empty()) {
    res.error = PickError::kNoMatch;
    return res;
  }
  res.version = entries[0].pv->version;
  return res;
}

}  // namespace nodus::pm::semver

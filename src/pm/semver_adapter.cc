#include "pm/semver_adapter.h"

#include <cstdint>
#include <cstdlib>
#include <optional>

#include "pm/fs_util.h"

namespace nodus::pm::sv {
namespace {

struct Ver {
  int64_t maj = 0, min = 0, pat = 0;
  std::vector<std::string> pre;
};

bool IsNum(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) if (c < '0' || c > '9') return false;
  return true;
}

std::optional<Ver> ParseVer(std::string_view s) {
  std::string t = Trim(s);
  std::string_view v = t;
  while (!v.empty() && (v[0] == 'v' || v[0] == '=' || v[0] == ' ')) v.remove_prefix(1);
  if (size_t p = v.find('+'); p != std::string_view::npos) v = v.substr(0, p);
  std::string_view pre;
  if (size_t p = v.find('-'); p != std::string_view::npos) { pre = v.substr(p + 1); v = v.substr(0, p); }
  auto parts = Split(v, '.');
  if (parts.size() != 3) return std::nullopt;
  Ver r;
  for (int i = 0; i < 3; i++) {
    if (!IsNum(parts[i]) || parts[i].size() > 15) return std::nullopt;
    int64_t n = std::atoll(parts[i].c_str());
    (i == 0 ? r.maj : i == 1 ? r.min : r.pat) = n;
  }
  if (!pre.empty()) {
    for (auto& id : Split(pre, '.')) {
      if (id.empty()) return std::nullopt;
      r.pre.push_back(id);
    }
  }
  return r;
}

int Cmp(const Ver& a, const Ver& b) {
  if (a.maj != b.maj) return a.maj < b.maj ? -1 : 1;
  if (a.min != b.min) return a.min < b.min ? -1 : 1;
  if (a.pat != b.pat) return a.pat < b.pat ? -1 : 1;
  if (a.pre.empty() != b.pre.empty()) return a.pre.empty() ? 1 : -1;
  for (size_t i = 0; i < a.pre.size() && i < b.pre.size(); i++) {
    bool an = IsNum(a.pre[i]), bn = IsNum(b.pre[i]);
    if (an && bn) {
      int64_t x = std::atoll(a.pre[i].c_str()), y = std::atoll(b.pre[i].c_str());
      if (x != y) return x < y ? -1 : 1;
    } else if (an != bn) {
      return an ? -1 : 1;
    } else if (a.pre[i] != b.pre[i]) {
      return a.pre[i] < b.pre[i] ? -1 : 1;
    }
  }
  if (a.pre.size() != b.pre.size()) return a.pre.size() < b.pre.size() ? -1 : 1;
  return 0;
}

enum class Op { kLt, kLe, kGt, kGe, kEq };
struct Comp {
  Op op;
  Ver v;
};
using Set = std::vector<Comp>;

// A partial version "1", "1.2", "1.x", "*": fields -1 when wild.
struct Partial {
  int64_t f[3] = {-1, -1, -1};
  std::vector<std::string> pre;
  bool ok = false;
};

Partial ParsePartial(std::string_view s) {
  Partial p;
  while (!s.empty() && (s[0] == 'v' || s[0] == '=')) s.remove_prefix(1);
  if (size_t i = s.find('+'); i != std::string_view::npos) s = s.substr(0, i);
  std::string_view pre;
  if (size_t i = s.find('-'); i != std::string_view::npos) { pre = s.substr(i + 1); s = s.substr(0, i); }
  if (s.empty()) { p.ok = true; return p; }
  auto parts = Split(s, '.');
  if (parts.size() > 3) return p;
  for (size_t i = 0; i < parts.size(); i++) {
    auto& x = parts[i];
    if (x == "x" || x == "X" || x == "*") continue;
    if (!IsNum(x)) return p;
    // A number after a wildcard is ignored, as in node-semver.
    if (i > 0 && p.f[i - 1] < 0) continue;
    p.f[i] = std::atoll(x.c_str());
  }
  if (!pre.empty()) p.pre = Split(pre, '.');
  p.ok = true;
  return p;
}

Ver V(int64_t a, int64_t b, int64_t c, std::vector<std::string> pre = {}) {
  Ver v;
  v.maj = a; v.min = b; v.pat = c; v.pre = std::move(pre);
  return v;
}

bool AddPrimitive(std::string_view op, const Partial& p, Set* set) {
  int64_t M = p.f[0], m = p.f[1], pt = p.f[2];
  bool full = M >= 0 && m >= 0 && pt >= 0;
  if (op == "^") {
    if (M < 0) return true;  // ^* = anything
    if (!full) {
      if (m < 0) { set->push_back({Op::kGe, V(M, 0, 0)}); set->push_back({Op::kLt, V(M + 1, 0, 0, {"0"})}); }
      else if (M > 0) { set->push_back({Op::kGe, V(M, m, 0)}); set->push_back({Op::kLt, V(M + 1, 0, 0, {"0"})}); }
      else { set->push_back({Op::kGe, V(0, m, 0)}); set->push_back({Op::kLt, V(0, m + 1, 0, {"0"})}); }
      return true;
    }
    set->push_back({Op::kGe, V(M, m, pt, p.pre)});
    if (M > 0) set->push_back({Op::kLt, V(M + 1, 0, 0, {"0"})});
    else if (m > 0) set->push_back({Op::kLt, V(0, m + 1, 0, {"0"})});
    else set->push_back({Op::kLt, V(0, 0, pt + 1, {"0"})});
    return true;
  }
  if (op == "~" || op == "~>") {
    if (M < 0) return true;
    if (m < 0) { set->push_back({Op::kGe, V(M, 0, 0)}); set->push_back({Op::kLt, V(M + 1, 0, 0, {"0"})}); return true; }
    set->push_back({Op::kGe, V(M, m, pt < 0 ? 0 : pt, pt < 0 ? std::vector<std::string>{} : p.pre)});
    set->push_back({Op::kLt, V(M, m + 1, 0, {"0"})});
    return true;
  }
  if (op.empty() || op == "=") {
    if (M < 0) return true;
    if (full) { set->push_back({Op::kEq, V(M, m, pt, p.pre)}); return true; }
    if (m < 0) { set->push_back({Op::kGe, V(M, 0, 0)}); set->push_back({Op::kLt, V(M + 1, 0, 0, {"0"})}); }
    else { set->push_back({Op::kGe, V(M, m, 0)}); set->push_back({Op::kLt, V(M, m + 1, 0, {"0"})}); }
    return true;
  }
  if (op == ">" || op == ">=" || op == "<" || op == "<=") {
    if (M < 0) {
      if (op == "<" || op == ">") set->push_back({Op::kLt, V(0, 0, 0, {"0"})});  // matches nothing
      return true;
    }
    if (full) {
      Op o = op == ">" ? Op::kGt : op == ">=" ? Op::kGe : op == "<" ? Op::kLt : Op::kLe;
      set->push_back({o, V(M, m, pt, p.pre)});
      return true;
    }
    if (op == ">") {
      if (m < 0) set->push_back({Op::kGe, V(M + 1, 0, 0)});
      else set->push_back({Op::kGe, V(M, m + 1, 0)});
    } else if (op == ">=") {
      set->push_back({Op::kGe, V(M, m < 0 ? 0 : m, 0)});
    } else if (op == "<") {
      set->push_back({Op::kLt, V(M, m < 0 ? 0 : m, 0, {"0"})});
    } else {
      if (m < 0) set->push_back({Op::kLt, V(M + 1, 0, 0, {"0"})});
      else set->push_back({Op::kLt, V(M, m + 1, 0, {"0"})});
    }
    return true;
  }
  return false;
}

bool ParseSet(std::string_view text, Set* set) {
  std::string s = Trim(text);
  // Hyphen range.
  if (size_t h = s.find(" - "); h != std::string::npos) {
    Partial a = ParsePartial(Trim(s.substr(0, h))), b = ParsePartial(Trim(s.substr(h + 3)));
    if (!a.ok || !b.ok) return false;
    if (a.f[0] >= 0) set->push_back({Op::kGe, V(a.f[0], a.f[1] < 0 ? 0 : a.f[1], a.f[2] < 0 ? 0 : a.f[2], a.pre)});
    if (b.f[0] >= 0) {
      if (b.f[1] < 0) set->push_back({Op::kLt, V(b.f[0] + 1, 0, 0, {"0"})});
      else if (b.f[2] < 0) set->push_back({Op::kLt, V(b.f[0], b.f[1] + 1, 0, {"0"})});
      else set->push_back({Op::kLe, V(b.f[0], b.f[1], b.f[2], b.pre)});
    }
    return true;
  }
  // Join operators separated from their version by spaces (">= 1.2.3").
  std::string joined;
  for (size_t i = 0; i < s.size(); i++) {
    joined += s[i];
    if ((s[i] == '>' || s[i] == '<' || s[i] == '=' || s[i] == '~' || s[i] == '^')) {
      while (i + 1 < s.size() && s[i + 1] == ' ') i++;
    }
  }
  for (auto& tok : Split(joined, ' ')) {
    if (tok.empty()) continue;
    size_t i = 0;
    while (i < tok.size() && (tok[i] == '<' || tok[i] == '>' || tok[i] == '=' || tok[i] == '~' || tok[i] == '^')) i++;
    std::string op = tok.substr(0, i);
    if (op == "==") op = "=";
    Partial p = ParsePartial(tok.substr(i));
    if (!p.ok) return false;
    if (!AddPrimitive(op, p, set)) return false;
  }
  return true;
}

bool ParseRange(std::string_view range, std::vector<Set>* sets) {
  for (auto& part : [&] {
         std::vector<std::string> parts;
         std::string r(range);
         size_t start = 0;
         while (true) {
           size_t i = r.find("||", start);
           if (i == std::string::npos) { parts.push_back(r.substr(start)); break; }
           parts.push_back(r.substr(start, i - start));
           start = i + 2;
         }
         return parts;
       }()) {
    Set s;
    if (!ParseSet(part, &s)) return false;
    sets->push_back(std::move(s));
  }
  return true;
}

bool TestComp(const Comp& c, const Ver& v) {
  int r = Cmp(v, c.v);
  switch (c.op) {
    case Op::kLt: return r < 0;
    case Op::kLe: return r <= 0;
    case Op::kGt: return r > 0;
    case Op::kGe: return r >= 0;
    case Op::kEq: return r == 0;
  }
  return false;
}

bool TestSet(const Set& s, const Ver& v) {
  for (auto& c : s)
    if (!TestComp(c, v)) return false;
  if (!v.pre.empty()) {
    // A prerelease only matches when a comparator names the same [major, minor, patch] with a
    // prerelease (the "<X.Y.Z-0" upper bounds we synthesise do not count).
    for (auto& c : s) {
      if (c.v.pre.empty() || (c.v.pre.size() == 1 && c.v.pre[0] == "0" && c.op == Op::kLt)) continue;
      if (c.v.maj == v.maj && c.v.min == v.min && c.v.pat == v.pat) return true;
    }
    return false;
  }
  return true;
}

}  // namespace

bool Valid(std::string_view v, std::string* normalised) {
  auto p = ParseVer(v);
  if (!p) return false;
  if (normalised) {
    *normalised = std::to_string(p->maj) + "." + std::to_string(p->min) + "." + std::to_string(p->pat);
    for (size_t i = 0; i < p->pre.size(); i++) *normalised += (i ? "." : "-") + p->pre[i];
  }
  return true;
}

int Compare(std::string_view a, std::string_view b) {
  auto x = ParseVer(a), y = ParseVer(b);
  if (!x || !y) return (bool)x - (bool)y;
  return Cmp(*x, *y);
}

bool ValidRange(std::string_view range) {
  std::vector<Set> sets;
  return ParseRange(range, &sets);
}

bool Satisfies(std::string_view version, std::string_view range) {
  auto v = ParseVer(version);
  if (!v) return false;
  std::vector<Set> sets;
  if (!ParseRange(range, &sets)) return false;
  for (auto& s : sets)
    if (TestSet(s, *v)) return true;
  return false;
}

std::string MaxSatisfying(const std::vector<std::string>& versions, std::string_view range) {
  std::vector<Set> sets;
  if (!ParseRange(range, &sets)) return "";
  std::string best;
  std::optional<Ver> bestv;
  for (auto& s : versions) {
    auto v = ParseVer(s);
    if (!v) continue;
    bool ok = false;
    for (auto& set : sets)
      if (TestSet(set, *v)) { ok = true; break; }
    if (ok && (!bestv || Cmp(*v, *bestv) > 0)) { bestv = v; best = s; }
  }
  return best;
}

bool HasPrerelease(std::string_view v) {
  auto p = ParseVer(v);
  return p && !p->pre.empty();
}

}  // namespace nodus::pm::sv

// `query <selector>` (no V8 here): npm 11's dependency selectors over the installed tree, with
// arborist's semantics, quirks included. A selector list is parsed as postcss-selector-parser
// splits it (ids, classes, attributes, pseudos with their arguments, combinators); each
// selector is evaluated left to right on the packages: the first part filters the starting set
// (everything, or the item under :has()), a part after a combinator the whole inventory, others
// the results so far, and a pending combinator relates its two sides through the dependency
// edges. The items printed are each package's package.json (normalized as arborist reads it)
// with arborist's fields (pkgid, location, path, realpath, resolved, from, to, dev, inBundle,
// deduped, overridden, queryContext), ordered by location.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "pm/commands.h"
#include "pm/dep_spec.h"
#include "pm/fs_util.h"
#include "pm/package_spec.h"
#include "pm/semver.h"

namespace nodus::pm {

namespace {

struct QueryError {
  std::string code, message;
};

// ---- the selector AST ------------------------------------------------------------------------
struct SelList;
struct Part {
  enum Kind { kUniversal, kId, kClass, kAttr, kPseudo, kCombinator, kTag, kOther } kind = kOther;
  std::string value;  // id/class/tag text, the pseudo's name (":not"), the combinator
  // attributes (and :attr/:semver matchers)
  std::string attr, op, attr_value;
  bool insensitive = false;
  // pseudo arguments
  std::string raw_args;  // the text between the parentheses
  bool has_args = false;
  std::vector<std::string> args;  // raw_args split at top-level commas, trimmed
  std::shared_ptr<SelList> nested;  // :is/:has/:not
  // :attr / :semver
  std::vector<std::string> lookup;  // properties; "\x01" marks an array step
  Part* matcher = nullptr;
  std::shared_ptr<Part> matcher_owned;
  std::string semver_value, semver_func = "infer";
  // :vuln: one {severity: [...], cwe: [...]} per argument
  std::vector<std::map<std::string, std::vector<std::string>>> vulns;
};
struct Selector {
  std::vector<Part> parts;
};
struct SelList {
  std::vector<Selector> selectors;
};

const char kArray[] = "\x01";

class Parser {
 public:
  explicit Parser(std::string s) : s_(std::move(s)) {}
  SelList ParseList(bool nested) {
    SelList list;
    list.selectors.push_back(ParseSelector());
    while (i_ < s_.size() && s_[i_] == ',') {
      i_++;
      list.selectors.push_back(ParseSelector());
    }
    if (!nested && i_ < s_.size()) throw QueryError{"", "Unexpected '" + std::string(1, s_[i_]) + "'. Escaping special characters with \\ may help."};
    // postcss drops a trailing empty selector ("#a,")
    while (list.selectors.size() > 1 && list.selectors.back().parts.empty()) list.selectors.pop_back();
    return list;
  }

 private:
  static bool Special(char c) { return std::strchr(" \t\r\n()[],>+~:.#*\"'|&=", c) != nullptr; }
  std::string Word() {
    std::string w;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '\\' && i_ + 1 < s_.size()) {
        w += s_[i_ + 1];
        i_ += 2;
        continue;
      }
      if (Special(c)) break;
      w += c;
      i_++;
    }
    return w;
  }
  void SkipSpace() {
    while (i_ < s_.size() && std::strchr(" \t\r\n", s_[i_])) i_++;
  }
  // The text up to the matching ')' (quotes and nesting respected).
  std::string Balanced() {
    int depth = 1;
    size_t start = i_;
    char quote = 0;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (quote) {
        if (c == '\\') i_++;
        else if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '\\') {
        i_++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (--depth == 0) {
          std::string inner = s_.substr(start, i_ - start);
          i_++;
          return inner;
        }
      }
      i_++;
    }
    throw QueryError{"", "Expected a closing parenthesis."};
  }
  static std::vector<std::string> SplitArgs(const std::string& a) {
    std::vector<std::string> out;
    int depth = 0;
    char quote = 0;
    std::string cur;
    for (size_t k = 0; k < a.size(); k++) {
      char c = a[k];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.push_back(Trim(cur));
        cur.clear();
        continue;
      }
      cur += c;
    }
    out.push_back(Trim(cur));
    return out;
  }
  Part Attribute() {
    Part p;
    p.kind = Part::kAttr;
    SkipSpace();
    while (i_ < s_.size() && !std::strchr("~|^$*=] \t", s_[i_])) {
      if (s_[i_] == '\\' && i_ + 1 < s_.size()) i_++;
      p.attr += s_[i_++];
    }
    SkipSpace();
    if (i_ < s_.size() && s_[i_] != ']') {
      for (const char* op : {"~=", "|=", "^=", "$=", "*=", "="})
        if (s_.compare(i_, std::strlen(op), op) == 0) {
          p.op = op;
          i_ += std::strlen(op);
          break;
        }
      if (p.op.empty()) throw QueryError{"", "Expected an attribute operator."};
      SkipSpace();
      if (i_ < s_.size() && (s_[i_] == '"' || s_[i_] == '\'')) {
        char q = s_[i_++];
        while (i_ < s_.size() && s_[i_] != q) {
          if (s_[i_] == '\\' && i_ + 1 < s_.size()) i_++;
          p.attr_value += s_[i_++];
        }
        i_++;
      } else {
        while (i_ < s_.size() && s_[i_] != ']' && !std::strchr(" \t", s_[i_])) {
          if (s_[i_] == '\\' && i_ + 1 < s_.size()) i_++;
          p.attr_value += s_[i_++];
        }
      }
      SkipSpace();
      if (i_ < s_.size() && (s_[i_] == 'i' || s_[i_] == 'I')) {
        p.insensitive = true;
        i_++;
        SkipSpace();
      }
    }
    if (i_ >= s_.size() || s_[i_] != ']') throw QueryError{"", "Expected a closing square bracket."};
    i_++;
    return p;
  }
  Selector ParseSelector() {
    Selector sel;
    SkipSpace();
    bool space = false;
    while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != ')') {
      char c = s_[i_];
      if (std::strchr(" \t\r\n", c)) {
        SkipSpace();
        space = true;
        continue;
      }
      bool comb = c == '>' || c == '~' || c == '+';
      if (comb) {
        Part p;
        p.kind = Part::kCombinator;
        p.value = std::string(1, c);
        i_++;
        sel.parts.push_back(p);
        space = false;
        SkipSpace();
        continue;
      }
      if (space && !sel.parts.empty() && sel.parts.back().kind != Part::kCombinator) {
        Part p;
        p.kind = Part::kCombinator;
        p.value = " ";
        sel.parts.push_back(p);
      }
      space = false;
      Part p;
      if (c == '*') {
        p.kind = Part::kUniversal;
        p.value = "*";
        i_++;
      } else if (c == '#') {
        i_++;
        p.kind = Part::kId;
        p.value = Word();
      } else if (c == '.') {
        i_++;
        p.kind = Part::kClass;
        p.value = Word();
      } else if (c == '[') {
        i_++;
        p = Attribute();
      } else if (c == ':') {
        i_++;
        std::string colons = ":";
        if (i_ < s_.size() && s_[i_] == ':') {
          colons = "::";
          i_++;
        }
        p.kind = Part::kPseudo;
        p.value = colons + Word();
        if (i_ < s_.size() && s_[i_] == '(') {
          i_++;
          p.has_args = true;
          p.raw_args = Balanced();
          p.args = SplitArgs(p.raw_args);
        }
      } else if (c == '"' || c == '\'' || c == '&' || c == '|' || c == '(' || c == '[' || c == ']' || c == '=') {
        throw QueryError{"", "Unexpected '" + std::string(1, c) + "'. Escaping special characters with \\ may help."};
      } else {
        p.kind = Part::kTag;
        p.value = Word();
      }
      sel.parts.push_back(std::move(p));
    }
    // a trailing descendant combinator is whitespace only
    return sel;
  }

  std::string s_;
  size_t i_ = 0;
};

// @npmcli/query's fixups of pseudo arguments.
void Transform(SelList* list);

std::shared_ptr<SelList> ParseNested(const std::string& text) {
  Parser p(text);
  auto list = std::make_shared<SelList>(p.ParseList(true));
  Transform(list.get());
  return list;
}

// :attr(prop, prop, [matcher]) / its nested :attr(...) as the last argument.
void FixAttr(Part* p, const std::vector<std::string>& args) {
  std::vector<std::string> props;
  for (size_t k = 0; k + 1 < args.size(); k++) {
    Parser ps(args[k]);
    SelList l = ps.ParseList(true);
    if (!l.selectors.empty() && !l.selectors[0].parts.empty() && l.selectors[0].parts[0].kind == Part::kTag)
      props.push_back(l.selectors[0].parts[0].value);
  }
  std::string last = args.empty() ? "" : args.back();
  Parser lp(last);
  SelList ll = lp.ParseList(true);
  Part* first = ll.selectors.empty() || ll.selectors[0].parts.empty() ? nullptr : &ll.selectors[0].parts[0];
  if (first && first->kind == Part::kTag) {  // a lone tag as the last argument is a property too
    props.push_back(first->value);
    first = nullptr;
  }
  auto m = std::make_shared<Part>();
  if (first && first->kind == Part::kPseudo && first->value == ":attr") {
    Part inner = *first;
    FixAttr(&inner, inner.args);
    props.push_back(kArray);
    for (auto& x : inner.lookup) props.push_back(x);
    *m = *inner.matcher;
  } else {
    if (!first || first->kind != Part::kAttr)
      throw QueryError{"EQUERYATTR", "`:attr` pseudo-class expects an attribute matcher as the last value"};
    *m = *first;
  }
  p->lookup = props;
  p->matcher_owned = m;
  p->matcher = m.get();
}

void Transform(SelList* list) {
  for (auto& sel : list->selectors)
    for (auto& p : sel.parts) {
      if (p.kind != Part::kPseudo) continue;
      if (p.value == ":is" || p.value == ":has" || p.value == ":not") {
        p.nested = ParseNested(p.raw_args);
      } else if (p.value == ":attr") {
        FixAttr(&p, p.args);
      } else if (p.value == ":vuln" && p.has_args && !Trim(p.raw_args).empty()) {
        for (auto& arg : p.args) {
          Parser ps(arg);
          SelList l = ps.ParseList(true);
          std::map<std::string, std::vector<std::string>> vuln;
          for (auto& sel : l.selectors)
            for (auto& a : sel.parts) {
              if (a.kind != Part::kAttr)
                throw QueryError{"EQUERYATTR", ":vuln pseudo-class only accepts attribute matchers or \"cwe\" tag"};
              if (a.attr != "severity" && a.attr != "cwe")
                throw QueryError{"EQUERYATTR", ":vuln pseudo-class only matches \"severity\" and \"cwe\" attributes"};
              std::string op = a.op.empty() ? "=" : a.op, value = a.op.empty() ? "*" : a.attr_value;
              if (op != "=")
                throw QueryError{"EQUERYATTR", ":vuln pseudo-class attribute selector only accepts \"=\" operator"};
              vuln[a.attr].push_back(value);
            }
          p.vulns.push_back(vuln);
        }
      } else if (p.value == ":semver") {
        std::vector<std::string> a = p.has_args ? p.args : std::vector<std::string>{};
        if (a.size() == 1 && a[0].empty()) a.clear();
        if (a.size() == 3) {
          std::string f = a.back();
          a.pop_back();
          if (f.size() >= 2 && (f[0] == '"' || f[0] == '\'')) f = f.substr(1, f.size() - 2);
          else if (f.empty() || f[0] == '[' || f[0] == ':')
            throw QueryError{"ESEMVERFUNC", "`:semver` pseudo-class expects a function name as last value"};
          p.semver_func = f;
        }
        if (a.size() == 1) {
          p.semver_value = a[0];
          a.clear();
        } else if (a.size() == 2) {
          bool found = false;
          for (size_t k = 0; k < 2 && !found; k++)
            if (!a[k].empty() && a[k][0] != '[' && a[k][0] != ':') {
              p.semver_value = a[k];
              a.erase(a.begin() + static_cast<long>(k));
              found = true;
            }
          if (!found)
            throw QueryError{"ESEMVERVALUE", "`:semver` pseudo-class expects a static value in the first or second position"};
        }
        if (a.size() == 1) {
          FixAttr(&p, a);
        } else {
          auto m = std::make_shared<Part>();
          m->kind = Part::kAttr;
          m->attr = "version";
          p.matcher_owned = m;
          p.matcher = m.get();
        }
      }
    }
}

// ---- the tree as arborist sees it -------------------------------------------------------------
struct QNode {
  Node* node = nullptr;  // null for :missing's placeholders
  Json pkg;
  std::string location, path, realpath;
  bool root = false, extraneous = false, overridden = false, missing = false;
  std::vector<const Edge*> edges_out;  // arborist's edgesOut order
  std::vector<std::pair<const Edge*, QNode*>> edges_in;  // edge, from
  QNode* missing_from = nullptr;
  const Edge* missing_edge = nullptr;
  Json query_ctx = Json::Object();  // arborist's node.queryContext (:missing, :outdated add to it)
};

// arborist's normalize() of a package.json read from disk.
void NormalizePkg(Json* d) {
  std::vector<std::string> drop;
  for (auto& [k, v] : d->members())
    if (StartsWith(k, "_")) drop.push_back(k);
  for (auto& k : drop) d->Erase(k);
  std::string name = d->GetString("name"), version = d->GetString("version");
  if (!name.empty() && !version.empty()) d->Set("_id", Json::String(name + "@" + version));
  if (const Json* bd = d->Get("bundledDependencies")) {
    if (!d->Get("bundleDependencies")) d->Set("bundleDependencies", *bd);
    d->Erase("bundledDependencies");
  }
  if (const Json* bd = d->Get("bundleDependencies")) {
    if (bd->IsBool() && !bd->boolean()) {
      d->Set("bundleDependencies", Json::Array());
    } else if (bd->IsBool()) {
      Json arr = Json::Array();
      if (const Json* deps = d->Get("dependencies"); deps && deps->IsObject())
        for (auto& [k, v] : deps->members()) arr.Push(Json::String(k));
      d->Set("bundleDependencies", arr);
    } else if (bd->IsObject()) {
      Json arr = Json::Array();
      for (auto& [k, v] : bd->members()) arr.Push(Json::String(k));
      d->Set("bundleDependencies", arr);
    } else if (!bd->IsArray()) {
      d->Erase("bundleDependencies");
    }
  }
  if (Json* deps = d->GetMut("dependencies"); deps && deps->IsObject())
    if (const Json* opt = d->Get("optionalDependencies"); opt && opt->IsObject()) {
      for (auto& [k, v] : opt->members()) deps->Erase(k);
      if (!deps->size()) d->Erase("dependencies");
    }
  if (Json* scripts = d->GetMut("scripts")) {
    if (scripts->IsObject()) {
      std::vector<std::string> bad;
      for (auto& [k, v] : scripts->members())
        if (!v.IsString()) bad.push_back(k);
      for (auto& k : bad) scripts->Erase(k);
    } else if (!scripts->IsNull()) {
      d->Erase("scripts");
    }
  }
  if (const Json* f = d->Get("funding"); f && f->IsString() && !f->str().empty()) {
    Json o = Json::Object();
    o.Set("url", *f);
    d->Set("funding", o);
  }
  // npm-normalize-package-bin
  auto clean = [](const std::string& p) {
    std::vector<std::string> out;
    for (auto& seg : Split(p, '/')) {
      std::string s = seg;
      for (auto& ch : s)
        if (ch == '\\') ch = '/';
      if (s.empty() || s == ".") continue;
      if (s == "..") {
        if (!out.empty()) out.pop_back();
        continue;
      }
      out.push_back(s);
    }
    std::string r;
    for (auto& s : out) r += (r.empty() ? "" : "/") + s;
    return r;
  };
  if (const Json* bin = d->Get("bin")) {
    Json o = Json::Object();
    if (bin->IsString()) {
      std::string n = name;
      if (StartsWith(n, "@")) n = n.substr(n.find('/') + 1);
      std::string k = BaseName(clean(n)), v = clean(bin->str());
      if (!k.empty() && !v.empty()) o.Set(k, Json::String(v));
      d->Set("bin", o);
    } else if (bin->IsObject()) {
      for (auto& [k, v] : bin->members()) {
        if (!v.IsString()) continue;
        std::string kk = BaseName(clean(k)), vv = clean(v.str());
        if (!kk.empty() && !vv.empty()) o.Set(kk, Json::String(vv));
      }
      d->Set("bin", o);
    } else {
      d->Erase("bin");
    }
  }
}

// minimatch for :path(): * and ? within a segment (no leading dot), ** across segments,
// [...] classes.
bool GlobMatch(const std::string& pat, size_t pi, const std::string& s, size_t si) {
  while (pi < pat.size()) {
    if (pat.compare(pi, 2, "**") == 0 && (pi + 2 == pat.size() || pat[pi + 2] == '/') &&
        (pi == 0 || pat[pi - 1] == '/')) {
      size_t rest = pi + 2 == pat.size() ? pat.size() : pi + 3;
      // zero or more whole segments (none starting with '.')
      size_t k = si;
      for (;;) {
        if (GlobMatch(pat, rest, s, k)) return true;
        if (k >= s.size() || s[k] == '.') return false;
        size_t slash = s.find('/', k);
        if (slash == std::string::npos) return rest == pat.size();
        k = slash + 1;
      }
    }
    char c = pat[pi];
    if (c == '*') {
      bool seg_start = si == 0 || s[si - 1] == '/';
      if (seg_start && si < s.size() && s[si] == '.') return false;
      for (size_t k = si;; k++) {
        if (GlobMatch(pat, pi + 1, s, k)) return true;
        if (k >= s.size() || s[k] == '/') return false;
      }
    }
    if (si >= s.size()) return false;
    if (c == '?') {
      if (s[si] == '/') return false;
    } else if (c == '[') {
      size_t close = pat.find(']', pi + 1);
      if (close == std::string::npos) {
        if (s[si] != '[') return false;
      } else {
        std::string cls = pat.substr(pi + 1, close - pi - 1);
        bool neg = !cls.empty() && (cls[0] == '!' || cls[0] == '^');
        if (neg) cls = cls.substr(1);
        bool hit = false;
        for (size_t k = 0; k < cls.size(); k++) {
          if (k + 2 < cls.size() && cls[k + 1] == '-') {
            hit = hit || (s[si] >= cls[k] && s[si] <= cls[k + 2]);
            k += 2;
          } else {
            hit = hit || s[si] == cls[k];
          }
        }
        if (hit == neg) return false;
        pi = close + 1;
        si++;
        continue;
      }
    } else if (c != s[si]) {
      return false;
    }
    pi++;
    si++;
  }
  return si == s.size();
}


class Engine {
 public:
  Engine(Context& ctx, std::vector<std::unique_ptr<QNode>>& nodes, QNode* root) : ctx_(ctx), owned_(nodes), root_(root) {
    for (auto& q : nodes) inventory_.push_back(q.get());
  }

  std::vector<QNode*> Run(const SelList& list) {
    std::vector<QNode*> res = Evaluate(list, inventory_, root_, false);
    std::stable_sort(res.begin(), res.end(),
                     [](QNode* a, QNode* b) { return LocaleLess(a->location, b->location); });
    return res;
  }

 private:
  using Items = std::vector<QNode*>;

  static bool Truthy(const Json* v) {
    if (!v || v->IsNull()) return false;
    if (v->IsBool()) return v->boolean();
    if (v->IsString()) return !v->str().empty();
    if (v->IsNumber()) return v->number() != 0 && v->str() != "NaN";
    return true;
  }

  static bool OperatorMatch(const Part& m, std::string attr, std::string value) {
    if (m.insensitive) {
      for (auto& ch : attr) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    const std::string& op = m.op;
    if (op == "=") return attr == value;
    if (op == "~=") {
      std::string word;
      for (size_t k = 0; k <= attr.size(); k++) {
        char ch = k < attr.size() ? attr[k] : ' ';
        if (std::isalnum(static_cast<unsigned char>(ch)) || ch == '_') {
          word += ch;
        } else {
          if (!word.empty() && word == value) return true;
          word.clear();
        }
      }
      return false;
    }
    if (op == "*=") return attr.find(value) != std::string::npos;
    if (op == "|=") return StartsWith(attr, value + "-");
    if (op == "^=") return StartsWith(attr, value);
    if (op == "$=") return EndsWith(attr, value);
    return false;
  }

  static bool AttrValueMatch(const Part& m, const Json* v, const std::string& value) {
    if (!v) return OperatorMatch(m, "", value);
    if (v->IsNumber()) return OperatorMatch(m, v->str(), value);
    if (v->IsString()) return OperatorMatch(m, v->str(), value);
    if (v->IsNull() || (v->IsBool() && !v->boolean())) return OperatorMatch(m, "", value);
    return false;  // objects, arrays, true
  }

  static bool AttributeMatch(const Part& m, const Json& obj) {
    const Json* v = obj.IsObject() ? obj.Get(m.attr) : nullptr;
    if (m.op.empty()) return Truthy(v);
    std::string value = m.attr_value;
    if (m.insensitive)
      for (auto& ch : value) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (v && v->IsArray()) {
      for (auto& x : v->items())
        if (AttrValueMatch(m, Truthy(&x) ? &x : nullptr, value) && Truthy(&x)) return true;
      return false;
    }
    return AttrValueMatch(m, Truthy(v) ? v : nullptr, value);
  }

  // One "[]" step of a property path: arrays flattened.
  static std::vector<const Json*> Flatten(const std::vector<const Json*>& objs) {
    std::vector<const Json*> flat;
    for (const Json* o : objs) {
      if (o->IsArray())
        for (auto& x : o->items()) flat.push_back(&x);
      else
        flat.push_back(o);
    }
    return flat;
  }
  // One property step: each object's truthy `prop` (arrays spread one level, as flatMap does);
  // false when nothing truthy is left.
  static bool Step(const std::vector<const Json*>& objs, const std::string& prop, std::vector<const Json*>* out) {
    std::vector<const Json*> next;
    for (const Json* o : objs) {
      const Json* v = o->IsObject() ? o->Get(prop) : nullptr;
      if (o->IsArray()) {  // obj[prop] on an array: a numeric index
        char* end = nullptr;
        long idx = std::strtol(prop.c_str(), &end, 10);
        if (end && *end == '\0' && idx >= 0 && static_cast<size_t>(idx) < o->items().size()) v = &o->items()[idx];
      }
      if (!Truthy(v)) continue;
      if (v->IsArray())
        for (auto& x : v->items()) next.push_back(&x);
      else
        next.push_back(v);
    }
    *out = next;
    for (const Json* o : next)
      if (Truthy(o)) return true;
    return false;
  }

  // The objects :attr()'s property path leads to; false when a step finds nothing.
  static bool Lookup(const Json& pkg, const std::vector<std::string>& props, std::vector<const Json*>* out) {
    std::vector<const Json*> objs = {&pkg};
    for (auto& prop : props) {
      if (prop == kArray) {
        objs = Flatten(objs);
      } else if (!Step(objs, prop, &objs)) {
        return false;
      }
    }
    *out = objs;
    return true;
  }

  bool EdgeIsType(QNode* n, EdgeType t, std::set<const Edge*>& seen) {
    for (auto& [e, from] : n->edges_in) {
      if (!seen.insert(e).second) continue;
      if (e->type == t || Flag(from, t) || EdgeIsType(from, t, seen)) return true;
    }
    return false;
  }
  static bool Flag(QNode* n, EdgeType t) {
    if (!n->node) return false;
    switch (t) {
      case EdgeType::kDev: return n->node->dev;
      case EdgeType::kOptional: return n->node->optional;
      case EdgeType::kPeer: return n->node->peer;
      default: return false;
    }
  }
  Items ByType(const Items& in, EdgeType t) {
    Items out;
    for (QNode* n : in) {
      std::set<const Edge*> seen;
      if (Flag(n, t) || EdgeIsType(n, t, seen)) out.push_back(n);
    }
    return out;
  }

  static bool HasParent(QNode* n, const std::set<QNode*>& cmp) {
    for (auto& [e, from] : n->edges_in)
      if (cmp.count(from)) return true;
    return false;
  }
  static bool HasAscendant(QNode* n, const std::set<QNode*>& cmp) {
    std::set<const Edge*> seen;
    std::vector<QNode*> work = {n};
    while (!work.empty()) {
      QNode* x = work.back();
      work.pop_back();
      if (HasParent(x, cmp)) return true;
      for (auto& [e, from] : x->edges_in)
        if (seen.insert(e).second) work.push_back(from);
    }
    return false;
  }

  Items Combine(const std::string& comb, const Items& prev, const Items& next) {
    std::set<QNode*> p(prev.begin(), prev.end());
    Items out;
    if (comb == ">") {
      for (QNode* n : next)
        if (HasParent(n, p)) out.push_back(n);
    } else if (comb == " ") {
      for (QNode* n : next)
        if (HasAscendant(n, p)) out.push_back(n);
    } else if (comb == "~") {
      std::set<QNode*> parents;
      for (QNode* n : prev)
        for (auto& [e, from] : n->edges_in) parents.insert(from);
      for (QNode* n : next)
        if (!p.count(n) && HasParent(n, parents)) out.push_back(n);
    } else {
      return next;  // arborist has no other combinator: the right side stands alone
    }
    return out;
  }

  // node-semver's outside(): is `version` above (gtr) or below (ltr) every version `range` allows?
  static bool Outside(const std::string& version, const std::string& range, bool gtr) {
    auto r = semver::Range::Parse(range);
    auto v = semver::Parse(version);
    if (!r || !v) return false;
    if (semver::Satisfies(*v, *r)) return false;
    using semver::Op;
    Op comp = gtr ? Op::kGt : Op::kLt, ecomp = gtr ? Op::kGe : Op::kLe;
    auto above = [&](const semver::Version& x, const semver::Version& y) {  // gtfn
      int c = semver::Compare(x, y);
      return gtr ? c > 0 : c < 0;
    };
    for (auto& set : r->sets()) {
      std::optional<semver::Comparator> high, low;
      for (auto c : set) {
        if (c.op == Op::kAny) {
          c.op = Op::kGe;
          c.version = *semver::Parse("0.0.0");
        }
        if (!high) high = c;
        if (!low) low = c;
        if (above(c.version, high->version)) high = c;
        else if (above(low->version, c.version)) low = c;
      }
      if (!high) continue;
      if (high->op == comp || high->op == ecomp) return false;
      int lc = semver::Compare(*v, low->version);
      bool lte = gtr ? lc <= 0 : lc >= 0, lt = gtr ? lc < 0 : lc > 0;
      if ((low->op == Op::kEq || low->op == comp) && lte) return false;
      if (low->op == ecomp && lt) return false;
    }
    return true;
  }

  // semver's functions on strings.
  static bool SemverFn(const std::string& fn, const std::string& a, const std::string& b) {
    if (fn == "eq" || fn == "neq" || fn == "gt" || fn == "gte" || fn == "lt" || fn == "lte") {
      auto c = semver::Compare(a, b);
      if (!c) return false;
      if (fn == "eq") return *c == 0;
      if (fn == "neq") return *c != 0;
      if (fn == "gt") return *c > 0;
      if (fn == "gte") return *c >= 0;
      if (fn == "lt") return *c < 0;
      return *c <= 0;
    }
    if (fn == "satisfies") return semver::Satisfies(a, b);
    if (fn == "gtr" || fn == "ltr") return Outside(a, b, fn == "gtr");
    if (fn == "intersects") return semver::Intersects(a, b).value_or(false);
    if (fn == "subset") return semver::Subset(a, b).value_or(false);
    throw QueryError{"EQUERYINVALIDOPERATOR", "`semver." + fn + "` is not a supported operator."};
  }

  Items Pseudo(const Part& p, const Items& initial, QNode* target, bool ast_target) {
    const std::string& v = p.value;
    Items out;
    if (v == ":attr") {
      for (QNode* n : initial) {
        std::vector<const Json*> objs;
        if (!Lookup(n->pkg, p.lookup, &objs)) continue;
        for (const Json* o : objs)
          if (AttributeMatch(*p.matcher, *o)) {
            out.push_back(n);
            break;
          }
      }
      return out;
    }
    if (v == ":empty") {
      for (QNode* n : initial)
        if (n->edges_out.empty()) out.push_back(n);
      return out;
    }
    if (v == ":extraneous") {
      for (QNode* n : initial)
        if (n->extraneous) out.push_back(n);
      return out;
    }
    if (v == ":has") {
      for (QNode* n : initial)
        if (!Evaluate(*p.nested, {n}, n, false).empty()) out.push_back(n);
      return out;
    }
    if (v == ":invalid") {
      for (QNode* n : initial)
        for (auto& [e, from] : n->edges_in)
          if (!EdgeSatisfied(*e)) {
            out.push_back(n);
            break;
          }
      return out;
    }
    if (v == ":is") return Evaluate(*p.nested, initial, nullptr, true);
    if (v == ":not") {
      Items res = Evaluate(*p.nested, initial, nullptr, true);
      std::set<QNode*> s(res.begin(), res.end());
      for (QNode* n : initial)
        if (!s.count(n)) out.push_back(n);
      return out;
    }
    if (v == ":link") {
      for (QNode* n : initial)
        if (n->node && n->node->is_link) out.push_back(n);
      return out;
    }
    if (v == ":missing") {
      for (QNode* n : inventory_)
        if (n->node)
          for (const Edge* e : n->edges_out)
            if (!e->to && e->type != EdgeType::kOptional && e->type != EdgeType::kPeerOptional) out.push_back(Missing(n, e));
      return out;
    }
    if (v == ":overridden") {
      for (QNode* n : initial)
        if (n->overridden) out.push_back(n);
      return out;
    }
    if (v == ":path") {
      std::string pv = Trim(p.raw_args);
      if (pv.empty() || !p.has_args) return initial;
      std::string pat = ResolvePath(root_->realpath, pv);
      for (QNode* n : initial)
        if (!n->realpath.empty() && GlobMatch(pat, 0, n->realpath, 0)) out.push_back(n);
      return out;
    }
    if (v == ":private") {
      for (QNode* n : initial)
        if (Truthy(n->pkg.Get("private"))) out.push_back(n);
      return out;
    }
    if (v == ":root") {
      if (ast_target) return out;
      for (QNode* n : initial)
        if (n == root_) out.push_back(n);
      return out;
    }
    if (v == ":scope") {
      if (ast_target) return out;
      for (QNode* n : initial)
        if (n == target) out.push_back(n);
      return out;
    }
    if (v == ":semver") return Semver(p, initial);
    if (v == ":type") {
      std::string t;
      if (p.has_args) {
        Parser ps(p.args.empty() ? "" : p.args[0]);
        SelList l = ps.ParseList(true);
        if (!l.selectors.empty() && !l.selectors[0].parts.empty()) t = l.selectors[0].parts[0].value;
      }
      if (t.empty()) return initial;
      for (QNode* n : initial)
        for (auto& [e, from] : n->edges_in) {
          DepSpec d = ParseDepSpec(e->name, e->spec);
          std::string type;
          bool registry = false;
          switch (d.kind) {
            case DepSpec::Kind::kAlias: type = "alias"; registry = true; break;
            case DepSpec::Kind::kTag: type = "tag"; registry = true; break;
            case DepSpec::Kind::kRange: {
              auto c = semver::ClassifyRegistrySpec(e->spec.empty() ? "*" : e->spec);
              type = c == semver::RegistrySpecType::kVersion ? "version" : c == semver::RegistrySpecType::kTag ? "tag" : "range";
              registry = true;
              break;
            }
            case DepSpec::Kind::kTarballUrl: type = "remote"; break;
            case DepSpec::Kind::kFile: type = "file"; break;
            case DepSpec::Kind::kDirectory: case DepSpec::Kind::kLink: type = "directory"; break;
            case DepSpec::Kind::kGit: type = "git"; break;
            default: break;
          }
          if (t == "registry" ? registry : type == t) out.push_back(n);
        }
      return out;
    }
    if (v == ":deduped") {
      for (QNode* n : initial)
        if (n->edges_in.size() > 1) out.push_back(n);
      return out;
    }
    if (v == ":outdated") return Outdated(p, initial);
    if (v == ":vuln") return Vuln(p, initial);
    throw QueryError{"EQUERYNOPSEUDO", "`" + v + "` is not a supported pseudo selector."};
  }

  // :vuln: the registry's bulk advisories for the packages (asked once per query), filtered by
  // severity and CWE; a match's queryContext becomes {advisories}.
  Items Vuln(const Part& p, const Items& initial) {
    if (initial.empty()) return initial;
    if (!vuln_loaded_) {
      Json body = Json::Object();
      for (QNode* n : initial) {
        if (n == root_ || !n->node || Truthy(n->pkg.Get("private"))) continue;
        Json* list = body.GetMut(n->node->name);
        if (!list) list = &body.Set(n->node->name, Json::Array());
        bool seen = false;
        for (auto& x : list->items()) seen = seen || x.str() == n->node->version;
        if (!seen) list->Push(Json::String(n->node->version));
      }
      std::string registry = WithSlash(ctx_.config.Get("audit-registry", ctx_.config.RegistryFor("")));
      HttpResponse resp;
      PmError err;
      if (!RegistryRequest(ctx_, "POST", registry + "-/npm/v1/security/advisories/bulk", SerializeJson(body, 0), &resp, &err))
        throw QueryError{err.code, err.message};
      JsonError je;
      if (!ParseJson(resp.body, &advisories_, &je)) throw QueryError{"EJSONPARSE", "invalid JSON from the audit endpoint"};
      vuln_loaded_ = true;
    }
    Items out;
    for (QNode* n : initial) {
      const Json* list = n->node && advisories_.IsObject() ? advisories_.Get(n->node->name) : nullptr;
      if (!list || !list->IsArray()) continue;
      Json hits = Json::Array();
      for (auto& adv : list->items()) {
        if (!semver::Intersects(adv.GetString("vulnerable_versions"), n->node->version).value_or(false)) continue;
        bool ok = p.vulns.empty();
        for (auto& vuln : p.vulns) {
          if (ok) break;
          auto sev = vuln.find("severity");
          if (sev != vuln.end() && std::find(sev->second.begin(), sev->second.end(), "*") == sev->second.end() &&
              std::find(sev->second.begin(), sev->second.end(), adv.GetString("severity")) == sev->second.end())
            continue;
          auto cwe = vuln.find("cwe");
          if (cwe != vuln.end()) {
            const Json* have = adv.Get("cwe");
            std::vector<std::string> cwes;
            if (have && have->IsArray())
              for (auto& x : have->items()) cwes.push_back(x.str());
            if (std::find(cwe->second.begin(), cwe->second.end(), "*") != cwe->second.end()) {
              if (cwes.empty()) continue;
            } else {
              bool all = true;
              for (auto& c : cwe->second) all = all && std::find(cwes.begin(), cwes.end(), "CWE-" + c) != cwes.end();
              if (!all) continue;
            }
          }
          ok = true;
        }
        if (ok) hits.Push(adv);
      }
      if (!hits.size()) continue;
      Json qc = Json::Object();
      qc.Set("advisories", hits);
      n->query_ctx = qc;
      out.push_back(n);
    }
    return out;
  }

  // node-semver's diff().
  static std::string Diff(const semver::Version& a, const semver::Version& b) {
    int c = semver::Compare(a, b);
    if (c == 0) return "";
    const semver::Version& high = c > 0 ? a : b;
    const semver::Version& low = c > 0 ? b : a;
    bool high_pre = high.IsPrerelease(), low_pre = low.IsPrerelease();
    if (low_pre && !high_pre) {
      if (!low.patch && !low.minor) return "major";
      if (low.major == high.major && low.minor == high.minor && low.patch == high.patch) {
        if (low.minor && !low.patch) return "minor";
        return "patch";
      }
    }
    std::string prefix = high_pre ? "pre" : "";
    if (a.major != b.major) return prefix + "major";
    if (a.minor != b.minor) return prefix + "minor";
    if (a.patch != b.patch) return prefix + "patch";
    return "prerelease";
  }

  // :outdated(kind): packages with newer versions in the registry (any, major, minor, patch,
  // in-range, out-of-range); every package looked at gets queryContext.versions.
  Items Outdated(const Part& p, const Items& initial) {
    std::string kind = p.has_args && !Trim(p.raw_args).empty() ? Trim(p.raw_args) : "any";
    Items out;
    for (QNode* n : initial) {
      if (n == root_ || !n->node || Truthy(n->pkg.Get("private"))) continue;
      const std::string& name = n->node->name;
      if (!versions_.count(name)) {
        PmError err;
        std::vector<std::string> vs;
        if (const Packument* pk = ctx_.registry->Get(name, &err)) {
          vs = pk->versions;
          std::stable_sort(vs.begin(), vs.end(), [](const std::string& x, const std::string& y) {
            return semver::Compare(x, y).value_or(0) < 0;
          });
        } else {
          ctx_.Warn("query could not retrieve packument for " + name + ": " + err.message);
        }
        versions_[name] = vs;
      }
      const std::vector<std::string>& all = versions_[name];
      Json arr = Json::Array();
      for (auto& x : all) arr.Push(Json::String(x));
      n->query_ctx.Set("versions", arr);
      auto cur = semver::Parse(n->node->version);
      std::vector<std::string> greater;
      for (auto& x : all) {
        auto xv = semver::Parse(x);
        if (cur && xv && semver::Compare(*xv, *cur) > 0) greater.push_back(x);
      }
      if (greater.empty()) continue;
      if (kind == "any") {
        out.push_back(n);
      } else if (kind == "major" || kind == "minor" || kind == "patch") {
        for (auto& x : greater)
          if (Diff(*cur, *semver::Parse(x)) == kind) {
            out.push_back(n);
            break;
          }
      } else if (kind == "in-range" || kind == "out-of-range") {
        bool in = kind == "in-range";
        Json ctxs = Json::Array();
        for (auto& [e, from] : n->edges_in) {
          Json vs = Json::Array();
          for (auto& x : greater)
            if (semver::Satisfies(x, e->spec) == in) vs.Push(Json::String(x));
          if (!vs.size()) continue;
          Json o = Json::Object();
          o.Set("from", Json::String(from->location));
          o.Set("versions", vs);
          ctxs.Push(o);
        }
        if (!ctxs.size()) continue;
        Json od = n->query_ctx.Get("outdated") && n->query_ctx.Get("outdated")->IsObject() ? *n->query_ctx.Get("outdated")
                                                                                             : Json::Object();
        od.Set(in ? "inRange" : "outOfRange", ctxs);
        n->query_ctx.Set("outdated", od);
        out.push_back(n);
      }
    }
    return out;
  }

  Items Semver(const Part& p, const Items& initial) {
    if (p.semver_value.empty()) return initial;  // (npm warns that this is deprecated)
    const std::string& sv = p.semver_value;
    if (!semver::Valid(sv) && !semver::ValidRange(sv))
      throw QueryError{"EQUERYINVALIDSEMVER", "`" + sv + "` is not a valid semver version or range"};
    bool value_version = semver::Valid(sv).has_value();
    const Part& m = *p.matcher;
    auto matches = [&](const Json& obj) {
      if (!m.op.empty() && !AttributeMatch(m, obj)) return false;
      const Json* a = obj.IsObject() ? obj.Get(m.attr) : nullptr;
      if (!a || !a->IsString()) return false;
      const std::string& av = a->str();
      if (!semver::Valid(av) && !semver::ValidRange(av)) return false;
      bool attr_version = semver::Valid(av).has_value();
      std::string fn = p.semver_func;
      if (fn == "infer") fn = value_version && attr_version ? "eq" : !value_version && !attr_version ? "intersects" : "satisfies";
      if (fn == "eq" || fn == "neq" || fn == "gt" || fn == "gte" || fn == "lt" || fn == "lte") {
        if (!value_version || !attr_version) return false;
        return SemverFn(fn, av, sv);
      }
      if (fn == "gtr" || fn == "ltr" || fn == "satisfies") {
        if (!value_version && !attr_version) return false;
        return value_version ? SemverFn(fn, sv, av) : SemverFn(fn, av, sv);
      }
      if (fn == "intersects" || fn == "subset") return SemverFn(fn, av, sv);
      return SemverFn(fn, av, sv);  // throws EQUERYINVALIDOPERATOR
    };
    Items out;
    for (QNode* n : initial) {
      if (p.lookup.empty()) {
        if (matches(n->pkg)) out.push_back(n);
        continue;
      }
      // (arborist answers at the first property step; "[]" steps before it flatten)
      std::vector<const Json*> objs = {&n->pkg}, next;
      size_t k = 0;
      for (; k < p.lookup.size() && p.lookup[k] == kArray; k++) objs = Flatten(objs);
      if (k == p.lookup.size() || !Step(objs, p.lookup[k], &next)) continue;
      for (const Json* o : next)
        if (matches(*o)) {
          out.push_back(n);
          break;
        }
    }
    return out;
  }

  QNode* Missing(QNode* from, const Edge* e) {
    auto q = std::make_unique<QNode>();
    q->missing = true;
    q->pkg = Json::Object();
    q->pkg.Set("name", Json::String(e->name));
    q->pkg.Set("version", Json::String(e->spec));
    q->pkg.Set("_id", Json::String(e->name + "@" + e->spec));
    q->edges_in.push_back({e, from});
    q->query_ctx.Set("missing", Json::Bool(true));
    q->missing_from = from;
    q->missing_edge = e;
    extra_.push_back(std::move(q));
    return extra_.back().get();
  }

  // arborist's retrieveNodesFromParsedAst. `target`: :scope's node; `ast_target`: :is/:not's
  // nested lists, whose :root and :scope match nothing.
  Items Evaluate(const SelList& list, const Items& initial_items, QNode* target, bool ast_target) {
    std::vector<Items> results(list.selectors.size());
    std::set<QNode*> dedupe;
    for (size_t si = 0; si < list.selectors.size(); si++) {
      const Selector& sel = list.selectors[si];
      Items current = si == 0 ? initial_items : Items{};
      std::string pending;
      bool has_pending = false;
      for (size_t pi = 0; pi < sel.parts.size(); pi++) {
        const Part& p = sel.parts[pi];
        if (p.kind == Part::kCombinator) {
          pending = p.value;
          has_pending = true;
          continue;
        }
        const Items& initial = pi == 0 ? initial_items : sel.parts[pi - 1].kind == Part::kCombinator ? inventory_ : current;
        Items next;
        switch (p.kind) {
          case Part::kUniversal: next = initial; break;
          case Part::kId:
            for (QNode* n : initial)
              if ((n->node && n->node->name == p.value) || n->pkg.GetString("name") == p.value) next.push_back(n);
            break;
          case Part::kClass: {
            const std::string& c = p.value;
            if (c == "prod") {
              for (QNode* n : initial)
                if (!(n->node && n->node->dev)) next.push_back(n);
            } else if (c == "dev") {
              next = ByType(initial, EdgeType::kDev);
            } else if (c == "optional") {
              next = ByType(initial, EdgeType::kOptional);
            } else if (c == "peer") {
              next = ByType(initial, EdgeType::kPeer);
            } else if (c == "workspace") {
              for (QNode* n : initial)
                if (n->node && n->node->is_link && n->node->link_inside) next.push_back(n);
            } else if (c == "bundled") {
              for (QNode* n : initial)
                if (n->node && n->node->in_bundle) next.push_back(n);
            } else {
              throw QueryError{"EQUERYNODEPTYPE", "`." + c + "` is not a supported dependency type."};
            }
            break;
          }
          case Part::kAttr:
            for (QNode* n : initial)
              if (AttributeMatch(p, n->pkg)) next.push_back(n);
            break;
          case Part::kPseudo: next = Pseudo(p, initial, target, ast_target); break;
          case Part::kTag: throw QueryError{"EQUERYNOSELECTOR", "`tag` is not a supported selector."};
          default: throw QueryError{"EQUERYNOSELECTOR", "`" + p.value + "` is not a supported selector."};
        }
        if (has_pending) {
          current = Combine(pending, current, next);
          has_pending = false;
        } else {
          current = next;
        }
      }
      results[si] = current;
    }
    Items out;
    for (auto& r : results)
      for (QNode* n : r)
        if (dedupe.insert(n).second) out.push_back(n);
    return out;
  }

  Context& ctx_;
  std::vector<std::unique_ptr<QNode>>& owned_;
  std::vector<std::unique_ptr<QNode>> extra_;
  std::map<std::string, std::vector<std::string>> versions_;  // :outdated's packument cache
  Json advisories_;  // :vuln's answer from the registry
  bool vuln_loaded_ = false;
  QNode* root_;
  Items inventory_;
};

Json ItemJson(const QNode* q) {
  Json o = q->pkg.IsObject() ? q->pkg : Json::Object();
  std::string name = q->pkg.GetString("name"), version = q->pkg.GetString("version");
  std::string pkgid = name.empty() ? "" : name + "@" + version;
  if (q->node && !q->node->is_root && q->node->name != q->node->pkg_name && !q->node->pkg_name.empty())
    pkgid = q->node->name + "@npm:" + q->node->pkg_name + "@" + version;
  if (q->node && q->node->is_root && name.empty()) pkgid = BaseName(q->path) + "@" + version;
  o.Set("pkgid", Json::String(pkgid));
  if (!q->missing) o.Set("location", Json::String(q->location));
  o.Set("path", q->missing ? Json() : Json::String(q->path));
  o.Set("realpath", q->missing ? Json() : Json::String(q->realpath));
  o.Set("resolved", q->node && !q->node->resolved.empty() ? Json::String(q->node->resolved) : Json());
  Json from = Json::Array(), to = Json::Array();
  for (auto& [e, f] : q->edges_in) from.Push(Json::String(f->location));
  for (const Edge* e : q->edges_out)
    if (e->to) to.Push(Json::String(e->to == nullptr ? "" : e->to->Location()));
  o.Set("from", from);
  o.Set("to", to);
  o.Set("dev", Json::Bool(q->node ? q->node->dev : true));
  o.Set("inBundle", Json::Bool(q->node && q->node->in_bundle));
  o.Set("deduped", Json::Bool(false));  // (npm computes it before `from` is filled)
  o.Set("overridden", Json::Bool(q->overridden));
  o.Set("queryContext", q->query_ctx);
  return o;
}

}  // namespace

int CmdQuery(Context& ctx, const Args& args) {
  SetJsonErrors(true);  // npm's query always answers in JSON
  std::string query = args.positional.empty() ? "" : args.positional[0];
  LoadedTree lt;
  Json lock;
  bool lock_only = ctx.config.GetBool("package-lock-only", false);
  if (lock_only) {
    if (!LoadProject(ctx, &lt.pkg, false)) return 1;
    if (!LoadLockTree(ctx, &lt, &lock))
      return ReportError({"EUSAGE", "\nA package lock or shrinkwrap file is required in package-lock-only mode\n\n"
                                    "Retrieve a filtered list of packages\n\nUsage:\nnodus query <selector>\n\nOptions:\n"
                                    "[-g|--global]\n[-w|--workspace <workspace-name> [-w|--workspace <workspace-name> ...]]\n"
                                    "[--workspaces] [--include-workspace-root] [--package-lock-only]\n[--expect-results|--expect-result-count <count>]\n\n"
                                    "Run \"nodus help query\" for more info"});
  } else {
    if (!LoadForQuery(ctx, &lt)) return 1;
    AddUnlistedPackages(ctx, &lt.tree);
  }
  Node* root = lt.tree.root();
  root->name = BaseName(ctx.project_dir);  // arborist's root is named after its folder
  std::vector<std::unique_ptr<QNode>> nodes;
  std::map<const Node*, QNode*> of;
  std::vector<Node*> all = {root};
  for (Node* n : lt.tree.Nodes()) all.push_back(n);
  for (Node* n : all) {
    auto q = std::make_unique<QNode>();
    q->node = n;
    q->root = n->is_root;
    q->location = n->Location();
    q->path = n->is_root ? ctx.project_dir : JoinPath(ctx.project_dir, q->location);
    q->realpath = n->is_link ? JoinPath(ctx.project_dir, n->link_target) : q->path;
    PmError err;
    std::string pj = (n->is_link ? q->realpath : q->path) + "/package.json";
    if (n->is_root) {
      q->pkg = lt.pkg;
      NormalizePkg(&q->pkg);
    } else if (lock_only) {
      // the lock entry as it stands, with its name and _id
      const Json* pk = lock.Get("packages");
      const Json* e = pk ? pk->Get(q->location) : nullptr;
      q->pkg = e && e->IsObject() ? *e : Json::Object();
      if (!q->pkg.Get("name")) q->pkg.Set("name", Json::String(n->pkg_name.empty() ? n->name : n->pkg_name));
      std::string name = q->pkg.GetString("name"), version = q->pkg.GetString("version");
      if (!name.empty() && !version.empty()) q->pkg.Set("_id", Json::String(name + "@" + version));
    } else {
      if (!ReadPackageJsonFile(pj, &q->pkg, &err)) q->pkg = Json::Object();
      NormalizePkg(&q->pkg);
    }
    q->edges_out = OrderedEdges(n, q->pkg);
    of[n] = q.get();
    nodes.push_back(std::move(q));
  }
  for (auto& q : nodes)
    for (const Edge* e : q->edges_out)
      if (e->to && of.count(e->to)) {
        of[e->to]->edges_in.push_back({e, q.get()});
        if (e->spec != e->raw_spec) of[e->to]->overridden = true;
      }
  // Extraneous: what no edge from the root reaches.
  std::set<QNode*> reach = {of[root]};
  std::vector<QNode*> work = {of[root]};
  while (!work.empty()) {
    QNode* x = work.back();
    work.pop_back();
    for (const Edge* e : x->edges_out)
      if (e->to && of.count(e->to) && reach.insert(of[e->to]).second) work.push_back(of[e->to]);
  }
  for (auto& q : nodes) q->extraneous = !reach.count(q.get());
  Json out = Json::Array();
  try {
    if (!query.empty()) {
      Parser parser(query);
      SelList list = parser.ParseList(false);
      Transform(&list);
      Engine engine(ctx, nodes, of[root]);
      std::set<std::string> seen;
      for (QNode* q : engine.Run(list)) {
        if (!q->location.empty() && !seen.insert(q->location).second) continue;
        out.Push(ItemJson(q));
      }
    }
  } catch (const QueryError& e) {
    return ReportError({e.code, e.message});
  }
  std::printf("%s\n", SerializeJson(out, 2).c_str());
  if (ctx.config.Has("expect-results")) {
    bool want = ctx.config.GetBool("expect-results", true);
    if (want && out.size() == 0) return ReportError({"EEXPECTEDRESULTS", "Expected results but found none."});
    if (!want && out.size() != 0) return ReportError({"EEXPECTEDRESULTS", "Expected no results but found some."});
  }
  return 0;
}

}  // namespace nodus::pm

#include "pm/tree.h"

#include <sys/utsname.h>

#include <algorithm>
#include <functional>
#include <set>

#include "pm/fs_util.h"
#include "pm/semver.h"
#include "pm/dep_spec.h"

namespace nodus::pm {

std::string Node::Location() const {
  if (is_root || !parent) return "";
  std::string p = parent->Location();
  return (p.empty() ? "" : p + "/") + "node_modules/" + name;
}

int Node::Depth() const {
  int d = 0;
  for (const Node* n = this; n->parent; n = n->parent) d++;
  return d;
}

bool Node::IsInside(const Node* ancestor) const {
  for (const Node* n = this; n; n = n->parent)
    if (n == ancestor) return true;
  return false;
}

Tree::Tree() {
  root_ = NewNode();
  root_->is_root = true;
}

void Tree::Reset() {
  nodes_valid_ = false;
  owned_.clear();
  root_ = NewNode();
  root_->is_root = true;
  root_->overrides = overrides_.get();
}

// ---- overrides ---------------------------------------------------------------------------------

std::unique_ptr<OverrideSet> OverrideSet::FromJson(const Json& overrides) {
  if (!overrides.IsObject() || overrides.members().empty()) return nullptr;
  auto root = std::make_unique<OverrideSet>();
  for (auto& [k, v] : overrides.members())
    if (k != ".") root->Add(k, v);
  return root;
}

void OverrideSet::Add(const std::string& key, const Json& v) {
  auto child = std::make_unique<OverrideSet>();
  child->parent = this;
  child->key = key;
  // "name" or "name@spec" (a scoped name keeps its leading "@").
  size_t at = key.find('@', key.size() && key[0] == '@' ? 1 : 0);
  child->name = key.substr(0, at);
  child->key_spec = at == std::string::npos ? "" : Trim(key.substr(at + 1));
  if (child->key_spec.empty()) child->key_spec = "*";
  if (v.IsString()) {
    child->value = v.str().empty() ? "*" : v.str();
  } else if (v.IsObject()) {
    const Json* dot = v.Get(".");
    child->value = dot && dot->IsString() ? (dot->str().empty() ? "*" : dot->str()) : child->key_spec;
    for (auto& [k, sub] : v.members())
      if (k != ".") child->Add(k, sub);
  } else {
    child->value = child->key_spec;
  }
  children.push_back(std::move(child));
}

const OverrideSet* OverrideSet::EdgeRule(const std::string& edge_name, const std::string& raw_spec) const {
  // The rules in force: this set's children, then itself, then its ancestors' (nearest first; a
  // key seen once is not looked at again).
  std::set<std::string> seen;
  for (const OverrideSet* o = this; o; o = o->parent) {
    std::vector<const OverrideSet*> rules;
    for (auto& c : o->children) rules.push_back(c.get());
    if (o->parent) rules.push_back(o);
    for (const OverrideSet* r : rules) {
      if (!seen.insert(r->key).second || r->name != edge_name) continue;
      if (r->key_spec == "*") return r;
      DepSpec d = ParseDepSpec(edge_name, raw_spec);
      if (d.kind == DepSpec::Kind::kRange || d.kind == DepSpec::Kind::kAlias) {
        if (semver::Intersects(d.range, r->key_spec, {true, false}).value_or(false)) return r;
        continue;
      }
      if (d.kind == DepSpec::Kind::kGit || d.kind == DepSpec::Kind::kInvalid) continue;
      return r;  // a tag, a folder or a tarball: nothing to compare, the rule applies
    }
  }
  return this;
}

void Tree::SetOverrides(const Json* overrides) {
  overrides_ = overrides ? OverrideSet::FromJson(*overrides) : nullptr;
  root_->overrides = overrides_.get();
}

void Tree::BuildAllEdges() {
  std::vector<Node*> all = Nodes();
  for (Node* n : all) n->overrides = nullptr;
  root_->overrides = overrides_.get();
  BuildEdges(root_);
  std::set<Node*> seen{root_};
  std::vector<Node*> queue{root_};
  for (size_t i = 0; i < queue.size(); i++) {
    Node* n = queue[i];
    for (auto& e : n->edges) {
      Node* t = Resolve(n, e.name);
      if (!t || !seen.insert(t).second) continue;
      t->overrides = e.rule ? e.rule : n->overrides;
      BuildEdges(t);
      queue.push_back(t);
    }
  }
  for (Node* n : all)
    if (!seen.count(n)) {
      n->overrides = overrides_.get();
      BuildEdges(n);
    }
}

std::string Tree::RootOverrideConflict() const {
  for (auto& e : root_->edges)
    if (e.spec != e.raw_spec && !StartsWith(e.raw_spec, "$"))
      return "Override for " + e.name + "@" + e.raw_spec + " conflicts with direct dependency";
  return "";
}

Node* Tree::NewNode() {
  owned_.push_back(std::make_unique<Node>());
  return owned_.back().get();
}

void Tree::Place(Node* parent, Node* child) {
  nodes_valid_ = false;
  child->parent = parent;
  parent->children[child->name] = child;
}

void Tree::Detach(Node* n) {
  nodes_valid_ = false;
  if (n->parent) {
    auto it = n->parent->children.find(n->name);
    if (it != n->parent->children.end() && it->second == n) n->parent->children.erase(it);
  }
  n->parent = nullptr;
}

std::vector<Node*> Tree::Nodes() const {
  if (nodes_valid_) return nodes_;
  std::vector<std::pair<std::string, Node*>> v;
  std::function<void(Node*)> walk = [&](Node* n) {
    for (auto& [_, c] : n->children) {
      v.emplace_back(c->Location(), c);
      walk(c);
    }
  };
  walk(root_);
  std::sort(v.begin(), v.end());
  std::vector<Node*> out;
  out.reserve(v.size());
  for (auto& [_, n] : v) out.push_back(n);
  nodes_ = out;
  nodes_valid_ = true;
  return out;
}

Node* Tree::Find(const std::string& location) const {
  if (location.empty()) return root_;
  Node* cur = root_;
  std::string rest = location;
  while (!rest.empty()) {
    if (!StartsWith(rest, "node_modules/")) return nullptr;
    rest = rest.substr(13);
    std::string name;
    size_t slash = rest.find('/');
    if (!rest.empty() && rest[0] == '@' && slash != std::string::npos) slash = rest.find('/', slash + 1);
    name = slash == std::string::npos ? rest : rest.substr(0, slash);
    rest = slash == std::string::npos ? "" : rest.substr(slash + 1);
    auto it = cur->children.find(name);
    if (it == cur->children.end()) return nullptr;
    cur = it->second;
  }
  return cur;
}

Node* Tree::Resolve(const Node* from, const std::string& name) const {
  for (const Node* n = from; n; n = n->parent) {
    auto it = n->children.find(name);
    if (it != n->children.end()) return it->second;
  }
  return nullptr;
}

static const char* kKeep[] = {"dependencies", "optionalDependencies", "peerDependencies", "peerDependenciesMeta",
                              "bin", "engines", "os", "cpu", "libc", "license", "deprecated",
                              "hasInstallScript", "funding", "bundleDependencies", "bundledDependencies"};


bool LicenseMeta(const Json* v, Json* out) {
  if (!v || v->IsNull()) return false;
  if (v->IsString() && v->str().empty()) return false;
  if (v->IsBool() && !v->boolean()) return false;
  if (v->IsNumber() && (v->number() == 0 || v->number() != v->number())) return false;
  if (v->IsObject()) {
    if (const Json* t = v->Get("type"); t && !(t->IsNull() || (t->IsString() && t->str().empty()) ||
                                               (t->IsBool() && !t->boolean()) || (t->IsNumber() && t->number() == 0))) {
      *out = *t;
      return true;
    }
    if (v->members().empty()) return false;
  }
  if (v->IsArray() && v->items().empty()) return false;
  *out = *v;
  return true;
}

Json ManifestSubset(const Json& m) {
  Json out = Json::Object();
  for (const char* k : kKeep) {
    const Json* v = m.Get(k);
    if (!v) continue;
    if (std::string(k) == "bin" && v->IsString()) {
      // Normalise "bin": "x.js" to {"<name without scope>": "x.js"} as npm does.
      std::string n = m.GetString("name");
      if (size_t s = n.find('/'); s != std::string::npos) n = n.substr(s + 1);
      Json b = Json::Object();
      b.Set(n, *v);
      v = &out.Set("bin", b);
    }
    if (std::string(k) == "license") {
      Json lic;
      if (LicenseMeta(v, &lic)) out.Set("license", lic);
      continue;
    }
    if (std::string(k) == "bin" && v->IsObject()) {
      // npm writes bin paths normalised: "./bin/x.js" -> "bin/x.js".
      Json b = Json::Object();
      for (auto& [name, path] : v->members()) {
        if (!path.IsString()) continue;
        std::string p = path.str();
        while (StartsWith(p, "./")) p = p.substr(2);
        b.Set(name, Json::String(p));
      }
      out.Set(k, b);
      continue;
    }
    if (std::string(k) == "funding" && v->IsString()) {
      // A string becomes {"url": ...}, as npm normalises it (arrays stay as they are).
      Json o = Json::Object();
      o.Set("url", *v);
      out.Set(k, o);
      continue;
    }
    out.Set(k, *v);
  }
  if (const Json* s = m.Get("scripts")) {
    if (s->Get("preinstall") || s->Get("install") || s->Get("postinstall")) out.Set("hasInstallScript", Json::Bool(true));
  }
  return out;
}

void Tree::BuildEdges(Node* n) {
  n->edges.clear();
  if (n->in_bundle) return;  // a bundled package is complete as shipped
  std::map<std::string, Edge> by_name;
  // Bundled dependencies ship inside the package's own tarball: nothing to resolve for them.
  std::set<std::string> bundled;
  bool bundle_all = false;
  if (!n->is_root && !n->is_link) {
    for (const char* f : {"bundleDependencies", "bundledDependencies"}) {
      const Json* b = n->meta.Get(f);
      if (!b) continue;
      if (b->IsBool() && b->boolean()) bundle_all = true;
      if (b->IsArray())
        for (auto& x : b->items())
          if (x.IsString()) bundled.insert(x.str());
    }
  }
  auto add = [&](const char* field, EdgeType type) {
    const Json* deps = n->meta.Get(field);
    if (!deps || !deps->IsObject()) return;
    for (auto& [name, spec] : deps->members()) {
      if (!spec.IsString()) continue;
      if ((bundle_all || bundled.count(name)) && type != EdgeType::kPeer) continue;
      Edge e;
      e.name = name;
      e.spec = spec.str();
      e.type = type;
      if (type == EdgeType::kPeer) {
        const Json* meta = n->meta.Get("peerDependenciesMeta");
        const Json* pm = meta ? meta->Get(name) : nullptr;
        const Json* opt = pm ? pm->Get("optional") : nullptr;
        if (opt && opt->IsBool() && opt->boolean()) e.type = EdgeType::kPeerOptional;
      }
      e.raw_spec = e.spec;
      if (n->overrides) {
        e.rule = n->overrides->EdgeRule(name, e.raw_spec);
        if (e.rule->name == name && !e.rule->value.empty() && e.rule->value != "*") {
          e.spec = e.rule->value;
          // "$name": the spec the root project (else this package) gives that name.
          if (StartsWith(e.spec, "$")) {
            std::string ref = e.spec.substr(1);
            for (const Json* m : {&root_->meta, &n->meta})
              for (const char* f : {"devDependencies", "optionalDependencies", "dependencies"}) {
                const Json* d = m->Get(f);
                if (StartsWith(e.spec, "$") && d && d->Get(ref) && d->Get(ref)->IsString()) e.spec = d->Get(ref)->str();
              }
          }
        }
      }
      // Later fields win: optionalDependencies override dependencies; peers do not replace
      // a regular dependency of the same name.
      auto it = by_name.find(name);
      if (it != by_name.end() && (type == EdgeType::kPeer)) continue;
      by_name[name] = e;
    }
  };
  if (n->is_root) {
    add("peerDependencies", EdgeType::kPeer);
    add("devDependencies", EdgeType::kDev);
    add("dependencies", EdgeType::kProd);
    add("optionalDependencies", EdgeType::kOptional);
    // Workspaces: a link to each, like a dependency of the root.
    if (const Json* ws = n->meta.Get("_workspaceLinks"))
      for (auto& [name, spec] : ws->members()) {
        Edge e;
        e.name = name;
        e.spec = e.raw_spec = spec.str();
        by_name[name] = e;
      }
  } else {
    add("peerDependencies", EdgeType::kPeer);
    if (n->is_link && n->link_inside) add("devDependencies", EdgeType::kDev);
    add("dependencies", EdgeType::kProd);
    add("optionalDependencies", EdgeType::kOptional);
  }
  for (auto& [_, e] : by_name) n->edges.push_back(e);
}

void Tree::ResolveEdges() {
  auto nodes = Nodes();
  nodes.insert(nodes.begin(), root_);
  for (Node* n : nodes)
    for (auto& e : n->edges) e.to = Resolve(n, e.name);
}

size_t Tree::Prune() {
  std::set<Node*> seen{root_};
  std::vector<Node*> stack{root_};
  while (!stack.empty()) {
    Node* n = stack.back();
    stack.pop_back();
    for (auto& e : n->edges)
      if (e.to && seen.insert(e.to).second) stack.push_back(e.to);
    // A link's target directory is part of the project, not of the tree.
  }
  size_t removed = 0;
  for (Node* n : Nodes()) {
    if (!n->parent) continue;  // already detached with an ancestor
    if (!seen.count(n)) {
      Detach(n);
      removed++;
    }
  }
  return removed;
}

void Tree::ComputeFlags() {
  auto nodes = Nodes();
  // Reachability from the root while skipping some edge kinds.
  auto reach = [&](std::function<bool(const Edge&, bool from_root)> skip) {
    std::set<Node*> seen{root_};
    std::vector<Node*> stack{root_};
    while (!stack.empty()) {
      Node* n = stack.back();
      stack.pop_back();
      for (auto& e : n->edges) {
        if (!e.to || skip(e, n->is_root)) continue;
        if (seen.insert(e.to).second) stack.push_back(e.to);
      }
    }
    return seen;
  };
  auto is_opt = [](const Edge& e) { return e.type == EdgeType::kOptional || e.type == EdgeType::kPeerOptional; };
  auto no_dev = reach([](const Edge& e, bool r) { return e.type == EdgeType::kDev; });
  auto no_opt = reach([&](const Edge& e, bool) { return is_opt(e); });
  auto neither = reach([&](const Edge& e, bool r) { return e.type == EdgeType::kDev || is_opt(e); });
  auto no_peer = reach([](const Edge& e, bool) { return e.type == EdgeType::kPeer || e.type == EdgeType::kPeerOptional; });
  for (Node* n : nodes) {
    n->dev = !no_dev.count(n);
    n->optional = !no_opt.count(n);
    n->dev_optional = !neither.count(n) && !n->dev && !n->optional;
    n->peer = !no_peer.count(n);
  }
}

bool EdgeSatisfied(const Edge& e) {
  if (!e.to) return e.type == EdgeType::kOptional || e.type == EdgeType::kPeerOptional;
  return EdgeAccepts(e, e.to);
}

static bool SpecAccepts(const std::string& name, const std::string& spec, const Node* t) {
  DepSpec d = ParseDepSpec(name, spec);
  switch (d.kind) {
    case DepSpec::Kind::kRange:
      return t->pkg_name == d.name && (d.range == "latest" || semver::Satisfies(t->version, d.range, {true, false}));
    case DepSpec::Kind::kAlias:
      return t->pkg_name == d.name && semver::Satisfies(t->version, d.range, {true, false});
    case DepSpec::Kind::kTag: return t->pkg_name == d.name;
    // A folder is linked, or (install-links) packed and copied: no integrity is recorded then.
    case DepSpec::Kind::kDirectory: return t->is_link || (StartsWith(t->resolved, "file:") && t->integrity.empty());
    case DepSpec::Kind::kLink: return t->is_link;
    case DepSpec::Kind::kFile:
    case DepSpec::Kind::kTarballUrl: return !t->resolved.empty();
    default: return false;
  }
}

bool EdgeAccepts(const Edge& e, const Node* t) {
  if (SpecAccepts(e.name, e.spec, t)) return true;
  // arborist: a package outside the override's spec is still fine when it satisfies the spec as
  // written and is not one the override's key selects.
  if (!e.rule || e.rule->name != e.name || e.spec == e.raw_spec) return false;
  return SpecAccepts(e.name, e.raw_spec, t) && !semver::Satisfies(t->version, e.rule->key_spec, {true, false});
}

bool PlatformSupported(const Json& meta) {
  auto check = [](const Json* list, const std::string& actual) {
    if (!list || !list->IsArray() || list->items().empty()) return true;
    bool any_positive = false, match = false;
    for (auto& it : list->items()) {
      if (!it.IsString()) continue;
      std::string v = it.str();
      if (!v.empty() && v[0] == '!') {
        if (v.substr(1) == actual) return false;
      } else {
        any_positive = true;
        if (v == actual || v == "any") match = true;
      }
    }
    return !any_positive || match;
  };
  static const std::string cpu = [] {
    struct utsname u;
    uname(&u);
    std::string c = u.machine;
    if (c == "x86_64") c = "x64";
    else if (c == "aarch64") c = "arm64";
    else if (c == "i686" || c == "i386") c = "ia32";
    return c;
  }();
  return check(meta.Get("os"), "linux") && check(meta.Get("cpu"), cpu) && check(meta.Get("libc"), "glibc");
}

// ---- package-lock.json ------------------------------------------------------------------------

bool LoadLockfile(const Json& lock, Tree* tree, PmError* err) {
  const Json* ver = lock.Get("lockfileVersion");
  const Json* packages = lock.Get("packages");
  if (!packages || !packages->IsObject()) {
    *err = {"ELOCKVERSION", "package-lock.json has no \"packages\" section (lockfileVersion " +
                                (ver ? ver->str() : std::string("?")) + "); it is ignored"};
    return false;
  }
  // Sort by location so parents come first.
  std::vector<std::pair<std::string, const Json*>> entries;
  for (auto& [loc, v] : packages->members()) entries.emplace_back(loc, &v);
  std::sort(entries.begin(), entries.end(), [](auto& a, auto& b) {
    return std::count(a.first.begin(), a.first.end(), '/') < std::count(b.first.begin(), b.first.end(), '/') ||
           (std::count(a.first.begin(), a.first.end(), '/') == std::count(b.first.begin(), b.first.end(), '/') &&
            a.first < b.first);
  });
  for (auto& [loc, v] : entries) {
    if (loc.empty()) continue;
    size_t nm = loc.rfind("node_modules/");
    if (nm == std::string::npos) continue;  // a workspace folder's own entry: not in node_modules
    std::string parent_loc = nm == 0 ? "" : loc.substr(0, nm - 1);
    Node* parent = tree->Find(parent_loc);
    if (!parent) continue;
    Node* n = tree->NewNode();
    n->name = loc.substr(nm + 13);
    n->pkg_name = v->GetString("name", n->name);
    n->version = v->GetString("version");
    n->resolved = v->GetString("resolved");
    n->integrity = v->GetString("integrity");
    const Json* link = v->Get("link");
    if (link && link->IsBool() && link->boolean()) {
      n->is_link = true;
      n->link_target = n->resolved;
      // The target's own entry (by its path) carries its manifest.
      n->link_inside = !StartsWith(n->link_target, "../") && n->link_target != ".." && !StartsWith(n->link_target, "/");
      if (const Json* t = packages->Get(n->resolved)) {
        n->meta = ManifestSubset(*t);
        if (t->Get("devDependencies")) n->meta.Set("devDependencies", *t->Get("devDependencies"));
        n->version = t->GetString("version");
        n->pkg_name = t->GetString("name", n->name);
      }
    } else {
      n->meta = ManifestSubset(*v);
    }
    const Json* his = v->Get("hasInstallScript");
    n->has_install_script = his && his->IsBool() && his->boolean();
    const Json* ib = v->Get("inBundle");
    n->in_bundle = ib && ib->IsBool() && ib->boolean();
    tree->Place(parent, n);
  }
  return true;
}

static void SetIfTrue(Json* o, const char* k, bool v) {
  if (v) o->Set(k, Json::Bool(true));
}

// ---- key order: npm writes lockfiles with json-stringify-nice ------------------------------------
// At every level: values that are not objects first, then objects (arrays count as non-objects);
// within each group the preferred keys in their order, then the rest by String.localeCompare
// ('en'), which the collation below approximates for ASCII (ICU's root order: punctuation, then
// digits, then letters ignoring case; lower case first on a tie).
namespace {

struct PrimaryWeights {
  short w[256];
  PrimaryWeights() {
    static const char kPunct[] = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
    for (int c = 0; c < 256; c++) w[c] = static_cast<short>(300 + c);
    for (int c = '0'; c <= '9'; c++) w[c] = static_cast<short>(100 + (c - '0'));
    for (int c = 'a'; c <= 'z'; c++) w[c] = w[c - 'a' + 'A'] = static_cast<short>(200 + (c - 'a'));
    for (int i = 0; kPunct[i]; i++) w[static_cast<unsigned char>(kPunct[i])] = static_cast<short>(1 + i);
  }
};

bool CollateLess(const std::string& a, const std::string& b) {
  static const PrimaryWeights kWeights;
  size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; i++) {
    int wa = kWeights.w[static_cast<unsigned char>(a[i])], wb = kWeights.w[static_cast<unsigned char>(b[i])];
    if (wa != wb) return wa < wb;
  }
  if (a.size() != b.size()) return a.size() < b.size();
  for (size_t i = 0; i < n; i++) {
    bool la = islower(static_cast<unsigned char>(a[i])), lb = islower(static_cast<unsigned char>(b[i]));
    if (la != lb) return la;
  }
  return a < b;
}

void NiceOrder(Json* v) {
  static const std::string_view kPreferred[] = {"name", "version", "lockfileVersion", "resolved", "integrity",
                                                "requires", "packages", "dependencies"};
  auto rank = [](const std::string& k) {
    for (int i = 0; i < 8; i++)
      if (k.size() == kPreferred[i].size() && k == kPreferred[i]) return i;
    return 8;
  };
  if (v->IsArray()) {
    for (auto& item : v->items_mut()) NiceOrder(&item);
    return;
  }
  if (!v->IsObject()) return;
  auto& m = v->members_mut();
  for (auto& [k, child] : m) NiceOrder(&child);
  // Sorts indexes by precomputed keys, then moves each member once (sorting the members
  // themselves moved whole subtrees at every step).
  struct Key { bool object; int rank; size_t i; };
  std::vector<Key> keys(m.size());
  for (size_t i = 0; i < m.size(); i++) keys[i] = {m[i].second.IsObject(), rank(m[i].first), i};
  auto less = [&](const Key& a, const Key& b) {
    if (a.object != b.object) return b.object;
    if (a.rank != b.rank) return a.rank < b.rank;
    if (a.rank < 8) return false;
    return CollateLess(m[a.i].first, m[b.i].first);
  };
  // Already in order (the packages of a lockfile come sorted): one pass, no sort.
  if (std::is_sorted(keys.begin(), keys.end(), less)) return;
  std::stable_sort(keys.begin(), keys.end(), less);
  std::vector<std::pair<std::string, Json>> out;
  out.reserve(m.size());
  for (const Key& k : keys) out.push_back(std::move(m[k.i]));
  m.swap(out);
}

}  // namespace

std::string SerializeLockfile(Json lock, std::string* hidden) {
  NiceOrder(&lock);
  std::string out = SerializeJson(lock, 2) + "\n";
  if (hidden) {
    // What BuildLockfile(..., true) gives for the same tree: no project version, no root entry
    // (dropping members keeps the others' order).
    lock.Erase("version");
    if (Json* packages = lock.GetMut("packages")) packages->Erase("");
    *hidden = SerializeJson(lock, 2) + "\n";
  }
  return out;
}

void SetLockRootDeps(Json* lock, const Json& pkg) {
  Json* packages = lock->GetMut("packages");
  Json* root = packages ? packages->GetMut("") : nullptr;
  if (!root) return;
  for (const char* k : {"dependencies", "devDependencies", "optionalDependencies", "peerDependencies"}) {
    const Json* v = pkg.Get(k);
    if (v && v->IsObject() && (!v->members().empty() || std::string(k) == "dependencies")) root->Set(k, *v);
    else root->Erase(k);
  }
}

Json BuildLockfile(const Tree& tree, const Json& pkg, bool hidden) {
  Json lock = Json::Object();
  if (!hidden) {
    lock.Set("name", Json::String(pkg.GetString("name", "")));
    if (pkg.Get("version")) lock.Set("version", Json::String(pkg.GetString("version")));
  } else {
    lock.Set("name", Json::String(pkg.GetString("name", "")));
  }
  lock.Set("lockfileVersion", Json::Number(3));
  lock.Set("requires", Json::Bool(true));
  Json packages = Json::Object();
  if (!hidden) {
    Json root = Json::Object();
    if (pkg.Get("name")) root.Set("name", Json::String(pkg.GetString("name")));
    if (pkg.Get("version")) root.Set("version", Json::String(pkg.GetString("version")));
    for (const char* k : {"license", "dependencies", "devDependencies", "optionalDependencies", "peerDependencies",
                          "peerDependenciesMeta", "bin", "engines", "workspaces"}) {
      if (const Json* v = pkg.Get(k)) {
        if (std::string(k) == "bin" && v->IsString()) continue;
        if (v->IsObject() && v->members().empty() && std::string(k) != "dependencies") continue;
        Json copy = *v;
        if (StartsWith(k, "dependencies") || EndsWith(k, "Dependencies")) copy.SortKeys();  // as npm writes them
        root.Set(k, copy);
      }
    }
    if (const Json* s = pkg.Get("scripts"))
      if (s->Get("preinstall") || s->Get("install") || s->Get("postinstall"))
        root.Set("hasInstallScript", Json::Bool(true));
    packages.Set("", root);
  }
  std::vector<std::pair<std::string, Json>> link_targets;
  for (Node* n : tree.Nodes()) {
    Json e = Json::Object();
    if (n->is_link) {
      e.Set("resolved", Json::String(n->link_target));
      e.Set("link", Json::Bool(true));
      packages.members_mut().emplace_back(n->Location(), std::move(e));
      Json t = Json::Object();
      // As npm: the name only when the folder's own name differs.
      std::string folder = BaseName(n->link_target);
      std::string up = BaseName(DirName(n->link_target));
      if (!up.empty() && up[0] == '@') folder = up + "/" + folder;
      if (!n->pkg_name.empty() && n->pkg_name != folder) t.Set("name", Json::String(n->pkg_name));
      if (!n->version.empty()) t.Set("version", Json::String(n->version));
      for (auto& [k, v] : n->meta.members()) {
        Json copy = v;
        if (EndsWith(k, "ependencies")) copy.SortKeys();  // npm writes a folder's dependency lists sorted
        t.Set(k, copy);
      }
      link_targets.emplace_back(n->link_target, t);
      continue;
    }
    if (n->pkg_name != n->name) e.Set("name", Json::String(n->pkg_name));
    e.Set("version", Json::String(n->version));
    if (!n->resolved.empty()) e.Set("resolved", Json::String(n->resolved));
    if (!n->integrity.empty()) e.Set("integrity", Json::String(n->integrity));
    if (n->in_bundle) e.Set("inBundle", Json::Bool(true));
    if (n->dev && n->optional) {
      e.Set("dev", Json::Bool(true));
      e.Set("optional", Json::Bool(true));
    } else {
      SetIfTrue(&e, "dev", n->dev);
      SetIfTrue(&e, "optional", n->optional);
      SetIfTrue(&e, "devOptional", n->dev_optional);
    }
    SetIfTrue(&e, "peer", n->peer);
    for (const char* k : {"hasInstallScript", "license", "dependencies", "optionalDependencies", "bin", "engines",
                          "os", "cpu", "libc", "funding", "deprecated", "peerDependencies", "peerDependenciesMeta",
                          "bundleDependencies"}) {
      if (const Json* v = n->meta.Get(k)) {
        if (v->IsObject() && v->members().empty()) continue;
        e.Set(k, *v);
      }
    }
    packages.members_mut().emplace_back(n->Location(), std::move(e));  // locations are unique
  }
  for (auto& [loc, t] : link_targets)
    if (!packages.Get(loc)) packages.Set(loc, t);
  packages.SortKeys();
  lock.Set("packages", packages);
  return lock;
}

bool LockMatchesPackage(const Json& lock, const Json& pkg, const Tree& tree, std::string* why) {
  const Json* packages = lock.Get("packages");
  const Json* root = packages ? packages->Get("") : nullptr;
  if (!root) {
    *why = "the lockfile has no root package entry";
    return false;
  }
  for (const char* k : {"dependencies", "devDependencies", "optionalDependencies", "peerDependencies"}) {
    const Json* a = pkg.Get(k);
    const Json* b = root->Get(k);
    Json empty = Json::Object();
    if (!a || !a->IsObject()) a = &empty;
    if (!b || !b->IsObject()) b = &empty;
    for (auto& [name, spec] : a->members()) {
      const Json* other = b->Get(name);
      if (!other || !(spec == *other)) {
        *why = "package.json " + std::string(k) + " has " + name + "@" + spec.str() +
               (other ? " but the lockfile has " + other->str() : " which is missing from the lockfile");
        return false;
      }
    }
    for (auto& [name, spec] : b->members()) {
      if (!a->Get(name)) {
        *why = "the lockfile has " + name + " in " + k + " but package.json does not";
        return false;
      }
    }
  }
  std::vector<Node*> nodes = tree.Nodes();
  nodes.insert(nodes.begin(), tree.root());
  for (Node* n : nodes) {
    for (auto& e : n->edges) {
      if (e.type == EdgeType::kPeerOptional && !e.to) continue;
      if (e.type == EdgeType::kOptional && !e.to) continue;
      // A peer conflict npm accepted with a warning ("overriding peer dependency") stays so.
      if ((e.type == EdgeType::kPeer || e.type == EdgeType::kPeerOptional) && e.to && !n->is_root) continue;
      if (!EdgeSatisfied(e)) {
        *why = "Missing: " + e.name + "@" + e.spec + " from lock file" +
               (n->is_root ? "" : " (needed by " + n->pkg_name + "@" + n->version + ")") +
               (e.to ? " (found " + e.to->version + ")" : "");
        return false;
      }
    }
  }
  return true;
}

}  // namespace nodus::pm

// `sbom` (no V8 here): npm 11's CycloneDX 1.5 and SPDX 2.3 documents of the installed tree
// (or, with --package-lock-only, of the lockfile): the root, every package reachable from it
// (less those --omit names, by npm's query classes: a package is .dev/.optional/.peer when any
// path up to the root passes such an edge) and the extraneous ones, ordered by location; each
// package's package.json fields as they stand. Missing or invalid dependencies are
// ESBOMPROBLEMS, as npm.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <functional>
#include <random>
#include <set>

#include "pm/commands.h"
#include "pm/fs_util.h"
#include "pm/spdx_ids.h"

namespace nodus::pm {

namespace {

constexpr const char kNpmVersion[] = "11.19.1";  // the npm whose behaviour nodus follows

struct Item {
  Node* node;
  Json pkg;  // its package.json (or lock entry), normalized
  std::string id;  // packageName@version
  bool extraneous = false;
};

std::string PackageName(const Node* n, const Json& pkg) {
  std::string name = pkg.GetString("name");
  if (!name.empty()) return name;
  return n->pkg_name.empty() ? n->name : n->pkg_name;
}

// (npm 11.19.1 starts package.json normalization (normalizeData) for each package without awaiting
// it, so the fields are read as they stand in package.json.)

// package.json's license (or licenses[]) as npm's sbom reads it.
std::string LicenseOf(const Json& pkg) {
  const Json* l = pkg.Get("license");
  if (l && ((l->IsString() && !l->str().empty()) || l->IsObject())) return l->IsObject() ? l->GetString("type") : l->str();
  const Json* ls = pkg.Get("licenses");
  if (ls && ls->IsArray()) {
    std::string out;
    for (auto& x : ls->items()) {
      std::string t = x.IsObject() ? x.GetString("type") : x.IsString() ? x.str() : "";
      if (!t.empty()) out += (out.empty() ? "" : " OR ") + t;
    }
    return out;
  }
  return "";
}

// spdx-expression-parse: 1 a single license, 2 a compound expression, 0 not a valid expression.
int ParseLicense(const std::string& s) {
  std::vector<std::string> toks;
  size_t i = 0;
  auto known = [](const char* list, const std::string& id) {
    return std::string(list).find(" " + id + " ") != std::string::npos;
  };
  auto upper_at = [&](const char* w) {
    size_t n = std::strlen(w);
    if (s.size() - i < n) return false;
    for (size_t k = 0; k < n; k++)
      if (std::toupper(static_cast<unsigned char>(s[i + k])) != w[k]) return false;
    return true;
  };
  auto idlen = [&](size_t from) {
    size_t j = from;
    while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '-' || s[j] == '.')) j++;
    return j - from;
  };
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') i++;
    if (i >= s.size()) break;
    bool op = false;
    for (const char* w : {"WITH", "AND", "OR"})
      if (!op && upper_at(w)) {
        toks.push_back(w);
        i += std::strlen(w);
        op = true;
      }
    if (op) continue;
    if (s[i] == '(' || s[i] == ')' || s[i] == ':' || s[i] == '+') {
      if (s[i] == '+' && i > 1 && s[i - 1] == ' ') return 0;
      toks.push_back(std::string(1, s[i++]));
      continue;
    }
    for (const char* ref : {"DocumentRef-", "LicenseRef-"}) {
      if (s.compare(i, std::strlen(ref), ref) == 0) {
        size_t n = idlen(i + std::strlen(ref));
        if (!n) return 0;
        toks.push_back(std::string(ref[0] == 'D' ? "D:" : "L:") + s.substr(i, std::strlen(ref) + n));
        i += std::strlen(ref) + n;
        op = true;
        break;
      }
    }
    if (op) continue;
    size_t n = idlen(i);
    std::string id = s.substr(i, n);
    if (n && known(kSpdxLicenseIds, id)) toks.push_back("I:" + id);
    else if (n && known(kSpdxExceptionIds, id)) toks.push_back("E:" + id);
    else return 0;
    i += n;
  }
  size_t p = 0;
  bool compound = false;
  std::function<bool()> expr;
  auto license = [&]() {
    if (p < toks.size() && toks[p] == "(") {
      p++;
      if (!expr() || p >= toks.size() || toks[p] != ")") return false;
      p++;
      return true;
    }
    if (p < toks.size() && StartsWith(toks[p], "D:")) {
      p++;
      if (p >= toks.size() || toks[p] != ":") return false;
      p++;
      if (p >= toks.size() || !StartsWith(toks[p], "L:")) return false;
      p++;
      return true;
    }
    if (p < toks.size() && StartsWith(toks[p], "L:")) {
      p++;
      return true;
    }
    if (p >= toks.size() || !StartsWith(toks[p], "I:")) return false;
    p++;
    if (p < toks.size() && toks[p] == "+") p++;
    if (p < toks.size() && toks[p] == "WITH") {
      p++;
      if (p >= toks.size() || !StartsWith(toks[p], "E:")) return false;
      p++;
    }
    return true;
  };
  auto conj = [&]() {
    if (!license()) return false;
    while (p < toks.size() && toks[p] == "AND") {
      p++;
      compound = true;
      if (!license()) return false;
    }
    return true;
  };
  expr = [&]() {
    if (!conj()) return false;
    while (p < toks.size() && toks[p] == "OR") {
      p++;
      compound = true;
      if (!conj()) return false;
    }
    return true;
  };
  if (toks.empty() || !expr() || p != toks.size()) return 0;
  return compound ? 2 : 1;
}

std::string Base64ToHex(const std::string& b64) {
  static const std::string kChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string bytes;
  int val = 0, bits = -8;
  for (char ch : b64) {
    size_t k = kChars.find(ch);
    if (k == std::string::npos) break;
    val = (val << 6) + static_cast<int>(k);
    bits += 6;
    if (bits >= 0) {
      bytes += static_cast<char>((val >> bits) & 0xff);
      bits -= 8;
    }
  }
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned char c : bytes) {
    hex += kHex[c >> 4];
    hex += kHex[c & 15];
  }
  return hex;
}

// ssri's parse(single): the first well-formed hash; algorithm and hex digest.
bool ParseIntegrity(const std::string& sri, std::string* algo, std::string* hex) {
  for (auto& part : Split(sri, ' ')) {
    size_t dash = part.find('-');
    if (dash == std::string::npos) continue;
    std::string a = part.substr(0, dash);
    if (a != "sha1" && a != "sha256" && a != "sha384" && a != "sha512") continue;
    std::string digest = part.substr(dash + 1);
    size_t q = digest.find('?');
    if (q != std::string::npos) digest.resize(q);
    *algo = a;
    *hex = Base64ToHex(digest);
    return true;
  }
  return false;
}

std::string Purl(const std::string& name, const std::string& version) {
  return "pkg:npm/" + (StartsWith(name, "@") ? "%40" + name.substr(1) : name) + "@" + version;
}

std::string Uuid() {
  std::random_device rd;
  unsigned char b[16];
  for (auto& x : b) x = static_cast<unsigned char>(rd());
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  static const char kHex[] = "0123456789abcdef";
  std::string s;
  for (int i = 0; i < 16; i++) {
    if (i == 4 || i == 6 || i == 8 || i == 10) s += '-';
    s += kHex[b[i] >> 4];
    s += kHex[b[i] & 15];
  }
  return s;
}


std::string SpdxId(const Item& it) {
  std::string name = PackageName(it.node, it.pkg);
  if (StartsWith(name, "@")) name = name.substr(1);
  for (auto& ch : name)
    if (ch == '/') ch = '.';
  return "SPDXRef-Package-" + name + "-" + it.node->version;
}

Json ExtRef(const char* type, const std::string& url) {
  Json o = Json::Object();
  o.Set("type", Json::String(type));
  o.Set("url", Json::String(url));
  return o;
}

Json CdxItem(const Item& it, const std::string& type) {
  const Json& p = it.pkg;
  const Node* n = it.node;
  Json c = Json::Object();
  c.Set("bom-ref", Json::String(it.id));
  c.Set("type", Json::String(type));
  c.Set("name", Json::String(n->name));  // the folder's name (the project's folder for the root)
  c.Set("version", Json::String(n->version));
  c.Set("scope", Json::String(n->optional || n->dev_optional ? "optional" : "required"));
  if (const Json* a = p.Get("author")) {
    if (a->IsObject() && a->Get("name")) c.Set("author", *a->Get("name"));
    else if (!a->IsObject() && !a->IsNull() && !(a->IsString() && a->str().empty()) && !(a->IsBool() && !a->boolean()))
      c.Set("author", *a);
  }
  if (const Json* d = p.Get("description"); d && d->IsString() && !d->str().empty()) c.Set("description", *d);
  c.Set("purl", Json::String(Purl(PackageName(n, p), n->version)));
  Json props = Json::Array();
  auto prop = [&](const char* name) {
    Json o = Json::Object();
    o.Set("name", Json::String(name));
    o.Set("value", Json::String("true"));
    props.Push(o);
  };
  if (n->dev) prop("cdx:npm:package:development");
  if (const Json* pr = p.Get("private"); pr && pr->IsBool() && pr->boolean()) prop("cdx:npm:package:private");
  if (it.extraneous) prop("cdx:npm:package:extraneous");
  if (n->in_bundle) prop("cdx:npm:package:bundled");
  c.Set("properties", props);
  Json refs = Json::Array();
  if (!n->is_link && !n->resolved.empty()) refs.Push(ExtRef("distribution", n->resolved));
  if (const Json* r = p.Get("repository"); r && r->IsObject() && !r->GetString("url").empty())
    refs.Push(ExtRef("vcs", r->GetString("url")));
  if (const Json* h = p.Get("homepage"); h && h->IsString() && !h->str().empty()) refs.Push(ExtRef("website", h->str()));
  if (const Json* b = p.Get("bugs"); b && b->IsObject() && !b->GetString("url").empty())
    refs.Push(ExtRef("issue-tracker", b->GetString("url")));
  c.Set("externalReferences", refs);
  std::string algo, hex;
  if (!n->integrity.empty() && ParseIntegrity(n->integrity, &algo, &hex)) {
    static const std::map<std::string, std::string> kAlg = {
        {"sha1", "SHA-1"}, {"sha256", "SHA-256"}, {"sha384", "SHA-384"}, {"sha512", "SHA-512"}};
    Json h = Json::Object();
    h.Set("alg", Json::String(kAlg.at(algo)));
    h.Set("content", Json::String(hex));
    Json arr = Json::Array();
    arr.Push(h);
    c.Set("hashes", arr);
  }
  std::string lic = LicenseOf(p);
  int kind = lic.empty() ? 0 : ParseLicense(lic);
  if (kind) {
    Json l = Json::Object();
    if (kind == 1) {
      // the single license's id (a "+" or WITH part is not part of it)
      std::string id = Trim(lic);
      while (!id.empty() && (id.front() == '(' || id.front() == ' ')) id.erase(0, 1);
      size_t end = 0;
      while (end < id.size() && (std::isalnum(static_cast<unsigned char>(id[end])) || id[end] == '-' || id[end] == '.' ||
                                 id[end] == ':'))
        end++;
      id.resize(end);
      if (StartsWith(id, "DocumentRef-")) id = id.substr(id.find(':') + 1);
      Json inner = Json::Object();
      inner.Set("id", Json::String(id));
      l.Set("license", inner);
    } else {
      l.Set("expression", Json::String(lic));
    }
    Json arr = Json::Array();
    arr.Push(l);
    c.Set("licenses", arr);
  }
  return c;
}

Json SpdxItem(const Item& it, const std::string& type) {
  const Json& p = it.pkg;
  const Node* n = it.node;
  Json o = Json::Object();
  o.Set("name", Json::String(PackageName(n, p)));
  o.Set("SPDXID", Json::String(SpdxId(it)));
  o.Set("versionInfo", Json::String(n->version));
  o.Set("packageFileName", Json::String(n->Location()));
  if (const Json* d = p.Get("description"); d && d->IsString() && !d->str().empty()) o.Set("description", *d);
  if (!type.empty()) {
    std::string up = type;
    for (auto& ch : up) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    o.Set("primaryPackagePurpose", Json::String(up));
  }
  o.Set("downloadLocation", Json::String(!n->is_link && !n->resolved.empty() ? n->resolved : "NOASSERTION"));
  o.Set("filesAnalyzed", Json::Bool(false));
  const Json* h = p.Get("homepage");
  o.Set("homepage", Json::String(h && h->IsString() && !h->str().empty() ? h->str() : "NOASSERTION"));
  std::string lic = LicenseOf(p);
  o.Set("licenseDeclared", Json::String(lic.empty() ? "NOASSERTION" : lic));
  Json ref = Json::Object();
  ref.Set("referenceCategory", Json::String("PACKAGE-MANAGER"));
  ref.Set("referenceType", Json::String("purl"));
  ref.Set("referenceLocator", Json::String(Purl(PackageName(n, p), n->version)));
  Json refs = Json::Array();
  refs.Push(ref);
  o.Set("externalRefs", refs);
  std::string algo, hex;
  if (!n->integrity.empty() && ParseIntegrity(n->integrity, &algo, &hex)) {
    for (auto& ch : algo) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    Json c = Json::Object();
    c.Set("algorithm", Json::String(algo));
    c.Set("checksumValue", Json::String(hex));
    Json arr = Json::Array();
    arr.Push(c);
    o.Set("checksums", arr);
  }
  return o;
}

const char kUsage[] =
    "Generate a Software Bill of Materials (SBOM)\n\nUsage:\nnodus sbom\n\nOptions:\n"
    "[--omit <dev|optional|peer> [--omit <dev|optional|peer> ...]] [--package-lock-only]\n"
    "[--sbom-format <cyclonedx|spdx>] [--sbom-type <library|application|framework>]\n"
    "[-w|--workspace <workspace-name> [-w|--workspace <workspace-name> ...]]\n[--workspaces]\n\n"
    "Run \"nodus help sbom\" for more info";

}  // namespace

std::vector<const Edge*> OrderedEdges(const Node* n, const Json& pkg) {
  std::vector<std::string> order;
  auto add = [&](const std::string& name) {
    order.erase(std::remove(order.begin(), order.end(), name), order.end());
    order.push_back(name);
  };
  const Json* peers = pkg.Get("peerDependencies");
  const Json* meta = pkg.Get("peerDependenciesMeta");
  auto peer_optional = [&](const std::string& name) {
    const Json* m = meta ? meta->Get(name) : nullptr;
    const Json* o = m ? m->Get("optional") : nullptr;
    return o && o->IsBool() && o->boolean();
  };
  for (int pass = 0; pass < 2; pass++)
    if (peers && peers->IsObject())
      for (auto& [k, v] : peers->members())
        if (peer_optional(k) == (pass == 1)) add(k);
  for (const char* f : {"dependencies", "optionalDependencies"})
    if (const Json* d = pkg.Get(f); d && d->IsObject())
      for (auto& [k, v] : d->members()) add(k);
  if (n->is_root || (n->is_link && n->link_inside))
    if (const Json* d = pkg.Get("devDependencies"); d && d->IsObject())
      for (auto& [k, v] : d->members()) add(k);
  std::vector<const Edge*> out;
  for (auto& name : order)
    for (auto& e : n->edges)
      if (e.name == name) out.push_back(&e);
  for (auto& e : n->edges)
    if (std::find(out.begin(), out.end(), &e) == out.end()) out.push_back(&e);
  return out;
}

bool LoadLockTree(Context& ctx, LoadedTree* lt, Json* lock) {
  std::string text;
  JsonError je;
  PmError err;
  bool ok = false;
  for (const char* f : {"npm-shrinkwrap.json", "package-lock.json"})
    if (!ok && ReadFile(JoinPath(ctx.project_dir, f), &text))
      ok = ParseJson(text, lock, &je) && LoadLockfile(*lock, &lt->tree, &err);
  if (!ok) return false;
  ConnectTree(ctx, lt);
  return true;
}

void AddUnlistedPackages(Context& ctx, Tree* tree) {
  std::string nm = JoinPath(ctx.project_dir, "node_modules");
  for (auto& e : ListDir(nm)) {
    if (e.empty() || e[0] == '.') continue;
    std::vector<std::string> names;
    if (e[0] == '@')
      for (auto& sub : ListDir(nm + "/" + e)) names.push_back(e + "/" + sub);
    else
      names.push_back(e);
    for (auto& name : names) {
      if (tree->Find("node_modules/" + name)) continue;
      Json p;
      PmError err;
      if (!ReadPackageJsonFile(nm + "/" + name + "/package.json", &p, &err)) continue;
      Node* n = tree->NewNode();
      n->name = name;
      n->pkg_name = p.GetString("name", name);
      n->version = p.GetString("version");
      // arborist's flags for what nothing reaches
      n->dev = n->optional = n->dev_optional = n->peer = true;
      tree->Place(tree->root(), n);
    }
  }
}

int CmdSbom(Context& ctx, const Args& args) {
  const Config& cfg = ctx.config;
  std::string format = cfg.Get("sbom-format");
  if (format.empty())
    return ReportError({"EUSAGE", "\nMust specify --sbom-format flag with one of: cyclonedx, spdx.\n\n" + std::string(kUsage)});
  if (format != "cyclonedx" && format != "spdx")
    return ReportError({"EUSAGE", "\nInvalid value for --sbom-format: \"" + format +
                                      "\" (one of: cyclonedx, spdx).\n\n" + kUsage});
  std::string type = cfg.Get("sbom-type", "library");
  bool lock_only = cfg.GetBool("package-lock-only", false);
  LoadedTree lt;
  Json lock;
  if (lock_only) {
    if (!LoadProject(ctx, &lt.pkg, false)) return 1;
    if (!LoadLockTree(ctx, &lt, &lock))
      return ReportError({"EUSAGE", "\nA package lock or shrinkwrap file is required in package-lock-only mode\n\n" +
                                        std::string(kUsage)});
  } else {
    if (!LoadForQuery(ctx, &lt)) return 1;
    AddUnlistedPackages(ctx, &lt.tree);
  }
  Node* root = lt.tree.root();
  root->name = BaseName(ctx.project_dir);
  std::vector<Node*> all = lt.tree.Nodes();
  std::map<const Node*, std::vector<const Edge*>> in;
  for (Node* n : all)
    for (auto& e : n->edges)
      if (e.to) in[e.to].push_back(&e);
  std::map<const Edge*, const Node*> edge_from;
  for (auto& e : root->edges) edge_from[&e] = root;
  for (Node* n : all)
    for (auto& e : n->edges) edge_from[&e] = n;
  for (auto& e : root->edges)
    if (e.to) in[e.to].push_back(&e);
  // Reachable from the root through edges (`:root *`); the rest is extraneous.
  std::set<const Node*> reach;
  std::vector<const Node*> work = {root};
  while (!work.empty()) {
    const Node* n = work.back();
    work.pop_back();
    for (auto& e : n->edges)
      if (e.to && reach.insert(e.to).second) work.push_back(e.to);
  }
  // npm's query classes .dev/.optional/.peer: the node's flag, or an edge of that type on some
  // path up to the root.
  auto has_type = [&](const Node* n, EdgeType t) {
    std::set<const Edge*> seen;
    std::function<bool(const Node*)> up = [&](const Node* x) {
      for (const Edge* e : in[x]) {
        if (!seen.insert(e).second) continue;
        const Node* f = edge_from[e];
        bool flag = t == EdgeType::kDev ? f->dev : t == EdgeType::kOptional ? f->optional : f->peer;
        if (e->type == t || flag || up(f)) return true;
      }
      return false;
    };
    bool own = t == EdgeType::kDev ? n->dev : t == EdgeType::kOptional ? n->optional : n->peer;
    return own || up(n);
  };
  std::set<std::string> omit;
  for (auto& o : Split(cfg.Get("omit"), ',')) omit.insert(Trim(o));
  if (cfg.GetBool("production", false)) omit.insert("dev");
  for (auto& i : Split(cfg.Get("include"), ',')) omit.erase(Trim(i));
  std::vector<Item> items;
  auto load_pkg = [&](Node* n) {
    Json p;
    PmError err;
    if (n->is_root) {
      p = lt.pkg;
    } else if (lock_only) {
      const Json* pk = lock.Get("packages");
      const Json* e = pk ? pk->Get(n->Location()) : nullptr;
      p = e && e->IsObject() ? *e : Json::Object();
    } else if (!ReadPackageJsonFile(JoinPath(ctx.project_dir, n->Location()) + "/package.json", &p, &err)) {
      p = Json::Object();
    }
    return p;
  };
  items.push_back({root, load_pkg(root), "", false});
  for (Node* n : all) {
    bool extraneous = !reach.count(n);
    bool keep = extraneous;
    if (!keep) {
      keep = true;
      if (omit.count("dev") && has_type(n, EdgeType::kDev)) keep = false;
      if (omit.count("optional") && has_type(n, EdgeType::kOptional)) keep = false;
      if (omit.count("peer") && has_type(n, EdgeType::kPeer)) keep = false;
    }
    if (keep) items.push_back({n, load_pkg(n), "", extraneous});
  }
  for (auto& it : items) it.id = PackageName(it.node, it.pkg) + "@" + it.node->version;
  std::stable_sort(items.begin() + 1, items.end(),
                   [](const Item& a, const Item& b) { return LocaleLess(a.node->Location(), b.node->Location()); });
  std::map<const Node*, const Item*> item_of;
  for (auto& it : items) item_of[it.node] = &it;
  // npm's ESBOMPROBLEMS: missing required edges and invalid ones, of every package listed.
  std::vector<std::string> problems;
  for (auto& it : items)
    for (auto& e : it.node->edges) {
      std::string pkgid = it.id;
      if (!e.to && e.type != EdgeType::kOptional && e.type != EdgeType::kPeerOptional)
        problems.push_back("missing: " + e.name + "@" + e.spec + ", required by " + pkgid);
      if (e.to && !EdgeSatisfied(e)) {
        const Item* t = item_of.count(e.to) ? item_of[e.to] : nullptr;
        std::string to = t ? t->id : e.to->name + "@" + e.to->version;
        problems.push_back("invalid: " + to + ", " + (e.spec.empty() ? "*" : e.spec) + " required by " + pkgid);
      }
    }
  if (!problems.empty()) {
    std::vector<std::string> uniq;
    for (auto& p : problems)
      if (std::find(uniq.begin(), uniq.end(), p) == uniq.end()) uniq.push_back(p);
    std::string msg;
    for (auto& p : uniq) msg += (msg.empty() ? "" : "\n") + p;
    return ReportError({"ESBOMPROBLEMS", msg});
  }
  std::vector<const Item*> unique;  // children, one per name@version, links left out
  std::set<std::string> ids;
  for (size_t i = 1; i < items.size(); i++)
    if (!items[i].node->is_link && ids.insert(items[i].id).second) unique.push_back(&items[i]);
  const Item& r = items[0];
  Json bom = Json::Object();
  if (format == "cyclonedx") {
    bom.Set("$schema", Json::String("http://cyclonedx.org/schema/bom-1.5.schema.json"));
    bom.Set("bomFormat", Json::String("CycloneDX"));
    bom.Set("specVersion", Json::String("1.5"));
    bom.Set("serialNumber", Json::String("urn:uuid:" + Uuid()));
    bom.Set("version", Json::Number(1));
    Json meta = Json::Object();
    meta.Set("timestamp", Json::String(IsoNow()));
    Json phase = Json::Object();
    phase.Set("phase", Json::String(lock_only ? "pre-build" : "build"));
    Json lc = Json::Array();
    lc.Push(phase);
    meta.Set("lifecycles", lc);
    Json tool = Json::Object();
    tool.Set("vendor", Json::String("npm"));
    tool.Set("name", Json::String("cli"));
    tool.Set("version", Json::String(kNpmVersion));
    Json tools = Json::Array();
    tools.Push(tool);
    meta.Set("tools", tools);
    meta.Set("component", CdxItem(r, type));
    bom.Set("metadata", meta);
    Json comps = Json::Array();
    for (const Item* it : unique) comps.Push(CdxItem(*it, "library"));
    bom.Set("components", comps);
    Json deps = Json::Array();
    std::vector<const Item*> with_root = {&r};
    with_root.insert(with_root.end(), unique.begin(), unique.end());
    for (const Item* it : with_root) {
      Json d = Json::Object();
      d.Set("ref", Json::String(it->id));
      Json on = Json::Array();
      std::set<std::string> seen;
      for (const Edge* e : OrderedEdges(it->node, it->pkg))
        if (e->to && item_of.count(e->to) && seen.insert(item_of[e->to]->id).second)
          on.Push(Json::String(item_of[e->to]->id));
      d.Set("dependsOn", on);
      deps.Push(d);
    }
    bom.Set("dependencies", deps);
  } else {
    std::string root_name = PackageName(root, r.pkg);
    std::string escaped = StartsWith(root_name, "@") ? EscapeName(root_name) : root_name;
    bom.Set("spdxVersion", Json::String("SPDX-2.3"));
    bom.Set("dataLicense", Json::String("CC0-1.0"));
    bom.Set("SPDXID", Json::String("SPDXRef-DOCUMENT"));
    bom.Set("name", Json::String(r.id));
    bom.Set("documentNamespace",
            Json::String("http://spdx.org/spdxdocs/" + escaped + "-" + root->version + "-" + Uuid()));
    Json ci = Json::Object();
    ci.Set("created", Json::String(IsoNow()));
    Json creators = Json::Array();
    creators.Push(Json::String(std::string("Tool: npm/cli-") + kNpmVersion));
    ci.Set("creators", creators);
    bom.Set("creationInfo", ci);
    Json describes = Json::Array();
    describes.Push(Json::String(SpdxId(r)));
    bom.Set("documentDescribes", describes);
    Json pkgs = Json::Array();
    pkgs.Push(SpdxItem(r, type));
    for (const Item* it : unique) pkgs.Push(SpdxItem(*it, ""));
    bom.Set("packages", pkgs);
    Json rels = Json::Array();
    auto rel = [&](const std::string& a, const std::string& b, const char* t) {
      Json o = Json::Object();
      o.Set("spdxElementId", Json::String(a));
      o.Set("relatedSpdxElement", Json::String(b));
      o.Set("relationshipType", Json::String(t));
      rels.Push(o);
    };
    rel("SPDXRef-DOCUMENT", SpdxId(r), "DESCRIBES");
    auto rel_type = [](EdgeType t) {
      return t == EdgeType::kPeer ? "PREREQUISITE_FOR"
             : t == EdgeType::kOptional ? "OPTIONAL_DEPENDENCY_OF"
             : t == EdgeType::kDev ? "DEV_DEPENDENCY_OF"
                                   : "DEPENDENCY_OF";
    };
    for (auto& it : items) {
      if (it.node->is_link) continue;
      std::set<std::string> seen;
      for (const Edge* e : OrderedEdges(it.node, it.pkg)) {
        if (!e->to || !item_of.count(e->to)) continue;
        std::string a = SpdxId(*item_of[e->to]), b = SpdxId(it);
        const char* t = rel_type(e->type);
        if (seen.insert(a + "|" + b + "|" + t).second) rel(a, b, t);
      }
    }
    for (auto& it : items)
      if (it.extraneous) rel(SpdxId(it), SpdxId(r), "OPTIONAL_DEPENDENCY_OF");
    bom.Set("relationships", rels);
  }
  (void)args;
  std::printf("%s\n", SerializeJson(bom, 2).c_str());
  return 0;
}

}  // namespace nodus::pm

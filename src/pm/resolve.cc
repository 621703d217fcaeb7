#include "pm/resolve.h"

#include <algorithm>
#include <functional>
#include <map>
#include <queue>

#include "pm/fs_util.h"
#include "pm/semver.h"
#include "pm/dep_spec.h"
#include "pm/tar.h"
#include "pm/commands.h"

namespace nodus::pm {

std::string Resolver::PickVersion(const Packument& p, const std::string& spec, bool is_tag,
                                  const std::set<std::string>* preferred) {
  if (preferred) {
    std::vector<std::string> pv;
    for (auto& v : *preferred)
      if (p.Version(v)) pv.push_back(v);
    // A tag accepts whatever version was locked (arborist treats a tag edge as valid), so the
    // lockfile's version stays until that package is updated.
    std::string range = spec.empty() || is_tag ? "*" : spec;
    if (auto best = semver::MaxSatisfying(pv, range, {true, false})) return *best;
  }
  std::vector<semver::PackumentVersion> versions;
  versions.reserve(p.versions.size());
  for (auto& v : p.versions) {
    semver::PackumentVersion pv;
    pv.version = v;
    pv.deprecated = p.Deprecated(v);
    versions.push_back(std::move(pv));
  }
  std::vector<std::pair<std::string, std::string>> tags;
  if (const Json* t = p.doc.Get("dist-tags"))
    for (auto& [k, v] : t->members())
      if (v.IsString()) tags.emplace_back(k, v.str());
  semver::PickResult r = semver::PickVersion(spec, versions, tags);
  return r.error == semver::PickError::kNone ? r.version : "";
}

std::string Resolver::NearestVersions(const Packument& p, const std::string& range) {
  std::vector<std::string> all = p.versions;
  std::sort(all.begin(), all.end(), [](auto& a, auto& b) { return semver::Compare(a, b).value_or(0) > 0; });
  // Prefer versions sharing the range's major number.
  std::string major;
  for (char c : range) {
    if (isdigit((unsigned char)c)) major += c;
    else if (!major.empty()) break;
  }
  std::vector<std::string> pick;
  if (!major.empty())
    for (auto& v : all)
      if (StartsWith(v, major + ".")) pick.push_back(v);
  if (pick.empty()) pick = all;
  if (pick.size() > 5) pick.resize(5);
  std::string out;
  for (auto& v : pick) out += (out.empty() ? "" : ", ") + v;
  return out;
}

bool Resolver::PlatformOk(const Node* n) const { return PlatformSupported(n->meta); }

Node* Resolver::CreateRegistryNode(const std::string& folder, const Packument& p, const std::string& version) {
  const Json* doc = p.Version(version);
  Node* n = tree_.NewNode();
  n->name = folder;
  n->pkg_name = p.name;
  n->version = version;
  n->meta = ManifestSubset(*doc);
  n->full_doc = p.doc.Get("time") != nullptr;  // (abbreviated documents have no "time")
  if (const Json* dist = doc->Get("dist")) {
    n->resolved = dist->GetString("tarball");
    n->integrity = dist->GetString("integrity");
    n->shasum = dist->GetString("shasum");
  }
  const Json* his = n->meta.Get("hasInstallScript");
  n->has_install_script = his && his->IsBool() && his->boolean();
  return n;
}

static bool ReadPackageJson(const std::string& dir, Json* out, PmError* err) {
  std::string text;
  if (!ReadFile(dir + "/package.json", &text)) {
    *err = {"ENOENT", "no package.json in " + dir};
    return false;
  }
  JsonError je;
  if (!ParseJson(text, out, &je)) {
    *err = {"EJSONPARSE", dir + "/package.json:" + std::to_string(je.line) + ":" + std::to_string(je.column) + ": " +
                              je.message};
    return false;
  }
  return true;
}

// A tarball's bytes unpacked once into the cache (keyed by their sha512).
static bool UnpackBytes(Registry& reg, const std::string& data, const std::string& what, std::string* content_dir,
                        std::string* integrity, PmError* err) {
  *integrity = Sri("sha512", data);
  std::string dir = reg.CachedContent(*integrity, "");
  if (dir.empty()) {
    dir = reg.cache_dir() + "/content/" + CacheKeyFor(*integrity, "");
    MakeDirs(reg.cache_dir() + "/content");
    std::string tmp = MakeTempDir(reg.cache_dir() + "/content", ".tmp-");
    std::string terr;
    if (tmp.empty() || !ExtractTarball(data, tmp, &terr)) {
      RemoveTree(tmp);
      *err = {"ETAR", "cannot unpack " + what + ": " + terr};
      return false;
    }
    if (rename(tmp.c_str(), dir.c_str()) != 0) RemoveTree(tmp);
  }
  *content_dir = dir;
  return true;
}

bool UnpackLocal(Registry& reg, const std::string& abs, std::string* content_dir, std::string* integrity,
                 PmError* err) {
  std::string data;
  if (IsDirectory(abs)) {
    // A folder: what `npm pack` would put in its tarball (files, ignore rules, always-included).
    Json pj;
    if (!ReadPackageJson(abs, &pj, err)) return false;
    data = PackTarball(abs, pj);
  } else if (!ReadFile(abs, &data)) {
    *err = {"ENOENT", "cannot read tarball " + abs};
    return false;
  }
  return UnpackBytes(reg, data, abs, content_dir, integrity, err);
}

Node* Resolver::CreateSpecialNode(Node* from, const Edge& e, PmError* err) {
  std::string base = from->is_root ? opts_.project_dir : JoinPath(opts_.project_dir, from->Location());
  if (from->is_link) base = JoinPath(opts_.project_dir, from->link_target);
  // A folder installed as a copy: its own relative specs still mean the folder's neighbours.
  if (!from->is_root && !from->is_link && StartsWith(from->resolved, "file:") && from->integrity.empty())
    base = JoinPath(opts_.project_dir, from->resolved.substr(5));
  DepSpec d = ParseDepSpec(e.name, e.spec, base);
  bool folder = d.kind == DepSpec::Kind::kDirectory || d.kind == DepSpec::Kind::kLink;
  std::string abs;
  if (folder) {
    std::string path = d.target;
    if (StartsWith(path, "~/")) path = HomeDir() + path.substr(1);
    abs = path[0] == '/' ? path : JoinPath(base, path);
  }
  if (folder && (d.kind == DepSpec::Kind::kLink || !opts_.install_links)) {
    Json pj;
    if (!ReadPackageJson(abs, &pj, err)) {
      err->message = "cannot install " + e.name + "@" + e.spec + ": " + err->message;
      return nullptr;
    }
    Node* n = tree_.NewNode();
    n->name = e.name;
    n->pkg_name = pj.GetString("name", e.name);
    n->version = pj.GetString("version");
    n->is_link = true;
    n->link_target = RelativePath(opts_.project_dir, abs);
    n->meta = ManifestSubset(pj);
    n->link_inside = !StartsWith(n->link_target, "../") && n->link_target != "..";
    // A linked folder is a top-level package: its lockfile entry lists its devDependencies (which
    // are installed only when the folder lies inside the project).
    if (pj.Get("devDependencies")) n->meta.Set("devDependencies", *pj.Get("devDependencies"));
    return n;
  }
  if (folder || d.kind == DepSpec::Kind::kFile || d.kind == DepSpec::Kind::kTarballUrl) {
    // install-links: the folder packed as `npm pack` would and installed as a copy; a tarball
    // file or URL: its bytes. Either way unpacked once into the cache.
    std::string resolved, integrity, dir;
    if (folder || d.kind == DepSpec::Kind::kFile) {
      if (!folder) abs = d.target[0] == '/' ? d.target : JoinPath(base, d.target);
      resolved = std::string("file:").append(RelativePath(opts_.project_dir, abs));  // (GCC 12 -Wrestrict false positive on "lit" + string&&)
      if (!UnpackLocal(reg_, abs, &dir, &integrity, err)) {
        err->message = "cannot install " + e.name + "@" + e.spec + ": " + err->message;
        return nullptr;
      }
    } else {
      HttpRequest r;
      r.url = d.target;
      HttpResponse resp = reg_.Fetch(r);
      if (resp.status != 200) {
        *err = {resp.status ? "E" + std::to_string(resp.status) : "ENETWORK",
                "cannot fetch " + d.target + ": " + (resp.status ? std::to_string(resp.status) : resp.error)};
        return nullptr;
      }
      resolved = d.target;
      if (!UnpackBytes(reg_, resp.body, e.spec, &dir, &integrity, err)) return nullptr;
    }
    Json pj;
    if (!ReadPackageJson(dir, &pj, err)) return nullptr;
    Node* n = tree_.NewNode();
    n->name = e.name;
    n->pkg_name = pj.GetString("name", e.name);
    n->version = pj.GetString("version");
    n->resolved = resolved;
    // npm records no integrity for a folder (it is packed again each time).
    if (!folder) n->integrity = integrity;
    n->meta = ManifestSubset(pj);
    n->content_dir = dir;
    const Json* his = n->meta.Get("hasInstallScript");
    n->has_install_script = his && his->IsBool() && his->boolean();
    return n;
  }
  *err = {"EUNSUPPORTEDPROTOCOL", "cannot install " + e.name + "@" + e.spec +
                                      ": git dependencies are not supported by nodus (and this machine reaches no git host)"};
  return nullptr;
}

// Placing `candidate` in level's node_modules is refused when a package inside `level` currently
// reaches a package of that name above `level` through a dependency that `candidate` would not
// satisfy (npm's rule: only valid, resolved dependencies count).
bool Resolver::Shadows(Node* level, const Node* candidate) const {
  auto it = edges_by_name_.find(candidate->name);
  if (it == edges_by_name_.end()) return false;
  for (auto& [from, e] : it->second) {
    if (!from->IsInside(level)) continue;
    // What the dependency finds now (edges resolve live, like arborist's).
    const Node* cur = tree_.Resolve(from, candidate->name);
    if (!cur || cur->IsInside(level) || !EdgeAccepts(*e, cur)) continue;
    if (!EdgeAccepts(*e, candidate)) return true;
  }
  return false;
}

// An existing package may be replaced by a newer `candidate` that satisfies everything using it
// (a peer, placed preferring to dedupe as arborist does, by an older one too).
bool Resolver::CanReplace(const Node* current, const Node* candidate, bool any_version) const {
  if (current->is_link || candidate->is_link) return false;
  auto v = semver::Compare(candidate->version, current->version);
  if (!v || (*v < 0 && !any_version)) return false;
  auto it = edges_by_name_.find(current->name);
  if (it == edges_by_name_.end()) return true;
  for (auto& [from, e] : it->second) {
    if (!from->parent && !from->is_root) continue;
    if (tree_.Resolve(from, current->name) != current || !EdgeAccepts(*e, current)) continue;
    if (!EdgeAccepts(*e, candidate)) return false;
  }
  return true;
}

void Resolver::IndexEdges(Node* n) {
  for (auto& e : n->edges) edges_by_name_[e.name].push_back({n, &e});
}

// Whether n's required peers can be met when n sits in level's node_modules (npm places a package
// together with its peers): each is already there in a satisfying version, or visible from there,
// or can be added there without breaking what resolves through that level (the dependent's own
// dependencies aside, as arborist checks).
bool Resolver::PeersFit(Node* from, Node* level, const Node* n, int depth) {
  const Json* peers = n->meta.Get("peerDependencies");
  if (!peers || !peers->IsObject() || depth > 16) return true;
  const Json* meta = n->meta.Get("peerDependenciesMeta");
  for (auto& [name, spec] : peers->members()) {
    if (!spec.IsString() || name == n->name) continue;
    const Json* pm = meta ? meta->Get(name) : nullptr;
    const Json* opt = pm ? pm->Get("optional") : nullptr;
    if (opt && opt->IsBool() && opt->boolean()) continue;
    Edge pe;
    pe.name = name;
    pe.spec = pe.raw_spec = spec.str();
    pe.type = EdgeType::kPeer;
    // As arborist builds peer sets: when the dependent itself depends on that name (and that
    // dependency was met before its dependencies were placed), its version is the one a new
    // peer gets, even against the peer range (a warning when the peer edge is resolved).
    // (Met before, or by a dependency placed since: arborist's peer set reads the dependent's
    // edge whenever it has one.)
    Edge guided = pe;
    if (depth == 0 && from == current_)
      for (auto& fe : from->edges)
        if (fe.name == name && fe.type != EdgeType::kPeer && fe.type != EdgeType::kPeerOptional &&
            (current_met_.count(name) || (fe.to && EdgeAccepts(fe, fe.to))))
          guided.spec = fe.spec;
    // A package already at that level (or visible from it) is kept when it is what the dependent
    // asks for or when it satisfies the peer range itself, as arborist keeps it.
    auto keeps = [&](const Node* have) { return EdgeAccepts(guided, have) || EdgeAccepts(pe, have); };
    auto it = level->children.find(name);
    if (it != level->children.end()) {
      if (!keeps(it->second)) return false;
      continue;
    }
    if (Node* vis = tree_.Resolve(level, name); vis && keeps(vis)) continue;
    pe.spec = guided.spec;
    DepSpec d = ParseDepSpec(name, pe.spec);
    if (d.kind != DepSpec::Kind::kRange && d.kind != DepSpec::Kind::kAlias && d.kind != DepSpec::Kind::kTag) continue;
    PmError perr;
    const Packument* p = reg_.Get(d.name, &perr);
    if (!p) continue;  // reported when the peer edge itself is resolved
    auto pit = opts_.preferred.find(d.name);
    std::string v = PickVersion(*p, d.range, d.kind == DepSpec::Kind::kTag,
                                pit != opts_.preferred.end() && !opts_.refresh_all ? &pit->second : nullptr);
    if (v.empty()) continue;
    Node peer;
    peer.name = name;
    peer.pkg_name = d.name;
    peer.version = v;
    peer.meta = ManifestSubset(*p->Version(v));
    if (level != from && Shadows(level, &peer)) return false;
    if (!PeersFit(from, level, &peer, depth + 1)) return false;
  }
  return true;
}

// Whether `current` may give way to a conflicting peer at its level (arborist's REPLACE when every
// current peer group can nest deeper): it is a plain package with no peers of its own, and each
// package using it sits strictly below that level and depends on it directly (so it can hold its
// own copy). Sets *users to them.
bool Resolver::NestableAway(const Node* current, std::vector<Node*>* users) const {
  if (current->is_link || !current->parent) return false;
  const Json* peers = current->meta.Get("peerDependencies");
  if (peers && peers->IsObject() && !peers->members().empty()) return false;
  auto it = edges_by_name_.find(current->name);
  if (it == edges_by_name_.end()) return true;
  for (auto& [f, fe] : it->second) {
    if (fe->to != current) continue;
    if (fe->type == EdgeType::kPeer || fe->type == EdgeType::kPeerOptional) return false;
    if (f == current->parent || f->is_root || f->is_link || !f->IsInside(current->parent)) return false;
    if (std::find(users->begin(), users->end(), f) == users->end()) users->push_back(f);
  }
  return true;
}

// Returns false when a peer cannot be placed without breaking a dependency it would shadow.
bool Resolver::HasPeerEdge(const Node* level, const std::string& name) const {
  for (auto& e : level->edges)
    if (e.name == name && (e.type == EdgeType::kPeer || e.type == EdgeType::kPeerOptional)) return true;
  return false;
}

bool Resolver::PlaceNew(Node* from, Node* n, bool is_peer, Node* peer_level) {
  // Peers go next to their dependent (or where ResolveEdge says); a workspace's dependencies are
  // placed from the root.
  Node* start = ((is_peer || from->is_link) && !from->is_root && from->parent) ? from->parent : from;
  if (is_peer && peer_level) start = peer_level;
  Node* best = start;
  Node* replace = nullptr;
  if (is_peer && Shadows(start, n)) return false;
  for (Node* l = start; l; l = l->parent) {
    // Never inside a package that has a peer dependency on that name (it must find its peer
    // from its parent); the walk goes on above it, as arborist's does.
    if (!l->is_root && !l->is_link && HasPeerEdge(l, n->name)) continue;
    auto it = l->children.find(n->name);
    if (it != l->children.end()) {
      if (CanReplace(it->second, n, is_peer) && PeersFit(from, l, n, 0)) {
        best = l;
        replace = it->second;
      }
      break;
    }
    if (Shadows(l, n)) break;
    // Not above the level where its peers would conflict.
    if (l != start && !PeersFit(from, l, n, 0)) break;
    best = l;
  }
  if (replace) {
    // Everything that used the old package now finds the new one.
    for (auto& [from, e] : edges_by_name_[n->name])
      if (e->to == replace) e->to = n;
    tree_.Detach(replace);
  } else {
    // A conflicting package already sits where this one must go (only possible at `start`):
    // the dependent's own copy wins.
    auto it = best->children.find(n->name);
    if (it != best->children.end() && !is_peer) tree_.Detach(it->second);
  }
  tree_.Place(best, n);
  PruneDedupable(best, n);
  return true;
}

// arborist's pruneDedupable after each placement: a package of the placed name deeper inside
// that level, which the package above it can stand in for (the same version, or a newer one
// every user accepts), is removed; so are the direct children of the ones kept.
void Resolver::PruneDedupable(Node* level, const Node* placed) {
  std::vector<Node*> same;
  std::function<void(Node*)> walk = [&](Node* x) {
    for (auto& [_, c] : x->children) {
      if (c->name == placed->name && c != placed) same.push_back(c);
      walk(c);
    }
  };
  walk(level);
  for (Node* m : same) {
    if (!m->IsInside(tree_.root()) || TryDedupe(m)) continue;
    std::vector<Node*> kids;
    for (auto& [_, k] : m->children) kids.push_back(k);
    for (Node* k : kids) TryDedupe(k);
  }
}

bool Resolver::TryDedupe(Node* m) {
  if (!m->parent || m->parent->is_root || !m->parent->parent || m->in_bundle || m->is_link || m->parent->is_link)
    return false;
  Node* other = tree_.Resolve(m->parent->parent, m->name);
  // Its users: every dependency that finds it now (resolved or still to be).
  std::vector<Edge*> users;
  if (auto it = edges_by_name_.find(m->name); it != edges_by_name_.end())
    for (auto& [f, e] : it->second)
      if (f->IsInside(tree_.root()) && tree_.Resolve(f, m->name) == m) users.push_back(e);
  if (!users.empty()) {
    if (!other || other->is_link) return false;
    if (other->pkg_name != m->pkg_name || other->version != m->version) {
      for (Edge* e : users)
        if (!EdgeAccepts(*e, other)) return false;
      auto v = semver::Compare(other->version, m->version);
      if (!v || *v < 0) return false;
    }
  }
  for (Edge* e : users)
    if (e->to == m) e->to = other;
  tree_.Detach(m);
  return true;
}

// npm's "isMine": a conflict is the project's own to fix (ERESOLVE) when the package whose peer
// cannot be met is a direct dependency of the root or of a workspace.
bool Resolver::IsMine(const Node* n) const {
  auto it = edges_by_name_.find(n->name);
  if (it == edges_by_name_.end()) return false;
  for (auto& [f, e] : it->second) {
    if (e->to != n || e->type == EdgeType::kPeer || e->type == EdgeType::kPeerOptional) continue;
    if (f->is_root || (f->is_link && f->link_inside)) return true;
  }
  return false;
}

// npm's explanation of a peer conflict: what was found (and who wants it), and which peer range
// of which package could not be met.
PmError Resolver::PeerConflict(const Node* from, const Edge& e, const Node* found) const {
  auto who = [&](const Node* n) {
    std::string out;
    auto it = edges_by_name_.find(n->name);
    if (it == edges_by_name_.end()) return out;
    for (auto& [f, fe] : it->second) {
      if (fe->to != n) continue;
      std::string type = fe->type == EdgeType::kDev ? "dev " : fe->type == EdgeType::kPeer ? "peer "
                         : fe->type == EdgeType::kOptional ? "optional " : "";
      out += "\n  " + type + fe->name + "@\"" + fe->spec + "\" from " +
             (f->is_root ? std::string("the root project") : f->pkg_name + "@" + f->version);
    }
    return out;
  };
  std::string msg = "While resolving: " + from->pkg_name + "@" + from->version;
  if (found) msg += "\nFound: " + found->pkg_name + "@" + found->version + "\n" + found->Location() + who(found);
  msg += "\n\nCould not resolve dependency:\npeer " + e.name + "@\"" + e.spec + "\" from " + from->pkg_name + "@" +
         from->version + "\n" + from->Location() + who(from);
  return {"ERESOLVE", msg};
}

void Resolver::StartFetch(Node* n) {
  if (!opts_.fetch_early || !PlatformOk(n) || n->is_link || n->resolved.empty() || !n->content_dir.empty()) return;
  if (!StartsWith(n->resolved, "http")) return;
  ContentRequest req{n->pkg_name, n->version, n->resolved, n->integrity, n->shasum};
  auto hook = opts_.on_content;  // a copy: the callback may run after this resolver is gone
  reg_.FetchContent(req, [hook, n](const std::string& dir, const PmError& e) {
    if (!hook || !e.empty() || !n->content_dir.empty()) return;
    n->content_dir = dir;
    hook(n);
  });
}

void Resolver::AfterPlace(Node* n) {
  tree_.BuildEdges(n);
  IndexEdges(n);
  for (auto& e : n->edges) {
    if (e.type == EdgeType::kPeerOptional) continue;
    DepSpec d = ParseDepSpec(e.name, e.spec);
    // A peer is usually met by a package placed for someone else: no lookahead from its range.
    if (d.kind == DepSpec::Kind::kRange || d.kind == DepSpec::Kind::kAlias || d.kind == DepSpec::Kind::kTag)
      reg_.Prefetch(d.name, e.type == EdgeType::kPeer ? "" : d.range);
  }
  StartFetch(n);
}

// A peer dependency that cannot be met: ERESOLVE when it is the project's own (unless --force),
// or with --strict-peer-deps; otherwise npm's "overriding peer dependency" warning, and the edge
// stays unmet.
bool Resolver::PeerConflictOk(const Node* from, const Edge& e, const Node* found, PmError* err) {
  if (!peer_conflicted_.insert({from, e.name}).second) return true;
  PmError c = PeerConflict(from, e, found);
  if ((IsMine(from) || opts_.strict_peer_deps) && !opts_.force) {
    // Reported for the placement that failed: the package that depends on `from`.
    std::string whose;
    if (auto it = edges_by_name_.find(from->name); it != edges_by_name_.end())
      for (auto& [f, fe] : it->second)
        if (fe->to == from && fe->type != EdgeType::kPeer && fe->type != EdgeType::kPeerOptional && whose.empty())
          whose = f->pkg_name + "@" + (f->version.empty() ? "undefined" : f->version);
    if (!whose.empty()) c.message = "While resolving: " + whose + c.message.substr(c.message.find('\n'));
    *err = {"ERESOLVE", "unable to resolve dependency tree\n\n" + c.message +
                            "\n\nFix the upstream dependency conflict, or retry\nthis command with --force or "
                            "--legacy-peer-deps\nto accept an incorrect (and potentially broken) dependency resolution."};
    return false;
  }
  if (opts_.warnings) opts_.warnings->push_back("ERESOLVE overriding peer dependency\n" + c.message);
  return true;
}

bool Resolver::ResolveEdge(Node* from, Edge& e, std::vector<Node*>* next, PmError* err) {
  bool optional = e.type == EdgeType::kOptional || e.type == EdgeType::kPeerOptional;
  bool peer = e.type == EdgeType::kPeer || e.type == EdgeType::kPeerOptional;
  if (peer && opts_.legacy_peer_deps && !from->is_root) return true;
  Node* visible = tree_.Resolve(from, e.name);
  if (visible) {
    e.to = visible;
    if (EdgeSatisfied(e)) return true;
    e.to = nullptr;
  }
  if (e.type == EdgeType::kPeerOptional) return true;  // only checked, never installed
  auto fail_optional = [&](const PmError& why) {
    if (opts_.warnings)
      opts_.warnings->push_back("skipping optional dependency " + e.name + "@" + e.spec + ": " +
                                Split(why.message, '\n')[0]);
    return true;
  };
  DepSpec d = ParseDepSpec(e.name, e.spec);
  Node* n = nullptr;
  if (d.kind == DepSpec::Kind::kInvalid) {
    PmError bad{"EINVALIDTAGNAME", "Invalid dependency " + e.name + "@\"" + e.spec + "\"" +
                                       (d.message.empty() ? "" : ": " + d.message)};
    if (optional) return fail_optional(bad);
    *err = bad;
    return false;
  }
  if (d.kind == DepSpec::Kind::kRange || d.kind == DepSpec::Kind::kAlias || d.kind == DepSpec::Kind::kTag) {
    PmError perr;
    const Packument* p = reg_.Get(d.name, &perr);
    if (!p) {
      if (perr.code == "E404") {
        perr.message = "404 Not Found - GET " + reg_.PackumentUrl(d.name) + "\n404  '" + d.name + "@" +
                       (d.kind == DepSpec::Kind::kAlias ? d.range : e.spec) + "' is not in this registry.";
      }
      if (optional) return fail_optional(perr);
      *err = perr;
      return false;
    }
    std::set<std::string>* pref = nullptr;
    auto pit = opts_.preferred.find(d.name);
    if (pit != opts_.preferred.end() && !opts_.refresh_all && !opts_.refresh.count(d.name)) pref = &pit->second;
    // The version `add foo@1.0.0` asked for, when the saved range allows it (npm's explicit request).
    std::set<std::string> asked;
    if (auto rit = opts_.requested.find(e.name); rit != opts_.requested.end() && from && from->is_root) {
      asked.insert(rit->second);
      pref = &asked;
    }
    std::string v = PickVersion(*p, d.range, d.kind == DepSpec::Kind::kTag, pref);
    if (v.empty()) {
      PmError terr{"ETARGET", "No matching version found for " + d.name + "@" + d.range + ".\nNearest available versions: " +
                                  NearestVersions(*p, d.range) +
                                  "\nIn most cases you or one of your dependencies are requesting\na package version that doesn't exist."};
      if (optional) return fail_optional(terr);
      *err = terr;
      return false;
    }
    n = CreateRegistryNode(e.name, *p, v);
  } else {
    PmError serr;
    n = CreateSpecialNode(from, e, &serr);
    if (!n) {
      if (optional) return fail_optional(serr);
      *err = serr;
      return false;
    }
  }
  if (!PlatformOk(n) && !optional) {
    PmError perr{"EBADPLATFORM", "Unsupported platform for " + n->pkg_name + "@" + n->version + ": wanted os " +
                                     SerializeJson(n->meta.Get("os") ? *n->meta.Get("os") : Json::String("any"), 0) +
                                     ", cpu " +
                                     SerializeJson(n->meta.Get("cpu") ? *n->meta.Get("cpu") : Json::String("any"), 0)};
    *err = perr;
    return false;
  }
  // An optional package for another platform stays in the tree (and lockfile, as npm keeps it)
  // but is never fetched or written to disk.
  n->overrides = e.rule ? e.rule : from->overrides;
  Node* replaced = nullptr;
  Node* peer_level = nullptr;
  std::vector<Node*> users;
  if (peer && !from->is_root && from->parent) {
    // A peer must be visible from `from` without nesting under it: it goes next to `from`, or
    // higher while that level has a peer dependency on the same name (arborist's deepest
    // nesting target: a package's peer never sits in its own node_modules).
    peer_level = from->parent;
    while (!peer_level->is_root && peer_level->parent && HasPeerEdge(peer_level, e.name)) peer_level = peer_level->parent;
    auto it = peer_level->children.find(e.name);
    if (it != peer_level->children.end()) {
      Node* conflict = it->second;
      // arborist replaces the package there when everything using it accepts the new one, or
      // when its users can all have their own copy deeper (they re-resolve afterwards).
      bool accepted = !conflict->is_link;
      if (auto uit = edges_by_name_.find(e.name); accepted && uit != edges_by_name_.end())
        for (auto& [f, fe] : uit->second)
          if (fe->to == conflict && !EdgeAccepts(*fe, n)) accepted = false;
      if (!accepted && !NestableAway(conflict, &users)) return PeerConflictOk(from, e, conflict, err);
      replaced = conflict;
      for (auto& [f, fe] : edges_by_name_[e.name])
        if (fe->to == conflict) fe->to = accepted ? n : nullptr;
    }
  }
  if (replaced) {
    tree_.Detach(replaced);
    tree_.Place(peer_level, n);
    PruneDedupable(peer_level, n);
  } else if (!PlaceNew(from, n, peer, peer_level)) {
    // The peer would shadow a package a dependency of its level needs.
    return PeerConflictOk(from, e, tree_.Resolve(from, e.name), err);
  }
  if (opts_.progress) {
    opts_.progress->resolved++;
    opts_.progress->Draw();
  }
  e.to = n;
  AfterPlace(n);
  next->push_back(n);
  for (Node* u : users) next->push_back(u);
  // Its peers are placed with it, as npm places a peer set together. When the dependent itself
  // depends on a peer's name (and that is not met yet), arborist's peer set takes the dependent's
  // spec, the peer range only advising: a webpack plugin's `webpack` peer gets the exact webpack
  // the package using the plugin asks for, not the newest one.
  if (!opts_.legacy_peer_deps)
    for (auto& pe : n->edges) {
      if (pe.type != EdgeType::kPeer || pe.to || peer_conflicted_.count({n, pe.name})) continue;
      const Edge* own = nullptr;
      for (auto& fe : from->edges)
        if (fe.name == pe.name && !fe.to && fe.type != EdgeType::kPeer && fe.type != EdgeType::kPeerOptional) own = &fe;
      if (own && own->spec != pe.spec) {
        Edge guided = pe;
        guided.spec = own->spec;
        if (!ResolveEdge(n, guided, next, err)) return false;
        if (guided.to && EdgeAccepts(pe, guided.to)) {
          pe.to = guided.to;
          continue;
        }
      }
      if (!ResolveEdge(n, pe, next, err)) return false;
    }
  return true;
}

bool Resolver::Run(PmError* err) {
  tree_.BuildEdges(tree_.root());
  // Resolve every node whose edges are not all satisfied (the whole tree for a fresh install,
  // only the gaps when starting from a lockfile tree).
  std::vector<Node*> level{tree_.root()};
  for (Node* n : tree_.Nodes()) {
    if (n->edges.empty()) tree_.BuildEdges(n);
    level.push_back(n);
  }
  for (Node* n : level)
    for (auto& e : n->edges) {
      DepSpec d = ParseDepSpec(e.name, e.spec);
      if (d.kind == DepSpec::Kind::kRange || d.kind == DepSpec::Kind::kAlias || d.kind == DepSpec::Kind::kTag)
        if (!tree_.Resolve(n, e.name)) reg_.Prefetch(d.name, d.range);
    }
  // Index every existing edge first so placement never breaks one.
  for (Node* n : level) {
    for (auto& e : n->edges) {
      e.to = tree_.Resolve(n, e.name);
      if (!e.to || !EdgeSatisfied(e)) e.to = nullptr;
    }
    IndexEdges(n);
  }
  // One queue ordered by (depth, location), as npm's arborist orders its work: a package placed
  // high up by a deep dependent is handled together with the other packages at that depth.
  auto later = [](const std::pair<int, std::string>& a, const std::pair<int, std::string>& b) { return a > b; };
  std::priority_queue<std::pair<int, std::string>, std::vector<std::pair<int, std::string>>, decltype(later)> queue(later);
  std::map<std::string, Node*> queued;
  auto push = [&](Node* n) {
    std::string loc = n->Location();
    queued[loc] = n;
    queue.push({n->Depth(), loc});
  };
  for (Node* n : level) push(n);
  while (!queue.empty()) {
    auto [depth, loc] = queue.top();
    queue.pop();
    auto it = queued.find(loc);
    if (it == queued.end()) continue;
    Node* n = it->second;
    queued.erase(it);
    if (!n->is_root && !n->parent) continue;  // replaced meanwhile
    if (n->is_link && !n->is_root && !n->link_inside) continue;  // an outside folder installs its own deps
    std::vector<Node*> next;
    current_ = n;
    current_met_.clear();
    for (auto& e : n->edges)
      if (Node* v = tree_.Resolve(n, e.name); v && EdgeAccepts(e, v)) current_met_.insert(e.name);
    for (auto& e : n->edges) {
      if (e.to || peer_conflicted_.count({n, e.name})) continue;
      if (!ResolveEdge(n, e, &next, err)) return false;
    }
    for (Node* m : next) push(m);
  }
  tree_.ResolveEdges();
  return true;
}

}  // namespace nodus::pm

// Builds the ideal tree: picks versions from packuments (dist-tags, ranges, lockfile preferences)
// and places every package in npm's hoisted layout, deterministically (no V8 here).
#pragma once
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "pm/project.h"
#include "pm/registry.h"
#include "pm/tree.h"

namespace nodus::pm {

struct ResolveOptions {
  std::string project_dir;
  bool legacy_peer_deps = false;
  bool force = false, strict_peer_deps = false;
  // name -> versions found in the previous lockfile, preferred when they still satisfy.
  std::map<std::string, std::set<std::string>> preferred;
  std::set<std::string> refresh;  // names to re-resolve ignoring `preferred` (update)
  std::map<std::string, std::string> requested;  // the root's dependency -> the version `add` named
  bool refresh_all = false;
  bool install_links = false;     // file: folders are packed and installed as copies
  bool fetch_early = true;        // start tarball downloads while resolving
  // Called (on the loop's thread) when an early download of a placed node is in the cache, with
  // the node's content_dir set; possibly after Run returned.
  std::function<void(Node*)> on_content;
  std::vector<std::string>* warnings = nullptr;
  Progress* progress = nullptr;
};

// A local package unpacked into the cache: a folder packed as `npm pack` would, or a tarball
// file. Sets the cache folder and the sha512 integrity of the tarball's bytes.
bool UnpackLocal(Registry& reg, const std::string& abs, std::string* content_dir, std::string* integrity,
                 PmError* err);

class Resolver {
 public:
  Resolver(Registry& reg, Tree& tree, ResolveOptions opts) : reg_(reg), tree_(tree), opts_(std::move(opts)) {}
  // Resolves every unresolved edge, starting from the root (whose edges must be built), breadth first.
  bool Run(PmError* err);
  // Picks the version for name@spec from its packument (exposed for `outdated` and `add`).
  static std::string PickVersion(const Packument& p, const std::string& range_or_tag, bool is_tag,
                                 const std::set<std::string>* preferred);
  static std::string NearestVersions(const Packument& p, const std::string& range);

 private:
  bool ResolveEdge(Node* from, Edge& e, std::vector<Node*>* next, PmError* err);
  Node* CreateRegistryNode(const std::string& folder, const Packument& p, const std::string& version);
  Node* CreateSpecialNode(Node* from, const Edge& e, PmError* err);
  bool PlaceNew(Node* from, Node* n, bool is_peer, Node* peer_level = nullptr);
  bool HasPeerEdge(const Node* level, const std::string& name) const;
  void PruneDedupable(Node* level, const Node* placed);
  bool TryDedupe(Node* m);
  bool PeersFit(Node* from, Node* level, const Node* n, int depth);
  bool IsMine(const Node* n) const;
  PmError PeerConflict(const Node* from, const Edge& e, const Node* found) const;
  bool PeerConflictOk(const Node* from, const Edge& e, const Node* found, PmError* err);
  bool Shadows(Node* level, const Node* candidate) const;
  bool CanReplace(const Node* current, const Node* candidate, bool any_version = false) const;
  bool NestableAway(const Node* current, std::vector<Node*>* users) const;
  void IndexEdges(Node* n);
  void AfterPlace(Node* n);
  void StartFetch(Node* n);
  bool PlatformOk(const Node* n) const;

  Registry& reg_;
  Tree& tree_;
  ResolveOptions opts_;
  std::map<std::string, std::vector<std::pair<Node*, Edge*>>> edges_by_name_;  // every edge, by name
  std::set<std::pair<const Node*, std::string>> peer_conflicted_;  // peer edges left unmet (warned once)
  // The package whose dependencies are being resolved and which of its edges were met before
  // (npm builds a package's peer sets before placing any of its dependencies).
  const Node* current_ = nullptr;
  std::set<std::string> current_met_;
};

}  // namespace nodus::pm

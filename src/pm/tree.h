// The node_modules tree: nodes placed by location, dependency edges resolved with Node's lookup
// algorithm, dev/optional/peer flags, and package-lock.json v3 reading and writing (no V8 here).
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pm/json.h"
#include "pm/registry.h"

namespace nodus::pm {

enum class EdgeType { kProd, kDev, kOptional, kPeer, kPeerOptional };

// npm's `overrides` as arborist models them: a tree of rules whose root is package.json's object.
// A rule's key is "name" or "name@range"; the spec it gives matching edges is its "." value (or
// its string value), or, for an object without ".", the key's range. Rules below a rule apply to
// the dependencies of the package it placed; a rule applies to an edge when the key's range
// intersects the edge's range (or the key has no range).
struct OverrideSet {
  const OverrideSet* parent = nullptr;
  std::string name, key, key_spec, value;  // all empty for the root set
  std::vector<std::unique_ptr<OverrideSet>> children;  // in package.json order

  static std::unique_ptr<OverrideSet> FromJson(const Json& overrides);  // nullptr when none
  // The rule for an edge (its dependency name and spec as written), or this set when none applies.
  const OverrideSet* EdgeRule(const std::string& name, const std::string& raw_spec) const;

 private:
  void Add(const std::string& key, const Json& value);
};

struct Node;
struct Edge {
  std::string name;      // the folder name it must resolve to (an alias for npm: specs)
  std::string spec;      // the spec in force (after overrides)
  std::string raw_spec;  // as written in the manifest
  EdgeType type = EdgeType::kProd;
  Node* to = nullptr;
  const OverrideSet* rule = nullptr;  // the override set the edge resolves under (null: no overrides)
};

struct Node {
  std::string name;      // folder name under node_modules
  std::string pkg_name;  // the real package name (differs for aliases)
  std::string version;
  std::string resolved, integrity, shasum;
  Json meta = Json::Object();  // dependencies, optionalDependencies, peerDependencies(Meta), bin, engines, os, cpu, ...
  Node* parent = nullptr;      // whose node_modules holds this node
  std::map<std::string, Node*> children;
  std::vector<Edge> edges;
  bool is_root = false;
  bool is_link = false;
  bool link_inside = false;  // a link whose target lies inside the project (workspace): its deps are ours
  std::string link_target;  // for links: path relative to the project root
  bool dev = false, optional = false, dev_optional = false, peer = false;
  bool has_install_script = false;
  bool full_doc = false;    // read from the registry's full document (npm's source of "license")
  bool in_bundle = false;   // shipped inside its parent's tarball (bundleDependencies)
  bool omitted = false;     // flagged dev/optional and omitted by --omit
  std::string content_dir;  // unpacked cache directory, once fetched
  const OverrideSet* overrides = nullptr;  // the override set in force for this package's dependencies

  std::string Location() const;  // "node_modules/a/node_modules/b"; "" for the root
  int Depth() const;
  bool IsInside(const Node* ancestor) const;  // this == ancestor or below it
};

class Tree {
 public:
  Tree();
  void Reset();  // back to a lone root
  Node* root() const { return root_; }
  Node* NewNode();
  void Place(Node* parent, Node* child);
  void Detach(Node* n);  // removes n and its subtree from the layout
  std::vector<Node*> Nodes() const;  // every placed node except the root, sorted by location
  Node* Find(const std::string& location) const;
  // Node's resolution: the first `name` in from's node_modules, then its parents'.
  Node* Resolve(const Node* from, const std::string& name) const;
  // package.json's `overrides` (or null): the root's override set.
  void SetOverrides(const Json* overrides);
  const OverrideSet* overrides() const { return overrides_.get(); }
  // (Re)builds a node's edges from its manifest (the root's from package.json), applying the
  // node's override set.
  void BuildEdges(Node* n);
  // Builds every node's edges, passing override sets along edges from the root breadth first
  // (a node gets the rule of the first edge that reaches it), for trees read from a lockfile.
  void BuildAllEdges();
  // A root dependency changed by an override ("" when none): npm's EOVERRIDE.
  std::string RootOverrideConflict() const;
  void ResolveEdges();
  // Drops nodes no edge reaches (extraneous); returns how many.
  size_t Prune();
  void ComputeFlags();
  size_t size() const { return Nodes().size(); }

 private:
  std::vector<std::unique_ptr<Node>> owned_;
  Node* root_;
  // Nodes() as last computed; Place, Detach and Reset (the only changes to the layout) drop it.
  mutable std::vector<Node*> nodes_;
  mutable bool nodes_valid_ = false;
  std::unique_ptr<OverrideSet> overrides_;
};

// Which manifest fields a tree node keeps (from a packument version, a package.json or a lock entry).
Json ManifestSubset(const Json& manifest);
// A package.json "license" as npm's lockfile keeps it: an object's `type`, nothing for falsy or
// empty values; false when there is none.
bool LicenseMeta(const Json* license, Json* out);

// package-lock.json v3.
bool LoadLockfile(const Json& lock, Tree* tree, PmError* err);
Json BuildLockfile(const Tree& tree, const Json& package_json, bool hidden);
// The text npm writes for a lockfile (json-stringify-nice's key order, two spaces, newline).
// With `hidden`, also the hidden lockfile of the same tree (node_modules/.package-lock.json), which
// is BuildLockfile(tree, pkg, true) serialized when no node is omitted and no link targets the root.
std::string SerializeLockfile(Json lock, std::string* hidden = nullptr);
// The root entry's dependency fields set from package.json (after `update --save`).
void SetLockRootDeps(Json* lock, const Json& package_json);
// True when the lockfile's root entry declares the same dependencies as package.json and every
// edge in the tree is satisfied. `why` explains the first mismatch.
bool LockMatchesPackage(const Json& lock, const Json& package_json, const Tree& tree, std::string* why);
bool EdgeSatisfied(const Edge& e);
// Whether `candidate` would satisfy the edge.
bool EdgeAccepts(const Edge& e, const Node* candidate);
// os / cpu / libc fields of a manifest allow this machine.
bool PlatformSupported(const Json& meta);

}  // namespace nodus::pm

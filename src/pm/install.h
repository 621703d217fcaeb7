// `install`, `ci`, `add`, `remove`, `update`: build the ideal tree, then reify it into
// node_modules through a staging area (no V8 here).
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "pm/project.h"
#include "pm/tree.h"

namespace nodus::pm {

struct InstallOptions {
  bool ci = false;               // exactly the lockfile; fail when out of sync
  bool ignore_scripts = false;
  bool dry_run = false;
  bool write_lockfile = true;
  bool omit_dev = false, omit_optional = false, omit_peer = false;
  bool legacy_peer_deps = false;
  bool force = false;             // peer conflicts of the root's own dependencies are warnings
  bool strict_peer_deps = false;  // peer conflicts deep in the tree are errors too
  bool use_lockfile = true;      // false: resolve afresh (lockfile versions still preferred)
  bool prefer_lock_versions = true;
  std::set<std::string> refresh; // update these names
  std::map<std::string, std::string> requested;  // `add name@x`: the version picked for x (root's edge)
  bool refresh_all = false;
  bool run_root_scripts = true;
  bool install_links = false;    // --install-links: file: folders are packed and copied, not linked
};

struct InstallSummary {
  size_t added = 0, removed = 0, changed = 0, total = 0, funding = 0;
  std::vector<std::string> scripts_ran;
  struct Entry {
    std::string name, version, path;  // folder name, version, absolute path (npm --json's fields)
  };
  std::vector<Entry> add, remove, change_from, change_to;
};

// Installs the project in ctx.project_dir whose package.json is `pkg`. Returns an exit code;
// errors are reported.
int Install(Context& ctx, const Json& pkg, const InstallOptions& opts, InstallSummary* summary);
// Builds the tree a project currently has (from node_modules/.package-lock.json or by scanning).
void LoadActualTree(const std::string& project_dir, Tree* tree);
// Builds the ideal tree without touching node_modules (ls/why/outdated use the actual one).
// `on_content` (optional) learns of each node the resolver placed whose package is now in the cache
// (content_dir set); the node may still be moved or dropped before the tree is final.
bool BuildIdealTree(Context& ctx, const Json& pkg, const InstallOptions& opts, Tree* tree,
                    std::vector<std::string>* warnings, PmError* err,
                    std::function<void(Node*)> on_content = nullptr);
std::string Plural(size_t n, const char* word);
// The project's workspaces ("workspaces" globs in package.json) as (name, path relative to the root).
std::vector<std::pair<std::string, std::string>> ExpandWorkspaces(const std::string& project_dir, const Json& pkg);
// package.json as the root node sees it: with a link edge to every workspace.
Json RootManifest(const std::string& project_dir, const Json& pkg);

}  // namespace nodus::pm

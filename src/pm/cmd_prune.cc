// `prune`, `dedupe` and `rebuild` over an installed project (no V8 here).
#include <algorithm>
#include <cstdio>

#include "pm/commands.h"
#include "pm/fs_util.h"
#include "pm/scripts.h"
#include "pm/semver.h"
#include "pm/tree.h"

namespace nodus::pm {

int CmdPrune(Context& ctx, const Args& args) {
  // The ideal tree of package.json and the lockfile, reified: extraneous packages (and with
  // --omit=dev the dev ones) go. Names are accepted and ignored, as npm 7+ does.
  Json pkg;
  if (!LoadProject(ctx, &pkg, false)) return 1;
  InstallOptions o = OptionsFrom(ctx);
  o.run_root_scripts = false;
  return Install(ctx, pkg, o, nullptr);
}

int CmdDedupe(Context& ctx, const Args& args) {
  // The tree resolved again without the lockfile's layout (its versions still preferred), so
  // every package lands as high as it can and duplicates that one version can serve collapse.
  Json pkg;
  if (!LoadProject(ctx, &pkg, false)) return 1;
  InstallOptions o = OptionsFrom(ctx);
  o.run_root_scripts = false;
  o.use_lockfile = false;
  o.prefer_lock_versions = true;
  return Install(ctx, pkg, o, nullptr);
}

int CmdRebuild(Context& ctx, const Args& args) {
  // (The root's own scripts are not run, and a folder without package.json has nothing to do,
  // as npm.)
  Tree tree;
  LoadActualTree(ctx.project_dir, &tree);
  // Which packages: all, or those named (name or name@range).
  auto wanted = [&](const Node* n) {
    if (args.positional.empty()) return true;
    for (auto& w : args.positional) {
      std::string name = w, range;
      size_t at = w.find('@', w[0] == '@' ? 1 : 0);
      if (at != std::string::npos) { name = w.substr(0, at); range = w.substr(at + 1); }
      if (n->name != name && n->pkg_name != name) continue;
      if (range.empty() || semver::Satisfies(n->version, range, {true, false})) return true;
    }
    return false;
  };
  std::vector<Node*> nodes;
  for (Node* n : tree.Nodes())
    if (!n->is_link && n->parent && wanted(n)) nodes.push_back(n);
  // Deepest first, so dependencies are built before their dependents.
  std::stable_sort(nodes.begin(), nodes.end(), [](Node* a, Node* b) { return a->Depth() > b->Depth(); });
  bool ignore = ctx.config.GetBool("ignore-scripts", false);
  for (Node* n : nodes) {
    std::string dir = JoinPath(ctx.project_dir, n->Location());
    Json pj;
    PmError err;
    if (!ReadPackageJsonFile(dir + "/package.json", &pj, &err)) continue;
    Json m = ManifestSubset(pj);
    std::string parent_dir = n->parent->is_root ? ctx.project_dir : JoinPath(ctx.project_dir, n->parent->Location());
    if (const Json* bin = m.Get("bin"); bin && bin->IsObject() && bin->size())
      LinkBins(dir, *bin, JoinPath(parent_dir, "node_modules/.bin"));
    if (ignore) continue;
    const Json* scripts = pj.Get("scripts");
    for (const char* ev : {"preinstall", "install", "postinstall"}) {
      const Json* s = scripts ? scripts->Get(ev) : nullptr;
      if (!s || !s->IsString()) continue;
      int rc = RunEvent(dir, pj, ev, ctx.silent || ctx.json, {}, ctx.json);
      if (rc != 0)
        return ReportError({"ELIFECYCLE", n->pkg_name + "@" + n->version + " " + ev + ": `" + s->str() +
                                              "`\nExit status " + std::to_string(rc) + "\nin " + dir});
    }
  }
  if (!ctx.silent && !ctx.json) std::printf("rebuilt dependencies successfully\n");
  return 0;
}

}  // namespace nodus::pm

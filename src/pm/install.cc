#include "pm/install.h"

#include <errno.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <set>

#include "pm/addon_abi.h"
#include "pm/fs_util.h"
#include "pm/resolve.h"
#include "pm/scripts.h"
#include "pm/semver.h"
#include "runtime/version.h"
#include "pm/dep_spec.h"

namespace nodus::pm {

namespace {
std::atomic<bool> g_interrupted{false};
void OnSignal(int) { g_interrupted = true; }

struct SignalGuard {
  struct sigaction old_int {}, old_term {}, old_hup {};
  SignalGuard() {
    struct sigaction sa {};
    sa.sa_handler = OnSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);
    sigaction(SIGHUP, &sa, &old_hup);
  }
  ~SignalGuard() {
    sigaction(SIGINT, &old_int, nullptr);
    sigaction(SIGTERM, &old_term, nullptr);
    sigaction(SIGHUP, &old_hup, nullptr);
  }
};

// Blocks termination signals while node_modules is being rewritten.
struct BlockSignals {
  sigset_t old;
  BlockSignals() {
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGINT);
    sigaddset(&s, SIGTERM);
    sigaddset(&s, SIGHUP);
    sigprocmask(SIG_BLOCK, &s, &old);
  }
  ~BlockSignals() { sigprocmask(SIG_SETMASK, &old, nullptr); }
};

void ScanDir(const std::string& project_dir, const std::string& nm_dir, Tree* tree, Node* parent) {
  for (auto& entry : ListDir(nm_dir)) {
    if (entry[0] == '.') continue;
    std::vector<std::string> names;
    if (entry[0] == '@') {
      for (auto& sub : ListDir(nm_dir + "/" + entry)) names.push_back(entry + "/" + sub);
    } else {
      names.push_back(entry);
    }
    for (auto& name : names) {
      std::string dir = nm_dir + "/" + name;
      struct stat st;
      if (lstat(dir.c_str(), &st) != 0) continue;
      Node* n = tree->NewNode();
      n->name = name;
      if (S_ISLNK(st.st_mode)) {
        char buf[4096];
        ssize_t len = readlink(dir.c_str(), buf, sizeof buf - 1);
        std::string target = len > 0 ? std::string(buf, len) : "";
        std::string abs = target.size() && target[0] == '/' ? target : JoinPath(DirName(dir), target);
        n->is_link = true;
        n->link_target = RelativePath(project_dir, abs);
      }
      std::string text;
      Json pj;
      JsonError je;
      if (ReadFile(dir + "/package.json", &text) && ParseJson(text, &pj, &je)) {
        n->pkg_name = pj.GetString("name", name);
        n->version = pj.GetString("version");
        n->meta = ManifestSubset(pj);
      } else {
        n->pkg_name = name;
      }
      tree->Place(parent, n);
      if (!n->is_link && IsDirectory(dir + "/node_modules")) ScanDir(project_dir, dir + "/node_modules", tree, n);
    }
  }
}

std::string NodeDir(const std::string& project_dir, const Node* n) { return JoinPath(project_dir, n->Location()); }

}  // namespace

// NODUS_PM_TIMING=1 prints when each install phase ended (seconds since start) on stderr.
static void Phase(const Context& ctx, const char* name) {
  static const bool on = getenv("NODUS_PM_TIMING") != nullptr;
  if (on) std::fprintf(stderr, "nodus timing %-8s %.3fs\n", name, NowSeconds() - ctx.start_time);
}

// Leaves the file (and its mtime) alone when it already says this.
static void WriteIfChanged(const std::string& path, const std::string& text) {
  std::string old;
  if (ReadFile(path, &old) && old == text) return;
  WriteFileAtomic(path, text);
}

static int Fail(Context& ctx, const PmError& e) {
  ctx.progress.Clear();
  return ReportError(e);
}

std::string Plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// npm's reify summary sentence ("\nadded 1 package, and removed 2 packages in 1s"; no audit),
// the time as the `ms` package prints it.
std::string NpmChangedMessage(size_t added, size_t removed, size_t changed, double seconds) {
  std::string msg = "\n";
  if (!added && !removed && !changed) {
    msg += "up to date";
  } else {
    if (added) msg += "added " + Plural(added, "package");
    if (removed) msg += std::string(added ? ", " : "") + (added && !changed ? "and " : "") + "removed " + Plural(removed, "package");
    if (changed) msg += std::string(added || removed ? ", " : "") + (added || removed ? "and " : "") + "changed " + Plural(changed, "package");
  }
  double ms = std::floor(seconds * 1000);
  char took[32];
  if (ms >= 86400000) std::snprintf(took, sizeof took, "%.0fd", std::round(ms / 86400000));
  else if (ms >= 3600000) std::snprintf(took, sizeof took, "%.0fh", std::round(ms / 3600000));
  else if (ms >= 60000) std::snprintf(took, sizeof took, "%.0fm", std::round(ms / 60000));
  else if (ms >= 1000) std::snprintf(took, sizeof took, "%.0fs", std::round(ms / 1000));
  else std::snprintf(took, sizeof took, "%.0fms", ms);
  return msg + " in " + took;
}


std::vector<std::pair<std::string, std::string>> ExpandWorkspaces(const std::string& project_dir, const Json& pkg) {
  std::vector<std::pair<std::string, std::string>> out;
  const Json* ws = pkg.Get("workspaces");
  if (ws && ws->IsObject()) ws = ws->Get("packages");
  if (!ws || !ws->IsArray()) return out;
  std::set<std::string> seen;
  std::function<void(const std::string&, const std::vector<std::string>&, size_t)> walk =
      [&](const std::string& rel, const std::vector<std::string>& parts, size_t i) {
        if (i == parts.size()) {
          Json pj;
          PmError err;
          std::string dir = JoinPath(project_dir, rel);
          if (rel.empty() || !ReadPackageJsonFile(dir + "/package.json", &pj, &err)) return;
          std::string name = pj.GetString("name", BaseName(rel));
          if (seen.insert(rel).second) out.emplace_back(name, rel);
          return;
        }
        const std::string& part = parts[i];
        if (part == "**") {
          walk(rel, parts, i + 1);
          for (auto& e : ListDir(JoinPath(project_dir, rel)))
            if (e != "node_modules" && e[0] != '.' && IsDirectory(JoinPath(project_dir, JoinPath(rel, e))))
              walk(JoinPath(rel, e), parts, i);
          return;
        }
        if (part.find_first_of("*?[") == std::string::npos) {
          if (IsDirectory(JoinPath(project_dir, JoinPath(rel, part)))) walk(JoinPath(rel, part), parts, i + 1);
          return;
        }
        for (auto& e : ListDir(JoinPath(project_dir, rel)))
          if (e != "node_modules" && GlobMatch(part, e) && IsDirectory(JoinPath(project_dir, JoinPath(rel, e))))
            walk(JoinPath(rel, e), parts, i + 1);
      };
  for (auto& p : ws->items()) {
    if (!p.IsString()) continue;
    std::vector<std::string> parts;
    for (auto& s : Split(p.str(), '/'))
      if (!s.empty() && s != ".") parts.push_back(s);
    walk("", parts, 0);
  }
  std::sort(out.begin(), out.end());
  return out;
}

Json RootManifest(const std::string& project_dir, const Json& pkg) {
  Json m = pkg;
  auto ws = ExpandWorkspaces(project_dir, pkg);
  if (ws.empty()) return m;
  Json links = Json::Object();
  for (auto& [name, rel] : ws) links.Set(name, Json::String("file:" + rel));
  m.Set("_workspaceLinks", links);
  return m;
}

void LoadActualTree(const std::string& project_dir, Tree* tree) {
  std::string nm = project_dir + "/node_modules";
  std::string text;
  Json hidden;
  JsonError je;
  PmError err;
  if (ReadFile(nm + "/.package-lock.json", &text) && ParseJson(text, &hidden, &je) &&
      LoadLockfile(hidden, tree, &err)) {
    // Trust the hidden lockfile only for folders that still exist.
    for (Node* n : tree->Nodes()) {
      if (!n->parent) continue;
      std::string dir = NodeDir(project_dir, n);
      struct stat st;
      bool ok = n->is_link ? lstat(dir.c_str(), &st) == 0 : stat((dir + "/package.json").c_str(), &st) == 0;
      if (!ok) tree->Detach(n);
    }
    return;
  }
  if (IsDirectory(nm)) ScanDir(project_dir, nm, tree, tree->root());
}

// What only omitted packages need is omitted too (npm's optional dependency set): the dependencies
// of an optional package for another platform stay in the lockfile but are not written to disk,
// cycles among them included; anything a kept package also needs stays.
static void OmitOnlyNeededByOmitted(const Tree& tree) {
  std::vector<Node*> nodes = tree.Nodes();
  std::map<const Node*, std::vector<const Node*>> users;
  for (const Edge& e : tree.root()->edges)
    if (e.to) users[e.to].push_back(tree.root());
  for (Node* n : nodes)
    for (const Edge& e : n->edges)
      if (e.to) users[e.to].push_back(n);
  std::set<const Node*> set;
  std::vector<const Node*> work;
  for (Node* n : nodes)
    if (n->omitted) work.push_back(n);
  while (!work.empty()) {
    const Node* n = work.back();
    work.pop_back();
    for (const Edge& e : n->edges)
      if (e.to && !e.to->omitted && !e.to->is_link && set.insert(e.to).second) work.push_back(e.to);
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (auto it = set.begin(); it != set.end();) {
      bool needed = false;
      for (const Node* u : users[*it])
        if (!u->omitted && !set.count(u)) needed = true;
      if (needed) {
        it = set.erase(it);
        changed = true;
      } else {
        ++it;
      }
    }
  }
  for (Node* n : nodes)
    if (set.count(n)) n->omitted = true;
}

// The first native addon (a .node file) in a package folder, a few levels deep and outside its
// node_modules ("" when none).
// The first .node file under dir (outside nested node_modules) the runtime cannot load, relative
// to dir, with its ABI; "" when every one is a Node-API addon.
static std::string FindUnloadableAddon(const std::string& dir, AddonAbi* abi, const std::string& rel = "",
                                       int depth = 0) {
  for (const std::string& name : ListDir(dir)) {
    std::string path = dir + "/" + name;
    if (name.size() > 5 && name.compare(name.size() - 5, 5, ".node") == 0 && !IsDirectory(path)) {
      *abi = ClassifyAddon(path);
      if (*abi != AddonAbi::kNodeApi) return rel + name;
      continue;
    }
    if (depth < 3 && name != "node_modules" && IsDirectory(path)) {
      std::string found = FindUnloadableAddon(path, abi, rel + name + "/", depth + 1);
      if (!found.empty()) return found;
    }
  }
  return "";
}

// A workspace's manifest comes from its folder, not from the lockfile (it may have changed).
static void RefreshLinkedManifests(const std::string& project_dir, Tree* tree) {
  for (Node* n : tree->Nodes()) {
    if (!n->is_link || !n->link_inside) continue;
    Json pj;
    PmError err;
    if (!ReadPackageJsonFile(JoinPath(project_dir, n->link_target) + "/package.json", &pj, &err)) continue;
    n->meta = ManifestSubset(pj);
    if (pj.Get("devDependencies")) n->meta.Set("devDependencies", *pj.Get("devDependencies"));
    n->version = pj.GetString("version");
  }
}

bool BuildIdealTree(Context& ctx, const Json& pkg, const InstallOptions& opts, Tree* tree,
                    std::vector<std::string>* warnings, PmError* err, std::function<void(Node*)> on_content) {
  tree->root()->meta = RootManifest(ctx.project_dir, pkg);
  tree->root()->name = pkg.GetString("name");
  tree->root()->pkg_name = pkg.GetString("name");
  tree->root()->version = pkg.GetString("version");
  const Json* overrides = pkg.Get("overrides");
  std::string lock_text;
  Json lock;
  bool have_lock = false;
  for (const char* f : {"npm-shrinkwrap.json", "package-lock.json"}) {
    if (ReadFile(ctx.project_dir + "/" + f, &lock_text)) {
      JsonError je;
      if (!ParseJson(lock_text, &lock, &je)) {
        *err = {"EJSONPARSE", ctx.project_dir + "/" + f + ":" + std::to_string(je.line) + ":" +
                                  std::to_string(je.column) + ": " + je.message};
        return false;
      }
      have_lock = true;
      break;
    }
  }
  ResolveOptions ro;
  ro.project_dir = ctx.project_dir;
  ro.legacy_peer_deps = opts.legacy_peer_deps;
  ro.force = opts.force;
  ro.strict_peer_deps = opts.strict_peer_deps;
  ro.refresh = opts.refresh;
  ro.requested = opts.requested;
  ro.refresh_all = opts.refresh_all;
  ro.install_links = opts.install_links;
  ro.warnings = warnings;
  ro.progress = &ctx.progress;
  ro.on_content = std::move(on_content);
  if (have_lock) {
    // Read into `tree` directly; when it cannot be used as is, it only supplies preferred
    // versions and the tree is started afresh.
    Tree& locked = *tree;
    PmError lerr;
    if (LoadLockfile(lock, &locked, &lerr)) {
      locked.root()->meta = RootManifest(ctx.project_dir, pkg);
      RefreshLinkedManifests(ctx.project_dir, &locked);
      locked.SetOverrides(overrides);
      locked.BuildAllEdges();
      locked.ResolveEdges();
      std::string why;
      bool in_sync = LockMatchesPackage(lock, pkg, locked, &why);
      if (opts.ci && !in_sync) {
        *err = {"EUSAGE", "`nodus ci` can only install packages when your package.json and package-lock.json are in "
                          "sync. Please update your lock file with `nodus install` before continuing.\n" + why};
        return false;
      }
      if (in_sync && opts.use_lockfile && opts.refresh.empty() && !opts.refresh_all) {
        tree->ComputeFlags();  // the locked tree as it is
        return true;
      }
      if (opts.prefer_lock_versions)
        for (Node* n : locked.Nodes())
          if (!n->is_link) ro.preferred[n->pkg_name].insert(n->version);
      tree->Reset();
      tree->root()->meta = RootManifest(ctx.project_dir, pkg);
      tree->root()->name = pkg.GetString("name");
      tree->root()->pkg_name = pkg.GetString("name");
      tree->root()->version = pkg.GetString("version");
    } else if (opts.ci) {
      *err = lerr;
      return false;
    } else {
      warnings->push_back(lerr.message);
    }
  } else if (opts.ci) {
    *err = {"EUSAGE", "The `nodus ci` command can only install with an existing package-lock.json or "
                      "npm-shrinkwrap.json with lockfileVersion >= 1."};
    return false;
  }
  tree->SetOverrides(overrides);
  tree->BuildEdges(tree->root());
  std::string conflict = tree->RootOverrideConflict();
  if (!conflict.empty()) {
    *err = {"EOVERRIDE", conflict};
    return false;
  }
  Resolver r(*ctx.registry, *tree, ro);
  if (!r.Run(err)) return false;
  tree->Prune();
  tree->ComputeFlags();
  return true;
}

// ---- the no-op fast path ----------------------------------------------------------------------
// A complete install leaves node_modules/.nodus-stamp: a digest of what its result depends on
// (package.json as given, the options that shape the tree, the identity of both lockfiles and of
// the workspace and linked manifests) and the paths it created (package folders, links, bins).
// When the next install computes the same digest and finds every path, nothing can differ, and
// neither lockfile needs to be read. Anything else (a changed file, a deleted folder, a missing
// stamp) takes the full path, which removes the stamp before it changes node_modules.
static const char kStampFile[] = "node_modules/.nodus-stamp";

// Size, times and inode: a rewritten or touched file changes its ctime, which cannot be set back.
static std::string FileIdentity(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return "-";
  char buf[160];
  std::snprintf(buf, sizeof buf, "%lld:%lld.%ld:%lld.%ld:%llu", (long long)st.st_size, (long long)st.st_mtim.tv_sec,
                st.st_mtim.tv_nsec, (long long)st.st_ctim.tv_sec, st.st_ctim.tv_nsec, (unsigned long long)st.st_ino);
  return buf;
}

static std::string StampDigest(const Context& ctx, const Json& pkg, const InstallOptions& o,
                               const std::vector<std::string>& manifests) {
  const std::string& proj = ctx.project_dir;
  std::string buf = "nodus-stamp 1\n";
  buf += std::string(o.omit_dev ? "d" : "-") + (o.omit_optional ? "o" : "-") + (o.omit_peer ? "p" : "-") +
         (o.legacy_peer_deps ? "l" : "-") + (o.install_links ? "i" : "-") + "\n";
  buf += SerializeJson(pkg, 0) + "\n";
  for (const char* f : {"npm-shrinkwrap.json", "package-lock.json", "node_modules/.package-lock.json"})
    buf += FileIdentity(JoinPath(proj, f)) + "\n";
  for (auto& [name, rel] : ExpandWorkspaces(proj, pkg)) buf += "w " + name + " " + rel + "\n";
  for (auto& m : manifests) buf += m + " " + FileIdentity(JoinPath(proj, m)) + "\n";
  return HexEncode(HashBytes("sha256", buf));
}

static bool FastPathAllowed(const InstallOptions& o) {
  return !o.ci && !o.dry_run && o.use_lockfile && o.write_lockfile && o.refresh.empty() && !o.refresh_all;
}

// Returns the package count recorded by the stamp when the tree is up to date, else -1.
static long CheckStamp(const Context& ctx, const Json& pkg, const InstallOptions& o) {
  std::string text;
  if (!FastPathAllowed(o) || !ReadFile(JoinPath(ctx.project_dir, kStampFile), &text)) return -1;
  std::vector<std::string> lines = Split(text, '\n');
  if (lines.size() < 2) return -1;
  std::vector<std::string> manifests;
  for (size_t i = 2; i < lines.size(); i++)
    if (StartsWith(lines[i], "f ")) manifests.push_back(lines[i].substr(2));
  if (StampDigest(ctx, pkg, o, manifests) != lines[0]) return -1;
  struct stat st;
  for (size_t i = 2; i < lines.size(); i++) {
    const std::string& l = lines[i];
    if (l.size() < 3) continue;
    std::string path = JoinPath(ctx.project_dir, l.substr(2));
    if (l[0] == 'd' && stat((path + "/package.json").c_str(), &st) != 0) return -1;
    if ((l[0] == 'l' || l[0] == 'b') && lstat(path.c_str(), &st) != 0) return -1;
  }
  return std::strtol(lines[1].c_str(), nullptr, 10);
}

static void WriteStamp(const Context& ctx, const Json& pkg, const InstallOptions& o, const Tree& ideal,
                       size_t total) {
  if (!FastPathAllowed(o)) return;
  std::string body;
  std::vector<std::string> manifests;
  for (auto& [name, rel] : ExpandWorkspaces(ctx.project_dir, pkg)) manifests.push_back(JoinPath(rel, "package.json"));
  for (Node* n : ideal.Nodes()) {
    if (n->omitted) continue;
    if (n->is_link) {
      body += "l " + n->Location() + "\n";
      manifests.push_back(JoinPath(n->link_target, "package.json"));
    } else if (!n->in_bundle) {
      body += "d " + n->Location() + "\n";
    }
    const Json* bin = n->meta.Get("bin");
    if (bin && bin->IsObject())
      for (auto& [name, _] : bin->members())
        body += "b " + JoinPath(JoinPath(n->parent->Location(), "node_modules/.bin"), BaseName(name)) + "\n";
  }
  std::sort(manifests.begin(), manifests.end());
  manifests.erase(std::unique(manifests.begin(), manifests.end()), manifests.end());
  std::string head = StampDigest(ctx, pkg, o, manifests) + "\n" + std::to_string(total) + "\n";
  for (auto& m : manifests) head += "f " + m + "\n";
  WriteFileAtomic(JoinPath(ctx.project_dir, kStampFile), head + body);
}

static void PrintJsonSummary(const InstallSummary& s) {
  auto list = [](const std::vector<InstallSummary::Entry>& v) {
    Json a = Json::Array();
    for (auto& e : v) {
      Json o = Json::Object();
      o.Set("name", Json::String(e.name));
      o.Set("version", Json::String(e.version));
      o.Set("path", Json::String(e.path));
      a.Push(o);
    }
    return a;
  };
  Json out = Json::Object();
  out.Set("add", list(s.add));
  out.Set("added", Json::Number((double)s.added));
  out.Set("audited", Json::Number(0));
  Json change = Json::Array();
  for (size_t i = 0; i < s.change_from.size(); i++) {
    Json c = Json::Object();
    Json from = list({s.change_from[i]}), to = list({s.change_to[i]});
    c.Set("from", from.items()[0]);
    c.Set("to", to.items()[0]);
    change.Push(c);
  }
  out.Set("change", change);
  out.Set("changed", Json::Number((double)s.changed));
  out.Set("funding", Json::Number((double)s.funding));
  out.Set("remove", list(s.remove));
  out.Set("removed", Json::Number((double)s.removed));
  std::printf("%s\n", SerializeJson(out, 2).c_str());
  std::fflush(stdout);
}

// The root project's own lifecycle scripts (install without arguments, ci).
static int RunRootScripts(Context& ctx, const Json& pkg, const InstallOptions& opts) {
  if (!opts.run_root_scripts || opts.ignore_scripts) return 0;
  const Json* scripts = pkg.Get("scripts");
  for (const char* ev : {"preinstall", "install", "postinstall", "prepublish", "preprepare", "prepare",
                         "postprepare"}) {
    const Json* s = scripts ? scripts->Get(ev) : nullptr;
    if (!s || !s->IsString()) continue;
    int rc = RunEvent(ctx.project_dir, pkg, ev, ctx.silent || ctx.json, {}, ctx.json);
    if (rc != 0)
      return Fail(ctx, {"ELIFECYCLE", "command failed: " + std::string(ev) + " `" + s->str() + "` exited with " +
                                            std::to_string(rc)});
  }
  return 0;
}

int Install(Context& ctx, const Json& pkg, const InstallOptions& opts, InstallSummary* summary) {
  SignalGuard sig;
  g_interrupted = false;
  // The no-op install: nothing changed since the last complete install.
  long up_to_date = CheckStamp(ctx, pkg, opts);
  if (up_to_date >= 0) {
    Phase(ctx, "stamp");
    if (int rc = RunRootScripts(ctx, pkg, opts)) return rc;
    InstallSummary none;
    none.total = (size_t)up_to_date;
    if (summary) *summary = none;
    if (ctx.json) PrintJsonSummary(none);
    ctx.Log("up to date, " + Plural(none.total, "package") + " in " + FormatSeconds(NowSeconds() - ctx.start_time));
    return 0;
  }
  unlink(JoinPath(ctx.project_dir, kStampFile).c_str());
  const std::string& proj = ctx.project_dir;
  std::string nm = proj + "/node_modules";
  std::vector<std::string> warnings;
  Tree ideal;
  PmError err;
  // 1. Fetch every needed package into the cache (parallel), and stage each one as soon as it is
  //    there: the worker threads hard-link it from the cache into node_modules/.nodus-staging-*,
  //    next to its final place, while the rest downloads. Nothing else on disk changes yet.
  std::map<Node*, PmError> failures;
  const bool nm_existed = IsDirectory(nm);
  std::string staging;
  PmError stage_fail;
  std::map<Node*, std::string> staged;
  std::set<const Node*> has_gyp, probed;  // staged packages with a binding.gyp; packages staged
  size_t staging_jobs = 0, stage_seq = 0;
  auto cancelled = std::make_shared<std::atomic<bool>>(false);
  auto make_staging = [&] {
    if (!staging.empty() || !stage_fail.empty()) return;
    if (!MakeDirs(nm)) {
      stage_fail = {"EACCES", "cannot create " + nm};
      return;
    }
    for (auto& entry : ListDir(nm))  // leftovers of a killed run
      if (StartsWith(entry, ".nodus-staging-")) RemoveTree(nm + "/" + entry);
    staging = MakeTempDir(nm, ".nodus-staging-");
    if (staging.empty()) stage_fail = {"EACCES", "cannot create a staging directory in " + nm};
  };
  std::function<void(Node*)> fetch;
  // `unverified`: content_dir is where the cache would hold the package, not known to be there;
  // when it is not, the package is fetched instead.
  auto stage = [&](Node* n, bool unverified = false) {
    if (n->is_link || n->content_dir.empty() || staged.count(n) || *cancelled) return;
    make_staging();
    if (!stage_fail.empty()) return;
    std::string dst = staging + "/" + std::to_string(stage_seq++);
    staged[n] = dst;
    auto lerr = std::make_shared<std::string>();
    auto probe = std::make_shared<LinkProbe>();
    probe->name = "binding.gyp";
    std::string src = n->content_dir, what = n->pkg_name + "@" + n->version;
    ctx.progress.to_link++;
    staging_jobs++;
    ctx.http->RunInBackground(
        [src, dst, lerr, probe, cancelled] {
          if (!*cancelled) LinkOrCopyTree(src, dst, lerr.get(), probe.get());
        },
        [n, lerr, probe, what, unverified, &stage_fail, &staging_jobs, &ctx, &staged, &has_gyp, &probed, &fetch] {
          staging_jobs--;
          ctx.progress.linked++;
          ctx.progress.Draw();
          if (unverified && probe->source_missing) {
            staged.erase(n);
            n->content_dir.clear();
            fetch(n);
            return;
          }
          probed.insert(n);
          if (probe->found) has_gyp.insert(n);
          if (!lerr->empty() && stage_fail.empty()) stage_fail = {"EINSTALL", "cannot stage " + what + ": " + *lerr};
        });
  };
  // A failure or an interrupt leaves node_modules as it was: no staging folder, and no
  // node_modules when there was none.
  auto abandon = [&] {
    cancelled->store(true);
    ctx.http->RunUntil([&] { return staging_jobs == 0; });
    if (!staging.empty()) RemoveTree(staging);
    if (!nm_existed) rmdir(nm.c_str());
  };
  fetch = [&](Node* n) {
    ContentRequest req{n->pkg_name, n->version, n->resolved, n->integrity, n->shasum};
    ctx.progress.to_fetch++;
    ctx.registry->FetchContent(req, [n, &failures, &ctx, &stage](const std::string& dir, const PmError& e) {
      if (!e.empty()) failures[n] = e;
      else n->content_dir = dir;
      ctx.progress.fetched++;
      ctx.progress.Draw();
      if (e.empty()) stage(n);
    });
  };
  // A fresh install (no node_modules yet) stages each package the resolver placed as soon as its
  // early download is in the cache, while the resolver still waits for other documents: a node
  // moved later keeps its staged copy (renamed to wherever the node ends up), one dropped leaves
  // a copy that goes with the staging folder.
  auto alive = std::make_shared<bool>(true);
  struct Dead {
    std::shared_ptr<bool> alive;
    ~Dead() { *alive = false; }
  } dead{alive};
  std::function<void(Node*)> prestage;
  if (!opts.dry_run && !nm_existed && !opts.omit_dev && !opts.omit_optional && !opts.omit_peer)
    prestage = [alive, &stage](Node* n) {
      if (*alive && n->parent) stage(n);
    };
  bool built = BuildIdealTree(ctx, pkg, opts, &ideal, &warnings, &err, prestage);
  Phase(ctx, "resolve");
  ctx.progress.Clear();
  if (!built) {
    abandon();
    return Fail(ctx, err);
  }
  for (auto& w : warnings) ctx.Warn(w);
  if (g_interrupted) {
    abandon();
    std::fprintf(stderr, "nodus: interrupted; nothing was changed\n");
    return 130;
  }

  // Omitted nodes stay in the lockfile but not on disk.
  for (Node* n : ideal.Nodes()) {
    bool omit = (opts.omit_dev && n->dev) || (opts.omit_optional && n->optional) ||
                (opts.omit_dev && opts.omit_optional && n->dev_optional) || (opts.omit_peer && n->peer);
    n->omitted = omit;
    if (!n->is_link && !PlatformSupported(n->meta)) {
      if (n->optional || n->dev_optional) {
        n->omitted = true;
      } else {
        abandon();
        return Fail(ctx, {"EBADPLATFORM", "Unsupported platform for " + n->pkg_name + "@" + n->version +
                                                " (" + n->Location() + "): wanted " + SerializeJson(n->meta, 0)});
      }
    }
  }
  OmitOnlyNeededByOmitted(ideal);

  if (opts.ci) {
    // ci starts from a clean slate, like npm ci.
  }
  Tree actual;
  if (!opts.ci) LoadActualTree(proj, &actual);
  else if (IsDirectory(nm)) LoadActualTree(proj, &actual);

  // Diff: what to put in place (parents before children), what to remove.
  std::vector<Node*> install;
  std::set<const Node*> reinstall;
  auto same = [&](const Node* want, const Node* have) {
    if (!have) return false;
    if (want->is_link != have->is_link) return false;
    if (want->is_link) return want->link_target == have->link_target;
    if (opts.ci) return false;
    return want->version == have->version && want->pkg_name == have->pkg_name &&
           (want->integrity.empty() || have->integrity.empty() || want->integrity == have->integrity);
  };
  for (Node* n : ideal.Nodes()) {
    if (n->omitted || n->in_bundle) continue;
    Node* have = actual.Find(n->Location());
    bool parent_re = n->parent && reinstall.count(n->parent);
    if (parent_re || !same(n, have)) {
      install.push_back(n);
      reinstall.insert(n);
    }
  }
  std::vector<Node*> remove;
  std::set<std::string> ideal_locs;
  for (Node* n : ideal.Nodes())
    if (!n->omitted) ideal_locs.insert(n->Location());
  for (Node* a : actual.Nodes()) {
    if (a->in_bundle) continue;  // goes with its parent
    std::string loc = a->Location();
    // Skip nodes under an ancestor that is removed or replaced anyway.
    bool covered = false;
    for (Node* p = a->parent; p && !p->is_root; p = p->parent) {
      Node* ip = ideal.Find(p->Location());
      if (!ideal_locs.count(p->Location()) || (ip && reinstall.count(ip))) covered = true;
    }
    if (covered) continue;
    Node* in = ideal.Find(loc);
    if (!ideal_locs.count(loc) || (in && reinstall.count(in))) remove.push_back(a);
  }
  size_t added = 0, changed = 0, removed = 0;
  // ci starts from an empty node_modules, as npm ci does: everything counts as added.
  for (Node* n : install) (actual.Find(n->Location()) && !opts.ci ? changed : added)++;
  for (Node* a : remove)
    if (!ideal_locs.count(a->Location())) removed++;

  if (opts.dry_run) {  // (nothing was staged)
    // npm's reify output with dry-run: each change on its own line (also before --json's object),
    // then npm's summary sentence.
    if (!ctx.silent) {
      for (Node* n : install) {
        Node* have = actual.Find(n->Location());
        if (have && !opts.ci) std::printf("change %s %s => %s\n", have->name.c_str(), have->version.c_str(), n->version.c_str());
        else std::printf("add %s %s\n", n->name.c_str(), n->version.c_str());
      }
      for (Node* a : remove)
        if (!ideal_locs.count(a->Location())) std::printf("remove %s %s\n", a->name.c_str(), a->version.c_str());
    }
    if (ctx.json) {
      InstallSummary d;
      d.added = added;
      d.removed = removed;
      d.changed = changed;
      for (Node* n : install) {
        Node* have = actual.Find(n->Location());
        if (!have || opts.ci) {
          d.add.push_back({n->name, n->version, JoinPath(proj, n->Location())});
        } else {
          d.change_from.push_back({have->name, have->version, JoinPath(proj, have->Location())});
          d.change_to.push_back({n->name, n->version, JoinPath(proj, n->Location())});
        }
      }
      for (Node* a : remove)
        if (!ideal_locs.count(a->Location())) d.remove.push_back({a->name, a->version, JoinPath(proj, a->Location())});
      PrintJsonSummary(d);
      return 0;
    }
    ctx.Log(NpmChangedMessage(added, removed, changed, NowSeconds() - ctx.start_time));
    return 0;
  }

  for (Node* n : install) {
    if (n->is_link) continue;
    if (!n->content_dir.empty()) {
      stage(n);
      continue;
    }
    if (n->resolved.empty() && !n->version.empty()) {
      // Lockfiles written with omit-lockfile-registry-resolved: the registry's usual tarball URL.
      std::string base = n->pkg_name[0] == '@' ? n->pkg_name.substr(n->pkg_name.find('/') + 1) : n->pkg_name;
      n->resolved = ctx.config.RegistryFor(n->pkg_name) + n->pkg_name + "/-/" + base + "-" + n->version + ".tgz";
    }
    if (n->resolved.empty()) {
      failures[n] = {"ENORESOLVED", "no tarball URL known for " + n->pkg_name + "@" + n->version};
      continue;
    }
    // In the cache: staged from there. A download is staged straight from where the cache would
    // hold it (the staging job finds out whether it is there, without a stat on this thread
    // first) and fetched when it is not.
    bool local = StartsWith(n->resolved, "file:");
    std::string cached = local ? ctx.registry->CachedContent(n->integrity, n->shasum)
                               : ctx.registry->ContentPath(n->integrity, n->shasum);
    if (!cached.empty()) {
      n->content_dir = cached;
      stage(n, !local);
      continue;
    }
    std::string url = n->resolved;
    if (StartsWith(url, "file:")) {
      // A tarball file, or a folder installed as a copy (install-links): packed again.
      std::string abs = JoinPath(ctx.project_dir, url.substr(5)), dir, integrity;
      PmError e;
      if (!UnpackLocal(*ctx.registry, abs, &dir, &integrity, &e)) failures[n] = e;
      else if (!n->integrity.empty() && n->integrity != integrity)
        failures[n] = {"EINTEGRITY", url + ": the file's integrity " + integrity + " does not match the lockfile's " +
                                         n->integrity};
      else n->content_dir = dir;
      continue;
    }
    fetch(n);
  }
  ctx.http->RunUntil([] { return g_interrupted.load(); });
  if (g_interrupted) {
    abandon();
    std::fprintf(stderr, "nodus: interrupted; node_modules was not changed\n");
    return 130;
  }
  // Optional packages that failed are dropped; anything else aborts with nothing changed.
  for (auto& [n, e] : failures) {
    if (n->optional || n->dev_optional) {
      ctx.Warn("skipping optional dependency " + n->pkg_name + "@" + n->version + ": " + Split(e.message, '\n')[0]);
      n->omitted = true;
      continue;
    }
    abandon();
    return Fail(ctx, e);
  }
  std::vector<Node*> todo;
  for (Node* n : install) {
    bool skip = n->omitted;
    for (Node* p = n->parent; p && !skip; p = p->parent) skip = p->omitted;
    if (!skip) todo.push_back(n);
  }
  // engines.node against the Node release nodus implements: a warning, an error with engine-strict.
  for (Node* n : todo) {
    const Json* eng = n->meta.Get("engines");
    const Json* want = eng && eng->IsObject() ? eng->Get("node") : nullptr;
    if (!want || !want->IsString() || semver::Satisfies(NODUS_NODE_VERSION, want->str(), {true, true})) continue;
    std::string msg = "Unsupported engine for " + n->pkg_name + "@" + n->version + ": wanted: {\"node\":\"" +
                      want->str() + "\"} (current: {\"node\":\"" NODUS_NODE_VERSION "\"})";
    if (ctx.config.GetBool("engine-strict", false)) {
      abandon();
      return Fail(ctx, {"EBADENGINE", msg});
    }
    ctx.Warn("EBADENGINE " + msg);
  }
  for (Node* n : todo) {
    const Json* dep = n->meta.Get("deprecated");
    if (dep && dep->IsString() && !dep->str().empty())
      ctx.Warn("deprecated " + n->pkg_name + "@" + n->version + ": " + dep->str());
  }
  // npm 11 reads "license" from the registry's full document (an object's `type`, falsy values
  // dropped); the abbreviated documents we ask for lack it, so it comes from the package.json.
  for (Node* n : todo) {
    if (n->is_link || n->full_doc || n->content_dir.empty() || n->meta.Get("license")) continue;
    std::string text;
    Json pj, lic;
    JsonError je;
    if (ReadFile(n->content_dir + "/package.json", &text) && ParseJson(text, &pj, &je) && LicenseMeta(pj.Get("license"), &lic))
      n->meta.Set("license", lic);
  }
  Phase(ctx, "fetch");
  // 2. Stage what is not yet: folders for packages that were not downloaded (file: tarballs).
  // Nothing to add or remove (the no-op install): no staging folder at all.
  bool changes = !todo.empty() || !remove.empty();
  if (!MakeDirs(nm)) {
    abandon();
    return Fail(ctx, {"EACCES", "cannot create " + nm});
  }
  if (changes) make_staging();
  for (Node* n : todo) stage(n);
  ctx.http->RunAll();
  if (!stage_fail.empty()) {
    abandon();
    return Fail(ctx, stage_fail);
  }
  if (g_interrupted) {
    abandon();
    std::fprintf(stderr, "nodus: interrupted; node_modules was not changed\n");
    return 130;
  }
  if (!changes && !staging.empty()) {
    RemoveTree(staging);
    staging.clear();
  }
  Phase(ctx, "stage");
  // 3. Commit: move old folders aside, move staged ones in. Signals wait until this is done.
  {
    BlockSignals block;
    size_t t = 0;
    for (Node* a : remove) {
      std::string dir = NodeDir(proj, a);
      std::string trash = staging + "/trash-" + std::to_string(t++);
      if (rename(dir.c_str(), trash.c_str()) != 0) RemoveTree(dir);
      if (a->name[0] == '@') rmdir(DirName(dir).c_str());  // empty scope folder
    }
    auto move_aside = [&](const std::string& dir) {
      std::string trash = staging + "/trash-" + std::to_string(t++);
      if (rename(dir.c_str(), trash.c_str()) != 0) RemoveTree(dir);
    };
    // Puts a package folder or link in place: tried first as it is (usually nothing is there and
    // the parent exists), then after creating the parent, then with what is there moved aside (a
    // rename over an empty folder replaces it, which comes to the same).
    auto place = [&](const std::string& dir, const std::function<bool()>& put) {
      if (put()) return true;
      if (errno == ENOENT) {
        MakeDirs(DirName(dir));
        if (put()) return true;
      }
      if (!PathExists(dir)) return false;
      move_aside(dir);
      return put();
    };
    for (Node* n : todo) {
      std::string dir = NodeDir(proj, n);
      if (n->is_link) {
        std::string target = JoinPath(proj, n->link_target);
        std::string rel = RelativePath(DirName(dir), target);
        if (!place(dir, [&] { return symlink(rel.c_str(), dir.c_str()) == 0; }))
          ctx.Warn("cannot link " + dir + " -> " + rel);
        continue;
      }
      auto it = staged.find(n);
      if (it == staged.end()) {
        MakeDirs(DirName(dir));
        if (PathExists(dir)) move_aside(dir);
        continue;
      }
      if (!place(dir, [&] { return rename(it->second.c_str(), dir.c_str()) == 0; })) {
        std::string lerr;
        LinkOrCopyTree(it->second, dir, &lerr);
      }
    }
    // Bins for everything put in place (and for kept packages whose links went missing).
    for (Node* n : ideal.Nodes()) {
      if (n->omitted) continue;
      const Json* bin = n->meta.Get("bin");
      if (!bin || !bin->IsObject() || bin->members().empty()) continue;
      std::string bin_dir = JoinPath(NodeDir(proj, n->parent), "node_modules/.bin");
      bool need = reinstall.count(n) > 0;
      if (!need)
        for (auto& [name, _] : bin->members())
          if (!PathExists(JoinPath(bin_dir, BaseName(name)))) need = true;
      if (need) LinkBins(NodeDir(proj, n), *bin, bin_dir);
    }
    RemoveDanglingBins(nm + "/.bin");
    // Bundled packages are recorded as npm does ("inBundle"), from what the tarballs contained.
    for (Node* n : ideal.Nodes()) {
      if (n->omitted || n->in_bundle || n->is_link) continue;
      std::set<std::string> names;
      bool all = false;
      for (const char* f : {"bundleDependencies", "bundledDependencies"}) {
        const Json* b = n->meta.Get(f);
        if (b && b->IsBool() && b->boolean()) all = true;
        if (b && b->IsArray())
          for (auto& x : b->items())
            if (x.IsString()) names.insert(x.str());
      }
      if (all)
        if (const Json* deps = n->meta.Get("dependencies"))
          for (auto& [k, _] : deps->members()) names.insert(k);
      for (auto& name : names) {
        if (n->children.count(name)) continue;
        std::string dir = NodeDir(proj, n) + "/node_modules/" + name;
        Json pj;
        PmError perr;
        if (!ReadPackageJsonFile(dir + "/package.json", &pj, &perr)) continue;
        Node* b = ideal.NewNode();
        b->name = name;
        b->pkg_name = pj.GetString("name", name);
        b->version = pj.GetString("version");
        b->meta = ManifestSubset(pj);
        b->in_bundle = true;
        b->dev = n->dev;
        b->optional = n->optional;
        b->dev_optional = n->dev_optional;
        b->peer = n->peer;
        ideal.Place(n, b);
      }
    }
    // Lockfiles.
    // The hidden lockfile describes exactly what is on disk: the same as package-lock.json
    // without the omitted packages (when none are, both come from one build).
    std::vector<Node*> omitted;
    bool link_to_root = false;
    for (Node* n : ideal.Nodes()) {
      if (n->omitted && n->parent) omitted.push_back(n);
      if (n->is_link && n->link_target.empty()) link_to_root = true;
    }
    std::string hidden_text;
    bool hidden_done = false;
    Tree& lt = ideal;
    if (opts.write_lockfile && !opts.ci) {
      if (ctx.config.GetBool("omit-lockfile-registry-resolved", false))
        for (Node* n : lt.Nodes())
          if (StartsWith(n->resolved, ctx.config.RegistryFor(n->pkg_name))) n->resolved.clear();
      Json lock = BuildLockfile(lt, pkg, false);
      hidden_done = omitted.empty() && !link_to_root;
      // npm writes to npm-shrinkwrap.json when the project has one (and then no package-lock.json).
      std::string lock_name = PathExists(proj + "/npm-shrinkwrap.json") ? "/npm-shrinkwrap.json" : "/package-lock.json";
      WriteIfChanged(proj + lock_name, SerializeLockfile(std::move(lock), hidden_done ? &hidden_text : nullptr));
    }
    if (!hidden_done) {
      for (Node* n : omitted) ideal.Detach(n);
      hidden_text = SerializeLockfile(BuildLockfile(ideal, pkg, true));
    }
    WriteIfChanged(nm + "/.package-lock.json", hidden_text);
  }
  if (!staging.empty()) RemoveTree(staging);
  ctx.progress.Clear();

  Phase(ctx, "commit");
  // 4. Lifecycle scripts of the packages just installed: deepest first, so dependencies run
  //    before their dependents.
  std::vector<Node*> scripted;
  for (Node* n : todo) {
    if (n->is_link || n->omitted || !n->parent) continue;
    std::string dir = NodeDir(proj, n);
    bool gyp = probed.count(n) ? has_gyp.count(n) > 0 : PathExists(dir + "/binding.gyp");
    if (n->has_install_script || gyp) scripted.push_back(n);
  }
  std::stable_sort(scripted.begin(), scripted.end(), [](Node* a, Node* b) { return a->Depth() > b->Depth(); });
  std::vector<std::string> ran;
  if (!opts.ignore_scripts) {
    for (Node* n : scripted) {
      std::string dir = NodeDir(proj, n);
      Json pj;
      PmError perr;
      if (!ReadPackageJsonFile(dir + "/package.json", &pj, &perr)) continue;
      const Json* scripts = pj.Get("scripts");
      bool has_install = scripts && (scripts->Get("install") || scripts->Get("preinstall"));
      if (!has_install && PathExists(dir + "/binding.gyp")) {
        PmError gyp{"ENODEGYP", n->pkg_name + "@" + n->version + " (" + n->Location() +
                                    ") needs node-gyp to build a native addon (binding.gyp); nodus cannot build "
                                    "native addons."};
        if (n->optional) {
          ctx.Warn(gyp.message + " Skipped (optional).");
          continue;
        }
        return Fail(ctx, gyp);
      }
      for (const char* ev : {"preinstall", "install", "postinstall"}) {
        const Json* s = scripts ? scripts->Get(ev) : nullptr;
        if (!s || !s->IsString()) continue;
        int rc = RunEvent(dir, pj, ev, ctx.silent || ctx.json, {}, ctx.json);
        if (rc != 0) {
          if (n->optional) {
            ctx.Warn("optional dependency " + n->pkg_name + "@" + n->version + " failed its " + ev + " script");
            break;
          }
          return Fail(ctx, {"ELIFECYCLE", n->pkg_name + "@" + n->version + " " + ev + ": `" + s->str() +
                                                "`\nExit status " + std::to_string(rc) + "\nin " + dir});
        }
      }
      ran.push_back(n->pkg_name + "@" + n->version);
    }
  }
  if (int rc = RunRootScripts(ctx, pkg, opts)) return rc;

  size_t total = 0;
  for (Node* n : ideal.Nodes())
    if (!n->omitted) total++;
  InstallSummary sum;
  sum.added = added;
  sum.removed = removed;
  sum.changed = changed;
  sum.total = total;
  sum.scripts_ran = ran;
  {
    auto entry = [&](const Node* n) {
      return InstallSummary::Entry{n->name, n->version, JoinPath(proj, n->Location())};
    };
    for (Node* n : install) {
      Node* a = opts.ci ? nullptr : actual.Find(n->Location());
      if (a) {
        sum.change_from.push_back(entry(a));
        sum.change_to.push_back(entry(n));
      } else {
        sum.add.push_back(entry(n));
      }
    }
    for (Node* a : remove)
      if (!ideal_locs.count(a->Location())) sum.remove.push_back(entry(a));
    for (Node* n : ideal.Nodes())
      if (!n->omitted && n->meta.Get("funding")) sum.funding++;
  }
  // The nodus runtime loads Node-API addons only: say which of the packages just installed ship
  // another kind (platform builds such as @swc/core-*, sharp's @img/*, or what an install script
  // built) - V8/NAN addons are tied to one node version's C++ ABI.
  for (Node* n : todo) {
    if (n->is_link || n->omitted || !n->parent) continue;
    if (!n->meta.Get("os") && !n->meta.Get("cpu") && !n->has_install_script) continue;
    AddonAbi abi = AddonAbi::kUnknown;
    std::string addon = FindUnloadableAddon(NodeDir(proj, n), &abi);
    if (addon.empty()) continue;
    ctx.Warn("ENATIVE " + n->pkg_name + "@" + n->version +
             (abi == AddonAbi::kV8 ? " contains a native addon built against node's V8 API, not Node-API ("
                                   : " contains a .node file that is not a Node-API addon (") +
             addon + "); the nodus runtime cannot load it (requiring it fails with ERR_DLOPEN_FAILED)");
  }
  if (summary) *summary = sum;
  WriteStamp(ctx, pkg, opts, ideal, total);
  if (ctx.json) PrintJsonSummary(sum);
  if (!ran.empty()) {
    std::string list;
    for (auto& r : ran) list += (list.empty() ? "" : ", ") + r;
    ctx.Log("ran install scripts for " + Plural(ran.size(), "package") + ": " + list);
  } else if (opts.ignore_scripts && !scripted.empty()) {
    std::string list;
    for (Node* n : scripted) list += (list.empty() ? "" : ", ") + n->pkg_name + "@" + n->version;
    ctx.Log("skipped install scripts (--ignore-scripts) of " + list);
  }
  std::string took = FormatSeconds(NowSeconds() - ctx.start_time);
  if (added == 0 && removed == 0 && changed == 0) {
    ctx.Log("up to date, " + Plural(total, "package") + " in " + took);
  } else {
    std::vector<std::string> parts;
    if (added) parts.push_back("added " + Plural(added, "package"));
    if (removed) parts.push_back("removed " + Plural(removed, "package"));
    if (changed) parts.push_back("changed " + Plural(changed, "package"));
    std::string line;
    for (size_t i = 0; i < parts.size(); i++) {
      if (i) line += (i + 1 == parts.size()) ? (parts.size() > 2 ? ", and " : " and ") : ", ";
      line += parts[i];
    }
    ctx.Log(line + " in " + took);
  }
  return 0;
}

}  // namespace nodus::pm

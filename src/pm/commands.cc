#include "pm/commands.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <set>

#include "pm/fs_util.h"
#include "pm/install.h"
#include "pm/package_spec.h"
#include "pm/resolve.h"
#include "pm/scripts.h"
#include "pm/semver.h"
#include "pm/dep_spec.h"
#include "pm/tar.h"

namespace nodus::pm {

namespace {

std::string WorkspaceDir(Context& ctx, const std::string& want);

const char* kDepFields[] = {"dependencies", "devDependencies", "optionalDependencies", "peerDependencies"};

}  // namespace

InstallOptions OptionsFrom(const Context& ctx) {
  InstallOptions o;
  const Config& c = ctx.config;
  o.ignore_scripts = c.GetBool("ignore-scripts", false);
  o.dry_run = c.GetBool("dry-run", false);
  o.write_lockfile = c.GetBool("package-lock", true) && c.GetBool("save", true);
  o.legacy_peer_deps = c.GetBool("legacy-peer-deps", false);
  o.force = c.GetBool("force", false);
  o.strict_peer_deps = c.GetBool("strict-peer-deps", false);
  o.install_links = c.GetBool("install-links", false);
  std::string omit = c.Get("omit");
  std::string env = c.Get("node-env", getenv("NODE_ENV") ? getenv("NODE_ENV") : "");
  if (c.GetBool("production", false) || env == "production") omit += ",dev";
  if (c.Has("dev") && !c.GetBool("dev", true)) omit += ",dev";
  for (auto& o2 : Split(omit, ',')) {
    if (o2 == "dev") o.omit_dev = true;
    if (o2 == "optional") o.omit_optional = true;
    if (o2 == "peer") o.omit_peer = true;
  }
  for (auto& inc : Split(c.Get("include"), ',')) {
    if (inc == "dev") o.omit_dev = false;
    if (inc == "optional") o.omit_optional = false;
  }
  return o;
}

bool LoadProject(Context& ctx, Json* pkg, bool create_if_missing) {
  std::string path = ctx.project_dir + "/package.json";
  if (!PathExists(path) && create_if_missing) {
    *pkg = Json::Object();
    return true;
  }
  PmError err;
  if (!ReadPackageJsonFile(path, pkg, &err)) {
    ReportError(err);
    return false;
  }
  return true;
}

namespace {

int CmdInstallProject(Context& ctx, const Args& args, bool ci) {
  Json pkg;
  if (!LoadProject(ctx, &pkg, false)) return 1;
  InstallOptions o = OptionsFrom(ctx);
  o.ci = ci;
  return Install(ctx, pkg, o, nullptr);
}

// Reads the package.json of a local directory or tarball spec to learn its name.
std::string NameOfLocalSpec(Context& ctx, const std::string& spec) {
  DepSpec d = ParseDepSpec("", spec);
  std::string path = d.target;
  std::string abs = !path.empty() && path[0] == '/' ? path : JoinPath(ctx.cwd, path);
  Json pj;
  PmError err;
  if (d.kind == DepSpec::Kind::kDirectory || d.kind == DepSpec::Kind::kLink) {
    if (ReadPackageJsonFile(abs + "/package.json", &pj, &err)) return pj.GetString("name");
    return "";
  }
  std::string data;
  if (d.kind == DepSpec::Kind::kFile) {
    if (!ReadFile(abs, &data)) return "";
  } else if (d.kind == DepSpec::Kind::kTarballUrl) {
    HttpRequest r;
    r.url = d.target;
    HttpResponse resp = ctx.registry->Fetch(r);
    if (resp.status != 200) return "";
    data = std::move(resp.body);
  } else {
    return "";
  }
  std::string tar, terr;
  if (!Gunzip(data, &tar, &terr)) return "";
  std::vector<TarEntry> entries;
  std::vector<std::string> warnings;
  if (!ParseTar(tar, &entries, &warnings, &terr)) return "";
  for (auto& e : entries)
    if (e.path == "package.json") {
      JsonError je;
      if (ParseJson(e.data, &pj, &je)) return pj.GetString("name");
    }
  return "";
}

// Where a local path spec is saved in package.json: relative to the project, "file:" prefixed.
std::string SavedLocalSpec(Context& ctx, const std::string& spec) {
  DepSpec d = ParseDepSpec("", spec);
  if (d.kind != DepSpec::Kind::kDirectory && d.kind != DepSpec::Kind::kFile && d.kind != DepSpec::Kind::kLink)
    return spec;
  std::string abs = d.target[0] == '/' ? d.target : JoinPath(ctx.cwd, d.target);
  std::string rel = RelativePath(ctx.project_dir, abs);
  return (d.kind == DepSpec::Kind::kLink ? "link:" : "file:") + rel;
}

void SortObject(Json* o) {
  if (o && o->IsObject()) o->SortKeys();
}

int CmdAdd(Context& ctx, const Args& args) {
  if (args.positional.empty()) {
    std::fprintf(stderr, "nodus error usage: nodus add <package>[@<range|tag>] ...\n");
    return 1;
  }
  Json pkg;
  const Config& c = ctx.config;
  // With -w, the dependency is saved in that workspace's package.json; the install is the root's.
  std::string target = ctx.project_dir + "/package.json";
  if (c.Has("workspace")) {
    std::string d = WorkspaceDir(ctx, c.Get("workspace"));
    if (d.empty()) return 1;
    target = d + "/package.json";
  }
  {
    PmError err;
    if (PathExists(target) && !ReadPackageJsonFile(target, &pkg, &err)) return ReportError(err);
    if (!PathExists(target)) pkg = Json::Object();
  }
  std::string field = "dependencies";
  if (c.GetBool("save-dev", false)) field = "devDependencies";
  else if (c.GetBool("save-optional", false)) field = "optionalDependencies";
  else if (c.GetBool("save-peer", false)) field = "peerDependencies";
  bool exact = c.GetBool("save-exact", false);
  std::string prefix = exact ? "" : c.Get("save-prefix", "^");
  std::map<std::string, std::string> requested;
  for (auto& arg : args.positional) {
    std::string name, spec;
    std::string perr;
    if (!ParseInstallArg(arg, ctx.cwd, &name, &spec, &perr)) {
      size_t colon = perr.find(": ");
      return ReportError({perr.substr(0, colon), colon == std::string::npos ? perr : perr.substr(colon + 2)});
    }
    if (name.empty()) {
      name = NameOfLocalSpec(ctx, spec);
      if (name.empty()) return ReportError({"ENOENT", "cannot read a package.json from " + arg});
      spec = SavedLocalSpec(ctx, spec);
    } else {
      DepSpec d = ParseDepSpec(name, spec);
      if (d.kind == DepSpec::Kind::kGit)
        return ReportError({"EUNSUPPORTEDPROTOCOL", "cannot install " + arg +
                                                        ": git dependencies are not supported by nodus (and this "
                                                        "machine reaches no git host)"});
      if (d.kind == DepSpec::Kind::kDirectory || d.kind == DepSpec::Kind::kFile || d.kind == DepSpec::Kind::kLink) {
        spec = SavedLocalSpec(ctx, spec);
      } else if (d.kind == DepSpec::Kind::kRange || d.kind == DepSpec::Kind::kTag || d.kind == DepSpec::Kind::kAlias) {
        PmError err;
        const Packument* p = ctx.registry->Get(d.name, &err);
        if (!p) {
          if (err.code == "E404")
            err.message = "404 Not Found - GET " + ctx.registry->PackumentUrl(d.name) + "\n404  '" + d.name + "@" +
                          (d.range.empty() ? "*" : d.range) + "' is not in this registry.";
          return ReportError(err);
        }
        bool is_tag = d.kind == DepSpec::Kind::kTag || spec.empty();
        std::string tag = spec.empty() ? c.Get("tag", "latest") : d.range;
        std::string v = Resolver::PickVersion(*p, is_tag ? tag : d.range, is_tag, nullptr);
        if (v.empty() && spec.empty()) v = Resolver::PickVersion(*p, "*", false, nullptr);
        if (v.empty())
          return ReportError({"ETARGET", "No matching version found for " + d.name + "@" + (is_tag ? tag : d.range) +
                                             ".\nNearest available versions: " +
                                             Resolver::NearestVersions(*p, is_tag ? tag : d.range)});
        std::string saved;
        bool given_range = d.kind != DepSpec::Kind::kTag && !spec.empty() && !StartsWith(spec, "npm:") &&
                           !semver::Valid(d.range, true);
        if (d.kind == DepSpec::Kind::kAlias) {
          bool alias_range = d.range != "*" && !semver::Valid(d.range, true);
          saved = "npm:" + d.name + "@" + (alias_range && !exact ? d.range : prefix + v);
        } else if (given_range && !exact) {
          saved = spec;
        } else {
          saved = prefix + v;
        }
        spec = saved;
        requested[name] = v;
      }
    }
    for (const char* f : kDepFields) {
      if (field == f) continue;
      if (std::string(f) == "peerDependencies") continue;
      if (Json* o = pkg.GetMut(f)) o->Erase(name);
    }
    Json* deps = pkg.GetMut(field);
    if (!deps) deps = &pkg.Set(field, Json::Object());
    deps->Set(name, Json::String(spec));
    SortObject(deps);
    // A peer dependency is installed too (npm 7+), and recorded as a dev dependency, like npm.
    if (field == "peerDependencies") {
      Json* dev = pkg.GetMut("devDependencies");
      if (!dev) dev = &pkg.Set("devDependencies", Json::Object());
      dev->Set(name, Json::String(spec));
      SortObject(dev);
    }
  }
  InstallOptions o = OptionsFrom(ctx);
  o.run_root_scripts = false;
  bool in_workspace = target != ctx.project_dir + "/package.json";
  if (!in_workspace) {
    o.requested = requested;
    for (auto& [name, _] : requested) o.refresh.insert(name);
  }
  if (!in_workspace) {
    int rc = Install(ctx, pkg, o, nullptr);
    if (rc == 0 && c.GetBool("save", true) && !o.dry_run) WritePackageJsonFile(target, pkg);
    return rc;
  }
  // The workspace's manifest is read from disk while resolving: write it first, restore on failure.
  std::string old_text;
  ReadFile(target, &old_text);
  WritePackageJsonFile(target, pkg);
  Json root;
  if (!LoadProject(ctx, &root, false)) return 1;
  int rc = Install(ctx, root, o, nullptr);
  if (rc != 0 || !c.GetBool("save", true) || o.dry_run) WriteFileAtomic(target, old_text);
  return rc;
}

int CmdRemove(Context& ctx, const Args& args) {
  Json pkg;
  if (!LoadProject(ctx, &pkg, false)) return 1;
  for (auto& name : args.positional)
    for (const char* f : kDepFields)
      if (Json* o = pkg.GetMut(f)) o->Erase(name);
  InstallOptions o = OptionsFrom(ctx);
  o.run_root_scripts = false;
  int rc = Install(ctx, pkg, o, nullptr);
  if (rc == 0 && ctx.config.GetBool("save", true) && !o.dry_run)
    WritePackageJsonFile(ctx.project_dir + "/package.json", pkg);
  return rc;
}

// `update --save` (npm 7+ saves only when asked): each direct dependency (all, or the named ones)
// whose range is not an exact version gets `save-prefix + installed version`, unless its range
// is narrower than that (npm's `subset(prefix + version, range)` test, as arborist's reify does).
static void SaveUpdatedRanges(Context& ctx, const Args& args, Json* pkg) {
  const Config& c = ctx.config;
  std::string prefix = c.GetBool("save-exact", false) ? "" : c.Get("save-prefix", "^");
  auto installed = [&](const std::string& name) {
    Json pj;
    PmError err;
    if (!ReadPackageJsonFile(JoinPath(ctx.project_dir, "node_modules/" + name + "/package.json"), &pj, &err)) return std::string();
    return pj.GetString("version");
  };
  std::set<std::string> names;
  for (const char* f : {"dependencies", "devDependencies", "optionalDependencies"})
    if (const Json* deps = pkg->Get(f))
      for (auto& [name, _] : deps->members())
        if (args.positional.empty() || std::count(args.positional.begin(), args.positional.end(), name)) names.insert(name);
  for (const std::string& name : names) {
    const Json* in_dev = pkg->Get("devDependencies") ? pkg->Get("devDependencies")->Get(name) : nullptr;
    const Json* in_prod = pkg->Get("dependencies") ? pkg->Get("dependencies")->Get(name) : nullptr;
    const Json* in_opt = pkg->Get("optionalDependencies") ? pkg->Get("optionalDependencies")->Get(name) : nullptr;
    // The edge that placed it: dependencies (optionalDependencies win over them), else dev.
    const Json* edge = in_opt ? in_opt : in_prod ? in_prod : in_dev;
    if (!edge || !edge->IsString()) continue;
    std::string spec = edge->str();
    SpecResult r = ResolvePackageSpec(name, spec, {ctx.project_dir});
    if (!r.ok || !r.spec.IsRegistry()) continue;
    std::string version = installed(name);
    if (version.empty()) continue;
    const PackageSpec& real = r.spec.sub_spec ? *r.spec.sub_spec : r.spec;
    // An exact version stays (arborist skips nodes whose edge spec, as written, is a subset of
    // the version; an alias spec is no range, so an aliased exact version is rewritten).
    if (semver::Subset(spec, version).value_or(false)) continue;
    std::string range = real.raw_spec, prefixed = prefix + version;
    if (real.kind != SpecKind::kRange || range == "*" || semver::Subset(prefixed, range, {true, false}).value_or(false))
      range = prefixed;
    std::string saved = r.spec.sub_spec ? "npm:" + real.name + "@" + range : range;
    auto set = [&](const char* field) {
      if (Json* o = pkg->GetMut(field)) o->Set(name, Json::String(saved));
    };
    if (in_prod) set("dependencies");
    if (in_dev) set("devDependencies");
    const Json* peer = pkg->Get("peerDependencies") ? pkg->Get("peerDependencies")->Get(name) : nullptr;
    bool peer_apart = peer && peer->IsString() && !semver::Intersects(saved, peer->str()).value_or(false);
    bool opt_apart = in_opt && !semver::Intersects(saved, in_opt->str()).value_or(false);
    if (peer && (!in_dev || peer_apart)) set("peerDependencies");
    if (in_opt && (!in_dev || opt_apart)) set("optionalDependencies");
  }
}

int CmdUpdate(Context& ctx, const Args& args) {
  // As arborist: only package names, no ranges or tags (npm 7+ updates within package.json's ranges).
  for (auto& arg : args.positional) {
    SpecResult r = ParsePackageSpec(arg, {ctx.cwd});
    if (!r.ok || r.spec.name.empty() || r.spec.raw != r.spec.name)
      return ReportError({"EUPDATEARGS", "Update arguments must only contain package names, eg:\n    nodus update " +
                                             (r.ok && !r.spec.name.empty() ? r.spec.name : arg)});
  }
  Json pkg;
  if (!LoadProject(ctx, &pkg, false)) return 1;
  InstallOptions o = OptionsFrom(ctx);
  // update writes the lockfile even with --no-save (arborist's exception for updates).
  o.write_lockfile = ctx.config.GetBool("package-lock", true);
  o.run_root_scripts = false;
  if (args.positional.empty()) o.refresh_all = true;
  for (auto& n : args.positional) o.refresh.insert(n);
  bool latest = ctx.config.GetBool("latest", false);
  if (latest) {
    // A nodus extension (yarn's and pnpm's `--latest`): ranges that exclude the `latest` tag
    // become `^latest`, and package.json is saved.
    for (const char* f : {"dependencies", "devDependencies", "optionalDependencies"}) {
      Json* deps = pkg.GetMut(f);
      if (!deps) continue;
      for (auto& [name, spec] : deps->members_mut()) {
        if (!o.refresh_all && !o.refresh.count(name)) continue;
        DepSpec d = ParseDepSpec(name, spec.str());
        if (d.kind != DepSpec::Kind::kRange) continue;
        PmError err;
        const Packument* p = ctx.registry->Get(d.name, &err);
        if (!p) return ReportError(err);
        std::string tag = p->Tag("latest");
        if (!tag.empty() && !semver::Satisfies(tag, d.range, {true, false})) spec = Json::String("^" + tag);
      }
    }
  }
  int rc = Install(ctx, pkg, o, nullptr);
  if (rc != 0 || o.dry_run) return rc;
  // npm update saves package.json only with an explicit --save (its default here is false).
  bool save = ctx.config.Has("save") && ctx.config.GetBool("save", false);
  if (save) SaveUpdatedRanges(ctx, args, &pkg);
  if (save || latest) WritePackageJsonFile(ctx.project_dir + "/package.json", pkg);
  // The lockfile's root entry follows the saved ranges.
  std::string lock_path = ctx.project_dir + "/package-lock.json", text;
  Json lock;
  JsonError je;
  if (save && o.write_lockfile && ReadFile(lock_path, &text) && ParseJson(text, &lock, &je)) {
    SetLockRootDeps(&lock, pkg);
    std::string out = SerializeLockfile(std::move(lock));
    if (out != text) WriteFileAtomic(lock_path, out);
  }
  return rc;
}

int CmdCi(Context& ctx, const Args& args) {
  Json pkg;
  if (!LoadProject(ctx, &pkg, false)) return 1;
  InstallOptions o = OptionsFrom(ctx);
  o.ci = true;
  return Install(ctx, pkg, o, nullptr);
}

// The workspace folder named by -w/--workspace (a name or a path), or "" with an error printed.
std::string WorkspaceDir(Context& ctx, const std::string& want) {
  Json root;
  PmError err;
  if (!ReadPackageJsonFile(ctx.project_dir + "/package.json", &root, &err)) {
    ReportError(err);
    return "";
  }
  for (auto& [name, rel] : ExpandWorkspaces(ctx.project_dir, root)) {
    std::string abs = JoinPath(ctx.project_dir, rel);
    if (name == want || rel == want || abs == want || JoinPath(ctx.cwd, want) == abs) return abs;
  }
  ReportError({"ENOWORKSPACE", "No workspace found: --workspace=" + want});
  return "";
}

int CmdRunIn(Context& ctx, const Args& args);

int CmdRun(Context& ctx, const Args& args) {
  if (ctx.config.Has("workspace") || ctx.config.GetBool("workspaces", false)) {
    std::vector<std::string> dirs;
    if (ctx.config.GetBool("workspaces", false)) {
      Json root;
      if (!LoadProject(ctx, &root, false)) return 1;
      for (auto& [_, rel] : ExpandWorkspaces(ctx.project_dir, root)) dirs.push_back(JoinPath(ctx.project_dir, rel));
    } else {
      std::string d = WorkspaceDir(ctx, ctx.config.Get("workspace"));
      if (d.empty()) return 1;
      dirs.push_back(d);
    }
    std::string saved = ctx.project_dir;
    for (auto& d : dirs) {
      ctx.project_dir = d;
      int rc = CmdRunIn(ctx, args);
      if (rc != 0) return rc;
    }
    ctx.project_dir = saved;
    return 0;
  }
  return CmdRunIn(ctx, args);
}

int CmdRunIn(Context& ctx, const Args& args) {
  Json pkg;
  if (!LoadProject(ctx, &pkg, false)) return 1;
  const Json* scripts = pkg.Get("scripts");
  if (args.positional.empty()) {
    if (!scripts || scripts->members().empty()) return 0;
    static const std::set<std::string> kLifecycle = {"prepublish", "prepare", "prepublishOnly", "prepack", "postpack",
                                                     "publish", "preinstall", "install", "postinstall", "preuninstall",
                                                     "uninstall", "postuninstall", "preversion", "version",
                                                     "postversion", "pretest", "test", "posttest", "prestop", "stop",
                                                     "poststop", "prestart", "start", "poststart", "prerestart",
                                                     "restart", "postrestart"};
    std::string id = pkg.GetString("name") + "@" + pkg.GetString("version");
    std::string life, other;
    for (auto& [name, cmd] : scripts->members()) {
      std::string line = "  " + name + "\n    " + cmd.str() + "\n";
      (kLifecycle.count(name) ? life : other) += line;
    }
    if (!life.empty()) std::printf("Lifecycle scripts included in %s:\n%s", id.c_str(), life.c_str());
    if (!other.empty()) std::printf("available via `nodus run`:\n%s", other.c_str());
    return 0;
  }
  const std::string& name = args.positional[0];
  std::vector<std::string> rest = args.rest;
  rest.insert(rest.begin(), args.positional.begin() + 1, args.positional.end());
  return RunScriptWithHooks(ctx, pkg, name, rest);
}

}  // namespace

int RunScriptWithHooks(Context& ctx, const Json& pkg, const std::string& name, const std::vector<std::string>& rest) {
  const Json* all = pkg.Get("scripts");
  const Json* s = all ? all->Get(name) : nullptr;
  if ((!s || !s->IsString()) && ctx.config.GetBool("if-present", false)) return 0;
  if (!s || !s->IsString()) {
    std::string msg = "Missing script: \"" + name + "\"\n\nTo see a list of scripts, run:\n  nodus run";
    return ReportError({"", msg});
  }
  bool ignore = ctx.config.GetBool("ignore-scripts", false);
  std::vector<std::string> events;
  if (!ignore && all->Get("pre" + name)) events.push_back("pre" + name);
  events.push_back(name);
  if (!ignore && all->Get("post" + name)) events.push_back("post" + name);
  for (auto& ev : events) {
    int rc = RunEvent(ctx.project_dir, pkg, ev, ctx.silent, ev == name ? rest : std::vector<std::string>{});
    if (rc != 0) {
      if (!ctx.silent)
        std::fprintf(stderr, "nodus error Lifecycle script `%s` failed with error:\nnodus error code %d\n",
                     ev.c_str(), rc);
      return rc;
    }
  }
  return 0;
}

namespace {

int CmdInit(Context& ctx, const Args& args) {
  std::string path = ctx.cwd + "/package.json";
  Json pkg;
  if (PathExists(path)) {
    PmError err;
    if (!ReadPackageJsonFile(path, &pkg, &err)) return ReportError(err);
  } else {
    pkg = Json::Object();
  }
  std::string name = BaseName(ctx.cwd);
  std::string clean;
  for (char ch : ToLower(name)) {
    if (isalnum((unsigned char)ch) || ch == '-' || ch == '.' || ch == '_' || ch == '~') clean += ch;
    else if (ch == ' ') clean += '-';
  }
  while (!clean.empty() && (clean[0] == '.' || clean[0] == '_')) clean.erase(0, 1);
  if (clean.empty()) clean = "package";
  auto def = [&](const char* k, Json v) {
    if (!pkg.Get(k)) pkg.Set(k, std::move(v));
  };
  def("name", Json::String(clean));
  def("version", Json::String(ctx.config.Get("init-version", "1.0.0")));
  def("description", Json::String(""));
  def("main", Json::String("index.js"));
  Json scripts = Json::Object();
  scripts.Set("test", Json::String("echo \"Error: no test specified\" && exit 1"));
  def("scripts", scripts);
  def("keywords", Json::Array());
  def("author", Json::String(ctx.config.Get("init-author-name", "")));
  def("license", Json::String(ctx.config.Get("init-license", "ISC")));
  def("type", Json::String("commonjs"));
  std::string text = SerializeJson(pkg, 2) + "\n";
  if (!WriteFileAtomic(path, text)) return ReportError({"EACCES", "cannot write " + path});
  if (!ctx.silent) std::printf("Wrote to %s:\n\n%s\n", path.c_str(), text.c_str());
  return 0;
}

// ---- ls / why / outdated --------------------------------------------------------------------

}  // namespace

bool LoadForQuery(Context& ctx, LoadedTree* lt) {
  if (!LoadProject(ctx, &lt->pkg, false)) return false;
  LoadActualTree(ctx.project_dir, &lt->tree);
  ConnectTree(ctx, lt);
  return true;
}

void ConnectTree(Context& ctx, LoadedTree* lt) {
  lt->tree.root()->meta = RootManifest(ctx.project_dir, lt->pkg);
  lt->tree.root()->pkg_name = lt->pkg.GetString("name");
  lt->tree.root()->version = lt->pkg.GetString("version");
  lt->tree.SetOverrides(lt->pkg.Get("overrides"));
  lt->tree.BuildAllEdges();
  lt->tree.ResolveEdges();
  lt->tree.ComputeFlags();
}

namespace {

std::string NodeLabel(const Node* n) {
  std::string s = n->name + "@" + n->version;
  if (n->pkg_name != n->name) s = n->name + "@npm:" + n->pkg_name + "@" + n->version;
  return s;
}

int CmdLs(Context& ctx, const Args& args) {
  LoadedTree lt;
  if (!LoadForQuery(ctx, &lt)) return 1;
  int depth = ctx.config.GetBool("all", false) ? 1 << 20 : ctx.config.GetInt("depth", 0);
  std::set<std::string> filter(args.positional.begin(), args.positional.end());
  bool problems = false;
  if (ctx.json) {
    std::function<Json(Node*, int, std::set<Node*>&)> build = [&](Node* n, int d, std::set<Node*>& path) {
      Json o = Json::Object();
      Json deps = Json::Object();
      for (auto& e : n->edges) {
        if (e.type == EdgeType::kPeerOptional && !e.to) continue;
        if (!e.to) {
          if (e.type == EdgeType::kOptional) continue;
          Json m = Json::Object();
          m.Set("required", Json::String(e.spec));
          m.Set("missing", Json::Bool(true));
          deps.Set(e.name, m);
          problems = true;
          continue;
        }
        Json c = Json::Object();
        c.Set("version", Json::String(e.to->version));
        if (!e.to->resolved.empty()) c.Set("resolved", Json::String(e.to->resolved));
        if (!EdgeSatisfied(e)) { c.Set("invalid", Json::String(e.spec)); problems = true; }
        if (d < depth && !path.count(e.to)) {
          path.insert(e.to);
          Json sub = build(e.to, d + 1, path);
          path.erase(e.to);
          if (const Json* sd = sub.Get("dependencies")) c.Set("dependencies", *sd);
        }
        deps.Set(e.name, c);
      }
      if (!deps.members().empty()) o.Set("dependencies", deps);
      return o;
    };
    std::set<Node*> path;
    Json out = Json::Object();
    if (lt.pkg.Get("version")) out.Set("version", Json::String(lt.pkg.GetString("version")));
    if (lt.pkg.Get("name")) out.Set("name", Json::String(lt.pkg.GetString("name")));
    Json body = build(lt.tree.root(), 0, path);
    if (const Json* d = body.Get("dependencies")) out.Set("dependencies", *d);
    std::printf("%s\n", SerializeJson(out, 2).c_str());
    return problems ? 1 : 0;
  }
  std::string head = lt.pkg.GetString("name");
  if (lt.pkg.Get("version")) head += "@" + lt.pkg.GetString("version");
  std::printf("%s %s\n", head.c_str(), ctx.project_dir.c_str());
  std::set<Node*> printed;
  std::function<void(Node*, const std::string&, int)> walk = [&](Node* n, const std::string& indent, int d) {
    std::vector<const Edge*> edges;
    for (auto& e : n->edges) {
      if (!e.to && (e.type == EdgeType::kOptional || e.type == EdgeType::kPeerOptional)) continue;
      if (!e.to && e.type == EdgeType::kPeer && !n->is_root) continue;
      if (n->is_root && !filter.empty() && !filter.count(e.name)) continue;
      edges.push_back(&e);
    }
    for (size_t i = 0; i < edges.size(); i++) {
      const Edge& e = *edges[i];
      bool last = i + 1 == edges.size();
      std::string line = indent + (last ? "└── " : "├── ");
      if (!e.to) {
        line += "UNMET DEPENDENCY " + e.name + "@" + e.spec;
        problems = true;
      } else {
        line += NodeLabel(e.to);
        if (e.to->is_link) line += " -> ./" + e.to->link_target;
        if (!EdgeSatisfied(e)) { line += " invalid: \"" + e.spec + "\""; problems = true; }
        bool deduped = printed.count(e.to) && !e.to->edges.empty() && d < depth;
        if (deduped) line += " deduped";
        if (e.to->peer && e.type == EdgeType::kPeer) line += " peer";
      }
      std::printf("%s\n", line.c_str());
      if (e.to && d < depth && !printed.count(e.to)) {
        printed.insert(e.to);
        walk(e.to, indent + (last ? "    " : "│   "), d + 1);
      }
    }
  };
  walk(lt.tree.root(), "", 0);
  // Packages on disk that nothing depends on.
  std::set<Node*> reached;
  std::vector<Node*> stack{lt.tree.root()};
  while (!stack.empty()) {
    Node* n = stack.back();
    stack.pop_back();
    for (auto& e : n->edges)
      if (e.to && reached.insert(e.to).second) stack.push_back(e.to);
  }
  for (Node* n : lt.tree.Nodes())
    if (!reached.count(n) && n->Depth() == 1) {
      std::printf("%s extraneous\n", NodeLabel(n).c_str());
      problems = true;
    }
  if (lt.tree.Nodes().empty() && lt.tree.root()->edges.empty()) std::printf("└── (empty)\n");
  return problems ? 1 : 0;
}

int CmdWhy(Context& ctx, const Args& args) {
  if (args.positional.empty()) {
    std::fprintf(stderr, "nodus error usage: nodus why <package>\n");
    return 1;
  }
  LoadedTree lt;
  if (!LoadForQuery(ctx, &lt)) return 1;
  // Incoming edges.
  std::map<Node*, std::vector<std::pair<Node*, const Edge*>>> incoming;
  std::vector<Node*> all = lt.tree.Nodes();
  all.insert(all.begin(), lt.tree.root());
  for (Node* n : all)
    for (auto& e : n->edges)
      if (e.to) incoming[e.to].push_back({n, &e});
  int found = 0;
  for (auto& want : args.positional) {
    std::string wname = want, wrange;
    size_t at = want.find('@', want[0] == '@' ? 1 : 0);
    if (at != std::string::npos) { wname = want.substr(0, at); wrange = want.substr(at + 1); }
    for (Node* n : lt.tree.Nodes()) {
      if (n->pkg_name != wname && n->name != wname) continue;
      if (!wrange.empty() && !semver::Satisfies(n->version, wrange, {true, false})) continue;
      if (found++) std::printf("\n");  // npm joins the explanations with a blank line
      std::printf("%s%s\n%s\n", NodeLabel(n).c_str(),
                  n->dev ? " dev" : n->optional ? " optional" : n->peer ? " peer" : "", n->Location().c_str());
      std::function<void(Node*, const std::string&, std::set<Node*>&)> up = [&](Node* t, const std::string& ind,
                                                                               std::set<Node*>& seen) {
        for (auto& [from, e] : incoming[t]) {
          std::string type = e->type == EdgeType::kDev ? "dev " : e->type == EdgeType::kOptional ? "optional "
                             : e->type == EdgeType::kPeer ? "peer " : e->type == EdgeType::kPeerOptional ? "peerOptional " : "";
          if (from->is_root) {
            std::printf("%s%s%s@\"%s\" from the root project\n", ind.c_str(), type.c_str(), e->name.c_str(),
                        e->spec.c_str());
            continue;
          }
          std::printf("%s%s%s@\"%s\" from %s\n%s%s\n", ind.c_str(), type.c_str(), e->name.c_str(), e->spec.c_str(),
                      NodeLabel(from).c_str(), ind.c_str(), from->Location().c_str());
          if (seen.insert(from).second) up(from, ind + "  ", seen);
        }
      };
      std::set<Node*> seen{n};
      up(n, "  ", seen);
    }
  }
  if (!found) {
    return ReportError({"ELSPROBLEMS", "No dependencies found matching " + args.positional[0]});
  }
  return 0;
}

int CmdOutdated(Context& ctx, const Args& args) {
  LoadedTree lt;
  if (!LoadForQuery(ctx, &lt)) return 1;
  struct Row {
    std::string name, current, wanted, latest, location, depended_by, type;
  };
  std::vector<Row> rows;
  std::set<std::string> filter(args.positional.begin(), args.positional.end());
  for (auto& e : lt.tree.root()->edges) {
    if (!filter.empty() && !filter.count(e.name)) continue;
    DepSpec d = ParseDepSpec(e.name, e.spec);
    if (d.kind != DepSpec::Kind::kRange && d.kind != DepSpec::Kind::kTag && d.kind != DepSpec::Kind::kAlias) continue;
    ctx.registry->Prefetch(d.name);
  }
  for (auto& e : lt.tree.root()->edges) {
    if (!filter.empty() && !filter.count(e.name)) continue;
    DepSpec d = ParseDepSpec(e.name, e.spec);
    if (d.kind != DepSpec::Kind::kRange && d.kind != DepSpec::Kind::kTag && d.kind != DepSpec::Kind::kAlias) continue;
    PmError err;
    const Packument* p = ctx.registry->Get(d.name, &err);
    if (!p) return ReportError(err);
    Row r;
    r.name = e.name;
    r.current = e.to ? e.to->version : "MISSING";
    r.wanted = Resolver::PickVersion(*p, d.range, d.kind == DepSpec::Kind::kTag, nullptr);
    r.latest = p->Tag("latest");
    r.location = e.to ? "node_modules/" + e.name : "";
    r.depended_by = lt.pkg.GetString("name", BaseName(ctx.project_dir));
    r.type = e.type == EdgeType::kDev ? "devDependencies" : e.type == EdgeType::kOptional ? "optionalDependencies"
             : e.type == EdgeType::kPeer ? "peerDependencies" : "dependencies";
    if (r.current != r.wanted || r.current != r.latest) rows.push_back(r);
  }
  if (ctx.json) {
    Json out = Json::Object();
    for (auto& r : rows) {
      Json o = Json::Object();
      if (r.current != "MISSING") o.Set("current", Json::String(r.current));
      o.Set("wanted", Json::String(r.wanted));
      o.Set("latest", Json::String(r.latest));
      o.Set("dependent", Json::String(r.depended_by));
      o.Set("location", Json::String(JoinPath(ctx.project_dir, r.location)));
      out.Set(r.name, o);
    }
    std::printf("%s\n", SerializeJson(out, 2).c_str());
  } else if (!rows.empty()) {
    std::vector<std::vector<std::string>> table{{"Package", "Current", "Wanted", "Latest", "Location", "Depended by"}};
    for (auto& r : rows) table.push_back({r.name, r.current, r.wanted, r.latest, r.location, r.depended_by});
    std::vector<size_t> w(6, 0);
    for (auto& row : table)
      for (size_t i = 0; i < row.size(); i++) w[i] = std::max(w[i], row[i].size());
    for (auto& row : table) {
      std::string line;
      for (size_t i = 0; i < row.size(); i++) {
        line += row[i];
        if (i + 1 < row.size()) line += std::string(w[i] - row[i].size() + 2, ' ');
      }
      std::printf("%s\n", line.c_str());
    }
  }
  return rows.empty() ? 0 : 1;
}

int CmdCache(Context& ctx, const Args& args) {
  std::string sub = args.positional.empty() ? "" : args.positional[0];
  std::string dir = ctx.registry->cache_dir();
  if (sub == "clean" || sub == "clear" || sub == "rm") {
    if (!RemoveTree(dir)) return ReportError({"EACCES", "cannot remove " + dir});
    ctx.Log("cleaned " + dir);
    return 0;
  }
  if (sub == "dir" || sub == "path" || sub == "ls") {
    if (sub == "ls") {
      for (auto& e : ListDir(dir + "/packuments")) std::printf("%s\n", e.c_str());
      return 0;
    }
    std::printf("%s\n", dir.c_str());
    return 0;
  }
  if (sub == "verify") {
    size_t n = ListDir(dir + "/content").size();
    std::printf("Cache verified: %zu packages in %s\n", n, dir.c_str());
    return 0;
  }
  std::fprintf(stderr, "nodus error usage: nodus cache <clean|dir|ls|verify>\n");
  return 1;
}

int CmdExec(Context& ctx, const Args& args) {
  std::string pkg_spec = ctx.config.Get("package");
  std::vector<std::string> rest = args.rest;
  std::string cmd;
  if (!pkg_spec.empty()) {
    if (args.positional.empty()) return ReportError({"EUSAGE", "nodus exec --package=<pkg> <command>"});
    cmd = args.positional[0];
  } else {
    if (args.positional.empty()) return ReportError({"EUSAGE", "usage: nodus x <package>[@<version>] [args...]"});
    pkg_spec = args.positional[0];
  }
  std::string name, spec;
  std::string perr;
  if (!ParseInstallArg(pkg_spec, ctx.cwd, &name, &spec, &perr)) return ReportError({"EUSAGE", perr});
  if (cmd.empty()) {
    cmd = name;
    if (size_t s = cmd.find('/'); s != std::string::npos && cmd[0] == '@') cmd = cmd.substr(s + 1);
  }
  auto run_bin = [&](const std::string& bin_dir, const std::string& bin) {
    Json fake = Json::Object();
    fake.Set("name", Json::String(name));
    ScriptRun r;
    r.pkg_dir = ctx.cwd;
    r.project_dir = ctx.project_dir;
    r.pkg = &fake;
    r.event = "exec";
    r.script = ShellQuote(JoinPath(bin_dir, bin));
    r.args = rest;
    r.quiet_header = true;
    return RunScript(r);
  };
  // A bin already installed in the project (or an ancestor) wins when no version was asked for.
  if (spec.empty()) {
    for (std::string d = ctx.cwd;; d = DirName(d)) {
      std::string bin_dir = d + "/node_modules/.bin";
      if (PathExists(JoinPath(bin_dir, cmd))) return run_bin(bin_dir, cmd);
      if (DirName(d) == d) break;
    }
  }
  // Otherwise install it into a cache folder keyed by the spec and run it from there.
  std::string key = HexEncode(HashBytes("sha256", pkg_spec)).substr(0, 16);
  std::string dir = ctx.registry->cache_dir() + "/_npx/" + key;
  MakeDirs(dir);
  Json pj = Json::Object();
  Json deps = Json::Object();
  deps.Set(name, Json::String(spec.empty() ? "latest" : spec));
  pj.Set("dependencies", deps);
  if (!PathExists(dir + "/node_modules/" + name + "/package.json") || !spec.empty()) {
    WriteFileAtomic(dir + "/package.json", SerializeJson(pj, 2) + "\n");
    Context sub;
    sub.config = ctx.config;
    sub.start_time = ctx.start_time;
    sub.cwd = dir;
    sub.silent = true;
    sub.Init(dir);
    InstallOptions o = OptionsFrom(ctx);
    o.run_root_scripts = false;
    int rc = Install(sub, pj, o, nullptr);
    if (rc != 0) return rc;
  }
  std::string bin_dir = dir + "/node_modules/.bin";
  if (!PathExists(JoinPath(bin_dir, cmd))) {
    // Use the package's only bin if the name does not match.
    Json ipj;
    PmError err;
    if (ReadPackageJsonFile(dir + "/node_modules/" + name + "/package.json", &ipj, &err)) {
      Json subset = ManifestSubset(ipj);
      const Json* bin = subset.Get("bin");
      if (bin && bin->IsObject() && bin->members().size() == 1) cmd = bin->members()[0].first;
    }
  }
  if (!PathExists(JoinPath(bin_dir, cmd)))
    return ReportError({"ENOBIN", "could not determine executable to run: " + pkg_spec + " has no bin \"" + cmd + "\""});
  return run_bin(bin_dir, cmd);
}

}  // namespace

// Links the bins of every global package into <prefix>/bin and drops links to removed ones.
static void SyncGlobalBins(const std::string& lib_dir) {
  std::string bin_dir = JoinPath(DirName(lib_dir), "bin");
  std::string nm = lib_dir + "/node_modules";
  for (auto& e : ListDir(nm)) {
    std::vector<std::string> names;
    if (e[0] == '.') continue;
    if (e[0] == '@')
      for (auto& s : ListDir(nm + "/" + e)) names.push_back(e + "/" + s);
    else
      names.push_back(e);
    for (auto& n : names) {
      Json pj;
      PmError err;
      if (!ReadPackageJsonFile(nm + "/" + n + "/package.json", &pj, &err)) continue;
      Json m = ManifestSubset(pj);
      if (const Json* bin = m.Get("bin")) LinkBins(nm + "/" + n, *bin, bin_dir);
    }
  }
  RemoveDanglingBins(bin_dir);
}

static int RunCommandIn(Context& ctx, const Args& args);

int RunCommand(Context& ctx, const Args& args) {
  int rc = RunCommandIn(ctx, args);
  if (args.Flag("global") && rc == 0) SyncGlobalBins(ctx.project_dir);
  return rc;
}

static int RunCommandIn(Context& ctx, const Args& args) {
  const std::string& c = args.command;
  if (c == "install" || c == "i" || c == "add") {
    if (args.positional.empty() && c != "add") return CmdInstallProject(ctx, args, false);
    return CmdAdd(ctx, args);
  }
  if (c == "ci" || c == "clean-install") return CmdCi(ctx, args);
  if (c == "remove" || c == "uninstall" || c == "rm" || c == "un") return CmdRemove(ctx, args);
  if (c == "update" || c == "up" || c == "upgrade") return CmdUpdate(ctx, args);
  if (c == "run" || c == "run-script") return CmdRun(ctx, args);
  if (c == "x" || c == "exec") return CmdExec(ctx, args);
  if (c == "init") return CmdInit(ctx, args);
  if (c == "ls" || c == "list") return CmdLs(ctx, args);
  if (c == "why" || c == "explain") return CmdWhy(ctx, args);
  if (c == "outdated") return CmdOutdated(ctx, args);
  if (c == "cache") return CmdCache(ctx, args);
  if (c == "pack") return CmdPack(ctx, args);
  if (c == "publish") return CmdPublish(ctx, args);
  if (c == "test" || c == "t" || c == "tst" || c == "start" || c == "stop" || c == "restart")
    return CmdRunShortcut(ctx, args);
  if (c == "link" || c == "ln") return CmdLink(ctx, args);
  if (c == "unlink") return CmdUnlink(ctx, args);
  if (c == "version") return CmdVersion(ctx, args);
  if (c == "view" || c == "info" || c == "show") return CmdView(ctx, args);
  if (c == "prune") return CmdPrune(ctx, args);
  if (c == "dedupe" || c == "ddp") return CmdDedupe(ctx, args);
  if (c == "rebuild" || c == "rb") return CmdRebuild(ctx, args);
  if (c == "config") return CmdConfig(ctx, args);
  if (c == "pkg") return CmdPkg(ctx, args);
  if (c == "whoami") return CmdWhoami(ctx, args);
  if (c == "dist-tag" || c == "dist-tags") return CmdDistTag(ctx, args);
  if (c == "deprecate") return CmdDeprecate(ctx, args);
  if (c == "login" || c == "adduser" || c == "add-user") return CmdLogin(ctx, args);
  if (c == "logout") return CmdLogout(ctx, args);
  if (c == "audit") return CmdAudit(ctx, args);
  if (c == "ping") return CmdPing(ctx, args);
  if (c == "search" || c == "s" || c == "se" || c == "find") return CmdSearch(ctx, args);
  if (c == "owner" || c == "author") return CmdOwner(ctx, args);
  if (c == "root") return CmdRoot(ctx, args);
  if (c == "prefix") return CmdPrefix(ctx, args);
  if (c == "shrinkwrap") return CmdShrinkwrap(ctx, args);
  if (c == "fund") return CmdFund(ctx, args);
  if (c == "install-test" || c == "it" || c == "install-ci-test" || c == "cit" || c == "clean-install-test" ||
      c == "sit")
    return CmdInstallTest(ctx, args);
  if (c == "help" || c == "hlep") return CmdHelp(ctx, args);
  if (c == "unpublish") return CmdUnpublish(ctx, args);
  if (c == "access") return CmdAccess(ctx, args);
  if (c == "token") return CmdToken(ctx, args);
  if (c == "star" || c == "unstar") return CmdStar(ctx, args);
  if (c == "stars") return CmdStars(ctx, args);
  if (c == "docs" || c == "home" || c == "bugs" || c == "issues" || c == "repo") return CmdBrowse(ctx, args);
  if (c == "sbom") return CmdSbom(ctx, args);
  if (c == "query") return CmdQuery(ctx, args);
  if (c == "diff") return CmdDiff(ctx, args);
  if (c == "doctor") return CmdDoctor(ctx, args);
  if (c == "explore") return CmdExplore(ctx, args);
  if (c == "edit") return CmdEdit(ctx, args);
  if (c == "completion") return CmdCompletion(ctx, args);
  if (c == "org" || c == "ogr") return CmdOrg(ctx, args);
  if (c == "team") return CmdTeam(ctx, args);
  if (c == "find-dupes") {
    // npm: dedupe --dry-run, arguments ignored.
    ctx.config.Set("dry-run", "true");
    Args none;
    none.command = "dedupe";
    none.flags = args.flags;
    return CmdDedupe(ctx, none);
  }
  std::fprintf(stderr, "nodus error unknown command \"%s\"\n", c.c_str());
  return 1;
}

}  // namespace nodus::pm

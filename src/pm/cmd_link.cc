// `link` / `unlink`: a package folder linked into the global prefix (with its bins), and a
// globally linked package linked into a project, as npm does (no V8 here).
#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>

#include "pm/commands.h"
#include "pm/dep_spec.h"
#include "pm/fs_util.h"
#include "pm/scripts.h"
#include "pm/tree.h"

namespace nodus::pm {

std::string GlobalPrefix(const std::string& flag_prefix) {
  if (!flag_prefix.empty()) return flag_prefix;
  if (const char* p = getenv("NODUS_PREFIX"); p && *p) return p;
  return JoinPath(HomeDir(), ".nodus");
}

namespace {

std::string RealPath(const std::string& p) {
  char buf[PATH_MAX];
  return realpath(p.c_str(), buf) ? std::string(buf) : p;
}

Json BinsOf(const Json& pkg) {
  Json m = ManifestSubset(pkg);
  const Json* bin = m.Get("bin");
  return bin ? *bin : Json::Object();
}

// `nodus link` in a package folder: <prefix>/lib/node_modules/<name> -> the folder, bins into
// <prefix>/bin.
int LinkSelf(Context& ctx) {
  Json pkg;
  if (!LoadProject(ctx, &pkg, false)) return 1;
  std::string name = pkg.GetString("name");
  if (name.empty()) return ReportError({"EUSAGE", "package.json in " + ctx.project_dir + " has no name to link"});
  std::string prefix = GlobalPrefix(ctx.config.Get("prefix"));
  std::string nm = JoinPath(prefix, "lib/node_modules");
  std::string dest = JoinPath(nm, name);
  MakeDirs(DirName(dest));
  struct stat st;
  if (lstat(dest.c_str(), &st) == 0 && !RemoveTree(dest)) return ReportError({"EACCES", "cannot replace " + dest});
  std::string rel = RelativePath(DirName(dest), RealPath(ctx.project_dir));
  if (symlink(rel.c_str(), dest.c_str()) != 0) return ReportError({"EACCES", "cannot link " + dest + " -> " + rel});
  Json bins = BinsOf(pkg);
  if (bins.IsObject() && bins.size()) LinkBins(dest, bins, JoinPath(prefix, "bin"));
  // As npm 7+ (install-links=false), the folder's own dependencies are left to the folder.
  if (!ctx.silent && !ctx.json)
    std::printf("\nadded 1 package in %s\n", FormatSeconds(NowSeconds() - ctx.start_time).c_str());
  return 0;
}

// `nodus add -g <spec>` into `prefix`, from a sub-context (the project's own stays as it is).
int InstallGlobally(Context& ctx, const std::string& prefix, const std::string& spec) {
  std::string lib = JoinPath(prefix, "lib");
  MakeDirs(lib);
  if (!PathExists(lib + "/package.json"))
    WriteFileAtomic(lib + "/package.json", "{\n  \"name\": \"nodus-global\",\n  \"private\": true\n}\n");
  Context sub;
  sub.config = ctx.config;
  sub.config.Set("global", "true");
  sub.config.Set("save", "true");
  sub.start_time = ctx.start_time;
  sub.cwd = ctx.cwd;
  sub.silent = ctx.silent;
  sub.json = ctx.json;
  sub.tty = ctx.tty;
  sub.Init(lib);
  Args add;
  add.command = "add";
  add.positional.push_back(spec);
  add.flags["global"] = "true";
  return RunCommand(sub, add);
}

}  // namespace

int CmdLink(Context& ctx, const Args& args) {
  if (args.positional.empty()) return LinkSelf(ctx);
  std::string prefix = GlobalPrefix(ctx.config.Get("prefix"));
  Json pkg;
  if (!LoadProject(ctx, &pkg, true)) return 1;
  Json saved = pkg;
  const Config& c = ctx.config;
  std::string field = c.GetBool("save-dev", false) ? "devDependencies"
                      : c.GetBool("save-optional", false) ? "optionalDependencies" : "dependencies";
  for (auto& arg : args.positional) {
    std::string name, spec, target, perr;
    DepSpec d = ParseDepSpec("", arg);
    if (d.kind == DepSpec::Kind::kDirectory || d.kind == DepSpec::Kind::kLink) {
      // `link ../folder`: that folder, by its package.json's name.
      target = RealPath(d.target[0] == '/' ? d.target : JoinPath(ctx.cwd, d.target));
      Json pj;
      PmError err;
      if (!ReadPackageJsonFile(target + "/package.json", &pj, &err)) return ReportError(err);
      name = pj.GetString("name");
    } else {
      if (!ParseInstallArg(arg, ctx.cwd, &name, &spec, &perr) || name.empty())
        return ReportError({"EUSAGE", "invalid package spec: " + arg});
      std::string global = JoinPath(prefix, "lib/node_modules/" + name);
      if (!PathExists(global + "/package.json") || !spec.empty()) {
        // As npm: a package that is not linked or installed globally is installed there first.
        if (int rc = InstallGlobally(ctx, prefix, arg)) return rc;
        if (!PathExists(global + "/package.json"))
          return ReportError({"E404", name + " is not installed or linked in " + JoinPath(prefix, "lib/node_modules")});
      }
      target = RealPath(global);
    }
    Json* deps = pkg.GetMut(field);
    if (!deps) deps = &pkg.Set(field, Json::Object());
    for (const char* f : {"dependencies", "devDependencies", "optionalDependencies"})
      if (Json* o = pkg.GetMut(f); o && std::string(f) != field) o->Erase(name);
    std::string rel = RelativePath(ctx.project_dir, target);
    deps->Set(name, Json::String("file:" + rel));
    if (Json* sd = saved.GetMut(field)) sd->Set(name, Json::String("file:" + rel));
    else saved.Set(field, Json::Object()).Set(name, Json::String("file:" + rel));
  }
  InstallOptions o = OptionsFrom(ctx);
  o.run_root_scripts = false;
  o.install_links = false;
  int rc = Install(ctx, pkg, o, nullptr);
  // npm 7+ does not save a linked package to package.json unless --save is given.
  bool save = c.Has("save") && c.GetBool("save", false);
  if (rc == 0 && save && !o.dry_run) WritePackageJsonFile(JoinPath(ctx.project_dir, "package.json"), saved);
  return rc;
}

int CmdUnlink(Context& ctx, const Args& args) {
  // npm 7+: `unlink` is `uninstall`. Without names, -g removes the current package's global link.
  if (!args.positional.empty()) {
    Args rm = args;
    rm.command = "uninstall";
    return RunCommand(ctx, rm);
  }
  if (!args.Flag("global")) return ReportError({"", "Must provide a package name to remove"});
  Json pkg;
  PmError err;
  if (!ReadPackageJsonFile(JoinPath(ctx.cwd, "package.json"), &pkg, &err)) return ReportError(err);
  std::string prefix = GlobalPrefix(ctx.config.Get("prefix"));
  std::string dest = JoinPath(prefix, "lib/node_modules/" + pkg.GetString("name"));
  RemoveTree(dest);
  RemoveDanglingBins(JoinPath(prefix, "bin"));
  if (!ctx.silent && !ctx.json)
    std::printf("\nremoved 1 package in %s\n", FormatSeconds(NowSeconds() - ctx.start_time).c_str());
  return 0;
}

}  // namespace nodus::pm

// npm's smaller everyday commands (no V8 here): `ping`, `search`, `owner`, `root`, `prefix`,
// `shrinkwrap`, `install-test`/`install-ci-test`, `help`.
#include <unistd.h>

#include <chrono>
#include <cstdio>

#include "pm/commands.h"
#include "pm/dep_spec.h"
#include "pm/fs_util.h"

namespace nodus::pm {

namespace {

long long NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

void Notice(const Context& ctx, const std::string& line) {
  if (!ctx.silent) std::fprintf(stderr, "nodus notice %s\n", line.c_str());
}

// A query-string value as URLSearchParams writes it (space as '+').
std::string QueryValue(const std::string& s) {
  std::string out;
  for (char ch : s) out += ch == ' ' ? "+" : EncodeComponent(std::string(1, ch));
  return out;
}

const char kOwnerUsage[] =
    "Manage package owners\n\nUsage:\nnodus owner add <user> <package-spec>\nnodus owner rm <user> <package-spec>\n"
    "nodus owner ls <package-spec>";

// The package an owner/ls argument names, or the project's.
bool OwnerPackage(Context& ctx, const Args& args, const std::string& arg, std::string* name) {
  if (!arg.empty()) {
    std::string spec, perr;
    if (!ParseInstallArg(arg, ctx.cwd, name, &spec, &perr) || name->empty()) {
      ReportError({"EUSAGE", "invalid package spec: " + arg});
      return false;
    }
    return true;
  }
  Json pkg;
  std::string path = JoinPath(ctx.project_dir, "package.json");
  PmError err;
  if (args.Flag("global") || !ReadPackageJsonFile(path, &pkg, &err) || pkg.GetString("name").empty()) {
    ReportError({"EUSAGE", kOwnerUsage});
    return false;
  }
  *name = pkg.GetString("name");
  return true;
}

}  // namespace

int CmdPing(Context& ctx, const Args& args) {
  ctx.config.Set("npm-command", "ping");
  std::string registry = ctx.config.RegistryFor("");
  Notice(ctx, "PING " + registry);
  long long start = NowMs();
  HttpResponse resp;
  PmError err;
  if (!RegistryRequest(ctx, "GET", registry + "-/ping", "", &resp, &err)) return ReportError(err);
  long long ms = NowMs() - start;
  Notice(ctx, "PONG " + std::to_string(ms) + "ms");
  Json details;
  JsonError je;
  if (!ParseJson(resp.body, &details, &je) || !details.IsObject()) details = Json::Object();
  if (ctx.json) {
    Json o = Json::Object();
    o.Set("registry", Json::String(registry));
    o.Set("time", Json::RawNumber(std::to_string(ms)));
    o.Set("details", details);
    std::printf("%s\n", SerializeJson(o, 2).c_str());
  } else if (!details.members().empty()) {
    Notice(ctx, "PONG " + SerializeJson(details, 2));
  }
  return 0;
}

int CmdSearch(Context& ctx, const Args& args) {
  ctx.config.Set("npm-command", "search");
  std::vector<std::string> words;
  for (auto w : args.positional) {
    for (auto& ch : w) ch = static_cast<char>(tolower(static_cast<unsigned char>(ch)));
    if (!w.empty()) words.push_back(w);
  }
  if (words.empty()) return ReportError({"", "search must be called with arguments"});
  std::string text;
  for (auto& w : words) text += (text.empty() ? "" : " ") + w;
  std::string url = ctx.config.RegistryFor("") + "-/v1/search?text=" + QueryValue(text) +
                    "&size=" + std::to_string(ctx.config.GetInt("searchlimit", 20)) +
                    "&from=0&quality=0.65&popularity=0.98&maintenance=0.5";
  Json res;
  PmError err;
  if (!GetJson(ctx, url, &res, &err)) return ReportError(err);
  std::vector<std::string> exclude;
  for (auto& e : Split(ctx.config.Get("searchexclude"), ' '))
    if (!Trim(e).empty()) exclude.push_back(Trim(e));
  bool parseable = ctx.config.GetBool("parseable", false);
  std::string out;
  bool any = false;
  const Json* objects = res.Get("objects");
  if (objects && objects->IsArray())
    for (auto& o : objects->items()) {
      const Json* p = o.Get("package");
      if (!p || !p->IsObject()) continue;
      // npm's filter: name, maintainers and keywords, lowercased (substring match).
      std::string hay = p->GetString("name");
      std::vector<std::string> maint;
      if (const Json* m = p->Get("maintainers"); m && m->IsArray())
        for (auto& u : m->items()) maint.push_back(u.GetString("username"));
      std::vector<std::string> keywords;
      if (const Json* k = p->Get("keywords")) {
        if (k->IsArray()) {
          for (auto& s : k->items())
            if (s.IsString()) keywords.push_back(s.str());
        } else if (k->IsString()) {
          for (auto& s : Split(k->str(), ' '))
            if (!s.empty()) keywords.push_back(s);
        }
      }
      for (auto& s : maint) hay += " " + s;
      for (auto& s : keywords) hay += " " + s;
      for (auto& ch : hay) ch = static_cast<char>(tolower(static_cast<unsigned char>(ch)));
      bool skip = false;
      for (auto& e : exclude) skip = skip || hay.find(e) != std::string::npos;
      if (skip) continue;
      std::string date = p->GetString("date");
      date = date.size() >= 10 ? date.substr(0, 10) : "prehistoric";
      std::string desc = p->GetString("description"), version = p->GetString("version");
      std::string kw;
      for (auto& s : keywords) kw += (kw.empty() ? "" : " ") + s;
      if (ctx.json) {
        out += any ? "\n,\n\n" : "[\n\n";
        out += SerializeJson(*p, 0) + "\n";
      } else if (parseable) {
        // name, description, date, version, keywords (npm drops empty columns but keywords).
        std::string kwc;
        for (auto& s : keywords) kwc += (kwc.empty() ? "" : ",") + s;
        auto col = [](std::string c) {
          for (auto& ch : c)
            if (ch == '\t') ch = ' ';
          return c;
        };
        std::string line = col(p->GetString("name"));
        for (const std::string& c : {desc, date, version})
          if (!c.empty()) line += "\t" + col(c);
        out += line + "\t" + col(kwc) + "\n";
      } else {
        std::string m;
        for (auto& s : maint) m += (m.empty() ? "" : " ") + s;
        std::string publisher;
        if (const Json* pub = p->Get("publisher")) publisher = pub->GetString("username");
        out += p->GetString("name") + "\n";
        if (!desc.empty()) out += desc + "\n";
        out += "Version " + version + " published " + date + " by " + (publisher.empty() ? "???" : publisher) + "\n";
        out += "Maintainers: " + m + "\n";
        if (!kw.empty()) out += "Keywords: " + kw + "\n";
        out += "https://npm.im/" + p->GetString("name") + "\n\n";
      }
      any = true;
    }
  if (ctx.json) {
    out += any ? "]\n\n" : "\n[]\n\n";
  } else if (!any && !parseable) {
    out = "No matches found for";
    for (auto& w : args.positional) {
      std::string q;
      AppendJsonString(&q, w);
      out += " " + q;
    }
    out += "\n";
  }
  std::fputs(out.c_str(), stdout);
  return 0;
}

int CmdOwner(Context& ctx, const Args& args) {
  ctx.config.Set("npm-command", "owner");
  std::string sub = args.positional.empty() ? "" : args.positional[0];
  auto arg = [&](size_t i) { return args.positional.size() > i ? args.positional[i] : std::string(); };
  if (sub == "ls" || sub == "list") {
    std::string name;
    if (!OwnerPackage(ctx, args, arg(1), &name)) return 1;
    Json doc;
    PmError err;
    if (!GetJson(ctx, ctx.config.RegistryFor(name) + EscapeName(name), &doc, &err)) {
      std::fprintf(stderr, "nodus error owner ls Couldn't get owner data %s\n", name.c_str());
      return ReportError(err);
    }
    const Json* m = doc.Get("maintainers");
    if (!m || !m->IsArray() || m->items().empty()) {
      std::printf("no admin found\n");
      return 0;
    }
    for (auto& u : m->items()) std::printf("%s <%s>\n", u.GetString("name").c_str(), u.GetString("email").c_str());
    return 0;
  }
  if (sub != "add" && sub != "rm" && sub != "remove") return ReportError({"EUSAGE", kOwnerUsage});
  bool add = sub == "add";
  std::string user = arg(1), name;
  if (user.empty()) return ReportError({"EUSAGE", kOwnerUsage});
  if (!OwnerPackage(ctx, args, arg(2), &name)) return 1;
  std::string registry = ctx.config.RegistryFor(name);
  Json u;
  PmError err;
  if (!GetJson(ctx, registry + "-/user/org.couchdb.user:" + EncodeComponent(user), &u, &err)) {
    std::fprintf(stderr, "nodus error owner mutate Error getting user data for %s\n", user.c_str());
    return ReportError(err);
  }
  Json doc;
  if (!GetJson(ctx, registry + EscapeName(name) + "?write=true", &doc, &err)) return ReportError(err);
  Json who = Json::Object();
  who.Set("name", Json::String(u.GetString("name")));
  who.Set("email", Json::String(u.GetString("email")));
  Json owners = Json::Array();
  if (const Json* m = doc.Get("maintainers"); m && m->IsArray()) owners = *m;
  Json next = Json::Array();
  bool found = false;
  for (auto& o : owners.items()) {
    if (o.GetString("name") == who.GetString("name")) {
      found = true;
      if (!add) continue;
    }
    next.items_mut().push_back(o);
  }
  if (add && found) return 0;  // npm: "Already a package owner" (info level)
  if (!add && !found) return 0;  // npm: "Not a package owner" (info level)
  if (add) next.items_mut().push_back(who);
  if (!add && next.items().empty())
    return ReportError({"EOWNERRM", "Cannot remove all owners of a package. Add someone else first."});
  Json body = Json::Object();
  body.Set("_id", Json::String(doc.GetString("_id", name)));
  body.Set("_rev", Json::String(doc.GetString("_rev")));
  body.Set("maintainers", next);
  HttpResponse resp;
  std::string url = registry + EscapeName(name) + "/-rev/" + EncodeComponent(doc.GetString("_rev"));
  if (!RegistryRequest(ctx, "PUT", url, SerializeJson(body, 0), &resp, &err)) {
    std::string q;
    AppendJsonString(&q, err.message);
    return ReportError({"EOWNERMUTATE", "Failed to update package: " + q});
  }
  std::printf("%s %s (%s)\n", add ? "+" : "-", user.c_str(), name.c_str());
  return 0;
}

int CmdRoot(Context& ctx, const Args& args) {
  // With -g the project is <prefix>/lib (cli.cc), whose node_modules is the global root.
  std::printf("%s\n", JoinPath(ctx.project_dir, "node_modules").c_str());
  return 0;
}

int CmdPrefix(Context& ctx, const Args& args) {
  std::string p = args.Flag("global") ? GlobalPrefix(ctx.config.Get("prefix")) : ctx.project_dir;
  std::printf("%s\n", p.c_str());
  return 0;
}

int CmdShrinkwrap(Context& ctx, const Args& args) {
  if (args.Flag("global"))
    return ReportError({"ESHRINKWRAPGLOBAL", "`nodus shrinkwrap` does not work for global packages"});
  std::string sw = JoinPath(ctx.project_dir, "npm-shrinkwrap.json"), lock = JoinPath(ctx.project_dir, "package-lock.json");
  if (PathExists(sw)) {
    Notice(ctx, "npm-shrinkwrap.json up to date");
    return 0;
  }
  if (PathExists(lock)) {
    if (rename(lock.c_str(), sw.c_str()) != 0) return ReportError({"EACCES", "cannot rename " + lock});
    Notice(ctx, "package-lock.json has been renamed to npm-shrinkwrap.json");
    return 0;
  }
  // Neither: the lockfile of the tree (an install writes it; an installed tree is kept as is).
  Args install;
  install.command = "install";
  install.flags["silent"] = "true";
  bool silent = ctx.silent;
  ctx.silent = true;
  int rc = RunCommand(ctx, install);
  ctx.silent = silent;
  if (rc != 0) return rc;
  if (rename(lock.c_str(), sw.c_str()) != 0) return ReportError({"EACCES", "cannot write " + sw});
  Notice(ctx, "created a lockfile as npm-shrinkwrap.json");
  return 0;
}

int CmdInstallTest(Context& ctx, const Args& args) {
  bool ci = args.command == "install-ci-test" || args.command == "cit" || args.command == "clean-install-test" ||
            args.command == "sit";
  Args install = args;
  install.command = ci ? "ci" : "install";
  install.rest.clear();
  if (ci) install.positional.clear();
  int rc = RunCommand(ctx, install);
  if (rc != 0) return rc;
  Args test;
  test.command = "test";
  test.flags = args.flags;
  test.rest = args.rest;
  return RunCommand(ctx, test);
}

int CmdHelp(Context& ctx, const Args& args) {
  static const char* const kCommands[][2] = {
      {"access", "Set access level on published packages"}, {"adduser", "Add a registry user account"}, {"audit", "Run a security audit"}, {"bugs", "Report bugs for a package in a web browser"},
      {"cache", "Manipulates packages cache"}, {"ci", "Clean install a project"}, {"completion", "Tab Completion for nodus"},
      {"config", "Manage the nodus configuration files"}, {"dedupe", "Reduce duplication in the package tree"},
      {"deprecate", "Deprecate a version of a package"}, {"diff", "The registry diff command"}, {"dist-tag", "Modify package distribution tags"},
      {"docs", "Open documentation for a package in a web browser"}, {"doctor", "Check the health of your nodus environment"}, {"edit", "Edit an installed package"},
      {"exec", "Run a command from a local or remote npm package"}, {"explain", "Explain installed packages"}, {"explore", "Browse an installed package"},
      {"find-dupes", "Find duplication in the package tree"}, {"fund", "Retrieve funding information"}, {"help", "Get help on nodus"},
      {"init", "Create a package.json file"}, {"install", "Install a package"},
      {"install-ci-test", "Install a project with a clean slate and run tests"},
      {"install-test", "Install package(s) and run tests"}, {"link", "Symlink a package folder"},
      {"login", "Login to a registry user account"}, {"logout", "Log out of the registry"},
      {"ls", "List installed packages"}, {"outdated", "Check for outdated packages"},
      {"org", "Manage orgs"}, {"owner", "Manage package owners"}, {"pack", "Create a tarball from a package"},
      {"ping", "Ping npm registry"}, {"pkg", "Manages your package.json"}, {"prefix", "Display prefix"},
      {"prune", "Remove extraneous packages"}, {"publish", "Publish a package"}, {"query", "Retrieve a filtered list of packages"},
      {"rebuild", "Rebuild a package"}, {"repo", "Open package repository page in the browser"}, {"remove", "Remove a package"}, {"restart", "Restart a package"},
      {"root", "Display npm root"}, {"run", "Run arbitrary package scripts"}, {"sbom", "Generate a Software Bill of Materials (SBOM)"}, {"search", "Search for packages"},
      {"shrinkwrap", "Lock down dependency versions for publication"}, {"star", "Mark your favorite packages"}, {"stars", "View packages marked as favorites"},
      {"start", "Start a package"},
      {"stop", "Stop a package"}, {"team", "Manage organization teams and team memberships"}, {"test", "Test a package"}, {"token", "Manage your authentication tokens"}, {"uninstall", "Remove a package"},
      {"unlink", "Remove a symlink to a package folder"},
      {"unpublish", "Remove a package from the registry"},
      {"unstar", "Remove an item from your favorite packages"}, {"update", "Update packages"},
      {"version", "Bump a package version"}, {"view", "View registry info"}, {"whoami", "Display npm username"},
      {"why", "Explain installed packages"}, {"x", "Run a command from a local or remote npm package"}};
  if (!args.positional.empty()) {
    const std::string& w = args.positional[0];
    for (auto& c : kCommands)
      if (w == c[0]) {
        std::printf("nodus %s: %s\n\nnodus follows npm 11 here: see `npm help %s` for the options.\n", c[0], c[1], c[0]);
        return 0;
      }
    std::printf("No matches in help for: %s\n\n", w.c_str());
    return 0;
  }
  std::string out =
      "nodus <command>\n\nUsage:\n\n"
      "nodus install        install all the dependencies in your project\n"
      "nodus install <foo>  add the <foo> dependency to your project\n"
      "nodus test           run this project's tests\n"
      "nodus run <foo>      run the script named <foo>\n"
      "nodus help <term>    a line about <term>\n"
      "nodus <file.js>      run a script, as node does\n\nAll commands:\n\n";
  std::string line = "   ";
  for (size_t i = 0; i < sizeof kCommands / sizeof kCommands[0]; i++) {
    std::string word = std::string(" ") + kCommands[i][0] + (i + 1 < sizeof kCommands / sizeof kCommands[0] ? "," : "");
    if (line.size() + word.size() > 66) {
      out += line + "\n";
      line = "   ";
    }
    line += word;
  }
  out += line + "\n\nConfiguration: ~/.npmrc, the project's .npmrc, NPM_CONFIG_* variables, --key=value flags.\n";
  std::fputs(out.c_str(), stdout);
  return 0;
}

}  // namespace nodus::pm

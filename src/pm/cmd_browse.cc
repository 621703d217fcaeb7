// `docs`/`home`, `bugs`/`issues` and `repo` (no V8 here): a package's URL from its manifest
// (the project's package.json for no argument or a folder, else the registry's full document),
// as npm 11 finds it: homepage / bugs / repository, else hosted-git-info's templates for
// GitHub, GitLab, Bitbucket, gists and sourcehut, else the npmjs.com page. The URL is opened
// with --browser (xdg-open by default); with --browser=false, or when no opener can run, it is
// printed as npm prints it ("<name> docs available at the following URL:\n<url>").
#include <spawn.h>
#include <sys/wait.h>

#include <cstdio>

#include "pm/commands.h"
#include "pm/fs_util.h"
#include "pm/registry.h"
#include "pm/resolve.h"
#include "pm/semver.h"
#include "util/percent.h"

extern char** environ;

namespace nodus::pm {

namespace {

struct Hosted {
  std::string type;  // github, gitlab, bitbucket, gist, sourcehut
  std::string domain, user, project, committish;
};

// hosted-git-info's fromUrl for the forms package.json files use.
bool ParseHosted(std::string url, Hosted* h) {
  if (StartsWith(url, "git+")) url = url.substr(4);
  // "user/project" is GitHub shorthand.
  auto shorthand = [](const std::string& u) {
    size_t hash = u.find('#');
    std::string p = u.substr(0, hash);
    size_t slash = p.find('/');
    if (slash == std::string::npos || slash == 0 || p.find('/', slash + 1) != std::string::npos) return false;
    if (p[0] == '.' || p[0] == '-') return false;
    return p.find_first_of(":@% \t") == std::string::npos && slash + 1 < p.size();
  };
  if (shorthand(url)) url = "github:" + url;
  static const std::pair<const char*, const char*> kHosts[] = {{"github", "github.com"},
                                                               {"gitlab", "gitlab.com"},
                                                               {"bitbucket", "bitbucket.org"},
                                                               {"gist", "gist.github.com"},
                                                               {"sourcehut", "git.sr.ht"}};
  std::string frag;
  size_t hash = url.find('#');
  if (hash != std::string::npos) {
    frag = url.substr(hash + 1);
    url.resize(hash);
  }
  for (auto& [type, domain] : kHosts) {
    std::string pre = std::string(type) + ":";
    if (!StartsWith(url, pre)) continue;
    std::string rest = url.substr(pre.size());
    h->type = type;
    h->domain = domain;
    h->committish = frag;
    size_t slash = rest.find('/');
    if (h->type == "gist") {
      h->project = slash == std::string::npos ? rest : rest.substr(slash + 1);
      if (slash != std::string::npos) h->user = rest.substr(0, slash);
    } else {
      if (slash == std::string::npos) return false;
      h->user = rest.substr(0, slash);
      h->project = rest.substr(slash + 1);
    }
    if (EndsWith(h->project, ".git")) h->project.resize(h->project.size() - 4);
    return !h->project.empty() && (h->type == "gist" || !h->user.empty());
  }
  // scp-like "git@host:user/project.git"
  std::string proto, host, path;
  size_t sep = url.find("://");
  if (sep == std::string::npos) {
    size_t colon = url.find(':');
    if (colon == std::string::npos) return false;
    std::string left = url.substr(0, colon);
    host = left.substr(left.find('@') == std::string::npos ? 0 : left.find('@') + 1);
    proto = "ssh";
    path = "/" + url.substr(colon + 1);
  } else {
    proto = url.substr(0, sep);
    std::string rest = url.substr(sep + 3);
    size_t slash = rest.find('/');
    host = rest.substr(0, slash);
    path = slash == std::string::npos ? "" : rest.substr(slash);
    size_t at = host.rfind('@');
    if (at != std::string::npos) host = host.substr(at + 1);
    size_t port = host.find(':');
    if (port != std::string::npos) host.resize(port);
  }
  if (StartsWith(host, "www.")) host = host.substr(4);
  for (auto& ch : host) ch = static_cast<char>(tolower(ch));
  for (auto& [type, domain] : kHosts) {
    if (host != domain) continue;
    std::string t = type;
    bool git_ok = t == "github" || t == "gist";
    if (!(proto == "https" || proto == "ssh" || proto == "git+ssh" || proto == "git+https" ||
          (proto == "git" && git_ok) || (proto == "http" && t == "github")))
      return false;
    h->type = t;
    h->domain = domain;
    std::vector<std::string> seg = Split(path.empty() ? "" : path.substr(1), '/');
    auto strip = [](std::string p) { return EndsWith(p, ".git") ? p.substr(0, p.size() - 4) : p; };
    if (t == "github") {
      if (seg.size() < 2) return false;
      if (seg.size() > 2 && !seg[2].empty() && seg[2] != "tree") return false;
      h->user = seg[0];
      h->project = strip(seg[1]);
      h->committish = seg.size() > 3 ? seg[3] : frag;
    } else if (t == "gitlab") {
      if (path.find("/-/") != std::string::npos || path.find("/archive.tar.gz") != std::string::npos) return false;
      h->project = strip(seg.back());
      seg.pop_back();
      for (size_t i = 0; i < seg.size(); i++) h->user += (i ? "/" : "") + seg[i];
      h->committish = frag;
    } else if (t == "bitbucket") {
      if (seg.size() < 2 || (seg.size() > 2 && seg[2] == "get")) return false;
      h->user = seg[0];
      h->project = strip(seg[1]);
      h->committish = frag;
    } else if (t == "gist") {
      if (seg.size() > 2 && seg[2] == "raw") return false;
      if (seg.size() >= 2 && !seg[1].empty()) {
        h->user = seg[0];
        h->project = strip(seg[1]);
      } else {
        h->project = strip(seg.empty() ? "" : seg[0]);
      }
      h->committish = frag;
    } else {
      if (seg.size() < 2 || (seg.size() > 2 && seg[2] == "archive")) return false;
      h->user = seg[0];
      h->project = strip(seg[1]);
      h->committish = frag;
    }
    return !h->project.empty() && (t == "gist" || !h->user.empty());
  }
  return false;
}

std::string Enc(const std::string& s) { return EncodeComponent(s); }

std::string TreePath(const Hosted& h) { return h.type == "bitbucket" ? "src" : "tree"; }

std::string Base(const Hosted& h) {
  if (h.type == "gist") return "https://" + h.domain + "/" + Enc(h.project);
  return "https://" + h.domain + "/" + h.user + "/" + Enc(h.project);
}

std::string Docs(const Hosted& h) {
  if (h.type == "gist") return Base(h) + (h.committish.empty() ? "" : "/" + Enc(h.committish));
  if (h.type == "sourcehut") return Base(h) + (h.committish.empty() ? "" : "/tree/" + Enc(h.committish)) + "#readme";
  return Base(h) + (h.committish.empty() ? "" : "/" + TreePath(h) + "/" + Enc(h.committish)) + "#readme";
}

std::string Bugs(const Hosted& h) {
  if (h.type == "gist") return Base(h);
  if (h.type == "sourcehut") return "";
  return Base(h) + "/issues";
}

std::string Browse(const Hosted& h, const std::string& dir) {
  std::string c = h.committish;
  if (h.type == "gist") return Base(h) + (c.empty() ? "" : "/" + Enc(c));
  if (dir.empty()) return Base(h) + (c.empty() ? "" : "/" + TreePath(h) + "/" + Enc(c));
  std::string p = dir;
  while (StartsWith(p, "/")) p = p.substr(1);
  return Base(h) + "/" + TreePath(h) + "/" + Enc(c.empty() ? "HEAD" : c) + "/" + p;
}

std::string RepoUrl(const Json& m) {
  const Json* r = m.Get("repository");
  if (!r) return "";
  if (r->IsString()) return r->str();
  if (r->IsObject() && r->Get("url") && r->Get("url")->IsString()) return r->GetString("url");
  return "";
}

bool HostedOf(const Json& m, Hosted* h) {
  std::string u = RepoUrl(m);
  return !u.empty() && ParseHosted(u, h);
}

// npm repo's fallback for other hosts: https (or http for git+http) on the same host and path.
std::string UnknownHosted(const std::string& u) {
  size_t sep = u.find("://");
  if (sep == std::string::npos || sep == 0) return "";
  std::string proto = u.substr(0, sep), rest = u.substr(sep + 3);
  size_t slash = rest.find_first_of("/?#");
  std::string host = rest.substr(0, slash);
  size_t at = host.rfind('@');
  if (at != std::string::npos) host = host.substr(at + 1);
  size_t port = host.rfind(':');
  if (port != std::string::npos && host.find(']') == std::string::npos) host.resize(port);
  if (host.empty()) return "";
  std::string path = slash == std::string::npos || rest[slash] != '/' ? "/" : rest.substr(slash);
  size_t q = path.find_first_of("?#");
  if (q != std::string::npos) path.resize(q);
  if (EndsWith(path, ".git")) path.resize(path.size() - 4);
  for (auto& ch : host) ch = static_cast<char>(tolower(ch));
  return std::string(EndsWith(proto, "http") && StartsWith(proto, "git+") ? "http:" : "https:") + "//" + host + path;
}

}  // namespace

// name@spec's manifest from the registry's document (spec "": the configured tag), with npm's
// E404 and ETARGET errors.
bool RegistryManifest(Context& ctx, const std::string& name, const std::string& spec, Json* m, PmError* err) {
  std::string url = ctx.config.RegistryFor(name) + EscapeName(name);
  HttpResponse resp;
  if (!RegistryRequest(ctx, "GET", url, "", &resp, err)) {
    *err = NotFoundError(*err, name + "@" + (spec.empty() ? "*" : spec));
    return false;
  }
  Packument p;
  JsonError je;
  if (!p.Parse(std::make_shared<const std::string>(std::move(resp.body)), &je)) {
    *err = {"EJSONPARSE", "invalid JSON from " + url};
    return false;
  }
  std::string want = spec.empty() ? ctx.config.Get("tag", "latest") : spec;
  bool is_tag = semver::ClassifyRegistrySpec(want) == semver::RegistrySpecType::kTag;
  std::string v = Resolver::PickVersion(p, want, is_tag, nullptr);
  const Json* vm = v.empty() ? nullptr : p.Version(v);
  if (!vm) {
    *err = {"ETARGET", "notarget No matching version found for " + name + "@" + want + ".\nnotarget In most cases you or one of your dependencies are requesting a package version that doesn't exist."};
    return false;
  }
  *m = *vm;
  return true;
}

namespace {

// The manifest of an argument: a folder's package.json, or the registry's full document's
// version for name@spec.
bool ManifestOf(Context& ctx, const std::string& arg, Json* m) {
  bool dir = arg == "." || arg == ".." || StartsWith(arg, "./") || StartsWith(arg, "../") || StartsWith(arg, "/") ||
             StartsWith(arg, "file:") || StartsWith(arg, "~/");
  if (dir) {
    std::string p = StartsWith(arg, "file:") ? arg.substr(5) : arg;
    std::string abs = p[0] == '/' ? p : JoinPath(ctx.cwd, p);
    if (arg == ".") abs = ctx.project_dir;
    PmError err;
    if (!ReadPackageJsonFile(abs + "/package.json", m, &err)) {
      ReportError(err);
      return false;
    }
    return true;
  }
  std::string name, spec;
  SplitSpec(arg, &name, &spec);
  PmError err;
  if (!RegistryManifest(ctx, name, spec, m, &err)) {
    ReportError(err);
    return false;
  }
  return true;
}

// encodeURI's unescaped set.
std::string EncodeUri(const std::string& s) { return PercentEncode(s, "-_.!~*'();/?:@&=+$,#"); }

bool Open(Context& ctx, const std::string& url, const std::string& title) {
  std::string browser = ctx.config.Get("browser", "true");
  auto print = [&]() {
    if (ctx.json) {
      Json o = Json::Object();
      o.Set("title", Json::String(title));
      o.Set("url", Json::String(url));
      std::printf("%s\n", SerializeJson(o, 2).c_str());
    } else {
      std::printf("%s:\n%s\n", title.c_str(), url.c_str());
    }
    return true;
  };
  if (browser == "false") return print();
  if (!StartsWith(url, "http://") && !StartsWith(url, "https://")) {
    ReportError({"", "Invalid URL: " + url});
    return false;
  }
  std::string cmd = browser == "true" ? "xdg-open" : browser;
  std::fflush(stdout);
  pid_t pid;
  std::vector<char*> argv = {const_cast<char*>(cmd.c_str()), const_cast<char*>(url.c_str()), nullptr};
  if (posix_spawnp(&pid, cmd.c_str(), nullptr, nullptr, argv.data(), environ) != 0) return print();
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) return print();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    ReportError({"", "command failed\ncommand " + cmd + " " + url});
    return false;
  }
  return true;
}

}  // namespace

int CmdBrowse(Context& ctx, const Args& args) {
  std::string kind = args.command;
  if (kind == "home") kind = "docs";
  if (kind == "issues") kind = "bugs";
  ctx.config.Set("npm-command", kind);
  std::vector<std::string> list = args.positional;
  if (list.empty()) list.push_back(".");
  for (auto& arg : list) {
    Json m;
    if (!ManifestOf(ctx, arg, &m)) return 1;
    std::string name = m.GetString("name");
    Hosted h;
    bool hosted = HostedOf(m, &h);
    std::string url;
    if (kind == "docs") {
      url = m.GetString("homepage");
      if (url.empty() && hosted) url = Docs(h);
    } else if (kind == "bugs") {
      if (const Json* b = m.Get("bugs")) {
        if (b->IsString()) url = b->str();
        else if (b->IsObject() && !b->GetString("url").empty()) url = b->GetString("url");
        else if (b->IsObject() && !b->GetString("email").empty()) url = "mailto:" + b->GetString("email");
      }
      if (url.empty() && hosted) url = Bugs(h);
    } else {
      std::string r = RepoUrl(m);
      if (r.empty()) return ReportError({"", "no repository"});
      const Json* rep = m.Get("repository");
      std::string dir = rep->IsObject() ? rep->GetString("directory") : "";
      url = hosted ? Browse(h, dir) : UnknownHosted(r);
      if (url.empty()) return ReportError({"", "no repository: could not get url"});
    }
    if (url.empty()) url = "https://www.npmjs.com/package/" + name;
    if (!Open(ctx, EncodeUri(url), name + " " + kind + " available at the following URL")) return 1;
  }
  return 0;
}

}  // namespace nodus::pm

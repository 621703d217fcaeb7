// Registry account and metadata commands: `whoami`, `dist-tag ls/add/rm`, `deprecate`
// (no V8 here).
#include <cstdio>

#include "pm/commands.h"
#include "pm/dep_spec.h"
#include "pm/fs_util.h"
#include "pm/semver.h"

namespace nodus::pm {

void AddRegistryHeaders(const Config& cfg, const std::string& command, HttpRequest* req) {
  req->headers.push_back("npm-command: " + command);
  std::string auth = cfg.AuthFor(req->url);
  if (!auth.empty()) req->headers.push_back("Authorization: " + auth);
  if (cfg.Has("otp")) req->headers.push_back("npm-otp: " + cfg.Get("otp"));
}

bool RegistryRequest(Context& ctx, const std::string& method, const std::string& url, const std::string& body,
                     HttpResponse* resp, PmError* err, const std::vector<std::string>& extra_headers) {
  HttpRequest req;
  req.method = method;
  req.url = url;
  req.body = body;
  req.headers.push_back("Accept: application/json");
  if (!body.empty()) req.headers.push_back("Content-Type: application/json");
  bool own_auth = false;
  for (auto& h : extra_headers) {
    req.headers.push_back(h);
    own_auth = own_auth || StartsWith(h, "Authorization:");
  }
  if (own_auth) {
    req.headers.push_back("npm-command: " + ctx.config.Get("npm-command", "nodus"));
  } else {
    AddRegistryHeaders(ctx.config, ctx.config.Get("npm-command", "nodus"), &req);
  }
  *resp = ctx.registry->Fetch(req);
  if (resp->status == 0) {
    *err = {"ENETWORK", "request to " + url + " failed: " + resp->error};
    return false;
  }
  if (resp->status >= 200 && resp->status < 300) return true;
  std::string msg;
  Json j;
  JsonError je;
  if (ParseJson(resp->body, &j, &je) && j.IsObject()) msg = j.GetString("error", j.GetString("reason", j.GetString("message")));
  std::string status = std::to_string(resp->status);
  static const std::pair<long, const char*> kReasons[] = {
      {400, "Bad Request"}, {401, "Unauthorized"}, {402, "Payment Required"}, {403, "Forbidden"},
      {404, "Not Found"}, {405, "Method Not Allowed"}, {409, "Conflict"}, {410, "Gone"},
      {422, "Unprocessable Entity"}, {429, "Too Many Requests"}, {500, "Internal Server Error"},
      {501, "Not Implemented"}, {502, "Bad Gateway"}, {503, "Service Unavailable"}, {504, "Gateway Timeout"}};
  std::string reason;
  for (auto& [code, text] : kReasons)
    if (code == resp->status) reason = text;
  std::string text = status + " " + reason + " - " + method + " " + url + (msg.empty() ? "" : " - " + msg);
  *err = {"E" + status, text};
  return false;
}

namespace {

PmError NeedAuth(const std::string& registry) {
  return {"ENEEDAUTH", "This command requires you to be logged in to " + registry +
                           "\nYou need to authorize this machine using `nodus adduser`"};
}

// The package name of an argument, or of the project when there is none.
bool NameAndSpec(Context& ctx, const std::string& arg, std::string* name, std::string* spec) {
  if (arg.empty()) {
    Json pkg;
    if (!LoadProject(ctx, &pkg, false)) return false;
    *name = pkg.GetString("name");
    if (name->empty()) {
      ReportError({"EUSAGE", "this command needs a package name (the project's package.json has none)"});
      return false;
    }
    return true;
  }
  std::string perr;
  if (!ParseInstallArg(arg, ctx.cwd, name, spec, &perr) || name->empty()) {
    ReportError({"EUSAGE", "invalid package spec: " + arg});
    return false;
  }
  DepSpec d = ParseDepSpec(*name, *spec);
  *spec = d.range;
  return true;
}

bool FetchTags(Context& ctx, const std::string& name, Json* tags) {
  std::string url = ctx.config.RegistryFor(name) + "-/package/" + EscapeName(name) + "/dist-tags";
  HttpResponse resp;
  PmError err;
  if (!RegistryRequest(ctx, "GET", url, "", &resp, &err)) {
    ReportError(err);
    return false;
  }
  JsonError je;
  if (!ParseJson(resp.body, tags, &je) || !tags->IsObject()) {
    ReportError({"EJSONPARSE", "invalid JSON from " + url});
    return false;
  }
  return true;
}

const char kDistTagUsage[] =
    "Modify package distribution tags\n\nUsage:\nnodus dist-tag add <package-spec (with version)> [<tag>]\n"
    "nodus dist-tag rm <package-spec> <tag>\nnodus dist-tag ls [<package-spec>]";

}  // namespace

int CmdWhoami(Context& ctx, const Args& args) {
  std::string registry = ctx.config.RegistryFor("");
  std::string url = registry + "-/whoami";
  if (ctx.config.AuthFor(url).empty()) return ReportError(NeedAuth(registry));
  HttpResponse resp;
  PmError err;
  if (!RegistryRequest(ctx, "GET", url, "", &resp, &err)) {
    if (err.code == "E401") return ReportError(NeedAuth(registry));
    return ReportError(err);
  }
  Json j;
  JsonError je;
  if (!ParseJson(resp.body, &j, &je) || j.GetString("username").empty()) return ReportError(NeedAuth(registry));
  std::string user = j.GetString("username");
  if (ctx.json) {
    std::string out;
    AppendJsonString(&out, user);
    std::printf("%s\n", out.c_str());
  } else {
    std::printf("%s\n", user.c_str());
  }
  return 0;
}

int CmdDistTag(Context& ctx, const Args& args) {
  std::string sub = args.positional.empty() ? "ls" : args.positional[0];
  std::vector<std::string> rest(args.positional.begin() + (args.positional.empty() ? 0 : 1), args.positional.end());
  if (sub == "ls" || sub == "list") {
    std::string name, spec;
    if (!NameAndSpec(ctx, rest.empty() ? "" : rest[0], &name, &spec)) return 1;
    Json tags;
    if (!FetchTags(ctx, name, &tags)) return 1;
    // (npm prints these lines with --json too.)
    std::vector<std::string> lines;
    for (auto& [k, v] : tags.members()) lines.push_back(k + ": " + v.str());
    std::sort(lines.begin(), lines.end());
    for (auto& l : lines) std::printf("%s\n", l.c_str());
    return 0;
  }
  if (sub == "add" || sub == "set") {
    if (rest.empty()) return ReportError({"EUSAGE", kDistTagUsage});
    std::string name, spec;
    if (!NameAndSpec(ctx, rest[0], &name, &spec)) return 1;
    std::string tag = rest.size() > 1 ? rest[1] : ctx.config.Get("tag", "latest");
    if (semver::ValidRange(tag)) return ReportError({"", "Tag name must not be a valid SemVer range: " + tag});
    std::string version = spec;
    if (!semver::Valid(version)) {
      // A range or tag: the version it picks (npm-pick-manifest).
      PmError err;
      const Packument* p = ctx.registry->Get(name, &err);
      if (!p) return ReportError(err);
      std::string want = spec.empty() ? "latest" : spec;
      version = p->Tag(want);
      if (version.empty()) {
        std::vector<std::string> vs = p->versions;
        semver::Sort(vs);
        for (auto it = vs.rbegin(); it != vs.rend() && version.empty(); ++it)
          if (semver::Satisfies(*it, want)) version = *it;
      }
      if (version.empty()) return ReportError({"", "dist-tag add: no version of " + name + " matches " + want});
    }
    Json tags;
    if (!FetchTags(ctx, name, &tags)) return 1;
    if (tags.GetString(tag) == version) {
      std::fprintf(stderr, "nodus warn dist-tag add %s is already set to version %s\n", tag.c_str(), version.c_str());
      return 0;
    }
    std::string url = ctx.config.RegistryFor(name) + "-/package/" + EscapeName(name) + "/dist-tags/" + tag;
    std::string body;
    AppendJsonString(&body, version);
    HttpResponse resp;
    PmError err;
    if (!RegistryRequest(ctx, "PUT", url, body, &resp, &err)) return ReportError(err);
    std::printf("+%s: %s@%s\n", tag.c_str(), name.c_str(), version.c_str());
    return 0;
  }
  if (sub == "rm" || sub == "remove" || sub == "del") {
    if (rest.size() < 2) return ReportError({"EUSAGE", kDistTagUsage});
    std::string name, spec;
    if (!NameAndSpec(ctx, rest[0], &name, &spec)) return 1;
    const std::string& tag = rest[1];
    Json tags;
    if (!FetchTags(ctx, name, &tags)) return 1;
    if (!tags.Get(tag)) return ReportError({"", tag + " is not a dist-tag on " + name});
    std::string version = tags.GetString(tag);
    std::string url = ctx.config.RegistryFor(name) + "-/package/" + EscapeName(name) + "/dist-tags/" + tag;
    HttpResponse resp;
    PmError err;
    if (!RegistryRequest(ctx, "DELETE", url, "", &resp, &err)) return ReportError(err);
    std::printf("-%s: %s@%s\n", tag.c_str(), name.c_str(), version.c_str());
    return 0;
  }
  return ReportError({"EUSAGE", kDistTagUsage});
}

int CmdDeprecate(Context& ctx, const Args& args) {
  if (args.positional.size() < 2)
    return ReportError({"EUSAGE", "Deprecate a version of a package\n\nUsage:\nnodus deprecate <package-spec> <message>"});
  std::string name, spec;
  if (!NameAndSpec(ctx, args.positional[0], &name, &spec)) return 1;
  const std::string& message = args.positional[1];
  std::string registry = ctx.config.RegistryFor(name);
  std::string url = registry + EscapeName(name);
  if (ctx.config.AuthFor(url).empty()) return ReportError(NeedAuth(registry));
  HttpResponse resp;
  PmError err;
  if (!RegistryRequest(ctx, "GET", url + "?write=true", "", &resp, &err)) return ReportError(err);
  Json doc;
  JsonError je;
  if (!ParseJson(resp.body, &doc, &je) || !doc.IsObject()) return ReportError({"EJSONPARSE", "invalid JSON from " + url});
  Json* versions = doc.GetMut("versions");
  std::string range = spec.empty() ? "*" : spec;
  size_t n = 0;
  if (versions && versions->IsObject())
    for (auto& [v, m] : versions->members_mut())
      if (m.IsObject() && semver::Satisfies(v, range, {false, true})) {
        m.Set("deprecated", Json::String(message));
        n++;
      }
  if (!n) return 0;  // npm 11: nothing matches, nothing to do (no error)
  if (!RegistryRequest(ctx, "PUT", url, SerializeJson(doc, 0), &resp, &err)) return ReportError(err);
  return 0;
}

}  // namespace nodus::pm

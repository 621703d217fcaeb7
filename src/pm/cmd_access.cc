// Registry account commands (no V8 here), as npm 11 does them: `access` (list packages /
// collaborators, get/set status, set mfa, grant/revoke team permissions), `token`
// (list/revoke/create on /-/npm/v1/tokens), `star`/`unstar` (the packument's `users`) and
// `stars` (/-/_view/starredByUser).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "pm/commands.h"
#include "pm/fs_util.h"

namespace nodus::pm {

namespace {

// A registry path ("/-/...") on the registry for `name` (npm-registry-fetch's join).
std::string RegUrl(Context& ctx, const std::string& path, const std::string& name = "") {
  std::string r = ctx.config.RegistryFor(name);
  return r + (StartsWith(path, "/") ? path.substr(1) : path);
}

// npm's usage error: the reason, then the command's usage.
int UsageError(const std::string& why, const std::string& usage) {
  return ReportError({"EUSAGE", (why.empty() ? "" : "\n" + why + "\n") + "\n" + usage});
}

void PrintJson(const Json& v) { std::printf("%s\n", SerializeJson(v, 2).c_str()); }

}  // namespace

bool LocaleLess(const std::string& a, const std::string& b) {
  // Primary weights: ICU's order for the ASCII punctuation npm names and paths use, then digits,
  // then letters without case.
  static const char kPunct[] = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
  auto weight = [](unsigned char c) -> int {
    if (const char* p = c ? std::strchr(kPunct, c) : nullptr) return 1 + static_cast<int>(p - kPunct);
    if (std::isdigit(c)) return 100 + (c - '0');
    if (std::isalpha(c)) return 200 + std::tolower(c);
    return 400 + c;
  };
  size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; i++) {
    int wa = weight(static_cast<unsigned char>(a[i])), wb = weight(static_cast<unsigned char>(b[i]));
    if (wa != wb) return wa < wb;
  }
  if (a.size() != b.size()) return a.size() < b.size();
  for (size_t i = 0; i < n; i++)
    if (a[i] != b[i]) return std::islower(static_cast<unsigned char>(a[i])) != 0;  // lower case first
  return false;
}

// npm's get-identity: the configured username, else /-/whoami with the token.
bool GetIdentity(Context& ctx, const std::string& registry, std::string* user) {
  std::string nerf = registry.substr(registry.find("//") == std::string::npos ? 0 : registry.find("//"));
  if (ctx.config.Has(nerf + ":username")) {
    *user = ctx.config.Get(nerf + ":username");
    return true;
  }
  if (!ctx.config.AuthFor(registry).empty()) {
    Json j;
    PmError err;
    if (!GetJson(ctx, registry + "-/whoami", &j, &err, false)) {
      ReportError(RegistryAuthError(err));
      return false;
    }
    if (j.IsObject() && j.Get("username") && j.Get("username")->IsString()) {
      *user = j.GetString("username");
      return true;
    }
  }
  ReportError({"ENEEDAUTH", "need auth This command requires you to be logged in.\n"
                            "need auth You need to authorize this machine using `nodus adduser`"});
  return false;
}

namespace {

const char kAccessUsage[] =
    "Set access level on published packages\n\nUsage:\n"
    "nodus access list packages [<user>|<scope>|<scope:team>] [<package>]\n"
    "nodus access list collaborators [<package> [<user>]]\nnodus access get status [<package>]\n"
    "nodus access set status=public|private [<package>]\nnodus access set mfa=none|publish|automation [<package>]\n"
    "nodus access grant <read-only|read-write> <scope:team> [<package>]\nnodus access revoke <scope:team> [<package>]\n\n"
    "Options:\n[--json] [--otp <otp>] [--registry <registry>]\n\nRun \"nodus help access\" for more info";

// The package a subcommand works on: the argument, else the project's name.
bool AccessPackage(Context& ctx, const std::string& arg, bool need_scope, std::string* name) {
  *name = arg;
  if (name->empty()) {
    std::string path = ctx.project_dir + "/package.json";
    if (!PathExists(path)) {
      ReportError({"ENOENT", "enoent no package name given and no package.json found"});  // npm's "enoent" prefix
      return false;
    }
    Json pkg;
    PmError err;
    if (!ReadPackageJsonFile(path, &pkg, &err)) {
      ReportError(err);
      return false;
    }
    *name = pkg.GetString("name");
  }
  if (need_scope && (*name)[0] != '@') {
    UsageError("This command is only available for scoped packages.", kAccessUsage);
    return false;
  }
  return true;
}

// "@scope:team" -> scope, team (each encodeURIComponent'd).
void ParseTeam(const std::string& st, std::string* scope, std::string* team) {
  std::string s = StartsWith(st, "@") ? st.substr(1) : st;
  size_t colon = s.find(':');
  *scope = EncodeComponent(s.substr(0, colon));
  *team = colon == std::string::npos ? "" : EncodeComponent(s.substr(colon + 1, s.find(':', colon + 1) - colon - 1));
}

int AccessOutput(Context& ctx, const Json& items, const std::string& limiter) {
  Json out = Json::Object();
  if (items.IsObject())
    for (auto& [k, v] : items.members()) {
      if (v.IsString() && v.str() == "read") out.Set(k, Json::String("read-only"));
      else if (v.IsString() && v.str() == "write") out.Set(k, Json::String("read-write"));
      else out.Set(k, v);
    }
  if (ctx.json) {
    PrintJson(out);
    return 0;
  }
  std::vector<std::string> keys;
  for (auto& [k, v] : out.members()) keys.push_back(k);
  std::sort(keys.begin(), keys.end(), LocaleLess);
  for (auto& k : keys)
    if (limiter.empty() || limiter == k) {
      const Json* v = out.Get(k);
      std::printf("%s: %s\n", k.c_str(), v->IsString() ? v->str().c_str() : SerializeJson(*v, 0).c_str());
    }
  return 0;
}

int GetStatus(Context& ctx, const std::string& name) {
  Json vis;
  PmError err;
  if (!GetJson(ctx, RegUrl(ctx, "/-/package/" + EscapeName(name) + "/visibility", name), &vis, &err, false))
    return ReportError(RegistryAuthError(err));
  const Json* pub = vis.IsObject() ? vis.Get("public") : nullptr;
  bool is_public = pub && ((pub->IsBool() && pub->boolean()) || (pub->IsString() && !pub->str().empty()) ||
                           (pub->IsNumber() && pub->number() != 0));
  Json o = Json::Object();
  o.Set(name, Json::String(is_public ? "public" : "private"));
  return AccessOutput(ctx, o, "");
}

bool Send(Context& ctx, const std::string& method, const std::string& url, const Json& body) {
  HttpResponse resp;
  PmError err;
  if (!RegistryRequest(ctx, method, url, SerializeJson(body, 0), &resp, &err)) {
    ReportError(RegistryAuthError(err));
    return false;
  }
  return true;
}

}  // namespace

int CmdAccess(Context& ctx, const Args& args) {
  ctx.config.Set("npm-command", "access");
  const auto& p = args.positional;
  std::string cmd = p.size() > 0 ? p[0] : "", sub = p.size() > 1 ? p[1] : "";
  std::string a0 = p.size() > 2 ? p[2] : "", a1 = p.size() > 3 ? p[3] : "";
  static const char* const kCmds[] = {"get", "grant", "list", "revoke", "set"};
  if (cmd.empty()) return UsageError("", kAccessUsage);
  if (std::find_if(std::begin(kCmds), std::end(kCmds), [&](const char* c) { return cmd == c; }) == std::end(kCmds))
    return UsageError(cmd + " is not a valid access command", kAccessUsage);
  if (sub.empty()) return UsageError("", kAccessUsage);
  if (cmd == "grant") {
    if (sub != "read-only" && sub != "read-write")
      return UsageError("grant must be either `read-only` or `read-write`", kAccessUsage);
    if (a0.empty()) return UsageError("`<scope:team>` argument is required", kAccessUsage);
    if (a1.empty()) return ReportError({"", "must use package name only"});
    std::string scope, team;
    ParseTeam(a0, &scope, &team);
    if (scope.empty() || team.empty()) return ReportError({"", "team must be in format `scope:team`"});
    Json body = Json::Object();
    body.Set("package", Json::String(a1));
    body.Set("permissions", Json::String(sub));
    return Send(ctx, "PUT", RegUrl(ctx, "/-/team/" + scope + "/" + team + "/package", "@" + scope + "/x"), body) ? 0 : 1;
  }
  if (cmd == "revoke") {
    if (a0.empty()) return ReportError({"", "must use package name only"});
    std::string scope, team;
    ParseTeam(sub, &scope, &team);
    Json body = Json::Object();
    body.Set("package", Json::String(a0));
    return Send(ctx, "DELETE", RegUrl(ctx, "/-/team/" + scope + "/" + team + "/package", "@" + scope + "/x"), body) ? 0
                                                                                                                   : 1;
  }
  if (cmd == "list") {
    if (sub == "packages") {
      std::string owner = a0;
      if (owner.empty() && !GetIdentity(ctx, ctx.config.RegistryFor(""), &owner)) return 1;
      std::string scope, team;
      ParseTeam(owner, &scope, &team);
      Json pkgs;
      PmError err;
      std::string url = RegUrl(ctx, team.empty() ? "/-/org/" + scope + "/package" : "/-/team/" + scope + "/" + team + "/package");
      if (!GetJson(ctx, url, &pkgs, &err, false)) {
        if (err.code != "E404") return ReportError(RegistryAuthError(err));
        if (!GetJson(ctx, RegUrl(ctx, "/-/user/" + scope + "/package"), &pkgs, &err, false))
          return ReportError(RegistryAuthError(err));
      }
      return AccessOutput(ctx, pkgs, a1);
    }
    if (sub == "collaborators") {
      std::string name;
      if (!AccessPackage(ctx, a0, false, &name)) return 1;
      Json collabs;
      PmError err;
      if (!GetJson(ctx, RegUrl(ctx, "/-/package/" + EscapeName(name) + "/collaborators", name), &collabs, &err, false))
        return ReportError(RegistryAuthError(err));
      return AccessOutput(ctx, collabs, a1);
    }
    return UsageError("list " + sub + " is not a valid access command", kAccessUsage);
  }
  if (cmd == "get") {
    if (sub != "status") return UsageError("get " + sub + " is not a valid access command", kAccessUsage);
    std::string name;
    if (!AccessPackage(ctx, a0, false, &name)) return 1;
    return GetStatus(ctx, name);
  }
  // set
  static const char* const kSet[] = {"status=public", "status=private", "mfa=none", "mfa=publish", "mfa=automation",
                                     "2fa=none", "2fa=publish", "2fa=automation"};
  if (std::find_if(std::begin(kSet), std::end(kSet), [&](const char* c) { return sub == c; }) == std::end(kSet))
    return UsageError("set " + sub + " is not a valid access command", kAccessUsage);
  std::string key = sub.substr(0, sub.find('=')), val = sub.substr(sub.find('=') + 1);
  std::string name;
  if (!AccessPackage(ctx, a0, key == "status", &name)) return 1;
  std::string url = RegUrl(ctx, "/-/package/" + EscapeName(name) + "/access", name);
  Json body = Json::Object();
  if (key == "status") {
    body.Set("access", Json::String(val == "private" ? "restricted" : val));
    if (!Send(ctx, "POST", url, body)) return 1;
    return GetStatus(ctx, name);
  }
  body.Set("publish_requires_tfa", Json::Bool(val != "none"));
  if (val != "none") body.Set("automation_token_overrides_tfa", Json::Bool(val == "automation"));
  return Send(ctx, "POST", url, body) ? 0 : 1;
}

namespace {

const char kTokenUsage[] =
    "Manage your authentication tokens\n\nUsage:\nnodus token list\nnodus token revoke <id|token>\nnodus token create\n\n"
    "Options:\n[--name <name>] [--token-description <token-description>] [--expires <expires>]\n"
    "[--packages <packages> [--packages <packages> ...]] [--packages-all]\n"
    "[--scopes <scopes> [--scopes <scopes> ...]] [--orgs <orgs> [--orgs <orgs> ...]]\n"
    "[--packages-and-scopes-permission <read-only|read-write|no-access>]\n"
    "[--orgs-permission <read-only|read-write|no-access>]\n[--cidr <cidr> [--cidr <cidr> ...]] [--bypass-2fa]\n"
    "[--password <password>] [--registry <registry>] [--otp <otp>] [--read-only]\n\n"
    "Run \"nodus help token\" for more info";

bool ListTokens(Context& ctx, std::vector<Json>* tokens) {
  std::string url = RegUrl(ctx, "/-/npm/v1/tokens");
  while (!url.empty()) {
    Json page;
    PmError err;
    if (!GetJson(ctx, url, &page, &err, false)) {
      ReportError(RegistryAuthError(err));
      return false;
    }
    if (const Json* objs = page.Get("objects"); objs && objs->IsArray())
      for (auto& t : objs->items()) tokens->push_back(t);
    url.clear();
    if (const Json* urls = page.Get("urls"); urls && urls->IsObject()) {
      std::string next = urls->GetString("next");
      if (!next.empty()) url = StartsWith(next, "http") ? next : RegUrl(ctx, next);
    }
  }
  // Each token's id: the shortest prefix of its key (at least 6) no other key shares.
  for (auto& t : *tokens) {
    std::string key = t.GetString("key"), id = key;
    for (size_t n = 6; n < key.size(); n++) {
      bool shared = false;
      for (auto& o : *tokens) shared = shared || (&o != &t && o.GetString("key").substr(0, n) == key.substr(0, n));
      if (!shared) {
        id = key.substr(0, n);
        break;
      }
    }
    t.Set("id", Json::String(id));
  }
  return true;
}

std::string Str(const Json* v) {
  if (!v || v->IsNull()) return v ? "null" : "undefined";
  if (v->IsString() || v->IsNumber()) return v->str();
  if (v->IsBool()) return v->boolean() ? "true" : "false";
  if (v->IsArray()) {
    std::string s;
    for (size_t i = 0; i < v->items().size(); i++) s += (i ? "," : "") + Str(&v->items()[i]);
    return s;
  }
  return "[object Object]";
}

// An Array.join element: null and undefined are empty.
std::string JoinStr(const Json* v) { return !v || v->IsNull() ? "" : Str(v); }

bool ValidCidrV4(const std::string& c) {
  size_t slash = c.find('/');
  if (slash == std::string::npos) return false;
  std::vector<std::string> parts = Split(c.substr(0, slash), '.');
  if (parts.size() != 4) return false;
  for (auto& p : parts) {
    if (p.empty() || p.size() > 3 || p.find_first_not_of("0123456789") != std::string::npos || std::stoi(p) > 255)
      return false;
  }
  std::string bits = c.substr(slash + 1);
  return !bits.empty() && bits.size() <= 2 && bits.find_first_not_of("0123456789") == std::string::npos &&
         std::stoi(bits) <= 32;
}

}  // namespace

int CmdToken(Context& ctx, const Args& args) {
  ctx.config.Set("npm-command", "token");
  const auto& p = args.positional;
  std::string sub = p.empty() ? "list" : p[0];
  bool parseable = ctx.config.GetBool("parseable", false);
  if (sub == "list" || sub == "ls") {
    std::vector<Json> tokens;
    if (!ListTokens(ctx, &tokens)) return 1;
    if (ctx.json) {
      Json arr = Json::Array();
      for (auto& t : tokens) arr.Push(t);
      PrintJson(arr);
      return 0;
    }
    if (parseable) {
      std::printf("key\ttoken\tid\tname\tcreated\treadonly\tCIDR whitelist\n");
      for (auto& t : tokens) {
        const Json* ro = t.Get("readonly");
        const Json* cidr = t.Get("cidr_whitelist");
        bool truthy = ro && ((ro->IsBool() && ro->boolean()) || (ro->IsString() && !ro->str().empty()));
        std::printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\n", JoinStr(t.Get("key")).c_str(), JoinStr(t.Get("token")).c_str(),
                    JoinStr(t.Get("id")).c_str(), JoinStr(t.Get("name")).c_str(), JoinStr(t.Get("created")).c_str(),
                    truthy ? "true" : "false", cidr && !cidr->IsNull() ? Str(cidr).c_str() : "");
      }
      return 0;
    }
    for (auto& t : tokens) {
      std::string created = Str(t.Get("created")).substr(0, 10);
      std::printf("Token %s\u2026 with id %s name %s created %s\n", Str(t.Get("token")).c_str(), Str(t.Get("id")).c_str(),
                  Str(t.Get("name")).c_str(), created.c_str());
      if (const Json* cidr = t.Get("cidr_whitelist"); cidr && !cidr->IsNull())
        std::printf("with IP whitelist: %s\n", Str(cidr).c_str());
      std::printf("\n");
    }
    return 0;
  }
  if (sub == "rm" || sub == "delete" || sub == "revoke" || sub == "remove") {
    if (p.size() < 2) return UsageError("`<tokenKey>` argument is required.", kTokenUsage);
    std::vector<Json> tokens;
    if (!ListTokens(ctx, &tokens)) return 1;
    std::vector<std::string> remove;
    for (size_t i = 1; i < p.size(); i++) {
      const std::string& id = p[i];
      std::vector<std::string> matches;
      for (auto& t : tokens)
        if (StartsWith(t.GetString("key"), id)) matches.push_back(t.GetString("key"));
      if (matches.size() == 1) {
        remove.push_back(matches[0]);
      } else if (matches.size() > 1) {
        return ReportError({"", "Token ID \"" + id +
                                    "\" was ambiguous, a new token may have been created since you last ran `nodus "
                                    "token list`."});
      } else {
        bool value = false;
        for (auto& t : tokens) value = value || StartsWith(id, t.GetString("token"));
        if (!value) return ReportError({"", "Unknown token id or value \"" + id + "\"."});
        remove.push_back(id);
      }
    }
    for (auto& key : remove) {
      HttpResponse resp;
      PmError err;
      if (!RegistryRequest(ctx, "DELETE", RegUrl(ctx, "/-/npm/v1/tokens/token/" + key), "", &resp, &err))
        return ReportError(RegistryAuthError(err));
    }
    if (ctx.json) {
      Json arr = Json::Array();
      for (auto& k : remove) arr.Push(Json::String(k));
      PrintJson(arr);
    } else if (parseable) {
      std::string line;
      for (size_t i = 0; i < remove.size(); i++) line += (i ? "\t" : "") + remove[i];
      std::printf("%s\n", line.c_str());
    } else {
      std::printf("Removed %zu token%s\n", remove.size(), remove.size() != 1 ? "s" : "");
    }
    return 0;
  }
  if (sub == "create") {
    const Config& c = ctx.config;
    std::vector<std::string> cidrs;
    for (auto& part : Split(c.Get("cidr"), ',')) {
      std::string t = Trim(part);
      if (t.empty()) continue;
      if (t.find(':') != std::string::npos)
        return ReportError({"EINVALIDCIDR", "CIDR whitelist can only contain IPv4 addresses, " + t + " is IPv6"});
      if (!ValidCidrV4(t)) return ReportError({"EINVALIDCIDR", "CIDR whitelist contains invalid CIDR entry: " + t});
      cidrs.push_back(t);
    }
    std::string password = c.Get("password");
    if (password.empty() && !PromptLine("Password: ", true, &password))
      return ReportError({"ECANCELED", "canceled: no answer on standard input"});
    Json body = Json::Object();
    body.Set("name", c.Has("name") ? Json::String(c.Get("name")) : Json());  // npm sends null without --name
    body.Set("password", Json::String(password));
    if (c.Has("token-description")) body.Set("description", Json::String(c.Get("token-description")));
    auto list = [&](const char* key, const char* field) {
      if (!c.Has(key)) return;
      Json arr = Json::Array();
      for (auto& s : Split(c.Get(key), ',')) arr.Push(Json::String(s));
      body.Set(field, arr);
    };
    list("packages", "packages");
    if (c.GetBool("packages-all", false)) body.Set("packages_all", Json::Bool(true));
    list("scopes", "scopes");
    list("orgs", "orgs");
    if (c.Has("packages-and-scopes-permission"))
      body.Set("packages_and_scopes_permission", Json::String(c.Get("packages-and-scopes-permission")));
    if (c.Has("orgs-permission")) body.Set("orgs_permission", Json::String(c.Get("orgs-permission")));
    if (c.Has("expires")) body.Set("expires", Json::Number(std::atoi(c.Get("expires").c_str())));
    if (!cidrs.empty()) {
      Json arr = Json::Array();
      for (auto& s : cidrs) arr.Push(Json::String(s));
      body.Set("cidr_whitelist", arr);
    }
    if (c.GetBool("bypass-2fa", false)) body.Set("bypass_2fa", Json::Bool(true));
    HttpResponse resp;
    PmError err;
    if (!RegistryRequest(ctx, "POST", RegUrl(ctx, "/-/npm/v1/tokens"), SerializeJson(body, 0), &resp, &err))
      return ReportError(RegistryAuthError(err));
    Json result;
    JsonError je;
    if (!ParseJson(resp.body, &result, &je) || !result.IsObject())
      return ReportError({"EJSONPARSE", "invalid JSON from the registry"});
    result.Erase("key");
    result.Erase("updated");
    if (ctx.json) {
      PrintJson(result);
    } else if (parseable) {
      for (auto& [k, v] : result.members()) std::printf("%s\t%s\n", k.c_str(), Str(&v).c_str());
    } else {
      std::printf("Created token %s\n", Str(result.Get("token")).c_str());
      if (const Json* cw = result.Get("cidr_whitelist"); cw && cw->IsArray() && cw->size())
        std::printf("with IP whitelist: %s\n", Str(cw).c_str());
      if (const Json* ex = result.Get("expires"); ex && !ex->IsNull() && !(ex->IsBool() && !ex->boolean()) &&
                                                  !(ex->IsString() && ex->str().empty()))
        std::printf("expires: %s\n", Str(ex).c_str());
    }
    return 0;
  }
  return UsageError(sub + " is not a recognized subcommand.", kTokenUsage);
}

int CmdStar(Context& ctx, const Args& args) {
  bool star = args.command == "star";
  ctx.config.Set("npm-command", star ? "star" : "unstar");
  if (args.positional.empty())
    return UsageError("", std::string(star ? "Mark your favorite packages" : "Remove an item from your favorite packages") +
                              "\n\nUsage:\nnodus " + args.command +
                              " [<package-spec>...]\n\nOptions:\n[--registry <registry>] [--no-unicode] [--otp <otp>]\n\n"
                              "Run \"nodus help " + args.command + "\" for more info");
  const char* lang = getenv("LC_ALL");
  if (!lang || !*lang) lang = getenv("LC_CTYPE");
  if (!lang || !*lang) lang = getenv("LANG");
  std::string l = lang ? lang : "";
  for (auto& ch : l) ch = static_cast<char>(tolower(ch));
  bool unicode = ctx.config.GetBool("unicode", EndsWith(l, "utf-8") || EndsWith(l, "utf8"));
  std::string show = star ? (unicode ? "\u2605 " : "(*)") : (unicode ? "\u2606 " : "( )");
  std::string name, spec;
  SplitSpec(args.positional[0], &name, &spec);  // npm stars only the first package
  std::string registry = ctx.config.RegistryFor(name);
  std::string user;
  if (!GetIdentity(ctx, ctx.config.RegistryFor(""), &user)) return 1;
  Json doc;
  PmError err;
  if (!FetchWriteDoc(ctx, registry, name, &doc, &err))
    return ReportError(RegistryAuthError(NotFoundError(err, name + "@" + (spec.empty() ? "*" : spec))));
  Json body = Json::Object();
  body.Set("_id", doc.Get("_id") ? *doc.Get("_id") : Json());
  body.Set("_rev", doc.Get("_rev") ? *doc.Get("_rev") : Json());
  Json users = doc.Get("users") && doc.Get("users")->IsObject() ? *doc.Get("users") : Json::Object();
  if (star) users.Set(user, Json::Bool(true));
  else users.Erase(user);
  body.Set("users", users);
  if (body.Get("_id")->IsNull()) body.Erase("_id");
  if (body.Get("_rev")->IsNull()) body.Erase("_rev");
  HttpResponse resp;
  if (!RegistryRequest(ctx, "PUT", registry + EscapeName(name), SerializeJson(body, 0), &resp, &err))
    return ReportError(RegistryAuthError(err));
  std::printf("%s %s\n", show.c_str(), name.c_str());
  return 0;
}

int CmdStars(Context& ctx, const Args& args) {
  ctx.config.Set("npm-command", "stars");
  std::string user = args.positional.empty() ? "" : args.positional[0];
  std::string registry = ctx.config.RegistryFor("");
  if (user.empty()) {
    bool has = !ctx.config.AuthFor(registry).empty();
    if (!has) ctx.Warn("stars auth is required to look up your username");
    if (!GetIdentity(ctx, registry, &user)) return 1;
  }
  Json j;
  PmError err;
  if (!GetJson(ctx, registry + "-/_view/starredByUser?key=" + EncodeComponent("\"" + user + "\""), &j, &err, false))
    return ReportError(RegistryAuthError(err));
  const Json* rows = j.IsObject() ? j.Get("rows") : nullptr;
  if (!rows || !rows->IsArray() || rows->items().empty()) {
    ctx.Warn("stars user has not starred any packages");
    return 0;
  }
  for (auto& r : rows->items()) {
    const Json* v = r.Get("value");
    std::printf("%s\n", Str(v).c_str());
  }
  return 0;
}

}  // namespace nodus::pm

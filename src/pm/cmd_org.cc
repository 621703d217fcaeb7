// `org set|rm|ls` and `team create|destroy|add|rm|ls`: the registry's org membership and team
// endpoints (/-/org/<org>/user, /-/org/<scope>/team, /-/team/<scope>/<team>[/user]) with npm 11's
// output: text, --json, --parseable.
#include <algorithm>
#include <cstdio>

#include "pm/commands.h"
#include "pm/fs_util.h"

namespace nodus::pm {

namespace {

const char kOptionHelp[] =
    "  --registry\n    The base URL of the npm registry.\n\n"
    "  --otp\n    This is a one-time password from a two-factor authenticator.  It's needed\n\n";
const char kJsonHelp[] = "  --json\n    Whether or not to output JSON data, rather than the normal output.\n\n";
const char kParseableHelp[] =
    "  -p|--parseable\n    Output parseable results from commands that write to standard output. For\n\n";

std::string OrgUsage() {
  return std::string(
             "Manage orgs\n\nUsage:\nnodus org set orgname username [developer | admin | owner]\n"
             "nodus org rm orgname username\nnodus org ls orgname [<username>]\n\nOptions:\n"
             "[--registry <registry>] [--otp <otp>] [--json] [-p|--parseable]\n\n") +
         kOptionHelp + kJsonHelp + kParseableHelp + "\nalias: ogr\n\nRun \"nodus help org\" for more info";
}

std::string TeamUsage() {
  return std::string(
             "Manage organization teams and team memberships\n\nUsage:\n"
             "nodus team create <scope:team> [--otp <otpcode>]\nnodus team destroy <scope:team> [--otp <otpcode>]\n"
             "nodus team add <scope:team> <user> [--otp <otpcode>]\nnodus team rm <scope:team> <user> [--otp <otpcode>]\n"
             "nodus team ls <scope>|<scope:team>\n\nOptions:\n"
             "[--registry <registry>] [--otp <otp>] [-p|--parseable] [--json]\n\n") +
         kOptionHelp + kParseableHelp + kJsonHelp + "\nRun \"nodus help team\" for more info";
}

std::string StripLead(const std::string& s, const char* chars) {
  return !s.empty() && std::string(chars).find(s[0]) != std::string::npos ? s.substr(1) : s;
}

void PrintJson(const Json& v) { std::printf("%s\n", SerializeJson(v, 2).c_str()); }

struct Api {
  Context& ctx;
  std::string registry;
  bool Call(const std::string& method, const std::string& path, const Json* body, Json* out, PmError* err) {
    HttpResponse resp;
    // (npm words a 401 by the response's WWW-Authenticate; without one it is the plain status line.)
    if (!RegistryRequest(ctx, method, registry + path, body ? SerializeJson(*body, 0) : "", &resp, err)) return false;
    if (!out) return true;
    JsonError je;
    if (!ParseJson(resp.body, out, &je)) {
      *err = {"EJSONPARSE", "Invalid JSON from " + registry + path};
      return false;
    }
    return true;
  }
};

// team ls: the sorted names as npm prints them ("@x has N teams:" and the list, --json, -p).
void PrintList(const Context& ctx, bool json, bool parseable, const std::string& entity, const Json& list,
               const char* what, const char* item_prefix) {
  std::vector<std::string> names;
  if (list.IsArray())
    for (auto& t : list.items()) names.push_back(t.IsString() ? t.str() : SerializeJson(t, 0));
  std::sort(names.begin(), names.end());
  if (json) {
    Json a = Json::Array();
    for (auto& n : names) a.Push(Json::String(n));
    PrintJson(a);
  } else if (parseable) {
    std::string all;
    for (auto& n : names) all += (all.empty() ? "" : "\n") + n;
    std::printf("%s\n", all.c_str());
  } else if (!ctx.silent) {
    std::printf("@%s has %zu %s%s%s\n", entity.c_str(), names.size(), what, names.size() == 1 ? "" : "s",
                names.empty() ? "" : ":");
    for (auto& n : names) std::printf("%s%s\n", item_prefix, n.c_str());
  }
}

int Fail(const std::string& msg) { return ReportError({"", msg}); }

}  // namespace

int CmdOrg(Context& ctx, const Args& args) {
  if (args.Flag("help")) {
    std::printf("%s\n", OrgUsage().c_str());
    return 0;
  }
  ctx.config.Set("npm-command", "org");
  auto arg = [&](size_t i) { return i < args.positional.size() ? args.positional[i] : std::string(); };
  std::string cmd = arg(0), org = arg(1), user = arg(2), role = arg(3);
  bool json = ctx.json, parseable = ctx.config.GetBool("parseable", false);
  Api api{ctx, WithSlash(ctx.config.RegistryFor(""))};
  PmError err;
  auto roster = [&](const std::string& o, Json* out) {
    return api.Call("GET", "-/org/" + EncodeComponent(StripLead(o, "@")) + "/user", nullptr, out, &err);
  };
  if (cmd == "set" || cmd == "add") {
    if (role.empty()) role = "developer";
    if (org.empty()) return Fail("First argument `orgname` is required.");
    if (user.empty()) return Fail("Second argument `username` is required.");
    if (role != "owner" && role != "admin" && role != "developer")
      return Fail("Third argument `role` must be one of `owner`, `admin`, or `developer`, with `developer` being the "
                  "default value if omitted.");
    Json body = Json::Object();
    body.Set("user", Json::String(StripLead(user, "@")));
    body.Set("role", Json::String(role));
    Json res;
    if (!api.Call("PUT", "-/org/" + EncodeComponent(StripLead(org, "@")) + "/user", &body, &res, &err))
      return ReportError(err);
    const Json* o = res.Get("org");
    std::string oname = o ? o->GetString("name") : "";
    const Json* size = o ? o->Get("size") : nullptr;
    std::string n = size ? (size->IsString() ? size->str() : SerializeJson(*size, 0)) : "undefined";
    if (json) {
      PrintJson(res);
    } else if (parseable) {
      std::printf("org\torgsize\tuser\trole\n%s\t%s\t%s\t%s\n", oname.c_str(), n.c_str(), res.GetString("user").c_str(),
                  res.GetString("role").c_str());
    } else if (!ctx.silent) {
      std::printf("Added %s as %s to %s. You now have %s member%s in this org.\n", res.GetString("user").c_str(),
                  res.GetString("role").c_str(), oname.c_str(), n.c_str(), n == "1" ? "" : "s");
    }
    return 0;
  }
  if (cmd == "rm") {
    if (org.empty()) return Fail("First argument `orgname` is required.");
    if (user.empty()) return Fail("Second argument `username` is required.");
    Json body = Json::Object();
    body.Set("user", Json::String(StripLead(user, "@")));
    if (!api.Call("DELETE", "-/org/" + EncodeComponent(StripLead(org, "@")) + "/user", &body, nullptr, &err))
      return ReportError(err);
    Json r;
    if (!roster(org, &r)) return ReportError(err);
    user = StripLead(user, "~@");
    org = StripLead(org, "~@");
    size_t count = r.IsObject() ? r.size() : 0;
    if (json) {
      Json o = Json::Object();
      o.Set("user", Json::String(user));
      o.Set("org", Json::String(org));
      o.Set("userCount", Json::RawNumber(std::to_string(count)));
      o.Set("deleted", Json::Bool(true));
      PrintJson(o);
    } else if (parseable) {
      std::printf("user\torg\tuserCount\tdeleted\n%s\t%s\t%zu\ttrue\n", user.c_str(), org.c_str(), count);
    } else if (!ctx.silent) {
      std::printf("Successfully removed %s from %s. You now have %zu member%s in this org.\n", user.c_str(), org.c_str(),
                  count, count == 1 ? "" : "s");
    }
    return 0;
  }
  if (cmd == "ls") {
    if (org.empty()) return Fail("First argument `orgname` is required.");
    Json r;
    if (!roster(org, &r)) return ReportError(err);
    if (!r.IsObject()) r = Json::Object();
    if (!user.empty()) {
      Json only = Json::Object();
      if (const Json* v = r.Get(user); v && !(v->IsString() && v->str().empty())) only.Set(user, *v);
      r = only;
    }
    auto text = [](const Json& v) { return v.IsString() ? v.str() : SerializeJson(v, 0); };
    if (json) {
      PrintJson(r);
    } else if (parseable) {
      std::printf("user\trole\n");
      for (auto& [u, v] : r.members()) std::printf("%s\t%s\n", u.c_str(), text(v).c_str());
    } else if (!ctx.silent) {
      std::vector<std::pair<std::string, std::string>> rows;
      for (auto& [u, v] : r.members()) rows.emplace_back(u, text(v));
      std::sort(rows.begin(), rows.end());
      for (auto& [u, v] : rows) std::printf("%s - %s\n", u.c_str(), v.c_str());
    }
    return 0;
  }
  return ReportError({"EUSAGE", "\n" + OrgUsage()});
}

int CmdTeam(Context& ctx, const Args& args) {
  if (args.Flag("help")) {
    std::printf("%s\n", TeamUsage().c_str());
    return 0;
  }
  ctx.config.Set("npm-command", "team");
  auto arg = [&](size_t i) { return i < args.positional.size() ? args.positional[i] : std::string(); };
  std::string cmd = arg(0), entity = StripLead(arg(1), "@"), user = arg(2);
  bool json = ctx.json, parseable = ctx.config.GetBool("parseable", false);
  Api api{ctx, WithSlash(ctx.config.RegistryFor(""))};
  PmError err;
  if (cmd != "create" && cmd != "destroy" && cmd != "add" && cmd != "rm" && cmd != "ls")
    return ReportError({"EUSAGE", "\n" + TeamUsage()});
  // "<scope>:<team>" (a leading "@" allowed once more, as libnpmteam splits it).
  std::string e = StripLead(entity, "@");
  size_t colon = e.find(':');
  bool has_team = colon != std::string::npos && colon > 0;
  std::string scope = has_team ? e.substr(0, colon) : "", team = has_team ? e.substr(colon + 1) : "";
  if (cmd == "ls" && !(colon != std::string::npos && colon > 0 && colon + 1 < e.size())) {
    if (entity.empty()) return ReportError({"EMISSINGARG", "typeerror TypeError: Missing required argument #1"});
    Json teams;
    if (!api.Call("GET", "-/org/" + EncodeComponent(entity) + "/team?format=cli", nullptr, &teams, &err))
      return ReportError(err);
    PrintList(ctx, json, parseable, entity, teams, "team", "@");
    return 0;
  }
  if (!has_team) return ReportError({"EINVALIDTYPE", "typeerror TypeError: Argument #1: Expected string but got null"});
  std::string team_path = "-/team/" + EncodeComponent(scope) + "/" + EncodeComponent(team);
  if (cmd == "ls") {
    Json users;
    if (!api.Call("GET", team_path + "/user?format=cli", nullptr, &users, &err)) return ReportError(err);
    PrintList(ctx, json, parseable, entity, users, "user", "");
    return 0;
  }
  Json body = Json::Object();
  const char* verb = "";
  bool ok;
  if (cmd == "create") {
    body.Set("name", Json::String(team));
    Json res;
    ok = api.Call("PUT", "-/org/" + EncodeComponent(scope) + "/team", &body, &res, &err);
    verb = "created";
  } else if (cmd == "destroy") {
    ok = api.Call("DELETE", team_path, nullptr, nullptr, &err);
    verb = "deleted";
  } else {
    body.Set("user", Json::String(user));
    ok = api.Call(cmd == "add" ? "PUT" : "DELETE", team_path + "/user", &body, nullptr, &err);
    verb = cmd == "add" ? "added" : "removed";
  }
  if (!ok) return ReportError(err);
  bool membership = cmd == "add" || cmd == "rm";
  if (json) {
    Json o = Json::Object();
    o.Set(verb, Json::Bool(true));
    o.Set("team", Json::String(entity));
    if (membership) o.Set("user", Json::String(user));
    PrintJson(o);
  } else if (parseable) {
    if (membership) std::printf("%s\t%s\t%s\n", user.c_str(), entity.c_str(), verb);
    else std::printf("%s\t%s\n", entity.c_str(), verb);
  } else if (!ctx.silent) {
    if (cmd == "create") std::printf("+@%s\n", entity.c_str());
    else if (cmd == "destroy") std::printf("-@%s\n", entity.c_str());
    else std::printf("%s %s @%s\n", user.c_str(), cmd == "add" ? "added to" : "removed from", entity.c_str());
  }
  return 0;
}

}  // namespace nodus::pm

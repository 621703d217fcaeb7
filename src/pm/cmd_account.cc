// `login`/`adduser` and `logout` (no V8 here): npm 11's flows. The web flow (POST /-/v1/login,
// then the done URL polled) when auth-type is `web` (the default) and the registry offers it,
// else the legacy CouchDB user document (PUT /-/user/org.couchdb.user:<name>). The token goes to
// the user .npmrc as `//host/path/:_authToken`; `logout` revokes it (DELETE /-/user/token/<token>)
// and removes it. Tokens and passwords are never printed.
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <thread>

#include "pm/commands.h"
#include "pm/fs_util.h"
#include "pm/npmrc.h"
#include "util/percent.h"

namespace nodus::pm {

namespace {

// "http://host:port/path/" -> "//host:port/path/" (npm's nerf-dart).
std::string NerfDart(const std::string& registry) {
  size_t s = registry.find("//");
  std::string r = s == std::string::npos ? registry : registry.substr(s);
  size_t q = r.find_first_of("?#");
  if (q != std::string::npos) r.resize(q);
  return WithSlash(r);
}

}  // namespace

std::string EncodeComponent(const std::string& s) {
  return PercentEncode(s, "-_.!~*'()");  // encodeURIComponent's set
}

std::string IsoNow() {
  auto now = std::chrono::system_clock::now();
  time_t t = std::chrono::system_clock::to_time_t(now);
  long ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  tm g{};
  gmtime_r(&t, &g);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", g.tm_year + 1900, g.tm_mon + 1, g.tm_mday,
                g.tm_hour, g.tm_min, g.tm_sec, ms);
  return buf;
}

// Reads one line from stdin after printing `prompt` (stdout, as npm's `read` does). On a
// terminal a `silent` answer is not echoed. False at end of input.
bool PromptLine(const std::string& prompt, bool silent, std::string* out) {
  std::fputs(prompt.c_str(), stdout);
  std::fflush(stdout);
  bool tty = isatty(0);
  termios old{};
  bool restore = false;
  if (tty && silent && tcgetattr(0, &old) == 0) {
    termios t = old;
    t.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    restore = tcsetattr(0, TCSAFLUSH, &t) == 0;
  }
  out->clear();
  bool got = false;
  char ch;
  for (;;) {
    ssize_t n = read(0, &ch, 1);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got = true;
    if (ch == '\n') break;
    if (ch != '\r') *out += ch;
  }
  if (restore) {
    tcsetattr(0, TCSAFLUSH, &old);
    std::fputs("\n", stdout);
  }
  if (!tty) std::fflush(stdout);
  return got;
}

namespace {

// npm-user-validate's rules for a user name / an email address; empty when valid.
std::string UsernameProblem(const std::string& u) {
  std::string lower = u;
  for (auto& ch : lower) ch = static_cast<char>(tolower(ch));
  if (lower != u) return "Username must be lowercase";
  if (u != EncodeComponent(u)) return "Username may not contain non-url-safe chars";
  if (!u.empty() && u[0] == '.') return "Username may not start with \".\"";
  if (u.size() > 214) return "Username may not be longer than 214 characters";
  return "";
}

std::string EmailProblem(const std::string& e) {
  size_t at = e.find('@');
  if (e.size() > 254) return "Email length must be less then or equal to 254 characters long";
  if (at == std::string::npos || at == 0 || e.find('.', at) == std::string::npos || e.back() == '.' ||
      e.find_first_of(" \t") != std::string::npos)
    return "Email must be an email address";
  return "";
}

// Asks until a valid answer (npm re-prompts after a warning); false at end of input.
bool Ask(const Context& ctx, const std::string& prompt, bool silent, std::string (*check)(const std::string&),
         std::string* out) {
  for (;;) {
    if (!PromptLine(prompt, silent, out)) return false;
    *out = silent ? *out : Trim(*out);
    if (out->empty()) continue;
    std::string problem = check ? check(*out) : "";
    if (problem.empty()) return true;
    ctx.Warn(problem);
  }
}


// npm's wording for a refused login, with the registry's own reason.
PmError LoginError(const PmError& e, const std::string& command) {
  if (e.code == "E401")
    return {e.code, "Unable to authenticate, your authentication token seems to be invalid.\n"
                    "To correct this please try logging in again with:\n  nodus " + command + "\n" + e.message};
  return e;
}

// The web flow. Returns 1 when the registry does not offer it (npm's fallback: a 4xx or 500
// answer), 0 with `token` set, or -1 after reporting an error.
int WebLogin(Context& ctx, const std::string& registry, bool create, std::string* token) {
  HttpResponse resp;
  PmError err;
  std::string body = create ? "{\"create\":true}" : "{}";
  if (!RegistryRequest(ctx, "POST", registry + "-/v1/login", body, &resp, &err, {"npm-auth-type: web"})) {
    if ((resp.status >= 400 && resp.status <= 499) || resp.status == 500) return 1;
    ReportError(err);
    return -1;
  }
  Json j;
  JsonError je;
  auto http_url = [](const std::string& u) { return StartsWith(u, "http://") || StartsWith(u, "https://"); };
  if (!ParseJson(resp.body, &j, &je) || !http_url(j.GetString("loginUrl")) || !http_url(j.GetString("doneUrl"))) {
    ReportError({"EWEBLOGIN", "Invalid response from web login endpoint"});
    return -1;
  }
  std::string done = j.GetString("doneUrl");
  if (ctx.json) {
    Json o = Json::Object();
    o.Set("title", Json::String(create ? "Create your account at" : "Login at"));
    o.Set("url", Json::String(j.GetString("loginUrl")));
    std::printf("%s\n", SerializeJson(o, 2).c_str());
  } else {
    std::printf("%s:\n%s\n", create ? "Create your account at" : "Login at", j.GetString("loginUrl").c_str());
  }
  std::fflush(stdout);
  for (;;) {
    HttpRequest req;
    req.url = done;
    req.headers.push_back("Accept: application/json");
    AddRegistryHeaders(ctx.config, ctx.config.Get("npm-command", "login"), &req);
    HttpResponse r = ctx.registry->Fetch(req);
    Json dj;
    bool parsed = ParseJson(r.body, &dj, &je) && dj.IsObject();
    if (r.status == 200) {
      *token = parsed ? dj.GetString("token") : "";
      if (token->empty()) break;
      return 0;
    }
    if (r.status != 202) break;
    // 202: not yet; npm waits Retry-After seconds (the client keeps no headers: the body's
    // `retryAfter`, else one second) and asks again.
    double wait = 1;
    if (parsed && dj.Get("retryAfter") && dj.Get("retryAfter")->IsNumber()) wait = dj.Get("retryAfter")->number();
    if (wait < 0.05) wait = 0.05;
    if (wait > 60) wait = 60;
    std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<long>(wait * 1000)));
  }
  ReportError({"EWEBLOGIN", "Invalid response from web login endpoint"});
  return -1;
}

// The CouchDB user document flow: create the user (adduser) or log in (login: a 409 means the
// user exists, so its document is read and written back with basic auth).
bool CouchLogin(Context& ctx, const std::string& registry, bool create, const std::string& command,
                std::string* token) {
  std::string user, password, email;
  if (!Ask(ctx, "Username: ", false, UsernameProblem, &user) || !Ask(ctx, "Password: ", true, nullptr, &password) ||
      (create && !Ask(ctx, "Email (this will be public): ", false, EmailProblem, &email))) {
    ReportError({"ECANCELED", "canceled: no answer on standard input"});
    return false;
  }
  Json doc = Json::Object();
  doc.Set("_id", Json::String("org.couchdb.user:" + user));
  doc.Set("name", Json::String(user));
  doc.Set("password", Json::String(password));
  if (create) doc.Set("email", Json::String(email));
  doc.Set("type", Json::String("user"));
  doc.Set("roles", Json::Array());
  doc.Set("date", Json::String(IsoNow()));
  std::string url = registry + "-/user/org.couchdb.user:" + EncodeComponent(user);
  HttpResponse resp;
  PmError err;
  bool ok = RegistryRequest(ctx, "PUT", url, SerializeJson(doc, 0), &resp, &err);
  if (!ok && !create && err.code == "E400") {
    ReportError({err.code, "There is no user with the username \"" + user + "\"."});
    return false;
  }
  if (!ok && !create && err.code == "E409") {
    std::vector<std::string> basic = {"Authorization: Basic " + Base64Encode(user + ":" + password)};
    if (!RegistryRequest(ctx, "GET", url + "?write=true", "", &resp, &err, basic)) {
      ReportError(LoginError(err, command));
      return false;
    }
    Json cur;
    JsonError je;
    if (ParseJson(resp.body, &cur, &je) && cur.IsObject())
      for (auto& [k, v] : cur.members()) {
        const Json* mine = doc.Get(k);
        if (!mine || k == "roles" || (mine->IsString() && mine->str().empty())) doc.Set(k, v);
      }
    std::string rev = doc.GetString("_rev");
    ok = RegistryRequest(ctx, "PUT", url + "/-rev/" + rev, SerializeJson(doc, 0), &resp, &err, basic);
  }
  if (!ok) {
    ReportError(LoginError(err, command));
    return false;
  }
  Json r;
  JsonError je;
  if (ParseJson(resp.body, &r, &je)) *token = r.GetString("token");
  if (token->empty()) {
    ReportError({"ENOTOKEN", "the registry accepted the login but returned no token"});
    return false;
  }
  return true;
}

// The registry login/logout talk to: --registry, else @scope:registry for --scope, else registry.
std::string AccountRegistry(const Context& ctx, const Args& args, std::string* scope) {
  *scope = ctx.config.Get("scope");
  if (!scope->empty() && (*scope)[0] != '@') *scope = "@" + *scope;
  std::string registry = WithSlash(ctx.config.Get("registry", "https://registry.npmjs.org/"));
  if (!scope->empty() && !args.flags.count("registry") && ctx.config.Has(*scope + ":registry"))
    registry = WithSlash(ctx.config.Get(*scope + ":registry"));
  return registry;
}

bool SaveNpmrc(const std::string& path, const Npmrc& rc) {
  if (rc.lines.empty()) {
    unlink(path.c_str());  // npm removes a config file it leaves empty
    return true;
  }
  return WriteFileAtomic(path, rc.Text(), 0600);
}

}  // namespace

int CmdLogin(Context& ctx, const Args& args) {
  bool create = args.command == "adduser" || args.command == "add-user";
  std::string command = create ? "adduser" : "login";
  ctx.config.Set("npm-command", command);
  std::string scope;
  std::string registry = AccountRegistry(ctx, args, &scope);
  if (!ctx.silent) std::fprintf(stderr, "nodus notice Log in on %s\n", registry.c_str());
  std::string auth_type = ctx.config.Get("auth-type", "web");
  if (auth_type != "web" && auth_type != "legacy")
    return ReportError({"EUSAGE", "auth-type must be one of: legacy, web (got \"" + auth_type + "\")"});
  std::string token;
  int web = 1;
  if (auth_type == "web") {
    web = WebLogin(ctx, registry, create, &token);
    if (web < 0) return 1;
  }
  if (web == 1 && !CouchLogin(ctx, registry, create, command, &token)) return 1;
  std::string path = UserConfigPath(ctx);
  Npmrc rc;
  rc.Load(path);
  std::string nerf = NerfDart(registry);
  rc.Delete("_token");
  for (const char* k : {":_password", ":username", ":email", ":_auth", ":certfile", ":keyfile"}) rc.Delete(nerf + k);
  rc.Set(nerf + ":_authToken", NpmrcValue(token));
  if (!scope.empty()) rc.Set(scope + ":registry", registry);
  if (!SaveNpmrc(path, rc)) return ReportError({"EACCES", "cannot write " + path});
  std::string msg = "Logged in" + (scope.empty() ? "" : " to scope " + scope) + " on " + registry + ".";
  if (!ctx.json) std::printf("%s\n", msg.c_str());
  return 0;
}

int CmdLogout(Context& ctx, const Args& args) {
  ctx.config.Set("npm-command", "logout");
  std::string scope = ctx.config.Get("scope");
  if (!scope.empty() && scope[0] != '@') scope = "@" + scope;
  std::string registry = WithSlash(ctx.config.Get("registry", "https://registry.npmjs.org/"));
  if (!scope.empty() && ctx.config.Has(scope + ":registry")) registry = WithSlash(ctx.config.Get(scope + ":registry"));
  std::string nerf = NerfDart(registry);
  std::string auth = ctx.config.AuthFor(registry);
  bool basic = StartsWith(auth, "Basic ") ||
               (ctx.config.Has(nerf + ":username") && ctx.config.Has(nerf + ":_password"));
  if (StartsWith(auth, "Bearer ")) {
    HttpResponse resp;
    PmError err;
    std::string url = registry + "-/user/token/" + EncodeComponent(auth.substr(7));
    if (!RegistryRequest(ctx, "DELETE", url, "", &resp, &err)) {
      // The message must not carry the token: name the endpoint only.
      err.message = err.code + " - DELETE " + registry + "-/user/token/<token>";
      return ReportError(err);
    }
  } else if (!basic) {
    return ReportError({"ENEEDAUTH", "not logged in to " + registry + ", so can't log out!\n"
                                     "You need to authorize this machine using `nodus adduser`"});
  }
  // Only the file that holds the credentials is changed (project .npmrc, else the user's).
  std::string project = JoinPath(ctx.project_dir, ".npmrc"), user = UserConfigPath(ctx);
  for (const std::string& path : {project, user}) {
    Npmrc rc;
    rc.Load(path);
    bool changed = false;
    for (const char* k : {":_authToken", ":_password", ":username", ":email", ":_auth", ":certfile", ":keyfile"})
      changed = rc.Delete(nerf + k) || changed;
    if (!changed) continue;
    if (!scope.empty()) rc.Delete(scope + ":registry");
    if (!SaveNpmrc(path, rc)) return ReportError({"EACCES", "cannot write " + path});
    break;
  }
  return 0;
}

}  // namespace nodus::pm

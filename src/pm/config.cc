#include "pm/config.h"

#include <cstdlib>

#include "pm/fs_util.h"

extern char** environ;

namespace nodus::pm {

std::string WithSlash(std::string url) {
  if (url.empty() || url.back() != '/') url.push_back('/');
  return url;
}

static std::string ExpandEnv(std::string_view v) {
  std::string out;
  for (size_t i = 0; i < v.size(); i++) {
    if (v[i] == '\\' && i + 1 < v.size() && v[i + 1] == '$') { out += '$'; i++; continue; }
    if (v[i] == '$' && i + 1 < v.size() && v[i + 1] == '{') {
      size_t end = v.find('}', i + 2);
      if (end != std::string_view::npos) {
        std::string name(v.substr(i + 2, end - i - 2));
        bool optional = !name.empty() && name.back() == '?';
        if (optional) name.pop_back();
        const char* val = getenv(name.c_str());
        if (val) out += val;
        else if (!optional) out.append(v.substr(i, end - i + 1));
        i = end;
        continue;
      }
    }
    out += v[i];
  }
  return out;
}

void Config::ParseNpmrc(std::string_view text) {
  for (auto& raw : Split(text, '\n')) {
    std::string line = Trim(raw);
    if (line.empty() || line[0] == '#' || line[0] == ';' || line[0] == '[') continue;
    size_t eq = line.find('=');
    std::string key = Trim(eq == std::string::npos ? line : line.substr(0, eq));
    std::string val = eq == std::string::npos ? "true" : Trim(line.substr(eq + 1));
    if (val.size() >= 2 && ((val.front() == '"' && val.back() == '"') || (val.front() == '\'' && val.back() == '\'')))
      val = val.substr(1, val.size() - 2);
    key = ExpandEnv(key);
    if (EndsWith(key, "[]")) key.resize(key.size() - 2);
    values_[key] = ExpandEnv(val);
  }
}

void Config::Load(const std::string& project_dir) {
  std::string text;
  const char* user = getenv("NPM_CONFIG_USERCONFIG");
  if (!user) user = getenv("npm_config_userconfig");
  std::string userrc = user ? user : JoinPath(HomeDir(), ".npmrc");
  if (ReadFile(userrc, &text)) ParseNpmrc(text);
  if (ReadFile(JoinPath(project_dir, ".npmrc"), &text)) ParseNpmrc(text);
  for (char** e = environ; *e; e++) {
    std::string_view kv = *e;
    std::string lower = ToLower(kv.substr(0, std::min<size_t>(kv.size(), 11)));
    if (lower != "npm_config_") continue;
    size_t eq = kv.find('=');
    if (eq == std::string_view::npos) continue;
    std::string key(kv.substr(11, eq - 11));
    // npm lower-cases the name and maps underscores to dashes, except in the
    // "//host/:_authToken" style keys, which are taken as written.
    if (!StartsWith(key, "//")) {
      key = ToLower(key);
      if (!StartsWith(key, "_"))
        for (auto& c : key) if (c == '_') c = '-';
    }
    if (key == "userconfig" || key.empty()) continue;
    values_[key] = std::string(kv.substr(eq + 1));
  }
}

std::string Config::Get(std::string_view key, std::string_view def) const {
  auto it = values_.find(std::string(key));
  return it == values_.end() ? std::string(def) : it->second;
}

bool Config::GetBool(std::string_view key, bool def) const {
  auto it = values_.find(std::string(key));
  if (it == values_.end()) return def;
  std::string v = ToLower(it->second);
  return !(v == "false" || v == "0" || v == "no" || v.empty());
}

int Config::GetInt(std::string_view key, int def) const {
  auto it = values_.find(std::string(key));
  if (it == values_.end()) return def;
  return std::atoi(it->second.c_str());
}

std::string Config::RegistryFor(std::string_view name) const {
  if (!name.empty() && name[0] == '@') {
    size_t slash = name.find('/');
    if (slash != std::string_view::npos) {
      auto it = values_.find(std::string(name.substr(0, slash)) + ":registry");
      if (it != values_.end()) return WithSlash(it->second);
    }
  }
  return WithSlash(Get("registry", "https://registry.npmjs.org/"));
}

std::string Config::AuthFor(std::string_view url) const {
  // "//host[:port]/path/:_authToken" nerf-darted keys: the longest prefix of the URL wins.
  size_t scheme = url.find("//");
  if (scheme == std::string_view::npos) return "";
  std::string rest(url.substr(scheme));
  std::string best_token, best_basic;
  size_t best_len = 0;
  for (auto& [k, v] : values_) {
    if (!StartsWith(k, "//")) continue;
    size_t colon = k.rfind(":_");
    if (colon == std::string::npos) continue;
    std::string prefix = k.substr(0, colon), field = k.substr(colon + 1);
    if (!StartsWith(rest, prefix) || prefix.size() < best_len) continue;
    if (field == "_authToken") { best_len = prefix.size(); best_token = "Bearer " + v; best_basic.clear(); }
    else if (field == "_auth") { best_len = prefix.size(); best_basic = "Basic " + v; best_token.clear(); }
  }
  if (!best_token.empty()) return best_token;
  if (!best_basic.empty()) return best_basic;
  // A bare _authToken applies to the default registry only.
  std::string reg = WithSlash(Get("registry", "https://registry.npmjs.org/"));
  if (StartsWith(url, reg)) {
    if (Has("_authToken")) return "Bearer " + Get("_authToken");
    if (Has("_auth")) return "Basic " + Get("_auth");
  }
  return "";
}

std::string Config::CacheDir() const {
  if (const char* c = getenv("NODUS_CACHE_DIR"); c && *c) return c;
  if (Has("nodus-cache")) return Get("nodus-cache");
  if (Has("cache")) return JoinPath(Get("cache"), "_nodus");
  const char* xdg = getenv("XDG_CACHE_HOME");
  return JoinPath(xdg && *xdg ? xdg : JoinPath(HomeDir(), ".cache"), "nodus/pm");
}

}  // namespace nodus::pm

// .npmrc line editing (no V8 here).
#include "pm/npmrc.h"

#include <cstdlib>

#include "pm/fs_util.h"

namespace nodus::pm {

std::string Npmrc::KeyOf(const std::string& line) {
  std::string t = Trim(line);
  if (t.empty() || t[0] == '#' || t[0] == ';' || t[0] == '[') return "";
  size_t eq = t.find('=');
  return Trim(eq == std::string::npos ? t : t.substr(0, eq));
}

std::string Npmrc::ValueOf(const std::string& line) {
  std::string t = Trim(line);
  size_t eq = t.find('=');
  std::string v = eq == std::string::npos ? "true" : Trim(t.substr(eq + 1));
  if (v.size() >= 2 && ((v.front() == '"' && v.back() == '"') || (v.front() == '\'' && v.back() == '\'')))
    v = v.substr(1, v.size() - 2);
  return v;
}

void Npmrc::Load(const std::string& path) {
  std::string text;
  if (!ReadFile(path, &text)) return;
  lines = Split(text, '\n');
  while (!lines.empty() && Trim(lines.back()).empty()) lines.pop_back();
}

bool Npmrc::Has(const std::string& key) const {
  for (auto& l : lines)
    if (KeyOf(l) == key) return true;
  return false;
}

void Npmrc::Set(const std::string& key, const std::string& value) {
  for (auto& l : lines)
    if (KeyOf(l) == key) { l = key + "=" + value; return; }
  lines.push_back(key + "=" + value);
}

bool Npmrc::Delete(const std::string& key) {
  size_t n = lines.size();
  std::vector<std::string> kept;
  for (auto& l : lines)
    if (KeyOf(l) != key) kept.push_back(l);
  lines = kept;
  return n != lines.size();
}

std::string Npmrc::Text() const {
  std::string out;
  for (auto& l : lines) out += l + "\n";
  return out;
}

std::string UserConfigPath(const Context& ctx) {
  if (ctx.config.Has("userconfig")) return ctx.config.Get("userconfig");
  const char* u = getenv("NPM_CONFIG_USERCONFIG");
  if (!u) u = getenv("npm_config_userconfig");
  return u ? u : JoinPath(HomeDir(), ".npmrc");
}

bool IsProtected(const std::string& key) {
  std::string k = key;
  if (size_t c = k.rfind(':'); StartsWith(k, "//") && c != std::string::npos) k = k.substr(c + 1);
  return k == "_auth" || k == "_authToken" || k == "_password" || k == "username" || k == "certfile" ||
         k == "keyfile" || k == "password";
}

std::string NpmrcValue(const std::string& v) {
  bool quote = v.find_first_of("=\r\n") != std::string::npos || (!v.empty() && v[0] == '[') || v != Trim(v) ||
               (v.size() > 1 && ((v.front() == '"' && v.back() == '"') || (v.front() == '\'' && v.back() == '\'')));
  if (!quote) return v;
  std::string out;
  AppendJsonString(&out, v);
  return out;
}

}  // namespace nodus::pm

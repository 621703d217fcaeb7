// npm-compatible configuration: builtin defaults < ~/.npmrc < project .npmrc < NPM_CONFIG_* env
// < command-line flags (no V8 here).
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace nodus::pm {

class Config {
 public:
  // Loads every layer for a project rooted at `project_dir`.
  void Load(const std::string& project_dir);
  // Parses one .npmrc text (ini-ish: key=value, comments, ${ENV} expansion) into the values.
  void ParseNpmrc(std::string_view text);
  void Set(const std::string& key, const std::string& value) { values_[key] = value; }

  std::string Get(std::string_view key, std::string_view def = {}) const;
  bool GetBool(std::string_view key, bool def) const;
  int GetInt(std::string_view key, int def) const;
  bool Has(std::string_view key) const { return values_.count(std::string(key)) > 0; }

  // The registry base URL for a package name (honours "@scope:registry"), ending in '/'.
  std::string RegistryFor(std::string_view package_name) const;
  // "Authorization" header value for a URL ("Bearer x" / "Basic x"), or empty.
  std::string AuthFor(std::string_view url) const;
  std::string CacheDir() const;

 private:
  std::map<std::string, std::string> values_;
};

// Ensures a trailing slash.
std::string WithSlash(std::string url);

}  // namespace nodus::pm

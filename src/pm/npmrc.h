// An .npmrc file edited line by line (comments and blank lines kept), and where the user's file
// is; used by `config` and by `login`/`logout` (no V8 here).
#pragma once
#include <string>
#include <vector>

#include "pm/project.h"

namespace nodus::pm {

struct Npmrc {
  std::vector<std::string> lines;
  static std::string KeyOf(const std::string& line);
  static std::string ValueOf(const std::string& line);
  void Load(const std::string& path);
  bool Has(const std::string& key) const;
  void Set(const std::string& key, const std::string& value);
  bool Delete(const std::string& key);
  std::string Text() const;
};

// --userconfig, $NPM_CONFIG_USERCONFIG, else ~/.npmrc.
std::string UserConfigPath(const Context& ctx);
// Keys whose values are never printed (tokens, passwords).
bool IsProtected(const std::string& key);
// A value as npm's ini writer quotes it (JSON string when it has '=', line breaks, outer spaces...).
std::string NpmrcValue(const std::string& v);

}  // namespace nodus::pm

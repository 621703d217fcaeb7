// PRIVATE stop-gap until src/pm/package_spec.h (another engineer's) lands: classifies a dependency
// spec the way npm-package-arg does, just enough for the installer. Delete when package_spec exists.
#pragma once
#include <string>
#include <string_view>

namespace nodus::pm {

struct DepSpec {
  enum class Kind { kRange, kTag, kAlias, kTarballUrl, kFile, kDirectory, kLink, kGit, kInvalid };
  Kind kind = Kind::kInvalid;
  std::string name;    // the package to fetch (the real name for aliases)
  std::string range;   // for kRange/kAlias: the semver range ("*" for empty); for kTag: the tag
  std::string target;  // URL or path for tarball/file/directory/link/git
};

// `name` is the dependency key, `spec` its value in package.json.
DepSpec ParseDepSpec(std::string_view name, std::string_view spec);
// A command-line argument like "foo", "foo@^1", "@s/foo@latest", "alias@npm:foo@1", "./dir".
// Sets *name (may be empty for URLs/paths until fetched) and *spec.
bool ParseInstallArg(std::string_view arg, std::string* name, std::string* spec);
bool ValidPackageName(std::string_view name);

}  // namespace nodus::pm

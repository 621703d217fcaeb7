// The installer's view of a dependency spec, classified by pm/package_spec (npm-package-arg rules).
#pragma once
#include <string>
#include <string_view>

namespace nodus::pm {

struct DepSpec {
  enum class Kind { kRange, kTag, kAlias, kTarballUrl, kFile, kDirectory, kLink, kGit, kInvalid };
  Kind kind = Kind::kInvalid;
  std::string name;     // the package to fetch (the real name for aliases)
  std::string range;    // kRange/kAlias: the semver range ("*" for none); kTag: the tag
  std::string target;   // URL, git spec, or absolute path (paths resolved against `where`)
  std::string message;  // kInvalid: why
};

// `name` is the dependency key, `spec` its value in package.json; relative paths resolve against
// `where` (a directory; "" means the current one).
DepSpec ParseDepSpec(std::string_view name, std::string_view spec, const std::string& where = "");
// A command-line argument like "foo", "foo@^1", "@s/foo@latest", "alias@npm:foo@1", "./dir".
// Sets *name (empty for URLs/paths until fetched) and *spec (paths as absolute "file:" specs).
bool ParseInstallArg(std::string_view arg, const std::string& where, std::string* name, std::string* spec,
                     std::string* error);

}  // namespace nodus::pm

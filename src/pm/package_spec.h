// What users type (`nodus add foo@^1`) and what dependency maps hold, classified the way
// npm-package-arg does, plus package-name validation as validate-npm-package-name does it.
//
// No I/O: paths are resolved textually against `where` (and `home` for `~/`).
//
// Known differences from npm-package-arg 13: `link:` specs are accepted (kLink; npm rejects
// them); git specs are recognised but not normalised (fetch_spec is the spec as written); the
// git-host and URL checks approximate hosted-git-info and WHATWG URL parsing, so odd inputs
// (`%` or `@` inside `github:` shortcuts, exotic hosts) may get another kind or error code.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace nodus::pm {

enum class SpecKind : uint8_t {
  kVersion,    // foo@1.2.3 (also loose forms like v1.2.3)
  kRange,      // foo, foo@^1, foo@1.x || 2 (a bare name means `*`)
  kTag,        // foo@latest
  kAlias,      // foo@npm:bar@^1 (sub_spec holds bar@^1)
  kRemote,     // https://host/pkg.tgz
  kFile,       // file:pkg.tgz, ./pkg.tar.gz
  kDirectory,  // file:../pkg, ./pkg, /abs/pkg
  kLink,       // link:../pkg (a nodus/pnpm/yarn extension; npm rejects it)
  kGit,        // git+https://..., github:user/repo, user/repo: recognised, not fetched
};

const char* SpecKindName(SpecKind k);  // "version", "range", ... as npm-package-arg's `type`

struct PackageSpec {
  SpecKind kind = SpecKind::kRange;
  std::string raw;           // the whole argument as given
  std::string name;          // "" when the spec names no package (a path, URL, git)
  std::string scope;         // "@scope" for scoped names, else ""
  std::string escaped_name;  // "@scope%2fname": how the registry URL spells it
  std::string raw_spec;      // what follows `name@` ("*" when nothing does)
  // What to fetch: the trimmed version/range/tag for registry kinds, the URL for kRemote and
  // kGit, the absolute path for kFile/kDirectory/kLink; "" for kAlias (see sub_spec).
  std::string fetch_spec;
  // What to write back to package.json for path kinds (`file:../pkg`, `link:../pkg`).
  std::string save_spec;
  std::shared_ptr<const PackageSpec> sub_spec;  // kAlias: the real package

  bool IsRegistry() const {
    return kind == SpecKind::kVersion || kind == SpecKind::kRange || kind == SpecKind::kTag ||
           kind == SpecKind::kAlias;
  }
  // The registry package actually fetched: the alias target's name, else name.
  const std::string& RegistryName() const { return sub_spec ? sub_spec->name : name; }
};

struct SpecContext {
  std::string where = ".";  // directory relative paths resolve against (absolute preferred)
  std::string home;         // for `~/`; empty: $HOME
};

struct SpecResult {
  bool ok = false;
  PackageSpec spec;
  std::string code;     // on error: EINVALIDPACKAGENAME, EINVALIDTAGNAME, EUNSUPPORTEDPROTOCOL, EINVALIDSPEC
  std::string message;  // on error: npm's wording where npm has one
};

// npa(arg, where): `foo`, `foo@range`, `@s/foo@tag`, `alias@npm:real@1`, URLs, paths, git.
SpecResult ParsePackageSpec(std::string_view arg, const SpecContext& ctx = {});
// npa.resolve(name, spec, where): one `"name": "spec"` entry of a dependencies map.
SpecResult ResolvePackageSpec(std::string_view name, std::string_view spec,
                              const SpecContext& ctx = {});

struct NameValidation {
  bool valid_for_new = false;  // no errors and no warnings
  bool valid_for_old = false;  // no errors (what installing accepts)
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
};
NameValidation ValidatePackageName(std::string_view name);

// path.resolve(base, p) without touching the file system.
std::string ResolvePath(std::string_view base, std::string_view p);

}  // namespace nodus::pm

#include "pm/dep_spec.h"

#include "pm/package_spec.h"

#include <unordered_map>

namespace nodus::pm {

static DepSpec FromPackageSpec(const SpecResult& r) {
  DepSpec d;
  if (!r.ok) {
    d.kind = DepSpec::Kind::kInvalid;
    d.message = r.message;
    return d;
  }
  const PackageSpec& s = r.spec;
  d.name = s.name;
  switch (s.kind) {
    case SpecKind::kVersion:
    case SpecKind::kRange:
      d.kind = DepSpec::Kind::kRange;
      d.range = s.fetch_spec.empty() ? "*" : s.fetch_spec;
      break;
    case SpecKind::kTag:
      d.kind = DepSpec::Kind::kTag;
      d.range = s.fetch_spec;
      break;
    case SpecKind::kAlias: {
      const PackageSpec& sub = *s.sub_spec;
      d.name = sub.name;
      d.kind = sub.kind == SpecKind::kTag ? DepSpec::Kind::kTag : DepSpec::Kind::kAlias;
      d.range = sub.fetch_spec.empty() ? "*" : sub.fetch_spec;
      break;
    }
    case SpecKind::kRemote: d.kind = DepSpec::Kind::kTarballUrl; d.target = s.fetch_spec; break;
    case SpecKind::kFile: d.kind = DepSpec::Kind::kFile; d.target = s.fetch_spec; break;
    case SpecKind::kDirectory: d.kind = DepSpec::Kind::kDirectory; d.target = s.fetch_spec; break;
    case SpecKind::kLink: d.kind = DepSpec::Kind::kLink; d.target = s.fetch_spec; break;
    case SpecKind::kGit: d.kind = DepSpec::Kind::kGit; d.target = s.fetch_spec; break;
  }
  return d;
}

DepSpec ParseDepSpec(std::string_view name, std::string_view spec, const std::string& where) {
  // Every edge of a tree is classified several times (resolve, lockfile check): each thread keeps
  // the registry specs it has seen (those depend on name and spec alone; paths, which also depend
  // on `where` and the home directory, are classified each time).
  thread_local std::unordered_map<std::string, DepSpec> cache;
  std::string key;
  key.reserve(name.size() + spec.size() + 1);
  key.append(name).push_back('\0');
  key.append(spec);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  SpecContext ctx;
  if (!where.empty()) ctx.where = where;
  DepSpec d = FromPackageSpec(ResolvePackageSpec(name, spec, ctx));
  if (d.kind == DepSpec::Kind::kRange || d.kind == DepSpec::Kind::kTag || d.kind == DepSpec::Kind::kAlias) {
    if (cache.size() >= 8192) cache.clear();
    cache.emplace(std::move(key), d);
  }
  return d;
}

bool ParseInstallArg(std::string_view arg, const std::string& where, std::string* name, std::string* spec,
                     std::string* error) {
  SpecContext ctx;
  if (!where.empty()) ctx.where = where;
  SpecResult r = ParsePackageSpec(arg, ctx);
  if (!r.ok) {
    *error = r.code + ": " + r.message;
    return false;
  }
  const PackageSpec& s = r.spec;
  *name = s.name;
  switch (s.kind) {
    case SpecKind::kFile:
    case SpecKind::kDirectory: *spec = "file:" + s.fetch_spec; break;
    case SpecKind::kLink: *spec = "link:" + s.fetch_spec; break;
    case SpecKind::kRemote:
    case SpecKind::kGit: *spec = s.fetch_spec; break;
    default:
      // "foo" alone has raw_spec "*": keep it empty so `add` saves ^<latest>.
      *spec = (s.raw.find('@', s.raw[0] == '@' ? 1 : 0) == std::string::npos) ? "" : s.raw_spec;
  }
  return true;
}

}  // namespace nodus::pm

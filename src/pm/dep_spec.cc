#include "pm/dep_spec.h"

#include "pm/package_spec.h"

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
  SpecContext ctx;
  if (!where.empty()) ctx.where = where;
  return FromPackageSpec(ResolvePackageSpec(name, spec, ctx));
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

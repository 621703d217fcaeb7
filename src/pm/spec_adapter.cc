#include "pm/spec_adapter.h"

#include "pm/fs_util.h"
#include "pm/semver.h"

namespace nodus::pm {

bool ValidPackageName(std::string_view n) {
  if (n.empty() || n.size() > 214) return false;
  if (n[0] == '.' || n[0] == '_') return false;
  std::string_view rest = n;
  if (n[0] == '@') {
    size_t slash = n.find('/');
    if (slash == std::string_view::npos || slash == 1 || slash + 1 == n.size()) return false;
    rest = n.substr(slash + 1);
    if (rest.find('/') != std::string_view::npos) return false;
    for (char c : n.substr(1, slash - 1))
      if (!(isalnum((unsigned char)c) || c == '-' || c == '.' || c == '_' || c == '~')) return false;
  }
  for (char c : rest)
    if (!(isalnum((unsigned char)c) || c == '-' || c == '.' || c == '_' || c == '~')) return false;
  return true;
}

static bool LooksGit(std::string_view s) {
  return StartsWith(s, "git+") || StartsWith(s, "git://") || StartsWith(s, "github:") ||
         StartsWith(s, "gitlab:") || StartsWith(s, "bitbucket:") || StartsWith(s, "gist:") ||
         EndsWith(s, ".git") || (s.find('/') != std::string_view::npos && s.find(':') == std::string_view::npos &&
                                 s[0] != '.' && s[0] != '/' && s[0] != '~' && s[0] != '@' &&
                                 !EndsWith(s, ".tgz") && !EndsWith(s, ".tar.gz") && !EndsWith(s, ".tar"));
}

DepSpec ParseDepSpec(std::string_view name, std::string_view spec_in) {
  DepSpec d;
  std::string spec = Trim(spec_in);
  d.name = std::string(name);
  if (StartsWith(spec, "npm:")) {
    std::string rest = spec.substr(4);
    size_t at = rest.find('@', rest[0] == '@' ? 1 : 0);
    d.kind = DepSpec::Kind::kAlias;
    d.name = at == std::string::npos ? rest : rest.substr(0, at);
    d.range = at == std::string::npos ? "*" : rest.substr(at + 1);
    if (d.range.empty()) d.range = "*";
    if (!ValidPackageName(d.name)) d.kind = DepSpec::Kind::kInvalid;
    return d;
  }
  if (StartsWith(spec, "link:")) {
    d.kind = DepSpec::Kind::kLink;
    d.target = spec.substr(5);
    return d;
  }
  if (StartsWith(spec, "file:") || StartsWith(spec, "./") || StartsWith(spec, "../") || StartsWith(spec, "/") ||
      StartsWith(spec, "~/") || spec == "." || spec == "..") {
    std::string path = StartsWith(spec, "file:") ? spec.substr(5) : spec;
    if (StartsWith(path, "//")) path = path.substr(1);
    d.target = path;
    d.kind = (EndsWith(path, ".tgz") || EndsWith(path, ".tar.gz") || EndsWith(path, ".tar"))
                 ? DepSpec::Kind::kFile
                 : DepSpec::Kind::kDirectory;
    return d;
  }
  if (StartsWith(spec, "http://") || StartsWith(spec, "https://")) {
    if (EndsWith(spec, ".git") || spec.find(".git#") != std::string::npos) {
      d.kind = DepSpec::Kind::kGit;
    } else {
      d.kind = DepSpec::Kind::kTarballUrl;
    }
    d.target = spec;
    return d;
  }
  if (LooksGit(spec)) {
    d.kind = DepSpec::Kind::kGit;
    d.target = spec;
    return d;
  }
  if (spec.empty() || spec == "latest") {
    d.kind = spec.empty() ? DepSpec::Kind::kRange : DepSpec::Kind::kTag;
    d.range = spec.empty() ? "*" : spec;
    return d;
  }
  if (semver::ValidRange(spec, {true, false})) {
    d.kind = DepSpec::Kind::kRange;
    d.range = spec;
    return d;
  }
  // Anything else that is a URL-safe word is a dist-tag.
  bool tag = true;
  for (char c : spec)
    if (!(isalnum((unsigned char)c) || c == '-' || c == '.' || c == '_')) tag = false;
  if (tag) {
    d.kind = DepSpec::Kind::kTag;
    d.range = spec;
    return d;
  }
  d.kind = DepSpec::Kind::kInvalid;
  d.range = spec;
  return d;
}

bool ParseInstallArg(std::string_view arg, std::string* name, std::string* spec) {
  std::string a(arg);
  if (StartsWith(a, "file:") || StartsWith(a, "./") || StartsWith(a, "../") || StartsWith(a, "/") ||
      StartsWith(a, "http://") || StartsWith(a, "https://") || StartsWith(a, "link:") || LooksGit(a) ||
      EndsWith(a, ".tgz")) {
    name->clear();
    *spec = a;
    if (!StartsWith(a, "file:") && !StartsWith(a, "link:") && (a[0] == '.' || a[0] == '/' || EndsWith(a, ".tgz")) &&
        !StartsWith(a, "http"))
      *spec = "file:" + a;
    return true;
  }
  size_t at = a.find('@', a[0] == '@' ? 1 : 0);
  if (at == std::string::npos) {
    *name = a;
    spec->clear();
  } else {
    *name = a.substr(0, at);
    *spec = a.substr(at + 1);
  }
  return ValidPackageName(*name);
}

}  // namespace nodus::pm

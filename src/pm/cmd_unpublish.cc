// `unpublish` (no V8 here), npm 11's flow: the packument read with ?write=true; one version
// removed by PUTting the document without it (its dist-tags dropped, `latest` moved to the
// highest remaining version) and DELETEing its tarball at the new revision; the whole package
// (`name`, `name@*`, or its only version) by DELETE <name>/-rev/<rev>. Whole packages and the
// last version need --force; tags and ranges are refused.
#include <cstdio>

#include "pm/commands.h"
#include "pm/fs_util.h"
#include "pm/semver.h"

namespace nodus::pm {

PmError RegistryAuthError(const PmError& e) {
  if (e.code == "E401")
    return {e.code, "Unable to authenticate, your authentication token seems to be invalid.\n"
                    "To correct this please try logging in again with:\n  nodus login"};
  return e;
}

void SplitSpec(const std::string& arg, std::string* name, std::string* spec) {
  size_t at = arg.find('@', arg.size() > 1 && arg[0] == '@' ? 1 : 0);
  *name = arg.substr(0, at);
  *spec = at == std::string::npos ? "" : arg.substr(at + 1);
}

bool GetJson(Context& ctx, const std::string& url, Json* out, PmError* err, bool require_object) {
  HttpResponse resp;
  if (!RegistryRequest(ctx, "GET", url, "", &resp, err)) return false;
  JsonError je;
  if (!ParseJson(resp.body, out, &je) || (require_object && !out->IsObject())) {
    *err = {"EJSONPARSE", "invalid JSON from " + url};
    return false;
  }
  return true;
}

bool FetchWriteDoc(Context& ctx, const std::string& registry, const std::string& name, Json* doc, PmError* err) {
  return GetJson(ctx, registry + EscapeName(name) + "?write=true", doc, err);
}

PmError NotFoundError(const PmError& e, const std::string& what) {
  if (e.code != "E404") return e;
  return {e.code, e.message + "\n404\n404  The requested resource '" + what +
                      "' could not be found or you do not have permission to access it.\n404\n"
                      "404 Note that you can also install from a\n404 tarball, folder, http url, or git url."};
}

namespace {

const char kUsage[] =
    "Remove a package from the registry\n\nUsage:\nnodus unpublish [<package-spec>]\n\nOptions:\n"
    "[--dry-run] [-f|--force]\n[-w|--workspace <workspace-name> [-w|--workspace <workspace-name> ...]]\n"
    "[--workspaces]\n\nRun \"nodus help unpublish\" for more info";

int Usage(const std::string& why) { return ReportError({"EUSAGE", (why.empty() ? "" : "\n" + why + "\n") + "\n" + kUsage}); }

// The tarball's path relative to the registry (libnpmpublish strips the registry's own path).
std::string TarballPath(const std::string& tarball, const std::string& registry) {
  auto path_of = [](const std::string& u) {
    size_t s = u.find("//");
    size_t p = u.find('/', s == std::string::npos ? 0 : s + 2);
    std::string r = p == std::string::npos ? "/" : u.substr(p);
    size_t q = r.find_first_of("?#");
    if (q != std::string::npos) r.resize(q);
    return r.substr(1);
  };
  std::string t = path_of(tarball), r = path_of(registry);
  return t.substr(std::min(r.size(), t.size()));
}

// libnpmpublish's unpublish: a version the registry no longer has is already gone (success), as
// is a package it does not know (E404).
bool Unpublish(Context& ctx, const std::string& registry, const std::string& name, const std::string& version,
               PmError* err) {
  Json doc;
  auto gone = [&]() { return err->code == "E404" ? (*err = {}, true) : false; };
  if (!FetchWriteDoc(ctx, registry, name, &doc, err)) return gone();
  std::string base = registry + EscapeName(name);
  const Json* versions = doc.Get("versions");
  size_t count = versions && versions->IsObject() ? versions->size() : 0;
  bool all = version.empty() || version == "*";
  if (!all && count && !versions->Get(version)) return true;
  HttpResponse resp;
  if (all || count <= 1) {
    if (!RegistryRequest(ctx, "DELETE", base + "/-rev/" + doc.GetString("_rev"), "", &resp, err)) return gone();
    return true;
  }
  Json* vs = doc.GetMut("versions");
  std::string tarball;
  if (const Json* d = vs->Get(version)->Get("dist")) tarball = d->GetString("tarball");
  vs->Erase(version);
  if (Json* tags = doc.GetMut("dist-tags"); tags && tags->IsObject()) {
    std::string latest = tags->GetString("latest");
    std::vector<std::string> drop;
    for (auto& [t, v] : tags->members())
      if (v.IsString() && v.str() == version) drop.push_back(t);
    for (auto& t : drop) tags->Erase(t);
    if (latest == version) {
      std::vector<std::string> keys;
      for (auto& [k, v] : vs->members()) keys.push_back(k);
      std::stable_sort(keys.begin(), keys.end(), [](const std::string& a, const std::string& b) {
        return semver::Compare(a, b, true).value_or(0) < 0;
      });
      if (!keys.empty()) tags->Set("latest", Json::String(keys.back()));
    }
  }
  doc.Erase("_revisions");
  doc.Erase("_attachments");
  if (!RegistryRequest(ctx, "PUT", base + "/-rev/" + doc.GetString("_rev"), SerializeJson(doc, 0), &resp, err))
    return gone();
  Json now;
  if (!FetchWriteDoc(ctx, registry, name, &now, err)) return gone();
  std::string url = registry + TarballPath(tarball, registry) + "/-rev/" + now.GetString("_rev");
  if (!RegistryRequest(ctx, "DELETE", url, "", &resp, err)) return gone();
  return true;
}

}  // namespace

int CmdUnpublish(Context& ctx, const Args& args) {
  ctx.config.Set("npm-command", "unpublish");
  if (args.positional.size() > 1) return Usage("");
  bool force = ctx.config.GetBool("force", false);
  bool dry_run = ctx.config.GetBool("dry-run", false);
  if (force) ctx.Warn("using --force Recommended protections disabled.");
  std::string name, spec;
  bool have_spec = !args.positional.empty();
  if (have_spec) {
    SplitSpec(args.positional[0], &name, &spec);
    if (spec.empty()) spec = "*";
    if (spec != "*" && !semver::Valid(spec, true))
      return Usage("Can only unpublish a single version, or the entire project.\nTags and ranges are not supported.");
    if (spec == "*" && !force) return Usage("Refusing to delete entire project.\nRun with --force to do this.");
  }
  Json manifest;
  bool have_manifest = PathExists(ctx.project_dir + "/package.json");
  if (have_manifest) {
    PmError err;
    if (!ReadPackageJsonFile(ctx.project_dir + "/package.json", &manifest, &err)) return ReportError(err);
  } else if (!have_spec) {
    return Usage("");
  }
  std::string shown;  // the "@version" npm prints
  if (have_spec) {
    shown = spec == "*" ? "" : "@" + spec;
  } else {
    name = manifest.GetString("name");
    spec = manifest.GetString("version");
    shown = spec.empty() ? "" : "@" + spec;
    if (spec.empty() && !force) return Usage("Refusing to delete entire project.\nRun with --force to do this.");
    if (spec.empty()) spec = "*";
  }
  std::string registry = ctx.config.RegistryFor(name);
  if (have_manifest && manifest.GetString("name") == name)
    if (const Json* pc = manifest.Get("publishConfig"); pc && pc->IsObject() && !pc->GetString("registry").empty() &&
                                                          !args.flags.count("registry"))
      registry = WithSlash(pc->GetString("registry"));
  Json doc;
  PmError err;
  if (!FetchWriteDoc(ctx, registry, name, &doc, &err)) return ReportError(RegistryAuthError(NotFoundError(err, name + "@*")));
  const Json* versions = doc.Get("versions");
  size_t count = versions && versions->IsObject() ? versions->size() : 0;
  if (count == 1 && versions->members()[0].first == spec && !force)
    return Usage("Refusing to delete the last version of the package. It will block from republishing a new version "
                 "for 24 hours.\nRun with --force to do this.");
  if (count == 1) shown.clear();
  if (!dry_run && !Unpublish(ctx, registry, name, spec, &err)) return ReportError(RegistryAuthError(err));
  if (!ctx.silent) std::printf("- %s%s\n", name.c_str(), shown.c_str());
  return 0;
}

}  // namespace nodus::pm

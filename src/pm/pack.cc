// `pack` (the same file selection as npm-packlist) and `publish` (no V8 here).
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>

#include "pm/commands.h"
#include "pm/fs_util.h"
#include "pm/scripts.h"
#include "pm/tar.h"

namespace nodus::pm {

namespace {

struct Rule {
  std::string pattern;
  bool negate = false, dir_only = false, anchored = false;
};

std::vector<Rule> ParseIgnore(std::string_view text) {
  std::vector<Rule> rules;
  for (auto& raw : Split(text, '\n')) {
    std::string line = raw;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    Rule r;
    if (line[0] == '!') { r.negate = true; line = line.substr(1); }
    if (!line.empty() && line.back() == '/') { r.dir_only = true; line.pop_back(); }
    if (StartsWith(line, "./")) line = line.substr(2);
    if (!line.empty() && line[0] == '/') { r.anchored = true; line = line.substr(1); }
    if (line.find('/') != std::string::npos) r.anchored = true;
    if (line.empty()) continue;
    r.pattern = line;
    rules.push_back(r);
  }
  return rules;
}

bool RuleMatches(const Rule& r, const std::string& rel, bool is_dir) {
  if (r.dir_only && !is_dir) return false;
  if (r.anchored) return GlobMatch(r.pattern, rel) || GlobMatch(r.pattern + "/**", rel);
  std::string base = BaseName(rel);
  return GlobMatch(r.pattern, base);
}

// Files npm never packs, at any depth.
bool AlwaysIgnored(const std::string& name, bool is_dir) {
  static const char* kNames[] = {".git", "CVS", ".svn", ".hg", ".lock-wscript", ".DS_Store", "npm-debug.log",
                                 ".npmrc", "node_modules", "package-lock.json", "yarn.lock", "pnpm-lock.yaml",
                                 "bun.lockb", ".npmignore", ".gitignore", "npm-shrinkwrap.json"};
  for (const char* n : kNames)
    if (name == n) return std::string(n) != "npm-shrinkwrap.json";
  if (StartsWith(name, "._")) return true;
  if (StartsWith(name, ".wafpickle-")) return true;
  if (!is_dir && name[0] == '.' && EndsWith(name, ".swp")) return true;
  if (!is_dir && EndsWith(name, ".orig")) return true;
  return false;
}

// package.json and /^(readme|copying|license|licence)(\..*)?$/i at the top level.
bool AlwaysIncluded(const std::string& rel) {
  if (rel.find('/') != std::string::npos) return false;
  if (rel == "package.json") return true;
  std::string base = ToLower(rel.substr(0, rel.find('.')));
  return base == "readme" || base == "copying" || base == "license" || base == "licence";
}

struct Walker {
  std::string root;
  bool has_files = false;
  std::vector<Rule> files_rules;
  std::vector<std::string> out;

  bool FilesAllow(const std::string& rel, bool is_dir) {
    for (auto& r : files_rules) {
      if (r.negate) continue;
      if (RuleMatches(r, rel, is_dir)) return true;
      // A directory on the way to an allowed path must be walked.
      if (is_dir && r.anchored && (StartsWith(r.pattern, rel + "/") || GlobMatch(r.pattern.substr(0, r.pattern.find('/')), rel)))
        return true;
      if (is_dir && !r.anchored) return true;  // "*.js" may match below
    }
    return false;
  }
  bool FilesDeny(const std::string& rel, bool is_dir) {
    bool deny = false;
    for (auto& r : files_rules)
      if (r.negate && RuleMatches(r, rel, is_dir)) deny = true;
    return deny;
  }
  // True if `rel` lies under (or is) something a positive files rule names.
  bool FilesCovered(const std::string& rel, bool is_dir) {
    std::string acc;
    auto parts = Split(rel, '/');
    for (size_t i = 0; i < parts.size(); i++) {
      acc = acc.empty() ? parts[i] : acc + "/" + parts[i];
      bool dir = i + 1 < parts.size() || is_dir;
      for (auto& r : files_rules)
        if (!r.negate && RuleMatches(r, acc, dir)) return true;
    }
    return false;
  }

  void Walk(const std::string& rel_dir, std::vector<std::pair<std::string, std::vector<Rule>>> scopes) {
    std::string abs = rel_dir.empty() ? root : root + "/" + rel_dir;
    // Each directory's .npmignore (or, without one, .gitignore). With "files", the root's is unused.
    std::string text;
    bool root_level = rel_dir.empty();
    if (!(has_files && root_level)) {
      if (ReadFile(abs + "/.npmignore", &text) || ReadFile(abs + "/.gitignore", &text))
        scopes.emplace_back(rel_dir, ParseIgnore(text));
    }
    for (auto& name : ListDir(abs)) {
      std::string rel = rel_dir.empty() ? name : rel_dir + "/" + name;
      struct stat st;
      if (lstat((abs + "/" + name).c_str(), &st) != 0) continue;
      if (S_ISLNK(st.st_mode)) continue;
      bool is_dir = S_ISDIR(st.st_mode);
      if (AlwaysIgnored(name, is_dir)) continue;
      bool ignored = false;
      for (auto& [scope_dir, rules] : scopes) {
        std::string sub = scope_dir.empty() ? rel : rel.substr(scope_dir.size() + 1);
        for (auto& r : rules)
          if (RuleMatches(r, sub, is_dir)) ignored = !r.negate;
      }
      if (root_level && !is_dir && AlwaysIncluded(rel)) {
        out.push_back(rel);
        continue;
      }
      if (ignored) continue;
      if (has_files) {
        if (!FilesCovered(rel, is_dir) && !(is_dir && FilesAllow(rel, true))) continue;
        if (FilesDeny(rel, is_dir)) continue;
      }
      if (is_dir) {
        Walk(rel, scopes);
      } else if (S_ISREG(st.st_mode)) {
        if (has_files && !FilesCovered(rel, false)) continue;
        out.push_back(rel);
      }
    }
  }
};

std::string Normalise(std::string p) {
  while (StartsWith(p, "./")) p = p.substr(2);
  return NormaliseEntryPath(p);
}

struct Packed {
  std::string tgz;
  std::vector<std::pair<std::string, size_t>> files;
  size_t unpacked = 0;
  std::string filename, integrity, shasum, id;
};

bool BuildPackage(Context& ctx, const std::string& dir, const Json& pkg, Packed* out) {
  std::vector<TarInput> inputs = PackInputs(dir, pkg);
  for (auto& in : inputs) {
    out->files.emplace_back(in.path, in.data.size());
    out->unpacked += in.data.size();
  }
  // Listed as npm lists a tarball: paths starting with a character toUpperCase() leaves alone
  // (capitals, digits, punctuation) first, each group in localeCompare order.
  auto upper = [](const std::string& p) { return p.empty() || !(p[0] >= 'a' && p[0] <= 'z'); };
  std::stable_sort(out->files.begin(), out->files.end(), [&](const auto& a, const auto& b) {
    if (upper(a.first) != upper(b.first)) return upper(a.first);
    return LocaleLess(a.first, b.first);
  });
  std::string name = pkg.GetString("name"), version = pkg.GetString("version");
  out->tgz = Gzip(WriteTar(inputs));
  out->integrity = Sri("sha512", out->tgz);
  out->shasum = HexEncode(HashBytes("sha1", out->tgz));
  std::string fname = name;
  if (!fname.empty() && fname[0] == '@') fname = fname.substr(1);
  for (auto& ch : fname)
    if (ch == '/') ch = '-';
  out->filename = fname + "-" + version + ".tgz";
  out->id = name + "@" + version;
  return true;
}

std::string HumanSize(size_t n) {
  char buf[32];
  if (n < 1000) std::snprintf(buf, sizeof buf, "%zuB", n);
  else if (n < 1000000) std::snprintf(buf, sizeof buf, "%.1fkB", n / 1000.0);
  else std::snprintf(buf, sizeof buf, "%.1fMB", n / 1e6);
  return buf;
}

void PrintNotice(const Context& ctx, const Packed& p, const char* verb) {
  if (ctx.silent || ctx.json) return;
  std::fprintf(stderr, "nodus notice\nnodus notice %s %s\nnodus notice Tarball Contents\n", verb, p.id.c_str());
  for (auto& [f, size] : p.files) std::fprintf(stderr, "nodus notice %s %s\n", HumanSize(size).c_str(), f.c_str());
  std::fprintf(stderr,
               "nodus notice Tarball Details\nnodus notice filename: %s\nnodus notice package size: %s\n"
               "nodus notice unpacked size: %s\nnodus notice shasum: %s\nnodus notice integrity: %s\n"
               "nodus notice total files: %zu\n",
               p.filename.c_str(), HumanSize(p.tgz.size()).c_str(), HumanSize(p.unpacked).c_str(), p.shasum.c_str(),
               p.integrity.c_str(), p.files.size());
}

Json PackedJson(const Json& pkg, const Packed& p) {
  Json o = Json::Object();
  o.Set("id", Json::String(p.id));
  o.Set("name", Json::String(pkg.GetString("name")));
  o.Set("version", Json::String(pkg.GetString("version")));
  o.Set("size", Json::Number((double)p.tgz.size()));
  o.Set("unpackedSize", Json::Number((double)p.unpacked));
  o.Set("shasum", Json::String(p.shasum));
  o.Set("integrity", Json::String(p.integrity));
  o.Set("filename", Json::String(p.filename));
  Json files = Json::Array();
  for (auto& [f, size] : p.files) {
    Json e = Json::Object();
    e.Set("path", Json::String(f));
    e.Set("size", Json::Number((double)size));
    files.Push(e);
  }
  o.Set("files", files);
  o.Set("entryCount", Json::Number((double)p.files.size()));
  return o;
}

bool LoadPackDir(Context& ctx, const Args& args, std::string* dir, Json* pkg) {
  *dir = ctx.project_dir;
  if (!args.positional.empty()) {
    std::string d = args.positional[0];
    *dir = d[0] == '/' ? d : JoinPath(ctx.cwd, d);
  }
  PmError err;
  if (!ReadPackageJsonFile(*dir + "/package.json", pkg, &err)) {
    ReportError(err);
    return false;
  }
  if (pkg->GetString("name").empty() || pkg->GetString("version").empty()) {
    ReportError({"EINVALIDPACKAGE", *dir + "/package.json needs a name and a version to be packed"});
    return false;
  }
  return true;
}

int RunPackScripts(Context& ctx, const std::string& dir, const Json& pkg, std::initializer_list<const char*> evs) {
  if (ctx.config.GetBool("ignore-scripts", false)) return 0;
  for (const char* ev : evs)
    if (int rc = RunEvent(dir, pkg, ev, ctx.silent || ctx.json)) return rc;
  return 0;
}

}  // namespace

std::vector<std::string> PackFileList(const std::string& dir, const Json& pkg) {
  Walker w;
  w.root = dir;
  const Json* files = pkg.Get("files");
  if (files && files->IsArray()) {
    w.has_files = true;
    std::string text;
    for (auto& f : files->items())
      if (f.IsString()) text += f.str() + "\n";
    w.files_rules = ParseIgnore(text);
    // Also the package's main file and bins.
    std::string extra;
    if (pkg.Get("main") && pkg.Get("main")->IsString()) extra += "/" + Normalise(pkg.GetString("main")) + "\n";
    if (const Json* bin = pkg.Get("bin")) {
      if (bin->IsString()) extra += "/" + Normalise(bin->str()) + "\n";
      else if (bin->IsObject())
        for (auto& [_, v] : bin->members())
          if (v.IsString()) extra += "/" + Normalise(v.str()) + "\n";
    }
    for (auto& r : ParseIgnore(extra)) w.files_rules.push_back(r);
  }
  w.Walk("", {});
  std::sort(w.out.begin(), w.out.end());
  w.out.erase(std::unique(w.out.begin(), w.out.end()), w.out.end());
  return w.out;
}

std::vector<TarInput> PackInputs(const std::string& dir, const Json& pkg) {
  std::vector<TarInput> inputs;
  std::set<std::string> execs;
  if (const Json* bin = pkg.Get("bin")) {
    if (bin->IsString()) execs.insert(Normalise(bin->str()));
    else if (bin->IsObject())
      for (auto& [_, v] : bin->members())
        if (v.IsString()) execs.insert(Normalise(v.str()));
  }
  for (auto& rel : PackFileList(dir, pkg)) {
    TarInput in;
    in.path = rel;
    if (!ReadFile(dir + "/" + rel, &in.data)) continue;
    struct stat st;
    if (stat((dir + "/" + rel).c_str(), &st) != 0) continue;
    // node-tar's portable mode as pacote packs: bins executable, then owner read/write added
    // and group/other write dropped (a 0600 file stays 0600, 0775 becomes 0755).
    int mode = (st.st_mode & 07777) | (execs.count(rel) ? 0111 : 0);
    in.mode = (mode | 0600) & ~022;
    inputs.push_back(std::move(in));
  }
  // The tarball's order, npm-packlist's: by extension, then base name (both lowercased), then
  // path, each compared as localeCompare(x, 'en') does.
  auto cmp = [](const std::string& x, const std::string& y) { return LocaleLess(x, y) ? -1 : LocaleLess(y, x) ? 1 : 0; };
  auto ext = [](const std::string& p) {
    std::string b = BaseName(p);
    size_t dot = b.rfind('.');
    return dot == std::string::npos || dot == 0 ? std::string() : ToLower(b.substr(dot));
  };
  std::stable_sort(inputs.begin(), inputs.end(), [&](const TarInput& x, const TarInput& y) {
    if (int c = cmp(ext(x.path), ext(y.path))) return c < 0;
    if (int c = cmp(ToLower(BaseName(x.path)), ToLower(BaseName(y.path)))) return c < 0;
    return cmp(x.path, y.path) < 0;
  });
  return inputs;
}

std::string PackTarball(const std::string& dir, const Json& pkg) { return Gzip(WriteTar(PackInputs(dir, pkg))); }

int CmdPack(Context& ctx, const Args& args) {
  std::string dir;
  Json pkg;
  if (!LoadPackDir(ctx, args, &dir, &pkg)) return 1;
  bool dry = ctx.config.GetBool("dry-run", false);
  if (int rc = RunPackScripts(ctx, dir, pkg, {"prepack", "prepare"})) return rc;
  PmError perr;  // prepack/prepare may have rewritten package.json
  if (!ReadPackageJsonFile(dir + "/package.json", &pkg, &perr)) return ReportError(perr);
  Packed p;
  BuildPackage(ctx, dir, pkg, &p);
  PrintNotice(ctx, p, "package:");
  std::string dest = JoinPath(ctx.config.Get("pack-destination", ctx.cwd), p.filename);
  if (!dry && !WriteFileAtomic(dest, p.tgz)) return ReportError({"EACCES", "cannot write " + dest});
  if (int rc = RunPackScripts(ctx, dir, pkg, {"postpack"})) return rc;
  if (ctx.json) {
    Json arr = Json::Array();
    arr.Push(PackedJson(pkg, p));
    std::printf("%s\n", SerializeJson(arr, 2).c_str());
  } else {
    std::printf("%s\n", p.filename.c_str());
  }
  return 0;
}

int CmdPublish(Context& ctx, const Args& args) {
  std::string dir;
  Json pkg;
  if (!LoadPackDir(ctx, args, &dir, &pkg)) return 1;
  const Json* priv = pkg.Get("private");
  if (priv && priv->IsBool() && priv->boolean())
    return ReportError({"EPRIVATE", "This package has been marked as private\nRemove the 'private' field from the "
                                    "package.json to publish it."});
  bool dry = ctx.config.GetBool("dry-run", false);
  if (int rc = RunPackScripts(ctx, dir, pkg, {"prepublishOnly", "prepack", "prepare"})) return rc;
  PmError perr;
  if (!ReadPackageJsonFile(dir + "/package.json", &pkg, &perr)) return ReportError(perr);
  Packed p;
  BuildPackage(ctx, dir, pkg, &p);
  if (int rc = RunPackScripts(ctx, dir, pkg, {"postpack"})) return rc;
  std::string name = pkg.GetString("name"), version = pkg.GetString("version");
  std::string tag = ctx.config.Get("tag", "latest");
  // publishConfig can point at another registry / tag / access.
  Config cfg = ctx.config;
  if (const Json* pc = pkg.Get("publishConfig"); pc && pc->IsObject())
    for (auto& [k, v] : pc->members())
      if (v.IsString()) cfg.Set(k, v.str());
  std::string registry = cfg.RegistryFor(name);
  std::string base = name[0] == '@' ? name.substr(name.find('/') + 1) : name;
  std::string tarball_url = registry + name + "/-/" + base + "-" + version + ".tgz";
  PrintNotice(ctx, p, "package:");
  if (!ctx.silent) std::fprintf(stderr, "nodus notice Publishing to %s with tag %s%s\n", registry.c_str(), tag.c_str(),
                                dry ? " (dry-run)" : "");
  Json manifest = pkg;
  manifest.Set("_id", Json::String(name + "@" + version));
  if (!pkg.Get("readme")) manifest.Set("readme", Json::String(""));
  Json dist = Json::Object();
  dist.Set("integrity", Json::String(p.integrity));
  dist.Set("shasum", Json::String(p.shasum));
  dist.Set("tarball", Json::String(tarball_url));
  manifest.Set("dist", dist);
  Json body = Json::Object();
  body.Set("_id", Json::String(name));
  body.Set("name", Json::String(name));
  if (pkg.Get("description")) body.Set("description", *pkg.Get("description"));
  Json tags = Json::Object();
  tags.Set(tag, Json::String(version));
  body.Set("dist-tags", tags);
  Json versions = Json::Object();
  versions.Set(version, manifest);
  body.Set("versions", versions);
  std::string access = cfg.Get("access");
  body.Set("access", access.empty() ? Json() : Json::String(access));
  Json att = Json::Object();
  Json a = Json::Object();
  a.Set("content_type", Json::String("application/octet-stream"));
  a.Set("data", Json::String(Base64Encode(p.tgz)));
  a.Set("length", Json::Number((double)p.tgz.size()));
  att.Set(name + "-" + version + ".tgz", a);
  body.Set("_attachments", att);
  if (dry) {
    std::printf("+ %s\n", p.id.c_str());
    return 0;
  }
  HttpRequest req;
  req.method = "PUT";
  req.url = registry + EscapeName(name);
  req.body = SerializeJson(body, 0);
  req.headers.push_back("Content-Type: application/json");
  AddRegistryHeaders(cfg, "publish", &req);
  HttpResponse resp = ctx.registry->Fetch(req);
  if (resp.status == 0) return ReportError({"ENETWORK", "request to " + req.url + " failed: " + resp.error});
  if (resp.status < 200 || resp.status >= 300) {
    std::string msg;
    Json j;
    JsonError je;
    if (ParseJson(resp.body, &j, &je)) msg = j.GetString("error", j.GetString("reason", j.GetString("message")));
    if (msg.empty()) msg = resp.body.substr(0, 200);
    std::string hint = resp.status == 401 ? "\nThis command requires you to be logged in (set //host/:_authToken in .npmrc)."
                       : resp.status == 403 ? "\nYou may not publish over an existing version, or lack permission."
                                            : "";
    return ReportError({"E" + std::to_string(resp.status),
                        std::to_string(resp.status) + " - PUT " + req.url + " - " + msg + hint});
  }
  std::printf("+ %s\n", p.id.c_str());
  return 0;
}

}  // namespace nodus::pm

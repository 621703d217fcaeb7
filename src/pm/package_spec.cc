// npm-package-arg's classification, written against its documented behaviour and checked
// against its answers in test/fixtures/semver/npa.json.
#include "pm/package_spec.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "pm/semver.h"

namespace nodus::pm {
namespace {

constexpr size_t npos = std::string_view::npos;

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); i++) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  return StartsWithNoCase(s.substr(s.size() - suffix.size()), suffix);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// encodeURIComponent(s) === s
bool UriComponentSafe(std::string_view s) {
  for (unsigned char c : s) {
    if (!(std::isalnum(c) || std::string_view("-_.!~*'()").find(c) != npos)) return false;
  }
  return true;
}

// `^(?:git[+])?[a-z]+:` (case-insensitive)
bool LooksLikeUrl(std::string_view s) {
  size_t i = StartsWithNoCase(s, "git+") ? 4 : 0;
  size_t letters = 0;
  while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) {
    i++;
    letters++;
  }
  return letters > 0 && i < s.size() && s[i] == ':';
}

// scp-like `user@host.tld:path` (`^[^@]+@[^:.]+\.[^:]+:.+$`)
bool LooksLikeScpGit(std::string_view s) {
  size_t at = s.find('@');
  if (at == npos || at == 0) return false;
  size_t i = at + 1, host_start = i;
  while (i < s.size() && s[i] != ':' && s[i] != '.') i++;
  if (i == host_start || i >= s.size() || s[i] != '.') return false;
  // `[^:.]+\.[^:]+:` backtracks: a later ':' with at least one char between the dot and it.
  size_t colon = s.find(':', i + 1);
  if (colon == npos || colon == i + 1) return false;
  return colon + 1 < s.size();
}

bool IsFileType(std::string_view s) {
  return EndsWithNoCase(s, ".tgz") || EndsWithNoCase(s, ".tar.gz") || EndsWithNoCase(s, ".tar");
}

bool IsFileSpec(std::string_view s) {
  if (s.empty()) return false;
  if (StartsWithNoCase(s, "file:")) return true;
  if (s[0] == '.' || s[0] == '/' || s.substr(0, 2) == "~/") return true;
  return s.size() >= 2 && std::isalpha(static_cast<unsigned char>(s[0])) && s[1] == ':';
}

// hosted-git-info's "user/repo" shorthand test.
bool IsGitHubShorthand(std::string_view s) {
  size_t hash = s.find('#');
  size_t slash = s.find('/');
  size_t slash2 = slash == npos ? npos : s.find('/', slash + 1);
  size_t colon = s.find(':');
  size_t at = s.find('@');
  size_t space = npos;
  for (size_t i = 0; i < s.size(); i++) {
    if (IsSpace(s[i])) {
      space = i;
      break;
    }
  }
  auto only_after_hash = [&](size_t pos) { return pos == npos || (hash != npos && pos > hash); };
  bool ends_ok = hash != npos ? (hash == 0 || s[hash - 1] != '/') : (s.empty() || s.back() != '/');
  return only_after_hash(space) && slash != npos && slash > 0 && ends_ok && s[0] != '.' &&
         only_after_hash(at) && only_after_hash(colon) && only_after_hash(slash2);
}

struct Url {
  std::string protocol;  // lower case, with ':'
  std::string host;      // lower case, no port, no auth
  std::string path;      // from the first '/' after the host, without ?query and #hash
};

bool ParseUrl(std::string_view s, Url* u) {
  size_t colon = s.find(':');
  if (colon == npos) return false;
  u->protocol = Lower(s.substr(0, colon + 1));
  std::string_view rest = s.substr(colon + 1);
  rest = rest.substr(0, rest.find('#'));
  if (rest.substr(0, 2) != "//") {
    u->host.clear();
    u->path = std::string(rest);
    return true;
  }
  rest.remove_prefix(2);
  size_t end = rest.find_first_of("/?");
  std::string_view authority = rest.substr(0, end);
  if (size_t at = authority.rfind('@'); at != npos) authority.remove_prefix(at + 1);
  u->host = Lower(authority.substr(0, authority.find(':')));
  std::string_view path = end == npos ? std::string_view() : rest.substr(end);
  u->path = std::string(path.substr(0, path.find('?')));
  return true;
}

std::vector<std::string_view> PathSegments(std::string_view p) {
  std::vector<std::string_view> out;
  size_t b = 0;
  while (b <= p.size()) {
    size_t e = p.find('/', b);
    if (e == npos) e = p.size();
    out.push_back(p.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

// hosted-git-info's answer to "is this a repository on a known git host?"
// decodeURIComponent would not throw.
bool PercentEncodingOk(std::string_view s) {
  for (size_t i = 0; i < s.size(); i++) {
    if (s[i] != '%') continue;
    if (i + 2 >= s.size() || !std::isxdigit(static_cast<unsigned char>(s[i + 1])) ||
        !std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      return false;
    }
  }
  return true;
}

bool IsHostedGit(std::string_view spec) {
  if (spec.empty()) return false;
  if (IsGitHubShorthand(spec)) return PercentEncodingOk(spec);
  // A URL parser drops leading and trailing C0 controls and spaces.
  std::string_view url = spec;
  while (!url.empty() && static_cast<unsigned char>(url.front()) <= 0x20) url.remove_prefix(1);
  while (!url.empty() && static_cast<unsigned char>(url.back()) <= 0x20) url.remove_suffix(1);
  for (std::string_view shortcut : {"github:", "gitlab:", "bitbucket:", "gist:", "sourcehut:"}) {
    if (StartsWithNoCase(url, shortcut)) {
      std::string_view path = url.substr(shortcut.size());
      return PercentEncodingOk(path.substr(0, path.find('#')));
    }
  }
  Url u;
  std::string s(url);
  if (LooksLikeScpGit(url) && url.find("://") == npos) s = "git+ssh://" + s;
  if (!ParseUrl(s, &u) || u.host.empty()) return false;
  std::string host = u.host.substr(0, 4) == "www." ? u.host.substr(4) : u.host;
  auto proto_in = [&](std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), u.protocol) != list.end();
  };
  auto seg = PathSegments(u.path);  // seg[0] is "" (the leading '/')
  auto at = [&](size_t i) { return i < seg.size() ? seg[i] : std::string_view(); };
  if (host == "github.com") {
    if (!proto_in({"git:", "http:", "git+ssh:", "git+https:", "ssh:", "https:"})) return false;
    std::string_view type = at(3);
    return (type.empty() || type == "tree") && !at(1).empty() && !at(2).empty() &&
           at(2) != ".git";
  }
  if (host == "gitlab.com") {
    if (!proto_in({"git+ssh:", "git+https:", "ssh:", "https:"})) return false;
    if (u.path.find("/-/") != npos || u.path.find("/archive.tar.gz") != npos) return false;
    return seg.size() >= 3 && !at(1).empty() && !seg.back().empty();
  }
  if (host == "bitbucket.org") {
    if (!proto_in({"git+ssh:", "git+https:", "ssh:", "https:"})) return false;
    return at(3) != "get" && !at(1).empty() && !at(2).empty();
  }
  if (host == "gist.github.com") {
    return proto_in({"git:", "git+ssh:", "git+https:", "ssh:", "https:"}) && seg.size() >= 2;
  }
  return false;
}


// path.relative(from, to) for absolute, normalised paths.
std::string RelativePath(std::string_view from, std::string_view to) {
  auto a = PathSegments(from), b = PathSegments(to);
  auto clean = [](std::vector<std::string_view>& v) {
    v.erase(std::remove(v.begin(), v.end(), std::string_view()), v.end());
  };
  clean(a);
  clean(b);
  size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) common++;
  std::string out;
  for (size_t i = common; i < a.size(); i++) out += out.empty() ? ".." : "/..";
  for (size_t i = common; i < b.size(); i++) {
    if (!out.empty()) out += '/';
    out += b[i];
  }
  return out;
}

std::string AbsoluteWhere(const SpecContext& ctx) {
  if (!ctx.where.empty() && ctx.where[0] == '/') return ResolvePath("/", ctx.where);
  const char* pwd = std::getenv("PWD");
  return ResolvePath(pwd && *pwd == '/' ? pwd : "/", ctx.where.empty() ? "." : ctx.where);
}

std::string HomeDir(const SpecContext& ctx) {
  if (!ctx.home.empty()) return ctx.home;
  const char* h = std::getenv("HOME");
  return h && *h ? h : "/";
}

SpecResult Fail(std::string code, std::string message) {
  SpecResult r;
  r.code = std::move(code);
  r.message = std::move(message);
  return r;
}

// Sets name, scope and escaped name; false (with the error filled) when the name is invalid.
bool SetName(PackageSpec& spec, std::string_view name, SpecResult* err) {
  NameValidation v = ValidatePackageName(name);
  if (!v.valid_for_old) {
    std::string joined;
    for (size_t i = 0; i < v.errors.size(); i++) joined += (i ? "; " : "") + v.errors[i];
    *err = Fail("EINVALIDPACKAGENAME", "Invalid package name \"" + std::string(name) +
                                           "\" of package \"" + spec.raw + "\": " + joined + ".");
    return false;
  }
  spec.name = std::string(name);
  spec.scope = name[0] == '@' ? std::string(name.substr(0, name.find('/'))) : "";
  spec.escaped_name = spec.name;
  if (size_t slash = spec.escaped_name.find('/'); slash != std::string::npos) {
    spec.escaped_name.replace(slash, 1, "%2f");
  }
  return true;
}

// Dot segments removed the way a URL parser removes them: empty segments count, and `..`
// pops one segment of whatever kind. `base` ends with '/' (a directory URL).
std::string UrlResolvePath(std::string_view base, std::string_view rel) {
  std::vector<std::string> segs;
  std::string_view full_base = rel.substr(0, 1) == "/" ? std::string_view("/") : base;
  auto b = PathSegments(full_base.substr(1));  // drop the leading '/'
  for (size_t i = 0; i + 1 < b.size(); i++) segs.emplace_back(b[i]);  // last is "" (dir)
  auto r = PathSegments(rel.substr(0, 1) == "/" ? rel.substr(1) : rel);
  for (size_t i = 0; i < r.size(); i++) {
    bool last = i + 1 == r.size();
    if (r[i] == ".") {
      if (last) segs.emplace_back();
    } else if (r[i] == "..") {
      if (!segs.empty()) segs.pop_back();
      if (last) segs.emplace_back();
    } else {
      segs.emplace_back(r[i]);
    }
  }
  std::string out;
  for (auto& seg : segs) out += "/" + seg;
  return out.empty() ? "/" : out;
}

// file:/link:/plain paths -> absolute fetch path and the form to save. npm reads every path
// as a file: URL (with `%`, `#`, `?` escaped, so they stay literal), so URL rules apply to
// plain paths too: `//x` is `/x`, `/../x` stays relative, `~/` (after dot segments) is home.
void FromPath(PackageSpec& spec, std::string_view scheme, const SpecContext& ctx) {
  std::string_view p = spec.raw_spec;
  bool had_scheme = StartsWithNoCase(p, scheme);
  if (had_scheme) p.remove_prefix(scheme.size());
  std::string path(p);
  if (path.size() > 2 && path.substr(0, 2) == "//" && path[2] != '/') path = "/" + path;
  size_t slashes = 0;
  while (slashes < path.size() && path[slashes] == '/') slashes++;
  std::string_view after = std::string_view(path).substr(slashes);
  bool dot_first = after == "." || after == ".." || after.substr(0, 2) == "./" ||
                   after.substr(0, 3) == "../";
  if (slashes >= 1 && slashes <= 3 && dot_first) path = std::string(after);
  bool absolute = !path.empty() && path[0] == '/';
  // The spec's own URL path: "file:x" reads as "/x"; "file:///x" as "/x".
  std::string own = UrlResolvePath("/", absolute ? std::string_view(path).substr(slashes >= 3 ? 2 : 0)
                                                 : std::string_view(path));
  std::string where = AbsoluteWhere(ctx);
  std::string save_prefix = had_scheme ? Lower(scheme) : "file:";
  if (own == "/~" || own.substr(0, 3) == "/~/") {
    spec.fetch_spec = ResolvePath(HomeDir(ctx), own.size() > 3 ? own.substr(3) : "");
    spec.save_spec = save_prefix + own.substr(1);
  } else if (absolute) {
    spec.fetch_spec = ResolvePath("/", own);
    spec.save_spec = save_prefix + spec.fetch_spec;
  } else {
    spec.fetch_spec = ResolvePath("/", UrlResolvePath(where + "/", path));
    spec.save_spec = save_prefix + RelativePath(where, spec.fetch_spec);
  }
}

SpecResult FromRegistry(PackageSpec spec) {
  std::string_view trimmed = Trim(spec.raw_spec);
  spec.fetch_spec = std::string(trimmed);
  switch (semver::ClassifyRegistrySpec(trimmed)) {
    case semver::RegistrySpecType::kVersion: spec.kind = SpecKind::kVersion; break;
    case semver::RegistrySpecType::kRange: spec.kind = SpecKind::kRange; break;
    case semver::RegistrySpecType::kTag: spec.kind = SpecKind::kTag; break;
    case semver::RegistrySpecType::kInvalidTag:
      return Fail("EINVALIDTAGNAME", "Invalid tag name \"" + spec.fetch_spec + "\" of package \"" +
                                         spec.raw +
                                         "\": Tags may not have any characters that "
                                         "encodeURIComponent encodes.");
  }
  SpecResult r;
  r.ok = true;
  r.spec = std::move(spec);
  return r;
}

SpecResult Resolve(std::string_view name, std::string_view raw_spec, std::string_view raw,
                   const SpecContext& ctx);

// A rough WHATWG host check: no forbidden code points and a numeric port; for special schemes
// (http, https) also non-empty, no '%', and dotted numbers only as a whole IPv4 address.
bool HostOk(std::string_view url, bool special) {
  while (!url.empty() && static_cast<unsigned char>(url.front()) <= 0x20) url.remove_prefix(1);
  while (!url.empty() && static_cast<unsigned char>(url.back()) <= 0x20) url.remove_suffix(1);
  size_t b = url.find("//");
  if (b == npos) return !special;
  std::string_view rest = url.substr(b + 2);
  while (!rest.empty() && (rest[0] == '/' || rest[0] == '\\')) rest.remove_prefix(1);
  std::string_view authority = rest.substr(0, rest.find_first_of("/?#\\"));
  if (size_t at = authority.rfind('@'); at != npos) authority.remove_prefix(at + 1);
  std::string_view host = authority, port;
  if (size_t colon = authority.find(':'); colon != npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
  }
  for (char c : port) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  // Opaque hosts (git:, git+...) may be empty and may hold '%'.
  for (char c : host) {
    if (std::string_view(" #/:<>?@[\\]^|").find(c) != npos) return false;
    if (special && c == '%') return false;
  }
  if (!special) return true;
  if (host.empty()) return false;
  std::string_view h = host;
  if (!h.empty() && h.back() == '.') h.remove_suffix(1);
  std::string_view last = h.substr(h.rfind('.') == npos ? 0 : h.rfind('.') + 1);
  bool numeric_last = !last.empty() && std::all_of(last.begin(), last.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
  if (numeric_last) {
    size_t count = 0;
    for (size_t i = 0, start = 0; i <= h.size(); i++) {
      if (i == h.size() || h[i] == '.') {
        std::string_view label = h.substr(start, i - start);
        if (label.empty() || !std::all_of(label.begin(), label.end(), [](char c) {
              return std::isdigit(static_cast<unsigned char>(c));
            })) {
          return false;
        }
        count++;
        start = i + 1;
      }
    }
    return count <= 4;
  }
  return true;
}

// `git+ssh://([^:#]+:[^#]+)(#.*)?` whose part after the colon is not a port number.
bool IsScpInsideUrl(std::string_view url) {
  std::string_view rest = url.substr(std::string_view("git+ssh://").size());
  rest = rest.substr(0, rest.find('#'));
  size_t colon = rest.find(':');
  if (colon == npos || colon == 0 || colon + 1 >= rest.size()) return false;
  // isPortNumber: `:[0-9]+(/|$)` anywhere
  for (size_t c = rest.find(':'); c != npos; c = rest.find(':', c + 1)) {
    size_t d = c + 1;
    while (d < rest.size() && std::isdigit(static_cast<unsigned char>(rest[d]))) d++;
    if (d > c + 1 && (d == rest.size() || rest[d] == '/')) return false;
  }
  return true;
}

SpecResult FromUrl(PackageSpec spec) {
  Url u;
  ParseUrl(spec.raw_spec, &u);
  static const std::string_view kGit[] = {"git:",      "git+http:", "git+https:", "git+rsync:",
                                          "git+ftp:",  "git+file:", "git+ssh:"};
  if (std::find(std::begin(kGit), std::end(kGit), u.protocol) != std::end(kGit)) {
    // git+ssh://user@host:path (scp style inside a URL) is not a URL; anything else must be.
    if (!(u.protocol == "git+ssh:" && IsScpInsideUrl(spec.raw_spec)) &&
        !HostOk(spec.raw_spec, false)) {
      return Fail("ERR_INVALID_URL", "Invalid URL");
    }
    spec.kind = SpecKind::kGit;
  } else if (u.protocol == "http:" || u.protocol == "https:") {
    if (!HostOk(spec.raw_spec, true)) return Fail("ERR_INVALID_URL", "Invalid URL");
    spec.kind = SpecKind::kRemote;
  } else {
    if (!HostOk(spec.raw_spec, false)) return Fail("ERR_INVALID_URL", "Invalid URL");
    return Fail("EUNSUPPORTEDPROTOCOL",
                "Unsupported URL Type \"" + u.protocol + "\": " + spec.raw_spec);
  }
  spec.fetch_spec = spec.raw_spec;
  SpecResult r;
  r.ok = true;
  r.spec = std::move(spec);
  return r;
}

SpecResult FromAlias(PackageSpec spec, const SpecContext& ctx) {
  SpecResult sub = ParsePackageSpec(std::string_view(spec.raw_spec).substr(4), ctx);
  if (!sub.ok) return sub;
  if (sub.spec.kind == SpecKind::kAlias) return Fail("EINVALIDSPEC", "nested aliases not supported");
  if (!sub.spec.IsRegistry()) return Fail("EINVALIDSPEC", "aliases only work for registry deps");
  if (sub.spec.name.empty()) return Fail("EINVALIDSPEC", "aliases must have a name");
  spec.kind = SpecKind::kAlias;
  spec.sub_spec = std::make_shared<PackageSpec>(std::move(sub.spec));
  SpecResult r;
  r.ok = true;
  r.spec = std::move(spec);
  return r;
}

SpecResult Resolve(std::string_view name, std::string_view raw_spec, std::string_view raw,
                   const SpecContext& ctx) {
  PackageSpec spec;
  spec.raw = std::string(raw);
  spec.raw_spec = std::string(raw_spec);
  if (!name.empty()) {
    SpecResult err;
    if (!SetName(spec, name, &err)) return err;
  }
  std::string_view s = raw_spec;
  SpecResult r;
  r.ok = true;
  if (IsFileSpec(s)) {
    spec.kind = IsFileType(s) ? SpecKind::kFile : SpecKind::kDirectory;
    FromPath(spec, "file:", ctx);
  } else if (StartsWithNoCase(s, "npm:")) {
    return FromAlias(std::move(spec), ctx);
  } else if (StartsWithNoCase(s, "link:")) {
    spec.kind = SpecKind::kLink;
    FromPath(spec, "link:", ctx);
  } else if (IsHostedGit(s)) {
    spec.kind = SpecKind::kGit;
    spec.fetch_spec = spec.raw_spec;
  } else if (!s.empty() && LooksLikeUrl(s)) {
    return FromUrl(std::move(spec));
  } else if (!s.empty() && (s.find('/') != npos || IsFileType(s))) {
    spec.kind = IsFileType(s) ? SpecKind::kFile : SpecKind::kDirectory;
    FromPath(spec, "file:", ctx);
  } else {
    return FromRegistry(std::move(spec));
  }
  r.spec = std::move(spec);
  return r;
}

bool IsBuiltinModule(std::string_view lower) {
  static const std::string_view kBuiltins[] = {
      "_http_agent", "_http_client", "_http_common", "_http_incoming", "_http_outgoing",
      "_http_server", "_stream_duplex", "_stream_passthrough", "_stream_readable",
      "_stream_transform", "_stream_wrap", "_stream_writable", "_tls_common", "_tls_wrap",
      "assert", "assert/strict", "async_hooks", "buffer", "child_process", "cluster", "console",
      "constants", "crypto", "dgram", "diagnostics_channel", "dns", "dns/promises", "domain",
      "events", "fs", "fs/promises", "http", "http2", "https", "inspector",
      "inspector/promises", "module", "net", "os", "path", "path/posix", "path/win32",
      "perf_hooks", "process", "punycode", "querystring", "readline", "readline/promises",
      "repl", "stream", "stream/consumers", "stream/promises", "stream/web", "string_decoder",
      "sys", "timers", "timers/promises", "tls", "trace_events", "tty", "url", "util",
      "util/types", "v8", "vm", "wasi", "worker_threads", "zlib", "node:sea", "node:sqlite",
      "node:test", "node:test/reporters"};
  return std::find(std::begin(kBuiltins), std::end(kBuiltins), lower) != std::end(kBuiltins);
}

}  // namespace

// path.resolve(base, p) without touching the file system.
std::string ResolvePath(std::string_view base, std::string_view p) {
  std::string joined = !p.empty() && p[0] == '/' ? std::string(p) : std::string(base) + "/" + std::string(p);
  std::vector<std::string_view> parts;
  for (auto s : PathSegments(joined)) {
    if (s.empty() || s == ".") continue;
    if (s == "..") {
      if (!parts.empty()) parts.pop_back();
      continue;
    }
    parts.push_back(s);
  }
  std::string out;
  for (auto s : parts) out += "/" + std::string(s);
  return out.empty() ? "/" : out;
}

const char* SpecKindName(SpecKind k) {
  switch (k) {
    case SpecKind::kVersion: return "version";
    case SpecKind::kRange: return "range";
    case SpecKind::kTag: return "tag";
    case SpecKind::kAlias: return "alias";
    case SpecKind::kRemote: return "remote";
    case SpecKind::kFile: return "file";
    case SpecKind::kDirectory: return "directory";
    case SpecKind::kLink: return "link";
    case SpecKind::kGit: return "git";
  }
  return "?";
}

NameValidation ValidatePackageName(std::string_view name) {
  NameValidation v;
  auto& e = v.errors;
  auto& w = v.warnings;
  if (name.empty()) e.push_back("name length must be greater than zero");
  if (!name.empty() && name[0] == '.') e.push_back("name cannot start with a period");
  if (!name.empty() && name[0] == '-') e.push_back("name cannot start with a hyphen");
  if (!name.empty() && name[0] == '_') e.push_back("name cannot start with an underscore");
  if (Trim(name) != name) e.push_back("name cannot contain leading or trailing spaces");
  std::string lower = Lower(name);
  for (std::string_view excluded : {"node_modules", "favicon.ico"}) {
    if (lower == excluded) e.push_back(std::string(excluded) + " is not a valid package name");
  }
  if (IsBuiltinModule(lower)) w.push_back(std::string(name) + " is a core module name");
  if (name.size() > 214) w.push_back("name can no longer contain more than 214 characters");
  if (lower != name) w.push_back("name can no longer contain capital letters");
  std::string_view last = name.substr(name.rfind('/') == npos ? 0 : name.rfind('/') + 1);
  if (last.find_first_of("~'!()*") != npos) {
    w.push_back("name can no longer contain special characters (\"~'!()*\")");
  }
  if (!UriComponentSafe(name)) {
    // Maybe `@scope/name`: `^(?:@([^/]+?)[/])?([^/]+?)$`
    bool scoped_ok = false;
    size_t slash = name.find('/');
    if (slash == npos && !name.empty()) {
      if (name[0] == '.') e.push_back("name cannot start with a period");
    } else if (slash != npos && name[0] == '@' && slash > 1 && slash + 1 < name.size() &&
               name.find('/', slash + 1) == npos) {
      std::string_view user = name.substr(1, slash - 1), pkg = name.substr(slash + 1);
      if (pkg[0] == '.') e.push_back("name cannot start with a period");
      scoped_ok = UriComponentSafe(user) && UriComponentSafe(pkg);
    }
    if (!scoped_ok) e.push_back("name can only contain URL-friendly characters");
  }
  v.valid_for_old = e.empty();
  v.valid_for_new = e.empty() && w.empty();
  return v;
}

SpecResult ParsePackageSpec(std::string_view arg, const SpecContext& ctx) {
  size_t name_end = arg.size() > 1 ? arg.find('@', 1) : npos;
  std::string_view name_part = name_end != npos ? arg.substr(0, name_end) : arg;
  if (LooksLikeUrl(arg)) return Resolve({}, arg, arg, ctx);
  if (LooksLikeScpGit(arg)) {
    std::string spec = "git+ssh://" + std::string(arg);
    return Resolve({}, spec, arg, ctx);
  }
  if ((name_part.empty() || name_part[0] != '@') &&
      (name_part.find('/') != npos || IsFileType(name_part))) {
    return Resolve({}, arg, arg, ctx);
  }
  if (name_end != npos) {
    std::string_view spec = arg.substr(name_end + 1);
    return Resolve(name_part, spec.empty() ? "*" : spec, arg, ctx);
  }
  if (ValidatePackageName(arg).valid_for_old) return Resolve(arg, "*", arg, ctx);
  return Resolve({}, arg, arg, ctx);
}

SpecResult ResolvePackageSpec(std::string_view name, std::string_view spec,
                              const SpecContext& ctx) {
  std::string raw = name.empty() ? std::string(spec) : std::string(name) + "@" + std::string(spec);
  return Resolve(name, spec, raw, ctx);
}

}  // namespace nodus::pm

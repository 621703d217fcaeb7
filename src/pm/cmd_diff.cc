// `diff`: the files of two versions of a package (registry versions, the project folder, an
// installed copy) compared as npm 11's libnpmdiff prints them: a git-style header per changed
// file and a unified diff of its lines (our own Myers line diff, with jsdiff's choices on ties so
// that hunks come out as npm's).
#include <limits.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "pm/commands.h"
#include "pm/fs_util.h"
#include "pm/install.h"
#include "pm/package_spec.h"
#include "pm/registry.h"
#include "pm/resolve.h"
#include "pm/semver.h"

namespace nodus::pm {

namespace {

const char kUsage[] =
    "The registry diff command\n"
    "\n"
    "Usage:\n"
    "nodus diff [...<paths>]\n"
    "\n"
    "Options:\n"
    "[--diff <package-spec> [--diff <package-spec> ...]] [--diff-name-only]\n"
    "[--diff-unified <number>] [--diff-ignore-all-space] [--diff-no-prefix]\n"
    "[--diff-src-prefix <path>] [--diff-dst-prefix <path>] [--diff-text] [-g|--global]\n"
    "[--tag <tag>]\n"
    "[-w|--workspace <workspace-name> [-w|--workspace <workspace-name> ...]]\n"
    "[--workspaces] [--include-workspace-root]\n"
    "\n"
    "  --diff\n"
    "    Define arguments to compare in `nodus diff`.\n"
    "\n"
    "  --diff-name-only\n"
    "    Prints only filenames when using `nodus diff`.\n"
    "\n"
    "  --diff-unified\n"
    "    The number of lines of context to print in `nodus diff`.\n"
    "\n"
    "  --diff-ignore-all-space\n"
    "    Ignore whitespace when comparing lines in `nodus diff`.\n"
    "\n"
    "  --diff-no-prefix\n"
    "    Do not show any source or destination prefix in `nodus diff` output.\n"
    "\n"
    "  --diff-src-prefix\n"
    "    Source prefix to be used in `nodus diff` output.\n"
    "\n"
    "  --diff-dst-prefix\n"
    "    Destination prefix to be used in `nodus diff` output.\n"
    "\n"
    "  --diff-text\n"
    "    Treat all files as text in `nodus diff`.\n"
    "\n"
    "  -g|--global\n"
    "    Operates in \"global\" mode, so that packages are installed into the\n"
    "\n"
    "  --tag\n"
    "    If you ask npm to install a package and don't tell it a specific version,\n"
    "\n"
    "  -w|--workspace\n"
    "    Enable running a command in the context of the configured workspaces of the\n"
    "\n"
    "  --workspaces\n"
    "    Set to true to run the command in the context of **all** configured\n"
    "\n"
    "  --include-workspace-root\n"
    "    Include the workspace root when workspaces are enabled for a command.\n"
    "\n"
    "\n"
    "Run \"nodus help diff\" for more info";

int Usage(const std::string& why) { return ReportError({"EUSAGE", "\n" + why + "\n\n" + kUsage}); }

// ---- the line diff ------------------------------------------------------------------------------

// Lines with their terminator ("\n" or "\r\n"; none on a last unterminated line).
std::vector<std::string_view> SplitLines(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); i++) {
    if (s[i] == '\n') {
      out.push_back(s.substr(start, i + 1 - start));
      start = i + 1;
    } else if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      out.push_back(s.substr(start, i + 2 - start));
      start = i + 2;
      i++;
    }
  }
  if (start < s.size()) out.push_back(s.substr(start));
  return out;
}

bool IsJsSpace(std::string_view s, size_t i, size_t* len) {
  unsigned char c = s[i];
  if (c == ' ' || (c >= '\t' && c <= '\r')) { *len = 1; return true; }
  if (c == 0xC2 && i + 1 < s.size() && (unsigned char)s[i + 1] == 0xA0) { *len = 2; return true; }
  if (c == 0xEF && i + 2 < s.size() && (unsigned char)s[i + 1] == 0xBB && (unsigned char)s[i + 2] == 0xBF) {
    *len = 3;
    return true;
  }
  return false;
}

std::string_view JsTrim(std::string_view s) {
  size_t len;
  while (!s.empty() && IsJsSpace(s, 0, &len)) s.remove_prefix(len);
  for (;;) {
    bool cut = false;
    for (size_t l : {1, 2, 3}) {
      if (s.size() >= l && IsJsSpace(s, s.size() - l, &len) && len == l) {
        s.remove_suffix(l);
        cut = true;
        break;
      }
    }
    if (!cut) break;
  }
  return s;
}

enum class Op : uint8_t { kSame, kAdd, kDel };
struct Run {
  Op op;
  size_t count;
};

// Forward Myers search over the edit graph (x: old lines used, y: new lines used, diagonal k = x - y).
// Each step keeps, per diagonal, the furthest path and the runs it took (a shared, append-only pool
// of run nodes); from two candidates the one further along the old text wins and a tie deletes, as
// jsdiff decides, so equal-cost scripts come out as npm prints them.
std::vector<Run> DiffLines(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b,
                           bool ignore_space) {
  auto eq = [&](size_t i, size_t j) {
    return ignore_space ? JsTrim(a[i]) == JsTrim(b[j]) : a[i] == b[j];
  };
  struct Node {
    Op op;
    size_t count;
    long prev;
  };
  struct Path {
    long x = -1;  // -1: no path on this diagonal
    long last = -1;
  };
  std::vector<Node> pool;
  const long n = a.size(), m = b.size();
  const long off = m + 1;
  std::vector<Path> paths(n + m + 3);
  auto at = [&](long k) -> Path& { return paths[k + off]; };
  auto extend = [&](Path& p, long k) {
    long x = p.x, y = x - k, run = 0;
    while (x < n && y < m && eq(x, y)) x++, y++, run++;
    if (run) {
      pool.push_back({Op::kSame, (size_t)run, p.last});
      p.last = (long)pool.size() - 1;
    }
    p.x = x;
    return y;
  };
  auto step = [&](Path p, Op op) {
    if (p.last >= 0 && pool[p.last].op == op) {
      pool.push_back({op, pool[p.last].count + 1, pool[p.last].prev});
    } else {
      pool.push_back({op, 1, p.last});
    }
    p.last = (long)pool.size() - 1;
    if (op == Op::kDel) p.x++;
    return p;
  };
  auto collect = [&](long last) {
    std::vector<Run> runs;
    for (long i = last; i >= 0; i = pool[i].prev) runs.push_back({pool[i].op, pool[i].count});
    return std::vector<Run>(runs.rbegin(), runs.rend());
  };
  Path start;
  start.x = 0;
  long y0 = extend(start, 0);
  if (start.x >= n && y0 >= m) return collect(start.last);
  at(0) = start;
  long min_k = LONG_MIN, max_k = LONG_MAX;
  // Runs no live path reaches are dropped now and then (the pool would otherwise grow with the
  // square of the edit distance): mark from the live paths, then compact, older runs first.
  size_t gc_at = size_t(1) << 20;
  auto collect_garbage = [&]() {
    std::vector<long> remap(pool.size(), -1);
    for (auto& p : paths)
      if (p.x >= 0)
        for (long i = p.last; i >= 0 && remap[i] == -1; i = pool[i].prev) remap[i] = -2;
    long kept = 0;
    for (size_t i = 0; i < pool.size(); i++) {
      if (remap[i] != -2) continue;
      remap[i] = kept;
      Node nd = pool[i];
      nd.prev = nd.prev >= 0 ? remap[nd.prev] : -1;
      pool[kept++] = nd;
    }
    pool.resize(kept);
    for (auto& p : paths)
      if (p.x >= 0 && p.last >= 0) p.last = remap[p.last];
    gc_at = std::max(gc_at, pool.size() * 2);
  };
  for (long d = 1; d <= n + m; d++) {
    if (pool.size() > gc_at) collect_garbage();
    for (long k = std::max(min_k, -d); k <= std::min(max_k, d); k += 2) {
      if (k - 1 < -m - 1 || k + 1 > n + 1) continue;
      Path del = k - 1 >= -off ? at(k - 1) : Path{};
      Path add = k + 1 + off < (long)paths.size() ? at(k + 1) : Path{};
      if (k - 1 >= -off) at(k - 1).x = -1;
      bool can_add = add.x >= 0 && add.x - (k + 1) >= 0 && add.x - (k + 1) < m;
      bool can_del = del.x >= 0 && del.x < n;
      if (!can_add && !can_del) {
        at(k).x = -1;
        continue;
      }
      Path p = (!can_del || (can_add && del.x < add.x)) ? step(add, Op::kAdd) : step(del, Op::kDel);
      long y = extend(p, k);
      if (p.x >= n && y >= m) return collect(p.last);
      at(k) = p;
      if (p.x >= n) max_k = std::min(max_k, k - 1);
      if (y >= m) min_k = std::max(min_k, k + 1);
    }
  }
  return {};
}

// jsdiff's structuredPatch + formatPatch for two texts: "@@" hunks with `context` lines around
// the changes (the new text's lines for unchanged ones), "\ No newline at end of file" markers.
std::string Hunks(std::string_view old_text, std::string_view new_text, int context, bool ignore_space) {
  std::vector<std::string_view> a = SplitLines(old_text), b = SplitLines(new_text);
  std::vector<Run> runs = DiffLines(a, b, ignore_space);
  struct Piece {
    Op op;
    std::vector<std::string_view> lines;
  };
  std::vector<Piece> pieces;
  size_t ai = 0, bi = 0;
  for (auto& r : runs) {
    Piece p{r.op, {}};
    if (r.op == Op::kDel) {
      p.lines.assign(a.begin() + ai, a.begin() + ai + r.count);
      ai += r.count;
    } else {
      p.lines.assign(b.begin() + bi, b.begin() + bi + r.count);
      bi += r.count;
      if (r.op == Op::kSame) ai += r.count;
    }
    pieces.push_back(std::move(p));
  }
  pieces.push_back({Op::kSame, {}});
  struct Hunk {
    long old_start, old_lines, new_start, new_lines;
    std::vector<std::string> lines;
  };
  std::vector<Hunk> hunks;
  long old_start = 0, new_start = 0, old_line = 1, new_line = 1;
  std::vector<std::string> cur;
  auto ctx_lines = [&](const std::vector<std::string_view>& ls, size_t from, size_t to) {
    for (size_t i = from; i < to; i++) cur.push_back(" " + std::string(ls[i]));
  };
  for (size_t i = 0; i < pieces.size(); i++) {
    const Piece& p = pieces[i];
    if (p.op != Op::kSame) {
      if (!old_start) {
        old_start = old_line;
        new_start = new_line;
        if (i > 0) {
          cur.clear();
          if (context > 0) {
            const auto& prev = pieces[i - 1].lines;
            size_t take = std::min(prev.size(), (size_t)context);
            ctx_lines(prev, prev.size() - take, prev.size());
          }
          old_start -= cur.size();
          new_start -= cur.size();
        }
      }
      for (auto l : p.lines) cur.push_back((p.op == Op::kAdd ? "+" : "-") + std::string(l));
      (p.op == Op::kAdd ? new_line : old_line) += p.lines.size();
    } else {
      if (old_start) {
        if (p.lines.size() <= (size_t)context * 2 && i + 2 < pieces.size()) {
          ctx_lines(p.lines, 0, p.lines.size());
        } else {
          size_t size = std::min(p.lines.size(), (size_t)std::max(context, 0));
          ctx_lines(p.lines, 0, size);
          hunks.push_back({old_start, old_line - old_start + (long)size, new_start, new_line - new_start + (long)size,
                           std::move(cur)});
          cur.clear();
          old_start = new_start = 0;
        }
      }
      old_line += p.lines.size();
      new_line += p.lines.size();
    }
  }
  std::string out;
  for (auto& h : hunks) {
    if (h.old_lines == 0) h.old_start--;
    if (h.new_lines == 0) h.new_start--;
    out += "@@ -" + std::to_string(h.old_start) + "," + std::to_string(h.old_lines) + " +" +
           std::to_string(h.new_start) + "," + std::to_string(h.new_lines) + " @@\n";
    for (auto& l : h.lines) {
      if (!l.empty() && l.back() == '\n') {
        out.append(l, 0, l.size() - 1);
        out += "\n";
      } else {
        out += l + "\n\\ No newline at end of file\n";
      }
    }
  }
  return out;
}

// The bytes as Buffer#toString('utf8') reads them: ill-formed sequences become U+FFFD.
std::string Utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    if (c < 0x80) { out += (char)c; i++; continue; }
    size_t need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    size_t j = 1;
    for (; j <= need && i + j < s.size(); j++) {
      unsigned char d = s[i + j];
      if (d < lo || d > hi) break;
      lo = 0x80, hi = 0xBF;
    }
    if (need && j == need + 1) {
      out.append(s.substr(i, need + 1));
      i += need + 1;
    } else {
      out += "\xEF\xBF\xBD";
      i += need ? j : 1;
    }
  }
  return out;
}

// binary-extensions' list: npm prints no patch for files with these extensions.
bool BinaryExtension(std::string_view ext) {
  static const std::set<std::string, std::less<>> kExt = [] {
    std::set<std::string, std::less<>> s;
    const char* list =
        "3dm 3ds 3g2 3gp 7z a aac adp afdesign afphoto afpub ai aif aiff alz ape apk appimage ar arj asf au avi bak "
        "baml bh bin bk bmp btif bz2 bzip2 cab caf cgm class cmx cpio cr2 cr3 cur dat dcm deb dex djvu dll dmg dng "
        "doc docm docx dot dotm dra DS_Store dsk dts dtshd dvb dwg dxf ecelp4800 ecelp7470 ecelp9600 egg eol eot "
        "epub exe f4v fbs fh fla flac flatpak fli flv fpx fst fvt g3 gh gif graffle gz gzip h261 h263 h264 icns ico "
        "ief img ipa iso jar jpeg jpg jpgv jpm jxr key ktx lha lib lvp lz lzh lzma lzo m3u m4a m4v mar mdi mht mid "
        "midi mj2 mka mkv mmr mng mobi mov movie mp3 mp4 mp4a mpeg mpg mpga mxu nef npx numbers nupkg o odp ods odt "
        "oga ogg ogv otf ott pages pbm pcx pdb pdf pea pgm pic png pnm pot potm potx ppa ppam ppm pps ppsm ppsx ppt "
        "pptm pptx psd pya pyc pyo pyv qt rar ras raw resources rgb rip rlc rmf rmvb rpm rtf rz s3m s7z scpt sgi "
        "shar snap sil sketch slk smv snk so stl suo sub swf tar tbz tbz2 tga tgz thmx tif tiff tlz ttc ttf txz udf "
        "uvh uvi uvm uvp uvs uvu viv vob war wav wax wbmp wdp weba webm webp whl wim wm wma wmv wmx woff woff2 wrm "
        "wvx xbm xif xla xlam xls xlsb xlsm xlsx xlt xltm xltx xm xmind xpi xpm xwd xz z zip zipx";
    for (auto& w : Split(list, ' ')) s.insert(w);
    return s;
  }();
  return kExt.count(ext) > 0;
}

bool PrintsPatch(const std::string& file) {
  std::string base = BaseName(file);
  std::string ext;
  if (!base.empty() && base[0] == '.') {
    ext = base.substr(1);
  } else {
    size_t dot = base.rfind('.');
    if (dot != std::string::npos && dot > 0) ext = base.substr(dot + 1);
  }
  return !BinaryExtension(ext);
}

// ---- the two sides ---------------------------------------------------------------------------

struct File {
  std::string content;
  std::string mode;  // "100644"
};
struct Side {
  std::string version;
  std::vector<std::string> order;
  std::map<std::string, File> files;
};

// libnpmdiff's normalizeMatch: backslash runs become "/", then a leading "./" or "." goes.
std::string NormalizeMatch(const std::string& s) {
  std::string t;
  for (char c : s) {
    if (c == '\\') {
      if (t.empty() || t.back() != '\x01') t += '\x01';
      continue;
    }
    t += c;
  }
  for (auto& c : t)
    if (c == '\x01') c = '/';
  if (StartsWith(t, "./")) return t.substr(2);
  if (StartsWith(t, ".")) return t.substr(1);
  return t;
}

// The positional path filters: a glob on the path (with or without "package/"; a pattern that
// starts with "*" matches base names too), or a folder prefix.
bool Wanted(const std::vector<std::string>& filters, const std::string& path) {
  if (filters.empty()) return true;
  std::string full = "package/" + path;
  for (auto& f : filters) {
    std::string pat = NormalizeMatch(f);
    if (GlobMatch(pat, path) || GlobMatch("package/" + pat, full)) return true;
    if (!pat.empty() && pat[0] == '*' && pat.find('/') == std::string::npos && GlobMatch(pat, BaseName(path)))
      return true;
    if (StartsWith(full, pat) || StartsWith(path, pat)) return true;
  }
  return false;
}

void AddFile(Side* side, const std::vector<std::string>& filters, const std::string& path, std::string content,
             int mode) {
  if (!Wanted(filters, path) || side->files.count(path)) return;
  char m[16];
  std::snprintf(m, sizeof m, "100%o", mode);
  side->order.push_back(path);
  side->files[path] = {Utf8(content), m};
}

// An installed package folder as libnpmdiff reads one: every file but the top node_modules, in
// the order node-tar packs a list of paths (breadth first: a folder's entries, in name order, go
// to the end of the queue), modes as a portable tar gives them (bins executable).
void WalkInstalled(const std::string& root, const std::set<std::string>& bins, const std::vector<std::string>& filters,
                   Side* side) {
  std::vector<std::string> queue;
  for (auto& e : ListDir(root))
    if (e != "node_modules") queue.push_back(e);
  for (size_t i = 0; i < queue.size(); i++) {
    std::string r = queue[i];
    std::string p = root + "/" + r;
    struct stat st;
    if (lstat(p.c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      for (auto& e : ListDir(p)) queue.push_back(r + "/" + e);
    } else if (S_ISREG(st.st_mode)) {
      std::string data;
      if (!ReadFile(p, &data)) continue;
      int mode = ((st.st_mode & 07777) | 0600) & ~022;
      if (bins.count(r)) mode |= 0111;
      AddFile(side, filters, r, std::move(data), mode);
    }
  }
}

std::set<std::string> BinFiles(const Json& pkg) {
  std::set<std::string> out;
  auto norm = [](std::string s) { return StartsWith(s, "./") ? s.substr(2) : s; };
  if (const Json* bin = pkg.Get("bin")) {
    if (bin->IsString()) out.insert(norm(bin->str()));
    else if (bin->IsObject())
      for (auto& [_, v] : bin->members())
        if (v.IsString()) out.insert(norm(v.str()));
  }
  return out;
}

bool LoadTarball(std::string_view tgz, const std::vector<std::string>& filters, Side* side, PmError* err) {
  std::string tar, e;
  if (!Gunzip(tgz, &tar, &e)) {
    *err = {"EDIFFUNTAR", "failed to read files"};
    return false;
  }
  std::vector<TarEntry> entries;
  std::vector<std::string> warnings;
  if (!ParseTar(tar, &entries, &warnings, &e, true)) {
    *err = {"EDIFFUNTAR", "failed to read files"};
    return false;
  }
  for (auto& te : entries)
    if (te.kind == TarEntry::Kind::kFile) AddFile(side, filters, te.path, std::string(te.data), te.raw_mode);
  return true;
}

struct Where {
  Context& ctx;
  std::string top;  // the project folder (one up from node_modules)
  std::vector<std::string> filters;
};

// The side for "name@spec" or "file:dir" (a spec already chosen by the command's rules).
bool LoadSide(Where& w, const std::string& arg, Side* side, PmError* err) {
  SpecContext sc;
  sc.where = w.top;
  SpecResult r = ParsePackageSpec(arg, sc);
  if (!r.ok) {
    *err = {r.code, r.message};
    return false;
  }
  const PackageSpec& s = r.spec;
  if (s.kind == SpecKind::kDirectory) {
    Json pkg;
    std::string pj = s.fetch_spec + "/package.json";
    if (!PathExists(pj)) {
      *err = NoPackageJsonError(pj);
      return false;
    }
    if (!ReadPackageJsonFile(pj, &pkg, err)) return false;
    side->version = pkg.GetString("version");
    std::string rel = RelativePath(w.top, s.fetch_spec);
    // npm reads a copy under node_modules as installed, anything else as `pack` would.
    std::vector<std::string> parts = Split(rel, '/');
    bool installed = parts.size() >= 2 &&
                     ((parts[parts.size() - 2] == "node_modules") ||
                      (parts.size() >= 3 && parts[parts.size() - 3] == "node_modules" && parts[parts.size() - 2][0] == '@'));
    if (installed) {
      WalkInstalled(s.fetch_spec, BinFiles(pkg), w.filters, side);
    } else {
      std::vector<TarInput> inputs = PackInputs(s.fetch_spec, pkg);  // (in npm's tarball order)
      for (auto& in : inputs) AddFile(side, w.filters, in.path, std::move(in.data), in.mode);
    }
    return true;
  }
  if (s.kind == SpecKind::kFile) {
    std::string tgz;
    if (!ReadFile(s.fetch_spec, &tgz)) {
      *err = {"ENOENT", "ENOENT: no such file or directory, open '" + s.fetch_spec + "'"};
      return false;
    }
    if (!LoadTarball(tgz, w.filters, side, err)) return false;
    auto it = side->files.find("package.json");
    Json pkg;
    JsonError je;
    if (it != side->files.end() && ParseJson(it->second.content, &pkg, &je)) side->version = pkg.GetString("version");
    return true;
  }
  if (!s.IsRegistry()) {
    *err = {"EUSAGE", std::string("Spec type ") + SpecKindName(s.kind) + " not supported."};
    return false;
  }
  std::string name = s.RegistryName();
  std::string want = s.sub_spec ? s.sub_spec->raw_spec : s.raw_spec;
  Json manifest;
  if (!RegistryManifest(w.ctx, name, want, &manifest, err)) return false;
  const Json* m = &manifest;
  std::string v = m->GetString("version");
  side->version = v;
  const Json* dist = m->Get("dist");
  std::string url = dist ? dist->GetString("tarball") : "";
  if (url.empty()) {
    *err = {"ENOTARBALL", "No dist.tarball for " + name + "@" + v + "."};
    return false;
  }
  HttpRequest req;
  req.url = url;
  AddRegistryHeaders(w.ctx.config, "diff", &req);
  HttpResponse resp = w.ctx.registry->Fetch(req);
  if (resp.status == 0) {
    *err = {"ENETWORK", "request to " + url + " failed: " + resp.error};
    return false;
  }
  if (resp.status < 200 || resp.status >= 300) {
    *err = {"E" + std::to_string(resp.status), std::to_string(resp.status) + " - GET " + url};
    return false;
  }
  IntegrityCheck ic = CheckIntegrity(resp.body, dist->GetString("integrity"), dist->GetString("shasum"));
  if (!ic.ok) {
    *err = {"EINTEGRITY", "integrity checksum failed: wanted " + ic.expected + " but got " + ic.actual + "."};
    return false;
  }
  return LoadTarball(resp.body, w.filters, side, err);
}

// The project's package.json name ("" without one).
std::string ProjectName(const std::string& dir, bool* has_pkg) {
  Json pkg;
  PmError e;
  *has_pkg = ReadPackageJsonFile(dir + "/package.json", &pkg, &e);
  return *has_pkg ? pkg.GetString("name") : "";
}

// The installed copy of `name` (node_modules/<name> of the project), its real path; "" when
// there is none with a version.
std::string InstalledPath(const std::string& top, const std::string& name) {
  std::string p = top + "/node_modules/" + name;
  Json pkg;
  PmError e;
  if (!ReadPackageJsonFile(p + "/package.json", &pkg, &e) || pkg.GetString("version").empty()) return "";
  char buf[PATH_MAX];
  if (!realpath(p.c_str(), buf)) return "";
  return buf;
}

// The range the project's package.json asks for `name` ("" when none).
std::string RootSpecFor(const std::string& top, const std::string& name) {
  Json pkg;
  PmError e;
  if (!ReadPackageJsonFile(top + "/package.json", &pkg, &e)) return "";
  for (const char* field : {"dependencies", "devDependencies", "optionalDependencies", "peerDependencies"})
    if (const Json* deps = pkg.Get(field); deps && deps->Get(name) && deps->Get(name)->IsString())
      return deps->Get(name)->str();
  return "";
}

bool IsRange(const std::string& s) { return semver::ValidRange(s).has_value(); }

// npm diff's rules for turning zero, one or two --diff values into the two things compared.
bool ChooseSpecs(Where& w, const std::vector<std::string>& specs, std::string out[2], PmError* err) {
  const std::string missing = "Needs multiple arguments to compare or run from a project dir.";
  bool has_pkg = false;
  std::string name = ProjectName(w.top, &has_pkg);
  std::string here = "file:" + w.top;
  if (specs.empty()) {
    if (name.empty()) return *err = {"EUSAGE", missing}, false;
    out[0] = name + "@" + w.ctx.config.Get("tag", "latest");
    out[1] = here;
    return true;
  }
  SpecContext sc;
  sc.where = w.top;
  if (specs.size() == 1) {
    const std::string& a = specs[0];
    if (IsRange(a)) {
      if (name.empty()) return *err = {"EUSAGE", missing}, false;
      out[0] = name + "@" + a;
      out[1] = here;
      return true;
    }
    SpecResult r = ParsePackageSpec(a, sc);
    if (!r.ok) return *err = {r.code, r.message}, false;
    if (r.spec.IsRegistry()) {
      std::string real = InstalledPath(w.top, r.spec.name);
      if (real.empty()) {
        if (!has_pkg) return *err = {"EUSAGE", missing}, false;
        out[0] = r.spec.name + "@" + r.spec.fetch_spec;
        out[1] = here;
        return true;
      }
      std::string b = r.spec.raw_spec;
      if (b == "*") {
        Json m;
        if (!RegistryManifest(w.ctx, r.spec.name, RootSpecFor(w.top, r.spec.name), &m, err)) return false;
        b = m.GetString("version");
      }
      out[0] = r.spec.name + "@file:" + real;
      out[1] = r.spec.name + "@" + b;
      return true;
    }
    if (r.spec.kind == SpecKind::kDirectory) {
      out[0] = "file:" + r.spec.fetch_spec;
      out[1] = here;
      return true;
    }
    return *err = {"EUSAGE", std::string("Spec type ") + SpecKindName(r.spec.kind) + " not supported."}, false;
  }
  std::string a = specs[0], b = specs[1];
  bool ra = IsRange(a), rb = IsRange(b);
  auto name_of = [&](const std::string& s) {
    SpecResult r = ParsePackageSpec(s, sc);
    return r.ok ? r.spec.name : std::string();
  };
  if (ra && rb) {
    if (name.empty()) return *err = {"EUSAGE", "Needs to be run from a project dir in order to diff two versions."}, false;
    a = name + "@" + a;
    b = name + "@" + b;
  } else if (!ra && rb) {
    b = name_of(a) + "@" + b;
  } else if (ra && !rb) {
    a = name_of(b) + "@" + a;
  }
  std::string both[2] = {a, b};
  for (int i = 0; i < 2; i++) {
    SpecResult r = ParsePackageSpec(both[i], sc);
    out[i] = both[i];
    if (!r.ok || r.spec.raw_spec != "*" || r.spec.name.empty()) continue;
    std::string real = InstalledPath(w.top, r.spec.name);
    out[i] = r.spec.name + "@" + (real.empty() ? r.spec.fetch_spec : "file:" + real);
  }
  return true;
}

bool WordChar(char c) { return isalnum((unsigned char)c) || c == '_'; }

// @npmcli/redact on one word of output: a URL's password, npm tokens, UUIDs become "***".
std::string RedactWord(std::string s) {
  size_t sep = s.find("://");
  if (sep != std::string::npos && sep > 0 && islower((unsigned char)s[0])) {
    bool scheme = true;
    for (size_t i = 0; i < sep; i++)
      scheme = scheme && (islower((unsigned char)s[i]) || isdigit((unsigned char)s[i]) || s[i] == '+' || s[i] == '.' || s[i] == '-');
    size_t start = sep + 3, end = s.find_first_of("/?#", start);
    std::string auth = s.substr(start, end == std::string::npos ? std::string::npos : end - start);
    size_t at = auth.rfind('@');
    if (scheme && at != std::string::npos && at + 1 < auth.size()) {
      size_t colon = auth.find(':');
      if (colon < at && colon + 1 < at) s = s.substr(0, start + colon + 1) + "***" + s.substr(start + at);
    }
  }
  std::string out;
  for (size_t i = 0; i < s.size();) {
    bool boundary = i == 0 || !WordChar(s[i - 1]);
    if (boundary) {
      std::string low = ToLower(s.substr(i, 5));
      size_t pre = StartsWith(low, "npms_") ? 5 : StartsWith(low, "npm_") ? 4 : 0;
      if (pre) {
        size_t j = i + pre;
        while (j < s.size() && isalnum((unsigned char)s[j])) j++;
        if (j - i - pre >= 36 && j - i - pre <= 48 && (j == s.size() || !WordChar(s[j]))) {
          out += "npm_***";
          i = j;
          continue;
        }
      }
      static const int kGroups[] = {8, 4, 4, 4, 12};
      size_t j = i;
      bool uuid = true;
      for (int g = 0; g < 5 && uuid; g++) {
        for (int k = 0; k < kGroups[g]; k++, j++) uuid = uuid && j < s.size() && isxdigit((unsigned char)s[j]);
        if (g < 4) uuid = uuid && j < s.size() && s[j++] == '-';
      }
      if (uuid && (j == s.size() || !WordChar(s[j]))) {
        out += "***";
        i = j;
        continue;
      }
    }
    out += s[i++];
  }
  return out;
}

// npm's redactLog: words split at whitespace and "=" as nopt does.
std::string Redact(const std::string& s) {
  std::string out, word;
  for (size_t i = 0; i < s.size(); i++) {
    unsigned char c = s[i];
    bool split = c == ' ' || (c >= '\t' && c <= '\r') || c == '=';
    size_t nbsp = c == 0xC2 && i + 1 < s.size() && (unsigned char)s[i + 1] == 0xA0 ? 2 : 0;
    if (split || nbsp) {
      out += RedactWord(word);
      word.clear();
      out.append(s, i, nbsp ? 2 : 1);
      if (nbsp) i++;
      continue;
    }
    word += (char)c;
  }
  return out + RedactWord(word);
}

// What npm's output layer makes of a text: C0/C1 control characters but tab, line feed,
// vertical tab and carriage return shown as ^X (an ESC starting a colour code kept), and every
// line ending "\r\n" turned into "\n".
std::string NpmOutputText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); i++) {
    unsigned char c = s[i];
    if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
    if (c == 0x1b) {
      size_t j = i + 1;
      bool sgr = j < s.size() && s[j] == '[';
      if (sgr) {
        size_t k = j + 1, n = 0;
        while (k < s.size() && n < 8 && (isdigit((unsigned char)s[k]) || s[k] == ';')) k++, n++;
        sgr = k < s.size() && s[k] == 'm';
      }
      if (sgr) {
        out += (char)c;
        continue;
      }
    }
    if ((c < 0x20 && c != '\t' && c != '\n' && c != 0x0b && c != '\r') || c == 0x7f) {
      out += '^';
      out += (char)(c == 0x7f ? '?' : c + 64);
      continue;
    }
    if (c == 0xC2 && i + 1 < s.size() && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9f) {
      out += '^';
      out += (char)((unsigned char)s[i + 1] - 64);
      i++;
      continue;
    }
    out += (char)c;
  }
  return out;
}

int DiffIn(Context& ctx, const Args& args, const std::vector<std::string>& specs, const std::string& top);

}  // namespace

int CmdDiff(Context& ctx, const Args& args) {
  if (args.Flag("help")) {
    std::printf("%s\n", kUsage);
    return 0;
  }
  std::vector<std::string> specs;
  if (auto it = args.flags.find("diff"); it != args.flags.end())
    for (auto& s : Split(it->second, '\n'))
      if (!s.empty() && s != "true" && s != "false") specs.push_back(s);
  if (specs.size() > 2) return Usage("Can't use more than two --diff arguments.");
  // -w/--workspaces: each workspace folder in turn stands for the project.
  std::vector<std::string> tops = {ctx.project_dir};
  if (ctx.config.Has("workspace") || ctx.config.GetBool("workspaces", false)) {
    tops.clear();
    if (ctx.config.GetBool("include-workspace-root", false)) tops.push_back(ctx.project_dir);
    Json root;
    PmError err;
    if (!ReadPackageJsonFile(ctx.project_dir + "/package.json", &root, &err)) return ReportError(err);
    std::string want = ctx.config.Has("workspace") ? ctx.config.Get("workspace") : "";
    for (auto& [name, rel] : ExpandWorkspaces(ctx.project_dir, root)) {
      std::string abs = JoinPath(ctx.project_dir, rel);
      if (want.empty() || name == want || rel == want || abs == want || JoinPath(ctx.cwd, want) == abs) tops.push_back(abs);
    }
    if (tops.empty()) return ReportError({"", want.empty() ? "No workspaces found!" : "No workspaces found:\n  --workspace=" + want});
  }
  for (auto& top : tops)
    if (int rc = DiffIn(ctx, args, specs, top)) return rc;
  return 0;
}

namespace {

int DiffIn(Context& ctx, const Args& args, const std::vector<std::string>& specs, const std::string& top) {
  Where w{ctx, top, args.positional};
  if (args.Flag("global")) w.top = DirName(ctx.project_dir + "/node_modules");
  std::string chosen[2];
  PmError err;
  if (!ChooseSpecs(w, specs, chosen, &err)) return err.code == "EUSAGE" ? Usage(err.message) : ReportError(err);
  Side sides[2];
  for (int i = 0; i < 2; i++)
    if (!LoadSide(w, chosen[i], &sides[i], &err))
      return err.code == "EUSAGE" ? Usage(err.message) : err.code == "ENOENT" ? ReportNoEntry(err) : ReportError(err);

  const Config& c = ctx.config;
  bool no_prefix = c.GetBool("diff-no-prefix", false);
  std::string src = no_prefix ? "" : c.Get("diff-src-prefix", "a/");
  std::string dst = no_prefix ? "" : c.Get("diff-dst-prefix", "b/");
  if (src.empty() && !no_prefix) src = "a/";
  if (dst.empty() && !no_prefix) dst = "b/";
  std::string unified = c.Get("diff-unified", "3");
  int context = unified.empty() ? 3 : std::atoi(unified.c_str());
  if (context < 0) context = 0;
  bool name_only = c.GetBool("diff-name-only", false);
  bool ignore_space = c.GetBool("diff-ignore-all-space", false);
  std::string tvp = c.Get("tag-version-prefix", "v");
  if (tvp.empty()) tvp = "v";

  // Every file of the first side in its order, then the second side's new ones.
  std::vector<std::string> names = sides[0].order;
  for (auto& n : sides[1].order)
    if (!sides[0].files.count(n)) names.push_back(n);
  std::string res;
  for (auto& f : names) {
    const File* fa = sides[0].files.count(f) ? &sides[0].files[f] : nullptr;
    const File* fb = sides[1].files.count(f) ? &sides[1].files[f] : nullptr;
    if (fa && fb && fa->content == fb->content && fa->mode == fb->mode) continue;
    if (name_only) {
      res += f + "\n";
      continue;
    }
    std::string na = src + f, nb = dst + f;
    std::string patch = "diff --git " + na + " " + nb + "\n";
    std::string mode;
    if (fa && fb && fa->mode == fb->mode) {
      mode = fa->mode;
    } else if (fa && !fb) {
      patch += "deleted file mode " + fa->mode + "\n";
    } else if (!fa && fb) {
      patch += "new file mode " + fb->mode + "\n";
    } else {
      patch += "old mode " + fa->mode + "\nnew mode " + fb->mode + "\n";
    }
    patch += "index " + tvp + sides[0].version + ".." + tvp + sides[1].version + " " + mode + "\n";
    if (PrintsPatch(f)) {
      std::string body;
      if (na == nb) body += "Index: " + na + "\n";
      body += "--- " + na + "\n+++ " + nb + "\n";
      body += Hunks(fa ? fa->content : "", fb ? fb->content : "", context, ignore_space);
      // (npm strips a tab before every line end of the patch, not only the headers')
      std::string clean;
      for (size_t i = 0; i < body.size(); i++) {
        if (body[i] == '\t' && i + 1 < body.size() && body[i + 1] == '\n') continue;
        clean += body[i];
      }
      patch += clean;
    } else {
      patch += "--- " + na + "\n+++ " + nb + "\n";
    }
    res += patch;
  }
  std::string out = NpmOutputText(JsTrim(res));
  out = Redact(out);
  std::printf("%s\n", out.c_str());
  return 0;
}

}  // namespace

}  // namespace nodus::pm

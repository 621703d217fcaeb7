#include "pm/tar.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <libdeflate.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>

#include "pm/fs_util.h"

namespace nodus::pm {

namespace {

// zlib, for what libdeflate refuses: its messages say what is wrong with the data.
bool GunzipZlib(std::string_view in, std::string* out, std::string* err) {
  out->clear();
  z_stream zs{};
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) {
    *err = "zlib init failed";
    return false;
  }
  zs.next_in = (Bytef*)in.data();
  zs.avail_in = (uInt)in.size();
  out->resize(in.size() * 4 + 4096);
  int rc;
  while (true) {
    if (zs.total_out >= out->size()) out->resize(out->size() * 2);
    zs.next_out = (Bytef*)out->data() + zs.total_out;
    zs.avail_out = (uInt)(out->size() - zs.total_out);
    rc = inflate(&zs, Z_NO_FLUSH);
    if (rc == Z_STREAM_END) {
      // Concatenated gzip members: continue with the next one.
      if (zs.avail_in > 0 && zs.avail_in >= 2 && zs.next_in[0] == 0x1f && zs.next_in[1] == 0x8b) {
        inflateReset(&zs);
        continue;
      }
      break;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
      inflateEnd(&zs);
      *err = "unexpected end of gzip data (truncated tarball)";
      return false;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      inflateEnd(&zs);
      *err = std::string("gzip data is corrupt: ") + (zs.msg ? zs.msg : "inflate error");
      return false;
    }
  }
  out->resize(zs.total_out);
  inflateEnd(&zs);
  return true;
}

}  // namespace

// libdeflate (whole buffers) inflates a tarball 2-7 times faster than zlib's stream.
bool Gunzip(std::string_view in, std::string* out, std::string* err) {
  out->clear();
  if (in.size() < 2 || (uint8_t)in[0] != 0x1f || (uint8_t)in[1] != 0x8b) {
    out->assign(in);  // not gzip: maybe a plain tar
    return true;
  }
  struct Decompressor {
    libdeflate_decompressor* d = libdeflate_alloc_decompressor();
    ~Decompressor() { libdeflate_free_decompressor(d); }
  };
  thread_local Decompressor dec;
  if (!dec.d) return GunzipZlib(in, out, err);
  // The trailer's ISIZE is the size (mod 2^32) of a single-member archive; a size that deflate
  // could not reach from this input is not trusted. Too small a buffer is grown and the member
  // inflated again.
  size_t isize = in.size() >= 18 ? (uint8_t)in[in.size() - 4] | (uint8_t)in[in.size() - 3] << 8 |
                                       (uint8_t)in[in.size() - 2] << 16 | (size_t)(uint8_t)in[in.size() - 1] << 24
                                 : 0;
  size_t guess = isize > 0 && isize <= in.size() * 64 + (1 << 20) ? isize : in.size() * 4 + 4096;
  size_t pos = 0, used = 0;
  while (true) {
    size_t in_used = 0, got = 0;
    if (out->capacity() < pos + guess) {
      // The thread's buffer grows geometrically (each new allocation is fresh memory to fault in),
      // faulted in with one call.
      out->reserve(std::max(pos + guess, out->capacity() * 2));
      PrefaultWrite(out->data(), out->capacity());
    }
    out->resize(pos + guess);
    libdeflate_result r = libdeflate_gzip_decompress_ex(dec.d, in.data() + used, in.size() - used,
                                                        out->data() + pos, guess, &in_used, &got);
    if (r == LIBDEFLATE_INSUFFICIENT_SPACE) {
      guess = guess * 2;
      continue;
    }
    if (r != LIBDEFLATE_SUCCESS) return GunzipZlib(in, out, err);
    pos += got;
    used += in_used;
    // Concatenated gzip members: continue with the next one; anything else after the end is ignored.
    if (in.size() - used >= 2 && (uint8_t)in[used] == 0x1f && (uint8_t)in[used + 1] == 0x8b) {
      guess = (in.size() - used) * 4 + 4096;
      continue;
    }
    break;
  }
  out->resize(pos);
  return true;
}

std::string Gzip(std::string_view in, int level) {
  z_stream zs{};
  deflateInit2(&zs, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out;
  out.resize(deflateBound(&zs, in.size()) + 64);
  zs.next_in = (Bytef*)in.data();
  zs.avail_in = (uInt)in.size();
  zs.next_out = (Bytef*)out.data();
  zs.avail_out = (uInt)out.size();
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string NormaliseEntryPath(std::string_view p) {
  std::vector<std::string> parts;
  std::string s(p);
  for (auto& c : s)
    if (c == '\\') c = '/';
  if (!s.empty() && s[0] == '/') return "";
  for (auto& part : Split(s, '/')) {
    if (part.empty() || part == ".") continue;
    if (part == "..") return "";
    if (part.size() >= 2 && part[1] == ':') return "";  // a Windows drive letter
    parts.push_back(part);
  }
  std::string r;
  for (size_t i = 0; i < parts.size(); i++) {
    if (i) r += '/';
    r += parts[i];
  }
  return r;
}

namespace {

uint64_t ParseOctal(const char* p, size_t n) {
  // GNU base-256 encoding for large values.
  if (n > 0 && ((uint8_t)p[0] & 0x80)) {
    uint64_t v = (uint8_t)p[0] & 0x7f;
    for (size_t i = 1; i < n; i++) v = (v << 8) | (uint8_t)p[i];
    return v;
  }
  uint64_t v = 0;
  size_t i = 0;
  while (i < n && (p[i] == ' ' || p[i] == 0)) i++;
  for (; i < n && p[i] >= '0' && p[i] <= '7'; i++) v = v * 8 + (p[i] - '0');
  return v;
}

std::string CStr(const char* p, size_t n) {
  size_t len = strnlen(p, n);
  return std::string(p, len);
}

// Parses pax extended header records "len key=value\n".
void ParsePax(std::string_view data, std::string* path, std::string* linkpath, uint64_t* size) {
  while (!data.empty()) {
    size_t sp = data.find(' ');
    if (sp == std::string_view::npos) return;
    size_t len = 0;
    for (size_t i = 0; i < sp; i++) {
      if (data[i] < '0' || data[i] > '9') return;
      len = len * 10 + (data[i] - '0');
    }
    if (len <= sp + 1 || len > data.size()) return;
    std::string_view rec = data.substr(sp + 1, len - sp - 1);
    if (!rec.empty() && rec.back() == '\n') rec.remove_suffix(1);
    size_t eq = rec.find('=');
    if (eq != std::string_view::npos) {
      std::string_view k = rec.substr(0, eq), v = rec.substr(eq + 1);
      if (k == "path") *path = std::string(v);
      else if (k == "linkpath") *linkpath = std::string(v);
      else if (k == "size") *size = strtoull(std::string(v).c_str(), nullptr, 10);
    }
    data.remove_prefix(len);
  }
}

}  // namespace

bool ParseTar(std::string_view tar, std::vector<TarEntry>* entries, std::vector<std::string>* warnings,
              std::string* err, bool strip_first) {
  size_t pos = 0;
  std::string long_name, long_link;
  std::string pax_path, pax_link;
  uint64_t pax_size = UINT64_MAX;
  std::string global_path_unused;
  while (pos + 512 <= tar.size()) {
    const char* h = tar.data() + pos;
    bool zero = true;
    for (int i = 0; i < 512; i++)
      if (h[i]) { zero = false; break; }
    if (zero) break;  // end of archive
    // Checksum: sum of header bytes with the checksum field as spaces.
    uint64_t want = ParseOctal(h + 148, 8);
    uint64_t sum_u = 0;
    int64_t sum_s = 0;
    for (int i = 0; i < 512; i++) {
      uint8_t c = (i >= 148 && i < 156) ? ' ' : (uint8_t)h[i];
      sum_u += c;
      sum_s += (int8_t)((i >= 148 && i < 156) ? ' ' : h[i]);
    }
    if (want != sum_u && (int64_t)want != sum_s) {
      *err = "invalid tar header checksum at offset " + std::to_string(pos);
      return false;
    }
    char type = h[156];
    uint64_t size = ParseOctal(h + 124, 12);
    if (pax_size != UINT64_MAX && type != 'x' && type != 'g') size = pax_size;
    pos += 512;
    if (size > tar.size() - pos) {
      *err = "tar entry extends past the end of the archive (truncated tarball)";
      return false;
    }
    std::string_view data = tar.substr(pos, size);
    pos += (size + 511) / 512 * 512;
    if (pos > tar.size()) pos = tar.size();

    if (type == 'L') { long_name = CStr(data.data(), data.size()); continue; }
    if (type == 'K') { long_link = CStr(data.data(), data.size()); continue; }
    if (type == 'x') { ParsePax(data, &pax_path, &pax_link, &pax_size); continue; }
    if (type == 'g') continue;  // global pax header: ignore

    std::string name = CStr(h, 100);
    std::string prefix = CStr(h + 345, 155);
    if (memcmp(h + 257, "ustar", 5) == 0 && !prefix.empty()) name = prefix + "/" + name;
    if (!long_name.empty()) name = long_name;
    if (!pax_path.empty()) name = pax_path;
    std::string link = CStr(h + 157, 100);
    if (!long_link.empty()) link = long_link;
    if (!pax_link.empty()) link = pax_link;
    long_name.clear(); long_link.clear(); pax_path.clear(); pax_link.clear();
    pax_size = UINT64_MAX;

    TarEntry e;
    switch (type) {
      case '0': case '\0': case '7': e.kind = TarEntry::Kind::kFile; break;
      case '5': e.kind = TarEntry::Kind::kDir; break;
      case '2': e.kind = TarEntry::Kind::kSymlink; break;
      case '1': e.kind = TarEntry::Kind::kHardlink; break;
      default: e.kind = TarEntry::Kind::kOther; break;
    }
    if (e.kind == TarEntry::Kind::kOther) continue;  // devices, fifos: never extracted
    std::string raw = name;
    for (auto& c : raw) if (c == '\\') c = '/';
    if (!raw.empty() && raw[0] == '/') {
      warnings->push_back("skipped absolute path " + name);
      continue;
    }
    std::string norm = NormaliseEntryPath(raw);
    if (norm.empty() && !(e.kind == TarEntry::Kind::kDir)) {
      warnings->push_back("skipped unsafe path " + name);
      continue;
    }
    if (strip_first) {
      size_t slash = norm.find('/');
      if (slash == std::string::npos) {
        if (e.kind != TarEntry::Kind::kDir) warnings->push_back("skipped top-level entry " + name);
        continue;
      }
      norm = norm.substr(slash + 1);
    }
    if (norm.empty()) continue;
    // A ".." anywhere in the raw name is refused, even when it would normalise away.
    bool dotdot = false;
    for (auto& part : Split(raw, '/')) if (part == "..") dotdot = true;
    if (dotdot) {
      warnings->push_back("skipped unsafe path " + name);
      continue;
    }
    e.path = norm;
    e.link = link;
    uint64_t mode = ParseOctal(h + 100, 8);
    e.mode = e.kind == TarEntry::Kind::kDir ? 0755 : ((mode & 0111) ? 0755 : 0644);
    e.raw_mode = static_cast<int>(mode & 07777);
    if (e.kind == TarEntry::Kind::kFile) e.data = data;
    entries->push_back(std::move(e));
  }
  return true;
}

// `rel` is opened relative to the folder `dfd` (`path` is the same file, for messages).
static bool WriteWholeFile(int dfd, const std::string& rel, const std::string& path, std::string_view data, int mode,
                           std::string* err) {
  int fd = openat(dfd, rel.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode);
  if (fd < 0) {
    *err = "open " + path + ": " + strerror(errno);
    return false;
  }
  while (!data.empty()) {
    ssize_t n = write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      *err = "write " + path + ": " + strerror(errno);
      close(fd);
      return false;
    }
    data.remove_prefix(n);
  }
  // open() applied the umask; fix the mode only when that changed it.
  // Read from /proc (not umask(), which would briefly change it for other threads).
  static const mode_t kUmask = [] {
    std::string st;
    if (ReadFile("/proc/self/status", &st)) {
      size_t i = st.find("Umask:");
      if (i != std::string::npos) return (mode_t)strtoul(st.c_str() + i + 6, nullptr, 8);
    }
    return (mode_t)0777;  // unknown: always fchmod
  }();
  if ((mode & ~kUmask) != (mode_t)mode) fchmod(fd, mode);
  close(fd);
  return true;
}

bool ExtractTarball(std::string_view tgz, const std::string& dest, std::string* err) {
  // Reused by the thread's next tarball (a fresh buffer each time costs page faults), unless huge.
  thread_local std::string tar;
  struct Release {
    ~Release() {
      if (tar.capacity() > (size_t(64) << 20)) std::string().swap(tar);
    }
  } release;
  if (!Gunzip(tgz, &tar, err)) return false;
  std::vector<TarEntry> entries;
  std::vector<std::string> warnings;
  if (!ParseTar(tar, &entries, &warnings, err)) return false;
  if (!MakeDirs(dest)) {
    *err = "cannot create " + dest;
    return false;
  }
  // Entries are created relative to the destination's descriptor: their paths are normalised
  // (relative, no "..", none empty), and shorter lookups than from the root for each of them.
  int dfd = open(dest.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0) {
    *err = "cannot open " + dest + ": " + strerror(errno);
    return false;
  }
  struct CloseFd {
    int fd;
    ~CloseFd() { close(fd); }
  } close_dfd{dfd};
  std::set<std::string> dirs{""};
  std::set<std::string> files;
  // Every path component must be a directory we created: a symlink in the archive can never be
  // used as a directory on the way to a later entry.
  auto ensure_parent = [&](const std::string& rel) -> bool {
    std::string parent = rel.find('/') == std::string::npos ? "" : DirName(rel);
    if (dirs.count(parent)) return true;
    std::string acc;
    for (auto& part : Split(parent, '/')) {
      acc = acc.empty() ? part : acc + "/" + part;
      if (dirs.count(acc)) continue;
      if (files.count(acc)) return false;
      struct stat st;
      if (fstatat(dfd, acc.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && !S_ISDIR(st.st_mode)) return false;
      if (mkdirat(dfd, acc.c_str(), 0755) != 0 && errno != EEXIST) return false;
      dirs.insert(acc);
    }
    return true;
  };
  for (auto& e : entries) {
    std::string full = dest + "/" + e.path;
    if (!ensure_parent(e.path)) {
      *err = "tarball entry " + e.path + " would be written through a non-directory";
      return false;
    }
    switch (e.kind) {
      case TarEntry::Kind::kDir: {
        if (files.count(e.path)) continue;
        if (mkdirat(dfd, e.path.c_str(), 0755) != 0 && errno != EEXIST) {
          *err = "mkdir " + full + ": " + strerror(errno);
          return false;
        }
        dirs.insert(e.path);
        break;
      }
      case TarEntry::Kind::kFile: {
        if (dirs.count(e.path)) continue;
        if (files.count(e.path)) unlinkat(dfd, e.path.c_str(), 0);  // a later duplicate replaces an earlier one
        if (!WriteWholeFile(dfd, e.path, full, e.data, e.mode, err)) return false;
        files.insert(e.path);
        break;
      }
      case TarEntry::Kind::kSymlink: {
        // Keep only links whose target stays inside the package.
        if (e.link.empty() || e.link[0] == '/') continue;
        std::string parent = e.path.find('/') == std::string::npos ? "" : DirName(e.path);
        std::string target = NormaliseEntryPath(parent.empty() ? e.link : parent + "/" + e.link);
        int depth = 0;
        bool escapes = false;
        for (auto& part : Split(parent.empty() ? e.link : parent + "/" + e.link, '/')) {
          if (part == "..") { if (--depth < 0) escapes = true; }
          else if (!part.empty() && part != ".") depth++;
        }
        if (escapes || target.empty()) continue;
        unlinkat(dfd, e.path.c_str(), 0);
        if (symlinkat(e.link.c_str(), dfd, e.path.c_str()) != 0) {
          *err = "symlink " + full + ": " + strerror(errno);
          return false;
        }
        files.insert(e.path);
        break;
      }
      case TarEntry::Kind::kHardlink: {
        std::string target = NormaliseEntryPath(e.link);
        size_t slash = target.find('/');
        if (slash == std::string::npos) continue;
        target = target.substr(slash + 1);
        if (!files.count(target)) continue;
        std::string data;
        if (!ReadFile(dest + "/" + target, &data)) continue;
        unlinkat(dfd, e.path.c_str(), 0);
        if (!WriteWholeFile(dfd, e.path, full, data, e.mode, err)) return false;
        files.insert(e.path);
        break;
      }
      default: break;
    }
  }
  return true;
}

namespace {

void Octal(char* field, size_t n, uint64_t v) {
  // n-1 digits plus NUL
  field[n - 1] = 0;
  for (size_t i = n - 1; i-- > 0;) {
    field[i] = (char)('0' + (v & 7));
    v >>= 3;
  }
}

void AppendHeader(std::string* out, std::string_view name, uint64_t size, int mode, char type) {
  char h[512];
  memset(h, 0, sizeof h);
  memcpy(h, name.data(), std::min<size_t>(name.size(), 100));
  Octal(h + 100, 8, mode);
  Octal(h + 108, 8, 0);
  Octal(h + 116, 8, 0);
  Octal(h + 124, 12, size);
  Octal(h + 136, 12, 499162500);  // 1985-10-26T08:15:00Z
  h[156] = type;
  memcpy(h + 257, "ustar", 6);
  memcpy(h + 263, "00", 2);
  memset(h + 148, ' ', 8);
  unsigned sum = 0;
  for (int i = 0; i < 512; i++) sum += (uint8_t)h[i];
  Octal(h + 148, 7, sum);
  h[155] = ' ';
  out->append(h, 512);
}

void AppendData(std::string* out, std::string_view data) {
  out->append(data);
  size_t pad = (512 - data.size() % 512) % 512;
  out->append(pad, '\0');
}

}  // namespace

std::string WriteTar(const std::vector<TarInput>& files, std::string_view prefix) {
  std::string out;
  for (auto& f : files) {
    std::string name = std::string(prefix) + "/" + f.path;
    int mode = f.mode & 07777;
    if (name.size() > 99) {
      std::string rec = " path=" + name + "\n";
      size_t len = rec.size();
      size_t digits = std::to_string(len).size();
      len += digits;
      if (std::to_string(len).size() != digits) len++;
      std::string pax = std::to_string(len) + rec;
      AppendHeader(&out, "PaxHeader/" + name.substr(name.size() - 80), pax.size(), 0644, 'x');
      AppendData(&out, pax);
    }
    AppendHeader(&out, name.substr(0, 100), f.data.size(), mode, '0');
    AppendData(&out, f.data);
  }
  out.append(1024, '\0');
  return out;
}

}  // namespace nodus::pm

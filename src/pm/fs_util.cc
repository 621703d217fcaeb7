#include "pm/fs_util.h"

#include <dirent.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <pwd.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
#include <ftw.h>

namespace nodus::pm {

bool ReadFile(const std::string& path, std::string* out) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  out->clear();
  struct stat st;
  if (fstat(fd, &st) == 0 && st.st_size > 0) out->reserve(st.st_size);
  char buf[65536];
  while (true) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      close(fd);
      return false;
    }
    if (n == 0) break;
    out->append(buf, n);
  }
  close(fd);
  return true;
}

static bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(n);
  }
  return true;
}

bool WriteFileAtomic(const std::string& path, std::string_view data, int mode) {
  return WriteFileAtomic(path, data, {}, mode);
}

bool WriteFileAtomic(const std::string& path, std::string_view head, std::string_view body, int mode) {
  static std::atomic<unsigned> counter{0};  // unique per thread and call
  std::string tmp = path + ".nodus-tmp-" + std::to_string(getpid()) + "-" + std::to_string(counter++);
  int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
  if (fd < 0) return false;
  bool ok = WriteAll(fd, head) && WriteAll(fd, body);
  ok = (close(fd) == 0) && ok;
  if (ok) ok = rename(tmp.c_str(), path.c_str()) == 0;
  if (!ok) unlink(tmp.c_str());
  return ok;
}

void PrefaultWrite(void* p, size_t n) {
#ifdef MADV_POPULATE_WRITE
  if (n < (64u << 10)) return;
  uintptr_t begin = (reinterpret_cast<uintptr_t>(p) + 4095) & ~uintptr_t{4095};
  uintptr_t end = (reinterpret_cast<uintptr_t>(p) + n) & ~uintptr_t{4095};
#ifdef MADV_HUGEPAGE
  // The 2 MiB-aligned middle of a large buffer (a big packument, a worker's inflated tarball) in
  // huge pages where the kernel offers them on request: a tenth of the faulting cost.
  constexpr uintptr_t kHuge = uintptr_t{2} << 20;
  uintptr_t hb = (begin + kHuge - 1) & ~(kHuge - 1), he = end & ~(kHuge - 1);
  if (he > hb) madvise(reinterpret_cast<void*>(hb), he - hb, MADV_HUGEPAGE);
#endif
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_WRITE);
#else
  (void)p;
  (void)n;
#endif
}

bool MakeDirs(const std::string& path, int mode) {
  if (path.empty()) return true;
  struct stat st;
  if (stat(path.c_str(), &st) == 0) return S_ISDIR(st.st_mode);
  std::string parent = DirName(path);
  if (parent != path && !parent.empty() && !MakeDirs(parent, mode)) return false;
  if (mkdir(path.c_str(), mode) == 0 || errno == EEXIST) return true;
  return false;
}

static int RemoveCb(const char* p, const struct stat*, int flag, struct FTW*) {
  if (flag == FTW_DP) return rmdir(p) == 0 || errno == ENOENT ? 0 : 0;
  unlink(p);
  return 0;
}

bool RemoveTree(const std::string& path) {
  struct stat st;
  if (lstat(path.c_str(), &st) != 0) return errno == ENOENT;
  if (!S_ISDIR(st.st_mode)) return unlink(path.c_str()) == 0;
  // Directories may be read-only after a package's script ran: make them writable first.
  nftw(path.c_str(), RemoveCb, 32, FTW_DEPTH | FTW_PHYS);
  return lstat(path.c_str(), &st) != 0;
}

bool PathExists(const std::string& path) {
  struct stat st;
  return lstat(path.c_str(), &st) == 0;
}

bool IsDirectory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

static bool CopyFile(const std::string& from, const std::string& to, int mode) {
  std::string data;
  if (!ReadFile(from, &data)) return false;
  int fd = open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode & 0777);
  if (fd < 0) return false;
  bool ok = WriteAll(fd, data);
  return (close(fd) == 0) && ok;
}

// Works on directory descriptors (no full-path lookups) and readdir's d_type (no lstat per entry):
// staging hard-links every file of every package.
// The entries of an open directory (without "." and ".."), name and d_type, read with getdents64
// straight from the descriptor: fdopendir would add an fstat and an fcntl per directory, and a
// warm install walks thousands of them. False with errno set on a read error.
static bool ReadDirEntries(int fd, std::vector<std::pair<std::string, unsigned char>>* out) {
  alignas(8) char buf[16384];
  for (;;) {
    long n = syscall(SYS_getdents64, fd, buf, sizeof buf);
    if (n < 0) return false;
    if (n == 0) return true;
    for (long off = 0; off < n;) {
      // struct linux_dirent64: u64 d_ino, s64 d_off, u16 d_reclen, u8 d_type, char d_name[].
      unsigned short reclen;
      std::memcpy(&reclen, buf + off + 16, sizeof reclen);
      unsigned char type = static_cast<unsigned char>(buf[off + 18]);
      const char* name = buf + off + 19;
      off += reclen;
      if (reclen == 0) return errno = EIO, false;
      if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0))) continue;
      out->emplace_back(name, type);
    }
  }
}

// `dfd` and `drel` name the destination folder: `drel` relative to `dfd` ("" for dfd itself). A
// folder this walk creates is not opened: what goes in it is named relative to the nearest
// opened one (as "lib/x/y.js"), which saves an open and a close per folder; a folder that was
// already there is opened (without following a symlink) and its contents named from it.
static bool LinkTreeAt(int sfd, int dfd, const std::string& drel, const std::string& from, const std::string& to,
                       std::string* err, LinkProbe* probe = nullptr) {
  std::vector<std::pair<std::string, unsigned char>> entries;
  if (!ReadDirEntries(sfd, &entries)) {
    *err = "opendir " + from + ": " + strerror(errno);
    close(sfd);
    return false;
  }
  if (probe && probe->name)
    for (auto& e : entries)
      if (e.first == probe->name) probe->found = true;
  bool ok = true;
  std::string rel;
  for (auto& [entry_name, entry_type] : entries) {
    const char* name = entry_name.c_str();
    if (drel.empty()) {
      rel = entry_name;
    } else {
      rel.assign(drel).push_back('/');
      rel.append(entry_name);
    }
    unsigned char type = entry_type;
    struct stat st;
    bool have_st = false;
    if (type == DT_UNKNOWN) {
      if (fstatat(sfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
      have_st = true;
      type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
    }
    if (type == DT_DIR) {
      std::string src = from + "/" + name, dst = to + "/" + name;
      int s2 = openat(sfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      if (s2 < 0) {
        *err = "opendir " + src + ": " + strerror(errno);
        ok = false;
        break;
      }
      if (mkdirat(dfd, rel.c_str(), 0755) == 0) {
        ok = LinkTreeAt(s2, dfd, rel, src, dst, err);
      } else if (errno == EEXIST) {
        int d2 = openat(dfd, rel.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (d2 < 0) {
          *err = "opendir " + dst + ": " + strerror(errno);
          close(s2);
          ok = false;
          break;
        }
        ok = LinkTreeAt(s2, d2, "", src, dst, err);
        close(d2);
      } else {
        *err = "mkdir " + dst + ": " + strerror(errno);
        close(s2);
        ok = false;
      }
      if (!ok) break;
    } else if (type == DT_LNK) {
      char buf[4096];
      ssize_t n = readlinkat(sfd, name, buf, sizeof buf - 1);
      if (n > 0) {
        buf[n] = 0;
        unlinkat(dfd, rel.c_str(), 0);
        if (symlinkat(buf, dfd, rel.c_str()) != 0) {
          *err = "symlink " + to + "/" + name + ": " + strerror(errno);
          ok = false;
          break;
        }
      }
    } else if (type == DT_REG) {
      if (linkat(sfd, name, dfd, rel.c_str(), 0) == 0) continue;
      if (errno == EEXIST) {
        unlinkat(dfd, rel.c_str(), 0);
        if (linkat(sfd, name, dfd, rel.c_str(), 0) == 0) continue;
      }
      std::string src = from + "/" + name;
      if (!have_st && fstatat(sfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) st.st_mode = 0644;
      if (!CopyFile(src, to + "/" + name, st.st_mode)) {
        *err = "copy " + src + ": " + strerror(errno);
        ok = false;
        break;
      }
    }
  }
  close(sfd);
  return ok;
}

bool LinkOrCopyTree(const std::string& from, const std::string& to, std::string* err, LinkProbe* probe) {
  // The source first: a missing one leaves nothing behind.
  int sfd = open(from.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (sfd < 0) {
    if (probe && errno == ENOENT) probe->source_missing = true;
    *err = "opendir " + from + ": " + strerror(errno);
    return false;
  }
  if (mkdir(to.c_str(), 0755) != 0 && errno != EEXIST) {
    *err = "mkdir " + to + ": " + strerror(errno);
    close(sfd);
    return false;
  }
  int dfd = open(to.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0) {
    close(sfd);
    *err = "opendir " + to + ": " + strerror(errno);
    return false;
  }
  bool ok = LinkTreeAt(sfd, dfd, "", from, to, err, probe);
  close(dfd);
  return ok;
}

std::vector<std::string> ListDir(const std::string& path) {
  std::vector<std::string> out;
  DIR* d = opendir(path.c_str());
  if (!d) return out;
  while (struct dirent* e = readdir(d)) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    out.emplace_back(e->d_name);
  }
  closedir(d);
  std::sort(out.begin(), out.end());
  return out;
}

std::string JoinPath(std::string_view a, std::string_view b) {
  if (a.empty()) return std::string(b);
  if (b.empty()) return std::string(a);
  if (b[0] == '/') return std::string(b);
  std::string r(a);
  if (r.back() != '/') r.push_back('/');
  r.append(b);
  return r;
}

std::string DirName(std::string_view p) {
  while (p.size() > 1 && p.back() == '/') p.remove_suffix(1);
  size_t i = p.rfind('/');
  if (i == std::string_view::npos) return ".";
  if (i == 0) return "/";
  return std::string(p.substr(0, i));
}

std::string BaseName(std::string_view p) {
  while (p.size() > 1 && p.back() == '/') p.remove_suffix(1);
  size_t i = p.rfind('/');
  return std::string(i == std::string_view::npos ? p : p.substr(i + 1));
}

std::string CurrentDir() {
  char buf[4096];
  if (!getcwd(buf, sizeof buf)) return ".";
  return buf;
}

std::string HomeDir() {
  if (const char* h = getenv("HOME"); h && *h) return h;
  if (struct passwd* pw = getpwuid(getuid())) return pw->pw_dir;
  return "/tmp";
}

std::string RelativePath(const std::string& from_dir, const std::string& to) {
  auto a = Split(from_dir, '/'), b = Split(to, '/');
  auto clean = [](std::vector<std::string>& v) {
    std::vector<std::string> r;
    for (auto& s : v) {
      if (s.empty() || s == ".") continue;
      if (s == ".." && !r.empty() && r.back() != "..") r.pop_back();
      else r.push_back(s);
    }
    v = r;
  };
  clean(a);
  clean(b);
  size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) i++;
  std::vector<std::string> parts(a.size() - i, "..");
  parts.insert(parts.end(), b.begin() + i, b.end());
  if (parts.empty()) return ".";
  std::string r = parts[0];
  for (size_t j = 1; j < parts.size(); j++) r.append("/").append(parts[j]);
  return r;
}

std::string MakeTempDir(const std::string& parent, const std::string& prefix) {
  std::string tmpl = JoinPath(parent, prefix + "XXXXXX");
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back(0);
  if (!mkdtemp(buf.data())) return "";
  return buf.data();
}

// The SHA family through OpenSSL's direct functions: the same digests as EVP's, without the
// provider lookup EVP does on first use (~5M instructions, more than the rest of a no-op install).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
template <typename Ctx, int (*Init)(Ctx*), int (*Update)(Ctx*, const void*, size_t),
          int (*Final)(unsigned char*, Ctx*)>
static std::string DirectDigest(std::string_view data, size_t len) {
  Ctx c;
  unsigned char out[64];
  Init(&c);
  Update(&c, data.data(), data.size());
  Final(out, &c);
  return std::string(reinterpret_cast<char*>(out), len);
}

std::string HashBytes(std::string_view algo, std::string_view data) {
  if (algo == "sha512") return DirectDigest<SHA512_CTX, SHA512_Init, SHA512_Update, SHA512_Final>(data, 64);
  if (algo == "sha384") return DirectDigest<SHA512_CTX, SHA384_Init, SHA384_Update, SHA384_Final>(data, 48);
  if (algo == "sha256") return DirectDigest<SHA256_CTX, SHA256_Init, SHA256_Update, SHA256_Final>(data, 32);
  if (algo == "sha1") return DirectDigest<SHA_CTX, SHA1_Init, SHA1_Update, SHA1_Final>(data, 20);
  const EVP_MD* md = algo == "md5" ? EVP_md5() : nullptr;
  if (!md) return "";
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), out, &len, md, nullptr);
  return std::string(reinterpret_cast<char*>(out), len);
}
#pragma GCC diagnostic pop

std::string Base64Encode(std::string_view raw) {
  static const char* tbl = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((raw.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < raw.size(); i += 3) {
    uint32_t v = (uint8_t)raw[i] << 16 | (uint8_t)raw[i + 1] << 8 | (uint8_t)raw[i + 2];
    out += tbl[v >> 18]; out += tbl[(v >> 12) & 63]; out += tbl[(v >> 6) & 63]; out += tbl[v & 63];
  }
  if (i + 1 == raw.size()) {
    uint32_t v = (uint8_t)raw[i] << 16;
    out += tbl[v >> 18]; out += tbl[(v >> 12) & 63]; out += "==";
  } else if (i + 2 == raw.size()) {
    uint32_t v = (uint8_t)raw[i] << 16 | (uint8_t)raw[i + 1] << 8;
    out += tbl[v >> 18]; out += tbl[(v >> 12) & 63]; out += tbl[(v >> 6) & 63]; out += '=';
  }
  return out;
}

std::string Base64Decode(std::string_view b64) {
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (char c : b64) {
    int v;
    if (c >= 'A' && c <= 'Z') v = c - 'A';
    else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
    else if (c >= '0' && c <= '9') v = c - '0' + 52;
    else if (c == '+' || c == '-') v = 62;
    else if (c == '/' || c == '_') v = 63;
    else continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back((char)((acc >> bits) & 0xFF));
    }
  }
  return out;
}

std::string HexEncode(std::string_view raw) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : raw) { out += hex[c >> 4]; out += hex[c & 15]; }
  return out;
}

static std::string HexDecode(std::string_view h) {
  std::string out;
  auto nib = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 0;
  };
  for (size_t i = 0; i + 1 < h.size(); i += 2) out.push_back((char)(nib(h[i]) << 4 | nib(h[i + 1])));
  return out;
}

std::string Sri(std::string_view algo, std::string_view data) {
  return std::string(algo) + "-" + Base64Encode(HashBytes(algo, data));
}

static int AlgoRank(std::string_view a) {
  if (a == "sha512") return 4;
  if (a == "sha384") return 3;
  if (a == "sha256") return 2;
  if (a == "sha1") return 1;
  return 0;
}

// The strongest hash of an SRI string, as (algo, raw digest).
static bool StrongestHash(std::string_view integrity, std::string* algo, std::string* digest) {
  int best = 0;
  for (auto& part : Split(integrity, ' ')) {
    std::string p = Trim(part);
    size_t dash = p.find('-');
    if (dash == std::string::npos) continue;
    std::string a = p.substr(0, dash);
    std::string b64 = p.substr(dash + 1);
    if (size_t q = b64.find('?'); q != std::string::npos) b64.resize(q);
    int r = AlgoRank(a);
    if (r > best) { best = r; *algo = a; *digest = Base64Decode(b64); }
  }
  return best > 0;
}

IntegrityCheck CheckIntegrity(std::string_view data, std::string_view integrity, std::string_view shasum) {
  IntegrityCheck r;
  std::string algo, digest;
  if (!StrongestHash(integrity, &algo, &digest)) {
    if (shasum.empty()) { r.ok = true; return r; }  // nothing to check against
    algo = "sha1";
    digest = HexDecode(shasum);
  }
  std::string actual = HashBytes(algo, data);
  r.expected = algo + "-" + Base64Encode(digest);
  r.actual = algo + "-" + Base64Encode(actual);
  r.ok = actual == digest;
  return r;
}

std::string CacheKeyFor(std::string_view integrity, std::string_view shasum) {
  std::string algo, digest;
  if (StrongestHash(integrity, &algo, &digest)) return algo + "-" + HexEncode(digest);
  if (!shasum.empty()) return "sha1-" + ToLower(shasum);
  return "";
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t i = s.find(sep, start);
    if (i == std::string_view::npos) { out.emplace_back(s.substr(start)); break; }
    out.emplace_back(s.substr(start, i - start));
    start = i + 1;
  }
  return out;
}

std::string Trim(std::string_view s) {
  size_t a = 0, b = s.size();
  while (a < b && isspace((unsigned char)s[a])) a++;
  while (b > a && isspace((unsigned char)s[b - 1])) b--;
  return std::string(s.substr(a, b - a));
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
std::string ToLower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = (char)tolower((unsigned char)c);
  return r;
}

double NowSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::string FormatSeconds(double s) {
  char buf[32];
  if (s < 1) std::snprintf(buf, sizeof buf, "%dms", (int)(s * 1000 + 0.5));
  else std::snprintf(buf, sizeof buf, "%.1fs", s);
  return buf;
}

// gitignore-style glob: `*` and `?` stay within a path segment, `**` crosses segments, [...] classes.
bool GlobMatch(std::string_view p, std::string_view s) {
  size_t pi = 0, si = 0;
  while (pi < p.size()) {
    char c = p[pi];
    if (c == '*') {
      bool dbl = pi + 1 < p.size() && p[pi + 1] == '*';
      if (dbl) {
        size_t next = pi + 2;
        if (next < p.size() && p[next] == '/') next++;
        for (size_t k = si; k <= s.size(); k++)
          if (GlobMatch(p.substr(next), s.substr(k)) && (k == si || k == s.size() || s[k - 1] == '/' || next == pi + 2))
            return true;
        return false;
      }
      for (size_t k = si; k <= s.size(); k++) {
        if (GlobMatch(p.substr(pi + 1), s.substr(k))) return true;
        if (k < s.size() && s[k] == '/') break;
      }
      return false;
    }
    if (si >= s.size()) return false;
    if (c == '?') {
      if (s[si] == '/') return false;
      pi++; si++;
      continue;
    }
    if (c == '[') {
      size_t end = p.find(']', pi + 1);
      if (end != std::string_view::npos) {
        std::string_view cls = p.substr(pi + 1, end - pi - 1);
        bool neg = !cls.empty() && (cls[0] == '!' || cls[0] == '^');
        if (neg) cls.remove_prefix(1);
        bool m = false;
        for (size_t k = 0; k < cls.size(); k++) {
          if (k + 2 < cls.size() && cls[k + 1] == '-') {
            if (s[si] >= cls[k] && s[si] <= cls[k + 2]) m = true;
            k += 2;
          } else if (cls[k] == s[si]) {
            m = true;
          }
        }
        if (m == neg) return false;
        pi = end + 1; si++;
        continue;
      }
    }
    if (c == '\\' && pi + 1 < p.size()) { pi++; c = p[pi]; }
    if (c != s[si]) return false;
    pi++; si++;
  }
  return si == s.size();
}

}  // namespace nodus::pm

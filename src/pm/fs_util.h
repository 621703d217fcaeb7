// Filesystem, hashing and string helpers shared by the package manager (no V8 here).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nodus::pm {

bool ReadFile(const std::string& path, std::string* out);
// Writes via a temporary file and rename, so readers never see a half-written file.
bool WriteFileAtomic(const std::string& path, std::string_view data, int mode = 0644);
// The same with the file's text in two parts (a header and a large body not copied together).
bool WriteFileAtomic(const std::string& path, std::string_view head, std::string_view body, int mode = 0644);
// Faults in the whole pages of [p, p + n) with one madvise instead of a fault per 4 KiB page as they
// are first written (a no-op for small ranges and where the kernel lacks MADV_POPULATE_WRITE); the
// 2 MiB-aligned part of a large range is asked to be in huge pages.
void PrefaultWrite(void* p, size_t n);
bool MakeDirs(const std::string& path, int mode = 0755);
bool RemoveTree(const std::string& path);  // true when gone afterwards
bool PathExists(const std::string& path);
bool IsDirectory(const std::string& path);
// Copies a directory tree, hard-linking regular files when possible (falls back to copying).
// `probe` (optional) learns on the way whether `from` holds the entry probe->name at its top and
// whether `from` itself was missing (ENOENT).
struct LinkProbe {
  const char* name = nullptr;
  bool found = false;
  bool source_missing = false;
};
bool LinkOrCopyTree(const std::string& from, const std::string& to, std::string* err, LinkProbe* probe = nullptr);
std::vector<std::string> ListDir(const std::string& path);  // sorted names, without . and ..
std::string JoinPath(std::string_view a, std::string_view b);
std::string DirName(std::string_view p);
std::string BaseName(std::string_view p);
std::string CurrentDir();
std::string HomeDir();
// A relative path from directory `from_dir` to `to` (both absolute or both relative to the same base).
std::string RelativePath(const std::string& from_dir, const std::string& to);
std::string MakeTempDir(const std::string& parent, const std::string& prefix);

// Hashes and Subresource Integrity strings ("sha512-<base64>").
std::string HashBytes(std::string_view algo, std::string_view data);  // raw digest; empty if unknown
std::string Base64Encode(std::string_view raw);
std::string Base64Decode(std::string_view b64);
std::string HexEncode(std::string_view raw);
std::string Sri(std::string_view algo, std::string_view data);  // "algo-base64"

struct IntegrityCheck {
  bool ok = false;
  std::string expected;  // the strongest expected hash, as SRI
  std::string actual;    // the data's hash in the same algorithm, as SRI
};
// Checks `data` against an SRI string (possibly several space-separated hashes; the strongest
// algorithm wins) or, when `integrity` is empty, a hex sha1 `shasum`.
IntegrityCheck CheckIntegrity(std::string_view data, std::string_view integrity, std::string_view shasum);
// A cache key for a package's content: "sha512-<hex>" or "sha1-<hex>" from its integrity/shasum.
std::string CacheKeyFor(std::string_view integrity, std::string_view shasum);

std::vector<std::string> Split(std::string_view s, char sep);
std::string Trim(std::string_view s);
bool StartsWith(std::string_view s, std::string_view p);
bool EndsWith(std::string_view s, std::string_view p);
std::string ToLower(std::string_view s);
// gitignore-style glob: `*` and `?` stay within a path segment, `**` crosses segments, [...] classes.
bool GlobMatch(std::string_view pattern, std::string_view path);
double NowSeconds();
std::string FormatSeconds(double s);  // "1.2s", "350ms"

}  // namespace nodus::pm

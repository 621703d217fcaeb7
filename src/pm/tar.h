// Safe reading of package tarballs (.tgz) and deterministic writing for `pack` (no V8 here).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace nodus::pm {

// gzip / gunzip (zlib). Gunzip accepts uncompressed input unchanged (some registries serve plain tar).
bool Gunzip(std::string_view in, std::string* out, std::string* err);
std::string Gzip(std::string_view in, int level = 9);

struct TarEntry {
  enum class Kind { kFile, kDir, kSymlink, kHardlink, kOther };
  Kind kind = Kind::kFile;
  std::string path;      // normalised, first component ("package/") stripped; never absolute or ..
  std::string link;      // link target for symlinks/hardlinks
  int mode = 0644;       // normalised: 0644 or 0755 for files, 0755 for dirs
  int raw_mode = 0644;   // the header's permission bits (mode & 07777), as node-tar reports them
  std::string_view data; // file contents (points into the tar buffer)
};

// Parses a (decompressed) tar archive. Entries whose path would escape the package (absolute,
// "..", empty after stripping) are dropped and reported in `warnings`. Returns false on a
// malformed archive.
bool ParseTar(std::string_view tar, std::vector<TarEntry>* entries, std::vector<std::string>* warnings,
              std::string* err, bool strip_first = true);

// Extracts a .tgz (or .tar) into `dest` (created). Symlinks are kept only when they stay inside the
// package; hardlinks only to files already extracted. Returns false with `err` on failure.
bool ExtractTarball(std::string_view tgz, const std::string& dest, std::string* err);

// Writes a tar archive (ustar + pax for long names) with every path under `prefix/`, mtime fixed
// (npm's 1985-10-26T08:15:00Z) and each input's mode, as npm pack does.
struct TarInput {
  std::string path;  // relative path inside the package
  std::string data;
  int mode = 0644;
};
std::string WriteTar(const std::vector<TarInput>& files, std::string_view prefix = "package");

// Joins and normalises a relative tar path; returns empty if it escapes or is absolute.
std::string NormaliseEntryPath(std::string_view p);

}  // namespace nodus::pm

// Unit tests for the tarball reader (safety rules) and writer, and integrity checks.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>

#include "pm/fs_util.h"
#include "pm/tar.h"

using namespace nodus::pm;

namespace {
// A raw ustar header + data, written here independently of WriteTar.
std::string Entry(const std::string& name, const std::string& data, char type = '0', int mode = 0644,
                  const std::string& link = "") {
  char h[512];
  memset(h, 0, sizeof h);
  memcpy(h, name.data(), std::min<size_t>(name.size(), 100));
  snprintf(h + 100, 8, "%07o", mode);
  snprintf(h + 108, 8, "%07o", 0);
  snprintf(h + 116, 8, "%07o", 0);
  snprintf(h + 124, 12, "%011o", (unsigned)data.size());
  snprintf(h + 136, 12, "%011o", 0);
  h[156] = type;
  memcpy(h + 157, link.data(), std::min<size_t>(link.size(), 100));
  memcpy(h + 257, "ustar", 6);
  memcpy(h + 263, "00", 2);
  memset(h + 148, ' ', 8);
  unsigned sum = 0;
  for (int i = 0; i < 512; i++) sum += (unsigned char)h[i];
  snprintf(h + 148, 8, "%06o", sum);
  std::string out(h, 512);
  out += data;
  out.append((512 - data.size() % 512) % 512, '\0');
  return out;
}
std::string End() { return std::string(1024, '\0'); }

struct TempDir {
  std::string path = MakeTempDir("/tmp", "pm-tar-test-");
  ~TempDir() { RemoveTree(path); }
};
}  // namespace

TEST(PmTar, ExtractsFilesStrippingTheFirstComponentWithNormalisedModes) {
  std::string tar = Entry("package/package.json", "{}") + Entry("package/bin/x", "#!/bin/sh\n", '0', 0775) +
                    Entry("package/lib/", "", '5', 0700) + Entry("package/lib/a.js", "a", '0', 0600) + End();
  TempDir d;
  std::string err;
  ASSERT_TRUE(ExtractTarball(Gzip(tar), d.path + "/out", &err)) << err;
  std::string s;
  ASSERT_TRUE(ReadFile(d.path + "/out/lib/a.js", &s));
  EXPECT_EQ(s, "a");
  struct stat st;
  ASSERT_EQ(stat((d.path + "/out/bin/x").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0755u);
  ASSERT_EQ(stat((d.path + "/out/lib/a.js").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0644u);
}

TEST(PmTar, RefusesTraversalAbsolutePathsAndEscapingLinks) {
  std::string tar = Entry("package/../../evil.txt", "x") + Entry("/etc/evil", "x") +
                    Entry("package/a/../../up.txt", "x") + Entry("package/link", "", '2', 0777, "../../../etc/passwd") +
                    Entry("package/abs", "", '2', 0777, "/etc/passwd") + Entry("package/ok-link", "", '2', 0777, "ok.txt") +
                    Entry("package/ok.txt", "fine") + End();
  TempDir d;
  std::string err;
  std::string dest = d.path + "/pkg";
  ASSERT_TRUE(ExtractTarball(Gzip(tar), dest, &err)) << err;
  EXPECT_FALSE(PathExists(d.path + "/evil.txt"));
  EXPECT_FALSE(PathExists(d.path + "/up.txt"));
  EXPECT_FALSE(PathExists(dest + "/link"));
  EXPECT_FALSE(PathExists(dest + "/abs"));
  EXPECT_TRUE(PathExists(dest + "/ok-link"));
  auto names = ListDir(dest);
  EXPECT_EQ(names, (std::vector<std::string>{"ok-link", "ok.txt"}));
}

TEST(PmTar, NeverWritesThroughASymlinkedDirectory) {
  // "package/d" -> "sub" stays inside the package, but a later "package/d/x" must not follow it.
  std::string tar = Entry("package/sub/", "", '5', 0755) + Entry("package/d", "", '2', 0777, "sub") +
                    Entry("package/d/x", "x") + End();
  TempDir d;
  std::string err;
  EXPECT_FALSE(ExtractTarball(Gzip(tar), d.path + "/pkg", &err));
  EXPECT_NE(err.find("non-directory"), std::string::npos);
}

TEST(PmTar, TruncatedAndCorruptArchivesFail) {
  std::string tar = Entry("package/a.js", std::string(3000, 'a')) + End();
  std::string gz = Gzip(tar);
  TempDir d;
  std::string err;
  EXPECT_FALSE(ExtractTarball(gz.substr(0, gz.size() / 2), d.path + "/a", &err));
  EXPECT_FALSE(ExtractTarball(tar.substr(0, 1024), d.path + "/b", &err));  // plain tar, cut in the data
  std::string bad = tar;
  bad[10] ^= 0x55;  // breaks the header checksum
  EXPECT_FALSE(ExtractTarball(bad, d.path + "/c", &err));
  EXPECT_NE(err.find("checksum"), std::string::npos);
}

TEST(PmTar, GunzipMembersTrailersAndErrors) {
  std::string a(200000, 'a'), b = "second member";
  std::string out, err;
  // Concatenated members are one stream; bytes after the last member are ignored.
  ASSERT_TRUE(Gunzip(Gzip(a) + Gzip(b) + "junk", &out, &err)) << err;
  EXPECT_EQ(out, a + b);
  // A trailer whose size is wrong (and not reachable from the input) only costs a retry.
  std::string gz = Gzip(a) + "\xff\xff\xff\x7f";
  ASSERT_TRUE(Gunzip(gz, &out, &err)) << err;
  EXPECT_EQ(out, a);
  gz = Gzip(a);
  EXPECT_FALSE(Gunzip(gz.substr(0, gz.size() - 9), &out, &err));
  EXPECT_EQ(err, "unexpected end of gzip data (truncated tarball)");
  gz[gz.size() - 5] ^= 1;  // the CRC
  EXPECT_FALSE(Gunzip(gz, &out, &err));
  EXPECT_EQ(err, "gzip data is corrupt: incorrect data check");
}

TEST(PmTar, WriterRoundTripsThroughTheReaderIncludingLongNames) {
  std::string long_name = std::string(120, 'n') + "/file.js";
  std::vector<TarInput> in{{"package.json", "{\"name\":\"x\"}", 0644}, {long_name, "long", 0644}, {"bin/cli", "#!", 0755}};
  std::string tar = WriteTar(in);
  std::vector<TarEntry> entries;
  std::vector<std::string> warnings;
  std::string err;
  ASSERT_TRUE(ParseTar(tar, &entries, &warnings, &err)) << err;
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[1].path, long_name);
  EXPECT_EQ(entries[1].data, "long");
  EXPECT_EQ(entries[2].mode, 0755);
  EXPECT_TRUE(warnings.empty());
}

TEST(PmIntegrity, Sha512Sha1AndMismatchReports) {
  // Known digests of "abc".
  EXPECT_EQ(Sri("sha512", "abc"),
            "sha512-3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==");
  EXPECT_EQ(HexEncode(HashBytes("sha1", "abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_TRUE(CheckIntegrity("abc", Sri("sha512", "abc"), "").ok);
  EXPECT_TRUE(CheckIntegrity("abc", "", "a9993e364706816aba3e25717850c26c9cd0d89d").ok);
  auto bad = CheckIntegrity("abd", Sri("sha512", "abc"), "");
  EXPECT_FALSE(bad.ok);
  EXPECT_EQ(bad.expected, Sri("sha512", "abc"));
  EXPECT_EQ(bad.actual, Sri("sha512", "abd"));
  // The strongest algorithm of several wins.
  EXPECT_FALSE(CheckIntegrity("abc", Sri("sha1", "abc") + " " + Sri("sha512", "xyz"), "").ok);
  EXPECT_EQ(CacheKeyFor("", "A9993E364706816ABA3E25717850C26C9CD0D89D"), "sha1-a9993e364706816aba3e25717850c26c9cd0d89d");
}

TEST(PmFs, RelativePaths) {
  EXPECT_EQ(RelativePath("/a/b/node_modules/.bin", "/a/b/node_modules/x/cli.js"), "../x/cli.js");
  EXPECT_EQ(RelativePath("/a/b", "/a/b"), ".");
  EXPECT_EQ(RelativePath("/a/b", "/c"), "../../c");
}

// util/launch: which command lines the launcher (src/main.cc) gives to the package manager and
// which to the runtime.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

#include <string>
#include <vector>

#include "pm/pm.h"
#include "util/launch.h"

namespace {

using nodus::launch::Route;
using nodus::launch::Target;

Target RouteOf(std::vector<const char*> args) {
  args.insert(args.begin(), "nodus");
  return Route(static_cast<int>(args.size()), args.data());
}

TEST(Launch, PackageManagerWords) {
  for (const char* w : {"install", "i", "add", "remove", "uninstall", "rm", "un", "update", "up",
                        "upgrade", "run", "run-script", "x", "exec", "init", "pack", "publish", "ls",
                        "list", "outdated", "ci", "clean-install", "why", "explain", "cache", "test", "t", "tst",
                        "start", "stop", "restart", "link", "ln", "unlink", "version", "view", "info", "show",
                        "prune", "dedupe", "ddp", "rebuild", "rb", "config", "pkg", "whoami", "dist-tag",
                        "dist-tags", "deprecate", "login", "adduser", "add-user", "logout", "audit", "ping",
                        "search", "find", "owner", "author", "root", "prefix", "shrinkwrap", "fund",
                        "install-test", "it", "install-ci-test", "cit", "clean-install-test", "sit", "help"}) {
    EXPECT_EQ(RouteOf({w}), Target::kPackageManager) << w;
    EXPECT_EQ(RouteOf({w, "--foo", "a.js"}), Target::kPackageManager) << w;
    EXPECT_TRUE(nodus::pm::IsCommand(w)) << w;  // the package manager agrees
  }
}

TEST(Launch, ScriptsAndFlagsGoToTheRuntime) {
  for (std::vector<const char*> args : std::vector<std::vector<const char*>>{
           {},
           {"install.js"},
           {"./install"},
           {"/tmp/install"},
           {"Install"},
           {"installs"},
           {"server"},
           {""},
           {"-"},
           {"--"},
           {"--", "install"},
           {"-e", "0"},
           {"-p", "install"},
           {"-r", "install", "x.js"},
           {"--version"},
           {"-v"},
           {"--help"},
           {"--expose-gc", "install"},
           {"--runner"},
           {"--expose-gc", "--run", "x"},
           {"app.js", "install"}}) {
    std::string line;
    for (const char* a : args) line += std::string(a) + " ";
    EXPECT_EQ(RouteOf(args), Target::kRuntime) << line;
  }
  for (const char* w : {"install.js", "server", "node", "helps", "test.js", "./test", "Start", "versions"})
    EXPECT_FALSE(nodus::pm::IsCommand(w)) << w;
}

// node's --run needs package.json and a shell: the package manager's module runs it.
TEST(Launch, NodeRunGoesToThePackageManager) {
  EXPECT_EQ(RouteOf({"--run"}), Target::kPackageManager);
  EXPECT_EQ(RouteOf({"--run", "test"}), Target::kPackageManager);
  EXPECT_EQ(RouteOf({"--run=build", "--", "x"}), Target::kPackageManager);
}

// npm's words that are also common script names: the package manager's unless ./<word> resolves
// as a module in the current folder (Node runs `node test` as ./test.js).
TEST(Launch, ScriptLikeWordsYieldToAModuleOfThatName) {
  char tmpl[] = "/tmp/nodus-launch-XXXXXX";
  ASSERT_NE(mkdtemp(tmpl), nullptr);
  std::string dir = tmpl;
  char old[4096];
  ASSERT_NE(getcwd(old, sizeof old), nullptr);
  ASSERT_EQ(chdir(dir.c_str()), 0);
  EXPECT_TRUE(nodus::launch::IsScriptLikeCommand("test"));
  EXPECT_FALSE(nodus::launch::IsScriptLikeCommand("install"));
  EXPECT_EQ(RouteOf({"test"}), Target::kPackageManager);
  EXPECT_EQ(RouteOf({"start"}), Target::kPackageManager);
  auto touch = [&](const std::string& p) { FILE* f = fopen(p.c_str(), "w"); ASSERT_NE(f, nullptr); fclose(f); };
  touch("test.js");
  EXPECT_EQ(RouteOf({"test"}), Target::kRuntime);
  touch("version");
  EXPECT_EQ(RouteOf({"version", "x"}), Target::kRuntime);
  mkdir("start", 0755);
  EXPECT_EQ(RouteOf({"start"}), Target::kPackageManager);  // a folder without an index
  touch("start/index.js");
  EXPECT_EQ(RouteOf({"start"}), Target::kRuntime);
  touch("install.js");
  EXPECT_EQ(RouteOf({"install"}), Target::kPackageManager);  // the older words always
  for (const char* f : {"test.js", "version", "start/index.js", "install.js"}) unlink(f);
  rmdir("start");
  ASSERT_EQ(chdir(old), 0);
  rmdir(dir.c_str());
}

}  // namespace

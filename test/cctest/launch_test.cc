// util/launch: which command lines the launcher (src/main.cc) gives to the package manager and
// which to the runtime.
#include <gtest/gtest.h>

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
                        "list", "outdated", "ci", "clean-install", "why", "explain", "cache"}) {
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
           {"app.js", "install"}}) {
    std::string line;
    for (const char* a : args) line += std::string(a) + " ";
    EXPECT_EQ(RouteOf(args), Target::kRuntime) << line;
  }
  for (const char* w : {"install.js", "server", "node", "help", "version", "test", "start"})
    EXPECT_FALSE(nodus::pm::IsCommand(w)) << w;
}

}  // namespace

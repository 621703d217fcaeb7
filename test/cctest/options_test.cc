// runtime/options: node 22's command-line options that nodus applies in JS, accepts as no-ops,
// or refuses with a reason (a permission model that would not be enforced, profiles that would
// never be written), and the --watch / --max-old-space-size-percentage rules.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/options.h"

namespace {

int Parse(std::vector<const char*> args, nodus::Options* o) {
  args.insert(args.begin(), "nodus");
  o->check_only = true;
  return nodus::ParseOptions(static_cast<int>(args.size()), const_cast<char**>(args.data()), o);
}

TEST(Options, AppliedFlagsAreKeptInOrderWithTheirValues) {
  nodus::Options o;
  EXPECT_EQ(Parse({"--conditions=dev", "-C", "test", "--tls-min-v1.3", "--max-http-header-size",
                   "1000", "--report-dir=/tmp", "app.js"},
                  &o),
            -1);
  std::vector<std::pair<std::string, std::string>> want = {
      {"--conditions", "dev"},     {"--conditions", "test"},           {"--tls-min-v1.3", "true"},
      {"--max-http-header-size", "1000"}, {"--report-dir", "/tmp"}};
  EXPECT_EQ(o.node_flags, want);
  EXPECT_EQ(o.script, "app.js");
  nodus::Options es;
  EXPECT_EQ(Parse({"--experimental-eventsource", "--no-experimental-eventsource", "-e", "0"}, &es), -1);
  std::vector<std::pair<std::string, std::string>> es_want = {
      {"--experimental-eventsource", "true"}, {"--no-experimental-eventsource", "true"}};
  EXPECT_EQ(es.node_flags, es_want);
}

TEST(Options, NoOpFlagsAreAccepted) {
  for (const char* flag : {"--use-openssl-ca", "--secure-heap=64", "--trace-sync-io",
                           "--icu-data-dir=/x", "--experimental-sqlite", "--disable-sigusr1",
                           "--enable-network-family-autoselection"}) {
    nodus::Options o;
    EXPECT_EQ(Parse({flag, "-e", "0"}, &o), -1) << flag;
    EXPECT_TRUE(o.node_flags.empty()) << flag;
  }
}

TEST(Options, MisleadingFlagsAreRefused) {
  for (const char* flag : {"--permission", "--experimental-permission", "--allow-fs-read=/",
                           "--cpu-prof", "--heap-prof", "--frozen-intrinsics", "--enable-fips",
                           "--experimental-webstorage", "--use-env-proxy"}) {
    nodus::Options o;
    testing::internal::CaptureStderr();
    EXPECT_EQ(Parse({flag, "-e", "0"}, &o), 9) << flag;
    std::string err = testing::internal::GetCapturedStderr();
    EXPECT_NE(err.find("not supported"), std::string::npos) << flag << ": " << err;
  }
}

TEST(Options, ValuesAreRequired) {
  nodus::Options o;
  testing::internal::CaptureStderr();
  EXPECT_EQ(Parse({"--conditions"}, &o), 9);
  EXPECT_NE(testing::internal::GetCapturedStderr().find("requires an argument"), std::string::npos);
}

TEST(Options, HeapPercentageBecomesAV8Limit) {
  nodus::Options o;
  EXPECT_EQ(Parse({"--max-old-space-size-percentage=25", "-e", "0"}, &o), -1);
  ASSERT_EQ(o.v8_flags.size(), 1u);
  EXPECT_EQ(o.v8_flags[0].rfind("--max-old-space-size=", 0), 0u);
  nodus::Options bad;
  testing::internal::CaptureStderr();
  EXPECT_EQ(Parse({"--max-old-space-size-percentage=0", "-e", "0"}, &bad), 9);
  EXPECT_EQ(Parse({"--max-old-space-size-percentage=101", "-e", "0"}, &bad), 9);
  testing::internal::GetCapturedStderr();
}

TEST(Options, WatchNeedsAFileAndNoEval) {
  nodus::Options a, b, c, d;
  testing::internal::CaptureStderr();
  EXPECT_EQ(Parse({"--watch", "-e", "0"}, &a), 9);
  EXPECT_EQ(Parse({"--watch"}, &b), 9);
  std::string err = testing::internal::GetCapturedStderr();
  EXPECT_NE(err.find("either --watch or --eval can be used, not both"), std::string::npos);
  EXPECT_NE(err.find("--watch requires specifying a file"), std::string::npos);
  EXPECT_EQ(Parse({"--watch-path=src", "app.js"}, &c), -1);
  EXPECT_TRUE(c.watch);
  EXPECT_EQ(c.watch_paths, std::vector<std::string>{"src"});
  EXPECT_EQ(Parse({"--watch", "--test"}, &d), -1);
}

}  // namespace

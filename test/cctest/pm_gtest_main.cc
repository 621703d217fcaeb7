// gtest entry used when src/pm/dev_main.cc's main is the one linked (see the comment there).
#include <gtest/gtest.h>

extern "C" int NodusCctestMain(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}

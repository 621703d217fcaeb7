// Unit tests for the node_modules tree: lockfile v3 round trip, Node's lookup, dependency flags,
// lockfile/package.json agreement.
#include <gtest/gtest.h>

#include "pm/json.h"
#include "pm/tree.h"

using namespace nodus::pm;

namespace {
// An npm 9+-style lockfile, hand-written: a prod dep with a nested conflict, a dev-only chain,
// an optional dep, and an alias.
const char* kLock = R"({
  "name": "app",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "app",
      "version": "1.0.0",
      "dependencies": {"a": "^1.0.0", "al": "npm:b@^2.0.0"},
      "devDependencies": {"d": "^1.0.0"},
      "optionalDependencies": {"o": "^1.0.0"}
    },
    "node_modules/a": {
      "version": "1.0.0",
      "resolved": "http://r/a/-/a-1.0.0.tgz",
      "integrity": "sha512-aaa",
      "dependencies": {"b": "^1.0.0"}
    },
    "node_modules/al": {
      "name": "b",
      "version": "2.0.0",
      "resolved": "http://r/b/-/b-2.0.0.tgz",
      "integrity": "sha512-b2"
    },
    "node_modules/b": {
      "version": "1.1.0",
      "resolved": "http://r/b/-/b-1.1.0.tgz",
      "integrity": "sha512-b1"
    },
    "node_modules/d": {
      "version": "1.0.0",
      "resolved": "http://r/d/-/d-1.0.0.tgz",
      "integrity": "sha512-d",
      "dev": true,
      "dependencies": {"b": "^2.0.0"}
    },
    "node_modules/d/node_modules/b": {
      "version": "2.0.0",
      "resolved": "http://r/b/-/b-2.0.0.tgz",
      "integrity": "sha512-b2",
      "dev": true
    },
    "node_modules/o": {
      "version": "1.0.0",
      "resolved": "http://r/o/-/o-1.0.0.tgz",
      "integrity": "sha512-o",
      "optional": true
    }
  }
})";

Json Parse(const char* text) {
  Json j;
  JsonError e;
  EXPECT_TRUE(ParseJson(text, &j, &e)) << e.line << ":" << e.column << " " << e.message;
  return j;
}

void Load(const Json& lock, const Json& pkg, Tree* t) {
  PmError err;
  ASSERT_TRUE(LoadLockfile(lock, t, &err)) << err.message;
  t->root()->meta = pkg;
  t->BuildAllEdges();
  t->ResolveEdges();
  t->ComputeFlags();
}
}  // namespace

TEST(PmTree, LockfileRoundTripsAndResolvesLikeNode) {
  Json lock = Parse(kLock);
  Json pkg = *lock.Get("packages")->Get("");
  Tree t;
  Load(lock, pkg, &t);
  ASSERT_EQ(t.Nodes().size(), 6u);
  Node* d = t.Find("node_modules/d");
  ASSERT_NE(d, nullptr);
  // d's b resolves to its nested copy; a's b to the hoisted one.
  EXPECT_EQ(t.Resolve(d, "b")->version, "2.0.0");
  EXPECT_EQ(t.Resolve(t.Find("node_modules/a"), "b")->version, "1.1.0");
  EXPECT_EQ(t.Find("node_modules/al")->pkg_name, "b");
  // Flags are recomputed from the edges, not copied.
  EXPECT_TRUE(t.Find("node_modules/d/node_modules/b")->dev);
  EXPECT_FALSE(t.Find("node_modules/b")->dev);
  EXPECT_TRUE(t.Find("node_modules/o")->optional);
  Json out = BuildLockfile(t, pkg, false);
  EXPECT_EQ(*out.Get("packages"), *lock.Get("packages"));
  EXPECT_EQ(SerializeJson(out, 2), SerializeJson(lock, 2));  // same key order too
}

TEST(PmTree, LockMatchesPackageDetectsDrift) {
  Json lock = Parse(kLock);
  Json pkg = *lock.Get("packages")->Get("");
  Tree t;
  Load(lock, pkg, &t);
  std::string why;
  EXPECT_TRUE(LockMatchesPackage(lock, pkg, t, &why)) << why;
  Json changed = pkg;
  changed.GetMut("dependencies")->Set("a", Json::String("^2.0.0"));
  Tree t2;
  Load(lock, changed, &t2);
  EXPECT_FALSE(LockMatchesPackage(lock, changed, t2, &why));
  EXPECT_NE(why.find("a@^2.0.0"), std::string::npos) << why;
  Json added = pkg;
  added.GetMut("dependencies")->Set("zzz", Json::String("1.0.0"));
  Tree t3;
  Load(lock, added, &t3);
  EXPECT_FALSE(LockMatchesPackage(lock, added, t3, &why));
}

TEST(PmTree, PruneDropsWhatNothingNeeds) {
  Json lock = Parse(kLock);
  Json pkg = *lock.Get("packages")->Get("");
  pkg.GetMut("devDependencies")->Erase("d");
  Tree t;
  Load(lock, pkg, &t);
  EXPECT_EQ(t.Prune(), 2u);  // d and its nested b
  EXPECT_EQ(t.Find("node_modules/d"), nullptr);
  EXPECT_EQ(t.Nodes().size(), 4u);
}

TEST(PmTree, PlatformFields) {
  EXPECT_TRUE(PlatformSupported(Parse(R"({"os": ["linux", "darwin"]})")));
  EXPECT_FALSE(PlatformSupported(Parse(R"({"os": ["win32"]})")));
  EXPECT_FALSE(PlatformSupported(Parse(R"({"os": ["!linux"]})")));
  EXPECT_TRUE(PlatformSupported(Parse(R"({"os": ["!win32"]})")));
  EXPECT_FALSE(PlatformSupported(Parse(R"({"cpu": ["mips"]})")));
  EXPECT_FALSE(PlatformSupported(Parse(R"({"libc": ["musl"]})")));
}

// overrides as arborist's OverrideSet reads them.
TEST(PmTree, OverrideRules) {
  auto set = OverrideSet::FromJson(Parse(R"({"foo@1": "1.0.3", "foo@^2": {"bar": "2.0.0"}, "baz": {".": "3.0.0"},
                                            "@s/q@~1.2": "", "top": {"bar": "$bar"}})"));
  ASSERT_TRUE(set);
  ASSERT_EQ(set->children.size(), 5u);
  EXPECT_EQ(set->children[0]->name, "foo");
  EXPECT_EQ(set->children[0]->key_spec, "1");
  EXPECT_EQ(set->children[0]->value, "1.0.3");
  EXPECT_EQ(set->children[1]->value, "^2");  // an object without "." gives the key's range
  EXPECT_EQ(set->children[2]->key_spec, "*");
  EXPECT_EQ(set->children[2]->value, "3.0.0");
  EXPECT_EQ(set->children[3]->name, "@s/q");
  EXPECT_EQ(set->children[3]->value, "*");  // "" means no change
  // A rule applies when the key's range intersects the edge's.
  EXPECT_EQ(set->EdgeRule("foo", "^1.0.0"), set->children[0].get());
  EXPECT_EQ(set->EdgeRule("foo", "~2.1.0"), set->children[1].get());
  EXPECT_EQ(set->EdgeRule("foo", "^3.0.0"), set.get());
  EXPECT_EQ(set->EdgeRule("foo", "npm:other@1.x"), set->children[0].get());  // an alias: its range
  EXPECT_EQ(set->EdgeRule("foo", "latest"), set->children[0].get());         // a tag: the first rule
  EXPECT_EQ(set->EdgeRule("foo", "github:a/b"), set.get());                  // git: never
  EXPECT_EQ(set->EdgeRule("baz", "^9"), set->children[2].get());
  EXPECT_EQ(set->EdgeRule("other", "^1"), set.get());
  // Below a rule, its own rules come first, then the ancestors'.
  const OverrideSet* foo2 = set->children[1].get();
  EXPECT_EQ(foo2->EdgeRule("bar", "^1.0.0"), foo2->children[0].get());
  EXPECT_EQ(foo2->EdgeRule("baz", "*"), set->children[2].get());
  EXPECT_EQ(foo2->EdgeRule("qux", "*"), foo2);  // nothing applies: the set itself
  EXPECT_FALSE(OverrideSet::FromJson(Parse("{}")));
}

// semver against node-semver's own answers (test/fixtures/semver/*.json, made by gen.js).
#include "pm/semver.h"

#include <gtest/gtest.h>

#include "fixture_json.h"


namespace {
using nodus::pm::testing::FixtureCases;
using nodus::pm::testing::Json;
namespace sv = nodus::pm::semver;

std::string Show(const std::optional<std::string>& s) { return s ? "\"" + *s + "\"" : "null"; }

// Runs `check` over every case; reports each mismatch and the pass count.
template <typename Fn>
void ForEachCase(const std::string& file, Fn check) {
  const Json& cases = FixtureCases(file);
  ASSERT_GT(cases.arr.size(), 0u) << file << " missing or unreadable";
  size_t failed = 0, total = 0;
  for (const Json& c : cases.arr) {
    std::vector<std::string> errors;
    check(c, errors);
    total++;
    if (!errors.empty()) {
      failed++;
      for (auto& e : errors) ADD_FAILURE() << file << ": " << e;
    }
  }
  std::printf("[ corpus   ] %s: %zu/%zu passed\n", file.c_str(), total - failed, total);
}

#define EXPECT_SAME(errors, what, got, want)                                     \
  do {                                                                           \
    if ((got) != (want)) (errors).push_back(std::string(what) + ": got " + Show(got) + \
                                            ", want " + Show(want));             \
  } while (0)

TEST(SemverCorpus, Versions) {
  ForEachCase("versions.json", [](const Json& c, std::vector<std::string>& e) {
    std::string v = c["v"].s;
    EXPECT_SAME(e, "valid(" + v + ")", sv::Valid(v), c["strict"].Str());
    EXPECT_SAME(e, "valid(" + v + ", loose)", sv::Valid(v, true), c["loose"].Str());
    EXPECT_SAME(e, "clean(" + v + ")", sv::Clean(v), c["clean"].Str());
    EXPECT_SAME(e, "clean(" + v + ", loose)", sv::Clean(v, true), c["cleanLoose"].Str());
    if (auto p = sv::Parse(v, true)) {
      std::string build, pre;
      for (auto& b : p->build) build += (build.empty() ? "" : ".") + b;
      for (auto& x : p->prerelease) pre += (pre.empty() ? "" : ".") + x.text;
      EXPECT_SAME(e, "build(" + v + ")", std::optional<std::string>(build), c["build"].Str());
      EXPECT_SAME(e, "prerelease(" + v + ")", std::optional<std::string>(pre), c["prerelease"].Str());
    }
  });
}

std::optional<std::string> NumStr(const Json& j) {
  if (j.IsNull()) return std::nullopt;
  return std::to_string(static_cast<int>(j.n));
}
std::optional<std::string> NumStr(std::optional<int> v) {
  if (!v) return std::nullopt;
  return std::to_string(*v);
}

TEST(SemverCorpus, Compare) {
  ForEachCase("compare.json", [](const Json& c, std::vector<std::string>& e) {
    std::string a = c["a"].s, b = c["b"].s;
    bool loose = c["loose"].b;
    std::string what = "(" + a + ", " + b + (loose ? ", loose)" : ")");
    EXPECT_SAME(e, "compare" + what, NumStr(sv::Compare(a, b, loose)), NumStr(c["compare"]));
    EXPECT_SAME(e, "compareBuild" + what, NumStr(sv::CompareBuild(a, b, loose)),
                NumStr(c["compareBuild"]));
    auto r = sv::RCompare(a, b, loose);
    auto want = NumStr(c["compare"]);
    EXPECT_SAME(e, "rcompare" + what, NumStr(r ? std::optional<int>(-*r) : std::nullopt), want);
  });
}

const sv::Options kOpts[4] = {{false, false}, {true, false}, {false, true}, {true, true}};
const char* kOptNames[4] = {"", " loose", " incPre", " loose+incPre"};

TEST(SemverCorpus, ValidRange) {
  ForEachCase("ranges.json", [](const Json& c, std::vector<std::string>& e) {
    for (int k = 0; k < 4; k++) {
      EXPECT_SAME(e, "validRange(" + c["r"].s + ")" + kOptNames[k], sv::ValidRange(c["r"].s, kOpts[k]),
                  c["valid"][k].Str());
    }
  });
}

std::optional<std::string> BoolStr(bool b) { return b ? "true" : "false"; }

TEST(SemverCorpus, Satisfies) {
  ForEachCase("satisfies.json", [](const Json& c, std::vector<std::string>& e) {
    for (int k = 0; k < 4; k++) {
      EXPECT_SAME(e, "satisfies(" + c["v"].s + ", " + c["r"].s + ")" + kOptNames[k],
                  BoolStr(sv::Satisfies(c["v"].s, c["r"].s, kOpts[k])), BoolStr(c["ok"][k].b));
    }
  });
}

std::optional<std::string> OptBoolStr(const Json& j) {
  if (j.IsNull()) return std::nullopt;
  return BoolStr(j.b);
}

TEST(SemverCorpus, Intersects) {
  ForEachCase("intersects.json", [](const Json& c, std::vector<std::string>& e) {
    for (int k = 0; k < 4; k++) {
      auto got = sv::Intersects(c["r1"].s, c["r2"].s, kOpts[k]);
      EXPECT_SAME(e, "intersects(" + c["r1"].s + ", " + c["r2"].s + ")" + kOptNames[k],
                  got ? BoolStr(*got) : std::nullopt, OptBoolStr(c["ok"][k]));
    }
  });
}

TEST(SemverCorpus, Subset) {
  ForEachCase("subset.json", [](const Json& c, std::vector<std::string>& e) {
    for (int k = 0; k < 4; k++) {
      auto got = sv::Subset(c["sub"].s, c["dom"].s, kOpts[k]);
      EXPECT_SAME(e, "subset(" + c["sub"].s + ", " + c["dom"].s + ")" + kOptNames[k],
                  got ? BoolStr(*got) : std::nullopt, OptBoolStr(c["ok"][k]));
    }
  });
}

TEST(SemverCorpus, MaxMinSatisfying) {
  ForEachCase("max_satisfying.json", [](const Json& c, std::vector<std::string>& e) {
    std::vector<std::string> vs;
    for (auto& v : c["vs"].arr) vs.push_back(v.s);
    sv::Options o{c["loose"].b, c["includePrerelease"].b};
    std::string what = "(" + std::to_string(vs.size()) + " versions, " + c["r"].s + ")";
    EXPECT_SAME(e, "maxSatisfying" + what, sv::MaxSatisfying(vs, c["r"].s, o), c["max"].Str());
    EXPECT_SAME(e, "minSatisfying" + what, sv::MinSatisfying(vs, c["r"].s, o), c["min"].Str());
  });
}

TEST(SemverCorpus, Inc) {
  ForEachCase("inc.json", [](const Json& c, std::vector<std::string>& e) {
    sv::IncOptions o;
    o.loose = c["loose"].b;
    if (c["id"].kind == Json::kStr) o.identifier = c["id"].s;
    const Json& base = c["base"];
    if (base.kind == Json::kStr) o.identifier_base = base.s;
    if (base.kind == Json::kBool && !base.b) o.no_base = true;
    std::string what = "inc(" + c["v"].s + ", " + c["release"].s + ", id=" + c["id"].s +
                       ", base=" + (base.kind == Json::kStr ? base.s : base.IsNull() ? "undef" : "false") +
                       (o.loose ? ", loose)" : ")");
    EXPECT_SAME(e, what, sv::Inc(c["v"].s, c["release"].s, o), c["out"].Str());
  });
}

TEST(SemverCorpus, Coerce) {
  ForEachCase("coerce.json", [](const Json& c, std::vector<std::string>& e) {
    bool pre = c["includePrerelease"].b, rtl = c["rtl"].b, loose = c["loose"].b;
    std::string what = std::string("coerce(") + c["in"].s + (pre ? ", incPre" : "") + (rtl ? ", rtl" : "") +
                       (loose ? ", loose" : "") + ")";
    EXPECT_SAME(e, what, sv::Coerce(c["in"].s, pre, rtl, loose), c["out"].Str());
  });
}

TEST(SemverCorpus, PickVersion) {
  ForEachCase("pick.json", [](const Json& c, std::vector<std::string>& e) {
    std::vector<sv::PackumentVersion> versions;
    for (auto& v : c["versions"].arr) {
      sv::PackumentVersion pv;
      pv.version = v.s;
      for (auto& d : c["deprecated"].arr) pv.deprecated |= d.s == v.s;
      versions.push_back(pv);
    }
    std::vector<std::pair<std::string, std::string>> tags;
    for (auto& [k, v] : c["tags"].obj) tags.emplace_back(k, v.s);
    auto r = sv::PickVersion(c["wanted"].s, versions, tags);
    std::optional<std::string> got;
    if (r.error == sv::PickError::kNone) got = r.version;
    std::string what = "pick(" + c["wanted"].s + ", " + std::to_string(versions.size()) + " versions)";
    EXPECT_SAME(e, what, got, c["result"].Str());
    if (!c["error"].IsNull()) {
      std::string want = c["error"].s;
      std::optional<std::string> code;
      if (r.error == sv::PickError::kNoMatch) code = "ETARGET";
      if (r.error == sv::PickError::kNoVersions) code = "ENOVERSIONS";
      if (r.error == sv::PickError::kInvalidTag) code = "EINVALIDTAGNAME";
      EXPECT_SAME(e, what + " error", code, std::optional<std::string>(want));
    }
  });
}

// A few spelled-out cases, readable as documentation of the API.
TEST(Semver, Basics) {
  EXPECT_EQ(sv::Valid("v1.2.3"), "1.2.3");
  EXPECT_EQ(sv::Valid("=1.2.3"), std::nullopt);
  EXPECT_EQ(sv::Valid("=1.2.3", true), "1.2.3");
  EXPECT_EQ(sv::Compare("1.0.0-alpha", "1.0.0"), -1);
  EXPECT_EQ(sv::Compare("1.0.0-alpha.10", "1.0.0-alpha.9"), 1);
  EXPECT_EQ(sv::CompareBuild("1.0.0+2", "1.0.0+10"), -1);
  EXPECT_EQ(sv::ValidRange("^0.0.3"), ">=0.0.3 <0.0.4-0");
  EXPECT_EQ(sv::ValidRange("1.x || >=2.5.0 || 5.0.0 - 7.2.3"),
            ">=1.0.0 <2.0.0-0||>=2.5.0||>=5.0.0 <=7.2.3");
  EXPECT_EQ(sv::ValidRange(""), "*");
  EXPECT_EQ(sv::ValidRange("latest"), std::nullopt);
  EXPECT_TRUE(sv::Satisfies("1.2.3-pr.2", "^1.2.3-pr.1"));
  EXPECT_FALSE(sv::Satisfies("1.2.4-alpha", "^1.2.3-pr.1"));
  EXPECT_TRUE(sv::Satisfies("1.2.4-alpha", "^1.2.3-pr.1", {.include_prerelease = true}));
  EXPECT_EQ(sv::Inc("1.2.3", "prerelease", {.identifier = "beta"}), "1.2.4-beta.0");
  EXPECT_EQ(sv::Coerce("v2"), "2.0.0");
  EXPECT_EQ(sv::MaxSatisfying({"1.0.0", "1.5.0", "2.0.0"}, "^1"), "1.5.0");
  std::vector<std::string> vs = {"1.0.0", "bogus", "1.0.0-rc.1", "0.9.0", "1.0.0+b", "v0.1.0"};
  sv::Sort(vs);
  EXPECT_EQ(vs, (std::vector<std::string>{"v0.1.0", "0.9.0", "1.0.0-rc.1", "1.0.0", "1.0.0+b", "bogus"}));
  EXPECT_EQ(sv::Intersects("^1.2.0", ">=1.5.0 <3"), true);
  EXPECT_EQ(sv::Intersects("^1.2.0", "^2"), false);
}

TEST(Semver, PickPrefersLatestTag) {
  std::vector<sv::PackumentVersion> vs = {{"1.0.0"}, {"1.1.0"}, {"2.0.0-rc.1"}};
  std::vector<std::pair<std::string, std::string>> tags = {{"latest", "1.0.0"},
                                                           {"next", "2.0.0-rc.1"}};
  EXPECT_EQ(sv::PickVersion("^1", vs, tags).version, "1.0.0");
  EXPECT_EQ(sv::PickVersion("", vs, tags).version, "1.0.0");
  EXPECT_EQ(sv::PickVersion("next", vs, tags).version, "2.0.0-rc.1");
  EXPECT_EQ(sv::PickVersion("^2", vs, tags).error, sv::PickError::kNoMatch);
  vs[0].deprecated = true;
  EXPECT_EQ(sv::PickVersion("^1", vs, tags).version, "1.1.0");
}

}  // namespace

// libFuzzer target: versions, ranges, coercion, increments and package specs from arbitrary
// bytes must never crash, hang or break their own invariants.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "pm/package_spec.h"
#include "pm/semver.h"

namespace sv = nodus::pm::semver;

namespace {
void Check(bool ok) {
  if (!ok) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // First byte picks options; the rest is the input text.
  const uint8_t flags = data[0];
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const bool loose = flags & 1, include_prerelease = flags & 2;

  for (bool l : {false, true}) {
    if (auto v = sv::Parse(text, l)) {
      // A printed version parses back (in the same mode: node-semver prints a loose
      // `1.2.3-0999...` huge identifier as is, which strict parsing rejects) to itself.
      std::string printed = v->ToString();
      auto again = sv::Parse(printed, l);
      Check(again && again->ToString() == printed && sv::Compare(*v, *again) == 0);
      sv::CompareBuild(*v, *again);
    }
  }

  sv::Options opts{loose, include_prerelease};
  if (auto r = sv::Range::Parse(text, opts)) {
    // The normalised form is itself a valid range that matches the same versions. (Its own
    // normal form may differ: node-semver's `>=00.0.0` prints as `>=0.0.0`, which reads as `*`.)
    std::string norm = r->ToString();
    auto r2 = sv::Range::Parse(norm.empty() ? "*" : norm, opts);
    Check(r2.has_value());
    for (const char* v : {"0.0.0", "1.2.3", "1.2.3-beta.1", "2.0.0-0", "99.99.99"}) {
      auto parsed = sv::Parse(v);
      Check(r->Test(*parsed) == r2->Test(*parsed));
    }
    std::vector<std::string> versions = {"1.0.0", "1.2.3-rc.1", "2.0.0", std::string(text)};
    sv::MaxSatisfying(versions, text, opts);
    sv::MinSatisfying(versions, text, opts);
    // subset (never crashes; answers are checked against node-semver by the cctest corpus).
    sv::Subset(norm.empty() ? "*" : norm, text, opts);
    sv::Subset(text, "^1.2.3 || >=2.0.0-rc.1 <3", opts);
    sv::Subset("~1.2.3-beta.1", text, opts);
  }

  if (auto c = sv::Coerce(text, include_prerelease, flags & 4, loose)) Check(sv::Parse(*c, loose).has_value());

  static const char* kReleases[] = {"major", "minor", "patch", "premajor", "preminor",
                                    "prepatch", "prerelease", "release", "pre"};
  sv::IncOptions inc;
  inc.loose = loose;
  inc.identifier = std::string(text.substr(0, 8));
  inc.no_base = flags & 8;
  if (auto v = sv::Inc("1.2.3-beta.1", kReleases[(flags >> 4) % 9], inc)) {
    Check(sv::Parse(*v, true).has_value());
  }
  if (size < 300) sv::Inc(text, kReleases[(flags >> 4) % 9], inc);

  sv::PickVersion(text, {{"1.0.0"}, {"1.1.0", true}, {"2.0.0-rc.1"}}, {{"latest", "1.0.0"}});
  nodus::pm::ParsePackageSpec(text, {"/work/dir", "/home/u"});
  nodus::pm::ValidatePackageName(text);
  return 0;
}

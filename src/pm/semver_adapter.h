// PRIVATE stop-gap until src/pm/semver.h (another engineer's) lands: the few semver operations the
// package manager needs. Delete this file and point the callers at semver.h when it exists.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace nodus::pm::sv {

bool Valid(std::string_view v, std::string* normalised = nullptr);
int Compare(std::string_view a, std::string_view b);  // versions; invalid ones sort first
bool ValidRange(std::string_view range);
bool Satisfies(std::string_view version, std::string_view range);
// The highest version in `versions` satisfying `range`; empty when none.
std::string MaxSatisfying(const std::vector<std::string>& versions, std::string_view range);
bool HasPrerelease(std::string_view v);

}  // namespace nodus::pm::sv

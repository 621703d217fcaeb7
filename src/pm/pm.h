// The package manager's entry point: `nodus install|add|remove|...` (no V8 here).
#pragma once
#include <string_view>

namespace nodus::pm {
// True when `nodus <word>` names a package-manager command rather than a script.
bool IsCommand(std::string_view word);
// argv[0] is the command word (e.g. "install"); returns the process exit code.
int Main(int argc, char** argv);
}  // namespace nodus::pm

// What the `nodus` launcher (src/main.cc) hands a command line to (no V8 here).
#pragma once
#include <string_view>
#include <vector>

namespace nodus::launch {

// True when `nodus <word>` names a package-manager command (install, add, run, x, ...) rather
// than a script: the one list both the launcher and the package manager use.
bool IsPackageManagerCommand(std::string_view word);
// True for the command words that are also common script names (test, start, version, config,
// ...): `nodus <word>` runs ./<word>(.js...) as Node would when such a module exists.
bool IsScriptLikeCommand(std::string_view word);
// Every command word (aliases included), in the lists' order: for shell completion.
std::vector<std::string_view> PackageManagerCommands();

enum class Target { kPackageManager, kRuntime };

// Where `nodus argv[1..]` goes: a package-manager command word as the first argument goes to
// libnodus-pm.so, everything else (scripts, `install.js`, `./install`, flags, -e, the REPL) to
// libnodus-runtime.so; a script-like word goes to the runtime when ./<word> resolves as a module.
// (A command word the package manager cannot be loaded for still runs as a
// script when a file of that name exists; the launcher decides that after trying.)
Target Route(int argc, const char* const* argv);

}  // namespace nodus::launch

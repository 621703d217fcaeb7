// The package-manager commands (no V8 here).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "pm/project.h"
#include "pm/tar.h"

namespace nodus::pm {

struct Args {
  std::string command;
  std::vector<std::string> positional;
  std::vector<std::string> rest;  // after `--`, or after the script/package name for run/exec
  bool saw_dashdash = false;
  std::map<std::string, std::string> flags;
  bool Flag(const std::string& k) const {
    auto it = flags.find(k);
    return it != flags.end() && it->second != "false";
  }
};

int RunCommand(Context& ctx, const Args& args);
int CmdPack(Context& ctx, const Args& args);
int CmdPublish(Context& ctx, const Args& args);

// The files `pack` puts in the tarball (relative paths, sorted), as npm-packlist chooses them.
std::vector<std::string> PackFileList(const std::string& dir, const Json& pkg);
// Those files read (modes as npm pack sets them), and the .tgz `pack` would write from them.
std::vector<TarInput> PackInputs(const std::string& dir, const Json& pkg);
std::string PackTarball(const std::string& dir, const Json& pkg);

}  // namespace nodus::pm

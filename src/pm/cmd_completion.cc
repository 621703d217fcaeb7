// `completion`: prints a bash/zsh completion script for nodus; the script calls
// `nodus completion -- <words>` (COMP_CWORD naming the word being completed), which prints the
// candidates one a line: command names, the project's script names after `run`, installed
// package names after the commands that take one.
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <set>

#include "pm/commands.h"
#include "pm/fs_util.h"
#include "util/launch.h"

namespace nodus::pm {

namespace {

const char kUsage[] =
    "Tab Completion for nodus\n\nUsage:\nnodus completion\n\nRun \"nodus help completion\" for more info";

const char kScript[] =
    "###-begin-nodus-completion-###\n"
    "#\n"
    "# nodus command completion for bash and zsh\n"
    "#\n"
    "# Installation: nodus completion >> ~/.bashrc  (or ~/.zshrc)\n"
    "#\n"
    "\n"
    "if type complete &>/dev/null; then\n"
    "  _nodus_completion () {\n"
    "    local IFS=$'\\n'\n"
    "    COMPREPLY=($(COMP_CWORD=\"$COMP_CWORD\" COMP_LINE=\"$COMP_LINE\" COMP_POINT=\"$COMP_POINT\" \\\n"
    "                 nodus completion -- \"${COMP_WORDS[@]}\" 2>/dev/null))\n"
    "  }\n"
    "  complete -o default -F _nodus_completion nodus\n"
    "elif type compdef &>/dev/null; then\n"
    "  _nodus_completion () {\n"
    "    local IFS=$'\\n'\n"
    "    compadd -- $(COMP_CWORD=$((CURRENT-1)) COMP_LINE=\"$BUFFER\" COMP_POINT=0 \\\n"
    "                 nodus completion -- \"${words[@]}\" 2>/dev/null)\n"
    "  }\n"
    "  compdef _nodus_completion nodus\n"
    "fi\n"
    "###-end-nodus-completion-###\n";

bool OneOf(const std::string& w, std::initializer_list<const char*> list) {
  for (auto* s : list)
    if (w == s) return true;
  return false;
}

// Top-level packages in node_modules ("@scope/name" for scoped ones), in name order.
std::vector<std::string> Installed(const std::string& project) {
  std::vector<std::string> out;
  std::string nm = project + "/node_modules";
  for (auto& e : ListDir(nm)) {
    if (e[0] == '.') continue;
    if (e[0] == '@') {
      for (auto& s : ListDir(nm + "/" + e)) out.push_back(e + "/" + s);
    } else {
      out.push_back(e);
    }
  }
  return out;
}

}  // namespace

int CmdCompletion(Context& ctx, const Args& args) {
  if (args.Flag("help")) {
    std::printf("%s\n", kUsage);
    return 0;
  }
  if (!args.saw_dashdash) {
    std::fputs(kScript, stdout);
    return 0;
  }
  const std::vector<std::string>& words = args.rest;
  long cword = (long)words.size() - 1;
  if (const char* c = getenv("COMP_CWORD"); c && *c) cword = std::strtol(c, nullptr, 10);
  if (cword < 1) return 0;
  std::string cur = cword < (long)words.size() ? words[cword] : "";
  std::vector<std::string> candidates;
  if (StartsWith(cur, "-")) {
    // Flags the commands read (docs/pm.md), in name order.
    static const char* const kFlags[] = {
        "--access", "--all", "--audit-level", "--before", "--cache", "--cafile", "--depth", "--diff",
        "--diff-dst-prefix", "--diff-ignore-all-space", "--diff-name-only", "--diff-no-prefix", "--diff-src-prefix",
        "--diff-text", "--diff-unified", "--dry-run", "--editor", "--fetch-retries", "--fetch-timeout", "--force",
        "--global", "--ignore-scripts", "--include", "--include-workspace-root", "--install-links", "--json",
        "--legacy-peer-deps", "--long", "--loglevel", "--offline", "--omit", "--otp", "--package-lock",
        "--package-lock-only", "--parseable", "--prefer-offline", "--prefix", "--production", "--registry", "--save",
        "--save-dev", "--save-exact", "--save-optional", "--save-peer", "--save-prefix", "--shell", "--silent",
        "--strict-peer-deps", "--tag", "--userconfig", "--workspace", "--workspaces", "--yes"};
    candidates.assign(std::begin(kFlags), std::end(kFlags));
  } else if (cword == 1) {
    std::set<std::string> seen;
    for (auto w : launch::PackageManagerCommands()) seen.insert(std::string(w));
    candidates.assign(seen.begin(), seen.end());
  } else {
    const std::string& cmd = words[1];
    if (OneOf(cmd, {"run", "run-script", "rum", "urn"}) && cword == 2) {
      Json pkg;
      PmError err;
      if (ReadPackageJsonFile(ctx.project_dir + "/package.json", &pkg, &err))
        if (const Json* s = pkg.Get("scripts"); s && s->IsObject())
          for (auto& [name, _] : s->members()) candidates.push_back(name);
    } else if (OneOf(cmd, {"explore", "edit", "uninstall", "remove", "rm", "un", "update", "up", "upgrade", "rebuild",
                           "rb", "why", "explain", "ls", "list", "diff", "fund", "docs", "home", "bugs", "repo"})) {
      candidates = Installed(ctx.project_dir);
    }
  }
  for (auto& c : candidates)
    if (StartsWith(c, cur)) std::printf("%s\n", c.c_str());
  return 0;
}

}  // namespace nodus::pm

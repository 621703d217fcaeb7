// `explore <pkg> [-- <command>]` (a shell, or the command, in node_modules/<pkg> with the script
// environment) and `edit <pkg>[/<subpkg>...]` (the editor on that folder, then `rebuild`), as npm 11.
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "pm/commands.h"
#include "pm/fs_util.h"
#include "pm/package_spec.h"
#include "pm/scripts.h"

namespace nodus::pm {

namespace {

const char kExploreUsage[] =
    "Browse an installed package\n\nUsage:\nnodus explore <pkg> [ -- <command>]\n\nOptions:\n[--shell <shell>]\n\n"
    "  --shell\n    The shell to run for the `nodus explore` command.\n\n\nRun \"nodus help explore\" for more info";
const char kEditUsage[] =
    "Edit an installed package\n\nUsage:\nnodus edit <pkg>[/<subpkg>...]\n\nOptions:\n[--editor <editor>]\n\n"
    "  --editor\n    The command to run for `nodus edit` and `nodus config edit`.\n\n\nRun \"nodus help edit\" for more "
    "info";

int Usage(const char* usage) { return ReportError({"EUSAGE", std::string("\n") + usage}); }

// npm's node_modules folder: the project's, or the global one with -g.
std::string ModulesDir(Context& ctx, const Args& args) {
  if (args.Flag("global")) return GlobalPrefix(ctx.config.Get("prefix")) + "/lib/node_modules";
  return ctx.project_dir + "/node_modules";
}

}  // namespace

PmError NoEntryError(const std::string& syscall, const std::string& path, const std::string& detail) {
  return {"ENOENT", "syscall " + syscall + "\npath " + path + "\nerrno -2\nenoent " + detail +
                        "\nenoent This is related to nodus not being able to find a file.\nenoent"};
}

PmError NoPackageJsonError(const std::string& pj) {
  return NoEntryError("open", pj, "Could not read package.json: Error: ENOENT: no such file or directory, open '" + pj + "'");
}

int ReportNoEntry(const PmError& e) {
  ReportError(e);
  return 254;  // (npm exits with the errno, -2)
}

int CmdExplore(Context& ctx, const Args& args) {
  if (args.Flag("help")) {
    std::printf("%s\n", kExploreUsage);
    return 0;
  }
  if (args.positional.empty() || args.positional[0].empty()) return Usage(kExploreUsage);
  std::string dir = ModulesDir(ctx, args);
  std::string name = args.positional[0];
  std::string path = ResolvePath(dir, ResolvePath("/", name).substr(1));
  if (path == ResolvePath("/", dir)) return Usage(kExploreUsage);
  std::vector<std::string> words(args.positional.begin() + 1, args.positional.end());
  words.insert(words.end(), args.rest.begin(), args.rest.end());
  std::string cmd;
  for (auto& w : words) cmd += (cmd.empty() ? "" : " ") + w;
  cmd = Trim(cmd);
  Json pkg;
  PmError err;
  std::string pj = path + "/package.json";
  if (!ReadPackageJsonFile(pj, &pkg, &err)) {
    std::fprintf(stderr, "nodus error explore It doesn't look like %s is installed.\n", name.c_str());
    if (!PathExists(pj))
      return ReportNoEntry(NoPackageJsonError(pj));
    return ReportError(err);
  }
  bool interactive = cmd.empty();
  if (interactive) {
    const char* sh = getenv("SHELL");
    cmd = ctx.config.Get("shell", sh && *sh ? sh : "sh");
    if (!ctx.silent) std::printf("\nExploring %s\nType 'exit' or ^D when finished\n\n", path.c_str());
    std::fflush(stdout);
  }
  ScriptRun run;
  run.pkg_dir = path;
  run.project_dir = path;
  run.pkg = &pkg;
  run.event = "_explore";
  run.script = cmd;
  run.quiet_header = true;
  int rc = RunScript(run);
  if (rc == 0) return 0;
  // A shell the user left with a status: that status, quietly; a command: npm's failure lines.
  if (interactive) return rc;
  ReportError({std::to_string(rc), "path " + path + "\ncommand failed\ncommand sh -c " + cmd});
  return rc;
}

int CmdEdit(Context& ctx, const Args& args) {
  if (args.Flag("help")) {
    std::printf("%s\n", kEditUsage);
    return 0;
  }
  if (args.positional.size() != 1) return Usage(kEditUsage);
  // "a/b" is a's dependency b (a/node_modules/b); "@s/a/b" keeps the scope with its name.
  std::vector<std::string> parts;
  for (auto& part : Split(args.positional[0], '/')) {
    if (!parts.empty() && !parts.back().empty() && parts.back()[0] == '@' && parts.back().find('/') == std::string::npos)
      parts.back() += "/" + part;
    else
      parts.push_back(part);
  }
  std::string rel;
  for (size_t i = 0; i < parts.size(); i++) rel += (i ? "/node_modules/" : "") + parts[i];
  std::string dir = ResolvePath(ModulesDir(ctx, args), rel);
  struct stat st;
  if (lstat(dir.c_str(), &st) != 0) {
    if (errno == ENOENT) return ReportNoEntry(NoEntryError("lstat", dir, "ENOENT: no such file or directory, lstat '" + dir + "'"));
    return ReportError({"E" + std::string(strerror(errno)), dir});
  }
  const char* env_editor = getenv("EDITOR");
  const char* env_visual = getenv("VISUAL");
  std::string editor = ctx.config.Get("editor", env_editor && *env_editor ? env_editor
                                                : env_visual && *env_visual ? env_visual : "vi");
  // npm splits the editor setting at whitespace (no quoting) and adds the folder.
  std::vector<std::string> argv;
  std::string cur;
  for (char c : editor) {
    if (isspace((unsigned char)c)) {
      argv.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  argv.push_back(cur);
  if (argv.size() > 1 && argv[0].empty()) argv.erase(argv.begin());
  argv.push_back(dir);
  std::fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> cargv;
    for (auto& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
    cargv.push_back(nullptr);
    execvp(cargv[0], cargv.data());
    _exit(127);
  }
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) < 0) return ReportError({"", "editor process exited with code: 1"});
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 0;
  if (code) return ReportError({"", "editor process exited with code: " + std::to_string(code)});
  // Then `rebuild` of that package, as npm runs it.
  Json pkg;
  PmError err;
  Args rb;
  rb.command = "rebuild";
  rb.flags = args.flags;
  if (ReadPackageJsonFile(dir + "/package.json", &pkg, &err) && !pkg.GetString("name").empty())
    rb.positional.push_back(pkg.GetString("name") + (pkg.GetString("version").empty() ? "" : "@" + pkg.GetString("version")));
  else
    rb.positional.push_back(dir);
  return CmdRebuild(ctx, rb);
}

}  // namespace nodus::pm

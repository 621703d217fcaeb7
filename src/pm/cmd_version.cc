// `version`: bump package.json (and the lockfile), preversion/version/postversion scripts, and
// in a git repository a commit and an annotated `v<version>` tag, as npm's libnpmversion does
// (no V8 here).
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>

#include "pm/commands.h"
#include "pm/fs_util.h"
#include "pm/scripts.h"
#include "pm/semver.h"
#include "pm/tree.h"
#include "runtime/version.h"

namespace nodus::pm {

namespace {

// Runs `git args...` in `dir`; returns its exit status (127 when git cannot be run), stdout in `out`.
int Git(const std::string& dir, const std::vector<std::string>& args, std::string* out) {
  int fds[2];
  if (pipe(fds) != 0) return 127;
  std::fflush(stdout);
  std::fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return 127;
  }
  if (pid == 0) {
    if (chdir(dir.c_str()) != 0) _exit(127);
    dup2(fds[1], 1);
    close(fds[0]);
    close(fds[1]);
    std::vector<char*> argv;
    std::string git = "git";
    argv.push_back(git.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execvp("git", argv.data());
    _exit(127);
  }
  close(fds[1]);
  char buf[4096];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) > 0)
    if (out) out->append(buf, n);
  close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {}
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

bool GitAvailable(const std::string& dir) {
  std::string out;
  return Git(dir, {"--version"}, &out) == 0;
}

// npm's `npm version` without arguments: the package's version and the tool's.
int PrintVersions(Context& ctx) {
  Json pkg;
  PmError err;
  Json out = Json::Object();
  if (ReadPackageJsonFile(JoinPath(ctx.project_dir, "package.json"), &pkg, &err) && pkg.Get("name") &&
      pkg.Get("version"))
    out.Set(pkg.GetString("name"), Json::String(pkg.GetString("version")));
  out.Set("nodus", Json::String(NODUS_VERSION));
  if (ctx.json) {
    std::printf("%s\n", SerializeJson(out, 2).c_str());
    return 0;
  }
  // util.inspect's form, as npm prints it.
  std::string text = "{";
  bool first = true;
  for (auto& [k, v] : out.members()) {
    bool ident = !k.empty() && !isdigit((unsigned char)k[0]) &&
                 k.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$") == std::string::npos;
    text += std::string(first ? " " : ", ") + (ident ? k : "'" + k + "'") + ": '" + v.str() + "'";
    first = false;
  }
  text += " }";
  std::printf("%s\n", text.c_str());
  return 0;
}

}  // namespace

int CmdVersion(Context& ctx, const Args& args) {
  if (args.positional.empty()) return PrintVersions(ctx);
  if (args.positional.size() > 1)
    return ReportError({"EUSAGE", "Bump a package version\n\nUsage:\nnodus version [<newversion> | major | minor | "
                                  "patch | premajor | preminor | prepatch | prerelease | from-git]"});
  const Config& cfg = ctx.config;
  std::string want = args.positional[0];
  std::string dir = ctx.project_dir, path = JoinPath(dir, "package.json");
  Json pkg;
  PmError perr;
  if (!ReadPackageJsonFile(path, &pkg, &perr)) return ReportError(perr);
  if (want == "from-git") return ReportError({"EUSAGE", "nodus version from-git is not supported"});
  std::string current = pkg.GetString("version");
  std::string next;
  if (auto v = semver::Valid(want, true)) {
    next = *v;
  } else {
    static const char* kReleases[] = {"major", "minor", "patch", "premajor", "preminor", "prepatch", "prerelease"};
    bool is_release = false;
    for (const char* r : kReleases) is_release |= want == r;
    if (!is_release) return ReportError({"", "Invalid version: " + want});
    semver::IncOptions io;
    io.loose = true;
    io.identifier = cfg.Get("preid");
    auto inc = semver::Inc(current.empty() ? "0.0.0" : current, want, io);
    if (!inc) return ReportError({"", "Invalid version: " + current});
    next = *inc;
  }
  bool allow_same = cfg.GetBool("allow-same-version", false);
  if (next == current && !allow_same) return ReportError({"", "Version not changed"});

  bool git_tag = cfg.GetBool("git-tag-version", true);
  bool use_git = git_tag && IsDirectory(JoinPath(dir, ".git")) && GitAvailable(dir);
  if (use_git && !cfg.GetBool("force", false)) {
    std::string status;
    Git(dir, {"status", "--porcelain"}, &status);
    for (auto& line : Split(status, '\n'))
      if (!Trim(line).empty() && !StartsWith(line, "??")) return ReportError({"", "Git working directory not clean."});
  }
  bool ignore_scripts = cfg.GetBool("ignore-scripts", false);
  auto run = [&](const Json& p, const char* ev) {
    if (ignore_scripts) return 0;
    // (npm keeps the scripts' output on stdout here, --json or not.)
    // (npm's banner here names only the event: "> preversion".)
    int rc = RunEvent(dir, p, ev, ctx.silent, {}, false, /*banner_pkgid=*/false);
    if (rc != 0 && !ctx.silent)
      std::fprintf(stderr, "nodus error Lifecycle script `%s` failed with error:\nnodus error code %d\n", ev, rc);
    return rc;
  };
  if (int rc = run(pkg, "preversion")) return rc;
  // preversion may have changed package.json.
  if (!ReadPackageJsonFile(path, &pkg, &perr)) return ReportError(perr);
  pkg.Set("version", Json::String(next));
  if (!WritePackageJsonFile(path, pkg)) return ReportError({"EACCES", "cannot write " + path});
  std::vector<std::string> changed{"package.json"};
  for (const char* lockname : {"package-lock.json", "npm-shrinkwrap.json"}) {
    std::string lp = JoinPath(dir, lockname), text;
    if (!ReadFile(lp, &text)) continue;
    Json lock;
    JsonError je;
    if (!ParseJson(text, &lock, &je) || !lock.IsObject()) continue;
    lock.Set("version", Json::String(next));
    if (Json* packages = lock.GetMut("packages"))
      if (Json* root = packages->GetMut("")) root->Set("version", Json::String(next));
    std::string out = SerializeLockfile(std::move(lock));
    if (out != text && !WriteFileAtomic(lp, out)) return ReportError({"EACCES", "cannot write " + lp});
    changed.push_back(lockname);
  }
  if (int rc = run(pkg, "version")) return rc;
  if (use_git) {
    std::string prefix = cfg.Get("tag-version-prefix", "v");
    std::string message = cfg.Get("message", "%s");
    for (size_t at; (at = message.find("%s")) != std::string::npos;) message.replace(at, 2, next);
    std::vector<std::string> add{"add"};
    add.insert(add.end(), changed.begin(), changed.end());
    if (Git(dir, add, nullptr) != 0) return ReportError({"EGIT", "git add failed"});
    std::vector<std::string> commit{"commit"};
    if (!cfg.GetBool("commit-hooks", true)) commit.push_back("-n");
    if (cfg.GetBool("sign-git-commit", false)) commit.push_back("-S");
    commit.insert(commit.end(), {"-m", message});
    if (Git(dir, commit, nullptr) != 0) return ReportError({"EGIT", "git commit failed"});
    std::string flags = "-";
    if (cfg.GetBool("sign-git-tag", false)) flags += "s";
    if (allow_same) flags += "f";
    flags += "m";
    if (Git(dir, {"tag", prefix + next, flags, message}, nullptr) != 0) return ReportError({"EGIT", "git tag failed"});
  }
  if (int rc = run(pkg, "postversion")) return rc;
  // npm prints the tag name bare, also with --json.
  std::printf("%s\n", (cfg.Get("tag-version-prefix", "v") + next).c_str());
  return 0;
}

}  // namespace nodus::pm

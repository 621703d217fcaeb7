#include "pm/scripts.h"

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>

#include "pm/fs_util.h"

extern char** environ;

namespace nodus::pm {

std::string ShellQuote(const std::string& s) {
  if (!s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%") ==
                        std::string::npos)
    return s;
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

std::string SelfExe() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "";
  buf[n] = 0;
  return buf;
}

std::string NodeShimDir() {
  std::string exe = SelfExe();
  if (BaseName(exe) != "nodus") return "";
  std::string dir = JoinPath(DirName(exe), ".nodus-node-shim");
  std::string link = dir + "/node";
  char buf[4096];
  ssize_t n = readlink(link.c_str(), buf, sizeof buf - 1);
  if (n > 0 && std::string(buf, n) == exe) return dir;
  MakeDirs(dir);
  unlink(link.c_str());
  if (symlink(exe.c_str(), link.c_str()) != 0) return "";
  return dir;
}

static void FlattenConfig(const Json& v, const std::string& prefix, std::map<std::string, std::string>* env) {
  if (v.IsObject()) {
    for (auto& [k, c] : v.members()) FlattenConfig(c, prefix + "_" + k, env);
  } else if (v.IsString() || v.IsNumber()) {
    (*env)[prefix] = v.str();
  } else if (v.IsBool()) {
    (*env)[prefix] = v.boolean() ? "true" : "false";
  }
}

std::map<std::string, std::string> CurrentEnvironment() {
  std::map<std::string, std::string> env;
  for (char** e = environ; *e; e++) {
    std::string kv = *e;
    size_t eq = kv.find('=');
    if (eq == std::string::npos) continue;
    env[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  return env;
}

int SpawnShell(const std::string& dir, const std::string& cmd,
               const std::map<std::string, std::string>& env, bool stdout_to_stderr) {
  std::vector<std::string> envs;
  for (auto& [k, v] : env) envs.push_back(k + "=" + v);
  std::vector<char*> envp;
  for (auto& s : envs) envp.push_back(s.data());
  envp.push_back(nullptr);
  std::fflush(stdout);
  std::fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    if (chdir(dir.c_str()) != 0) _exit(127);
    if (stdout_to_stderr) dup2(2, 1);
    signal(SIGINT, SIG_DFL);
    signal(SIGPIPE, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    const char* argv[] = {"sh", "-c", cmd.c_str(), nullptr};
    execve("/bin/sh", const_cast<char**>(argv), envp.data());
    _exit(127);
  }
  // The child gets Ctrl-C itself; we wait for it.
  struct sigaction ign {}, old_int {};
  ign.sa_handler = SIG_IGN;
  sigaction(SIGINT, &ign, &old_int);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  sigaction(SIGINT, &old_int, nullptr);
  return status;
}

int RunScript(const ScriptRun& run) {
  std::string cmd = run.script;
  for (auto& a : run.args) cmd += " " + ShellQuote(a);
  std::map<std::string, std::string> env = CurrentEnvironment();
  // PATH: node_modules/.bin of the package and every ancestor, then the node shim, then PATH.
  std::string path;
  std::string d = run.pkg_dir;
  while (true) {
    path += JoinPath(d, "node_modules/.bin") + ":";
    std::string p = DirName(d);
    if (p == d) break;
    d = p;
  }
  std::string shim = NodeShimDir();
  if (!shim.empty()) path += shim + ":";
  path += env.count("PATH") ? env["PATH"] : "/usr/local/bin:/usr/bin:/bin";
  env["PATH"] = path;
  const Json& pkg = *run.pkg;
  env["npm_lifecycle_event"] = run.event;
  env["npm_lifecycle_script"] = run.script;
  env["npm_package_name"] = pkg.GetString("name");
  env["npm_package_version"] = pkg.GetString("version");
  env["npm_package_json"] = JoinPath(run.pkg_dir, "package.json");
  if (const Json* c = pkg.Get("config")) FlattenConfig(*c, "npm_package_config", &env);
  if (const Json* eng = pkg.Get("engines")) FlattenConfig(*eng, "npm_package_engines", &env);
  if (const Json* bin = pkg.Get("bin"); bin && bin->IsObject()) FlattenConfig(*bin, "npm_package_bin", &env);
  if (!env.count("INIT_CWD")) env["INIT_CWD"] = CurrentDir();
  std::string exe = SelfExe();
  env["npm_execpath"] = exe;
  env["npm_config_user_agent"] = "nodus-pm/0.1 npm/? node/?";
  if (!shim.empty()) env["npm_node_execpath"] = shim + "/node";
  env["npm_command"] = run.event == "install" || run.event == "postinstall" || run.event == "preinstall"
                           ? "install"
                           : "run-script";
  if (!run.quiet_header) {
    // npm prints the banner on stdout, before the script's own output (stderr under --json).
    std::string id;
    if (run.banner_pkgid) id = pkg.GetString("name") + (pkg.Get("version") ? "@" + pkg.GetString("version") : "") + " ";
    std::fprintf(run.stdout_to_stderr ? stderr : stdout, "\n> %s%s\n> %s\n\n", id.c_str(), run.event.c_str(), cmd.c_str());
  }
  int status = SpawnShell(run.pkg_dir, cmd, env, run.stdout_to_stderr);
  if (status < 0) return 127;
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}

int RunEvent(const std::string& pkg_dir, const Json& pkg, const std::string& event, bool quiet,
             const std::vector<std::string>& args, bool stdout_to_stderr, bool banner_pkgid) {
  const Json* scripts = pkg.Get("scripts");
  const Json* s = scripts ? scripts->Get(event) : nullptr;
  if (!s || !s->IsString()) return 0;
  ScriptRun r;
  r.pkg_dir = pkg_dir;
  r.project_dir = pkg_dir;
  r.pkg = &pkg;
  r.event = event;
  r.script = s->str();
  r.args = args;
  r.quiet_header = quiet;
  r.stdout_to_stderr = stdout_to_stderr;
  r.banner_pkgid = banner_pkgid;
  return RunScript(r);
}

std::vector<std::string> LinkBins(const std::string& pkg_dir, const Json& bin, const std::string& bin_dir) {
  std::vector<std::string> out;
  if (!bin.IsObject()) return out;
  for (auto& [name_raw, target] : bin.members()) {
    if (!target.IsString()) continue;
    std::string name = name_raw;
    if (size_t s = name.rfind('/'); s != std::string::npos) name = name.substr(s + 1);  // "@s/x" -> "x"
    if (name.empty() || name == "." || name == ".." || name.find('\\') != std::string::npos) continue;
    std::string rel_target;
    {
      // The target must stay inside the package.
      std::string t = target.str();
      std::vector<std::string> parts;
      bool bad = false;
      for (auto& p : Split(t, '/')) {
        if (p.empty() || p == ".") continue;
        if (p == "..") { bad = true; break; }
        parts.push_back(p);
      }
      if (bad || parts.empty()) continue;
      for (size_t i = 0; i < parts.size(); i++) rel_target += (i ? "/" : "") + parts[i];
    }
    std::string file = JoinPath(pkg_dir, rel_target);
    if (!PathExists(file)) continue;
    struct stat st;
    if (stat(file.c_str(), &st) == 0) chmod(file.c_str(), (st.st_mode & 07777) | 0111);
    MakeDirs(bin_dir);
    std::string link = JoinPath(bin_dir, name);
    std::string rel = RelativePath(bin_dir, file);
    unlink(link.c_str());
    if (symlink(rel.c_str(), link.c_str()) == 0) out.push_back(name);
  }
  return out;
}

void RemoveDanglingBins(const std::string& bin_dir) {
  for (auto& name : ListDir(bin_dir)) {
    std::string p = JoinPath(bin_dir, name);
    struct stat st;
    if (stat(p.c_str(), &st) != 0) unlink(p.c_str());
  }
}

}  // namespace nodus::pm

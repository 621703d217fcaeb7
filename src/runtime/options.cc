#include "runtime/options.h"

#include <sys/sysinfo.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string_view>

#include "runtime/version.h"

namespace nodus {

namespace {

// Splits NODE_OPTIONS like a shell would for plain words and double quotes.
std::vector<std::string> SplitNodeOptions(const char* s) {
  std::vector<std::string> out;
  std::string cur;
  bool in_word = false, quoted = false;
  for (const char* p = s; *p; p++) {
    char c = *p;
    if (quoted) {
      if (c == '\\' && p[1]) {
        cur += *++p;
      } else if (c == '"') {
        quoted = false;
      } else {
        cur += c;
      }
    } else if (c == '"') {
      quoted = in_word = true;
    } else if (c == ' ' || c == '\t' || c == '\n') {
      if (in_word) out.push_back(cur), cur.clear(), in_word = false;
    } else {
      cur += c;
      in_word = true;
    }
  }
  if (in_word) out.push_back(cur);
  return out;
}

const char kHelp[] =
    "Usage: nodus [options] [ script.js ] [arguments]\n"
    "       nodus <command> [args]    (install, add, remove, update, run, x, init, pack,\n"
    "                                  publish, ls, outdated, ci, why, cache, test, start,\n"
    "                                  stop, restart, link, unlink, version, view, prune,\n"
    "                                  dedupe, rebuild, config, pkg, whoami, dist-tag,\n"
    "                                  deprecate, login, adduser, logout, audit, fund,\n"
    "                                  ping, search, owner, root, prefix, shrinkwrap,\n"
    "                                  install-test, install-ci-test, help;\n"
    "                                  test/start/version/... run ./<word>.js\n"
    "                                  instead when it exists, as node does)\n"
    "\n"
    "Options:\n"
    "  -                           script read from stdin (default if no file name given)\n"
    "  --                          indicate the end of node options\n"
    "  -c, --check                 syntax check script without executing\n"
    "  -e, --eval script           evaluate script\n"
    "  -p, --print [...]           evaluate script and print result\n"
    "  -r, --require module        module to preload (option can be repeated)\n"
    "  --import module             ES module to preload (option can be repeated)\n"
    "  -i, --interactive           always enter the REPL even if stdin does not appear to be a\n"
    "                              terminal\n"
    "  --input-type=type           set module type for string input (commonjs|module)\n"
    "  --env-file=file             set environment variables from supplied file\n"
    "  --unhandled-rejections=mode define unhandled rejections behavior (throw, strict, warn,\n"
    "                              none, warn-with-error-code)\n"
    "  --no-addons                 disable loading native addons\n"
    "  --no-deprecation            silence deprecation warnings\n"
    "  --throw-deprecation         throw an exception on deprecations\n"
    "  --trace-deprecation         show stack traces on deprecations\n"
    "  --no-warnings               silence all process warnings\n"
    "  --trace-warnings            show stack traces on process warnings\n"
    "  --trace-uncaught            show stack traces for the `throw` behind uncaught exceptions\n"
    "  --preserve-symlinks         preserve symbolic links when resolving\n"
    "  --title=title               the process title to use on startup\n"
    "  --max-old-space-size=MB     V8 heap size limit (V8 flags are passed through)\n"
    "  --stack-size=KB             V8 stack size\n"
    "  --expose-gc                 expose gc() as a global\n"
    "  --v8-options                print V8 command line options\n"
    "  -v, --version               print nodus version\n"
    "  -h, --help                  print this help\n"
    "\n"
    "Environment variables:\n"
    "  NODE_OPTIONS                options to prepend to the command line\n"
    "  NODE_PATH                   ':'-separated list of directories prefixed to the module "
    "search path\n"
    "  NODE_DEBUG                  ','-separated list of core modules that should print debug "
    "information\n"
    "  NO_COLOR / FORCE_COLOR      colour control\n";

// node 22's other options. kApply: lib/internal/process/node_flags.js gives it node's meaning;
// kAccept: accepted, nothing to do (a diagnostic or platform knob nodus has no use for);
// kRefuse: refused with a reason, where running without the feature would mislead (a permission
// model that is not enforced, a profile that is never written).
enum class FlagUse { kApply, kAccept, kRefuse };
struct NodeFlag {
  const char* name;
  bool takes_value;
  FlagUse use;
  const char* reason;  // kRefuse
};
constexpr NodeFlag kNodeFlags[] = {
    {"--conditions", true, FlagUse::kApply, nullptr},
    {"--max-http-header-size", true, FlagUse::kApply, nullptr},
    {"--insecure-http-parser", false, FlagUse::kApply, nullptr},
    {"--tls-min-v1.0", false, FlagUse::kApply, nullptr},
    {"--tls-min-v1.1", false, FlagUse::kApply, nullptr},
    {"--tls-min-v1.2", false, FlagUse::kApply, nullptr},
    {"--tls-min-v1.3", false, FlagUse::kApply, nullptr},
    {"--tls-max-v1.2", false, FlagUse::kApply, nullptr},
    {"--tls-max-v1.3", false, FlagUse::kApply, nullptr},
    {"--tls-cipher-list", true, FlagUse::kApply, nullptr},
    {"--tls-keylog", true, FlagUse::kApply, nullptr},
    {"--zero-fill-buffers", false, FlagUse::kApply, nullptr},
    {"--openssl-legacy-provider", false, FlagUse::kApply, nullptr},
    {"--disable-proto", true, FlagUse::kApply, nullptr},
    {"--redirect-warnings", true, FlagUse::kApply, nullptr},
    {"--trace-exit", false, FlagUse::kApply, nullptr},
    {"--trace-sigint", false, FlagUse::kApply, nullptr},
    {"--diagnostic-dir", true, FlagUse::kApply, nullptr},
    {"--report-compact", false, FlagUse::kApply, nullptr},
    {"--report-dir", true, FlagUse::kApply, nullptr},
    {"--report-directory", true, FlagUse::kApply, nullptr},
    {"--report-filename", true, FlagUse::kApply, nullptr},
    {"--report-exclude-env", false, FlagUse::kApply, nullptr},
    {"--report-exclude-network", false, FlagUse::kApply, nullptr},
    {"--report-on-fatalerror", false, FlagUse::kApply, nullptr},
    {"--report-on-signal", false, FlagUse::kApply, nullptr},
    {"--report-signal", true, FlagUse::kApply, nullptr},
    {"--report-uncaught-exception", false, FlagUse::kApply, nullptr},
    {"--heapsnapshot-signal", true, FlagUse::kApply, nullptr},
    {"--network-family-autoselection-attempt-timeout", true, FlagUse::kApply, nullptr},
    {"--no-network-family-autoselection", false, FlagUse::kApply, nullptr},
    {"--enable-network-family-autoselection", false, FlagUse::kAccept, nullptr},
    {"--no-experimental-global-navigator", false, FlagUse::kApply, nullptr},
    {"--no-experimental-global-customevent", false, FlagUse::kApply, nullptr},
    {"--no-experimental-global-webcrypto", false, FlagUse::kApply, nullptr},
    {"--no-experimental-websocket", false, FlagUse::kApply, nullptr},
    {"--experimental-eventsource", false, FlagUse::kApply, nullptr},
    {"--no-experimental-eventsource", false, FlagUse::kApply, nullptr},
    {"--no-experimental-sqlite", false, FlagUse::kApply, nullptr},
    {"--no-extra-info-on-fatal-exception", false, FlagUse::kApply, nullptr},
    {"--no-deprecation-warnings", false, FlagUse::kAccept, nullptr},
    {"--experimental-sqlite", false, FlagUse::kAccept, nullptr},
    {"--experimental-websocket", false, FlagUse::kAccept, nullptr},
    {"--experimental-global-navigator", false, FlagUse::kAccept, nullptr},
    {"--experimental-global-customevent", false, FlagUse::kAccept, nullptr},
    {"--experimental-import-meta-resolve", false, FlagUse::kAccept, nullptr},
    {"--experimental-async-context-frame", false, FlagUse::kAccept, nullptr},
    {"--experimental-print-required-tla", false, FlagUse::kAccept, nullptr},
    {"--experimental-wasm-modules", false, FlagUse::kAccept, nullptr},
    {"--experimental-repl-await", false, FlagUse::kAccept, nullptr},
    {"--no-experimental-repl-await", false, FlagUse::kAccept, nullptr},
    {"--no-experimental-detect-module", false, FlagUse::kAccept, nullptr},
    {"--no-global-search-paths", false, FlagUse::kApply, nullptr},
    {"--use-openssl-ca", false, FlagUse::kAccept, nullptr},
    {"--use-bundled-ca", false, FlagUse::kAccept, nullptr},
    {"--use-system-ca", false, FlagUse::kAccept, nullptr},
    {"--openssl-config", true, FlagUse::kAccept, nullptr},
    {"--openssl-shared-config", false, FlagUse::kAccept, nullptr},
    {"--secure-heap", true, FlagUse::kAccept, nullptr},
    {"--secure-heap-min", true, FlagUse::kAccept, nullptr},
    {"--icu-data-dir", true, FlagUse::kAccept, nullptr},
    {"--heapsnapshot-near-heap-limit", true, FlagUse::kAccept, nullptr},
    {"--trace-sync-io", false, FlagUse::kAccept, nullptr},
    {"--trace-tls", false, FlagUse::kAccept, nullptr},
    {"--trace-promises", false, FlagUse::kAccept, nullptr},
    {"--trace-atomics-wait", false, FlagUse::kAccept, nullptr},
    {"--trace-env", false, FlagUse::kAccept, nullptr},
    {"--trace-env-js-stack", false, FlagUse::kAccept, nullptr},
    {"--trace-env-native-stack", false, FlagUse::kAccept, nullptr},
    {"--trace-event-categories", true, FlagUse::kAccept, nullptr},
    {"--trace-event-file-pattern", true, FlagUse::kAccept, nullptr},
    {"--trace-require-module", true, FlagUse::kAccept, nullptr},
    {"--track-heap-objects", false, FlagUse::kAccept, nullptr},
    {"--no-force-async-hooks-checks", false, FlagUse::kAccept, nullptr},
    {"--force-context-aware", false, FlagUse::kAccept, nullptr},
    {"--force-node-api-uncaught-exceptions-policy", false, FlagUse::kAccept, nullptr},
    {"--node-memory-debug", false, FlagUse::kAccept, nullptr},
    {"--disable-sigusr1", false, FlagUse::kAccept, nullptr},
    {"--disable-wasm-trap-handler", false, FlagUse::kAccept, nullptr},
    {"--enable-etw-stack-walking", false, FlagUse::kAccept, nullptr},
    {"--use-largepages", true, FlagUse::kAccept, nullptr},
    {"--max-old-space-size-percentage", true, FlagUse::kAccept, nullptr},
    {"--enable-fips", false, FlagUse::kRefuse, "FIPS mode is not supported by nodus (no FIPS provider)"},
    {"--force-fips", false, FlagUse::kRefuse, "FIPS mode is not supported by nodus (no FIPS provider)"},
    {"--frozen-intrinsics", false, FlagUse::kRefuse, "not supported by nodus"},
    {"--permission", false, FlagUse::kRefuse,
     "the permission model is not supported by nodus (nothing would be restricted)"},
    {"--experimental-permission", false, FlagUse::kRefuse,
     "the permission model is not supported by nodus (nothing would be restricted)"},
    {"--allow-fs-read", true, FlagUse::kRefuse, "the permission model is not supported by nodus"},
    {"--allow-fs-write", true, FlagUse::kRefuse, "the permission model is not supported by nodus"},
    {"--allow-addons", false, FlagUse::kRefuse, "the permission model is not supported by nodus"},
    {"--allow-child-process", false, FlagUse::kRefuse, "the permission model is not supported by nodus"},
    {"--allow-wasi", false, FlagUse::kRefuse, "the permission model is not supported by nodus"},
    {"--allow-worker", false, FlagUse::kRefuse, "the permission model is not supported by nodus"},
    {"--cpu-prof", false, FlagUse::kRefuse, "CPU profiles are not supported by nodus"},
    {"--cpu-prof-dir", true, FlagUse::kRefuse, "CPU profiles are not supported by nodus"},
    {"--cpu-prof-name", true, FlagUse::kRefuse, "CPU profiles are not supported by nodus"},
    {"--cpu-prof-interval", true, FlagUse::kRefuse, "CPU profiles are not supported by nodus"},
    {"--heap-prof", false, FlagUse::kRefuse, "heap profiles are not supported by nodus"},
    {"--heap-prof-dir", true, FlagUse::kRefuse, "heap profiles are not supported by nodus"},
    {"--heap-prof-name", true, FlagUse::kRefuse, "heap profiles are not supported by nodus"},
    {"--heap-prof-interval", true, FlagUse::kRefuse, "heap profiles are not supported by nodus"},
    {"--experimental-webstorage", false, FlagUse::kRefuse, "localStorage is not supported by nodus"},
    {"--localstorage-file", true, FlagUse::kRefuse, "localStorage is not supported by nodus"},
    {"--use-env-proxy", false, FlagUse::kRefuse, "proxies from the environment are not supported by nodus"},
    {"--experimental-config-file", true, FlagUse::kRefuse, "config files are not supported by nodus"},
    {"--experimental-default-config-file", false, FlagUse::kRefuse, "config files are not supported by nodus"},
    {"--experimental-addon-modules", false, FlagUse::kRefuse, "not supported by nodus"},
    {"--entry-url", false, FlagUse::kRefuse, "not supported by nodus"},
    {"--experimental-network-inspection", false, FlagUse::kRefuse, "nodus has no inspector"},
    {"--experimental-worker-inspection", false, FlagUse::kRefuse, "nodus has no inspector"},
    {"--experimental-inspector-network-resource", false, FlagUse::kRefuse, "nodus has no inspector"},
};

const NodeFlag* FindNodeFlag(const std::string& name) {
  for (const NodeFlag& f : kNodeFlags)
    if (name == f.name) return &f;
  return nullptr;
}

int BadOption(const std::string& msg) {
  std::fprintf(stderr, "nodus: %s\n", msg.c_str());
  return 9;
}

}  // namespace

// Parses dotenv text into (key, value) pairs in file order: comments, `export`, single, double
// (with \\n) and backtick quotes, inline ` #` comments on unquoted values.
std::vector<std::pair<std::string, std::string>> ParseDotenv(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t i = 0;
  auto skip_ws = [&] { while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) i++; };
  while (i < text.size()) {
    skip_ws();
    if (i < text.size() && (text[i] == '\n' || text[i] == '\r')) { i++; continue; }
    if (i < text.size() && text[i] == '#') {
      while (i < text.size() && text[i] != '\n') i++;
      continue;
    }
    if (text.compare(i, 7, "export ") == 0) i += 7, skip_ws();
    size_t key_start = i;
    while (i < text.size() && text[i] != '=' && text[i] != '\n') i++;
    if (i >= text.size() || text[i] != '=') continue;
    std::string key = text.substr(key_start, i - key_start);
    while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) key.pop_back();
    i++;  // '='
    skip_ws();
    std::string value;
    if (i < text.size() && (text[i] == '"' || text[i] == '\'' || text[i] == '`')) {
      char q = text[i];
      size_t end = text.find(q, i + 1);
      if (end != std::string::npos) {
        value = text.substr(i + 1, end - i - 1);
        if (q == '"') {
          std::string v;
          for (size_t k = 0; k < value.size(); k++) {
            if (value[k] == '\\' && k + 1 < value.size() && value[k + 1] == 'n') {
              v += '\n';
              k++;
            } else {
              v += value[k];
            }
          }
          value = v;
        }
        i = end + 1;
        while (i < text.size() && text[i] != '\n') i++;
      } else {
        size_t nl = text.find('\n', i);
        value = text.substr(i, nl == std::string::npos ? std::string::npos : nl - i);
        i = nl == std::string::npos ? text.size() : nl;
      }
    } else {
      size_t nl = text.find('\n', i);
      value = text.substr(i, nl == std::string::npos ? std::string::npos : nl - i);
      i = nl == std::string::npos ? text.size() : nl;
      size_t hash = value.find(" #");
      if (hash != std::string::npos) value = value.substr(0, hash);
      if (!value.empty() && value[0] == '#') value.clear();
      while (!value.empty() && (value.back() == ' ' || value.back() == '\t' || value.back() == '\r'))
        value.pop_back();
    }
    if (!key.empty()) out.emplace_back(key, value);
  }
  return out;
}

// Loads a dotenv file into the environment without overriding what is set already.
bool LoadEnvFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  for (auto& [key, value] : ParseDotenv(ss.str())) setenv(key.c_str(), value.c_str(), 0);
  return true;
}

int ParseOptions(int argc, char** argv, Options* o) {
  o->argv0 = argv[0];
  std::vector<std::string> args;
  size_t from_env = 0;
  if (const char* env = std::getenv("NODE_OPTIONS")) {
    args = SplitNodeOptions(env);
    from_env = args.size();
  }
  for (int i = 1; i < argc; i++) args.emplace_back(argv[i]);

  bool have_script = false, have_eval = false, read_stdin = false;
  size_t i = 0;
  auto value_of = [&](const std::string& a, const std::string& name, std::string* out) -> int {
    // --name=value or --name value
    if (a.size() > name.size() && a[name.size()] == '=') {
      *out = a.substr(name.size() + 1);
      return 1;
    }
    // As node: a separate value may not look like an option (`--title -e` lacks its value).
    if (i + 1 >= args.size() || args[i + 1].rfind("-", 0) == 0) return -1;
    *out = args[++i];
    return 1;
  };
  for (; i < args.size(); i++) {
    std::string a = args[i];
    bool env = i < from_env;
    size_t start = i;
    if (!env && (a == "-" )) {
      read_stdin = true;
      o->stdin_dash = true;
      i++;
      break;
    }
    if (!env && a == "--") {
      i++;
      if (i < args.size()) {
        o->script = args[i++];
        have_script = true;
      }
      break;
    }
    if (a.empty() || a[0] != '-' || a == "-") {
      if (env) return BadOption(a + ": not allowed in NODE_OPTIONS");
      o->script = a;
      have_script = true;
      i++;
      break;
    }
    std::string name = a.substr(0, a.find('='));
    // Node treats '_' and '-' alike in option names.
    for (size_t k = 2; k < name.size(); k++) if (name[k] == '_') name[k] = '-';
    std::string v;
    auto need = [&](const char* n) -> bool {
      if (value_of(a, n, &v) < 0) {
        BadOption(std::string(n) + " requires an argument");
        return false;
      }
      return true;
    };
    if (name == "-e" || name == "--eval" || name == "-p" || name == "--print" || name == "-pe" ||
        name == "-ep") {
      if (env) return BadOption(a + " is not allowed in NODE_OPTIONS");
      bool print = name == "-p" || name == "--print" || name == "-pe" || name == "-ep";
      if (print && (name == "-p" || name == "--print") && a.find('=') == std::string::npos &&
          i + 1 >= args.size()) {
        o->print_eval = true;  // `-p` alone prints the result of stdin
        for (size_t k = start; k <= i && !env; k++) o->exec_argv.push_back(args[k]);
        continue;
      }
      if (!need(name.c_str())) return 9;
      o->print_eval = o->print_eval || print;
      o->eval_source = v;
      have_eval = true;
    } else if (name == "-r" || name == "--require") {
      if (!need(name.c_str())) return 9;
      o->preload_modules.push_back(v);
    } else if (name == "--import") {
      if (!need(name.c_str())) return 9;
      o->imports.push_back(v);
    } else if (name == "--experimental-loader" || name == "--loader") {
      if (!need(name.c_str())) return 9;
      o->loaders.push_back(v);
    } else if (name == "--env-file" || name == "--env-file-if-exists") {
      if (!need(name.c_str())) return 9;
      // The launcher's pass only checks: the runtime's pass loads (once, before it reads env).
      bool found = o->check_only ? std::ifstream(v).good() : LoadEnvFile(v);
      if (!found && name == "--env-file") return BadOption(v + ": not found");
    } else if (name == "--input-type") {
      if (!need(name.c_str())) return 9;
      o->input_type = v;
    } else if (name == "--unhandled-rejections") {
      if (!need(name.c_str())) return 9;
      if (v != "throw" && v != "strict" && v != "warn" && v != "none" &&
          v != "warn-with-error-code")
        return BadOption("invalid value for --unhandled-rejections");
      o->unhandled_rejections = v;
    } else if (name == "--dns-result-order") {
      if (!need(name.c_str())) return 9;
      o->dns_result_order = v;
    } else if (name == "--title") {
      if (!need(name.c_str())) return 9;
      o->title = v;
    } else if (name == "--disable-warning") {
      if (!need(name.c_str())) return 9;
      o->disabled_warnings.push_back(v);
    } else if (name == "--test") {
      if (env) return BadOption("--test is not allowed in NODE_OPTIONS");
      o->test = true;
    } else if (name == "--test-only") {
      o->test_only = true;
    } else if (name == "--test-force-exit") {
      o->test_force_exit = true;
    } else if (name == "--watch") {
      o->watch = true;
    } else if (name == "--watch-path") {
      if (!need(name.c_str())) return 9;
      o->watch = true;
      o->watch_paths.push_back(v);
    } else if (name == "--watch-preserve-output") {
      o->watch_preserve_output = true;
    } else if (name == "--test-name-pattern" || name == "--test-skip-pattern" ||
               name == "--test-reporter" || name == "--test-reporter-destination") {
      if (!need(name.c_str())) return 9;
      (name == "--test-name-pattern"   ? o->test_name_patterns
       : name == "--test-skip-pattern" ? o->test_skip_patterns
       : name == "--test-reporter"     ? o->test_reporters
                                       : o->test_reporter_destinations)
          .push_back(v);
    } else if (name == "--test-concurrency" || name == "--test-timeout") {
      if (!need(name.c_str())) return 9;
      char* end = nullptr;
      long n = std::strtol(v.c_str(), &end, 10);
      if (v.empty() || *end != '\0' || n < 0) return BadOption("invalid value for " + name);
      if (name == "--test-concurrency") o->test_concurrency = static_cast<int>(n > 1 << 20 ? 1 << 20 : n);
      else o->test_timeout = n;
    } else if (name == "--nodus-build-code-cache" || name == "--nodus-build-snapshot") {
      if (!need(name.c_str())) return 9;
      o->code_cache_out = v;
      o->mode = name == "--nodus-build-snapshot" ? Options::Mode::kBuildSnapshot
                                                 : Options::Mode::kBuildCodeCache;
    } else if (name == "-v" || name == "--version") {
      o->mode = Options::Mode::kVersion;
      return -1;
    } else if (name == "-h" || name == "--help") {
      o->mode = Options::Mode::kHelp;
      return -1;
    } else if (name == "-i" || name == "--interactive") {
      o->force_repl = true;
    } else if (name == "-c" || name == "--check") {
      o->check_syntax = true;
    } else if (name == "--no-addons" || name == "--addons") {
      o->no_addons = name == "--no-addons";
    } else if (name == "--no-deprecation") {
      o->no_deprecation = true;
    } else if (name == "--throw-deprecation") {
      o->throw_deprecation = true;
    } else if (name == "--trace-deprecation") {
      o->trace_deprecation = true;
    } else if (name == "--no-warnings") {
      o->no_warnings = true;
    } else if (name == "--trace-warnings") {
      o->trace_warnings = true;
    } else if (name == "--trace-uncaught") {
      o->trace_uncaught = true;
    } else if (name == "--enable-source-maps") {
      o->enable_source_maps = true;
    } else if (name == "--preserve-symlinks") {
      o->preserve_symlinks = true;
    } else if (name == "--preserve-symlinks-main") {
      o->preserve_symlinks_main = true;
    } else if (name == "--experimental-vm-modules" || name == "--experimental-require-module" ||
               name == "--no-experimental-require-module" ||
               name == "--experimental-detect-module" ||
               name == "--no-experimental-fetch" || name == "--experimental-default-type" ||
               name == "--experimental-global-webcrypto" || name == "--pending-deprecation") {
      // accepted; behaviour is node 22's default
    } else if (name == "--experimental-strip-types") {
      if (o->typescript.empty()) o->typescript = "strip";
    } else if (name == "--no-experimental-strip-types") {
      o->typescript.clear();
    } else if (name == "--experimental-transform-types") {
      o->typescript = "transform";
    } else if (name == "--max-old-space-size" || name == "--max-semi-space-size" ||
               name == "--stack-size" || name == "--expose-gc" || name == "--stack-trace-limit" ||
               a.rfind("--harmony", 0) == 0 || name == "--jitless" || name == "--no-opt" ||
               name == "--allow-natives-syntax" || name == "--abort-on-uncaught-exception" ||
               name == "--max-heap-size" || name == "--trace-gc" || name == "--no-expose-wasm" ||
               name == "--disallow-code-generation-from-strings" || name == "--predictable") {
      std::string flag = a;
      // --stack-size 100 form: V8 wants --stack-size=100.
      if (a.find('=') == std::string::npos &&
          (name == "--max-old-space-size" || name == "--stack-size" ||
           name == "--max-semi-space-size" || name == "--stack-trace-limit" ||
           name == "--max-heap-size")) {
        if (!need(name.c_str())) return 9;
        flag = name + "=" + v;
      }
      if (name == "--expose-gc") o->expose_gc = true;
      o->v8_flags.push_back(flag);
    } else if (name == "--v8-options") {
      // V8's own flag list, printed by V8, as node prints it (the process then exits 0).
      o->v8_flags.push_back("--help");
    } else if (a.rfind("--v8-", 0) == 0) {
      o->v8_flags.push_back(a);
    } else if (name == "--max-old-space-size-percentage") {
      // a share of the machine's memory, as V8's --max-old-space-size in MiB
      if (!need(name.c_str())) return 9;
      char* end = nullptr;
      double pct = std::strtod(v.c_str(), &end);
      if (end == v.c_str() || *end != '\0' || !(pct > 0) || pct > 100)
        return BadOption("--max-old-space-size-percentage must be a number between 0 and 100");
      struct sysinfo si {};
      if (sysinfo(&si) == 0) {
        double mib = static_cast<double>(si.totalram) * si.mem_unit / (1024.0 * 1024.0);
        o->v8_flags.push_back("--max-old-space-size=" + std::to_string(static_cast<long>(mib * pct / 100)));
      }
    } else if (const NodeFlag* f = FindNodeFlag(name == "-C" ? "--conditions" : name)) {
      if (f->use == FlagUse::kRefuse) return BadOption(std::string(f->name) + ": " + f->reason);
      std::string value = "true";
      if (f->takes_value) {
        if (!need(name.c_str())) return 9;
        value = v;
      }
      if (f->use == FlagUse::kApply) o->node_flags.emplace_back(f->name, value);
    } else {
      // Unknown to us: V8 gets the last word (main asks it; leftovers are bad options).
      o->unverified_flags.push_back(a);
    }
    if (!env) {
      for (size_t k = start; k <= i; k++) o->exec_argv.push_back(args[k]);
    }
  }
  for (; i < args.size(); i++) o->script_args.push_back(args[i]);

  if (o->mode == Options::Mode::kBuildCodeCache || o->mode == Options::Mode::kBuildSnapshot)
    return -1;
  if (o->test && !have_eval) {
    // every word after the options is a test file or glob
    if (have_script) {
      o->script_args.insert(o->script_args.begin(), o->script);
      o->script.clear();
    }
    o->mode = Options::Mode::kScript;
    return -1;
  }
  if (o->watch && !o->test) {
    if (have_eval) return BadOption("either --watch or --eval can be used, not both");
    if (!have_script) return BadOption("--watch requires specifying a file");
  }
  if (have_eval) {
    o->mode = Options::Mode::kEval;
    // With -e, the "script" slot is just the first argument.
    if (have_script) o->script_args.insert(o->script_args.begin(), o->script), o->script.clear();
  } else if (have_script) {
    o->mode = Options::Mode::kScript;
  } else if (read_stdin || o->force_repl == false) {
    o->mode = (read_stdin || !isatty(0)) ? Options::Mode::kStdin : Options::Mode::kRepl;
  } else {
    o->mode = Options::Mode::kRepl;
  }
  if (o->force_repl && !have_script) o->mode = have_eval ? Options::Mode::kEval : Options::Mode::kRepl;
  return -1;
}

bool PrintVersionOrHelp(const Options& o) {
  if (o.mode == Options::Mode::kVersion) {
    std::printf("v%s\n", NODUS_VERSION);
    return true;
  }
  if (o.mode == Options::Mode::kHelp) {
    std::fputs(kHelp, stdout);
    return true;
  }
  return false;
}

}  // namespace nodus

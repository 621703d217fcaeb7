// Command-line options of the runtime (no V8 here). Parsed once in main, read by the realm.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace nodus {

struct Options {
  enum class Mode { kScript, kEval, kStdin, kRepl, kVersion, kHelp, kBuildCodeCache, kBuildSnapshot };
  Mode mode = Mode::kRepl;
  bool print_eval = false;           // -p
  bool force_repl = false;           // -i
  bool check_syntax = false;         // -c
  bool stdin_dash = false;           // the script is `-` (stdin)
  std::string eval_source;           // -e / -p
  std::string input_type;            // --input-type
  std::string script;                // the script path (as given)
  std::vector<std::string> preload_modules;  // -r
  std::vector<std::string> imports;   // --import
  std::vector<std::string> env_files;  // --env-file
  std::vector<std::string> v8_flags;   // passed to V8
  std::vector<std::string> unverified_flags;  // unknown to nodus: V8 decides (else bad option)
  std::vector<std::string> exec_argv;  // process.execArgv
  std::vector<std::string> script_args;  // after the script
  std::string exec_path;
  std::string argv0;
  std::string unhandled_rejections;  // throw (default) | strict | warn | none | warn-with-error-code
  std::string code_cache_out;        // --nodus-build-code-cache / --nodus-build-snapshot
  bool no_deprecation = false;
  bool no_addons = false;  // --no-addons: process.dlopen refuses, no "node-addons" condition
  bool throw_deprecation = false;
  bool trace_deprecation = false;
  bool no_warnings = false;
  bool trace_warnings = false;
  bool trace_uncaught = false;
  bool expose_gc = false;
  bool preserve_symlinks = false;
  bool preserve_symlinks_main = false;
  bool experimental_vm_modules = false;
  int stack_trace_limit = -1;
  std::string title;
  std::string dns_result_order;  // --dns-result-order (validated by JS at start-up, as node)
  std::vector<std::string> disabled_warnings;  // --disable-warning
  bool enable_source_maps = false;  // --enable-source-maps
  // node:test runner (--test and its companions)
  bool test = false;
  bool test_only = false;
  bool test_force_exit = false;
  // node options applied in JS (lib/internal/process/node_flags.js), as [name, value] in order
  std::vector<std::pair<std::string, std::string>> node_flags;
  bool watch = false;
  std::vector<std::string> loaders;  // --experimental-loader / --loader (module.register at start)
  std::vector<std::string> watch_paths;  // --watch-path (implies --watch)
  bool watch_preserve_output = false;
  int test_concurrency = 0;
  long test_timeout = 0;
  std::vector<std::string> test_name_patterns;
  std::vector<std::string> test_skip_patterns;
  std::vector<std::string> test_reporters;
  std::vector<std::string> test_reporter_destinations;
  // TypeScript files: "strip" (default), "transform" (--experimental-transform-types) or ""
  // (--no-experimental-strip-types)
  std::string typescript = "strip";
  bool check_only = false;  // the launcher's pass: no side effects (env files are not loaded)
  bool is_worker = false;  // a worker_threads realm
  int thread_id = 0;
};

// Parses argv (and NODE_OPTIONS) into opts. Returns -1 to continue, or an exit code after printing
// an error (e.g. "nodus: bad option: --foo") the way node does.
int ParseOptions(int argc, char** argv, Options* opts);
// `nodus --version` and `nodus --help`: prints the answer and returns true for those modes (the
// launcher answers them without loading V8).
bool PrintVersionOrHelp(const Options& opts);
// Loads a dotenv file into the environment (existing variables win). False if unreadable.
bool LoadEnvFile(const std::string& path);
// The (key, value) pairs of dotenv text, in order (util.parseEnv, --env-file).
std::vector<std::pair<std::string, std::string>> ParseDotenv(const std::string& text);

}  // namespace nodus

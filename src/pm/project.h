// Per-invocation context (config, HTTP client, registry, output) and the project's package.json.
#pragma once
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "pm/config.h"
#include "pm/http.h"
#include "pm/json.h"
#include "pm/registry.h"

namespace nodus::pm {

// One status line on a terminal: "resolved N, fetched M/T, linked K" (nothing when not a TTY).
struct Progress {
  bool enabled = false;
  size_t resolved = 0, fetched = 0, to_fetch = 0, linked = 0, to_link = 0;
  double last_draw = 0;
  void Draw(bool force = false);
  void Clear();
};

struct Context {
  Config config;
  std::unique_ptr<HttpClient> http;
  std::unique_ptr<Registry> registry;
  std::string cwd;
  std::string project_dir;  // nearest ancestor with package.json (or cwd)
  bool silent = false, json = false, tty = false;
  double start_time = 0;
  Progress progress;

  void Init(const std::string& project);  // after config flags were applied
  void Log(const std::string& line) const;   // stdout unless silent or --json
  void Warn(const std::string& line) const;  // stderr "nodus warn ..."
};

// Reads package.json, reporting JSON errors as file:line:column.
bool ReadPackageJsonFile(const std::string& path, Json* out, PmError* err);
bool WritePackageJsonFile(const std::string& path, const Json& pkg);
std::string FindProjectDir(const std::string& from);
// Prints an error the way npm does ("nodus error code X" + message lines) and returns 1.
int ReportError(const PmError& e);
// With --json, ReportError also prints the error as npm's JSON object on stdout.
void SetJsonErrors(bool on);

}  // namespace nodus::pm

#include "pm/project.h"

#include <unistd.h>

#include <cstdio>

#include "pm/fs_util.h"

namespace nodus::pm {

void Progress::Draw(bool force) {
  if (!enabled) return;
  double now = NowSeconds();
  if (!force && now - last_draw < 0.08) return;
  last_draw = now;
  std::fprintf(stderr, "\r\033[Kresolved %zu, fetched %zu/%zu, linked %zu/%zu", resolved, fetched, to_fetch, linked,
               to_link);
  std::fflush(stderr);
}

void Progress::Clear() {
  if (!enabled || last_draw == 0) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  last_draw = 0;
}

void Context::Init(const std::string& project) {
  project_dir = project;
  HttpOptions ho;
  ho.retries = config.GetInt("fetch-retries", 2);
  ho.strict_ssl = config.GetBool("strict-ssl", true);
  ho.cafile = config.Get("cafile");
  ho.timeout_ms = config.GetInt("fetch-timeout", 300000);
  ho.max_connections_per_host = config.GetInt("maxsockets", 16);
  http = std::make_unique<HttpClient>(ho);
  registry = std::make_unique<Registry>(config, *http);
  progress.enabled = !silent && !json && isatty(2) && config.GetBool("progress", true) && getenv("TERM") &&
                     std::string(getenv("TERM")) != "dumb";
}

void Context::Log(const std::string& line) const {
  if (silent || json) return;
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fputc('\n', stdout);
  std::fflush(stdout);
}

void Context::Warn(const std::string& line) const {
  if (silent) return;
  std::fprintf(stderr, "nodus warn %s\n", line.c_str());
}

bool ReadPackageJsonFile(const std::string& path, Json* out, PmError* err) {
  std::string text;
  if (!ReadFile(path, &text)) {
    *err = {"ENOENT", "Could not read package.json: " + path + ": no such file"};
    return false;
  }
  JsonError je;
  if (!ParseJson(text, out, &je)) {
    *err = {"EJSONPARSE", path + ":" + std::to_string(je.line) + ":" + std::to_string(je.column) + ": " + je.message +
                              "\nFailed to parse package.json data; it must be valid JSON."};
    return false;
  }
  if (!out->IsObject()) {
    *err = {"EJSONPARSE", path + ":1:1: package.json must contain a JSON object"};
    return false;
  }
  return true;
}

bool WritePackageJsonFile(const std::string& path, const Json& pkg) {
  // Keep the file's layout as npm does: the indentation that follows the opening brace (spaces
  // or tabs; none keeps the file on one line), and the newline found there (also at the end).
  std::string old, indent = "  ", newline = "\n";
  if (ReadFile(path, &old)) {
    size_t i = old.find_first_not_of(" \t\r\n");
    if (i != std::string::npos && (old[i] == '{' || old[i] == '[')) {
      size_t j = i + 1, nl_start = j;
      while (j < old.size() && (old[j] == '\n' || old[j] == '\r')) j++;
      std::string nl = old.substr(nl_start, j - nl_start);
      size_t k = j;
      while (k < old.size() && (old[k] == ' ' || old[k] == '\t')) k++;
      if (nl.empty()) {
        indent.clear();
        newline.clear();
      } else {
        newline = nl.find("\r\n") != std::string::npos ? "\r\n" : "\n";
        indent = old.substr(j, k - j);
      }
    }
  }
  std::string text;
  bool tabs = !indent.empty() && indent.find_first_not_of('\t') == std::string::npos;
  if (indent.empty()) {
    text = SerializeJson(pkg, 0);
  } else if (!tabs && indent.find_first_not_of(' ') == std::string::npos) {
    text = SerializeJson(pkg, (int)indent.size());
  } else {
    // Tabs (or a mix): serialise one space per level, then put the file's unit in their place.
    std::string one = SerializeJson(pkg, 1);
    for (auto& line : Split(one, '\n')) {
      size_t depth = line.find_first_not_of(' ');
      if (depth == std::string::npos) depth = line.size();
      std::string lead;
      for (size_t d = 0; d < depth; d++) lead += indent;
      text += (text.empty() ? "" : "\n") + lead + line.substr(depth);
    }
  }
  if (newline == "\r\n") {
    std::string crlf;
    for (char ch : text) {
      if (ch == '\n') crlf += '\r';
      crlf += ch;
    }
    text = crlf;
  }
  return WriteFileAtomic(path, text + newline);
}

std::string FindProjectDir(const std::string& from) {
  std::string d = from;
  while (true) {
    if (PathExists(d + "/package.json")) return d;
    std::string p = DirName(d);
    if (p == d) break;
    d = p;
  }
  return from;
}

static bool g_json_errors = false;
void SetJsonErrors(bool on) { g_json_errors = on; }

int ReportError(const PmError& e) {
  if (g_json_errors) {
    // npm --json: the error as {"error": {code, summary, detail}} on stdout, as well as on stderr.
    size_t nl = e.message.find('\n');
    Json err = Json::Object();
    err.Set("code", Json::String(e.code.empty() ? "" : e.code));
    err.Set("summary", Json::String(e.message.substr(0, nl)));
    err.Set("detail", Json::String(nl == std::string::npos ? "" : e.message.substr(nl + 1)));
    Json out = Json::Object();
    out.Set("error", err);
    std::printf("%s\n", SerializeJson(out, 2).c_str());
    std::fflush(stdout);
  }
  if (!e.code.empty()) std::fprintf(stderr, "nodus error code %s\n", e.code.c_str());
  for (auto& line : Split(e.message, '\n'))
    std::fprintf(stderr, "nodus error%s%s\n", line.empty() ? "" : " ", line.c_str());  // (npm: no trailing space)
  return 1;
}

}  // namespace nodus::pm

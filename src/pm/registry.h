// Registry access and the content-addressed cache: packuments (corgi documents, ETag revalidation,
// offline modes) and package contents (integrity-checked, unpacked once per content hash).
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pm/config.h"
#include "pm/http.h"
#include "pm/json.h"

namespace nodus::pm {

struct PmError {
  std::string code;     // "E404", "ETARGET", "EINTEGRITY", "ENETWORK", ...
  std::string message;  // one or more lines
  bool empty() const { return code.empty() && message.empty(); }
};

struct Packument {
  Packument() = default;
  Packument(const Packument&) = delete;  // the version index points into text_
  Packument& operator=(const Packument&) = delete;
  std::string name;
  Json doc;                           // the document's members but "versions"
  std::vector<std::string> versions;  // the keys of "versions", in the document's order
  // Checks the whole document and indexes its versions; a version's manifest is parsed from the
  // kept text the first time it is asked for (ParsePackument).
  bool Parse(std::shared_ptr<const std::string> text, JsonError* err);
  const std::shared_ptr<const std::string>& text() const { return text_; }
  const Json* Version(const std::string& v) const;  // nullptr when absent
  bool Deprecated(const std::string& v) const;
  std::string Tag(const std::string& tag) const;

 private:
  struct Entry {
    std::string_view text;
    bool deprecated = false;
    mutable std::unique_ptr<Json> manifest;
  };
  std::shared_ptr<const std::string> text_;
  std::vector<Entry> entries_;                          // parallel to versions
  std::unordered_map<std::string_view, size_t> index_;  // version -> entries_ (views into versions)
};

struct ContentRequest {
  std::string name, version;
  std::string url;        // tarball URL
  std::string integrity;  // SRI (may be empty)
  std::string shasum;     // hex sha1 (old packages)
};

class Registry {
 public:
  Registry(const Config& cfg, HttpClient& http);

  // Starts fetching a packument if not already loaded or in flight. With `range` (what a
  // dependency asks for: a range or tag), once the packument is there the dependencies of the
  // version that range most likely picks are prefetched too, so packuments arrive ahead of the
  // resolver instead of one dependency level per round trip.
  void Prefetch(const std::string& name, const std::string& range = "");
  // Waits for the packument; nullptr with `err` set (E404, ENOTCACHED, ENETWORK, EJSONPARSE).
  const Packument* Get(const std::string& name, PmError* err);

  // Makes sure the package's files are unpacked in the cache; `done` gets the cache directory or
  // an error. Concurrent requests for the same content share one download.
  void FetchContent(const ContentRequest& req, std::function<void(const std::string& dir, const PmError&)> done);
  // The cached unpacked directory for a content key, or empty if absent.
  std::string CachedContent(const std::string& integrity, const std::string& shasum) const;
  // Where the cache holds (or would hold) that content, without looking ("" without a hash).
  std::string ContentPath(const std::string& integrity, const std::string& shasum) const;
  // Downloads raw bytes (used by `x`, `outdated`, publish); blocking.
  HttpResponse Fetch(HttpRequest req);

  std::string PackumentUrl(const std::string& name) const;
  const Config& config() const { return cfg_; }
  HttpClient& http() { return http_; }
  std::string cache_dir() const { return cache_; }
  size_t downloads() const { return downloads_; }

 private:
  struct Slot {
    bool done = false;
    std::unique_ptr<Packument> pack;
    PmError err;
  };
  void OnPackument(const std::string& name, HttpResponse& resp, const std::string& cached_body);
  void Speculate(const std::string& name, const std::string& range);
  std::vector<std::string> Headers(const std::string& url, bool packument) const;

  const Config& cfg_;
  HttpClient& http_;
  std::string cache_;
  bool offline_ = false, prefer_offline_ = false;
  std::map<std::string, std::shared_ptr<Slot>> packs_;
  std::map<std::string, std::set<std::string>> hints_;  // ranges asked of each packument
  std::set<std::string> speculated_;                    // name@version whose dependencies were prefetched
  std::map<std::string, std::vector<std::function<void(const std::string&, const PmError&)>>> content_waiters_;
  size_t downloads_ = 0;
};

// Percent-encodes a package name for a registry path ("@scope/name" -> "@scope%2fname").
std::string EscapeName(const std::string& name);

}  // namespace nodus::pm

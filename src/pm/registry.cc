#include "pm/registry.h"

#include <unistd.h>

#include "pm/dep_spec.h"
#include "pm/fs_util.h"
#include "pm/semver.h"
#include "pm/tar.h"

namespace nodus::pm {

bool Packument::Parse(std::shared_ptr<const std::string> text, JsonError* err) {
  text_ = std::move(text);
  std::vector<RawVersion> raw;
  versions.clear();
  entries_.clear();
  index_.clear();
  if (!ParsePackument(*text_, &doc, &raw, err)) return false;
  versions.reserve(raw.size());
  entries_.reserve(raw.size());
  for (auto& r : raw) {
    const Json& d = r.deprecated;
    bool deprecated = (d.IsString() && !d.str().empty()) || (d.IsBool() && d.boolean());
    versions.push_back(std::move(r.version));
    entries_.push_back({r.text, deprecated, nullptr});
  }
  for (size_t i = 0; i < versions.size(); i++) index_.emplace(versions[i], i);
  return true;
}

const Json* Packument::Version(const std::string& v) const {
  auto it = index_.find(v);
  if (it == index_.end()) return nullptr;
  const Entry& e = entries_[it->second];
  if (!e.manifest) {
    e.manifest = std::make_unique<Json>();
    JsonError jerr;
    ParseJson(e.text, e.manifest.get(), &jerr);  // checked by Parse already
  }
  return e.manifest.get();
}

bool Packument::Deprecated(const std::string& v) const {
  auto it = index_.find(v);
  return it != index_.end() && entries_[it->second].deprecated;
}

std::string Packument::Tag(const std::string& tag) const {
  const Json* t = doc.Get("dist-tags");
  return t ? t->GetString(tag) : "";
}

std::string EscapeName(const std::string& name) {
  std::string out;
  for (char c : name) {
    if (c == '/') out += "%2f";
    else out += c;
  }
  return out;
}

Registry::Registry(const Config& cfg, HttpClient& http) : cfg_(cfg), http_(http) {
  cache_ = cfg.CacheDir();
  offline_ = cfg.GetBool("offline", false);
  prefer_offline_ = cfg.GetBool("prefer-offline", false);
}

std::string Registry::PackumentUrl(const std::string& name) const {
  return cfg_.RegistryFor(name) + EscapeName(name);
}

std::vector<std::string> Registry::Headers(const std::string& url, bool packument) const {
  std::vector<std::string> h;
  if (packument)
    h.push_back("Accept: application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*");
  std::string auth = cfg_.AuthFor(url);
  if (!auth.empty()) h.push_back("Authorization: " + auth);
  h.push_back("npm-command: install");
  return h;
}

static std::string PackumentCachePath(const std::string& cache, const std::string& name) {
  return cache + "/packuments/" + EscapeName(name) + ".json";
}

void Registry::Prefetch(const std::string& name, const std::string& range) {
  if (auto it = packs_.find(name); it != packs_.end()) {
    if (!range.empty() && hints_[name].insert(range).second && it->second->pack) Speculate(name, range);
    return;
  }
  if (!range.empty()) hints_[name].insert(range);
  auto slot = std::make_shared<Slot>();
  packs_[name] = slot;
  // The disk cache holds "etag\n" + body.
  std::string cached, etag, body;
  if (ReadFile(PackumentCachePath(cache_, name), &cached)) {
    size_t nl = cached.find('\n');
    if (nl != std::string::npos) {
      etag = cached.substr(0, nl);
      body = cached.substr(nl + 1);
    }
  }
  if (!body.empty() && (offline_ || prefer_offline_)) {
    HttpResponse fake;
    fake.status = 304;
    OnPackument(name, fake, body);
    return;
  }
  if (offline_) {
    slot->done = true;
    slot->err = {"ENOTCACHED", "request to " + PackumentUrl(name) + " failed: cache mode is 'only-if-cached' but no cached response is available (--offline)"};
    return;
  }
  HttpRequest req;
  req.url = PackumentUrl(name);
  req.headers = Headers(req.url, true);
  if (!etag.empty() && !body.empty()) req.headers.push_back("If-None-Match: " + etag);
  req.done = [this, name, body](HttpResponse& resp) { OnPackument(name, resp, body); };
  http_.Start(std::move(req));
}

void Registry::OnPackument(const std::string& name, HttpResponse& resp, const std::string& cached_body) {
  auto slot = packs_[name];
  std::string url = PackumentUrl(name);
  bool fresh = false;
  if (resp.status == 304) {
  } else if (resp.status == 0) {
    if (cached_body.empty()) {
      slot->done = true;
      slot->err = {"ENETWORK", "request to " + url + " failed, reason: " + resp.error +
                                   "\nThe network is unreachable or the registry is down; nothing was changed."};
      return;
    }
    // The network is down but there is a copy.
  } else if (resp.status == 404) {
    slot->done = true;
    slot->err = {"E404", "404 Not Found - GET " + url + "\n404  '" + name + "' is not in this registry."};
    return;
  } else if (resp.status == 401 || resp.status == 403) {
    slot->done = true;
    slot->err = {"E" + std::to_string(resp.status), std::to_string(resp.status) + " - GET " + url +
                                                        "\nAuthentication failed: check the token for this registry in .npmrc."};
    return;
  } else if (resp.status != 200) {
    slot->done = true;
    slot->err = {"E" + std::to_string(resp.status), std::to_string(resp.status) + " - GET " + url};
    return;
  } else {
    fresh = true;
  }
  // Indexed (ParsePackument: cheap, but ~50 ms for this project's 73 MB) on the prompt thread,
  // not behind queued unpacking and not on the thread that drives the transfers; the slot is
  // filled back here. A fresh copy is saved for ETag revalidation and offline use by a worker.
  struct Job {
    std::shared_ptr<const std::string> text;
    std::unique_ptr<Packument> pack;
    JsonError err;
  };
  auto job = std::make_shared<Job>();
  job->text = fresh ? std::make_shared<const std::string>(std::move(resp.body))
                    : std::make_shared<const std::string>(cached_body);
  auto parse = [job] {
    auto p = std::make_unique<Packument>();
    if (p->Parse(job->text, &job->err) && p->doc.IsObject()) job->pack = std::move(p);
  };
  std::string etag = resp.etag;
  auto done = [this, slot, job, name, url, fresh, etag] {
    slot->done = true;
    if (!job->pack) {
      slot->err = {"EJSONPARSE", "invalid JSON from " + url + " at " + std::to_string(job->err.line) + ":" +
                                     std::to_string(job->err.column) + ": " + job->err.message};
      return;
    }
    job->pack->name = name;
    slot->pack = std::move(job->pack);
    if (fresh) {
      std::string path = PackumentCachePath(cache_, name), dir = cache_ + "/packuments";
      auto text = job->text;
      http_.RunInBackground([text, path, dir, etag] {
        MakeDirs(dir);
        WriteFileAtomic(path, etag + "\n", *text);  // not copied into one string first
      }, nullptr);
    }
    auto hints = hints_.find(name);
    if (hints == hints_.end()) return;
    std::vector<std::string> ranges(hints->second.begin(), hints->second.end());
    for (auto& r : ranges) Speculate(name, r);
  };
  // A small document (most of them: 305 of this project's 439 are under 64 KB) is indexed here at
  // once, in tens of microseconds: less than the trip to the prompt thread and back, and never
  // queued there behind a large one. Each document that arrives sooner sends the requests for its
  // dependencies sooner.
  if (fresh && job->text->size() < (64u << 10)) {
    parse();
    done();
    return;
  }
  http_.RunInBackground(std::move(parse), std::move(done), /*prompt=*/true);
}

// Prefetches the dependencies of the version `range` most likely resolves to (the latest tag when
// it satisfies, else the highest match). Only a guess: the resolver still picks every version; a
// wrong guess costs a request, never a different tree.
void Registry::Speculate(const std::string& name, const std::string& range) {
  auto it = packs_.find(name);
  if (it == packs_.end() || !it->second->pack) return;
  const Packument& p = *it->second->pack;
  std::string v;
  if (semver::ClassifyRegistrySpec(range) == semver::RegistrySpecType::kTag) {
    v = p.Tag(range);
  } else {
    std::string latest = p.Tag("latest");
    semver::Options loose{true, false};
    if (!latest.empty() && semver::Satisfies(latest, range, loose)) v = latest;
    else if (auto best = semver::MaxSatisfying(p.versions, range, loose)) v = *best;
  }
  if (v.empty() || !speculated_.insert(name + "@" + v).second) return;
  const Json* doc = p.Version(v);
  if (!doc || !doc->IsObject()) return;
  // Not peers: those are mostly met by a package already placed for someone else.
  for (const char* field : {"dependencies", "optionalDependencies"}) {
    const Json* deps = doc->Get(field);
    if (!deps || !deps->IsObject()) continue;
    for (auto& [dep, spec] : deps->members()) {
      if (!spec.IsString()) continue;
      DepSpec d = ParseDepSpec(dep, spec.str());
      if (d.kind == DepSpec::Kind::kRange || d.kind == DepSpec::Kind::kAlias || d.kind == DepSpec::Kind::kTag)
        Prefetch(d.name, d.range);
    }
  }
}

const Packument* Registry::Get(const std::string& name, PmError* err) {
  Prefetch(name);
  auto slot = packs_[name];
  http_.RunUntil([&] { return slot->done; });
  if (!slot->done) {
    *err = {"ENETWORK", "request for " + name + " did not complete"};
    return nullptr;
  }
  if (!slot->pack) {
    *err = slot->err;
    return nullptr;
  }
  return slot->pack.get();
}

std::string Registry::ContentPath(const std::string& integrity, const std::string& shasum) const {
  std::string key = CacheKeyFor(integrity, shasum);
  return key.empty() ? "" : cache_ + "/content/" + key;
}

std::string Registry::CachedContent(const std::string& integrity, const std::string& shasum) const {
  std::string dir = ContentPath(integrity, shasum);
  return !dir.empty() && IsDirectory(dir) ? dir : "";
}

void Registry::FetchContent(const ContentRequest& req,
                            std::function<void(const std::string&, const PmError&)> done) {
  std::string key = CacheKeyFor(req.integrity, req.shasum);
  if (key.empty()) key = "url-" + HexEncode(HashBytes("sha256", req.url));
  std::string dir = cache_ + "/content/" + key;
  if (IsDirectory(dir)) {
    done(dir, {});
    return;
  }
  auto& waiters = content_waiters_[key];
  waiters.push_back(std::move(done));
  if (waiters.size() > 1) return;  // already downloading
  auto finish = [this, key](const std::string& d, const PmError& e) {
    auto list = std::move(content_waiters_[key]);
    content_waiters_.erase(key);
    for (auto& cb : list) cb(d, e);
  };
  if (offline_) {
    finish("", {"ENOTCACHED", req.name + "@" + req.version + " is not in the cache and --offline is set"});
    return;
  }
  HttpRequest hr;
  hr.url = req.url;
  hr.headers = Headers(req.url, false);
  downloads_++;
  hr.done = [this, req, dir, finish](HttpResponse& resp) {
    if (resp.status != 200) {
      if (resp.status == 0)
        finish("", {"ENETWORK", "request to " + req.url + " failed, reason: " + resp.error +
                                    "\nThe network is unreachable or the registry is down; nothing was changed."});
      else
        finish("", {"E" + std::to_string(resp.status),
                    std::to_string(resp.status) + " - GET " + req.url + " (" + req.name + "@" + req.version + ")"});
      return;
    }
    // Hashing and unpacking run on a worker thread; `finish` runs back on this thread.
    struct Job {
      std::string body, dir_out;
      PmError err;
    };
    auto job = std::make_shared<Job>();
    job->body = std::move(resp.body);
    std::string cache = cache_;
    http_.RunInBackground(
        [job, req, dir, cache] {
          IntegrityCheck ic = CheckIntegrity(job->body, req.integrity, req.shasum);
          if (!ic.ok) {
            job->err = {"EINTEGRITY", "Integrity check failed for " + req.name + "@" + req.version + " (" + req.url +
                                          ")\n  wanted: " + ic.expected + "\n  found:  " + ic.actual +
                                          "\nNothing was installed."};
            return;
          }
          MakeDirs(cache + "/content");
          std::string tmp = MakeTempDir(cache + "/content", ".tmp-");
          std::string err;
          if (tmp.empty() || !ExtractTarball(job->body, tmp, &err)) {
            if (!tmp.empty()) RemoveTree(tmp);
            job->err = {"ETAR", "cannot unpack " + req.name + "@" + req.version + ": " + err};
            return;
          }
          if (rename(tmp.c_str(), dir.c_str()) != 0) {
            RemoveTree(tmp);  // another process won the race; its copy is as good as ours
            if (!IsDirectory(dir)) {
              job->err = {"ECACHE", "cannot write cache entry " + dir};
              return;
            }
          }
          job->dir_out = dir;
        },
        [job, finish] { finish(job->dir_out, job->err); });
  };
  http_.Start(std::move(hr));
}

HttpResponse Registry::Fetch(HttpRequest req) {
  HttpResponse out;
  bool done = false;
  if (req.headers.empty()) req.headers = Headers(req.url, false);
  req.done = [&](HttpResponse& r) { out = std::move(r); done = true; };
  http_.Start(std::move(req));
  http_.RunUntil([&] { return done; });
  return out;
}

}  // namespace nodus::pm

// HTTP client for the registry over libcurl's multi interface: parallel transfers, keep-alive and
// HTTP/2 multiplexing, retries with backoff on network errors and 5xx (no V8 here).
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace nodus::pm {

struct HttpResponse {
  long status = 0;           // 0 when the request never got a response
  std::string body;
  std::string etag;
  std::string error;         // network-level failure text (status 0)
  std::string url;
  std::string method;
};

struct HttpRequest {
  std::string method = "GET";
  std::string url;
  std::vector<std::string> headers;  // "Name: value"
  std::string body;
  std::function<void(HttpResponse&)> done;
};

struct HttpOptions {
  int retries = 2;
  long connect_timeout_ms = 15000;
  long timeout_ms = 300000;
  bool strict_ssl = true;
  std::string cafile;
  int max_connections_per_host = 16;
  std::string user_agent = "nodus-pm/0.1 (npm-compatible)";
};

class HttpClient {
 public:
  explicit HttpClient(HttpOptions opts);
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  void Start(HttpRequest req);
  // Drives transfers until every request (including those started from callbacks) is done.
  void RunAll();
  // Drives transfers until `pred()` is true or nothing is in flight.
  void RunUntil(const std::function<bool()>& pred);
  size_t in_flight() const;
  // Runs `work` on a small worker pool (CPU/disk-bound jobs such as unpacking) and then `done`
  // (may be empty) on the thread that drives RunAll/RunUntil. Counts as in flight until `done` ran.
  // A `prompt` job (one the resolver waits for) runs on its own thread, never behind the pool's
  // queue.
  void RunInBackground(std::function<void()> work, std::function<void()> done, bool prompt = false);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace nodus::pm

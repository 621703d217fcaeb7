#include "pm/http.h"

#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <set>
#include <thread>

#include <unistd.h>

#include "pm/fs_util.h"

namespace nodus::pm {

namespace {
struct Transfer {
  HttpRequest req;
  HttpResponse resp;
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  int attempt = 0;
  double started = 0;
  char errbuf[CURL_ERROR_SIZE] = {0};
};

size_t OnBody(char* p, size_t size, size_t n, void* ud) {
  static_cast<Transfer*>(ud)->resp.body.append(p, size * n);
  return size * n;
}

size_t OnHeader(char* p, size_t size, size_t n, void* ud) {
  auto* t = static_cast<Transfer*>(ud);
  std::string_view line(p, size * n);
  if (line.size() > 5 && ToLower(line.substr(0, 5)) == "etag:") t->resp.etag = Trim(line.substr(5));
  // The body's size, when told: one allocation instead of a doubling (and copying) string.
  if (line.size() > 15 && ToLower(line.substr(0, 15)) == "content-length:") {
    unsigned long long n = strtoull(Trim(line.substr(15)).c_str(), nullptr, 10);
    if (n > t->resp.body.capacity() && n < (1ull << 31)) {
      t->resp.body.reserve(n);
      // One madvise, not a fault per page as curl's data is copied in: a cold install copies ~93 MB
      // of bodies on this thread, and those faults were ~60 ms of its CPU.
      PrefaultWrite(t->resp.body.data(), n);
    }
  }
  if (StartsWith(line, "HTTP/")) t->resp.etag.clear();  // a new response (after a redirect)
  return size * n;
}
}  // namespace

struct HttpClient::Impl {
  HttpOptions opts;
  CURLM* multi = nullptr;
  CURLSH* share = nullptr;
  bool ca_file_only = false;
  size_t active = 0;
  struct Delayed {
    double due;
    Transfer* t;
  };
  std::deque<Delayed> delayed;
  std::set<Transfer*> live;  // every transfer not yet finished (freed at shutdown if abandoned)
  // Background jobs.
  std::mutex mu;
  std::condition_variable cv, prompt_cv;
  using Job = std::pair<std::function<void()>, std::function<void()>>;
  std::deque<Job> jobs, prompt_jobs;  // the pool's, the prompt thread's
  std::deque<std::function<void()>> finished;
  std::vector<std::thread> workers;
  bool stopping = false;
  // Wakes the loop when a job finishes: curl_multi_wakeup once libcurl is loaded (woken_multi, set
  // under `mu`), this condition variable before that (an install with nothing to download never
  // loads libcurl).
  std::condition_variable done_cv;
  CURLM* woken_multi = nullptr;

  void Free(Transfer* t) {
    live.erase(t);
    if (t->easy) curl_easy_cleanup(t->easy);
    if (t->headers) curl_slist_free_all(t->headers);
    delete t;
  }

  // Finished jobs the loop has not been woken for yet (under `mu`). A pool job's end wakes the
  // loop only when nothing is left to start (the last of a burst, such as the hard-linking of
  // every package of a warm install) or every kWakeBatch jobs, not once per job: the loop has
  // nothing to do with them before. A prompt job (one the resolver waits for) wakes it at once.
  size_t unannounced = 0;
  static constexpr size_t kWakeBatch = 16;

  void Wake(CURLM* m) {
    if (m) curl_multi_wakeup(m);
    else done_cv.notify_one();
  }

  void Worker(bool prompt) {
    std::deque<Job>& queue = prompt ? prompt_jobs : jobs;
    std::condition_variable& wake = prompt ? prompt_cv : cv;
    while (true) {
      Job job;
      CURLM* m = nullptr;
      bool announce = false;
      {
        std::unique_lock<std::mutex> lock(mu);
        wake.wait(lock, [&] { return stopping || !queue.empty(); });
        if (stopping && queue.empty()) return;
        job = std::move(queue.front());
        queue.pop_front();
        // The last queued job may run long: what finished before it is announced now.
        if (queue.empty() && unannounced > 0) {
          unannounced = 0;
          announce = true;
          m = woken_multi;
        }
      }
      if (announce) Wake(m);
      job.first();
      {
        std::lock_guard<std::mutex> lock(mu);
        finished.push_back(std::move(job.second));
        announce = prompt || queue.empty() || ++unannounced >= kWakeBatch;
        if (announce) unannounced = 0;
        m = woken_multi;
      }
      if (announce) Wake(m);
    }
  }

  void DrainFinished() {
    std::deque<std::function<void()>> done;
    {
      std::lock_guard<std::mutex> lock(mu);
      done.swap(finished);
    }
    for (auto& fn : done) {
      active--;
      if (fn) fn();
    }
  }

  void EnsureCurl();

  void Launch(Transfer* t) {
    EnsureCurl();
    t->resp = HttpResponse();
    t->resp.url = t->req.url;
    t->resp.method = t->req.method;
    t->started = NowSeconds();
    if (!t->easy) t->easy = curl_easy_init();
    else curl_easy_reset(t->easy);
    CURL* e = t->easy;
    curl_easy_setopt(e, CURLOPT_URL, t->req.url.c_str());
    curl_easy_setopt(e, CURLOPT_PRIVATE, t);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, OnBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, OnHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errbuf);
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // gzip/deflate/br as curl supports
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, opts.connect_timeout_ms);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, opts.timeout_ms);
    // A transfer that receives nothing for 30 s is given up (and retried as a network error), not
    // left to fetch-timeout's 5 minutes: about one cold install of the bench project in twenty
    // had one stream stall on a multiplexed connection until then.
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, std::min(30L, std::max(1L, opts.timeout_ms / 1000)));
    curl_easy_setopt(e, CURLOPT_USERAGENT, opts.user_agent.c_str());
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L);
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
    curl_easy_setopt(e, CURLOPT_SHARE, share);
    if (!opts.strict_ssl) {
      curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L);
      curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (!opts.cafile.empty()) curl_easy_setopt(e, CURLOPT_CAINFO, opts.cafile.c_str());
    if (ca_file_only) curl_easy_setopt(e, CURLOPT_CAPATH, (char*)nullptr);
    if (t->headers) curl_slist_free_all(t->headers);
    t->headers = nullptr;
    for (auto& h : t->req.headers) t->headers = curl_slist_append(t->headers, h.c_str());
    if (t->req.method != "GET") {
      curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, t->req.method.c_str());
      if (!t->req.body.empty() || t->req.method == "PUT" || t->req.method == "POST") {
        curl_easy_setopt(e, CURLOPT_POSTFIELDS, t->req.body.data());
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)t->req.body.size());
      }
      t->headers = curl_slist_append(t->headers, "Expect:");
    }
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
    curl_multi_add_handle(multi, e);
  }

  // NODUS_PM_TIMING=1: requests, bytes received and new connections, printed at shutdown;
  // NODUS_PM_TIMING=2 also prints a line per transfer: its start, first byte and end (seconds),
  // bytes, local port (which connection) and URL.
  size_t stat_requests = 0, stat_connects = 0;
  double stat_bytes = 0, stat_start = NowSeconds(), stat_last_transfer = 0;

  void Finish(Transfer* t, CURLcode rc) {
    long status = 0;
    curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
    long connects = 0;
    curl_off_t bytes = 0;
    curl_easy_getinfo(t->easy, CURLINFO_NUM_CONNECTS, &connects);
    curl_easy_getinfo(t->easy, CURLINFO_SIZE_DOWNLOAD_T, &bytes);
    stat_requests++;
    stat_connects += connects;
    stat_bytes += bytes;
    stat_last_transfer = NowSeconds();
    static const bool trace = [] {
      const char* v = getenv("NODUS_PM_TIMING");
      return v && atoi(v) >= 2;
    }();
    if (trace) {
      long port = 0;
      curl_off_t first = 0;
      curl_easy_getinfo(t->easy, CURLINFO_LOCAL_PORT, &port);
      curl_easy_getinfo(t->easy, CURLINFO_STARTTRANSFER_TIME_T, &first);
      std::fprintf(stderr, "nodus transfer %.3f %.3f %.3f %9lld %5ld %s\n", t->started - stat_start,
                   t->started - stat_start + first / 1e6, stat_last_transfer - stat_start, (long long)bytes, port,
                   t->req.url.c_str());
    }
    curl_multi_remove_handle(multi, t->easy);
    t->resp.status = rc == CURLE_OK ? status : 0;
    if (rc != CURLE_OK) t->resp.error = t->errbuf[0] ? t->errbuf : curl_easy_strerror(rc);
    bool retry = (rc != CURLE_OK || status >= 500 || status == 429) && t->attempt < opts.retries &&
                 t->req.method == "GET";
    if (retry) {
      // Backoff: 250ms, 1s, ...
      double wait = 0.25 * (1 << (2 * t->attempt));
      t->attempt++;
      delayed.push_back({NowSeconds() + wait, t});
      return;
    }
    active--;
    HttpResponse resp = std::move(t->resp);
    auto cb = std::move(t->req.done);
    Free(t);
    if (cb) cb(resp);
  }

  void Step(int wait_ms) {
    double now = NowSeconds();
    for (auto it = delayed.begin(); it != delayed.end();) {
      if (it->due <= now) {
        Transfer* t = it->t;
        it = delayed.erase(it);
        Launch(t);
      } else {
        ++it;
      }
    }
    if (!multi) {  // no transfer yet: only background jobs to wait for
      DrainFinished();
      if (active == 0) return;
      {
        std::unique_lock<std::mutex> lock(mu);
        done_cv.wait_for(lock, std::chrono::milliseconds(wait_ms), [&] { return !finished.empty(); });
      }
      DrainFinished();
      return;
    }
    int running = 0;
    curl_multi_perform(multi, &running);
    int msgs = 0;
    while (CURLMsg* m = curl_multi_info_read(multi, &msgs)) {
      if (m->msg != CURLMSG_DONE) continue;
      Transfer* t = nullptr;
      curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, &t);
      Finish(t, m->data.result);
    }
    DrainFinished();
    if (active == 0) return;
    // Waits for network activity, a finished background job (curl_multi_wakeup) or a retry's due time.
    int wait = delayed.empty() ? wait_ms : 20;
    if (running > 0 || !workers.empty()) curl_multi_poll(multi, nullptr, 0, wait, nullptr);
    else if (!delayed.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    DrainFinished();
  }
};

HttpClient::HttpClient(HttpOptions opts) : impl_(new Impl) { impl_->opts = std::move(opts); }

// libcurl is loaded by the first call (src/pm/curl_loader.cc): only when there is work to drive.
void HttpClient::Impl::EnsureCurl() {
  if (multi) return;
  static bool inited = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == 0; }();
  (void)inited;
  multi = curl_multi_init();
  {
    std::lock_guard<std::mutex> lock(mu);
    woken_multi = multi;
  }
  done_cv.notify_all();  // a loop waiting on done_cv moves to curl_multi_poll
  curl_multi_setopt(multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
  curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, (long)opts.max_connections_per_host);
  curl_multi_setopt(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, 64L);
  // Debian's libcurl has a default CA file and a CA directory. With a directory it keeps no
  // certificate store across connections and parses the whole CA bundle again for each one (~10 ms
  // of CPU per connection); the file alone holds the same certificates, and a `cafile` from the
  // configuration replaces the defaults as in npm. Without a default file, curl's defaults stay.
  if (!opts.cafile.empty()) {
    ca_file_only = true;
  } else if (CURL* probe = curl_easy_init()) {
    char* def = nullptr;
    if (curl_easy_getinfo(probe, CURLINFO_CAINFO, &def) == CURLE_OK && def && access(def, R_OK) == 0)
      ca_file_only = true;
    curl_easy_cleanup(probe);
  }
  share = curl_share_init();
  curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
  curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
}

HttpClient::~HttpClient() {
  if (impl_->stat_requests && getenv("NODUS_PM_TIMING")) {
    timespec cpu{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    std::fprintf(stderr, "nodus timing http     %zu requests, %.1f MB, %zu connections, last response %.3fs, "
                 "main thread CPU %.3fs\n",
                 impl_->stat_requests, impl_->stat_bytes / 1e6, impl_->stat_connects,
                 impl_->stat_last_transfer - impl_->stat_start, cpu.tv_sec + cpu.tv_nsec / 1e9);
  }
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->stopping = true;
  }
  impl_->cv.notify_all();
  impl_->prompt_cv.notify_all();
  for (auto& t : impl_->workers) t.join();
  // Transfers abandoned by an interrupted run.
  while (!impl_->live.empty()) {
    Transfer* t = *impl_->live.begin();
    if (t->easy) curl_multi_remove_handle(impl_->multi, t->easy);
    impl_->Free(t);
  }
  if (impl_->multi) curl_multi_cleanup(impl_->multi);
  if (impl_->share) curl_share_cleanup(impl_->share);
}

void HttpClient::Start(HttpRequest req) {
  auto* t = new Transfer;
  impl_->live.insert(t);
  t->req = std::move(req);
  impl_->active++;
  impl_->Launch(t);
}

void HttpClient::RunAll() {
  while (impl_->active > 0) impl_->Step(100);
}

void HttpClient::RunUntil(const std::function<bool()>& pred) {
  while (!pred() && impl_->active > 0) impl_->Step(100);
}

size_t HttpClient::in_flight() const { return impl_->active; }

void HttpClient::RunInBackground(std::function<void()> work, std::function<void()> done, bool prompt) {
  if (impl_->workers.empty()) {
    unsigned n = std::thread::hardware_concurrency();
    n = n < 2 ? 2 : (n > 4 ? 4 : n);
    for (unsigned i = 0; i < n; i++) impl_->workers.emplace_back([this] { impl_->Worker(false); });
    impl_->workers.emplace_back([this] { impl_->Worker(true); });
  }
  impl_->active++;
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    (prompt ? impl_->prompt_jobs : impl_->jobs).emplace_back(std::move(work), std::move(done));
  }
  (prompt ? impl_->prompt_cv : impl_->cv).notify_one();
}

}  // namespace nodus::pm

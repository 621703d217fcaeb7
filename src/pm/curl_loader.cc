// libcurl, loaded on first use: libnodus-pm.so does not link it, so a command that never reaches
// the network (a no-op or offline install, `run`, `ls`, `why`...) does not map libcurl and the
// ~30 libraries it pulls in (TLS, LDAP, IDN, ssh, Kerberos). The functions src/pm/http.cc calls
// are defined here with curl's own prototypes and forward to the library (dlopen'ed on the first
// call); a curl function used anywhere else must be added to the table below or the link fails.
#include <curl/curl.h>
#include <dlfcn.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>

namespace {

struct Api {
  CURLcode (*global_init)(long);
  CURL* (*easy_init)();
  void (*easy_cleanup)(CURL*);
  void (*easy_reset)(CURL*);
  CURLcode (*easy_setopt)(CURL*, CURLoption, ...);
  CURLcode (*easy_getinfo)(CURL*, CURLINFO, ...);
  const char* (*easy_strerror)(CURLcode);
  curl_slist* (*slist_append)(curl_slist*, const char*);
  void (*slist_free_all)(curl_slist*);
  CURLM* (*multi_init)();
  CURLMcode (*multi_cleanup)(CURLM*);
  CURLMcode (*multi_setopt)(CURLM*, CURLMoption, ...);
  CURLMcode (*multi_add_handle)(CURLM*, CURL*);
  CURLMcode (*multi_remove_handle)(CURLM*, CURL*);
  CURLMcode (*multi_perform)(CURLM*, int*);
  CURLMcode (*multi_poll)(CURLM*, curl_waitfd*, unsigned, int, int*);
  CURLMcode (*multi_wakeup)(CURLM*);
  CURLMsg* (*multi_info_read)(CURLM*, int*);
  CURLSH* (*share_init)();
  CURLSHcode (*share_cleanup)(CURLSH*);
  CURLSHcode (*share_setopt)(CURLSH*, CURLSHoption, ...);
};

[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "nodus: cannot load libcurl.so.4: %s\n", what);
  std::exit(1);
}

template <typename F>
void Bind(void* lib, const char* name, F* out) {
  void* sym = dlsym(lib, name);
  if (sym == nullptr) Fail(name);
  *out = reinterpret_cast<F>(sym);
}

const Api& Curl() {
  static const Api api = [] {
    void* lib = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (lib == nullptr) Fail(dlerror());
    Api a;
    Bind(lib, "curl_global_init", &a.global_init);
    Bind(lib, "curl_easy_init", &a.easy_init);
    Bind(lib, "curl_easy_cleanup", &a.easy_cleanup);
    Bind(lib, "curl_easy_reset", &a.easy_reset);
    Bind(lib, "curl_easy_setopt", &a.easy_setopt);
    Bind(lib, "curl_easy_getinfo", &a.easy_getinfo);
    Bind(lib, "curl_easy_strerror", &a.easy_strerror);
    Bind(lib, "curl_slist_append", &a.slist_append);
    Bind(lib, "curl_slist_free_all", &a.slist_free_all);
    Bind(lib, "curl_multi_init", &a.multi_init);
    Bind(lib, "curl_multi_cleanup", &a.multi_cleanup);
    Bind(lib, "curl_multi_setopt", &a.multi_setopt);
    Bind(lib, "curl_multi_add_handle", &a.multi_add_handle);
    Bind(lib, "curl_multi_remove_handle", &a.multi_remove_handle);
    Bind(lib, "curl_multi_perform", &a.multi_perform);
    Bind(lib, "curl_multi_poll", &a.multi_poll);
    Bind(lib, "curl_multi_wakeup", &a.multi_wakeup);
    Bind(lib, "curl_multi_info_read", &a.multi_info_read);
    Bind(lib, "curl_share_init", &a.share_init);
    Bind(lib, "curl_share_cleanup", &a.share_cleanup);
    Bind(lib, "curl_share_setopt", &a.share_setopt);
    return a;
  }();
  return api;
}

// The variadic ones take one argument whose type the option's number range gives (curl.h's
// CURLOPTTYPE_*), read here with that type and passed on the same way.
template <typename Result, typename Handle, typename Option>
Result ForwardOption(Result (*fn)(Handle, Option, ...), Handle h, Option opt, va_list ap) {
  if (opt < CURLOPTTYPE_OBJECTPOINT) return fn(h, opt, va_arg(ap, long));
  if (opt >= CURLOPTTYPE_OFF_T && opt < CURLOPTTYPE_BLOB) return fn(h, opt, va_arg(ap, curl_off_t));
  return fn(h, opt, va_arg(ap, void*));  // data, string, callback or blob pointer
}

}  // namespace

extern "C" {

CURLcode curl_global_init(long flags) { return Curl().global_init(flags); }
CURL* curl_easy_init() { return Curl().easy_init(); }
void curl_easy_cleanup(CURL* h) { Curl().easy_cleanup(h); }
void curl_easy_reset(CURL* h) { Curl().easy_reset(h); }
const char* curl_easy_strerror(CURLcode rc) { return Curl().easy_strerror(rc); }
curl_slist* curl_slist_append(curl_slist* l, const char* s) { return Curl().slist_append(l, s); }
void curl_slist_free_all(curl_slist* l) { Curl().slist_free_all(l); }
CURLM* curl_multi_init() { return Curl().multi_init(); }
CURLMcode curl_multi_cleanup(CURLM* m) { return Curl().multi_cleanup(m); }
CURLMcode curl_multi_add_handle(CURLM* m, CURL* h) { return Curl().multi_add_handle(m, h); }
CURLMcode curl_multi_remove_handle(CURLM* m, CURL* h) { return Curl().multi_remove_handle(m, h); }
CURLMcode curl_multi_perform(CURLM* m, int* running) { return Curl().multi_perform(m, running); }
CURLMcode curl_multi_poll(CURLM* m, curl_waitfd* fds, unsigned n, int ms, int* ret) {
  return Curl().multi_poll(m, fds, n, ms, ret);
}
CURLMcode curl_multi_wakeup(CURLM* m) { return Curl().multi_wakeup(m); }
CURLMsg* curl_multi_info_read(CURLM* m, int* left) { return Curl().multi_info_read(m, left); }
CURLSH* curl_share_init() { return Curl().share_init(); }
CURLSHcode curl_share_cleanup(CURLSH* s) { return Curl().share_cleanup(s); }

CURLcode curl_easy_setopt(CURL* h, CURLoption opt, ...) {
  va_list ap;
  va_start(ap, opt);
  CURLcode rc = ForwardOption(Curl().easy_setopt, h, opt, ap);
  va_end(ap);
  return rc;
}

CURLMcode curl_multi_setopt(CURLM* m, CURLMoption opt, ...) {
  va_list ap;
  va_start(ap, opt);
  CURLMcode rc = ForwardOption(Curl().multi_setopt, m, opt, ap);
  va_end(ap);
  return rc;
}

CURLSHcode curl_share_setopt(CURLSH* s, CURLSHoption opt, ...) {
  va_list ap;
  va_start(ap, opt);
  CURLSHcode rc;
  if (opt == CURLSHOPT_SHARE || opt == CURLSHOPT_UNSHARE) {
    rc = Curl().share_setopt(s, opt, va_arg(ap, int));  // a curl_lock_data
  } else {
    rc = Curl().share_setopt(s, opt, va_arg(ap, void*));  // lock functions, user data
  }
  va_end(ap);
  return rc;
}

// Every CURLINFO_* result is written through a pointer.
CURLcode curl_easy_getinfo(CURL* h, CURLINFO info, ...) {
  va_list ap;
  va_start(ap, info);
  CURLcode rc = Curl().easy_getinfo(h, info, va_arg(ap, void*));
  va_end(ap);
  return rc;
}

}  // extern "C"

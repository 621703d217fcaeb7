// internalBinding('os'): system information through libuv (uv_os_*, uv_cpu_info,
// uv_interface_addresses, ...). Failures return a negative libuv errno; lib/os.js turns them
// into Node's ERR_SYSTEM_ERROR.
#include <uv.h>

#include <cstdio>
#include <cstring>

#include "base/binding.h"

namespace nodus::os {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

v8::Local<v8::Value> Utf8Str(v8::Isolate* isolate, const char* s) {
  v8::Local<v8::String> str;
  if (!v8::String::NewFromUtf8(isolate, s ? s : "").ToLocal(&str)) return v8::Undefined(isolate);
  return str;
}

void GetHostname(const Info& info) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof(buf);
  int err = uv_os_gethostname(buf, &size);
  if (err != 0) return info.GetReturnValue().Set(err);
  info.GetReturnValue().Set(Utf8Str(info.GetIsolate(), buf));
}

// [sysname, version, release, machine]
void GetOSInformation(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_utsname_t name;
  int err = uv_os_uname(&name);
  if (err != 0) return info.GetReturnValue().Set(err);
  v8::Local<v8::Value> values[] = {Utf8Str(isolate, name.sysname), Utf8Str(isolate, name.version),
                                   Utf8Str(isolate, name.release), Utf8Str(isolate, name.machine)};
  info.GetReturnValue().Set(v8::Array::New(isolate, values, 4));
}

void GetHomeDirectory(const Info& info) {
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_os_homedir(buf, &size);
  if (err != 0) return info.GetReturnValue().Set(err);
  info.GetReturnValue().Set(Utf8Str(info.GetIsolate(), buf));
}

void GetUptime(const Info& info) {
  double uptime;
  int err = uv_uptime(&uptime);
  if (err != 0) return info.GetReturnValue().Set(err);
  info.GetReturnValue().Set(uptime);
}

void GetTotalMem(const Info& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_total_memory()));
}

void GetFreeMem(const Info& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_free_memory()));
}

// getLoadAvg(Float64Array(3))
void GetLoadAvg(const Info& info) {
  if (!info[0]->IsFloat64Array()) return;
  auto arr = info[0].As<v8::Float64Array>();
  if (arr->Length() < 3) return;
  double avg[3];
  uv_loadavg(avg);
  double* out = reinterpret_cast<double*>(static_cast<char*>(arr->Buffer()->Data()) +
                                          arr->ByteOffset());
  std::memcpy(out, avg, sizeof(avg));
}

// The CPU's current frequency in MHz from cpufreq, or 0: what the libuv of Node 22 (1.45 and
// later) reports; Debian's libuv 1.44 would read a nominal "cpu MHz" from /proc/cpuinfo instead.
double CpuSpeed(int cpu) {
  char path[96];
  snprintf(path, sizeof(path), "/sys/devices/system/cpu/cpu%d/cpufreq/scaling_cur_freq", cpu);
  FILE* f = fopen(path, "re");
  if (f == nullptr) return 0;
  unsigned long khz = 0;
  if (fscanf(f, "%lu", &khz) != 1) khz = 0;
  fclose(f);
  return static_cast<double>(khz / 1000);
}

// Flat array: model, speed, user, nice, sys, idle, irq for each CPU.
void GetCPUs(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_cpu_info_t* cpus;
  int count;
  int err = uv_cpu_info(&cpus, &count);
  if (err != 0) return info.GetReturnValue().Set(err);
  std::vector<v8::Local<v8::Value>> values;
  values.reserve(static_cast<size_t>(count) * 7);
  for (int i = 0; i < count; i++) {
    const uv_cpu_info_t& c = cpus[i];
    values.push_back(Utf8Str(isolate, c.model));
    values.push_back(v8::Number::New(isolate, CpuSpeed(i)));
    values.push_back(v8::Number::New(isolate, static_cast<double>(c.cpu_times.user)));
    values.push_back(v8::Number::New(isolate, static_cast<double>(c.cpu_times.nice)));
    values.push_back(v8::Number::New(isolate, static_cast<double>(c.cpu_times.sys)));
    values.push_back(v8::Number::New(isolate, static_cast<double>(c.cpu_times.idle)));
    values.push_back(v8::Number::New(isolate, static_cast<double>(c.cpu_times.irq)));
  }
  uv_free_cpu_info(cpus, count);
  info.GetReturnValue().Set(v8::Array::New(isolate, values.data(), values.size()));
}

// Flat array: name, address, netmask, family, mac, internal, scopeid for each address.
void GetInterfaceAddresses(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_interface_address_t* addrs;
  int count;
  int err = uv_interface_addresses(&addrs, &count);
  if (err != 0) return info.GetReturnValue().Set(err);
  std::vector<v8::Local<v8::Value>> values;
  values.reserve(static_cast<size_t>(count) * 7);
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t& a = addrs[i];
    char ip[INET6_ADDRSTRLEN] = "";
    char netmask[INET6_ADDRSTRLEN] = "";
    const char* family;
    int scopeid = -1;
    if (a.address.address4.sin_family == AF_INET) {
      uv_ip4_name(&a.address.address4, ip, sizeof(ip));
      uv_ip4_name(&a.netmask.netmask4, netmask, sizeof(netmask));
      family = "IPv4";
    } else if (a.address.address4.sin_family == AF_INET6) {
      uv_ip6_name(&a.address.address6, ip, sizeof(ip));
      uv_ip6_name(&a.netmask.netmask6, netmask, sizeof(netmask));
      family = "IPv6";
      scopeid = static_cast<int>(a.address.address6.sin6_scope_id);
    } else {
      family = "unknown";
    }
    char mac[18];
    const unsigned char* p = reinterpret_cast<const unsigned char*>(a.phys_addr);
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", p[0], p[1], p[2], p[3], p[4],
             p[5]);
    values.push_back(Utf8Str(isolate, a.name));
    values.push_back(Utf8Str(isolate, ip));
    values.push_back(Utf8Str(isolate, netmask));
    values.push_back(Utf8Str(isolate, family));
    values.push_back(Utf8Str(isolate, mac));
    values.push_back(v8::Boolean::New(isolate, a.is_internal != 0));
    values.push_back(v8::Integer::New(isolate, scopeid));
  }
  uv_free_interface_addresses(addrs, count);
  info.GetReturnValue().Set(v8::Array::New(isolate, values.data(), values.size()));
}

// [uid, gid, username, homedir, shell] (shell null when unknown)
void GetUserInfo(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_passwd_t pwd;
  int err = uv_os_get_passwd(&pwd);
  if (err != 0) return info.GetReturnValue().Set(err);
  v8::Local<v8::Value> values[] = {
      v8::Number::New(isolate, static_cast<double>(pwd.uid)),
      v8::Number::New(isolate, static_cast<double>(pwd.gid)),
      Utf8Str(isolate, pwd.username),
      Utf8Str(isolate, pwd.homedir),
      pwd.shell ? Utf8Str(isolate, pwd.shell) : v8::Null(isolate).As<v8::Value>(),
  };
  uv_os_free_passwd(&pwd);
  info.GetReturnValue().Set(v8::Array::New(isolate, values, 5));
}

// setPriority(pid, priority) -> 0 or errno
void SetPriority(const Info& info) {
  v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
  int pid = info[0]->Int32Value(ctx).FromMaybe(0);
  int prio = info[1]->Int32Value(ctx).FromMaybe(0);
  info.GetReturnValue().Set(uv_os_setpriority(pid, prio));
}

// getPriority(pid, out Int32Array(1)) -> 0 or errno
void GetPriority(const Info& info) {
  v8::Local<v8::Context> ctx = info.GetIsolate()->GetCurrentContext();
  int pid = info[0]->Int32Value(ctx).FromMaybe(0);
  int prio = 0;
  int err = uv_os_getpriority(pid, &prio);
  if (err == 0 && info[1]->IsInt32Array()) {
    auto arr = info[1].As<v8::Int32Array>();
    if (arr->Length() >= 1) (void)arr->Set(ctx, 0, v8::Integer::New(info.GetIsolate(), prio));
  }
  info.GetReturnValue().Set(err);
}

void GetAvailableParallelism(const Info& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_available_parallelism()));
}

}  // namespace

void Init(Binding& b) {
  b.Method("getHostname", GetHostname);
  b.Method("getOSInformation", GetOSInformation);
  b.Method("getHomeDirectory", GetHomeDirectory);
  b.Method("getUptime", GetUptime);
  b.Method("getTotalMem", GetTotalMem);
  b.Method("getFreeMem", GetFreeMem);
  b.Method("getLoadAvg", GetLoadAvg, 1);
  b.Method("getCPUs", GetCPUs);
  b.Method("getInterfaceAddresses", GetInterfaceAddresses);
  b.Method("getUserInfo", GetUserInfo);
  b.Method("setPriority", SetPriority, 2);
  b.Method("getPriority", GetPriority, 2);
  b.Method("getAvailableParallelism", GetAvailableParallelism);
  const uint16_t probe = 1;
  b.Constant("kIsBigEndian", *reinterpret_cast<const uint8_t*>(&probe) == 0 ? 1 : 0);
}

}  // namespace nodus::os

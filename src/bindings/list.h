// Every internalBinding, one line each: V(name) <=> src/bindings/name.cc defining
// `void nodus::name::Init(Binding&)`.
#pragma once

#define NODUS_BINDINGS(V) \
  V(async_wrap)           \
  V(buffer)               \
  V(builtins)             \
  V(cares_wrap)           \
  V(constants)            \
  V(contextify)           \
  V(crypto)               \
  V(encoding_binding)     \
  V(errors)               \
  V(fs)                   \
  V(fs_event_wrap)        \
  V(heap_utils)           \
  V(http2)                \
  V(http_parser)          \
  V(icu)                  \
  V(messaging)            \
  V(module_wrap)          \
  V(napi)                 \
  V(os)                   \
  V(pipe_wrap)            \
  V(process_methods)      \
  V(process_wrap)         \
  V(serdes)               \
  V(signal_wrap)          \
  V(spawn_sync)           \
  V(sqlite)               \
  V(stream_wrap)          \
  V(task_queue)           \
  V(tcp_wrap)             \
  V(timers)               \
  V(tls_wrap)             \
  V(tty_wrap)             \
  V(types)                \
  V(udp_wrap)             \
  V(url)                  \
  V(util)                 \
  V(uv)                   \
  V(worker)               \
  V(zlib)

// Bindings whose Init follows the recording rule (src/base/binding.h) and whose objects may live
// in the startup snapshot. Others are created per process, on first use.
#define NODUS_SNAPSHOT_BINDINGS(V) \
  V(buffer)                        \
  V(builtins)                      \
  V(constants)                     \
  V(contextify)                    \
  V(encoding_binding)              \
  V(errors)                        \
  V(fs)                            \
  V(messaging)                     \
  V(options)                       \
  V(process_methods)               \
  V(signal_wrap)                   \
  V(task_queue)                    \
  V(timers)                        \
  V(tty_wrap)                      \
  V(types)                         \
  V(util)                          \
  V(uv)

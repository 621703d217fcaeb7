// Socket helpers shared by tcp_wrap and udp_wrap (no V8 here).
#pragma once
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace nodus {

// A new non-blocking socket with SO_REUSEPORT set, for a handle to adopt before it binds (libuv
// 1.44 has no REUSEPORT bind flags). The fd, or a negative errno.
inline int NewReusePortSocket(int family, int type) {
  int fd = socket(family, type | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return -errno;
  int on = 1;
  if (setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof(on)) != 0) {
    int err = -errno;
    close(fd);
    return err;
  }
  return fd;
}

}  // namespace nodus

// internalBinding('constants'): os (errno, signals, priority, dlopen) and fs constants.
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include "base/binding.h"

namespace nodus::constants {

#define ERRNO_LIST(V)                                                                          \
  V(E2BIG) V(EACCES) V(EADDRINUSE) V(EADDRNOTAVAIL) V(EAFNOSUPPORT) V(EAGAIN) V(EALREADY)      \
  V(EBADF) V(EBADMSG) V(EBUSY) V(ECANCELED) V(ECHILD) V(ECONNABORTED) V(ECONNREFUSED)          \
  V(ECONNRESET) V(EDEADLK) V(EDESTADDRREQ) V(EDOM) V(EDQUOT) V(EEXIST) V(EFAULT) V(EFBIG)      \
  V(EHOSTUNREACH) V(EIDRM) V(EILSEQ) V(EINPROGRESS) V(EINTR) V(EINVAL) V(EIO) V(EISCONN)       \
  V(EISDIR) V(ELOOP) V(EMFILE) V(EMLINK) V(EMSGSIZE) V(EMULTIHOP) V(ENAMETOOLONG) V(ENETDOWN)  \
  V(ENETRESET) V(ENETUNREACH) V(ENFILE) V(ENOBUFS) V(ENODATA) V(ENODEV) V(ENOENT) V(ENOEXEC)   \
  V(ENOLCK) V(ENOLINK) V(ENOMEM) V(ENOMSG) V(ENOPROTOOPT) V(ENOSPC) V(ENOSR) V(ENOSTR)         \
  V(ENOSYS) V(ENOTCONN) V(ENOTDIR) V(ENOTEMPTY) V(ENOTSOCK) V(ENOTSUP) V(ENOTTY) V(ENXIO)      \
  V(EOPNOTSUPP) V(EOVERFLOW) V(EPERM) V(EPIPE) V(EPROTO) V(EPROTONOSUPPORT) V(EPROTOTYPE)      \
  V(ERANGE) V(EROFS) V(ESPIPE) V(ESRCH) V(ESTALE) V(ETIME) V(ETIMEDOUT) V(ETXTBSY)             \
  V(EWOULDBLOCK) V(EXDEV)

#define SIGNAL_LIST(V)                                                                        \
  V(SIGHUP) V(SIGINT) V(SIGQUIT) V(SIGILL) V(SIGTRAP) V(SIGABRT) V(SIGIOT) V(SIGBUS) V(SIGFPE) \
  V(SIGKILL) V(SIGUSR1) V(SIGSEGV) V(SIGUSR2) V(SIGPIPE) V(SIGALRM) V(SIGTERM) V(SIGCHLD)     \
  V(SIGSTKFLT) V(SIGCONT) V(SIGSTOP) V(SIGTSTP) V(SIGTTIN) V(SIGTTOU) V(SIGURG) V(SIGXCPU)     \
  V(SIGXFSZ) V(SIGVTALRM) V(SIGPROF) V(SIGWINCH) V(SIGIO) V(SIGPOLL) V(SIGPWR) V(SIGSYS)

#define FS_LIST(V)                                                                            \
  V(O_RDONLY) V(O_WRONLY) V(O_RDWR) V(S_IFMT) V(S_IFREG) V(S_IFDIR) V(S_IFCHR) V(S_IFBLK)     \
  V(S_IFIFO) V(S_IFLNK) V(S_IFSOCK) V(O_CREAT) V(O_EXCL) V(O_NOCTTY) V(O_TRUNC) V(O_APPEND)   \
  V(O_DIRECTORY) V(O_NOATIME) V(O_NOFOLLOW) V(O_SYNC) V(O_DSYNC) V(O_DIRECT) V(O_NONBLOCK)    \
  V(S_IRWXU) V(S_IRUSR) V(S_IWUSR) V(S_IXUSR) V(S_IRWXG) V(S_IRGRP) V(S_IWGRP) V(S_IXGRP)     \
  V(S_IRWXO) V(S_IROTH) V(S_IWOTH) V(S_IXOTH) V(F_OK) V(R_OK) V(W_OK) V(X_OK)

static v8::Local<v8::Object> Obj(Binding& b, const char* name) {
  v8::Local<v8::Object> o = v8::Object::New(b.isolate());
  b.Value(name, o);
  return o;
}

static void Set(Binding& b, v8::Local<v8::Object> o, const char* name, double v) {
  SetProp(b.context(), o, name, v8::Number::New(b.isolate(), v));
}

void Init(Binding& b) {
  if (b.recording()) return;  // constants only, no native callbacks
  v8::Isolate* isolate = b.isolate();
  v8::Local<v8::Object> os = Obj(b, "os");
  v8::Local<v8::Object> err = v8::Object::New(isolate);
  v8::Local<v8::Object> sig = v8::Object::New(isolate);
  v8::Local<v8::Object> prio = v8::Object::New(isolate);
  v8::Local<v8::Object> dl = v8::Object::New(isolate);
  SetProp(b.context(), os, "UV_UDP_REUSEADDR", v8::Number::New(isolate, UV_UDP_REUSEADDR));
  SetProp(b.context(), os, "dlopen", dl);
  SetProp(b.context(), os, "errno", err);
  SetProp(b.context(), os, "signals", sig);
  SetProp(b.context(), os, "priority", prio);
#define V(n) Set(b, err, #n, n);
  ERRNO_LIST(V)
#undef V
#define V(n) Set(b, sig, #n, n);
  SIGNAL_LIST(V)
#undef V
  Set(b, prio, "PRIORITY_LOW", 19);
  Set(b, prio, "PRIORITY_BELOW_NORMAL", 10);
  Set(b, prio, "PRIORITY_NORMAL", 0);
  Set(b, prio, "PRIORITY_ABOVE_NORMAL", -7);
  Set(b, prio, "PRIORITY_HIGH", -14);
  Set(b, prio, "PRIORITY_HIGHEST", -20);
  Set(b, dl, "RTLD_LAZY", RTLD_LAZY);
  Set(b, dl, "RTLD_NOW", RTLD_NOW);
  Set(b, dl, "RTLD_GLOBAL", RTLD_GLOBAL);
  Set(b, dl, "RTLD_LOCAL", RTLD_LOCAL);
  Set(b, dl, "RTLD_DEEPBIND", RTLD_DEEPBIND);

  v8::Local<v8::Object> fs = Obj(b, "fs");
  Set(b, fs, "UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR);
  Set(b, fs, "UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION);
#define V(n) Set(b, fs, #n, n);
  FS_LIST(V)
#undef V
  Set(b, fs, "UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL);
  Set(b, fs, "COPYFILE_EXCL", UV_FS_COPYFILE_EXCL);
  Set(b, fs, "UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE);
  Set(b, fs, "COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE);
  Set(b, fs, "UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE);
  Set(b, fs, "COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE);
  Set(b, fs, "UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN);
  Set(b, fs, "UV_DIRENT_FILE", UV_DIRENT_FILE);
  Set(b, fs, "UV_DIRENT_DIR", UV_DIRENT_DIR);
  Set(b, fs, "UV_DIRENT_LINK", UV_DIRENT_LINK);
  Set(b, fs, "UV_DIRENT_FIFO", UV_DIRENT_FIFO);
  Set(b, fs, "UV_DIRENT_SOCKET", UV_DIRENT_SOCKET);
  Set(b, fs, "UV_DIRENT_CHAR", UV_DIRENT_CHAR);
  Set(b, fs, "UV_DIRENT_BLOCK", UV_DIRENT_BLOCK);
  Obj(b, "crypto");
  Obj(b, "zlib");
  Obj(b, "trace");
}

}  // namespace nodus::constants

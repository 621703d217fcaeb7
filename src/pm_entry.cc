// The package manager as a loadable module (libnodus-pm.so): `nodus <command>` loads it with
// dlopen, so running a script never maps libcurl and its TLS/LDAP/IDN dependency tree.
#include "pm/pm.h"

extern "C" __attribute__((visibility("default"))) int nodus_pm_is_command(const char* word) {
  return nodus::pm::IsCommand(word) ? 1 : 0;
}

extern "C" __attribute__((visibility("default"))) int nodus_pm_main(int argc, char** argv) {
  return nodus::pm::Main(argc, argv);
}

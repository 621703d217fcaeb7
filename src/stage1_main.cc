// nodus_stage1: the runtime without the launcher, run at build time to produce the code cache and
// the startup snapshot that libnodus-runtime.so embeds.
extern "C" int nodus_runtime_main(int argc, char** argv);

int main(int argc, char** argv) { return nodus_runtime_main(argc, argv); }

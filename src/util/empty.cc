// Keeps nodus_util non-empty before any V8-free module exists.
namespace nodus { int util_library_anchor = 0; }

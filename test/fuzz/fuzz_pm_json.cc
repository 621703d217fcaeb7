// libFuzzer target: package.json / lockfile parsing. Parse, load as a lockfile tree, write it back;
// whatever parses must re-serialise to text that parses to the same value.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "pm/json.h"
#include "pm/tree.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  nodus::pm::Json j;
  nodus::pm::JsonError e;
  if (!nodus::pm::ParseJson(text, &j, &e)) {
    if (e.line == 0 || e.column == 0) abort();
    return 0;
  }
  std::string again = nodus::pm::SerializeJson(j, 2);
  nodus::pm::Json k;
  if (!nodus::pm::ParseJson(again, &k, &e) || !(j == k)) abort();
  nodus::pm::Tree tree;
  nodus::pm::PmError err;
  if (nodus::pm::LoadLockfile(j, &tree, &err)) {
    tree.root()->meta = j;
    tree.BuildEdges(tree.root());
    for (auto* n : tree.Nodes()) tree.BuildEdges(n);
    tree.ResolveEdges();
    tree.ComputeFlags();
    nodus::pm::BuildLockfile(tree, j, false);
  }
  return 0;
}

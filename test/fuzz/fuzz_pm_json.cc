// libFuzzer target: package.json / lockfile parsing. Parse, load as a lockfile tree, write it back;
// whatever parses must re-serialise to text that parses to the same value. The packument reader
// must accept exactly what ParseJson accepts (with the same error), and give the same versions.
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
  bool ok = nodus::pm::ParseJson(text, &j, &e);
  nodus::pm::Json rest;
  std::vector<nodus::pm::RawVersion> versions;
  nodus::pm::JsonError pe;
  if (nodus::pm::ParsePackument(text, &rest, &versions, &pe) != ok) abort();
  if (!ok) {
    if (e.line == 0 || e.column == 0) abort();
    if (pe.message != e.message || pe.line != e.line || pe.column != e.column) abort();
    return 0;
  }
  if (const nodus::pm::Json* vs = j.Get("versions"); vs && vs->IsObject()) {
    if (vs->members().size() != versions.size()) abort();
    for (size_t i = 0; i < versions.size(); i++) {
      nodus::pm::Json v;
      if (versions[i].version != vs->members()[i].first || !nodus::pm::ParseJson(versions[i].text, &v, &pe) ||
          !(v == vs->members()[i].second))
        abort();
    }
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

// Returning to the kernel the pages that only start-up needed (no V8 here).
#pragma once
#include <cstddef>

namespace nodus {

// Unmaps from this process the resident pages of every loaded object's read-only and code
// segments (libnode, ICU, OpenSSL, the executable with its snapshot and builtin sources...).
// Binding the libraries, deserialising the snapshot and bootstrapping touch far more of them
// than a running program uses; afterwards only the pages the program actually uses come back.
// They are clean file pages, so each one that is needed again faults back in from the page
// cache: nothing is lost, and the page cache keeps them for other processes. A segment holding
// any privately modified page (text relocations, a debugger's breakpoint, a uprobe) is left
// alone. Returns the number of bytes released.
size_t TrimStartupPages();

// Only the dynamic-linking tables (each library's first, read-only segment: symbol tables,
// versions, relocations), which are dead once the libraries are bound: for libnode about 8 MiB.
size_t TrimLinkTables();

}  // namespace nodus

// `audit` and `fund` (no V8 here).
#include <cstdio>

#include "pm/commands.h"

namespace nodus::pm {

int CmdAudit(Context& ctx, const Args& args) { return ReportError({"ENYI", "audit: not yet"}); }
int CmdFund(Context& ctx, const Args& args) { return ReportError({"ENYI", "fund: not yet"}); }

}  // namespace nodus::pm

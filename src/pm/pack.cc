// `pack` and `publish` (filled in below).
#include "pm/commands.h"

namespace nodus::pm {
int CmdPack(Context& ctx, const Args& args) { return ReportError({"ENOTIMPL", "pack is not implemented yet"}); }
int CmdPublish(Context& ctx, const Args& args) { return ReportError({"ENOTIMPL", "publish is not implemented yet"}); }
}  // namespace nodus::pm

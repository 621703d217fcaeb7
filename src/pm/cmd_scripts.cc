// `test`/`t`, `start`, `stop`, `restart`: npm's run-script shortcuts (no V8 here).
#include "pm/commands.h"
#include "pm/fs_util.h"
#include "pm/scripts.h"

namespace nodus::pm {


int CmdRunShortcut(Context& ctx, const Args& args) {
  std::string event = args.command == "t" || args.command == "tst" ? "test" : args.command;
  if (ctx.config.Has("workspace") || ctx.config.GetBool("workspaces", false)) {
    // In workspaces: `run <event>` there (npm's defaults for start/restart aside).
    Args run = args;
    run.command = "run";
    run.positional.insert(run.positional.begin(), event);
    return RunCommand(ctx, run);
  }
  Json pkg;
  if (!LoadProject(ctx, &pkg, false)) return 1;
  Json* scripts = pkg.GetMut("scripts");
  if (!scripts || !scripts->IsObject()) scripts = &pkg.Set("scripts", Json::Object());
  // npm's defaults: `start` is `node server.js` when that file exists (read-package-json's
  // normalisation); `restart` is stop (if present) then start.
  if (event == "start" && !scripts->Get("start") && PathExists(JoinPath(ctx.project_dir, "server.js")))
    scripts->Set("start", Json::String("node server.js"));
  if (event == "restart" && !scripts->Get("restart")) {
    std::string self = ShellQuote(SelfExe().empty() ? "nodus" : SelfExe());
    scripts->Set("restart", Json::String(self + " stop --if-present && " + self + " start"));
  }
  std::vector<std::string> rest = args.positional;
  rest.insert(rest.end(), args.rest.begin(), args.rest.end());
  return RunScriptWithHooks(ctx, pkg, event, rest);
}

}  // namespace nodus::pm

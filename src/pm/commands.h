// The package-manager commands (no V8 here).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "pm/install.h"
#include "pm/project.h"
#include "pm/tar.h"

namespace nodus::pm {

struct Args {
  std::string command;
  std::vector<std::string> positional;
  std::vector<std::string> rest;  // after `--`, or after the script/package name for run/exec
  bool saw_dashdash = false;
  std::map<std::string, std::string> flags;
  bool Flag(const std::string& k) const {
    auto it = flags.find(k);
    return it != flags.end() && it->second != "false";
  }
};

int RunCommand(Context& ctx, const Args& args);
int CmdPack(Context& ctx, const Args& args);
int CmdPublish(Context& ctx, const Args& args);

// Shared by the commands (commands.cc).
InstallOptions OptionsFrom(const Context& ctx);
// Reads the project's package.json (an empty object when missing and `create_if_missing`);
// false with the error reported.
bool LoadProject(Context& ctx, Json* pkg, bool create_if_missing);
// The project's package.json and its installed tree (node_modules), edges resolved.
struct LoadedTree {
  Json pkg;
  Tree tree;
};
bool LoadForQuery(Context& ctx, LoadedTree* lt);
// The root set from lt->pkg (manifest, name, version, overrides) and every edge built and
// resolved, flags computed: for a tree just read from node_modules or a lockfile.
void ConnectTree(Context& ctx, LoadedTree* lt);
// Runs pkg.scripts[name] with its pre/post scripts (npm run's rules: "Missing script" error,
// --if-present, --ignore-scripts skips pre/post), arguments for the main script only.
int RunScriptWithHooks(Context& ctx, const Json& pkg, const std::string& name, const std::vector<std::string>& rest);

// cmd_*.cc: npm's other commands.
int CmdRunShortcut(Context& ctx, const Args& args);  // test/t, start, stop, restart
int CmdLink(Context& ctx, const Args& args);         // link/ln
int CmdUnlink(Context& ctx, const Args& args);
int CmdVersion(Context& ctx, const Args& args);
int CmdView(Context& ctx, const Args& args);         // view/info/show
int CmdPrune(Context& ctx, const Args& args);
int CmdDedupe(Context& ctx, const Args& args);
int CmdRebuild(Context& ctx, const Args& args);
int CmdConfig(Context& ctx, const Args& args);
int CmdPkg(Context& ctx, const Args& args);
int CmdWhoami(Context& ctx, const Args& args);
int CmdDistTag(Context& ctx, const Args& args);
int CmdDeprecate(Context& ctx, const Args& args);
int CmdLogin(Context& ctx, const Args& args);        // login, adduser/add-user
int CmdLogout(Context& ctx, const Args& args);
int CmdAudit(Context& ctx, const Args& args);
int CmdPing(Context& ctx, const Args& args);
int CmdSearch(Context& ctx, const Args& args);       // search/s/se/find
int CmdOwner(Context& ctx, const Args& args);        // owner/author
int CmdRoot(Context& ctx, const Args& args);
int CmdPrefix(Context& ctx, const Args& args);
int CmdShrinkwrap(Context& ctx, const Args& args);
int CmdFund(Context& ctx, const Args& args);
int CmdInstallTest(Context& ctx, const Args& args);  // install-test/it, install-ci-test/cit
int CmdHelp(Context& ctx, const Args& args);
int CmdUnpublish(Context& ctx, const Args& args);
int CmdAccess(Context& ctx, const Args& args);       // cmd_access.cc
int CmdToken(Context& ctx, const Args& args);
int CmdStar(Context& ctx, const Args& args);         // star/unstar
int CmdStars(Context& ctx, const Args& args);
int CmdBrowse(Context& ctx, const Args& args);       // docs/home, bugs/issues, repo (cmd_browse.cc)
int CmdSbom(Context& ctx, const Args& args);
int CmdQuery(Context& ctx, const Args& args);
int CmdDiff(Context& ctx, const Args& args);         // cmd_diff.cc
int CmdDoctor(Context& ctx, const Args& args);
int CmdExplore(Context& ctx, const Args& args);      // cmd_explore.cc
int CmdEdit(Context& ctx, const Args& args);
int CmdCompletion(Context& ctx, const Args& args);   // cmd_completion.cc
int CmdOrg(Context& ctx, const Args& args);          // cmd_org.cc
int CmdTeam(Context& ctx, const Args& args);
// Packages in the project's node_modules that the hidden lockfile does not list (put there by
// hand), added to the tree as arborist's actual tree has them: extraneous (cmd_sbom.cc).
void AddUnlistedPackages(Context& ctx, Tree* tree);
// The tree of npm-shrinkwrap.json or package-lock.json (npm's virtual tree), edges resolved, for
// lt->pkg's project; false when there is no readable lockfile.
bool LoadLockTree(Context& ctx, LoadedTree* lt, Json* lock);
// A node's edges in arborist's edgesOut order, from its package.json `pkg`: peer, optional peer,
// dependencies, optionalDependencies, devDependencies (the root's), a name given again moving to
// its last place (cmd_sbom.cc).
std::vector<const Edge*> OrderedEdges(const Node* n, const Json& pkg);
// String order as localeCompare(a, b, 'en') gives for package names and paths (ICU's root
// collation: punctuation before digits before letters, case ignored first, then lower first).
bool LocaleLess(const std::string& a, const std::string& b);
// The user name for `registry` (npm's get-identity: a configured username, else /-/whoami);
// false after reporting ENEEDAUTH or the registry's error.
bool GetIdentity(Context& ctx, const std::string& registry, std::string* user);
// One line from stdin after `prompt` on stdout (not echoed on a terminal when `silent`).
bool PromptLine(const std::string& prompt, bool silent, std::string* out);
// Node's ENOENT error as npm prints it (syscall, path, errno -2, enoent lines), and reporting it
// with npm's exit status 254 (cmd_explore.cc).
PmError NoEntryError(const std::string& syscall, const std::string& path, const std::string& detail);
int ReportNoEntry(const PmError& e);
// NoEntryError for a folder without the package.json a command reads (`pj` is its path).
PmError NoPackageJsonError(const std::string& pj);
// npm's wording for a registry's 401 (cmd_unpublish.cc); other errors unchanged.
PmError RegistryAuthError(const PmError& e);
// npm's 404 lines after "404 Not Found - GET ..." for the resource `what` ("name@*").
PmError NotFoundError(const PmError& e, const std::string& what);
// "name@spec" split at the '@' after a scope ("" spec when there is none).
void SplitSpec(const std::string& arg, std::string* name, std::string* spec);
// GET url from the registry, parsed; EJSONPARSE when the body is no JSON (or no object, with
// require_object).
bool GetJson(Context& ctx, const std::string& url, Json* out, PmError* err, bool require_object = true);
// name@spec's manifest from the registry's document (spec "": the configured tag); npm's E404
// and ETARGET errors (cmd_browse.cc).
bool RegistryManifest(Context& ctx, const std::string& name, const std::string& spec, Json* m, PmError* err);
// GET <registry><name>?write=true (the full document, with _rev), parsed.
bool FetchWriteDoc(Context& ctx, const std::string& registry, const std::string& name, Json* doc, PmError* err);
// <prefix> for global packages (lib/node_modules, bin): --prefix, $NODUS_PREFIX, ~/.nodus.
std::string GlobalPrefix(const std::string& flag_prefix);
// npm's headers on a request to the registry for `command` (view, publish, dist-tag, ...):
// npm-command, the token for the URL, and npm-otp when --otp was given.
void AddRegistryHeaders(const Config& cfg, const std::string& command, HttpRequest* req);
// An authenticated registry request (npm's headers, the token for the URL); "E<status>" errors
// as publish reports them. Returns false with `err` set when the response is not 2xx.
// `extra_headers` ("Name: value") are added; one of them an Authorization replaces the config's.
bool RegistryRequest(Context& ctx, const std::string& method, const std::string& url, const std::string& body,
                     HttpResponse* resp, PmError* err, const std::vector<std::string>& extra_headers = {});

// A JSON value laid out as util.inspect (console.log) prints it (cmd_view.cc).
std::string Inspect(const Json& v);
// encodeURIComponent.
std::string EncodeComponent(const std::string& s);
// The time now as Date.prototype.toISOString prints it (cmd_account.cc).
std::string IsoNow();

// The files `pack` puts in the tarball (relative paths, sorted), as npm-packlist chooses them.
std::vector<std::string> PackFileList(const std::string& dir, const Json& pkg);
// Those files read (modes as npm pack sets them), and the .tgz `pack` would write from them.
std::vector<TarInput> PackInputs(const std::string& dir, const Json& pkg);
std::string PackTarball(const std::string& dir, const Json& pkg);

}  // namespace nodus::pm

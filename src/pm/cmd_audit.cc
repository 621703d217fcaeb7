// `audit [fix]` (no V8 here): the lockfile's packages POSTed to the registry's bulk advisory
// endpoint (/-/npm/v1/security/advisories/bulk) as npm 11 does, then arborist's report: each
// advisory's vulnerable installed packages, the packages that depend on them only through
// vulnerable versions ("metavulns", from their packuments), whether a fix is in range, npm's
// text (npm-audit-report's detail reporter) or --json, and exit code 1 at or above
// --audit-level. `audit fix` updates the packages whose fix is within the ranges.
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <set>

#include "pm/commands.h"
#include "pm/fs_util.h"
#include "pm/install.h"
#include "pm/semver.h"
#include "pm/tree.h"

namespace nodus::pm {

namespace {

const semver::Options kLoosePre{true, true};

int SeverityRank(const std::string& s) {
  static const char* const kNames[] = {"info", "low", "moderate", "high", "critical", "none"};
  for (int i = 0; i < 6; i++)
    if (s == kNames[i]) return i;
  return -1;
}

// node-semver's simplifyRange.
std::string SimplifyRange(const std::vector<std::string>& versions, const std::string& range) {
  std::vector<std::pair<std::string, std::string>> set;
  std::string first, prev;
  for (auto& v : versions) {
    if (semver::Satisfies(v, range, kLoosePre)) {
      prev = v;
      if (first.empty()) first = v;
    } else {
      if (!prev.empty()) set.push_back({first, prev});
      prev.clear();
      first.clear();
    }
  }
  if (!first.empty()) set.push_back({first, ""});
  std::string out;
  for (auto& [min, max] : set) {
    std::string r = min == max                                  ? min
                    : max.empty() && min == versions.front()    ? "*"
                    : max.empty()                               ? ">=" + min
                    : min == versions.front()                   ? "<=" + max
                                                                : min + " - " + max;
    out += (out.empty() ? "" : " || ") + r;
  }
  return out.size() < range.size() ? out : range;
}

// One advisory (from the registry) or metavuln (a package whose versions depend only on
// vulnerable versions of the advisory's package), as @npmcli/metavuln-calculator models them.
struct Advisory {
  std::string name, dependency;
  Json source = Json();  // the advisory id
  std::string title, url, severity, range;
  const Json* cwe = nullptr;
  const Json* cvss = nullptr;
  Json raw;  // the registry's advisory (owns cwe/cvss)
  std::vector<std::string> versions;  // the packument's, sorted
  const Packument* pack = nullptr;
  Advisory* src = nullptr;  // for a metavuln: the advisory it derives from
  std::map<std::string, bool> version_memo, spec_memo;

  bool metavuln() const { return name != dependency; }

  bool TestVersion(const std::string& v, const std::string& spec_in = "") {
    if (auto it = version_memo.find(v); it != version_memo.end()) return it->second;
    bool r = TestVersionUncached(v, spec_in);
    version_memo[v] = r;
    return r;
  }
  bool TestVersionUncached(const std::string& v, std::string spec) {
    if (!metavuln()) return semver::Satisfies(v, range, kLoosePre);
    const Json* mani = pack ? pack->Version(v) : nullptr;
    if (mani) {
      spec.clear();
      bool found = false;
      for (const char* field : {"dependencies", "optionalDependencies", "peerDependencies"}) {
        const Json* deps = mani->Get(field);
        const Json* s = deps && deps->IsObject() ? deps->Get(dependency) : nullptr;
        if (s && s->IsString()) {
          spec = s->str();
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    if (!semver::ValidRange(spec, kLoosePre)) return true;
    if (mani) {
      if (const Json* bd = mani->Get("bundleDependencies"); bd && bd->IsArray())
        for (auto& b : bd->items())
          if (b.IsString() && b.str() == src->name) return semver::Intersects(spec, src->range, kLoosePre).value_or(true);
    }
    return src->TestSpec(spec);
  }
  bool TestSpec(const std::string& spec) {
    if (auto it = spec_memo.find(spec); it != spec_memo.end()) return it->second;
    bool r = true;
    for (auto& v : versions)
      if (semver::Satisfies(v, spec, kLoosePre) && !TestVersion(v)) {
        r = false;
        break;
      }
    spec_memo[spec] = r;
    return r;
  }
  // A metavuln's range: runs of vulnerable versions (prereleases inside a run kept), simplified.
  void CalculateRange() {
    std::vector<std::string> vulnerable;
    for (auto& v : versions)
      if (TestVersion(v)) vulnerable.push_back(v);
    std::vector<std::string> ranges;
    for (size_t v = 0, vi = 0; v < versions.size(); v++) {
      std::vector<std::string> vr{versions[v]};
      while (v < versions.size()) {
        if (vi >= vulnerable.size() || versions[v] != vulnerable[vi]) {
          if (versions[v].find('-') != std::string::npos) {
            v++;
            continue;
          }
          break;
        }
        if (vr.size() > 1) vr[1] = versions[v];
        else vr.push_back(versions[v]);
        v++;
        vi++;
      }
      if (vr.size() > 1)
        ranges.push_back(vr[1] == versions.back() ? ">=" + vr[0] : vr[0] == vr[1] ? vr[0] : vr[0] + " - " + vr[1]);
    }
    std::string joined;
    for (auto& r : ranges) joined += (joined.empty() ? "" : " || ") + r;
    range = joined.empty() ? "<0.0.0-0" : SimplifyRange(versions, joined);
  }
};

struct Fix {
  enum Kind { kTrue, kFalse, kObject } kind = kTrue;
  std::string name, version;
  bool major = false;
  bool operator==(const Fix& o) const {
    return kind == o.kind && (kind != kObject || (name == o.name && version == o.version && major == o.major));
  }
};

struct Vuln {
  std::string name, severity;
  std::vector<Advisory*> advisories;
  std::set<Vuln*> via, effects;
  std::set<const Node*> nodes, top_nodes;
  Fix fix;

  void AddAdvisory(Advisory* a) {
    for (auto* x : advisories)
      if (x == a) return;
    advisories.push_back(a);
    if (SeverityRank(a->severity) > SeverityRank(severity)) severity = a->severity;
  }
  void SetFix(const Fix& f) {
    fix = f;
    for (Vuln* v : via) {
      if (v->fix == f) continue;
      if (f.kind == Fix::kFalse) v->SetFix(f);
      else if (v->fix.kind == Fix::kTrue) v->SetFix(f);
      else if (f.kind == Fix::kObject && (v->fix.kind != Fix::kObject || !v->fix.major)) v->SetFix(f);
    }
  }
  std::string Range() const {
    std::string r;
    for (auto* a : advisories) r += (r.empty() ? "" : " || ") + a->range;
    return advisories.empty() ? r : SimplifyRange(advisories[0]->versions, r);
  }
  bool TestSpec(const std::string& spec) const {
    std::string r;
    for (auto* a : advisories) r += (r.empty() ? "" : " || ") + a->range;
    for (auto& v : advisories[0]->versions)
      if (semver::Satisfies(v, spec) && !semver::Satisfies(v, r, kLoosePre)) return false;
    return true;
  }
};

struct Report {
  std::map<std::string, std::unique_ptr<Vuln>> vulns;
  std::vector<std::unique_ptr<Advisory>> owned;
  std::map<std::pair<std::string, Advisory*>, Advisory*> calc;
  Json tree_counts = Json::Object();
  size_t total_deps = 0;
};

bool IsTop(const Node* n) { return n->is_root || (n->parent == nullptr); }

bool ShouldAudit(const Node* n, const std::set<std::string>& omit) {
  if (n->version.empty() || n->is_root || n->is_link) return false;
  if ((n->dev && omit.count("dev")) || (n->optional && omit.count("optional")) ||
      (n->dev_optional && omit.count("dev") && omit.count("optional")) || (n->peer && omit.count("peer")))
    return false;
  return true;
}

std::vector<std::string> SortedVersions(const Packument* p) {
  std::vector<std::string> vs = p ? p->versions : std::vector<std::string>{};
  semver::Sort(vs, true);
  return vs;
}

Json ViaJson(const Advisory* a) {
  Json o = Json::Object();
  o.Set("source", a->source);
  o.Set("name", Json::String(a->name));
  o.Set("dependency", Json::String(a->dependency));
  o.Set("title", Json::String(a->title));
  o.Set("url", Json::String(a->url));
  o.Set("severity", Json::String(a->severity));
  if (a->cwe) o.Set("cwe", *a->cwe);
  if (a->cvss) o.Set("cvss", *a->cvss);
  o.Set("range", Json::String(a->range));
  return o;
}

Json FixJson(const Fix& f) {
  if (f.kind != Fix::kObject) return Json::Bool(f.kind == Fix::kTrue);
  Json o = Json::Object();
  o.Set("name", Json::String(f.name));
  o.Set("version", Json::String(f.version));
  o.Set("isSemVerMajor", Json::Bool(f.major));
  return o;
}

bool IsDirect(const Vuln& v, const std::map<const Node*, std::vector<std::pair<Node*, const Edge*>>>& in) {
  for (const Node* n : v.nodes)
    if (auto it = in.find(n); it != in.end())
      for (auto& [from, e] : it->second)
        if (from->is_root || from->link_inside || (!from->parent && !from->is_root)) return true;
  return false;
}

// Loads the lockfile's tree (npm audits the virtual tree: ENOLOCK without a lockfile).
bool LoadAuditTree(Context& ctx, Json* pkg, Tree* tree) {
  if (!LoadProject(ctx, pkg, false)) return false;
  std::string text;
  Json lock;
  JsonError je;
  bool have = false;
  for (const char* f : {"npm-shrinkwrap.json", "package-lock.json"})
    if (ReadFile(JoinPath(ctx.project_dir, f), &text)) {
      have = ParseJson(text, &lock, &je);
      break;
    }
  if (!have) {
    ReportError({"ENOLOCK", "audit This command requires an existing lockfile.\n"
                            "Try creating one first with: nodus i --package-lock-only\n"
                            "Original error: loadVirtual requires existing shrinkwrap file"});
    return false;
  }
  PmError err;
  if (!LoadLockfile(lock, tree, &err)) {
    ReportError(err);
    return false;
  }
  tree->root()->meta = RootManifest(ctx.project_dir, *pkg);
  tree->root()->pkg_name = pkg->GetString("name");
  tree->root()->version = pkg->GetString("version");
  tree->SetOverrides(pkg->Get("overrides"));
  tree->BuildAllEdges();
  tree->ResolveEdges();
  tree->ComputeFlags();
  return true;
}

std::set<std::string> OmitSet(const Context& ctx) {
  std::set<std::string> omit;
  for (auto& o : Split(ctx.config.Get("omit"), ','))
    if (!Trim(o).empty()) omit.insert(Trim(o));
  if (ctx.config.GetBool("production", false)) omit.insert("dev");
  for (auto& o : Split(ctx.config.Get("include"), ',')) omit.erase(Trim(o));
  return omit;
}

// Builds the report; false after reporting an error.
bool RunAudit(Context& ctx, Tree& tree, Report* rep) {
  std::set<std::string> omit = OmitSet(ctx);
  std::vector<Node*> nodes = tree.Nodes();
  // Dependency counts (npm counts the root as prod).
  size_t prod = 1, dev = 0, optional = 0, peer = 0, peer_optional = 0;
  for (Node* n : nodes) {
    bool p = true;
    if (n->dev) dev++, p = false;
    if (n->optional) optional++, p = false;
    if (n->peer) peer++, p = false;
    if (p) prod++;
  }
  Json deps = Json::Object();
  deps.Set("prod", Json::RawNumber(std::to_string(prod)));
  deps.Set("dev", Json::RawNumber(std::to_string(dev)));
  deps.Set("optional", Json::RawNumber(std::to_string(optional)));
  deps.Set("peer", Json::RawNumber(std::to_string(peer)));
  deps.Set("peerOptional", Json::RawNumber(std::to_string(peer_optional)));
  deps.Set("total", Json::RawNumber(std::to_string(nodes.size())));
  rep->tree_counts = deps;

  // The bulk body: {name: [versions]}.
  Json body = Json::Object();
  for (Node* n : nodes) {
    if (!ShouldAudit(n, omit)) continue;
    Json* list = body.GetMut(n->pkg_name);
    if (!list) list = &body.Set(n->pkg_name, Json::Array());
    bool seen = false;
    for (auto& v : list->items()) seen = seen || v.str() == n->version;
    if (!seen) list->items_mut().push_back(Json::String(n->version));
  }
  if (body.members().empty()) return true;
  std::string registry = WithSlash(ctx.config.Get("audit-registry", ctx.config.RegistryFor("")));
  HttpResponse resp;
  PmError err;
  std::string url = registry + "-/npm/v1/security/advisories/bulk";
  if (!RegistryRequest(ctx, "POST", url, SerializeJson(body, 0), &resp, &err)) {
    // npm: a warning with the error, the registry's body on stdout (--json: the error as an
    // object), then "audit endpoint returned an error" (no code).
    if (!ctx.silent) std::fprintf(stderr, "nodus warn audit %s\n", err.message.c_str());
    if (ctx.json) {
      Json o = Json::Object();
      o.Set("message", Json::String(err.message));
      o.Set("method", Json::String("POST"));
      o.Set("uri", Json::String(url));
      if (resp.status) o.Set("statusCode", Json::RawNumber(std::to_string(resp.status)));
      Json b;
      JsonError bje;
      o.Set("body", ParseJson(resp.body, &b, &bje) ? b : Json::String(resp.body));
      std::printf("%s\n", SerializeJson(o, 2).c_str());
    } else {
      // (npm prints the body parsed when it is JSON, as console.log shows an object.)
      Json b;
      JsonError bje;
      std::printf("%s\n", ParseJson(resp.body, &b, &bje) ? Inspect(b).c_str() : resp.body.c_str());
    }
    std::fflush(stdout);
    std::fprintf(stderr, "nodus error audit endpoint returned an error\n");
    return false;
  }
  Json res;
  JsonError je;
  if (!ParseJson(resp.body, &res, &je) || !res.IsObject()) {
    ReportError({"ENOAUDIT", "audit endpoint returned an invalid response"});
    return false;
  }

  // Incoming edges.
  std::map<const Node*, std::vector<std::pair<Node*, const Edge*>>> in;
  std::vector<Node*> all = nodes;
  all.insert(all.begin(), tree.root());
  for (Node* n : all)
    for (auto& e : n->edges)
      if (e.to) in[e.to].push_back({n, &e});
  std::map<std::string, std::vector<Node*>> by_name;
  for (Node* n : nodes) by_name[n->pkg_name].push_back(n);

  auto packument = [&](const std::string& name) -> const Packument* {
    PmError e;
    return ctx.registry->Get(name, &e);
  };
  std::vector<Advisory*> queue;
  for (auto& [name, list] : res.members()) {
    if (!list.IsArray()) continue;
    for (auto& a : list.items()) {
      auto adv = std::make_unique<Advisory>();
      adv->raw = a;
      adv->name = adv->dependency = name;
      if (const Json* id = a.Get("id")) adv->source = *id;
      adv->title = a.GetString("title");
      adv->url = a.GetString("url");
      adv->severity = a.GetString("severity", "high");
      adv->range = a.GetString("vulnerable_versions", "*");
      adv->cwe = adv->raw.Get("cwe");
      adv->cvss = adv->raw.Get("cvss");
      adv->pack = packument(name);
      adv->versions = SortedVersions(adv->pack);
      queue.push_back(adv.get());
      rep->owned.push_back(std::move(adv));
    }
  }
  auto calculate = [&](const std::string& name, Advisory* src) {
    auto key = std::make_pair(name, src);
    if (auto it = rep->calc.find(key); it != rep->calc.end()) return it->second;
    auto m = std::make_unique<Advisory>();
    m->name = name;
    m->dependency = src->name;
    m->source = src->source;
    m->title = "Depends on vulnerable versions of " + src->name;
    m->severity = src->severity;
    m->src = src;
    m->pack = packument(name);
    m->versions = SortedVersions(m->pack);
    m->CalculateRange();
    Advisory* p = m.get();
    rep->owned.push_back(std::move(m));
    rep->calc[key] = p;
    return p;
  };
  auto fix_available = [&](Vuln* v, const std::string& spec) -> Fix {
    if (!v->TestSpec(spec)) return {};
    if (!semver::ValidRange(spec, {true, false})) return {Fix::kFalse};
    const Packument* p = v->advisories[0]->pack;
    std::string range;
    for (auto* a : v->advisories) range += (range.empty() ? "" : " || ") + a->range;
    auto avoided = [&](const std::string& ver) { return semver::Satisfies(ver, range, kLoosePre); };
    // npm-pick-manifest with avoid + avoidStrict: the best match of the spec, else of ^that
    // version, else of *, that is not avoided.
    auto pick = [&](const std::string& want, bool avoid) -> std::string {
      if (!p) return "";
      std::string latest = p->Tag("latest");
      if (!latest.empty() && semver::Satisfies(latest, want, {true, false}) && !(avoid && avoided(latest))) return latest;
      std::vector<std::string> vs = v->advisories[0]->versions;
      for (auto it = vs.rbegin(); it != vs.rend(); ++it)
        if (semver::Satisfies(*it, want, {true, false}) && !(avoid && avoided(*it))) return *it;
      return "";
    };
    std::string first = pick(spec, false);
    if (first.empty()) return {Fix::kFalse};
    std::string caret = pick("^" + first, true);
    if (!caret.empty()) return {Fix::kObject, v->name, caret, false};
    std::string star = pick("*", true);
    if (!star.empty()) return {Fix::kObject, v->name, star, true};
    return {Fix::kFalse};
  };

  std::set<std::string> seen;
  for (size_t qi = 0; qi < queue.size(); qi++) {
    Advisory* adv = queue[qi];
    const std::string& name = adv->name;
    auto& slot = rep->vulns[name];
    if (!slot) {
      slot = std::make_unique<Vuln>();
      slot->name = name;
    }
    Vuln* vuln = slot.get();
    vuln->AddAdvisory(adv);
    std::string k = name + "@" + adv->range;
    if (!seen.count(k)) {
      for (Node* node : by_name[name]) {
        if (!ShouldAudit(node, omit) || !adv->TestVersion(node->version) || vuln->nodes.count(node)) continue;
        vuln->nodes.insert(node);
        for (auto& [from, edge] : in[node]) {
          if (IsTop(from)) {
            if (vuln->top_nodes.count(from)) continue;
            vuln->SetFix(fix_available(vuln, edge->spec));
            if (vuln->fix.kind != Fix::kTrue) vuln->top_nodes.insert(from);
          } else {
            Advisory* meta = calculate(from->pkg_name, adv);
            if (meta->TestVersion(from->version, edge->spec) &&
                std::find(queue.begin(), queue.end(), meta) == queue.end())
              queue.push_back(meta);
          }
        }
      }
      seen.insert(k);
    }
    if (vuln->nodes.empty()) {
      rep->vulns.erase(name);
      continue;
    }
    std::vector<Advisory*> keep;
    for (auto* a : vuln->advisories) {
      bool relevant = false;
      for (auto* n : vuln->nodes) relevant = relevant || a->TestVersion(n->version);
      if (relevant) keep.push_back(a);
    }
    if (keep.size() != vuln->advisories.size()) {
      vuln->advisories.clear();
      vuln->severity.clear();
      for (auto* a : keep) vuln->AddAdvisory(a);
    }
  }
  for (auto& [name, v] : rep->vulns)
    for (auto* a : v->advisories)
      if (a->metavuln())
        if (auto it = rep->vulns.find(a->dependency); it != rep->vulns.end()) {
          v->via.insert(it->second.get());
          it->second->effects.insert(v.get());
          v->SetFix(v->fix);
        }
  // isDirect needs the incoming edges: kept on the side.
  for (auto& [name, v] : rep->vulns) v->top_nodes.clear();
  for (auto& [name, v] : rep->vulns)
    if (IsDirect(*v, in)) v->top_nodes.insert(tree.root());
  return true;
}

Json ReportJson(const Report& rep) {
  Json out = Json::Object();
  out.Set("auditReportVersion", Json::RawNumber("2"));
  Json vulns = Json::Object();
  std::map<std::string, int> counts;
  for (auto& [name, v] : rep.vulns) {
    counts[v->severity]++;
    Json o = Json::Object();
    o.Set("name", Json::String(name));
    o.Set("severity", Json::String(v->severity));
    o.Set("isDirect", Json::Bool(!v->top_nodes.empty()));
    std::vector<std::pair<std::string, Json>> via;
    for (auto* a : v->advisories) {
      if (a->metavuln()) via.push_back({a->dependency, Json::String(a->dependency)});
      else via.push_back({a->source.IsString() ? a->source.str() : a->source.str(), ViaJson(a)});
    }
    std::stable_sort(via.begin(), via.end(), [](auto& x, auto& y) { return x.first < y.first; });
    Json va = Json::Array();
    for (auto& [k, j] : via) va.items_mut().push_back(j);
    o.Set("via", va);
    std::vector<std::string> effects;
    for (auto* e : v->effects) effects.push_back(e->name);
    std::sort(effects.begin(), effects.end());
    Json ea = Json::Array();
    for (auto& e : effects) ea.items_mut().push_back(Json::String(e));
    o.Set("effects", ea);
    o.Set("range", Json::String(v->Range()));
    std::vector<std::string> locs;
    for (auto* n : v->nodes) locs.push_back(n->Location());
    std::sort(locs.begin(), locs.end());
    Json na = Json::Array();
    for (auto& l : locs) na.items_mut().push_back(Json::String(l));
    o.Set("nodes", na);
    o.Set("fixAvailable", FixJson(v->fix));
    vulns.Set(name, o);
  }
  out.Set("vulnerabilities", vulns);
  Json meta = Json::Object();
  Json vc = Json::Object();
  for (const char* s : {"info", "low", "moderate", "high", "critical"})
    vc.Set(s, Json::RawNumber(std::to_string(counts[s])));
  vc.Set("total", Json::RawNumber(std::to_string(rep.vulns.size())));
  meta.Set("vulnerabilities", vc);
  meta.Set("dependencies", rep.tree_counts);
  out.Set("metadata", meta);
  return out;
}

// npm-audit-report's summary lines (the install reporter).
std::string Summary(const Report& rep) {
  if (rep.vulns.empty()) return "found 0 vulnerabilities";
  bool fixable = false, force = false, major = false, unfixable = false;
  std::map<std::string, int> counts;
  for (auto& [n, v] : rep.vulns) {
    counts[v->severity]++;
    fixable = fixable || v->fix.kind == Fix::kTrue;
    unfixable = unfixable || v->fix.kind == Fix::kFalse;
    if (v->fix.kind == Fix::kObject) {
      force = true;
      major = major || v->fix.major;
    }
  }
  std::vector<std::pair<std::string, int>> sevs;
  for (const char* s : {"low", "moderate", "high", "critical"})
    if (counts[s] > 0) sevs.push_back({s, counts[s]});
  std::string out;
  if (sevs.size() > 1) {
    out = std::to_string(rep.vulns.size()) + " vulnerabilities (";
    for (size_t i = 0; i < sevs.size(); i++)
      out += (i ? ", " : "") + std::to_string(sevs[i].second) + " " + sevs[i].first;
    out += ")";
  } else if (!sevs.empty()) {
    out = std::to_string(sevs[0].second) + " " + sevs[0].first + " severity vulnerabilit" +
          (sevs[0].second == 1 ? "y" : "ies");
  } else {
    out = std::to_string(counts["info"]) + " info severity vulnerabilit" + (counts["info"] == 1 ? "y" : "ies");
  }
  if (fixable)
    out += std::string("\n\nTo address ") + (force || unfixable ? "issues that do not require attention" : "all issues") +
           ", run:\n  nodus audit fix";
  if (force)
    out += std::string("\n\nTo address all issues") + (unfixable ? " possible" : "") +
           (major ? " (including breaking changes)" : "") + ", run:\n  nodus audit fix --force";
  if (unfixable) out += "\n\nSome issues need review, and may require choosing\na different dependency.";
  return out;
}

std::string PrintVuln(const Vuln* v, const Report& rep, std::set<const Vuln*>& printed, const std::string& indent) {
  if (printed.count(v)) return "";
  printed.insert(v);
  std::vector<std::string> out;
  out.push_back(v->name + "  " + v->Range());
  if (indent.empty() && v->severity != "low") out.push_back("Severity: " + v->severity);
  std::vector<std::pair<std::string, const Advisory*>> via;
  for (auto* a : v->advisories) via.push_back({a->metavuln() ? a->dependency : a->source.str(), a});
  std::stable_sort(via.begin(), via.end(), [](auto& x, auto& y) { return x.first < y.first; });
  for (auto& [k, a] : via) {
    if (a->metavuln()) out.push_back("Depends on vulnerable versions of " + a->dependency);
    else if (indent.empty()) out.push_back(a->title + " - " + a->url);
  }
  if (indent.empty()) {
    if (v->fix.kind == Fix::kFalse) out.push_back("No fix available");
    else if (v->fix.kind == Fix::kTrue) out.push_back("fix available via `nodus audit fix`");
    else {
      out.push_back("fix available via `nodus audit fix --force`");
      out.push_back("Will install " + v->fix.name + "@" + v->fix.version + ", which is " +
                    (v->fix.major ? "a breaking change" : "outside the stated dependency range"));
    }
  }
  std::vector<std::string> locs;
  for (auto* n : v->nodes) locs.push_back(n->Location());
  std::sort(locs.begin(), locs.end());
  for (auto& l : locs) out.push_back(l);
  std::vector<const Vuln*> effects(v->effects.begin(), v->effects.end());
  std::sort(effects.begin(), effects.end(), [](auto* a, auto* b) { return a->name < b->name; });
  for (auto* e : effects) {
    std::string s = PrintVuln(e, rep, printed, "  ");
    if (!s.empty())
      for (auto& l : Split(s, '\n')) out.push_back(l);
  }
  if (indent.empty()) out.push_back("");
  std::string r;
  for (size_t i = 0; i < out.size(); i++) r += (i ? "\n" : "") + indent + out[i];
  return r;
}

std::string DetailReport(const Report& rep) {
  std::string summary = Summary(rep);
  if (rep.vulns.empty()) return summary;
  std::vector<std::string> out{"# nodus audit report", ""};
  std::set<const Vuln*> printed;
  for (auto& [name, v] : rep.vulns) {
    bool top = false;
    for (auto* a : v->advisories) top = top || !a->metavuln();
    if (top) out.push_back(PrintVuln(v.get(), rep, printed, ""));
  }
  out.push_back(summary);
  std::string r;
  for (size_t i = 0; i < out.size(); i++) r += (i ? "\n" : "") + out[i];
  return r;
}

int ExitCode(const Report& rep, const std::string& level) {
  int want = SeverityRank(level.empty() ? "low" : level);
  for (auto& [n, v] : rep.vulns)
    if (SeverityRank(v->severity) >= want) return 1;
  return 0;
}

}  // namespace

int CmdAudit(Context& ctx, const Args& args) {
  ctx.config.Set("npm-command", "audit");
  std::string sub = args.positional.empty() ? "" : args.positional[0];
  if (!sub.empty() && sub != "fix")
    return ReportError({"EUSAGE", "Run a security audit\n\nUsage:\nnodus audit [fix]\n\n`audit " + sub +
                                      "` is not supported by nodus"});
  std::string level = ctx.config.Get("audit-level");
  if (!level.empty() && SeverityRank(level) < 0)
    return ReportError({"EUSAGE", "audit-level must be one of: info, low, moderate, high, critical, none"});
  Json pkg;
  Tree tree;
  if (!LoadAuditTree(ctx, &pkg, &tree)) return 1;
  Report rep;
  if (!RunAudit(ctx, tree, &rep)) return 1;
  if (sub == "fix") {
    // The packages whose fix lies within every range that asks for them: updated in place
    // (`update <names>`), then audited again.
    Args up;
    up.command = "update";
    up.flags = args.flags;
    for (auto& [name, v] : rep.vulns)
      if (v->fix.kind == Fix::kTrue) up.positional.push_back(name);
    if (!up.positional.empty()) {
      bool json = ctx.json;
      int rc = RunCommand(ctx, up);
      ctx.json = json;
      if (rc != 0) return rc;
    }
    // --force: the fixes outside the ranges too (npm-pick-manifest's picks above), installed
    // and saved as `add <name>@<version>` would (npm saves them with the save-prefix).
    std::map<std::string, Fix> forced;
    if (ctx.config.GetBool("force", false))
      for (auto& [name, v] : rep.vulns)
        if (v->fix.kind == Fix::kObject) forced[v->fix.name] = v->fix;
    if (!forced.empty()) {
      ctx.Warn("using --force Recommended protections disabled.");
      Args add;
      add.command = "add";
      add.flags = args.flags;
      add.flags.erase("force");
      for (auto& [name, f] : forced) {
        ctx.Warn("audit Updating " + name + " to " + f.version + ", which is " +
                 (f.major ? "a SemVer major change." : "outside your stated dependency range."));
        add.positional.push_back(name + "@" + f.version);
      }
      bool json = ctx.json;
      int rc = RunCommand(ctx, add);
      ctx.json = json;
      if (rc != 0) return rc;
    }
    if (up.positional.empty() && forced.empty() && !ctx.json)
      std::printf("\nup to date, audited %zu packages\n", tree.Nodes().size() + 1);
    Json pkg2;
    Tree tree2;
    if (!LoadAuditTree(ctx, &pkg2, &tree2)) return 1;
    Report after;
    if (!RunAudit(ctx, tree2, &after)) return 1;
    // npm: the report of what is left after the fix, and its exit code.
    std::string text = ctx.json ? SerializeJson(ReportJson(after), 2) : "\n" + DetailReport(after);
    std::printf("%s\n", text.c_str());
    return ExitCode(after, level);
  }
  std::string text = ctx.json ? SerializeJson(ReportJson(rep), 2) : DetailReport(rep);
  std::printf("%s\n", text.c_str());
  return ExitCode(rep, level);
}

}  // namespace nodus::pm

// `fund [pkg]` (no V8 here): the installed tree's `funding` fields as libnpmfund gathers them
// (each name@version once, packages without funding lifting their funded dependencies to their
// parent), printed as npm's archy tree grouped by URL, or --json; with a package, its funding
// URL(s) (printed: nodus opens no browser).
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>

#include "pm/commands.h"
#include "pm/fs_util.h"
#include "pm/semver.h"
#include "pm/tree.h"

namespace nodus::pm {

namespace {

Json NormalizeFunding(const Json& f) {
  auto item = [](const Json& x) {
    if (x.IsString()) {
      Json o = Json::Object();
      o.Set("url", x);
      return o;
    }
    return x;
  };
  if (f.IsArray()) {
    Json a = Json::Array();
    for (auto& x : f.items()) a.items_mut().push_back(item(x));
    return a;
  }
  return item(f);
}

bool ValidUrl(const std::string& u) {
  size_t p = u.find("://");
  if (p == std::string::npos) return false;
  std::string proto = u.substr(0, p);
  if (proto != "http" && proto != "https") return false;
  std::string rest = u.substr(p + 3);
  size_t end = rest.find_first_of("/?#");
  std::string host = rest.substr(0, end);
  return !host.empty() && host.find(' ') == std::string::npos;
}

bool ValidFunding(const Json* f) {
  if (!f || f->IsNull()) return false;
  if (f->IsArray()) {
    if (f->items().empty()) return true;
    for (auto& x : f->items())
      if (x.IsArray() || !ValidFunding(&x)) return false;
    return true;
  }
  if (f->IsString()) return ValidUrl(f->str());
  if (f->IsObject()) {
    const Json* u = f->Get("url");
    return u && u->IsString() && ValidUrl(u->str());
  }
  return false;
}

// A node's edges in arborist's order (peer, prod, optional, then dev for the root).
std::vector<const Edge*> OrderedEdges(const Node* n) {
  std::vector<const Edge*> out;
  std::set<std::string> seen;
  std::vector<const char*> fields = {"peerDependencies", "dependencies", "optionalDependencies"};
  if (n->is_root) fields.push_back("devDependencies");
  for (const char* f : fields) {
    const Json* deps = n->meta.Get(f);
    if (!deps || !deps->IsObject()) continue;
    for (auto& [name, spec] : deps->members()) {
      if (!seen.insert(name).second) continue;
      for (auto& e : n->edges)
        if (e.name == name) out.push_back(&e);
    }
  }
  return out;
}

struct Gather {
  std::set<std::string> seen;
  int count = 0;

  // {name: item} for the node's dependencies (items: version, funding, dependencies), the
  // dependencies of unfunded ones appended (libnpmfund's trailing dependencies).
  Json Deps(const Node* t) {
    Json res = Json::Object(), trailing = Json::Object();
    for (const Edge* e : OrderedEdges(t)) {
      const Node* node = e->to;
      if (!node) continue;
      std::string name = node->pkg_name.empty() ? node->name : node->pkg_name;
      if (!seen.insert(name + node->version).second) continue;
      Json item = Json::Object();
      if (!node->version.empty()) item.Set("version", Json::String(node->version));
      const Json* funding = node->meta.Get("funding");
      bool funded = ValidFunding(funding);
      if (funded) {
        item.Set("funding", NormalizeFunding(*funding));
        count++;
      }
      Json sub = node->edges.empty() ? Json::Object() : Deps(node);
      if (!sub.members().empty()) item.Set("dependencies", sub);
      if (funded) res.Set(name, item);
      else if (const Json* d = item.Get("dependencies"))
        for (auto& [k, v] : d->members()) trailing.Set(k, v);
    }
    for (auto& [k, v] : trailing.members()) res.Set(k, v);
    return res;
  }
};

// archy's layout (unicode or ASCII).
std::string Archy(const Json& obj, const std::string& prefix, bool unicode) {
  auto chr = [&](const char* u, const char* a) { return std::string(unicode ? u : a); };
  std::string label = obj.GetString("label");
  const Json* nodes = obj.Get("nodes");
  size_t n = nodes && nodes->IsArray() ? nodes->items().size() : 0;
  std::string splitter = "\n" + prefix + (n ? chr("│", "|") : " ") + " ";
  std::string out = prefix;
  auto lines = Split(label, '\n');
  for (size_t i = 0; i < lines.size(); i++) out += (i ? splitter : "") + lines[i];
  out += "\n";
  for (size_t i = 0; i < n; i++) {
    const Json& node = nodes->items()[i];
    bool last = i + 1 == n;
    const Json* sub = node.Get("nodes");
    bool more = sub && sub->IsArray() && !sub->items().empty();
    std::string p2 = prefix + (last ? " " : chr("│", "|")) + " ";
    std::string inner = Archy(node, p2, unicode);
    // archy's slice(prefix.length + 2): the child's prefix and two more characters dropped.
    size_t skip = prefix.size(), cols = 0;
    while (cols < 2 && skip < inner.size()) {
      unsigned char ch = static_cast<unsigned char>(inner[skip]);
      size_t len = ch < 0x80 ? 1 : (ch >> 5) == 6 ? 2 : (ch >> 4) == 14 ? 3 : 4;
      skip += len;
      cols++;
    }
    out += prefix + (last ? chr("└", "`") : chr("├", "+")) + chr("─", "-") + (more ? chr("┬", "-") : chr("─", "-")) +
           " " + inner.substr(skip);
  }
  return out;
}

std::string TrimEnds(const std::string& s) {
  size_t b = s.find_first_not_of(" \n\t"), e = s.find_last_not_of(" \n\t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

}  // namespace

int CmdFund(Context& ctx, const Args& args) {
  if (args.Flag("global")) return ReportError({"EFUNDGLOBAL", "`nodus fund` does not support global packages"});
  int which = 0;
  if (ctx.config.Has("which")) {
    which = std::atoi(ctx.config.Get("which").c_str());
    if (which < 1)
      return ReportError({"EFUNDNUMBER", "`nodus fund [<package-spec>] --which=fundingSourceNumber` must be given a "
                                         "positive integer"});
  }
  LoadedTree lt;
  if (!LoadForQuery(ctx, &lt)) return 1;
  const char* lc = getenv("LC_ALL");
  if (!lc || !*lc) lc = getenv("LC_CTYPE");
  if (!lc || !*lc) lc = getenv("LANG");
  std::string loc = lc ? lc : "";
  for (auto& ch : loc) ch = static_cast<char>(tolower(static_cast<unsigned char>(ch)));
  bool unicode = ctx.config.GetBool("unicode", loc.size() >= 4 && (loc.substr(loc.size() - 4) == "utf8" ||
                                                                   (loc.size() >= 5 && loc.substr(loc.size() - 5) == "utf-8")));
  if (!args.positional.empty()) {
    // The funding URL(s) of one installed package (the highest version of that name).
    const std::string& spec = args.positional[0];
    const Node* best = nullptr;
    for (Node* n : lt.tree.Nodes()) {
      if (n->pkg_name != spec && n->name != spec) continue;
      auto v = semver::Parse(n->version);
      if (!v) continue;
      if (!best || semver::Compare(*v, *semver::Parse(best->version)) > 0) best = n;
    }
    const Json* f = best ? best->meta.Get("funding") : nullptr;
    std::vector<Json> sources;
    if (f) {
      Json norm = NormalizeFunding(*f);
      if (norm.IsArray()) {
        for (auto& s : norm.items())
          if (ValidFunding(&s)) sources.push_back(s);
      } else if (ValidFunding(&norm)) {
        sources.push_back(norm);
      }
    }
    if (sources.empty()) return ReportError({"ENOFUND", "No valid funding method available for: " + spec});
    auto message = [](const Json& s) {
      std::string type = s.GetString("type");
      return (type.empty() ? std::string("Funding") : type + " funding") + " available at the following URL";
    };
    if (which > static_cast<int>(sources.size()) || (!which && sources.size() > 1)) {
      std::string out;
      if (which) out += "--which=" + std::to_string(which) + " is not a valid index\n";
      for (size_t i = 0; i < sources.size(); i++)
        out += std::to_string(i + 1) + ": " + message(sources[i]) + ": " + sources[i].GetString("url") + "\n";
      out += "Run `nodus fund [<package-spec>] --which=1`, for example, to open the first funding URL listed in that "
             "package\n";
      std::fputs(out.c_str(), stdout);
      return 0;
    }
    const Json& s = sources[which ? which - 1 : 0];
    if (ctx.json) {
      Json o = Json::Object();
      o.Set("title", Json::String(message(s)));
      o.Set("url", Json::String(s.GetString("url")));
      std::printf("%s\n", SerializeJson(o, 2).c_str());
    } else {
      std::printf("%s:\n%s\n", message(s).c_str(), s.GetString("url").c_str());
    }
    return 0;
  }
  Gather g;
  Json deps = g.Deps(lt.tree.root());
  Json info = Json::Object();
  info.Set("length", Json::RawNumber(std::to_string(g.count)));
  std::string root_name = lt.pkg.GetString("name");
  info.Set("name", Json::String(root_name.empty() ? lt.tree.root()->name : root_name));
  if (!lt.pkg.GetString("version").empty()) info.Set("version", Json::String(lt.pkg.GetString("version")));
  if (const Json* f = lt.pkg.Get("funding")) info.Set("funding", NormalizeFunding(*f));
  info.Set("dependencies", deps);
  if (ctx.json) {
    std::printf("%s\n", SerializeJson(info, 2).c_str());
    return 0;
  }
  // The human tree: one entry per funding URL (later packages with the same URL join its label).
  std::map<std::string, Json*> seen_urls;
  std::function<Json(const std::string&, const Json&, bool&)> visit = [&](const std::string& name, const Json& item,
                                                                          bool& keep) -> Json {
    std::string ref = name + (item.GetString("version").empty() ? "" : "@" + item.GetString("version"));
    std::string url;
    if (const Json* f = item.Get("funding")) {
      Json norm = NormalizeFunding(*f);
      if (norm.IsArray()) {
        for (auto& s : norm.items())
          if (ValidFunding(&s)) { url = s.GetString("url"); break; }
      } else if (ValidFunding(&norm)) {
        url = norm.GetString("url");
      }
    }
    Json node = Json::Object();
    keep = true;
    if (url.empty()) {
      node.Set("label", Json::String(ref));
    } else if (auto it = seen_urls.find(url); it != seen_urls.end()) {
      it->second->Set("label", Json::String(it->second->GetString("label") + ", " + ref));
      keep = false;
    } else {
      Json l = Json::Object();
      l.Set("label", Json::String(url));
      Json ln = Json::Array();
      Json leaf = Json::Object();
      leaf.Set("label", Json::String(ref));
      ln.items_mut().push_back(leaf);
      l.Set("nodes", ln);
      node.Set("label", Json::String(TrimEnds(Archy(l, "", unicode))));
    }
    return node;
  };
  // Depth-first, building children after the node's own visit (its label may still grow when
  // a later package shares its URL, so the tree is kept as pointers until printed).
  struct Item {
    Json node;
    std::vector<std::unique_ptr<Item>> kids;
  };
  std::function<std::unique_ptr<Item>(const std::string&, const Json&)> walk = [&](const std::string& name,
                                                                                  const Json& item) {
    bool keep = true;
    auto it = std::make_unique<Item>();
    it->node = visit(name, item, keep);
    Item* self = it.get();
    // Register the URL's owner so later duplicates can extend its label.
    if (keep && it->node.GetString("label").find('\n') != std::string::npos) {
      std::string url = it->node.GetString("label").substr(0, it->node.GetString("label").find('\n'));
      seen_urls[url] = &self->node;
    }
    if (const Json* d = item.Get("dependencies"))
      for (auto& [k, v] : d->members()) {
        auto child = walk(k, v);
        if (child) it->kids.push_back(std::move(child));
      }
    if (!keep) return std::unique_ptr<Item>();
    return it;
  };
  auto root = walk(info.GetString("name"), info);
  std::function<Json(const Item&)> build = [&](const Item& it) {
    Json o = it.node;
    Json kids = Json::Array();
    for (auto& k : it.kids) kids.items_mut().push_back(build(*k));
    o.Set("nodes", kids);
    return o;
  };
  std::printf("%s\n", Archy(build(*root), "", unicode).c_str());
  return 0;
}

}  // namespace nodus::pm

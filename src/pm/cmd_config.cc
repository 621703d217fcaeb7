// `config` (get/set/delete/list on .npmrc files) and `pkg` (get/set/delete on package.json with
// npm's dot/bracket paths) (no V8 here).
#include <cstdio>
#include <map>

#include "pm/commands.h"
#include "pm/fs_util.h"
#include "pm/npmrc.h"

namespace nodus::pm {

namespace {

// ---- pkg -------------------------------------------------------------------------------------

// "a.b[0].c" / "files[]" as segments; an index is "[n]" and an append "[]".
struct Seg {
  std::string key;
  bool index = false, append = false;
  size_t n = 0;
};

bool ParsePath(const std::string& path, std::vector<Seg>* out) {
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out->push_back({cur});
    cur.clear();
  };
  for (size_t i = 0; i < path.size(); i++) {
    char ch = path[i];
    if (ch == '.') { flush(); continue; }
    if (ch == '[') {
      flush();
      size_t end = path.find(']', i);
      if (end == std::string::npos) return false;
      std::string inner = path.substr(i + 1, end - i - 1);
      Seg s;
      if (inner.empty()) s.append = true;
      else if (inner.size() <= 9 && inner.find_first_not_of("0123456789") == std::string::npos) {
        s.index = true;
        s.n = std::stoul(inner);
      }
      else s.key = inner;  // ["key"] style without quotes handling
      out->push_back(s);
      i = end;
      continue;
    }
    cur += ch;
  }
  flush();
  return !out->empty();
}

const Json* GetPath(const Json& root, const std::vector<Seg>& segs) {
  const Json* cur = &root;
  for (auto& s : segs) {
    if (s.index || s.append) {
      if (!cur->IsArray() || s.append || s.n >= cur->items().size()) return nullptr;
      cur = &cur->items()[s.n];
    } else {
      if (!cur->IsObject()) return nullptr;
      cur = cur->Get(s.key);
      if (!cur) return nullptr;
    }
  }
  return cur;
}

bool SetPath(Json* root, const std::vector<Seg>& segs, Json value) {
  Json* cur = root;
  for (size_t i = 0; i < segs.size(); i++) {
    const Seg& s = segs[i];
    bool last = i + 1 == segs.size();
    bool next_is_array = !last && (segs[i + 1].index || segs[i + 1].append);
    Json fresh = last ? value : next_is_array ? Json::Array() : Json::Object();
    if (s.index || s.append) {
      if (!cur->IsArray()) *cur = Json::Array();
      auto& items = cur->items_mut();
      size_t n = s.append ? items.size() : s.n;
      if (n > items.size() + 65536) return false;  // no arrays of a billion nulls
      while (items.size() <= n) items.push_back(Json());
      if (last || items[n].IsNull()) items[n] = fresh;
      cur = &items[n];
    } else {
      if (!cur->IsObject()) *cur = Json::Object();
      Json* child = cur->GetMut(s.key);
      if (last || !child || !(child->IsObject() || child->IsArray())) child = &cur->Set(s.key, fresh);
      cur = child;
    }
  }
  return true;
}

bool DeletePath(Json* root, const std::vector<Seg>& segs) {
  Json* cur = root;
  for (size_t i = 0; i + 1 < segs.size(); i++) {
    const Seg& s = segs[i];
    if (s.index) {
      if (!cur->IsArray() || s.n >= cur->items().size()) return false;
      cur = &cur->items_mut()[s.n];
    } else if (!s.append) {
      if (!cur->IsObject() || !(cur = cur->GetMut(s.key))) return false;
    } else {
      return false;
    }
  }
  const Seg& s = segs.back();
  if (s.index) {
    if (!cur->IsArray() || s.n >= cur->items().size()) return false;
    cur->items_mut().erase(cur->items_mut().begin() + s.n);
    return true;
  }
  return cur->IsObject() && cur->Erase(s.key);
}

const char kPkgUsage[] =
    "\nManages your package.json\n\nUsage:\nnodus pkg set <key>=<value> [<key>=<value> ...]\n"
    "nodus pkg get [<key> [<key> ...]]\nnodus pkg delete <key> [<key> ...]\n"
    "nodus pkg set [<array>[<index>].<key>=<value> ...]\nnodus pkg set [<array>[].<key>=<value> ...]";

// ---- config ----------------------------------------------------------------------------------

// How npm prints a config value in `config list`: booleans, numbers and null bare, strings quoted.
std::string ListValue(const std::string& v) {
  if (v == "true" || v == "false" || v == "null") return v;
  if (!v.empty() && v.find_first_not_of("0123456789") == std::string::npos && v.size() < 16) return v;
  std::string out;
  AppendJsonString(&out, v);
  return out;
}

Json TypedValue(const std::string& v) {
  if (v == "true" || v == "false") return Json::Bool(v == "true");
  if (v == "null") return Json();
  if (!v.empty() && v.find_first_not_of("0123456789") == std::string::npos && v.size() < 16) return Json::RawNumber(v);
  return Json::String(v);
}

const char kConfigUsage[] =
    "\nManage the nodus configuration files\n\nUsage:\nnodus config set <key>=<value> [<key>=<value> ...]\n"
    "nodus config get [<key> [<key> ...]]\nnodus config delete <key> [<key> ...]\nnodus config list [--json]";

int ConfigList(Context& ctx, const std::string& user, const std::string& project) {
  struct Layer {
    const char* name;
    std::string path;
    Npmrc rc;
  };
  std::vector<Layer> layers{{"user", user, {}}, {"project", project, {}}};
  if (project == user) layers.pop_back();
  for (auto& l : layers) l.rc.Load(l.path);
  if (ctx.json) {
    Json out = Json::Object();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it)
      for (auto& line : it->rc.lines) {
        std::string k = Npmrc::KeyOf(line);
        if (k.empty() || out.Get(k)) continue;
        out.Set(k, IsProtected(k) ? Json::String("(protected)") : TypedValue(Npmrc::ValueOf(line)));
      }
    std::printf("%s\n", SerializeJson(out, 2).c_str());
    return 0;
  }
  std::string text;
  for (auto& l : layers) {
    std::vector<std::pair<std::string, std::string>> kv;
    for (auto& line : l.rc.lines) {
      std::string k = Npmrc::KeyOf(line);
      if (!k.empty()) kv.push_back({k, Npmrc::ValueOf(line)});
    }
    if (kv.empty()) continue;
    text += std::string("; \"") + l.name + "\" config from " + l.path + "\n\n";
    for (auto& [k, v] : kv) text += k + " = " + (IsProtected(k) ? "(protected)" : ListValue(v)) + "\n";
    text += "\n";
  }
  text += "; nodus local prefix = " + ctx.project_dir + "\n; cwd = " + ctx.cwd + "\n; HOME = " + HomeDir() + "\n";
  std::fputs(text.c_str(), stdout);
  return 0;
}

}  // namespace

int CmdPkg(Context& ctx, const Args& args) {
  std::string sub = args.positional.empty() ? "" : args.positional[0];
  std::vector<std::string> keys(args.positional.begin() + (sub.empty() ? 0 : 1), args.positional.end());
  if (sub != "get" && sub != "set" && sub != "delete") return ReportError({"EUSAGE", kPkgUsage});
  std::string path = JoinPath(ctx.project_dir, "package.json");
  Json pkg;
  PmError err;
  if (!ReadPackageJsonFile(path, &pkg, &err)) return ReportError(err);
  if (sub == "get") {
    Json out;
    // As npm (its query results are lists): a one-element array is shown as its element.
    auto shown = [](const Json& v) { return v.IsArray() && v.size() == 1 ? v.items()[0] : v; };
    if (keys.empty()) {
      out = pkg;
    } else if (keys.size() == 1) {
      std::vector<Seg> segs;
      const Json* v = ParsePath(keys[0], &segs) ? GetPath(pkg, segs) : nullptr;
      out = v ? shown(*v) : Json::Object();
    } else {
      out = Json::Object();
      for (auto& k : keys) {
        std::vector<Seg> segs;
        if (const Json* v = ParsePath(k, &segs) ? GetPath(pkg, segs) : nullptr) out.Set(k, shown(*v));
      }
    }
    std::printf("%s\n", SerializeJson(out, 2).c_str());
    return 0;
  }
  if (keys.empty())
    return ReportError({"EUSAGE", sub == "set" ? std::string("nodus pkg set expects a key=value pair of args.\n") + kPkgUsage
                                               : std::string("nodus pkg delete expects key args.\n") + kPkgUsage});
  bool as_json = ctx.config.GetBool("json", false);
  for (auto& k : keys) {
    std::vector<Seg> segs;
    if (sub == "set") {
      size_t eq = k.find('=');
      if (eq == std::string::npos || eq == 0)
        return ReportError({"EUSAGE", std::string("nodus pkg set expects a key=value pair of args.\n") + kPkgUsage});
      std::string key = k.substr(0, eq), value = k.substr(eq + 1);
      if (!ParsePath(key, &segs)) return ReportError({"EUSAGE", "invalid key: " + key});
      Json v = Json::String(value);
      if (as_json) {
        JsonError je;
        if (!ParseJson(value, &v, &je)) return ReportError({"EJSONPARSE", "Invalid JSON value for " + key + ": " + je.message});
      }
      if (!SetPath(&pkg, segs, std::move(v))) return ReportError({"EUSAGE", "index too large in " + key});
    } else {
      if (!ParsePath(k, &segs)) return ReportError({"EUSAGE", "invalid key: " + k});
      DeletePath(&pkg, segs);
    }
  }
  if (!WritePackageJsonFile(path, pkg)) return ReportError({"EACCES", "cannot write " + path});
  return 0;
}

int CmdConfig(Context& ctx, const Args& args) {
  std::string sub = args.positional.empty() ? "" : args.positional[0];
  std::vector<std::string> keys(args.positional.begin() + (sub.empty() ? 0 : 1), args.positional.end());
  std::string user = UserConfigPath(ctx), project = JoinPath(ctx.project_dir, ".npmrc");
  std::string location = ctx.config.Get("location", "user");
  if (args.Flag("global") || location == "global")
    return ReportError({"EUSAGE", "nodus reads no global config file: use --location=user or --location=project"});
  std::string file = location == "project" ? project : user;
  if (sub == "list" || sub == "ls" || (sub == "get" && keys.empty())) return ConfigList(ctx, user, project);
  if (sub == "get") {
    for (auto& k : keys)
      if (IsProtected(k)) return ReportError({"", "The " + k + " option is protected, and cannot be retrieved in this way"});
    // npm's defaults for the settings nodus reads.
    static const std::map<std::string, std::string> kDefaults = {
        {"registry", "https://registry.npmjs.org/"}, {"save-prefix", "^"}, {"save-exact", "false"},
        {"save", "true"}, {"tag", "latest"}, {"fetch-retries", "2"}, {"fetch-timeout", "300000"},
        {"strict-ssl", "true"}, {"ignore-scripts", "false"}, {"legacy-peer-deps", "false"},
        {"strict-peer-deps", "false"}, {"install-links", "false"}, {"package-lock", "true"},
        {"init-version", "1.0.0"}, {"init-license", "ISC"}, {"tag-version-prefix", "v"},
        {"git-tag-version", "true"}, {"sign-git-tag", "false"}, {"message", "%s"}, {"loglevel", "notice"},
        {"maxsockets", "15"}, {"omit", ""}, {"cache", JoinPath(HomeDir(), ".npm")}};
    auto value = [&](const std::string& k) {
      if (ctx.config.Has(k)) return ctx.config.Get(k);
      auto it = kDefaults.find(k);
      return it != kDefaults.end() ? it->second : std::string("undefined");
    };
    if (keys.size() == 1) std::printf("%s\n", value(keys[0]).c_str());
    else
      for (auto& k : keys) std::printf("%s=%s\n", k.c_str(), value(k).c_str());
    return 0;
  }
  if (sub == "set" || sub == "delete" || sub == "rm" || sub == "del") {
    if (keys.empty()) return ReportError({"EUSAGE", kConfigUsage});
    Npmrc rc;
    rc.Load(file);
    if (sub == "set") {
      // `set k=v ...` or `set k v ...`.
      for (size_t i = 0; i < keys.size(); i++) {
        std::string k = keys[i], v;
        size_t eq = k.find('=');
        if (eq != std::string::npos) {
          v = k.substr(eq + 1);
          k = k.substr(0, eq);
        } else if (i + 1 < keys.size()) {
          v = keys[++i];
        }
        if (k.empty()) return ReportError({"EUSAGE", kConfigUsage});
        rc.Set(k, v);
      }
    } else {
      for (auto& k : keys) rc.Delete(k);
    }
    if (!WriteFileAtomic(file, rc.Text(), 0600)) return ReportError({"EACCES", "cannot write " + file});
    return 0;
  }
  if (sub == "edit" || sub == "fix")
    return ReportError({"EUSAGE", "nodus config " + sub + " is not supported: edit " + file + " directly"});
  return ReportError({"EUSAGE", kConfigUsage});
}

}  // namespace nodus::pm

// `view`/`info`/`show`: registry metadata of a package, npm's field output (strings bare, other
// values as util.inspect prints them) and `--json` (no V8 here).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <ctime>

#include "pm/commands.h"
#include "pm/dep_spec.h"
#include "pm/fs_util.h"
#include "pm/package_spec.h"
#include "pm/semver.h"

namespace nodus::pm {

namespace {

bool IsIdentifier(const std::string& k) {
  if (k.empty() || isdigit((unsigned char)k[0])) return false;
  for (char ch : k)
    if (!isalnum((unsigned char)ch) && ch != '_') return false;
  return true;
}

std::string Quote(const std::string& s) {
  // util.inspect: single quotes, unless the string has some (then double quotes, or backticks).
  char q = '\'';
  if (s.find('\'') != std::string::npos) {
    if (s.find('"') == std::string::npos) q = '"';
    else if (s.find('`') == std::string::npos) q = '`';
  }
  std::string out(1, q);
  for (unsigned char ch : s) {
    if (ch == (unsigned char)q || ch == '\\') { out += '\\'; out += (char)ch; }
    else if (ch == '\n') out += "\\n";
    else if (ch == '\t') out += "\\t";
    else if (ch == '\r') out += "\\r";
    else if (ch == '\b') out += "\\b";
    else if (ch == '\f') out += "\\f";
    else if (ch < 0x20 || ch == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", ch);
      out += buf;
    } else {
      out += (char)ch;
    }
  }
  return out + (char)q;
}

// Display width of an inspected entry (UTF-8 code points; wide characters are rare here).
size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
  return n;
}

// util.inspect's grouping of arrays with more than six entries into aligned columns, as its
// output shows (breakLength 80, compact 3): columns from the entries' widths, each entry padded to
// its column's widest.
std::vector<std::string> GroupColumns(const std::vector<std::string>& parts, const Json& arr, int indent) {
  const size_t sep = 2;
  std::vector<size_t> widths;
  size_t total = 0, widest = 0;
  for (auto& p : parts) {
    widths.push_back(Width(p));
    total += widths.back() + sep;
    widest = std::max(widest, widths.back());
  }
  size_t col_width = widest + sep;
  if (!(col_width * 3 + indent < 80 && ((double)total / col_width > 5 || widest <= 6))) return parts;
  double bias = std::sqrt(col_width - (double)total / parts.size());
  double biased = std::max(col_width - 3 - bias, 1.0);
  size_t columns = std::min({(size_t)std::lround(std::sqrt(2.5 * biased * parts.size()) / biased),
                             (size_t)((80 - indent) / col_width), (size_t)12, (size_t)15});
  if (columns <= 1) return parts;
  std::vector<size_t> column_width;
  for (size_t c = 0; c < columns; c++) {
    size_t w = 0;
    for (size_t j = c; j < parts.size(); j += columns) w = std::max(w, widths[j]);
    column_width.push_back(w + sep);
  }
  bool numbers = true;
  for (auto& item : arr.items()) numbers &= item.IsNumber();
  std::vector<std::string> lines;
  for (size_t i = 0; i < parts.size(); i += columns) {
    size_t end = std::min(i + columns, parts.size());
    std::string line;
    for (size_t j = i; j < end; j++) {
      bool last = j + 1 == end;
      std::string cell = last ? parts[j] : parts[j] + ", ";
      size_t want = last ? (numbers ? column_width[j - i] - sep : 0) : column_width[j - i];
      size_t w = Width(cell);
      std::string pad = want > w ? std::string(want - w, ' ') : "";
      line += numbers ? pad + cell : cell + pad;
    }
    lines.push_back(line);
  }
  return lines;
}

// util.inspect of a JSON value as npm view calls it (depth 5, no array limit): a container goes
// on one line when it fits in 80 columns and holds nothing three or more levels deeper; else one
// entry (or one column group) per line, indented by two.
std::string Inspect(const Json& v, int indent, int depth, int* deepest) {
  switch (v.type()) {
    case Json::Type::kNull: return "null";
    case Json::Type::kBool: return v.boolean() ? "true" : "false";
    case Json::Type::kNumber: {
      std::string t = v.str();
      if (t.find_first_of(".eE") == std::string::npos) return t;
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.17g", v.number());
      for (int prec = 1; prec <= 17; prec++) {
        std::snprintf(buf, sizeof buf, "%.*g", prec, v.number());
        if (std::strtod(buf, nullptr) == v.number()) break;
      }
      return buf;
    }
    case Json::Type::kString: return Quote(v.str());
    default: break;
  }
  if (v.size() == 0) return v.IsArray() ? "[]" : "{}";
  if (depth > 5) return v.IsArray() ? "[Array]" : "[Object]";
  *deepest = depth;
  std::vector<std::string> parts;
  if (v.IsArray()) {
    for (auto& item : v.items()) parts.push_back(Inspect(item, indent + 2, depth + 1, deepest));
  } else {
    for (auto& [k, item] : v.members())
      parts.push_back((IsIdentifier(k) ? k : Quote(k)) + ": " + Inspect(item, indent + 2, depth + 1, deepest));
  }
  size_t entries = parts.size();
  if (v.IsArray() && parts.size() > 6) parts = GroupColumns(parts, v, indent);
  const char* open = v.IsArray() ? "[" : "{";
  const char* close = v.IsArray() ? "]" : "}";
  if (*deepest - depth < 3 && entries == parts.size()) {
    size_t total = 2 * parts.size() + indent + 11;
    bool newline = false;
    for (auto& p : parts) {
      total += Width(p);
      newline |= p.find('\n') != std::string::npos;
    }
    if (total <= 80 && !newline) {
      std::string out = std::string(open) + " ";
      for (size_t i = 0; i < parts.size(); i++) out += (i ? ", " : "") + parts[i];
      return out + " " + close;
    }
  }
  std::string pad(indent + 2, ' ');
  std::string out = std::string(open) + "\n";
  for (size_t i = 0; i < parts.size(); i++) out += pad + parts[i] + (i + 1 < parts.size() ? ",\n" : "\n");
  return out + std::string(indent, ' ') + close;
}


// npm shows people ({name, email, url}) as "name <email> (url)".
Json PersonString(const Json& p) {
  if (!p.IsObject()) return p;
  std::string s = p.GetString("name");
  if (p.Get("email")) s += " <" + p.GetString("email") + ">";
  if (p.Get("url")) s += " (" + p.GetString("url") + ")";
  return Json::String(s);
}

// npm view's cleanup of a field's value: arrays item by item, and a person object ({name} with
// email and/or url, or a trustedPublisher) becomes "name <email> (url)".
Json Cleanup(const Json& v) {
  if (v.IsArray()) {
    Json out = Json::Array();
    for (auto& item : v.items()) out.Push(Cleanup(item));
    return out;
  }
  if (!v.IsObject() || !v.Get("name") || v.size() > 3) return v;
  bool email = v.Get("email") != nullptr, url = v.Get("url") != nullptr;
  size_t n = v.size();
  if (n == 1 || (n == 3 && email && url) || (n == 2 && (email || url)) || v.Get("trustedPublisher"))
    return PersonString(v);
  return v;
}

void PeopleToStrings(Json* d) {
  for (const char* f : {"maintainers", "contributors", "author"}) {
    Json* v = d->GetMut(f);
    if (!v) continue;
    if (v->IsArray()) for (auto& p : v->items_mut()) p = PersonString(p);
    else *v = PersonString(*v);
  }
}

// The value at a dotted path ("dist.tarball", "dist-tags.next"); arrays map over their items.
const Json* Lookup(const Json& d, const std::string& field, Json* scratch) {
  const Json* cur = &d;
  std::vector<std::string> parts = Split(field, '.');
  for (size_t i = 0; i < parts.size(); i++) {
    if (cur->IsArray() && !parts[i].empty() && parts[i].size() <= 9 &&
        parts[i].find_first_not_of("0123456789") == std::string::npos) {
      size_t n = std::stoul(parts[i]);
      if (n >= cur->items().size()) return nullptr;
      cur = &cur->items()[n];
      continue;
    }
    if (cur->IsArray()) {
      // Each item's sub-field.
      Json arr = Json::Array();
      std::string rest;
      for (size_t j = i; j < parts.size(); j++) rest += (j > i ? "." : "") + parts[j];
      for (auto& item : cur->items()) {
        Json sub;
        if (const Json* x = Lookup(item, rest, &sub)) arr.Push(*x);
      }
      *scratch = arr;
      return scratch;
    }
    if (!cur->IsObject()) return nullptr;
    cur = cur->Get(parts[i]);
    if (!cur) return nullptr;
  }
  return cur;
}

// How long ago, in the words npm's summary uses (tiny-relative-date's English): seconds and
// minutes, hours within the same calendar day, then calendar days, weeks, months, years.
std::string Ago(const std::string& iso) {
  struct tm tm = {};
  if (!strptime(iso.c_str(), "%Y-%m-%dT%H:%M:%S", &tm)) return "";
  time_t then = timegm(&tm), now = std::time(nullptr);
  double secs = std::difftime(now, then);
  auto n = [](double v, const char* unit) { return std::to_string((long long)v) + " " + unit + " ago"; };
  if (secs < 0) return "just now";
  if (secs < 30) return "just now";
  if (secs < 60) return n(secs, "seconds");
  if (secs < 120) return "a minute ago";
  if (secs < 3600) return n(std::floor(secs / 60), "minutes");
  if (secs < 7200) return "an hour ago";
  struct tm a = {}, b = {};
  localtime_r(&then, &a);
  localtime_r(&now, &b);
  a.tm_hour = b.tm_hour = 12;
  a.tm_min = b.tm_min = a.tm_sec = b.tm_sec = 0;
  long days = std::lround(std::difftime(mktime(&b), mktime(&a)) / 86400);
  if (days <= 0) return n(std::floor(secs / 3600), "hours");
  if (days == 1) return "yesterday";
  if (days < 7) return n(days, "days");
  if (days < 14) return "a week ago";
  if (days < 30) return n(days / 7, "weeks");
  if (days < 60) return "a month ago";
  if (days < 365) return n(days / 30, "months");
  if (days < 730) return "a year ago";
  return "over a year ago";
}

// npm view's summary of one version: `doc` is the packument (dist-tags, keywords, maintainers,
// time), `m` the version's data (its manifest over the packument's fields).
void PrintSummary(const Json& doc, const Json& m, size_t nversions) {
  std::vector<std::string> lines{""};
  std::string license = "Proprietary";
  if (const Json* l = m.Get("license"); l && l->IsString() && !l->str().empty()) license = l->str();
  else if (l && l->IsObject() && !l->GetString("type").empty()) license = l->GetString("type");
  const Json* deps = m.Get("dependencies");
  size_t ndeps = deps && deps->IsObject() ? deps->size() : 0;
  lines.push_back(m.GetString("name") + "@" + m.GetString("version") + " | " + license + " | deps: " +
                  (ndeps ? std::to_string(ndeps) : "none") + " | versions: " + std::to_string(nversions));
  if (!m.GetString("description").empty()) lines.push_back(m.GetString("description"));
  std::string site = m.GetString("homepage");
  if (const Json* h = m.Get("homepage"); h && h->IsObject()) site = h->GetString("url");
  if (!site.empty()) lines.push_back(site);
  if (const Json* dep = m.Get("deprecated"); dep && dep->IsString() && !dep->str().empty()) {
    const char* lang = getenv("LC_ALL");
    if (!lang || !*lang) lang = getenv("LC_CTYPE");
    if (!lang || !*lang) lang = getenv("LANG");
    std::string l = ToLower(lang ? lang : "");
    bool unicode = EndsWith(l, "utf-8") || EndsWith(l, "utf8");
    lines.push_back(std::string("\nDEPRECATED") + (unicode ? " ⚠️ " : "!!") + " - " + dep->str());
  }
  auto joined = [](const std::vector<std::string>& items) {
    std::string out;
    for (auto& i : items) out += (out.empty() ? "" : ", ") + i;
    return out;
  };
  if (const Json* kw = doc.Get("keywords"); kw && kw->IsArray() && kw->size()) {
    std::vector<std::string> k;
    for (auto& x : kw->items()) k.push_back(x.IsString() ? x.str() : SerializeJson(x, 0));
    lines.push_back("\nkeywords: " + joined(k));
  }
  if (const Json* bin = m.Get("bin"); bin && bin->IsObject() && bin->size()) {
    std::vector<std::string> names;
    for (auto& [k, _] : bin->members()) names.push_back(k);
    lines.push_back("\nbin: " + joined(names));
  }
  const Json* dist = m.Get("dist");
  lines.push_back("\ndist");
  lines.push_back(".tarball: " + (dist ? dist->GetString("tarball", "undefined") : "undefined"));
  lines.push_back(".shasum: " + (dist ? dist->GetString("shasum", "undefined") : "undefined"));
  if (dist && !dist->GetString("integrity").empty()) lines.push_back(".integrity: " + dist->GetString("integrity"));
  if (const Json* size = dist ? dist->Get("unpackedSize") : nullptr; size && size->IsNumber() && size->number() > 0) {
    double n = size->number();
    char buf[64];
    if (n < 1000) std::snprintf(buf, sizeof buf, "%.0f B", n);
    else if (n < 1e6) std::snprintf(buf, sizeof buf, "%.1f kB", n / 1e3);
    else if (n < 1e9) std::snprintf(buf, sizeof buf, "%.1f MB", n / 1e6);
    else std::snprintf(buf, sizeof buf, "%.1f GB", n / 1e9);
    lines.push_back(std::string(".unpackedSize: ") + buf);
  }
  if (ndeps) {
    std::vector<std::string> list;
    for (auto& [k, v] : deps->members())
      if (list.size() < 24) list.push_back(k + ": " + (v.IsString() ? v.str() : SerializeJson(v, 0)));
    lines.push_back("\ndependencies:");
    lines.push_back(joined(list));
    if (ndeps > 24) lines.push_back("(...and " + std::to_string(ndeps - 24) + " more.)");
  }
  if (const Json* ms = doc.Get("maintainers"); ms && ms->IsArray() && ms->size()) {
    lines.push_back("\nmaintainers:");
    for (auto& p : ms->items()) {
      if (p.IsString()) { lines.push_back("- " + p.str()); continue; }
      std::string who = p.GetString("name");
      if (p.Get("email")) who += " <" + p.GetString("email") + ">";
      lines.push_back("- " + who);
    }
  }
  // dist-tags: latest first, then the most recently published, then by name (descending).
  const Json* time = doc.Get("time");
  auto published = [&](const std::string& version) -> double {
    const Json* t = time ? time->Get(version) : nullptr;
    struct tm tm = {};
    if (!t || !t->IsString() || !strptime(t->str().c_str(), "%Y-%m-%dT%H:%M:%S", &tm)) return 0;
    return (double)timegm(&tm);
  };
  std::vector<std::pair<std::string, std::string>> tags;
  if (const Json* dt = doc.Get("dist-tags"); dt && dt->IsObject())
    for (auto& [k, v] : dt->members()) tags.push_back({k, v.IsString() ? v.str() : ""});
  std::stable_sort(tags.begin(), tags.end(), [&](const auto& a, const auto& b) {
    double ta = a.first == "latest" ? INFINITY : published(a.second);
    double tb = b.first == "latest" ? INFINITY : published(b.second);
    if (ta == tb) return a.first > b.first;
    return ta > tb;
  });
  lines.push_back("\ndist-tags:");
  std::string tag_lines;
  for (size_t i = 0; i < tags.size() && i < 5; i++) tag_lines += (i ? "\n" : "") + tags[i].first + ": " + tags[i].second;
  lines.push_back(tag_lines);
  if (tags.size() > 5) lines.push_back("(...and " + std::to_string(tags.size() - 5) + " more.)");
  const Json* user = m.Get("_npmUser");
  if ((user && user->IsObject()) || time) {
    std::string info = "published";
    if (const Json* t = time ? time->Get(m.GetString("version")) : nullptr; t && t->IsString()) {
      std::string ago = Ago(t->str());
      if (!ago.empty()) info += " " + ago;
    }
    if (user && user->IsObject()) info += " by " + user->GetString("name") + " <" + user->GetString("email") + ">";
    lines.push_back("");
    lines.push_back(info);
  }
  std::string out;
  for (size_t i = 0; i < lines.size(); i++) out += (i ? "\n" : "") + lines[i];
  std::printf("%s\n", out.c_str());
}

}  // namespace

std::string Inspect(const Json& v) {
  int deepest = 0;
  return Inspect(v, 0, 0, &deepest);
}

int CmdView(Context& ctx, const Args& args) {
  std::string spec_arg = args.positional.empty() ? "." : args.positional[0];
  std::vector<std::string> fields(args.positional.size() > 1 ? args.positional.begin() + 1 : args.positional.end(),
                                  args.positional.end());
  std::string name, range;
  if (spec_arg == "." || spec_arg.empty()) {
    Json pkg;
    if (!LoadProject(ctx, &pkg, false)) return 1;
    name = pkg.GetString("name");
    if (name.empty()) return ReportError({"EUSAGE", "Usage: nodus view [<package-spec>] [<field>[.subfield]...]"});
  } else {
    std::string perr;
    if (!ParseInstallArg(spec_arg, ctx.cwd, &name, &range, &perr) || name.empty())
      return ReportError({"EUSAGE", "invalid package spec: " + spec_arg});
    DepSpec d = ParseDepSpec(name, range);
    if (d.kind != DepSpec::Kind::kRange && d.kind != DepSpec::Kind::kTag && !range.empty())
      return ReportError({"EUSAGE", "nodus view only reads registry packages: " + spec_arg});
    name = d.name.empty() ? name : d.name;
    if (!range.empty()) range = d.range;
  }
  std::string url = ctx.config.RegistryFor(name) + EscapeName(name);
  HttpRequest req;
  req.url = url;
  req.headers.push_back("Accept: application/json");
  AddRegistryHeaders(ctx.config, "view", &req);
  HttpResponse resp = ctx.registry->Fetch(req);
  if (resp.status == 0) return ReportError({"ENETWORK", "request to " + url + " failed: " + resp.error});
  if (resp.status == 404)
    return ReportError({"E404", "404 Not Found - GET " + url + " - Not found\n404\n404  The requested resource '" +
                                    name + "@" + (range.empty() ? "*" : range) +
                                    "' could not be found or you do not have permission to access it."});
  Json doc;
  JsonError je;
  if (resp.status != 200 || !ParseJson(resp.body, &doc, &je) || !doc.IsObject())
    return ReportError({"E" + std::to_string(resp.status), std::to_string(resp.status) + " - GET " + url});
  const Json* versions = doc.Get("versions");
  std::vector<std::string> all;
  if (versions && versions->IsObject())
    for (auto& [v, _] : versions->members()) all.push_back(v);
  semver::Sort(all, true);
  // Which versions: a tag (default `latest`), an exact version, or every version in a range.
  std::vector<std::string> picked;
  std::string want = range.empty() || range == "*" ? ctx.config.Get("tag", "latest") : range;
  const Json* tags = doc.Get("dist-tags");
  if (tags && tags->Get(want) && tags->Get(want)->IsString()) {
    picked.push_back(tags->GetString(want));
  } else {
    for (auto& v : all)
      if (v == want || semver::Satisfies(v, want, {true, false})) picked.push_back(v);
  }
  if (picked.empty() && want == "latest") return 0;  // npm: nothing to show, no error
  if (picked.empty())
    return ReportError({"E404", "404 No match found for version " + want + "\n404\n404  The requested resource '" +
                                    name + "@" + want + "' could not be found or you do not have permission to access it."});
  // Each version's data: the packument's fields (versions as a list) under the manifest's.
  Json base = doc;
  Json vlist = Json::Array();
  for (auto& v : all) vlist.Push(Json::String(v));
  base.Set("versions", vlist);
  base.Erase("readme");
  base.Erase("_attachments");
  bool want_readme = false;
  for (auto& f : fields) want_readme |= f == "readme" || StartsWith(f, "readme.");
  if (want_readme && doc.Get("readme")) base.Set("readme", *doc.Get("readme"));
  std::vector<Json> datas;
  for (auto& v : picked) {
    Json d = base;
    if (const Json* m = versions ? versions->Get(v) : nullptr; m && m->IsObject())
      for (auto& [k, val] : m->members()) {
        if (k == "readme" && !want_readme) continue;
        d.Set(k, val);
      }
    PeopleToStrings(&d);
    datas.push_back(std::move(d));
  }
  if (fields.empty()) {
    if (ctx.json) {
      if (datas.size() == 1) std::printf("%s\n", SerializeJson(datas[0], 2).c_str());
      else {
        Json arr = Json::Array();
        for (auto& d : datas) arr.Push(d);
        std::printf("%s\n", SerializeJson(arr, 2).c_str());
      }
      return 0;
    }
    for (auto& d : datas) PrintSummary(doc, d, all.size());
    return 0;
  }
  // Per version, the fields it has.
  struct Row {
    std::string id;
    std::vector<std::pair<std::string, Json>> values;
  };
  std::vector<Row> rows;
  std::string id = doc.GetString("_id", name);
  for (auto& d : datas) {
    Row row{id + "@" + d.GetString("version"), {}};
    for (auto& f : fields) {
      Json scratch;
      const Json* v = Lookup(d, f, &scratch);
      if (!v) continue;
      // Without --json a one-element array is shown as its element.
      if (!ctx.json && v->IsArray() && v->size() == 1) v = &v->items()[0];
      row.values.push_back({f, Cleanup(*v)});
    }
    if (!row.values.empty()) rows.push_back(std::move(row));
  }
  if (ctx.json) {
    // npm's unwrapping: the value itself when the first version has one field, and no array
    // around a single version.
    Json arr = Json::Array();
    bool single = !rows.empty() && rows[0].values.size() == 1;
    for (auto& row : rows) {
      if (single) {
        const Json* v = nullptr;
        for (auto& [f, val] : row.values)
          if (f == rows[0].values[0].first) v = &val;
        arr.Push(v ? *v : Json());
        continue;
      }
      Json o = Json::Object();
      for (auto& [f, val] : row.values) o.Set(f, val);
      arr.Push(o);
    }
    if (arr.size() == 0) return 0;
    std::printf("%s\n", SerializeJson(arr.size() == 1 ? arr.items()[0] : arr, 2).c_str());
    return 0;
  }
  std::string out;
  bool with_versions = rows.size() > 1, with_fields = false;
  for (auto& row : rows) {
    with_fields = with_fields || row.values.size() > 1;
    for (auto& [f, value] : row.values) {
      std::string text = with_versions || with_fields || !value.IsString() ? Inspect(value) : value.str();
      if (!out.empty()) out += "\n";
      out += (with_versions ? row.id + " " : "") + (with_fields ? f + " = " : "") + text;
    }
  }
  out = Trim(out);
  if (!out.empty()) std::printf("%s\n", out.c_str());
  return 0;
}

}  // namespace nodus::pm

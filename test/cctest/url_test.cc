// The WPT URL corpus (../shared/data/wpt/url/) against src/url: every parsing case of
// urltestdata.json, every setter case of setters_tests.json, every toascii.json host and the
// UTF-8 column of percent-encoding.json. No case is known to fail.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "fixture_json.h"
#include "url/url.h"

namespace {

using nodus::pm::testing::Json;
using nodus::pm::testing::JsonParser;
namespace url = nodus::url;

const Json& Wpt(const std::string& name) {
  static std::map<std::string, std::unique_ptr<Json>> cache;
  auto& slot = cache[name];
  if (!slot) {
    slot = std::make_unique<Json>();
    std::ifstream f(std::string(NODUS_SOURCE_DIR) + "/../shared/data/wpt/url/" + name);
    std::stringstream ss;
    ss << f.rdbuf();
    JsonParser(ss.str()).Parse(slot.get());
  }
  return *slot;
}

// The URL interface's getters, computed from the href and its component offsets the way
// lib/internal/url.js computes them.
struct View {
  std::string href, protocol, username, password, host, hostname, port, pathname, search, hash,
      origin;
};

View Get(const url::Url& u) {
  url::Components c;
  View v;
  v.href = u.Href(&c);
  const std::string& h = v.href;
  auto end_of_path = std::min<size_t>(c.search_start != c.kNone ? c.search_start : h.size(),
                                      c.hash_start != c.kNone ? c.hash_start : h.size());
  v.protocol = h.substr(0, c.protocol_end);
  v.username = h.substr(c.username_start, c.username_end - c.username_start);
  v.password = h.substr(c.password_start, c.password_end - c.password_start);
  v.hostname = h.substr(c.host_start, c.host_end - c.host_start);
  v.port = c.port == c.kNone ? "" : std::to_string(c.port);
  v.host = v.hostname + (v.port.empty() ? "" : ":" + v.port);
  v.pathname = h.substr(c.pathname_start, end_of_path - c.pathname_start);
  if (c.search_start != c.kNone) {
    size_t e = c.hash_start != c.kNone ? c.hash_start : h.size();
    v.search = e - c.search_start > 1 ? h.substr(c.search_start, e - c.search_start) : "";
  }
  if (c.hash_start != c.kNone && h.size() - c.hash_start > 1) v.hash = h.substr(c.hash_start);
  v.origin = u.Origin();
  return v;
}

std::string Field(const View& v, std::string_view k) {
  if (k == "href") return v.href;
  if (k == "protocol") return v.protocol;
  if (k == "username") return v.username;
  if (k == "password") return v.password;
  if (k == "host") return v.host;
  if (k == "hostname") return v.hostname;
  if (k == "port") return v.port;
  if (k == "pathname") return v.pathname;
  if (k == "search") return v.search;
  if (k == "hash") return v.hash;
  if (k == "origin") return v.origin;
  return "<unknown field>";
}

TEST(UrlWpt, UrlTestData) {
  const Json& doc = Wpt("urltestdata.json");
  ASSERT_EQ(doc.kind, Json::kArr);
  int cases = 0, failed = 0;
  for (const Json& t : doc.arr) {
    if (t.kind != Json::kObj) continue;
    cases++;
    std::string input = t["input"].s;
    std::optional<url::Url> u;
    if (t["base"].IsNull()) {
      u = url::Parse(input);
    } else {
      u = url::Parse(input, std::string_view(t["base"].s));
    }
    if (t["failure"].b) {
      if (u) {
        failed++;
        ADD_FAILURE() << "expected failure: " << input << " -> " << u->Href();
      }
      continue;
    }
    if (!u) {
      failed++;
      ADD_FAILURE() << "unexpected failure: " << input << " base " << t["base"].s;
      continue;
    }
    View v = Get(*u);
    for (const char* k : {"href", "protocol", "username", "password", "host", "hostname", "port",
                          "pathname", "search", "hash", "origin"}) {
      const Json& want = t[k];
      if (want.kind != Json::kStr) continue;
      if (Field(v, k) != want.s) {
        failed++;
        ADD_FAILURE() << input << " (base " << t["base"].s << "): " << k << " is "
                      << Field(v, k) << ", want " << want.s;
        break;
      }
    }
    // The serialisation parses back to itself.
    auto again = url::Parse(v.href);
    if (!again || again->Href() != v.href) {
      failed++;
      ADD_FAILURE() << "not idempotent: " << v.href;
    }
  }
  std::printf("urltestdata.json: %d cases, %d failed\n", cases, failed);
  EXPECT_GT(cases, 800);
}

TEST(UrlWpt, Setters) {
  const Json& doc = Wpt("setters_tests.json");
  ASSERT_EQ(doc.kind, Json::kObj);
  int cases = 0, failed = 0;
  for (const auto& [attr, list] : doc.obj) {
    if (attr == "comment") continue;
    for (const Json& t : list.arr) {
      cases++;
      auto u = url::Parse(t["href"].s);
      if (!u) {
        failed++;
        ADD_FAILURE() << "base href does not parse: " << t["href"].s;
        continue;
      }
      const std::string& value = t["new_value"].s;
      if (attr == "href") u->SetHref(value);
      else if (attr == "protocol") u->SetProtocol(value);
      else if (attr == "username") u->SetUsername(value);
      else if (attr == "password") u->SetPassword(value);
      else if (attr == "host") u->SetHost(value);
      else if (attr == "hostname") u->SetHostname(value);
      else if (attr == "port") u->SetPort(value);
      else if (attr == "pathname") u->SetPathname(value);
      else if (attr == "search") u->SetSearch(value);
      else if (attr == "hash") u->SetHash(value);
      View v = Get(*u);
      for (const auto& [k, want] : t["expected"].obj) {
        if (Field(v, k) != want.s) {
          failed++;
          ADD_FAILURE() << attr << " = '" << value << "' on " << t["href"].s << ": " << k
                        << " is " << Field(v, k) << ", want " << want.s;
          break;
        }
      }
      auto again = url::Parse(v.href);
      if (!again || again->Href() != v.href) {
        failed++;
        ADD_FAILURE() << "setter result not idempotent: " << v.href;
      }
    }
  }
  std::printf("setters_tests.json: %d cases, %d failed\n", cases, failed);
  EXPECT_GT(cases, 200);
}

TEST(UrlWpt, ToAscii) {
  const Json& doc = Wpt("toascii.json");
  int cases = 0, failed = 0;
  for (const Json& t : doc.arr) {
    if (t.kind != Json::kObj) continue;
    cases++;
    const std::string& input = t["input"].s;
    // As toascii.window.js: through the parser, and through the host and hostname setters.
    auto u = url::Parse("https://" + input + "/x");
    auto setter = url::Parse("https://x/x");
    auto setter2 = url::Parse("https://x/x");
    setter->SetHost(input);
    setter2->SetHostname(input);
    if (t["output"].IsNull()) {
      if (u || setter->host != "x" || setter2->host != "x") {
        failed++;
        ADD_FAILURE() << "expected failure: " << input;
      }
    } else {
      const std::string& want = t["output"].s;
      if (!u || *u->host != want || *setter->host != want || *setter2->host != want) {
        failed++;
        ADD_FAILURE() << input << " -> " << (u ? *u->host : "failure") << ", want " << want;
      }
    }
  }
  std::printf("toascii.json: %d cases, %d failed\n", cases, failed);
  EXPECT_GT(cases, 80);
}

TEST(UrlWpt, PercentEncoding) {
  const Json& doc = Wpt("percent-encoding.json");
  int cases = 0, failed = 0;
  for (const Json& t : doc.arr) {
    if (t.kind != Json::kObj) continue;
    const Json& want = t["output"]["utf-8"];
    if (want.kind != Json::kStr) continue;
    cases++;
    const std::string& input = t["input"].s;
    auto u = url::Parse("https://doesnotmatter.invalid/?" + input + "#" + input);
    if (!u || "?" + *u->query != "?" + want.s || *u->fragment != want.s) {
      failed++;
      ADD_FAILURE() << "percent-encoding of " << input;
    }
  }
  std::printf("percent-encoding.json: %d cases, %d failed\n", cases, failed);
  EXPECT_GT(cases, 5);
}

bool SameComponents(const url::Components& a, const url::Components& b) {
  return a.protocol_end == b.protocol_end && a.username_start == b.username_start &&
         a.username_end == b.username_end && a.password_start == b.password_start &&
         a.password_end == b.password_end && a.host_start == b.host_start &&
         a.host_end == b.host_end && a.port == b.port && a.pathname_start == b.pathname_start &&
         a.search_start == b.search_start && a.hash_start == b.hash_start &&
         a.has_host == b.has_host && a.opaque_path == b.opaque_path;
}

// The fast path (which Parse takes first when there is no base) agrees with the full state
// machine wherever it applies.
TEST(Url, FastHrefMatchesParser) {
  std::vector<std::string> inputs = {
      "http://a/", "HTTPS://Example.COM:443/x?y#z", "http://x.com:8080", "ws://h:80/p",
      "ftp://f/a/b/", "http://a/b/../c", "http://a/%2e/", "http://a:/", "http://a:0080/",
      "http://1.2.3.4/", "http://a.0x1/", "http://xn--a.com/", "http://a/?'", "http://a/#`",
      "https://www.google.com/search?q=node.js+url+parser&oq=node#frag"};
  for (const Json& t : Wpt("urltestdata.json").arr) {
    if (t.kind == Json::kObj && t["base"].IsNull()) inputs.push_back(t["input"].s);
  }
  int fast = 0;
  for (const auto& in : inputs) {
    std::string href;
    url::Components c;
    if (!url::FastHref(in, &href, &c)) continue;
    fast++;
    // A base of another scheme takes the full state machine without changing the result.
    auto u = url::Parse(in, std::string_view("sc://unrelated/"));
    ASSERT_TRUE(u) << in;
    url::Components want;
    EXPECT_EQ(href, u->Href(&want)) << in;
    EXPECT_TRUE(SameComponents(c, want)) << in;
  }
  EXPECT_GT(fast, 10);
}

TEST(Url, Basics) {
  auto u = url::Parse("HTTP://User:Pa ss@EXAMPLE.com:80/a/../b/./c?q=1 2#f g");
  ASSERT_TRUE(u);
  EXPECT_EQ(u->Href(), "http://User:Pa%20ss@example.com/b/c?q=1%202#f%20g");
  EXPECT_EQ(u->Origin(), "http://example.com");
  EXPECT_FALSE(url::Parse("http://[::1"));
  EXPECT_EQ(url::Parse("http://0x7f.1/")->Href(), "http://127.0.0.1/");
  EXPECT_EQ(url::Parse("http://[0:0:0:0:0:ffff:1.2.3.4]/")->Href(),
            "http://[::ffff:102:304]/");
  EXPECT_EQ(url::DomainToUnicode("xn--mnchen-3ya.de"), "m\xC3\xBCnchen.de");
  EXPECT_EQ(*url::DomainToAscii("M\xC3\xBCnchen.de"), "xn--mnchen-3ya.de");
  // Invalid UTF-8 reads as U+FFFD.
  EXPECT_EQ(url::Parse("http://a/\xFF")->Href(), "http://a/%EF%BF%BD");
  EXPECT_FALSE(url::Parse("http://\xFF/"));
}

}  // namespace

// Unit tests for the package manager's JSON reader/writer and .npmrc config.
#include <gtest/gtest.h>

#include "pm/config.h"
#include "pm/json.h"

using nodus::pm::Config;
using nodus::pm::Json;
using nodus::pm::JsonError;
using nodus::pm::ParseJson;
using nodus::pm::ParsePackument;
using nodus::pm::RawVersion;
using nodus::pm::SerializeJson;

TEST(PmJson, KeepsKeyOrderAndRoundTrips) {
  const char* text = "{\n  \"z\": 1,\n  \"a\": [true, false, null],\n  \"m\": {\"x\": \"y\\n\\u00e9\"},\n  \"n\": -1.5e3\n}";
  Json j;
  JsonError e;
  ASSERT_TRUE(ParseJson(text, &j, &e)) << e.message;
  ASSERT_EQ(j.members().size(), 4u);
  EXPECT_EQ(j.members()[0].first, "z");
  EXPECT_EQ(j.members()[1].first, "a");
  EXPECT_EQ(j.Get("m")->GetString("x"), "y\n\xc3\xa9");
  EXPECT_EQ(j.Get("n")->str(), "-1.5e3");  // numbers keep their source text
  EXPECT_EQ(SerializeJson(j, 0), "{\"z\":1,\"a\":[true,false,null],\"m\":{\"x\":\"y\\n\xc3\xa9\"},\"n\":-1.5e3}");
  EXPECT_EQ(SerializeJson(Json::Object(), 2), "{}");
}

TEST(PmJson, PrettyPrintsLikeJsonStringify) {
  Json j = Json::Object();
  j.Set("name", Json::String("x"));
  Json deps = Json::Object();
  deps.Set("a", Json::String("^1.0.0"));
  j.Set("dependencies", deps);
  j.Set("files", Json::Array());
  EXPECT_EQ(SerializeJson(j, 2), "{\n  \"name\": \"x\",\n  \"dependencies\": {\n    \"a\": \"^1.0.0\"\n  },\n  \"files\": []\n}");
}

TEST(PmJson, ErrorsCarryLineAndColumn) {
  Json j;
  JsonError e;
  EXPECT_FALSE(ParseJson("{\"name\": \"x\",\n  \"version\": 1.0.0}", &j, &e));
  EXPECT_EQ(e.line, 2u);
  EXPECT_EQ(e.column, 17u);
  EXPECT_FALSE(ParseJson("{\"a\": 1,}", &j, &e));
  EXPECT_EQ(e.line, 1u);
  EXPECT_EQ(e.column, 9u);
  EXPECT_FALSE(ParseJson("[1, 2", &j, &e));
  EXPECT_NE(e.message.find("end of input"), std::string::npos);
  EXPECT_FALSE(ParseJson("\"\\x\"", &j, &e));
  EXPECT_FALSE(ParseJson("01", &j, &e));
  EXPECT_FALSE(ParseJson("", &j, &e));
}

TEST(PmJson, SurrogatePairsDecodeToUtf8) {
  Json j;
  JsonError e;
  ASSERT_TRUE(ParseJson("\"\\ud83d\\ude00\"", &j, &e));
  EXPECT_EQ(j.str(), "\xf0\x9f\x98\x80");
}

// Strings are scanned 16 bytes at a time: a quote, backslash or control character is found at
// every offset of a block and across blocks, and bytes >= 0x80 are plain.
TEST(PmJson, LongStringsStopAtEveryOffset) {
  for (size_t at = 0; at < 40; at++) {
    std::string body(at, 'a');
    body += "\\n\xc3\xa9";  // an escape, then UTF-8
    body += std::string(37 - at % 7, 'b');
    Json j;
    JsonError e;
    ASSERT_TRUE(ParseJson("[\"" + body + "\", 1]", &j, &e)) << at << ": " << e.message;
    EXPECT_EQ(j.items()[0].str(), std::string(at, 'a') + "\n\xc3\xa9" + std::string(37 - at % 7, 'b'));
    EXPECT_EQ(j.items()[1].str(), "1");
    std::string bad = "[\"" + std::string(at, 'a') + "\t" + std::string(20, 'c') + "\"]";
    ASSERT_FALSE(ParseJson(bad, &j, &e));
    EXPECT_EQ(e.column, at + 3) << at;
    EXPECT_NE(e.message.find("control character"), std::string::npos);
    std::string open = "\"" + std::string(at, 'a');
    ASSERT_FALSE(ParseJson(open, &j, &e));
    EXPECT_NE(e.message.find("Unterminated string"), std::string::npos);
  }
}

TEST(PmJson, DuplicateKeysLastWins) {
  Json j;
  JsonError e;
  ASSERT_TRUE(ParseJson("{\"a\":1,\"a\":2}", &j, &e));
  EXPECT_EQ(j.members().size(), 1u);
  EXPECT_EQ(j.Get("a")->str(), "2");
}

TEST(PmJson, PackumentKeepsVersionsAsText) {
  const char* text =
      "\xEF\xBB\xBF{\"name\": \"p\", \"dist-tags\": {\"latest\": \"1.1.0\"},\n"
      " \"versions\": {\"1.0.0\": {\"deprecated\": \"old\", \"dist\": {\"x\": [1, {\"y\": null}]}},\n"
      "  \"1.1.0\": {\"deprecated\": \"x\", \"n\": -2e5, \"deprecated\": false},\n"
      "  \"1.0.0\": {\"name\": \"p\", \"s\": \"\\u00e9\\\"\"}, \"2.0.0\": 7},\n"
      " \"modified\": \"t\"}";
  Json rest;
  std::vector<RawVersion> vs;
  JsonError e;
  ASSERT_TRUE(ParsePackument(text, &rest, &vs, &e)) << e.message;
  EXPECT_EQ(SerializeJson(rest, 0), "{\"name\":\"p\",\"dist-tags\":{\"latest\":\"1.1.0\"},\"modified\":\"t\"}");
  ASSERT_EQ(vs.size(), 3u);
  // A duplicate version keeps the first one's place and the last one's text.
  EXPECT_EQ(vs[0].version, "1.0.0");
  EXPECT_EQ(vs[0].text, "{\"name\": \"p\", \"s\": \"\\u00e9\\\"\"}");
  EXPECT_TRUE(vs[0].deprecated.IsNull());
  EXPECT_EQ(vs[1].version, "1.1.0");
  EXPECT_TRUE(vs[1].deprecated.IsBool());
  EXPECT_EQ(vs[2].text, "7");
  Json m;
  ASSERT_TRUE(ParseJson(vs[0].text, &m, &e));
  EXPECT_EQ(m.GetString("s"), "\xc3\xa9\"");
}

TEST(PmJson, PackumentErrorsMatchParseJson) {
  // Errors inside the versions (which are only scanned) are reported as ParseJson reports them.
  for (const char* bad : {"{\"versions\": {\"1.0.0\": {\"a\": [1,]}}}", "{\"versions\": {\"1\": {\"a\": \"\\q\"}}}",
                          "{\"versions\": {\"1\": {\"a\": 01}}}", "{\"versions\": {\"1\": tru}}",
                          "{\"versions\": {\"1\": {\"a\": \"x\n\"}}}", "{\"versions\": {\"1\": {}}} x",
                          "{\"versions\": {\"1\": {\"a\" 1}}}", "{\"versions\": {\"1\": {\"a\": 1}"}) {
    Json a, b;
    std::vector<RawVersion> vs;
    JsonError ea, eb;
    EXPECT_FALSE(ParseJson(bad, &a, &ea)) << bad;
    EXPECT_FALSE(ParsePackument(bad, &b, &vs, &eb)) << bad;
    EXPECT_EQ(ea.message, eb.message) << bad;
    EXPECT_EQ(ea.line, eb.line) << bad;
    EXPECT_EQ(ea.column, eb.column) << bad;
  }
  // Not an object, or "versions" not an object: the plain document.
  Json rest;
  std::vector<RawVersion> vs;
  JsonError e;
  ASSERT_TRUE(ParsePackument("[1]", &rest, &vs, &e));
  EXPECT_TRUE(rest.IsArray());
  ASSERT_TRUE(ParsePackument("{\"versions\": {\"1\": {}}, \"versions\": null}", &rest, &vs, &e));
  EXPECT_TRUE(vs.empty());
  EXPECT_TRUE(rest.Get("versions")->IsNull());
}

TEST(PmConfig, NpmrcScopesTokensAndEnv) {
  setenv("PM_TEST_TOKEN", "tok123", 1);
  Config c;
  c.ParseNpmrc(
      "; comment\n# another\nregistry = https://r.example/npm\n@corp:registry=https://corp.example/\n"
      "//corp.example/:_authToken=${PM_TEST_TOKEN}\n//r.example/npm/:_authToken=\"abc\"\nstrict-ssl=false\n");
  EXPECT_EQ(c.RegistryFor("left-pad"), "https://r.example/npm/");
  EXPECT_EQ(c.RegistryFor("@corp/x"), "https://corp.example/");
  EXPECT_EQ(c.RegistryFor("@other/x"), "https://r.example/npm/");
  EXPECT_EQ(c.AuthFor("https://corp.example/@corp%2fx"), "Bearer tok123");
  EXPECT_EQ(c.AuthFor("https://r.example/npm/left-pad"), "Bearer abc");
  EXPECT_EQ(c.AuthFor("https://elsewhere.example/x"), "");
  EXPECT_FALSE(c.GetBool("strict-ssl", true));
}

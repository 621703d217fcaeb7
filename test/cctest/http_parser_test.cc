// src/http/parser against Node 22's own parser (test/fixtures/http_parser/cases.json, made by
// gen.js): every case parsed whole, at every split point in two pieces and one byte at a time,
// must give Node's events; then the smuggling vectors, limits, pause and callback errors by name.
#include "http/parser.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fixture_json.h"

namespace {

using nodus::pm::testing::Json;
using nodus::pm::testing::JsonParser;
namespace http = nodus::http;
using http::Errno;
using http::Parser;

// The fixture's strings are UTF-8 of Latin-1 text: back to bytes.
std::string Latin1(const std::string& utf8) {
  std::string out;
  for (size_t i = 0; i < utf8.size(); i++) {
    unsigned char c = utf8[i];
    if (c >= 0xc0 && i + 1 < utf8.size()) {
      out += static_cast<char>(((c & 0x1f) << 6) | (utf8[++i] & 0x3f));
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string Quote(const std::string& s) {
  std::string o = "\"";
  for (unsigned char c : s) {
    if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
      char b[8];
      std::snprintf(b, sizeof b, "\\x%02x", c);
      o += b;
    } else {
      o += static_cast<char>(c);
    }
  }
  return o + "\"";
}

// One event of the fixture, written the way Recorder writes its own.
std::string Show(const Json& j) {
  switch (j.kind) {
    case Json::kNull: return "null";
    case Json::kBool: return j.b ? "true" : "false";
    case Json::kNum: return std::to_string(static_cast<long long>(j.n));
    case Json::kStr: return j.s == "U" ? "U" : Quote(Latin1(j.s));
    case Json::kArr: {
      std::string o = "[";
      for (size_t i = 0; i < j.arr.size(); i++) o += (i ? "," : "") + Show(j.arr[i]);
      return o + "]";
    }
    case Json::kObj: return "{}";
  }
  return "";
}

// Records events in the shape of Node's binding: headers handed over in batches of 31 pairs
// through "hdrs" once there are more, trailers through "hdrs" before "complete".
struct Recorder : Parser::Handler {
  Parser parser;
  std::vector<std::string> events;
  std::string url, status, field, value;
  std::vector<std::string> pairs;
  bool open = false, flushed = false, upgraded = false;
  bool skip_body = false;  // answer kSkipBody (a HEAD request's response)
  bool pause_on_complete = false;
  int fail_at_headers = 0;

  std::string List(const std::vector<std::string>& v) {
    std::string o = "[";
    for (size_t i = 0; i < v.size(); i++) o += (i ? "," : "") + Quote(v[i]);
    return o + "]";
  }
  void Flush() {
    events.push_back("[\"hdrs\"," + List(pairs) + "," + Quote(url) + "]");
    pairs.clear();
    url.clear();
    flushed = true;
  }
  void Body(const std::string& s) {
    if (!events.empty() && events.back().rfind("[\"body\",", 0) == 0) {
      pending_body += s;
    } else {
      pending_body = s;
      events.push_back("");
    }
    events.back() = "[\"body\"," + Quote(pending_body) + "]";
  }
  std::string pending_body;

  int OnMessageBegin() override {
    events.push_back("\"begin\"");
    url.clear();
    status.clear();
    pairs.clear();
    flushed = false;
    return 0;
  }
  int OnUrl(const char* a, size_t n) override {
    url.append(a, n);
    return 0;
  }
  int OnStatus(const char* a, size_t n) override {
    status.append(a, n);
    return 0;
  }
  int OnHeaderField(const char* a, size_t n) override {
    if (!open) {
      if (pairs.size() == 62) Flush();
      open = true;
      field.clear();
      value.clear();
    }
    field.append(a, n);
    return 0;
  }
  int OnHeaderValue(const char* a, size_t n) override {
    value.append(a, n);
    return 0;
  }
  int OnHeaderComplete() override {
    pairs.push_back(field);
    pairs.push_back(value);
    open = false;
    return 0;
  }
  int OnHeadersComplete() override {
    if (fail_at_headers) return http::kFail;
    std::string h = "U", u = "U";
    if (flushed) {
      Flush();
    } else {
      h = List(pairs);
      if (parser.type() == Parser::kRequest) u = Quote(url);
    }
    pairs.clear();
    std::string e = "[\"hc\"," + std::to_string(parser.http_major()) + "," +
                    std::to_string(parser.http_minor()) + "," + h + ",";
    if (parser.type() == Parser::kRequest)
      e += std::to_string(parser.method()) + "," + u + ",U,U,";
    else
      e += "U,U," + std::to_string(parser.status_code()) + "," + Quote(status) + ",";
    e += std::string(parser.upgrade() ? "true" : "false") + "," +
         (parser.ShouldKeepAlive() ? "true" : "false") + "]";
    events.push_back(e);
    upgraded = parser.upgrade();
    return skip_body ? http::kHeadersSkipBody : 0;
  }
  int OnBody(const char* a, size_t n) override {
    Body(std::string(a, n));
    return 0;
  }
  int OnMessageComplete() override {
    if (!pairs.empty()) Flush();
    events.push_back("\"complete\"");
    return pause_on_complete ? http::kPauseParser : 0;
  }

  // Feeds `input` in pieces cut at `cuts`; the result as Node's binding would report it.
  std::string Run(Parser::Type type, const std::string& input, uint32_t lenient,
                  const std::vector<size_t>& cuts = {}) {
    parser.Init(type, this, lenient);
    parser.SetMaxHeaderBytes(16 * 1024);
    size_t total = 0, from = 0;
    std::vector<size_t> ends = cuts;
    ends.push_back(input.size());
    for (size_t end : ends) {
      size_t n = parser.Execute(input.data() + from, end - from);
      Errno e = parser.error();
      if (e == Errno::kPausedUpgrade) {
        parser.Resume();
        events.push_back("[\"ret\"," + std::to_string(total + n) + "]");
        // After an upgrade the rest is the new protocol's; a 101 that was none still finishes.
        if (upgraded) return Joined();
        return Finished();
      }
      if (e != Errno::kOk) {
        events.push_back("[\"err\"," + Quote(http::ErrnoName(e)) + "," + Quote(parser.reason()) +
                         "," + std::to_string(total + n) + "]");
        return Joined();
      }
      total += n;
      from = end;
    }
    events.push_back("[\"ret\"," + std::to_string(total) + "]");
    return Finished();
  }
  std::string Finished() {
    Errno f = parser.Finish();
    if (f != Errno::kOk)
      events.push_back("[\"ferr\"," + Quote(http::ErrnoName(f)) + "," + Quote(parser.reason()) +
                       "]");
    else
      events.push_back("[\"fin\"]");
    return Joined();
  }
  std::string Joined() {
    std::string o = "[";
    for (size_t i = 0; i < events.size(); i++) o += (i ? "," : "") + events[i];
    return o + "]";
  }
};

std::string RunOnce(Parser::Type type, const std::string& input, uint32_t lenient = 0,
                    const std::vector<size_t>& cuts = {}) {
  Recorder r;
  return r.Run(type, input, lenient, cuts);
}

// The same result without the error position (split runs stop at the same byte, but the
// position is only compared against our own whole-buffer run).
const Json& Cases() {
  static Json cases;
  static bool loaded = false;
  if (!loaded) {
    loaded = true;
    std::ifstream f(std::string(NODUS_SOURCE_DIR) + "/test/fixtures/http_parser/cases.json");
    std::stringstream ss;
    ss << f.rdbuf();
    JsonParser(ss.str()).Parse(&cases);
  }
  return cases;
}

std::string Expected(const Json& c, bool* has_error_pos) {
  std::string o = "[";
  const Json& ev = c["events"];
  for (size_t i = 0; i < ev.arr.size(); i++) o += (i ? "," : "") + Show(ev.arr[i]);
  return o + "]";
}

// Drops the bytesParsed of an error ("...,"reason",N]" -> "...,"reason"]").
std::string WithoutPosition(std::string s) {
  size_t at = s.rfind("[\"err\",");
  if (at == std::string::npos) return s;
  size_t comma = s.rfind(',');
  return s.substr(0, comma) + "]]";
}

TEST(HttpParserCorpus, MatchesNode) {
  const Json& cases = Cases();
  ASSERT_GT(cases.arr.size(), 100u) << "test/fixtures/http_parser/cases.json missing";
  size_t same = 0, position_only = 0;
  for (const Json& c : cases.arr) {
    std::string input = Latin1(c["input"].s);
    Parser::Type type = c["type"].s == "req" ? Parser::kRequest : Parser::kResponse;
    uint32_t lenient = static_cast<uint32_t>(c["lenient"].n);
    bool pos;
    std::string want = Expected(c, &pos);
    std::string got = RunOnce(type, input, lenient);
    if (got == want) {
      same++;
    } else if (WithoutPosition(got) == WithoutPosition(want)) {
      position_only++;  // same error, reported a few bytes apart
    } else {
      ADD_FAILURE() << Quote(input) << " (lenient " << lenient << ")\n  node:  " << want
                    << "\n  nodus: " << got;
    }
  }
  std::printf("[ corpus   ] %zu cases: %zu identical, %zu with the error at another byte\n",
              cases.arr.size(), same, position_only);
}

// Any split of the input gives the whole-buffer result.
TEST(HttpParserCorpus, EverySplitPoint) {
  size_t runs = 0;
  for (const Json& c : Cases().arr) {
    std::string input = Latin1(c["input"].s);
    Parser::Type type = c["type"].s == "req" ? Parser::kRequest : Parser::kResponse;
    uint32_t lenient = static_cast<uint32_t>(c["lenient"].n);
    std::string whole = RunOnce(type, input, lenient);
    for (size_t i = 1; i < input.size(); i++) {
      runs++;
      std::string got = RunOnce(type, input, lenient, {i});
      if (got != whole) {
        ADD_FAILURE() << Quote(input) << " split at " << i << "\n  whole: " << whole
                      << "\n  split: " << got;
        break;
      }
    }
    std::vector<size_t> bytes;
    for (size_t i = 1; i < input.size(); i++) bytes.push_back(i);
    runs++;
    EXPECT_EQ(RunOnce(type, input, lenient, bytes), whole) << Quote(input) << " byte by byte";
  }
  std::printf("[ splits   ] %zu runs\n", runs);
}

struct Vector {
  const char* name;
  std::string input;
  Errno code;
};

// Known smuggling vectors, each refused with the error Node gives.
TEST(HttpParserSmuggling, Refused) {
  const Vector vectors[] = {
      {"CL.TE", "POST / HTTP/1.1\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nG",
       Errno::kInvalidTransferEncoding},
      {"TE.CL", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n8\r\nSMUGGLED\r\n0\r\n\r\n",
       Errno::kInvalidContentLength},
      {"TE xchunked", "POST / HTTP/1.1\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\n",
       Errno::kInvalidTransferEncoding},
      {"TE space before colon", "POST / HTTP/1.1\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n",
       Errno::kInvalidHeaderToken},
      {"TE chunked, identity", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n",
       Errno::kInvalidTransferEncoding},
      {"TE twice", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: x\r\n\r\n",
       Errno::kInvalidTransferEncoding},
      {"TE obs-fold", "POST / HTTP/1.1\r\nTransfer-Encoding:\r\n chunked\r\n\r\n0\r\n\r\n",
       Errno::kInvalidHeaderToken},
      {"duplicate CL", "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
       Errno::kUnexpectedContentLength},
      {"same CL twice", "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na",
       Errno::kUnexpectedContentLength},
      {"negative CL", "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", Errno::kInvalidContentLength},
      {"plus CL", "POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\na", Errno::kInvalidContentLength},
      {"CL list", "POST / HTTP/1.1\r\nContent-Length: 1, 1\r\n\r\na", Errno::kInvalidContentLength},
      {"CL overflow", "POST / HTTP/1.1\r\nContent-Length: 18446744073709551616\r\n\r\n",
       Errno::kInvalidContentLength},
      {"empty CL", "POST / HTTP/1.1\r\nContent-Length: \r\n\r\n", Errno::kInvalidContentLength},
      {"chunk size 0x1", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0x1\r\na\r\n0\r\n\r\n",
       Errno::kInvalidChunkSize},
      {"chunk size overflow",
       "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000000\r\n",
       Errno::kInvalidChunkSize},
      {"chunk size space", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1 \r\na\r\n0\r\n\r\n",
       Errno::kInvalidChunkSize},
      {"chunk without CRLF", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n0\r\n\r\n",
       Errno::kStrict},
      {"bare LF lines", "GET / HTTP/1.1\nHost: a\n\n", Errno::kInvalidVersion},
      {"bare LF after header", "GET / HTTP/1.1\r\nHost: a\nX: b\r\n\r\n", Errno::kCrExpected},
      {"bare CR in header", "GET / HTTP/1.1\r\nHost: a\rX: b\r\n\r\n", Errno::kLfExpected},
      {"obs-fold", "GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n", Errno::kInvalidHeaderToken},
      {"NUL in value", std::string("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n", 27),
       Errno::kInvalidHeaderToken},
      {"NUL in name", std::string("GET / HTTP/1.1\r\nX\0: a\r\n\r\n", 25),
       Errno::kInvalidHeaderToken},
      {"CTL in URL", "GET /\x01 HTTP/1.1\r\n\r\n", Errno::kInvalidUrl},
      {"lowercase method", "get / HTTP/1.1\r\n\r\n", Errno::kInvalidMethod},
      {"data after close", "GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET / HTTP/1.1\r\n\r\n",
       Errno::kClosedConnection},
  };
  for (const Vector& v : vectors) {
    const std::string& input = v.input;
    Recorder r;
    std::string got = r.Run(Parser::kRequest, input, 0);
    EXPECT_EQ(r.parser.error(), v.code) << v.name << ": " << got;
    // Every split refuses it too.
    for (size_t i = 1; i < input.size(); i++) {
      Recorder s;
      s.Run(Parser::kRequest, input, 0, {i});
      EXPECT_EQ(s.parser.error(), v.code) << v.name << " split at " << i;
    }
  }
}

TEST(HttpParserSmuggling, NoHostIsNotAParserError) {
  Recorder r;
  r.Run(Parser::kRequest, "GET / HTTP/1.1\r\n\r\n", 0);
  EXPECT_EQ(r.parser.error(), Errno::kOk);
}

// Pipelined requests: every message, in order, from one buffer.
TEST(HttpParser, Pipelined) {
  std::string in;
  for (int i = 0; i < 50; i++) in += "GET /" + std::to_string(i) + " HTTP/1.1\r\nHost: a\r\n\r\n";
  Recorder r;
  r.Run(Parser::kRequest, in, 0);
  int complete = 0;
  for (auto& e : r.events) complete += e == "\"complete\"";
  EXPECT_EQ(complete, 50);
  EXPECT_EQ(r.events.back(), "[\"fin\"]");
}

// A response to HEAD has no body whatever its headers say.
TEST(HttpParser, HeadResponseSkipsBody) {
  Recorder r;
  r.skip_body = true;
  std::string got = r.Run(Parser::kResponse,
                          "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"
                          "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
                          0);
  EXPECT_EQ(got,
            "[\"begin\",[\"hc\",1,1,[\"Content-Length\",\"5\"],U,U,200,\"OK\",false,true],"
            "\"complete\",\"begin\",[\"hc\",1,1,[\"Transfer-Encoding\",\"chunked\"],U,U,200,"
            "\"OK\",false,true],\"complete\",[\"ret\",85],[\"fin\"]]");
}

TEST(HttpParser, UpgradeHandsBackTheRest) {
  std::string in = "GET / HTTP/1.1\r\nUpgrade: websocket\r\nConnection: upgrade\r\n\r\nRAW";
  Parser p;
  Parser::Handler h;
  p.Init(Parser::kRequest, &h);
  size_t n = p.Execute(in.data(), in.size());
  EXPECT_EQ(p.error(), Errno::kPausedUpgrade);
  EXPECT_EQ(in.substr(n), "RAW");
  EXPECT_TRUE(p.upgrade());
}

// maxHeaderSize counts the target, status text and header names and values (as Node does):
// reaching the limit is an overflow.
TEST(HttpParser, HeaderOverflow) {
  auto run = [](size_t url_len, uint64_t max, const std::vector<size_t>& cuts) {
    Recorder r;
    std::string in = "GET /" + std::string(url_len - 1, 'a') + " HTTP/1.1\r\nA: b\r\n\r\n";
    r.parser.Init(Parser::kRequest, &r);
    r.parser.SetMaxHeaderBytes(max);
    size_t from = 0;
    std::vector<size_t> ends = cuts;
    ends.push_back(in.size());
    for (size_t e : ends) {
      r.parser.Execute(in.data() + from, e - from);
      if (r.parser.error() != Errno::kOk) break;
      from = e;
    }
    return r.parser.error();
  };
  EXPECT_EQ(run(97, 100, {}), Errno::kOk);  // 97 + 1 + 1 = 99
  EXPECT_EQ(run(98, 100, {}), Errno::kHeaderOverflow);
  EXPECT_EQ(run(98, 100, {10, 20, 30}), Errno::kHeaderOverflow);
  EXPECT_STREQ(http::ErrnoName(run(200, 100, {})), "HPE_HEADER_OVERFLOW");
  // Bodies do not count.
  Recorder r;
  r.parser.Init(Parser::kRequest, &r);
  r.parser.SetMaxHeaderBytes(64);
  std::string in = "POST / HTTP/1.1\r\nContent-Length: 1000\r\n\r\n" + std::string(1000, 'x');
  r.parser.Execute(in.data(), in.size());
  EXPECT_EQ(r.parser.error(), Errno::kOk);
}

TEST(HttpParser, HeaderCount) {
  std::string in = "GET / HTTP/1.1\r\n";
  for (int i = 0; i < 11; i++) in += "H" + std::to_string(i) + ": v\r\n";
  in += "\r\n";
  Parser::Handler h;
  Parser p;
  p.Init(Parser::kRequest, &h);
  p.SetMaxHeaders(11);
  p.Execute(in.data(), in.size());
  EXPECT_EQ(p.error(), Errno::kOk);
  p.Init(Parser::kRequest, &h);
  p.SetMaxHeaders(10);
  p.Execute(in.data(), in.size());
  EXPECT_EQ(p.error(), Errno::kHeaderOverflow);
}

TEST(HttpParser, PauseAndResume) {
  std::string in = "GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n";
  Recorder r;
  r.pause_on_complete = true;
  r.parser.Init(Parser::kRequest, &r);
  size_t n = r.parser.Execute(in.data(), in.size());
  EXPECT_EQ(r.parser.error(), Errno::kPaused);
  EXPECT_EQ(n, 19u);
  r.parser.Resume();
  r.pause_on_complete = false;
  size_t m = r.parser.Execute(in.data() + n, in.size() - n);
  EXPECT_EQ(r.parser.error(), Errno::kOk);
  EXPECT_EQ(n + m, in.size());
  int complete = 0;
  for (auto& e : r.events) complete += e == "\"complete\"";
  EXPECT_EQ(complete, 2);
}

TEST(HttpParser, CallbackFailureStops) {
  Recorder r;
  r.fail_at_headers = 1;
  r.Run(Parser::kRequest, "GET / HTTP/1.1\r\n\r\n", 0);
  EXPECT_EQ(r.parser.error(), Errno::kCbHeadersComplete);
  // An errored parser stays stopped.
  EXPECT_EQ(r.parser.Execute("GET", 3), 0u);
}

TEST(HttpParser, EofStates) {
  Parser::Handler h;
  Parser p;
  p.Init(Parser::kRequest, &h);
  p.Execute("GET / HT", 8);
  EXPECT_EQ(p.Finish(), Errno::kInvalidEofState);
  p.Init(Parser::kResponse, &h);
  const char res[] = "HTTP/1.1 200 OK\r\n\r\nabc";
  p.Execute(res, sizeof res - 1);
  EXPECT_TRUE(p.InMessage());
  EXPECT_EQ(p.Finish(), Errno::kOk);
}

}  // namespace

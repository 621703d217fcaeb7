// libFuzzer target: the HTTP/1.1 parser (src/http) as a request and as a response parser, strict
// and lenient, fed whole and in random pieces. It must never crash, read outside the input or
// hang, must give the same result however the input is split, and its spans must lie inside the
// piece being parsed.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "http/parser.h"

namespace http = nodus::http;
using http::Parser;

namespace {
void Check(bool ok) {
  if (!ok) std::abort();
}

struct Recorder : Parser::Handler {
  const char* lo = nullptr;
  const char* hi = nullptr;
  // Events as (tag, bytes); consecutive pieces of one span are joined, so any split of the
  // input must give the same list.
  std::vector<std::pair<char, std::string>> log;
  bool skip = false;

  void Add(char tag, const char* at = nullptr, size_t n = 0) {
    if (at && !log.empty() && log.back().first == tag) {
      log.back().second.append(at, n);
      return;
    }
    log.emplace_back(tag, at ? std::string(at, n) : std::string());
  }
  void In(const char* at, size_t n) { Check(at >= lo && at + n <= hi); }
  int OnMessageBegin() override {
    Add('B');
    return 0;
  }
  int OnUrl(const char* at, size_t n) override {
    In(at, n);
    Add('U', at, n);
    return 0;
  }
  int OnStatus(const char* at, size_t n) override {
    In(at, n);
    Add('S', at, n);
    return 0;
  }
  int OnHeaderField(const char* at, size_t n) override {
    In(at, n);
    Add('F', at, n);
    return 0;
  }
  int OnHeaderValue(const char* at, size_t n) override {
    // (whitespace held back across pieces comes from the parser's own buffer)
    Check(n > 0);
    Add('V', at, n);
    return 0;
  }
  int OnHeaderComplete() override {
    Add('h');
    return 0;
  }
  int OnHeadersComplete() override {
    Add('H');
    return skip ? http::kHeadersSkipBody : 0;
  }
  int OnBody(const char* at, size_t n) override {
    In(at, n);
    Check(n > 0);
    Add('D', at, n);
    return 0;
  }
  int OnMessageComplete() override {
    Add('C');
    return 0;
  }
};

struct Outcome {
  http::Errno error;
  size_t consumed;
  std::vector<std::pair<char, std::string>> log;
};

Outcome Run(const uint8_t* data, size_t size, Parser::Type type, uint32_t lenient, bool skip,
            const std::vector<size_t>& cuts) {
  Recorder r;
  r.skip = skip;
  Parser p;
  p.Init(type, &r, lenient);
  p.SetMaxHeaderBytes(4096);
  size_t from = 0, total = 0;
  std::vector<size_t> ends = cuts;
  ends.push_back(size);
  for (size_t end : ends) {
    // Each piece in its own allocation, so ASan sees any read past it.
    std::vector<char> piece(data + from, data + end);
    r.lo = piece.data();
    r.hi = piece.data() + piece.size();
    size_t n = p.Execute(piece.data(), piece.size());
    Check(n <= piece.size());
    total += n;
    if (p.error() != http::Errno::kOk) break;
    Check(n == piece.size());
    from = end;
  }
  if (p.error() == http::Errno::kOk) p.Finish();
  return Outcome{p.error(), total, std::move(r.log)};
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  // Byte 0: mode (request/response, lenient, HEAD); byte 1: seed of the split points.
  uint8_t mode = data[0];
  uint32_t seed = data[1];
  data += 2;
  size -= 2;
  Parser::Type type = (mode & 1) ? Parser::kResponse : Parser::kRequest;
  uint32_t lenient = (mode & 2) ? http::kLenientAll : ((mode >> 4) & 0xf) << 2;
  bool skip = (mode & 4) != 0;

  Outcome whole = Run(data, size, type, lenient, skip, {});
  std::vector<size_t> cuts;
  uint32_t x = seed * 2654435761u + 1;
  for (size_t at = 0; size > 0;) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    at += 1 + x % (seed % 7 == 0 ? 2 : 64);
    if (at >= size) break;
    cuts.push_back(at);
  }
  Outcome split = Run(data, size, type, lenient, skip, cuts);
  // Same verdict wherever the input is cut.
  Check(whole.error == split.error);
  Check(whole.consumed == split.consumed);
  // (after an error, a split run may have handed out pieces of the span the error cut short)
  if (whole.error == http::Errno::kOk || whole.error == http::Errno::kPausedUpgrade)
    Check(whole.log == split.log);
  return 0;
}

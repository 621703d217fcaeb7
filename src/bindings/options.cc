// internalBinding('options'): the parsed command line, as a plain object.
#include "base/binding.h"
#include "runtime/realm.h"

namespace nodus::options {

static v8::Local<v8::Array> StrArray(v8::Isolate* isolate, const std::vector<std::string>& v) {
  std::vector<v8::Local<v8::Value>> items;
  for (auto& s : v) items.push_back(Str(isolate, s));
  return v8::Array::New(isolate, items.data(), items.size());
}

// Per process: after a snapshot is deserialized, Init runs again on the same object.
void Init(Binding& b) {
  if (b.recording()) return;
  v8::Isolate* isolate = b.isolate();
  Options* o = b.realm()->options();
  const char* mode = "repl";
  switch (o->mode) {
    case Options::Mode::kScript: mode = "script"; break;
    case Options::Mode::kEval: mode = "eval"; break;
    case Options::Mode::kStdin: mode = "stdin"; break;
    case Options::Mode::kRepl: mode = "repl"; break;
    case Options::Mode::kBuildCodeCache: mode = "build-code-cache"; break;
    default: break;
  }
  b.Value("mode", Str(isolate, mode));
  b.Value("printEval", v8::Boolean::New(isolate, o->print_eval));
  b.Value("forceRepl", v8::Boolean::New(isolate, o->force_repl));
  b.Value("stdinDash", v8::Boolean::New(isolate, o->stdin_dash));
  b.Value("checkSyntax", v8::Boolean::New(isolate, o->check_syntax));
  b.Value("evalSource", Str(isolate, o->eval_source));
  b.Value("inputType", Str(isolate, o->input_type));
  b.Value("script", Str(isolate, o->script));
  b.Value("requires", StrArray(isolate, o->preload_modules));
  b.Value("imports", StrArray(isolate, o->imports));
  b.Value("noAddons", v8::Boolean::New(isolate, o->no_addons));
  b.Value("execArgv", StrArray(isolate, o->exec_argv));
  b.Value("scriptArgs", StrArray(isolate, o->script_args));
  b.Value("execPath", Str(isolate, o->exec_path));
  b.Value("argv0", Str(isolate, o->argv0));
  b.Value("unhandledRejections", Str(isolate, o->unhandled_rejections));
  b.Value("noDeprecation", v8::Boolean::New(isolate, o->no_deprecation));
  b.Value("throwDeprecation", v8::Boolean::New(isolate, o->throw_deprecation));
  b.Value("traceDeprecation", v8::Boolean::New(isolate, o->trace_deprecation));
  b.Value("noWarnings", v8::Boolean::New(isolate, o->no_warnings));
  b.Value("traceWarnings", v8::Boolean::New(isolate, o->trace_warnings));
  b.Value("traceUncaught", v8::Boolean::New(isolate, o->trace_uncaught));
  b.Value("exposeGC", v8::Boolean::New(isolate, o->expose_gc));
  b.Value("preserveSymlinks", v8::Boolean::New(isolate, o->preserve_symlinks));
  b.Value("preserveSymlinksMain", v8::Boolean::New(isolate, o->preserve_symlinks_main));
  b.Value("title", Str(isolate, o->title));
  b.Value("dnsResultOrder", Str(isolate, o->dns_result_order));
  b.Value("disabledWarnings", StrArray(isolate, o->disabled_warnings));
  b.Value("enableSourceMaps", v8::Boolean::New(isolate, o->enable_source_maps));
  b.Value("test", v8::Boolean::New(isolate, o->test));
  b.Value("testOnly", v8::Boolean::New(isolate, o->test_only));
  b.Value("testForceExit", v8::Boolean::New(isolate, o->test_force_exit));
  {
    v8::Local<v8::Array> flags = v8::Array::New(isolate);
    uint32_t n = 0;
    for (const auto& [name, value] : o->node_flags) {
      v8::Local<v8::Value> pair[] = {Str(isolate, name), Str(isolate, value)};
      if (flags->Set(isolate->GetCurrentContext(), n++, v8::Array::New(isolate, pair, 2)).IsNothing()) {
        return;
      }
    }
    b.Value("nodeFlags", flags);
  }
  b.Value("watch", v8::Boolean::New(isolate, o->watch));
  b.Value("watchPaths", StrArray(isolate, o->watch_paths));
  b.Value("loaders", StrArray(isolate, o->loaders));
  b.Value("watchPreserveOutput", v8::Boolean::New(isolate, o->watch_preserve_output));
  b.Value("testConcurrency", v8::Integer::New(isolate, o->test_concurrency));
  b.Value("testTimeout", v8::Number::New(isolate, static_cast<double>(o->test_timeout)));
  b.Value("testNamePatterns", StrArray(isolate, o->test_name_patterns));
  b.Value("testSkipPatterns", StrArray(isolate, o->test_skip_patterns));
  b.Value("testReporters", StrArray(isolate, o->test_reporters));
  b.Value("testReporterDestinations", StrArray(isolate, o->test_reporter_destinations));
  b.Value("typescript", Str(isolate, o->typescript));
  b.Value("isWorker", v8::Boolean::New(isolate, o->is_worker));
  b.Value("threadId", v8::Integer::New(isolate, o->thread_id));
}

}  // namespace nodus::options

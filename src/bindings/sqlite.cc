// internalBinding('sqlite'): the handles behind node:sqlite, over the system's SQLite
// (libsqlite3.so.0, dlopen'ed when the binding is first asked for, so a process that never
// requires node:sqlite does not map it). lib/sqlite.js validates arguments and gives the classes
// node's shape; this file owns the sqlite3 handles and moves values between JS and SQLite.
#include <dlfcn.h>
// Debian's SQLite is built with the session extension; these make sqlite3.h declare it.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <cstdint>
#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/base_object.h"
#include "base/binding.h"
#include "runtime/realm.h"

namespace nodus::sqlite {

namespace {
using Info = v8::FunctionCallbackInfo<v8::Value>;

#define NODUS_SQLITE_FUNCTIONS(X)                                                            \
  X(sqlite3_open_v2) X(sqlite3_close_v2) X(sqlite3_errmsg) X(sqlite3_errstr)                 \
  X(sqlite3_extended_errcode) X(sqlite3_exec) X(sqlite3_prepare_v2) X(sqlite3_finalize)       \
  X(sqlite3_reset) X(sqlite3_clear_bindings) X(sqlite3_step) X(sqlite3_bind_parameter_count)  \
  X(sqlite3_bind_parameter_name) X(sqlite3_bind_parameter_index) X(sqlite3_bind_null)         \
  X(sqlite3_bind_double) X(sqlite3_bind_int64) X(sqlite3_bind_text) X(sqlite3_bind_blob)      \
  X(sqlite3_column_count) X(sqlite3_column_name) X(sqlite3_column_type)                      \
  X(sqlite3_column_int64) X(sqlite3_column_double) X(sqlite3_column_text)                     \
  X(sqlite3_column_bytes) X(sqlite3_column_blob) X(sqlite3_column_database_name)              \
  X(sqlite3_column_table_name) X(sqlite3_column_origin_name) X(sqlite3_column_decltype)       \
  X(sqlite3_changes64) X(sqlite3_last_insert_rowid) X(sqlite3_sql) X(sqlite3_expanded_sql)    \
  X(sqlite3_free) X(sqlite3_db_filename) X(sqlite3_get_autocommit) X(sqlite3_busy_timeout)    \
  X(sqlite3_db_config) X(sqlite3_create_function_v2) X(sqlite3_create_window_function)        \
  X(sqlite3_value_type) X(sqlite3_value_int64) X(sqlite3_value_double) X(sqlite3_value_text)  \
  X(sqlite3_value_bytes) X(sqlite3_value_blob) X(sqlite3_result_null)                         \
  X(sqlite3_result_double) X(sqlite3_result_int64) X(sqlite3_result_text)                     \
  X(sqlite3_result_blob) X(sqlite3_result_error) X(sqlite3_user_data)                         \
  X(sqlite3_aggregate_context) X(sqlite3_load_extension) X(sqlite3session_create)            \
  X(sqlite3session_delete) X(sqlite3session_attach) X(sqlite3session_changeset)              \
  X(sqlite3session_patchset) X(sqlite3changeset_apply) X(sqlite3changeset_op)                 \
  X(sqlite3_backup_init) X(sqlite3_backup_step) X(sqlite3_backup_finish)                      \
  X(sqlite3_backup_remaining) X(sqlite3_backup_pagecount)

struct Api {
#define NODUS_SQLITE_DECL(name) decltype(&::name) name;
  NODUS_SQLITE_FUNCTIONS(NODUS_SQLITE_DECL)
#undef NODUS_SQLITE_DECL
};

const Api* S = nullptr;  // set by Init; the binding has no methods when the library is missing

// The library's functions, or nullptr with `*error` set.
const Api* Load(std::string* error) {
  void* lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_LOCAL);
  if (lib == nullptr) {
    const char* e = dlerror();
    *error = e != nullptr ? e : "cannot load libsqlite3.so.0";
    return nullptr;
  }
  auto* api = new Api();
#define NODUS_SQLITE_BIND(name)                                             \
  api->name = reinterpret_cast<decltype(&::name)>(dlsym(lib, #name));       \
  if (api->name == nullptr) {                                               \
    *error = "libsqlite3.so.0 has no " #name;                               \
    delete api;                                                             \
    return nullptr;                                                         \
  }
  NODUS_SQLITE_FUNCTIONS(NODUS_SQLITE_BIND)
#undef NODUS_SQLITE_BIND
  return api;
}

constexpr int64_t kMaxSafe = 9007199254740991;  // Number.MAX_SAFE_INTEGER

v8::Local<v8::String> Utf8Str(v8::Isolate* isolate, const char* s, int len = -1) {
  return v8::String::NewFromUtf8(isolate, s, v8::NewStringType::kNormal, len)
      .FromMaybe(v8::String::Empty(isolate));
}

void ThrowState(v8::Isolate* isolate, const char* msg) {
  ThrowCodedError(isolate, "ERR_INVALID_STATE", msg, false);
}

// node's ERR_SQLITE_ERROR: the connection's message, its extended code and that code's text.
void ThrowSqliteError(v8::Isolate* isolate, sqlite3* db, int rc) {
  const char* msg = db != nullptr ? S->sqlite3_errmsg(db) : S->sqlite3_errstr(rc);
  int code = db != nullptr ? S->sqlite3_extended_errcode(db) : rc;
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Object> err = v8::Exception::Error(Utf8Str(isolate, msg)).As<v8::Object>();
  SetProp(ctx, err, "code", Str(isolate, "ERR_SQLITE_ERROR"));
  SetProp(ctx, err, "errcode", v8::Integer::New(isolate, code));
  SetProp(ctx, err, "errstr", Utf8Str(isolate, S->sqlite3_errstr(code)));
  isolate->ThrowException(err);
}

// An integer for JS: a BigInt, or a Number when it is safe (node lets INT64_MIN through).
bool IntegerToJS(v8::Isolate* isolate, int64_t v, bool bigint, v8::Local<v8::Value>* out) {
  if (bigint) {
    *out = v8::BigInt::New(isolate, v);
    return true;
  }
  if (v != INT64_MIN && (v > kMaxSafe || v < -kMaxSafe)) {
    std::string msg = "Value is too large to be represented as a JavaScript number: " +
                      std::to_string(v);
    v8::Local<v8::Object> err =
        v8::Exception::RangeError(Str(isolate, msg)).As<v8::Object>();
    SetProp(isolate->GetCurrentContext(), err, "code", Str(isolate, "ERR_OUT_OF_RANGE"));
    isolate->ThrowException(err);
    return false;
  }
  *out = v8::Number::New(isolate, static_cast<double>(v));
  return true;
}

v8::Local<v8::Value> BlobToJS(v8::Isolate* isolate, const void* data, int n) {
  v8::Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, static_cast<size_t>(n));
  if (n > 0) std::memcpy(ab->GetBackingStore()->Data(), data, static_cast<size_t>(n));
  return v8::Uint8Array::New(ab, 0, static_cast<size_t>(n));
}

// A JS value as a function result; false when it has no SQLite counterpart.
bool ResultFromJS(v8::Isolate* isolate, sqlite3_context* ctx, v8::Local<v8::Value> v) {
  if (v->IsNullOrUndefined()) {
    S->sqlite3_result_null(ctx);
  } else if (v->IsNumber()) {
    S->sqlite3_result_double(ctx, v.As<v8::Number>()->Value());
  } else if (v->IsBigInt()) {
    bool lossless = true;
    int64_t i = v.As<v8::BigInt>()->Int64Value(&lossless);
    if (!lossless) return false;
    S->sqlite3_result_int64(ctx, i);
  } else if (v->IsString()) {
    v8::String::Utf8Value s(isolate, v);
    S->sqlite3_result_text(ctx, *s, s.length(), SQLITE_TRANSIENT);
  } else if (v->IsArrayBufferView()) {
    auto view = v.As<v8::ArrayBufferView>();
    std::vector<char> bytes(view->ByteLength());
    view->CopyContents(bytes.data(), bytes.size());
    // a null pointer would make it NULL, not an empty blob
    S->sqlite3_result_blob(ctx, bytes.empty() ? "" : bytes.data(), static_cast<int>(bytes.size()),
                           SQLITE_TRANSIENT);
  } else {
    return false;
  }
  return true;
}

class Statement;
class Session;

template <typename T>
void EraseOne(std::vector<T*>* v, T* p) {
  auto it = std::find(v->begin(), v->end(), p);
  if (it != v->end()) v->erase(it);
}

// Field 1 of each object holds its class's tag, so a method called on another class's object
// (Reflect.apply with any receiver) finds nothing instead of a wrong pointer.
template <typename T>
T* UnwrapTagged(v8::Local<v8::Value> value) {
  if (!value->IsObject()) return nullptr;
  v8::Local<v8::Object> obj = value.As<v8::Object>();
  if (obj->InternalFieldCount() < 2 || obj->GetAlignedPointerFromInternalField(1) != &T::kTag) {
    return nullptr;
  }
  return static_cast<T*>(static_cast<BaseObject*>(obj->GetAlignedPointerFromInternalField(0)));
}

#define NODUS_SQLITE_UNWRAP(ptr, type)                                        \
  type* ptr = UnwrapTagged<type>(info.This());                                \
  if (ptr == nullptr) {                                                       \
    ThrowCodedError(info.GetIsolate(), "ERR_INVALID_THIS", "Illegal invocation"); \
    return;                                                                   \
  }

class Database : public BaseObject {
 public:
  Database(Realm* realm, v8::Local<v8::Object> obj) : BaseObject(realm, obj) {
    obj->SetAlignedPointerInInternalField(1, const_cast<int*>(&kTag));
  }
  ~Database() override { Close(); }
  static constexpr int kTag = 1;

  sqlite3* db = nullptr;
  // the constructor's options (configure())
  std::string location;
  bool read_only = false, foreign_keys = true, dq_strings = false;
  int timeout = 0;
  bool read_bigints = false, return_arrays = false, allow_bare = true, allow_unknown = false;
  bool allow_extension = false;
  bool extension_enabled = false;
  // An exception a user function threw while SQLite ran it: rethrown when the step fails.
  v8::Global<v8::Value> pending;
  std::vector<Statement*> statements;
  std::vector<Session*> sessions;
  // Steps and execs running (a user function may run SQL, or close the database, meanwhile).
  int busy = 0;
  // What a close() during a step left to release when the outermost one returns.
  std::vector<sqlite3_stmt*> closed_statements;
  std::vector<sqlite3_session*> closed_sessions;
  sqlite3* closed_db = nullptr;

  void Close();
  void ReleaseClosed();
  void Enter() { busy++; }
  void Leave() {
    if (--busy == 0 && closed_db != nullptr) ReleaseClosed();
  }
  // After a failed call: the user function's exception if one is pending, else SQLite's error.
  void Throw(v8::Isolate* isolate, int rc) {
    if (!pending.IsEmpty()) {
      v8::Local<v8::Value> e = pending.Get(isolate);
      pending.Reset();
      isolate->ThrowException(e);
      return;
    }
    ThrowSqliteError(isolate, db, rc);
  }

  static void Configure(const Info& info);
  static void Open(const Info& info);
  static void CloseJS(const Info& info);
  static void IsOpen(const Info& info);
  static void IsTransaction(const Info& info);
  static void Exec(const Info& info);
  static void Prepare(const Info& info);
  static void Location(const Info& info);
  static void Function(const Info& info);
  static void Aggregate(const Info& info);
  static void EnableLoadExtension(const Info& info);
  static void LoadExtension(const Info& info);
  static void CreateSession(const Info& info);
  static void ApplyChangeset(const Info& info);
  static void Backup(const Info& info);
};

#define NODUS_OPEN_DB(self)                                   \
  NODUS_SQLITE_UNWRAP(self, Database);                        \
  if (self->db == nullptr) {                                  \
    ThrowState(info.GetIsolate(), "database is not open");    \
    return;                                                   \
  }

// A statement or a session: listed by its database (which finalizes it on close) and keeping the
// database's object alive while it lives.
template <typename Self, int kTagValue>
class DatabaseChild : public BaseObject {
 public:
  DatabaseChild(Realm* realm, v8::Local<v8::Object> obj, Database* owner, std::vector<Self*>* list)
      : BaseObject(realm, obj), db(owner), db_object(realm->isolate(), owner->object()) {
    obj->SetAlignedPointerInInternalField(1, const_cast<int*>(&kTag));
    list->push_back(static_cast<Self*>(this));
  }
  static constexpr int kTag = kTagValue;
  Database* db;  // null once the database closed
  v8::Global<v8::Object> db_object;
};

class Statement : public DatabaseChild<Statement, 2> {
 public:
  Statement(Realm* realm, v8::Local<v8::Object> obj, Database* owner, sqlite3_stmt* s)
      : DatabaseChild(realm, obj, owner, &owner->statements), stmt(s),
        read_bigints(owner->read_bigints), return_arrays(owner->return_arrays),
        allow_bare(owner->allow_bare), allow_unknown(owner->allow_unknown) {}
  ~Statement() override {
    Finalize();
    if (db != nullptr) EraseOne(&db->statements, this);
  }
  void Finalize() {
    if (stmt != nullptr) S->sqlite3_finalize(stmt);
    stmt = nullptr;
    finalized = true;
  }
  // Finalized by close() while its database is busy: the handle is released later.
  void Detach(std::vector<sqlite3_stmt*>* later) {
    if (stmt != nullptr) later->push_back(stmt);
    stmt = nullptr;
    finalized = true;
  }

  sqlite3_stmt* stmt;  // null for an empty statement ('' or only comments)
  bool finalized = false;
  bool read_bigints, return_arrays, allow_bare, allow_unknown;
  bool running = false;  // inside sqlite3_step (a user function may call back into it)

  static constexpr int kClosed = -1;
  // One sqlite3_step; kClosed when a user function closed the database meanwhile (the handles
  // are released once the outermost step returns; this statement is finalized).
  int Step() {
    Database* d = db;
    d->Enter();
    running = true;
    int rc = S->sqlite3_step(stmt);
    running = false;
    bool closed = finalized;
    d->Leave();
    return closed ? kClosed : rc;
  }

  // Throws node's error unless the statement and its database are open.
  bool Usable(v8::Isolate* isolate) {
    if (finalized) {
      ThrowState(isolate, "statement has been finalized");
      return false;
    }
    if (db == nullptr || db->db == nullptr) {
      ThrowState(isolate, "database is not open");
      return false;
    }
    return true;
  }
  // Checks the state and binds args (the JS side passes them as an array).
  bool Prepare(const Info& info);
  bool Bind(v8::Isolate* isolate, v8::Local<v8::Array> args, bool allow_bare, bool allow_unknown);
  bool BindValue(v8::Isolate* isolate, int index, v8::Local<v8::Value> v);
  // The current row as an object (or array); empty when JS threw.
  v8::MaybeLocal<v8::Value> Row(v8::Isolate* isolate, bool bigints, bool arrays);

  static void All(const Info& info);
  static void Get(const Info& info);
  static void Run(const Info& info);
  static void Start(const Info& info);
  static void Next(const Info& info);
  static void Columns(const Info& info);
  static void SourceSQL(const Info& info);
  static void ExpandedSQL(const Info& info);
  static void ResetJS(const Info& info);
  static void SetFlag(const Info& info);
};

class Session : public DatabaseChild<Session, 3> {
 public:
  Session(Realm* realm, v8::Local<v8::Object> obj, Database* owner, sqlite3_session* s)
      : DatabaseChild(realm, obj, owner, &owner->sessions), session(s) {}
  ~Session() override {
    Delete();
    if (db != nullptr) EraseOne(&db->sessions, this);
  }
  void Delete() {
    if (session != nullptr) S->sqlite3session_delete(session);
    session = nullptr;
  }
  bool Usable(v8::Isolate* isolate) {
    if (db == nullptr || db->db == nullptr) {
      ThrowState(isolate, "database is not open");
      return false;
    }
    if (session == nullptr) {
      ThrowState(isolate, "session is not open");
      return false;
    }
    return true;
  }
  sqlite3_session* session;

  template <bool kPatch>
  static void Changes(const Info& info) {
    NODUS_SQLITE_UNWRAP(self, Session);
    v8::Isolate* isolate = info.GetIsolate();
    if (!self->Usable(isolate)) return;
    int n = 0;
    void* data = nullptr;
    int rc = kPatch ? S->sqlite3session_patchset(self->session, &n, &data)
                    : S->sqlite3session_changeset(self->session, &n, &data);
    if (rc != SQLITE_OK) return ThrowSqliteError(isolate, self->db->db, rc);
    v8::Local<v8::Value> out = BlobToJS(isolate, data, n);
    S->sqlite3_free(data);
    info.GetReturnValue().Set(out);
  }
  static void CloseJS(const Info& info) {
    NODUS_SQLITE_UNWRAP(self, Session);
    v8::Isolate* isolate = info.GetIsolate();
    if (!self->Usable(isolate)) return;
    self->Delete();
  }
};

void Database::Close() {
  for (Statement* s : statements) {
    if (busy > 0) {
      s->Detach(&closed_statements);
    } else {
      s->Finalize();
    }
    s->db = nullptr;
  }
  statements.clear();
  for (Session* s : sessions) {
    if (busy > 0 && s->session != nullptr) {
      closed_sessions.push_back(s->session);
      s->session = nullptr;
    } else {
      s->Delete();
    }
    s->db = nullptr;
  }
  sessions.clear();
  if (db != nullptr) {
    if (busy > 0) {
      closed_db = db;
    } else {
      S->sqlite3_close_v2(db);
    }
  }
  db = nullptr;
}

void Database::ReleaseClosed() {
  for (sqlite3_stmt* st : closed_statements) S->sqlite3_finalize(st);
  closed_statements.clear();
  for (sqlite3_session* se : closed_sessions) S->sqlite3session_delete(se);
  closed_sessions.clear();
  S->sqlite3_close_v2(closed_db);
  closed_db = nullptr;
}

// configure(path, readOnly, foreignKeys, doubleQuotedStrings, allowExtension, timeout,
//           readBigInts, returnArrays, allowBareNamedParameters, allowUnknownNamedParameters)
void Database::Configure(const Info& info) {
  NODUS_SQLITE_UNWRAP(self, Database);
  self->location = *v8::String::Utf8Value(info.GetIsolate(), info[0]);
  self->read_only = info[1]->IsTrue();
  self->foreign_keys = info[2]->IsTrue();
  self->dq_strings = info[3]->IsTrue();
  self->allow_extension = info[4]->IsTrue();
  self->timeout = info[5]->IsInt32() ? info[5].As<v8::Int32>()->Value() : 0;
  self->read_bigints = info[6]->IsTrue();
  self->return_arrays = info[7]->IsTrue();
  self->allow_bare = info[8]->IsTrue();
  self->allow_unknown = info[9]->IsTrue();
}

void Database::Open(const Info& info) {
  NODUS_SQLITE_UNWRAP(self, Database);
  v8::Isolate* isolate = info.GetIsolate();
  if (self->db != nullptr) return ThrowState(isolate, "database is already open");
  int flags = self->read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_URI;
  sqlite3* db = nullptr;
  int rc = S->sqlite3_open_v2(self->location.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    if (db != nullptr) {
      ThrowSqliteError(isolate, db, rc);
      S->sqlite3_close_v2(db);
    } else {
      ThrowSqliteError(isolate, nullptr, rc);
    }
    return;
  }
  int dqs = self->dq_strings ? 1 : 0;
  S->sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, self->foreign_keys ? 1 : 0, nullptr);
  S->sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, dqs, nullptr);
  S->sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, dqs, nullptr);
  self->extension_enabled = self->allow_extension;
  S->sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, self->allow_extension ? 1 : 0,
                       nullptr);
  S->sqlite3_busy_timeout(db, self->timeout);
  self->db = db;
}

void Database::CloseJS(const Info& info) {
  NODUS_OPEN_DB(self);
  self->Close();
}

void Database::IsOpen(const Info& info) {
  NODUS_SQLITE_UNWRAP(self, Database);
  info.GetReturnValue().Set(self->db != nullptr);
}

void Database::IsTransaction(const Info& info) {
  NODUS_OPEN_DB(self);
  info.GetReturnValue().Set(S->sqlite3_get_autocommit(self->db) == 0);
}

void Database::Exec(const Info& info) {
  NODUS_OPEN_DB(self);
  v8::String::Utf8Value sql(info.GetIsolate(), info[0]);
  self->Enter();
  int rc = S->sqlite3_exec(self->db, *sql, nullptr, nullptr, nullptr);
  bool closed = self->db == nullptr;  // a user function closed it
  self->Leave();
  if (rc != SQLITE_OK && !closed) self->Throw(info.GetIsolate(), rc);
}

// prepare(sql, statementObject): the JS side makes the object (StatementSync's shape) and the
// native statement is attached to it.
void Database::Prepare(const Info& info) {
  NODUS_OPEN_DB(self);
  v8::Isolate* isolate = info.GetIsolate();
  v8::String::Utf8Value sql(isolate, info[0]);
  sqlite3_stmt* stmt = nullptr;
  int rc = S->sqlite3_prepare_v2(self->db, *sql, sql.length(), &stmt, nullptr);
  if (rc != SQLITE_OK) return self->Throw(isolate, rc);
  if (!info[1]->IsObject() || info[1].As<v8::Object>()->InternalFieldCount() < 2 ||
      info[1].As<v8::Object>()->GetAlignedPointerFromInternalField(1) != nullptr) {
    if (stmt != nullptr) S->sqlite3_finalize(stmt);
    return;
  }
  new Statement(Realm::From(info), info[1].As<v8::Object>(), self, stmt);
}

void Database::Location(const Info& info) {
  NODUS_OPEN_DB(self);
  v8::Isolate* isolate = info.GetIsolate();
  v8::String::Utf8Value name(isolate, info[0]);
  const char* file = S->sqlite3_db_filename(self->db, *name);
  if (file == nullptr || file[0] == '\0') return info.GetReturnValue().SetNull();
  info.GetReturnValue().Set(Utf8Str(isolate, file));
}

// ---- user functions and aggregates ------------------------------------------------------------

struct UserFunction {
  Database* db;
  v8::Global<v8::Function> fn;
  bool bigint_args;
};

// The arguments SQLite passes, as JS values; false when one cannot be represented.
bool ArgsToJS(v8::Isolate* isolate, int argc, sqlite3_value** argv, bool bigints,
              std::vector<v8::Local<v8::Value>>* out) {
  for (int i = 0; i < argc; i++) {
    sqlite3_value* v = argv[i];
    v8::Local<v8::Value> js;
    switch (S->sqlite3_value_type(v)) {
      case SQLITE_INTEGER:
        if (!IntegerToJS(isolate, S->sqlite3_value_int64(v), bigints, &js)) return false;
        break;
      case SQLITE_FLOAT:
        js = v8::Number::New(isolate, S->sqlite3_value_double(v));
        break;
      case SQLITE_TEXT:
        js = Utf8Str(isolate, reinterpret_cast<const char*>(S->sqlite3_value_text(v)),
                     S->sqlite3_value_bytes(v));
        break;
      case SQLITE_BLOB: {
        const void* data = S->sqlite3_value_blob(v);
        js = BlobToJS(isolate, data, S->sqlite3_value_bytes(v));
        break;
      }
      default:
        js = v8::Null(isolate);
    }
    out->push_back(js);
  }
  return true;
}

// Keeps the exception of a JS callback for Database::Throw and fails the SQLite call.
void FailWithPending(Database* db, v8::Isolate* isolate, v8::TryCatch& tc, sqlite3_context* ctx) {
  if (tc.HasCaught() && tc.CanContinue()) {
    db->pending.Reset(isolate, tc.Exception());
  } else if (tc.HasTerminated()) {
    tc.ReThrow();
  }
  S->sqlite3_result_error(ctx, "", 0);
}

void CallUserFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  auto* uf = static_cast<UserFunction*>(S->sqlite3_user_data(ctx));
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::TryCatch tc(isolate);
  std::vector<v8::Local<v8::Value>> args;
  v8::Local<v8::Value> result;
  if (!ArgsToJS(isolate, argc, argv, uf->bigint_args, &args) ||
      !uf->fn.Get(isolate)
           ->Call(context, v8::Undefined(isolate), static_cast<int>(args.size()), args.data())
           .ToLocal(&result)) {
    return FailWithPending(uf->db, isolate, tc, ctx);
  }
  if (!ResultFromJS(isolate, ctx, result)) {
    S->sqlite3_result_error(ctx, "Returned JavaScript value cannot be converted to a SQLite value",
                            -1);
  }
}

void DestroyUserFunction(void* p) { delete static_cast<UserFunction*>(p); }

// function(name, fn, bigintArgs, varargs, deterministic, directOnly)
void Database::Function(const Info& info) {
  NODUS_OPEN_DB(self);
  v8::Isolate* isolate = info.GetIsolate();
  v8::String::Utf8Value name(isolate, info[0]);
  v8::Local<v8::Function> fn = info[1].As<v8::Function>();
  int nargs = -1;
  // the function's declared length decides the argument count unless varargs
  if (!info[3]->IsTrue()) {
    v8::Local<v8::Value> len;
    if (!fn->Get(isolate->GetCurrentContext(), Str(isolate, "length")).ToLocal(&len)) return;
    nargs = len->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  }
  int flags = SQLITE_UTF8;
  if (info[4]->IsTrue()) flags |= SQLITE_DETERMINISTIC;
  if (info[5]->IsTrue()) flags |= SQLITE_DIRECTONLY;
  auto* uf = new UserFunction{self, v8::Global<v8::Function>(isolate, fn), info[2]->IsTrue()};
  int rc = S->sqlite3_create_function_v2(self->db, *name, nargs, flags, uf, CallUserFunction,
                                         nullptr, nullptr, DestroyUserFunction);
  if (rc != SQLITE_OK) ThrowSqliteError(isolate, self->db, rc);
}

struct UserAggregate {
  Database* db;
  v8::Global<v8::Value> start;  // a value, or a function giving the initial value
  v8::Global<v8::Function> step;
  v8::Global<v8::Function> inverse;  // empty unless a window function
  v8::Global<v8::Function> result;   // empty: the accumulator is the result
  bool bigint_args;
};

// The accumulator of one aggregate evaluation, in SQLite's aggregate context.
struct AggregateState {
  v8::Global<v8::Value>* acc;
};

// The state for ctx, made with the start value on first use; nullptr when JS threw.
v8::Global<v8::Value>* Accumulator(sqlite3_context* ctx, UserAggregate* ua, v8::Isolate* isolate,
                                   bool create) {
  auto* st = static_cast<AggregateState*>(
      S->sqlite3_aggregate_context(ctx, create ? sizeof(AggregateState) : 0));
  if (st == nullptr) return nullptr;
  if (st->acc == nullptr) {
    v8::Local<v8::Value> start = ua->start.Get(isolate);
    if (start->IsFunction()) {
      if (!start.As<v8::Function>()
               ->Call(isolate->GetCurrentContext(), v8::Undefined(isolate), 0, nullptr)
               .ToLocal(&start)) {
        return nullptr;
      }
    }
    st->acc = new v8::Global<v8::Value>(isolate, start);
  }
  return st->acc;
}

template <bool kInverse>
void AggregateStep(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  auto* ua = static_cast<UserAggregate*>(S->sqlite3_user_data(ctx));
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::TryCatch tc(isolate);
  v8::Global<v8::Value>* acc = Accumulator(ctx, ua, isolate, true);
  if (acc == nullptr) {
    if (tc.HasCaught()) return FailWithPending(ua->db, isolate, tc, ctx);
    return S->sqlite3_result_error(ctx, "out of memory", -1);
  }
  std::vector<v8::Local<v8::Value>> args{acc->Get(isolate)};
  v8::Local<v8::Value> next;
  v8::Local<v8::Function> fn = kInverse ? ua->inverse.Get(isolate) : ua->step.Get(isolate);
  if (!ArgsToJS(isolate, argc, argv, ua->bigint_args, &args) ||
      !fn->Call(context, v8::Undefined(isolate), static_cast<int>(args.size()), args.data())
           .ToLocal(&next)) {
    return FailWithPending(ua->db, isolate, tc, ctx);
  }
  acc->Reset(isolate, next);
}

template <bool kFinal>
void AggregateValue(sqlite3_context* ctx) {
  auto* ua = static_cast<UserAggregate*>(S->sqlite3_user_data(ctx));
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  v8::HandleScope scope(isolate);
  v8::TryCatch tc(isolate);
  v8::Global<v8::Value>* acc = Accumulator(ctx, ua, isolate, true);
  if (acc == nullptr) {
    if (tc.HasCaught()) return FailWithPending(ua->db, isolate, tc, ctx);
    return S->sqlite3_result_null(ctx);
  }
  v8::Local<v8::Value> value = acc->Get(isolate);
  bool ok = true;
  if (!ua->result.IsEmpty()) {
    ok = ua->result.Get(isolate)
             ->Call(isolate->GetCurrentContext(), v8::Undefined(isolate), 1, &value)
             .ToLocal(&value);
  }
  if (!ok) {
    FailWithPending(ua->db, isolate, tc, ctx);
  } else if (!ResultFromJS(isolate, ctx, value)) {
    S->sqlite3_result_error(ctx, "Returned JavaScript value cannot be converted to a SQLite value",
                            -1);
  }
  if (kFinal) {
    auto* st = static_cast<AggregateState*>(S->sqlite3_aggregate_context(ctx, 0));
    if (st != nullptr) {
      delete st->acc;
      st->acc = nullptr;
    }
  }
}

void DestroyAggregate(void* p) { delete static_cast<UserAggregate*>(p); }

// aggregate(name, start, step, result, inverse, bigintArgs, varargs, deterministic, directOnly)
void Database::Aggregate(const Info& info) {
  NODUS_OPEN_DB(self);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::String::Utf8Value name(isolate, info[0]);
  auto* ua = new UserAggregate();
  ua->db = self;
  ua->start.Reset(isolate, info[1]);
  v8::Local<v8::Function> step = info[2].As<v8::Function>();
  ua->step.Reset(isolate, step);
  if (info[3]->IsFunction()) ua->result.Reset(isolate, info[3].As<v8::Function>());
  bool window = info[4]->IsFunction();
  if (window) ua->inverse.Reset(isolate, info[4].As<v8::Function>());
  ua->bigint_args = info[5]->IsTrue();
  int nargs = -1;
  if (!info[6]->IsTrue()) {
    // step's length counts the accumulator too; inverse (when longer) decides as in node
    v8::Local<v8::Value> len;
    if (!step->Get(ctx, Str(isolate, "length")).ToLocal(&len)) {
      delete ua;
      return;
    }
    int n = len->Int32Value(ctx).FromMaybe(1);
    if (window) {
      v8::Local<v8::Value> ilen;
      if (!info[4].As<v8::Function>()->Get(ctx, Str(isolate, "length")).ToLocal(&ilen)) {
        delete ua;
        return;
      }
      n = std::max(n, ilen->Int32Value(ctx).FromMaybe(1));
    }
    nargs = n > 0 ? n - 1 : 0;
  }
  int flags = SQLITE_UTF8;
  if (info[7]->IsTrue()) flags |= SQLITE_DETERMINISTIC;
  if (info[8]->IsTrue()) flags |= SQLITE_DIRECTONLY;
  int rc = S->sqlite3_create_window_function(
      self->db, *name, nargs, flags, ua, AggregateStep<false>, AggregateValue<true>,
      window ? AggregateValue<false> : nullptr, window ? AggregateStep<true> : nullptr,
      DestroyAggregate);
  if (rc != SQLITE_OK) ThrowSqliteError(isolate, self->db, rc);
}

void Database::EnableLoadExtension(const Info& info) {
  NODUS_OPEN_DB(self);
  bool enable = info[0]->IsTrue();
  if (enable && !self->allow_extension) {
    return ThrowState(info.GetIsolate(),
                      "Cannot enable extension loading because it was disabled at database "
                      "creation.");
  }
  self->extension_enabled = enable;
  S->sqlite3_db_config(self->db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, enable ? 1 : 0, nullptr);
}

void Database::LoadExtension(const Info& info) {
  NODUS_OPEN_DB(self);
  v8::Isolate* isolate = info.GetIsolate();
  if (!self->allow_extension || !self->extension_enabled) {
    return ThrowState(isolate, "extension loading is not allowed");
  }
  if (!info[0]->IsString()) {
    return ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE", "The \"path\" argument must be a string.");
  }
  if (!info[1]->IsUndefined() && !info[1]->IsString()) {
    return ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE",
                           "The \"entryPoint\" argument must be a string.");
  }
  v8::String::Utf8Value path(isolate, info[0]);
  std::string entry;
  if (info[1]->IsString()) entry = *v8::String::Utf8Value(isolate, info[1]);
  char* err = nullptr;
  int rc = S->sqlite3_load_extension(self->db, *path, entry.empty() ? nullptr : entry.c_str(), &err);
  if (rc != SQLITE_OK) {
    std::string msg = err != nullptr ? err : S->sqlite3_errstr(rc);
    S->sqlite3_free(err);
    ThrowCodedError(isolate, "ERR_LOAD_SQLITE_EXTENSION", msg, false);
  }
}

// createSession(sessionObject, table|undefined, dbName)
void Database::CreateSession(const Info& info) {
  NODUS_OPEN_DB(self);
  v8::Isolate* isolate = info.GetIsolate();
  v8::String::Utf8Value db_name(isolate, info[2]);
  sqlite3_session* session = nullptr;
  int rc = S->sqlite3session_create(self->db, *db_name, &session);
  if (rc != SQLITE_OK) return ThrowSqliteError(isolate, self->db, rc);
  std::string table;
  if (info[1]->IsString()) table = *v8::String::Utf8Value(isolate, info[1]);
  rc = S->sqlite3session_attach(session, info[1]->IsString() ? table.c_str() : nullptr);
  if (rc != SQLITE_OK) {
    S->sqlite3session_delete(session);
    return ThrowSqliteError(isolate, self->db, rc);
  }
  v8::Local<v8::Object> obj = info[0].As<v8::Object>();
  if (obj->InternalFieldCount() < 2 || obj->GetAlignedPointerFromInternalField(1) != nullptr) {
    S->sqlite3session_delete(session);
    return;
  }
  new Session(Realm::From(info), obj, self, session);
}

struct ApplyContext {
  v8::Isolate* isolate;
  v8::Local<v8::Function> filter;
  v8::Local<v8::Function> conflict;
  bool failed = false;
};

// applyChangeset(bytes, filter|undefined, onConflict|undefined) -> true, or false when aborted
void Database::ApplyChangeset(const Info& info) {
  NODUS_OPEN_DB(self);
  v8::Isolate* isolate = info.GetIsolate();
  auto view = info[0].As<v8::ArrayBufferView>();
  std::vector<char> bytes(view->ByteLength());
  view->CopyContents(bytes.data(), bytes.size());
  ApplyContext ac{isolate, {}, {}};
  if (info[1]->IsFunction()) ac.filter = info[1].As<v8::Function>();
  if (info[2]->IsFunction()) ac.conflict = info[2].As<v8::Function>();
  auto filter = [](void* p, const char* table) -> int {
    auto* c = static_cast<ApplyContext*>(p);
    if (c->failed) return 0;
    v8::Local<v8::Value> arg = Utf8Str(c->isolate, table);
    v8::Local<v8::Value> r;
    if (!c->filter->Call(c->isolate->GetCurrentContext(), v8::Undefined(c->isolate), 1, &arg)
             .ToLocal(&r)) {
      c->failed = true;
      return 0;
    }
    return r->BooleanValue(c->isolate) ? 1 : 0;
  };
  auto conflict = [](void* p, int type, sqlite3_changeset_iter*) -> int {
    auto* c = static_cast<ApplyContext*>(p);
    if (c->failed) return SQLITE_CHANGESET_ABORT;
    if (c->conflict.IsEmpty()) return SQLITE_CHANGESET_ABORT;
    v8::Local<v8::Value> arg = v8::Integer::New(c->isolate, type);
    v8::Local<v8::Value> r;
    if (!c->conflict->Call(c->isolate->GetCurrentContext(), v8::Undefined(c->isolate), 1, &arg)
             .ToLocal(&r)) {
      c->failed = true;
      return SQLITE_CHANGESET_ABORT;
    }
    int32_t v = r->Int32Value(c->isolate->GetCurrentContext()).FromMaybe(-1);
    if (v != SQLITE_CHANGESET_OMIT && v != SQLITE_CHANGESET_REPLACE &&
        v != SQLITE_CHANGESET_ABORT) {
      return -1;  // SQLite reports SQLITE_MISUSE: node's "bad parameter or other API misuse"
    }
    return v;
  };
  self->Enter();
  int rc = S->sqlite3changeset_apply(self->db, static_cast<int>(bytes.size()), bytes.data(),
                                     ac.filter.IsEmpty() ? nullptr : +filter, +conflict, &ac);
  bool closed = self->db == nullptr;  // a callback closed the database
  self->Leave();
  if (ac.failed || closed) return;  // a callback threw: its exception propagates
  if (rc == SQLITE_OK) return info.GetReturnValue().Set(true);
  if (rc == SQLITE_ABORT) return info.GetReturnValue().Set(false);
  ThrowSqliteError(isolate, self->db, rc);
}

// backup(targetPath, sourceDbName, targetDbName, rate, progress) -> total pages. Copies the
// whole database at once; lib/sqlite.js settles the promise.
void Database::Backup(const Info& info) {
  NODUS_OPEN_DB(self);
  v8::Isolate* isolate = info.GetIsolate();
  v8::String::Utf8Value path(isolate, info[0]);
  v8::String::Utf8Value source(isolate, info[1]);
  v8::String::Utf8Value target(isolate, info[2]);
  int rate = info[3]->IsInt32() ? info[3].As<v8::Int32>()->Value() : 100;
  if (rate == 0) rate = -1;
  sqlite3* dest = nullptr;
  int rc = S->sqlite3_open_v2(*path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI,
                              nullptr);
  if (rc != SQLITE_OK) {
    ThrowSqliteError(isolate, dest, rc);
    if (dest != nullptr) S->sqlite3_close_v2(dest);
    return;
  }
  sqlite3_backup* b = S->sqlite3_backup_init(dest, *target, self->db, *source);
  if (b == nullptr) {
    ThrowSqliteError(isolate, dest, S->sqlite3_extended_errcode(dest));
    S->sqlite3_close_v2(dest);
    return;
  }
  v8::Local<v8::Function> progress;
  if (info[4]->IsFunction()) progress = info[4].As<v8::Function>();
  int total = 0;
  self->Enter();
  while (true) {
    if (self->db == nullptr) {  // the progress callback closed the source
      rc = SQLITE_ABORT;
      break;
    }
    rc = S->sqlite3_backup_step(b, rate);
    total = S->sqlite3_backup_pagecount(b);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_OK && rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
    if (!progress.IsEmpty()) {
      v8::Local<v8::Object> p = v8::Object::New(isolate);
      v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
      SetProp(ctx, p, "totalPages", v8::Integer::New(isolate, total));
      SetProp(ctx, p, "remainingPages",
              v8::Integer::New(isolate, S->sqlite3_backup_remaining(b)));
      v8::Local<v8::Value> arg = p;
      if (progress->Call(ctx, v8::Undefined(isolate), 1, &arg).IsEmpty()) {
        S->sqlite3_backup_finish(b);
        S->sqlite3_close_v2(dest);
        self->Leave();
        return;
      }
    }
  }
  S->sqlite3_backup_finish(b);
  self->Leave();
  if (rc != SQLITE_DONE) {
    ThrowSqliteError(isolate, dest, S->sqlite3_extended_errcode(dest));
    S->sqlite3_close_v2(dest);
    return;
  }
  S->sqlite3_close_v2(dest);
  info.GetReturnValue().Set(total);
}

// ---- statements ---------------------------------------------------------------------------

bool Statement::BindValue(v8::Isolate* isolate, int index, v8::Local<v8::Value> v) {
  int rc;
  if (v->IsNull()) {
    rc = S->sqlite3_bind_null(stmt, index);
  } else if (v->IsNumber()) {
    rc = S->sqlite3_bind_double(stmt, index, v.As<v8::Number>()->Value());
  } else if (v->IsBigInt()) {
    bool lossless = true;
    int64_t i = v.As<v8::BigInt>()->Int64Value(&lossless);
    if (!lossless) {
      ThrowCodedError(isolate, "ERR_INVALID_ARG_VALUE", "BigInt value is too large to bind.");
      return false;
    }
    rc = S->sqlite3_bind_int64(stmt, index, i);
  } else if (v->IsString()) {
    v8::String::Utf8Value s(isolate, v);
    rc = S->sqlite3_bind_text(stmt, index, *s, s.length(), SQLITE_TRANSIENT);
  } else if (v->IsArrayBufferView()) {
    auto view = v.As<v8::ArrayBufferView>();
    std::vector<char> bytes(view->ByteLength());
    view->CopyContents(bytes.data(), bytes.size());
    rc = S->sqlite3_bind_blob(stmt, index, bytes.empty() ? "" : bytes.data(),
                              static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
  } else {
    ThrowCodedError(isolate, "ERR_INVALID_ARG_TYPE",
                    "Provided value cannot be bound to SQLite parameter " +
                        std::to_string(index) + ".");
    return false;
  }
  if (rc != SQLITE_OK) {
    ThrowSqliteError(isolate, db->db, rc);
    return false;
  }
  return true;
}

// args: [namedParameters?, ...anonymous]; the first is named when it is a plain object.
bool Statement::Bind(v8::Isolate* isolate, v8::Local<v8::Array> args, bool allow_bare,
                     bool allow_unknown) {
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  S->sqlite3_reset(stmt);
  S->sqlite3_clear_bindings(stmt);
  uint32_t n = args->Length();
  uint32_t first = 0;
  v8::Local<v8::Value> a0;
  if (n > 0 && args->Get(ctx, 0).ToLocal(&a0) && a0->IsObject() && !a0->IsArrayBufferView()) {
    first = 1;
    v8::Local<v8::Object> named = a0.As<v8::Object>();
    std::unordered_map<std::string, std::string> bare;  // 'a' -> ':a'
    if (allow_bare) {
      int count = S->sqlite3_bind_parameter_count(stmt);
      for (int i = 1; i <= count; i++) {
        const char* full = S->sqlite3_bind_parameter_name(stmt, i);
        if (full == nullptr || full[0] == '?') continue;
        std::string key(full + 1);
        auto it = bare.find(key);
        if (it != bare.end() && it->second != full) {
          std::string msg = "Cannot create bare named parameter '" + key +
                            "' because of conflicting names '" + it->second + "' and '" + full +
                            "'.";
          ThrowState(isolate, msg.c_str());
          return false;
        }
        bare.emplace(key, full);
      }
    }
    v8::Local<v8::Array> keys;
    if (!named->GetOwnPropertyNames(ctx).ToLocal(&keys)) return false;
    for (uint32_t k = 0; k < keys->Length(); k++) {
      v8::Local<v8::Value> key, value;
      if (!keys->Get(ctx, k).ToLocal(&key) || !named->Get(ctx, key).ToLocal(&value)) return false;
      v8::String::Utf8Value name(isolate, key);
      int index = S->sqlite3_bind_parameter_index(stmt, *name);
      if (index == 0 && allow_bare) {
        auto it = bare.find(*name);
        if (it != bare.end()) index = S->sqlite3_bind_parameter_index(stmt, it->second.c_str());
      }
      if (index == 0) {
        if (allow_unknown) continue;
        std::string msg = std::string("Unknown named parameter '") + *name + "'";
        ThrowState(isolate, msg.c_str());
        return false;
      }
      if (!BindValue(isolate, index, value)) return false;
    }
  }
  int index = 1;
  for (uint32_t i = first; i < n; i++) {
    // anonymous values skip the named parameters (':a', '$a', '@a'), not '?NNN'
    while (true) {
      const char* name = S->sqlite3_bind_parameter_name(stmt, index);
      if (name == nullptr || name[0] == '?') break;
      index++;
    }
    v8::Local<v8::Value> value;
    if (!args->Get(ctx, i).ToLocal(&value)) return false;
    if (!BindValue(isolate, index++, value)) return false;
  }
  return true;
}

// info: [args array]
bool Statement::Prepare(const Info& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!Usable(isolate)) return false;
  if (running) {
    // resetting a statement from inside its own step would pull its program from under SQLite
    ThrowState(isolate, "statement is running");
    return false;
  }
  if (stmt == nullptr) return true;
  if (!info[0]->IsArray()) return false;
  return Bind(isolate, info[0].As<v8::Array>(), allow_bare, allow_unknown);
}

v8::MaybeLocal<v8::Value> Statement::Row(v8::Isolate* isolate, bool bigints, bool arrays) {
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  int n = S->sqlite3_column_count(stmt);
  v8::Local<v8::Object> row;
  if (arrays) {
    row = v8::Array::New(isolate, n);
  } else {
    row = v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
  }
  for (int i = 0; i < n; i++) {
    v8::Local<v8::Value> v;
    switch (S->sqlite3_column_type(stmt, i)) {
      case SQLITE_INTEGER:
        if (!IntegerToJS(isolate, S->sqlite3_column_int64(stmt, i), bigints, &v)) return {};
        break;
      case SQLITE_FLOAT:
        v = v8::Number::New(isolate, S->sqlite3_column_double(stmt, i));
        break;
      case SQLITE_TEXT:
        v = Utf8Str(isolate, reinterpret_cast<const char*>(S->sqlite3_column_text(stmt, i)),
                    S->sqlite3_column_bytes(stmt, i));
        break;
      case SQLITE_BLOB: {
        const void* data = S->sqlite3_column_blob(stmt, i);
        v = BlobToJS(isolate, data, S->sqlite3_column_bytes(stmt, i));
        break;
      }
      default:
        v = v8::Null(isolate);
    }
    bool ok;
    if (arrays) {
      ok = row->CreateDataProperty(ctx, static_cast<uint32_t>(i), v).FromMaybe(false);
    } else {
      const char* name = S->sqlite3_column_name(stmt, i);
      ok = row->CreateDataProperty(ctx, Utf8Str(isolate, name ? name : ""), v).FromMaybe(false);
    }
    if (!ok) return {};
  }
  return row;
}

#define NODUS_STATEMENT(self)                          \
  NODUS_SQLITE_UNWRAP(self, Statement);                \
  if (!self->Prepare(info)) return;

void Statement::All(const Info& info) {
  NODUS_STATEMENT(self);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Array> rows = v8::Array::New(isolate);
  if (self->stmt == nullptr) return info.GetReturnValue().Set(rows);
  bool bigints = self->read_bigints, arrays = self->return_arrays;
  uint32_t n = 0;
  int rc;
  while ((rc = self->Step()) == SQLITE_ROW) {
    v8::Local<v8::Value> row;
    if (!self->Row(isolate, bigints, arrays).ToLocal(&row) ||
        rows->Set(ctx, n++, row).IsNothing()) {
      S->sqlite3_reset(self->stmt);
      return;
    }
  }
  if (rc == kClosed) return;
  if (rc != SQLITE_DONE) {
    self->db->Throw(isolate, rc);
    S->sqlite3_reset(self->stmt);
    return;
  }
  S->sqlite3_reset(self->stmt);
  info.GetReturnValue().Set(rows);
}

void Statement::Get(const Info& info) {
  NODUS_STATEMENT(self);
  v8::Isolate* isolate = info.GetIsolate();
  if (self->stmt == nullptr) return;
  int rc = self->Step();
  if (rc == kClosed) return;
  if (rc == SQLITE_ROW) {
    v8::Local<v8::Value> row;
    if (self->Row(isolate, self->read_bigints, self->return_arrays).ToLocal(&row)) {
      info.GetReturnValue().Set(row);
    }
  } else if (rc != SQLITE_DONE) {
    self->db->Throw(isolate, rc);
  }
  S->sqlite3_reset(self->stmt);
}

void Statement::Run(const Info& info) {
  NODUS_STATEMENT(self);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  int rc = SQLITE_DONE;
  if (self->stmt != nullptr) {
    while ((rc = self->Step()) == SQLITE_ROW) {
    }
    if (rc == kClosed) return;
    if (rc != SQLITE_DONE) {
      self->db->Throw(isolate, rc);
      S->sqlite3_reset(self->stmt);
      return;
    }
    S->sqlite3_reset(self->stmt);
  }
  sqlite3* db = self->db->db;
  int64_t changes = self->stmt != nullptr ? S->sqlite3_changes64(db) : 0;
  int64_t rowid = S->sqlite3_last_insert_rowid(db);
  v8::Local<v8::Object> out = v8::Object::New(isolate);
  v8::Local<v8::Value> id, ch;
  bool bigints = self->read_bigints;
  if (!IntegerToJS(isolate, rowid, bigints, &id) || !IntegerToJS(isolate, changes, bigints, &ch)) {
    return;
  }
  if (!out->CreateDataProperty(ctx, Str(isolate, "lastInsertRowid"), id).FromMaybe(false) ||
      !out->CreateDataProperty(ctx, Str(isolate, "changes"), ch).FromMaybe(false)) {
    return;
  }
  info.GetReturnValue().Set(out);
}

// start(args, ...): binds for an iteration; next(bigints, arrays) gives a row or undefined.
void Statement::Start(const Info& info) {
  NODUS_STATEMENT(self);
  (void)self;
}

void Statement::Next(const Info& info) {
  NODUS_SQLITE_UNWRAP(self, Statement);
  v8::Isolate* isolate = info.GetIsolate();
  if (!self->Usable(isolate)) return;
  if (self->stmt == nullptr) return;
  if (self->running) return ThrowState(isolate, "statement is running");
  int rc = self->Step();
  if (rc == kClosed) return;
  if (rc == SQLITE_ROW) {
    v8::Local<v8::Value> row;
    if (self->Row(isolate, self->read_bigints, self->return_arrays).ToLocal(&row)) {
      info.GetReturnValue().Set(row);
    } else {
      S->sqlite3_reset(self->stmt);
    }
    return;
  }
  if (rc != SQLITE_DONE) self->db->Throw(isolate, rc);
  S->sqlite3_reset(self->stmt);
}

void Statement::ResetJS(const Info& info) {
  NODUS_SQLITE_UNWRAP(self, Statement);
  if (self->stmt != nullptr && !self->finalized && !self->running) S->sqlite3_reset(self->stmt);
}

// setFlag(which, value): 0 readBigInts, 1 returnArrays, 2 allowBare, 3 allowUnknown
void Statement::SetFlag(const Info& info) {
  NODUS_SQLITE_UNWRAP(self, Statement);
  bool v = info[1]->IsTrue();
  switch (info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1)) {
    case 0: self->read_bigints = v; break;
    case 1: self->return_arrays = v; break;
    case 2: self->allow_bare = v; break;
    case 3: self->allow_unknown = v; break;
    default: break;
  }
}

void Statement::Columns(const Info& info) {
  NODUS_SQLITE_UNWRAP(self, Statement);
  v8::Isolate* isolate = info.GetIsolate();
  if (!self->Usable(isolate)) return;
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Array> out = v8::Array::New(isolate);
  if (self->stmt == nullptr) return info.GetReturnValue().Set(out);
  int n = S->sqlite3_column_count(self->stmt);
  auto text = [&](const char* s) -> v8::Local<v8::Value> {
    if (s == nullptr) return v8::Null(isolate);
    return Utf8Str(isolate, s);
  };
  for (int i = 0; i < n; i++) {
    v8::Local<v8::Object> c = v8::Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
    sqlite3_stmt* s = self->stmt;
    if (!c->CreateDataProperty(ctx, Str(isolate, "column"), text(S->sqlite3_column_origin_name(s, i))).FromMaybe(false) ||
        !c->CreateDataProperty(ctx, Str(isolate, "database"), text(S->sqlite3_column_database_name(s, i))).FromMaybe(false) ||
        !c->CreateDataProperty(ctx, Str(isolate, "name"), text(S->sqlite3_column_name(s, i))).FromMaybe(false) ||
        !c->CreateDataProperty(ctx, Str(isolate, "table"), text(S->sqlite3_column_table_name(s, i))).FromMaybe(false) ||
        !c->CreateDataProperty(ctx, Str(isolate, "type"), text(S->sqlite3_column_decltype(s, i))).FromMaybe(false) ||
        out->Set(ctx, static_cast<uint32_t>(i), c).IsNothing()) {
      return;
    }
  }
  info.GetReturnValue().Set(out);
}

void Statement::SourceSQL(const Info& info) {
  NODUS_SQLITE_UNWRAP(self, Statement);
  v8::Isolate* isolate = info.GetIsolate();
  if (!self->Usable(isolate)) return;
  if (self->stmt == nullptr) return info.GetReturnValue().Set(v8::String::Empty(isolate));
  info.GetReturnValue().Set(Utf8Str(isolate, S->sqlite3_sql(self->stmt)));
}

void Statement::ExpandedSQL(const Info& info) {
  NODUS_SQLITE_UNWRAP(self, Statement);
  v8::Isolate* isolate = info.GetIsolate();
  if (!self->Usable(isolate)) return;
  if (self->stmt == nullptr) return info.GetReturnValue().Set(v8::String::Empty(isolate));
  char* s = S->sqlite3_expanded_sql(self->stmt);
  if (s == nullptr) return ThrowSqliteError(isolate, nullptr, SQLITE_NOMEM);
  info.GetReturnValue().Set(Utf8Str(isolate, s));
  S->sqlite3_free(s);
}

// Statement and Session objects are made by lib/sqlite.js (Reflect.construct with node's
// classes as new.target) and filled in by prepare()/createSession(); field 1 stays null until then.
void NewInternal(const Info& info) {
  if (info.IsConstructCall() && info.This()->InternalFieldCount() >= 2) {
    info.This()->SetAlignedPointerInInternalField(0, nullptr);
    info.This()->SetAlignedPointerInInternalField(1, nullptr);
  }
}

void NewDatabase(const Info& info) {
  if (!info.IsConstructCall()) return;
  new Database(Realm::From(info), info.This());
}

}  // namespace

void Init(Binding& b) {
  std::string error;
  if (!b.recording() && S == nullptr) S = Load(&error);
  if (!b.recording() && S == nullptr) {
    b.Value("loadError", Str(b.isolate(), error));
    return;
  }
  v8::Local<v8::FunctionTemplate> db = b.Class("Database", NewDatabase, 2);
  b.ProtoMethod(db, "configure", Database::Configure);
  b.ProtoMethod(db, "open", Database::Open);
  b.ProtoMethod(db, "close", Database::CloseJS);
  b.ProtoMethod(db, "isOpen", Database::IsOpen);
  b.ProtoMethod(db, "isTransaction", Database::IsTransaction);
  b.ProtoMethod(db, "exec", Database::Exec);
  b.ProtoMethod(db, "prepare", Database::Prepare);
  b.ProtoMethod(db, "location", Database::Location);
  b.ProtoMethod(db, "function", Database::Function);
  b.ProtoMethod(db, "aggregate", Database::Aggregate);
  b.ProtoMethod(db, "enableLoadExtension", Database::EnableLoadExtension);
  b.ProtoMethod(db, "loadExtension", Database::LoadExtension);
  b.ProtoMethod(db, "createSession", Database::CreateSession);
  b.ProtoMethod(db, "applyChangeset", Database::ApplyChangeset);
  b.ProtoMethod(db, "backup", Database::Backup);
  b.Install("Database", db);

  // lib/sqlite.js makes these with Reflect.construct and node's classes as new.target, so the
  // public objects carry the internal fields; prepare()/createSession() fill them in.
  v8::Local<v8::FunctionTemplate> stmt = b.Class("Statement", NewInternal, 2);
  b.ProtoMethod(stmt, "all", Statement::All);
  b.ProtoMethod(stmt, "get", Statement::Get);
  b.ProtoMethod(stmt, "run", Statement::Run);
  b.ProtoMethod(stmt, "start", Statement::Start);
  b.ProtoMethod(stmt, "next", Statement::Next);
  b.ProtoMethod(stmt, "reset", Statement::ResetJS);
  b.ProtoMethod(stmt, "setFlag", Statement::SetFlag);
  b.ProtoMethod(stmt, "columns", Statement::Columns);
  b.ProtoMethod(stmt, "sourceSQL", Statement::SourceSQL);
  b.ProtoMethod(stmt, "expandedSQL", Statement::ExpandedSQL);
  b.Install("Statement", stmt);

  v8::Local<v8::FunctionTemplate> session = b.Class("Session", NewInternal, 2);
  b.ProtoMethod(session, "changeset", Session::Changes<false>);
  b.ProtoMethod(session, "patchset", Session::Changes<true>);
  b.ProtoMethod(session, "close", Session::CloseJS);
  b.Install("Session", session);
}

}  // namespace nodus::sqlite

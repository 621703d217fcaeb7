# node --run <script>: the nearest package.json up from the current folder, no pre/post scripts
# and no npm_* variables, NODE_RUN_* variables, existing node_modules/.bin folders from the
# current folder up on PATH, arguments after -- appended as written, the script runs in the
# package's folder, node's messages and exit codes (9 without a name, 1 for any failure).
# The sanitizer build (make test-asan) has no package-manager module, which runs --run: there
# both runtimes print the same skip line.
if [ -n "${NODUS_SANITIZED:-}" ]; then echo "skipped: no package manager in the sanitizer build"; exit 0; fi
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/p/node_modules/.bin" "$dir/p/sub/node_modules/.bin" "$dir/p/sub/deeper" "$dir/none"
cat > "$dir/p/package.json" <<'JSON'
{
  "name": "runme",
  "version": "1.0.0",
  "scripts": {
    "hello": "echo hello \"[$npm_lifecycle_event]\"",
    "pretest": "echo pre",
    "test": "echo test",
    "posttest": "echo post",
    "where": "pwd",
    "vars": "echo \"$NODE_RUN_SCRIPT_NAME $NODE_RUN_PACKAGE_JSON_PATH\"",
    "bins": "echo \"$PATH\" | tr ':' '\\n' | grep node_modules",
    "args": "printf '<%s>\\n' start",
    "fail": "exit 3",
    "signal": "kill -TERM $$"
  }
}
JSON
echo '{ "name": "empty" }' > "$dir/none/package.json"
show() {
  "$@" > "$dir/out" 2> "$dir/err"
  echo "exit $?"
  sed "s#$dir#DIR#g" "$dir/out"
  sed "s#$dir#DIR#g; s#^[^ ]*: --run#RUNTIME: --run#" "$dir/err"
}
cd "$dir/p"
show $NODE --run
show $NODE --run hello
show $NODE --run=hello
show $NODE --run test
show $NODE --run vars
show $NODE --run args ignored -- a 'b c' --flag
show $NODE --run fail
show $NODE --run signal
show $NODE --run missing
cd "$dir/p/sub/deeper"
show $NODE --run where
show $NODE --run bins
cd "$dir/none"
show $NODE --run hello
cd /
show $NODE --run hello

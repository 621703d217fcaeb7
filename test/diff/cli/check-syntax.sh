# -c / --check: syntax only, nothing runs
dir=$(mktemp -d)
echo 'console.log("ran")' > "$dir/ok.js"
printf 'function (\n' > "$dir/bad.js"
$NODE -c "$dir/ok.js"; echo "ok exit $?"
$NODE --check "$dir/bad.js" 2>&1 | grep -c SyntaxError
$NODE --check "$dir/bad.js" 2>/dev/null; echo "bad exit $?"
rm -rf "$dir"

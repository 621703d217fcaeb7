# -r / --require preloads modules before the main script
dir=$(mktemp -d)
echo 'console.log("preloaded", typeof module)' > "$dir/pre.js"
echo 'console.log("second preload")' > "$dir/pre2.js"
echo 'console.log("main")' > "$dir/main.js"
$NODE -r "$dir/pre.js" --require "$dir/pre2.js" "$dir/main.js"
$NODE -r "$dir/pre.js" -e 'console.log("eval")'
cd "$dir" && $NODE -r ./pre.js main.js
rm -rf "$dir"

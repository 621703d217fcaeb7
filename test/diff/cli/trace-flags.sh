# --trace-uncaught, --trace-warnings, --disable-warning, --title
dir=$(mktemp -d)
# the runtime's own name and version line differ by design
norm() { sed -E 's/^(Node\.js|nodus) v[0-9.]+$/<version>/; s/`nodus /`node /g'; }
printf 'function thrower() {\n  throw 1;\n}\nthrower();\n' > "$dir/t.js"
$NODE --trace-uncaught "$dir/t.js" 2>&1 | grep -v "node:internal" | sed "s|$dir|DIR|" | norm
echo "exit ${PIPESTATUS[0]}"
$NODE "$dir/t.js" 2>&1 | grep -c "trace-uncaught"
printf 'process.emitWarning("w1", "CustomWarning");\n' > "$dir/w.js"
$NODE --trace-warnings "$dir/w.js" 2>&1 | grep -E "CustomWarning|at .*w.js" | sed "s|$dir|DIR|; s|node:[0-9]*|node:PID|"
$NODE "$dir/w.js" 2>&1 | sed "s|node:[0-9]*|node:PID|" | norm
$NODE --disable-warning=CustomWarning "$dir/w.js" 2>&1 | wc -l
printf 'process.emitWarning("d", "DeprecationWarning", "DEP0005");\n' > "$dir/d.js"
$NODE --disable-warning=DEP0005 "$dir/d.js" 2>&1 | wc -l
$NODE --title=nodus-title-test -p 'process.title'
rm -rf "$dir"

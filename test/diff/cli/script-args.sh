# Script arguments, `--`, shebang lines, missing script
dir=$(mktemp -d)
printf '#!/usr/bin/env node\nconsole.log(process.argv.slice(2).join(","))\n' > "$dir/s.js"
$NODE "$dir/s.js" a -b --c
$NODE -- "$dir/s.js" --flag
$NODE "$dir/missing.js" 2>&1 | grep -E "^Error|code" | sed "s|$dir|DIR|"
echo "exit ${PIPESTATUS[0]}"
rm -rf "$dir"

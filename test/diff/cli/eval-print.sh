# -e, -p, --eval=, --print, -pe, arguments after -e, process.argv under -e
$NODE -e 'console.log(1 + 1)'
$NODE --eval='console.log("eq form")'
$NODE -p '6 * 7'
$NODE --print '"str"'
$NODE -pe '[1, {a: 2}]'
$NODE -p 'undefined'
$NODE -e 'console.log(process.argv.slice(1))' a b -- c
$NODE -p 'typeof require + " " + typeof module + " " + __filename + " " + __dirname'
$NODE -p 'require("path").join("a", "b")'
$NODE -e 'throw new Error("from eval")' 2>&1 | head -1
echo "exit $?"
$NODE -e 'process.exitCode = 3'; echo "exit $?"
$NODE -e 'process.exit(4)'; echo "exit $?"

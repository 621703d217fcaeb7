# A script from stdin, with `-` and with no arguments (stdin not a TTY)
echo 'console.log("from stdin", process.argv.length)' | $NODE
echo 'console.log("dash", __filename)' | $NODE -
echo 'console.log(process.argv.slice(2))' | $NODE - x y
echo '1 + 2' | $NODE -p
printf 'let x = ;\n' | $NODE 2>&1 | grep -c SyntaxError

# NODE_OPTIONS is applied before the command line; forbidden flags there are rejected
dir=$(mktemp -d)
echo 'console.log("pre")' > "$dir/pre.js"
NODE_OPTIONS="--require $dir/pre.js" $NODE -e 'console.log("main")'
NODE_OPTIONS="--no-deprecation" $NODE -p 'process.noDeprecation'
NODE_OPTIONS="--unhandled-rejections=warn" $NODE -e 'Promise.reject(1); setTimeout(()=>console.log("alive"),1)' 2>/dev/null
NODE_OPTIONS="-e 1" $NODE -e 'console.log(1)' 2>/dev/null; echo "exit $?"
rm -rf "$dir"

# V8 flags pass through; unknown flags are rejected with exit 9
$NODE --expose-gc -p 'typeof gc'
$NODE --expose_gc -p 'typeof gc'
$NODE -p 'typeof gc'
$NODE --max-old-space-size=64 -p '1'
$NODE --stack-size=500 -e 'function f(){f()} try{f()}catch(e){console.log(e instanceof RangeError)}'
$NODE --no-such-flag-at-all -e 1 2>/dev/null; echo "exit $?"
$NODE --harmony -p '"harmony ok"'
$NODE --stack-trace-limit=1 -e 'try { null.x } catch (e) { console.log(e.stack.split("\n").length) }'

#!/bin/bash
# An unsettled top-level await in --input-type=module code from stdin and -e.
printf 'console.log("stdin");\nawait new Promise(() => {});\n' | $NODE --input-type=module
echo "exit $?"
$NODE --input-type=module -e 'await new Promise(() => {})'
echo "exit $?"

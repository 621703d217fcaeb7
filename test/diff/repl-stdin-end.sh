#!/bin/bash
# The REPL exits with code 0 when its input ends, after evaluating the last line (even one
# without a newline), and with an incomplete expression pending.
set -o pipefail
printf '1 + 2\n"last"' | "$NODE" -i | sed 1d
echo "exit $?"
printf 'function open() {\n' | "$NODE" -i | sed 1d
echo "exit $?"
printf '' | "$NODE" -i | sed 1d
echo "exit $?"

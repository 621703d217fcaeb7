#!/bin/bash
# Syntax errors in REPL input: the source line and caret, then the message; recoverable ones
# (open brackets, template literals, trailing backslash in a string) wait for more input.
# The caret under the source line is cut to one character: its width comes from the engine.
set -o pipefail
printf '%s\n' \
  ')' \
  '"a' \
  'function () {}' \
  'foo(' \
  ')' \
  '"ab\' \
  'cd"' \
  '/* comment' \
  '*/ 4' \
  'let x = 1' \
  'let x = 2' \
  '.exit' \
  | "$NODE" -i | sed 1d | sed 's/\^\^*$/^/'

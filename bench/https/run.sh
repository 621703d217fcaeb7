#!/usr/bin/env bash
# https hello world, nodus vs node 22 in one run: see bench.py.
exec python3 "$(cd "$(dirname "$0")" && pwd)/bench.py" "$@"

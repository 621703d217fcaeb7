#!/usr/bin/env bash
# crypto throughput, nodus vs node 22 in one run: see bench.py.
exec python3 "$(cd "$(dirname "$0")" && pwd)/bench.py" "$@"

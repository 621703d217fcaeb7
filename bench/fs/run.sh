#!/usr/bin/env bash
# fs throughput, nodus vs node 22 in one run (ops per CPU-second, medians, ratio): the buffer
# bench's driver pointed at bench/fs/cases.js.
here="$(cd "$(dirname "$0")" && pwd)"
exec python3 - "$here" "$@" <<'PY'
import importlib.util, os, sys
here = sys.argv.pop(1)
spec = importlib.util.spec_from_file_location('bench', os.path.join(here, '..', 'buffer', 'bench.py'))
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)
bench.HERE = here
sys.argv[0] = 'bench/fs/run.sh'
bench.main()
PY

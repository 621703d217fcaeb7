#!/usr/bin/env python3
"""worker_threads: time to start a worker and message round trips, nodus vs node in the same run.

  bench/worker/bench.py [--runs N] [--count N] [--nodus BIN] [--node BIN]
Start times are medians in ms (lower is better: the ratio is node/nodus); round trips per second
(higher is better: nodus/node). Ratios above 1 mean nodus is faster.
"""
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import benchlib  # noqa: E402
ROOT = os.path.dirname(os.path.dirname(HERE))


def main():
    args = benchlib.arguments(runs=3, options=[('--count', int, 20)], filters=False)
    node = args.node
    samples = {'nodus': [], 'node': []}
    for _ in range(args.runs):
        for label, binary in (('nodus', args.nodus), ('node', node)):
            out = subprocess.run([binary, os.path.join(HERE, 'cases.js'), str(args.count)],
                                 capture_output=True, text=True, check=True)
            samples[label].append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f'worker_threads, {args.runs} runs, medians (node: {node})')
    print(f'{"case":28} {"nodus":>12} {"node":>12} {"ratio":>7}')
    for key, unit, lower_better in (('start', 'ms', True), ('startExit', 'ms', True),
                                    ('roundtrip', '/s', False)):
        a = statistics.median(s[key] for s in samples['nodus'])
        b = statistics.median(s[key] for s in samples['node'])
        ratio = b / a if lower_better else a / b
        print(f'{key + " (" + unit + ")":28} {a:12.2f} {b:12.2f} {ratio:7.2f}')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""zlib throughput: nodus vs node 22 in the same run (DESIGN.md section 6).

64 MiB of text-like data through gzip/gunzip and brotli (quality 4), stream, callback and Sync
forms, zlib.crc32, and many 1 KiB buffers through deflateSync/inflateSync/gunzip (operations). Each case runs in its own process, alternating runtimes, `--runs` times; the table shows
median MiB of uncompressed data (or operations) per CPU-second (threadpool included) and the nodus/node ratio
(higher is better; target >= 1.0), and the wall-clock ratio.
  bench/zlib/run.sh [--runs N] [--nodus BIN] [--node BIN] [filter...]
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import benchlib  # noqa: E402
ROOT = os.path.dirname(os.path.dirname(HERE))
CASES = os.path.join(HERE, 'cases.js')


def run(binary, case, data_dir):
    out = subprocess.run([binary, CASES, case, data_dir], capture_output=True, text=True, check=True)
    cpu, wall, _ = out.stdout.split()
    return float(cpu), float(wall)


def main():
    args = benchlib.arguments(runs=3)
    node = args.node
    names = subprocess.run([node, CASES, '--list'], capture_output=True, text=True,
                           check=True).stdout.split('\n')
    names = [n for n in names if n and (not args.filter or any(f in n for f in args.filter))]
    data_dir = tempfile.mkdtemp(prefix='nodus-bench-zlib-')
    try:
        subprocess.run([node, CASES, 'prepare', data_dir], check=True)
        print(f'zlib, 64 MiB input, {args.runs} runs, medians (node: {node})')
        print(f'{"case":30} {"nodus /cpu-s":>16} {"node /cpu-s":>15} {"ratio":>6} '
              f'{"wall ratio":>10}')
        ratios = []
        for name in names:
            res = {'nodus': [], 'node': []}
            for _ in range(args.runs):
                res['nodus'].append(run(args.nodus, name, data_dir))
                res['node'].append(run(node, name, data_dir))
            a = statistics.median(r[0] for r in res['nodus'])
            b = statistics.median(r[0] for r in res['node'])
            wa = statistics.median(r[1] for r in res['nodus'])
            wb = statistics.median(r[1] for r in res['node'])
            ratios.append(a / b)
            print(f'{name:30} {a:16.1f} {b:15.1f} {a / b:6.2f} {wa / wb:10.2f}', flush=True)
        if ratios:
            geo = 1.0
            for r in ratios:
                geo *= r
            geo **= 1.0 / len(ratios)
            print(f'{"geometric mean":30} {"":16} {"":15} {geo:6.2f}')
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == '__main__':
    main()

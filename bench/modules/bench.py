#!/usr/bin/env python3
"""Module loading: nodus vs node in the same run (issue 3's benchmark, DESIGN.md section 6).

Generates trees of 1,000 modules (ES modules, CommonJS, ES modules importing CommonJS through
the named-export lexer) and times loading each with both runtimes alternately: CPU time
(user+sys) medians and the nodus/node ratio. Target: ratio <= 1.
  bench/modules/bench.py [--runs N] [--count N] [--nodus BIN] [--node BIN]
"""
import argparse
import importlib.util
import os
import statistics
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def startup_bench():
    """bench/startup/bench.py: its measure() and node lookup are shared."""
    spec = importlib.util.spec_from_file_location(
        'startup_bench', os.path.join(ROOT, 'bench', 'startup', 'bench.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def write_tree(root, count, kind):
    """A binary tree of modules; each sums its children's values. Returns the entry path."""
    os.makedirs(root, exist_ok=True)
    ext = {'esm': '.mjs', 'cjs': '.cjs', 'mixed': '.cjs'}[kind]
    for i in range(count):
        kids = [j for j in (2 * i + 1, 2 * i + 2) if j < count]
        with open(os.path.join(root, f'm{i}{ext}'), 'w') as f:
            if ext == '.mjs':
                for j in kids:
                    f.write(f"import {{ v as v{j} }} from './m{j}.mjs';\n")
                f.write(f"export const v = {i}{''.join(f' + v{j}' for j in kids)};\n")
            else:
                for j in kids:
                    f.write(f"const v{j} = require('./m{j}.cjs').v;\n")
                f.write(f"exports.v = {i}{''.join(f' + v{j}' for j in kids)};\n")
    entry = os.path.join(root, 'main.mjs' if kind != 'cjs' else 'main.cjs')
    with open(entry, 'w') as f:
        if kind == 'cjs':
            f.write("console.log(require('./m0.cjs').v);\n")
        else:
            f.write(f"import {{ v }} from './m0{ext}';\nconsole.log(v);\n")
    return entry


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=10)
    ap.add_argument('--count', type=int, default=1000)
    ap.add_argument('--nodus', default=os.path.join(ROOT, 'build', 'nodus'))
    ap.add_argument('--node', default=None)
    args = ap.parse_args()
    sb = startup_bench()
    node = args.node or sb.subprocess.run(
        ['bash', os.path.join(ROOT, 'scripts', 'setup-node22.sh')],
        capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    tmp = tempfile.mkdtemp()
    cases = [(f'{args.count} {kind} modules', write_tree(os.path.join(tmp, kind), args.count, kind))
             for kind in ('esm', 'cjs', 'mixed')]
    print(f'module loading, {args.runs} runs each, CPU medians (node: {node})')
    print(f'{"case":28} {"nodus ms":>10} {"node ms":>10} {"ratio":>8}')
    for name, entry in cases:
        cpu = {'nodus': [], 'node': []}
        for _ in range(args.runs):
            for label, binary in (('nodus', args.nodus), ('node', node)):
                cpu[label].append(sb.measure([binary, entry])[0])
        a, b = statistics.median(cpu['nodus']), statistics.median(cpu['node'])
        print(f'{name:28} {a * 1000:10.1f} {b * 1000:10.1f} {a / b:8.2f}')


if __name__ == '__main__':
    main()

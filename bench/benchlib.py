"""What every bench/*/bench.py shares: its command line (--runs, --nodus, --node, filters) and
finding the Node 22 the test setup installs."""
import argparse
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def node22():
    out = subprocess.run(['bash', os.path.join(ROOT, 'scripts', 'setup-node22.sh')],
                         capture_output=True, text=True, check=True).stdout
    return out.strip().splitlines()[-1]


def arguments(runs=3, options=(), filters=True):
    """Parses the command line; `options` are extra (flag, type, default) triples. `args.node`
    is Node 22's path unless --node names another."""
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=runs)
    for flag, kind, default in options:
        ap.add_argument(flag, type=kind, default=default)
    ap.add_argument('--nodus', default=os.path.join(ROOT, 'build', 'nodus'))
    ap.add_argument('--node', default=None)
    if filters:
        ap.add_argument('filter', nargs='*')
    args = ap.parse_args()
    args.node = args.node or node22()
    return args


def cpu_seconds(pid):
    """User + system CPU seconds a running process used so far."""
    f = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf('SC_CLK_TCK')


def peak_rss_mb(pid):
    """A running process's peak resident set (VmHWM) in MB."""
    for line in open(f'/proc/{pid}/status'):
        if line.startswith('VmHWM:'):
            return int(line.split()[1]) / 1024
    return 0.0

#!/usr/bin/env python3
"""Cold and warm installs of bench.py's project, tools alternating round by round (the machine's
load then weighs on all of them alike), each round with its own empty cache.
  bench/install/alternate.py --rounds 3 nodus=build/nodus old=/tmp/old/nodus bun=/path/to/bun
A name starting with "bun" runs `bun install`, anything else `<bin> install` with NODUS_CACHE_DIR and
NODUS_PM_TIMING=1 (its resolve and fetch phase ends and http line are printed). TMPDIR=/dev/shm runs
them on tmpfs, where creating inodes is cheap and the rest shows. Prints wall and CPU (user+sys of
the process tree) per run and the medians."""
import argparse, json, os, shutil, statistics, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import PROJECT, timed_run as run  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("tools", nargs="+", help="name=binary")
    args = ap.parse_args()
    env0 = {k: v for k, v in os.environ.items() if not k.lower().startswith("npm_config_")}
    tools = dict(t.split("=", 1) for t in args.tools)
    names = list(tools)
    res = {t: {"cold": [], "warm": []} for t in names}
    work = tempfile.mkdtemp(prefix="nodus-bench-alternate-")
    try:
        for i in range(args.rounds):
            for name in names[i % len(names):] + names[:i % len(names)]:
                d, cache = f"{work}/{name}-{i}", f"{work}/{name}-cache-{i}"
                os.makedirs(d)
                with open(d + "/package.json", "w") as f:
                    json.dump(PROJECT, f, indent=2)
                binp = os.path.abspath(tools[name])
                if name.startswith("bun"):
                    cmd, env = [binp, "install", "--ignore-scripts", "--no-progress"], dict(env0, BUN_INSTALL_CACHE_DIR=cache)
                else:
                    cmd, env = [binp, "install", "--ignore-scripts"], dict(env0, NODUS_CACHE_DIR=cache, NODUS_PM_TIMING="1")
                w, c, err = run(cmd, d, env)
                info = " | ".join(l.split("timing ")[1] for l in err.splitlines()
                                  if any(f"timing {k}" in l for k in ("resolve", "fetch", "http")))
                shutil.rmtree(d + "/node_modules")
                w2, c2, _ = run(cmd, d, env)
                res[name]["cold"].append((w, c))
                res[name]["warm"].append((w2, c2))
                print(f"{name} round {i}: cold wall {w:.2f} cpu {c:.2f}  warm wall {w2:.2f} cpu {c2:.2f}  {info}", flush=True)
                shutil.rmtree(d)
                shutil.rmtree(cache, ignore_errors=True)
        for name in names:
            for sc in ("cold", "warm"):
                v = res[name][sc]
                print(f"{name} {sc}: median wall {statistics.median(x for x, _ in v):.2f} "
                      f"cpu {statistics.median(y for _, y in v):.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

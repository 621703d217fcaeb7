#!/usr/bin/env python3
"""Install benchmark: nodus vs npm (and bun, pnpm when they can be installed from npm into a temp dir).

Scenarios, each run in its own temp project per tool against the public registry:
  cold   empty cache, no lockfile, no node_modules
  warm   warm cache, lockfile present, node_modules removed
  noop   everything already installed
Reports the median wall time and CPU time (user+sys of the child processes) over --runs runs,
and ratios to npm. Usage: bench/install/bench.py [--runs 3] [--tools nodus,npm,bun,pnpm]
"""
import argparse, json, os, resource, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROJECT = {
    "name": "bench-app", "version": "1.0.0", "private": True,
    "dependencies": {
        "express": "^4.21.0", "fastify": "^4.28.0", "react": "^18.3.0", "react-dom": "^18.3.0",
        "lodash": "^4.17.21", "axios": "^1.7.0", "typescript": "^5.5.0", "chalk": "^4.1.2",
        "commander": "^12.0.0", "dayjs": "^1.11.0", "uuid": "^10.0.0", "zod": "^3.23.0",
        "yargs": "^17.7.0", "ws": "^8.18.0", "debug": "^4.3.0",
    },
    "devDependencies": {"eslint": "^8.57.0", "prettier": "^3.3.0", "jest": "^29.7.0"},
}


def nodus_bin():
    env = os.environ.get("NODUS_BIN")
    if env:
        return os.path.abspath(env)
    real = os.path.join(ROOT, "build", "nodus")
    return real if os.path.exists(real) else os.path.join(ROOT, "build", "release", "nodus_pm_dev")


def timed(cmd, cwd, env):
    wall, cpu, _ = timed_run(cmd, cwd, env)
    return wall, cpu


def timed_run(cmd, cwd, env):
    """Runs cmd; (wall seconds, CPU seconds of the process tree, stderr). Raises on failure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stderr[-2000:]}")
    return wall, cpu, p.stderr


def setup_tools(work, wanted):
    tools = {}
    base_env = {k: v for k, v in os.environ.items() if not k.lower().startswith("npm_config_")}
    if "nodus" in wanted:
        b = nodus_bin()
        tools["nodus"] = {
            "install": lambda cache: [b, "install", "--ignore-scripts"],
            "env": lambda cache: dict(base_env, NODUS_CACHE_DIR=cache),
            "lock": "package-lock.json",
        }
    if "npm" in wanted:
        tools["npm"] = {
            "install": lambda cache: ["npm", "install", "--ignore-scripts", "--no-audit", "--no-fund", "--cache", cache,
                                      "--loglevel=error"],
            "env": lambda cache: dict(base_env),
            "lock": "package-lock.json",
        }
    extra = [t for t in ("bun", "pnpm") if t in wanted]
    if extra:
        tooldir = os.path.join(work, "tools")
        os.makedirs(tooldir)
        with open(os.path.join(tooldir, "package.json"), "w") as f:
            json.dump({"name": "bench-tools", "private": True}, f)
        for t in extra:
            p = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", t], cwd=tooldir,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=base_env)
            binp = os.path.join(tooldir, "node_modules", ".bin", t)
            if p.returncode != 0 or not os.path.exists(binp):
                print(f"# {t}: could not be installed from npm, skipped", file=sys.stderr)
                continue
            if t == "bun":
                tools["bun"] = {
                    "install": lambda cache, b=binp: [b, "install", "--ignore-scripts", "--no-progress"],
                    "env": lambda cache: dict(base_env, BUN_INSTALL_CACHE_DIR=cache),
                    "lock": "bun.lock",
                }
            else:
                tools["pnpm"] = {
                    "install": lambda cache, b=binp: [b, "install", "--ignore-scripts", "--store-dir", cache,
                                                      "--config.node-linker=hoisted", "--reporter=silent"],
                    "env": lambda cache: dict(base_env),
                    "lock": "pnpm-lock.yaml",
                }
    return tools


def bench_tool(name, tool, work, runs):
    results = {"cold": [], "warm": [], "noop": []}
    for i in range(runs):
        d = os.path.join(work, f"{name}-{i}")
        cache = os.path.join(work, f"{name}-cache-{i}")
        os.makedirs(d)
        with open(os.path.join(d, "package.json"), "w") as f:
            json.dump(PROJECT, f, indent=2)
        env = tool["env"](cache)
        results["cold"].append(timed(tool["install"](cache), d, env))
        shutil.rmtree(os.path.join(d, "node_modules"))
        results["warm"].append(timed(tool["install"](cache), d, env))
        results["noop"].append(timed(tool["install"](cache), d, env))
        count = sum(1 for _ in os.scandir(os.path.join(d, "node_modules")))
        shutil.rmtree(d)
        shutil.rmtree(cache, ignore_errors=True)
    return results, count


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tools", default="nodus,npm,bun,pnpm")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="nodus-bench-install-")
    try:
        tools = setup_tools(work, args.tools.split(","))
        table = {}
        for name, tool in tools.items():
            try:
                res, count = bench_tool(name, tool, work, args.runs)
            except RuntimeError as e:
                print(f"# {name}: {e}", file=sys.stderr)
                continue
            table[name] = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in res.items()}
            print(f"# {name}: {count} top-level entries in node_modules", file=sys.stderr)
        print(f"{'tool':8} {'scenario':6} {'wall s':>8} {'cpu s':>8} {'npm/x wall':>10} {'npm/x cpu':>10}")
        for name, rows in table.items():
            for sc in ("cold", "warm", "noop"):
                w, c = rows[sc]
                nw, nc = table.get("npm", {}).get(sc, (float("nan"), float("nan")))
                print(f"{name:8} {sc:6} {w:8.2f} {c:8.2f} {nw / w if w else 0:10.1f} {nc / c if c else 0:10.1f}")
        print(f"(median of {args.runs} runs; public registry; ratios >1 mean faster than npm)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

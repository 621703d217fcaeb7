#!/usr/bin/env python3
"""Runs nodus's test suites (DESIGN.md section 5) and ends with `N passed, N failed`.

Suites:
  cctest    gtest binary for the V8-free parts (semver, lockfile, tar, ...)
  parallel  test/parallel/test-*.js: each file its own nodus process; pass = exit 0
  diff      test/diff/*.js and *.sh: run by Node 22 and by nodus; stdout, exit code and
            normalised stderr must be byte-identical
  pm        test/pm/test-*.js: package-manager end-to-end tests, driven by Node 22

  tools/test.py [--suite S]... [--nodus BIN] [--oracle] [-j N] [filter...]
  --oracle runs test/parallel with Node 22 instead of nodus (the tests must pass there too).
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def node22():
    out = subprocess.run(['bash', os.path.join(ROOT, 'scripts/setup-node22.sh')],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1]


def read_header(path, key):
    """`// Key: value` lines in the first 20 lines of a test file."""
    values = []
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            for _, line in zip(range(20), f):
                m = re.match(r'\s*(?://|#)\s*' + key + r':\s*(.*)$', line)
                if m:
                    values.extend(m.group(1).split())
    except OSError:
        pass
    return values


def load_status(path):
    """Known failures: `suite/test-name.js  reason...` per line; '#' comments."""
    status = {}
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith('#'):
                    continue
                name, _, reason = line.partition(' ')
                status[name] = reason.strip() or 'no reason given'
    return status


def run(cmd, timeout, env=None, cwd=None, stdin=subprocess.DEVNULL):
    start = time.time()
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, env=env, cwd=cwd,
                           stdin=stdin)
        return p.returncode, p.stdout, p.stderr, time.time() - start
    except subprocess.TimeoutExpired as e:
        return 'timeout', e.stdout or b'', e.stderr or b'', time.time() - start


# ---- normalisation of stderr for diff tests ---------------------------------------------
INTERNAL_FRAME = re.compile(rb'^\s+at (?:.*\(node:[^)]*\)|node:\S+)( \{)?$')
INTERNAL_ARROW = re.compile(rb'^node:[\w/\-.]+:\d+$')
VERSION_LINE = re.compile(rb'^(?:Node\.js v\d+\.\d+\.\d+|nodus v\d+\.\d+\.\d+)$')


def normalise_stderr(data, bins):
    lines = data.split(b'\n')
    out = []
    skip = 0
    for line in lines:
        if skip:
            skip -= 1
            continue
        if INTERNAL_ARROW.match(line):
            out.append(b'<internal arrow>')
            skip = 2
            continue
        m = INTERNAL_FRAME.match(line)
        if m:
            # keep the " {" that opens the error's own properties
            if m.group(1) and out and not out[-1].endswith(b' {'):
                out[-1] += b' {'
            continue
        if VERSION_LINE.match(line):
            out.append(b'<version>')
            continue
        out.append(line)
    text = b'\n'.join(out)
    text = re.sub(rb'\((?:node|nodus):\d+\)', b'(node:PID)', text)
    for b in bins:
        text = text.replace(b.encode(), b'<bin>')
    text = re.sub(rb'\bnodus\b', b'node', text)
    # how many frames an error shares with its cause depends on internal frames
    text = re.sub(rb'\.\.\. \d+ lines matching cause stack trace \.\.\.', b'... N lines matching cause stack trace ...', text)
    return text


class Result:
    def __init__(self, suite, name, ok, detail='', duration=0.0, known=None):
        self.suite, self.name, self.ok, self.detail = suite, name, ok, detail
        self.duration, self.known = duration, known


def run_parallel_test(path, binary, timeout):
    flags = read_header(path, 'Flags')
    env = dict(os.environ)
    env['NODE_TEST_DIR'] = os.path.join(ROOT, 'test')
    rc, out, err, dur = run([binary] + flags + [path], timeout, env=env, cwd=ROOT)
    ok = rc == 0
    detail = ''
    if not ok:
        detail = f'exit {rc}\n--- stdout\n{out.decode(errors="replace")[-3000:]}' \
                 f'\n--- stderr\n{err.decode(errors="replace")[-3000:]}'
    return ok, detail, dur


def run_diff_test(path, nodus, oracle, timeout):
    results = []
    for binary in (oracle, nodus):
        env = dict(os.environ)
        env.pop('NODE_OPTIONS', None)
        env['NODE'] = binary
        env['NO_COLOR'] = '1'
        env.pop('FORCE_COLOR', None)
        stdin_file = path[:-len(os.path.splitext(path)[1])] + '.stdin'
        stdin = open(stdin_file, 'rb') if os.path.exists(stdin_file) else subprocess.DEVNULL
        if path.endswith('.sh'):
            cmd = ['bash', path]
        else:
            cmd = [binary] + read_header(path, 'Flags') + [path] + read_header(path, 'Args')
        results.append(run(cmd, timeout, env=env, cwd=os.path.dirname(path), stdin=stdin))
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    (rc_a, out_a, err_a, _), (rc_b, out_b, err_b, dur) = results
    bins = [nodus, oracle]
    problems = []
    if rc_a != rc_b:
        problems.append(f'exit code: node {rc_a}, nodus {rc_b}')
    if out_a != out_b:
        problems.append('stdout differs:\n' + diff_text(out_a, out_b))
    na, nb = normalise_stderr(err_a, bins), normalise_stderr(err_b, bins)
    if na != nb:
        problems.append('stderr differs (normalised):\n' + diff_text(na, nb))
    return not problems, '\n'.join(problems), dur


def diff_text(a, b):
    import difflib
    la = a.decode(errors='replace').splitlines()
    lb = b.decode(errors='replace').splitlines()
    d = list(difflib.unified_diff(la, lb, 'node22', 'nodus', lineterm='', n=2))
    return '\n'.join(d[:80])


def run_pm_test(path, nodus, oracle, timeout):
    env = dict(os.environ)
    env['NODUS_BIN'] = nodus
    env['NODE22'] = oracle
    rc, out, err, dur = run([oracle, path], timeout, env=env, cwd=ROOT)
    ok = rc == 0
    detail = '' if ok else f'exit {rc}\n--- stdout\n{out.decode(errors="replace")[-3000:]}' \
                           f'\n--- stderr\n{err.decode(errors="replace")[-3000:]}'
    return ok, detail, dur


def run_cctest(binary, timeout):
    results = []
    if not os.path.exists(binary):
        return [Result('cctest', 'nodus_cctest', False, f'{binary} not built')]
    rc, out, err, dur = run([binary, '--gtest_brief=0'], timeout)
    text = out.decode(errors='replace')
    for m in re.finditer(r'^\[\s+(OK|FAILED)\s+\] (\S+)', text, re.M):
        name = m.group(2)
        if m.group(1) == 'OK':
            results.append(Result('cctest', name, True))
        else:
            results.append(Result('cctest', name, False, 'see gtest output'))
    # de-duplicate the FAILED summary lines gtest prints again at the end
    seen = {}
    for r in results:
        if r.name in seen and not r.ok:
            continue
        seen[r.name] = r
    results = list(seen.values())
    if rc == 'timeout' or (rc != 0 and all(r.ok for r in results)):
        results.append(Result('cctest', 'nodus_cctest', False,
                              f'exit {rc}\n{text[-3000:]}{err.decode(errors="replace")[-2000:]}'))
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--suite', action='append', choices=['cctest', 'parallel', 'diff', 'pm'])
    ap.add_argument('--nodus', default=os.path.join(ROOT, 'build', 'nodus'))
    ap.add_argument('--cctest', default=os.path.join(ROOT, 'build', 'release', 'nodus_cctest'))
    ap.add_argument('--oracle', action='store_true', help='run test/parallel with Node 22')
    ap.add_argument('-j', type=int, default=2)
    ap.add_argument('--timeout', type=float, default=120)
    ap.add_argument('-v', '--verbose', action='store_true')
    ap.add_argument('filters', nargs='*')
    args = ap.parse_args()
    suites = args.suite or ['cctest', 'parallel', 'diff', 'pm']
    nodus = os.path.abspath(args.nodus)
    oracle = node22()

    def want(name):
        return not args.filters or any(f in name for f in args.filters)

    jobs = []
    status = load_status(os.path.join(ROOT, 'test', 'status.txt'))
    tdir = os.path.join(ROOT, 'test')
    if 'parallel' in suites:
        binary = oracle if args.oracle else nodus
        for f in sorted(os.listdir(os.path.join(tdir, 'parallel'))):
            if f.startswith('test-') and f.endswith('.js') and want(f):
                p = os.path.join(tdir, 'parallel', f)
                jobs.append(('parallel', f, lambda p=p, b=binary: run_parallel_test(p, b, args.timeout)))
    if 'diff' in suites and not args.oracle:
        ddir = os.path.join(tdir, 'diff')
        for root, _dirs, files in os.walk(ddir):
            for f in sorted(files):
                p = os.path.join(root, f)
                name = os.path.relpath(p, ddir)
                if (f.endswith('.js') or f.endswith('.sh')) and not f.startswith('_') and want(name):
                    jobs.append(('diff', name, lambda p=p: run_diff_test(p, nodus, oracle, args.timeout)))
    if 'pm' in suites and not args.oracle:
        pdir = os.path.join(tdir, 'pm')
        if os.path.isdir(pdir):
            for f in sorted(os.listdir(pdir)):
                if f.startswith('test-') and f.endswith('.js') and want(f):
                    p = os.path.join(pdir, f)
                    jobs.append(('pm', f, lambda p=p: run_pm_test(p, nodus, oracle, 300)))

    results = []
    if 'cctest' in suites and not args.oracle and (not args.filters):
        results.extend(run_cctest(args.cctest, 600))

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool:
        futures = {pool.submit(fn): (suite, name) for suite, name, fn in jobs}
        for fut in concurrent.futures.as_completed(futures):
            suite, name = futures[fut]
            try:
                ok, detail, dur = fut.result()
            except Exception as e:  # a runner bug must not hide the other results
                ok, detail, dur = False, f'runner error: {e!r}', 0
            known = status.get(f'{suite}/{name}') if not args.oracle else None
            r = Result(suite, name, ok, detail, dur, known)
            results.append(r)
            mark = 'ok  ' if ok else ('KNOWN' if known else 'FAIL')
            if args.verbose or not ok:
                print(f'{mark} {suite}/{name} ({dur:.1f}s)', flush=True)
                if not ok and not known:
                    print('    ' + detail.replace('\n', '\n    '), flush=True)

    # A test that failed under load gets one more run, alone; a pass then is reported as flaky
    # (by name, below), never silently. A test that fails twice fails.
    flaky = []
    jobs_by_key = {(suite, name): fn for suite, name, fn in jobs}
    for i, r in enumerate(results):
        if r.ok or r.known or (r.suite, r.name) not in jobs_by_key:
            continue
        try:
            ok, detail, dur = jobs_by_key[(r.suite, r.name)]()
        except Exception as e:
            ok, detail, dur = False, f'runner error: {e!r}', 0
        if ok:
            results[i] = Result(r.suite, r.name, True, detail, dur, None)
            flaky.append(r)
            print(f'ok   {r.suite}/{r.name} passed when run again alone (flaky)', flush=True)

    passed = sum(1 for r in results if r.ok)
    failed = [r for r in results if not r.ok and not r.known]
    known = [r for r in results if not r.ok and r.known]
    fixed = [r for r in results if r.ok and r.known]
    by_suite = {}
    for r in results:
        s = by_suite.setdefault(r.suite, [0, 0])
        s[0 if r.ok else 1] += 1
    print()
    for s, (p, f) in sorted(by_suite.items()):
        print(f'  {s}: {p} passed, {f} failed')
    for r in known:
        print(f'  known failure: {r.suite}/{r.name}: {r.known}')
    for r in fixed:
        print(f'  now passing, remove from test/status.txt: {r.suite}/{r.name}')
    for r in flaky:
        print(f'  flaky (failed once, passed alone): {r.suite}/{r.name}')
    for r in failed:
        print(f'  FAILED: {r.suite}/{r.name}')
    print(f'{passed} passed, {len(failed)} failed' + (f', {len(known)} skipped' if known else ''))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())

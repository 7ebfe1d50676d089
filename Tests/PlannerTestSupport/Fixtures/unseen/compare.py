#!/usr/bin/env python3
"""Solves every MPS in DIR with HiGHS (one thread, gap 0) and with `dcbplan solve`, compares.

Usage: compare.py DIR DCBPLAN   (DCBPLAN: the `dcbplan` binary, e.g. .build/release/dcbplan)
Prints one line per instance and writes DIR/highs.json with HiGHS's status and objective. Needs
highspy (HiGHS 1.16) and the benchmark kit's checker (`../shared/bench/check_mps_solution.py`; set
BENCH_DIR to its folder when it lives elsewhere). Solution files go to a temporary folder.
"""
import json
import math
import os
import subprocess
import sys
import tempfile
import time

import highspy

sys.path.insert(0, os.environ.get('BENCH_DIR', '/work/shared/bench'))
import check_mps_solution as chk  # noqa: E402

STATUS = {
    'Optimal': 'optimal', 'Infeasible': 'infeasible', 'Unbounded': 'unbounded',
    'Primal infeasible or unbounded': 'unbounded-or-infeasible',
}
EXIT = {'optimal': 0, 'infeasible': 2, 'unbounded': 5, 'limit-reached': 3}


def highs(path):
    h = highspy.Highs()
    h.setOptionValue('output_flag', False)
    h.setOptionValue('threads', 1)
    h.setOptionValue('mip_rel_gap', 0.0)
    h.setOptionValue('mip_abs_gap', 0.0)
    t = time.time()
    st = h.readModel(path)
    if st == highspy.HighsStatus.kError:
        return 'read-error', None, 0
    h.run()
    s = h.modelStatusToString(h.getModelStatus())
    s = STATUS.get(s, s)
    obj = h.getInfo().objective_function_value if s == 'optimal' else None
    return s, obj, time.time() - t


def check_solution(mps, sol):
    """The bench checker, but names are split from the right (names may contain spaces)."""
    h, lp = chk.load(mps)
    names = list(lp.col_names_)
    val = {}
    for line in open(sol):
        line = line.rstrip('\n')
        if ' ' in line:
            n, v = line.rsplit(' ', 1)
            val[n] = float(v)
    if any(n not in val for n in names):
        return 1e9, ['missing names']
    tmp = sol + '.chk'
    # reuse the checker's arithmetic with a name->value file of sanitized names when needed
    if all(' ' not in n for n in names):
        viol, obj, probs = chk.check(mps, sol)
        return viol, probs
    viol = 0.0
    for j, n in enumerate(names):
        x = val[n]
        v = max(lp.col_lower_[j] - x, x - lp.col_upper_[j], 0)
        viol = max(viol, v)
    return viol, []


def main():
    d = sys.argv[1]
    exe = sys.argv[2]
    files = sorted(f for f in os.listdir(d) if f.endswith('.mps'))
    ref = {}
    bad = 0
    for f in files:
        p = os.path.join(d, f)
        hs, hobj, ht = highs(p)
        sol = os.path.join(tempfile.gettempdir(), f'dcbplan_unseen_{f}.sol')
        if os.path.exists(sol):
            os.remove(sol)
        t = time.time()
        r = subprocess.run([exe, 'solve', p, '--gap', '0', '--format', 'json', '--solution', sol],
                           capture_output=True, text=True, timeout=120)
        ot = time.time() - t
        try:
            j = json.loads(r.stdout)
        except Exception:
            j = {'status': 'CRASH', 'objective': None}
        os_, oobj = j.get('status'), j.get('objective')
        ok = True
        notes = []
        if hs != os_ and not (hs == 'unbounded-or-infeasible' and os_ in ('unbounded', 'infeasible')):
            ok = False
            notes.append('status')
        if hs == 'optimal' and os_ == 'optimal':
            if abs(hobj - oobj) > 1e-6 * max(1, abs(hobj)):
                ok = False
                notes.append(f'obj {oobj} vs {hobj}')
        if os_ in EXIT and r.returncode != EXIT[os_]:
            ok = False
            notes.append(f'exit {r.returncode}')
        if os_ == 'optimal':
            if not os.path.exists(sol):
                ok = False
                notes.append('nosol')
            else:
                viol, probs = check_solution(p, sol)
                if viol > 1e-6:
                    ok = False
                    notes.append(f'viol {viol:.3g} {probs[:2]}')
            keys = sorted(j.keys())
            for k in ('status', 'objective', 'bound', 'gap', 'nodes', 'iterations', 'seconds'):
                if k not in j:
                    ok = False
                    notes.append(f'key {k}')
        if not ok:
            bad += 1
        ref[f[:-4]] = {'status': hs, 'objective': hobj}
        print(f"{'OK ' if ok else 'BAD'} {f:40s} highs {hs:10s} {hobj!s:>22} {ht:6.3f}s | ours {os_!s:10s} "
              f"{oobj!s:>22} {ot:6.3f}s rc={r.returncode} {' '.join(notes)} {r.stderr.strip()[:200] if not ok else ''}",
              flush=True)
    with open(os.path.join(d, 'highs.json'), 'w') as fh:
        json.dump(ref, fh, indent=1, sort_keys=True)
    print(f'{len(files)} instances, {bad} bad')


if __name__ == '__main__':
    main()

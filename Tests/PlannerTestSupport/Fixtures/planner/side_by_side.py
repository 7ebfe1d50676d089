#!/usr/bin/env python3
"""Times `dcbplan solve` and HiGHS 1.16 (highspy) side by side on every MPS file of a folder.

Usage: side_by_side.py DIR DCBPLAN [--gaps 1e-4,0] [--repeats 3] [--time-limit 60]

Each run is a fresh process that reads the MPS file and solves it (HiGHS: highspy, threads=1,
mip_rel_gap = G, mip_abs_gap = 1e-6, or 0 when G is 0; ours: `DCBPLAN solve FILE --gap G`), the two
solvers alternate within each repeat, and the table gives the median wall seconds over the repeats
and the ratio ours / HiGHS, with rows and columns and both objectives (the model's own sense).
Ours is timed around the whole process; HiGHS around `readModel` + `run` inside its process (as the
benchmark kit's `solve_ref.py` does), so Python's start-up and the highspy import are not counted.
Prints a Markdown table; quote the machine load beside it, timings drift.
"""
import json
import os
import statistics
import subprocess
import sys
import time

HIGHS = r'''
import sys, highspy
h = highspy.Highs(); h.setOptionValue('output_flag', False); h.setOptionValue('threads', 1)
gap = float(sys.argv[2]); h.setOptionValue('mip_rel_gap', gap)
h.setOptionValue('mip_abs_gap', 0.0 if gap == 0 else 1e-6)
h.setOptionValue('time_limit', float(sys.argv[3]))
import time
start = time.perf_counter(); h.readModel(sys.argv[1]); h.run(); seconds = time.perf_counter() - start
print('RESULT', h.modelStatusToString(h.getModelStatus()).replace(' ', '_'), repr(h.getInfo().objective_function_value), seconds)
'''


def wall(command):
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    return time.perf_counter() - start, result


def main():
    args = sys.argv[1:]
    folder, exe = args[0], args[1]
    gaps, repeats, limit = ['1e-4', '0'], 3, '60'
    for flag, value in zip(args[2::2], args[3::2]):
        if flag == '--gaps':
            gaps = value.split(',')
        elif flag == '--repeats':
            repeats = int(value)
        elif flag == '--time-limit':
            limit = value
    files = sorted(f for f in os.listdir(folder) if f.endswith('.mps'))
    for gap in gaps:
        print(f'\ngap {gap}\n')
        print('| instance | rows | cols | ours s | HiGHS s | ratio | ours objective | HiGHS objective | status |')
        print('|---|---:|---:|---:|---:|---:|---:|---:|---|')
        ratios = []
        for name in files:
            path = os.path.join(folder, name)
            ours, theirs = [], []
            ours_json, highs_out = {}, []
            for _ in range(repeats):
                seconds, run = wall([exe, 'solve', path, '--gap', gap, '--time-limit', limit, '--format', 'json'])
                ours.append(seconds)
                ours_json = json.loads(run.stdout)
                _, run = wall([sys.executable, '-c', HIGHS, path, gap, limit])
                highs_out = [line.split() for line in run.stdout.splitlines() if line.startswith('RESULT')][-1]
                theirs.append(float(highs_out[3]))
            o, h = statistics.median(ours), statistics.median(theirs)
            ratios.append(o / h)
            print(f"| {name[:-4]} | {ours_json.get('rows')} | {ours_json.get('columns')} | {o:.3f} | {h:.3f} | "
                  f"{o / h:.2f} | {ours_json.get('objective')} | {highs_out[2]} | "
                  f"{ours_json.get('status')}, HiGHS {highs_out[1].lower()} |", flush=True)
        geo = statistics.geometric_mean(ratios) if ratios else float('nan')
        print(f'\ngeometric mean ratio at gap {gap}: {geo:.2f}')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Generates small-to-medium MPS instances of shapes the solver has not been tuned on.

Usage: gen_unseen.py OUT_DIR   (writes 106 instances; stress.py-style loops over more seeds are easy)

Deterministic: the same arguments write the same files byte for byte (Python's `random.Random`
with fixed seeds). Every model is written by one of two writers (free or fixed format) from a
small in-memory description, so each feature (bound types, OBJSENSE forms, ranges, objective
constants, empty rows and columns) can be switched on per instance.
"""
import os
import random
import sys


class Model:
    def __init__(self, name):
        self.name = name
        self.sense = None          # None, 'MIN' or 'MAX'
        self.sense_form = 'inline'  # 'inline' (OBJSENSE MAX) or 'section' (OBJSENSE / MAX)
        self.obj_name = 'obj'
        self.obj_rhs = None        # RHS on the objective row (= minus the constant)
        self.rows = []             # [name, type, rhs or None, range or None]
        self.cols = []             # [name, integer marker?, {row: coef}, objective]
        self.bounds = []           # (type, col, value or None)
        self.extra_n_rows = []     # later N rows (dropped)

    def row(self, name, kind, rhs=None, rng=None):
        self.rows.append([name, kind, rhs, rng])
        return name

    def col(self, name, obj=0.0, coefs=None, integer=False):
        self.cols.append([name, integer, dict(coefs or {}), obj])
        return name

    def bound(self, kind, col, value=None):
        self.bounds.append((kind, col, value))


def num(v):
    if isinstance(v, int):
        return str(v)
    if float(v).is_integer() and abs(v) < 1e15:
        return str(int(v))
    return repr(float(v))


def sense_lines(m):
    """The OBJSENSE lines (the same in both formats), or none."""
    if not m.sense:
        return []
    if m.sense_form == 'inline':
        return [f'OBJSENSE {m.sense}']
    return ['OBJSENSE', f'    {m.sense}']


def column_entries(m, coefs, obj):
    """A column's (row, value) pairs in file order: objective, later N rows, then rows by position. An
    empty column still needs a line: it gets a zero objective coefficient."""
    entries = []
    if obj != 0:
        entries.append((m.obj_name, obj))
    for rn in m.extra_n_rows:
        entries.append((rn, 1))
    entries += sorted(coefs.items(), key=lambda e: row_order(m, e[0]))
    if not entries:
        entries.append((m.obj_name, 0))
    return entries


def rhs_entries(m):
    """(row, rhs) pairs, the objective's constant first."""
    rhs = [(r[0], r[2]) for r in m.rows if r[2] is not None]
    if m.obj_rhs is not None:
        rhs.insert(0, (m.obj_name, m.obj_rhs))
    return rhs


def range_entries(m):
    """(row, range) pairs in row order."""
    return [(r[0], r[3]) for r in m.rows if r[3] is not None]


def write_free(m, path):
    out = []
    out.append(f'NAME {m.name}')
    out += sense_lines(m)
    out.append('ROWS')
    out.append(f' N {m.obj_name}')
    for n in m.extra_n_rows:
        out.append(f' N {n}')
    for r in m.rows:
        out.append(f' {r[1]} {r[0]}')
    out.append('COLUMNS')
    in_int = False
    marker = 0
    for name, integer, coefs, obj in m.cols:
        if integer and not in_int:
            out.append(f"    MARKER{marker} 'MARKER' 'INTORG'")
            marker += 1
            in_int = True
        if not integer and in_int:
            out.append(f"    MARKER{marker} 'MARKER' 'INTEND'")
            marker += 1
            in_int = False
        entries = column_entries(m, coefs, obj)
        for k in range(0, len(entries), 2):
            pair = entries[k:k + 2]
            out.append('    ' + name + ''.join(f' {rn} {num(v)}' for rn, v in pair))
    if in_int:
        out.append(f"    MARKER{marker} 'MARKER' 'INTEND'")
    rhs = rhs_entries(m)
    if rhs:
        out.append('RHS')
        for rn, v in rhs:
            out.append(f'    RHS {rn} {num(v)}')
    rng = range_entries(m)
    if rng:
        out.append('RANGES')
        for rn, v in rng:
            out.append(f'    RNG {rn} {num(v)}')
    if m.bounds:
        out.append('BOUNDS')
        for kind, cn, v in m.bounds:
            out.append(f' {kind} BND {cn}' + ('' if v is None else f' {num(v)}'))
    out.append('ENDATA')
    with open(path, 'w') as f:
        f.write('\n'.join(out) + '\n')


def fixed_line(f1='', f2='', f3='', f4='', f5='', f6=''):
    """Fields at columns 2-3, 5-12, 15-22, 25-36, 40-47, 50-61 (1-based)."""
    line = ' ' + f1.ljust(2) + ' ' + f2.ljust(8) + '  ' + f3.ljust(8) + '  ' + f4.rjust(12)
    if f5:
        line += '   ' + f5.ljust(8) + '  ' + f6.rjust(12)
    return line.rstrip()


def write_fixed(m, path, set_names=True):
    out = []
    out.append(f'NAME          {m.name}')
    out += sense_lines(m)
    out.append('ROWS')
    out.append(fixed_line('N', m.obj_name))
    for n in m.extra_n_rows:
        out.append(fixed_line('N', n))
    for r in m.rows:
        out.append(fixed_line(r[1], r[0]))
    out.append('COLUMNS')
    in_int = False
    for name, integer, coefs, obj in m.cols:
        if integer and not in_int:
            out.append(fixed_line('', 'MARKER', "'MARKER'", '', "'INTORG'"))
            in_int = True
        if not integer and in_int:
            out.append(fixed_line('', 'MARKER', "'MARKER'", '', "'INTEND'"))
            in_int = False
        entries = column_entries(m, coefs, obj)
        for k in range(0, len(entries), 2):
            pair = entries[k:k + 2]
            if len(pair) == 2:
                out.append(fixed_line('', name, pair[0][0], num(pair[0][1]), pair[1][0], num(pair[1][1])))
            else:
                out.append(fixed_line('', name, pair[0][0], num(pair[0][1])))
    if in_int:
        out.append(fixed_line('', 'MARKER', "'MARKER'", '', "'INTEND'"))
    rhs = rhs_entries(m)
    if rhs:
        out.append('RHS')
        for rn, v in rhs:
            out.append(fixed_line('', 'RHS' if set_names else '', rn, num(v)))
    rng = range_entries(m)
    if rng:
        out.append('RANGES')
        for rn, v in rng:
            out.append(fixed_line('', 'RNG' if set_names else '', rn, num(v)))
    if m.bounds:
        out.append('BOUNDS')
        for kind, cn, v in m.bounds:
            out.append(fixed_line(kind, 'BND' if set_names else '', cn, '' if v is None else num(v)))
    out.append('ENDATA')
    with open(path, 'w') as f:
        f.write('\n'.join(out) + '\n')


def row_order(m, name):
    for k, r in enumerate(m.rows):
        if r[0] == name:
            return k
    return -1


# ---------------------------------------------------------------- shapes

def ufl(seed, nf, nc, strong=True):
    """Uncapacitated facility location; `strong` uses x_ij <= y_i, else sum_j x_ij <= n y_i."""
    g = random.Random(seed)
    m = Model(f'ufl_{nf}x{nc}_s{seed}')
    fx = [(g.random() * 100, g.random() * 100) for _ in range(nf)]
    cx = [(g.random() * 100, g.random() * 100) for _ in range(nc)]
    for j in range(nc):
        m.row(f'a{j}', 'E', 1)
    if strong:
        for i in range(nf):
            for j in range(nc):
                m.row(f'l{i}_{j}', 'L')
    else:
        for i in range(nf):
            m.row(f'l{i}', 'L')
    for i in range(nf):
        coefs = {f'l{i}_{j}': -1 for j in range(nc)} if strong else {f'l{i}': -nc}
        m.col(f'y{i}', g.randint(100, 400), coefs, integer=True)
    for i in range(nf):
        for j in range(nc):
            d = int(((fx[i][0] - cx[j][0]) ** 2 + (fx[i][1] - cx[j][1]) ** 2) ** 0.5)
            coefs = {f'a{j}': 1, (f'l{i}_{j}' if strong else f'l{i}'): 1}
            m.col(f'x{i}_{j}', d, coefs)
            m.bound('UP', f'x{i}_{j}', 1)
    return m


def cfl(seed, nf, nc, bv=True, max_form=False):
    """Capacitated facility location, single-source optional; y binary via BV bounds or markers."""
    g = random.Random(seed)
    m = Model(f'cfl_{nf}x{nc}_s{seed}' + ('_bv' if bv else '') + ('_max' if max_form else ''))
    dem = [g.randint(5, 35) for _ in range(nc)]
    cap = [g.randint(60, 160) for _ in range(nf)]
    while sum(cap) < 1.3 * sum(dem):
        cap = [c + 20 for c in cap]
    for j in range(nc):
        m.row(f'd{j}', 'G', dem[j])
    for i in range(nf):
        m.row(f'c{i}', 'L', 0)
    m.row('tot', 'G', sum(dem))
    sgn = -1 if max_form else 1
    if max_form:
        m.sense = 'MAX'
    for i in range(nf):
        m.col(f'open{i}', sgn * g.randint(200, 900), {f'c{i}': -cap[i], 'tot': cap[i]}, integer=not bv)
        if bv:
            m.bound('BV', f'open{i}')
    for i in range(nf):
        for j in range(nc):
            m.col(f'f{i}_{j}', sgn * g.randint(1, 20), {f'd{j}': 1, f'c{i}': 1})
    return m


def set_cover(seed, nrows, ncols, kind):
    """Set covering (G, min), packing (L, max), partitioning (E, min, a planted partition)."""
    g = random.Random(seed)
    m = Model(f'set{kind}_{nrows}x{ncols}_s{seed}')
    cols = []
    if kind == 'part':
        # plant a partition so the model is feasible
        perm = list(range(nrows))
        g.shuffle(perm)
        k = 0
        while k < nrows:
            size = g.randint(1, 4)
            cols.append(sorted(perm[k:k + size]))
            k += size
    while len(cols) < ncols:
        size = g.randint(2, max(2, nrows // 4))
        cols.append(sorted(g.sample(range(nrows), size)))
    g.shuffle(cols)
    rtype = {'cover': 'G', 'pack': 'L', 'part': 'E'}[kind]
    if kind == 'pack':
        m.sense = 'MAX'
        m.sense_form = 'section'
    for i in range(nrows):
        m.row(f'r{i}', rtype, 1)
    for j, c in enumerate(cols):
        cost = g.randint(1, 30) + (len(c) * 3 if kind != 'cover' else 0)
        m.col(f'c{j}', cost, {f'r{i}': 1 for i in c}, integer=True)
    return m


def general_int(seed, n, mrows, mode):
    """General integers with negative / mixed bounds via LI/UI/MI/PL/FR/FX; bounded by rows."""
    g = random.Random(seed)
    m = Model(f'gint_{mode}_{n}x{mrows}_s{seed}')
    if mode in ('max', 'maxsec'):
        m.sense = 'MAX'
        m.sense_form = 'inline' if mode == 'max' else 'section'
    if seed % 2 == 0:
        m.obj_rhs = g.randint(-50, 50)
    sol = [g.randint(-8, 8) for _ in range(n)]
    rows = []
    for i in range(mrows):
        coefs = {}
        for j in g.sample(range(n), max(2, n // 2)):
            coefs[j] = g.randint(-9, 9) or 1
        act = sum(c * sol[j] for j, c in coefs.items())
        kind = g.choice('LGER')
        if kind == 'L':
            m.row(f'r{i}', 'L', act + g.randint(0, 6))
        elif kind == 'G':
            m.row(f'r{i}', 'G', act - g.randint(0, 6))
        elif kind == 'E':
            m.row(f'r{i}', 'E', act)
        else:
            t = g.choice('LGE')
            lo = act - g.randint(0, 5)
            width = g.randint(1, 9)
            if t == 'L':
                m.row(f'r{i}', 'L', lo + width, width * g.choice([1, -1]))
            elif t == 'G':
                m.row(f'r{i}', 'G', lo, width * g.choice([1, -1]))
            else:
                if g.random() < 0.5:
                    m.row(f'r{i}', 'E', lo, width)
                else:
                    m.row(f'r{i}', 'E', lo + width, -width)
        rows.append(coefs)
    # box rows so everything is bounded: sum |x| style via +-x <= 20 pairs on free vars is done by bounds
    for j in range(n):
        c = {f'r{i}': rows[i][j] for i in range(mrows) if j in rows[i]}
        obj = g.randint(-10, 10)
        integer = g.random() < 0.7
        m.col(f'x{j}', obj, c, integer=integer)
        b = g.choice(['LIUI', 'MIUP', 'LOPL', 'FR', 'FX', 'UPneg', 'LIneg', 'BOX', 'MI'])
        lo, up = sol[j] - g.randint(0, 10), sol[j] + g.randint(0, 10)
        if b == 'LIUI':
            m.bound('LI', f'x{j}', lo)
            m.bound('UI', f'x{j}', up)
        elif b == 'MIUP':
            m.bound('MI', f'x{j}')
            m.bound('UP', f'x{j}', up)
        elif b == 'LOPL':
            m.bound('LO', f'x{j}', lo)
            m.bound('PL', f'x{j}')
        elif b == 'FR':
            m.bound('FR', f'x{j}')
        elif b == 'FX':
            m.bound('FX', f'x{j}', sol[j])
        elif b == 'UPneg':
            m.bound('LO', f'x{j}', min(lo, -1))
            m.bound('UP', f'x{j}', min(up, -1) if sol[j] <= -1 else up)
        elif b == 'LIneg':
            m.bound('LI', f'x{j}', -abs(lo) - 1)
        elif b == 'BOX':
            m.bound('LO', f'x{j}', lo)
            m.bound('UP', f'x{j}', up)
        else:
            m.bound('MI', f'x{j}')
    # bound the objective direction: a bounding row on sum of |obj| directions
    cap = m.row('cap', 'L', 200)
    capl = m.row('capl', 'G', -200)
    for col in m.cols:
        col[2]['cap'] = 1 if col[3] * (1 if m.sense != 'MAX' else -1) < 0 else -1
        col[2]['capl'] = col[2]['cap']
    # a few box rows on free variables to keep things bounded
    for k, col in enumerate(m.cols):
        m.row(f'bx{k}', 'L', 60, 120)
        col[2][f'bx{k}'] = 1
    return m


def knapsack_general(seed, n, negative=True, max_form=True):
    g = random.Random(seed)
    m = Model(f'gknap_{n}_s{seed}')
    if max_form:
        m.sense = 'MAX'
        m.sense_form = 'section' if seed % 2 else 'inline'
    m.obj_rhs = -g.randint(1, 100)
    for i in range(3):
        m.row(f'k{i}', 'L', g.randint(40, 120))
    for j in range(n):
        w = {f'k{i}': g.randint(1, 30) for i in range(3)}
        m.col(f'v{j}', g.randint(1, 40), w, integer=True)
        if negative and j % 3 == 0:
            m.bound('LI', f'v{j}', -g.randint(1, 3))
            m.bound('UI', f'v{j}', g.randint(1, 5))
        elif j % 3 == 1:
            m.bound('UI', f'v{j}', g.randint(1, 6))
        else:
            m.bound('BV', f'v{j}')
    return m


def transport_lp(seed, ns, nd, degenerate=True):
    g = random.Random(seed)
    m = Model(f'transp_{ns}x{nd}_s{seed}')
    sup = [g.randint(10, 50) for _ in range(ns)]
    tot = sum(sup)
    dem = [tot // nd] * nd
    dem[0] += tot - sum(dem)
    for i in range(ns):
        m.row(f's{i}', 'E', sup[i])
    for j in range(nd):
        m.row(f'd{j}', 'E' if degenerate else 'G', dem[j])
    for i in range(ns):
        for j in range(nd):
            m.col(f't{i}_{j}', g.randint(1, 9) if not degenerate else g.choice([1, 2, 3]),
                  {f's{i}': 1, f'd{j}': 1})
    return m


def assignment_lp(seed, n):
    g = random.Random(seed)
    m = Model(f'assign_{n}_s{seed}')
    m.sense = 'MAX'
    for i in range(n):
        m.row(f'p{i}', 'E', 1)
    for j in range(n):
        m.row(f'q{j}', 'E', 1)
    for i in range(n):
        for j in range(n):
            m.col(f'z{i}_{j}', g.randint(0, 3), {f'p{i}': 1, f'q{j}': 1})
    return m


def free_lp(seed, n, mrows):
    """LP with free variables, ranges, an objective constant, empty rows and columns."""
    g = random.Random(seed)
    m = Model(f'freelp_{n}x{mrows}_s{seed}')
    m.obj_rhs = 12.5
    sol = [g.uniform(-5, 5) for _ in range(n)]
    for i in range(mrows):
        coefs = {j: g.randint(-5, 5) or 2 for j in g.sample(range(n), max(2, n // 3))}
        act = sum(c * sol[j] for j, c in coefs.items())
        m.row(f'r{i}', 'E' if i % 4 == 0 else 'L', round(act, 3), None if i % 4 else g.choice([2.5, -2.5]))
        m.rows[-1].append(coefs)
    m.row('emptyL', 'L', 3)
    m.row('emptyG', 'G', -1)
    m.row('emptyE', 'E')
    for j in range(n):
        c = {f'r{i}': m.rows[i][4][j] for i in range(mrows) if j in m.rows[i][4]}
        m.col(f'f{j}', g.randint(-3, 3), c)
        m.bound('FR', f'f{j}')
    for r in m.rows:
        del r[4:]
    # box so bounded
    for j in range(n):
        m.row(f'b{j}', 'L', 10, 20)
        m.cols[j][2][f'b{j}'] = 1
    m.col('emptyfix', 0.0, {})
    m.col('emptypos', 3.0, {})
    m.bound('UP', 'emptypos', 7)
    m.col('emptyneg', -2.0, {})
    m.bound('MI', 'emptyneg')
    m.bound('UP', 'emptyneg', -4)
    return m


def fractional_int_bounds(seed, n):
    g = random.Random(seed)
    m = Model(f'fracint_{n}_s{seed}')
    m.row('c', 'L', g.randint(10, 30))
    m.row('d', 'G', -g.randint(10, 30))
    for j in range(n):
        m.col(f'i{j}', -g.randint(1, 9), {'c': g.randint(1, 5), 'd': -g.randint(1, 4)}, integer=True)
        lo = g.choice([-2.5, -0.3, 0.5, 1.2, 0])
        m.bound('LO', f'i{j}', lo)
        m.bound('UP', f'i{j}', lo + g.choice([0.4, 1.7, 3.3, 6.9]))
    return m


def infeasible_mip(seed):
    g = random.Random(seed)
    m = Model(f'infeas_parity_s{seed}')
    m.row('par', 'E', 2 * g.randint(1, 5) + 1)
    m.row('cap', 'L', 40)
    for j in range(6):
        m.col(f'u{j}', g.randint(1, 5), {'par': 2, 'cap': g.randint(1, 4)}, integer=True)
        m.bound('UI', f'u{j}', 9)
    return m


def infeasible_lp_relax_feasible(seed):
    """LP relaxation feasible, integer infeasible with knapsack-like equality."""
    m = Model(f'infeas_knap_s{seed}')
    m.row('e', 'E', 7)
    m.col('a', 1, {'e': 3}, integer=True)
    m.col('b', 1, {'e': 6}, integer=True)
    m.col('c', 1, {'e': 9}, integer=True)
    for c in 'abc':
        m.bound('UP', c, 5)
    return m


def unbounded_mip(seed):
    g = random.Random(seed)
    m = Model(f'unbd_mip_s{seed}')
    m.sense = 'MAX'
    m.row('r0', 'L', 10)
    m.row('r1', 'G', 2)
    m.col('p', 3, {'r0': 1, 'r1': 1}, integer=True)
    m.col('q', 1, {'r0': -1, 'r1': 1}, integer=True)  # q can grow with p
    m.bound('UI', 'p', 100)
    m.bound('PL', 'q')
    m.bound('LI', 'p', 0)
    m.col('w', 2, {'r0': 1})
    m.bound('FR', 'w')
    return m


def unbounded_lp(seed):
    m = Model(f'unbd_lp_s{seed}')
    m.row('r', 'G', 1)
    m.col('x', -1, {'r': 1})
    m.col('y', 1, {'r': -1})
    return m


def infeasible_lp(seed):
    m = Model(f'infeas_lp_s{seed}')
    m.row('r', 'G', 5)
    m.row('s', 'L', 3)
    m.col('x', 1, {'r': 1, 's': 1})
    m.col('y', 1, {'r': 1, 's': 1})
    return m


def crossed_bounds(seed, variant):
    m = Model(f'crossed_{variant}')
    m.row('r', 'G', -10)
    m.col('x', 1, {'r': 1}, integer=(variant in ('int', 'intmarker')))
    m.col('y', 1, {'r': 1})
    if variant == 'upneg':
        m.bound('UP', 'x', -3)
    elif variant == 'int':
        m.bound('UP', 'x', -3)
    elif variant == 'intmarker':
        m.bound('LO', 'x', 0.2)
        m.bound('UP', 'x', 0.8)
    elif variant == 'lohi':
        m.bound('LO', 'x', 5)
        m.bound('UP', 'x', 2)
    elif variant == 'ranged_empty':
        m.row('emp', 'G', 1)
    elif variant == 'mi_upneg':
        m.bound('MI', 'x')
        m.bound('UP', 'x', -3)
    return m


def binary_defaults(seed, n):
    """Integer markers without bounds (binary), with only UP (upper given), with MI, with BV."""
    g = random.Random(seed)
    m = Model(f'bindef_{n}_s{seed}')
    m.sense = 'MAX'
    m.sense_form = 'section'
    m.row('w', 'L', n * 2)
    m.row('w2', 'L', n * 3)
    for j in range(n):
        m.col(f'b{j}', g.randint(1, 10), {'w': g.randint(1, 5), 'w2': g.randint(1, 7)}, integer=True)
        k = j % 5
        if k == 1:
            m.bound('UP', f'b{j}', 3)
        elif k == 2:
            m.bound('BV', f'b{j}')
        elif k == 3:
            m.bound('LO', f'b{j}', 1)  # upper becomes +inf
        elif k == 4:
            m.bound('UP', f'b{j}', 0)
    return m


def multi_nrows(seed):
    g = random.Random(seed)
    m = Model(f'multin_s{seed}')
    m.extra_n_rows = ['cost2']
    m.obj_rhs = -7
    for i in range(4):
        m.row(f'r{i}', 'G', g.randint(1, 8))
    for j in range(6):
        m.col(f'v{j}', g.randint(1, 6), {f'r{i}': g.randint(0, 3) for i in range(4) if g.random() < 0.7},
              integer=j % 2 == 0)
        m.bound('UP', f'v{j}', 10)
    return m


def spaces_fixed(seed):
    """Fixed-format names with spaces; planner-like binaries plus continuous payments."""
    g = random.Random(seed)
    m = Model(f'fixed spaces {seed}')
    n = 8
    m.obj_name = 'COST ROW'
    m.row('BUDGET 1', 'L', 100)
    m.row('SHARE A', 'G', 0)
    m.row('PICK', 'L', 5)
    m.row('RANGE E', 'E', 10, -4)
    for j in range(n):
        cost = g.randint(5, 30)
        m.col(f'PRJ {j}', -g.randint(10, 60), {'BUDGET 1': cost, 'SHARE A': -cost * 0.3, 'PICK': 1,
                                               'RANGE E': g.randint(0, 3)}, integer=True)
    for j in range(3):
        m.col(f'PAY {j}', 1.5, {'BUDGET 1': 1, 'SHARE A': 1})
        m.bound('UP', f'PAY {j}', 40)
    return m


def big_m_sched(seed, n):
    """Lot sizing with setup big-M, equality flow rows, general integer lots."""
    g = random.Random(seed)
    m = Model(f'lotsize_{n}_s{seed}')
    dem = [g.randint(0, 20) for _ in range(n)]
    for t in range(n):
        m.row(f'bal{t}', 'E', dem[t])
        m.row(f'su{t}', 'L', 0)
    for t in range(n):
        m.col(f'prod{t}', g.randint(1, 4), {f'bal{t}': 1, f'su{t}': 1})
        m.col(f'lots{t}', 0, {f'su{t}': -10}, integer=True)
        m.bound('UI', f'lots{t}', 6)
        m.col(f'setup{t}', g.randint(20, 60), {f'su{t}': -1}, integer=True)
        m.bound('BV', f'setup{t}')
        coefs = {f'bal{t}': -1}
        if t + 1 < n:
            coefs[f'bal{t + 1}'] = 1
        m.col(f'inv{t}', 1, coefs)
    # setup must be on to produce: prod <= 60 setup  (row su: prod - 10 lots - setup <= 0 already
    # links lots; add prod <= 60*setup)
    for t in range(n):
        m.row(f'on{t}', 'L', 0)
        m.cols[4 * t][2][f'on{t}'] = 1
        m.cols[4 * t + 2][2][f'on{t}'] = -60
    return m


def planner_like(seed, n):
    """Binary choices plus continuous payments with share rows (the planner's shape), MAX form."""
    g = random.Random(seed)
    m = Model(f'plannerlike_{n}_s{seed}')
    m.sense = 'MAX'
    m.sense_form = 'section' if seed % 2 else 'inline'
    years = 3
    for y in range(years):
        m.row(f'bud{y}', 'L', g.randint(80, 150))
    m.row('shareNATO', 'G', 0)
    m.row('shareLocal', 'L', 0)
    m.row('card', 'L', n // 2, n // 2 - 1)
    for j in range(n):
        cost = g.randint(10, 60)
        coefs = {f'bud{y}': round(cost * g.uniform(0.2, 0.5), 2) for y in range(years)}
        coefs['shareNATO'] = -0.25 * cost
        coefs['shareLocal'] = -0.3 * cost
        coefs['card'] = 1
        m.col(f'pick{j}', g.randint(5, 50), coefs, integer=True)
        m.bound('BV', f'pick{j}')
    for s in range(3):
        m.col(f'pay{s}', -0.01 * (s + 1), {'shareNATO': 1 if s == 0 else 0.5, 'shareLocal': 1 if s == 2 else 0.2,
                                           **{f'bud{y}': -0.2 for y in range(years)}})
        m.bound('UP', f'pay{s}', 200)
    return m


def degenerate_lp(seed, n):
    """Highly degenerate LP: many rows tight at one planted vertex (x = 1), equalities and ranges."""
    g = random.Random(seed)
    m = Model(f'degen_{n}_s{seed}')
    for i in range(3 * n):
        coefs = {j: g.choice([1, 1, 2, -1]) for j in g.sample(range(n), 3)}
        act = sum(coefs.values())
        kind = 'E' if i % 7 == 0 else ('L' if i % 3 else 'G')
        rng = None if i % 5 else (g.choice([1, -1]) * g.randint(0, 2) if kind != 'E' else g.choice([2, -2]))
        m.row(f'r{i}', kind, act, rng)
        m.rows[-1].append(coefs)
    m.row('sum', 'E', n)
    for j in range(n):
        c = {f'r{i}': m.rows[i][4][j] for i in range(3 * n) if j in m.rows[i][4]}
        c['sum'] = 1
        m.col(f'x{j}', g.randint(-2, 2), c)
        m.bound('UP', f'x{j}', 3)
    for r in m.rows:
        del r[4:]
    return m


def objsense_words(seed, form, word):
    """OBJSENSE written as MAXIMIZE/MAX/MIN/MINIMIZE, inline or as a section, with a constant."""
    g = random.Random(seed)
    m = Model(f'sense_{form}_{word.lower()}_s{seed}')
    m.sense = word
    m.sense_form = form
    m.obj_rhs = g.choice([-17.5, 4, 0.25])
    sgn = 1 if word.startswith('MAX') else -1
    for i in range(4):
        m.row(f'c{i}', 'L', g.randint(10, 30))
    for j in range(7):
        m.col(f'x{j}', sgn * g.randint(1, 9), {f'c{i}': g.randint(1, 6) for i in range(4)}, integer=j % 2 == 0)
        if j % 3 == 0:
            m.bound('LI', f'x{j}', -2)
    # keep it bounded: the lower side too
    m.row('low', 'G', -40)
    for c in m.cols:
        c[2]['low'] = 1
    return m


def neg_cover(seed, n):
    """Covering with general integers in negative ranges: optimum sits at negative values."""
    g = random.Random(seed)
    m = Model(f'negcover_{n}_s{seed}')
    for i in range(n // 2):
        m.row(f'cv{i}', 'G', -g.randint(5, 20))
    for j in range(n):
        m.col(f'z{j}', g.randint(1, 10), {f'cv{i}': g.randint(1, 4) for i in range(n // 2) if g.random() < 0.6},
              integer=True)
        m.bound('LI', f'z{j}', -g.randint(3, 9))
        m.bound('UI', f'z{j}', g.randint(0, 4))
    return m


def int_markers_mi(seed):
    """Marker integers with only MI, only PL, FR, or negative UP after MI (bound defaults)."""
    g = random.Random(seed)
    m = Model(f'intmi_s{seed}')
    m.sense = 'MAX'
    m.row('cap', 'L', 25)
    m.row('flo', 'G', -25)
    for j in range(8):
        m.col(f'k{j}', g.randint(-5, 5) or 1, {'cap': g.randint(1, 4), 'flo': g.randint(1, 4)}, integer=True)
        kind = j % 4
        if kind == 0:
            m.bound('MI', f'k{j}')
        elif kind == 1:
            m.bound('PL', f'k{j}')
        elif kind == 2:
            m.bound('FR', f'k{j}')
        else:
            m.bound('MI', f'k{j}')
            m.bound('UP', f'k{j}', -1)
    for j in range(8):
        m.row(f'box{j}', 'G', -g.randint(5, 30), g.randint(10, 50))
        m.cols[j][2][f'box{j}'] = 1
    return m


def tabs_free(seed):
    """Free format with tabs between fields, comments and blank lines."""
    g = random.Random(seed)
    m = Model(f'tabs_s{seed}')
    for i in range(3):
        m.row(f'r{i}', 'G', g.randint(2, 9))
    for j in range(6):
        m.col(f'v{j}', g.randint(1, 5), {f'r{i}': g.randint(1, 3) for i in range(3)}, integer=j < 3)
    return m


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    models = []
    for s in (1, 2, 3):
        models.append(('free', ufl(s, 5, 12)))
        models.append(('free', ufl(s + 10, 8, 20, strong=False)))
        models.append(('free', cfl(s, 5, 15, bv=(s != 2), max_form=(s == 3))))
        models.append(('free', set_cover(s, 20, 40, 'cover')))
        models.append(('free', set_cover(s, 20, 40, 'pack')))
        models.append(('free', set_cover(s, 15, 30, 'part')))
        models.append(('free', general_int(s, 10, 6, 'min')))
        models.append(('free', general_int(s + 3, 12, 7, 'max')))
        models.append(('free', general_int(s + 6, 8, 5, 'maxsec')))
        models.append(('free', knapsack_general(s, 15)))
        models.append(('free', transport_lp(s, 4, 6)))
        models.append(('free', free_lp(s, 8, 6)))
        models.append(('free', fractional_int_bounds(s, 6)))
        models.append(('free', binary_defaults(s, 10)))
        models.append(('free', multi_nrows(s)))
        models.append(('fixed', spaces_fixed(s)))
        models.append(('free', big_m_sched(s, 6)))
        models.append(('free', planner_like(s, 14)))
        models.append(('free', degenerate_lp(s, 8)))
    models.append(('free', assignment_lp(1, 6)))
    models.append(('fixed', set_cover(4, 12, 20, 'cover')))
    models.append(('fixed', general_int(9, 8, 5, 'maxsec')))
    models.append(('fixed', cfl(4, 4, 8)))
    models.append(('free', infeasible_mip(1)))
    models.append(('free', infeasible_lp_relax_feasible(1)))
    models.append(('free', unbounded_mip(1)))
    models.append(('free', unbounded_lp(1)))
    models.append(('free', infeasible_lp(1)))
    for v in ('upneg', 'int', 'intmarker', 'lohi', 'ranged_empty', 'mi_upneg'):
        models.append(('free', crossed_bounds(1, v)))
    for form in ('inline', 'section'):
        for word in ('MAXIMIZE', 'MAX', 'MIN', 'MINIMIZE'):
            models.append(('free', objsense_words(len(models), form, word)))
    models.append(('fixed', objsense_words(5, 'section', 'MAX')))
    for s in (1, 2):
        models.append(('free', neg_cover(s, 14)))
        models.append(('free', int_markers_mi(s)))
        models.append(('tabs', tabs_free(s)))
        models.append(('fixednoset', general_int(20 + s, 9, 6, 'max')))
        models.append(('fixednoset', cfl(20 + s, 4, 8)))
    # medium sizes
    models.append(('free', ufl(31, 10, 40)))
    models.append(('free', cfl(32, 10, 30)))
    models.append(('free', cfl(33, 8, 40, bv=True, max_form=True)))
    models.append(('free', set_cover(34, 60, 300, 'cover')))
    models.append(('free', set_cover(35, 50, 200, 'pack')))
    models.append(('free', set_cover(36, 40, 160, 'part')))
    models.append(('free', knapsack_general(37, 40)))
    models.append(('free', general_int(38, 25, 15, 'min')))
    models.append(('free', general_int(39, 25, 15, 'maxsec')))
    models.append(('free', planner_like(40, 40)))
    models.append(('free', big_m_sched(41, 15)))
    models.append(('free', degenerate_lp(42, 30)))
    models.append(('free', transport_lp(43, 12, 15)))
    models.append(('free', assignment_lp(44, 15)))
    models.append(('free', neg_cover(45, 30)))
    for fmt, m in models:
        fname = m.name.replace(' ', '_') + ('_fixed' if fmt == 'fixed' and 'spaces' not in m.name else '')
        path = os.path.join(out, fname + '.mps')
        if fmt == 'fixednoset':
            fname = m.name + '_fixednoset'
            path = os.path.join(out, fname + '.mps')
            write_fixed(m, path, set_names=False)
        elif fmt == 'tabs':
            write_free(m, path)
            text = open(path).read().replace(' ', '\t')
            text = text.replace('NAME\t', 'NAME ')
            text = '* generated with tabs\n\n' + text.replace('COLUMNS\n', 'COLUMNS\n* a comment line\n\n')
            open(path, 'w').write(text)
        else:
            (write_fixed if fmt == 'fixed' else write_free)(m, path)
    print(len(models))


if __name__ == '__main__':
    main()

NAME gint_min_10x6_s1
ROWS
 N obj
 L r0
 G r1
 L r2
 E r3
 E r4
 E r5
 L cap
 G capl
 L bx0
 L bx1
 L bx2
 L bx3
 L bx4
 L bx5
 L bx6
 L bx7
 L bx8
 L bx9
COLUMNS
    x0 obj 5 r0 5
    x0 r1 -9 r4 -4
    x0 cap -1 capl -1
    x0 bx0 1
    MARKER0 'MARKER' 'INTORG'
    x1 obj 9 r2 4
    x1 r3 4 r5 -4
    x1 cap -1 capl -1
    x1 bx1 1
    x2 obj -5 r2 -9
    x2 cap 1 capl 1
    x2 bx2 1
    x3 obj 7 r0 -2
    x3 r2 1 r5 7
    x3 cap -1 capl -1
    x3 bx3 1
    x4 obj 1 r0 9
    x4 r1 -9 r3 7
    x4 r4 4 cap -1
    x4 capl -1 bx4 1
    MARKER1 'MARKER' 'INTEND'
    x5 obj 9 r1 4
    x5 r3 7 r5 -6
    x5 cap -1 capl -1
    x5 bx5 1
    MARKER2 'MARKER' 'INTORG'
    x6 obj -6 r0 -1
    x6 r3 1 r4 3
    x6 cap 1 capl 1
    x6 bx6 1
    x7 obj -9 r0 -9
    x7 r2 -2 r3 -3
    x7 r4 -2 cap 1
    x7 capl 1 bx7 1
    MARKER3 'MARKER' 'INTEND'
    x8 obj -4 r1 -3
    x8 r5 7 cap 1
    x8 capl 1 bx8 1
    MARKER4 'MARKER' 'INTORG'
    x9 obj 3 r1 3
    x9 r2 5 r4 6
    x9 r5 3 cap -1
    x9 capl -1 bx9 1
    MARKER5 'MARKER' 'INTEND'
RHS
    RHS r0 12
    RHS r1 -18
    RHS r2 -61
    RHS r3 62
    RHS r4 27
    RHS r5 -76
    RHS cap 200
    RHS capl -200
    RHS bx0 60
    RHS bx1 60
    RHS bx2 60
    RHS bx3 60
    RHS bx4 60
    RHS bx5 60
    RHS bx6 60
    RHS bx7 60
    RHS bx8 60
    RHS bx9 60
RANGES
    RNG bx0 120
    RNG bx1 120
    RNG bx2 120
    RNG bx3 120
    RNG bx4 120
    RNG bx5 120
    RNG bx6 120
    RNG bx7 120
    RNG bx8 120
    RNG bx9 120
BOUNDS
 LO BND x0 -4
 UP BND x0 0
 LI BND x1 -17
 LI BND x2 -3
 UI BND x2 8
 MI BND x3
 FX BND x4 7
 LI BND x5 0
 UI BND x5 14
 MI BND x6
 LO BND x7 -5
 UP BND x7 12
 LI BND x8 -10
 MI BND x9
ENDATA

NAME gint_max_12x7_s5
OBJSENSE MAX
ROWS
 N obj
 L r0
 E r1
 E r2
 G r3
 L r4
 L r5
 E r6
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
 L bx10
 L bx11
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    x0 r0 3 r1 1
    x0 r3 6 r4 2
    x0 r6 2 cap -1
    x0 capl -1 bx0 1
    MARKER1 'MARKER' 'INTEND'
    x1 obj -1 r0 -1
    x1 r3 1 r5 2
    x1 r6 1 cap -1
    x1 capl -1 bx1 1
    MARKER2 'MARKER' 'INTORG'
    x2 obj 9 r1 -4
    x2 r2 4 r5 5
    x2 cap 1 capl 1
    x2 bx2 1
    x3 obj 9 r0 -4
    x3 r2 1 r5 7
    x3 r6 -1 cap 1
    x3 capl 1 bx3 1
    x4 obj 3 r3 1
    x4 r4 4 r6 -7
    x4 cap 1 capl 1
    x4 bx4 1
    x5 obj -4 r0 -4
    x5 r3 2 r4 3
    x5 r6 8 cap -1
    x5 capl -1 bx5 1
    x6 obj -7 r0 -3
    x6 r4 9 r5 -1
    x6 r6 -5 cap -1
    x6 capl -1 bx6 1
    x7 obj 3 r1 -3
    x7 r2 -5 cap 1
    x7 capl 1 bx7 1
    x8 obj 6 r0 4
    x8 r1 -4 r2 -9
    x8 r3 -4 cap 1
    x8 capl 1 bx8 1
    x9 obj -2 r1 -9
    x9 r2 -4 r5 2
    x9 cap -1 capl -1
    x9 bx9 1
    MARKER3 'MARKER' 'INTEND'
    x10 obj 2 r3 1
    x10 r4 -9 r5 7
    x10 cap 1 capl 1
    x10 bx10 1
    x11 obj 5 r1 -3
    x11 r2 2 r4 5
    x11 cap 1 capl 1
    x11 bx11 1
RHS
    RHS r0 35
    RHS r1 -27
    RHS r2 70
    RHS r3 29
    RHS r4 -105
    RHS r5 54
    RHS r6 -4
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
    RHS bx10 60
    RHS bx11 60
RANGES
    RNG r3 3
    RNG r5 -6
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
    RNG bx10 120
    RNG bx11 120
BOUNDS
 MI BND x0
 UP BND x0 2
 LO BND x1 3
 PL BND x1
 LI BND x2 -9
 FX BND x3 -8
 LI BND x4 -1
 UI BND x4 11
 LO BND x5 -11
 PL BND x5
 LO BND x6 -9
 UP BND x6 -7
 LO BND x7 -12
 UP BND x7 -1
 LO BND x8 -10
 UP BND x8 2
 LI BND x9 -2
 MI BND x10
 LO BND x11 -2
 PL BND x11
ENDATA

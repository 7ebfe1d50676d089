NAME gint_max_12x7_s4
OBJSENSE MAX
ROWS
 N obj
 G r0
 E r1
 G r2
 G r3
 L r4
 L r5
 G r6
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
    x0 obj 9 r2 4
    x0 r3 7 r5 -4
    x0 r6 -7 cap 1
    x0 capl 1 bx0 1
    MARKER0 'MARKER' 'INTORG'
    x1 obj 1 r1 -4
    x1 r2 1 r3 8
    x1 r5 -8 cap 1
    x1 capl 1 bx1 1
    x2 obj -1 r0 -1
    x2 r4 -3 r5 2
    x2 r6 -3 cap -1
    x2 capl -1 bx2 1
    x3 obj -4 r4 9
    x3 r5 1 cap -1
    x3 capl -1 bx3 1
    x4 obj 9 r0 -9
    x4 r1 3 r2 -3
    x4 r3 -1 r4 8
    x4 r5 5 cap 1
    x4 capl 1 bx4 1
    x5 obj 7 r0 -3
    x5 r1 -2 r3 -5
    x5 r6 4 cap 1
    x5 capl 1 bx5 1
    MARKER1 'MARKER' 'INTEND'
    x6 obj -7 r0 -1
    x6 r4 4 cap -1
    x6 capl -1 bx6 1
    MARKER2 'MARKER' 'INTORG'
    x7 obj -4 r1 6
    x7 r2 1 r3 1
    x7 r4 1 cap -1
    x7 capl -1 bx7 1
    x8 obj 5 r0 -6
    x8 r2 7 cap 1
    x8 capl 1 bx8 1
    MARKER3 'MARKER' 'INTEND'
    x9 obj 10 r1 -2
    x9 r2 4 r4 1
    x9 r6 1 cap 1
    x9 capl 1 bx9 1
    MARKER4 'MARKER' 'INTORG'
    x10 obj -9 r3 6
    x10 r5 -9 r6 -5
    x10 cap -1 capl -1
    x10 bx10 1
    MARKER5 'MARKER' 'INTEND'
    x11 obj -4 r0 -1
    x11 r1 7 r6 1
    x11 cap -1 capl -1
    x11 bx11 1
RHS
    RHS obj -20
    RHS r0 32
    RHS r1 -37
    RHS r2 34
    RHS r3 -49
    RHS r4 -6
    RHS r5 96
    RHS r6 -9
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
    RNG r2 -4
    RNG r6 -5
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
 LO BND x0 -8
 UP BND x0 1
 LO BND x1 -10
 PL BND x1
 LO BND x2 1
 UP BND x2 10
 LI BND x3 7
 UI BND x3 9
 LO BND x4 -13
 PL BND x4
 FR BND x5
 FX BND x6 -6
 FR BND x7
 LI BND x8 -4
 FR BND x9
 FX BND x10 -7
 LI BND x11 -6
ENDATA

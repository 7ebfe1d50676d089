NAME gint_max_14x9_s130
OBJSENSE MAX
ROWS
 N obj
 G r0
 L r1
 G r2
 L r3
 G r4
 G r5
 E r6
 G r7
 E r8
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
 L bx12
 L bx13
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    x0 obj -2 r0 4
    x0 r7 5 cap -1
    x0 capl -1 bx0 1
    MARKER1 'MARKER' 'INTEND'
    x1 obj 2 r1 1
    x1 r2 -1 r4 -1
    x1 r6 5 r8 8
    x1 cap 1 capl 1
    x1 bx1 1
    MARKER2 'MARKER' 'INTORG'
    x2 r0 3 r1 5
    x2 r2 3 r3 7
    x2 r5 -4 r6 1
    x2 r7 -7 cap -1
    x2 capl -1 bx2 1
    x3 obj 1 r3 7
    x3 r5 -7 r6 1
    x3 r7 3 r8 -8
    x3 cap 1 capl 1
    x3 bx3 1
    x4 obj -6 r1 -6
    x4 r2 4 r6 -3
    x4 cap -1 capl -1
    x4 bx4 1
    x5 obj -4 r0 3
    x5 r2 4 r3 1
    x5 r4 -1 r8 -2
    x5 cap -1 capl -1
    x5 bx5 1
    x6 obj 3 r0 1
    x6 r4 -6 r5 9
    x6 cap 1 capl 1
    x6 bx6 1
    x7 obj -1 r0 -8
    x7 r3 2 r4 -8
    x7 r5 2 r8 6
    x7 cap -1 capl -1
    x7 bx7 1
    x8 obj -1 r1 4
    x8 r2 8 r3 9
    x8 r4 5 r5 -4
    x8 r6 -6 r7 -3
    x8 cap -1 capl -1
    x8 bx8 1
    MARKER3 'MARKER' 'INTEND'
    x9 obj 2 r1 3
    x9 r4 9 r5 2
    x9 cap 1 capl 1
    x9 bx9 1
    MARKER4 'MARKER' 'INTORG'
    x10 obj -3 r4 2
    x10 r6 4 r7 1
    x10 r8 -2 cap -1
    x10 capl -1 bx10 1
    x11 obj -8 r0 -7
    x11 r1 -7 r2 -4
    x11 r3 -8 r7 9
    x11 r8 -8 cap -1
    x11 capl -1 bx11 1
    MARKER5 'MARKER' 'INTEND'
    x12 r1 4 r2 4
    x12 r5 3 r7 5
    x12 r8 -1 cap -1
    x12 capl -1 bx12 1
    MARKER6 'MARKER' 'INTORG'
    x13 obj 5 r0 6
    x13 r3 -5 r6 4
    x13 cap 1 capl 1
    x13 bx13 1
    MARKER7 'MARKER' 'INTEND'
RHS
    RHS obj 16
    RHS r0 79
    RHS r1 109
    RHS r2 1
    RHS r3 107
    RHS r4 14
    RHS r5 -71
    RHS r6 86
    RHS r7 -48
    RHS r8 -16
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
    RHS bx12 60
    RHS bx13 60
RANGES
    RNG r7 4
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
    RNG bx12 120
    RNG bx13 120
BOUNDS
 LO BND x0 1
 UP BND x0 10
 LO BND x1 -2
 UP BND x1 5
 LO BND x2 1
 PL BND x2
 MI BND x3
 UP BND x3 6
 MI BND x4
 FX BND x5 3
 LI BND x6 -5
 UI BND x6 -1
 LO BND x7 -6
 UP BND x7 9
 LO BND x8 -9
 UP BND x8 7
 LI BND x9 -4
 LO BND x10 -2
 PL BND x10
 LO BND x11 -13
 UP BND x11 -2
 FR BND x12
 MI BND x13
ENDATA

NAME gint_maxsec_8x5_s7
OBJSENSE
    MAX
ROWS
 N obj
 L r0
 G r1
 L r2
 E r3
 L r4
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
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    x0 obj -1 r0 -7
    x0 r1 -8 r2 -4
    x0 r3 -8 cap -1
    x0 capl -1 bx0 1
    MARKER1 'MARKER' 'INTEND'
    x1 obj 9 r2 1
    x1 cap 1 capl 1
    x1 bx1 1
    x2 obj -5 r3 9
    x2 r4 -2 cap -1
    x2 capl -1 bx2 1
    x3 obj -9 r0 4
    x3 r1 8 r3 -7
    x3 r4 -4 cap -1
    x3 capl -1 bx3 1
    MARKER2 'MARKER' 'INTORG'
    x4 r1 -2 r2 8
    x4 r3 -3 r4 -2
    x4 cap -1 capl -1
    x4 bx4 1
    MARKER3 'MARKER' 'INTEND'
    x5 obj 8 cap 1
    x5 capl 1 bx5 1
    MARKER4 'MARKER' 'INTORG'
    x6 obj 5 r0 -2
    x6 r1 -8 r2 9
    x6 cap 1 capl 1
    x6 bx6 1
    x7 obj 10 r0 -7
    x7 r4 1 cap 1
    x7 capl 1 bx7 1
    MARKER5 'MARKER' 'INTEND'
RHS
    RHS r0 -1
    RHS r1 -86
    RHS r2 -29
    RHS r3 90
    RHS r4 29
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
RANGES
    RNG r0 2
    RNG r3 -7
    RNG bx0 120
    RNG bx1 120
    RNG bx2 120
    RNG bx3 120
    RNG bx4 120
    RNG bx5 120
    RNG bx6 120
    RNG bx7 120
BOUNDS
 LO BND x0 -5
 UP BND x0 6
 MI BND x1
 UP BND x1 2
 LO BND x2 -3
 PL BND x2
 MI BND x3
 UP BND x3 2
 LO BND x4 -15
 UP BND x4 -1
 MI BND x5
 UP BND x5 -1
 MI BND x6
 UP BND x6 7
 LO BND x7 -11
 UP BND x7 -1
ENDATA

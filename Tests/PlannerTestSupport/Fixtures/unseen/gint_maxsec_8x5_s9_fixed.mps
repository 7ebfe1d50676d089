NAME          gint_maxsec_8x5_s9
OBJSENSE
    MAX
ROWS
 N  obj
 E  r0
 E  r1
 E  r2
 L  r3
 L  r4
 L  cap
 G  capl
 L  bx0
 L  bx1
 L  bx2
 L  bx3
 L  bx4
 L  bx5
 L  bx6
 L  bx7
COLUMNS
    MARKER    'MARKER'                 'INTORG'
    x0        obj                 -6   r0                   3
    x0        r1                   9   r3                  -8
    x0        r4                  -3   cap                 -1
    x0        capl                -1   bx0                  1
    x1        obj                  8   r1                   3
    x1        r2                  -3   r3                   3
    x1        r4                   9   cap                  1
    x1        capl                 1   bx1                  1
    x2        obj                  2   r0                  -4
    x2        cap                  1   capl                 1
    x2        bx2                  1
    MARKER    'MARKER'                 'INTEND'
    x3        obj                 -5   r2                  -7
    x3        cap                 -1   capl                -1
    x3        bx3                  1
    MARKER    'MARKER'                 'INTORG'
    x4        obj                  7   r0                  -8
    x4        r1                  -6   r4                  -3
    x4        cap                  1   capl                 1
    x4        bx4                  1
    x5        obj                 -9   r2                  -1
    x5        r3                  -9   r4                   1
    x5        cap                 -1   capl                -1
    x5        bx5                  1
    x6        obj                  9   r3                   4
    x6        cap                  1   capl                 1
    x6        bx6                  1
    x7        obj                  8   r0                   8
    x7        r1                  -7   r2                   3
    x7        cap                  1   capl                 1
    x7        bx7                  1
    MARKER    'MARKER'                 'INTEND'
RHS
    RHS       r0                 103
    RHS       r1                  25
    RHS       r2                  51
    RHS       r3                  45
    RHS       r4                  10
    RHS       cap                200
    RHS       capl              -200
    RHS       bx0                 60
    RHS       bx1                 60
    RHS       bx2                 60
    RHS       bx3                 60
    RHS       bx4                 60
    RHS       bx5                 60
    RHS       bx6                 60
    RHS       bx7                 60
RANGES
    RNG       r0                   3
    RNG       r3                  -4
    RNG       bx0                120
    RNG       bx1                120
    RNG       bx2                120
    RNG       bx3                120
    RNG       bx4                120
    RNG       bx5                120
    RNG       bx6                120
    RNG       bx7                120
BOUNDS
 LI BND       x0                  -2
 UI BND       x0                   7
 FR BND       x1
 MI BND       x2
 UP BND       x2                   2
 LI BND       x3                  -4
 UI BND       x3                   0
 LO BND       x4                  -7
 PL BND       x4
 LI BND       x5                 -12
 LO BND       x6                  -8
 UP BND       x6                  10
 MI BND       x7
 UP BND       x7                   9
ENDATA

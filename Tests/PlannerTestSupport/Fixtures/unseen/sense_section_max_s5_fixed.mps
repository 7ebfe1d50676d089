NAME          sense_section_max_s5
OBJSENSE
    MAX
ROWS
 N  obj
 L  c0
 L  c1
 L  c2
 L  c3
 G  low
COLUMNS
    MARKER    'MARKER'                 'INTORG'
    x0        obj                  1   c0                   4
    x0        c1                   2   c2                   6
    x0        c3                   1   low                  1
    MARKER    'MARKER'                 'INTEND'
    x1        obj                  3   c0                   1
    x1        c1                   3   c2                   4
    x1        c3                   2   low                  1
    MARKER    'MARKER'                 'INTORG'
    x2        obj                  7   c0                   5
    x2        c1                   1   c2                   5
    x2        c3                   2   low                  1
    MARKER    'MARKER'                 'INTEND'
    x3        obj                  1   c0                   6
    x3        c1                   2   c2                   4
    x3        c3                   3   low                  1
    MARKER    'MARKER'                 'INTORG'
    x4        obj                  3   c0                   4
    x4        c1                   2   c2                   1
    x4        c3                   2   low                  1
    MARKER    'MARKER'                 'INTEND'
    x5        obj                  8   c0                   2
    x5        c1                   2   c2                   1
    x5        c3                   1   low                  1
    MARKER    'MARKER'                 'INTORG'
    x6        obj                  4   c0                   2
    x6        c1                   2   c2                   2
    x6        c3                   3   low                  1
    MARKER    'MARKER'                 'INTEND'
RHS
    RHS       obj               0.25
    RHS       c0                  18
    RHS       c1                  21
    RHS       c2                  30
    RHS       c3                  26
    RHS       low                -40
BOUNDS
 LI BND       x0                  -2
 LI BND       x3                  -2
 LI BND       x6                  -2
ENDATA

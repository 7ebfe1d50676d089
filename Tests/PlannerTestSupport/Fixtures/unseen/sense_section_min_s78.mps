NAME sense_section_min_s78
OBJSENSE
    MIN
ROWS
 N obj
 L c0
 L c1
 L c2
 L c3
 G low
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    x0 obj -1 c0 6
    x0 c1 2 c2 6
    x0 c3 4 low 1
    MARKER1 'MARKER' 'INTEND'
    x1 obj -4 c0 6
    x1 c1 4 c2 4
    x1 c3 5 low 1
    MARKER2 'MARKER' 'INTORG'
    x2 obj -1 c0 2
    x2 c1 6 c2 2
    x2 c3 3 low 1
    MARKER3 'MARKER' 'INTEND'
    x3 obj -7 c0 3
    x3 c1 6 c2 4
    x3 c3 6 low 1
    MARKER4 'MARKER' 'INTORG'
    x4 obj -3 c0 2
    x4 c1 3 c2 3
    x4 c3 1 low 1
    MARKER5 'MARKER' 'INTEND'
    x5 obj -4 c0 1
    x5 c1 2 c2 2
    x5 c3 4 low 1
    MARKER6 'MARKER' 'INTORG'
    x6 obj -5 c0 2
    x6 c1 5 c2 6
    x6 c3 5 low 1
    MARKER7 'MARKER' 'INTEND'
RHS
    RHS obj -17.5
    RHS c0 13
    RHS c1 19
    RHS c2 18
    RHS c3 23
    RHS low -40
BOUNDS
 LI BND x0 -2
 LI BND x3 -2
 LI BND x6 -2
ENDATA

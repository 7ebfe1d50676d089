NAME sense_section_maximize_s76
OBJSENSE
    MAXIMIZE
ROWS
 N obj
 L c0
 L c1
 L c2
 L c3
 G low
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    x0 obj 1 c0 4
    x0 c1 2 c2 3
    x0 c3 3 low 1
    MARKER1 'MARKER' 'INTEND'
    x1 obj 8 c0 4
    x1 c1 2 c2 1
    x1 c3 3 low 1
    MARKER2 'MARKER' 'INTORG'
    x2 obj 5 c0 2
    x2 c1 3 c2 5
    x2 c3 1 low 1
    MARKER3 'MARKER' 'INTEND'
    x3 obj 1 c0 6
    x3 c1 4 c2 5
    x3 c3 5 low 1
    MARKER4 'MARKER' 'INTORG'
    x4 obj 7 c0 6
    x4 c1 2 c2 3
    x4 c3 5 low 1
    MARKER5 'MARKER' 'INTEND'
    x5 obj 8 c0 1
    x5 c1 1 c2 6
    x5 c3 6 low 1
    MARKER6 'MARKER' 'INTORG'
    x6 obj 7 c0 2
    x6 c1 1 c2 2
    x6 c3 6 low 1
    MARKER7 'MARKER' 'INTEND'
RHS
    RHS obj 4
    RHS c0 24
    RHS c1 22
    RHS c2 16
    RHS c3 19
    RHS low -40
BOUNDS
 LI BND x0 -2
 LI BND x3 -2
 LI BND x6 -2
ENDATA

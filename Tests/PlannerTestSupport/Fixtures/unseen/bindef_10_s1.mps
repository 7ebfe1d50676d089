NAME bindef_10_s1
OBJSENSE
    MAX
ROWS
 N obj
 L w
 L w2
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    b0 obj 3 w 5
    b0 w2 7
    b1 obj 2 w 3
    b1 w2 1
    b2 obj 8 w 4
    b2 w2 4
    b3 obj 7 w 2
    b3 w2 1
    b4 obj 8 w 1
    b4 w2 7
    b5 obj 7 w 4
    b5 w2 5
    b6 obj 1 w 4
    b6 w2 3
    b7 obj 4 w 5
    b7 w2 1
    b8 obj 6 w 1
    b8 w2 1
    b9 obj 1 w 5
    b9 w2 1
    MARKER1 'MARKER' 'INTEND'
RHS
    RHS w 20
    RHS w2 30
BOUNDS
 UP BND b1 3
 BV BND b2
 LO BND b3 1
 UP BND b4 0
 UP BND b6 3
 BV BND b7
 LO BND b8 1
 UP BND b9 0
ENDATA

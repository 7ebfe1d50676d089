NAME fracint_6_s1
ROWS
 N obj
 L c
 G d
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    i0 obj -2 c 3
    i0 d -1
    i1 obj -8 c 4
    i1 d -2
    i2 obj -1 c 4
    i2 d -4
    i3 obj -8 c 3
    i3 d -2
    i4 obj -6 c 1
    i4 d -1
    i5 obj -7 c 2
    i5 d -4
    MARKER1 'MARKER' 'INTEND'
RHS
    RHS c 14
    RHS d -28
BOUNDS
 LO BND i0 1.2
 UP BND i0 8.1
 LO BND i1 -2.5
 UP BND i1 4.4
 LO BND i2 0
 UP BND i2 0.4
 LO BND i3 0
 UP BND i3 0.4
 LO BND i4 -2.5
 UP BND i4 -2.1
 LO BND i5 -2.5
 UP BND i5 -0.8
ENDATA

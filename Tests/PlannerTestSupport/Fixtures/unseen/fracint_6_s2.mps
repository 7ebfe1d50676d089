NAME fracint_6_s2
ROWS
 N obj
 L c
 G d
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    i0 obj -2 c 3
    i0 d -2
    i1 obj -4 c 5
    i1 d -1
    i2 obj -7 c 4
    i2 d -3
    i3 obj -9 c 3
    i3 d -1
    i4 obj -8 c 3
    i4 d -4
    i5 obj -9 c 2
    i5 d -2
    MARKER1 'MARKER' 'INTEND'
RHS
    RHS c 11
    RHS d -12
BOUNDS
 LO BND i0 0.5
 UP BND i0 3.8
 LO BND i1 0
 UP BND i1 1.7
 LO BND i2 0
 UP BND i2 6.9
 LO BND i3 -2.5
 UP BND i3 0.7999999999999998
 LO BND i4 1.2
 UP BND i4 2.9
 LO BND i5 -0.3
 UP BND i5 0.10000000000000003
ENDATA

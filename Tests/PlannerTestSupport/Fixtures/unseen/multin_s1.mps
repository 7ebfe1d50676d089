NAME multin_s1
ROWS
 N obj
 N cost2
 G r0
 G r1
 G r2
 G r3
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    v0 obj 4 cost2 1
    v0 r1 3 r3 0
    MARKER1 'MARKER' 'INTEND'
    v1 obj 4 cost2 1
    v1 r0 0 r1 2
    v1 r3 0
    MARKER2 'MARKER' 'INTORG'
    v2 obj 3 cost2 1
    v2 r0 0 r1 0
    v2 r3 1
    MARKER3 'MARKER' 'INTEND'
    v3 obj 4 cost2 1
    v3 r1 3 r3 2
    MARKER4 'MARKER' 'INTORG'
    v4 obj 2 cost2 1
    v4 r0 3 r3 0
    MARKER5 'MARKER' 'INTEND'
    v5 obj 2 cost2 1
    v5 r0 2 r1 2
RHS
    RHS obj -7
    RHS r0 3
    RHS r1 2
    RHS r2 5
    RHS r3 2
BOUNDS
 UP BND v0 10
 UP BND v1 10
 UP BND v2 10
 UP BND v3 10
 UP BND v4 10
 UP BND v5 10
ENDATA

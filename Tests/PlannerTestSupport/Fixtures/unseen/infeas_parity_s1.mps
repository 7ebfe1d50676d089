NAME infeas_parity_s1
ROWS
 N obj
 E par
 L cap
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    u0 obj 5 par 2
    u0 cap 1
    u1 obj 3 par 2
    u1 cap 1
    u2 obj 4 par 2
    u2 cap 4
    u3 obj 4 par 2
    u3 cap 4
    u4 obj 2 par 2
    u4 cap 1
    u5 obj 4 par 2
    u5 cap 1
    MARKER1 'MARKER' 'INTEND'
RHS
    RHS par 5
    RHS cap 40
BOUNDS
 UI BND u0 9
 UI BND u1 9
 UI BND u2 9
 UI BND u3 9
 UI BND u4 9
 UI BND u5 9
ENDATA

NAME infeas_knap_s1
ROWS
 N obj
 E e
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    a obj 1 e 3
    b obj 1 e 6
    c obj 1 e 9
    MARKER1 'MARKER' 'INTEND'
RHS
    RHS e 7
BOUNDS
 UP BND a 5
 UP BND b 5
 UP BND c 5
ENDATA

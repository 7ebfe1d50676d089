NAME crossed_int
ROWS
 N obj
 G r
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    x obj 1 r 1
    MARKER1 'MARKER' 'INTEND'
    y obj 1 r 1
RHS
    RHS r -10
BOUNDS
 UP BND x -3
ENDATA

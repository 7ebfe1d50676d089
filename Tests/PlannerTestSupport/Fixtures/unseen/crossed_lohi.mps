NAME crossed_lohi
ROWS
 N obj
 G r
COLUMNS
    x obj 1 r 1
    y obj 1 r 1
RHS
    RHS r -10
BOUNDS
 LO BND x 5
 UP BND x 2
ENDATA

NAME crossed_mi_upneg
ROWS
 N obj
 G r
COLUMNS
    x obj 1 r 1
    y obj 1 r 1
RHS
    RHS r -10
BOUNDS
 MI BND x
 UP BND x -3
ENDATA

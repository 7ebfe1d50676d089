NAME crossed_upneg
ROWS
 N obj
 G r
COLUMNS
    x obj 1 r 1
    y obj 1 r 1
RHS
    RHS r -10
BOUNDS
 UP BND x -3
ENDATA

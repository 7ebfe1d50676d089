NAME unbd_lp_s1
ROWS
 N obj
 G r
COLUMNS
    x obj -1 r 1
    y obj 1 r -1
RHS
    RHS r 1
ENDATA

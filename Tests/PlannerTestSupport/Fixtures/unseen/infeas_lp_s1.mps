NAME infeas_lp_s1
ROWS
 N obj
 G r
 L s
COLUMNS
    x obj 1 r 1
    x s 1
    y obj 1 r 1
    y s 1
RHS
    RHS r 5
    RHS s 3
ENDATA

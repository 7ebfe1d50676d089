NAME crossed_ranged_empty
ROWS
 N obj
 G r
 G emp
COLUMNS
    x obj 1 r 1
    y obj 1 r 1
RHS
    RHS r -10
    RHS emp 1
ENDATA

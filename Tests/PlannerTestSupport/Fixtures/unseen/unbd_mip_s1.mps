NAME unbd_mip_s1
OBJSENSE MAX
ROWS
 N obj
 L r0
 G r1
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    p obj 3 r0 1
    p r1 1
    q obj 1 r0 -1
    q r1 1
    MARKER1 'MARKER' 'INTEND'
    w obj 2 r0 1
RHS
    RHS r0 10
    RHS r1 2
BOUNDS
 UI BND p 100
 PL BND q
 LI BND p 0
 FR BND w
ENDATA

NAME intmi_s1
OBJSENSE MAX
ROWS
 N obj
 L cap
 G flo
 G box0
 G box1
 G box2
 G box3
 G box4
 G box5
 G box6
 G box7
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    k0 obj -3 cap 1
    k0 flo 3 box0 1
    k1 obj -4 cap 4
    k1 flo 4 box1 1
    k2 obj 2 cap 4
    k2 flo 2 box2 1
    k3 obj -4 cap 4
    k3 flo 1 box3 1
    k4 obj 1 cap 4
    k4 flo 1 box4 1
    k5 obj 2 cap 3
    k5 flo 2 box5 1
    k6 obj 4 cap 1
    k6 flo 3 box6 1
    k7 obj -5 cap 1
    k7 flo 1 box7 1
    MARKER1 'MARKER' 'INTEND'
RHS
    RHS cap 25
    RHS flo -25
    RHS box0 -25
    RHS box1 -5
    RHS box2 -26
    RHS box3 -18
    RHS box4 -21
    RHS box5 -29
    RHS box6 -20
    RHS box7 -12
RANGES
    RNG box0 44
    RNG box1 34
    RNG box2 23
    RNG box3 11
    RNG box4 24
    RNG box5 38
    RNG box6 45
    RNG box7 32
BOUNDS
 MI BND k0
 PL BND k1
 FR BND k2
 MI BND k3
 UP BND k3 -1
 MI BND k4
 PL BND k5
 FR BND k6
 MI BND k7
 UP BND k7 -1
ENDATA

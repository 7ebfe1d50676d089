NAME freelp_8x6_s1
ROWS
 N obj
 E r0
 L r1
 L r2
 L r3
 E r4
 L r5
 L emptyL
 G emptyG
 E emptyE
 L b0
 L b1
 L b2
 L b3
 L b4
 L b5
 L b6
 L b7
COLUMNS
    f0 r1 2 r3 -5
    f0 r4 5 r5 -2
    f0 b0 1
    f1 obj 1 r0 -5
    f1 b1 1
    f2 obj -2 b2 1
    f3 obj -1 r0 1
    f3 r2 -4 r4 -2
    f3 b3 1
    f4 obj -2 r2 2
    f4 r5 2 b4 1
    f5 obj 2 r1 -1
    f5 b5 1
    f6 obj -2 b6 1
    f7 obj 3 r3 5
    f7 b7 1
    emptyfix obj 0
    emptypos obj 3
    emptyneg obj -2
RHS
    RHS obj 12.5
    RHS r0 -19.821
    RHS r1 -6.808
    RHS r2 9.706
    RHS r3 32.718
    RHS r4 -13.383
    RHS r5 7.221
    RHS emptyL 3
    RHS emptyG -1
    RHS b0 10
    RHS b1 10
    RHS b2 10
    RHS b3 10
    RHS b4 10
    RHS b5 10
    RHS b6 10
    RHS b7 10
RANGES
    RNG r0 -2.5
    RNG r4 -2.5
    RNG b0 20
    RNG b1 20
    RNG b2 20
    RNG b3 20
    RNG b4 20
    RNG b5 20
    RNG b6 20
    RNG b7 20
BOUNDS
 FR BND f0
 FR BND f1
 FR BND f2
 FR BND f3
 FR BND f4
 FR BND f5
 FR BND f6
 FR BND f7
 UP BND emptypos 7
 MI BND emptyneg
 UP BND emptyneg -4
ENDATA

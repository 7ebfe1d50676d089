NAME transp_4x6_s1
ROWS
 N obj
 E s0
 E s1
 E s2
 E s3
 E d0
 E d1
 E d2
 E d3
 E d4
 E d5
COLUMNS
    t0_0 obj 1 s0 1
    t0_0 d0 1
    t0_1 obj 2 s0 1
    t0_1 d1 1
    t0_2 obj 2 s0 1
    t0_2 d2 1
    t0_3 obj 2 s0 1
    t0_3 d3 1
    t0_4 obj 3 s0 1
    t0_4 d4 1
    t0_5 obj 2 s0 1
    t0_5 d5 1
    t1_0 obj 1 s1 1
    t1_0 d0 1
    t1_1 obj 1 s1 1
    t1_1 d1 1
    t1_2 obj 2 s1 1
    t1_2 d2 1
    t1_3 obj 1 s1 1
    t1_3 d3 1
    t1_4 obj 2 s1 1
    t1_4 d4 1
    t1_5 obj 2 s1 1
    t1_5 d5 1
    t2_0 obj 3 s2 1
    t2_0 d0 1
    t2_1 obj 1 s2 1
    t2_1 d1 1
    t2_2 obj 3 s2 1
    t2_2 d2 1
    t2_3 obj 2 s2 1
    t2_3 d3 1
    t2_4 obj 2 s2 1
    t2_4 d4 1
    t2_5 obj 3 s2 1
    t2_5 d5 1
    t3_0 obj 1 s3 1
    t3_0 d0 1
    t3_1 obj 3 s3 1
    t3_1 d1 1
    t3_2 obj 1 s3 1
    t3_2 d2 1
    t3_3 obj 2 s3 1
    t3_3 d3 1
    t3_4 obj 1 s3 1
    t3_4 d4 1
    t3_5 obj 1 s3 1
    t3_5 d5 1
RHS
    RHS s0 18
    RHS s1 46
    RHS s2 14
    RHS s3 26
    RHS d0 19
    RHS d1 17
    RHS d2 17
    RHS d3 17
    RHS d4 17
    RHS d5 17
ENDATA

NAME ufl_5x12_s1
ROWS
 N obj
 E a0
 E a1
 E a2
 E a3
 E a4
 E a5
 E a6
 E a7
 E a8
 E a9
 E a10
 E a11
 L l0_0
 L l0_1
 L l0_2
 L l0_3
 L l0_4
 L l0_5
 L l0_6
 L l0_7
 L l0_8
 L l0_9
 L l0_10
 L l0_11
 L l1_0
 L l1_1
 L l1_2
 L l1_3
 L l1_4
 L l1_5
 L l1_6
 L l1_7
 L l1_8
 L l1_9
 L l1_10
 L l1_11
 L l2_0
 L l2_1
 L l2_2
 L l2_3
 L l2_4
 L l2_5
 L l2_6
 L l2_7
 L l2_8
 L l2_9
 L l2_10
 L l2_11
 L l3_0
 L l3_1
 L l3_2
 L l3_3
 L l3_4
 L l3_5
 L l3_6
 L l3_7
 L l3_8
 L l3_9
 L l3_10
 L l3_11
 L l4_0
 L l4_1
 L l4_2
 L l4_3
 L l4_4
 L l4_5
 L l4_6
 L l4_7
 L l4_8
 L l4_9
 L l4_10
 L l4_11
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    y0 obj 248 l0_0 -1
    y0 l0_1 -1 l0_2 -1
    y0 l0_3 -1 l0_4 -1
    y0 l0_5 -1 l0_6 -1
    y0 l0_7 -1 l0_8 -1
    y0 l0_9 -1 l0_10 -1
    y0 l0_11 -1
    y1 obj 111 l1_0 -1
    y1 l1_1 -1 l1_2 -1
    y1 l1_3 -1 l1_4 -1
    y1 l1_5 -1 l1_6 -1
    y1 l1_7 -1 l1_8 -1
    y1 l1_9 -1 l1_10 -1
    y1 l1_11 -1
    y2 obj 313 l2_0 -1
    y2 l2_1 -1 l2_2 -1
    y2 l2_3 -1 l2_4 -1
    y2 l2_5 -1 l2_6 -1
    y2 l2_7 -1 l2_8 -1
    y2 l2_9 -1 l2_10 -1
    y2 l2_11 -1
    y3 obj 384 l3_0 -1
    y3 l3_1 -1 l3_2 -1
    y3 l3_3 -1 l3_4 -1
    y3 l3_5 -1 l3_6 -1
    y3 l3_7 -1 l3_8 -1
    y3 l3_9 -1 l3_10 -1
    y3 l3_11 -1
    y4 obj 151 l4_0 -1
    y4 l4_1 -1 l4_2 -1
    y4 l4_3 -1 l4_4 -1
    y4 l4_5 -1 l4_6 -1
    y4 l4_7 -1 l4_8 -1
    y4 l4_9 -1 l4_10 -1
    y4 l4_11 -1
    MARKER1 'MARKER' 'INTEND'
    x0_0 obj 81 a0 1
    x0_0 l0_0 1
    x0_1 obj 105 a1 1
    x0_1 l0_1 1
    x0_2 obj 33 a2 1
    x0_2 l0_2 1
    x0_3 obj 13 a3 1
    x0_3 l0_3 1
    x0_4 obj 112 a4 1
    x0_4 l0_4 1
    x0_5 obj 32 a5 1
    x0_5 l0_5 1
    x0_6 obj 93 a6 1
    x0_6 l0_6 1
    x0_7 obj 43 a7 1
    x0_7 l0_7 1
    x0_8 obj 63 a8 1
    x0_8 l0_8 1
    x0_9 obj 46 a9 1
    x0_9 l0_9 1
    x0_10 obj 62 a10 1
    x0_10 l0_10 1
    x0_11 obj 39 a11 1
    x0_11 l0_11 1
    x1_0 obj 19 a0 1
    x1_0 l1_0 1
    x1_1 obj 25 a1 1
    x1_1 l1_1 1
    x1_2 obj 56 a2 1
    x1_2 l1_2 1
    x1_3 obj 87 a3 1
    x1_3 l1_3 1
    x1_4 obj 26 a4 1
    x1_4 l1_4 1
    x1_5 obj 79 a5 1
    x1_5 l1_5 1
    x1_6 obj 21 a6 1
    x1_6 l1_6 1
    x1_7 obj 57 a7 1
    x1_7 l1_7 1
    x1_8 obj 73 a8 1
    x1_8 l1_8 1
    x1_9 obj 40 a9 1
    x1_9 l1_9 1
    x1_10 obj 53 a10 1
    x1_10 l1_10 1
    x1_11 obj 58 a11 1
    x1_11 l1_11 1
    x2_0 obj 34 a0 1
    x2_0 l2_0 1
    x2_1 obj 52 a1 1
    x2_1 l2_1 1
    x2_2 obj 27 a2 1
    x2_2 l2_2 1
    x2_3 obj 56 a3 1
    x2_3 l2_3 1
    x2_4 obj 58 a4 1
    x2_4 l2_4 1
    x2_5 obj 47 a5 1
    x2_5 l2_5 1
    x2_6 obj 44 a6 1
    x2_6 l2_6 1
    x2_7 obj 28 a7 1
    x2_7 l2_7 1
    x2_8 obj 51 a8 1
    x2_8 l2_8 1
    x2_9 obj 7 a9 1
    x2_9 l2_9 1
    x2_10 obj 34 a10 1
    x2_10 l2_10 1
    x2_11 obj 27 a11 1
    x2_11 l2_11 1
    x3_0 obj 40 a0 1
    x3_0 l3_0 1
    x3_1 obj 79 a1 1
    x3_1 l3_1 1
    x3_2 obj 21 a2 1
    x3_2 l3_2 1
    x3_3 obj 45 a3 1
    x3_3 l3_3 1
    x3_4 obj 79 a4 1
    x3_4 l3_4 1
    x3_5 obj 67 a5 1
    x3_5 l3_5 1
    x3_6 obj 49 a6 1
    x3_6 l3_6 1
    x3_7 obj 56 a7 1
    x3_7 l3_7 1
    x3_8 obj 84 a8 1
    x3_8 l3_8 1
    x3_9 obj 36 a9 1
    x3_9 l3_9 1
    x3_10 obj 69 a10 1
    x3_10 l3_10 1
    x3_11 obj 54 a11 1
    x3_11 l3_11 1
    x4_0 obj 84 a0 1
    x4_0 l4_0 1
    x4_1 obj 66 a1 1
    x4_1 l4_1 1
    x4_2 obj 77 a2 1
    x4_2 l4_2 1
    x4_3 obj 92 a3 1
    x4_3 l4_3 1
    x4_4 obj 80 a4 1
    x4_4 l4_4 1
    x4_5 obj 51 a5 1
    x4_5 l4_5 1
    x4_6 obj 91 a6 1
    x4_6 l4_6 1
    x4_7 obj 41 a7 1
    x4_7 l4_7 1
    x4_8 obj 20 a8 1
    x4_8 l4_8 1
    x4_9 obj 58 a9 1
    x4_9 l4_9 1
    x4_10 obj 24 a10 1
    x4_10 l4_10 1
    x4_11 obj 44 a11 1
    x4_11 l4_11 1
RHS
    RHS a0 1
    RHS a1 1
    RHS a2 1
    RHS a3 1
    RHS a4 1
    RHS a5 1
    RHS a6 1
    RHS a7 1
    RHS a8 1
    RHS a9 1
    RHS a10 1
    RHS a11 1
BOUNDS
 UP BND x0_0 1
 UP BND x0_1 1
 UP BND x0_2 1
 UP BND x0_3 1
 UP BND x0_4 1
 UP BND x0_5 1
 UP BND x0_6 1
 UP BND x0_7 1
 UP BND x0_8 1
 UP BND x0_9 1
 UP BND x0_10 1
 UP BND x0_11 1
 UP BND x1_0 1
 UP BND x1_1 1
 UP BND x1_2 1
 UP BND x1_3 1
 UP BND x1_4 1
 UP BND x1_5 1
 UP BND x1_6 1
 UP BND x1_7 1
 UP BND x1_8 1
 UP BND x1_9 1
 UP BND x1_10 1
 UP BND x1_11 1
 UP BND x2_0 1
 UP BND x2_1 1
 UP BND x2_2 1
 UP BND x2_3 1
 UP BND x2_4 1
 UP BND x2_5 1
 UP BND x2_6 1
 UP BND x2_7 1
 UP BND x2_8 1
 UP BND x2_9 1
 UP BND x2_10 1
 UP BND x2_11 1
 UP BND x3_0 1
 UP BND x3_1 1
 UP BND x3_2 1
 UP BND x3_3 1
 UP BND x3_4 1
 UP BND x3_5 1
 UP BND x3_6 1
 UP BND x3_7 1
 UP BND x3_8 1
 UP BND x3_9 1
 UP BND x3_10 1
 UP BND x3_11 1
 UP BND x4_0 1
 UP BND x4_1 1
 UP BND x4_2 1
 UP BND x4_3 1
 UP BND x4_4 1
 UP BND x4_5 1
 UP BND x4_6 1
 UP BND x4_7 1
 UP BND x4_8 1
 UP BND x4_9 1
 UP BND x4_10 1
 UP BND x4_11 1
ENDATA

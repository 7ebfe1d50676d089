NAME ufl_8x20_s12
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
 E a12
 E a13
 E a14
 E a15
 E a16
 E a17
 E a18
 E a19
 L l0
 L l1
 L l2
 L l3
 L l4
 L l5
 L l6
 L l7
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    y0 obj 286 l0 -20
    y1 obj 290 l1 -20
    y2 obj 361 l2 -20
    y3 obj 393 l3 -20
    y4 obj 356 l4 -20
    y5 obj 191 l5 -20
    y6 obj 114 l6 -20
    y7 obj 295 l7 -20
    MARKER1 'MARKER' 'INTEND'
    x0_0 obj 44 a0 1
    x0_0 l0 1
    x0_1 obj 40 a1 1
    x0_1 l0 1
    x0_2 obj 28 a2 1
    x0_2 l0 1
    x0_3 obj 73 a3 1
    x0_3 l0 1
    x0_4 obj 48 a4 1
    x0_4 l0 1
    x0_5 obj 56 a5 1
    x0_5 l0 1
    x0_6 obj 58 a6 1
    x0_6 l0 1
    x0_7 obj 43 a7 1
    x0_7 l0 1
    x0_8 obj 48 a8 1
    x0_8 l0 1
    x0_9 obj 51 a9 1
    x0_9 l0 1
    x0_10 obj 64 a10 1
    x0_10 l0 1
    x0_11 obj 34 a11 1
    x0_11 l0 1
    x0_12 obj 24 a12 1
    x0_12 l0 1
    x0_13 obj 21 a13 1
    x0_13 l0 1
    x0_14 obj 63 a14 1
    x0_14 l0 1
    x0_15 obj 39 a15 1
    x0_15 l0 1
    x0_16 obj 50 a16 1
    x0_16 l0 1
    x0_17 obj 31 a17 1
    x0_17 l0 1
    x0_18 obj 21 a18 1
    x0_18 l0 1
    x0_19 obj 55 a19 1
    x0_19 l0 1
    x1_0 obj 90 a0 1
    x1_0 l1 1
    x1_1 obj 80 a1 1
    x1_1 l1 1
    x1_2 obj 42 a2 1
    x1_2 l1 1
    x1_3 obj 21 a3 1
    x1_3 l1 1
    x1_4 obj 98 a4 1
    x1_4 l1 1
    x1_5 obj 16 a5 1
    x1_5 l1 1
    x1_6 obj 86 a6 1
    x1_6 l1 1
    x1_7 obj 62 a7 1
    x1_7 l1 1
    x1_8 obj 55 a8 1
    x1_8 l1 1
    x1_9 obj 4 a9 1
    x1_9 l1 1
    x1_10 obj 9 a10 1
    x1_10 l1 1
    x1_11 obj 83 a11 1
    x1_11 l1 1
    x1_12 obj 38 a12 1
    x1_12 l1 1
    x1_13 obj 34 a13 1
    x1_13 l1 1
    x1_14 obj 30 a14 1
    x1_14 l1 1
    x1_15 obj 82 a15 1
    x1_15 l1 1
    x1_16 obj 60 a16 1
    x1_16 l1 1
    x1_17 obj 38 a17 1
    x1_17 l1 1
    x1_18 obj 53 a18 1
    x1_18 l1 1
    x1_19 obj 56 a19 1
    x1_19 l1 1
    x2_0 obj 44 a0 1
    x2_0 l2 1
    x2_1 obj 31 a1 1
    x2_1 l2 1
    x2_2 obj 32 a2 1
    x2_2 l2 1
    x2_3 obj 90 a3 1
    x2_3 l2 1
    x2_4 obj 54 a4 1
    x2_4 l2 1
    x2_5 obj 57 a5 1
    x2_5 l2 1
    x2_6 obj 113 a6 1
    x2_6 l2 1
    x2_7 obj 11 a7 1
    x2_7 l2 1
    x2_8 obj 13 a8 1
    x2_8 l2 1
    x2_9 obj 64 a9 1
    x2_9 l2 1
    x2_10 obj 75 a10 1
    x2_10 l2 1
    x2_11 obj 46 a11 1
    x2_11 l2 1
    x2_12 obj 39 a12 1
    x2_12 l2 1
    x2_13 obj 59 a13 1
    x2_13 l2 1
    x2_14 obj 50 a14 1
    x2_14 l2 1
    x2_15 obj 92 a15 1
    x2_15 l2 1
    x2_16 obj 100 a16 1
    x2_16 l2 1
    x2_17 obj 34 a17 1
    x2_17 l2 1
    x2_18 obj 74 a18 1
    x2_18 l2 1
    x2_19 obj 17 a19 1
    x2_19 l2 1
    x3_0 obj 21 a0 1
    x3_0 l3 1
    x3_1 obj 23 a1 1
    x3_1 l3 1
    x3_2 obj 41 a2 1
    x3_2 l3 1
    x3_3 obj 97 a3 1
    x3_3 l3 1
    x3_4 obj 23 a4 1
    x3_4 l3 1
    x3_5 obj 75 a5 1
    x3_5 l3 1
    x3_6 obj 72 a6 1
    x3_6 l3 1
    x3_7 obj 41 a7 1
    x3_7 l3 1
    x3_8 obj 51 a8 1
    x3_8 l3 1
    x3_9 obj 73 a9 1
    x3_9 l3 1
    x3_10 obj 86 a10 1
    x3_10 l3 1
    x3_11 obj 10 a11 1
    x3_11 l3 1
    x3_12 obj 41 a12 1
    x3_12 l3 1
    x3_13 obj 46 a13 1
    x3_13 l3 1
    x3_14 obj 78 a14 1
    x3_14 l3 1
    x3_15 obj 47 a15 1
    x3_15 l3 1
    x3_16 obj 71 a16 1
    x3_16 l3 1
    x3_17 obj 45 a17 1
    x3_17 l3 1
    x3_18 obj 43 a18 1
    x3_18 l3 1
    x3_19 obj 59 a19 1
    x3_19 l3 1
    x4_0 obj 66 a0 1
    x4_0 l4 1
    x4_1 obj 62 a1 1
    x4_1 l4 1
    x4_2 obj 40 a2 1
    x4_2 l4 1
    x4_3 obj 60 a3 1
    x4_3 l4 1
    x4_4 obj 70 a4 1
    x4_4 l4 1
    x4_5 obj 54 a5 1
    x4_5 l4 1
    x4_6 obj 45 a6 1
    x4_6 l4 1
    x4_7 obj 60 a7 1
    x4_7 l4 1
    x4_8 obj 62 a8 1
    x4_8 l4 1
    x4_9 obj 44 a9 1
    x4_9 l4 1
    x4_10 obj 55 a10 1
    x4_10 l4 1
    x4_11 obj 56 a11 1
    x4_11 l4 1
    x4_12 obj 34 a12 1
    x4_12 l4 1
    x4_13 obj 15 a13 1
    x4_13 l4 1
    x4_14 obj 64 a14 1
    x4_14 l4 1
    x4_15 obj 36 a15 1
    x4_15 l4 1
    x4_16 obj 29 a16 1
    x4_16 l4 1
    x4_17 obj 41 a17 1
    x4_17 l4 1
    x4_18 obj 7 a18 1
    x4_18 l4 1
    x4_19 obj 68 a19 1
    x4_19 l4 1
    x5_0 obj 52 a0 1
    x5_0 l5 1
    x5_1 obj 48 a1 1
    x5_1 l5 1
    x5_2 obj 33 a2 1
    x5_2 l5 1
    x5_3 obj 70 a3 1
    x5_3 l5 1
    x5_4 obj 55 a4 1
    x5_4 l5 1
    x5_5 obj 57 a5 1
    x5_5 l5 1
    x5_6 obj 51 a6 1
    x5_6 l5 1
    x5_7 obj 50 a7 1
    x5_7 l5 1
    x5_8 obj 54 a8 1
    x5_8 l5 1
    x5_9 obj 50 a9 1
    x5_9 l5 1
    x5_10 obj 62 a10 1
    x5_10 l5 1
    x5_11 obj 41 a11 1
    x5_11 l5 1
    x5_12 obj 28 a12 1
    x5_12 l5 1
    x5_13 obj 18 a13 1
    x5_13 l5 1
    x5_14 obj 65 a14 1
    x5_14 l5 1
    x5_15 obj 34 a15 1
    x5_15 l5 1
    x5_16 obj 41 a16 1
    x5_16 l5 1
    x5_17 obj 36 a17 1
    x5_17 l5 1
    x5_18 obj 13 a18 1
    x5_18 l5 1
    x5_19 obj 61 a19 1
    x5_19 l5 1
    x6_0 obj 38 a0 1
    x6_0 l6 1
    x6_1 obj 25 a1 1
    x6_1 l6 1
    x6_2 obj 19 a2 1
    x6_2 l6 1
    x6_3 obj 81 a3 1
    x6_3 l6 1
    x6_4 obj 48 a4 1
    x6_4 l6 1
    x6_5 obj 50 a5 1
    x6_5 l6 1
    x6_6 obj 98 a6 1
    x6_6 l6 1
    x6_7 obj 3 a7 1
    x6_7 l6 1
    x6_8 obj 12 a8 1
    x6_8 l6 1
    x6_9 obj 55 a9 1
    x6_9 l6 1
    x6_10 obj 67 a10 1
    x6_10 l6 1
    x6_11 obj 37 a11 1
    x6_11 l6 1
    x6_12 obj 25 a12 1
    x6_12 l6 1
    x6_13 obj 45 a13 1
    x6_13 l6 1
    x6_14 obj 47 a14 1
    x6_14 l6 1
    x6_15 obj 78 a15 1
    x6_15 l6 1
    x6_16 obj 86 a16 1
    x6_16 l6 1
    x6_17 obj 22 a17 1
    x6_17 l6 1
    x6_18 obj 59 a18 1
    x6_18 l6 1
    x6_19 obj 20 a19 1
    x6_19 l6 1
    x7_0 obj 13 a0 1
    x7_0 l7 1
    x7_1 obj 23 a1 1
    x7_1 l7 1
    x7_2 obj 53 a2 1
    x7_2 l7 1
    x7_3 obj 111 a3 1
    x7_3 l7 1
    x7_4 obj 10 a4 1
    x7_4 l7 1
    x7_5 obj 88 a5 1
    x7_5 l7 1
    x7_6 obj 82 a6 1
    x7_6 l7 1
    x7_7 obj 48 a7 1
    x7_7 l7 1
    x7_8 obj 59 a8 1
    x7_8 l7 1
    x7_9 obj 87 a9 1
    x7_9 l7 1
    x7_10 obj 100 a10 1
    x7_10 l7 1
    x7_11 obj 9 a11 1
    x7_11 l7 1
    x7_12 obj 54 a12 1
    x7_12 l7 1
    x7_13 obj 61 a13 1
    x7_13 l7 1
    x7_14 obj 90 a14 1
    x7_14 l7 1
    x7_15 obj 56 a15 1
    x7_15 l7 1
    x7_16 obj 84 a16 1
    x7_16 l7 1
    x7_17 obj 57 a17 1
    x7_17 l7 1
    x7_18 obj 57 a18 1
    x7_18 l7 1
    x7_19 obj 67 a19 1
    x7_19 l7 1
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
    RHS a12 1
    RHS a13 1
    RHS a14 1
    RHS a15 1
    RHS a16 1
    RHS a17 1
    RHS a18 1
    RHS a19 1
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
 UP BND x0_12 1
 UP BND x0_13 1
 UP BND x0_14 1
 UP BND x0_15 1
 UP BND x0_16 1
 UP BND x0_17 1
 UP BND x0_18 1
 UP BND x0_19 1
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
 UP BND x1_12 1
 UP BND x1_13 1
 UP BND x1_14 1
 UP BND x1_15 1
 UP BND x1_16 1
 UP BND x1_17 1
 UP BND x1_18 1
 UP BND x1_19 1
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
 UP BND x2_12 1
 UP BND x2_13 1
 UP BND x2_14 1
 UP BND x2_15 1
 UP BND x2_16 1
 UP BND x2_17 1
 UP BND x2_18 1
 UP BND x2_19 1
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
 UP BND x3_12 1
 UP BND x3_13 1
 UP BND x3_14 1
 UP BND x3_15 1
 UP BND x3_16 1
 UP BND x3_17 1
 UP BND x3_18 1
 UP BND x3_19 1
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
 UP BND x4_12 1
 UP BND x4_13 1
 UP BND x4_14 1
 UP BND x4_15 1
 UP BND x4_16 1
 UP BND x4_17 1
 UP BND x4_18 1
 UP BND x4_19 1
 UP BND x5_0 1
 UP BND x5_1 1
 UP BND x5_2 1
 UP BND x5_3 1
 UP BND x5_4 1
 UP BND x5_5 1
 UP BND x5_6 1
 UP BND x5_7 1
 UP BND x5_8 1
 UP BND x5_9 1
 UP BND x5_10 1
 UP BND x5_11 1
 UP BND x5_12 1
 UP BND x5_13 1
 UP BND x5_14 1
 UP BND x5_15 1
 UP BND x5_16 1
 UP BND x5_17 1
 UP BND x5_18 1
 UP BND x5_19 1
 UP BND x6_0 1
 UP BND x6_1 1
 UP BND x6_2 1
 UP BND x6_3 1
 UP BND x6_4 1
 UP BND x6_5 1
 UP BND x6_6 1
 UP BND x6_7 1
 UP BND x6_8 1
 UP BND x6_9 1
 UP BND x6_10 1
 UP BND x6_11 1
 UP BND x6_12 1
 UP BND x6_13 1
 UP BND x6_14 1
 UP BND x6_15 1
 UP BND x6_16 1
 UP BND x6_17 1
 UP BND x6_18 1
 UP BND x6_19 1
 UP BND x7_0 1
 UP BND x7_1 1
 UP BND x7_2 1
 UP BND x7_3 1
 UP BND x7_4 1
 UP BND x7_5 1
 UP BND x7_6 1
 UP BND x7_7 1
 UP BND x7_8 1
 UP BND x7_9 1
 UP BND x7_10 1
 UP BND x7_11 1
 UP BND x7_12 1
 UP BND x7_13 1
 UP BND x7_14 1
 UP BND x7_15 1
 UP BND x7_16 1
 UP BND x7_17 1
 UP BND x7_18 1
 UP BND x7_19 1
ENDATA

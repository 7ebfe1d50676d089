NAME cfl_5x15_s3_bv_max
OBJSENSE MAX
ROWS
 N obj
 G d0
 G d1
 G d2
 G d3
 G d4
 G d5
 G d6
 G d7
 G d8
 G d9
 G d10
 G d11
 G d12
 G d13
 G d14
 L c0
 L c1
 L c2
 L c3
 L c4
 G tot
COLUMNS
    open0 obj -681 c0 -120
    open0 tot 120
    open1 obj -753 c1 -93
    open1 tot 93
    open2 obj -762 c2 -130
    open2 tot 130
    open3 obj -687 c3 -89
    open3 tot 89
    open4 obj -606 c4 -84
    open4 tot 84
    f0_0 obj -5 d0 1
    f0_0 c0 1
    f0_1 obj -8 d1 1
    f0_1 c0 1
    f0_2 obj -5 d2 1
    f0_2 c0 1
    f0_3 obj -17 d3 1
    f0_3 c0 1
    f0_4 obj -13 d4 1
    f0_4 c0 1
    f0_5 obj -1 d5 1
    f0_5 c0 1
    f0_6 obj -3 d6 1
    f0_6 c0 1
    f0_7 obj -6 d7 1
    f0_7 c0 1
    f0_8 obj -19 d8 1
    f0_8 c0 1
    f0_9 obj -2 d9 1
    f0_9 c0 1
    f0_10 obj -10 d10 1
    f0_10 c0 1
    f0_11 obj -1 d11 1
    f0_11 c0 1
    f0_12 obj -9 d12 1
    f0_12 c0 1
    f0_13 obj -16 d13 1
    f0_13 c0 1
    f0_14 obj -20 d14 1
    f0_14 c0 1
    f1_0 obj -13 d0 1
    f1_0 c1 1
    f1_1 obj -14 d1 1
    f1_1 c1 1
    f1_2 obj -13 d2 1
    f1_2 c1 1
    f1_3 obj -19 d3 1
    f1_3 c1 1
    f1_4 obj -15 d4 1
    f1_4 c1 1
    f1_5 obj -5 d5 1
    f1_5 c1 1
    f1_6 obj -12 d6 1
    f1_6 c1 1
    f1_7 obj -4 d7 1
    f1_7 c1 1
    f1_8 obj -2 d8 1
    f1_8 c1 1
    f1_9 obj -5 d9 1
    f1_9 c1 1
    f1_10 obj -16 d10 1
    f1_10 c1 1
    f1_11 obj -7 d11 1
    f1_11 c1 1
    f1_12 obj -9 d12 1
    f1_12 c1 1
    f1_13 obj -14 d13 1
    f1_13 c1 1
    f1_14 obj -10 d14 1
    f1_14 c1 1
    f2_0 obj -14 d0 1
    f2_0 c2 1
    f2_1 obj -17 d1 1
    f2_1 c2 1
    f2_2 obj -13 d2 1
    f2_2 c2 1
    f2_3 obj -19 d3 1
    f2_3 c2 1
    f2_4 obj -12 d4 1
    f2_4 c2 1
    f2_5 obj -18 d5 1
    f2_5 c2 1
    f2_6 obj -19 d6 1
    f2_6 c2 1
    f2_7 obj -14 d7 1
    f2_7 c2 1
    f2_8 obj -19 d8 1
    f2_8 c2 1
    f2_9 obj -8 d9 1
    f2_9 c2 1
    f2_10 obj -11 d10 1
    f2_10 c2 1
    f2_11 obj -1 d11 1
    f2_11 c2 1
    f2_12 obj -9 d12 1
    f2_12 c2 1
    f2_13 obj -20 d13 1
    f2_13 c2 1
    f2_14 obj -6 d14 1
    f2_14 c2 1
    f3_0 obj -11 d0 1
    f3_0 c3 1
    f3_1 obj -18 d1 1
    f3_1 c3 1
    f3_2 obj -19 d2 1
    f3_2 c3 1
    f3_3 obj -19 d3 1
    f3_3 c3 1
    f3_4 obj -4 d4 1
    f3_4 c3 1
    f3_5 obj -7 d5 1
    f3_5 c3 1
    f3_6 obj -19 d6 1
    f3_6 c3 1
    f3_7 obj -9 d7 1
    f3_7 c3 1
    f3_8 obj -10 d8 1
    f3_8 c3 1
    f3_9 obj -4 d9 1
    f3_9 c3 1
    f3_10 obj -3 d10 1
    f3_10 c3 1
    f3_11 obj -16 d11 1
    f3_11 c3 1
    f3_12 obj -16 d12 1
    f3_12 c3 1
    f3_13 obj -3 d13 1
    f3_13 c3 1
    f3_14 obj -12 d14 1
    f3_14 c3 1
    f4_0 obj -3 d0 1
    f4_0 c4 1
    f4_1 obj -14 d1 1
    f4_1 c4 1
    f4_2 obj -5 d2 1
    f4_2 c4 1
    f4_3 obj -1 d3 1
    f4_3 c4 1
    f4_4 obj -10 d4 1
    f4_4 c4 1
    f4_5 obj -14 d5 1
    f4_5 c4 1
    f4_6 obj -14 d6 1
    f4_6 c4 1
    f4_7 obj -4 d7 1
    f4_7 c4 1
    f4_8 obj -2 d8 1
    f4_8 c4 1
    f4_9 obj -20 d9 1
    f4_9 c4 1
    f4_10 obj -20 d10 1
    f4_10 c4 1
    f4_11 obj -2 d11 1
    f4_11 c4 1
    f4_12 obj -13 d12 1
    f4_12 c4 1
    f4_13 obj -19 d13 1
    f4_13 c4 1
    f4_14 obj -11 d14 1
    f4_14 c4 1
RHS
    RHS d0 12
    RHS d1 23
    RHS d2 22
    RHS d3 9
    RHS d4 16
    RHS d5 34
    RHS d6 24
    RHS d7 20
    RHS d8 25
    RHS d9 23
    RHS d10 7
    RHS d11 24
    RHS d12 5
    RHS d13 34
    RHS d14 31
    RHS c0 0
    RHS c1 0
    RHS c2 0
    RHS c3 0
    RHS c4 0
    RHS tot 309
BOUNDS
 BV BND open0
 BV BND open1
 BV BND open2
 BV BND open3
 BV BND open4
ENDATA

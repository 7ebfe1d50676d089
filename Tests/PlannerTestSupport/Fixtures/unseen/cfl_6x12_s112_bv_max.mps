NAME cfl_6x12_s112_bv_max
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
 L c0
 L c1
 L c2
 L c3
 L c4
 L c5
 G tot
COLUMNS
    open0 obj -599 c0 -80
    open0 tot 80
    open1 obj -809 c1 -106
    open1 tot 106
    open2 obj -441 c2 -88
    open2 tot 88
    open3 obj -666 c3 -127
    open3 tot 127
    open4 obj -679 c4 -118
    open4 tot 118
    open5 obj -469 c5 -63
    open5 tot 63
    f0_0 obj -12 d0 1
    f0_0 c0 1
    f0_1 obj -7 d1 1
    f0_1 c0 1
    f0_2 obj -8 d2 1
    f0_2 c0 1
    f0_3 obj -20 d3 1
    f0_3 c0 1
    f0_4 obj -6 d4 1
    f0_4 c0 1
    f0_5 obj -15 d5 1
    f0_5 c0 1
    f0_6 obj -17 d6 1
    f0_6 c0 1
    f0_7 obj -12 d7 1
    f0_7 c0 1
    f0_8 obj -14 d8 1
    f0_8 c0 1
    f0_9 obj -20 d9 1
    f0_9 c0 1
    f0_10 obj -13 d10 1
    f0_10 c0 1
    f0_11 obj -9 d11 1
    f0_11 c0 1
    f1_0 obj -1 d0 1
    f1_0 c1 1
    f1_1 obj -3 d1 1
    f1_1 c1 1
    f1_2 obj -3 d2 1
    f1_2 c1 1
    f1_3 obj -8 d3 1
    f1_3 c1 1
    f1_4 obj -10 d4 1
    f1_4 c1 1
    f1_5 obj -13 d5 1
    f1_5 c1 1
    f1_6 obj -3 d6 1
    f1_6 c1 1
    f1_7 obj -19 d7 1
    f1_7 c1 1
    f1_8 obj -1 d8 1
    f1_8 c1 1
    f1_9 obj -3 d9 1
    f1_9 c1 1
    f1_10 obj -8 d10 1
    f1_10 c1 1
    f1_11 obj -9 d11 1
    f1_11 c1 1
    f2_0 obj -18 d0 1
    f2_0 c2 1
    f2_1 obj -16 d1 1
    f2_1 c2 1
    f2_2 obj -1 d2 1
    f2_2 c2 1
    f2_3 obj -9 d3 1
    f2_3 c2 1
    f2_4 obj -14 d4 1
    f2_4 c2 1
    f2_5 obj -17 d5 1
    f2_5 c2 1
    f2_6 obj -6 d6 1
    f2_6 c2 1
    f2_7 obj -10 d7 1
    f2_7 c2 1
    f2_8 obj -18 d8 1
    f2_8 c2 1
    f2_9 obj -14 d9 1
    f2_9 c2 1
    f2_10 obj -5 d10 1
    f2_10 c2 1
    f2_11 obj -17 d11 1
    f2_11 c2 1
    f3_0 obj -20 d0 1
    f3_0 c3 1
    f3_1 obj -4 d1 1
    f3_1 c3 1
    f3_2 obj -7 d2 1
    f3_2 c3 1
    f3_3 obj -20 d3 1
    f3_3 c3 1
    f3_4 obj -9 d4 1
    f3_4 c3 1
    f3_5 obj -8 d5 1
    f3_5 c3 1
    f3_6 obj -19 d6 1
    f3_6 c3 1
    f3_7 obj -19 d7 1
    f3_7 c3 1
    f3_8 obj -6 d8 1
    f3_8 c3 1
    f3_9 obj -14 d9 1
    f3_9 c3 1
    f3_10 obj -13 d10 1
    f3_10 c3 1
    f3_11 obj -8 d11 1
    f3_11 c3 1
    f4_0 obj -20 d0 1
    f4_0 c4 1
    f4_1 obj -6 d1 1
    f4_1 c4 1
    f4_2 obj -3 d2 1
    f4_2 c4 1
    f4_3 obj -11 d3 1
    f4_3 c4 1
    f4_4 obj -20 d4 1
    f4_4 c4 1
    f4_5 obj -3 d5 1
    f4_5 c4 1
    f4_6 obj -19 d6 1
    f4_6 c4 1
    f4_7 obj -4 d7 1
    f4_7 c4 1
    f4_8 obj -18 d8 1
    f4_8 c4 1
    f4_9 obj -11 d9 1
    f4_9 c4 1
    f4_10 obj -4 d10 1
    f4_10 c4 1
    f4_11 obj -16 d11 1
    f4_11 c4 1
    f5_0 obj -4 d0 1
    f5_0 c5 1
    f5_1 obj -16 d1 1
    f5_1 c5 1
    f5_2 obj -17 d2 1
    f5_2 c5 1
    f5_3 obj -17 d3 1
    f5_3 c5 1
    f5_4 obj -6 d4 1
    f5_4 c5 1
    f5_5 obj -9 d5 1
    f5_5 c5 1
    f5_6 obj -3 d6 1
    f5_6 c5 1
    f5_7 obj -1 d7 1
    f5_7 c5 1
    f5_8 obj -17 d8 1
    f5_8 c5 1
    f5_9 obj -1 d9 1
    f5_9 c5 1
    f5_10 obj -11 d10 1
    f5_10 c5 1
    f5_11 obj -12 d11 1
    f5_11 c5 1
RHS
    RHS d0 20
    RHS d1 31
    RHS d2 26
    RHS d3 23
    RHS d4 24
    RHS d5 14
    RHS d6 27
    RHS d7 19
    RHS d8 33
    RHS d9 18
    RHS d10 29
    RHS d11 26
    RHS c0 0
    RHS c1 0
    RHS c2 0
    RHS c3 0
    RHS c4 0
    RHS c5 0
    RHS tot 290
BOUNDS
 BV BND open0
 BV BND open1
 BV BND open2
 BV BND open3
 BV BND open4
 BV BND open5
ENDATA

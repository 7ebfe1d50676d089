NAME          cfl_4x8_s4_bv
ROWS
 N  obj
 G  d0
 G  d1
 G  d2
 G  d3
 G  d4
 G  d5
 G  d6
 G  d7
 L  c0
 L  c1
 L  c2
 L  c3
 G  tot
COLUMNS
    open0     obj                496   c0                 -68
    open0     tot                 68
    open1     obj                260   c1                 -62
    open1     tot                 62
    open2     obj                427   c2                -111
    open2     tot                111
    open3     obj                732   c3                -130
    open3     tot                130
    f0_0      obj                 18   d0                   1
    f0_0      c0                   1
    f0_1      obj                 12   d1                   1
    f0_1      c0                   1
    f0_2      obj                  9   d2                   1
    f0_2      c0                   1
    f0_3      obj                  6   d3                   1
    f0_3      c0                   1
    f0_4      obj                  4   d4                   1
    f0_4      c0                   1
    f0_5      obj                  9   d5                   1
    f0_5      c0                   1
    f0_6      obj                  7   d6                   1
    f0_6      c0                   1
    f0_7      obj                  1   d7                   1
    f0_7      c0                   1
    f1_0      obj                  9   d0                   1
    f1_0      c1                   1
    f1_1      obj                  9   d1                   1
    f1_1      c1                   1
    f1_2      obj                  7   d2                   1
    f1_2      c1                   1
    f1_3      obj                  6   d3                   1
    f1_3      c1                   1
    f1_4      obj                 10   d4                   1
    f1_4      c1                   1
    f1_5      obj                 10   d5                   1
    f1_5      c1                   1
    f1_6      obj                 12   d6                   1
    f1_6      c1                   1
    f1_7      obj                  3   d7                   1
    f1_7      c1                   1
    f2_0      obj                 20   d0                   1
    f2_0      c2                   1
    f2_1      obj                 11   d1                   1
    f2_1      c2                   1
    f2_2      obj                 13   d2                   1
    f2_2      c2                   1
    f2_3      obj                 17   d3                   1
    f2_3      c2                   1
    f2_4      obj                  8   d4                   1
    f2_4      c2                   1
    f2_5      obj                  6   d5                   1
    f2_5      c2                   1
    f2_6      obj                  8   d6                   1
    f2_6      c2                   1
    f2_7      obj                 16   d7                   1
    f2_7      c2                   1
    f3_0      obj                  9   d0                   1
    f3_0      c3                   1
    f3_1      obj                  3   d1                   1
    f3_1      c3                   1
    f3_2      obj                 18   d2                   1
    f3_2      c3                   1
    f3_3      obj                 10   d3                   1
    f3_3      c3                   1
    f3_4      obj                  1   d4                   1
    f3_4      c3                   1
    f3_5      obj                 10   d5                   1
    f3_5      c3                   1
    f3_6      obj                 19   d6                   1
    f3_6      c3                   1
    f3_7      obj                 10   d7                   1
    f3_7      c3                   1
RHS
    RHS       d0                  12
    RHS       d1                  14
    RHS       d2                   8
    RHS       d3                  28
    RHS       d4                  17
    RHS       d5                  20
    RHS       d6                   9
    RHS       d7                   7
    RHS       c0                   0
    RHS       c1                   0
    RHS       c2                   0
    RHS       c3                   0
    RHS       tot                115
BOUNDS
 BV BND       open0
 BV BND       open1
 BV BND       open2
 BV BND       open3
ENDATA

NAME gknap_15_s2
OBJSENSE MAX
ROWS
 N obj
 L k0
 L k1
 L k2
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    v0 obj 20 k0 27
    v0 k1 6 k2 24
    v1 obj 38 k0 7
    v1 k1 20 k2 2
    v2 obj 26 k0 6
    v2 k1 14 k2 21
    v3 obj 33 k0 26
    v3 k1 24 k2 28
    v4 obj 18 k0 30
    v4 k1 15 k2 17
    v5 obj 30 k0 28
    v5 k1 1 k2 12
    v6 obj 25 k0 30
    v6 k1 11 k2 30
    v7 obj 16 k0 6
    v7 k1 18 k2 6
    v8 obj 12 k0 1
    v8 k1 6 k2 11
    v9 obj 24 k0 5
    v9 k1 17 k2 17
    v10 obj 27 k0 6
    v10 k1 29 k2 15
    v11 obj 24 k0 17
    v11 k1 30 k2 30
    v12 obj 24 k0 26
    v12 k1 19 k2 12
    v13 obj 30 k0 25
    v13 k1 13 k2 23
    v14 obj 18 k0 17
    v14 k1 8 k2 16
    MARKER1 'MARKER' 'INTEND'
RHS
    RHS obj -8
    RHS k0 51
    RHS k1 50
    RHS k2 86
BOUNDS
 LI BND v0 -2
 UI BND v0 5
 UI BND v1 6
 BV BND v2
 LI BND v3 -2
 UI BND v3 5
 UI BND v4 1
 BV BND v5
 LI BND v6 -2
 UI BND v6 5
 UI BND v7 2
 BV BND v8
 LI BND v9 -3
 UI BND v9 5
 UI BND v10 6
 BV BND v11
 LI BND v12 -2
 UI BND v12 2
 UI BND v13 6
 BV BND v14
ENDATA

NAME negcover_14_s1
ROWS
 N obj
 G cv0
 G cv1
 G cv2
 G cv3
 G cv4
 G cv5
 G cv6
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    z0 obj 7 cv1 1
    z0 cv3 1 cv5 2
    z0 cv6 1
    z1 obj 1 cv0 1
    z1 cv2 2 cv5 4
    z2 obj 6 cv0 2
    z2 cv4 1 cv5 3
    z2 cv6 3
    z3 obj 7 cv0 2
    z3 cv1 4 cv3 1
    z3 cv4 4 cv5 2
    z3 cv6 3
    z4 obj 9 cv0 2
    z4 cv1 4 cv2 1
    z4 cv3 3 cv6 4
    z5 obj 3 cv0 1
    z5 cv2 2 cv3 3
    z5 cv5 4
    z6 obj 10 cv1 2
    z6 cv2 2 cv3 1
    z6 cv4 3 cv5 2
    z7 obj 6 cv0 1
    z7 cv1 3 cv2 1
    z7 cv5 2
    z8 obj 5 cv0 1
    z8 cv1 1 cv2 3
    z8 cv3 1 cv5 3
    z8 cv6 2
    z9 obj 3 cv2 3
    z9 cv3 1 cv4 4
    z9 cv5 2 cv6 3
    z10 obj 4 cv1 1
    z10 cv2 4 cv3 2
    z10 cv4 4 cv5 2
    z11 obj 8 cv0 1
    z11 cv1 3 cv3 3
    z11 cv4 2 cv6 1
    z12 obj 3 cv0 3
    z12 cv1 1 cv2 2
    z12 cv4 2
    z13 obj 9 cv0 2
    z13 cv1 2 cv2 4
    z13 cv3 4 cv4 4
    z13 cv5 4 cv6 4
    MARKER1 'MARKER' 'INTEND'
RHS
    RHS cv0 -9
    RHS cv1 -7
    RHS cv2 -13
    RHS cv3 -8
    RHS cv4 -20
    RHS cv5 -19
    RHS cv6 -20
BOUNDS
 LI BND z0 -5
 UI BND z0 0
 LI BND z1 -7
 UI BND z1 1
 LI BND z2 -8
 UI BND z2 4
 LI BND z3 -3
 UI BND z3 3
 LI BND z4 -8
 UI BND z4 1
 LI BND z5 -8
 UI BND z5 4
 LI BND z6 -6
 UI BND z6 3
 LI BND z7 -9
 UI BND z7 4
 LI BND z8 -5
 UI BND z8 4
 LI BND z9 -8
 UI BND z9 4
 LI BND z10 -8
 UI BND z10 4
 LI BND z11 -5
 UI BND z11 2
 LI BND z12 -9
 UI BND z12 4
 LI BND z13 -5
 UI BND z13 0
ENDATA

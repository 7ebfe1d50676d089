NAME setpart_15x30_s1
ROWS
 N obj
 E r0
 E r1
 E r2
 E r3
 E r4
 E r5
 E r6
 E r7
 E r8
 E r9
 E r10
 E r11
 E r12
 E r13
 E r14
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    c0 obj 20 r6 1
    c0 r11 1
    c1 obj 24 r3 1
    c1 r5 1 r7 1
    c1 r8 1
    c2 obj 10 r0 1
    c2 r4 1 r6 1
    c3 obj 24 r2 1
    c3 r12 1
    c4 obj 30 r0 1
    c4 r6 1 r10 1
    c4 r13 1
    c5 obj 26 r3 1
    c5 r8 1
    c6 obj 35 r1 1
    c6 r5 1 r11 1
    c7 obj 23 r2 1
    c8 obj 17 r0 1
    c8 r12 1
    c9 obj 24 r5 1
    c9 r7 1 r11 1
    c10 obj 26 r1 1
    c10 r9 1
    c11 obj 4 r11 1
    c12 obj 35 r1 1
    c12 r7 1 r10 1
    c13 obj 17 r2 1
    c13 r6 1 r10 1
    c14 obj 30 r8 1
    c14 r11 1 r12 1
    c15 obj 18 r1 1
    c15 r4 1 r9 1
    c15 r12 1
    c16 obj 27 r9 1
    c16 r11 1 r13 1
    c17 obj 28 r2 1
    c17 r10 1 r13 1
    c18 obj 9 r14 1
    c19 obj 34 r3 1
    c19 r7 1
    c20 obj 9 r8 1
    c20 r13 1
    c21 obj 32 r6 1
    c21 r14 1
    c22 obj 24 r2 1
    c22 r10 1
    c23 obj 32 r0 1
    c23 r7 1
    c24 obj 37 r6 1
    c24 r8 1 r13 1
    c25 obj 36 r3 1
    c25 r7 1 r8 1
    c26 obj 39 r8 1
    c26 r10 1 r13 1
    c27 obj 18 r3 1
    c27 r10 1 r14 1
    c28 obj 11 r0 1
    c28 r13 1 r14 1
    c29 obj 33 r4 1
    c29 r14 1
    MARKER1 'MARKER' 'INTEND'
RHS
    RHS r0 1
    RHS r1 1
    RHS r2 1
    RHS r3 1
    RHS r4 1
    RHS r5 1
    RHS r6 1
    RHS r7 1
    RHS r8 1
    RHS r9 1
    RHS r10 1
    RHS r11 1
    RHS r12 1
    RHS r13 1
    RHS r14 1
ENDATA

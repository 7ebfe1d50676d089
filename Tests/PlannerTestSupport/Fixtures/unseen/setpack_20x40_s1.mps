NAME setpack_20x40_s1
OBJSENSE
    MAX
ROWS
 N obj
 L r0
 L r1
 L r2
 L r3
 L r4
 L r5
 L r6
 L r7
 L r8
 L r9
 L r10
 L r11
 L r12
 L r13
 L r14
 L r15
 L r16
 L r17
 L r18
 L r19
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    c0 obj 35 r8 1
    c0 r17 1
    c1 obj 19 r0 1
    c1 r7 1 r16 1
    c2 obj 13 r3 1
    c2 r6 1 r8 1
    c2 r16 1
    c3 obj 18 r6 1
    c3 r10 1 r12 1
    c3 r13 1
    c4 obj 22 r2 1
    c4 r5 1 r11 1
    c4 r17 1 r18 1
    c5 obj 37 r1 1
    c5 r2 1 r9 1
    c6 obj 26 r0 1
    c6 r3 1 r10 1
    c6 r15 1 r18 1
    c7 obj 41 r0 1
    c7 r10 1 r11 1
    c7 r13 1 r19 1
    c8 obj 25 r12 1
    c8 r16 1
    c9 obj 41 r0 1
    c9 r7 1 r14 1
    c9 r15 1 r16 1
    c10 obj 14 r6 1
    c10 r16 1 r17 1
    c11 obj 23 r2 1
    c11 r5 1 r9 1
    c11 r17 1
    c12 obj 26 r0 1
    c12 r1 1 r15 1
    c12 r19 1
    c13 obj 22 r7 1
    c13 r14 1 r16 1
    c13 r17 1 r18 1
    c14 obj 24 r0 1
    c14 r3 1 r5 1
    c14 r9 1 r13 1
    c15 obj 28 r0 1
    c15 r14 1
    c16 obj 19 r0 1
    c16 r7 1 r8 1
    c16 r13 1 r14 1
    c17 obj 36 r9 1
    c17 r15 1 r19 1
    c18 obj 25 r3 1
    c18 r5 1 r7 1
    c18 r8 1
    c19 obj 45 r1 1
    c19 r7 1 r12 1
    c19 r15 1 r18 1
    c20 obj 24 r14 1
    c20 r15 1
    c21 obj 27 r0 1
    c21 r4 1 r7 1
    c21 r12 1 r19 1
    c22 obj 36 r12 1
    c22 r18 1
    c23 obj 44 r1 1
    c23 r6 1 r11 1
    c23 r13 1 r15 1
    c24 obj 42 r0 1
    c24 r5 1 r7 1
    c24 r16 1 r19 1
    c25 obj 28 r0 1
    c25 r17 1
    c26 obj 33 r3 1
    c26 r5 1 r12 1
    c26 r16 1 r19 1
    c27 obj 28 r5 1
    c27 r8 1 r9 1
    c27 r16 1
    c28 obj 31 r6 1
    c28 r12 1
    c29 obj 24 r5 1
    c29 r14 1
    c30 obj 17 r7 1
    c30 r17 1 r19 1
    c31 obj 18 r0 1
    c31 r3 1 r6 1
    c31 r12 1 r15 1
    c32 obj 33 r2 1
    c32 r8 1 r18 1
    c33 obj 11 r7 1
    c33 r11 1 r18 1
    c34 obj 15 r5 1
    c34 r12 1 r18 1
    c34 r19 1
    c35 obj 11 r2 1
    c35 r19 1
    c36 obj 18 r3 1
    c36 r10 1 r13 1
    c36 r16 1
    c37 obj 18 r1 1
    c37 r4 1 r9 1
    c37 r13 1
    c38 obj 45 r8 1
    c38 r11 1 r14 1
    c38 r16 1 r18 1
    c39 obj 24 r0 1
    c39 r10 1
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
    RHS r15 1
    RHS r16 1
    RHS r17 1
    RHS r18 1
    RHS r19 1
ENDATA

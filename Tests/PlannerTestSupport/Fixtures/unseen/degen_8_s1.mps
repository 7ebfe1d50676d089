NAME degen_8_s1
ROWS
 N obj
 E r0
 L r1
 L r2
 G r3
 L r4
 L r5
 G r6
 E r7
 L r8
 G r9
 L r10
 L r11
 G r12
 L r13
 E r14
 G r15
 L r16
 L r17
 G r18
 L r19
 L r20
 E r21
 L r22
 L r23
 E sum
COLUMNS
    x0 r0 -1 r2 -1
    x0 r4 1 r5 -1
    x0 r14 -1 r16 1
    x0 r18 1 r19 1
    x0 r20 2 r21 2
    x0 r23 -1 sum 1
    x1 obj 1 r3 1
    x1 r6 1 r8 -1
    x1 r14 2 r18 1
    x1 r21 1 sum 1
    x2 obj -1 r0 2
    x2 r8 2 r15 1
    x2 r16 -1 r17 -1
    x2 r20 1 sum 1
    x3 r1 -1 r2 -1
    x3 r6 -1 r9 -1
    x3 r10 -1 r12 -1
    x3 r14 1 r15 -1
    x3 r16 -1 r17 2
    x3 r23 2 sum 1
    x4 obj -2 r0 1
    x4 r3 1 r7 2
    x4 r9 -1 r11 -1
    x4 r13 -1 r19 1
    x4 r21 1 r22 2
    x4 sum 1
    x5 r1 1 r3 2
    x5 r4 1 r5 -1
    x5 r6 2 r8 1
    x5 r10 1 r11 1
    x5 r12 1 r13 1
    x5 r15 1 r17 1
    x5 r19 1 r22 -1
    x5 sum 1
    x6 obj 2 r2 1
    x6 r5 1 r7 1
    x6 r18 1 r22 2
    x6 sum 1
    x7 obj -1 r1 1
    x7 r4 -1 r7 1
    x7 r9 1 r10 2
    x7 r11 1 r12 1
    x7 r13 1 r20 1
    x7 r23 1 sum 1
RHS
    RHS r0 2
    RHS r1 1
    RHS r2 -1
    RHS r3 4
    RHS r4 1
    RHS r5 -1
    RHS r6 2
    RHS r7 4
    RHS r8 2
    RHS r9 -1
    RHS r10 2
    RHS r11 1
    RHS r12 1
    RHS r13 1
    RHS r14 2
    RHS r15 1
    RHS r16 -1
    RHS r17 2
    RHS r18 3
    RHS r19 3
    RHS r20 4
    RHS r21 4
    RHS r22 3
    RHS r23 2
    RHS sum 8
RANGES
    RNG r0 -2
    RNG r5 1
    RNG r10 0
    RNG r15 1
    RNG r20 1
BOUNDS
 UP BND x0 3
 UP BND x1 3
 UP BND x2 3
 UP BND x3 3
 UP BND x4 3
 UP BND x5 3
 UP BND x6 3
 UP BND x7 3
ENDATA

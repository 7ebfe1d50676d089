NAME assign_6_s1
OBJSENSE MAX
ROWS
 N obj
 E p0
 E p1
 E p2
 E p3
 E p4
 E p5
 E q0
 E q1
 E q2
 E q3
 E q4
 E q5
COLUMNS
    z0_0 obj 1 p0 1
    z0_0 q0 1
    z0_1 p0 1 q1 1
    z0_2 obj 2 p0 1
    z0_2 q2 1
    z0_3 p0 1 q3 1
    z0_4 obj 3 p0 1
    z0_4 q4 1
    z0_5 obj 3 p0 1
    z0_5 q5 1
    z1_0 obj 3 p1 1
    z1_0 q0 1
    z1_1 obj 3 p1 1
    z1_1 q1 1
    z1_2 obj 1 p1 1
    z1_2 q2 1
    z1_3 p1 1 q3 1
    z1_4 obj 3 p1 1
    z1_4 q4 1
    z1_5 p1 1 q5 1
    z2_0 obj 3 p2 1
    z2_0 q0 1
    z2_1 obj 3 p2 1
    z2_1 q1 1
    z2_2 p2 1 q2 1
    z2_3 obj 3 p2 1
    z2_3 q3 1
    z2_4 obj 2 p2 1
    z2_4 q4 1
    z2_5 obj 1 p2 1
    z2_5 q5 1
    z3_0 p3 1 q0 1
    z3_1 obj 2 p3 1
    z3_1 q1 1
    z3_2 p3 1 q2 1
    z3_3 p3 1 q3 1
    z3_4 p3 1 q4 1
    z3_5 p3 1 q5 1
    z4_0 obj 3 p4 1
    z4_0 q0 1
    z4_1 obj 1 p4 1
    z4_1 q1 1
    z4_2 obj 3 p4 1
    z4_2 q2 1
    z4_3 p4 1 q3 1
    z4_4 obj 1 p4 1
    z4_4 q4 1
    z4_5 obj 3 p4 1
    z4_5 q5 1
    z5_0 obj 3 p5 1
    z5_0 q0 1
    z5_1 obj 1 p5 1
    z5_1 q1 1
    z5_2 obj 2 p5 1
    z5_2 q2 1
    z5_3 obj 1 p5 1
    z5_3 q3 1
    z5_4 obj 1 p5 1
    z5_4 q4 1
    z5_5 obj 3 p5 1
    z5_5 q5 1
RHS
    RHS p0 1
    RHS p1 1
    RHS p2 1
    RHS p3 1
    RHS p4 1
    RHS p5 1
    RHS q0 1
    RHS q1 1
    RHS q2 1
    RHS q3 1
    RHS q4 1
    RHS q5 1
ENDATA

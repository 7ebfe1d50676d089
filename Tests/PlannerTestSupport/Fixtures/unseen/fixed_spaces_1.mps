NAME          fixed spaces 1
ROWS
 N  COST ROW
 L  BUDGET 1
 G  SHARE A
 L  PICK
 E  RANGE E
COLUMNS
    MARKER    'MARKER'                 'INTORG'
    PRJ 0     COST ROW           -46   BUDGET 1             9
    PRJ 0     SHARE A   -2.6999999999999997   PICK                 1
    PRJ 0     RANGE E              0
    PRJ 1     COST ROW           -17   BUDGET 1            13
    PRJ 1     SHARE A           -3.9   PICK                 1
    PRJ 1     RANGE E              3
    PRJ 2     COST ROW           -38   BUDGET 1            29
    PRJ 2     SHARE A           -8.7   PICK                 1
    PRJ 2     RANGE E              3
    PRJ 3     COST ROW           -34   BUDGET 1            25
    PRJ 3     SHARE A           -7.5   PICK                 1
    PRJ 3     RANGE E              1
    PRJ 4     COST ROW           -41   BUDGET 1             8
    PRJ 4     SHARE A           -2.4   PICK                 1
    PRJ 4     RANGE E              0
    PRJ 5     COST ROW           -37   BUDGET 1            17
    PRJ 5     SHARE A           -5.1   PICK                 1
    PRJ 5     RANGE E              0
    PRJ 6     COST ROW           -38   BUDGET 1            27
    PRJ 6     SHARE A           -8.1   PICK                 1
    PRJ 6     RANGE E              2
    PRJ 7     COST ROW           -24   BUDGET 1            28
    PRJ 7     SHARE A           -8.4   PICK                 1
    PRJ 7     RANGE E              0
    MARKER    'MARKER'                 'INTEND'
    PAY 0     COST ROW           1.5   BUDGET 1             1
    PAY 0     SHARE A              1
    PAY 1     COST ROW           1.5   BUDGET 1             1
    PAY 1     SHARE A              1
    PAY 2     COST ROW           1.5   BUDGET 1             1
    PAY 2     SHARE A              1
RHS
    RHS       BUDGET 1           100
    RHS       SHARE A              0
    RHS       PICK                 5
    RHS       RANGE E             10
RANGES
    RNG       RANGE E             -4
BOUNDS
 UP BND       PAY 0               40
 UP BND       PAY 1               40
 UP BND       PAY 2               40
ENDATA

NAME          setcover_12x20_s4
ROWS
 N  obj
 G  r0
 G  r1
 G  r2
 G  r3
 G  r4
 G  r5
 G  r6
 G  r7
 G  r8
 G  r9
 G  r10
 G  r11
COLUMNS
    MARKER    'MARKER'                 'INTORG'
    c0        obj                  4   r1                   1
    c0        r2                   1   r4                   1
    c1        obj                 11   r10                  1
    c1        r11                  1
    c2        obj                 30   r0                   1
    c2        r1                   1   r11                  1
    c3        obj                  6   r0                   1
    c3        r6                   1
    c4        obj                 10   r1                   1
    c4        r5                   1   r10                  1
    c5        obj                 15   r1                   1
    c5        r4                   1
    c6        obj                  1   r2                   1
    c6        r3                   1   r4                   1
    c7        obj                  2   r1                   1
    c7        r2                   1   r7                   1
    c8        obj                 12   r3                   1
    c8        r6                   1   r8                   1
    c9        obj                 23   r0                   1
    c9        r3                   1   r8                   1
    c10       obj                  3   r1                   1
    c10       r6                   1
    c11       obj                 29   r1                   1
    c11       r4                   1   r8                   1
    c12       obj                 10   r2                   1
    c12       r5                   1   r11                  1
    c13       obj                 24   r2                   1
    c13       r3                   1
    c14       obj                 22   r4                   1
    c14       r8                   1   r10                  1
    c15       obj                 11   r4                   1
    c15       r6                   1   r9                   1
    c16       obj                  1   r0                   1
    c16       r4                   1   r9                   1
    c17       obj                 11   r0                   1
    c17       r3                   1   r4                   1
    c18       obj                 10   r6                   1
    c18       r8                   1   r10                  1
    c19       obj                 11   r2                   1
    c19       r3                   1   r4                   1
    MARKER    'MARKER'                 'INTEND'
RHS
    RHS       r0                   1
    RHS       r1                   1
    RHS       r2                   1
    RHS       r3                   1
    RHS       r4                   1
    RHS       r5                   1
    RHS       r6                   1
    RHS       r7                   1
    RHS       r8                   1
    RHS       r9                   1
    RHS       r10                  1
    RHS       r11                  1
ENDATA

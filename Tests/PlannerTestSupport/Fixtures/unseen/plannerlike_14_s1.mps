NAME plannerlike_14_s1
OBJSENSE
    MAX
ROWS
 N obj
 L bud0
 L bud1
 L bud2
 G shareNATO
 L shareLocal
 L card
COLUMNS
    MARKER0 'MARKER' 'INTORG'
    pick0 obj 18 bud0 5.93
    pick0 bud1 5.69 bud2 6.72
    pick0 shareNATO -4.25 shareLocal -5.1
    pick0 card 1
    pick1 obj 43 bud0 5.54
    pick1 bud1 7.49 bud2 5.07
    pick1 shareNATO -4 shareLocal -4.8
    pick1 card 1
    pick2 obj 19 bud0 24.95
    pick2 bud1 23.71 bud2 16.23
    pick2 shareNATO -14.5 shareLocal -17.4
    pick2 card 1
    pick3 obj 6 bud0 22.73
    pick3 bud1 22.11 bud2 9.83
    pick3 shareNATO -11.75 shareLocal -14.1
    pick3 card 1
    pick4 obj 18 bud0 18.48
    pick4 bud1 24.57 bud2 16.03
    pick4 shareNATO -12.75 shareLocal -15.299999999999999
    pick4 card 1
    pick5 obj 36 bud0 15.46
    pick5 bud1 13.26 bud2 15.88
    pick5 shareNATO -9.25 shareLocal -11.1
    pick5 card 1
    pick6 obj 34 bud0 12.15
    pick6 bud1 12.12 bud2 11.95
    pick6 shareNATO -11.25 shareLocal -13.5
    pick6 card 1
    pick7 obj 46 bud0 13.38
    pick7 bud1 9.1 bud2 13.3
    pick7 shareNATO -7 shareLocal -8.4
    pick7 card 1
    pick8 obj 12 bud0 4.09
    pick8 bud1 7.96 bud2 7.33
    pick8 shareNATO -4 shareLocal -4.8
    pick8 card 1
    pick9 obj 32 bud0 17.09
    pick9 bud1 23.74 bud2 23.56
    pick9 shareNATO -14.25 shareLocal -17.099999999999998
    pick9 card 1
    pick10 obj 42 bud0 18.86
    pick10 bud1 16.85 bud2 12.22
    pick10 shareNATO -10.5 shareLocal -12.6
    pick10 card 1
    pick11 obj 7 bud0 18.61
    pick11 bud1 14.41 bud2 15.44
    pick11 shareNATO -10.25 shareLocal -12.299999999999999
    pick11 card 1
    pick12 obj 16 bud0 10.91
    pick12 bud1 17.57 bud2 12.97
    pick12 shareNATO -10 shareLocal -12
    pick12 card 1
    pick13 obj 28 bud0 12.03
    pick13 bud1 13.56 bud2 13.28
    pick13 shareNATO -8.25 shareLocal -9.9
    pick13 card 1
    MARKER1 'MARKER' 'INTEND'
    pay0 obj -0.01 bud0 -0.2
    pay0 bud1 -0.2 bud2 -0.2
    pay0 shareNATO 1 shareLocal 0.2
    pay1 obj -0.02 bud0 -0.2
    pay1 bud1 -0.2 bud2 -0.2
    pay1 shareNATO 0.5 shareLocal 0.2
    pay2 obj -0.03 bud0 -0.2
    pay2 bud1 -0.2 bud2 -0.2
    pay2 shareNATO 0.5 shareLocal 1
RHS
    RHS bud0 97
    RHS bud1 88
    RHS bud2 112
    RHS shareNATO 0
    RHS shareLocal 0
    RHS card 7
RANGES
    RNG card 6
BOUNDS
 BV BND pick0
 BV BND pick1
 BV BND pick2
 BV BND pick3
 BV BND pick4
 BV BND pick5
 BV BND pick6
 BV BND pick7
 BV BND pick8
 BV BND pick9
 BV BND pick10
 BV BND pick11
 BV BND pick12
 BV BND pick13
 UP BND pay0 200
 UP BND pay1 200
 UP BND pay2 200
ENDATA

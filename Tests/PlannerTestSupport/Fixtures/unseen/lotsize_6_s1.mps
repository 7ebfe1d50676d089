NAME lotsize_6_s1
ROWS
 N obj
 E bal0
 L su0
 E bal1
 L su1
 E bal2
 L su2
 E bal3
 L su3
 E bal4
 L su4
 E bal5
 L su5
 L on0
 L on1
 L on2
 L on3
 L on4
 L on5
COLUMNS
    prod0 obj 4 bal0 1
    prod0 su0 1 on0 1
    MARKER0 'MARKER' 'INTORG'
    lots0 su0 -10
    setup0 obj 50 su0 -1
    setup0 on0 -60
    MARKER1 'MARKER' 'INTEND'
    inv0 obj 1 bal0 -1
    inv0 bal1 1
    prod1 obj 4 bal1 1
    prod1 su1 1 on1 1
    MARKER2 'MARKER' 'INTORG'
    lots1 su1 -10
    setup1 obj 33 su1 -1
    setup1 on1 -60
    MARKER3 'MARKER' 'INTEND'
    inv1 obj 1 bal1 -1
    inv1 bal2 1
    prod2 obj 1 bal2 1
    prod2 su2 1 on2 1
    MARKER4 'MARKER' 'INTORG'
    lots2 su2 -10
    setup2 obj 51 su2 -1
    setup2 on2 -60
    MARKER5 'MARKER' 'INTEND'
    inv2 obj 1 bal2 -1
    inv2 bal3 1
    prod3 obj 1 bal3 1
    prod3 su3 1 on3 1
    MARKER6 'MARKER' 'INTORG'
    lots3 su3 -10
    setup3 obj 44 su3 -1
    setup3 on3 -60
    MARKER7 'MARKER' 'INTEND'
    inv3 obj 1 bal3 -1
    inv3 bal4 1
    prod4 obj 4 bal4 1
    prod4 su4 1 on4 1
    MARKER8 'MARKER' 'INTORG'
    lots4 su4 -10
    setup4 obj 58 su4 -1
    setup4 on4 -60
    MARKER9 'MARKER' 'INTEND'
    inv4 obj 1 bal4 -1
    inv4 bal5 1
    prod5 obj 1 bal5 1
    prod5 su5 1 on5 1
    MARKER10 'MARKER' 'INTORG'
    lots5 su5 -10
    setup5 obj 48 su5 -1
    setup5 on5 -60
    MARKER11 'MARKER' 'INTEND'
    inv5 obj 1 bal5 -1
RHS
    RHS bal0 4
    RHS su0 0
    RHS bal1 18
    RHS su1 0
    RHS bal2 2
    RHS su2 0
    RHS bal3 8
    RHS su3 0
    RHS bal4 3
    RHS su4 0
    RHS bal5 15
    RHS su5 0
    RHS on0 0
    RHS on1 0
    RHS on2 0
    RHS on3 0
    RHS on4 0
    RHS on5 0
BOUNDS
 UI BND lots0 6
 BV BND setup0
 UI BND lots1 6
 BV BND setup1
 UI BND lots2 6
 BV BND setup2
 UI BND lots3 6
 BV BND setup3
 UI BND lots4 6
 BV BND setup4
 UI BND lots5 6
 BV BND setup5
ENDATA

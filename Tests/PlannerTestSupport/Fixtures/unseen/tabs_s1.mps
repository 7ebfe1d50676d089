* generated with tabs

NAME tabs_s1
ROWS
	N	obj
	G	r0
	G	r1
	G	r2
COLUMNS
* a comment line

				MARKER0	'MARKER'	'INTORG'
				v0	obj	1	r0	2
				v0	r1	2	r2	2
				v1	obj	4	r0	1
				v1	r1	1	r2	2
				v2	obj	1	r0	2
				v2	r1	2	r2	3
				MARKER1	'MARKER'	'INTEND'
				v3	obj	1	r0	3
				v3	r1	2	r2	2
				v4	obj	2	r0	3
				v4	r1	1	r2	2
				v5	obj	1	r0	1
				v5	r1	1	r2	3
RHS
				RHS	r0	4
				RHS	r1	3
				RHS	r2	6
ENDATA

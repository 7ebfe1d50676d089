* DCB Planner allocation model (DESIGN section 4), scenario 'default, sample seed 1'
* money in thousands of US dollars (kUSD); objective: maximize the weighted normalized criteria
* 361 rows, 526 columns (246 binary), 3311 non-zeros
NAME DCBPLAN_money_in_kUSD
OBJSENSE
    MAX
ROWS
 N OBJ
 E assign_DCB-D1
 E assign_DCB-D2
 E assign_DCB-D3
 E assign_DCB-D4
 E assign_DCB-D5
 E assign_DCB-D6
 E assign_DCB-D7
 E assign_DCB-D8
 E assign_DCB-D9
 E assign_DCB-S1
 E assign_DCB-S2
 E assign_DCB-S3
 G assign_T01
 G assign_T02
 G assign_T03
 G assign_T04
 G assign_T05
 G assign_T06
 G assign_T07
 G assign_T08
 G assign_T09
 G assign_T10
 G assign_T11
 G assign_T12
 G assign_T13
 G assign_T14
 G assign_T15
 G assign_T16
 G assign_T17
 G assign_T18
 G assign_T19
 G assign_T20
 G assign_T21
 G assign_I01
 G assign_I02
 G assign_I03
 G assign_I04
 G assign_I05
 G assign_I06
 G assign_I07
 E lock_DCB-D1
 E lock_DCB-D2
 E lock_DCB-D3
 E lock_DCB-D4
 E cover_DCB-D1_2024
 E cover_DCB-D1_2025
 E cover_DCB-D1_2026
 E cover_DCB-D1_2027
 E cover_DCB-D2_2024
 E cover_DCB-D2_2025
 E cover_DCB-D2_2026
 E cover_DCB-D3_2024
 E cover_DCB-D3_2025
 E cover_DCB-D3_2026
 E cover_DCB-D3_2027
 E cover_DCB-D4_2024
 E cover_DCB-D4_2025
 E cover_DCB-D4_2026
 E cover_DCB-D5_2024
 E cover_DCB-D5_2025
 E cover_DCB-D5_2026
 E cover_DCB-D5_2027
 E cover_DCB-D5_2028
 E cover_DCB-D6_2024
 E cover_DCB-D6_2025
 E cover_DCB-D6_2026
 E cover_DCB-D6_2027
 E cover_DCB-D6_2028
 E cover_DCB-D7_2025
 E cover_DCB-D7_2026
 E cover_DCB-D7_2027
 E cover_DCB-D7_2028
 E cover_DCB-D8_2024
 E cover_DCB-D8_2025
 E cover_DCB-D8_2026
 E cover_DCB-D8_2027
 E cover_DCB-D8_2028
 E cover_DCB-D9_2024
 E cover_DCB-D9_2025
 E cover_DCB-D9_2026
 E cover_DCB-D9_2027
 E cover_DCB-D9_2028
 E cover_DCB-S1_2024
 E cover_DCB-S1_2025
 E cover_DCB-S1_2026
 E cover_DCB-S1_2027
 E cover_DCB-S1_2028
 E cover_DCB-S2_2024
 E cover_DCB-S2_2025
 E cover_DCB-S2_2026
 E cover_DCB-S2_2027
 E cover_DCB-S2_2028
 E cover_DCB-S3_2024
 E cover_DCB-S3_2025
 E cover_DCB-S3_2026
 E cover_DCB-S3_2027
 E cover_T01_2025
 E cover_T01_2026
 E cover_T01_2027
 E cover_T01_2028
 E cover_T02_2024
 E cover_T02_2025
 E cover_T02_2026
 E cover_T02_2027
 E cover_T03_2025
 E cover_T03_2026
 E cover_T03_2027
 E cover_T04_2024
 E cover_T04_2025
 E cover_T04_2026
 E cover_T04_2027
 E cover_T05_2024
 E cover_T05_2025
 E cover_T05_2026
 E cover_T05_2027
 E cover_T05_2028
 E cover_T06_2024
 E cover_T06_2025
 E cover_T06_2026
 E cover_T06_2027
 E cover_T07_2024
 E cover_T07_2025
 E cover_T07_2026
 E cover_T07_2027
 E cover_T08_2024
 E cover_T08_2025
 E cover_T08_2026
 E cover_T08_2027
 E cover_T09_2024
 E cover_T09_2025
 E cover_T09_2026
 E cover_T09_2027
 E cover_T10_2024
 E cover_T10_2025
 E cover_T11_2024
 E cover_T11_2025
 E cover_T11_2026
 E cover_T11_2027
 E cover_T11_2028
 E cover_T12_2024
 E cover_T12_2025
 E cover_T12_2026
 E cover_T12_2027
 E cover_T13_2024
 E cover_T13_2025
 E cover_T13_2026
 E cover_T13_2027
 E cover_T14_2025
 E cover_T14_2026
 E cover_T14_2027
 E cover_T15_2024
 E cover_T15_2025
 E cover_T15_2026
 E cover_T15_2027
 E cover_T16_2024
 E cover_T16_2025
 E cover_T16_2026
 E cover_T16_2027
 E cover_T17_2025
 E cover_T17_2026
 E cover_T17_2027
 E cover_T17_2028
 E cover_T18_2024
 E cover_T18_2025
 E cover_T18_2026
 E cover_T18_2027
 E cover_T19_2024
 E cover_T19_2025
 E cover_T19_2026
 E cover_T19_2027
 E cover_T20_2024
 E cover_T20_2025
 E cover_T20_2026
 E cover_T20_2027
 E cover_T21_2024
 E cover_T21_2025
 E cover_T21_2026
 E cover_T21_2027
 E cover_I01_2024
 E cover_I01_2025
 E cover_I01_2026
 E cover_I01_2027
 E cover_I01_2028
 E cover_I02_2024
 E cover_I02_2025
 E cover_I02_2026
 E cover_I02_2027
 E cover_I03_2024
 E cover_I03_2025
 E cover_I03_2026
 E cover_I03_2027
 E cover_I04_2024
 E cover_I04_2025
 E cover_I04_2026
 E cover_I05_2024
 E cover_I05_2025
 E cover_I05_2026
 E cover_I05_2027
 E cover_I06_2024
 E cover_I06_2025
 E cover_I06_2026
 E cover_I06_2027
 E cover_I07_2024
 E cover_I07_2025
 E cover_I07_2026
 G budget_DCB
 G total_US
 G total_UK
 G total_TR
 G total_NO
 G total_BIH-COFIN
 L cap_DCB_2024
 L cap_DCB_2025
 L cap_DCB_2026
 L cap_DCB_2027
 L cap_DCB_2028
 L cap_US_2024
 L cap_US_2025
 L cap_US_2026
 L cap_US_2027
 L cap_US_2028
 L cap_UK_2024
 L cap_UK_2025
 L cap_UK_2026
 L cap_UK_2027
 L cap_UK_2028
 L cap_TR_2024
 L cap_TR_2025
 L cap_TR_2026
 L cap_TR_2027
 L cap_TR_2028
 L cap_NO_2024
 L cap_NO_2025
 L cap_NO_2026
 L cap_NO_2027
 L cap_NO_2028
 L cap_BIH-COFIN_2024
 L cap_BIH-COFIN_2025
 L cap_BIH-COFIN_2026
 L cap_BIH-COFIN_2027
 L cap_BIH-COFIN_2028
 L share_US_T01
 L share_US_T02
 L share_US_T03
 L share_US_T04
 L share_US_T05
 L share_US_T21
 L share_US_I01
 L share_US_I05
 L share_UK_DCB-D9
 L share_UK_T06
 L share_UK_T07
 L share_UK_T08
 L share_UK_T09
 L share_UK_T10
 L share_UK_I03
 L share_UK_I07
 L share_TR_T11
 L share_TR_T12
 L share_TR_T13
 L share_TR_T14
 L share_TR_T15
 L share_TR_I04
 L share_TR_I06
 L share_NO_DCB-D5
 L share_NO_T16
 L share_NO_T17
 L share_NO_T18
 L share_NO_T19
 L share_NO_T20
 L share_NO_I02
 L share_BIH-COFIN_T01
 L share_BIH-COFIN_T02
 L share_BIH-COFIN_T03
 L share_BIH-COFIN_T04
 L share_BIH-COFIN_T05
 L share_BIH-COFIN_T06
 L share_BIH-COFIN_T07
 L share_BIH-COFIN_T08
 L share_BIH-COFIN_T09
 L share_BIH-COFIN_T10
 L share_BIH-COFIN_T11
 L share_BIH-COFIN_T12
 L share_BIH-COFIN_T13
 L share_BIH-COFIN_T14
 L share_BIH-COFIN_T15
 L share_BIH-COFIN_T16
 L share_BIH-COFIN_T17
 L share_BIH-COFIN_T18
 L share_BIH-COFIN_T19
 L share_BIH-COFIN_T20
 L share_BIH-COFIN_T21
 L share_BIH-COFIN_I01
 L share_BIH-COFIN_I02
 L share_BIH-COFIN_I03
 L share_BIH-COFIN_I04
 L share_BIH-COFIN_I05
 L share_BIH-COFIN_I06
 L share_BIH-COFIN_I07
 L req_T01_T10_2025
 L req_T01_T10_2026
 L req_T03_T10_2025
 L req_T03_T10_2026
 L req_T17_T10_2025
 L req_T17_T10_2026
 L req_T20_DCB-D5_2024
 L req_T20_DCB-D5_2025
 L req_T20_DCB-D5_2026
 L excl_T07_I04
 L excl_T15_T16
 G security_share
 G entity_lo_FBiH
 L entity_hi_FBiH
 G entity_lo_RS
 L entity_hi_RS
 L absorb_F01_2025
 L absorb_F01_2026
 L absorb_F01_2027
 L absorb_F02_2024
 L absorb_F02_2025
 L absorb_F02_2026
 L absorb_F02_2027
 L absorb_F03_2025
 L absorb_F03_2026
 L absorb_F03_2027
 L absorb_F03_2028
 L absorb_F04_2024
 L absorb_F04_2025
 L absorb_F04_2026
 L absorb_F04_2027
 L absorb_F05_2024
 L absorb_F05_2025
 L absorb_F05_2026
 L absorb_F05_2027
 L absorb_F06_2024
 L absorb_F06_2025
 L absorb_F06_2026
 L absorb_F06_2027
 L absorb_F07_2024
 L absorb_F07_2025
 L absorb_F07_2026
 L absorb_F07_2027
 L absorb_F08_2024
 L absorb_F08_2025
 L absorb_F08_2026
 L absorb_F08_2027
 L absorb_F09_2024
 L absorb_F09_2025
 L absorb_F09_2026
 L absorb_F09_2027
 L absorb_F10_2024
 L absorb_F10_2025
 L absorb_F10_2026
 L absorb_F10_2027
 L absorb_F11_2024
 L absorb_F11_2025
 L absorb_F11_2026
 L absorb_F11_2027
 L absorb_F13_2025
 L absorb_F13_2026
 L absorb_F13_2027
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_DCB-D1_basic_2024  OBJ  0.010617681308311625
    x_DCB-D1_basic_2024  assign_DCB-D1  1
    x_DCB-D1_basic_2024  cover_DCB-D1_2024  -1892.47619
    x_DCB-D1_basic_2024  cover_DCB-D1_2025  -2523.30158
    x_DCB-D1_basic_2024  cover_DCB-D1_2026  -1892.47619
    x_DCB-D1_basic_2025  OBJ  0.007078454205541084
    x_DCB-D1_basic_2025  assign_DCB-D1  1
    x_DCB-D1_basic_2025  cover_DCB-D1_2025  -1892.47619
    x_DCB-D1_basic_2025  cover_DCB-D1_2026  -2523.30158
    x_DCB-D1_basic_2025  cover_DCB-D1_2027  -1892.47619
    x_DCB-D1_standard_2024  OBJ  0.016149575083934938
    x_DCB-D1_standard_2024  assign_DCB-D1  1
    x_DCB-D1_standard_2024  lock_DCB-D1  1
    x_DCB-D1_standard_2024  cover_DCB-D1_2024  -2365.59523
    x_DCB-D1_standard_2024  cover_DCB-D1_2025  -3154.12698
    x_DCB-D1_standard_2024  cover_DCB-D1_2026  -2365.59523
    x_DCB-D1_standard_2025  OBJ  0.01076638338928996
    x_DCB-D1_standard_2025  assign_DCB-D1  1
    x_DCB-D1_standard_2025  cover_DCB-D1_2025  -2365.59523
    x_DCB-D1_standard_2025  cover_DCB-D1_2026  -3154.12698
    x_DCB-D1_standard_2025  cover_DCB-D1_2027  -2365.59523
    x_DCB-D1_enhanced_2024  OBJ  0.015146818478149703
    x_DCB-D1_enhanced_2024  assign_DCB-D1  1
    x_DCB-D1_enhanced_2024  cover_DCB-D1_2024  -2838.71428
    x_DCB-D1_enhanced_2024  cover_DCB-D1_2025  -3784.95237
    x_DCB-D1_enhanced_2024  cover_DCB-D1_2026  -2838.71428
    x_DCB-D1_enhanced_2025  OBJ  0.010097878985433136
    x_DCB-D1_enhanced_2025  assign_DCB-D1  1
    x_DCB-D1_enhanced_2025  cover_DCB-D1_2025  -2838.71428
    x_DCB-D1_enhanced_2025  cover_DCB-D1_2026  -3784.95237
    x_DCB-D1_enhanced_2025  cover_DCB-D1_2027  -2838.71428
    x_DCB-D2_basic_2024  OBJ  0.007676886536171781
    x_DCB-D2_basic_2024  assign_DCB-D2  1
    x_DCB-D2_basic_2024  cover_DCB-D2_2024  -727.30704
    x_DCB-D2_basic_2024  cover_DCB-D2_2025  -888.93082
    x_DCB-D2_basic_2025  OBJ  0.005757664902128836
    x_DCB-D2_basic_2025  assign_DCB-D2  1
    x_DCB-D2_basic_2025  cover_DCB-D2_2025  -727.30704
    x_DCB-D2_basic_2025  cover_DCB-D2_2026  -888.93082
    x_DCB-D2_standard_2024  OBJ  0.009078845907199727
    x_DCB-D2_standard_2024  assign_DCB-D2  1
    x_DCB-D2_standard_2024  lock_DCB-D2  1
    x_DCB-D2_standard_2024  cover_DCB-D2_2024  -909.1338
    x_DCB-D2_standard_2024  cover_DCB-D2_2025  -1111.16353
    x_DCB-D2_standard_2025  OBJ  0.006809134430399795
    x_DCB-D2_standard_2025  assign_DCB-D2  1
    x_DCB-D2_standard_2025  cover_DCB-D2_2025  -909.1338
    x_DCB-D2_standard_2025  cover_DCB-D2_2026  -1111.16353
    x_DCB-D3_basic_2024  OBJ  0.009208621934760365
    x_DCB-D3_basic_2024  assign_DCB-D3  1
    x_DCB-D3_basic_2024  cover_DCB-D3_2024  -1603.73318
    x_DCB-D3_basic_2024  cover_DCB-D3_2025  -2138.31091
    x_DCB-D3_basic_2024  cover_DCB-D3_2026  -1603.73318
    x_DCB-D3_basic_2025  OBJ  0.006139081289840244
    x_DCB-D3_basic_2025  assign_DCB-D3  1
    x_DCB-D3_basic_2025  cover_DCB-D3_2025  -1603.73318
    x_DCB-D3_basic_2025  cover_DCB-D3_2026  -2138.31091
    x_DCB-D3_basic_2025  cover_DCB-D3_2027  -1603.73318
    x_DCB-D3_standard_2024  OBJ  0.011909704971709732
    x_DCB-D3_standard_2024  assign_DCB-D3  1
    x_DCB-D3_standard_2024  lock_DCB-D3  1
    x_DCB-D3_standard_2024  cover_DCB-D3_2024  -2004.66647
    x_DCB-D3_standard_2024  cover_DCB-D3_2025  -2672.88863
    x_DCB-D3_standard_2024  cover_DCB-D3_2026  -2004.66647
    x_DCB-D3_standard_2025  OBJ  0.007939803314473156
    x_DCB-D3_standard_2025  assign_DCB-D3  1
    x_DCB-D3_standard_2025  cover_DCB-D3_2025  -2004.66647
    x_DCB-D3_standard_2025  cover_DCB-D3_2026  -2672.88863
    x_DCB-D3_standard_2025  cover_DCB-D3_2027  -2004.66647
    x_DCB-D3_enhanced_2024  OBJ  0.013181586215491155
    x_DCB-D3_enhanced_2024  assign_DCB-D3  1
    x_DCB-D3_enhanced_2024  cover_DCB-D3_2024  -2405.59977
    x_DCB-D3_enhanced_2024  cover_DCB-D3_2025  -3207.46636
    x_DCB-D3_enhanced_2024  cover_DCB-D3_2026  -2405.59977
    x_DCB-D3_enhanced_2025  OBJ  0.008787724143660771
    x_DCB-D3_enhanced_2025  assign_DCB-D3  1
    x_DCB-D3_enhanced_2025  cover_DCB-D3_2025  -2405.59977
    x_DCB-D3_enhanced_2025  cover_DCB-D3_2026  -3207.46636
    x_DCB-D3_enhanced_2025  cover_DCB-D3_2027  -2405.59977
    x_DCB-D4_basic_2024  OBJ  0.005373218710942752
    x_DCB-D4_basic_2024  assign_DCB-D4  1
    x_DCB-D4_basic_2024  lock_DCB-D4  1
    x_DCB-D4_basic_2024  cover_DCB-D4_2024  -1259.79148
    x_DCB-D4_basic_2024  cover_DCB-D4_2025  -1539.74514
    x_DCB-D4_basic_2025  OBJ  0.004029914033207064
    x_DCB-D4_basic_2025  assign_DCB-D4  1
    x_DCB-D4_basic_2025  cover_DCB-D4_2025  -1259.79148
    x_DCB-D4_basic_2025  cover_DCB-D4_2026  -1539.74514
    x_DCB-D4_standard_2024  OBJ  0.007316681704406059
    x_DCB-D4_standard_2024  assign_DCB-D4  1
    x_DCB-D4_standard_2024  cover_DCB-D4_2024  -1574.73934
    x_DCB-D4_standard_2024  cover_DCB-D4_2025  -1924.68142
    x_DCB-D4_standard_2025  OBJ  0.005487511278304544
    x_DCB-D4_standard_2025  assign_DCB-D4  1
    x_DCB-D4_standard_2025  cover_DCB-D4_2025  -1574.73934
    x_DCB-D4_standard_2025  cover_DCB-D4_2026  -1924.68142
    x_DCB-D5_basic_2024  OBJ  0.006682620578410673
    x_DCB-D5_basic_2024  assign_DCB-D5  1
    x_DCB-D5_basic_2024  cover_DCB-D5_2024  -1398.22267
    x_DCB-D5_basic_2024  cover_DCB-D5_2025  -1864.29689
    x_DCB-D5_basic_2024  cover_DCB-D5_2026  -1398.22267
    x_DCB-D5_basic_2024  share_NO_DCB-D5  -2330.371115
    x_DCB-D5_basic_2024  req_T20_DCB-D5_2024  -1
    x_DCB-D5_basic_2024  req_T20_DCB-D5_2025  -1
    x_DCB-D5_basic_2024  req_T20_DCB-D5_2026  -1
    x_DCB-D5_basic_2025  OBJ  0.004455080385607115
    x_DCB-D5_basic_2025  assign_DCB-D5  1
    x_DCB-D5_basic_2025  cover_DCB-D5_2025  -1398.22267
    x_DCB-D5_basic_2025  cover_DCB-D5_2026  -1864.29689
    x_DCB-D5_basic_2025  cover_DCB-D5_2027  -1398.22267
    x_DCB-D5_basic_2025  share_NO_DCB-D5  -2330.371115
    x_DCB-D5_basic_2025  req_T20_DCB-D5_2025  -1
    x_DCB-D5_basic_2025  req_T20_DCB-D5_2026  -1
    x_DCB-D5_basic_2026  OBJ  0.0022275401928035575
    x_DCB-D5_basic_2026  assign_DCB-D5  1
    x_DCB-D5_basic_2026  cover_DCB-D5_2026  -1398.22267
    x_DCB-D5_basic_2026  cover_DCB-D5_2027  -1864.29689
    x_DCB-D5_basic_2026  cover_DCB-D5_2028  -1398.22267
    x_DCB-D5_basic_2026  share_NO_DCB-D5  -2330.371115
    x_DCB-D5_basic_2026  req_T20_DCB-D5_2026  -1
    x_DCB-D5_standard_2024  OBJ  0.009626724607402638
    x_DCB-D5_standard_2024  assign_DCB-D5  1
    x_DCB-D5_standard_2024  cover_DCB-D5_2024  -1747.77834
    x_DCB-D5_standard_2024  cover_DCB-D5_2025  -2330.37112
    x_DCB-D5_standard_2024  cover_DCB-D5_2026  -1747.77834
    x_DCB-D5_standard_2024  share_NO_DCB-D5  -2912.9639
    x_DCB-D5_standard_2024  req_T20_DCB-D5_2024  -1
    x_DCB-D5_standard_2024  req_T20_DCB-D5_2025  -1
    x_DCB-D5_standard_2024  req_T20_DCB-D5_2026  -1
    x_DCB-D5_standard_2025  OBJ  0.006417816404935092
    x_DCB-D5_standard_2025  assign_DCB-D5  1
    x_DCB-D5_standard_2025  cover_DCB-D5_2025  -1747.77834
    x_DCB-D5_standard_2025  cover_DCB-D5_2026  -2330.37112
    x_DCB-D5_standard_2025  cover_DCB-D5_2027  -1747.77834
    x_DCB-D5_standard_2025  share_NO_DCB-D5  -2912.9639
    x_DCB-D5_standard_2025  req_T20_DCB-D5_2025  -1
    x_DCB-D5_standard_2025  req_T20_DCB-D5_2026  -1
    x_DCB-D5_standard_2026  OBJ  0.003208908202467546
    x_DCB-D5_standard_2026  assign_DCB-D5  1
    x_DCB-D5_standard_2026  cover_DCB-D5_2026  -1747.77834
    x_DCB-D5_standard_2026  cover_DCB-D5_2027  -2330.37112
    x_DCB-D5_standard_2026  cover_DCB-D5_2028  -1747.77834
    x_DCB-D5_standard_2026  share_NO_DCB-D5  -2912.9639
    x_DCB-D5_standard_2026  req_T20_DCB-D5_2026  -1
    x_DCB-D5_enhanced_2024  OBJ  0.009571120320595903
    x_DCB-D5_enhanced_2024  assign_DCB-D5  1
    x_DCB-D5_enhanced_2024  cover_DCB-D5_2024  -2097.334
    x_DCB-D5_enhanced_2024  cover_DCB-D5_2025  -2796.44534
    x_DCB-D5_enhanced_2024  cover_DCB-D5_2026  -2097.334
    x_DCB-D5_enhanced_2024  share_NO_DCB-D5  -3495.55667
    x_DCB-D5_enhanced_2024  req_T20_DCB-D5_2024  -1
    x_DCB-D5_enhanced_2024  req_T20_DCB-D5_2025  -1
    x_DCB-D5_enhanced_2024  req_T20_DCB-D5_2026  -1
    x_DCB-D5_enhanced_2025  OBJ  0.006380746880397269
    x_DCB-D5_enhanced_2025  assign_DCB-D5  1
    x_DCB-D5_enhanced_2025  cover_DCB-D5_2025  -2097.334
    x_DCB-D5_enhanced_2025  cover_DCB-D5_2026  -2796.44534
    x_DCB-D5_enhanced_2025  cover_DCB-D5_2027  -2097.334
    x_DCB-D5_enhanced_2025  share_NO_DCB-D5  -3495.55667
    x_DCB-D5_enhanced_2025  req_T20_DCB-D5_2025  -1
    x_DCB-D5_enhanced_2025  req_T20_DCB-D5_2026  -1
    x_DCB-D5_enhanced_2026  OBJ  0.0031903734401986343
    x_DCB-D5_enhanced_2026  assign_DCB-D5  1
    x_DCB-D5_enhanced_2026  cover_DCB-D5_2026  -2097.334
    x_DCB-D5_enhanced_2026  cover_DCB-D5_2027  -2796.44534
    x_DCB-D5_enhanced_2026  cover_DCB-D5_2028  -2097.334
    x_DCB-D5_enhanced_2026  share_NO_DCB-D5  -3495.55667
    x_DCB-D5_enhanced_2026  req_T20_DCB-D5_2026  -1
    x_DCB-D6_basic_2024  OBJ  0.006917795334400635
    x_DCB-D6_basic_2024  assign_DCB-D6  1
    x_DCB-D6_basic_2024  cover_DCB-D6_2024  -1125.81222
    x_DCB-D6_basic_2024  cover_DCB-D6_2025  -1501.08296
    x_DCB-D6_basic_2024  cover_DCB-D6_2026  -1125.81222
    x_DCB-D6_basic_2025  OBJ  0.0046118635562670904
    x_DCB-D6_basic_2025  assign_DCB-D6  1
    x_DCB-D6_basic_2025  cover_DCB-D6_2025  -1125.81222
    x_DCB-D6_basic_2025  cover_DCB-D6_2026  -1501.08296
    x_DCB-D6_basic_2025  cover_DCB-D6_2027  -1125.81222
    x_DCB-D6_basic_2026  OBJ  0.0023059317781335452
    x_DCB-D6_basic_2026  assign_DCB-D6  1
    x_DCB-D6_basic_2026  cover_DCB-D6_2026  -1125.81222
    x_DCB-D6_basic_2026  cover_DCB-D6_2027  -1501.08296
    x_DCB-D6_basic_2026  cover_DCB-D6_2028  -1125.81222
    x_DCB-D6_standard_2024  OBJ  0.009131491765562712
    x_DCB-D6_standard_2024  assign_DCB-D6  1
    x_DCB-D6_standard_2024  cover_DCB-D6_2024  -1407.26528
    x_DCB-D6_standard_2024  cover_DCB-D6_2025  -1876.3537
    x_DCB-D6_standard_2024  cover_DCB-D6_2026  -1407.26528
    x_DCB-D6_standard_2025  OBJ  0.006087661177041809
    x_DCB-D6_standard_2025  assign_DCB-D6  1
    x_DCB-D6_standard_2025  cover_DCB-D6_2025  -1407.26528
    x_DCB-D6_standard_2025  cover_DCB-D6_2026  -1876.3537
    x_DCB-D6_standard_2025  cover_DCB-D6_2027  -1407.26528
    x_DCB-D6_standard_2026  OBJ  0.0030438305885209043
    x_DCB-D6_standard_2026  assign_DCB-D6  1
    x_DCB-D6_standard_2026  cover_DCB-D6_2026  -1407.26528
    x_DCB-D6_standard_2026  cover_DCB-D6_2027  -1876.3537
    x_DCB-D6_standard_2026  cover_DCB-D6_2028  -1407.26528
    x_DCB-D6_enhanced_2024  OBJ  0.010165294299029478
    x_DCB-D6_enhanced_2024  assign_DCB-D6  1
    x_DCB-D6_enhanced_2024  cover_DCB-D6_2024  -1688.71833
    x_DCB-D6_enhanced_2024  cover_DCB-D6_2025  -2251.62445
    x_DCB-D6_enhanced_2024  cover_DCB-D6_2026  -1688.71833
    x_DCB-D6_enhanced_2025  OBJ  0.0067768628660196525
    x_DCB-D6_enhanced_2025  assign_DCB-D6  1
    x_DCB-D6_enhanced_2025  cover_DCB-D6_2025  -1688.71833
    x_DCB-D6_enhanced_2025  cover_DCB-D6_2026  -2251.62445
    x_DCB-D6_enhanced_2025  cover_DCB-D6_2027  -1688.71833
    x_DCB-D6_enhanced_2026  OBJ  0.0033884314330098263
    x_DCB-D6_enhanced_2026  assign_DCB-D6  1
    x_DCB-D6_enhanced_2026  cover_DCB-D6_2026  -1688.71833
    x_DCB-D6_enhanced_2026  cover_DCB-D6_2027  -2251.62445
    x_DCB-D6_enhanced_2026  cover_DCB-D6_2028  -1688.71833
    x_DCB-D7_basic_2025  OBJ  0.004123651482680637
    x_DCB-D7_basic_2025  assign_DCB-D7  1
    x_DCB-D7_basic_2025  cover_DCB-D7_2025  -1308.9237
    x_DCB-D7_basic_2025  cover_DCB-D7_2026  -1745.2316
    x_DCB-D7_basic_2025  cover_DCB-D7_2027  -1308.9237
    x_DCB-D7_basic_2026  OBJ  0.0020618257413403183
    x_DCB-D7_basic_2026  assign_DCB-D7  1
    x_DCB-D7_basic_2026  cover_DCB-D7_2026  -1308.9237
    x_DCB-D7_basic_2026  cover_DCB-D7_2027  -1745.2316
    x_DCB-D7_basic_2026  cover_DCB-D7_2028  -1308.9237
    x_DCB-D7_standard_2025  OBJ  0.005145786394330761
    x_DCB-D7_standard_2025  assign_DCB-D7  1
    x_DCB-D7_standard_2025  cover_DCB-D7_2025  -1636.15462
    x_DCB-D7_standard_2025  cover_DCB-D7_2026  -2181.5395
    x_DCB-D7_standard_2025  cover_DCB-D7_2027  -1636.15462
    x_DCB-D7_standard_2026  OBJ  0.0025728931971653805
    x_DCB-D7_standard_2026  assign_DCB-D7  1
    x_DCB-D7_standard_2026  cover_DCB-D7_2026  -1636.15462
    x_DCB-D7_standard_2026  cover_DCB-D7_2027  -2181.5395
    x_DCB-D7_standard_2026  cover_DCB-D7_2028  -1636.15462
    x_DCB-D7_enhanced_2025  OBJ  0.005802321225051527
    x_DCB-D7_enhanced_2025  assign_DCB-D7  1
    x_DCB-D7_enhanced_2025  cover_DCB-D7_2025  -1963.38555
    x_DCB-D7_enhanced_2025  cover_DCB-D7_2026  -2617.8474
    x_DCB-D7_enhanced_2025  cover_DCB-D7_2027  -1963.38555
    x_DCB-D7_enhanced_2026  OBJ  0.0029011606125257635
    x_DCB-D7_enhanced_2026  assign_DCB-D7  1
    x_DCB-D7_enhanced_2026  cover_DCB-D7_2026  -1963.38555
    x_DCB-D7_enhanced_2026  cover_DCB-D7_2027  -2617.8474
    x_DCB-D7_enhanced_2026  cover_DCB-D7_2028  -1963.38555
    x_DCB-D8_basic_2024  OBJ  0.0067965569899448635
    x_DCB-D8_basic_2024  assign_DCB-D8  1
    x_DCB-D8_basic_2024  cover_DCB-D8_2024  -1305.15323
    x_DCB-D8_basic_2024  cover_DCB-D8_2025  -1740.2043
    x_DCB-D8_basic_2024  cover_DCB-D8_2026  -1305.15323
    x_DCB-D8_basic_2025  OBJ  0.004531037993296576
    x_DCB-D8_basic_2025  assign_DCB-D8  1
    x_DCB-D8_basic_2025  cover_DCB-D8_2025  -1305.15323
    x_DCB-D8_basic_2025  cover_DCB-D8_2026  -1740.2043
    x_DCB-D8_basic_2025  cover_DCB-D8_2027  -1305.15323
    x_DCB-D8_basic_2026  OBJ  0.002265518996648288
    x_DCB-D8_basic_2026  assign_DCB-D8  1
    x_DCB-D8_basic_2026  cover_DCB-D8_2026  -1305.15323
    x_DCB-D8_basic_2026  cover_DCB-D8_2027  -1740.2043
    x_DCB-D8_basic_2026  cover_DCB-D8_2028  -1305.15323
    x_DCB-D8_standard_2024  OBJ  0.010395560900285698
    x_DCB-D8_standard_2024  assign_DCB-D8  1
    x_DCB-D8_standard_2024  cover_DCB-D8_2024  -1631.44154
    x_DCB-D8_standard_2024  cover_DCB-D8_2025  -2175.25538
    x_DCB-D8_standard_2024  cover_DCB-D8_2026  -1631.44154
    x_DCB-D8_standard_2025  OBJ  0.0069303739335238
    x_DCB-D8_standard_2025  assign_DCB-D8  1
    x_DCB-D8_standard_2025  cover_DCB-D8_2025  -1631.44154
    x_DCB-D8_standard_2025  cover_DCB-D8_2026  -2175.25538
    x_DCB-D8_standard_2025  cover_DCB-D8_2027  -1631.44154
    x_DCB-D8_standard_2026  OBJ  0.0034651869667619
    x_DCB-D8_standard_2026  assign_DCB-D8  1
    x_DCB-D8_standard_2026  cover_DCB-D8_2026  -1631.44154
    x_DCB-D8_standard_2026  cover_DCB-D8_2027  -2175.25538
    x_DCB-D8_standard_2026  cover_DCB-D8_2028  -1631.44154
    x_DCB-D8_enhanced_2024  OBJ  0.011211085004357099
    x_DCB-D8_enhanced_2024  assign_DCB-D8  1
    x_DCB-D8_enhanced_2024  cover_DCB-D8_2024  -1957.72984
    x_DCB-D8_enhanced_2024  cover_DCB-D8_2025  -2610.30646
    x_DCB-D8_enhanced_2024  cover_DCB-D8_2026  -1957.72984
    x_DCB-D8_enhanced_2025  OBJ  0.0074740566695714
    x_DCB-D8_enhanced_2025  assign_DCB-D8  1
    x_DCB-D8_enhanced_2025  cover_DCB-D8_2025  -1957.72984
    x_DCB-D8_enhanced_2025  cover_DCB-D8_2026  -2610.30646
    x_DCB-D8_enhanced_2025  cover_DCB-D8_2027  -1957.72984
    x_DCB-D8_enhanced_2026  OBJ  0.0037370283347857
    x_DCB-D8_enhanced_2026  assign_DCB-D8  1
    x_DCB-D8_enhanced_2026  cover_DCB-D8_2026  -1957.72984
    x_DCB-D8_enhanced_2026  cover_DCB-D8_2027  -2610.30646
    x_DCB-D8_enhanced_2026  cover_DCB-D8_2028  -1957.72984
    x_DCB-D9_basic_2024  OBJ  0.010198646456173735
    x_DCB-D9_basic_2024  assign_DCB-D9  1
    x_DCB-D9_basic_2024  cover_DCB-D9_2024  -1032.16547
    x_DCB-D9_basic_2024  cover_DCB-D9_2025  -1376.22063
    x_DCB-D9_basic_2024  cover_DCB-D9_2026  -1032.16547
    x_DCB-D9_basic_2024  share_UK_DCB-D9  -1720.275785
    x_DCB-D9_basic_2025  OBJ  0.006799097637449157
    x_DCB-D9_basic_2025  assign_DCB-D9  1
    x_DCB-D9_basic_2025  cover_DCB-D9_2025  -1032.16547
    x_DCB-D9_basic_2025  cover_DCB-D9_2026  -1376.22063
    x_DCB-D9_basic_2025  cover_DCB-D9_2027  -1032.16547
    x_DCB-D9_basic_2025  share_UK_DCB-D9  -1720.275785
    x_DCB-D9_basic_2026  OBJ  0.0033995488187245787
    x_DCB-D9_basic_2026  assign_DCB-D9  1
    x_DCB-D9_basic_2026  cover_DCB-D9_2026  -1032.16547
    x_DCB-D9_basic_2026  cover_DCB-D9_2027  -1376.22063
    x_DCB-D9_basic_2026  cover_DCB-D9_2028  -1032.16547
    x_DCB-D9_basic_2026  share_UK_DCB-D9  -1720.275785
    x_DCB-D9_standard_2024  OBJ  0.014163629588309605
    x_DCB-D9_standard_2024  assign_DCB-D9  1
    x_DCB-D9_standard_2024  cover_DCB-D9_2024  -1290.20684
    x_DCB-D9_standard_2024  cover_DCB-D9_2025  -1720.27579
    x_DCB-D9_standard_2024  cover_DCB-D9_2026  -1290.20684
    x_DCB-D9_standard_2024  share_UK_DCB-D9  -2150.344735
    x_DCB-D9_standard_2025  OBJ  0.009442419725539738
    x_DCB-D9_standard_2025  assign_DCB-D9  1
    x_DCB-D9_standard_2025  cover_DCB-D9_2025  -1290.20684
    x_DCB-D9_standard_2025  cover_DCB-D9_2026  -1720.27579
    x_DCB-D9_standard_2025  cover_DCB-D9_2027  -1290.20684
    x_DCB-D9_standard_2025  share_UK_DCB-D9  -2150.344735
    x_DCB-D9_standard_2026  OBJ  0.004721209862769869
    x_DCB-D9_standard_2026  assign_DCB-D9  1
    x_DCB-D9_standard_2026  cover_DCB-D9_2026  -1290.20684
    x_DCB-D9_standard_2026  cover_DCB-D9_2027  -1720.27579
    x_DCB-D9_standard_2026  cover_DCB-D9_2028  -1290.20684
    x_DCB-D9_standard_2026  share_UK_DCB-D9  -2150.344735
    x_DCB-D9_enhanced_2024  OBJ  0.014704603455098603
    x_DCB-D9_enhanced_2024  assign_DCB-D9  1
    x_DCB-D9_enhanced_2024  cover_DCB-D9_2024  -1548.24821
    x_DCB-D9_enhanced_2024  cover_DCB-D9_2025  -2064.33095
    x_DCB-D9_enhanced_2024  cover_DCB-D9_2026  -1548.24821
    x_DCB-D9_enhanced_2024  share_UK_DCB-D9  -2580.413685
    x_DCB-D9_enhanced_2025  OBJ  0.009803068970065736
    x_DCB-D9_enhanced_2025  assign_DCB-D9  1
    x_DCB-D9_enhanced_2025  cover_DCB-D9_2025  -1548.24821
    x_DCB-D9_enhanced_2025  cover_DCB-D9_2026  -2064.33095
    x_DCB-D9_enhanced_2025  cover_DCB-D9_2027  -1548.24821
    x_DCB-D9_enhanced_2025  share_UK_DCB-D9  -2580.413685
    x_DCB-D9_enhanced_2026  OBJ  0.004901534485032868
    x_DCB-D9_enhanced_2026  assign_DCB-D9  1
    x_DCB-D9_enhanced_2026  cover_DCB-D9_2026  -1548.24821
    x_DCB-D9_enhanced_2026  cover_DCB-D9_2027  -2064.33095
    x_DCB-D9_enhanced_2026  cover_DCB-D9_2028  -1548.24821
    x_DCB-D9_enhanced_2026  share_UK_DCB-D9  -2580.413685
    x_DCB-S1_basic_2024  OBJ  0.007872627409059061
    x_DCB-S1_basic_2024  assign_DCB-S1  1
    x_DCB-S1_basic_2024  cover_DCB-S1_2024  -1129.22402
    x_DCB-S1_basic_2024  cover_DCB-S1_2025  -1505.63203
    x_DCB-S1_basic_2024  cover_DCB-S1_2026  -1129.22402
    x_DCB-S1_basic_2025  OBJ  0.005248418272706041
    x_DCB-S1_basic_2025  assign_DCB-S1  1
    x_DCB-S1_basic_2025  cover_DCB-S1_2025  -1129.22402
    x_DCB-S1_basic_2025  cover_DCB-S1_2026  -1505.63203
    x_DCB-S1_basic_2025  cover_DCB-S1_2027  -1129.22402
    x_DCB-S1_basic_2026  OBJ  0.0026242091363530206
    x_DCB-S1_basic_2026  assign_DCB-S1  1
    x_DCB-S1_basic_2026  cover_DCB-S1_2026  -1129.22402
    x_DCB-S1_basic_2026  cover_DCB-S1_2027  -1505.63203
    x_DCB-S1_basic_2026  cover_DCB-S1_2028  -1129.22402
    x_DCB-S1_standard_2024  OBJ  0.011640635349346742
    x_DCB-S1_standard_2024  assign_DCB-S1  1
    x_DCB-S1_standard_2024  cover_DCB-S1_2024  -1411.53002
    x_DCB-S1_standard_2024  cover_DCB-S1_2025  -1882.04003
    x_DCB-S1_standard_2024  cover_DCB-S1_2026  -1411.53002
    x_DCB-S1_standard_2025  OBJ  0.007760423566231162
    x_DCB-S1_standard_2025  assign_DCB-S1  1
    x_DCB-S1_standard_2025  cover_DCB-S1_2025  -1411.53002
    x_DCB-S1_standard_2025  cover_DCB-S1_2026  -1882.04003
    x_DCB-S1_standard_2025  cover_DCB-S1_2027  -1411.53002
    x_DCB-S1_standard_2026  OBJ  0.003880211783115581
    x_DCB-S1_standard_2026  assign_DCB-S1  1
    x_DCB-S1_standard_2026  cover_DCB-S1_2026  -1411.53002
    x_DCB-S1_standard_2026  cover_DCB-S1_2027  -1882.04003
    x_DCB-S1_standard_2026  cover_DCB-S1_2028  -1411.53002
    x_DCB-S1_enhanced_2024  OBJ  0.014161654819102566
    x_DCB-S1_enhanced_2024  assign_DCB-S1  1
    x_DCB-S1_enhanced_2024  cover_DCB-S1_2024  -1693.83603
    x_DCB-S1_enhanced_2024  cover_DCB-S1_2025  -2258.44804
    x_DCB-S1_enhanced_2024  cover_DCB-S1_2026  -1693.83603
    x_DCB-S1_enhanced_2025  OBJ  0.009441103212735044
    x_DCB-S1_enhanced_2025  assign_DCB-S1  1
    x_DCB-S1_enhanced_2025  cover_DCB-S1_2025  -1693.83603
    x_DCB-S1_enhanced_2025  cover_DCB-S1_2026  -2258.44804
    x_DCB-S1_enhanced_2025  cover_DCB-S1_2027  -1693.83603
    x_DCB-S1_enhanced_2026  OBJ  0.004720551606367522
    x_DCB-S1_enhanced_2026  assign_DCB-S1  1
    x_DCB-S1_enhanced_2026  cover_DCB-S1_2026  -1693.83603
    x_DCB-S1_enhanced_2026  cover_DCB-S1_2027  -2258.44804
    x_DCB-S1_enhanced_2026  cover_DCB-S1_2028  -1693.83603
    x_DCB-S2_basic_2024  OBJ  0.006353145413301334
    x_DCB-S2_basic_2024  assign_DCB-S2  1
    x_DCB-S2_basic_2024  cover_DCB-S2_2024  -956.83816
    x_DCB-S2_basic_2024  cover_DCB-S2_2025  -1275.78421
    x_DCB-S2_basic_2024  cover_DCB-S2_2026  -956.83816
    x_DCB-S2_basic_2025  OBJ  0.004235430275534223
    x_DCB-S2_basic_2025  assign_DCB-S2  1
    x_DCB-S2_basic_2025  cover_DCB-S2_2025  -956.83816
    x_DCB-S2_basic_2025  cover_DCB-S2_2026  -1275.78421
    x_DCB-S2_basic_2025  cover_DCB-S2_2027  -956.83816
    x_DCB-S2_basic_2026  OBJ  0.0021177151377671116
    x_DCB-S2_basic_2026  assign_DCB-S2  1
    x_DCB-S2_basic_2026  cover_DCB-S2_2026  -956.83816
    x_DCB-S2_basic_2026  cover_DCB-S2_2027  -1275.78421
    x_DCB-S2_basic_2026  cover_DCB-S2_2028  -956.83816
    x_DCB-S2_standard_2024  OBJ  0.008426745696409629
    x_DCB-S2_standard_2024  assign_DCB-S2  1
    x_DCB-S2_standard_2024  cover_DCB-S2_2024  -1196.04769
    x_DCB-S2_standard_2024  cover_DCB-S2_2025  -1594.73026
    x_DCB-S2_standard_2024  cover_DCB-S2_2026  -1196.04769
    x_DCB-S2_standard_2025  OBJ  0.005617830464273086
    x_DCB-S2_standard_2025  assign_DCB-S2  1
    x_DCB-S2_standard_2025  cover_DCB-S2_2025  -1196.04769
    x_DCB-S2_standard_2025  cover_DCB-S2_2026  -1594.73026
    x_DCB-S2_standard_2025  cover_DCB-S2_2027  -1196.04769
    x_DCB-S2_standard_2026  OBJ  0.002808915232136543
    x_DCB-S2_standard_2026  assign_DCB-S2  1
    x_DCB-S2_standard_2026  cover_DCB-S2_2026  -1196.04769
    x_DCB-S2_standard_2026  cover_DCB-S2_2027  -1594.73026
    x_DCB-S2_standard_2026  cover_DCB-S2_2028  -1196.04769
    x_DCB-S2_enhanced_2024  OBJ  0.010641011628452206
    x_DCB-S2_enhanced_2024  assign_DCB-S2  1
    x_DCB-S2_enhanced_2024  cover_DCB-S2_2024  -1435.25723
    x_DCB-S2_enhanced_2024  cover_DCB-S2_2025  -1913.67631
    x_DCB-S2_enhanced_2024  cover_DCB-S2_2026  -1435.25723
    x_DCB-S2_enhanced_2025  OBJ  0.0070940077523014705
    x_DCB-S2_enhanced_2025  assign_DCB-S2  1
    x_DCB-S2_enhanced_2025  cover_DCB-S2_2025  -1435.25723
    x_DCB-S2_enhanced_2025  cover_DCB-S2_2026  -1913.67631
    x_DCB-S2_enhanced_2025  cover_DCB-S2_2027  -1435.25723
    x_DCB-S2_enhanced_2026  OBJ  0.0035470038761507353
    x_DCB-S2_enhanced_2026  assign_DCB-S2  1
    x_DCB-S2_enhanced_2026  cover_DCB-S2_2026  -1435.25723
    x_DCB-S2_enhanced_2026  cover_DCB-S2_2027  -1913.67631
    x_DCB-S2_enhanced_2026  cover_DCB-S2_2028  -1435.25723
    x_DCB-S3_basic_2024  OBJ  0.006580299901243392
    x_DCB-S3_basic_2024  assign_DCB-S3  1
    x_DCB-S3_basic_2024  cover_DCB-S3_2024  -1277.51141
    x_DCB-S3_basic_2024  cover_DCB-S3_2025  -1561.40284
    x_DCB-S3_basic_2025  OBJ  0.0049352249259325435
    x_DCB-S3_basic_2025  assign_DCB-S3  1
    x_DCB-S3_basic_2025  cover_DCB-S3_2025  -1277.51141
    x_DCB-S3_basic_2025  cover_DCB-S3_2026  -1561.40284
    x_DCB-S3_basic_2026  OBJ  0.003290149950621696
    x_DCB-S3_basic_2026  assign_DCB-S3  1
    x_DCB-S3_basic_2026  cover_DCB-S3_2026  -1277.51141
    x_DCB-S3_basic_2026  cover_DCB-S3_2027  -1561.40284
    x_DCB-S3_standard_2024  OBJ  0.010107768428314401
    x_DCB-S3_standard_2024  assign_DCB-S3  1
    x_DCB-S3_standard_2024  cover_DCB-S3_2024  -1596.88927
    x_DCB-S3_standard_2024  cover_DCB-S3_2025  -1951.75355
    x_DCB-S3_standard_2025  OBJ  0.007580826321235799
    x_DCB-S3_standard_2025  assign_DCB-S3  1
    x_DCB-S3_standard_2025  cover_DCB-S3_2025  -1596.88927
    x_DCB-S3_standard_2025  cover_DCB-S3_2026  -1951.75355
    x_DCB-S3_standard_2026  OBJ  0.0050538842141572005
    x_DCB-S3_standard_2026  assign_DCB-S3  1
    x_DCB-S3_standard_2026  cover_DCB-S3_2026  -1596.88927
    x_DCB-S3_standard_2026  cover_DCB-S3_2027  -1951.75355
    x_T01_core_2025  OBJ  0.019003441290926047
    x_T01_core_2025  assign_T01  1
    x_T01_core_2025  cover_T01_2025  -8006.29147
    x_T01_core_2025  cover_T01_2026  -10675.05529
    x_T01_core_2025  cover_T01_2027  -8006.29147
    x_T01_core_2025  share_US_T01  -13343.819115
    x_T01_core_2025  share_BIH-COFIN_T01  -16012.582938
    x_T01_core_2025  req_T01_T10_2025  1
    x_T01_core_2025  req_T01_T10_2026  1
    x_T01_core_2025  entity_lo_FBiH  10675.055292000001
    x_T01_core_2025  entity_hi_FBiH  2668.7638229999993
    x_T01_core_2025  entity_lo_RS  -2668.7638230000002
    x_T01_core_2025  entity_hi_RS  -10675.055292000001
    x_T01_core_2025  absorb_F03_2025  8006.29147
    x_T01_core_2025  absorb_F03_2026  10675.05529
    x_T01_core_2025  absorb_F03_2027  8006.29147
    x_T01_core_2026  OBJ  0.009501720645463023
    x_T01_core_2026  assign_T01  1
    x_T01_core_2026  cover_T01_2026  -8006.29147
    x_T01_core_2026  cover_T01_2027  -10675.05529
    x_T01_core_2026  cover_T01_2028  -8006.29147
    x_T01_core_2026  share_US_T01  -13343.819115
    x_T01_core_2026  share_BIH-COFIN_T01  -16012.582938
    x_T01_core_2026  req_T01_T10_2026  1
    x_T01_core_2026  entity_lo_FBiH  10675.055292000001
    x_T01_core_2026  entity_hi_FBiH  2668.7638229999993
    x_T01_core_2026  entity_lo_RS  -2668.7638230000002
    x_T01_core_2026  entity_hi_RS  -10675.055292000001
    x_T01_core_2026  absorb_F03_2026  8006.29147
    x_T01_core_2026  absorb_F03_2027  10675.05529
    x_T01_core_2026  absorb_F03_2028  8006.29147
    x_T01_full_2025  OBJ  0.034826680462553286
    x_T01_full_2025  assign_T01  1
    x_T01_full_2025  cover_T01_2025  -13343.81911
    x_T01_full_2025  cover_T01_2026  -17791.75882
    x_T01_full_2025  cover_T01_2027  -13343.81911
    x_T01_full_2025  share_US_T01  -22239.69852
    x_T01_full_2025  share_BIH-COFIN_T01  -26687.638224000002
    x_T01_full_2025  req_T01_T10_2025  1
    x_T01_full_2025  req_T01_T10_2026  1
    x_T01_full_2025  entity_lo_FBiH  17791.758816
    x_T01_full_2025  entity_hi_FBiH  4447.939703999999
    x_T01_full_2025  entity_lo_RS  -4447.939704
    x_T01_full_2025  entity_hi_RS  -17791.758816
    x_T01_full_2025  absorb_F03_2025  13343.81911
    x_T01_full_2025  absorb_F03_2026  17791.75882
    x_T01_full_2025  absorb_F03_2027  13343.81911
    x_T01_full_2026  OBJ  0.017413340231276643
    x_T01_full_2026  assign_T01  1
    x_T01_full_2026  cover_T01_2026  -13343.81911
    x_T01_full_2026  cover_T01_2027  -17791.75882
    x_T01_full_2026  cover_T01_2028  -13343.81911
    x_T01_full_2026  share_US_T01  -22239.69852
    x_T01_full_2026  share_BIH-COFIN_T01  -26687.638224000002
    x_T01_full_2026  req_T01_T10_2026  1
    x_T01_full_2026  entity_lo_FBiH  17791.758816
    x_T01_full_2026  entity_hi_FBiH  4447.939703999999
    x_T01_full_2026  entity_lo_RS  -4447.939704
    x_T01_full_2026  entity_hi_RS  -17791.758816
    x_T01_full_2026  absorb_F03_2026  13343.81911
    x_T01_full_2026  absorb_F03_2027  17791.75882
    x_T01_full_2026  absorb_F03_2028  13343.81911
    x_T02_core_2024  OBJ  0.015396682646542004
    x_T02_core_2024  assign_T02  1
    x_T02_core_2024  cover_T02_2024  -4079.15293
    x_T02_core_2024  cover_T02_2025  -4985.63136
    x_T02_core_2024  share_US_T02  -4532.392145
    x_T02_core_2024  share_BIH-COFIN_T02  -5438.870574
    x_T02_core_2024  entity_lo_FBiH  3625.913716
    x_T02_core_2024  entity_hi_FBiH  906.4784289999998
    x_T02_core_2024  entity_lo_RS  -906.478429
    x_T02_core_2024  entity_hi_RS  -3625.913716
    x_T02_core_2024  absorb_F05_2024  4079.15293
    x_T02_core_2024  absorb_F05_2025  4985.63136
    x_T02_core_2025  OBJ  0.011547511984906502
    x_T02_core_2025  assign_T02  1
    x_T02_core_2025  cover_T02_2025  -4079.15293
    x_T02_core_2025  cover_T02_2026  -4985.63136
    x_T02_core_2025  share_US_T02  -4532.392145
    x_T02_core_2025  share_BIH-COFIN_T02  -5438.870574
    x_T02_core_2025  entity_lo_FBiH  3625.913716
    x_T02_core_2025  entity_hi_FBiH  906.4784289999998
    x_T02_core_2025  entity_lo_RS  -906.478429
    x_T02_core_2025  entity_hi_RS  -3625.913716
    x_T02_core_2025  absorb_F05_2025  4079.15293
    x_T02_core_2025  absorb_F05_2026  4985.63136
    x_T02_core_2026  OBJ  0.007698341323271002
    x_T02_core_2026  assign_T02  1
    x_T02_core_2026  cover_T02_2026  -4079.15293
    x_T02_core_2026  cover_T02_2027  -4985.63136
    x_T02_core_2026  share_US_T02  -4532.392145
    x_T02_core_2026  share_BIH-COFIN_T02  -5438.870574
    x_T02_core_2026  entity_lo_FBiH  3625.913716
    x_T02_core_2026  entity_hi_FBiH  906.4784289999998
    x_T02_core_2026  entity_lo_RS  -906.478429
    x_T02_core_2026  entity_hi_RS  -3625.913716
    x_T02_core_2026  absorb_F05_2026  4079.15293
    x_T02_core_2026  absorb_F05_2027  4985.63136
    x_T02_full_2024  OBJ  0.028776776978226587
    x_T02_full_2024  assign_T02  1
    x_T02_full_2024  cover_T02_2024  -6798.58822
    x_T02_full_2024  cover_T02_2025  -8309.3856
    x_T02_full_2024  share_US_T02  -7553.98691
    x_T02_full_2024  share_BIH-COFIN_T02  -9064.784291999998
    x_T02_full_2024  entity_lo_FBiH  6043.189528
    x_T02_full_2024  entity_hi_FBiH  1510.7973819999995
    x_T02_full_2024  entity_lo_RS  -1510.797382
    x_T02_full_2024  entity_hi_RS  -6043.189528
    x_T02_full_2024  absorb_F05_2024  6798.58822
    x_T02_full_2024  absorb_F05_2025  8309.3856
    x_T02_full_2025  OBJ  0.02158258273366994
    x_T02_full_2025  assign_T02  1
    x_T02_full_2025  cover_T02_2025  -6798.58822
    x_T02_full_2025  cover_T02_2026  -8309.3856
    x_T02_full_2025  share_US_T02  -7553.98691
    x_T02_full_2025  share_BIH-COFIN_T02  -9064.784291999998
    x_T02_full_2025  entity_lo_FBiH  6043.189528
    x_T02_full_2025  entity_hi_FBiH  1510.7973819999995
    x_T02_full_2025  entity_lo_RS  -1510.797382
    x_T02_full_2025  entity_hi_RS  -6043.189528
    x_T02_full_2025  absorb_F05_2025  6798.58822
    x_T02_full_2025  absorb_F05_2026  8309.3856
    x_T02_full_2026  OBJ  0.014388388489113293
    x_T02_full_2026  assign_T02  1
    x_T02_full_2026  cover_T02_2026  -6798.58822
    x_T02_full_2026  cover_T02_2027  -8309.3856
    x_T02_full_2026  share_US_T02  -7553.98691
    x_T02_full_2026  share_BIH-COFIN_T02  -9064.784291999998
    x_T02_full_2026  entity_lo_FBiH  6043.189528
    x_T02_full_2026  entity_hi_FBiH  1510.7973819999995
    x_T02_full_2026  entity_lo_RS  -1510.797382
    x_T02_full_2026  entity_hi_RS  -6043.189528
    x_T02_full_2026  absorb_F05_2026  6798.58822
    x_T02_full_2026  absorb_F05_2027  8309.3856
    x_T03_pilot_2025  OBJ  0.011214183203047927
    x_T03_pilot_2025  assign_T03  1
    x_T03_pilot_2025  cover_T03_2025  -3818.24812
    x_T03_pilot_2025  share_US_T03  -1909.12406
    x_T03_pilot_2025  share_BIH-COFIN_T03  -2290.948872
    x_T03_pilot_2025  req_T03_T10_2025  1
    x_T03_pilot_2025  req_T03_T10_2026  1
    x_T03_pilot_2025  entity_lo_FBiH  1527.2992480000003
    x_T03_pilot_2025  entity_hi_FBiH  381.82481199999995
    x_T03_pilot_2025  entity_lo_RS  -381.82481200000007
    x_T03_pilot_2025  entity_hi_RS  -1527.2992480000003
    x_T03_pilot_2025  absorb_F01_2025  3818.24812
    x_T03_pilot_2026  OBJ  0.008410637402285944
    x_T03_pilot_2026  assign_T03  1
    x_T03_pilot_2026  cover_T03_2026  -3818.24812
    x_T03_pilot_2026  share_US_T03  -1909.12406
    x_T03_pilot_2026  share_BIH-COFIN_T03  -2290.948872
    x_T03_pilot_2026  req_T03_T10_2026  1
    x_T03_pilot_2026  entity_lo_FBiH  1527.2992480000003
    x_T03_pilot_2026  entity_hi_FBiH  381.82481199999995
    x_T03_pilot_2026  entity_lo_RS  -381.82481200000007
    x_T03_pilot_2026  entity_hi_RS  -1527.2992480000003
    x_T03_pilot_2026  absorb_F01_2026  3818.24812
    x_T03_core_2025  OBJ  0.015653644549766796
    x_T03_core_2025  assign_T03  1
    x_T03_core_2025  cover_T03_2025  -3436.42331
    x_T03_core_2025  cover_T03_2026  -4200.07293
    x_T03_core_2025  share_US_T03  -3818.24812
    x_T03_core_2025  share_BIH-COFIN_T03  -4581.897744
    x_T03_core_2025  req_T03_T10_2025  1
    x_T03_core_2025  req_T03_T10_2026  1
    x_T03_core_2025  entity_lo_FBiH  3054.5984960000005
    x_T03_core_2025  entity_hi_FBiH  763.6496239999999
    x_T03_core_2025  entity_lo_RS  -763.6496240000001
    x_T03_core_2025  entity_hi_RS  -3054.5984960000005
    x_T03_core_2025  absorb_F01_2025  3436.42331
    x_T03_core_2025  absorb_F01_2026  4200.07293
    x_T03_core_2026  OBJ  0.010435763033177864
    x_T03_core_2026  assign_T03  1
    x_T03_core_2026  cover_T03_2026  -3436.42331
    x_T03_core_2026  cover_T03_2027  -4200.07293
    x_T03_core_2026  share_US_T03  -3818.24812
    x_T03_core_2026  share_BIH-COFIN_T03  -4581.897744
    x_T03_core_2026  req_T03_T10_2026  1
    x_T03_core_2026  entity_lo_FBiH  3054.5984960000005
    x_T03_core_2026  entity_hi_FBiH  763.6496239999999
    x_T03_core_2026  entity_lo_RS  -763.6496240000001
    x_T03_core_2026  entity_hi_RS  -3054.5984960000005
    x_T03_core_2026  absorb_F01_2026  3436.42331
    x_T03_core_2026  absorb_F01_2027  4200.07293
    x_T03_full_2025  OBJ  0.029163956769317784
    x_T03_full_2025  assign_T03  1
    x_T03_full_2025  cover_T03_2025  -5727.37218
    x_T03_full_2025  cover_T03_2026  -7000.12156
    x_T03_full_2025  share_US_T03  -6363.74687
    x_T03_full_2025  share_BIH-COFIN_T03  -7636.496244
    x_T03_full_2025  req_T03_T10_2025  1
    x_T03_full_2025  req_T03_T10_2026  1
    x_T03_full_2025  entity_lo_FBiH  5090.997496
    x_T03_full_2025  entity_hi_FBiH  1272.7493739999998
    x_T03_full_2025  entity_lo_RS  -1272.749374
    x_T03_full_2025  entity_hi_RS  -5090.997496
    x_T03_full_2025  absorb_F01_2025  5727.37218
    x_T03_full_2025  absorb_F01_2026  7000.12156
    x_T03_full_2026  OBJ  0.01944263784621186
    x_T03_full_2026  assign_T03  1
    x_T03_full_2026  cover_T03_2026  -5727.37218
    x_T03_full_2026  cover_T03_2027  -7000.12156
    x_T03_full_2026  share_US_T03  -6363.74687
    x_T03_full_2026  share_BIH-COFIN_T03  -7636.496244
    x_T03_full_2026  req_T03_T10_2026  1
    x_T03_full_2026  entity_lo_FBiH  5090.997496
    x_T03_full_2026  entity_hi_FBiH  1272.7493739999998
    x_T03_full_2026  entity_lo_RS  -1272.749374
    x_T03_full_2026  entity_hi_RS  -5090.997496
    x_T03_full_2026  absorb_F01_2026  5727.37218
    x_T03_full_2026  absorb_F01_2027  7000.12156
    x_T04_core_2024  OBJ  0.011121317557618658
    x_T04_core_2024  assign_T04  1
    x_T04_core_2024  cover_T04_2024  -2601.52315
    x_T04_core_2024  cover_T04_2025  -3179.6394
    x_T04_core_2024  share_US_T04  -2890.581275
    x_T04_core_2024  share_BIH-COFIN_T04  -3468.69753
    x_T04_core_2024  entity_lo_FBiH  2312.46502
    x_T04_core_2024  entity_hi_FBiH  578.1162549999999
    x_T04_core_2024  entity_lo_RS  -578.116255
    x_T04_core_2024  entity_hi_RS  -2312.46502
    x_T04_core_2024  absorb_F02_2024  2601.52315
    x_T04_core_2024  absorb_F02_2025  3179.6394
    x_T04_core_2025  OBJ  0.008340988168213992
    x_T04_core_2025  assign_T04  1
    x_T04_core_2025  cover_T04_2025  -2601.52315
    x_T04_core_2025  cover_T04_2026  -3179.6394
    x_T04_core_2025  share_US_T04  -2890.581275
    x_T04_core_2025  share_BIH-COFIN_T04  -3468.69753
    x_T04_core_2025  entity_lo_FBiH  2312.46502
    x_T04_core_2025  entity_hi_FBiH  578.1162549999999
    x_T04_core_2025  entity_lo_RS  -578.116255
    x_T04_core_2025  entity_hi_RS  -2312.46502
    x_T04_core_2025  absorb_F02_2025  2601.52315
    x_T04_core_2025  absorb_F02_2026  3179.6394
    x_T04_core_2026  OBJ  0.005560658778809329
    x_T04_core_2026  assign_T04  1
    x_T04_core_2026  cover_T04_2026  -2601.52315
    x_T04_core_2026  cover_T04_2027  -3179.6394
    x_T04_core_2026  share_US_T04  -2890.581275
    x_T04_core_2026  share_BIH-COFIN_T04  -3468.69753
    x_T04_core_2026  entity_lo_FBiH  2312.46502
    x_T04_core_2026  entity_hi_FBiH  578.1162549999999
    x_T04_core_2026  entity_lo_RS  -578.116255
    x_T04_core_2026  entity_hi_RS  -2312.46502
    x_T04_core_2026  absorb_F02_2026  2601.52315
    x_T04_core_2026  absorb_F02_2027  3179.6394
    x_T04_full_2024  OBJ  0.021052576396011054
    x_T04_full_2024  assign_T04  1
    x_T04_full_2024  cover_T04_2024  -4335.87191
    x_T04_full_2024  cover_T04_2025  -5299.39901
    x_T04_full_2024  share_US_T04  -4817.63546
    x_T04_full_2024  share_BIH-COFIN_T04  -5781.162552000001
    x_T04_full_2024  entity_lo_FBiH  3854.1083680000006
    x_T04_full_2024  entity_hi_FBiH  963.5270919999999
    x_T04_full_2024  entity_lo_RS  -963.5270920000002
    x_T04_full_2024  entity_hi_RS  -3854.1083680000006
    x_T04_full_2024  absorb_F02_2024  4335.87191
    x_T04_full_2024  absorb_F02_2025  5299.39901
    x_T04_full_2025  OBJ  0.01578943229700829
    x_T04_full_2025  assign_T04  1
    x_T04_full_2025  cover_T04_2025  -4335.87191
    x_T04_full_2025  cover_T04_2026  -5299.39901
    x_T04_full_2025  share_US_T04  -4817.63546
    x_T04_full_2025  share_BIH-COFIN_T04  -5781.162552000001
    x_T04_full_2025  entity_lo_FBiH  3854.1083680000006
    x_T04_full_2025  entity_hi_FBiH  963.5270919999999
    x_T04_full_2025  entity_lo_RS  -963.5270920000002
    x_T04_full_2025  entity_hi_RS  -3854.1083680000006
    x_T04_full_2025  absorb_F02_2025  4335.87191
    x_T04_full_2025  absorb_F02_2026  5299.39901
    x_T04_full_2026  OBJ  0.010526288198005527
    x_T04_full_2026  assign_T04  1
    x_T04_full_2026  cover_T04_2026  -4335.87191
    x_T04_full_2026  cover_T04_2027  -5299.39901
    x_T04_full_2026  share_US_T04  -4817.63546
    x_T04_full_2026  share_BIH-COFIN_T04  -5781.162552000001
    x_T04_full_2026  entity_lo_FBiH  3854.1083680000006
    x_T04_full_2026  entity_hi_FBiH  963.5270919999999
    x_T04_full_2026  entity_lo_RS  -963.5270920000002
    x_T04_full_2026  entity_hi_RS  -3854.1083680000006
    x_T04_full_2026  absorb_F02_2026  4335.87191
    x_T04_full_2026  absorb_F02_2027  5299.39901
    x_T05_core_2024  OBJ  0.006078088502225566
    x_T05_core_2024  assign_T05  1
    x_T05_core_2024  cover_T05_2024  -1954.67435
    x_T05_core_2024  cover_T05_2025  -2606.23247
    x_T05_core_2024  cover_T05_2026  -1954.67435
    x_T05_core_2024  share_US_T05  -3257.790585
    x_T05_core_2024  share_BIH-COFIN_T05  -3909.3487020000002
    x_T05_core_2024  entity_lo_FBiH  -3909.3487020000002
    x_T05_core_2024  entity_hi_FBiH  -5864.023053000001
    x_T05_core_2024  entity_lo_RS  5864.023053000001
    x_T05_core_2024  entity_hi_RS  3909.3487020000002
    x_T05_core_2024  absorb_F11_2024  1954.67435
    x_T05_core_2024  absorb_F11_2025  2606.23247
    x_T05_core_2024  absorb_F11_2026  1954.67435
    x_T05_core_2025  OBJ  0.004052059001483712
    x_T05_core_2025  assign_T05  1
    x_T05_core_2025  cover_T05_2025  -1954.67435
    x_T05_core_2025  cover_T05_2026  -2606.23247
    x_T05_core_2025  cover_T05_2027  -1954.67435
    x_T05_core_2025  share_US_T05  -3257.790585
    x_T05_core_2025  share_BIH-COFIN_T05  -3909.3487020000002
    x_T05_core_2025  entity_lo_FBiH  -3909.3487020000002
    x_T05_core_2025  entity_hi_FBiH  -5864.023053000001
    x_T05_core_2025  entity_lo_RS  5864.023053000001
    x_T05_core_2025  entity_hi_RS  3909.3487020000002
    x_T05_core_2025  absorb_F11_2025  1954.67435
    x_T05_core_2025  absorb_F11_2026  2606.23247
    x_T05_core_2025  absorb_F11_2027  1954.67435
    x_T05_core_2026  OBJ  0.002026029500741856
    x_T05_core_2026  assign_T05  1
    x_T05_core_2026  cover_T05_2026  -1954.67435
    x_T05_core_2026  cover_T05_2027  -2606.23247
    x_T05_core_2026  cover_T05_2028  -1954.67435
    x_T05_core_2026  share_US_T05  -3257.790585
    x_T05_core_2026  share_BIH-COFIN_T05  -3909.3487020000002
    x_T05_core_2026  entity_lo_FBiH  -3909.3487020000002
    x_T05_core_2026  entity_hi_FBiH  -5864.023053000001
    x_T05_core_2026  entity_lo_RS  5864.023053000001
    x_T05_core_2026  entity_hi_RS  3909.3487020000002
    x_T05_core_2026  absorb_F11_2026  1954.67435
    x_T05_core_2026  absorb_F11_2027  2606.23247
    x_T05_full_2024  OBJ  0.011676123659514355
    x_T05_full_2024  assign_T05  1
    x_T05_full_2024  cover_T05_2024  -3257.79058
    x_T05_full_2024  cover_T05_2025  -4343.72078
    x_T05_full_2024  cover_T05_2026  -3257.79058
    x_T05_full_2024  share_US_T05  -5429.65097
    x_T05_full_2024  share_BIH-COFIN_T05  -6515.581163999999
    x_T05_full_2024  entity_lo_FBiH  -6515.581163999999
    x_T05_full_2024  entity_hi_FBiH  -9773.371745999999
    x_T05_full_2024  entity_lo_RS  9773.371745999999
    x_T05_full_2024  entity_hi_RS  6515.581163999999
    x_T05_full_2024  absorb_F11_2024  3257.79058
    x_T05_full_2024  absorb_F11_2025  4343.72078
    x_T05_full_2024  absorb_F11_2026  3257.79058
    x_T05_full_2025  OBJ  0.007784082439676237
    x_T05_full_2025  assign_T05  1
    x_T05_full_2025  cover_T05_2025  -3257.79058
    x_T05_full_2025  cover_T05_2026  -4343.72078
    x_T05_full_2025  cover_T05_2027  -3257.79058
    x_T05_full_2025  share_US_T05  -5429.65097
    x_T05_full_2025  share_BIH-COFIN_T05  -6515.581163999999
    x_T05_full_2025  entity_lo_FBiH  -6515.581163999999
    x_T05_full_2025  entity_hi_FBiH  -9773.371745999999
    x_T05_full_2025  entity_lo_RS  9773.371745999999
    x_T05_full_2025  entity_hi_RS  6515.581163999999
    x_T05_full_2025  absorb_F11_2025  3257.79058
    x_T05_full_2025  absorb_F11_2026  4343.72078
    x_T05_full_2025  absorb_F11_2027  3257.79058
    x_T05_full_2026  OBJ  0.0038920412198381184
    x_T05_full_2026  assign_T05  1
    x_T05_full_2026  cover_T05_2026  -3257.79058
    x_T05_full_2026  cover_T05_2027  -4343.72078
    x_T05_full_2026  cover_T05_2028  -3257.79058
    x_T05_full_2026  share_US_T05  -5429.65097
    x_T05_full_2026  share_BIH-COFIN_T05  -6515.581163999999
    x_T05_full_2026  entity_lo_FBiH  -6515.581163999999
    x_T05_full_2026  entity_hi_FBiH  -9773.371745999999
    x_T05_full_2026  entity_lo_RS  9773.371745999999
    x_T05_full_2026  entity_hi_RS  6515.581163999999
    x_T05_full_2026  absorb_F11_2026  3257.79058
    x_T05_full_2026  absorb_F11_2027  4343.72078
    x_T06_core_2024  OBJ  0.018737426187213288
    x_T06_core_2024  assign_T06  1
    x_T06_core_2024  cover_T06_2024  -5293.09437
    x_T06_core_2024  cover_T06_2025  -6469.33756
    x_T06_core_2024  share_UK_T06  -5881.215965
    x_T06_core_2024  share_BIH-COFIN_T06  -7057.459158000001
    x_T06_core_2024  entity_lo_FBiH  4704.972772
    x_T06_core_2024  entity_hi_FBiH  1176.2431929999998
    x_T06_core_2024  entity_lo_RS  -1176.243193
    x_T06_core_2024  entity_hi_RS  -4704.972772
    x_T06_core_2024  absorb_F03_2025  6469.33756
    x_T06_core_2025  OBJ  0.014053069640409966
    x_T06_core_2025  assign_T06  1
    x_T06_core_2025  cover_T06_2025  -5293.09437
    x_T06_core_2025  cover_T06_2026  -6469.33756
    x_T06_core_2025  share_UK_T06  -5881.215965
    x_T06_core_2025  share_BIH-COFIN_T06  -7057.459158000001
    x_T06_core_2025  entity_lo_FBiH  4704.972772
    x_T06_core_2025  entity_hi_FBiH  1176.2431929999998
    x_T06_core_2025  entity_lo_RS  -1176.243193
    x_T06_core_2025  entity_hi_RS  -4704.972772
    x_T06_core_2025  absorb_F03_2025  5293.09437
    x_T06_core_2025  absorb_F03_2026  6469.33756
    x_T06_core_2026  OBJ  0.009368713093606644
    x_T06_core_2026  assign_T06  1
    x_T06_core_2026  cover_T06_2026  -5293.09437
    x_T06_core_2026  cover_T06_2027  -6469.33756
    x_T06_core_2026  share_UK_T06  -5881.215965
    x_T06_core_2026  share_BIH-COFIN_T06  -7057.459158000001
    x_T06_core_2026  entity_lo_FBiH  4704.972772
    x_T06_core_2026  entity_hi_FBiH  1176.2431929999998
    x_T06_core_2026  entity_lo_RS  -1176.243193
    x_T06_core_2026  entity_hi_RS  -4704.972772
    x_T06_core_2026  absorb_F03_2026  5293.09437
    x_T06_core_2026  absorb_F03_2027  6469.33756
    x_T06_full_2024  OBJ  0.031983449640009036
    x_T06_full_2024  assign_T06  1
    x_T06_full_2024  cover_T06_2024  -8821.82395
    x_T06_full_2024  cover_T06_2025  -10782.22927
    x_T06_full_2024  share_UK_T06  -9802.02661
    x_T06_full_2024  share_BIH-COFIN_T06  -11762.431932000001
    x_T06_full_2024  entity_lo_FBiH  7841.621288000001
    x_T06_full_2024  entity_hi_FBiH  1960.4053219999996
    x_T06_full_2024  entity_lo_RS  -1960.4053220000003
    x_T06_full_2024  entity_hi_RS  -7841.621288000001
    x_T06_full_2024  absorb_F03_2025  10782.22927
    x_T06_full_2025  OBJ  0.023987587230006772
    x_T06_full_2025  assign_T06  1
    x_T06_full_2025  cover_T06_2025  -8821.82395
    x_T06_full_2025  cover_T06_2026  -10782.22927
    x_T06_full_2025  share_UK_T06  -9802.02661
    x_T06_full_2025  share_BIH-COFIN_T06  -11762.431932000001
    x_T06_full_2025  entity_lo_FBiH  7841.621288000001
    x_T06_full_2025  entity_hi_FBiH  1960.4053219999996
    x_T06_full_2025  entity_lo_RS  -1960.4053220000003
    x_T06_full_2025  entity_hi_RS  -7841.621288000001
    x_T06_full_2025  absorb_F03_2025  8821.82395
    x_T06_full_2025  absorb_F03_2026  10782.22927
    x_T06_full_2026  OBJ  0.015991724820004518
    x_T06_full_2026  assign_T06  1
    x_T06_full_2026  cover_T06_2026  -8821.82395
    x_T06_full_2026  cover_T06_2027  -10782.22927
    x_T06_full_2026  share_UK_T06  -9802.02661
    x_T06_full_2026  share_BIH-COFIN_T06  -11762.431932000001
    x_T06_full_2026  entity_lo_FBiH  7841.621288000001
    x_T06_full_2026  entity_hi_FBiH  1960.4053219999996
    x_T06_full_2026  entity_lo_RS  -1960.4053220000003
    x_T06_full_2026  entity_hi_RS  -7841.621288000001
    x_T06_full_2026  absorb_F03_2026  8821.82395
    x_T06_full_2026  absorb_F03_2027  10782.22927
    x_T07_pilot_2024  OBJ  0.009963245964279109
    x_T07_pilot_2024  assign_T07  1
    x_T07_pilot_2024  cover_T07_2024  -6895.38891
    x_T07_pilot_2024  cover_T07_2025  -8415.09634
    x_T07_pilot_2024  share_UK_T07  -7655.242625
    x_T07_pilot_2024  share_BIH-COFIN_T07  -9186.29115
    x_T07_pilot_2024  excl_T07_I04  1
    x_T07_pilot_2024  entity_lo_FBiH  6124.194100000001
    x_T07_pilot_2024  entity_hi_FBiH  1531.0485249999997
    x_T07_pilot_2024  entity_lo_RS  -1531.0485250000002
    x_T07_pilot_2024  entity_hi_RS  -6124.194100000001
    x_T07_pilot_2024  absorb_F06_2024  6895.38891
    x_T07_pilot_2024  absorb_F06_2025  8415.09634
    x_T07_pilot_2025  OBJ  0.00747243447320933
    x_T07_pilot_2025  assign_T07  1
    x_T07_pilot_2025  cover_T07_2025  -6895.38891
    x_T07_pilot_2025  cover_T07_2026  -8415.09634
    x_T07_pilot_2025  share_UK_T07  -7655.242625
    x_T07_pilot_2025  share_BIH-COFIN_T07  -9186.29115
    x_T07_pilot_2025  excl_T07_I04  1
    x_T07_pilot_2025  entity_lo_FBiH  6124.194100000001
    x_T07_pilot_2025  entity_hi_FBiH  1531.0485249999997
    x_T07_pilot_2025  entity_lo_RS  -1531.0485250000002
    x_T07_pilot_2025  entity_hi_RS  -6124.194100000001
    x_T07_pilot_2025  absorb_F06_2025  6895.38891
    x_T07_pilot_2025  absorb_F06_2026  8415.09634
    x_T07_core_2024  OBJ  0.014787899887206126
    x_T07_core_2024  assign_T07  1
    x_T07_core_2024  cover_T07_2024  -9186.29115
    x_T07_core_2024  cover_T07_2025  -12248.3882
    x_T07_core_2024  cover_T07_2026  -9186.29115
    x_T07_core_2024  share_UK_T07  -15310.48525
    x_T07_core_2024  share_BIH-COFIN_T07  -18372.5823
    x_T07_core_2024  excl_T07_I04  1
    x_T07_core_2024  entity_lo_FBiH  12248.388200000001
    x_T07_core_2024  entity_hi_FBiH  3062.0970499999994
    x_T07_core_2024  entity_lo_RS  -3062.0970500000003
    x_T07_core_2024  entity_hi_RS  -12248.388200000001
    x_T07_core_2024  absorb_F06_2024  9186.29115
    x_T07_core_2024  absorb_F06_2025  12248.3882
    x_T07_core_2024  absorb_F06_2026  9186.29115
    x_T07_core_2025  OBJ  0.009858599924804085
    x_T07_core_2025  assign_T07  1
    x_T07_core_2025  cover_T07_2025  -9186.29115
    x_T07_core_2025  cover_T07_2026  -12248.3882
    x_T07_core_2025  cover_T07_2027  -9186.29115
    x_T07_core_2025  share_UK_T07  -15310.48525
    x_T07_core_2025  share_BIH-COFIN_T07  -18372.5823
    x_T07_core_2025  excl_T07_I04  1
    x_T07_core_2025  entity_lo_FBiH  12248.388200000001
    x_T07_core_2025  entity_hi_FBiH  3062.0970499999994
    x_T07_core_2025  entity_lo_RS  -3062.0970500000003
    x_T07_core_2025  entity_hi_RS  -12248.388200000001
    x_T07_core_2025  absorb_F06_2025  9186.29115
    x_T07_core_2025  absorb_F06_2026  12248.3882
    x_T07_core_2025  absorb_F06_2027  9186.29115
    x_T07_full_2024  OBJ  0.03206717775836614
    x_T07_full_2024  assign_T07  1
    x_T07_full_2024  cover_T07_2024  -15310.48525
    x_T07_full_2024  cover_T07_2025  -20413.98034
    x_T07_full_2024  cover_T07_2026  -15310.48525
    x_T07_full_2024  share_UK_T07  -25517.47542
    x_T07_full_2024  share_BIH-COFIN_T07  -30620.970503999997
    x_T07_full_2024  excl_T07_I04  1
    x_T07_full_2024  entity_lo_FBiH  20413.980336
    x_T07_full_2024  entity_hi_FBiH  5103.495083999998
    x_T07_full_2024  entity_lo_RS  -5103.495084
    x_T07_full_2024  entity_hi_RS  -20413.980336
    x_T07_full_2024  absorb_F06_2024  15310.48525
    x_T07_full_2024  absorb_F06_2025  20413.98034
    x_T07_full_2024  absorb_F06_2026  15310.48525
    x_T07_full_2025  OBJ  0.02137811850557743
    x_T07_full_2025  assign_T07  1
    x_T07_full_2025  cover_T07_2025  -15310.48525
    x_T07_full_2025  cover_T07_2026  -20413.98034
    x_T07_full_2025  cover_T07_2027  -15310.48525
    x_T07_full_2025  share_UK_T07  -25517.47542
    x_T07_full_2025  share_BIH-COFIN_T07  -30620.970503999997
    x_T07_full_2025  excl_T07_I04  1
    x_T07_full_2025  entity_lo_FBiH  20413.980336
    x_T07_full_2025  entity_hi_FBiH  5103.495083999998
    x_T07_full_2025  entity_lo_RS  -5103.495084
    x_T07_full_2025  entity_hi_RS  -20413.980336
    x_T07_full_2025  absorb_F06_2025  15310.48525
    x_T07_full_2025  absorb_F06_2026  20413.98034
    x_T07_full_2025  absorb_F06_2027  15310.48525
    x_T08_core_2024  OBJ  0.008932991370918094
    x_T08_core_2024  assign_T08  1
    x_T08_core_2024  cover_T08_2024  -2590.68674
    x_T08_core_2024  cover_T08_2025  -3166.39491
    x_T08_core_2024  share_UK_T08  -2878.540825
    x_T08_core_2024  share_BIH-COFIN_T08  -3454.24899
    x_T08_core_2024  entity_lo_FBiH  2302.83266
    x_T08_core_2024  entity_hi_FBiH  575.7081649999999
    x_T08_core_2024  entity_lo_RS  -575.708165
    x_T08_core_2024  entity_hi_RS  -2302.83266
    x_T08_core_2024  absorb_F07_2024  2590.68674
    x_T08_core_2024  absorb_F07_2025  3166.39491
    x_T08_core_2025  OBJ  0.006699743528188571
    x_T08_core_2025  assign_T08  1
    x_T08_core_2025  cover_T08_2025  -2590.68674
    x_T08_core_2025  cover_T08_2026  -3166.39491
    x_T08_core_2025  share_UK_T08  -2878.540825
    x_T08_core_2025  share_BIH-COFIN_T08  -3454.24899
    x_T08_core_2025  entity_lo_FBiH  2302.83266
    x_T08_core_2025  entity_hi_FBiH  575.7081649999999
    x_T08_core_2025  entity_lo_RS  -575.708165
    x_T08_core_2025  entity_hi_RS  -2302.83266
    x_T08_core_2025  absorb_F07_2025  2590.68674
    x_T08_core_2025  absorb_F07_2026  3166.39491
    x_T08_core_2026  OBJ  0.004466495685459047
    x_T08_core_2026  assign_T08  1
    x_T08_core_2026  cover_T08_2026  -2590.68674
    x_T08_core_2026  cover_T08_2027  -3166.39491
    x_T08_core_2026  share_UK_T08  -2878.540825
    x_T08_core_2026  share_BIH-COFIN_T08  -3454.24899
    x_T08_core_2026  entity_lo_FBiH  2302.83266
    x_T08_core_2026  entity_hi_FBiH  575.7081649999999
    x_T08_core_2026  entity_lo_RS  -575.708165
    x_T08_core_2026  entity_hi_RS  -2302.83266
    x_T08_core_2026  absorb_F07_2026  2590.68674
    x_T08_core_2026  absorb_F07_2027  3166.39491
    x_T08_full_2024  OBJ  0.015876705689975994
    x_T08_full_2024  assign_T08  1
    x_T08_full_2024  cover_T08_2024  -4317.81124
    x_T08_full_2024  cover_T08_2025  -5277.32485
    x_T08_full_2024  share_UK_T08  -4797.568045
    x_T08_full_2024  share_BIH-COFIN_T08  -5757.081654
    x_T08_full_2024  entity_lo_FBiH  3838.0544360000004
    x_T08_full_2024  entity_hi_FBiH  959.5136089999997
    x_T08_full_2024  entity_lo_RS  -959.5136090000001
    x_T08_full_2024  entity_hi_RS  -3838.0544360000004
    x_T08_full_2024  absorb_F07_2024  4317.81124
    x_T08_full_2024  absorb_F07_2025  5277.32485
    x_T08_full_2025  OBJ  0.011907529267481997
    x_T08_full_2025  assign_T08  1
    x_T08_full_2025  cover_T08_2025  -4317.81124
    x_T08_full_2025  cover_T08_2026  -5277.32485
    x_T08_full_2025  share_UK_T08  -4797.568045
    x_T08_full_2025  share_BIH-COFIN_T08  -5757.081654
    x_T08_full_2025  entity_lo_FBiH  3838.0544360000004
    x_T08_full_2025  entity_hi_FBiH  959.5136089999997
    x_T08_full_2025  entity_lo_RS  -959.5136090000001
    x_T08_full_2025  entity_hi_RS  -3838.0544360000004
    x_T08_full_2025  absorb_F07_2025  4317.81124
    x_T08_full_2025  absorb_F07_2026  5277.32485
    x_T08_full_2026  OBJ  0.007938352844987997
    x_T08_full_2026  assign_T08  1
    x_T08_full_2026  cover_T08_2026  -4317.81124
    x_T08_full_2026  cover_T08_2027  -5277.32485
    x_T08_full_2026  share_UK_T08  -4797.568045
    x_T08_full_2026  share_BIH-COFIN_T08  -5757.081654
    x_T08_full_2026  entity_lo_FBiH  3838.0544360000004
    x_T08_full_2026  entity_hi_FBiH  959.5136089999997
    x_T08_full_2026  entity_lo_RS  -959.5136090000001
    x_T08_full_2026  entity_hi_RS  -3838.0544360000004
    x_T08_full_2026  absorb_F07_2026  4317.81124
    x_T08_full_2026  absorb_F07_2027  5277.32485
    x_T09_core_2024  OBJ  0.011431415574452842
    x_T09_core_2024  assign_T09  1
    x_T09_core_2024  cover_T09_2024  -3107.6678
    x_T09_core_2024  cover_T09_2025  -3798.26064
    x_T09_core_2024  share_UK_T09  -3452.96422
    x_T09_core_2024  share_BIH-COFIN_T09  -4143.557064
    x_T09_core_2024  entity_lo_FBiH  2762.371376
    x_T09_core_2024  entity_hi_FBiH  690.5928439999998
    x_T09_core_2024  entity_lo_RS  -690.592844
    x_T09_core_2024  entity_hi_RS  -2762.371376
    x_T09_core_2024  absorb_F04_2024  3107.6678
    x_T09_core_2024  absorb_F04_2025  3798.26064
    x_T09_core_2025  OBJ  0.00857356168083963
    x_T09_core_2025  assign_T09  1
    x_T09_core_2025  cover_T09_2025  -3107.6678
    x_T09_core_2025  cover_T09_2026  -3798.26064
    x_T09_core_2025  share_UK_T09  -3452.96422
    x_T09_core_2025  share_BIH-COFIN_T09  -4143.557064
    x_T09_core_2025  entity_lo_FBiH  2762.371376
    x_T09_core_2025  entity_hi_FBiH  690.5928439999998
    x_T09_core_2025  entity_lo_RS  -690.592844
    x_T09_core_2025  entity_hi_RS  -2762.371376
    x_T09_core_2025  absorb_F04_2025  3107.6678
    x_T09_core_2025  absorb_F04_2026  3798.26064
    x_T09_core_2026  OBJ  0.005715707787226421
    x_T09_core_2026  assign_T09  1
    x_T09_core_2026  cover_T09_2026  -3107.6678
    x_T09_core_2026  cover_T09_2027  -3798.26064
    x_T09_core_2026  share_UK_T09  -3452.96422
    x_T09_core_2026  share_BIH-COFIN_T09  -4143.557064
    x_T09_core_2026  entity_lo_FBiH  2762.371376
    x_T09_core_2026  entity_hi_FBiH  690.5928439999998
    x_T09_core_2026  entity_lo_RS  -690.592844
    x_T09_core_2026  entity_hi_RS  -2762.371376
    x_T09_core_2026  absorb_F04_2026  3107.6678
    x_T09_core_2026  absorb_F04_2027  3798.26064
    x_T09_full_2024  OBJ  0.018280397655257446
    x_T09_full_2024  assign_T09  1
    x_T09_full_2024  cover_T09_2024  -5179.44633
    x_T09_full_2024  cover_T09_2025  -6330.4344
    x_T09_full_2024  share_UK_T09  -5754.940365
    x_T09_full_2024  share_BIH-COFIN_T09  -6905.928438
    x_T09_full_2024  entity_lo_FBiH  4603.952292000001
    x_T09_full_2024  entity_hi_FBiH  1150.9880729999998
    x_T09_full_2024  entity_lo_RS  -1150.9880730000002
    x_T09_full_2024  entity_hi_RS  -4603.952292000001
    x_T09_full_2024  absorb_F04_2024  5179.44633
    x_T09_full_2024  absorb_F04_2025  6330.4344
    x_T09_full_2025  OBJ  0.013710298241443082
    x_T09_full_2025  assign_T09  1
    x_T09_full_2025  cover_T09_2025  -5179.44633
    x_T09_full_2025  cover_T09_2026  -6330.4344
    x_T09_full_2025  share_UK_T09  -5754.940365
    x_T09_full_2025  share_BIH-COFIN_T09  -6905.928438
    x_T09_full_2025  entity_lo_FBiH  4603.952292000001
    x_T09_full_2025  entity_hi_FBiH  1150.9880729999998
    x_T09_full_2025  entity_lo_RS  -1150.9880730000002
    x_T09_full_2025  entity_hi_RS  -4603.952292000001
    x_T09_full_2025  absorb_F04_2025  5179.44633
    x_T09_full_2025  absorb_F04_2026  6330.4344
    x_T09_full_2026  OBJ  0.009140198827628723
    x_T09_full_2026  assign_T09  1
    x_T09_full_2026  cover_T09_2026  -5179.44633
    x_T09_full_2026  cover_T09_2027  -6330.4344
    x_T09_full_2026  share_UK_T09  -5754.940365
    x_T09_full_2026  share_BIH-COFIN_T09  -6905.928438
    x_T09_full_2026  entity_lo_FBiH  4603.952292000001
    x_T09_full_2026  entity_hi_FBiH  1150.9880729999998
    x_T09_full_2026  entity_lo_RS  -1150.9880730000002
    x_T09_full_2026  entity_hi_RS  -4603.952292000001
    x_T09_full_2026  absorb_F04_2026  5179.44633
    x_T09_full_2026  absorb_F04_2027  6330.4344
    x_T10_core_2024  OBJ  0.020029032702746946
    x_T10_core_2024  assign_T10  1
    x_T10_core_2024  cover_T10_2024  -2363.09293
    x_T10_core_2024  share_UK_T10  -1181.546465
    x_T10_core_2024  share_BIH-COFIN_T10  -1417.855758
    x_T10_core_2024  req_T01_T10_2025  -1
    x_T10_core_2024  req_T01_T10_2026  -1
    x_T10_core_2024  req_T03_T10_2025  -1
    x_T10_core_2024  req_T03_T10_2026  -1
    x_T10_core_2024  req_T17_T10_2025  -1
    x_T10_core_2024  req_T17_T10_2026  -1
    x_T10_core_2024  entity_lo_FBiH  -1417.855758
    x_T10_core_2024  entity_hi_FBiH  -2126.783637
    x_T10_core_2024  entity_lo_RS  -236.309293
    x_T10_core_2024  entity_hi_RS  -945.237172
    x_T10_core_2025  OBJ  0.01602322616219756
    x_T10_core_2025  assign_T10  1
    x_T10_core_2025  cover_T10_2025  -2363.09293
    x_T10_core_2025  share_UK_T10  -1181.546465
    x_T10_core_2025  share_BIH-COFIN_T10  -1417.855758
    x_T10_core_2025  req_T01_T10_2026  -1
    x_T10_core_2025  req_T03_T10_2026  -1
    x_T10_core_2025  req_T17_T10_2026  -1
    x_T10_core_2025  entity_lo_FBiH  -1417.855758
    x_T10_core_2025  entity_hi_FBiH  -2126.783637
    x_T10_core_2025  entity_lo_RS  -236.309293
    x_T10_core_2025  entity_hi_RS  -945.237172
    x_T10_full_2024  OBJ  0.028983694225675306
    x_T10_full_2024  assign_T10  1
    x_T10_full_2024  cover_T10_2024  -3938.48822
    x_T10_full_2024  share_UK_T10  -1969.24411
    x_T10_full_2024  share_BIH-COFIN_T10  -2363.092932
    x_T10_full_2024  req_T01_T10_2025  -1
    x_T10_full_2024  req_T01_T10_2026  -1
    x_T10_full_2024  req_T03_T10_2025  -1
    x_T10_full_2024  req_T03_T10_2026  -1
    x_T10_full_2024  req_T17_T10_2025  -1
    x_T10_full_2024  req_T17_T10_2026  -1
    x_T10_full_2024  entity_lo_FBiH  -2363.092932
    x_T10_full_2024  entity_hi_FBiH  -3544.6393980000003
    x_T10_full_2024  entity_lo_RS  -393.84882200000004
    x_T10_full_2024  entity_hi_RS  -1575.3952880000002
    x_T10_full_2025  OBJ  0.023186955380540247
    x_T10_full_2025  assign_T10  1
    x_T10_full_2025  cover_T10_2025  -3938.48822
    x_T10_full_2025  share_UK_T10  -1969.24411
    x_T10_full_2025  share_BIH-COFIN_T10  -2363.092932
    x_T10_full_2025  req_T01_T10_2026  -1
    x_T10_full_2025  req_T03_T10_2026  -1
    x_T10_full_2025  req_T17_T10_2026  -1
    x_T10_full_2025  entity_lo_FBiH  -2363.092932
    x_T10_full_2025  entity_hi_FBiH  -3544.6393980000003
    x_T10_full_2025  entity_lo_RS  -393.84882200000004
    x_T10_full_2025  entity_hi_RS  -1575.3952880000002
    x_T11_core_2024  OBJ  0.012682673767632447
    x_T11_core_2024  assign_T11  1
    x_T11_core_2024  cover_T11_2024  -3632.82752
    x_T11_core_2024  cover_T11_2025  -4843.77002
    x_T11_core_2024  cover_T11_2026  -3632.82752
    x_T11_core_2024  share_TR_T11  -6054.71253
    x_T11_core_2024  share_BIH-COFIN_T11  -7265.655035999999
    x_T11_core_2024  entity_lo_FBiH  4843.770024
    x_T11_core_2024  entity_hi_FBiH  1210.9425059999996
    x_T11_core_2024  entity_lo_RS  -1210.942506
    x_T11_core_2024  entity_hi_RS  -4843.770024
    x_T11_core_2024  absorb_F04_2024  3632.82752
    x_T11_core_2024  absorb_F04_2025  4843.77002
    x_T11_core_2024  absorb_F04_2026  3632.82752
    x_T11_core_2025  OBJ  0.008455115845088299
    x_T11_core_2025  assign_T11  1
    x_T11_core_2025  cover_T11_2025  -3632.82752
    x_T11_core_2025  cover_T11_2026  -4843.77002
    x_T11_core_2025  cover_T11_2027  -3632.82752
    x_T11_core_2025  share_TR_T11  -6054.71253
    x_T11_core_2025  share_BIH-COFIN_T11  -7265.655035999999
    x_T11_core_2025  entity_lo_FBiH  4843.770024
    x_T11_core_2025  entity_hi_FBiH  1210.9425059999996
    x_T11_core_2025  entity_lo_RS  -1210.942506
    x_T11_core_2025  entity_hi_RS  -4843.770024
    x_T11_core_2025  absorb_F04_2025  3632.82752
    x_T11_core_2025  absorb_F04_2026  4843.77002
    x_T11_core_2025  absorb_F04_2027  3632.82752
    x_T11_core_2026  OBJ  0.004227557922544149
    x_T11_core_2026  assign_T11  1
    x_T11_core_2026  cover_T11_2026  -3632.82752
    x_T11_core_2026  cover_T11_2027  -4843.77002
    x_T11_core_2026  cover_T11_2028  -3632.82752
    x_T11_core_2026  share_TR_T11  -6054.71253
    x_T11_core_2026  share_BIH-COFIN_T11  -7265.655035999999
    x_T11_core_2026  entity_lo_FBiH  4843.770024
    x_T11_core_2026  entity_hi_FBiH  1210.9425059999996
    x_T11_core_2026  entity_lo_RS  -1210.942506
    x_T11_core_2026  entity_hi_RS  -4843.770024
    x_T11_core_2026  absorb_F04_2026  3632.82752
    x_T11_core_2026  absorb_F04_2027  4843.77002
    x_T11_full_2024  OBJ  0.015632702880463485
    x_T11_full_2024  assign_T11  1
    x_T11_full_2024  cover_T11_2024  -6054.71253
    x_T11_full_2024  cover_T11_2025  -8072.95004
    x_T11_full_2024  cover_T11_2026  -6054.71253
    x_T11_full_2024  share_TR_T11  -10091.18755
    x_T11_full_2024  share_BIH-COFIN_T11  -12109.42506
    x_T11_full_2024  entity_lo_FBiH  8072.950040000001
    x_T11_full_2024  entity_hi_FBiH  2018.2375099999997
    x_T11_full_2024  entity_lo_RS  -2018.2375100000002
    x_T11_full_2024  entity_hi_RS  -8072.950040000001
    x_T11_full_2024  absorb_F04_2024  6054.71253
    x_T11_full_2024  absorb_F04_2025  8072.95004
    x_T11_full_2024  absorb_F04_2026  6054.71253
    x_T11_full_2025  OBJ  0.010421801920308992
    x_T11_full_2025  assign_T11  1
    x_T11_full_2025  cover_T11_2025  -6054.71253
    x_T11_full_2025  cover_T11_2026  -8072.95004
    x_T11_full_2025  cover_T11_2027  -6054.71253
    x_T11_full_2025  share_TR_T11  -10091.18755
    x_T11_full_2025  share_BIH-COFIN_T11  -12109.42506
    x_T11_full_2025  entity_lo_FBiH  8072.950040000001
    x_T11_full_2025  entity_hi_FBiH  2018.2375099999997
    x_T11_full_2025  entity_lo_RS  -2018.2375100000002
    x_T11_full_2025  entity_hi_RS  -8072.950040000001
    x_T11_full_2025  absorb_F04_2025  6054.71253
    x_T11_full_2025  absorb_F04_2026  8072.95004
    x_T11_full_2025  absorb_F04_2027  6054.71253
    x_T11_full_2026  OBJ  0.005210900960154496
    x_T11_full_2026  assign_T11  1
    x_T11_full_2026  cover_T11_2026  -6054.71253
    x_T11_full_2026  cover_T11_2027  -8072.95004
    x_T11_full_2026  cover_T11_2028  -6054.71253
    x_T11_full_2026  share_TR_T11  -10091.18755
    x_T11_full_2026  share_BIH-COFIN_T11  -12109.42506
    x_T11_full_2026  entity_lo_FBiH  8072.950040000001
    x_T11_full_2026  entity_hi_FBiH  2018.2375099999997
    x_T11_full_2026  entity_lo_RS  -2018.2375100000002
    x_T11_full_2026  entity_hi_RS  -8072.950040000001
    x_T11_full_2026  absorb_F04_2026  6054.71253
    x_T11_full_2026  absorb_F04_2027  8072.95004
    x_T12_core_2024  OBJ  0.006949288457381932
    x_T12_core_2024  assign_T12  1
    x_T12_core_2024  cover_T12_2024  -2413.36609
    x_T12_core_2024  cover_T12_2025  -2949.66966
    x_T12_core_2024  share_TR_T12  -2681.517875
    x_T12_core_2024  share_BIH-COFIN_T12  -3217.82145
    x_T12_core_2024  entity_lo_FBiH  2145.2143
    x_T12_core_2024  entity_hi_FBiH  536.3035749999999
    x_T12_core_2024  entity_lo_RS  -536.303575
    x_T12_core_2024  entity_hi_RS  -2145.2143
    x_T12_core_2024  absorb_F08_2024  2413.36609
    x_T12_core_2024  absorb_F08_2025  2949.66966
    x_T12_core_2025  OBJ  0.005211966343036448
    x_T12_core_2025  assign_T12  1
    x_T12_core_2025  cover_T12_2025  -2413.36609
    x_T12_core_2025  cover_T12_2026  -2949.66966
    x_T12_core_2025  share_TR_T12  -2681.517875
    x_T12_core_2025  share_BIH-COFIN_T12  -3217.82145
    x_T12_core_2025  entity_lo_FBiH  2145.2143
    x_T12_core_2025  entity_hi_FBiH  536.3035749999999
    x_T12_core_2025  entity_lo_RS  -536.303575
    x_T12_core_2025  entity_hi_RS  -2145.2143
    x_T12_core_2025  absorb_F08_2025  2413.36609
    x_T12_core_2025  absorb_F08_2026  2949.66966
    x_T12_core_2026  OBJ  0.003474644228690966
    x_T12_core_2026  assign_T12  1
    x_T12_core_2026  cover_T12_2026  -2413.36609
    x_T12_core_2026  cover_T12_2027  -2949.66966
    x_T12_core_2026  share_TR_T12  -2681.517875
    x_T12_core_2026  share_BIH-COFIN_T12  -3217.82145
    x_T12_core_2026  entity_lo_FBiH  2145.2143
    x_T12_core_2026  entity_hi_FBiH  536.3035749999999
    x_T12_core_2026  entity_lo_RS  -536.303575
    x_T12_core_2026  entity_hi_RS  -2145.2143
    x_T12_core_2026  absorb_F08_2026  2413.36609
    x_T12_core_2026  absorb_F08_2027  2949.66966
    x_T12_full_2024  OBJ  0.009434821423589042
    x_T12_full_2024  assign_T12  1
    x_T12_full_2024  cover_T12_2024  -4022.27681
    x_T12_full_2024  cover_T12_2025  -4916.1161
    x_T12_full_2024  share_TR_T12  -4469.196455
    x_T12_full_2024  share_BIH-COFIN_T12  -5363.0357460000005
    x_T12_full_2024  entity_lo_FBiH  3575.3571640000005
    x_T12_full_2024  entity_hi_FBiH  893.8392909999999
    x_T12_full_2024  entity_lo_RS  -893.8392910000001
    x_T12_full_2024  entity_hi_RS  -3575.3571640000005
    x_T12_full_2024  absorb_F08_2024  4022.27681
    x_T12_full_2024  absorb_F08_2025  4916.1161
    x_T12_full_2025  OBJ  0.007076116067691781
    x_T12_full_2025  assign_T12  1
    x_T12_full_2025  cover_T12_2025  -4022.27681
    x_T12_full_2025  cover_T12_2026  -4916.1161
    x_T12_full_2025  share_TR_T12  -4469.196455
    x_T12_full_2025  share_BIH-COFIN_T12  -5363.0357460000005
    x_T12_full_2025  entity_lo_FBiH  3575.3571640000005
    x_T12_full_2025  entity_hi_FBiH  893.8392909999999
    x_T12_full_2025  entity_lo_RS  -893.8392910000001
    x_T12_full_2025  entity_hi_RS  -3575.3571640000005
    x_T12_full_2025  absorb_F08_2025  4022.27681
    x_T12_full_2025  absorb_F08_2026  4916.1161
    x_T12_full_2026  OBJ  0.004717410711794521
    x_T12_full_2026  assign_T12  1
    x_T12_full_2026  cover_T12_2026  -4022.27681
    x_T12_full_2026  cover_T12_2027  -4916.1161
    x_T12_full_2026  share_TR_T12  -4469.196455
    x_T12_full_2026  share_BIH-COFIN_T12  -5363.0357460000005
    x_T12_full_2026  entity_lo_FBiH  3575.3571640000005
    x_T12_full_2026  entity_hi_FBiH  893.8392909999999
    x_T12_full_2026  entity_lo_RS  -893.8392910000001
    x_T12_full_2026  entity_hi_RS  -3575.3571640000005
    x_T12_full_2026  absorb_F08_2026  4022.27681
    x_T12_full_2026  absorb_F08_2027  4916.1161
    x_T13_core_2024  OBJ  0.01310703643057175
    x_T13_core_2024  assign_T13  1
    x_T13_core_2024  cover_T13_2024  -2922.06148
    x_T13_core_2024  cover_T13_2025  -3571.40847
    x_T13_core_2024  share_TR_T13  -3246.734975
    x_T13_core_2024  share_BIH-COFIN_T13  -3896.0819699999997
    x_T13_core_2024  entity_lo_FBiH  2597.38798
    x_T13_core_2024  entity_hi_FBiH  649.3469949999999
    x_T13_core_2024  entity_lo_RS  -649.346995
    x_T13_core_2024  entity_hi_RS  -2597.38798
    x_T13_core_2024  absorb_F05_2024  2922.06148
    x_T13_core_2024  absorb_F05_2025  3571.40847
    x_T13_core_2025  OBJ  0.009830277322928812
    x_T13_core_2025  assign_T13  1
    x_T13_core_2025  cover_T13_2025  -2922.06148
    x_T13_core_2025  cover_T13_2026  -3571.40847
    x_T13_core_2025  share_TR_T13  -3246.734975
    x_T13_core_2025  share_BIH-COFIN_T13  -3896.0819699999997
    x_T13_core_2025  entity_lo_FBiH  2597.38798
    x_T13_core_2025  entity_hi_FBiH  649.3469949999999
    x_T13_core_2025  entity_lo_RS  -649.346995
    x_T13_core_2025  entity_hi_RS  -2597.38798
    x_T13_core_2025  absorb_F05_2025  2922.06148
    x_T13_core_2025  absorb_F05_2026  3571.40847
    x_T13_core_2026  OBJ  0.006553518215285875
    x_T13_core_2026  assign_T13  1
    x_T13_core_2026  cover_T13_2026  -2922.06148
    x_T13_core_2026  cover_T13_2027  -3571.40847
    x_T13_core_2026  share_TR_T13  -3246.734975
    x_T13_core_2026  share_BIH-COFIN_T13  -3896.0819699999997
    x_T13_core_2026  entity_lo_FBiH  2597.38798
    x_T13_core_2026  entity_hi_FBiH  649.3469949999999
    x_T13_core_2026  entity_lo_RS  -649.346995
    x_T13_core_2026  entity_hi_RS  -2597.38798
    x_T13_core_2026  absorb_F05_2026  2922.06148
    x_T13_core_2026  absorb_F05_2027  3571.40847
    x_T13_full_2024  OBJ  0.017682794820731842
    x_T13_full_2024  assign_T13  1
    x_T13_full_2024  cover_T13_2024  -4870.10246
    x_T13_full_2024  cover_T13_2025  -5952.34745
    x_T13_full_2024  share_TR_T13  -5411.224955
    x_T13_full_2024  share_BIH-COFIN_T13  -6493.469945999999
    x_T13_full_2024  entity_lo_FBiH  4328.979964
    x_T13_full_2024  entity_hi_FBiH  1082.2449909999998
    x_T13_full_2024  entity_lo_RS  -1082.244991
    x_T13_full_2024  entity_hi_RS  -4328.979964
    x_T13_full_2024  absorb_F05_2024  4870.10246
    x_T13_full_2024  absorb_F05_2025  5952.34745
    x_T13_full_2025  OBJ  0.013262096115548879
    x_T13_full_2025  assign_T13  1
    x_T13_full_2025  cover_T13_2025  -4870.10246
    x_T13_full_2025  cover_T13_2026  -5952.34745
    x_T13_full_2025  share_TR_T13  -5411.224955
    x_T13_full_2025  share_BIH-COFIN_T13  -6493.469945999999
    x_T13_full_2025  entity_lo_FBiH  4328.979964
    x_T13_full_2025  entity_hi_FBiH  1082.2449909999998
    x_T13_full_2025  entity_lo_RS  -1082.244991
    x_T13_full_2025  entity_hi_RS  -4328.979964
    x_T13_full_2025  absorb_F05_2025  4870.10246
    x_T13_full_2025  absorb_F05_2026  5952.34745
    x_T13_full_2026  OBJ  0.008841397410365921
    x_T13_full_2026  assign_T13  1
    x_T13_full_2026  cover_T13_2026  -4870.10246
    x_T13_full_2026  cover_T13_2027  -5952.34745
    x_T13_full_2026  share_TR_T13  -5411.224955
    x_T13_full_2026  share_BIH-COFIN_T13  -6493.469945999999
    x_T13_full_2026  entity_lo_FBiH  4328.979964
    x_T13_full_2026  entity_hi_FBiH  1082.2449909999998
    x_T13_full_2026  entity_lo_RS  -1082.244991
    x_T13_full_2026  entity_hi_RS  -4328.979964
    x_T13_full_2026  absorb_F05_2026  4870.10246
    x_T13_full_2026  absorb_F05_2027  5952.34745
    x_T14_pilot_2025  OBJ  0.010625895600021893
    x_T14_pilot_2025  assign_T14  1
    x_T14_pilot_2025  cover_T14_2025  -5243.52323
    x_T14_pilot_2025  share_TR_T14  -2621.761615
    x_T14_pilot_2025  share_BIH-COFIN_T14  -3146.113938
    x_T14_pilot_2025  entity_lo_FBiH  2097.409292
    x_T14_pilot_2025  entity_hi_FBiH  524.3523229999998
    x_T14_pilot_2025  entity_lo_RS  -524.352323
    x_T14_pilot_2025  entity_hi_RS  -2097.409292
    x_T14_pilot_2025  absorb_F01_2025  5243.52323
    x_T14_pilot_2026  OBJ  0.007969421700016419
    x_T14_pilot_2026  assign_T14  1
    x_T14_pilot_2026  cover_T14_2026  -5243.52323
    x_T14_pilot_2026  share_TR_T14  -2621.761615
    x_T14_pilot_2026  share_BIH-COFIN_T14  -3146.113938
    x_T14_pilot_2026  entity_lo_FBiH  2097.409292
    x_T14_pilot_2026  entity_hi_FBiH  524.3523229999998
    x_T14_pilot_2026  entity_lo_RS  -524.352323
    x_T14_pilot_2026  entity_hi_RS  -2097.409292
    x_T14_pilot_2026  absorb_F01_2026  5243.52323
    x_T14_core_2025  OBJ  0.01203935305272673
    x_T14_core_2025  assign_T14  1
    x_T14_core_2025  cover_T14_2025  -4719.1709
    x_T14_core_2025  cover_T14_2026  -5767.87555
    x_T14_core_2025  share_TR_T14  -5243.523225
    x_T14_core_2025  share_BIH-COFIN_T14  -6292.22787
    x_T14_core_2025  entity_lo_FBiH  4194.81858
    x_T14_core_2025  entity_hi_FBiH  1048.7046449999998
    x_T14_core_2025  entity_lo_RS  -1048.704645
    x_T14_core_2025  entity_hi_RS  -4194.81858
    x_T14_core_2025  absorb_F01_2025  4719.1709
    x_T14_core_2025  absorb_F01_2026  5767.87555
    x_T14_core_2026  OBJ  0.008026235368484487
    x_T14_core_2026  assign_T14  1
    x_T14_core_2026  cover_T14_2026  -4719.1709
    x_T14_core_2026  cover_T14_2027  -5767.87555
    x_T14_core_2026  share_TR_T14  -5243.523225
    x_T14_core_2026  share_BIH-COFIN_T14  -6292.22787
    x_T14_core_2026  entity_lo_FBiH  4194.81858
    x_T14_core_2026  entity_hi_FBiH  1048.7046449999998
    x_T14_core_2026  entity_lo_RS  -1048.704645
    x_T14_core_2026  entity_hi_RS  -4194.81858
    x_T14_core_2026  absorb_F01_2026  4719.1709
    x_T14_core_2026  absorb_F01_2027  5767.87555
    x_T14_full_2025  OBJ  0.023148074621827434
    x_T14_full_2025  assign_T14  1
    x_T14_full_2025  cover_T14_2025  -7865.28484
    x_T14_full_2025  cover_T14_2026  -9613.12592
    x_T14_full_2025  share_TR_T14  -8739.20538
    x_T14_full_2025  share_BIH-COFIN_T14  -10487.046455999998
    x_T14_full_2025  entity_lo_FBiH  6991.364304
    x_T14_full_2025  entity_hi_FBiH  1747.8410759999995
    x_T14_full_2025  entity_lo_RS  -1747.841076
    x_T14_full_2025  entity_hi_RS  -6991.364304
    x_T14_full_2025  absorb_F01_2025  7865.28484
    x_T14_full_2025  absorb_F01_2026  9613.12592
    x_T14_full_2026  OBJ  0.015432049747884959
    x_T14_full_2026  assign_T14  1
    x_T14_full_2026  cover_T14_2026  -7865.28484
    x_T14_full_2026  cover_T14_2027  -9613.12592
    x_T14_full_2026  share_TR_T14  -8739.20538
    x_T14_full_2026  share_BIH-COFIN_T14  -10487.046455999998
    x_T14_full_2026  entity_lo_FBiH  6991.364304
    x_T14_full_2026  entity_hi_FBiH  1747.8410759999995
    x_T14_full_2026  entity_lo_RS  -1747.841076
    x_T14_full_2026  entity_hi_RS  -6991.364304
    x_T14_full_2026  absorb_F01_2026  7865.28484
    x_T14_full_2026  absorb_F01_2027  9613.12592
    x_T15_core_2024  OBJ  0.009168644270189822
    x_T15_core_2024  assign_T15  1
    x_T15_core_2024  cover_T15_2024  -1762.77618
    x_T15_core_2024  cover_T15_2025  -2154.50422
    x_T15_core_2024  share_TR_T15  -1958.6402
    x_T15_core_2024  share_BIH-COFIN_T15  -2350.36824
    x_T15_core_2024  excl_T15_T16  1
    x_T15_core_2024  entity_lo_FBiH  1566.91216
    x_T15_core_2024  entity_hi_FBiH  391.7280399999999
    x_T15_core_2024  entity_lo_RS  -391.72804
    x_T15_core_2024  entity_hi_RS  -1566.91216
    x_T15_core_2024  absorb_F02_2024  1762.77618
    x_T15_core_2024  absorb_F02_2025  2154.50422
    x_T15_core_2025  OBJ  0.006876483202642366
    x_T15_core_2025  assign_T15  1
    x_T15_core_2025  cover_T15_2025  -1762.77618
    x_T15_core_2025  cover_T15_2026  -2154.50422
    x_T15_core_2025  share_TR_T15  -1958.6402
    x_T15_core_2025  share_BIH-COFIN_T15  -2350.36824
    x_T15_core_2025  excl_T15_T16  1
    x_T15_core_2025  entity_lo_FBiH  1566.91216
    x_T15_core_2025  entity_hi_FBiH  391.7280399999999
    x_T15_core_2025  entity_lo_RS  -391.72804
    x_T15_core_2025  entity_hi_RS  -1566.91216
    x_T15_core_2025  absorb_F02_2025  1762.77618
    x_T15_core_2025  absorb_F02_2026  2154.50422
    x_T15_core_2026  OBJ  0.004584322135094911
    x_T15_core_2026  assign_T15  1
    x_T15_core_2026  cover_T15_2026  -1762.77618
    x_T15_core_2026  cover_T15_2027  -2154.50422
    x_T15_core_2026  share_TR_T15  -1958.6402
    x_T15_core_2026  share_BIH-COFIN_T15  -2350.36824
    x_T15_core_2026  excl_T15_T16  1
    x_T15_core_2026  entity_lo_FBiH  1566.91216
    x_T15_core_2026  entity_hi_FBiH  391.7280399999999
    x_T15_core_2026  entity_lo_RS  -391.72804
    x_T15_core_2026  entity_hi_RS  -1566.91216
    x_T15_core_2026  absorb_F02_2026  1762.77618
    x_T15_core_2026  absorb_F02_2027  2154.50422
    x_T15_full_2024  OBJ  0.015593932422992424
    x_T15_full_2024  assign_T15  1
    x_T15_full_2024  cover_T15_2024  -2937.96029
    x_T15_full_2024  cover_T15_2025  -3590.84036
    x_T15_full_2024  share_TR_T15  -3264.400325
    x_T15_full_2024  share_BIH-COFIN_T15  -3917.28039
    x_T15_full_2024  excl_T15_T16  1
    x_T15_full_2024  entity_lo_FBiH  2611.5202600000002
    x_T15_full_2024  entity_hi_FBiH  652.8800649999998
    x_T15_full_2024  entity_lo_RS  -652.8800650000001
    x_T15_full_2024  entity_hi_RS  -2611.5202600000002
    x_T15_full_2024  absorb_F02_2024  2937.96029
    x_T15_full_2024  absorb_F02_2025  3590.84036
    x_T15_full_2025  OBJ  0.011695449317244318
    x_T15_full_2025  assign_T15  1
    x_T15_full_2025  cover_T15_2025  -2937.96029
    x_T15_full_2025  cover_T15_2026  -3590.84036
    x_T15_full_2025  share_TR_T15  -3264.400325
    x_T15_full_2025  share_BIH-COFIN_T15  -3917.28039
    x_T15_full_2025  excl_T15_T16  1
    x_T15_full_2025  entity_lo_FBiH  2611.5202600000002
    x_T15_full_2025  entity_hi_FBiH  652.8800649999998
    x_T15_full_2025  entity_lo_RS  -652.8800650000001
    x_T15_full_2025  entity_hi_RS  -2611.5202600000002
    x_T15_full_2025  absorb_F02_2025  2937.96029
    x_T15_full_2025  absorb_F02_2026  3590.84036
    x_T15_full_2026  OBJ  0.007796966211496212
    x_T15_full_2026  assign_T15  1
    x_T15_full_2026  cover_T15_2026  -2937.96029
    x_T15_full_2026  cover_T15_2027  -3590.84036
    x_T15_full_2026  share_TR_T15  -3264.400325
    x_T15_full_2026  share_BIH-COFIN_T15  -3917.28039
    x_T15_full_2026  excl_T15_T16  1
    x_T15_full_2026  entity_lo_FBiH  2611.5202600000002
    x_T15_full_2026  entity_hi_FBiH  652.8800649999998
    x_T15_full_2026  entity_lo_RS  -652.8800650000001
    x_T15_full_2026  entity_hi_RS  -2611.5202600000002
    x_T15_full_2026  absorb_F02_2026  2937.96029
    x_T15_full_2026  absorb_F02_2027  3590.84036
    x_T16_core_2024  OBJ  0.01988463169294075
    x_T16_core_2024  assign_T16  1
    x_T16_core_2024  cover_T16_2024  -4208.00934
    x_T16_core_2024  cover_T16_2025  -5143.12252
    x_T16_core_2024  share_NO_T16  -4675.56593
    x_T16_core_2024  share_BIH-COFIN_T16  -5610.679115999999
    x_T16_core_2024  excl_T15_T16  1
    x_T16_core_2024  entity_lo_FBiH  3740.452744
    x_T16_core_2024  entity_hi_FBiH  935.1131859999997
    x_T16_core_2024  entity_lo_RS  -935.113186
    x_T16_core_2024  entity_hi_RS  -3740.452744
    x_T16_core_2024  absorb_F02_2024  4208.00934
    x_T16_core_2024  absorb_F02_2025  5143.12252
    x_T16_core_2025  OBJ  0.014913473769705561
    x_T16_core_2025  assign_T16  1
    x_T16_core_2025  cover_T16_2025  -4208.00934
    x_T16_core_2025  cover_T16_2026  -5143.12252
    x_T16_core_2025  share_NO_T16  -4675.56593
    x_T16_core_2025  share_BIH-COFIN_T16  -5610.679115999999
    x_T16_core_2025  excl_T15_T16  1
    x_T16_core_2025  entity_lo_FBiH  3740.452744
    x_T16_core_2025  entity_hi_FBiH  935.1131859999997
    x_T16_core_2025  entity_lo_RS  -935.113186
    x_T16_core_2025  entity_hi_RS  -3740.452744
    x_T16_core_2025  absorb_F02_2025  4208.00934
    x_T16_core_2025  absorb_F02_2026  5143.12252
    x_T16_core_2026  OBJ  0.009942315846470375
    x_T16_core_2026  assign_T16  1
    x_T16_core_2026  cover_T16_2026  -4208.00934
    x_T16_core_2026  cover_T16_2027  -5143.12252
    x_T16_core_2026  share_NO_T16  -4675.56593
    x_T16_core_2026  share_BIH-COFIN_T16  -5610.679115999999
    x_T16_core_2026  excl_T15_T16  1
    x_T16_core_2026  entity_lo_FBiH  3740.452744
    x_T16_core_2026  entity_hi_FBiH  935.1131859999997
    x_T16_core_2026  entity_lo_RS  -935.113186
    x_T16_core_2026  entity_hi_RS  -3740.452744
    x_T16_core_2026  absorb_F02_2026  4208.00934
    x_T16_core_2026  absorb_F02_2027  5143.12252
    x_T16_full_2024  OBJ  0.031071020476687625
    x_T16_full_2024  assign_T16  1
    x_T16_full_2024  cover_T16_2024  -7013.3489
    x_T16_full_2024  cover_T16_2025  -8571.87087
    x_T16_full_2024  share_NO_T16  -7792.609885
    x_T16_full_2024  share_BIH-COFIN_T16  -9351.131862
    x_T16_full_2024  excl_T15_T16  1
    x_T16_full_2024  entity_lo_FBiH  6234.087908
    x_T16_full_2024  entity_hi_FBiH  1558.5219769999997
    x_T16_full_2024  entity_lo_RS  -1558.521977
    x_T16_full_2024  entity_hi_RS  -6234.087908
    x_T16_full_2024  absorb_F02_2024  7013.3489
    x_T16_full_2024  absorb_F02_2025  8571.87087
    x_T16_full_2025  OBJ  0.023303265357515715
    x_T16_full_2025  assign_T16  1
    x_T16_full_2025  cover_T16_2025  -7013.3489
    x_T16_full_2025  cover_T16_2026  -8571.87087
    x_T16_full_2025  share_NO_T16  -7792.609885
    x_T16_full_2025  share_BIH-COFIN_T16  -9351.131862
    x_T16_full_2025  excl_T15_T16  1
    x_T16_full_2025  entity_lo_FBiH  6234.087908
    x_T16_full_2025  entity_hi_FBiH  1558.5219769999997
    x_T16_full_2025  entity_lo_RS  -1558.521977
    x_T16_full_2025  entity_hi_RS  -6234.087908
    x_T16_full_2025  absorb_F02_2025  7013.3489
    x_T16_full_2025  absorb_F02_2026  8571.87087
    x_T16_full_2026  OBJ  0.015535510238343812
    x_T16_full_2026  assign_T16  1
    x_T16_full_2026  cover_T16_2026  -7013.3489
    x_T16_full_2026  cover_T16_2027  -8571.87087
    x_T16_full_2026  share_NO_T16  -7792.609885
    x_T16_full_2026  share_BIH-COFIN_T16  -9351.131862
    x_T16_full_2026  excl_T15_T16  1
    x_T16_full_2026  entity_lo_FBiH  6234.087908
    x_T16_full_2026  entity_hi_FBiH  1558.5219769999997
    x_T16_full_2026  entity_lo_RS  -1558.521977
    x_T16_full_2026  entity_hi_RS  -6234.087908
    x_T16_full_2026  absorb_F02_2026  7013.3489
    x_T16_full_2026  absorb_F02_2027  8571.87087
    x_T17_core_2025  OBJ  0.01688931449499846
    x_T17_core_2025  assign_T17  1
    x_T17_core_2025  cover_T17_2025  -6069.77253
    x_T17_core_2025  cover_T17_2026  -8093.03004
    x_T17_core_2025  cover_T17_2027  -6069.77253
    x_T17_core_2025  share_NO_T17  -10116.28755
    x_T17_core_2025  share_BIH-COFIN_T17  -12139.545059999999
    x_T17_core_2025  req_T17_T10_2025  1
    x_T17_core_2025  req_T17_T10_2026  1
    x_T17_core_2025  entity_lo_FBiH  8093.03004
    x_T17_core_2025  entity_hi_FBiH  2023.2575099999995
    x_T17_core_2025  entity_lo_RS  -2023.25751
    x_T17_core_2025  entity_hi_RS  -8093.03004
    x_T17_core_2025  absorb_F03_2025  6069.77253
    x_T17_core_2025  absorb_F03_2026  8093.03004
    x_T17_core_2025  absorb_F03_2027  6069.77253
    x_T17_core_2026  OBJ  0.00844465724749923
    x_T17_core_2026  assign_T17  1
    x_T17_core_2026  cover_T17_2026  -6069.77253
    x_T17_core_2026  cover_T17_2027  -8093.03004
    x_T17_core_2026  cover_T17_2028  -6069.77253
    x_T17_core_2026  share_NO_T17  -10116.28755
    x_T17_core_2026  share_BIH-COFIN_T17  -12139.545059999999
    x_T17_core_2026  req_T17_T10_2026  1
    x_T17_core_2026  entity_lo_FBiH  8093.03004
    x_T17_core_2026  entity_hi_FBiH  2023.2575099999995
    x_T17_core_2026  entity_lo_RS  -2023.25751
    x_T17_core_2026  entity_hi_RS  -8093.03004
    x_T17_core_2026  absorb_F03_2026  6069.77253
    x_T17_core_2026  absorb_F03_2027  8093.03004
    x_T17_core_2026  absorb_F03_2028  6069.77253
    x_T17_full_2025  OBJ  0.023474087346116758
    x_T17_full_2025  assign_T17  1
    x_T17_full_2025  cover_T17_2025  -10116.28754
    x_T17_full_2025  cover_T17_2026  -13488.38339
    x_T17_full_2025  cover_T17_2027  -10116.28754
    x_T17_full_2025  share_NO_T17  -16860.479235
    x_T17_full_2025  share_BIH-COFIN_T17  -20232.575082
    x_T17_full_2025  req_T17_T10_2025  1
    x_T17_full_2025  req_T17_T10_2026  1
    x_T17_full_2025  entity_lo_FBiH  13488.383388
    x_T17_full_2025  entity_hi_FBiH  3372.095846999999
    x_T17_full_2025  entity_lo_RS  -3372.095847
    x_T17_full_2025  entity_hi_RS  -13488.383388
    x_T17_full_2025  absorb_F03_2025  10116.28754
    x_T17_full_2025  absorb_F03_2026  13488.38339
    x_T17_full_2025  absorb_F03_2027  10116.28754
    x_T17_full_2026  OBJ  0.011737043673058379
    x_T17_full_2026  assign_T17  1
    x_T17_full_2026  cover_T17_2026  -10116.28754
    x_T17_full_2026  cover_T17_2027  -13488.38339
    x_T17_full_2026  cover_T17_2028  -10116.28754
    x_T17_full_2026  share_NO_T17  -16860.479235
    x_T17_full_2026  share_BIH-COFIN_T17  -20232.575082
    x_T17_full_2026  req_T17_T10_2026  1
    x_T17_full_2026  entity_lo_FBiH  13488.383388
    x_T17_full_2026  entity_hi_FBiH  3372.095846999999
    x_T17_full_2026  entity_lo_RS  -3372.095847
    x_T17_full_2026  entity_hi_RS  -13488.383388
    x_T17_full_2026  absorb_F03_2026  10116.28754
    x_T17_full_2026  absorb_F03_2027  13488.38339
    x_T17_full_2026  absorb_F03_2028  10116.28754
    x_T18_core_2024  OBJ  0.012678806337671959
    x_T18_core_2024  assign_T18  1
    x_T18_core_2024  cover_T18_2024  -3267.67085
    x_T18_core_2024  cover_T18_2025  -3993.81993
    x_T18_core_2024  share_NO_T18  -3630.74539
    x_T18_core_2024  share_BIH-COFIN_T18  -4356.8944679999995
    x_T18_core_2024  entity_lo_FBiH  2904.596312
    x_T18_core_2024  entity_hi_FBiH  726.1490779999998
    x_T18_core_2024  entity_lo_RS  -726.149078
    x_T18_core_2024  entity_hi_RS  -2904.596312
    x_T18_core_2024  absorb_F05_2024  3267.67085
    x_T18_core_2024  absorb_F05_2025  3993.81993
    x_T18_core_2025  OBJ  0.009509104753253969
    x_T18_core_2025  assign_T18  1
    x_T18_core_2025  cover_T18_2025  -3267.67085
    x_T18_core_2025  cover_T18_2026  -3993.81993
    x_T18_core_2025  share_NO_T18  -3630.74539
    x_T18_core_2025  share_BIH-COFIN_T18  -4356.8944679999995
    x_T18_core_2025  entity_lo_FBiH  2904.596312
    x_T18_core_2025  entity_hi_FBiH  726.1490779999998
    x_T18_core_2025  entity_lo_RS  -726.149078
    x_T18_core_2025  entity_hi_RS  -2904.596312
    x_T18_core_2025  absorb_F05_2025  3267.67085
    x_T18_core_2025  absorb_F05_2026  3993.81993
    x_T18_core_2026  OBJ  0.0063394031688359795
    x_T18_core_2026  assign_T18  1
    x_T18_core_2026  cover_T18_2026  -3267.67085
    x_T18_core_2026  cover_T18_2027  -3993.81993
    x_T18_core_2026  share_NO_T18  -3630.74539
    x_T18_core_2026  share_BIH-COFIN_T18  -4356.8944679999995
    x_T18_core_2026  entity_lo_FBiH  2904.596312
    x_T18_core_2026  entity_hi_FBiH  726.1490779999998
    x_T18_core_2026  entity_lo_RS  -726.149078
    x_T18_core_2026  entity_hi_RS  -2904.596312
    x_T18_core_2026  absorb_F05_2026  3267.67085
    x_T18_core_2026  absorb_F05_2027  3993.81993
    x_T18_full_2024  OBJ  0.023604588926358708
    x_T18_full_2024  assign_T18  1
    x_T18_full_2024  cover_T18_2024  -5446.11808
    x_T18_full_2024  cover_T18_2025  -6656.36655
    x_T18_full_2024  share_NO_T18  -6051.242315
    x_T18_full_2024  share_BIH-COFIN_T18  -7261.490778
    x_T18_full_2024  entity_lo_FBiH  4840.9938520000005
    x_T18_full_2024  entity_hi_FBiH  1210.248463
    x_T18_full_2024  entity_lo_RS  -1210.2484630000001
    x_T18_full_2024  entity_hi_RS  -4840.9938520000005
    x_T18_full_2024  absorb_F05_2024  5446.11808
    x_T18_full_2024  absorb_F05_2025  6656.36655
    x_T18_full_2025  OBJ  0.017703441694769027
    x_T18_full_2025  assign_T18  1
    x_T18_full_2025  cover_T18_2025  -5446.11808
    x_T18_full_2025  cover_T18_2026  -6656.36655
    x_T18_full_2025  share_NO_T18  -6051.242315
    x_T18_full_2025  share_BIH-COFIN_T18  -7261.490778
    x_T18_full_2025  entity_lo_FBiH  4840.9938520000005
    x_T18_full_2025  entity_hi_FBiH  1210.248463
    x_T18_full_2025  entity_lo_RS  -1210.2484630000001
    x_T18_full_2025  entity_hi_RS  -4840.9938520000005
    x_T18_full_2025  absorb_F05_2025  5446.11808
    x_T18_full_2025  absorb_F05_2026  6656.36655
    x_T18_full_2026  OBJ  0.011802294463179354
    x_T18_full_2026  assign_T18  1
    x_T18_full_2026  cover_T18_2026  -5446.11808
    x_T18_full_2026  cover_T18_2027  -6656.36655
    x_T18_full_2026  share_NO_T18  -6051.242315
    x_T18_full_2026  share_BIH-COFIN_T18  -7261.490778
    x_T18_full_2026  entity_lo_FBiH  4840.9938520000005
    x_T18_full_2026  entity_hi_FBiH  1210.248463
    x_T18_full_2026  entity_lo_RS  -1210.2484630000001
    x_T18_full_2026  entity_hi_RS  -4840.9938520000005
    x_T18_full_2026  absorb_F05_2026  5446.11808
    x_T18_full_2026  absorb_F05_2027  6656.36655
    x_T19_core_2024  OBJ  0.011687023402642334
    x_T19_core_2024  assign_T19  1
    x_T19_core_2024  cover_T19_2024  -3343.70098
    x_T19_core_2024  cover_T19_2025  -4086.74564
    x_T19_core_2024  share_NO_T19  -3715.22331
    x_T19_core_2024  share_BIH-COFIN_T19  -4458.267972
    x_T19_core_2024  entity_lo_FBiH  2972.178648
    x_T19_core_2024  entity_hi_FBiH  743.0446619999998
    x_T19_core_2024  entity_lo_RS  -743.044662
    x_T19_core_2024  entity_hi_RS  -2972.178648
    x_T19_core_2024  absorb_F08_2024  3343.70098
    x_T19_core_2024  absorb_F08_2025  4086.74564
    x_T19_core_2025  OBJ  0.008765267551981749
    x_T19_core_2025  assign_T19  1
    x_T19_core_2025  cover_T19_2025  -3343.70098
    x_T19_core_2025  cover_T19_2026  -4086.74564
    x_T19_core_2025  share_NO_T19  -3715.22331
    x_T19_core_2025  share_BIH-COFIN_T19  -4458.267972
    x_T19_core_2025  entity_lo_FBiH  2972.178648
    x_T19_core_2025  entity_hi_FBiH  743.0446619999998
    x_T19_core_2025  entity_lo_RS  -743.044662
    x_T19_core_2025  entity_hi_RS  -2972.178648
    x_T19_core_2025  absorb_F08_2025  3343.70098
    x_T19_core_2025  absorb_F08_2026  4086.74564
    x_T19_core_2026  OBJ  0.005843511701321167
    x_T19_core_2026  assign_T19  1
    x_T19_core_2026  cover_T19_2026  -3343.70098
    x_T19_core_2026  cover_T19_2027  -4086.74564
    x_T19_core_2026  share_NO_T19  -3715.22331
    x_T19_core_2026  share_BIH-COFIN_T19  -4458.267972
    x_T19_core_2026  entity_lo_FBiH  2972.178648
    x_T19_core_2026  entity_hi_FBiH  743.0446619999998
    x_T19_core_2026  entity_lo_RS  -743.044662
    x_T19_core_2026  entity_hi_RS  -2972.178648
    x_T19_core_2026  absorb_F08_2026  3343.70098
    x_T19_core_2026  absorb_F08_2027  4086.74564
    x_T19_full_2024  OBJ  0.02136981425661604
    x_T19_full_2024  assign_T19  1
    x_T19_full_2024  cover_T19_2024  -5572.83496
    x_T19_full_2024  cover_T19_2025  -6811.24273
    x_T19_full_2024  share_NO_T19  -6192.038845
    x_T19_full_2024  share_BIH-COFIN_T19  -7430.4466139999995
    x_T19_full_2024  entity_lo_FBiH  4953.631076000001
    x_T19_full_2024  entity_hi_FBiH  1238.4077689999997
    x_T19_full_2024  entity_lo_RS  -1238.4077690000001
    x_T19_full_2024  entity_hi_RS  -4953.631076000001
    x_T19_full_2024  absorb_F08_2024  5572.83496
    x_T19_full_2024  absorb_F08_2025  6811.24273
    x_T19_full_2025  OBJ  0.016027360692462026
    x_T19_full_2025  assign_T19  1
    x_T19_full_2025  cover_T19_2025  -5572.83496
    x_T19_full_2025  cover_T19_2026  -6811.24273
    x_T19_full_2025  share_NO_T19  -6192.038845
    x_T19_full_2025  share_BIH-COFIN_T19  -7430.4466139999995
    x_T19_full_2025  entity_lo_FBiH  4953.631076000001
    x_T19_full_2025  entity_hi_FBiH  1238.4077689999997
    x_T19_full_2025  entity_lo_RS  -1238.4077690000001
    x_T19_full_2025  entity_hi_RS  -4953.631076000001
    x_T19_full_2025  absorb_F08_2025  5572.83496
    x_T19_full_2025  absorb_F08_2026  6811.24273
    x_T19_full_2026  OBJ  0.01068490712830802
    x_T19_full_2026  assign_T19  1
    x_T19_full_2026  cover_T19_2026  -5572.83496
    x_T19_full_2026  cover_T19_2027  -6811.24273
    x_T19_full_2026  share_NO_T19  -6192.038845
    x_T19_full_2026  share_BIH-COFIN_T19  -7430.4466139999995
    x_T19_full_2026  entity_lo_FBiH  4953.631076000001
    x_T19_full_2026  entity_hi_FBiH  1238.4077689999997
    x_T19_full_2026  entity_lo_RS  -1238.4077690000001
    x_T19_full_2026  entity_hi_RS  -4953.631076000001
    x_T19_full_2026  absorb_F08_2026  5572.83496
    x_T19_full_2026  absorb_F08_2027  6811.24273
    x_T20_core_2024  OBJ  0.008473166467475101
    x_T20_core_2024  assign_T20  1
    x_T20_core_2024  cover_T20_2024  -1719.40073
    x_T20_core_2024  cover_T20_2025  -2101.48979
    x_T20_core_2024  share_NO_T20  -1910.44526
    x_T20_core_2024  share_BIH-COFIN_T20  -2292.5343119999998
    x_T20_core_2024  req_T20_DCB-D5_2024  1
    x_T20_core_2024  req_T20_DCB-D5_2025  1
    x_T20_core_2024  req_T20_DCB-D5_2026  1
    x_T20_core_2024  entity_lo_FBiH  1528.3562080000002
    x_T20_core_2024  entity_hi_FBiH  382.0890519999999
    x_T20_core_2024  entity_lo_RS  -382.08905200000004
    x_T20_core_2024  entity_hi_RS  -1528.3562080000002
    x_T20_core_2024  absorb_F09_2024  1719.40073
    x_T20_core_2024  absorb_F09_2025  2101.48979
    x_T20_core_2025  OBJ  0.006354874850606325
    x_T20_core_2025  assign_T20  1
    x_T20_core_2025  cover_T20_2025  -1719.40073
    x_T20_core_2025  cover_T20_2026  -2101.48979
    x_T20_core_2025  share_NO_T20  -1910.44526
    x_T20_core_2025  share_BIH-COFIN_T20  -2292.5343119999998
    x_T20_core_2025  req_T20_DCB-D5_2025  1
    x_T20_core_2025  req_T20_DCB-D5_2026  1
    x_T20_core_2025  entity_lo_FBiH  1528.3562080000002
    x_T20_core_2025  entity_hi_FBiH  382.0890519999999
    x_T20_core_2025  entity_lo_RS  -382.08905200000004
    x_T20_core_2025  entity_hi_RS  -1528.3562080000002
    x_T20_core_2025  absorb_F09_2025  1719.40073
    x_T20_core_2025  absorb_F09_2026  2101.48979
    x_T20_core_2026  OBJ  0.0042365832337375505
    x_T20_core_2026  assign_T20  1
    x_T20_core_2026  cover_T20_2026  -1719.40073
    x_T20_core_2026  cover_T20_2027  -2101.48979
    x_T20_core_2026  share_NO_T20  -1910.44526
    x_T20_core_2026  share_BIH-COFIN_T20  -2292.5343119999998
    x_T20_core_2026  req_T20_DCB-D5_2026  1
    x_T20_core_2026  entity_lo_FBiH  1528.3562080000002
    x_T20_core_2026  entity_hi_FBiH  382.0890519999999
    x_T20_core_2026  entity_lo_RS  -382.08905200000004
    x_T20_core_2026  entity_hi_RS  -1528.3562080000002
    x_T20_core_2026  absorb_F09_2026  1719.40073
    x_T20_core_2026  absorb_F09_2027  2101.48979
    x_T20_full_2024  OBJ  0.013567993814091862
    x_T20_full_2024  assign_T20  1
    x_T20_full_2024  cover_T20_2024  -2865.66789
    x_T20_full_2024  cover_T20_2025  -3502.48298
    x_T20_full_2024  share_NO_T20  -3184.075435
    x_T20_full_2024  share_BIH-COFIN_T20  -3820.890522
    x_T20_full_2024  req_T20_DCB-D5_2024  1
    x_T20_full_2024  req_T20_DCB-D5_2025  1
    x_T20_full_2024  req_T20_DCB-D5_2026  1
    x_T20_full_2024  entity_lo_FBiH  2547.2603480000002
    x_T20_full_2024  entity_hi_FBiH  636.815087
    x_T20_full_2024  entity_lo_RS  -636.8150870000001
    x_T20_full_2024  entity_hi_RS  -2547.2603480000002
    x_T20_full_2024  absorb_F09_2024  2865.66789
    x_T20_full_2024  absorb_F09_2025  3502.48298
    x_T20_full_2025  OBJ  0.010175995360568896
    x_T20_full_2025  assign_T20  1
    x_T20_full_2025  cover_T20_2025  -2865.66789
    x_T20_full_2025  cover_T20_2026  -3502.48298
    x_T20_full_2025  share_NO_T20  -3184.075435
    x_T20_full_2025  share_BIH-COFIN_T20  -3820.890522
    x_T20_full_2025  req_T20_DCB-D5_2025  1
    x_T20_full_2025  req_T20_DCB-D5_2026  1
    x_T20_full_2025  entity_lo_FBiH  2547.2603480000002
    x_T20_full_2025  entity_hi_FBiH  636.815087
    x_T20_full_2025  entity_lo_RS  -636.8150870000001
    x_T20_full_2025  entity_hi_RS  -2547.2603480000002
    x_T20_full_2025  absorb_F09_2025  2865.66789
    x_T20_full_2025  absorb_F09_2026  3502.48298
    x_T20_full_2026  OBJ  0.006783996907045931
    x_T20_full_2026  assign_T20  1
    x_T20_full_2026  cover_T20_2026  -2865.66789
    x_T20_full_2026  cover_T20_2027  -3502.48298
    x_T20_full_2026  share_NO_T20  -3184.075435
    x_T20_full_2026  share_BIH-COFIN_T20  -3820.890522
    x_T20_full_2026  req_T20_DCB-D5_2026  1
    x_T20_full_2026  entity_lo_FBiH  2547.2603480000002
    x_T20_full_2026  entity_hi_FBiH  636.815087
    x_T20_full_2026  entity_lo_RS  -636.8150870000001
    x_T20_full_2026  entity_hi_RS  -2547.2603480000002
    x_T20_full_2026  absorb_F09_2026  2865.66789
    x_T20_full_2026  absorb_F09_2027  3502.48298
    x_T21_core_2024  OBJ  0.008895908960766497
    x_T21_core_2024  assign_T21  1
    x_T21_core_2024  cover_T21_2024  -1745.88325
    x_T21_core_2024  cover_T21_2025  -2133.8573
    x_T21_core_2024  share_US_T21  -1939.870275
    x_T21_core_2024  share_BIH-COFIN_T21  -2327.84433
    x_T21_core_2024  entity_lo_FBiH  1551.89622
    x_T21_core_2024  entity_hi_FBiH  387.9740549999999
    x_T21_core_2024  entity_lo_RS  -387.974055
    x_T21_core_2024  entity_hi_RS  -1551.89622
    x_T21_core_2024  absorb_F10_2024  1745.88325
    x_T21_core_2024  absorb_F10_2025  2133.8573
    x_T21_core_2025  OBJ  0.006671931720574872
    x_T21_core_2025  assign_T21  1
    x_T21_core_2025  cover_T21_2025  -1745.88325
    x_T21_core_2025  cover_T21_2026  -2133.8573
    x_T21_core_2025  share_US_T21  -1939.870275
    x_T21_core_2025  share_BIH-COFIN_T21  -2327.84433
    x_T21_core_2025  entity_lo_FBiH  1551.89622
    x_T21_core_2025  entity_hi_FBiH  387.9740549999999
    x_T21_core_2025  entity_lo_RS  -387.974055
    x_T21_core_2025  entity_hi_RS  -1551.89622
    x_T21_core_2025  absorb_F10_2025  1745.88325
    x_T21_core_2025  absorb_F10_2026  2133.8573
    x_T21_core_2026  OBJ  0.004447954480383248
    x_T21_core_2026  assign_T21  1
    x_T21_core_2026  cover_T21_2026  -1745.88325
    x_T21_core_2026  cover_T21_2027  -2133.8573
    x_T21_core_2026  share_US_T21  -1939.870275
    x_T21_core_2026  share_BIH-COFIN_T21  -2327.84433
    x_T21_core_2026  entity_lo_FBiH  1551.89622
    x_T21_core_2026  entity_hi_FBiH  387.9740549999999
    x_T21_core_2026  entity_lo_RS  -387.974055
    x_T21_core_2026  entity_hi_RS  -1551.89622
    x_T21_core_2026  absorb_F10_2026  1745.88325
    x_T21_core_2026  absorb_F10_2027  2133.8573
    x_T21_full_2024  OBJ  0.014753107187306453
    x_T21_full_2024  assign_T21  1
    x_T21_full_2024  cover_T21_2024  -2909.80541
    x_T21_full_2024  cover_T21_2025  -3556.42884
    x_T21_full_2024  share_US_T21  -3233.117125
    x_T21_full_2024  share_BIH-COFIN_T21  -3879.74055
    x_T21_full_2024  entity_lo_FBiH  2586.4937000000004
    x_T21_full_2024  entity_hi_FBiH  646.6234249999999
    x_T21_full_2024  entity_lo_RS  -646.6234250000001
    x_T21_full_2024  entity_hi_RS  -2586.4937000000004
    x_T21_full_2024  absorb_F10_2024  2909.80541
    x_T21_full_2024  absorb_F10_2025  3556.42884
    x_T21_full_2025  OBJ  0.011064830390479839
    x_T21_full_2025  assign_T21  1
    x_T21_full_2025  cover_T21_2025  -2909.80541
    x_T21_full_2025  cover_T21_2026  -3556.42884
    x_T21_full_2025  share_US_T21  -3233.117125
    x_T21_full_2025  share_BIH-COFIN_T21  -3879.74055
    x_T21_full_2025  entity_lo_FBiH  2586.4937000000004
    x_T21_full_2025  entity_hi_FBiH  646.6234249999999
    x_T21_full_2025  entity_lo_RS  -646.6234250000001
    x_T21_full_2025  entity_hi_RS  -2586.4937000000004
    x_T21_full_2025  absorb_F10_2025  2909.80541
    x_T21_full_2025  absorb_F10_2026  3556.42884
    x_T21_full_2026  OBJ  0.0073765535936532265
    x_T21_full_2026  assign_T21  1
    x_T21_full_2026  cover_T21_2026  -2909.80541
    x_T21_full_2026  cover_T21_2027  -3556.42884
    x_T21_full_2026  share_US_T21  -3233.117125
    x_T21_full_2026  share_BIH-COFIN_T21  -3879.74055
    x_T21_full_2026  entity_lo_FBiH  2586.4937000000004
    x_T21_full_2026  entity_hi_FBiH  646.6234249999999
    x_T21_full_2026  entity_lo_RS  -646.6234250000001
    x_T21_full_2026  entity_hi_RS  -2586.4937000000004
    x_T21_full_2026  absorb_F10_2026  2909.80541
    x_T21_full_2026  absorb_F10_2027  3556.42884
    x_I01_core_2024  OBJ  0.005508212137770727
    x_I01_core_2024  assign_I01  1
    x_I01_core_2024  cover_I01_2024  -1707.17237
    x_I01_core_2024  cover_I01_2025  -2276.22983
    x_I01_core_2024  cover_I01_2026  -1707.17237
    x_I01_core_2024  share_US_I01  -2845.287285
    x_I01_core_2024  share_BIH-COFIN_I01  -3414.3447419999998
    x_I01_core_2024  entity_lo_FBiH  -3414.3447419999998
    x_I01_core_2024  entity_hi_FBiH  -5121.517113
    x_I01_core_2024  entity_lo_RS  5121.517113
    x_I01_core_2024  entity_hi_RS  3414.3447419999998
    x_I01_core_2025  OBJ  0.003672141425180485
    x_I01_core_2025  assign_I01  1
    x_I01_core_2025  cover_I01_2025  -1707.17237
    x_I01_core_2025  cover_I01_2026  -2276.22983
    x_I01_core_2025  cover_I01_2027  -1707.17237
    x_I01_core_2025  share_US_I01  -2845.287285
    x_I01_core_2025  share_BIH-COFIN_I01  -3414.3447419999998
    x_I01_core_2025  entity_lo_FBiH  -3414.3447419999998
    x_I01_core_2025  entity_hi_FBiH  -5121.517113
    x_I01_core_2025  entity_lo_RS  5121.517113
    x_I01_core_2025  entity_hi_RS  3414.3447419999998
    x_I01_core_2026  OBJ  0.0018360707125902424
    x_I01_core_2026  assign_I01  1
    x_I01_core_2026  cover_I01_2026  -1707.17237
    x_I01_core_2026  cover_I01_2027  -2276.22983
    x_I01_core_2026  cover_I01_2028  -1707.17237
    x_I01_core_2026  share_US_I01  -2845.287285
    x_I01_core_2026  share_BIH-COFIN_I01  -3414.3447419999998
    x_I01_core_2026  entity_lo_FBiH  -3414.3447419999998
    x_I01_core_2026  entity_hi_FBiH  -5121.517113
    x_I01_core_2026  entity_lo_RS  5121.517113
    x_I01_core_2026  entity_hi_RS  3414.3447419999998
    x_I01_full_2024  OBJ  0.007914431826528715
    x_I01_full_2024  assign_I01  1
    x_I01_full_2024  cover_I01_2024  -2845.28729
    x_I01_full_2024  cover_I01_2025  -3793.71638
    x_I01_full_2024  cover_I01_2026  -2845.28729
    x_I01_full_2024  share_US_I01  -4742.14548
    x_I01_full_2024  share_BIH-COFIN_I01  -5690.574576
    x_I01_full_2024  entity_lo_FBiH  -5690.574576
    x_I01_full_2024  entity_hi_FBiH  -8535.861864
    x_I01_full_2024  entity_lo_RS  8535.861864
    x_I01_full_2024  entity_hi_RS  5690.574576
    x_I01_full_2025  OBJ  0.005276287884352478
    x_I01_full_2025  assign_I01  1
    x_I01_full_2025  cover_I01_2025  -2845.28729
    x_I01_full_2025  cover_I01_2026  -3793.71638
    x_I01_full_2025  cover_I01_2027  -2845.28729
    x_I01_full_2025  share_US_I01  -4742.14548
    x_I01_full_2025  share_BIH-COFIN_I01  -5690.574576
    x_I01_full_2025  entity_lo_FBiH  -5690.574576
    x_I01_full_2025  entity_hi_FBiH  -8535.861864
    x_I01_full_2025  entity_lo_RS  8535.861864
    x_I01_full_2025  entity_hi_RS  5690.574576
    x_I01_full_2026  OBJ  0.002638143942176239
    x_I01_full_2026  assign_I01  1
    x_I01_full_2026  cover_I01_2026  -2845.28729
    x_I01_full_2026  cover_I01_2027  -3793.71638
    x_I01_full_2026  cover_I01_2028  -2845.28729
    x_I01_full_2026  share_US_I01  -4742.14548
    x_I01_full_2026  share_BIH-COFIN_I01  -5690.574576
    x_I01_full_2026  entity_lo_FBiH  -5690.574576
    x_I01_full_2026  entity_hi_FBiH  -8535.861864
    x_I01_full_2026  entity_lo_RS  8535.861864
    x_I01_full_2026  entity_hi_RS  5690.574576
    x_I02_core_2024  OBJ  0.008711268353934288
    x_I02_core_2024  assign_I02  1
    x_I02_core_2024  cover_I02_2024  -2322.61268
    x_I02_core_2024  cover_I02_2025  -2838.74883
    x_I02_core_2024  share_NO_I02  -2580.680755
    x_I02_core_2024  share_BIH-COFIN_I02  -3096.8169059999996
    x_I02_core_2024  entity_lo_FBiH  -3096.8169059999996
    x_I02_core_2024  entity_hi_FBiH  -4645.225359
    x_I02_core_2024  entity_lo_RS  4645.225359
    x_I02_core_2024  entity_hi_RS  3096.8169059999996
    x_I02_core_2024  absorb_F13_2025  2838.74883
    x_I02_core_2025  OBJ  0.006533451265450715
    x_I02_core_2025  assign_I02  1
    x_I02_core_2025  cover_I02_2025  -2322.61268
    x_I02_core_2025  cover_I02_2026  -2838.74883
    x_I02_core_2025  share_NO_I02  -2580.680755
    x_I02_core_2025  share_BIH-COFIN_I02  -3096.8169059999996
    x_I02_core_2025  entity_lo_FBiH  -3096.8169059999996
    x_I02_core_2025  entity_hi_FBiH  -4645.225359
    x_I02_core_2025  entity_lo_RS  4645.225359
    x_I02_core_2025  entity_hi_RS  3096.8169059999996
    x_I02_core_2025  absorb_F13_2025  2322.61268
    x_I02_core_2025  absorb_F13_2026  2838.74883
    x_I02_core_2026  OBJ  0.004355634176967144
    x_I02_core_2026  assign_I02  1
    x_I02_core_2026  cover_I02_2026  -2322.61268
    x_I02_core_2026  cover_I02_2027  -2838.74883
    x_I02_core_2026  share_NO_I02  -2580.680755
    x_I02_core_2026  share_BIH-COFIN_I02  -3096.8169059999996
    x_I02_core_2026  entity_lo_FBiH  -3096.8169059999996
    x_I02_core_2026  entity_hi_FBiH  -4645.225359
    x_I02_core_2026  entity_lo_RS  4645.225359
    x_I02_core_2026  entity_hi_RS  3096.8169059999996
    x_I02_core_2026  absorb_F13_2026  2322.61268
    x_I02_core_2026  absorb_F13_2027  2838.74883
    x_I02_full_2024  OBJ  0.013292201649684948
    x_I02_full_2024  assign_I02  1
    x_I02_full_2024  cover_I02_2024  -3871.02114
    x_I02_full_2024  cover_I02_2025  -4731.24806
    x_I02_full_2024  share_NO_I02  -4301.1346
    x_I02_full_2024  share_BIH-COFIN_I02  -5161.36152
    x_I02_full_2024  entity_lo_FBiH  -5161.36152
    x_I02_full_2024  entity_hi_FBiH  -7742.042280000001
    x_I02_full_2024  entity_lo_RS  7742.042280000001
    x_I02_full_2024  entity_hi_RS  5161.36152
    x_I02_full_2024  absorb_F13_2025  4731.24806
    x_I02_full_2025  OBJ  0.009969151237263711
    x_I02_full_2025  assign_I02  1
    x_I02_full_2025  cover_I02_2025  -3871.02114
    x_I02_full_2025  cover_I02_2026  -4731.24806
    x_I02_full_2025  share_NO_I02  -4301.1346
    x_I02_full_2025  share_BIH-COFIN_I02  -5161.36152
    x_I02_full_2025  entity_lo_FBiH  -5161.36152
    x_I02_full_2025  entity_hi_FBiH  -7742.042280000001
    x_I02_full_2025  entity_lo_RS  7742.042280000001
    x_I02_full_2025  entity_hi_RS  5161.36152
    x_I02_full_2025  absorb_F13_2025  3871.02114
    x_I02_full_2025  absorb_F13_2026  4731.24806
    x_I02_full_2026  OBJ  0.006646100824842474
    x_I02_full_2026  assign_I02  1
    x_I02_full_2026  cover_I02_2026  -3871.02114
    x_I02_full_2026  cover_I02_2027  -4731.24806
    x_I02_full_2026  share_NO_I02  -4301.1346
    x_I02_full_2026  share_BIH-COFIN_I02  -5161.36152
    x_I02_full_2026  entity_lo_FBiH  -5161.36152
    x_I02_full_2026  entity_hi_FBiH  -7742.042280000001
    x_I02_full_2026  entity_lo_RS  7742.042280000001
    x_I02_full_2026  entity_hi_RS  5161.36152
    x_I02_full_2026  absorb_F13_2026  3871.02114
    x_I02_full_2026  absorb_F13_2027  4731.24806
    x_I03_core_2024  OBJ  0.008184745902291967
    x_I03_core_2024  assign_I03  1
    x_I03_core_2024  cover_I03_2024  -1802.57927
    x_I03_core_2024  cover_I03_2025  -2203.15245
    x_I03_core_2024  share_UK_I03  -2002.86586
    x_I03_core_2024  share_BIH-COFIN_I03  -2403.439032
    x_I03_core_2024  entity_lo_FBiH  -2403.439032
    x_I03_core_2024  entity_hi_FBiH  -3605.1585480000003
    x_I03_core_2024  entity_lo_RS  3605.1585480000003
    x_I03_core_2024  entity_hi_RS  2403.439032
    x_I03_core_2024  absorb_F11_2024  1802.57927
    x_I03_core_2024  absorb_F11_2025  2203.15245
    x_I03_core_2025  OBJ  0.006138559426718974
    x_I03_core_2025  assign_I03  1
    x_I03_core_2025  cover_I03_2025  -1802.57927
    x_I03_core_2025  cover_I03_2026  -2203.15245
    x_I03_core_2025  share_UK_I03  -2002.86586
    x_I03_core_2025  share_BIH-COFIN_I03  -2403.439032
    x_I03_core_2025  entity_lo_FBiH  -2403.439032
    x_I03_core_2025  entity_hi_FBiH  -3605.1585480000003
    x_I03_core_2025  entity_lo_RS  3605.1585480000003
    x_I03_core_2025  entity_hi_RS  2403.439032
    x_I03_core_2025  absorb_F11_2025  1802.57927
    x_I03_core_2025  absorb_F11_2026  2203.15245
    x_I03_core_2026  OBJ  0.0040923729511459835
    x_I03_core_2026  assign_I03  1
    x_I03_core_2026  cover_I03_2026  -1802.57927
    x_I03_core_2026  cover_I03_2027  -2203.15245
    x_I03_core_2026  share_UK_I03  -2002.86586
    x_I03_core_2026  share_BIH-COFIN_I03  -2403.439032
    x_I03_core_2026  entity_lo_FBiH  -2403.439032
    x_I03_core_2026  entity_hi_FBiH  -3605.1585480000003
    x_I03_core_2026  entity_lo_RS  3605.1585480000003
    x_I03_core_2026  entity_hi_RS  2403.439032
    x_I03_core_2026  absorb_F11_2026  1802.57927
    x_I03_core_2026  absorb_F11_2027  2203.15245
    x_I03_full_2024  OBJ  0.011437753218543619
    x_I03_full_2024  assign_I03  1
    x_I03_full_2024  cover_I03_2024  -3004.29879
    x_I03_full_2024  cover_I03_2025  -3671.92074
    x_I03_full_2024  share_UK_I03  -3338.109765
    x_I03_full_2024  share_BIH-COFIN_I03  -4005.731718
    x_I03_full_2024  entity_lo_FBiH  -4005.731718
    x_I03_full_2024  entity_hi_FBiH  -6008.5975770000005
    x_I03_full_2024  entity_lo_RS  6008.5975770000005
    x_I03_full_2024  entity_hi_RS  4005.731718
    x_I03_full_2024  absorb_F11_2024  3004.29879
    x_I03_full_2024  absorb_F11_2025  3671.92074
    x_I03_full_2025  OBJ  0.008578314913907713
    x_I03_full_2025  assign_I03  1
    x_I03_full_2025  cover_I03_2025  -3004.29879
    x_I03_full_2025  cover_I03_2026  -3671.92074
    x_I03_full_2025  share_UK_I03  -3338.109765
    x_I03_full_2025  share_BIH-COFIN_I03  -4005.731718
    x_I03_full_2025  entity_lo_FBiH  -4005.731718
    x_I03_full_2025  entity_hi_FBiH  -6008.5975770000005
    x_I03_full_2025  entity_lo_RS  6008.5975770000005
    x_I03_full_2025  entity_hi_RS  4005.731718
    x_I03_full_2025  absorb_F11_2025  3004.29879
    x_I03_full_2025  absorb_F11_2026  3671.92074
    x_I03_full_2026  OBJ  0.0057188766092718096
    x_I03_full_2026  assign_I03  1
    x_I03_full_2026  cover_I03_2026  -3004.29879
    x_I03_full_2026  cover_I03_2027  -3671.92074
    x_I03_full_2026  share_UK_I03  -3338.109765
    x_I03_full_2026  share_BIH-COFIN_I03  -4005.731718
    x_I03_full_2026  entity_lo_FBiH  -4005.731718
    x_I03_full_2026  entity_hi_FBiH  -6008.5975770000005
    x_I03_full_2026  entity_lo_RS  6008.5975770000005
    x_I03_full_2026  entity_hi_RS  4005.731718
    x_I03_full_2026  absorb_F11_2026  3004.29879
    x_I03_full_2026  absorb_F11_2027  3671.92074
    x_I04_core_2024  OBJ  0.008953852021163477
    x_I04_core_2024  assign_I04  1
    x_I04_core_2024  cover_I04_2024  -2968.17968
    x_I04_core_2024  cover_I04_2025  -3627.77517
    x_I04_core_2024  share_TR_I04  -3297.977425
    x_I04_core_2024  share_BIH-COFIN_I04  -3957.57291
    x_I04_core_2024  excl_T07_I04  1
    x_I04_core_2024  entity_lo_FBiH  2638.38194
    x_I04_core_2024  entity_hi_FBiH  659.5954849999998
    x_I04_core_2024  entity_lo_RS  -659.595485
    x_I04_core_2024  entity_hi_RS  -2638.38194
    x_I04_core_2024  absorb_F01_2025  3627.77517
    x_I04_core_2025  OBJ  0.006715389015872607
    x_I04_core_2025  assign_I04  1
    x_I04_core_2025  cover_I04_2025  -2968.17968
    x_I04_core_2025  cover_I04_2026  -3627.77517
    x_I04_core_2025  share_TR_I04  -3297.977425
    x_I04_core_2025  share_BIH-COFIN_I04  -3957.57291
    x_I04_core_2025  excl_T07_I04  1
    x_I04_core_2025  entity_lo_FBiH  2638.38194
    x_I04_core_2025  entity_hi_FBiH  659.5954849999998
    x_I04_core_2025  entity_lo_RS  -659.595485
    x_I04_core_2025  entity_hi_RS  -2638.38194
    x_I04_core_2025  absorb_F01_2025  2968.17968
    x_I04_core_2025  absorb_F01_2026  3627.77517
    x_I04_full_2024  OBJ  0.012981187713998761
    x_I04_full_2024  assign_I04  1
    x_I04_full_2024  cover_I04_2024  -4946.96614
    x_I04_full_2024  cover_I04_2025  -6046.29195
    x_I04_full_2024  share_TR_I04  -5496.629045
    x_I04_full_2024  share_BIH-COFIN_I04  -6595.954854
    x_I04_full_2024  excl_T07_I04  1
    x_I04_full_2024  entity_lo_FBiH  4397.303236
    x_I04_full_2024  entity_hi_FBiH  1099.3258089999997
    x_I04_full_2024  entity_lo_RS  -1099.325809
    x_I04_full_2024  entity_hi_RS  -4397.303236
    x_I04_full_2024  absorb_F01_2025  6046.29195
    x_I04_full_2025  OBJ  0.009735890785499069
    x_I04_full_2025  assign_I04  1
    x_I04_full_2025  cover_I04_2025  -4946.96614
    x_I04_full_2025  cover_I04_2026  -6046.29195
    x_I04_full_2025  share_TR_I04  -5496.629045
    x_I04_full_2025  share_BIH-COFIN_I04  -6595.954854
    x_I04_full_2025  excl_T07_I04  1
    x_I04_full_2025  entity_lo_FBiH  4397.303236
    x_I04_full_2025  entity_hi_FBiH  1099.3258089999997
    x_I04_full_2025  entity_lo_RS  -1099.325809
    x_I04_full_2025  entity_hi_RS  -4397.303236
    x_I04_full_2025  absorb_F01_2025  4946.96614
    x_I04_full_2025  absorb_F01_2026  6046.29195
    x_I05_core_2024  OBJ  0.0067252094038355685
    x_I05_core_2024  assign_I05  1
    x_I05_core_2024  cover_I05_2024  -1718.18391
    x_I05_core_2024  cover_I05_2025  -2100.00256
    x_I05_core_2024  share_US_I05  -1909.093235
    x_I05_core_2024  share_BIH-COFIN_I05  -2290.911882
    x_I05_core_2024  entity_lo_FBiH  1527.2745880000002
    x_I05_core_2024  entity_hi_FBiH  381.81864699999994
    x_I05_core_2024  entity_lo_RS  -381.81864700000006
    x_I05_core_2024  entity_hi_RS  -1527.2745880000002
    x_I05_core_2024  absorb_F09_2024  1718.18391
    x_I05_core_2024  absorb_F09_2025  2100.00256
    x_I05_core_2025  OBJ  0.0050439070528766755
    x_I05_core_2025  assign_I05  1
    x_I05_core_2025  cover_I05_2025  -1718.18391
    x_I05_core_2025  cover_I05_2026  -2100.00256
    x_I05_core_2025  share_US_I05  -1909.093235
    x_I05_core_2025  share_BIH-COFIN_I05  -2290.911882
    x_I05_core_2025  entity_lo_FBiH  1527.2745880000002
    x_I05_core_2025  entity_hi_FBiH  381.81864699999994
    x_I05_core_2025  entity_lo_RS  -381.81864700000006
    x_I05_core_2025  entity_hi_RS  -1527.2745880000002
    x_I05_core_2025  absorb_F09_2025  1718.18391
    x_I05_core_2025  absorb_F09_2026  2100.00256
    x_I05_core_2026  OBJ  0.0033626047019177843
    x_I05_core_2026  assign_I05  1
    x_I05_core_2026  cover_I05_2026  -1718.18391
    x_I05_core_2026  cover_I05_2027  -2100.00256
    x_I05_core_2026  share_US_I05  -1909.093235
    x_I05_core_2026  share_BIH-COFIN_I05  -2290.911882
    x_I05_core_2026  entity_lo_FBiH  1527.2745880000002
    x_I05_core_2026  entity_hi_FBiH  381.81864699999994
    x_I05_core_2026  entity_lo_RS  -381.81864700000006
    x_I05_core_2026  entity_hi_RS  -1527.2745880000002
    x_I05_core_2026  absorb_F09_2026  1718.18391
    x_I05_core_2026  absorb_F09_2027  2100.00256
    x_I05_full_2024  OBJ  0.01262792120680429
    x_I05_full_2024  assign_I05  1
    x_I05_full_2024  cover_I05_2024  -2863.63985
    x_I05_full_2024  cover_I05_2025  -3500.00426
    x_I05_full_2024  share_US_I05  -3181.822055
    x_I05_full_2024  share_BIH-COFIN_I05  -3818.186466
    x_I05_full_2024  entity_lo_FBiH  2545.457644
    x_I05_full_2024  entity_hi_FBiH  636.3644109999999
    x_I05_full_2024  entity_lo_RS  -636.364411
    x_I05_full_2024  entity_hi_RS  -2545.457644
    x_I05_full_2024  absorb_F09_2024  2863.63985
    x_I05_full_2024  absorb_F09_2025  3500.00426
    x_I05_full_2025  OBJ  0.009470940905103215
    x_I05_full_2025  assign_I05  1
    x_I05_full_2025  cover_I05_2025  -2863.63985
    x_I05_full_2025  cover_I05_2026  -3500.00426
    x_I05_full_2025  share_US_I05  -3181.822055
    x_I05_full_2025  share_BIH-COFIN_I05  -3818.186466
    x_I05_full_2025  entity_lo_FBiH  2545.457644
    x_I05_full_2025  entity_hi_FBiH  636.3644109999999
    x_I05_full_2025  entity_lo_RS  -636.364411
    x_I05_full_2025  entity_hi_RS  -2545.457644
    x_I05_full_2025  absorb_F09_2025  2863.63985
    x_I05_full_2025  absorb_F09_2026  3500.00426
    x_I05_full_2026  OBJ  0.006313960603402145
    x_I05_full_2026  assign_I05  1
    x_I05_full_2026  cover_I05_2026  -2863.63985
    x_I05_full_2026  cover_I05_2027  -3500.00426
    x_I05_full_2026  share_US_I05  -3181.822055
    x_I05_full_2026  share_BIH-COFIN_I05  -3818.186466
    x_I05_full_2026  entity_lo_FBiH  2545.457644
    x_I05_full_2026  entity_hi_FBiH  636.3644109999999
    x_I05_full_2026  entity_lo_RS  -636.364411
    x_I05_full_2026  entity_hi_RS  -2545.457644
    x_I05_full_2026  absorb_F09_2026  2863.63985
    x_I05_full_2026  absorb_F09_2027  3500.00426
    x_I06_core_2024  OBJ  0.005004160551203981
    x_I06_core_2024  assign_I06  1
    x_I06_core_2024  cover_I06_2024  -1166.14526
    x_I06_core_2024  cover_I06_2025  -1425.28866
    x_I06_core_2024  share_TR_I06  -1295.71696
    x_I06_core_2024  share_BIH-COFIN_I06  -1554.860352
    x_I06_core_2024  entity_lo_FBiH  1036.573568
    x_I06_core_2024  entity_hi_FBiH  259.14339199999995
    x_I06_core_2024  entity_lo_RS  -259.143392
    x_I06_core_2024  entity_hi_RS  -1036.573568
    x_I06_core_2025  OBJ  0.003753120413402985
    x_I06_core_2025  assign_I06  1
    x_I06_core_2025  cover_I06_2025  -1166.14526
    x_I06_core_2025  cover_I06_2026  -1425.28866
    x_I06_core_2025  share_TR_I06  -1295.71696
    x_I06_core_2025  share_BIH-COFIN_I06  -1554.860352
    x_I06_core_2025  entity_lo_FBiH  1036.573568
    x_I06_core_2025  entity_hi_FBiH  259.14339199999995
    x_I06_core_2025  entity_lo_RS  -259.143392
    x_I06_core_2025  entity_hi_RS  -1036.573568
    x_I06_core_2026  OBJ  0.0025020802756019903
    x_I06_core_2026  assign_I06  1
    x_I06_core_2026  cover_I06_2026  -1166.14526
    x_I06_core_2026  cover_I06_2027  -1425.28866
    x_I06_core_2026  share_TR_I06  -1295.71696
    x_I06_core_2026  share_BIH-COFIN_I06  -1554.860352
    x_I06_core_2026  entity_lo_FBiH  1036.573568
    x_I06_core_2026  entity_hi_FBiH  259.14339199999995
    x_I06_core_2026  entity_lo_RS  -259.143392
    x_I06_core_2026  entity_hi_RS  -1036.573568
    x_I06_full_2024  OBJ  0.009272956075685216
    x_I06_full_2024  assign_I06  1
    x_I06_full_2024  cover_I06_2024  -1943.57544
    x_I06_full_2024  cover_I06_2025  -2375.48109
    x_I06_full_2024  share_TR_I06  -2159.528265
    x_I06_full_2024  share_BIH-COFIN_I06  -2591.4339179999997
    x_I06_full_2024  entity_lo_FBiH  1727.6226120000001
    x_I06_full_2024  entity_hi_FBiH  431.9056529999999
    x_I06_full_2024  entity_lo_RS  -431.90565300000003
    x_I06_full_2024  entity_hi_RS  -1727.6226120000001
    x_I06_full_2025  OBJ  0.006954717056763911
    x_I06_full_2025  assign_I06  1
    x_I06_full_2025  cover_I06_2025  -1943.57544
    x_I06_full_2025  cover_I06_2026  -2375.48109
    x_I06_full_2025  share_TR_I06  -2159.528265
    x_I06_full_2025  share_BIH-COFIN_I06  -2591.4339179999997
    x_I06_full_2025  entity_lo_FBiH  1727.6226120000001
    x_I06_full_2025  entity_hi_FBiH  431.9056529999999
    x_I06_full_2025  entity_lo_RS  -431.90565300000003
    x_I06_full_2025  entity_hi_RS  -1727.6226120000001
    x_I06_full_2026  OBJ  0.004636478037842608
    x_I06_full_2026  assign_I06  1
    x_I06_full_2026  cover_I06_2026  -1943.57544
    x_I06_full_2026  cover_I06_2027  -2375.48109
    x_I06_full_2026  share_TR_I06  -2159.528265
    x_I06_full_2026  share_BIH-COFIN_I06  -2591.4339179999997
    x_I06_full_2026  entity_lo_FBiH  1727.6226120000001
    x_I06_full_2026  entity_hi_FBiH  431.9056529999999
    x_I06_full_2026  entity_lo_RS  -431.90565300000003
    x_I06_full_2026  entity_hi_RS  -1727.6226120000001
    x_I07_core_2024  OBJ  0.0048265843127246345
    x_I07_core_2024  assign_I07  1
    x_I07_core_2024  cover_I07_2024  -1998.28431
    x_I07_core_2024  share_UK_I07  -999.142155
    x_I07_core_2024  share_BIH-COFIN_I07  -1198.970586
    x_I07_core_2024  entity_lo_FBiH  799.3137240000001
    x_I07_core_2024  entity_hi_FBiH  199.82843099999997
    x_I07_core_2024  entity_lo_RS  -199.82843100000002
    x_I07_core_2024  entity_hi_RS  -799.3137240000001
    x_I07_core_2024  absorb_F07_2024  1998.28431
    x_I07_core_2025  OBJ  0.0038612674501797076
    x_I07_core_2025  assign_I07  1
    x_I07_core_2025  cover_I07_2025  -1998.28431
    x_I07_core_2025  share_UK_I07  -999.142155
    x_I07_core_2025  share_BIH-COFIN_I07  -1198.970586
    x_I07_core_2025  entity_lo_FBiH  799.3137240000001
    x_I07_core_2025  entity_hi_FBiH  199.82843099999997
    x_I07_core_2025  entity_lo_RS  -199.82843100000002
    x_I07_core_2025  entity_hi_RS  -799.3137240000001
    x_I07_core_2025  absorb_F07_2025  1998.28431
    x_I07_core_2026  OBJ  0.0028959505876347807
    x_I07_core_2026  assign_I07  1
    x_I07_core_2026  cover_I07_2026  -1998.28431
    x_I07_core_2026  share_UK_I07  -999.142155
    x_I07_core_2026  share_BIH-COFIN_I07  -1198.970586
    x_I07_core_2026  entity_lo_FBiH  799.3137240000001
    x_I07_core_2026  entity_hi_FBiH  199.82843099999997
    x_I07_core_2026  entity_lo_RS  -199.82843100000002
    x_I07_core_2026  entity_hi_RS  -799.3137240000001
    x_I07_core_2026  absorb_F07_2026  1998.28431
    x_I07_full_2024  OBJ  0.008564459317929127
    x_I07_full_2024  assign_I07  1
    x_I07_full_2024  cover_I07_2024  -3330.47384
    x_I07_full_2024  share_UK_I07  -1665.23692
    x_I07_full_2024  share_BIH-COFIN_I07  -1998.284304
    x_I07_full_2024  entity_lo_FBiH  1332.189536
    x_I07_full_2024  entity_hi_FBiH  333.0473839999999
    x_I07_full_2024  entity_lo_RS  -333.047384
    x_I07_full_2024  entity_hi_RS  -1332.189536
    x_I07_full_2024  absorb_F07_2024  3330.47384
    x_I07_full_2025  OBJ  0.006851567454343302
    x_I07_full_2025  assign_I07  1
    x_I07_full_2025  cover_I07_2025  -3330.47384
    x_I07_full_2025  share_UK_I07  -1665.23692
    x_I07_full_2025  share_BIH-COFIN_I07  -1998.284304
    x_I07_full_2025  entity_lo_FBiH  1332.189536
    x_I07_full_2025  entity_hi_FBiH  333.0473839999999
    x_I07_full_2025  entity_lo_RS  -333.047384
    x_I07_full_2025  entity_hi_RS  -1332.189536
    x_I07_full_2025  absorb_F07_2025  3330.47384
    x_I07_full_2026  OBJ  0.0051386755907574765
    x_I07_full_2026  assign_I07  1
    x_I07_full_2026  cover_I07_2026  -3330.47384
    x_I07_full_2026  share_UK_I07  -1665.23692
    x_I07_full_2026  share_BIH-COFIN_I07  -1998.284304
    x_I07_full_2026  entity_lo_FBiH  1332.189536
    x_I07_full_2026  entity_hi_FBiH  333.0473839999999
    x_I07_full_2026  entity_lo_RS  -333.047384
    x_I07_full_2026  entity_hi_RS  -1332.189536
    x_I07_full_2026  absorb_F07_2026  3330.47384
    MARKER  'MARKER'  'INTEND'
    pay_DCB_DCB-D1_2024  cover_DCB-D1_2024  1
    pay_DCB_DCB-D1_2024  budget_DCB  1
    pay_DCB_DCB-D1_2024  cap_DCB_2024  1
    pay_DCB_DCB-D1_2024  security_share  -0.2
    pay_DCB_DCB-D1_2025  cover_DCB-D1_2025  1
    pay_DCB_DCB-D1_2025  budget_DCB  1
    pay_DCB_DCB-D1_2025  cap_DCB_2025  1
    pay_DCB_DCB-D1_2025  security_share  -0.2
    pay_DCB_DCB-D1_2026  cover_DCB-D1_2026  1
    pay_DCB_DCB-D1_2026  budget_DCB  1
    pay_DCB_DCB-D1_2026  cap_DCB_2026  1
    pay_DCB_DCB-D1_2026  security_share  -0.2
    pay_DCB_DCB-D1_2027  cover_DCB-D1_2027  1
    pay_DCB_DCB-D1_2027  budget_DCB  1
    pay_DCB_DCB-D1_2027  cap_DCB_2027  1
    pay_DCB_DCB-D1_2027  security_share  -0.2
    pay_DCB_DCB-D2_2024  cover_DCB-D2_2024  1
    pay_DCB_DCB-D2_2024  budget_DCB  1
    pay_DCB_DCB-D2_2024  cap_DCB_2024  1
    pay_DCB_DCB-D2_2024  security_share  -0.2
    pay_DCB_DCB-D2_2025  cover_DCB-D2_2025  1
    pay_DCB_DCB-D2_2025  budget_DCB  1
    pay_DCB_DCB-D2_2025  cap_DCB_2025  1
    pay_DCB_DCB-D2_2025  security_share  -0.2
    pay_DCB_DCB-D2_2026  cover_DCB-D2_2026  1
    pay_DCB_DCB-D2_2026  budget_DCB  1
    pay_DCB_DCB-D2_2026  cap_DCB_2026  1
    pay_DCB_DCB-D2_2026  security_share  -0.2
    pay_DCB_DCB-D3_2024  cover_DCB-D3_2024  1
    pay_DCB_DCB-D3_2024  budget_DCB  1
    pay_DCB_DCB-D3_2024  cap_DCB_2024  1
    pay_DCB_DCB-D3_2024  security_share  -0.2
    pay_DCB_DCB-D3_2025  cover_DCB-D3_2025  1
    pay_DCB_DCB-D3_2025  budget_DCB  1
    pay_DCB_DCB-D3_2025  cap_DCB_2025  1
    pay_DCB_DCB-D3_2025  security_share  -0.2
    pay_DCB_DCB-D3_2026  cover_DCB-D3_2026  1
    pay_DCB_DCB-D3_2026  budget_DCB  1
    pay_DCB_DCB-D3_2026  cap_DCB_2026  1
    pay_DCB_DCB-D3_2026  security_share  -0.2
    pay_DCB_DCB-D3_2027  cover_DCB-D3_2027  1
    pay_DCB_DCB-D3_2027  budget_DCB  1
    pay_DCB_DCB-D3_2027  cap_DCB_2027  1
    pay_DCB_DCB-D3_2027  security_share  -0.2
    pay_DCB_DCB-D4_2024  cover_DCB-D4_2024  1
    pay_DCB_DCB-D4_2024  budget_DCB  1
    pay_DCB_DCB-D4_2024  cap_DCB_2024  1
    pay_DCB_DCB-D4_2024  security_share  -0.2
    pay_DCB_DCB-D4_2025  cover_DCB-D4_2025  1
    pay_DCB_DCB-D4_2025  budget_DCB  1
    pay_DCB_DCB-D4_2025  cap_DCB_2025  1
    pay_DCB_DCB-D4_2025  security_share  -0.2
    pay_DCB_DCB-D4_2026  cover_DCB-D4_2026  1
    pay_DCB_DCB-D4_2026  budget_DCB  1
    pay_DCB_DCB-D4_2026  cap_DCB_2026  1
    pay_DCB_DCB-D4_2026  security_share  -0.2
    pay_DCB_DCB-D5_2024  cover_DCB-D5_2024  1
    pay_DCB_DCB-D5_2024  budget_DCB  1
    pay_DCB_DCB-D5_2024  cap_DCB_2024  1
    pay_DCB_DCB-D5_2024  security_share  -0.2
    pay_DCB_DCB-D5_2025  cover_DCB-D5_2025  1
    pay_DCB_DCB-D5_2025  budget_DCB  1
    pay_DCB_DCB-D5_2025  cap_DCB_2025  1
    pay_DCB_DCB-D5_2025  security_share  -0.2
    pay_DCB_DCB-D5_2026  cover_DCB-D5_2026  1
    pay_DCB_DCB-D5_2026  budget_DCB  1
    pay_DCB_DCB-D5_2026  cap_DCB_2026  1
    pay_DCB_DCB-D5_2026  security_share  -0.2
    pay_DCB_DCB-D5_2027  cover_DCB-D5_2027  1
    pay_DCB_DCB-D5_2027  budget_DCB  1
    pay_DCB_DCB-D5_2027  cap_DCB_2027  1
    pay_DCB_DCB-D5_2027  security_share  -0.2
    pay_DCB_DCB-D5_2028  cover_DCB-D5_2028  1
    pay_DCB_DCB-D5_2028  budget_DCB  1
    pay_DCB_DCB-D5_2028  cap_DCB_2028  1
    pay_DCB_DCB-D5_2028  security_share  -0.2
    pay_NO_DCB-D5_2024  cover_DCB-D5_2024  1
    pay_NO_DCB-D5_2024  total_NO  1
    pay_NO_DCB-D5_2024  cap_NO_2024  1
    pay_NO_DCB-D5_2024  share_NO_DCB-D5  1
    pay_NO_DCB-D5_2025  cover_DCB-D5_2025  1
    pay_NO_DCB-D5_2025  total_NO  1
    pay_NO_DCB-D5_2025  cap_NO_2025  1
    pay_NO_DCB-D5_2025  share_NO_DCB-D5  1
    pay_NO_DCB-D5_2026  cover_DCB-D5_2026  1
    pay_NO_DCB-D5_2026  total_NO  1
    pay_NO_DCB-D5_2026  cap_NO_2026  1
    pay_NO_DCB-D5_2026  share_NO_DCB-D5  1
    pay_NO_DCB-D5_2027  cover_DCB-D5_2027  1
    pay_NO_DCB-D5_2027  total_NO  1
    pay_NO_DCB-D5_2027  cap_NO_2027  1
    pay_NO_DCB-D5_2027  share_NO_DCB-D5  1
    pay_NO_DCB-D5_2028  cover_DCB-D5_2028  1
    pay_NO_DCB-D5_2028  total_NO  1
    pay_NO_DCB-D5_2028  cap_NO_2028  1
    pay_NO_DCB-D5_2028  share_NO_DCB-D5  1
    pay_DCB_DCB-D6_2024  cover_DCB-D6_2024  1
    pay_DCB_DCB-D6_2024  budget_DCB  1
    pay_DCB_DCB-D6_2024  cap_DCB_2024  1
    pay_DCB_DCB-D6_2024  security_share  -0.2
    pay_DCB_DCB-D6_2025  cover_DCB-D6_2025  1
    pay_DCB_DCB-D6_2025  budget_DCB  1
    pay_DCB_DCB-D6_2025  cap_DCB_2025  1
    pay_DCB_DCB-D6_2025  security_share  -0.2
    pay_DCB_DCB-D6_2026  cover_DCB-D6_2026  1
    pay_DCB_DCB-D6_2026  budget_DCB  1
    pay_DCB_DCB-D6_2026  cap_DCB_2026  1
    pay_DCB_DCB-D6_2026  security_share  -0.2
    pay_DCB_DCB-D6_2027  cover_DCB-D6_2027  1
    pay_DCB_DCB-D6_2027  budget_DCB  1
    pay_DCB_DCB-D6_2027  cap_DCB_2027  1
    pay_DCB_DCB-D6_2027  security_share  -0.2
    pay_DCB_DCB-D6_2028  cover_DCB-D6_2028  1
    pay_DCB_DCB-D6_2028  budget_DCB  1
    pay_DCB_DCB-D6_2028  cap_DCB_2028  1
    pay_DCB_DCB-D6_2028  security_share  -0.2
    pay_DCB_DCB-D7_2025  cover_DCB-D7_2025  1
    pay_DCB_DCB-D7_2025  budget_DCB  1
    pay_DCB_DCB-D7_2025  cap_DCB_2025  1
    pay_DCB_DCB-D7_2025  security_share  -0.2
    pay_DCB_DCB-D7_2026  cover_DCB-D7_2026  1
    pay_DCB_DCB-D7_2026  budget_DCB  1
    pay_DCB_DCB-D7_2026  cap_DCB_2026  1
    pay_DCB_DCB-D7_2026  security_share  -0.2
    pay_DCB_DCB-D7_2027  cover_DCB-D7_2027  1
    pay_DCB_DCB-D7_2027  budget_DCB  1
    pay_DCB_DCB-D7_2027  cap_DCB_2027  1
    pay_DCB_DCB-D7_2027  security_share  -0.2
    pay_DCB_DCB-D7_2028  cover_DCB-D7_2028  1
    pay_DCB_DCB-D7_2028  budget_DCB  1
    pay_DCB_DCB-D7_2028  cap_DCB_2028  1
    pay_DCB_DCB-D7_2028  security_share  -0.2
    pay_DCB_DCB-D8_2024  cover_DCB-D8_2024  1
    pay_DCB_DCB-D8_2024  budget_DCB  1
    pay_DCB_DCB-D8_2024  cap_DCB_2024  1
    pay_DCB_DCB-D8_2024  security_share  -0.2
    pay_DCB_DCB-D8_2025  cover_DCB-D8_2025  1
    pay_DCB_DCB-D8_2025  budget_DCB  1
    pay_DCB_DCB-D8_2025  cap_DCB_2025  1
    pay_DCB_DCB-D8_2025  security_share  -0.2
    pay_DCB_DCB-D8_2026  cover_DCB-D8_2026  1
    pay_DCB_DCB-D8_2026  budget_DCB  1
    pay_DCB_DCB-D8_2026  cap_DCB_2026  1
    pay_DCB_DCB-D8_2026  security_share  -0.2
    pay_DCB_DCB-D8_2027  cover_DCB-D8_2027  1
    pay_DCB_DCB-D8_2027  budget_DCB  1
    pay_DCB_DCB-D8_2027  cap_DCB_2027  1
    pay_DCB_DCB-D8_2027  security_share  -0.2
    pay_DCB_DCB-D8_2028  cover_DCB-D8_2028  1
    pay_DCB_DCB-D8_2028  budget_DCB  1
    pay_DCB_DCB-D8_2028  cap_DCB_2028  1
    pay_DCB_DCB-D8_2028  security_share  -0.2
    pay_DCB_DCB-D9_2024  cover_DCB-D9_2024  1
    pay_DCB_DCB-D9_2024  budget_DCB  1
    pay_DCB_DCB-D9_2024  cap_DCB_2024  1
    pay_DCB_DCB-D9_2024  security_share  -0.2
    pay_DCB_DCB-D9_2025  cover_DCB-D9_2025  1
    pay_DCB_DCB-D9_2025  budget_DCB  1
    pay_DCB_DCB-D9_2025  cap_DCB_2025  1
    pay_DCB_DCB-D9_2025  security_share  -0.2
    pay_DCB_DCB-D9_2026  cover_DCB-D9_2026  1
    pay_DCB_DCB-D9_2026  budget_DCB  1
    pay_DCB_DCB-D9_2026  cap_DCB_2026  1
    pay_DCB_DCB-D9_2026  security_share  -0.2
    pay_DCB_DCB-D9_2027  cover_DCB-D9_2027  1
    pay_DCB_DCB-D9_2027  budget_DCB  1
    pay_DCB_DCB-D9_2027  cap_DCB_2027  1
    pay_DCB_DCB-D9_2027  security_share  -0.2
    pay_DCB_DCB-D9_2028  cover_DCB-D9_2028  1
    pay_DCB_DCB-D9_2028  budget_DCB  1
    pay_DCB_DCB-D9_2028  cap_DCB_2028  1
    pay_DCB_DCB-D9_2028  security_share  -0.2
    pay_UK_DCB-D9_2024  cover_DCB-D9_2024  1
    pay_UK_DCB-D9_2024  total_UK  1
    pay_UK_DCB-D9_2024  cap_UK_2024  1
    pay_UK_DCB-D9_2024  share_UK_DCB-D9  1
    pay_UK_DCB-D9_2025  cover_DCB-D9_2025  1
    pay_UK_DCB-D9_2025  total_UK  1
    pay_UK_DCB-D9_2025  cap_UK_2025  1
    pay_UK_DCB-D9_2025  share_UK_DCB-D9  1
    pay_UK_DCB-D9_2026  cover_DCB-D9_2026  1
    pay_UK_DCB-D9_2026  total_UK  1
    pay_UK_DCB-D9_2026  cap_UK_2026  1
    pay_UK_DCB-D9_2026  share_UK_DCB-D9  1
    pay_UK_DCB-D9_2027  cover_DCB-D9_2027  1
    pay_UK_DCB-D9_2027  total_UK  1
    pay_UK_DCB-D9_2027  cap_UK_2027  1
    pay_UK_DCB-D9_2027  share_UK_DCB-D9  1
    pay_UK_DCB-D9_2028  cover_DCB-D9_2028  1
    pay_UK_DCB-D9_2028  total_UK  1
    pay_UK_DCB-D9_2028  cap_UK_2028  1
    pay_UK_DCB-D9_2028  share_UK_DCB-D9  1
    pay_DCB_DCB-S1_2024  cover_DCB-S1_2024  1
    pay_DCB_DCB-S1_2024  budget_DCB  1
    pay_DCB_DCB-S1_2024  cap_DCB_2024  1
    pay_DCB_DCB-S1_2024  security_share  0.8
    pay_DCB_DCB-S1_2025  cover_DCB-S1_2025  1
    pay_DCB_DCB-S1_2025  budget_DCB  1
    pay_DCB_DCB-S1_2025  cap_DCB_2025  1
    pay_DCB_DCB-S1_2025  security_share  0.8
    pay_DCB_DCB-S1_2026  cover_DCB-S1_2026  1
    pay_DCB_DCB-S1_2026  budget_DCB  1
    pay_DCB_DCB-S1_2026  cap_DCB_2026  1
    pay_DCB_DCB-S1_2026  security_share  0.8
    pay_DCB_DCB-S1_2027  cover_DCB-S1_2027  1
    pay_DCB_DCB-S1_2027  budget_DCB  1
    pay_DCB_DCB-S1_2027  cap_DCB_2027  1
    pay_DCB_DCB-S1_2027  security_share  0.8
    pay_DCB_DCB-S1_2028  cover_DCB-S1_2028  1
    pay_DCB_DCB-S1_2028  budget_DCB  1
    pay_DCB_DCB-S1_2028  cap_DCB_2028  1
    pay_DCB_DCB-S1_2028  security_share  0.8
    pay_DCB_DCB-S2_2024  cover_DCB-S2_2024  1
    pay_DCB_DCB-S2_2024  budget_DCB  1
    pay_DCB_DCB-S2_2024  cap_DCB_2024  1
    pay_DCB_DCB-S2_2024  security_share  0.8
    pay_DCB_DCB-S2_2025  cover_DCB-S2_2025  1
    pay_DCB_DCB-S2_2025  budget_DCB  1
    pay_DCB_DCB-S2_2025  cap_DCB_2025  1
    pay_DCB_DCB-S2_2025  security_share  0.8
    pay_DCB_DCB-S2_2026  cover_DCB-S2_2026  1
    pay_DCB_DCB-S2_2026  budget_DCB  1
    pay_DCB_DCB-S2_2026  cap_DCB_2026  1
    pay_DCB_DCB-S2_2026  security_share  0.8
    pay_DCB_DCB-S2_2027  cover_DCB-S2_2027  1
    pay_DCB_DCB-S2_2027  budget_DCB  1
    pay_DCB_DCB-S2_2027  cap_DCB_2027  1
    pay_DCB_DCB-S2_2027  security_share  0.8
    pay_DCB_DCB-S2_2028  cover_DCB-S2_2028  1
    pay_DCB_DCB-S2_2028  budget_DCB  1
    pay_DCB_DCB-S2_2028  cap_DCB_2028  1
    pay_DCB_DCB-S2_2028  security_share  0.8
    pay_DCB_DCB-S3_2024  cover_DCB-S3_2024  1
    pay_DCB_DCB-S3_2024  budget_DCB  1
    pay_DCB_DCB-S3_2024  cap_DCB_2024  1
    pay_DCB_DCB-S3_2024  security_share  0.8
    pay_DCB_DCB-S3_2025  cover_DCB-S3_2025  1
    pay_DCB_DCB-S3_2025  budget_DCB  1
    pay_DCB_DCB-S3_2025  cap_DCB_2025  1
    pay_DCB_DCB-S3_2025  security_share  0.8
    pay_DCB_DCB-S3_2026  cover_DCB-S3_2026  1
    pay_DCB_DCB-S3_2026  budget_DCB  1
    pay_DCB_DCB-S3_2026  cap_DCB_2026  1
    pay_DCB_DCB-S3_2026  security_share  0.8
    pay_DCB_DCB-S3_2027  cover_DCB-S3_2027  1
    pay_DCB_DCB-S3_2027  budget_DCB  1
    pay_DCB_DCB-S3_2027  cap_DCB_2027  1
    pay_DCB_DCB-S3_2027  security_share  0.8
    pay_US_T01_2025  cover_T01_2025  1
    pay_US_T01_2025  total_US  1
    pay_US_T01_2025  cap_US_2025  1
    pay_US_T01_2025  share_US_T01  1
    pay_US_T01_2026  cover_T01_2026  1
    pay_US_T01_2026  total_US  1
    pay_US_T01_2026  cap_US_2026  1
    pay_US_T01_2026  share_US_T01  1
    pay_US_T01_2027  cover_T01_2027  1
    pay_US_T01_2027  total_US  1
    pay_US_T01_2027  cap_US_2027  1
    pay_US_T01_2027  share_US_T01  1
    pay_US_T01_2028  cover_T01_2028  1
    pay_US_T01_2028  total_US  1
    pay_US_T01_2028  cap_US_2028  1
    pay_US_T01_2028  share_US_T01  1
    pay_BIH-COFIN_T01_2025  cover_T01_2025  1
    pay_BIH-COFIN_T01_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T01_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T01_2025  share_BIH-COFIN_T01  1
    pay_BIH-COFIN_T01_2026  cover_T01_2026  1
    pay_BIH-COFIN_T01_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T01_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T01_2026  share_BIH-COFIN_T01  1
    pay_BIH-COFIN_T01_2027  cover_T01_2027  1
    pay_BIH-COFIN_T01_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T01_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T01_2027  share_BIH-COFIN_T01  1
    pay_BIH-COFIN_T01_2028  cover_T01_2028  1
    pay_BIH-COFIN_T01_2028  total_BIH-COFIN  1
    pay_BIH-COFIN_T01_2028  cap_BIH-COFIN_2028  1
    pay_BIH-COFIN_T01_2028  share_BIH-COFIN_T01  1
    pay_US_T02_2024  cover_T02_2024  1
    pay_US_T02_2024  total_US  1
    pay_US_T02_2024  cap_US_2024  1
    pay_US_T02_2024  share_US_T02  1
    pay_US_T02_2025  cover_T02_2025  1
    pay_US_T02_2025  total_US  1
    pay_US_T02_2025  cap_US_2025  1
    pay_US_T02_2025  share_US_T02  1
    pay_US_T02_2026  cover_T02_2026  1
    pay_US_T02_2026  total_US  1
    pay_US_T02_2026  cap_US_2026  1
    pay_US_T02_2026  share_US_T02  1
    pay_US_T02_2027  cover_T02_2027  1
    pay_US_T02_2027  total_US  1
    pay_US_T02_2027  cap_US_2027  1
    pay_US_T02_2027  share_US_T02  1
    pay_BIH-COFIN_T02_2024  cover_T02_2024  1
    pay_BIH-COFIN_T02_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T02_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T02_2024  share_BIH-COFIN_T02  1
    pay_BIH-COFIN_T02_2025  cover_T02_2025  1
    pay_BIH-COFIN_T02_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T02_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T02_2025  share_BIH-COFIN_T02  1
    pay_BIH-COFIN_T02_2026  cover_T02_2026  1
    pay_BIH-COFIN_T02_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T02_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T02_2026  share_BIH-COFIN_T02  1
    pay_BIH-COFIN_T02_2027  cover_T02_2027  1
    pay_BIH-COFIN_T02_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T02_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T02_2027  share_BIH-COFIN_T02  1
    pay_US_T03_2025  cover_T03_2025  1
    pay_US_T03_2025  total_US  1
    pay_US_T03_2025  cap_US_2025  1
    pay_US_T03_2025  share_US_T03  1
    pay_US_T03_2026  cover_T03_2026  1
    pay_US_T03_2026  total_US  1
    pay_US_T03_2026  cap_US_2026  1
    pay_US_T03_2026  share_US_T03  1
    pay_US_T03_2027  cover_T03_2027  1
    pay_US_T03_2027  total_US  1
    pay_US_T03_2027  cap_US_2027  1
    pay_US_T03_2027  share_US_T03  1
    pay_BIH-COFIN_T03_2025  cover_T03_2025  1
    pay_BIH-COFIN_T03_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T03_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T03_2025  share_BIH-COFIN_T03  1
    pay_BIH-COFIN_T03_2026  cover_T03_2026  1
    pay_BIH-COFIN_T03_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T03_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T03_2026  share_BIH-COFIN_T03  1
    pay_BIH-COFIN_T03_2027  cover_T03_2027  1
    pay_BIH-COFIN_T03_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T03_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T03_2027  share_BIH-COFIN_T03  1
    pay_US_T04_2024  cover_T04_2024  1
    pay_US_T04_2024  total_US  1
    pay_US_T04_2024  cap_US_2024  1
    pay_US_T04_2024  share_US_T04  1
    pay_US_T04_2025  cover_T04_2025  1
    pay_US_T04_2025  total_US  1
    pay_US_T04_2025  cap_US_2025  1
    pay_US_T04_2025  share_US_T04  1
    pay_US_T04_2026  cover_T04_2026  1
    pay_US_T04_2026  total_US  1
    pay_US_T04_2026  cap_US_2026  1
    pay_US_T04_2026  share_US_T04  1
    pay_US_T04_2027  cover_T04_2027  1
    pay_US_T04_2027  total_US  1
    pay_US_T04_2027  cap_US_2027  1
    pay_US_T04_2027  share_US_T04  1
    pay_BIH-COFIN_T04_2024  cover_T04_2024  1
    pay_BIH-COFIN_T04_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T04_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T04_2024  share_BIH-COFIN_T04  1
    pay_BIH-COFIN_T04_2025  cover_T04_2025  1
    pay_BIH-COFIN_T04_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T04_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T04_2025  share_BIH-COFIN_T04  1
    pay_BIH-COFIN_T04_2026  cover_T04_2026  1
    pay_BIH-COFIN_T04_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T04_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T04_2026  share_BIH-COFIN_T04  1
    pay_BIH-COFIN_T04_2027  cover_T04_2027  1
    pay_BIH-COFIN_T04_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T04_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T04_2027  share_BIH-COFIN_T04  1
    pay_US_T05_2024  cover_T05_2024  1
    pay_US_T05_2024  total_US  1
    pay_US_T05_2024  cap_US_2024  1
    pay_US_T05_2024  share_US_T05  1
    pay_US_T05_2025  cover_T05_2025  1
    pay_US_T05_2025  total_US  1
    pay_US_T05_2025  cap_US_2025  1
    pay_US_T05_2025  share_US_T05  1
    pay_US_T05_2026  cover_T05_2026  1
    pay_US_T05_2026  total_US  1
    pay_US_T05_2026  cap_US_2026  1
    pay_US_T05_2026  share_US_T05  1
    pay_US_T05_2027  cover_T05_2027  1
    pay_US_T05_2027  total_US  1
    pay_US_T05_2027  cap_US_2027  1
    pay_US_T05_2027  share_US_T05  1
    pay_US_T05_2028  cover_T05_2028  1
    pay_US_T05_2028  total_US  1
    pay_US_T05_2028  cap_US_2028  1
    pay_US_T05_2028  share_US_T05  1
    pay_BIH-COFIN_T05_2024  cover_T05_2024  1
    pay_BIH-COFIN_T05_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T05_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T05_2024  share_BIH-COFIN_T05  1
    pay_BIH-COFIN_T05_2025  cover_T05_2025  1
    pay_BIH-COFIN_T05_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T05_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T05_2025  share_BIH-COFIN_T05  1
    pay_BIH-COFIN_T05_2026  cover_T05_2026  1
    pay_BIH-COFIN_T05_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T05_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T05_2026  share_BIH-COFIN_T05  1
    pay_BIH-COFIN_T05_2027  cover_T05_2027  1
    pay_BIH-COFIN_T05_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T05_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T05_2027  share_BIH-COFIN_T05  1
    pay_BIH-COFIN_T05_2028  cover_T05_2028  1
    pay_BIH-COFIN_T05_2028  total_BIH-COFIN  1
    pay_BIH-COFIN_T05_2028  cap_BIH-COFIN_2028  1
    pay_BIH-COFIN_T05_2028  share_BIH-COFIN_T05  1
    pay_UK_T06_2024  cover_T06_2024  1
    pay_UK_T06_2024  total_UK  1
    pay_UK_T06_2024  cap_UK_2024  1
    pay_UK_T06_2024  share_UK_T06  1
    pay_UK_T06_2025  cover_T06_2025  1
    pay_UK_T06_2025  total_UK  1
    pay_UK_T06_2025  cap_UK_2025  1
    pay_UK_T06_2025  share_UK_T06  1
    pay_UK_T06_2026  cover_T06_2026  1
    pay_UK_T06_2026  total_UK  1
    pay_UK_T06_2026  cap_UK_2026  1
    pay_UK_T06_2026  share_UK_T06  1
    pay_UK_T06_2027  cover_T06_2027  1
    pay_UK_T06_2027  total_UK  1
    pay_UK_T06_2027  cap_UK_2027  1
    pay_UK_T06_2027  share_UK_T06  1
    pay_BIH-COFIN_T06_2024  cover_T06_2024  1
    pay_BIH-COFIN_T06_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T06_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T06_2024  share_BIH-COFIN_T06  1
    pay_BIH-COFIN_T06_2025  cover_T06_2025  1
    pay_BIH-COFIN_T06_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T06_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T06_2025  share_BIH-COFIN_T06  1
    pay_BIH-COFIN_T06_2026  cover_T06_2026  1
    pay_BIH-COFIN_T06_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T06_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T06_2026  share_BIH-COFIN_T06  1
    pay_BIH-COFIN_T06_2027  cover_T06_2027  1
    pay_BIH-COFIN_T06_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T06_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T06_2027  share_BIH-COFIN_T06  1
    pay_UK_T07_2024  cover_T07_2024  1
    pay_UK_T07_2024  total_UK  1
    pay_UK_T07_2024  cap_UK_2024  1
    pay_UK_T07_2024  share_UK_T07  1
    pay_UK_T07_2025  cover_T07_2025  1
    pay_UK_T07_2025  total_UK  1
    pay_UK_T07_2025  cap_UK_2025  1
    pay_UK_T07_2025  share_UK_T07  1
    pay_UK_T07_2026  cover_T07_2026  1
    pay_UK_T07_2026  total_UK  1
    pay_UK_T07_2026  cap_UK_2026  1
    pay_UK_T07_2026  share_UK_T07  1
    pay_UK_T07_2027  cover_T07_2027  1
    pay_UK_T07_2027  total_UK  1
    pay_UK_T07_2027  cap_UK_2027  1
    pay_UK_T07_2027  share_UK_T07  1
    pay_BIH-COFIN_T07_2024  cover_T07_2024  1
    pay_BIH-COFIN_T07_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T07_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T07_2024  share_BIH-COFIN_T07  1
    pay_BIH-COFIN_T07_2025  cover_T07_2025  1
    pay_BIH-COFIN_T07_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T07_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T07_2025  share_BIH-COFIN_T07  1
    pay_BIH-COFIN_T07_2026  cover_T07_2026  1
    pay_BIH-COFIN_T07_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T07_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T07_2026  share_BIH-COFIN_T07  1
    pay_BIH-COFIN_T07_2027  cover_T07_2027  1
    pay_BIH-COFIN_T07_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T07_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T07_2027  share_BIH-COFIN_T07  1
    pay_UK_T08_2024  cover_T08_2024  1
    pay_UK_T08_2024  total_UK  1
    pay_UK_T08_2024  cap_UK_2024  1
    pay_UK_T08_2024  share_UK_T08  1
    pay_UK_T08_2025  cover_T08_2025  1
    pay_UK_T08_2025  total_UK  1
    pay_UK_T08_2025  cap_UK_2025  1
    pay_UK_T08_2025  share_UK_T08  1
    pay_UK_T08_2026  cover_T08_2026  1
    pay_UK_T08_2026  total_UK  1
    pay_UK_T08_2026  cap_UK_2026  1
    pay_UK_T08_2026  share_UK_T08  1
    pay_UK_T08_2027  cover_T08_2027  1
    pay_UK_T08_2027  total_UK  1
    pay_UK_T08_2027  cap_UK_2027  1
    pay_UK_T08_2027  share_UK_T08  1
    pay_BIH-COFIN_T08_2024  cover_T08_2024  1
    pay_BIH-COFIN_T08_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T08_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T08_2024  share_BIH-COFIN_T08  1
    pay_BIH-COFIN_T08_2025  cover_T08_2025  1
    pay_BIH-COFIN_T08_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T08_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T08_2025  share_BIH-COFIN_T08  1
    pay_BIH-COFIN_T08_2026  cover_T08_2026  1
    pay_BIH-COFIN_T08_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T08_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T08_2026  share_BIH-COFIN_T08  1
    pay_BIH-COFIN_T08_2027  cover_T08_2027  1
    pay_BIH-COFIN_T08_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T08_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T08_2027  share_BIH-COFIN_T08  1
    pay_UK_T09_2024  cover_T09_2024  1
    pay_UK_T09_2024  total_UK  1
    pay_UK_T09_2024  cap_UK_2024  1
    pay_UK_T09_2024  share_UK_T09  1
    pay_UK_T09_2025  cover_T09_2025  1
    pay_UK_T09_2025  total_UK  1
    pay_UK_T09_2025  cap_UK_2025  1
    pay_UK_T09_2025  share_UK_T09  1
    pay_UK_T09_2026  cover_T09_2026  1
    pay_UK_T09_2026  total_UK  1
    pay_UK_T09_2026  cap_UK_2026  1
    pay_UK_T09_2026  share_UK_T09  1
    pay_UK_T09_2027  cover_T09_2027  1
    pay_UK_T09_2027  total_UK  1
    pay_UK_T09_2027  cap_UK_2027  1
    pay_UK_T09_2027  share_UK_T09  1
    pay_BIH-COFIN_T09_2024  cover_T09_2024  1
    pay_BIH-COFIN_T09_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T09_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T09_2024  share_BIH-COFIN_T09  1
    pay_BIH-COFIN_T09_2025  cover_T09_2025  1
    pay_BIH-COFIN_T09_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T09_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T09_2025  share_BIH-COFIN_T09  1
    pay_BIH-COFIN_T09_2026  cover_T09_2026  1
    pay_BIH-COFIN_T09_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T09_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T09_2026  share_BIH-COFIN_T09  1
    pay_BIH-COFIN_T09_2027  cover_T09_2027  1
    pay_BIH-COFIN_T09_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T09_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T09_2027  share_BIH-COFIN_T09  1
    pay_UK_T10_2024  cover_T10_2024  1
    pay_UK_T10_2024  total_UK  1
    pay_UK_T10_2024  cap_UK_2024  1
    pay_UK_T10_2024  share_UK_T10  1
    pay_UK_T10_2025  cover_T10_2025  1
    pay_UK_T10_2025  total_UK  1
    pay_UK_T10_2025  cap_UK_2025  1
    pay_UK_T10_2025  share_UK_T10  1
    pay_BIH-COFIN_T10_2024  cover_T10_2024  1
    pay_BIH-COFIN_T10_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T10_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T10_2024  share_BIH-COFIN_T10  1
    pay_BIH-COFIN_T10_2025  cover_T10_2025  1
    pay_BIH-COFIN_T10_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T10_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T10_2025  share_BIH-COFIN_T10  1
    pay_TR_T11_2024  cover_T11_2024  1
    pay_TR_T11_2024  total_TR  1
    pay_TR_T11_2024  cap_TR_2024  1
    pay_TR_T11_2024  share_TR_T11  1
    pay_TR_T11_2025  cover_T11_2025  1
    pay_TR_T11_2025  total_TR  1
    pay_TR_T11_2025  cap_TR_2025  1
    pay_TR_T11_2025  share_TR_T11  1
    pay_TR_T11_2026  cover_T11_2026  1
    pay_TR_T11_2026  total_TR  1
    pay_TR_T11_2026  cap_TR_2026  1
    pay_TR_T11_2026  share_TR_T11  1
    pay_TR_T11_2027  cover_T11_2027  1
    pay_TR_T11_2027  total_TR  1
    pay_TR_T11_2027  cap_TR_2027  1
    pay_TR_T11_2027  share_TR_T11  1
    pay_TR_T11_2028  cover_T11_2028  1
    pay_TR_T11_2028  total_TR  1
    pay_TR_T11_2028  cap_TR_2028  1
    pay_TR_T11_2028  share_TR_T11  1
    pay_BIH-COFIN_T11_2024  cover_T11_2024  1
    pay_BIH-COFIN_T11_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T11_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T11_2024  share_BIH-COFIN_T11  1
    pay_BIH-COFIN_T11_2025  cover_T11_2025  1
    pay_BIH-COFIN_T11_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T11_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T11_2025  share_BIH-COFIN_T11  1
    pay_BIH-COFIN_T11_2026  cover_T11_2026  1
    pay_BIH-COFIN_T11_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T11_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T11_2026  share_BIH-COFIN_T11  1
    pay_BIH-COFIN_T11_2027  cover_T11_2027  1
    pay_BIH-COFIN_T11_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T11_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T11_2027  share_BIH-COFIN_T11  1
    pay_BIH-COFIN_T11_2028  cover_T11_2028  1
    pay_BIH-COFIN_T11_2028  total_BIH-COFIN  1
    pay_BIH-COFIN_T11_2028  cap_BIH-COFIN_2028  1
    pay_BIH-COFIN_T11_2028  share_BIH-COFIN_T11  1
    pay_TR_T12_2024  cover_T12_2024  1
    pay_TR_T12_2024  total_TR  1
    pay_TR_T12_2024  cap_TR_2024  1
    pay_TR_T12_2024  share_TR_T12  1
    pay_TR_T12_2025  cover_T12_2025  1
    pay_TR_T12_2025  total_TR  1
    pay_TR_T12_2025  cap_TR_2025  1
    pay_TR_T12_2025  share_TR_T12  1
    pay_TR_T12_2026  cover_T12_2026  1
    pay_TR_T12_2026  total_TR  1
    pay_TR_T12_2026  cap_TR_2026  1
    pay_TR_T12_2026  share_TR_T12  1
    pay_TR_T12_2027  cover_T12_2027  1
    pay_TR_T12_2027  total_TR  1
    pay_TR_T12_2027  cap_TR_2027  1
    pay_TR_T12_2027  share_TR_T12  1
    pay_BIH-COFIN_T12_2024  cover_T12_2024  1
    pay_BIH-COFIN_T12_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T12_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T12_2024  share_BIH-COFIN_T12  1
    pay_BIH-COFIN_T12_2025  cover_T12_2025  1
    pay_BIH-COFIN_T12_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T12_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T12_2025  share_BIH-COFIN_T12  1
    pay_BIH-COFIN_T12_2026  cover_T12_2026  1
    pay_BIH-COFIN_T12_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T12_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T12_2026  share_BIH-COFIN_T12  1
    pay_BIH-COFIN_T12_2027  cover_T12_2027  1
    pay_BIH-COFIN_T12_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T12_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T12_2027  share_BIH-COFIN_T12  1
    pay_TR_T13_2024  cover_T13_2024  1
    pay_TR_T13_2024  total_TR  1
    pay_TR_T13_2024  cap_TR_2024  1
    pay_TR_T13_2024  share_TR_T13  1
    pay_TR_T13_2025  cover_T13_2025  1
    pay_TR_T13_2025  total_TR  1
    pay_TR_T13_2025  cap_TR_2025  1
    pay_TR_T13_2025  share_TR_T13  1
    pay_TR_T13_2026  cover_T13_2026  1
    pay_TR_T13_2026  total_TR  1
    pay_TR_T13_2026  cap_TR_2026  1
    pay_TR_T13_2026  share_TR_T13  1
    pay_TR_T13_2027  cover_T13_2027  1
    pay_TR_T13_2027  total_TR  1
    pay_TR_T13_2027  cap_TR_2027  1
    pay_TR_T13_2027  share_TR_T13  1
    pay_BIH-COFIN_T13_2024  cover_T13_2024  1
    pay_BIH-COFIN_T13_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T13_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T13_2024  share_BIH-COFIN_T13  1
    pay_BIH-COFIN_T13_2025  cover_T13_2025  1
    pay_BIH-COFIN_T13_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T13_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T13_2025  share_BIH-COFIN_T13  1
    pay_BIH-COFIN_T13_2026  cover_T13_2026  1
    pay_BIH-COFIN_T13_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T13_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T13_2026  share_BIH-COFIN_T13  1
    pay_BIH-COFIN_T13_2027  cover_T13_2027  1
    pay_BIH-COFIN_T13_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T13_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T13_2027  share_BIH-COFIN_T13  1
    pay_TR_T14_2025  cover_T14_2025  1
    pay_TR_T14_2025  total_TR  1
    pay_TR_T14_2025  cap_TR_2025  1
    pay_TR_T14_2025  share_TR_T14  1
    pay_TR_T14_2026  cover_T14_2026  1
    pay_TR_T14_2026  total_TR  1
    pay_TR_T14_2026  cap_TR_2026  1
    pay_TR_T14_2026  share_TR_T14  1
    pay_TR_T14_2027  cover_T14_2027  1
    pay_TR_T14_2027  total_TR  1
    pay_TR_T14_2027  cap_TR_2027  1
    pay_TR_T14_2027  share_TR_T14  1
    pay_BIH-COFIN_T14_2025  cover_T14_2025  1
    pay_BIH-COFIN_T14_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T14_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T14_2025  share_BIH-COFIN_T14  1
    pay_BIH-COFIN_T14_2026  cover_T14_2026  1
    pay_BIH-COFIN_T14_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T14_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T14_2026  share_BIH-COFIN_T14  1
    pay_BIH-COFIN_T14_2027  cover_T14_2027  1
    pay_BIH-COFIN_T14_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T14_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T14_2027  share_BIH-COFIN_T14  1
    pay_TR_T15_2024  cover_T15_2024  1
    pay_TR_T15_2024  total_TR  1
    pay_TR_T15_2024  cap_TR_2024  1
    pay_TR_T15_2024  share_TR_T15  1
    pay_TR_T15_2025  cover_T15_2025  1
    pay_TR_T15_2025  total_TR  1
    pay_TR_T15_2025  cap_TR_2025  1
    pay_TR_T15_2025  share_TR_T15  1
    pay_TR_T15_2026  cover_T15_2026  1
    pay_TR_T15_2026  total_TR  1
    pay_TR_T15_2026  cap_TR_2026  1
    pay_TR_T15_2026  share_TR_T15  1
    pay_TR_T15_2027  cover_T15_2027  1
    pay_TR_T15_2027  total_TR  1
    pay_TR_T15_2027  cap_TR_2027  1
    pay_TR_T15_2027  share_TR_T15  1
    pay_BIH-COFIN_T15_2024  cover_T15_2024  1
    pay_BIH-COFIN_T15_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T15_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T15_2024  share_BIH-COFIN_T15  1
    pay_BIH-COFIN_T15_2025  cover_T15_2025  1
    pay_BIH-COFIN_T15_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T15_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T15_2025  share_BIH-COFIN_T15  1
    pay_BIH-COFIN_T15_2026  cover_T15_2026  1
    pay_BIH-COFIN_T15_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T15_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T15_2026  share_BIH-COFIN_T15  1
    pay_BIH-COFIN_T15_2027  cover_T15_2027  1
    pay_BIH-COFIN_T15_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T15_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T15_2027  share_BIH-COFIN_T15  1
    pay_NO_T16_2024  cover_T16_2024  1
    pay_NO_T16_2024  total_NO  1
    pay_NO_T16_2024  cap_NO_2024  1
    pay_NO_T16_2024  share_NO_T16  1
    pay_NO_T16_2025  cover_T16_2025  1
    pay_NO_T16_2025  total_NO  1
    pay_NO_T16_2025  cap_NO_2025  1
    pay_NO_T16_2025  share_NO_T16  1
    pay_NO_T16_2026  cover_T16_2026  1
    pay_NO_T16_2026  total_NO  1
    pay_NO_T16_2026  cap_NO_2026  1
    pay_NO_T16_2026  share_NO_T16  1
    pay_NO_T16_2027  cover_T16_2027  1
    pay_NO_T16_2027  total_NO  1
    pay_NO_T16_2027  cap_NO_2027  1
    pay_NO_T16_2027  share_NO_T16  1
    pay_BIH-COFIN_T16_2024  cover_T16_2024  1
    pay_BIH-COFIN_T16_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T16_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T16_2024  share_BIH-COFIN_T16  1
    pay_BIH-COFIN_T16_2025  cover_T16_2025  1
    pay_BIH-COFIN_T16_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T16_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T16_2025  share_BIH-COFIN_T16  1
    pay_BIH-COFIN_T16_2026  cover_T16_2026  1
    pay_BIH-COFIN_T16_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T16_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T16_2026  share_BIH-COFIN_T16  1
    pay_BIH-COFIN_T16_2027  cover_T16_2027  1
    pay_BIH-COFIN_T16_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T16_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T16_2027  share_BIH-COFIN_T16  1
    pay_NO_T17_2025  cover_T17_2025  1
    pay_NO_T17_2025  total_NO  1
    pay_NO_T17_2025  cap_NO_2025  1
    pay_NO_T17_2025  share_NO_T17  1
    pay_NO_T17_2026  cover_T17_2026  1
    pay_NO_T17_2026  total_NO  1
    pay_NO_T17_2026  cap_NO_2026  1
    pay_NO_T17_2026  share_NO_T17  1
    pay_NO_T17_2027  cover_T17_2027  1
    pay_NO_T17_2027  total_NO  1
    pay_NO_T17_2027  cap_NO_2027  1
    pay_NO_T17_2027  share_NO_T17  1
    pay_NO_T17_2028  cover_T17_2028  1
    pay_NO_T17_2028  total_NO  1
    pay_NO_T17_2028  cap_NO_2028  1
    pay_NO_T17_2028  share_NO_T17  1
    pay_BIH-COFIN_T17_2025  cover_T17_2025  1
    pay_BIH-COFIN_T17_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T17_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T17_2025  share_BIH-COFIN_T17  1
    pay_BIH-COFIN_T17_2026  cover_T17_2026  1
    pay_BIH-COFIN_T17_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T17_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T17_2026  share_BIH-COFIN_T17  1
    pay_BIH-COFIN_T17_2027  cover_T17_2027  1
    pay_BIH-COFIN_T17_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T17_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T17_2027  share_BIH-COFIN_T17  1
    pay_BIH-COFIN_T17_2028  cover_T17_2028  1
    pay_BIH-COFIN_T17_2028  total_BIH-COFIN  1
    pay_BIH-COFIN_T17_2028  cap_BIH-COFIN_2028  1
    pay_BIH-COFIN_T17_2028  share_BIH-COFIN_T17  1
    pay_NO_T18_2024  cover_T18_2024  1
    pay_NO_T18_2024  total_NO  1
    pay_NO_T18_2024  cap_NO_2024  1
    pay_NO_T18_2024  share_NO_T18  1
    pay_NO_T18_2025  cover_T18_2025  1
    pay_NO_T18_2025  total_NO  1
    pay_NO_T18_2025  cap_NO_2025  1
    pay_NO_T18_2025  share_NO_T18  1
    pay_NO_T18_2026  cover_T18_2026  1
    pay_NO_T18_2026  total_NO  1
    pay_NO_T18_2026  cap_NO_2026  1
    pay_NO_T18_2026  share_NO_T18  1
    pay_NO_T18_2027  cover_T18_2027  1
    pay_NO_T18_2027  total_NO  1
    pay_NO_T18_2027  cap_NO_2027  1
    pay_NO_T18_2027  share_NO_T18  1
    pay_BIH-COFIN_T18_2024  cover_T18_2024  1
    pay_BIH-COFIN_T18_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T18_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T18_2024  share_BIH-COFIN_T18  1
    pay_BIH-COFIN_T18_2025  cover_T18_2025  1
    pay_BIH-COFIN_T18_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T18_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T18_2025  share_BIH-COFIN_T18  1
    pay_BIH-COFIN_T18_2026  cover_T18_2026  1
    pay_BIH-COFIN_T18_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T18_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T18_2026  share_BIH-COFIN_T18  1
    pay_BIH-COFIN_T18_2027  cover_T18_2027  1
    pay_BIH-COFIN_T18_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T18_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T18_2027  share_BIH-COFIN_T18  1
    pay_NO_T19_2024  cover_T19_2024  1
    pay_NO_T19_2024  total_NO  1
    pay_NO_T19_2024  cap_NO_2024  1
    pay_NO_T19_2024  share_NO_T19  1
    pay_NO_T19_2025  cover_T19_2025  1
    pay_NO_T19_2025  total_NO  1
    pay_NO_T19_2025  cap_NO_2025  1
    pay_NO_T19_2025  share_NO_T19  1
    pay_NO_T19_2026  cover_T19_2026  1
    pay_NO_T19_2026  total_NO  1
    pay_NO_T19_2026  cap_NO_2026  1
    pay_NO_T19_2026  share_NO_T19  1
    pay_NO_T19_2027  cover_T19_2027  1
    pay_NO_T19_2027  total_NO  1
    pay_NO_T19_2027  cap_NO_2027  1
    pay_NO_T19_2027  share_NO_T19  1
    pay_BIH-COFIN_T19_2024  cover_T19_2024  1
    pay_BIH-COFIN_T19_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T19_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T19_2024  share_BIH-COFIN_T19  1
    pay_BIH-COFIN_T19_2025  cover_T19_2025  1
    pay_BIH-COFIN_T19_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T19_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T19_2025  share_BIH-COFIN_T19  1
    pay_BIH-COFIN_T19_2026  cover_T19_2026  1
    pay_BIH-COFIN_T19_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T19_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T19_2026  share_BIH-COFIN_T19  1
    pay_BIH-COFIN_T19_2027  cover_T19_2027  1
    pay_BIH-COFIN_T19_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T19_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T19_2027  share_BIH-COFIN_T19  1
    pay_NO_T20_2024  cover_T20_2024  1
    pay_NO_T20_2024  total_NO  1
    pay_NO_T20_2024  cap_NO_2024  1
    pay_NO_T20_2024  share_NO_T20  1
    pay_NO_T20_2025  cover_T20_2025  1
    pay_NO_T20_2025  total_NO  1
    pay_NO_T20_2025  cap_NO_2025  1
    pay_NO_T20_2025  share_NO_T20  1
    pay_NO_T20_2026  cover_T20_2026  1
    pay_NO_T20_2026  total_NO  1
    pay_NO_T20_2026  cap_NO_2026  1
    pay_NO_T20_2026  share_NO_T20  1
    pay_NO_T20_2027  cover_T20_2027  1
    pay_NO_T20_2027  total_NO  1
    pay_NO_T20_2027  cap_NO_2027  1
    pay_NO_T20_2027  share_NO_T20  1
    pay_BIH-COFIN_T20_2024  cover_T20_2024  1
    pay_BIH-COFIN_T20_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T20_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T20_2024  share_BIH-COFIN_T20  1
    pay_BIH-COFIN_T20_2025  cover_T20_2025  1
    pay_BIH-COFIN_T20_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T20_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T20_2025  share_BIH-COFIN_T20  1
    pay_BIH-COFIN_T20_2026  cover_T20_2026  1
    pay_BIH-COFIN_T20_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T20_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T20_2026  share_BIH-COFIN_T20  1
    pay_BIH-COFIN_T20_2027  cover_T20_2027  1
    pay_BIH-COFIN_T20_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T20_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T20_2027  share_BIH-COFIN_T20  1
    pay_US_T21_2024  cover_T21_2024  1
    pay_US_T21_2024  total_US  1
    pay_US_T21_2024  cap_US_2024  1
    pay_US_T21_2024  share_US_T21  1
    pay_US_T21_2025  cover_T21_2025  1
    pay_US_T21_2025  total_US  1
    pay_US_T21_2025  cap_US_2025  1
    pay_US_T21_2025  share_US_T21  1
    pay_US_T21_2026  cover_T21_2026  1
    pay_US_T21_2026  total_US  1
    pay_US_T21_2026  cap_US_2026  1
    pay_US_T21_2026  share_US_T21  1
    pay_US_T21_2027  cover_T21_2027  1
    pay_US_T21_2027  total_US  1
    pay_US_T21_2027  cap_US_2027  1
    pay_US_T21_2027  share_US_T21  1
    pay_BIH-COFIN_T21_2024  cover_T21_2024  1
    pay_BIH-COFIN_T21_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_T21_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_T21_2024  share_BIH-COFIN_T21  1
    pay_BIH-COFIN_T21_2025  cover_T21_2025  1
    pay_BIH-COFIN_T21_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_T21_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_T21_2025  share_BIH-COFIN_T21  1
    pay_BIH-COFIN_T21_2026  cover_T21_2026  1
    pay_BIH-COFIN_T21_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_T21_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_T21_2026  share_BIH-COFIN_T21  1
    pay_BIH-COFIN_T21_2027  cover_T21_2027  1
    pay_BIH-COFIN_T21_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_T21_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_T21_2027  share_BIH-COFIN_T21  1
    pay_US_I01_2024  cover_I01_2024  1
    pay_US_I01_2024  total_US  1
    pay_US_I01_2024  cap_US_2024  1
    pay_US_I01_2024  share_US_I01  1
    pay_US_I01_2025  cover_I01_2025  1
    pay_US_I01_2025  total_US  1
    pay_US_I01_2025  cap_US_2025  1
    pay_US_I01_2025  share_US_I01  1
    pay_US_I01_2026  cover_I01_2026  1
    pay_US_I01_2026  total_US  1
    pay_US_I01_2026  cap_US_2026  1
    pay_US_I01_2026  share_US_I01  1
    pay_US_I01_2027  cover_I01_2027  1
    pay_US_I01_2027  total_US  1
    pay_US_I01_2027  cap_US_2027  1
    pay_US_I01_2027  share_US_I01  1
    pay_US_I01_2028  cover_I01_2028  1
    pay_US_I01_2028  total_US  1
    pay_US_I01_2028  cap_US_2028  1
    pay_US_I01_2028  share_US_I01  1
    pay_BIH-COFIN_I01_2024  cover_I01_2024  1
    pay_BIH-COFIN_I01_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_I01_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_I01_2024  share_BIH-COFIN_I01  1
    pay_BIH-COFIN_I01_2025  cover_I01_2025  1
    pay_BIH-COFIN_I01_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_I01_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_I01_2025  share_BIH-COFIN_I01  1
    pay_BIH-COFIN_I01_2026  cover_I01_2026  1
    pay_BIH-COFIN_I01_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_I01_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_I01_2026  share_BIH-COFIN_I01  1
    pay_BIH-COFIN_I01_2027  cover_I01_2027  1
    pay_BIH-COFIN_I01_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_I01_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_I01_2027  share_BIH-COFIN_I01  1
    pay_BIH-COFIN_I01_2028  cover_I01_2028  1
    pay_BIH-COFIN_I01_2028  total_BIH-COFIN  1
    pay_BIH-COFIN_I01_2028  cap_BIH-COFIN_2028  1
    pay_BIH-COFIN_I01_2028  share_BIH-COFIN_I01  1
    pay_NO_I02_2024  cover_I02_2024  1
    pay_NO_I02_2024  total_NO  1
    pay_NO_I02_2024  cap_NO_2024  1
    pay_NO_I02_2024  share_NO_I02  1
    pay_NO_I02_2025  cover_I02_2025  1
    pay_NO_I02_2025  total_NO  1
    pay_NO_I02_2025  cap_NO_2025  1
    pay_NO_I02_2025  share_NO_I02  1
    pay_NO_I02_2026  cover_I02_2026  1
    pay_NO_I02_2026  total_NO  1
    pay_NO_I02_2026  cap_NO_2026  1
    pay_NO_I02_2026  share_NO_I02  1
    pay_NO_I02_2027  cover_I02_2027  1
    pay_NO_I02_2027  total_NO  1
    pay_NO_I02_2027  cap_NO_2027  1
    pay_NO_I02_2027  share_NO_I02  1
    pay_BIH-COFIN_I02_2024  cover_I02_2024  1
    pay_BIH-COFIN_I02_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_I02_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_I02_2024  share_BIH-COFIN_I02  1
    pay_BIH-COFIN_I02_2025  cover_I02_2025  1
    pay_BIH-COFIN_I02_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_I02_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_I02_2025  share_BIH-COFIN_I02  1
    pay_BIH-COFIN_I02_2026  cover_I02_2026  1
    pay_BIH-COFIN_I02_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_I02_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_I02_2026  share_BIH-COFIN_I02  1
    pay_BIH-COFIN_I02_2027  cover_I02_2027  1
    pay_BIH-COFIN_I02_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_I02_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_I02_2027  share_BIH-COFIN_I02  1
    pay_UK_I03_2024  cover_I03_2024  1
    pay_UK_I03_2024  total_UK  1
    pay_UK_I03_2024  cap_UK_2024  1
    pay_UK_I03_2024  share_UK_I03  1
    pay_UK_I03_2025  cover_I03_2025  1
    pay_UK_I03_2025  total_UK  1
    pay_UK_I03_2025  cap_UK_2025  1
    pay_UK_I03_2025  share_UK_I03  1
    pay_UK_I03_2026  cover_I03_2026  1
    pay_UK_I03_2026  total_UK  1
    pay_UK_I03_2026  cap_UK_2026  1
    pay_UK_I03_2026  share_UK_I03  1
    pay_UK_I03_2027  cover_I03_2027  1
    pay_UK_I03_2027  total_UK  1
    pay_UK_I03_2027  cap_UK_2027  1
    pay_UK_I03_2027  share_UK_I03  1
    pay_BIH-COFIN_I03_2024  cover_I03_2024  1
    pay_BIH-COFIN_I03_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_I03_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_I03_2024  share_BIH-COFIN_I03  1
    pay_BIH-COFIN_I03_2025  cover_I03_2025  1
    pay_BIH-COFIN_I03_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_I03_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_I03_2025  share_BIH-COFIN_I03  1
    pay_BIH-COFIN_I03_2026  cover_I03_2026  1
    pay_BIH-COFIN_I03_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_I03_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_I03_2026  share_BIH-COFIN_I03  1
    pay_BIH-COFIN_I03_2027  cover_I03_2027  1
    pay_BIH-COFIN_I03_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_I03_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_I03_2027  share_BIH-COFIN_I03  1
    pay_TR_I04_2024  cover_I04_2024  1
    pay_TR_I04_2024  total_TR  1
    pay_TR_I04_2024  cap_TR_2024  1
    pay_TR_I04_2024  share_TR_I04  1
    pay_TR_I04_2025  cover_I04_2025  1
    pay_TR_I04_2025  total_TR  1
    pay_TR_I04_2025  cap_TR_2025  1
    pay_TR_I04_2025  share_TR_I04  1
    pay_TR_I04_2026  cover_I04_2026  1
    pay_TR_I04_2026  total_TR  1
    pay_TR_I04_2026  cap_TR_2026  1
    pay_TR_I04_2026  share_TR_I04  1
    pay_BIH-COFIN_I04_2024  cover_I04_2024  1
    pay_BIH-COFIN_I04_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_I04_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_I04_2024  share_BIH-COFIN_I04  1
    pay_BIH-COFIN_I04_2025  cover_I04_2025  1
    pay_BIH-COFIN_I04_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_I04_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_I04_2025  share_BIH-COFIN_I04  1
    pay_BIH-COFIN_I04_2026  cover_I04_2026  1
    pay_BIH-COFIN_I04_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_I04_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_I04_2026  share_BIH-COFIN_I04  1
    pay_US_I05_2024  cover_I05_2024  1
    pay_US_I05_2024  total_US  1
    pay_US_I05_2024  cap_US_2024  1
    pay_US_I05_2024  share_US_I05  1
    pay_US_I05_2025  cover_I05_2025  1
    pay_US_I05_2025  total_US  1
    pay_US_I05_2025  cap_US_2025  1
    pay_US_I05_2025  share_US_I05  1
    pay_US_I05_2026  cover_I05_2026  1
    pay_US_I05_2026  total_US  1
    pay_US_I05_2026  cap_US_2026  1
    pay_US_I05_2026  share_US_I05  1
    pay_US_I05_2027  cover_I05_2027  1
    pay_US_I05_2027  total_US  1
    pay_US_I05_2027  cap_US_2027  1
    pay_US_I05_2027  share_US_I05  1
    pay_BIH-COFIN_I05_2024  cover_I05_2024  1
    pay_BIH-COFIN_I05_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_I05_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_I05_2024  share_BIH-COFIN_I05  1
    pay_BIH-COFIN_I05_2025  cover_I05_2025  1
    pay_BIH-COFIN_I05_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_I05_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_I05_2025  share_BIH-COFIN_I05  1
    pay_BIH-COFIN_I05_2026  cover_I05_2026  1
    pay_BIH-COFIN_I05_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_I05_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_I05_2026  share_BIH-COFIN_I05  1
    pay_BIH-COFIN_I05_2027  cover_I05_2027  1
    pay_BIH-COFIN_I05_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_I05_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_I05_2027  share_BIH-COFIN_I05  1
    pay_TR_I06_2024  cover_I06_2024  1
    pay_TR_I06_2024  total_TR  1
    pay_TR_I06_2024  cap_TR_2024  1
    pay_TR_I06_2024  share_TR_I06  1
    pay_TR_I06_2025  cover_I06_2025  1
    pay_TR_I06_2025  total_TR  1
    pay_TR_I06_2025  cap_TR_2025  1
    pay_TR_I06_2025  share_TR_I06  1
    pay_TR_I06_2026  cover_I06_2026  1
    pay_TR_I06_2026  total_TR  1
    pay_TR_I06_2026  cap_TR_2026  1
    pay_TR_I06_2026  share_TR_I06  1
    pay_TR_I06_2027  cover_I06_2027  1
    pay_TR_I06_2027  total_TR  1
    pay_TR_I06_2027  cap_TR_2027  1
    pay_TR_I06_2027  share_TR_I06  1
    pay_BIH-COFIN_I06_2024  cover_I06_2024  1
    pay_BIH-COFIN_I06_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_I06_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_I06_2024  share_BIH-COFIN_I06  1
    pay_BIH-COFIN_I06_2025  cover_I06_2025  1
    pay_BIH-COFIN_I06_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_I06_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_I06_2025  share_BIH-COFIN_I06  1
    pay_BIH-COFIN_I06_2026  cover_I06_2026  1
    pay_BIH-COFIN_I06_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_I06_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_I06_2026  share_BIH-COFIN_I06  1
    pay_BIH-COFIN_I06_2027  cover_I06_2027  1
    pay_BIH-COFIN_I06_2027  total_BIH-COFIN  1
    pay_BIH-COFIN_I06_2027  cap_BIH-COFIN_2027  1
    pay_BIH-COFIN_I06_2027  share_BIH-COFIN_I06  1
    pay_UK_I07_2024  cover_I07_2024  1
    pay_UK_I07_2024  total_UK  1
    pay_UK_I07_2024  cap_UK_2024  1
    pay_UK_I07_2024  share_UK_I07  1
    pay_UK_I07_2025  cover_I07_2025  1
    pay_UK_I07_2025  total_UK  1
    pay_UK_I07_2025  cap_UK_2025  1
    pay_UK_I07_2025  share_UK_I07  1
    pay_UK_I07_2026  cover_I07_2026  1
    pay_UK_I07_2026  total_UK  1
    pay_UK_I07_2026  cap_UK_2026  1
    pay_UK_I07_2026  share_UK_I07  1
    pay_BIH-COFIN_I07_2024  cover_I07_2024  1
    pay_BIH-COFIN_I07_2024  total_BIH-COFIN  1
    pay_BIH-COFIN_I07_2024  cap_BIH-COFIN_2024  1
    pay_BIH-COFIN_I07_2024  share_BIH-COFIN_I07  1
    pay_BIH-COFIN_I07_2025  cover_I07_2025  1
    pay_BIH-COFIN_I07_2025  total_BIH-COFIN  1
    pay_BIH-COFIN_I07_2025  cap_BIH-COFIN_2025  1
    pay_BIH-COFIN_I07_2025  share_BIH-COFIN_I07  1
    pay_BIH-COFIN_I07_2026  cover_I07_2026  1
    pay_BIH-COFIN_I07_2026  total_BIH-COFIN  1
    pay_BIH-COFIN_I07_2026  cap_BIH-COFIN_2026  1
    pay_BIH-COFIN_I07_2026  share_BIH-COFIN_I07  1
RHS
    RHS  assign_DCB-D1  1
    RHS  assign_DCB-D2  1
    RHS  assign_DCB-D3  1
    RHS  assign_DCB-D4  1
    RHS  assign_DCB-D5  1
    RHS  assign_DCB-D6  1
    RHS  assign_DCB-D7  1
    RHS  assign_DCB-D8  1
    RHS  assign_DCB-D9  1
    RHS  assign_DCB-S1  1
    RHS  assign_DCB-S2  1
    RHS  assign_DCB-S3  1
    RHS  lock_DCB-D1  1
    RHS  lock_DCB-D2  1
    RHS  lock_DCB-D3  1
    RHS  lock_DCB-D4  1
    RHS  budget_DCB  48000
    RHS  total_US  16000
    RHS  total_UK  8000
    RHS  total_TR  6000
    RHS  total_NO  5000
    RHS  cap_DCB_2024  13000
    RHS  cap_DCB_2025  16000
    RHS  cap_DCB_2026  16000
    RHS  cap_DCB_2027  12000
    RHS  cap_DCB_2028  8000
    RHS  cap_US_2024  6000
    RHS  cap_US_2025  9600
    RHS  cap_US_2026  9600
    RHS  cap_US_2027  9600
    RHS  cap_US_2028  7200
    RHS  cap_UK_2024  5000
    RHS  cap_UK_2025  8000
    RHS  cap_UK_2026  8000
    RHS  cap_UK_2027  8000
    RHS  cap_UK_2028  6000
    RHS  cap_TR_2024  3500
    RHS  cap_TR_2025  5600
    RHS  cap_TR_2026  5600
    RHS  cap_TR_2027  5600
    RHS  cap_TR_2028  4200
    RHS  cap_NO_2024  3200
    RHS  cap_NO_2025  4800
    RHS  cap_NO_2026  4800
    RHS  cap_NO_2027  4800
    RHS  cap_NO_2028  3200
    RHS  cap_BIH-COFIN_2024  14000
    RHS  cap_BIH-COFIN_2025  22000
    RHS  cap_BIH-COFIN_2026  24000
    RHS  cap_BIH-COFIN_2027  24000
    RHS  cap_BIH-COFIN_2028  20000
    RHS  excl_T07_I04  1
    RHS  excl_T15_T16  1
    RHS  absorb_F01_2025  12000
    RHS  absorb_F01_2026  12000
    RHS  absorb_F01_2027  12000
    RHS  absorb_F02_2024  8000
    RHS  absorb_F02_2025  8000
    RHS  absorb_F02_2026  8000
    RHS  absorb_F02_2027  8000
    RHS  absorb_F03_2025  16000
    RHS  absorb_F03_2026  16000
    RHS  absorb_F03_2027  16000
    RHS  absorb_F03_2028  16000
    RHS  absorb_F04_2024  7000
    RHS  absorb_F04_2025  7000
    RHS  absorb_F04_2026  7000
    RHS  absorb_F04_2027  7000
    RHS  absorb_F05_2024  9000
    RHS  absorb_F05_2025  9000
    RHS  absorb_F05_2026  9000
    RHS  absorb_F05_2027  9000
    RHS  absorb_F06_2024  12000
    RHS  absorb_F06_2025  12000
    RHS  absorb_F06_2026  12000
    RHS  absorb_F06_2027  12000
    RHS  absorb_F07_2024  3000
    RHS  absorb_F07_2025  3000
    RHS  absorb_F07_2026  3000
    RHS  absorb_F07_2027  3000
    RHS  absorb_F08_2024  5000
    RHS  absorb_F08_2025  5000
    RHS  absorb_F08_2026  5000
    RHS  absorb_F08_2027  5000
    RHS  absorb_F09_2024  3000
    RHS  absorb_F09_2025  3000
    RHS  absorb_F09_2026  3000
    RHS  absorb_F09_2027  3000
    RHS  absorb_F10_2024  2500
    RHS  absorb_F10_2025  2500
    RHS  absorb_F10_2026  2500
    RHS  absorb_F10_2027  2500
    RHS  absorb_F11_2024  6000
    RHS  absorb_F11_2025  6000
    RHS  absorb_F11_2026  6000
    RHS  absorb_F11_2027  6000
    RHS  absorb_F13_2025  4000
    RHS  absorb_F13_2026  4000
    RHS  absorb_F13_2027  4000
RANGES
    RNG  assign_T01  1
    RNG  assign_T02  1
    RNG  assign_T03  1
    RNG  assign_T04  1
    RNG  assign_T05  1
    RNG  assign_T06  1
    RNG  assign_T07  1
    RNG  assign_T08  1
    RNG  assign_T09  1
    RNG  assign_T10  1
    RNG  assign_T11  1
    RNG  assign_T12  1
    RNG  assign_T13  1
    RNG  assign_T14  1
    RNG  assign_T15  1
    RNG  assign_T16  1
    RNG  assign_T17  1
    RNG  assign_T18  1
    RNG  assign_T19  1
    RNG  assign_T20  1
    RNG  assign_T21  1
    RNG  assign_I01  1
    RNG  assign_I02  1
    RNG  assign_I03  1
    RNG  assign_I04  1
    RNG  assign_I05  1
    RNG  assign_I06  1
    RNG  assign_I07  1
    RNG  budget_DCB  5000
    RNG  total_US  10400
    RNG  total_UK  14000
    RNG  total_TR  9400
    RNG  total_NO  7000
    RNG  total_BIH-COFIN  70000
BOUNDS
 UP BND  x_DCB-D1_basic_2024  1
 UP BND  x_DCB-D1_basic_2025  1
 UP BND  x_DCB-D1_standard_2024  1
 UP BND  x_DCB-D1_standard_2025  1
 UP BND  x_DCB-D1_enhanced_2024  1
 UP BND  x_DCB-D1_enhanced_2025  1
 UP BND  x_DCB-D2_basic_2024  1
 UP BND  x_DCB-D2_basic_2025  1
 UP BND  x_DCB-D2_standard_2024  1
 UP BND  x_DCB-D2_standard_2025  1
 UP BND  x_DCB-D3_basic_2024  1
 UP BND  x_DCB-D3_basic_2025  1
 UP BND  x_DCB-D3_standard_2024  1
 UP BND  x_DCB-D3_standard_2025  1
 UP BND  x_DCB-D3_enhanced_2024  1
 UP BND  x_DCB-D3_enhanced_2025  1
 UP BND  x_DCB-D4_basic_2024  1
 UP BND  x_DCB-D4_basic_2025  1
 UP BND  x_DCB-D4_standard_2024  1
 UP BND  x_DCB-D4_standard_2025  1
 UP BND  x_DCB-D5_basic_2024  1
 UP BND  x_DCB-D5_basic_2025  1
 UP BND  x_DCB-D5_basic_2026  1
 UP BND  x_DCB-D5_standard_2024  1
 UP BND  x_DCB-D5_standard_2025  1
 UP BND  x_DCB-D5_standard_2026  1
 UP BND  x_DCB-D5_enhanced_2024  1
 UP BND  x_DCB-D5_enhanced_2025  1
 UP BND  x_DCB-D5_enhanced_2026  1
 UP BND  x_DCB-D6_basic_2024  1
 UP BND  x_DCB-D6_basic_2025  1
 UP BND  x_DCB-D6_basic_2026  1
 UP BND  x_DCB-D6_standard_2024  1
 UP BND  x_DCB-D6_standard_2025  1
 UP BND  x_DCB-D6_standard_2026  1
 UP BND  x_DCB-D6_enhanced_2024  1
 UP BND  x_DCB-D6_enhanced_2025  1
 UP BND  x_DCB-D6_enhanced_2026  1
 UP BND  x_DCB-D7_basic_2025  1
 UP BND  x_DCB-D7_basic_2026  1
 UP BND  x_DCB-D7_standard_2025  1
 UP BND  x_DCB-D7_standard_2026  1
 UP BND  x_DCB-D7_enhanced_2025  1
 UP BND  x_DCB-D7_enhanced_2026  1
 UP BND  x_DCB-D8_basic_2024  1
 UP BND  x_DCB-D8_basic_2025  1
 UP BND  x_DCB-D8_basic_2026  1
 UP BND  x_DCB-D8_standard_2024  1
 UP BND  x_DCB-D8_standard_2025  1
 UP BND  x_DCB-D8_standard_2026  1
 UP BND  x_DCB-D8_enhanced_2024  1
 UP BND  x_DCB-D8_enhanced_2025  1
 UP BND  x_DCB-D8_enhanced_2026  1
 UP BND  x_DCB-D9_basic_2024  1
 UP BND  x_DCB-D9_basic_2025  1
 UP BND  x_DCB-D9_basic_2026  1
 UP BND  x_DCB-D9_standard_2024  1
 UP BND  x_DCB-D9_standard_2025  1
 UP BND  x_DCB-D9_standard_2026  1
 UP BND  x_DCB-D9_enhanced_2024  1
 UP BND  x_DCB-D9_enhanced_2025  1
 UP BND  x_DCB-D9_enhanced_2026  1
 UP BND  x_DCB-S1_basic_2024  1
 UP BND  x_DCB-S1_basic_2025  1
 UP BND  x_DCB-S1_basic_2026  1
 UP BND  x_DCB-S1_standard_2024  1
 UP BND  x_DCB-S1_standard_2025  1
 UP BND  x_DCB-S1_standard_2026  1
 UP BND  x_DCB-S1_enhanced_2024  1
 UP BND  x_DCB-S1_enhanced_2025  1
 UP BND  x_DCB-S1_enhanced_2026  1
 UP BND  x_DCB-S2_basic_2024  1
 UP BND  x_DCB-S2_basic_2025  1
 UP BND  x_DCB-S2_basic_2026  1
 UP BND  x_DCB-S2_standard_2024  1
 UP BND  x_DCB-S2_standard_2025  1
 UP BND  x_DCB-S2_standard_2026  1
 UP BND  x_DCB-S2_enhanced_2024  1
 UP BND  x_DCB-S2_enhanced_2025  1
 UP BND  x_DCB-S2_enhanced_2026  1
 UP BND  x_DCB-S3_basic_2024  1
 UP BND  x_DCB-S3_basic_2025  1
 UP BND  x_DCB-S3_basic_2026  1
 UP BND  x_DCB-S3_standard_2024  1
 UP BND  x_DCB-S3_standard_2025  1
 UP BND  x_DCB-S3_standard_2026  1
 UP BND  x_T01_core_2025  1
 UP BND  x_T01_core_2026  1
 UP BND  x_T01_full_2025  1
 UP BND  x_T01_full_2026  1
 UP BND  x_T02_core_2024  1
 UP BND  x_T02_core_2025  1
 UP BND  x_T02_core_2026  1
 UP BND  x_T02_full_2024  1
 UP BND  x_T02_full_2025  1
 UP BND  x_T02_full_2026  1
 UP BND  x_T03_pilot_2025  1
 UP BND  x_T03_pilot_2026  1
 UP BND  x_T03_core_2025  1
 UP BND  x_T03_core_2026  1
 UP BND  x_T03_full_2025  1
 UP BND  x_T03_full_2026  1
 UP BND  x_T04_core_2024  1
 UP BND  x_T04_core_2025  1
 UP BND  x_T04_core_2026  1
 UP BND  x_T04_full_2024  1
 UP BND  x_T04_full_2025  1
 UP BND  x_T04_full_2026  1
 UP BND  x_T05_core_2024  1
 UP BND  x_T05_core_2025  1
 UP BND  x_T05_core_2026  1
 UP BND  x_T05_full_2024  1
 UP BND  x_T05_full_2025  1
 UP BND  x_T05_full_2026  1
 UP BND  x_T06_core_2024  1
 UP BND  x_T06_core_2025  1
 UP BND  x_T06_core_2026  1
 UP BND  x_T06_full_2024  1
 UP BND  x_T06_full_2025  1
 UP BND  x_T06_full_2026  1
 UP BND  x_T07_pilot_2024  1
 UP BND  x_T07_pilot_2025  1
 UP BND  x_T07_core_2024  1
 UP BND  x_T07_core_2025  1
 UP BND  x_T07_full_2024  1
 UP BND  x_T07_full_2025  1
 UP BND  x_T08_core_2024  1
 UP BND  x_T08_core_2025  1
 UP BND  x_T08_core_2026  1
 UP BND  x_T08_full_2024  1
 UP BND  x_T08_full_2025  1
 UP BND  x_T08_full_2026  1
 UP BND  x_T09_core_2024  1
 UP BND  x_T09_core_2025  1
 UP BND  x_T09_core_2026  1
 UP BND  x_T09_full_2024  1
 UP BND  x_T09_full_2025  1
 UP BND  x_T09_full_2026  1
 UP BND  x_T10_core_2024  1
 UP BND  x_T10_core_2025  1
 UP BND  x_T10_full_2024  1
 UP BND  x_T10_full_2025  1
 UP BND  x_T11_core_2024  1
 UP BND  x_T11_core_2025  1
 UP BND  x_T11_core_2026  1
 UP BND  x_T11_full_2024  1
 UP BND  x_T11_full_2025  1
 UP BND  x_T11_full_2026  1
 UP BND  x_T12_core_2024  1
 UP BND  x_T12_core_2025  1
 UP BND  x_T12_core_2026  1
 UP BND  x_T12_full_2024  1
 UP BND  x_T12_full_2025  1
 UP BND  x_T12_full_2026  1
 UP BND  x_T13_core_2024  1
 UP BND  x_T13_core_2025  1
 UP BND  x_T13_core_2026  1
 UP BND  x_T13_full_2024  1
 UP BND  x_T13_full_2025  1
 UP BND  x_T13_full_2026  1
 UP BND  x_T14_pilot_2025  1
 UP BND  x_T14_pilot_2026  1
 UP BND  x_T14_core_2025  1
 UP BND  x_T14_core_2026  1
 UP BND  x_T14_full_2025  1
 UP BND  x_T14_full_2026  1
 UP BND  x_T15_core_2024  1
 UP BND  x_T15_core_2025  1
 UP BND  x_T15_core_2026  1
 UP BND  x_T15_full_2024  1
 UP BND  x_T15_full_2025  1
 UP BND  x_T15_full_2026  1
 UP BND  x_T16_core_2024  1
 UP BND  x_T16_core_2025  1
 UP BND  x_T16_core_2026  1
 UP BND  x_T16_full_2024  1
 UP BND  x_T16_full_2025  1
 UP BND  x_T16_full_2026  1
 UP BND  x_T17_core_2025  1
 UP BND  x_T17_core_2026  1
 UP BND  x_T17_full_2025  1
 UP BND  x_T17_full_2026  1
 UP BND  x_T18_core_2024  1
 UP BND  x_T18_core_2025  1
 UP BND  x_T18_core_2026  1
 UP BND  x_T18_full_2024  1
 UP BND  x_T18_full_2025  1
 UP BND  x_T18_full_2026  1
 UP BND  x_T19_core_2024  1
 UP BND  x_T19_core_2025  1
 UP BND  x_T19_core_2026  1
 UP BND  x_T19_full_2024  1
 UP BND  x_T19_full_2025  1
 UP BND  x_T19_full_2026  1
 UP BND  x_T20_core_2024  1
 UP BND  x_T20_core_2025  1
 UP BND  x_T20_core_2026  1
 UP BND  x_T20_full_2024  1
 UP BND  x_T20_full_2025  1
 UP BND  x_T20_full_2026  1
 UP BND  x_T21_core_2024  1
 UP BND  x_T21_core_2025  1
 UP BND  x_T21_core_2026  1
 UP BND  x_T21_full_2024  1
 UP BND  x_T21_full_2025  1
 UP BND  x_T21_full_2026  1
 UP BND  x_I01_core_2024  1
 UP BND  x_I01_core_2025  1
 UP BND  x_I01_core_2026  1
 UP BND  x_I01_full_2024  1
 UP BND  x_I01_full_2025  1
 UP BND  x_I01_full_2026  1
 UP BND  x_I02_core_2024  1
 UP BND  x_I02_core_2025  1
 UP BND  x_I02_core_2026  1
 UP BND  x_I02_full_2024  1
 UP BND  x_I02_full_2025  1
 UP BND  x_I02_full_2026  1
 UP BND  x_I03_core_2024  1
 UP BND  x_I03_core_2025  1
 UP BND  x_I03_core_2026  1
 UP BND  x_I03_full_2024  1
 UP BND  x_I03_full_2025  1
 UP BND  x_I03_full_2026  1
 UP BND  x_I04_core_2024  1
 UP BND  x_I04_core_2025  1
 UP BND  x_I04_full_2024  1
 UP BND  x_I04_full_2025  1
 UP BND  x_I05_core_2024  1
 UP BND  x_I05_core_2025  1
 UP BND  x_I05_core_2026  1
 UP BND  x_I05_full_2024  1
 UP BND  x_I05_full_2025  1
 UP BND  x_I05_full_2026  1
 UP BND  x_I06_core_2024  1
 UP BND  x_I06_core_2025  1
 UP BND  x_I06_core_2026  1
 UP BND  x_I06_full_2024  1
 UP BND  x_I06_full_2025  1
 UP BND  x_I06_full_2026  1
 UP BND  x_I07_core_2024  1
 UP BND  x_I07_core_2025  1
 UP BND  x_I07_core_2026  1
 UP BND  x_I07_full_2024  1
 UP BND  x_I07_full_2025  1
 UP BND  x_I07_full_2026  1
 UP BND  pay_DCB_DCB-D1_2024  2838.71428
 UP BND  pay_DCB_DCB-D1_2025  3784.95237
 UP BND  pay_DCB_DCB-D1_2026  3784.95237
 UP BND  pay_DCB_DCB-D1_2027  2838.71428
 UP BND  pay_DCB_DCB-D2_2024  909.1338
 UP BND  pay_DCB_DCB-D2_2025  1111.16353
 UP BND  pay_DCB_DCB-D2_2026  1111.16353
 UP BND  pay_DCB_DCB-D3_2024  2405.59977
 UP BND  pay_DCB_DCB-D3_2025  3207.46636
 UP BND  pay_DCB_DCB-D3_2026  3207.46636
 UP BND  pay_DCB_DCB-D3_2027  2405.59977
 UP BND  pay_DCB_DCB-D4_2024  1574.73934
 UP BND  pay_DCB_DCB-D4_2025  1924.68142
 UP BND  pay_DCB_DCB-D4_2026  1924.68142
 UP BND  pay_DCB_DCB-D5_2024  2097.334
 UP BND  pay_DCB_DCB-D5_2025  2796.44534
 UP BND  pay_DCB_DCB-D5_2026  2796.44534
 UP BND  pay_DCB_DCB-D5_2027  2796.44534
 UP BND  pay_DCB_DCB-D5_2028  2097.334
 UP BND  pay_NO_DCB-D5_2024  2097.334
 UP BND  pay_NO_DCB-D5_2025  2796.44534
 UP BND  pay_NO_DCB-D5_2026  2796.44534
 UP BND  pay_NO_DCB-D5_2027  2796.44534
 UP BND  pay_NO_DCB-D5_2028  2097.334
 UP BND  pay_DCB_DCB-D6_2024  1688.71833
 UP BND  pay_DCB_DCB-D6_2025  2251.62445
 UP BND  pay_DCB_DCB-D6_2026  2251.62445
 UP BND  pay_DCB_DCB-D6_2027  2251.62445
 UP BND  pay_DCB_DCB-D6_2028  1688.71833
 UP BND  pay_DCB_DCB-D7_2025  1963.38555
 UP BND  pay_DCB_DCB-D7_2026  2617.8474
 UP BND  pay_DCB_DCB-D7_2027  2617.8474
 UP BND  pay_DCB_DCB-D7_2028  1963.38555
 UP BND  pay_DCB_DCB-D8_2024  1957.72984
 UP BND  pay_DCB_DCB-D8_2025  2610.30646
 UP BND  pay_DCB_DCB-D8_2026  2610.30646
 UP BND  pay_DCB_DCB-D8_2027  2610.30646
 UP BND  pay_DCB_DCB-D8_2028  1957.72984
 UP BND  pay_DCB_DCB-D9_2024  1548.24821
 UP BND  pay_DCB_DCB-D9_2025  2064.33095
 UP BND  pay_DCB_DCB-D9_2026  2064.33095
 UP BND  pay_DCB_DCB-D9_2027  2064.33095
 UP BND  pay_DCB_DCB-D9_2028  1548.24821
 UP BND  pay_UK_DCB-D9_2024  1548.24821
 UP BND  pay_UK_DCB-D9_2025  2064.33095
 UP BND  pay_UK_DCB-D9_2026  2064.33095
 UP BND  pay_UK_DCB-D9_2027  2064.33095
 UP BND  pay_UK_DCB-D9_2028  1548.24821
 UP BND  pay_DCB_DCB-S1_2024  1693.83603
 UP BND  pay_DCB_DCB-S1_2025  2258.44804
 UP BND  pay_DCB_DCB-S1_2026  2258.44804
 UP BND  pay_DCB_DCB-S1_2027  2258.44804
 UP BND  pay_DCB_DCB-S1_2028  1693.83603
 UP BND  pay_DCB_DCB-S2_2024  1435.25723
 UP BND  pay_DCB_DCB-S2_2025  1913.67631
 UP BND  pay_DCB_DCB-S2_2026  1913.67631
 UP BND  pay_DCB_DCB-S2_2027  1913.67631
 UP BND  pay_DCB_DCB-S2_2028  1435.25723
 UP BND  pay_DCB_DCB-S3_2024  1596.88927
 UP BND  pay_DCB_DCB-S3_2025  1951.75355
 UP BND  pay_DCB_DCB-S3_2026  1951.75355
 UP BND  pay_DCB_DCB-S3_2027  1951.75355
 UP BND  pay_US_T01_2025  13343.81911
 UP BND  pay_US_T01_2026  17791.75882
 UP BND  pay_US_T01_2027  17791.75882
 UP BND  pay_US_T01_2028  13343.81911
 UP BND  pay_BIH-COFIN_T01_2025  13343.81911
 UP BND  pay_BIH-COFIN_T01_2026  17791.75882
 UP BND  pay_BIH-COFIN_T01_2027  17791.75882
 UP BND  pay_BIH-COFIN_T01_2028  13343.81911
 UP BND  pay_US_T02_2024  6798.58822
 UP BND  pay_US_T02_2025  8309.3856
 UP BND  pay_US_T02_2026  8309.3856
 UP BND  pay_US_T02_2027  8309.3856
 UP BND  pay_BIH-COFIN_T02_2024  6798.58822
 UP BND  pay_BIH-COFIN_T02_2025  8309.3856
 UP BND  pay_BIH-COFIN_T02_2026  8309.3856
 UP BND  pay_BIH-COFIN_T02_2027  8309.3856
 UP BND  pay_US_T03_2025  5727.37218
 UP BND  pay_US_T03_2026  7000.12156
 UP BND  pay_US_T03_2027  7000.12156
 UP BND  pay_BIH-COFIN_T03_2025  5727.37218
 UP BND  pay_BIH-COFIN_T03_2026  7000.12156
 UP BND  pay_BIH-COFIN_T03_2027  7000.12156
 UP BND  pay_US_T04_2024  4335.87191
 UP BND  pay_US_T04_2025  5299.39901
 UP BND  pay_US_T04_2026  5299.39901
 UP BND  pay_US_T04_2027  5299.39901
 UP BND  pay_BIH-COFIN_T04_2024  4335.87191
 UP BND  pay_BIH-COFIN_T04_2025  5299.39901
 UP BND  pay_BIH-COFIN_T04_2026  5299.39901
 UP BND  pay_BIH-COFIN_T04_2027  5299.39901
 UP BND  pay_US_T05_2024  3257.79058
 UP BND  pay_US_T05_2025  4343.72078
 UP BND  pay_US_T05_2026  4343.72078
 UP BND  pay_US_T05_2027  4343.72078
 UP BND  pay_US_T05_2028  3257.79058
 UP BND  pay_BIH-COFIN_T05_2024  3257.79058
 UP BND  pay_BIH-COFIN_T05_2025  4343.72078
 UP BND  pay_BIH-COFIN_T05_2026  4343.72078
 UP BND  pay_BIH-COFIN_T05_2027  4343.72078
 UP BND  pay_BIH-COFIN_T05_2028  3257.79058
 UP BND  pay_UK_T06_2024  8821.82395
 UP BND  pay_UK_T06_2025  10782.22927
 UP BND  pay_UK_T06_2026  10782.22927
 UP BND  pay_UK_T06_2027  10782.22927
 UP BND  pay_BIH-COFIN_T06_2024  8821.82395
 UP BND  pay_BIH-COFIN_T06_2025  10782.22927
 UP BND  pay_BIH-COFIN_T06_2026  10782.22927
 UP BND  pay_BIH-COFIN_T06_2027  10782.22927
 UP BND  pay_UK_T07_2024  15310.48525
 UP BND  pay_UK_T07_2025  20413.98034
 UP BND  pay_UK_T07_2026  20413.98034
 UP BND  pay_UK_T07_2027  15310.48525
 UP BND  pay_BIH-COFIN_T07_2024  15310.48525
 UP BND  pay_BIH-COFIN_T07_2025  20413.98034
 UP BND  pay_BIH-COFIN_T07_2026  20413.98034
 UP BND  pay_BIH-COFIN_T07_2027  15310.48525
 UP BND  pay_UK_T08_2024  4317.81124
 UP BND  pay_UK_T08_2025  5277.32485
 UP BND  pay_UK_T08_2026  5277.32485
 UP BND  pay_UK_T08_2027  5277.32485
 UP BND  pay_BIH-COFIN_T08_2024  4317.81124
 UP BND  pay_BIH-COFIN_T08_2025  5277.32485
 UP BND  pay_BIH-COFIN_T08_2026  5277.32485
 UP BND  pay_BIH-COFIN_T08_2027  5277.32485
 UP BND  pay_UK_T09_2024  5179.44633
 UP BND  pay_UK_T09_2025  6330.4344
 UP BND  pay_UK_T09_2026  6330.4344
 UP BND  pay_UK_T09_2027  6330.4344
 UP BND  pay_BIH-COFIN_T09_2024  5179.44633
 UP BND  pay_BIH-COFIN_T09_2025  6330.4344
 UP BND  pay_BIH-COFIN_T09_2026  6330.4344
 UP BND  pay_BIH-COFIN_T09_2027  6330.4344
 UP BND  pay_UK_T10_2024  3938.48822
 UP BND  pay_UK_T10_2025  3938.48822
 UP BND  pay_BIH-COFIN_T10_2024  3938.48822
 UP BND  pay_BIH-COFIN_T10_2025  3938.48822
 UP BND  pay_TR_T11_2024  6054.71253
 UP BND  pay_TR_T11_2025  8072.95004
 UP BND  pay_TR_T11_2026  8072.95004
 UP BND  pay_TR_T11_2027  8072.95004
 UP BND  pay_TR_T11_2028  6054.71253
 UP BND  pay_BIH-COFIN_T11_2024  6054.71253
 UP BND  pay_BIH-COFIN_T11_2025  8072.95004
 UP BND  pay_BIH-COFIN_T11_2026  8072.95004
 UP BND  pay_BIH-COFIN_T11_2027  8072.95004
 UP BND  pay_BIH-COFIN_T11_2028  6054.71253
 UP BND  pay_TR_T12_2024  4022.27681
 UP BND  pay_TR_T12_2025  4916.1161
 UP BND  pay_TR_T12_2026  4916.1161
 UP BND  pay_TR_T12_2027  4916.1161
 UP BND  pay_BIH-COFIN_T12_2024  4022.27681
 UP BND  pay_BIH-COFIN_T12_2025  4916.1161
 UP BND  pay_BIH-COFIN_T12_2026  4916.1161
 UP BND  pay_BIH-COFIN_T12_2027  4916.1161
 UP BND  pay_TR_T13_2024  4870.10246
 UP BND  pay_TR_T13_2025  5952.34745
 UP BND  pay_TR_T13_2026  5952.34745
 UP BND  pay_TR_T13_2027  5952.34745
 UP BND  pay_BIH-COFIN_T13_2024  4870.10246
 UP BND  pay_BIH-COFIN_T13_2025  5952.34745
 UP BND  pay_BIH-COFIN_T13_2026  5952.34745
 UP BND  pay_BIH-COFIN_T13_2027  5952.34745
 UP BND  pay_TR_T14_2025  7865.28484
 UP BND  pay_TR_T14_2026  9613.12592
 UP BND  pay_TR_T14_2027  9613.12592
 UP BND  pay_BIH-COFIN_T14_2025  7865.28484
 UP BND  pay_BIH-COFIN_T14_2026  9613.12592
 UP BND  pay_BIH-COFIN_T14_2027  9613.12592
 UP BND  pay_TR_T15_2024  2937.96029
 UP BND  pay_TR_T15_2025  3590.84036
 UP BND  pay_TR_T15_2026  3590.84036
 UP BND  pay_TR_T15_2027  3590.84036
 UP BND  pay_BIH-COFIN_T15_2024  2937.96029
 UP BND  pay_BIH-COFIN_T15_2025  3590.84036
 UP BND  pay_BIH-COFIN_T15_2026  3590.84036
 UP BND  pay_BIH-COFIN_T15_2027  3590.84036
 UP BND  pay_NO_T16_2024  7013.3489
 UP BND  pay_NO_T16_2025  8571.87087
 UP BND  pay_NO_T16_2026  8571.87087
 UP BND  pay_NO_T16_2027  8571.87087
 UP BND  pay_BIH-COFIN_T16_2024  7013.3489
 UP BND  pay_BIH-COFIN_T16_2025  8571.87087
 UP BND  pay_BIH-COFIN_T16_2026  8571.87087
 UP BND  pay_BIH-COFIN_T16_2027  8571.87087
 UP BND  pay_NO_T17_2025  10116.28754
 UP BND  pay_NO_T17_2026  13488.38339
 UP BND  pay_NO_T17_2027  13488.38339
 UP BND  pay_NO_T17_2028  10116.28754
 UP BND  pay_BIH-COFIN_T17_2025  10116.28754
 UP BND  pay_BIH-COFIN_T17_2026  13488.38339
 UP BND  pay_BIH-COFIN_T17_2027  13488.38339
 UP BND  pay_BIH-COFIN_T17_2028  10116.28754
 UP BND  pay_NO_T18_2024  5446.11808
 UP BND  pay_NO_T18_2025  6656.36655
 UP BND  pay_NO_T18_2026  6656.36655
 UP BND  pay_NO_T18_2027  6656.36655
 UP BND  pay_BIH-COFIN_T18_2024  5446.11808
 UP BND  pay_BIH-COFIN_T18_2025  6656.36655
 UP BND  pay_BIH-COFIN_T18_2026  6656.36655
 UP BND  pay_BIH-COFIN_T18_2027  6656.36655
 UP BND  pay_NO_T19_2024  5572.83496
 UP BND  pay_NO_T19_2025  6811.24273
 UP BND  pay_NO_T19_2026  6811.24273
 UP BND  pay_NO_T19_2027  6811.24273
 UP BND  pay_BIH-COFIN_T19_2024  5572.83496
 UP BND  pay_BIH-COFIN_T19_2025  6811.24273
 UP BND  pay_BIH-COFIN_T19_2026  6811.24273
 UP BND  pay_BIH-COFIN_T19_2027  6811.24273
 UP BND  pay_NO_T20_2024  2865.66789
 UP BND  pay_NO_T20_2025  3502.48298
 UP BND  pay_NO_T20_2026  3502.48298
 UP BND  pay_NO_T20_2027  3502.48298
 UP BND  pay_BIH-COFIN_T20_2024  2865.66789
 UP BND  pay_BIH-COFIN_T20_2025  3502.48298
 UP BND  pay_BIH-COFIN_T20_2026  3502.48298
 UP BND  pay_BIH-COFIN_T20_2027  3502.48298
 UP BND  pay_US_T21_2024  2909.80541
 UP BND  pay_US_T21_2025  3556.42884
 UP BND  pay_US_T21_2026  3556.42884
 UP BND  pay_US_T21_2027  3556.42884
 UP BND  pay_BIH-COFIN_T21_2024  2909.80541
 UP BND  pay_BIH-COFIN_T21_2025  3556.42884
 UP BND  pay_BIH-COFIN_T21_2026  3556.42884
 UP BND  pay_BIH-COFIN_T21_2027  3556.42884
 UP BND  pay_US_I01_2024  2845.28729
 UP BND  pay_US_I01_2025  3793.71638
 UP BND  pay_US_I01_2026  3793.71638
 UP BND  pay_US_I01_2027  3793.71638
 UP BND  pay_US_I01_2028  2845.28729
 UP BND  pay_BIH-COFIN_I01_2024  2845.28729
 UP BND  pay_BIH-COFIN_I01_2025  3793.71638
 UP BND  pay_BIH-COFIN_I01_2026  3793.71638
 UP BND  pay_BIH-COFIN_I01_2027  3793.71638
 UP BND  pay_BIH-COFIN_I01_2028  2845.28729
 UP BND  pay_NO_I02_2024  3871.02114
 UP BND  pay_NO_I02_2025  4731.24806
 UP BND  pay_NO_I02_2026  4731.24806
 UP BND  pay_NO_I02_2027  4731.24806
 UP BND  pay_BIH-COFIN_I02_2024  3871.02114
 UP BND  pay_BIH-COFIN_I02_2025  4731.24806
 UP BND  pay_BIH-COFIN_I02_2026  4731.24806
 UP BND  pay_BIH-COFIN_I02_2027  4731.24806
 UP BND  pay_UK_I03_2024  3004.29879
 UP BND  pay_UK_I03_2025  3671.92074
 UP BND  pay_UK_I03_2026  3671.92074
 UP BND  pay_UK_I03_2027  3671.92074
 UP BND  pay_BIH-COFIN_I03_2024  3004.29879
 UP BND  pay_BIH-COFIN_I03_2025  3671.92074
 UP BND  pay_BIH-COFIN_I03_2026  3671.92074
 UP BND  pay_BIH-COFIN_I03_2027  3671.92074
 UP BND  pay_TR_I04_2024  4946.96614
 UP BND  pay_TR_I04_2025  6046.29195
 UP BND  pay_TR_I04_2026  6046.29195
 UP BND  pay_BIH-COFIN_I04_2024  4946.96614
 UP BND  pay_BIH-COFIN_I04_2025  6046.29195
 UP BND  pay_BIH-COFIN_I04_2026  6046.29195
 UP BND  pay_US_I05_2024  2863.63985
 UP BND  pay_US_I05_2025  3500.00426
 UP BND  pay_US_I05_2026  3500.00426
 UP BND  pay_US_I05_2027  3500.00426
 UP BND  pay_BIH-COFIN_I05_2024  2863.63985
 UP BND  pay_BIH-COFIN_I05_2025  3500.00426
 UP BND  pay_BIH-COFIN_I05_2026  3500.00426
 UP BND  pay_BIH-COFIN_I05_2027  3500.00426
 UP BND  pay_TR_I06_2024  1943.57544
 UP BND  pay_TR_I06_2025  2375.48109
 UP BND  pay_TR_I06_2026  2375.48109
 UP BND  pay_TR_I06_2027  2375.48109
 UP BND  pay_BIH-COFIN_I06_2024  1943.57544
 UP BND  pay_BIH-COFIN_I06_2025  2375.48109
 UP BND  pay_BIH-COFIN_I06_2026  2375.48109
 UP BND  pay_BIH-COFIN_I06_2027  2375.48109
 UP BND  pay_UK_I07_2024  3330.47384
 UP BND  pay_UK_I07_2025  3330.47384
 UP BND  pay_UK_I07_2026  3330.47384
 UP BND  pay_BIH-COFIN_I07_2024  3330.47384
 UP BND  pay_BIH-COFIN_I07_2025  3330.47384
 UP BND  pay_BIH-COFIN_I07_2026  3330.47384
ENDATA

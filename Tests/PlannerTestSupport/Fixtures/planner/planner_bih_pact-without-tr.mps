* DCB Planner allocation model (DESIGN section 4), scenario 'pact-without-tr'
* money in thousands of US dollars (kUSD); objective: maximize the weighted normalized criteria
* 344 rows, 499 columns (246 binary), 3149 non-zeros
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
 L absorb_F11_2025
 L absorb_F11_2026
 L absorb_F11_2027
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_DCB-D1_basic_2024  OBJ  0.0108
    x_DCB-D1_basic_2024  assign_DCB-D1  1
    x_DCB-D1_basic_2024  cover_DCB-D1_2024  -1800
    x_DCB-D1_basic_2024  cover_DCB-D1_2025  -2400
    x_DCB-D1_basic_2024  cover_DCB-D1_2026  -1800
    x_DCB-D1_basic_2025  OBJ  0.0072000000000000015
    x_DCB-D1_basic_2025  assign_DCB-D1  1
    x_DCB-D1_basic_2025  cover_DCB-D1_2025  -1800
    x_DCB-D1_basic_2025  cover_DCB-D1_2026  -2400
    x_DCB-D1_basic_2025  cover_DCB-D1_2027  -1800
    x_DCB-D1_standard_2024  OBJ  0.014400000000000001
    x_DCB-D1_standard_2024  assign_DCB-D1  1
    x_DCB-D1_standard_2024  lock_DCB-D1  1
    x_DCB-D1_standard_2024  cover_DCB-D1_2024  -2250
    x_DCB-D1_standard_2024  cover_DCB-D1_2025  -3000
    x_DCB-D1_standard_2024  cover_DCB-D1_2026  -2250
    x_DCB-D1_standard_2025  OBJ  0.009600000000000003
    x_DCB-D1_standard_2025  assign_DCB-D1  1
    x_DCB-D1_standard_2025  cover_DCB-D1_2025  -2250
    x_DCB-D1_standard_2025  cover_DCB-D1_2026  -3000
    x_DCB-D1_standard_2025  cover_DCB-D1_2027  -2250
    x_DCB-D1_enhanced_2024  OBJ  0.01728
    x_DCB-D1_enhanced_2024  assign_DCB-D1  1
    x_DCB-D1_enhanced_2024  cover_DCB-D1_2024  -2700
    x_DCB-D1_enhanced_2024  cover_DCB-D1_2025  -3600
    x_DCB-D1_enhanced_2024  cover_DCB-D1_2026  -2700
    x_DCB-D1_enhanced_2025  OBJ  0.011520000000000002
    x_DCB-D1_enhanced_2025  assign_DCB-D1  1
    x_DCB-D1_enhanced_2025  cover_DCB-D1_2025  -2700
    x_DCB-D1_enhanced_2025  cover_DCB-D1_2026  -3600
    x_DCB-D1_enhanced_2025  cover_DCB-D1_2027  -2700
    x_DCB-D2_basic_2024  OBJ  0.0072000000000000015
    x_DCB-D2_basic_2024  assign_DCB-D2  1
    x_DCB-D2_basic_2024  cover_DCB-D2_2024  -720
    x_DCB-D2_basic_2024  cover_DCB-D2_2025  -880
    x_DCB-D2_basic_2025  OBJ  0.0054
    x_DCB-D2_basic_2025  assign_DCB-D2  1
    x_DCB-D2_basic_2025  cover_DCB-D2_2025  -720
    x_DCB-D2_basic_2025  cover_DCB-D2_2026  -880
    x_DCB-D2_standard_2024  OBJ  0.009600000000000003
    x_DCB-D2_standard_2024  assign_DCB-D2  1
    x_DCB-D2_standard_2024  lock_DCB-D2  1
    x_DCB-D2_standard_2024  cover_DCB-D2_2024  -900
    x_DCB-D2_standard_2024  cover_DCB-D2_2025  -1100
    x_DCB-D2_standard_2025  OBJ  0.007200000000000001
    x_DCB-D2_standard_2025  assign_DCB-D2  1
    x_DCB-D2_standard_2025  cover_DCB-D2_2025  -900
    x_DCB-D2_standard_2025  cover_DCB-D2_2026  -1100
    x_DCB-D3_basic_2024  OBJ  0.00864
    x_DCB-D3_basic_2024  assign_DCB-D3  1
    x_DCB-D3_basic_2024  cover_DCB-D3_2024  -1440
    x_DCB-D3_basic_2024  cover_DCB-D3_2025  -1920
    x_DCB-D3_basic_2024  cover_DCB-D3_2026  -1440
    x_DCB-D3_basic_2025  OBJ  0.005760000000000001
    x_DCB-D3_basic_2025  assign_DCB-D3  1
    x_DCB-D3_basic_2025  cover_DCB-D3_2025  -1440
    x_DCB-D3_basic_2025  cover_DCB-D3_2026  -1920
    x_DCB-D3_basic_2025  cover_DCB-D3_2027  -1440
    x_DCB-D3_standard_2024  OBJ  0.011520000000000002
    x_DCB-D3_standard_2024  assign_DCB-D3  1
    x_DCB-D3_standard_2024  lock_DCB-D3  1
    x_DCB-D3_standard_2024  cover_DCB-D3_2024  -1800
    x_DCB-D3_standard_2024  cover_DCB-D3_2025  -2400
    x_DCB-D3_standard_2024  cover_DCB-D3_2026  -1800
    x_DCB-D3_standard_2025  OBJ  0.007680000000000003
    x_DCB-D3_standard_2025  assign_DCB-D3  1
    x_DCB-D3_standard_2025  cover_DCB-D3_2025  -1800
    x_DCB-D3_standard_2025  cover_DCB-D3_2026  -2400
    x_DCB-D3_standard_2025  cover_DCB-D3_2027  -1800
    x_DCB-D3_enhanced_2024  OBJ  0.013824000000000001
    x_DCB-D3_enhanced_2024  assign_DCB-D3  1
    x_DCB-D3_enhanced_2024  cover_DCB-D3_2024  -2160
    x_DCB-D3_enhanced_2024  cover_DCB-D3_2025  -2880
    x_DCB-D3_enhanced_2024  cover_DCB-D3_2026  -2160
    x_DCB-D3_enhanced_2025  OBJ  0.009216
    x_DCB-D3_enhanced_2025  assign_DCB-D3  1
    x_DCB-D3_enhanced_2025  cover_DCB-D3_2025  -2160
    x_DCB-D3_enhanced_2025  cover_DCB-D3_2026  -2880
    x_DCB-D3_enhanced_2025  cover_DCB-D3_2027  -2160
    x_DCB-D4_basic_2024  OBJ  0.005760000000000001
    x_DCB-D4_basic_2024  assign_DCB-D4  1
    x_DCB-D4_basic_2024  lock_DCB-D4  1
    x_DCB-D4_basic_2024  cover_DCB-D4_2024  -1080
    x_DCB-D4_basic_2024  cover_DCB-D4_2025  -1320
    x_DCB-D4_basic_2025  OBJ  0.00432
    x_DCB-D4_basic_2025  assign_DCB-D4  1
    x_DCB-D4_basic_2025  cover_DCB-D4_2025  -1080
    x_DCB-D4_basic_2025  cover_DCB-D4_2026  -1320
    x_DCB-D4_standard_2024  OBJ  0.007680000000000003
    x_DCB-D4_standard_2024  assign_DCB-D4  1
    x_DCB-D4_standard_2024  cover_DCB-D4_2024  -1350
    x_DCB-D4_standard_2024  cover_DCB-D4_2025  -1650
    x_DCB-D4_standard_2025  OBJ  0.005760000000000001
    x_DCB-D4_standard_2025  assign_DCB-D4  1
    x_DCB-D4_standard_2025  cover_DCB-D4_2025  -1350
    x_DCB-D4_standard_2025  cover_DCB-D4_2026  -1650
    x_DCB-D5_basic_2024  OBJ  0.006480000000000001
    x_DCB-D5_basic_2024  assign_DCB-D5  1
    x_DCB-D5_basic_2024  cover_DCB-D5_2024  -1200
    x_DCB-D5_basic_2024  cover_DCB-D5_2025  -1600
    x_DCB-D5_basic_2024  cover_DCB-D5_2026  -1200
    x_DCB-D5_basic_2024  share_NO_DCB-D5  -2000
    x_DCB-D5_basic_2024  req_T20_DCB-D5_2024  -1
    x_DCB-D5_basic_2024  req_T20_DCB-D5_2025  -1
    x_DCB-D5_basic_2024  req_T20_DCB-D5_2026  -1
    x_DCB-D5_basic_2025  OBJ  0.004320000000000001
    x_DCB-D5_basic_2025  assign_DCB-D5  1
    x_DCB-D5_basic_2025  cover_DCB-D5_2025  -1200
    x_DCB-D5_basic_2025  cover_DCB-D5_2026  -1600
    x_DCB-D5_basic_2025  cover_DCB-D5_2027  -1200
    x_DCB-D5_basic_2025  share_NO_DCB-D5  -2000
    x_DCB-D5_basic_2025  req_T20_DCB-D5_2025  -1
    x_DCB-D5_basic_2025  req_T20_DCB-D5_2026  -1
    x_DCB-D5_basic_2026  OBJ  0.0021600000000000005
    x_DCB-D5_basic_2026  assign_DCB-D5  1
    x_DCB-D5_basic_2026  cover_DCB-D5_2026  -1200
    x_DCB-D5_basic_2026  cover_DCB-D5_2027  -1600
    x_DCB-D5_basic_2026  cover_DCB-D5_2028  -1200
    x_DCB-D5_basic_2026  share_NO_DCB-D5  -2000
    x_DCB-D5_basic_2026  req_T20_DCB-D5_2026  -1
    x_DCB-D5_standard_2024  OBJ  0.00864
    x_DCB-D5_standard_2024  assign_DCB-D5  1
    x_DCB-D5_standard_2024  cover_DCB-D5_2024  -1500
    x_DCB-D5_standard_2024  cover_DCB-D5_2025  -2000
    x_DCB-D5_standard_2024  cover_DCB-D5_2026  -1500
    x_DCB-D5_standard_2024  share_NO_DCB-D5  -2500
    x_DCB-D5_standard_2024  req_T20_DCB-D5_2024  -1
    x_DCB-D5_standard_2024  req_T20_DCB-D5_2025  -1
    x_DCB-D5_standard_2024  req_T20_DCB-D5_2026  -1
    x_DCB-D5_standard_2025  OBJ  0.005760000000000001
    x_DCB-D5_standard_2025  assign_DCB-D5  1
    x_DCB-D5_standard_2025  cover_DCB-D5_2025  -1500
    x_DCB-D5_standard_2025  cover_DCB-D5_2026  -2000
    x_DCB-D5_standard_2025  cover_DCB-D5_2027  -1500
    x_DCB-D5_standard_2025  share_NO_DCB-D5  -2500
    x_DCB-D5_standard_2025  req_T20_DCB-D5_2025  -1
    x_DCB-D5_standard_2025  req_T20_DCB-D5_2026  -1
    x_DCB-D5_standard_2026  OBJ  0.0028800000000000006
    x_DCB-D5_standard_2026  assign_DCB-D5  1
    x_DCB-D5_standard_2026  cover_DCB-D5_2026  -1500
    x_DCB-D5_standard_2026  cover_DCB-D5_2027  -2000
    x_DCB-D5_standard_2026  cover_DCB-D5_2028  -1500
    x_DCB-D5_standard_2026  share_NO_DCB-D5  -2500
    x_DCB-D5_standard_2026  req_T20_DCB-D5_2026  -1
    x_DCB-D5_enhanced_2024  OBJ  0.010368000000000002
    x_DCB-D5_enhanced_2024  assign_DCB-D5  1
    x_DCB-D5_enhanced_2024  cover_DCB-D5_2024  -1800
    x_DCB-D5_enhanced_2024  cover_DCB-D5_2025  -2400
    x_DCB-D5_enhanced_2024  cover_DCB-D5_2026  -1800
    x_DCB-D5_enhanced_2024  share_NO_DCB-D5  -3000
    x_DCB-D5_enhanced_2024  req_T20_DCB-D5_2024  -1
    x_DCB-D5_enhanced_2024  req_T20_DCB-D5_2025  -1
    x_DCB-D5_enhanced_2024  req_T20_DCB-D5_2026  -1
    x_DCB-D5_enhanced_2025  OBJ  0.0069120000000000015
    x_DCB-D5_enhanced_2025  assign_DCB-D5  1
    x_DCB-D5_enhanced_2025  cover_DCB-D5_2025  -1800
    x_DCB-D5_enhanced_2025  cover_DCB-D5_2026  -2400
    x_DCB-D5_enhanced_2025  cover_DCB-D5_2027  -1800
    x_DCB-D5_enhanced_2025  share_NO_DCB-D5  -3000
    x_DCB-D5_enhanced_2025  req_T20_DCB-D5_2025  -1
    x_DCB-D5_enhanced_2025  req_T20_DCB-D5_2026  -1
    x_DCB-D5_enhanced_2026  OBJ  0.0034560000000000007
    x_DCB-D5_enhanced_2026  assign_DCB-D5  1
    x_DCB-D5_enhanced_2026  cover_DCB-D5_2026  -1800
    x_DCB-D5_enhanced_2026  cover_DCB-D5_2027  -2400
    x_DCB-D5_enhanced_2026  cover_DCB-D5_2028  -1800
    x_DCB-D5_enhanced_2026  share_NO_DCB-D5  -3000
    x_DCB-D5_enhanced_2026  req_T20_DCB-D5_2026  -1
    x_DCB-D6_basic_2024  OBJ  0.006480000000000001
    x_DCB-D6_basic_2024  assign_DCB-D6  1
    x_DCB-D6_basic_2024  cover_DCB-D6_2024  -960
    x_DCB-D6_basic_2024  cover_DCB-D6_2025  -1280
    x_DCB-D6_basic_2024  cover_DCB-D6_2026  -960
    x_DCB-D6_basic_2025  OBJ  0.004320000000000001
    x_DCB-D6_basic_2025  assign_DCB-D6  1
    x_DCB-D6_basic_2025  cover_DCB-D6_2025  -960
    x_DCB-D6_basic_2025  cover_DCB-D6_2026  -1280
    x_DCB-D6_basic_2025  cover_DCB-D6_2027  -960
    x_DCB-D6_basic_2026  OBJ  0.0021600000000000005
    x_DCB-D6_basic_2026  assign_DCB-D6  1
    x_DCB-D6_basic_2026  cover_DCB-D6_2026  -960
    x_DCB-D6_basic_2026  cover_DCB-D6_2027  -1280
    x_DCB-D6_basic_2026  cover_DCB-D6_2028  -960
    x_DCB-D6_standard_2024  OBJ  0.00864
    x_DCB-D6_standard_2024  assign_DCB-D6  1
    x_DCB-D6_standard_2024  cover_DCB-D6_2024  -1200
    x_DCB-D6_standard_2024  cover_DCB-D6_2025  -1600
    x_DCB-D6_standard_2024  cover_DCB-D6_2026  -1200
    x_DCB-D6_standard_2025  OBJ  0.005760000000000001
    x_DCB-D6_standard_2025  assign_DCB-D6  1
    x_DCB-D6_standard_2025  cover_DCB-D6_2025  -1200
    x_DCB-D6_standard_2025  cover_DCB-D6_2026  -1600
    x_DCB-D6_standard_2025  cover_DCB-D6_2027  -1200
    x_DCB-D6_standard_2026  OBJ  0.0028800000000000006
    x_DCB-D6_standard_2026  assign_DCB-D6  1
    x_DCB-D6_standard_2026  cover_DCB-D6_2026  -1200
    x_DCB-D6_standard_2026  cover_DCB-D6_2027  -1600
    x_DCB-D6_standard_2026  cover_DCB-D6_2028  -1200
    x_DCB-D6_enhanced_2024  OBJ  0.010368000000000002
    x_DCB-D6_enhanced_2024  assign_DCB-D6  1
    x_DCB-D6_enhanced_2024  cover_DCB-D6_2024  -1440
    x_DCB-D6_enhanced_2024  cover_DCB-D6_2025  -1920
    x_DCB-D6_enhanced_2024  cover_DCB-D6_2026  -1440
    x_DCB-D6_enhanced_2025  OBJ  0.0069120000000000015
    x_DCB-D6_enhanced_2025  assign_DCB-D6  1
    x_DCB-D6_enhanced_2025  cover_DCB-D6_2025  -1440
    x_DCB-D6_enhanced_2025  cover_DCB-D6_2026  -1920
    x_DCB-D6_enhanced_2025  cover_DCB-D6_2027  -1440
    x_DCB-D6_enhanced_2026  OBJ  0.0034560000000000007
    x_DCB-D6_enhanced_2026  assign_DCB-D6  1
    x_DCB-D6_enhanced_2026  cover_DCB-D6_2026  -1440
    x_DCB-D6_enhanced_2026  cover_DCB-D6_2027  -1920
    x_DCB-D6_enhanced_2026  cover_DCB-D6_2028  -1440
    x_DCB-D7_basic_2025  OBJ  0.0036000000000000008
    x_DCB-D7_basic_2025  assign_DCB-D7  1
    x_DCB-D7_basic_2025  cover_DCB-D7_2025  -1080
    x_DCB-D7_basic_2025  cover_DCB-D7_2026  -1440
    x_DCB-D7_basic_2025  cover_DCB-D7_2027  -1080
    x_DCB-D7_basic_2026  OBJ  0.0018000000000000004
    x_DCB-D7_basic_2026  assign_DCB-D7  1
    x_DCB-D7_basic_2026  cover_DCB-D7_2026  -1080
    x_DCB-D7_basic_2026  cover_DCB-D7_2027  -1440
    x_DCB-D7_basic_2026  cover_DCB-D7_2028  -1080
    x_DCB-D7_standard_2025  OBJ  0.004800000000000001
    x_DCB-D7_standard_2025  assign_DCB-D7  1
    x_DCB-D7_standard_2025  cover_DCB-D7_2025  -1350
    x_DCB-D7_standard_2025  cover_DCB-D7_2026  -1800
    x_DCB-D7_standard_2025  cover_DCB-D7_2027  -1350
    x_DCB-D7_standard_2026  OBJ  0.0024000000000000007
    x_DCB-D7_standard_2026  assign_DCB-D7  1
    x_DCB-D7_standard_2026  cover_DCB-D7_2026  -1350
    x_DCB-D7_standard_2026  cover_DCB-D7_2027  -1800
    x_DCB-D7_standard_2026  cover_DCB-D7_2028  -1350
    x_DCB-D7_enhanced_2025  OBJ  0.005760000000000001
    x_DCB-D7_enhanced_2025  assign_DCB-D7  1
    x_DCB-D7_enhanced_2025  cover_DCB-D7_2025  -1620
    x_DCB-D7_enhanced_2025  cover_DCB-D7_2026  -2160
    x_DCB-D7_enhanced_2025  cover_DCB-D7_2027  -1620
    x_DCB-D7_enhanced_2026  OBJ  0.0028800000000000006
    x_DCB-D7_enhanced_2026  assign_DCB-D7  1
    x_DCB-D7_enhanced_2026  cover_DCB-D7_2026  -1620
    x_DCB-D7_enhanced_2026  cover_DCB-D7_2027  -2160
    x_DCB-D7_enhanced_2026  cover_DCB-D7_2028  -1620
    x_DCB-D8_basic_2024  OBJ  0.007560000000000001
    x_DCB-D8_basic_2024  assign_DCB-D8  1
    x_DCB-D8_basic_2024  cover_DCB-D8_2024  -1200
    x_DCB-D8_basic_2024  cover_DCB-D8_2025  -1600
    x_DCB-D8_basic_2024  cover_DCB-D8_2026  -1200
    x_DCB-D8_basic_2025  OBJ  0.005040000000000001
    x_DCB-D8_basic_2025  assign_DCB-D8  1
    x_DCB-D8_basic_2025  cover_DCB-D8_2025  -1200
    x_DCB-D8_basic_2025  cover_DCB-D8_2026  -1600
    x_DCB-D8_basic_2025  cover_DCB-D8_2027  -1200
    x_DCB-D8_basic_2026  OBJ  0.0025200000000000005
    x_DCB-D8_basic_2026  assign_DCB-D8  1
    x_DCB-D8_basic_2026  cover_DCB-D8_2026  -1200
    x_DCB-D8_basic_2026  cover_DCB-D8_2027  -1600
    x_DCB-D8_basic_2026  cover_DCB-D8_2028  -1200
    x_DCB-D8_standard_2024  OBJ  0.01008
    x_DCB-D8_standard_2024  assign_DCB-D8  1
    x_DCB-D8_standard_2024  cover_DCB-D8_2024  -1500
    x_DCB-D8_standard_2024  cover_DCB-D8_2025  -2000
    x_DCB-D8_standard_2024  cover_DCB-D8_2026  -1500
    x_DCB-D8_standard_2025  OBJ  0.006720000000000001
    x_DCB-D8_standard_2025  assign_DCB-D8  1
    x_DCB-D8_standard_2025  cover_DCB-D8_2025  -1500
    x_DCB-D8_standard_2025  cover_DCB-D8_2026  -2000
    x_DCB-D8_standard_2025  cover_DCB-D8_2027  -1500
    x_DCB-D8_standard_2026  OBJ  0.0033600000000000006
    x_DCB-D8_standard_2026  assign_DCB-D8  1
    x_DCB-D8_standard_2026  cover_DCB-D8_2026  -1500
    x_DCB-D8_standard_2026  cover_DCB-D8_2027  -2000
    x_DCB-D8_standard_2026  cover_DCB-D8_2028  -1500
    x_DCB-D8_enhanced_2024  OBJ  0.012096000000000003
    x_DCB-D8_enhanced_2024  assign_DCB-D8  1
    x_DCB-D8_enhanced_2024  cover_DCB-D8_2024  -1800
    x_DCB-D8_enhanced_2024  cover_DCB-D8_2025  -2400
    x_DCB-D8_enhanced_2024  cover_DCB-D8_2026  -1800
    x_DCB-D8_enhanced_2025  OBJ  0.008064000000000002
    x_DCB-D8_enhanced_2025  assign_DCB-D8  1
    x_DCB-D8_enhanced_2025  cover_DCB-D8_2025  -1800
    x_DCB-D8_enhanced_2025  cover_DCB-D8_2026  -2400
    x_DCB-D8_enhanced_2025  cover_DCB-D8_2027  -1800
    x_DCB-D8_enhanced_2026  OBJ  0.004032000000000001
    x_DCB-D8_enhanced_2026  assign_DCB-D8  1
    x_DCB-D8_enhanced_2026  cover_DCB-D8_2026  -1800
    x_DCB-D8_enhanced_2026  cover_DCB-D8_2027  -2400
    x_DCB-D8_enhanced_2026  cover_DCB-D8_2028  -1800
    x_DCB-D9_basic_2024  OBJ  0.009720000000000001
    x_DCB-D9_basic_2024  assign_DCB-D9  1
    x_DCB-D9_basic_2024  cover_DCB-D9_2024  -840
    x_DCB-D9_basic_2024  cover_DCB-D9_2025  -1120
    x_DCB-D9_basic_2024  cover_DCB-D9_2026  -840
    x_DCB-D9_basic_2024  share_UK_DCB-D9  -1400
    x_DCB-D9_basic_2025  OBJ  0.006480000000000001
    x_DCB-D9_basic_2025  assign_DCB-D9  1
    x_DCB-D9_basic_2025  cover_DCB-D9_2025  -840
    x_DCB-D9_basic_2025  cover_DCB-D9_2026  -1120
    x_DCB-D9_basic_2025  cover_DCB-D9_2027  -840
    x_DCB-D9_basic_2025  share_UK_DCB-D9  -1400
    x_DCB-D9_basic_2026  OBJ  0.0032400000000000007
    x_DCB-D9_basic_2026  assign_DCB-D9  1
    x_DCB-D9_basic_2026  cover_DCB-D9_2026  -840
    x_DCB-D9_basic_2026  cover_DCB-D9_2027  -1120
    x_DCB-D9_basic_2026  cover_DCB-D9_2028  -840
    x_DCB-D9_basic_2026  share_UK_DCB-D9  -1400
    x_DCB-D9_standard_2024  OBJ  0.012960000000000003
    x_DCB-D9_standard_2024  assign_DCB-D9  1
    x_DCB-D9_standard_2024  cover_DCB-D9_2024  -1050
    x_DCB-D9_standard_2024  cover_DCB-D9_2025  -1400
    x_DCB-D9_standard_2024  cover_DCB-D9_2026  -1050
    x_DCB-D9_standard_2024  share_UK_DCB-D9  -1750
    x_DCB-D9_standard_2025  OBJ  0.008640000000000002
    x_DCB-D9_standard_2025  assign_DCB-D9  1
    x_DCB-D9_standard_2025  cover_DCB-D9_2025  -1050
    x_DCB-D9_standard_2025  cover_DCB-D9_2026  -1400
    x_DCB-D9_standard_2025  cover_DCB-D9_2027  -1050
    x_DCB-D9_standard_2025  share_UK_DCB-D9  -1750
    x_DCB-D9_standard_2026  OBJ  0.004320000000000001
    x_DCB-D9_standard_2026  assign_DCB-D9  1
    x_DCB-D9_standard_2026  cover_DCB-D9_2026  -1050
    x_DCB-D9_standard_2026  cover_DCB-D9_2027  -1400
    x_DCB-D9_standard_2026  cover_DCB-D9_2028  -1050
    x_DCB-D9_standard_2026  share_UK_DCB-D9  -1750
    x_DCB-D9_enhanced_2024  OBJ  0.015552000000000003
    x_DCB-D9_enhanced_2024  assign_DCB-D9  1
    x_DCB-D9_enhanced_2024  cover_DCB-D9_2024  -1260
    x_DCB-D9_enhanced_2024  cover_DCB-D9_2025  -1680
    x_DCB-D9_enhanced_2024  cover_DCB-D9_2026  -1260
    x_DCB-D9_enhanced_2024  share_UK_DCB-D9  -2100
    x_DCB-D9_enhanced_2025  OBJ  0.010368000000000002
    x_DCB-D9_enhanced_2025  assign_DCB-D9  1
    x_DCB-D9_enhanced_2025  cover_DCB-D9_2025  -1260
    x_DCB-D9_enhanced_2025  cover_DCB-D9_2026  -1680
    x_DCB-D9_enhanced_2025  cover_DCB-D9_2027  -1260
    x_DCB-D9_enhanced_2025  share_UK_DCB-D9  -2100
    x_DCB-D9_enhanced_2026  OBJ  0.005184000000000001
    x_DCB-D9_enhanced_2026  assign_DCB-D9  1
    x_DCB-D9_enhanced_2026  cover_DCB-D9_2026  -1260
    x_DCB-D9_enhanced_2026  cover_DCB-D9_2027  -1680
    x_DCB-D9_enhanced_2026  cover_DCB-D9_2028  -1260
    x_DCB-D9_enhanced_2026  share_UK_DCB-D9  -2100
    x_DCB-S1_basic_2024  OBJ  0.00864
    x_DCB-S1_basic_2024  assign_DCB-S1  1
    x_DCB-S1_basic_2024  cover_DCB-S1_2024  -960
    x_DCB-S1_basic_2024  cover_DCB-S1_2025  -1280
    x_DCB-S1_basic_2024  cover_DCB-S1_2026  -960
    x_DCB-S1_basic_2025  OBJ  0.005760000000000001
    x_DCB-S1_basic_2025  assign_DCB-S1  1
    x_DCB-S1_basic_2025  cover_DCB-S1_2025  -960
    x_DCB-S1_basic_2025  cover_DCB-S1_2026  -1280
    x_DCB-S1_basic_2025  cover_DCB-S1_2027  -960
    x_DCB-S1_basic_2026  OBJ  0.0028800000000000006
    x_DCB-S1_basic_2026  assign_DCB-S1  1
    x_DCB-S1_basic_2026  cover_DCB-S1_2026  -960
    x_DCB-S1_basic_2026  cover_DCB-S1_2027  -1280
    x_DCB-S1_basic_2026  cover_DCB-S1_2028  -960
    x_DCB-S1_standard_2024  OBJ  0.011520000000000002
    x_DCB-S1_standard_2024  assign_DCB-S1  1
    x_DCB-S1_standard_2024  cover_DCB-S1_2024  -1200
    x_DCB-S1_standard_2024  cover_DCB-S1_2025  -1600
    x_DCB-S1_standard_2024  cover_DCB-S1_2026  -1200
    x_DCB-S1_standard_2025  OBJ  0.007680000000000003
    x_DCB-S1_standard_2025  assign_DCB-S1  1
    x_DCB-S1_standard_2025  cover_DCB-S1_2025  -1200
    x_DCB-S1_standard_2025  cover_DCB-S1_2026  -1600
    x_DCB-S1_standard_2025  cover_DCB-S1_2027  -1200
    x_DCB-S1_standard_2026  OBJ  0.0038400000000000014
    x_DCB-S1_standard_2026  assign_DCB-S1  1
    x_DCB-S1_standard_2026  cover_DCB-S1_2026  -1200
    x_DCB-S1_standard_2026  cover_DCB-S1_2027  -1600
    x_DCB-S1_standard_2026  cover_DCB-S1_2028  -1200
    x_DCB-S1_enhanced_2024  OBJ  0.013824000000000001
    x_DCB-S1_enhanced_2024  assign_DCB-S1  1
    x_DCB-S1_enhanced_2024  cover_DCB-S1_2024  -1440
    x_DCB-S1_enhanced_2024  cover_DCB-S1_2025  -1920
    x_DCB-S1_enhanced_2024  cover_DCB-S1_2026  -1440
    x_DCB-S1_enhanced_2025  OBJ  0.009216
    x_DCB-S1_enhanced_2025  assign_DCB-S1  1
    x_DCB-S1_enhanced_2025  cover_DCB-S1_2025  -1440
    x_DCB-S1_enhanced_2025  cover_DCB-S1_2026  -1920
    x_DCB-S1_enhanced_2025  cover_DCB-S1_2027  -1440
    x_DCB-S1_enhanced_2026  OBJ  0.004608
    x_DCB-S1_enhanced_2026  assign_DCB-S1  1
    x_DCB-S1_enhanced_2026  cover_DCB-S1_2026  -1440
    x_DCB-S1_enhanced_2026  cover_DCB-S1_2027  -1920
    x_DCB-S1_enhanced_2026  cover_DCB-S1_2028  -1440
    x_DCB-S2_basic_2024  OBJ  0.006480000000000001
    x_DCB-S2_basic_2024  assign_DCB-S2  1
    x_DCB-S2_basic_2024  cover_DCB-S2_2024  -840
    x_DCB-S2_basic_2024  cover_DCB-S2_2025  -1120
    x_DCB-S2_basic_2024  cover_DCB-S2_2026  -840
    x_DCB-S2_basic_2025  OBJ  0.004320000000000001
    x_DCB-S2_basic_2025  assign_DCB-S2  1
    x_DCB-S2_basic_2025  cover_DCB-S2_2025  -840
    x_DCB-S2_basic_2025  cover_DCB-S2_2026  -1120
    x_DCB-S2_basic_2025  cover_DCB-S2_2027  -840
    x_DCB-S2_basic_2026  OBJ  0.0021600000000000005
    x_DCB-S2_basic_2026  assign_DCB-S2  1
    x_DCB-S2_basic_2026  cover_DCB-S2_2026  -840
    x_DCB-S2_basic_2026  cover_DCB-S2_2027  -1120
    x_DCB-S2_basic_2026  cover_DCB-S2_2028  -840
    x_DCB-S2_standard_2024  OBJ  0.00864
    x_DCB-S2_standard_2024  assign_DCB-S2  1
    x_DCB-S2_standard_2024  cover_DCB-S2_2024  -1050
    x_DCB-S2_standard_2024  cover_DCB-S2_2025  -1400
    x_DCB-S2_standard_2024  cover_DCB-S2_2026  -1050
    x_DCB-S2_standard_2025  OBJ  0.005760000000000001
    x_DCB-S2_standard_2025  assign_DCB-S2  1
    x_DCB-S2_standard_2025  cover_DCB-S2_2025  -1050
    x_DCB-S2_standard_2025  cover_DCB-S2_2026  -1400
    x_DCB-S2_standard_2025  cover_DCB-S2_2027  -1050
    x_DCB-S2_standard_2026  OBJ  0.0028800000000000006
    x_DCB-S2_standard_2026  assign_DCB-S2  1
    x_DCB-S2_standard_2026  cover_DCB-S2_2026  -1050
    x_DCB-S2_standard_2026  cover_DCB-S2_2027  -1400
    x_DCB-S2_standard_2026  cover_DCB-S2_2028  -1050
    x_DCB-S2_enhanced_2024  OBJ  0.010368000000000002
    x_DCB-S2_enhanced_2024  assign_DCB-S2  1
    x_DCB-S2_enhanced_2024  cover_DCB-S2_2024  -1260
    x_DCB-S2_enhanced_2024  cover_DCB-S2_2025  -1680
    x_DCB-S2_enhanced_2024  cover_DCB-S2_2026  -1260
    x_DCB-S2_enhanced_2025  OBJ  0.0069120000000000015
    x_DCB-S2_enhanced_2025  assign_DCB-S2  1
    x_DCB-S2_enhanced_2025  cover_DCB-S2_2025  -1260
    x_DCB-S2_enhanced_2025  cover_DCB-S2_2026  -1680
    x_DCB-S2_enhanced_2025  cover_DCB-S2_2027  -1260
    x_DCB-S2_enhanced_2026  OBJ  0.0034560000000000007
    x_DCB-S2_enhanced_2026  assign_DCB-S2  1
    x_DCB-S2_enhanced_2026  cover_DCB-S2_2026  -1260
    x_DCB-S2_enhanced_2026  cover_DCB-S2_2027  -1680
    x_DCB-S2_enhanced_2026  cover_DCB-S2_2028  -1260
    x_DCB-S3_basic_2024  OBJ  0.0072000000000000015
    x_DCB-S3_basic_2024  assign_DCB-S3  1
    x_DCB-S3_basic_2024  cover_DCB-S3_2024  -1080
    x_DCB-S3_basic_2024  cover_DCB-S3_2025  -1320
    x_DCB-S3_basic_2025  OBJ  0.0054
    x_DCB-S3_basic_2025  assign_DCB-S3  1
    x_DCB-S3_basic_2025  cover_DCB-S3_2025  -1080
    x_DCB-S3_basic_2025  cover_DCB-S3_2026  -1320
    x_DCB-S3_basic_2026  OBJ  0.0036000000000000008
    x_DCB-S3_basic_2026  assign_DCB-S3  1
    x_DCB-S3_basic_2026  cover_DCB-S3_2026  -1080
    x_DCB-S3_basic_2026  cover_DCB-S3_2027  -1320
    x_DCB-S3_standard_2024  OBJ  0.009600000000000003
    x_DCB-S3_standard_2024  assign_DCB-S3  1
    x_DCB-S3_standard_2024  cover_DCB-S3_2024  -1350
    x_DCB-S3_standard_2024  cover_DCB-S3_2025  -1650
    x_DCB-S3_standard_2025  OBJ  0.007200000000000001
    x_DCB-S3_standard_2025  assign_DCB-S3  1
    x_DCB-S3_standard_2025  cover_DCB-S3_2025  -1350
    x_DCB-S3_standard_2025  cover_DCB-S3_2026  -1650
    x_DCB-S3_standard_2026  OBJ  0.004800000000000001
    x_DCB-S3_standard_2026  assign_DCB-S3  1
    x_DCB-S3_standard_2026  cover_DCB-S3_2026  -1350
    x_DCB-S3_standard_2026  cover_DCB-S3_2027  -1650
    x_T01_core_2025  OBJ  0.019330285714285717
    x_T01_core_2025  assign_T01  1
    x_T01_core_2025  cover_T01_2025  -6840
    x_T01_core_2025  cover_T01_2026  -9120
    x_T01_core_2025  cover_T01_2027  -6840
    x_T01_core_2025  share_US_T01  -11400
    x_T01_core_2025  share_BIH-COFIN_T01  -13680
    x_T01_core_2025  req_T01_T10_2025  1
    x_T01_core_2025  req_T01_T10_2026  1
    x_T01_core_2025  entity_lo_FBiH  9120
    x_T01_core_2025  entity_hi_FBiH  2279.9999999999995
    x_T01_core_2025  entity_lo_RS  -2280
    x_T01_core_2025  entity_hi_RS  -9120
    x_T01_core_2025  absorb_F03_2025  6840
    x_T01_core_2025  absorb_F03_2026  9120
    x_T01_core_2025  absorb_F03_2027  6840
    x_T01_core_2026  OBJ  0.009665142857142858
    x_T01_core_2026  assign_T01  1
    x_T01_core_2026  cover_T01_2026  -6840
    x_T01_core_2026  cover_T01_2027  -9120
    x_T01_core_2026  cover_T01_2028  -6840
    x_T01_core_2026  share_US_T01  -11400
    x_T01_core_2026  share_BIH-COFIN_T01  -13680
    x_T01_core_2026  req_T01_T10_2026  1
    x_T01_core_2026  entity_lo_FBiH  9120
    x_T01_core_2026  entity_hi_FBiH  2279.9999999999995
    x_T01_core_2026  entity_lo_RS  -2280
    x_T01_core_2026  entity_hi_RS  -9120
    x_T01_core_2026  absorb_F03_2026  6840
    x_T01_core_2026  absorb_F03_2027  9120
    x_T01_core_2026  absorb_F03_2028  6840
    x_T01_full_2025  OBJ  0.03357506493506494
    x_T01_full_2025  assign_T01  1
    x_T01_full_2025  cover_T01_2025  -11400
    x_T01_full_2025  cover_T01_2026  -15200
    x_T01_full_2025  cover_T01_2027  -11400
    x_T01_full_2025  share_US_T01  -19000
    x_T01_full_2025  share_BIH-COFIN_T01  -22800
    x_T01_full_2025  req_T01_T10_2025  1
    x_T01_full_2025  req_T01_T10_2026  1
    x_T01_full_2025  entity_lo_FBiH  15200
    x_T01_full_2025  entity_hi_FBiH  3799.999999999999
    x_T01_full_2025  entity_lo_RS  -3800
    x_T01_full_2025  entity_hi_RS  -15200
    x_T01_full_2025  absorb_F03_2025  11400
    x_T01_full_2025  absorb_F03_2026  15200
    x_T01_full_2025  absorb_F03_2027  11400
    x_T01_full_2026  OBJ  0.01678753246753247
    x_T01_full_2026  assign_T01  1
    x_T01_full_2026  cover_T01_2026  -11400
    x_T01_full_2026  cover_T01_2027  -15200
    x_T01_full_2026  cover_T01_2028  -11400
    x_T01_full_2026  share_US_T01  -19000
    x_T01_full_2026  share_BIH-COFIN_T01  -22800
    x_T01_full_2026  req_T01_T10_2026  1
    x_T01_full_2026  entity_lo_FBiH  15200
    x_T01_full_2026  entity_hi_FBiH  3799.999999999999
    x_T01_full_2026  entity_lo_RS  -3800
    x_T01_full_2026  entity_hi_RS  -15200
    x_T01_full_2026  absorb_F03_2026  11400
    x_T01_full_2026  absorb_F03_2027  15200
    x_T01_full_2026  absorb_F03_2028  11400
    x_T02_core_2024  OBJ  0.016964571428571433
    x_T02_core_2024  assign_T02  1
    x_T02_core_2024  cover_T02_2024  -3780
    x_T02_core_2024  cover_T02_2025  -4620
    x_T02_core_2024  share_US_T02  -4200
    x_T02_core_2024  share_BIH-COFIN_T02  -5040
    x_T02_core_2024  entity_lo_FBiH  3360
    x_T02_core_2024  entity_hi_FBiH  839.9999999999998
    x_T02_core_2024  entity_lo_RS  -840
    x_T02_core_2024  entity_hi_RS  -3360
    x_T02_core_2024  absorb_F05_2024  3780
    x_T02_core_2024  absorb_F05_2025  4620
    x_T02_core_2025  OBJ  0.012723428571428573
    x_T02_core_2025  assign_T02  1
    x_T02_core_2025  cover_T02_2025  -3780
    x_T02_core_2025  cover_T02_2026  -4620
    x_T02_core_2025  share_US_T02  -4200
    x_T02_core_2025  share_BIH-COFIN_T02  -5040
    x_T02_core_2025  entity_lo_FBiH  3360
    x_T02_core_2025  entity_hi_FBiH  839.9999999999998
    x_T02_core_2025  entity_lo_RS  -840
    x_T02_core_2025  entity_hi_RS  -3360
    x_T02_core_2025  absorb_F05_2025  3780
    x_T02_core_2025  absorb_F05_2026  4620
    x_T02_core_2026  OBJ  0.008482285714285717
    x_T02_core_2026  assign_T02  1
    x_T02_core_2026  cover_T02_2026  -3780
    x_T02_core_2026  cover_T02_2027  -4620
    x_T02_core_2026  share_US_T02  -4200
    x_T02_core_2026  share_BIH-COFIN_T02  -5040
    x_T02_core_2026  entity_lo_FBiH  3360
    x_T02_core_2026  entity_hi_FBiH  839.9999999999998
    x_T02_core_2026  entity_lo_RS  -840
    x_T02_core_2026  entity_hi_RS  -3360
    x_T02_core_2026  absorb_F05_2026  3780
    x_T02_core_2026  absorb_F05_2027  4620
    x_T02_full_2024  OBJ  0.02840103896103896
    x_T02_full_2024  assign_T02  1
    x_T02_full_2024  cover_T02_2024  -6300
    x_T02_full_2024  cover_T02_2025  -7700
    x_T02_full_2024  share_US_T02  -7000
    x_T02_full_2024  share_BIH-COFIN_T02  -8400
    x_T02_full_2024  entity_lo_FBiH  5600
    x_T02_full_2024  entity_hi_FBiH  1399.9999999999998
    x_T02_full_2024  entity_lo_RS  -1400
    x_T02_full_2024  entity_hi_RS  -5600
    x_T02_full_2024  absorb_F05_2024  6300
    x_T02_full_2024  absorb_F05_2025  7700
    x_T02_full_2025  OBJ  0.02130077922077922
    x_T02_full_2025  assign_T02  1
    x_T02_full_2025  cover_T02_2025  -6300
    x_T02_full_2025  cover_T02_2026  -7700
    x_T02_full_2025  share_US_T02  -7000
    x_T02_full_2025  share_BIH-COFIN_T02  -8400
    x_T02_full_2025  entity_lo_FBiH  5600
    x_T02_full_2025  entity_hi_FBiH  1399.9999999999998
    x_T02_full_2025  entity_lo_RS  -1400
    x_T02_full_2025  entity_hi_RS  -5600
    x_T02_full_2025  absorb_F05_2025  6300
    x_T02_full_2025  absorb_F05_2026  7700
    x_T02_full_2026  OBJ  0.01420051948051948
    x_T02_full_2026  assign_T02  1
    x_T02_full_2026  cover_T02_2026  -6300
    x_T02_full_2026  cover_T02_2027  -7700
    x_T02_full_2026  share_US_T02  -7000
    x_T02_full_2026  share_BIH-COFIN_T02  -8400
    x_T02_full_2026  entity_lo_FBiH  5600
    x_T02_full_2026  entity_hi_FBiH  1399.9999999999998
    x_T02_full_2026  entity_lo_RS  -1400
    x_T02_full_2026  entity_hi_RS  -5600
    x_T02_full_2026  absorb_F05_2026  6300
    x_T02_full_2026  absorb_F05_2027  7700
    x_T03_pilot_2025  OBJ  0.010570805194805197
    x_T03_pilot_2025  assign_T03  1
    x_T03_pilot_2025  cover_T03_2025  -3600
    x_T03_pilot_2025  share_US_T03  -1800
    x_T03_pilot_2025  share_BIH-COFIN_T03  -2160
    x_T03_pilot_2025  req_T03_T10_2025  1
    x_T03_pilot_2025  req_T03_T10_2026  1
    x_T03_pilot_2025  entity_lo_FBiH  1440
    x_T03_pilot_2025  entity_hi_FBiH  359.99999999999994
    x_T03_pilot_2025  entity_lo_RS  -360
    x_T03_pilot_2025  entity_hi_RS  -1440
    x_T03_pilot_2025  absorb_F01_2025  3600
    x_T03_pilot_2026  OBJ  0.007928103896103897
    x_T03_pilot_2026  assign_T03  1
    x_T03_pilot_2026  cover_T03_2026  -3600
    x_T03_pilot_2026  share_US_T03  -1800
    x_T03_pilot_2026  share_BIH-COFIN_T03  -2160
    x_T03_pilot_2026  req_T03_T10_2026  1
    x_T03_pilot_2026  entity_lo_FBiH  1440
    x_T03_pilot_2026  entity_hi_FBiH  359.99999999999994
    x_T03_pilot_2026  entity_lo_RS  -360
    x_T03_pilot_2026  entity_hi_RS  -1440
    x_T03_pilot_2026  absorb_F01_2026  3600
    x_T03_core_2025  OBJ  0.01605942857142857
    x_T03_core_2025  assign_T03  1
    x_T03_core_2025  cover_T03_2025  -3240
    x_T03_core_2025  cover_T03_2026  -3960
    x_T03_core_2025  share_US_T03  -3600
    x_T03_core_2025  share_BIH-COFIN_T03  -4320
    x_T03_core_2025  req_T03_T10_2025  1
    x_T03_core_2025  req_T03_T10_2026  1
    x_T03_core_2025  entity_lo_FBiH  2880
    x_T03_core_2025  entity_hi_FBiH  719.9999999999999
    x_T03_core_2025  entity_lo_RS  -720
    x_T03_core_2025  entity_hi_RS  -2880
    x_T03_core_2025  absorb_F01_2025  3240
    x_T03_core_2025  absorb_F01_2026  3960
    x_T03_core_2026  OBJ  0.010706285714285717
    x_T03_core_2026  assign_T03  1
    x_T03_core_2026  cover_T03_2026  -3240
    x_T03_core_2026  cover_T03_2027  -3960
    x_T03_core_2026  share_US_T03  -3600
    x_T03_core_2026  share_BIH-COFIN_T03  -4320
    x_T03_core_2026  req_T03_T10_2026  1
    x_T03_core_2026  entity_lo_FBiH  2880
    x_T03_core_2026  entity_hi_FBiH  719.9999999999999
    x_T03_core_2026  entity_lo_RS  -720
    x_T03_core_2026  entity_hi_RS  -2880
    x_T03_core_2026  absorb_F01_2026  3240
    x_T03_core_2026  absorb_F01_2027  3960
    x_T03_full_2025  OBJ  0.027104415584415585
    x_T03_full_2025  assign_T03  1
    x_T03_full_2025  cover_T03_2025  -5400
    x_T03_full_2025  cover_T03_2026  -6600
    x_T03_full_2025  share_US_T03  -6000
    x_T03_full_2025  share_BIH-COFIN_T03  -7200
    x_T03_full_2025  req_T03_T10_2025  1
    x_T03_full_2025  req_T03_T10_2026  1
    x_T03_full_2025  entity_lo_FBiH  4800
    x_T03_full_2025  entity_hi_FBiH  1199.9999999999998
    x_T03_full_2025  entity_lo_RS  -1200
    x_T03_full_2025  entity_hi_RS  -4800
    x_T03_full_2025  absorb_F01_2025  5400
    x_T03_full_2025  absorb_F01_2026  6600
    x_T03_full_2026  OBJ  0.018069610389610392
    x_T03_full_2026  assign_T03  1
    x_T03_full_2026  cover_T03_2026  -5400
    x_T03_full_2026  cover_T03_2027  -6600
    x_T03_full_2026  share_US_T03  -6000
    x_T03_full_2026  share_BIH-COFIN_T03  -7200
    x_T03_full_2026  req_T03_T10_2026  1
    x_T03_full_2026  entity_lo_FBiH  4800
    x_T03_full_2026  entity_hi_FBiH  1199.9999999999998
    x_T03_full_2026  entity_lo_RS  -1200
    x_T03_full_2026  entity_hi_RS  -4800
    x_T03_full_2026  absorb_F01_2026  5400
    x_T03_full_2026  absorb_F01_2027  6600
    x_T04_core_2024  OBJ  0.010811428571428573
    x_T04_core_2024  assign_T04  1
    x_T04_core_2024  cover_T04_2024  -2430
    x_T04_core_2024  cover_T04_2025  -2970
    x_T04_core_2024  share_US_T04  -2700
    x_T04_core_2024  share_BIH-COFIN_T04  -3240
    x_T04_core_2024  entity_lo_FBiH  2160
    x_T04_core_2024  entity_hi_FBiH  539.9999999999999
    x_T04_core_2024  entity_lo_RS  -540
    x_T04_core_2024  entity_hi_RS  -2160
    x_T04_core_2024  absorb_F02_2024  2430
    x_T04_core_2024  absorb_F02_2025  2970
    x_T04_core_2025  OBJ  0.008108571428571429
    x_T04_core_2025  assign_T04  1
    x_T04_core_2025  cover_T04_2025  -2430
    x_T04_core_2025  cover_T04_2026  -2970
    x_T04_core_2025  share_US_T04  -2700
    x_T04_core_2025  share_BIH-COFIN_T04  -3240
    x_T04_core_2025  entity_lo_FBiH  2160
    x_T04_core_2025  entity_hi_FBiH  539.9999999999999
    x_T04_core_2025  entity_lo_RS  -540
    x_T04_core_2025  entity_hi_RS  -2160
    x_T04_core_2025  absorb_F02_2025  2430
    x_T04_core_2025  absorb_F02_2026  2970
    x_T04_core_2026  OBJ  0.005405714285714286
    x_T04_core_2026  assign_T04  1
    x_T04_core_2026  cover_T04_2026  -2430
    x_T04_core_2026  cover_T04_2027  -2970
    x_T04_core_2026  share_US_T04  -2700
    x_T04_core_2026  share_BIH-COFIN_T04  -3240
    x_T04_core_2026  entity_lo_FBiH  2160
    x_T04_core_2026  entity_hi_FBiH  539.9999999999999
    x_T04_core_2026  entity_lo_RS  -540
    x_T04_core_2026  entity_hi_RS  -2160
    x_T04_core_2026  absorb_F02_2026  2430
    x_T04_core_2026  absorb_F02_2027  2970
    x_T04_full_2024  OBJ  0.017911688311688313
    x_T04_full_2024  assign_T04  1
    x_T04_full_2024  cover_T04_2024  -4050
    x_T04_full_2024  cover_T04_2025  -4950
    x_T04_full_2024  share_US_T04  -4500
    x_T04_full_2024  share_BIH-COFIN_T04  -5400
    x_T04_full_2024  entity_lo_FBiH  3600
    x_T04_full_2024  entity_hi_FBiH  899.9999999999998
    x_T04_full_2024  entity_lo_RS  -900
    x_T04_full_2024  entity_hi_RS  -3600
    x_T04_full_2024  absorb_F02_2024  4050
    x_T04_full_2024  absorb_F02_2025  4950
    x_T04_full_2025  OBJ  0.013433766233766234
    x_T04_full_2025  assign_T04  1
    x_T04_full_2025  cover_T04_2025  -4050
    x_T04_full_2025  cover_T04_2026  -4950
    x_T04_full_2025  share_US_T04  -4500
    x_T04_full_2025  share_BIH-COFIN_T04  -5400
    x_T04_full_2025  entity_lo_FBiH  3600
    x_T04_full_2025  entity_hi_FBiH  899.9999999999998
    x_T04_full_2025  entity_lo_RS  -900
    x_T04_full_2025  entity_hi_RS  -3600
    x_T04_full_2025  absorb_F02_2025  4050
    x_T04_full_2025  absorb_F02_2026  4950
    x_T04_full_2026  OBJ  0.008955844155844156
    x_T04_full_2026  assign_T04  1
    x_T04_full_2026  cover_T04_2026  -4050
    x_T04_full_2026  cover_T04_2027  -4950
    x_T04_full_2026  share_US_T04  -4500
    x_T04_full_2026  share_BIH-COFIN_T04  -5400
    x_T04_full_2026  entity_lo_FBiH  3600
    x_T04_full_2026  entity_hi_FBiH  899.9999999999998
    x_T04_full_2026  entity_lo_RS  -900
    x_T04_full_2026  entity_hi_RS  -3600
    x_T04_full_2026  absorb_F02_2026  4050
    x_T04_full_2026  absorb_F02_2027  4950
    x_T05_core_2024  OBJ  0.0076731428571428575
    x_T05_core_2024  assign_T05  1
    x_T05_core_2024  cover_T05_2024  -1980
    x_T05_core_2024  cover_T05_2025  -2640
    x_T05_core_2024  cover_T05_2026  -1980
    x_T05_core_2024  share_US_T05  -3300
    x_T05_core_2024  share_BIH-COFIN_T05  -3960
    x_T05_core_2024  entity_lo_FBiH  -3960
    x_T05_core_2024  entity_hi_FBiH  -5940
    x_T05_core_2024  entity_lo_RS  5940
    x_T05_core_2024  entity_hi_RS  3960
    x_T05_core_2024  absorb_F11_2025  2640
    x_T05_core_2024  absorb_F11_2026  1980
    x_T05_core_2025  OBJ  0.005115428571428573
    x_T05_core_2025  assign_T05  1
    x_T05_core_2025  cover_T05_2025  -1980
    x_T05_core_2025  cover_T05_2026  -2640
    x_T05_core_2025  cover_T05_2027  -1980
    x_T05_core_2025  share_US_T05  -3300
    x_T05_core_2025  share_BIH-COFIN_T05  -3960
    x_T05_core_2025  entity_lo_FBiH  -3960
    x_T05_core_2025  entity_hi_FBiH  -5940
    x_T05_core_2025  entity_lo_RS  5940
    x_T05_core_2025  entity_hi_RS  3960
    x_T05_core_2025  absorb_F11_2025  1980
    x_T05_core_2025  absorb_F11_2026  2640
    x_T05_core_2025  absorb_F11_2027  1980
    x_T05_core_2026  OBJ  0.0025577142857142864
    x_T05_core_2026  assign_T05  1
    x_T05_core_2026  cover_T05_2026  -1980
    x_T05_core_2026  cover_T05_2027  -2640
    x_T05_core_2026  cover_T05_2028  -1980
    x_T05_core_2026  share_US_T05  -3300
    x_T05_core_2026  share_BIH-COFIN_T05  -3960
    x_T05_core_2026  entity_lo_FBiH  -3960
    x_T05_core_2026  entity_hi_FBiH  -5940
    x_T05_core_2026  entity_lo_RS  5940
    x_T05_core_2026  entity_hi_RS  3960
    x_T05_core_2026  absorb_F11_2026  1980
    x_T05_core_2026  absorb_F11_2027  2640
    x_T05_full_2024  OBJ  0.01238025974025974
    x_T05_full_2024  assign_T05  1
    x_T05_full_2024  cover_T05_2024  -3300
    x_T05_full_2024  cover_T05_2025  -4400
    x_T05_full_2024  cover_T05_2026  -3300
    x_T05_full_2024  share_US_T05  -5500
    x_T05_full_2024  share_BIH-COFIN_T05  -6600
    x_T05_full_2024  entity_lo_FBiH  -6600
    x_T05_full_2024  entity_hi_FBiH  -9900
    x_T05_full_2024  entity_lo_RS  9900
    x_T05_full_2024  entity_hi_RS  6600
    x_T05_full_2024  absorb_F11_2025  4400
    x_T05_full_2024  absorb_F11_2026  3300
    x_T05_full_2025  OBJ  0.008253506493506493
    x_T05_full_2025  assign_T05  1
    x_T05_full_2025  cover_T05_2025  -3300
    x_T05_full_2025  cover_T05_2026  -4400
    x_T05_full_2025  cover_T05_2027  -3300
    x_T05_full_2025  share_US_T05  -5500
    x_T05_full_2025  share_BIH-COFIN_T05  -6600
    x_T05_full_2025  entity_lo_FBiH  -6600
    x_T05_full_2025  entity_hi_FBiH  -9900
    x_T05_full_2025  entity_lo_RS  9900
    x_T05_full_2025  entity_hi_RS  6600
    x_T05_full_2025  absorb_F11_2025  3300
    x_T05_full_2025  absorb_F11_2026  4400
    x_T05_full_2025  absorb_F11_2027  3300
    x_T05_full_2026  OBJ  0.004126753246753247
    x_T05_full_2026  assign_T05  1
    x_T05_full_2026  cover_T05_2026  -3300
    x_T05_full_2026  cover_T05_2027  -4400
    x_T05_full_2026  cover_T05_2028  -3300
    x_T05_full_2026  share_US_T05  -5500
    x_T05_full_2026  share_BIH-COFIN_T05  -6600
    x_T05_full_2026  entity_lo_FBiH  -6600
    x_T05_full_2026  entity_hi_FBiH  -9900
    x_T05_full_2026  entity_lo_RS  9900
    x_T05_full_2026  entity_hi_RS  6600
    x_T05_full_2026  absorb_F11_2026  3300
    x_T05_full_2026  absorb_F11_2027  4400
    x_T06_core_2024  OBJ  0.020041142857142858
    x_T06_core_2024  assign_T06  1
    x_T06_core_2024  cover_T06_2024  -5400
    x_T06_core_2024  cover_T06_2025  -6600
    x_T06_core_2024  share_UK_T06  -6000
    x_T06_core_2024  share_BIH-COFIN_T06  -7200
    x_T06_core_2024  entity_lo_FBiH  4800
    x_T06_core_2024  entity_hi_FBiH  1199.9999999999998
    x_T06_core_2024  entity_lo_RS  -1200
    x_T06_core_2024  entity_hi_RS  -4800
    x_T06_core_2024  absorb_F03_2025  6600
    x_T06_core_2025  OBJ  0.015030857142857143
    x_T06_core_2025  assign_T06  1
    x_T06_core_2025  cover_T06_2025  -5400
    x_T06_core_2025  cover_T06_2026  -6600
    x_T06_core_2025  share_UK_T06  -6000
    x_T06_core_2025  share_BIH-COFIN_T06  -7200
    x_T06_core_2025  entity_lo_FBiH  4800
    x_T06_core_2025  entity_hi_FBiH  1199.9999999999998
    x_T06_core_2025  entity_lo_RS  -1200
    x_T06_core_2025  entity_hi_RS  -4800
    x_T06_core_2025  absorb_F03_2025  5400
    x_T06_core_2025  absorb_F03_2026  6600
    x_T06_core_2026  OBJ  0.010020571428571429
    x_T06_core_2026  assign_T06  1
    x_T06_core_2026  cover_T06_2026  -5400
    x_T06_core_2026  cover_T06_2027  -6600
    x_T06_core_2026  share_UK_T06  -6000
    x_T06_core_2026  share_BIH-COFIN_T06  -7200
    x_T06_core_2026  entity_lo_FBiH  4800
    x_T06_core_2026  entity_hi_FBiH  1199.9999999999998
    x_T06_core_2026  entity_lo_RS  -1200
    x_T06_core_2026  entity_hi_RS  -4800
    x_T06_core_2026  absorb_F03_2026  5400
    x_T06_core_2026  absorb_F03_2027  6600
    x_T06_full_2024  OBJ  0.03364571428571429
    x_T06_full_2024  assign_T06  1
    x_T06_full_2024  cover_T06_2024  -9000
    x_T06_full_2024  cover_T06_2025  -11000
    x_T06_full_2024  share_UK_T06  -10000
    x_T06_full_2024  share_BIH-COFIN_T06  -12000
    x_T06_full_2024  entity_lo_FBiH  8000
    x_T06_full_2024  entity_hi_FBiH  1999.9999999999995
    x_T06_full_2024  entity_lo_RS  -2000
    x_T06_full_2024  entity_hi_RS  -8000
    x_T06_full_2024  absorb_F03_2025  11000
    x_T06_full_2025  OBJ  0.025234285714285716
    x_T06_full_2025  assign_T06  1
    x_T06_full_2025  cover_T06_2025  -9000
    x_T06_full_2025  cover_T06_2026  -11000
    x_T06_full_2025  share_UK_T06  -10000
    x_T06_full_2025  share_BIH-COFIN_T06  -12000
    x_T06_full_2025  entity_lo_FBiH  8000
    x_T06_full_2025  entity_hi_FBiH  1999.9999999999995
    x_T06_full_2025  entity_lo_RS  -2000
    x_T06_full_2025  entity_hi_RS  -8000
    x_T06_full_2025  absorb_F03_2025  9000
    x_T06_full_2025  absorb_F03_2026  11000
    x_T06_full_2026  OBJ  0.016822857142857146
    x_T06_full_2026  assign_T06  1
    x_T06_full_2026  cover_T06_2026  -9000
    x_T06_full_2026  cover_T06_2027  -11000
    x_T06_full_2026  share_UK_T06  -10000
    x_T06_full_2026  share_BIH-COFIN_T06  -12000
    x_T06_full_2026  entity_lo_FBiH  8000
    x_T06_full_2026  entity_hi_FBiH  1999.9999999999995
    x_T06_full_2026  entity_lo_RS  -2000
    x_T06_full_2026  entity_hi_RS  -8000
    x_T06_full_2026  absorb_F03_2026  9000
    x_T06_full_2026  absorb_F03_2027  11000
    x_T07_pilot_2024  OBJ  0.011304727272727274
    x_T07_pilot_2024  assign_T07  1
    x_T07_pilot_2024  cover_T07_2024  -6080
    x_T07_pilot_2024  cover_T07_2025  -7420
    x_T07_pilot_2024  share_UK_T07  -6750
    x_T07_pilot_2024  share_BIH-COFIN_T07  -8100
    x_T07_pilot_2024  excl_T07_I04  1
    x_T07_pilot_2024  entity_lo_FBiH  5400
    x_T07_pilot_2024  entity_hi_FBiH  1349.9999999999998
    x_T07_pilot_2024  entity_lo_RS  -1350
    x_T07_pilot_2024  entity_hi_RS  -5400
    x_T07_pilot_2024  absorb_F06_2024  6080
    x_T07_pilot_2024  absorb_F06_2025  7420
    x_T07_pilot_2025  OBJ  0.008478545454545454
    x_T07_pilot_2025  assign_T07  1
    x_T07_pilot_2025  cover_T07_2025  -6080
    x_T07_pilot_2025  cover_T07_2026  -7420
    x_T07_pilot_2025  share_UK_T07  -6750
    x_T07_pilot_2025  share_BIH-COFIN_T07  -8100
    x_T07_pilot_2025  excl_T07_I04  1
    x_T07_pilot_2025  entity_lo_FBiH  5400
    x_T07_pilot_2025  entity_hi_FBiH  1349.9999999999998
    x_T07_pilot_2025  entity_lo_RS  -1350
    x_T07_pilot_2025  entity_hi_RS  -5400
    x_T07_pilot_2025  absorb_F06_2025  6080
    x_T07_pilot_2025  absorb_F06_2026  7420
    x_T07_core_2024  OBJ  0.017616000000000003
    x_T07_core_2024  assign_T07  1
    x_T07_core_2024  cover_T07_2024  -8100
    x_T07_core_2024  cover_T07_2025  -10800
    x_T07_core_2024  cover_T07_2026  -8100
    x_T07_core_2024  share_UK_T07  -13500
    x_T07_core_2024  share_BIH-COFIN_T07  -16200
    x_T07_core_2024  excl_T07_I04  1
    x_T07_core_2024  entity_lo_FBiH  10800
    x_T07_core_2024  entity_hi_FBiH  2699.9999999999995
    x_T07_core_2024  entity_lo_RS  -2700
    x_T07_core_2024  entity_hi_RS  -10800
    x_T07_core_2024  absorb_F06_2024  8100
    x_T07_core_2024  absorb_F06_2025  10800
    x_T07_core_2024  absorb_F06_2026  8100
    x_T07_core_2025  OBJ  0.011744000000000003
    x_T07_core_2025  assign_T07  1
    x_T07_core_2025  cover_T07_2025  -8100
    x_T07_core_2025  cover_T07_2026  -10800
    x_T07_core_2025  cover_T07_2027  -8100
    x_T07_core_2025  share_UK_T07  -13500
    x_T07_core_2025  share_BIH-COFIN_T07  -16200
    x_T07_core_2025  excl_T07_I04  1
    x_T07_core_2025  entity_lo_FBiH  10800
    x_T07_core_2025  entity_hi_FBiH  2699.9999999999995
    x_T07_core_2025  entity_lo_RS  -2700
    x_T07_core_2025  entity_hi_RS  -10800
    x_T07_core_2025  absorb_F06_2025  8100
    x_T07_core_2025  absorb_F06_2026  10800
    x_T07_core_2025  absorb_F06_2027  8100
    x_T07_full_2024  OBJ  0.03045818181818182
    x_T07_full_2024  assign_T07  1
    x_T07_full_2024  cover_T07_2024  -13500
    x_T07_full_2024  cover_T07_2025  -18000
    x_T07_full_2024  cover_T07_2026  -13500
    x_T07_full_2024  share_UK_T07  -22500
    x_T07_full_2024  share_BIH-COFIN_T07  -27000
    x_T07_full_2024  excl_T07_I04  1
    x_T07_full_2024  entity_lo_FBiH  18000
    x_T07_full_2024  entity_hi_FBiH  4499.999999999999
    x_T07_full_2024  entity_lo_RS  -4500
    x_T07_full_2024  entity_hi_RS  -18000
    x_T07_full_2024  absorb_F06_2024  13500
    x_T07_full_2024  absorb_F06_2025  18000
    x_T07_full_2024  absorb_F06_2026  13500
    x_T07_full_2025  OBJ  0.020305454545454547
    x_T07_full_2025  assign_T07  1
    x_T07_full_2025  cover_T07_2025  -13500
    x_T07_full_2025  cover_T07_2026  -18000
    x_T07_full_2025  cover_T07_2027  -13500
    x_T07_full_2025  share_UK_T07  -22500
    x_T07_full_2025  share_BIH-COFIN_T07  -27000
    x_T07_full_2025  excl_T07_I04  1
    x_T07_full_2025  entity_lo_FBiH  18000
    x_T07_full_2025  entity_hi_FBiH  4499.999999999999
    x_T07_full_2025  entity_lo_RS  -4500
    x_T07_full_2025  entity_hi_RS  -18000
    x_T07_full_2025  absorb_F06_2025  13500
    x_T07_full_2025  absorb_F06_2026  18000
    x_T07_full_2025  absorb_F06_2027  13500
    x_T08_core_2024  OBJ  0.008982857142857145
    x_T08_core_2024  assign_T08  1
    x_T08_core_2024  cover_T08_2024  -2160
    x_T08_core_2024  cover_T08_2025  -2640
    x_T08_core_2024  share_UK_T08  -2400
    x_T08_core_2024  share_BIH-COFIN_T08  -2880
    x_T08_core_2024  entity_lo_FBiH  1920
    x_T08_core_2024  entity_hi_FBiH  479.9999999999999
    x_T08_core_2024  entity_lo_RS  -480
    x_T08_core_2024  entity_hi_RS  -1920
    x_T08_core_2024  absorb_F07_2024  2160
    x_T08_core_2024  absorb_F07_2025  2640
    x_T08_core_2025  OBJ  0.006737142857142857
    x_T08_core_2025  assign_T08  1
    x_T08_core_2025  cover_T08_2025  -2160
    x_T08_core_2025  cover_T08_2026  -2640
    x_T08_core_2025  share_UK_T08  -2400
    x_T08_core_2025  share_BIH-COFIN_T08  -2880
    x_T08_core_2025  entity_lo_FBiH  1920
    x_T08_core_2025  entity_hi_FBiH  479.9999999999999
    x_T08_core_2025  entity_lo_RS  -480
    x_T08_core_2025  entity_hi_RS  -1920
    x_T08_core_2025  absorb_F07_2025  2160
    x_T08_core_2025  absorb_F07_2026  2640
    x_T08_core_2026  OBJ  0.004491428571428572
    x_T08_core_2026  assign_T08  1
    x_T08_core_2026  cover_T08_2026  -2160
    x_T08_core_2026  cover_T08_2027  -2640
    x_T08_core_2026  share_UK_T08  -2400
    x_T08_core_2026  share_BIH-COFIN_T08  -2880
    x_T08_core_2026  entity_lo_FBiH  1920
    x_T08_core_2026  entity_hi_FBiH  479.9999999999999
    x_T08_core_2026  entity_lo_RS  -480
    x_T08_core_2026  entity_hi_RS  -1920
    x_T08_core_2026  absorb_F07_2026  2160
    x_T08_core_2026  absorb_F07_2027  2640
    x_T08_full_2024  OBJ  0.014587012987012989
    x_T08_full_2024  assign_T08  1
    x_T08_full_2024  cover_T08_2024  -3600
    x_T08_full_2024  cover_T08_2025  -4400
    x_T08_full_2024  share_UK_T08  -4000
    x_T08_full_2024  share_BIH-COFIN_T08  -4800
    x_T08_full_2024  entity_lo_FBiH  3200
    x_T08_full_2024  entity_hi_FBiH  799.9999999999998
    x_T08_full_2024  entity_lo_RS  -800
    x_T08_full_2024  entity_hi_RS  -3200
    x_T08_full_2024  absorb_F07_2024  3600
    x_T08_full_2024  absorb_F07_2025  4400
    x_T08_full_2025  OBJ  0.01094025974025974
    x_T08_full_2025  assign_T08  1
    x_T08_full_2025  cover_T08_2025  -3600
    x_T08_full_2025  cover_T08_2026  -4400
    x_T08_full_2025  share_UK_T08  -4000
    x_T08_full_2025  share_BIH-COFIN_T08  -4800
    x_T08_full_2025  entity_lo_FBiH  3200
    x_T08_full_2025  entity_hi_FBiH  799.9999999999998
    x_T08_full_2025  entity_lo_RS  -800
    x_T08_full_2025  entity_hi_RS  -3200
    x_T08_full_2025  absorb_F07_2025  3600
    x_T08_full_2025  absorb_F07_2026  4400
    x_T08_full_2026  OBJ  0.007293506493506494
    x_T08_full_2026  assign_T08  1
    x_T08_full_2026  cover_T08_2026  -3600
    x_T08_full_2026  cover_T08_2027  -4400
    x_T08_full_2026  share_UK_T08  -4000
    x_T08_full_2026  share_BIH-COFIN_T08  -4800
    x_T08_full_2026  entity_lo_FBiH  3200
    x_T08_full_2026  entity_hi_FBiH  799.9999999999998
    x_T08_full_2026  entity_lo_RS  -800
    x_T08_full_2026  entity_hi_RS  -3200
    x_T08_full_2026  absorb_F07_2026  3600
    x_T08_full_2026  absorb_F07_2027  4400
    x_T09_core_2024  OBJ  0.012850285714285717
    x_T09_core_2024  assign_T09  1
    x_T09_core_2024  cover_T09_2024  -2700
    x_T09_core_2024  cover_T09_2025  -3300
    x_T09_core_2024  share_UK_T09  -3000
    x_T09_core_2024  share_BIH-COFIN_T09  -3600
    x_T09_core_2024  entity_lo_FBiH  2400
    x_T09_core_2024  entity_hi_FBiH  599.9999999999999
    x_T09_core_2024  entity_lo_RS  -600
    x_T09_core_2024  entity_hi_RS  -2400
    x_T09_core_2024  absorb_F04_2024  2700
    x_T09_core_2024  absorb_F04_2025  3300
    x_T09_core_2025  OBJ  0.009637714285714288
    x_T09_core_2025  assign_T09  1
    x_T09_core_2025  cover_T09_2025  -2700
    x_T09_core_2025  cover_T09_2026  -3300
    x_T09_core_2025  share_UK_T09  -3000
    x_T09_core_2025  share_BIH-COFIN_T09  -3600
    x_T09_core_2025  entity_lo_FBiH  2400
    x_T09_core_2025  entity_hi_FBiH  599.9999999999999
    x_T09_core_2025  entity_lo_RS  -600
    x_T09_core_2025  entity_hi_RS  -2400
    x_T09_core_2025  absorb_F04_2025  2700
    x_T09_core_2025  absorb_F04_2026  3300
    x_T09_core_2026  OBJ  0.006425142857142858
    x_T09_core_2026  assign_T09  1
    x_T09_core_2026  cover_T09_2026  -2700
    x_T09_core_2026  cover_T09_2027  -3300
    x_T09_core_2026  share_UK_T09  -3000
    x_T09_core_2026  share_BIH-COFIN_T09  -3600
    x_T09_core_2026  entity_lo_FBiH  2400
    x_T09_core_2026  entity_hi_FBiH  599.9999999999999
    x_T09_core_2026  entity_lo_RS  -600
    x_T09_core_2026  entity_hi_RS  -2400
    x_T09_core_2026  absorb_F04_2026  2700
    x_T09_core_2026  absorb_F04_2027  3300
    x_T09_full_2024  OBJ  0.020920519480519484
    x_T09_full_2024  assign_T09  1
    x_T09_full_2024  cover_T09_2024  -4500
    x_T09_full_2024  cover_T09_2025  -5500
    x_T09_full_2024  share_UK_T09  -5000
    x_T09_full_2024  share_BIH-COFIN_T09  -6000
    x_T09_full_2024  entity_lo_FBiH  4000
    x_T09_full_2024  entity_hi_FBiH  999.9999999999998
    x_T09_full_2024  entity_lo_RS  -1000
    x_T09_full_2024  entity_hi_RS  -4000
    x_T09_full_2024  absorb_F04_2024  4500
    x_T09_full_2024  absorb_F04_2025  5500
    x_T09_full_2025  OBJ  0.015690389610389613
    x_T09_full_2025  assign_T09  1
    x_T09_full_2025  cover_T09_2025  -4500
    x_T09_full_2025  cover_T09_2026  -5500
    x_T09_full_2025  share_UK_T09  -5000
    x_T09_full_2025  share_BIH-COFIN_T09  -6000
    x_T09_full_2025  entity_lo_FBiH  4000
    x_T09_full_2025  entity_hi_FBiH  999.9999999999998
    x_T09_full_2025  entity_lo_RS  -1000
    x_T09_full_2025  entity_hi_RS  -4000
    x_T09_full_2025  absorb_F04_2025  4500
    x_T09_full_2025  absorb_F04_2026  5500
    x_T09_full_2026  OBJ  0.010460259740259742
    x_T09_full_2026  assign_T09  1
    x_T09_full_2026  cover_T09_2026  -4500
    x_T09_full_2026  cover_T09_2027  -5500
    x_T09_full_2026  share_UK_T09  -5000
    x_T09_full_2026  share_BIH-COFIN_T09  -6000
    x_T09_full_2026  entity_lo_FBiH  4000
    x_T09_full_2026  entity_hi_FBiH  999.9999999999998
    x_T09_full_2026  entity_lo_RS  -1000
    x_T09_full_2026  entity_hi_RS  -4000
    x_T09_full_2026  absorb_F04_2026  4500
    x_T09_full_2026  absorb_F04_2027  5500
    x_T10_core_2024  OBJ  0.018611428571428574
    x_T10_core_2024  assign_T10  1
    x_T10_core_2024  cover_T10_2024  -1800
    x_T10_core_2024  share_UK_T10  -900
    x_T10_core_2024  share_BIH-COFIN_T10  -1080
    x_T10_core_2024  req_T01_T10_2025  -1
    x_T10_core_2024  req_T01_T10_2026  -1
    x_T10_core_2024  req_T03_T10_2025  -1
    x_T10_core_2024  req_T03_T10_2026  -1
    x_T10_core_2024  req_T17_T10_2025  -1
    x_T10_core_2024  req_T17_T10_2026  -1
    x_T10_core_2024  entity_lo_FBiH  -1080
    x_T10_core_2024  entity_hi_FBiH  -1620
    x_T10_core_2024  entity_lo_RS  -180
    x_T10_core_2024  entity_hi_RS  -720
    x_T10_core_2025  OBJ  0.01488914285714286
    x_T10_core_2025  assign_T10  1
    x_T10_core_2025  cover_T10_2025  -1800
    x_T10_core_2025  share_UK_T10  -900
    x_T10_core_2025  share_BIH-COFIN_T10  -1080
    x_T10_core_2025  req_T01_T10_2026  -1
    x_T10_core_2025  req_T03_T10_2026  -1
    x_T10_core_2025  req_T17_T10_2026  -1
    x_T10_core_2025  entity_lo_FBiH  -1080
    x_T10_core_2025  entity_hi_FBiH  -1620
    x_T10_core_2025  entity_lo_RS  -180
    x_T10_core_2025  entity_hi_RS  -720
    x_T10_full_2024  OBJ  0.029911688311688316
    x_T10_full_2024  assign_T10  1
    x_T10_full_2024  cover_T10_2024  -3000
    x_T10_full_2024  share_UK_T10  -1500
    x_T10_full_2024  share_BIH-COFIN_T10  -1800
    x_T10_full_2024  req_T01_T10_2025  -1
    x_T10_full_2024  req_T01_T10_2026  -1
    x_T10_full_2024  req_T03_T10_2025  -1
    x_T10_full_2024  req_T03_T10_2026  -1
    x_T10_full_2024  req_T17_T10_2025  -1
    x_T10_full_2024  req_T17_T10_2026  -1
    x_T10_full_2024  entity_lo_FBiH  -1800
    x_T10_full_2024  entity_hi_FBiH  -2700
    x_T10_full_2024  entity_lo_RS  -300
    x_T10_full_2024  entity_hi_RS  -1200
    x_T10_full_2025  OBJ  0.023929350649350655
    x_T10_full_2025  assign_T10  1
    x_T10_full_2025  cover_T10_2025  -3000
    x_T10_full_2025  share_UK_T10  -1500
    x_T10_full_2025  share_BIH-COFIN_T10  -1800
    x_T10_full_2025  req_T01_T10_2026  -1
    x_T10_full_2025  req_T03_T10_2026  -1
    x_T10_full_2025  req_T17_T10_2026  -1
    x_T10_full_2025  entity_lo_FBiH  -1800
    x_T10_full_2025  entity_hi_FBiH  -2700
    x_T10_full_2025  entity_lo_RS  -300
    x_T10_full_2025  entity_hi_RS  -1200
    x_T11_core_2024  OBJ  0.010758857142857145
    x_T11_core_2024  assign_T11  1
    x_T11_core_2024  cover_T11_2024  -3240
    x_T11_core_2024  cover_T11_2025  -4320
    x_T11_core_2024  cover_T11_2026  -3240
    x_T11_core_2024  share_BIH-COFIN_T11  -6480
    x_T11_core_2024  entity_lo_FBiH  4320
    x_T11_core_2024  entity_hi_FBiH  1079.9999999999998
    x_T11_core_2024  entity_lo_RS  -1080
    x_T11_core_2024  entity_hi_RS  -4320
    x_T11_core_2024  absorb_F04_2024  3240
    x_T11_core_2024  absorb_F04_2025  4320
    x_T11_core_2024  absorb_F04_2026  3240
    x_T11_core_2025  OBJ  0.00717257142857143
    x_T11_core_2025  assign_T11  1
    x_T11_core_2025  cover_T11_2025  -3240
    x_T11_core_2025  cover_T11_2026  -4320
    x_T11_core_2025  cover_T11_2027  -3240
    x_T11_core_2025  share_BIH-COFIN_T11  -6480
    x_T11_core_2025  entity_lo_FBiH  4320
    x_T11_core_2025  entity_hi_FBiH  1079.9999999999998
    x_T11_core_2025  entity_lo_RS  -1080
    x_T11_core_2025  entity_hi_RS  -4320
    x_T11_core_2025  absorb_F04_2025  3240
    x_T11_core_2025  absorb_F04_2026  4320
    x_T11_core_2025  absorb_F04_2027  3240
    x_T11_core_2026  OBJ  0.003586285714285715
    x_T11_core_2026  assign_T11  1
    x_T11_core_2026  cover_T11_2026  -3240
    x_T11_core_2026  cover_T11_2027  -4320
    x_T11_core_2026  cover_T11_2028  -3240
    x_T11_core_2026  share_BIH-COFIN_T11  -6480
    x_T11_core_2026  entity_lo_FBiH  4320
    x_T11_core_2026  entity_hi_FBiH  1079.9999999999998
    x_T11_core_2026  entity_lo_RS  -1080
    x_T11_core_2026  entity_hi_RS  -4320
    x_T11_core_2026  absorb_F04_2026  3240
    x_T11_core_2026  absorb_F04_2027  4320
    x_T11_full_2024  OBJ  0.01799064935064935
    x_T11_full_2024  assign_T11  1
    x_T11_full_2024  cover_T11_2024  -5400
    x_T11_full_2024  cover_T11_2025  -7200
    x_T11_full_2024  cover_T11_2026  -5400
    x_T11_full_2024  share_BIH-COFIN_T11  -10800
    x_T11_full_2024  entity_lo_FBiH  7200
    x_T11_full_2024  entity_hi_FBiH  1799.9999999999995
    x_T11_full_2024  entity_lo_RS  -1800
    x_T11_full_2024  entity_hi_RS  -7200
    x_T11_full_2024  absorb_F04_2024  5400
    x_T11_full_2024  absorb_F04_2025  7200
    x_T11_full_2024  absorb_F04_2026  5400
    x_T11_full_2025  OBJ  0.011993766233766235
    x_T11_full_2025  assign_T11  1
    x_T11_full_2025  cover_T11_2025  -5400
    x_T11_full_2025  cover_T11_2026  -7200
    x_T11_full_2025  cover_T11_2027  -5400
    x_T11_full_2025  share_BIH-COFIN_T11  -10800
    x_T11_full_2025  entity_lo_FBiH  7200
    x_T11_full_2025  entity_hi_FBiH  1799.9999999999995
    x_T11_full_2025  entity_lo_RS  -1800
    x_T11_full_2025  entity_hi_RS  -7200
    x_T11_full_2025  absorb_F04_2025  5400
    x_T11_full_2025  absorb_F04_2026  7200
    x_T11_full_2025  absorb_F04_2027  5400
    x_T11_full_2026  OBJ  0.0059968831168831175
    x_T11_full_2026  assign_T11  1
    x_T11_full_2026  cover_T11_2026  -5400
    x_T11_full_2026  cover_T11_2027  -7200
    x_T11_full_2026  cover_T11_2028  -5400
    x_T11_full_2026  share_BIH-COFIN_T11  -10800
    x_T11_full_2026  entity_lo_FBiH  7200
    x_T11_full_2026  entity_hi_FBiH  1799.9999999999995
    x_T11_full_2026  entity_lo_RS  -1800
    x_T11_full_2026  entity_hi_RS  -7200
    x_T11_full_2026  absorb_F04_2026  5400
    x_T11_full_2026  absorb_F04_2027  7200
    x_T12_core_2024  OBJ  0.006363428571428573
    x_T12_core_2024  assign_T12  1
    x_T12_core_2024  cover_T12_2024  -1890
    x_T12_core_2024  cover_T12_2025  -2310
    x_T12_core_2024  share_BIH-COFIN_T12  -2520
    x_T12_core_2024  entity_lo_FBiH  1680
    x_T12_core_2024  entity_hi_FBiH  419.9999999999999
    x_T12_core_2024  entity_lo_RS  -420
    x_T12_core_2024  entity_hi_RS  -1680
    x_T12_core_2024  absorb_F08_2024  1890
    x_T12_core_2024  absorb_F08_2025  2310
    x_T12_core_2025  OBJ  0.004772571428571429
    x_T12_core_2025  assign_T12  1
    x_T12_core_2025  cover_T12_2025  -1890
    x_T12_core_2025  cover_T12_2026  -2310
    x_T12_core_2025  share_BIH-COFIN_T12  -2520
    x_T12_core_2025  entity_lo_FBiH  1680
    x_T12_core_2025  entity_hi_FBiH  419.9999999999999
    x_T12_core_2025  entity_lo_RS  -420
    x_T12_core_2025  entity_hi_RS  -1680
    x_T12_core_2025  absorb_F08_2025  1890
    x_T12_core_2025  absorb_F08_2026  2310
    x_T12_core_2026  OBJ  0.0031817142857142864
    x_T12_core_2026  assign_T12  1
    x_T12_core_2026  cover_T12_2026  -1890
    x_T12_core_2026  cover_T12_2027  -2310
    x_T12_core_2026  share_BIH-COFIN_T12  -2520
    x_T12_core_2026  entity_lo_FBiH  1680
    x_T12_core_2026  entity_hi_FBiH  419.9999999999999
    x_T12_core_2026  entity_lo_RS  -420
    x_T12_core_2026  entity_hi_RS  -1680
    x_T12_core_2026  absorb_F08_2026  1890
    x_T12_core_2026  absorb_F08_2027  2310
    x_T12_full_2024  OBJ  0.010173506493506497
    x_T12_full_2024  assign_T12  1
    x_T12_full_2024  cover_T12_2024  -3150
    x_T12_full_2024  cover_T12_2025  -3850
    x_T12_full_2024  share_BIH-COFIN_T12  -4200
    x_T12_full_2024  entity_lo_FBiH  2800
    x_T12_full_2024  entity_hi_FBiH  699.9999999999999
    x_T12_full_2024  entity_lo_RS  -700
    x_T12_full_2024  entity_hi_RS  -2800
    x_T12_full_2024  absorb_F08_2024  3150
    x_T12_full_2024  absorb_F08_2025  3850
    x_T12_full_2025  OBJ  0.007630129870129871
    x_T12_full_2025  assign_T12  1
    x_T12_full_2025  cover_T12_2025  -3150
    x_T12_full_2025  cover_T12_2026  -3850
    x_T12_full_2025  share_BIH-COFIN_T12  -4200
    x_T12_full_2025  entity_lo_FBiH  2800
    x_T12_full_2025  entity_hi_FBiH  699.9999999999999
    x_T12_full_2025  entity_lo_RS  -700
    x_T12_full_2025  entity_hi_RS  -2800
    x_T12_full_2025  absorb_F08_2025  3150
    x_T12_full_2025  absorb_F08_2026  3850
    x_T12_full_2026  OBJ  0.005086753246753248
    x_T12_full_2026  assign_T12  1
    x_T12_full_2026  cover_T12_2026  -3150
    x_T12_full_2026  cover_T12_2027  -3850
    x_T12_full_2026  share_BIH-COFIN_T12  -4200
    x_T12_full_2026  entity_lo_FBiH  2800
    x_T12_full_2026  entity_hi_FBiH  699.9999999999999
    x_T12_full_2026  entity_lo_RS  -700
    x_T12_full_2026  entity_hi_RS  -2800
    x_T12_full_2026  absorb_F08_2026  3150
    x_T12_full_2026  absorb_F08_2027  3850
    x_T13_core_2024  OBJ  0.011725714285714287
    x_T13_core_2024  assign_T13  1
    x_T13_core_2024  cover_T13_2024  -2430
    x_T13_core_2024  cover_T13_2025  -2970
    x_T13_core_2024  share_BIH-COFIN_T13  -3240
    x_T13_core_2024  entity_lo_FBiH  2160
    x_T13_core_2024  entity_hi_FBiH  539.9999999999999
    x_T13_core_2024  entity_lo_RS  -540
    x_T13_core_2024  entity_hi_RS  -2160
    x_T13_core_2024  absorb_F05_2024  2430
    x_T13_core_2024  absorb_F05_2025  2970
    x_T13_core_2025  OBJ  0.008794285714285715
    x_T13_core_2025  assign_T13  1
    x_T13_core_2025  cover_T13_2025  -2430
    x_T13_core_2025  cover_T13_2026  -2970
    x_T13_core_2025  share_BIH-COFIN_T13  -3240
    x_T13_core_2025  entity_lo_FBiH  2160
    x_T13_core_2025  entity_hi_FBiH  539.9999999999999
    x_T13_core_2025  entity_lo_RS  -540
    x_T13_core_2025  entity_hi_RS  -2160
    x_T13_core_2025  absorb_F05_2025  2430
    x_T13_core_2025  absorb_F05_2026  2970
    x_T13_core_2026  OBJ  0.005862857142857144
    x_T13_core_2026  assign_T13  1
    x_T13_core_2026  cover_T13_2026  -2430
    x_T13_core_2026  cover_T13_2027  -2970
    x_T13_core_2026  share_BIH-COFIN_T13  -3240
    x_T13_core_2026  entity_lo_FBiH  2160
    x_T13_core_2026  entity_hi_FBiH  539.9999999999999
    x_T13_core_2026  entity_lo_RS  -540
    x_T13_core_2026  entity_hi_RS  -2160
    x_T13_core_2026  absorb_F05_2026  2430
    x_T13_core_2026  absorb_F05_2027  2970
    x_T13_full_2024  OBJ  0.01957402597402598
    x_T13_full_2024  assign_T13  1
    x_T13_full_2024  cover_T13_2024  -4050
    x_T13_full_2024  cover_T13_2025  -4950
    x_T13_full_2024  share_BIH-COFIN_T13  -5400
    x_T13_full_2024  entity_lo_FBiH  3600
    x_T13_full_2024  entity_hi_FBiH  899.9999999999998
    x_T13_full_2024  entity_lo_RS  -900
    x_T13_full_2024  entity_hi_RS  -3600
    x_T13_full_2024  absorb_F05_2024  4050
    x_T13_full_2024  absorb_F05_2025  4950
    x_T13_full_2025  OBJ  0.014680519480519481
    x_T13_full_2025  assign_T13  1
    x_T13_full_2025  cover_T13_2025  -4050
    x_T13_full_2025  cover_T13_2026  -4950
    x_T13_full_2025  share_BIH-COFIN_T13  -5400
    x_T13_full_2025  entity_lo_FBiH  3600
    x_T13_full_2025  entity_hi_FBiH  899.9999999999998
    x_T13_full_2025  entity_lo_RS  -900
    x_T13_full_2025  entity_hi_RS  -3600
    x_T13_full_2025  absorb_F05_2025  4050
    x_T13_full_2025  absorb_F05_2026  4950
    x_T13_full_2026  OBJ  0.00978701298701299
    x_T13_full_2026  assign_T13  1
    x_T13_full_2026  cover_T13_2026  -4050
    x_T13_full_2026  cover_T13_2027  -4950
    x_T13_full_2026  share_BIH-COFIN_T13  -5400
    x_T13_full_2026  entity_lo_FBiH  3600
    x_T13_full_2026  entity_hi_FBiH  899.9999999999998
    x_T13_full_2026  entity_lo_RS  -900
    x_T13_full_2026  entity_hi_RS  -3600
    x_T13_full_2026  absorb_F05_2026  4050
    x_T13_full_2026  absorb_F05_2027  4950
    x_T14_pilot_2025  OBJ  0.008859844155844157
    x_T14_pilot_2025  assign_T14  1
    x_T14_pilot_2025  cover_T14_2025  -4800
    x_T14_pilot_2025  share_BIH-COFIN_T14  -2880
    x_T14_pilot_2025  entity_lo_FBiH  1920
    x_T14_pilot_2025  entity_hi_FBiH  479.9999999999999
    x_T14_pilot_2025  entity_lo_RS  -480
    x_T14_pilot_2025  entity_hi_RS  -1920
    x_T14_pilot_2025  absorb_F01_2025  4800
    x_T14_pilot_2026  OBJ  0.006644883116883118
    x_T14_pilot_2026  assign_T14  1
    x_T14_pilot_2026  cover_T14_2026  -4800
    x_T14_pilot_2026  share_BIH-COFIN_T14  -2880
    x_T14_pilot_2026  entity_lo_FBiH  1920
    x_T14_pilot_2026  entity_hi_FBiH  479.9999999999999
    x_T14_pilot_2026  entity_lo_RS  -480
    x_T14_pilot_2026  entity_hi_RS  -1920
    x_T14_pilot_2026  absorb_F01_2026  4800
    x_T14_core_2025  OBJ  0.013409142857142859
    x_T14_core_2025  assign_T14  1
    x_T14_core_2025  cover_T14_2025  -4320
    x_T14_core_2025  cover_T14_2026  -5280
    x_T14_core_2025  share_BIH-COFIN_T14  -5760
    x_T14_core_2025  entity_lo_FBiH  3840
    x_T14_core_2025  entity_hi_FBiH  959.9999999999998
    x_T14_core_2025  entity_lo_RS  -960
    x_T14_core_2025  entity_hi_RS  -3840
    x_T14_core_2025  absorb_F01_2025  4320
    x_T14_core_2025  absorb_F01_2026  5280
    x_T14_core_2026  OBJ  0.008939428571428574
    x_T14_core_2026  assign_T14  1
    x_T14_core_2026  cover_T14_2026  -4320
    x_T14_core_2026  cover_T14_2027  -5280
    x_T14_core_2026  share_BIH-COFIN_T14  -5760
    x_T14_core_2026  entity_lo_FBiH  3840
    x_T14_core_2026  entity_hi_FBiH  959.9999999999998
    x_T14_core_2026  entity_lo_RS  -960
    x_T14_core_2026  entity_hi_RS  -3840
    x_T14_core_2026  absorb_F01_2026  4320
    x_T14_core_2026  absorb_F01_2027  5280
    x_T14_full_2025  OBJ  0.02254753246753247
    x_T14_full_2025  assign_T14  1
    x_T14_full_2025  cover_T14_2025  -7200
    x_T14_full_2025  cover_T14_2026  -8800
    x_T14_full_2025  share_BIH-COFIN_T14  -9600
    x_T14_full_2025  entity_lo_FBiH  6400
    x_T14_full_2025  entity_hi_FBiH  1599.9999999999995
    x_T14_full_2025  entity_lo_RS  -1600
    x_T14_full_2025  entity_hi_RS  -6400
    x_T14_full_2025  absorb_F01_2025  7200
    x_T14_full_2025  absorb_F01_2026  8800
    x_T14_full_2026  OBJ  0.015031688311688314
    x_T14_full_2026  assign_T14  1
    x_T14_full_2026  cover_T14_2026  -7200
    x_T14_full_2026  cover_T14_2027  -8800
    x_T14_full_2026  share_BIH-COFIN_T14  -9600
    x_T14_full_2026  entity_lo_FBiH  6400
    x_T14_full_2026  entity_hi_FBiH  1599.9999999999995
    x_T14_full_2026  entity_lo_RS  -1600
    x_T14_full_2026  entity_hi_RS  -6400
    x_T14_full_2026  absorb_F01_2026  7200
    x_T14_full_2026  absorb_F01_2027  8800
    x_T15_core_2024  OBJ  0.008649142857142859
    x_T15_core_2024  assign_T15  1
    x_T15_core_2024  cover_T15_2024  -1620
    x_T15_core_2024  cover_T15_2025  -1980
    x_T15_core_2024  share_BIH-COFIN_T15  -2160
    x_T15_core_2024  excl_T15_T16  1
    x_T15_core_2024  entity_lo_FBiH  1440
    x_T15_core_2024  entity_hi_FBiH  359.99999999999994
    x_T15_core_2024  entity_lo_RS  -360
    x_T15_core_2024  entity_hi_RS  -1440
    x_T15_core_2024  absorb_F02_2024  1620
    x_T15_core_2024  absorb_F02_2025  1980
    x_T15_core_2025  OBJ  0.006486857142857143
    x_T15_core_2025  assign_T15  1
    x_T15_core_2025  cover_T15_2025  -1620
    x_T15_core_2025  cover_T15_2026  -1980
    x_T15_core_2025  share_BIH-COFIN_T15  -2160
    x_T15_core_2025  excl_T15_T16  1
    x_T15_core_2025  entity_lo_FBiH  1440
    x_T15_core_2025  entity_hi_FBiH  359.99999999999994
    x_T15_core_2025  entity_lo_RS  -360
    x_T15_core_2025  entity_hi_RS  -1440
    x_T15_core_2025  absorb_F02_2025  1620
    x_T15_core_2025  absorb_F02_2026  1980
    x_T15_core_2026  OBJ  0.004324571428571429
    x_T15_core_2026  assign_T15  1
    x_T15_core_2026  cover_T15_2026  -1620
    x_T15_core_2026  cover_T15_2027  -1980
    x_T15_core_2026  share_BIH-COFIN_T15  -2160
    x_T15_core_2026  excl_T15_T16  1
    x_T15_core_2026  entity_lo_FBiH  1440
    x_T15_core_2026  entity_hi_FBiH  359.99999999999994
    x_T15_core_2026  entity_lo_RS  -360
    x_T15_core_2026  entity_hi_RS  -1440
    x_T15_core_2026  absorb_F02_2026  1620
    x_T15_core_2026  absorb_F02_2027  1980
    x_T15_full_2024  OBJ  0.014329350649350654
    x_T15_full_2024  assign_T15  1
    x_T15_full_2024  cover_T15_2024  -2700
    x_T15_full_2024  cover_T15_2025  -3300
    x_T15_full_2024  share_BIH-COFIN_T15  -3600
    x_T15_full_2024  excl_T15_T16  1
    x_T15_full_2024  entity_lo_FBiH  2400
    x_T15_full_2024  entity_hi_FBiH  599.9999999999999
    x_T15_full_2024  entity_lo_RS  -600
    x_T15_full_2024  entity_hi_RS  -2400
    x_T15_full_2024  absorb_F02_2024  2700
    x_T15_full_2024  absorb_F02_2025  3300
    x_T15_full_2025  OBJ  0.010747012987012989
    x_T15_full_2025  assign_T15  1
    x_T15_full_2025  cover_T15_2025  -2700
    x_T15_full_2025  cover_T15_2026  -3300
    x_T15_full_2025  share_BIH-COFIN_T15  -3600
    x_T15_full_2025  excl_T15_T16  1
    x_T15_full_2025  entity_lo_FBiH  2400
    x_T15_full_2025  entity_hi_FBiH  599.9999999999999
    x_T15_full_2025  entity_lo_RS  -600
    x_T15_full_2025  entity_hi_RS  -2400
    x_T15_full_2025  absorb_F02_2025  2700
    x_T15_full_2025  absorb_F02_2026  3300
    x_T15_full_2026  OBJ  0.007164675324675327
    x_T15_full_2026  assign_T15  1
    x_T15_full_2026  cover_T15_2026  -2700
    x_T15_full_2026  cover_T15_2027  -3300
    x_T15_full_2026  share_BIH-COFIN_T15  -3600
    x_T15_full_2026  excl_T15_T16  1
    x_T15_full_2026  entity_lo_FBiH  2400
    x_T15_full_2026  entity_hi_FBiH  599.9999999999999
    x_T15_full_2026  entity_lo_RS  -600
    x_T15_full_2026  entity_hi_RS  -2400
    x_T15_full_2026  absorb_F02_2026  2700
    x_T15_full_2026  absorb_F02_2027  3300
    x_T16_core_2024  OBJ  0.017878857142857148
    x_T16_core_2024  assign_T16  1
    x_T16_core_2024  cover_T16_2024  -4050
    x_T16_core_2024  cover_T16_2025  -4950
    x_T16_core_2024  share_NO_T16  -4500
    x_T16_core_2024  share_BIH-COFIN_T16  -5400
    x_T16_core_2024  excl_T15_T16  1
    x_T16_core_2024  entity_lo_FBiH  3600
    x_T16_core_2024  entity_hi_FBiH  899.9999999999998
    x_T16_core_2024  entity_lo_RS  -900
    x_T16_core_2024  entity_hi_RS  -3600
    x_T16_core_2024  absorb_F02_2024  4050
    x_T16_core_2024  absorb_F02_2025  4950
    x_T16_core_2025  OBJ  0.013409142857142859
    x_T16_core_2025  assign_T16  1
    x_T16_core_2025  cover_T16_2025  -4050
    x_T16_core_2025  cover_T16_2026  -4950
    x_T16_core_2025  share_NO_T16  -4500
    x_T16_core_2025  share_BIH-COFIN_T16  -5400
    x_T16_core_2025  excl_T15_T16  1
    x_T16_core_2025  entity_lo_FBiH  3600
    x_T16_core_2025  entity_hi_FBiH  899.9999999999998
    x_T16_core_2025  entity_lo_RS  -900
    x_T16_core_2025  entity_hi_RS  -3600
    x_T16_core_2025  absorb_F02_2025  4050
    x_T16_core_2025  absorb_F02_2026  4950
    x_T16_core_2026  OBJ  0.008939428571428574
    x_T16_core_2026  assign_T16  1
    x_T16_core_2026  cover_T16_2026  -4050
    x_T16_core_2026  cover_T16_2027  -4950
    x_T16_core_2026  share_NO_T16  -4500
    x_T16_core_2026  share_BIH-COFIN_T16  -5400
    x_T16_core_2026  excl_T15_T16  1
    x_T16_core_2026  entity_lo_FBiH  3600
    x_T16_core_2026  entity_hi_FBiH  899.9999999999998
    x_T16_core_2026  entity_lo_RS  -900
    x_T16_core_2026  entity_hi_RS  -3600
    x_T16_core_2026  absorb_F02_2026  4050
    x_T16_core_2026  absorb_F02_2027  4950
    x_T16_full_2024  OBJ  0.030063376623376627
    x_T16_full_2024  assign_T16  1
    x_T16_full_2024  cover_T16_2024  -6750
    x_T16_full_2024  cover_T16_2025  -8250
    x_T16_full_2024  share_NO_T16  -7500
    x_T16_full_2024  share_BIH-COFIN_T16  -9000
    x_T16_full_2024  excl_T15_T16  1
    x_T16_full_2024  entity_lo_FBiH  6000
    x_T16_full_2024  entity_hi_FBiH  1499.9999999999998
    x_T16_full_2024  entity_lo_RS  -1500
    x_T16_full_2024  entity_hi_RS  -6000
    x_T16_full_2024  absorb_F02_2024  6750
    x_T16_full_2024  absorb_F02_2025  8250
    x_T16_full_2025  OBJ  0.02254753246753247
    x_T16_full_2025  assign_T16  1
    x_T16_full_2025  cover_T16_2025  -6750
    x_T16_full_2025  cover_T16_2026  -8250
    x_T16_full_2025  share_NO_T16  -7500
    x_T16_full_2025  share_BIH-COFIN_T16  -9000
    x_T16_full_2025  excl_T15_T16  1
    x_T16_full_2025  entity_lo_FBiH  6000
    x_T16_full_2025  entity_hi_FBiH  1499.9999999999998
    x_T16_full_2025  entity_lo_RS  -1500
    x_T16_full_2025  entity_hi_RS  -6000
    x_T16_full_2025  absorb_F02_2025  6750
    x_T16_full_2025  absorb_F02_2026  8250
    x_T16_full_2026  OBJ  0.015031688311688314
    x_T16_full_2026  assign_T16  1
    x_T16_full_2026  cover_T16_2026  -6750
    x_T16_full_2026  cover_T16_2027  -8250
    x_T16_full_2026  share_NO_T16  -7500
    x_T16_full_2026  share_BIH-COFIN_T16  -9000
    x_T16_full_2026  excl_T15_T16  1
    x_T16_full_2026  entity_lo_FBiH  6000
    x_T16_full_2026  entity_hi_FBiH  1499.9999999999998
    x_T16_full_2026  entity_lo_RS  -1500
    x_T16_full_2026  entity_hi_RS  -6000
    x_T16_full_2026  absorb_F02_2026  6750
    x_T16_full_2026  absorb_F02_2027  8250
    x_T17_core_2025  OBJ  0.014758857142857143
    x_T17_core_2025  assign_T17  1
    x_T17_core_2025  cover_T17_2025  -5400
    x_T17_core_2025  cover_T17_2026  -7200
    x_T17_core_2025  cover_T17_2027  -5400
    x_T17_core_2025  share_NO_T17  -9000
    x_T17_core_2025  share_BIH-COFIN_T17  -10800
    x_T17_core_2025  req_T17_T10_2025  1
    x_T17_core_2025  req_T17_T10_2026  1
    x_T17_core_2025  entity_lo_FBiH  7200
    x_T17_core_2025  entity_hi_FBiH  1799.9999999999995
    x_T17_core_2025  entity_lo_RS  -1800
    x_T17_core_2025  entity_hi_RS  -7200
    x_T17_core_2025  absorb_F03_2025  5400
    x_T17_core_2025  absorb_F03_2026  7200
    x_T17_core_2025  absorb_F03_2027  5400
    x_T17_core_2026  OBJ  0.0073794285714285715
    x_T17_core_2026  assign_T17  1
    x_T17_core_2026  cover_T17_2026  -5400
    x_T17_core_2026  cover_T17_2027  -7200
    x_T17_core_2026  cover_T17_2028  -5400
    x_T17_core_2026  share_NO_T17  -9000
    x_T17_core_2026  share_BIH-COFIN_T17  -10800
    x_T17_core_2026  req_T17_T10_2026  1
    x_T17_core_2026  entity_lo_FBiH  7200
    x_T17_core_2026  entity_hi_FBiH  1799.9999999999995
    x_T17_core_2026  entity_lo_RS  -1800
    x_T17_core_2026  entity_hi_RS  -7200
    x_T17_core_2026  absorb_F03_2026  5400
    x_T17_core_2026  absorb_F03_2027  7200
    x_T17_core_2026  absorb_F03_2028  5400
    x_T17_full_2025  OBJ  0.02526337662337663
    x_T17_full_2025  assign_T17  1
    x_T17_full_2025  cover_T17_2025  -9000
    x_T17_full_2025  cover_T17_2026  -12000
    x_T17_full_2025  cover_T17_2027  -9000
    x_T17_full_2025  share_NO_T17  -15000
    x_T17_full_2025  share_BIH-COFIN_T17  -18000
    x_T17_full_2025  req_T17_T10_2025  1
    x_T17_full_2025  req_T17_T10_2026  1
    x_T17_full_2025  entity_lo_FBiH  12000
    x_T17_full_2025  entity_hi_FBiH  2999.9999999999995
    x_T17_full_2025  entity_lo_RS  -3000
    x_T17_full_2025  entity_hi_RS  -12000
    x_T17_full_2025  absorb_F03_2025  9000
    x_T17_full_2025  absorb_F03_2026  12000
    x_T17_full_2025  absorb_F03_2027  9000
    x_T17_full_2026  OBJ  0.012631688311688314
    x_T17_full_2026  assign_T17  1
    x_T17_full_2026  cover_T17_2026  -9000
    x_T17_full_2026  cover_T17_2027  -12000
    x_T17_full_2026  cover_T17_2028  -9000
    x_T17_full_2026  share_NO_T17  -15000
    x_T17_full_2026  share_BIH-COFIN_T17  -18000
    x_T17_full_2026  req_T17_T10_2026  1
    x_T17_full_2026  entity_lo_FBiH  12000
    x_T17_full_2026  entity_hi_FBiH  2999.9999999999995
    x_T17_full_2026  entity_lo_RS  -3000
    x_T17_full_2026  entity_hi_RS  -12000
    x_T17_full_2026  absorb_F03_2026  9000
    x_T17_full_2026  absorb_F03_2027  12000
    x_T17_full_2026  absorb_F03_2028  9000
    x_T18_core_2024  OBJ  0.01297371428571429
    x_T18_core_2024  assign_T18  1
    x_T18_core_2024  cover_T18_2024  -3240
    x_T18_core_2024  cover_T18_2025  -3960
    x_T18_core_2024  share_NO_T18  -3600
    x_T18_core_2024  share_BIH-COFIN_T18  -4320
    x_T18_core_2024  entity_lo_FBiH  2880
    x_T18_core_2024  entity_hi_FBiH  719.9999999999999
    x_T18_core_2024  entity_lo_RS  -720
    x_T18_core_2024  entity_hi_RS  -2880
    x_T18_core_2024  absorb_F05_2024  3240
    x_T18_core_2024  absorb_F05_2025  3960
    x_T18_core_2025  OBJ  0.009730285714285716
    x_T18_core_2025  assign_T18  1
    x_T18_core_2025  cover_T18_2025  -3240
    x_T18_core_2025  cover_T18_2026  -3960
    x_T18_core_2025  share_NO_T18  -3600
    x_T18_core_2025  share_BIH-COFIN_T18  -4320
    x_T18_core_2025  entity_lo_FBiH  2880
    x_T18_core_2025  entity_hi_FBiH  719.9999999999999
    x_T18_core_2025  entity_lo_RS  -720
    x_T18_core_2025  entity_hi_RS  -2880
    x_T18_core_2025  absorb_F05_2025  3240
    x_T18_core_2025  absorb_F05_2026  3960
    x_T18_core_2026  OBJ  0.006486857142857145
    x_T18_core_2026  assign_T18  1
    x_T18_core_2026  cover_T18_2026  -3240
    x_T18_core_2026  cover_T18_2027  -3960
    x_T18_core_2026  share_NO_T18  -3600
    x_T18_core_2026  share_BIH-COFIN_T18  -4320
    x_T18_core_2026  entity_lo_FBiH  2880
    x_T18_core_2026  entity_hi_FBiH  719.9999999999999
    x_T18_core_2026  entity_lo_RS  -720
    x_T18_core_2026  entity_hi_RS  -2880
    x_T18_core_2026  absorb_F05_2026  3240
    x_T18_core_2026  absorb_F05_2027  3960
    x_T18_full_2024  OBJ  0.021494025974025978
    x_T18_full_2024  assign_T18  1
    x_T18_full_2024  cover_T18_2024  -5400
    x_T18_full_2024  cover_T18_2025  -6600
    x_T18_full_2024  share_NO_T18  -6000
    x_T18_full_2024  share_BIH-COFIN_T18  -7200
    x_T18_full_2024  entity_lo_FBiH  4800
    x_T18_full_2024  entity_hi_FBiH  1199.9999999999998
    x_T18_full_2024  entity_lo_RS  -1200
    x_T18_full_2024  entity_hi_RS  -4800
    x_T18_full_2024  absorb_F05_2024  5400
    x_T18_full_2024  absorb_F05_2025  6600
    x_T18_full_2025  OBJ  0.01612051948051948
    x_T18_full_2025  assign_T18  1
    x_T18_full_2025  cover_T18_2025  -5400
    x_T18_full_2025  cover_T18_2026  -6600
    x_T18_full_2025  share_NO_T18  -6000
    x_T18_full_2025  share_BIH-COFIN_T18  -7200
    x_T18_full_2025  entity_lo_FBiH  4800
    x_T18_full_2025  entity_hi_FBiH  1199.9999999999998
    x_T18_full_2025  entity_lo_RS  -1200
    x_T18_full_2025  entity_hi_RS  -4800
    x_T18_full_2025  absorb_F05_2025  5400
    x_T18_full_2025  absorb_F05_2026  6600
    x_T18_full_2026  OBJ  0.010747012987012989
    x_T18_full_2026  assign_T18  1
    x_T18_full_2026  cover_T18_2026  -5400
    x_T18_full_2026  cover_T18_2027  -6600
    x_T18_full_2026  share_NO_T18  -6000
    x_T18_full_2026  share_BIH-COFIN_T18  -7200
    x_T18_full_2026  entity_lo_FBiH  4800
    x_T18_full_2026  entity_hi_FBiH  1199.9999999999998
    x_T18_full_2026  entity_lo_RS  -1200
    x_T18_full_2026  entity_hi_RS  -4800
    x_T18_full_2026  absorb_F05_2026  5400
    x_T18_full_2026  absorb_F05_2027  6600
    x_T19_core_2024  OBJ  0.01114514285714286
    x_T19_core_2024  assign_T19  1
    x_T19_core_2024  cover_T19_2024  -2700
    x_T19_core_2024  cover_T19_2025  -3300
    x_T19_core_2024  share_NO_T19  -3000
    x_T19_core_2024  share_BIH-COFIN_T19  -3600
    x_T19_core_2024  entity_lo_FBiH  2400
    x_T19_core_2024  entity_hi_FBiH  599.9999999999999
    x_T19_core_2024  entity_lo_RS  -600
    x_T19_core_2024  entity_hi_RS  -2400
    x_T19_core_2024  absorb_F08_2024  2700
    x_T19_core_2024  absorb_F08_2025  3300
    x_T19_core_2025  OBJ  0.008358857142857144
    x_T19_core_2025  assign_T19  1
    x_T19_core_2025  cover_T19_2025  -2700
    x_T19_core_2025  cover_T19_2026  -3300
    x_T19_core_2025  share_NO_T19  -3000
    x_T19_core_2025  share_BIH-COFIN_T19  -3600
    x_T19_core_2025  entity_lo_FBiH  2400
    x_T19_core_2025  entity_hi_FBiH  599.9999999999999
    x_T19_core_2025  entity_lo_RS  -600
    x_T19_core_2025  entity_hi_RS  -2400
    x_T19_core_2025  absorb_F08_2025  2700
    x_T19_core_2025  absorb_F08_2026  3300
    x_T19_core_2026  OBJ  0.00557257142857143
    x_T19_core_2026  assign_T19  1
    x_T19_core_2026  cover_T19_2026  -2700
    x_T19_core_2026  cover_T19_2027  -3300
    x_T19_core_2026  share_NO_T19  -3000
    x_T19_core_2026  share_BIH-COFIN_T19  -3600
    x_T19_core_2026  entity_lo_FBiH  2400
    x_T19_core_2026  entity_hi_FBiH  599.9999999999999
    x_T19_core_2026  entity_lo_RS  -600
    x_T19_core_2026  entity_hi_RS  -2400
    x_T19_core_2026  absorb_F08_2026  2700
    x_T19_core_2026  absorb_F08_2027  3300
    x_T19_full_2024  OBJ  0.018169350649350654
    x_T19_full_2024  assign_T19  1
    x_T19_full_2024  cover_T19_2024  -4500
    x_T19_full_2024  cover_T19_2025  -5500
    x_T19_full_2024  share_NO_T19  -5000
    x_T19_full_2024  share_BIH-COFIN_T19  -6000
    x_T19_full_2024  entity_lo_FBiH  4000
    x_T19_full_2024  entity_hi_FBiH  999.9999999999998
    x_T19_full_2024  entity_lo_RS  -1000
    x_T19_full_2024  entity_hi_RS  -4000
    x_T19_full_2024  absorb_F08_2024  4500
    x_T19_full_2024  absorb_F08_2025  5500
    x_T19_full_2025  OBJ  0.013627012987012988
    x_T19_full_2025  assign_T19  1
    x_T19_full_2025  cover_T19_2025  -4500
    x_T19_full_2025  cover_T19_2026  -5500
    x_T19_full_2025  share_NO_T19  -5000
    x_T19_full_2025  share_BIH-COFIN_T19  -6000
    x_T19_full_2025  entity_lo_FBiH  4000
    x_T19_full_2025  entity_hi_FBiH  999.9999999999998
    x_T19_full_2025  entity_lo_RS  -1000
    x_T19_full_2025  entity_hi_RS  -4000
    x_T19_full_2025  absorb_F08_2025  4500
    x_T19_full_2025  absorb_F08_2026  5500
    x_T19_full_2026  OBJ  0.009084675324675327
    x_T19_full_2026  assign_T19  1
    x_T19_full_2026  cover_T19_2026  -4500
    x_T19_full_2026  cover_T19_2027  -5500
    x_T19_full_2026  share_NO_T19  -5000
    x_T19_full_2026  share_BIH-COFIN_T19  -6000
    x_T19_full_2026  entity_lo_FBiH  4000
    x_T19_full_2026  entity_hi_FBiH  999.9999999999998
    x_T19_full_2026  entity_lo_RS  -1000
    x_T19_full_2026  entity_hi_RS  -4000
    x_T19_full_2026  absorb_F08_2026  4500
    x_T19_full_2026  absorb_F08_2027  5500
    x_T20_core_2024  OBJ  0.00806857142857143
    x_T20_core_2024  assign_T20  1
    x_T20_core_2024  cover_T20_2024  -1350
    x_T20_core_2024  cover_T20_2025  -1650
    x_T20_core_2024  share_NO_T20  -1500
    x_T20_core_2024  share_BIH-COFIN_T20  -1800
    x_T20_core_2024  req_T20_DCB-D5_2024  1
    x_T20_core_2024  req_T20_DCB-D5_2025  1
    x_T20_core_2024  req_T20_DCB-D5_2026  1
    x_T20_core_2024  entity_lo_FBiH  1200
    x_T20_core_2024  entity_hi_FBiH  299.99999999999994
    x_T20_core_2024  entity_lo_RS  -300
    x_T20_core_2024  entity_hi_RS  -1200
    x_T20_core_2024  absorb_F09_2024  1350
    x_T20_core_2024  absorb_F09_2025  1650
    x_T20_core_2025  OBJ  0.006051428571428573
    x_T20_core_2025  assign_T20  1
    x_T20_core_2025  cover_T20_2025  -1350
    x_T20_core_2025  cover_T20_2026  -1650
    x_T20_core_2025  share_NO_T20  -1500
    x_T20_core_2025  share_BIH-COFIN_T20  -1800
    x_T20_core_2025  req_T20_DCB-D5_2025  1
    x_T20_core_2025  req_T20_DCB-D5_2026  1
    x_T20_core_2025  entity_lo_FBiH  1200
    x_T20_core_2025  entity_hi_FBiH  299.99999999999994
    x_T20_core_2025  entity_lo_RS  -300
    x_T20_core_2025  entity_hi_RS  -1200
    x_T20_core_2025  absorb_F09_2025  1350
    x_T20_core_2025  absorb_F09_2026  1650
    x_T20_core_2026  OBJ  0.004034285714285715
    x_T20_core_2026  assign_T20  1
    x_T20_core_2026  cover_T20_2026  -1350
    x_T20_core_2026  cover_T20_2027  -1650
    x_T20_core_2026  share_NO_T20  -1500
    x_T20_core_2026  share_BIH-COFIN_T20  -1800
    x_T20_core_2026  req_T20_DCB-D5_2026  1
    x_T20_core_2026  entity_lo_FBiH  1200
    x_T20_core_2026  entity_hi_FBiH  299.99999999999994
    x_T20_core_2026  entity_lo_RS  -300
    x_T20_core_2026  entity_hi_RS  -1200
    x_T20_core_2026  absorb_F09_2026  1350
    x_T20_core_2026  absorb_F09_2027  1650
    x_T20_full_2024  OBJ  0.012924675324675328
    x_T20_full_2024  assign_T20  1
    x_T20_full_2024  cover_T20_2024  -2250
    x_T20_full_2024  cover_T20_2025  -2750
    x_T20_full_2024  share_NO_T20  -2500
    x_T20_full_2024  share_BIH-COFIN_T20  -3000
    x_T20_full_2024  req_T20_DCB-D5_2024  1
    x_T20_full_2024  req_T20_DCB-D5_2025  1
    x_T20_full_2024  req_T20_DCB-D5_2026  1
    x_T20_full_2024  entity_lo_FBiH  2000
    x_T20_full_2024  entity_hi_FBiH  499.9999999999999
    x_T20_full_2024  entity_lo_RS  -500
    x_T20_full_2024  entity_hi_RS  -2000
    x_T20_full_2024  absorb_F09_2024  2250
    x_T20_full_2024  absorb_F09_2025  2750
    x_T20_full_2025  OBJ  0.009693506493506495
    x_T20_full_2025  assign_T20  1
    x_T20_full_2025  cover_T20_2025  -2250
    x_T20_full_2025  cover_T20_2026  -2750
    x_T20_full_2025  share_NO_T20  -2500
    x_T20_full_2025  share_BIH-COFIN_T20  -3000
    x_T20_full_2025  req_T20_DCB-D5_2025  1
    x_T20_full_2025  req_T20_DCB-D5_2026  1
    x_T20_full_2025  entity_lo_FBiH  2000
    x_T20_full_2025  entity_hi_FBiH  499.9999999999999
    x_T20_full_2025  entity_lo_RS  -500
    x_T20_full_2025  entity_hi_RS  -2000
    x_T20_full_2025  absorb_F09_2025  2250
    x_T20_full_2025  absorb_F09_2026  2750
    x_T20_full_2026  OBJ  0.006462337662337664
    x_T20_full_2026  assign_T20  1
    x_T20_full_2026  cover_T20_2026  -2250
    x_T20_full_2026  cover_T20_2027  -2750
    x_T20_full_2026  share_NO_T20  -2500
    x_T20_full_2026  share_BIH-COFIN_T20  -3000
    x_T20_full_2026  req_T20_DCB-D5_2026  1
    x_T20_full_2026  entity_lo_FBiH  2000
    x_T20_full_2026  entity_hi_FBiH  499.9999999999999
    x_T20_full_2026  entity_lo_RS  -500
    x_T20_full_2026  entity_hi_RS  -2000
    x_T20_full_2026  absorb_F09_2026  2250
    x_T20_full_2026  absorb_F09_2027  2750
    x_T21_core_2024  OBJ  0.008525714285714288
    x_T21_core_2024  assign_T21  1
    x_T21_core_2024  cover_T21_2024  -1620
    x_T21_core_2024  cover_T21_2025  -1980
    x_T21_core_2024  share_US_T21  -1800
    x_T21_core_2024  share_BIH-COFIN_T21  -2160
    x_T21_core_2024  entity_lo_FBiH  1440
    x_T21_core_2024  entity_hi_FBiH  359.99999999999994
    x_T21_core_2024  entity_lo_RS  -360
    x_T21_core_2024  entity_hi_RS  -1440
    x_T21_core_2024  absorb_F10_2024  1620
    x_T21_core_2024  absorb_F10_2025  1980
    x_T21_core_2025  OBJ  0.006394285714285714
    x_T21_core_2025  assign_T21  1
    x_T21_core_2025  cover_T21_2025  -1620
    x_T21_core_2025  cover_T21_2026  -1980
    x_T21_core_2025  share_US_T21  -1800
    x_T21_core_2025  share_BIH-COFIN_T21  -2160
    x_T21_core_2025  entity_lo_FBiH  1440
    x_T21_core_2025  entity_hi_FBiH  359.99999999999994
    x_T21_core_2025  entity_lo_RS  -360
    x_T21_core_2025  entity_hi_RS  -1440
    x_T21_core_2025  absorb_F10_2025  1620
    x_T21_core_2025  absorb_F10_2026  1980
    x_T21_core_2026  OBJ  0.004262857142857144
    x_T21_core_2026  assign_T21  1
    x_T21_core_2026  cover_T21_2026  -1620
    x_T21_core_2026  cover_T21_2027  -1980
    x_T21_core_2026  share_US_T21  -1800
    x_T21_core_2026  share_BIH-COFIN_T21  -2160
    x_T21_core_2026  entity_lo_FBiH  1440
    x_T21_core_2026  entity_hi_FBiH  359.99999999999994
    x_T21_core_2026  entity_lo_RS  -360
    x_T21_core_2026  entity_hi_RS  -1440
    x_T21_core_2026  absorb_F10_2026  1620
    x_T21_core_2026  absorb_F10_2027  1980
    x_T21_full_2024  OBJ  0.013755844155844158
    x_T21_full_2024  assign_T21  1
    x_T21_full_2024  cover_T21_2024  -2700
    x_T21_full_2024  cover_T21_2025  -3300
    x_T21_full_2024  share_US_T21  -3000
    x_T21_full_2024  share_BIH-COFIN_T21  -3600
    x_T21_full_2024  entity_lo_FBiH  2400
    x_T21_full_2024  entity_hi_FBiH  599.9999999999999
    x_T21_full_2024  entity_lo_RS  -600
    x_T21_full_2024  entity_hi_RS  -2400
    x_T21_full_2024  absorb_F10_2024  2700
    x_T21_full_2024  absorb_F10_2025  3300
    x_T21_full_2025  OBJ  0.010316883116883118
    x_T21_full_2025  assign_T21  1
    x_T21_full_2025  cover_T21_2025  -2700
    x_T21_full_2025  cover_T21_2026  -3300
    x_T21_full_2025  share_US_T21  -3000
    x_T21_full_2025  share_BIH-COFIN_T21  -3600
    x_T21_full_2025  entity_lo_FBiH  2400
    x_T21_full_2025  entity_hi_FBiH  599.9999999999999
    x_T21_full_2025  entity_lo_RS  -600
    x_T21_full_2025  entity_hi_RS  -2400
    x_T21_full_2025  absorb_F10_2025  2700
    x_T21_full_2025  absorb_F10_2026  3300
    x_T21_full_2026  OBJ  0.006877922077922079
    x_T21_full_2026  assign_T21  1
    x_T21_full_2026  cover_T21_2026  -2700
    x_T21_full_2026  cover_T21_2027  -3300
    x_T21_full_2026  share_US_T21  -3000
    x_T21_full_2026  share_BIH-COFIN_T21  -3600
    x_T21_full_2026  entity_lo_FBiH  2400
    x_T21_full_2026  entity_hi_FBiH  599.9999999999999
    x_T21_full_2026  entity_lo_RS  -600
    x_T21_full_2026  entity_hi_RS  -2400
    x_T21_full_2026  absorb_F10_2026  2700
    x_T21_full_2026  absorb_F10_2027  3300
    x_I01_core_2024  OBJ  0.006394285714285714
    x_I01_core_2024  assign_I01  1
    x_I01_core_2024  cover_I01_2024  -1440
    x_I01_core_2024  cover_I01_2025  -1920
    x_I01_core_2024  cover_I01_2026  -1440
    x_I01_core_2024  share_US_I01  -2400
    x_I01_core_2024  share_BIH-COFIN_I01  -2880
    x_I01_core_2024  entity_lo_FBiH  -2880
    x_I01_core_2024  entity_hi_FBiH  -4320
    x_I01_core_2024  entity_lo_RS  4320
    x_I01_core_2024  entity_hi_RS  2880
    x_I01_core_2025  OBJ  0.004262857142857144
    x_I01_core_2025  assign_I01  1
    x_I01_core_2025  cover_I01_2025  -1440
    x_I01_core_2025  cover_I01_2026  -1920
    x_I01_core_2025  cover_I01_2027  -1440
    x_I01_core_2025  share_US_I01  -2400
    x_I01_core_2025  share_BIH-COFIN_I01  -2880
    x_I01_core_2025  entity_lo_FBiH  -2880
    x_I01_core_2025  entity_hi_FBiH  -4320
    x_I01_core_2025  entity_lo_RS  4320
    x_I01_core_2025  entity_hi_RS  2880
    x_I01_core_2026  OBJ  0.002131428571428572
    x_I01_core_2026  assign_I01  1
    x_I01_core_2026  cover_I01_2026  -1440
    x_I01_core_2026  cover_I01_2027  -1920
    x_I01_core_2026  cover_I01_2028  -1440
    x_I01_core_2026  share_US_I01  -2400
    x_I01_core_2026  share_BIH-COFIN_I01  -2880
    x_I01_core_2026  entity_lo_FBiH  -2880
    x_I01_core_2026  entity_hi_FBiH  -4320
    x_I01_core_2026  entity_lo_RS  4320
    x_I01_core_2026  entity_hi_RS  2880
    x_I01_full_2024  OBJ  0.010316883116883118
    x_I01_full_2024  assign_I01  1
    x_I01_full_2024  cover_I01_2024  -2400
    x_I01_full_2024  cover_I01_2025  -3200
    x_I01_full_2024  cover_I01_2026  -2400
    x_I01_full_2024  share_US_I01  -4000
    x_I01_full_2024  share_BIH-COFIN_I01  -4800
    x_I01_full_2024  entity_lo_FBiH  -4800
    x_I01_full_2024  entity_hi_FBiH  -7200
    x_I01_full_2024  entity_lo_RS  7200
    x_I01_full_2024  entity_hi_RS  4800
    x_I01_full_2025  OBJ  0.006877922077922079
    x_I01_full_2025  assign_I01  1
    x_I01_full_2025  cover_I01_2025  -2400
    x_I01_full_2025  cover_I01_2026  -3200
    x_I01_full_2025  cover_I01_2027  -2400
    x_I01_full_2025  share_US_I01  -4000
    x_I01_full_2025  share_BIH-COFIN_I01  -4800
    x_I01_full_2025  entity_lo_FBiH  -4800
    x_I01_full_2025  entity_hi_FBiH  -7200
    x_I01_full_2025  entity_lo_RS  7200
    x_I01_full_2025  entity_hi_RS  4800
    x_I01_full_2026  OBJ  0.0034389610389610396
    x_I01_full_2026  assign_I01  1
    x_I01_full_2026  cover_I01_2026  -2400
    x_I01_full_2026  cover_I01_2027  -3200
    x_I01_full_2026  cover_I01_2028  -2400
    x_I01_full_2026  share_US_I01  -4000
    x_I01_full_2026  share_BIH-COFIN_I01  -4800
    x_I01_full_2026  entity_lo_FBiH  -4800
    x_I01_full_2026  entity_hi_FBiH  -7200
    x_I01_full_2026  entity_lo_RS  7200
    x_I01_full_2026  entity_hi_RS  4800
    x_I02_core_2024  OBJ  0.007734857142857144
    x_I02_core_2024  assign_I02  1
    x_I02_core_2024  cover_I02_2024  -1890
    x_I02_core_2024  cover_I02_2025  -2310
    x_I02_core_2024  share_NO_I02  -2100
    x_I02_core_2024  share_BIH-COFIN_I02  -2520
    x_I02_core_2024  entity_lo_FBiH  -2520
    x_I02_core_2024  entity_hi_FBiH  -3780
    x_I02_core_2024  entity_lo_RS  3780
    x_I02_core_2024  entity_hi_RS  2520
    x_I02_core_2025  OBJ  0.005801142857142857
    x_I02_core_2025  assign_I02  1
    x_I02_core_2025  cover_I02_2025  -1890
    x_I02_core_2025  cover_I02_2026  -2310
    x_I02_core_2025  share_NO_I02  -2100
    x_I02_core_2025  share_BIH-COFIN_I02  -2520
    x_I02_core_2025  entity_lo_FBiH  -2520
    x_I02_core_2025  entity_hi_FBiH  -3780
    x_I02_core_2025  entity_lo_RS  3780
    x_I02_core_2025  entity_hi_RS  2520
    x_I02_core_2026  OBJ  0.003867428571428572
    x_I02_core_2026  assign_I02  1
    x_I02_core_2026  cover_I02_2026  -1890
    x_I02_core_2026  cover_I02_2027  -2310
    x_I02_core_2026  share_NO_I02  -2100
    x_I02_core_2026  share_BIH-COFIN_I02  -2520
    x_I02_core_2026  entity_lo_FBiH  -2520
    x_I02_core_2026  entity_hi_FBiH  -3780
    x_I02_core_2026  entity_lo_RS  3780
    x_I02_core_2026  entity_hi_RS  2520
    x_I02_full_2024  OBJ  0.012667012987012989
    x_I02_full_2024  assign_I02  1
    x_I02_full_2024  cover_I02_2024  -3150
    x_I02_full_2024  cover_I02_2025  -3850
    x_I02_full_2024  share_NO_I02  -3500
    x_I02_full_2024  share_BIH-COFIN_I02  -4200
    x_I02_full_2024  entity_lo_FBiH  -4200
    x_I02_full_2024  entity_hi_FBiH  -6300
    x_I02_full_2024  entity_lo_RS  6300
    x_I02_full_2024  entity_hi_RS  4200
    x_I02_full_2025  OBJ  0.009500259740259741
    x_I02_full_2025  assign_I02  1
    x_I02_full_2025  cover_I02_2025  -3150
    x_I02_full_2025  cover_I02_2026  -3850
    x_I02_full_2025  share_NO_I02  -3500
    x_I02_full_2025  share_BIH-COFIN_I02  -4200
    x_I02_full_2025  entity_lo_FBiH  -4200
    x_I02_full_2025  entity_hi_FBiH  -6300
    x_I02_full_2025  entity_lo_RS  6300
    x_I02_full_2025  entity_hi_RS  4200
    x_I02_full_2026  OBJ  0.006333506493506494
    x_I02_full_2026  assign_I02  1
    x_I02_full_2026  cover_I02_2026  -3150
    x_I02_full_2026  cover_I02_2027  -3850
    x_I02_full_2026  share_NO_I02  -3500
    x_I02_full_2026  share_BIH-COFIN_I02  -4200
    x_I02_full_2026  entity_lo_FBiH  -4200
    x_I02_full_2026  entity_hi_FBiH  -6300
    x_I02_full_2026  entity_lo_RS  6300
    x_I02_full_2026  entity_hi_RS  4200
    x_I03_core_2024  OBJ  0.00682057142857143
    x_I03_core_2024  assign_I03  1
    x_I03_core_2024  cover_I03_2024  -1350
    x_I03_core_2024  cover_I03_2025  -1650
    x_I03_core_2024  share_UK_I03  -1500
    x_I03_core_2024  share_BIH-COFIN_I03  -1800
    x_I03_core_2024  entity_lo_FBiH  -1800
    x_I03_core_2024  entity_hi_FBiH  -2700
    x_I03_core_2024  entity_lo_RS  2700
    x_I03_core_2024  entity_hi_RS  1800
    x_I03_core_2024  absorb_F11_2025  1650
    x_I03_core_2025  OBJ  0.005115428571428572
    x_I03_core_2025  assign_I03  1
    x_I03_core_2025  cover_I03_2025  -1350
    x_I03_core_2025  cover_I03_2026  -1650
    x_I03_core_2025  share_UK_I03  -1500
    x_I03_core_2025  share_BIH-COFIN_I03  -1800
    x_I03_core_2025  entity_lo_FBiH  -1800
    x_I03_core_2025  entity_hi_FBiH  -2700
    x_I03_core_2025  entity_lo_RS  2700
    x_I03_core_2025  entity_hi_RS  1800
    x_I03_core_2025  absorb_F11_2025  1350
    x_I03_core_2025  absorb_F11_2026  1650
    x_I03_core_2026  OBJ  0.003410285714285715
    x_I03_core_2026  assign_I03  1
    x_I03_core_2026  cover_I03_2026  -1350
    x_I03_core_2026  cover_I03_2027  -1650
    x_I03_core_2026  share_UK_I03  -1500
    x_I03_core_2026  share_BIH-COFIN_I03  -1800
    x_I03_core_2026  entity_lo_FBiH  -1800
    x_I03_core_2026  entity_hi_FBiH  -2700
    x_I03_core_2026  entity_lo_RS  2700
    x_I03_core_2026  entity_hi_RS  1800
    x_I03_core_2026  absorb_F11_2026  1350
    x_I03_core_2026  absorb_F11_2027  1650
    x_I03_full_2024  OBJ  0.011004675324675327
    x_I03_full_2024  assign_I03  1
    x_I03_full_2024  cover_I03_2024  -2250
    x_I03_full_2024  cover_I03_2025  -2750
    x_I03_full_2024  share_UK_I03  -2500
    x_I03_full_2024  share_BIH-COFIN_I03  -3000
    x_I03_full_2024  entity_lo_FBiH  -3000
    x_I03_full_2024  entity_hi_FBiH  -4500
    x_I03_full_2024  entity_lo_RS  4500
    x_I03_full_2024  entity_hi_RS  3000
    x_I03_full_2024  absorb_F11_2025  2750
    x_I03_full_2025  OBJ  0.008253506493506495
    x_I03_full_2025  assign_I03  1
    x_I03_full_2025  cover_I03_2025  -2250
    x_I03_full_2025  cover_I03_2026  -2750
    x_I03_full_2025  share_UK_I03  -2500
    x_I03_full_2025  share_BIH-COFIN_I03  -3000
    x_I03_full_2025  entity_lo_FBiH  -3000
    x_I03_full_2025  entity_hi_FBiH  -4500
    x_I03_full_2025  entity_lo_RS  4500
    x_I03_full_2025  entity_hi_RS  3000
    x_I03_full_2025  absorb_F11_2025  2250
    x_I03_full_2025  absorb_F11_2026  2750
    x_I03_full_2026  OBJ  0.005502337662337663
    x_I03_full_2026  assign_I03  1
    x_I03_full_2026  cover_I03_2026  -2250
    x_I03_full_2026  cover_I03_2027  -2750
    x_I03_full_2026  share_UK_I03  -2500
    x_I03_full_2026  share_BIH-COFIN_I03  -3000
    x_I03_full_2026  entity_lo_FBiH  -3000
    x_I03_full_2026  entity_hi_FBiH  -4500
    x_I03_full_2026  entity_lo_RS  4500
    x_I03_full_2026  entity_hi_RS  3000
    x_I03_full_2026  absorb_F11_2026  2250
    x_I03_full_2026  absorb_F11_2027  2750
    x_I04_core_2024  OBJ  0.008315428571428573
    x_I04_core_2024  assign_I04  1
    x_I04_core_2024  cover_I04_2024  -2430
    x_I04_core_2024  cover_I04_2025  -2970
    x_I04_core_2024  share_BIH-COFIN_I04  -3240
    x_I04_core_2024  excl_T07_I04  1
    x_I04_core_2024  entity_lo_FBiH  2160
    x_I04_core_2024  entity_hi_FBiH  539.9999999999999
    x_I04_core_2024  entity_lo_RS  -540
    x_I04_core_2024  entity_hi_RS  -2160
    x_I04_core_2024  absorb_F01_2025  2970
    x_I04_core_2025  OBJ  0.006236571428571429
    x_I04_core_2025  assign_I04  1
    x_I04_core_2025  cover_I04_2025  -2430
    x_I04_core_2025  cover_I04_2026  -2970
    x_I04_core_2025  share_BIH-COFIN_I04  -3240
    x_I04_core_2025  excl_T07_I04  1
    x_I04_core_2025  entity_lo_FBiH  2160
    x_I04_core_2025  entity_hi_FBiH  539.9999999999999
    x_I04_core_2025  entity_lo_RS  -540
    x_I04_core_2025  entity_hi_RS  -2160
    x_I04_core_2025  absorb_F01_2025  2430
    x_I04_core_2025  absorb_F01_2026  2970
    x_I04_full_2024  OBJ  0.014071688311688313
    x_I04_full_2024  assign_I04  1
    x_I04_full_2024  cover_I04_2024  -4050
    x_I04_full_2024  cover_I04_2025  -4950
    x_I04_full_2024  share_BIH-COFIN_I04  -5400
    x_I04_full_2024  excl_T07_I04  1
    x_I04_full_2024  entity_lo_FBiH  3600
    x_I04_full_2024  entity_hi_FBiH  899.9999999999998
    x_I04_full_2024  entity_lo_RS  -900
    x_I04_full_2024  entity_hi_RS  -3600
    x_I04_full_2024  absorb_F01_2025  4950
    x_I04_full_2025  OBJ  0.010553766233766235
    x_I04_full_2025  assign_I04  1
    x_I04_full_2025  cover_I04_2025  -4050
    x_I04_full_2025  cover_I04_2026  -4950
    x_I04_full_2025  share_BIH-COFIN_I04  -5400
    x_I04_full_2025  excl_T07_I04  1
    x_I04_full_2025  entity_lo_FBiH  3600
    x_I04_full_2025  entity_hi_FBiH  899.9999999999998
    x_I04_full_2025  entity_lo_RS  -900
    x_I04_full_2025  entity_hi_RS  -3600
    x_I04_full_2025  absorb_F01_2025  4050
    x_I04_full_2025  absorb_F01_2026  4950
    x_I05_core_2024  OBJ  0.0069440000000000005
    x_I05_core_2024  assign_I05  1
    x_I05_core_2024  cover_I05_2024  -1620
    x_I05_core_2024  cover_I05_2025  -1980
    x_I05_core_2024  share_US_I05  -1800
    x_I05_core_2024  share_BIH-COFIN_I05  -2160
    x_I05_core_2024  entity_lo_FBiH  1440
    x_I05_core_2024  entity_hi_FBiH  359.99999999999994
    x_I05_core_2024  entity_lo_RS  -360
    x_I05_core_2024  entity_hi_RS  -1440
    x_I05_core_2024  absorb_F09_2024  1620
    x_I05_core_2024  absorb_F09_2025  1980
    x_I05_core_2025  OBJ  0.005208
    x_I05_core_2025  assign_I05  1
    x_I05_core_2025  cover_I05_2025  -1620
    x_I05_core_2025  cover_I05_2026  -1980
    x_I05_core_2025  share_US_I05  -1800
    x_I05_core_2025  share_BIH-COFIN_I05  -2160
    x_I05_core_2025  entity_lo_FBiH  1440
    x_I05_core_2025  entity_hi_FBiH  359.99999999999994
    x_I05_core_2025  entity_lo_RS  -360
    x_I05_core_2025  entity_hi_RS  -1440
    x_I05_core_2025  absorb_F09_2025  1620
    x_I05_core_2025  absorb_F09_2026  1980
    x_I05_core_2026  OBJ  0.0034720000000000003
    x_I05_core_2026  assign_I05  1
    x_I05_core_2026  cover_I05_2026  -1620
    x_I05_core_2026  cover_I05_2027  -1980
    x_I05_core_2026  share_US_I05  -1800
    x_I05_core_2026  share_BIH-COFIN_I05  -2160
    x_I05_core_2026  entity_lo_FBiH  1440
    x_I05_core_2026  entity_hi_FBiH  359.99999999999994
    x_I05_core_2026  entity_lo_RS  -360
    x_I05_core_2026  entity_hi_RS  -1440
    x_I05_core_2026  absorb_F09_2026  1620
    x_I05_core_2026  absorb_F09_2027  1980
    x_I05_full_2024  OBJ  0.011578181818181819
    x_I05_full_2024  assign_I05  1
    x_I05_full_2024  cover_I05_2024  -2700
    x_I05_full_2024  cover_I05_2025  -3300
    x_I05_full_2024  share_US_I05  -3000
    x_I05_full_2024  share_BIH-COFIN_I05  -3600
    x_I05_full_2024  entity_lo_FBiH  2400
    x_I05_full_2024  entity_hi_FBiH  599.9999999999999
    x_I05_full_2024  entity_lo_RS  -600
    x_I05_full_2024  entity_hi_RS  -2400
    x_I05_full_2024  absorb_F09_2024  2700
    x_I05_full_2024  absorb_F09_2025  3300
    x_I05_full_2025  OBJ  0.008683636363636364
    x_I05_full_2025  assign_I05  1
    x_I05_full_2025  cover_I05_2025  -2700
    x_I05_full_2025  cover_I05_2026  -3300
    x_I05_full_2025  share_US_I05  -3000
    x_I05_full_2025  share_BIH-COFIN_I05  -3600
    x_I05_full_2025  entity_lo_FBiH  2400
    x_I05_full_2025  entity_hi_FBiH  599.9999999999999
    x_I05_full_2025  entity_lo_RS  -600
    x_I05_full_2025  entity_hi_RS  -2400
    x_I05_full_2025  absorb_F09_2025  2700
    x_I05_full_2025  absorb_F09_2026  3300
    x_I05_full_2026  OBJ  0.0057890909090909095
    x_I05_full_2026  assign_I05  1
    x_I05_full_2026  cover_I05_2026  -2700
    x_I05_full_2026  cover_I05_2027  -3300
    x_I05_full_2026  share_US_I05  -3000
    x_I05_full_2026  share_BIH-COFIN_I05  -3600
    x_I05_full_2026  entity_lo_FBiH  2400
    x_I05_full_2026  entity_hi_FBiH  599.9999999999999
    x_I05_full_2026  entity_lo_RS  -600
    x_I05_full_2026  entity_hi_RS  -2400
    x_I05_full_2026  absorb_F09_2026  2700
    x_I05_full_2026  absorb_F09_2027  3300
    x_I06_core_2024  OBJ  0.00557257142857143
    x_I06_core_2024  assign_I06  1
    x_I06_core_2024  cover_I06_2024  -1080
    x_I06_core_2024  cover_I06_2025  -1320
    x_I06_core_2024  share_BIH-COFIN_I06  -1440
    x_I06_core_2024  entity_lo_FBiH  960
    x_I06_core_2024  entity_hi_FBiH  239.99999999999994
    x_I06_core_2024  entity_lo_RS  -240
    x_I06_core_2024  entity_hi_RS  -960
    x_I06_core_2025  OBJ  0.004179428571428572
    x_I06_core_2025  assign_I06  1
    x_I06_core_2025  cover_I06_2025  -1080
    x_I06_core_2025  cover_I06_2026  -1320
    x_I06_core_2025  share_BIH-COFIN_I06  -1440
    x_I06_core_2025  entity_lo_FBiH  960
    x_I06_core_2025  entity_hi_FBiH  239.99999999999994
    x_I06_core_2025  entity_lo_RS  -240
    x_I06_core_2025  entity_hi_RS  -960
    x_I06_core_2026  OBJ  0.002786285714285715
    x_I06_core_2026  assign_I06  1
    x_I06_core_2026  cover_I06_2026  -1080
    x_I06_core_2026  cover_I06_2027  -1320
    x_I06_core_2026  share_BIH-COFIN_I06  -1440
    x_I06_core_2026  entity_lo_FBiH  960
    x_I06_core_2026  entity_hi_FBiH  239.99999999999994
    x_I06_core_2026  entity_lo_RS  -240
    x_I06_core_2026  entity_hi_RS  -960
    x_I06_full_2024  OBJ  0.009084675324675327
    x_I06_full_2024  assign_I06  1
    x_I06_full_2024  cover_I06_2024  -1800
    x_I06_full_2024  cover_I06_2025  -2200
    x_I06_full_2024  share_BIH-COFIN_I06  -2400
    x_I06_full_2024  entity_lo_FBiH  1600
    x_I06_full_2024  entity_hi_FBiH  399.9999999999999
    x_I06_full_2024  entity_lo_RS  -400
    x_I06_full_2024  entity_hi_RS  -1600
    x_I06_full_2025  OBJ  0.006813506493506494
    x_I06_full_2025  assign_I06  1
    x_I06_full_2025  cover_I06_2025  -1800
    x_I06_full_2025  cover_I06_2026  -2200
    x_I06_full_2025  share_BIH-COFIN_I06  -2400
    x_I06_full_2025  entity_lo_FBiH  1600
    x_I06_full_2025  entity_hi_FBiH  399.9999999999999
    x_I06_full_2025  entity_lo_RS  -400
    x_I06_full_2025  entity_hi_RS  -1600
    x_I06_full_2026  OBJ  0.0045423376623376635
    x_I06_full_2026  assign_I06  1
    x_I06_full_2026  cover_I06_2026  -1800
    x_I06_full_2026  cover_I06_2027  -2200
    x_I06_full_2026  share_BIH-COFIN_I06  -2400
    x_I06_full_2026  entity_lo_FBiH  1600
    x_I06_full_2026  entity_hi_FBiH  399.9999999999999
    x_I06_full_2026  entity_lo_RS  -400
    x_I06_full_2026  entity_hi_RS  -1600
    x_I07_core_2024  OBJ  0.004834285714285715
    x_I07_core_2024  assign_I07  1
    x_I07_core_2024  cover_I07_2024  -1800
    x_I07_core_2024  share_UK_I07  -900
    x_I07_core_2024  share_BIH-COFIN_I07  -1080
    x_I07_core_2024  entity_lo_FBiH  720
    x_I07_core_2024  entity_hi_FBiH  179.99999999999997
    x_I07_core_2024  entity_lo_RS  -180
    x_I07_core_2024  entity_hi_RS  -720
    x_I07_core_2024  absorb_F07_2024  1800
    x_I07_core_2025  OBJ  0.003867428571428572
    x_I07_core_2025  assign_I07  1
    x_I07_core_2025  cover_I07_2025  -1800
    x_I07_core_2025  share_UK_I07  -900
    x_I07_core_2025  share_BIH-COFIN_I07  -1080
    x_I07_core_2025  entity_lo_FBiH  720
    x_I07_core_2025  entity_hi_FBiH  179.99999999999997
    x_I07_core_2025  entity_lo_RS  -180
    x_I07_core_2025  entity_hi_RS  -720
    x_I07_core_2025  absorb_F07_2025  1800
    x_I07_core_2026  OBJ  0.0029005714285714286
    x_I07_core_2026  assign_I07  1
    x_I07_core_2026  cover_I07_2026  -1800
    x_I07_core_2026  share_UK_I07  -900
    x_I07_core_2026  share_BIH-COFIN_I07  -1080
    x_I07_core_2026  entity_lo_FBiH  720
    x_I07_core_2026  entity_hi_FBiH  179.99999999999997
    x_I07_core_2026  entity_lo_RS  -180
    x_I07_core_2026  entity_hi_RS  -720
    x_I07_core_2026  absorb_F07_2026  1800
    x_I07_full_2024  OBJ  0.007916883116883117
    x_I07_full_2024  assign_I07  1
    x_I07_full_2024  cover_I07_2024  -3000
    x_I07_full_2024  share_UK_I07  -1500
    x_I07_full_2024  share_BIH-COFIN_I07  -1800
    x_I07_full_2024  entity_lo_FBiH  1200
    x_I07_full_2024  entity_hi_FBiH  299.99999999999994
    x_I07_full_2024  entity_lo_RS  -300
    x_I07_full_2024  entity_hi_RS  -1200
    x_I07_full_2024  absorb_F07_2024  3000
    x_I07_full_2025  OBJ  0.006333506493506494
    x_I07_full_2025  assign_I07  1
    x_I07_full_2025  cover_I07_2025  -3000
    x_I07_full_2025  share_UK_I07  -1500
    x_I07_full_2025  share_BIH-COFIN_I07  -1800
    x_I07_full_2025  entity_lo_FBiH  1200
    x_I07_full_2025  entity_hi_FBiH  299.99999999999994
    x_I07_full_2025  entity_lo_RS  -300
    x_I07_full_2025  entity_hi_RS  -1200
    x_I07_full_2025  absorb_F07_2025  3000
    x_I07_full_2026  OBJ  0.004750129870129871
    x_I07_full_2026  assign_I07  1
    x_I07_full_2026  cover_I07_2026  -3000
    x_I07_full_2026  share_UK_I07  -1500
    x_I07_full_2026  share_BIH-COFIN_I07  -1800
    x_I07_full_2026  entity_lo_FBiH  1200
    x_I07_full_2026  entity_hi_FBiH  299.99999999999994
    x_I07_full_2026  entity_lo_RS  -300
    x_I07_full_2026  entity_hi_RS  -1200
    x_I07_full_2026  absorb_F07_2026  3000
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
    RHS  total_NO  5000
    RHS  cap_DCB_2024  13000
    RHS  cap_DCB_2025  16000
    RHS  cap_DCB_2026  16000
    RHS  cap_DCB_2027  12000
    RHS  cap_DCB_2028  8000
    RHS  cap_US_2024  10000
    RHS  cap_US_2025  16000
    RHS  cap_US_2026  16000
    RHS  cap_US_2027  16000
    RHS  cap_US_2028  12000
    RHS  cap_UK_2024  5000
    RHS  cap_UK_2025  8000
    RHS  cap_UK_2026  8000
    RHS  cap_UK_2027  8000
    RHS  cap_UK_2028  6000
    RHS  cap_NO_2024  4000
    RHS  cap_NO_2025  6000
    RHS  cap_NO_2026  6000
    RHS  cap_NO_2027  6000
    RHS  cap_NO_2028  4000
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
    RHS  absorb_F11_2025  6000
    RHS  absorb_F11_2026  6000
    RHS  absorb_F11_2027  6000
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
    RNG  total_US  28000
    RNG  total_UK  14000
    RNG  total_NO  10000
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
 UP BND  pay_DCB_DCB-D1_2024  2700
 UP BND  pay_DCB_DCB-D1_2025  3600
 UP BND  pay_DCB_DCB-D1_2026  3600
 UP BND  pay_DCB_DCB-D1_2027  2700
 UP BND  pay_DCB_DCB-D2_2024  900
 UP BND  pay_DCB_DCB-D2_2025  1100
 UP BND  pay_DCB_DCB-D2_2026  1100
 UP BND  pay_DCB_DCB-D3_2024  2160
 UP BND  pay_DCB_DCB-D3_2025  2880
 UP BND  pay_DCB_DCB-D3_2026  2880
 UP BND  pay_DCB_DCB-D3_2027  2160
 UP BND  pay_DCB_DCB-D4_2024  1350
 UP BND  pay_DCB_DCB-D4_2025  1650
 UP BND  pay_DCB_DCB-D4_2026  1650
 UP BND  pay_DCB_DCB-D5_2024  1800
 UP BND  pay_DCB_DCB-D5_2025  2400
 UP BND  pay_DCB_DCB-D5_2026  2400
 UP BND  pay_DCB_DCB-D5_2027  2400
 UP BND  pay_DCB_DCB-D5_2028  1800
 UP BND  pay_NO_DCB-D5_2024  1800
 UP BND  pay_NO_DCB-D5_2025  2400
 UP BND  pay_NO_DCB-D5_2026  2400
 UP BND  pay_NO_DCB-D5_2027  2400
 UP BND  pay_NO_DCB-D5_2028  1800
 UP BND  pay_DCB_DCB-D6_2024  1440
 UP BND  pay_DCB_DCB-D6_2025  1920
 UP BND  pay_DCB_DCB-D6_2026  1920
 UP BND  pay_DCB_DCB-D6_2027  1920
 UP BND  pay_DCB_DCB-D6_2028  1440
 UP BND  pay_DCB_DCB-D7_2025  1620
 UP BND  pay_DCB_DCB-D7_2026  2160
 UP BND  pay_DCB_DCB-D7_2027  2160
 UP BND  pay_DCB_DCB-D7_2028  1620
 UP BND  pay_DCB_DCB-D8_2024  1800
 UP BND  pay_DCB_DCB-D8_2025  2400
 UP BND  pay_DCB_DCB-D8_2026  2400
 UP BND  pay_DCB_DCB-D8_2027  2400
 UP BND  pay_DCB_DCB-D8_2028  1800
 UP BND  pay_DCB_DCB-D9_2024  1260
 UP BND  pay_DCB_DCB-D9_2025  1680
 UP BND  pay_DCB_DCB-D9_2026  1680
 UP BND  pay_DCB_DCB-D9_2027  1680
 UP BND  pay_DCB_DCB-D9_2028  1260
 UP BND  pay_UK_DCB-D9_2024  1260
 UP BND  pay_UK_DCB-D9_2025  1680
 UP BND  pay_UK_DCB-D9_2026  1680
 UP BND  pay_UK_DCB-D9_2027  1680
 UP BND  pay_UK_DCB-D9_2028  1260
 UP BND  pay_DCB_DCB-S1_2024  1440
 UP BND  pay_DCB_DCB-S1_2025  1920
 UP BND  pay_DCB_DCB-S1_2026  1920
 UP BND  pay_DCB_DCB-S1_2027  1920
 UP BND  pay_DCB_DCB-S1_2028  1440
 UP BND  pay_DCB_DCB-S2_2024  1260
 UP BND  pay_DCB_DCB-S2_2025  1680
 UP BND  pay_DCB_DCB-S2_2026  1680
 UP BND  pay_DCB_DCB-S2_2027  1680
 UP BND  pay_DCB_DCB-S2_2028  1260
 UP BND  pay_DCB_DCB-S3_2024  1350
 UP BND  pay_DCB_DCB-S3_2025  1650
 UP BND  pay_DCB_DCB-S3_2026  1650
 UP BND  pay_DCB_DCB-S3_2027  1650
 UP BND  pay_US_T01_2025  11400
 UP BND  pay_US_T01_2026  15200
 UP BND  pay_US_T01_2027  15200
 UP BND  pay_US_T01_2028  11400
 UP BND  pay_BIH-COFIN_T01_2025  11400
 UP BND  pay_BIH-COFIN_T01_2026  15200
 UP BND  pay_BIH-COFIN_T01_2027  15200
 UP BND  pay_BIH-COFIN_T01_2028  11400
 UP BND  pay_US_T02_2024  6300
 UP BND  pay_US_T02_2025  7700
 UP BND  pay_US_T02_2026  7700
 UP BND  pay_US_T02_2027  7700
 UP BND  pay_BIH-COFIN_T02_2024  6300
 UP BND  pay_BIH-COFIN_T02_2025  7700
 UP BND  pay_BIH-COFIN_T02_2026  7700
 UP BND  pay_BIH-COFIN_T02_2027  7700
 UP BND  pay_US_T03_2025  5400
 UP BND  pay_US_T03_2026  6600
 UP BND  pay_US_T03_2027  6600
 UP BND  pay_BIH-COFIN_T03_2025  5400
 UP BND  pay_BIH-COFIN_T03_2026  6600
 UP BND  pay_BIH-COFIN_T03_2027  6600
 UP BND  pay_US_T04_2024  4050
 UP BND  pay_US_T04_2025  4950
 UP BND  pay_US_T04_2026  4950
 UP BND  pay_US_T04_2027  4950
 UP BND  pay_BIH-COFIN_T04_2024  4050
 UP BND  pay_BIH-COFIN_T04_2025  4950
 UP BND  pay_BIH-COFIN_T04_2026  4950
 UP BND  pay_BIH-COFIN_T04_2027  4950
 UP BND  pay_US_T05_2024  3300
 UP BND  pay_US_T05_2025  4400
 UP BND  pay_US_T05_2026  4400
 UP BND  pay_US_T05_2027  4400
 UP BND  pay_US_T05_2028  3300
 UP BND  pay_BIH-COFIN_T05_2024  3300
 UP BND  pay_BIH-COFIN_T05_2025  4400
 UP BND  pay_BIH-COFIN_T05_2026  4400
 UP BND  pay_BIH-COFIN_T05_2027  4400
 UP BND  pay_BIH-COFIN_T05_2028  3300
 UP BND  pay_UK_T06_2024  9000
 UP BND  pay_UK_T06_2025  11000
 UP BND  pay_UK_T06_2026  11000
 UP BND  pay_UK_T06_2027  11000
 UP BND  pay_BIH-COFIN_T06_2024  9000
 UP BND  pay_BIH-COFIN_T06_2025  11000
 UP BND  pay_BIH-COFIN_T06_2026  11000
 UP BND  pay_BIH-COFIN_T06_2027  11000
 UP BND  pay_UK_T07_2024  13500
 UP BND  pay_UK_T07_2025  18000
 UP BND  pay_UK_T07_2026  18000
 UP BND  pay_UK_T07_2027  13500
 UP BND  pay_BIH-COFIN_T07_2024  13500
 UP BND  pay_BIH-COFIN_T07_2025  18000
 UP BND  pay_BIH-COFIN_T07_2026  18000
 UP BND  pay_BIH-COFIN_T07_2027  13500
 UP BND  pay_UK_T08_2024  3600
 UP BND  pay_UK_T08_2025  4400
 UP BND  pay_UK_T08_2026  4400
 UP BND  pay_UK_T08_2027  4400
 UP BND  pay_BIH-COFIN_T08_2024  3600
 UP BND  pay_BIH-COFIN_T08_2025  4400
 UP BND  pay_BIH-COFIN_T08_2026  4400
 UP BND  pay_BIH-COFIN_T08_2027  4400
 UP BND  pay_UK_T09_2024  4500
 UP BND  pay_UK_T09_2025  5500
 UP BND  pay_UK_T09_2026  5500
 UP BND  pay_UK_T09_2027  5500
 UP BND  pay_BIH-COFIN_T09_2024  4500
 UP BND  pay_BIH-COFIN_T09_2025  5500
 UP BND  pay_BIH-COFIN_T09_2026  5500
 UP BND  pay_BIH-COFIN_T09_2027  5500
 UP BND  pay_UK_T10_2024  3000
 UP BND  pay_UK_T10_2025  3000
 UP BND  pay_BIH-COFIN_T10_2024  3000
 UP BND  pay_BIH-COFIN_T10_2025  3000
 UP BND  pay_BIH-COFIN_T11_2024  5400
 UP BND  pay_BIH-COFIN_T11_2025  7200
 UP BND  pay_BIH-COFIN_T11_2026  7200
 UP BND  pay_BIH-COFIN_T11_2027  7200
 UP BND  pay_BIH-COFIN_T11_2028  5400
 UP BND  pay_BIH-COFIN_T12_2024  3150
 UP BND  pay_BIH-COFIN_T12_2025  3850
 UP BND  pay_BIH-COFIN_T12_2026  3850
 UP BND  pay_BIH-COFIN_T12_2027  3850
 UP BND  pay_BIH-COFIN_T13_2024  4050
 UP BND  pay_BIH-COFIN_T13_2025  4950
 UP BND  pay_BIH-COFIN_T13_2026  4950
 UP BND  pay_BIH-COFIN_T13_2027  4950
 UP BND  pay_BIH-COFIN_T14_2025  7200
 UP BND  pay_BIH-COFIN_T14_2026  8800
 UP BND  pay_BIH-COFIN_T14_2027  8800
 UP BND  pay_BIH-COFIN_T15_2024  2700
 UP BND  pay_BIH-COFIN_T15_2025  3300
 UP BND  pay_BIH-COFIN_T15_2026  3300
 UP BND  pay_BIH-COFIN_T15_2027  3300
 UP BND  pay_NO_T16_2024  6750
 UP BND  pay_NO_T16_2025  8250
 UP BND  pay_NO_T16_2026  8250
 UP BND  pay_NO_T16_2027  8250
 UP BND  pay_BIH-COFIN_T16_2024  6750
 UP BND  pay_BIH-COFIN_T16_2025  8250
 UP BND  pay_BIH-COFIN_T16_2026  8250
 UP BND  pay_BIH-COFIN_T16_2027  8250
 UP BND  pay_NO_T17_2025  9000
 UP BND  pay_NO_T17_2026  12000
 UP BND  pay_NO_T17_2027  12000
 UP BND  pay_NO_T17_2028  9000
 UP BND  pay_BIH-COFIN_T17_2025  9000
 UP BND  pay_BIH-COFIN_T17_2026  12000
 UP BND  pay_BIH-COFIN_T17_2027  12000
 UP BND  pay_BIH-COFIN_T17_2028  9000
 UP BND  pay_NO_T18_2024  5400
 UP BND  pay_NO_T18_2025  6600
 UP BND  pay_NO_T18_2026  6600
 UP BND  pay_NO_T18_2027  6600
 UP BND  pay_BIH-COFIN_T18_2024  5400
 UP BND  pay_BIH-COFIN_T18_2025  6600
 UP BND  pay_BIH-COFIN_T18_2026  6600
 UP BND  pay_BIH-COFIN_T18_2027  6600
 UP BND  pay_NO_T19_2024  4500
 UP BND  pay_NO_T19_2025  5500
 UP BND  pay_NO_T19_2026  5500
 UP BND  pay_NO_T19_2027  5500
 UP BND  pay_BIH-COFIN_T19_2024  4500
 UP BND  pay_BIH-COFIN_T19_2025  5500
 UP BND  pay_BIH-COFIN_T19_2026  5500
 UP BND  pay_BIH-COFIN_T19_2027  5500
 UP BND  pay_NO_T20_2024  2250
 UP BND  pay_NO_T20_2025  2750
 UP BND  pay_NO_T20_2026  2750
 UP BND  pay_NO_T20_2027  2750
 UP BND  pay_BIH-COFIN_T20_2024  2250
 UP BND  pay_BIH-COFIN_T20_2025  2750
 UP BND  pay_BIH-COFIN_T20_2026  2750
 UP BND  pay_BIH-COFIN_T20_2027  2750
 UP BND  pay_US_T21_2024  2700
 UP BND  pay_US_T21_2025  3300
 UP BND  pay_US_T21_2026  3300
 UP BND  pay_US_T21_2027  3300
 UP BND  pay_BIH-COFIN_T21_2024  2700
 UP BND  pay_BIH-COFIN_T21_2025  3300
 UP BND  pay_BIH-COFIN_T21_2026  3300
 UP BND  pay_BIH-COFIN_T21_2027  3300
 UP BND  pay_US_I01_2024  2400
 UP BND  pay_US_I01_2025  3200
 UP BND  pay_US_I01_2026  3200
 UP BND  pay_US_I01_2027  3200
 UP BND  pay_US_I01_2028  2400
 UP BND  pay_BIH-COFIN_I01_2024  2400
 UP BND  pay_BIH-COFIN_I01_2025  3200
 UP BND  pay_BIH-COFIN_I01_2026  3200
 UP BND  pay_BIH-COFIN_I01_2027  3200
 UP BND  pay_BIH-COFIN_I01_2028  2400
 UP BND  pay_NO_I02_2024  3150
 UP BND  pay_NO_I02_2025  3850
 UP BND  pay_NO_I02_2026  3850
 UP BND  pay_NO_I02_2027  3850
 UP BND  pay_BIH-COFIN_I02_2024  3150
 UP BND  pay_BIH-COFIN_I02_2025  3850
 UP BND  pay_BIH-COFIN_I02_2026  3850
 UP BND  pay_BIH-COFIN_I02_2027  3850
 UP BND  pay_UK_I03_2024  2250
 UP BND  pay_UK_I03_2025  2750
 UP BND  pay_UK_I03_2026  2750
 UP BND  pay_UK_I03_2027  2750
 UP BND  pay_BIH-COFIN_I03_2024  2250
 UP BND  pay_BIH-COFIN_I03_2025  2750
 UP BND  pay_BIH-COFIN_I03_2026  2750
 UP BND  pay_BIH-COFIN_I03_2027  2750
 UP BND  pay_BIH-COFIN_I04_2024  4050
 UP BND  pay_BIH-COFIN_I04_2025  4950
 UP BND  pay_BIH-COFIN_I04_2026  4950
 UP BND  pay_US_I05_2024  2700
 UP BND  pay_US_I05_2025  3300
 UP BND  pay_US_I05_2026  3300
 UP BND  pay_US_I05_2027  3300
 UP BND  pay_BIH-COFIN_I05_2024  2700
 UP BND  pay_BIH-COFIN_I05_2025  3300
 UP BND  pay_BIH-COFIN_I05_2026  3300
 UP BND  pay_BIH-COFIN_I05_2027  3300
 UP BND  pay_BIH-COFIN_I06_2024  1800
 UP BND  pay_BIH-COFIN_I06_2025  2200
 UP BND  pay_BIH-COFIN_I06_2026  2200
 UP BND  pay_BIH-COFIN_I06_2027  2200
 UP BND  pay_UK_I07_2024  3000
 UP BND  pay_UK_I07_2025  3000
 UP BND  pay_UK_I07_2026  3000
 UP BND  pay_BIH-COFIN_I07_2024  3000
 UP BND  pay_BIH-COFIN_I07_2025  3000
 UP BND  pay_BIH-COFIN_I07_2026  3000
ENDATA

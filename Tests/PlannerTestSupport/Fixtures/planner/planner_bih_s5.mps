* DCB Planner allocation model (DESIGN section 4), scenario 'default, sample seed 5'
* money in thousands of US dollars (kUSD); objective: maximize the weighted normalized criteria
* 358 rows, 526 columns (246 binary), 3301 non-zeros
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
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_DCB-D1_basic_2024  OBJ  0.012347017412112376
    x_DCB-D1_basic_2024  assign_DCB-D1  1
    x_DCB-D1_basic_2024  cover_DCB-D1_2024  -2119.17624
    x_DCB-D1_basic_2024  cover_DCB-D1_2025  -2825.56831
    x_DCB-D1_basic_2024  cover_DCB-D1_2026  -2119.17624
    x_DCB-D1_basic_2025  OBJ  0.00823134494140825
    x_DCB-D1_basic_2025  assign_DCB-D1  1
    x_DCB-D1_basic_2025  cover_DCB-D1_2025  -2119.17624
    x_DCB-D1_basic_2025  cover_DCB-D1_2026  -2825.56831
    x_DCB-D1_basic_2025  cover_DCB-D1_2027  -2119.17624
    x_DCB-D1_standard_2024  OBJ  0.0130605248916096
    x_DCB-D1_standard_2024  assign_DCB-D1  1
    x_DCB-D1_standard_2024  lock_DCB-D1  1
    x_DCB-D1_standard_2024  cover_DCB-D1_2024  -2648.97029
    x_DCB-D1_standard_2024  cover_DCB-D1_2025  -3531.96039
    x_DCB-D1_standard_2024  cover_DCB-D1_2026  -2648.97029
    x_DCB-D1_standard_2025  OBJ  0.008707016594406402
    x_DCB-D1_standard_2025  assign_DCB-D1  1
    x_DCB-D1_standard_2025  cover_DCB-D1_2025  -2648.97029
    x_DCB-D1_standard_2025  cover_DCB-D1_2026  -3531.96039
    x_DCB-D1_standard_2025  cover_DCB-D1_2027  -2648.97029
    x_DCB-D1_enhanced_2024  OBJ  0.018845283153421693
    x_DCB-D1_enhanced_2024  assign_DCB-D1  1
    x_DCB-D1_enhanced_2024  cover_DCB-D1_2024  -3178.76435
    x_DCB-D1_enhanced_2024  cover_DCB-D1_2025  -4238.35247
    x_DCB-D1_enhanced_2024  cover_DCB-D1_2026  -3178.76435
    x_DCB-D1_enhanced_2025  OBJ  0.01256352210228113
    x_DCB-D1_enhanced_2025  assign_DCB-D1  1
    x_DCB-D1_enhanced_2025  cover_DCB-D1_2025  -3178.76435
    x_DCB-D1_enhanced_2025  cover_DCB-D1_2026  -4238.35247
    x_DCB-D1_enhanced_2025  cover_DCB-D1_2027  -3178.76435
    x_DCB-D2_basic_2024  OBJ  0.0076773032489459965
    x_DCB-D2_basic_2024  assign_DCB-D2  1
    x_DCB-D2_basic_2024  cover_DCB-D2_2024  -701.95977
    x_DCB-D2_basic_2024  cover_DCB-D2_2025  -857.95083
    x_DCB-D2_basic_2025  OBJ  0.005757977436709497
    x_DCB-D2_basic_2025  assign_DCB-D2  1
    x_DCB-D2_basic_2025  cover_DCB-D2_2025  -701.95977
    x_DCB-D2_basic_2025  cover_DCB-D2_2026  -857.95083
    x_DCB-D2_standard_2024  OBJ  0.00909118975746582
    x_DCB-D2_standard_2024  assign_DCB-D2  1
    x_DCB-D2_standard_2024  lock_DCB-D2  1
    x_DCB-D2_standard_2024  cover_DCB-D2_2024  -877.44971
    x_DCB-D2_standard_2024  cover_DCB-D2_2025  -1072.43853
    x_DCB-D2_standard_2025  OBJ  0.006818392318099365
    x_DCB-D2_standard_2025  assign_DCB-D2  1
    x_DCB-D2_standard_2025  cover_DCB-D2_2025  -877.44971
    x_DCB-D2_standard_2025  cover_DCB-D2_2026  -1072.43853
    x_DCB-D3_basic_2024  OBJ  0.0100775816184212
    x_DCB-D3_basic_2024  assign_DCB-D3  1
    x_DCB-D3_basic_2024  cover_DCB-D3_2024  -1591.26874
    x_DCB-D3_basic_2024  cover_DCB-D3_2025  -2121.69165
    x_DCB-D3_basic_2024  cover_DCB-D3_2026  -1591.26874
    x_DCB-D3_basic_2025  OBJ  0.006718387745614134
    x_DCB-D3_basic_2025  assign_DCB-D3  1
    x_DCB-D3_basic_2025  cover_DCB-D3_2025  -1591.26874
    x_DCB-D3_basic_2025  cover_DCB-D3_2026  -2121.69165
    x_DCB-D3_basic_2025  cover_DCB-D3_2027  -1591.26874
    x_DCB-D3_standard_2024  OBJ  0.012552324479765113
    x_DCB-D3_standard_2024  assign_DCB-D3  1
    x_DCB-D3_standard_2024  lock_DCB-D3  1
    x_DCB-D3_standard_2024  cover_DCB-D3_2024  -1989.08592
    x_DCB-D3_standard_2024  cover_DCB-D3_2025  -2652.11456
    x_DCB-D3_standard_2024  cover_DCB-D3_2026  -1989.08592
    x_DCB-D3_standard_2025  OBJ  0.00836821631984341
    x_DCB-D3_standard_2025  assign_DCB-D3  1
    x_DCB-D3_standard_2025  cover_DCB-D3_2025  -1989.08592
    x_DCB-D3_standard_2025  cover_DCB-D3_2026  -2652.11456
    x_DCB-D3_standard_2025  cover_DCB-D3_2027  -1989.08592
    x_DCB-D3_enhanced_2024  OBJ  0.01445995000933137
    x_DCB-D3_enhanced_2024  assign_DCB-D3  1
    x_DCB-D3_enhanced_2024  cover_DCB-D3_2024  -2386.9031
    x_DCB-D3_enhanced_2024  cover_DCB-D3_2025  -3182.53747
    x_DCB-D3_enhanced_2024  cover_DCB-D3_2026  -2386.9031
    x_DCB-D3_enhanced_2025  OBJ  0.00963996667288758
    x_DCB-D3_enhanced_2025  assign_DCB-D3  1
    x_DCB-D3_enhanced_2025  cover_DCB-D3_2025  -2386.9031
    x_DCB-D3_enhanced_2025  cover_DCB-D3_2026  -3182.53747
    x_DCB-D3_enhanced_2025  cover_DCB-D3_2027  -2386.9031
    x_DCB-D4_basic_2024  OBJ  0.005894388469867751
    x_DCB-D4_basic_2024  assign_DCB-D4  1
    x_DCB-D4_basic_2024  lock_DCB-D4  1
    x_DCB-D4_basic_2024  cover_DCB-D4_2024  -1218.02387
    x_DCB-D4_basic_2024  cover_DCB-D4_2025  -1488.69584
    x_DCB-D4_basic_2025  OBJ  0.004420791352400813
    x_DCB-D4_basic_2025  assign_DCB-D4  1
    x_DCB-D4_basic_2025  cover_DCB-D4_2025  -1218.02387
    x_DCB-D4_basic_2025  cover_DCB-D4_2026  -1488.69584
    x_DCB-D4_standard_2024  OBJ  0.008175564548492288
    x_DCB-D4_standard_2024  assign_DCB-D4  1
    x_DCB-D4_standard_2024  cover_DCB-D4_2024  -1522.52983
    x_DCB-D4_standard_2024  cover_DCB-D4_2025  -1860.8698
    x_DCB-D4_standard_2025  OBJ  0.0061316734113692145
    x_DCB-D4_standard_2025  assign_DCB-D4  1
    x_DCB-D4_standard_2025  cover_DCB-D4_2025  -1522.52983
    x_DCB-D4_standard_2025  cover_DCB-D4_2026  -1860.8698
    x_DCB-D5_basic_2024  OBJ  0.006371832105948945
    x_DCB-D5_basic_2024  assign_DCB-D5  1
    x_DCB-D5_basic_2024  cover_DCB-D5_2024  -1307.47535
    x_DCB-D5_basic_2024  cover_DCB-D5_2025  -1743.30046
    x_DCB-D5_basic_2024  cover_DCB-D5_2026  -1307.47535
    x_DCB-D5_basic_2024  share_NO_DCB-D5  -2179.12558
    x_DCB-D5_basic_2024  req_T20_DCB-D5_2024  -1
    x_DCB-D5_basic_2024  req_T20_DCB-D5_2025  -1
    x_DCB-D5_basic_2024  req_T20_DCB-D5_2026  -1
    x_DCB-D5_basic_2025  OBJ  0.00424788807063263
    x_DCB-D5_basic_2025  assign_DCB-D5  1
    x_DCB-D5_basic_2025  cover_DCB-D5_2025  -1307.47535
    x_DCB-D5_basic_2025  cover_DCB-D5_2026  -1743.30046
    x_DCB-D5_basic_2025  cover_DCB-D5_2027  -1307.47535
    x_DCB-D5_basic_2025  share_NO_DCB-D5  -2179.12558
    x_DCB-D5_basic_2025  req_T20_DCB-D5_2025  -1
    x_DCB-D5_basic_2025  req_T20_DCB-D5_2026  -1
    x_DCB-D5_basic_2026  OBJ  0.002123944035316315
    x_DCB-D5_basic_2026  assign_DCB-D5  1
    x_DCB-D5_basic_2026  cover_DCB-D5_2026  -1307.47535
    x_DCB-D5_basic_2026  cover_DCB-D5_2027  -1743.30046
    x_DCB-D5_basic_2026  cover_DCB-D5_2028  -1307.47535
    x_DCB-D5_basic_2026  share_NO_DCB-D5  -2179.12558
    x_DCB-D5_basic_2026  req_T20_DCB-D5_2026  -1
    x_DCB-D5_standard_2024  OBJ  0.007826494558861526
    x_DCB-D5_standard_2024  assign_DCB-D5  1
    x_DCB-D5_standard_2024  cover_DCB-D5_2024  -1634.34418
    x_DCB-D5_standard_2024  cover_DCB-D5_2025  -2179.12558
    x_DCB-D5_standard_2024  cover_DCB-D5_2026  -1634.34418
    x_DCB-D5_standard_2024  share_NO_DCB-D5  -2723.90697
    x_DCB-D5_standard_2024  req_T20_DCB-D5_2024  -1
    x_DCB-D5_standard_2024  req_T20_DCB-D5_2025  -1
    x_DCB-D5_standard_2024  req_T20_DCB-D5_2026  -1
    x_DCB-D5_standard_2025  OBJ  0.005217663039241018
    x_DCB-D5_standard_2025  assign_DCB-D5  1
    x_DCB-D5_standard_2025  cover_DCB-D5_2025  -1634.34418
    x_DCB-D5_standard_2025  cover_DCB-D5_2026  -2179.12558
    x_DCB-D5_standard_2025  cover_DCB-D5_2027  -1634.34418
    x_DCB-D5_standard_2025  share_NO_DCB-D5  -2723.90697
    x_DCB-D5_standard_2025  req_T20_DCB-D5_2025  -1
    x_DCB-D5_standard_2025  req_T20_DCB-D5_2026  -1
    x_DCB-D5_standard_2026  OBJ  0.002608831519620509
    x_DCB-D5_standard_2026  assign_DCB-D5  1
    x_DCB-D5_standard_2026  cover_DCB-D5_2026  -1634.34418
    x_DCB-D5_standard_2026  cover_DCB-D5_2027  -2179.12558
    x_DCB-D5_standard_2026  cover_DCB-D5_2028  -1634.34418
    x_DCB-D5_standard_2026  share_NO_DCB-D5  -2723.90697
    x_DCB-D5_standard_2026  req_T20_DCB-D5_2026  -1
    x_DCB-D5_enhanced_2024  OBJ  0.010597674341703597
    x_DCB-D5_enhanced_2024  assign_DCB-D5  1
    x_DCB-D5_enhanced_2024  cover_DCB-D5_2024  -1961.21302
    x_DCB-D5_enhanced_2024  cover_DCB-D5_2025  -2614.95069
    x_DCB-D5_enhanced_2024  cover_DCB-D5_2026  -1961.21302
    x_DCB-D5_enhanced_2024  share_NO_DCB-D5  -3268.688365
    x_DCB-D5_enhanced_2024  req_T20_DCB-D5_2024  -1
    x_DCB-D5_enhanced_2024  req_T20_DCB-D5_2025  -1
    x_DCB-D5_enhanced_2024  req_T20_DCB-D5_2026  -1
    x_DCB-D5_enhanced_2025  OBJ  0.007065116227802398
    x_DCB-D5_enhanced_2025  assign_DCB-D5  1
    x_DCB-D5_enhanced_2025  cover_DCB-D5_2025  -1961.21302
    x_DCB-D5_enhanced_2025  cover_DCB-D5_2026  -2614.95069
    x_DCB-D5_enhanced_2025  cover_DCB-D5_2027  -1961.21302
    x_DCB-D5_enhanced_2025  share_NO_DCB-D5  -3268.688365
    x_DCB-D5_enhanced_2025  req_T20_DCB-D5_2025  -1
    x_DCB-D5_enhanced_2025  req_T20_DCB-D5_2026  -1
    x_DCB-D5_enhanced_2026  OBJ  0.003532558113901199
    x_DCB-D5_enhanced_2026  assign_DCB-D5  1
    x_DCB-D5_enhanced_2026  cover_DCB-D5_2026  -1961.21302
    x_DCB-D5_enhanced_2026  cover_DCB-D5_2027  -2614.95069
    x_DCB-D5_enhanced_2026  cover_DCB-D5_2028  -1961.21302
    x_DCB-D5_enhanced_2026  share_NO_DCB-D5  -3268.688365
    x_DCB-D5_enhanced_2026  req_T20_DCB-D5_2026  -1
    x_DCB-D6_basic_2024  OBJ  0.006607279041209921
    x_DCB-D6_basic_2024  assign_DCB-D6  1
    x_DCB-D6_basic_2024  cover_DCB-D6_2024  -1234.85693
    x_DCB-D6_basic_2024  cover_DCB-D6_2025  -1646.47591
    x_DCB-D6_basic_2024  cover_DCB-D6_2026  -1234.85693
    x_DCB-D6_basic_2025  OBJ  0.004404852694139947
    x_DCB-D6_basic_2025  assign_DCB-D6  1
    x_DCB-D6_basic_2025  cover_DCB-D6_2025  -1234.85693
    x_DCB-D6_basic_2025  cover_DCB-D6_2026  -1646.47591
    x_DCB-D6_basic_2025  cover_DCB-D6_2027  -1234.85693
    x_DCB-D6_basic_2026  OBJ  0.0022024263470699734
    x_DCB-D6_basic_2026  assign_DCB-D6  1
    x_DCB-D6_basic_2026  cover_DCB-D6_2026  -1234.85693
    x_DCB-D6_basic_2026  cover_DCB-D6_2027  -1646.47591
    x_DCB-D6_basic_2026  cover_DCB-D6_2028  -1234.85693
    x_DCB-D6_standard_2024  OBJ  0.00902412106499456
    x_DCB-D6_standard_2024  assign_DCB-D6  1
    x_DCB-D6_standard_2024  cover_DCB-D6_2024  -1543.57117
    x_DCB-D6_standard_2024  cover_DCB-D6_2025  -2058.09489
    x_DCB-D6_standard_2024  cover_DCB-D6_2026  -1543.57117
    x_DCB-D6_standard_2025  OBJ  0.006016080709996373
    x_DCB-D6_standard_2025  assign_DCB-D6  1
    x_DCB-D6_standard_2025  cover_DCB-D6_2025  -1543.57117
    x_DCB-D6_standard_2025  cover_DCB-D6_2026  -2058.09489
    x_DCB-D6_standard_2025  cover_DCB-D6_2027  -1543.57117
    x_DCB-D6_standard_2026  OBJ  0.0030080403549981867
    x_DCB-D6_standard_2026  assign_DCB-D6  1
    x_DCB-D6_standard_2026  cover_DCB-D6_2026  -1543.57117
    x_DCB-D6_standard_2026  cover_DCB-D6_2027  -2058.09489
    x_DCB-D6_standard_2026  cover_DCB-D6_2028  -1543.57117
    x_DCB-D6_enhanced_2024  OBJ  0.010434325312968536
    x_DCB-D6_enhanced_2024  assign_DCB-D6  1
    x_DCB-D6_enhanced_2024  cover_DCB-D6_2024  -1852.2854
    x_DCB-D6_enhanced_2024  cover_DCB-D6_2025  -2469.71387
    x_DCB-D6_enhanced_2024  cover_DCB-D6_2026  -1852.2854
    x_DCB-D6_enhanced_2025  OBJ  0.006956216875312358
    x_DCB-D6_enhanced_2025  assign_DCB-D6  1
    x_DCB-D6_enhanced_2025  cover_DCB-D6_2025  -1852.2854
    x_DCB-D6_enhanced_2025  cover_DCB-D6_2026  -2469.71387
    x_DCB-D6_enhanced_2025  cover_DCB-D6_2027  -1852.2854
    x_DCB-D6_enhanced_2026  OBJ  0.003478108437656179
    x_DCB-D6_enhanced_2026  assign_DCB-D6  1
    x_DCB-D6_enhanced_2026  cover_DCB-D6_2026  -1852.2854
    x_DCB-D6_enhanced_2026  cover_DCB-D6_2027  -2469.71387
    x_DCB-D6_enhanced_2026  cover_DCB-D6_2028  -1852.2854
    x_DCB-D7_basic_2025  OBJ  0.003857028921285768
    x_DCB-D7_basic_2025  assign_DCB-D7  1
    x_DCB-D7_basic_2025  cover_DCB-D7_2025  -1109.56093
    x_DCB-D7_basic_2025  cover_DCB-D7_2026  -1479.41458
    x_DCB-D7_basic_2025  cover_DCB-D7_2027  -1109.56093
    x_DCB-D7_basic_2026  OBJ  0.001928514460642884
    x_DCB-D7_basic_2026  assign_DCB-D7  1
    x_DCB-D7_basic_2026  cover_DCB-D7_2026  -1109.56093
    x_DCB-D7_basic_2026  cover_DCB-D7_2027  -1479.41458
    x_DCB-D7_basic_2026  cover_DCB-D7_2028  -1109.56093
    x_DCB-D7_standard_2025  OBJ  0.005174107644521027
    x_DCB-D7_standard_2025  assign_DCB-D7  1
    x_DCB-D7_standard_2025  cover_DCB-D7_2025  -1386.95117
    x_DCB-D7_standard_2025  cover_DCB-D7_2026  -1849.26822
    x_DCB-D7_standard_2025  cover_DCB-D7_2027  -1386.95117
    x_DCB-D7_standard_2026  OBJ  0.0025870538222605133
    x_DCB-D7_standard_2026  assign_DCB-D7  1
    x_DCB-D7_standard_2026  cover_DCB-D7_2026  -1386.95117
    x_DCB-D7_standard_2026  cover_DCB-D7_2027  -1849.26822
    x_DCB-D7_standard_2026  cover_DCB-D7_2028  -1386.95117
    x_DCB-D7_enhanced_2025  OBJ  0.006144781453890139
    x_DCB-D7_enhanced_2025  assign_DCB-D7  1
    x_DCB-D7_enhanced_2025  cover_DCB-D7_2025  -1664.3414
    x_DCB-D7_enhanced_2025  cover_DCB-D7_2026  -2219.12187
    x_DCB-D7_enhanced_2025  cover_DCB-D7_2027  -1664.3414
    x_DCB-D7_enhanced_2026  OBJ  0.0030723907269450696
    x_DCB-D7_enhanced_2026  assign_DCB-D7  1
    x_DCB-D7_enhanced_2026  cover_DCB-D7_2026  -1664.3414
    x_DCB-D7_enhanced_2026  cover_DCB-D7_2027  -2219.12187
    x_DCB-D7_enhanced_2026  cover_DCB-D7_2028  -1664.3414
    x_DCB-D8_basic_2024  OBJ  0.008393514584466969
    x_DCB-D8_basic_2024  assign_DCB-D8  1
    x_DCB-D8_basic_2024  cover_DCB-D8_2024  -1395.53463
    x_DCB-D8_basic_2024  cover_DCB-D8_2025  -1860.71285
    x_DCB-D8_basic_2024  cover_DCB-D8_2026  -1395.53463
    x_DCB-D8_basic_2025  OBJ  0.005595676389644646
    x_DCB-D8_basic_2025  assign_DCB-D8  1
    x_DCB-D8_basic_2025  cover_DCB-D8_2025  -1395.53463
    x_DCB-D8_basic_2025  cover_DCB-D8_2026  -1860.71285
    x_DCB-D8_basic_2025  cover_DCB-D8_2027  -1395.53463
    x_DCB-D8_basic_2026  OBJ  0.002797838194822323
    x_DCB-D8_basic_2026  assign_DCB-D8  1
    x_DCB-D8_basic_2026  cover_DCB-D8_2026  -1395.53463
    x_DCB-D8_basic_2026  cover_DCB-D8_2027  -1860.71285
    x_DCB-D8_basic_2026  cover_DCB-D8_2028  -1395.53463
    x_DCB-D8_standard_2024  OBJ  0.010123656849684843
    x_DCB-D8_standard_2024  assign_DCB-D8  1
    x_DCB-D8_standard_2024  cover_DCB-D8_2024  -1744.41829
    x_DCB-D8_standard_2024  cover_DCB-D8_2025  -2325.89106
    x_DCB-D8_standard_2024  cover_DCB-D8_2026  -1744.41829
    x_DCB-D8_standard_2025  OBJ  0.006749104566456563
    x_DCB-D8_standard_2025  assign_DCB-D8  1
    x_DCB-D8_standard_2025  cover_DCB-D8_2025  -1744.41829
    x_DCB-D8_standard_2025  cover_DCB-D8_2026  -2325.89106
    x_DCB-D8_standard_2025  cover_DCB-D8_2027  -1744.41829
    x_DCB-D8_standard_2026  OBJ  0.0033745522832282814
    x_DCB-D8_standard_2026  assign_DCB-D8  1
    x_DCB-D8_standard_2026  cover_DCB-D8_2026  -1744.41829
    x_DCB-D8_standard_2026  cover_DCB-D8_2027  -2325.89106
    x_DCB-D8_standard_2026  cover_DCB-D8_2028  -1744.41829
    x_DCB-D8_enhanced_2024  OBJ  0.01365418117132325
    x_DCB-D8_enhanced_2024  assign_DCB-D8  1
    x_DCB-D8_enhanced_2024  cover_DCB-D8_2024  -2093.30195
    x_DCB-D8_enhanced_2024  cover_DCB-D8_2025  -2791.06927
    x_DCB-D8_enhanced_2024  cover_DCB-D8_2026  -2093.30195
    x_DCB-D8_enhanced_2025  OBJ  0.009102787447548834
    x_DCB-D8_enhanced_2025  assign_DCB-D8  1
    x_DCB-D8_enhanced_2025  cover_DCB-D8_2025  -2093.30195
    x_DCB-D8_enhanced_2025  cover_DCB-D8_2026  -2791.06927
    x_DCB-D8_enhanced_2025  cover_DCB-D8_2027  -2093.30195
    x_DCB-D8_enhanced_2026  OBJ  0.004551393723774417
    x_DCB-D8_enhanced_2026  assign_DCB-D8  1
    x_DCB-D8_enhanced_2026  cover_DCB-D8_2026  -2093.30195
    x_DCB-D8_enhanced_2026  cover_DCB-D8_2027  -2791.06927
    x_DCB-D8_enhanced_2026  cover_DCB-D8_2028  -2093.30195
    x_DCB-D9_basic_2024  OBJ  0.010633274822285058
    x_DCB-D9_basic_2024  assign_DCB-D9  1
    x_DCB-D9_basic_2024  cover_DCB-D9_2024  -983.0999
    x_DCB-D9_basic_2024  cover_DCB-D9_2025  -1310.79987
    x_DCB-D9_basic_2024  cover_DCB-D9_2026  -983.0999
    x_DCB-D9_basic_2024  share_UK_DCB-D9  -1638.499835
    x_DCB-D9_basic_2025  OBJ  0.007088849881523373
    x_DCB-D9_basic_2025  assign_DCB-D9  1
    x_DCB-D9_basic_2025  cover_DCB-D9_2025  -983.0999
    x_DCB-D9_basic_2025  cover_DCB-D9_2026  -1310.79987
    x_DCB-D9_basic_2025  cover_DCB-D9_2027  -983.0999
    x_DCB-D9_basic_2025  share_UK_DCB-D9  -1638.499835
    x_DCB-D9_basic_2026  OBJ  0.0035444249407616864
    x_DCB-D9_basic_2026  assign_DCB-D9  1
    x_DCB-D9_basic_2026  cover_DCB-D9_2026  -983.0999
    x_DCB-D9_basic_2026  cover_DCB-D9_2027  -1310.79987
    x_DCB-D9_basic_2026  cover_DCB-D9_2028  -983.0999
    x_DCB-D9_basic_2026  share_UK_DCB-D9  -1638.499835
    x_DCB-D9_standard_2024  OBJ  0.014781115197129099
    x_DCB-D9_standard_2024  assign_DCB-D9  1
    x_DCB-D9_standard_2024  cover_DCB-D9_2024  -1228.87488
    x_DCB-D9_standard_2024  cover_DCB-D9_2025  -1638.49983
    x_DCB-D9_standard_2024  cover_DCB-D9_2026  -1228.87488
    x_DCB-D9_standard_2024  share_UK_DCB-D9  -2048.124795
    x_DCB-D9_standard_2025  OBJ  0.009854076798086066
    x_DCB-D9_standard_2025  assign_DCB-D9  1
    x_DCB-D9_standard_2025  cover_DCB-D9_2025  -1228.87488
    x_DCB-D9_standard_2025  cover_DCB-D9_2026  -1638.49983
    x_DCB-D9_standard_2025  cover_DCB-D9_2027  -1228.87488
    x_DCB-D9_standard_2025  share_UK_DCB-D9  -2048.124795
    x_DCB-D9_standard_2026  OBJ  0.004927038399043033
    x_DCB-D9_standard_2026  assign_DCB-D9  1
    x_DCB-D9_standard_2026  cover_DCB-D9_2026  -1228.87488
    x_DCB-D9_standard_2026  cover_DCB-D9_2027  -1638.49983
    x_DCB-D9_standard_2026  cover_DCB-D9_2028  -1228.87488
    x_DCB-D9_standard_2026  share_UK_DCB-D9  -2048.124795
    x_DCB-D9_enhanced_2024  OBJ  0.01585519601097524
    x_DCB-D9_enhanced_2024  assign_DCB-D9  1
    x_DCB-D9_enhanced_2024  cover_DCB-D9_2024  -1474.64985
    x_DCB-D9_enhanced_2024  cover_DCB-D9_2025  -1966.1998
    x_DCB-D9_enhanced_2024  cover_DCB-D9_2026  -1474.64985
    x_DCB-D9_enhanced_2024  share_UK_DCB-D9  -2457.74975
    x_DCB-D9_enhanced_2025  OBJ  0.010570130673983495
    x_DCB-D9_enhanced_2025  assign_DCB-D9  1
    x_DCB-D9_enhanced_2025  cover_DCB-D9_2025  -1474.64985
    x_DCB-D9_enhanced_2025  cover_DCB-D9_2026  -1966.1998
    x_DCB-D9_enhanced_2025  cover_DCB-D9_2027  -1474.64985
    x_DCB-D9_enhanced_2025  share_UK_DCB-D9  -2457.74975
    x_DCB-D9_enhanced_2026  OBJ  0.005285065336991747
    x_DCB-D9_enhanced_2026  assign_DCB-D9  1
    x_DCB-D9_enhanced_2026  cover_DCB-D9_2026  -1474.64985
    x_DCB-D9_enhanced_2026  cover_DCB-D9_2027  -1966.1998
    x_DCB-D9_enhanced_2026  cover_DCB-D9_2028  -1474.64985
    x_DCB-D9_enhanced_2026  share_UK_DCB-D9  -2457.74975
    x_DCB-S1_basic_2024  OBJ  0.008665579853404841
    x_DCB-S1_basic_2024  assign_DCB-S1  1
    x_DCB-S1_basic_2024  cover_DCB-S1_2024  -961.26796
    x_DCB-S1_basic_2024  cover_DCB-S1_2025  -1281.69061
    x_DCB-S1_basic_2024  cover_DCB-S1_2026  -961.26796
    x_DCB-S1_basic_2025  OBJ  0.005777053235603229
    x_DCB-S1_basic_2025  assign_DCB-S1  1
    x_DCB-S1_basic_2025  cover_DCB-S1_2025  -961.26796
    x_DCB-S1_basic_2025  cover_DCB-S1_2026  -1281.69061
    x_DCB-S1_basic_2025  cover_DCB-S1_2027  -961.26796
    x_DCB-S1_basic_2026  OBJ  0.0028885266178016143
    x_DCB-S1_basic_2026  assign_DCB-S1  1
    x_DCB-S1_basic_2026  cover_DCB-S1_2026  -961.26796
    x_DCB-S1_basic_2026  cover_DCB-S1_2027  -1281.69061
    x_DCB-S1_basic_2026  cover_DCB-S1_2028  -961.26796
    x_DCB-S1_standard_2024  OBJ  0.012712162488794117
    x_DCB-S1_standard_2024  assign_DCB-S1  1
    x_DCB-S1_standard_2024  cover_DCB-S1_2024  -1201.58494
    x_DCB-S1_standard_2024  cover_DCB-S1_2025  -1602.11326
    x_DCB-S1_standard_2024  cover_DCB-S1_2026  -1201.58494
    x_DCB-S1_standard_2025  OBJ  0.008474774992529412
    x_DCB-S1_standard_2025  assign_DCB-S1  1
    x_DCB-S1_standard_2025  cover_DCB-S1_2025  -1201.58494
    x_DCB-S1_standard_2025  cover_DCB-S1_2026  -1602.11326
    x_DCB-S1_standard_2025  cover_DCB-S1_2027  -1201.58494
    x_DCB-S1_standard_2026  OBJ  0.004237387496264706
    x_DCB-S1_standard_2026  assign_DCB-S1  1
    x_DCB-S1_standard_2026  cover_DCB-S1_2026  -1201.58494
    x_DCB-S1_standard_2026  cover_DCB-S1_2027  -1602.11326
    x_DCB-S1_standard_2026  cover_DCB-S1_2028  -1201.58494
    x_DCB-S1_enhanced_2024  OBJ  0.014252673814301467
    x_DCB-S1_enhanced_2024  assign_DCB-S1  1
    x_DCB-S1_enhanced_2024  cover_DCB-S1_2024  -1441.90193
    x_DCB-S1_enhanced_2024  cover_DCB-S1_2025  -1922.53591
    x_DCB-S1_enhanced_2024  cover_DCB-S1_2026  -1441.90193
    x_DCB-S1_enhanced_2025  OBJ  0.009501782542867647
    x_DCB-S1_enhanced_2025  assign_DCB-S1  1
    x_DCB-S1_enhanced_2025  cover_DCB-S1_2025  -1441.90193
    x_DCB-S1_enhanced_2025  cover_DCB-S1_2026  -1922.53591
    x_DCB-S1_enhanced_2025  cover_DCB-S1_2027  -1441.90193
    x_DCB-S1_enhanced_2026  OBJ  0.0047508912714338235
    x_DCB-S1_enhanced_2026  assign_DCB-S1  1
    x_DCB-S1_enhanced_2026  cover_DCB-S1_2026  -1441.90193
    x_DCB-S1_enhanced_2026  cover_DCB-S1_2027  -1922.53591
    x_DCB-S1_enhanced_2026  cover_DCB-S1_2028  -1441.90193
    x_DCB-S2_basic_2024  OBJ  0.0065840867633727655
    x_DCB-S2_basic_2024  assign_DCB-S2  1
    x_DCB-S2_basic_2024  cover_DCB-S2_2024  -1113.85579
    x_DCB-S2_basic_2024  cover_DCB-S2_2025  -1485.14106
    x_DCB-S2_basic_2024  cover_DCB-S2_2026  -1113.85579
    x_DCB-S2_basic_2025  OBJ  0.004389391175581844
    x_DCB-S2_basic_2025  assign_DCB-S2  1
    x_DCB-S2_basic_2025  cover_DCB-S2_2025  -1113.85579
    x_DCB-S2_basic_2025  cover_DCB-S2_2026  -1485.14106
    x_DCB-S2_basic_2025  cover_DCB-S2_2027  -1113.85579
    x_DCB-S2_basic_2026  OBJ  0.002194695587790922
    x_DCB-S2_basic_2026  assign_DCB-S2  1
    x_DCB-S2_basic_2026  cover_DCB-S2_2026  -1113.85579
    x_DCB-S2_basic_2026  cover_DCB-S2_2027  -1485.14106
    x_DCB-S2_basic_2026  cover_DCB-S2_2028  -1113.85579
    x_DCB-S2_standard_2024  OBJ  0.007813036346961417
    x_DCB-S2_standard_2024  assign_DCB-S2  1
    x_DCB-S2_standard_2024  cover_DCB-S2_2024  -1392.31974
    x_DCB-S2_standard_2024  cover_DCB-S2_2025  -1856.42632
    x_DCB-S2_standard_2024  cover_DCB-S2_2026  -1392.31974
    x_DCB-S2_standard_2025  OBJ  0.0052086908979742785
    x_DCB-S2_standard_2025  assign_DCB-S2  1
    x_DCB-S2_standard_2025  cover_DCB-S2_2025  -1392.31974
    x_DCB-S2_standard_2025  cover_DCB-S2_2026  -1856.42632
    x_DCB-S2_standard_2025  cover_DCB-S2_2027  -1392.31974
    x_DCB-S2_standard_2026  OBJ  0.0026043454489871392
    x_DCB-S2_standard_2026  assign_DCB-S2  1
    x_DCB-S2_standard_2026  cover_DCB-S2_2026  -1392.31974
    x_DCB-S2_standard_2026  cover_DCB-S2_2027  -1856.42632
    x_DCB-S2_standard_2026  cover_DCB-S2_2028  -1392.31974
    x_DCB-S2_enhanced_2024  OBJ  0.011001811420804782
    x_DCB-S2_enhanced_2024  assign_DCB-S2  1
    x_DCB-S2_enhanced_2024  cover_DCB-S2_2024  -1670.78369
    x_DCB-S2_enhanced_2024  cover_DCB-S2_2025  -2227.71159
    x_DCB-S2_enhanced_2024  cover_DCB-S2_2026  -1670.78369
    x_DCB-S2_enhanced_2025  OBJ  0.007334540947203189
    x_DCB-S2_enhanced_2025  assign_DCB-S2  1
    x_DCB-S2_enhanced_2025  cover_DCB-S2_2025  -1670.78369
    x_DCB-S2_enhanced_2025  cover_DCB-S2_2026  -2227.71159
    x_DCB-S2_enhanced_2025  cover_DCB-S2_2027  -1670.78369
    x_DCB-S2_enhanced_2026  OBJ  0.0036672704736015944
    x_DCB-S2_enhanced_2026  assign_DCB-S2  1
    x_DCB-S2_enhanced_2026  cover_DCB-S2_2026  -1670.78369
    x_DCB-S2_enhanced_2026  cover_DCB-S2_2027  -2227.71159
    x_DCB-S2_enhanced_2026  cover_DCB-S2_2028  -1670.78369
    x_DCB-S3_basic_2024  OBJ  0.007457763085774809
    x_DCB-S3_basic_2024  assign_DCB-S3  1
    x_DCB-S3_basic_2024  cover_DCB-S3_2024  -1275.25675
    x_DCB-S3_basic_2024  cover_DCB-S3_2025  -1558.64713
    x_DCB-S3_basic_2025  OBJ  0.005593322314331107
    x_DCB-S3_basic_2025  assign_DCB-S3  1
    x_DCB-S3_basic_2025  cover_DCB-S3_2025  -1275.25675
    x_DCB-S3_basic_2025  cover_DCB-S3_2026  -1558.64713
    x_DCB-S3_basic_2026  OBJ  0.0037288815428874046
    x_DCB-S3_basic_2026  assign_DCB-S3  1
    x_DCB-S3_basic_2026  cover_DCB-S3_2026  -1275.25675
    x_DCB-S3_basic_2026  cover_DCB-S3_2027  -1558.64713
    x_DCB-S3_standard_2024  OBJ  0.008511883397087949
    x_DCB-S3_standard_2024  assign_DCB-S3  1
    x_DCB-S3_standard_2024  cover_DCB-S3_2024  -1594.07093
    x_DCB-S3_standard_2024  cover_DCB-S3_2025  -1948.30892
    x_DCB-S3_standard_2025  OBJ  0.00638391254781596
    x_DCB-S3_standard_2025  assign_DCB-S3  1
    x_DCB-S3_standard_2025  cover_DCB-S3_2025  -1594.07093
    x_DCB-S3_standard_2025  cover_DCB-S3_2026  -1948.30892
    x_DCB-S3_standard_2026  OBJ  0.0042559416985439745
    x_DCB-S3_standard_2026  assign_DCB-S3  1
    x_DCB-S3_standard_2026  cover_DCB-S3_2026  -1594.07093
    x_DCB-S3_standard_2026  cover_DCB-S3_2027  -1948.30892
    x_T01_core_2025  OBJ  0.01721583669156129
    x_T01_core_2025  assign_T01  1
    x_T01_core_2025  cover_T01_2025  -7013.21296
    x_T01_core_2025  cover_T01_2026  -9350.95061
    x_T01_core_2025  cover_T01_2027  -7013.21296
    x_T01_core_2025  share_US_T01  -11688.688265
    x_T01_core_2025  share_BIH-COFIN_T01  -14026.425918
    x_T01_core_2025  req_T01_T10_2025  1
    x_T01_core_2025  req_T01_T10_2026  1
    x_T01_core_2025  entity_lo_FBiH  9350.950612
    x_T01_core_2025  entity_hi_FBiH  2337.7376529999997
    x_T01_core_2025  entity_lo_RS  -2337.737653
    x_T01_core_2025  entity_hi_RS  -9350.950612
    x_T01_core_2025  absorb_F03_2025  7013.21296
    x_T01_core_2025  absorb_F03_2026  9350.95061
    x_T01_core_2025  absorb_F03_2027  7013.21296
    x_T01_core_2026  OBJ  0.008607918345780645
    x_T01_core_2026  assign_T01  1
    x_T01_core_2026  cover_T01_2026  -7013.21296
    x_T01_core_2026  cover_T01_2027  -9350.95061
    x_T01_core_2026  cover_T01_2028  -7013.21296
    x_T01_core_2026  share_US_T01  -11688.688265
    x_T01_core_2026  share_BIH-COFIN_T01  -14026.425918
    x_T01_core_2026  req_T01_T10_2026  1
    x_T01_core_2026  entity_lo_FBiH  9350.950612
    x_T01_core_2026  entity_hi_FBiH  2337.7376529999997
    x_T01_core_2026  entity_lo_RS  -2337.737653
    x_T01_core_2026  entity_hi_RS  -9350.950612
    x_T01_core_2026  absorb_F03_2026  7013.21296
    x_T01_core_2026  absorb_F03_2027  9350.95061
    x_T01_core_2026  absorb_F03_2028  7013.21296
    x_T01_full_2025  OBJ  0.03222422248353044
    x_T01_full_2025  assign_T01  1
    x_T01_full_2025  cover_T01_2025  -11688.68826
    x_T01_full_2025  cover_T01_2026  -15584.91768
    x_T01_full_2025  cover_T01_2027  -11688.68826
    x_T01_full_2025  share_US_T01  -19481.1471
    x_T01_full_2025  share_BIH-COFIN_T01  -23377.376519999998
    x_T01_full_2025  req_T01_T10_2025  1
    x_T01_full_2025  req_T01_T10_2026  1
    x_T01_full_2025  entity_lo_FBiH  15584.917679999999
    x_T01_full_2025  entity_hi_FBiH  3896.2294199999988
    x_T01_full_2025  entity_lo_RS  -3896.2294199999997
    x_T01_full_2025  entity_hi_RS  -15584.917679999999
    x_T01_full_2025  absorb_F03_2025  11688.68826
    x_T01_full_2025  absorb_F03_2026  15584.91768
    x_T01_full_2025  absorb_F03_2027  11688.68826
    x_T01_full_2026  OBJ  0.01611211124176522
    x_T01_full_2026  assign_T01  1
    x_T01_full_2026  cover_T01_2026  -11688.68826
    x_T01_full_2026  cover_T01_2027  -15584.91768
    x_T01_full_2026  cover_T01_2028  -11688.68826
    x_T01_full_2026  share_US_T01  -19481.1471
    x_T01_full_2026  share_BIH-COFIN_T01  -23377.376519999998
    x_T01_full_2026  req_T01_T10_2026  1
    x_T01_full_2026  entity_lo_FBiH  15584.917679999999
    x_T01_full_2026  entity_hi_FBiH  3896.2294199999988
    x_T01_full_2026  entity_lo_RS  -3896.2294199999997
    x_T01_full_2026  entity_hi_RS  -15584.917679999999
    x_T01_full_2026  absorb_F03_2026  11688.68826
    x_T01_full_2026  absorb_F03_2027  15584.91768
    x_T01_full_2026  absorb_F03_2028  11688.68826
    x_T02_core_2024  OBJ  0.017600484545183433
    x_T02_core_2024  assign_T02  1
    x_T02_core_2024  cover_T02_2024  -3871.1268
    x_T02_core_2024  cover_T02_2025  -4731.3772
    x_T02_core_2024  share_US_T02  -4301.252
    x_T02_core_2024  share_BIH-COFIN_T02  -5161.5024
    x_T02_core_2024  entity_lo_FBiH  3441.0016000000005
    x_T02_core_2024  entity_hi_FBiH  860.2503999999999
    x_T02_core_2024  entity_lo_RS  -860.2504000000001
    x_T02_core_2024  entity_hi_RS  -3441.0016000000005
    x_T02_core_2024  absorb_F05_2024  3871.1268
    x_T02_core_2024  absorb_F05_2025  4731.3772
    x_T02_core_2025  OBJ  0.013200363408887573
    x_T02_core_2025  assign_T02  1
    x_T02_core_2025  cover_T02_2025  -3871.1268
    x_T02_core_2025  cover_T02_2026  -4731.3772
    x_T02_core_2025  share_US_T02  -4301.252
    x_T02_core_2025  share_BIH-COFIN_T02  -5161.5024
    x_T02_core_2025  entity_lo_FBiH  3441.0016000000005
    x_T02_core_2025  entity_hi_FBiH  860.2503999999999
    x_T02_core_2025  entity_lo_RS  -860.2504000000001
    x_T02_core_2025  entity_hi_RS  -3441.0016000000005
    x_T02_core_2025  absorb_F05_2025  3871.1268
    x_T02_core_2025  absorb_F05_2026  4731.3772
    x_T02_core_2026  OBJ  0.008800242272591716
    x_T02_core_2026  assign_T02  1
    x_T02_core_2026  cover_T02_2026  -3871.1268
    x_T02_core_2026  cover_T02_2027  -4731.3772
    x_T02_core_2026  share_US_T02  -4301.252
    x_T02_core_2026  share_BIH-COFIN_T02  -5161.5024
    x_T02_core_2026  entity_lo_FBiH  3441.0016000000005
    x_T02_core_2026  entity_hi_FBiH  860.2503999999999
    x_T02_core_2026  entity_lo_RS  -860.2504000000001
    x_T02_core_2026  entity_hi_RS  -3441.0016000000005
    x_T02_core_2026  absorb_F05_2026  3871.1268
    x_T02_core_2026  absorb_F05_2027  4731.3772
    x_T02_full_2024  OBJ  0.03193727785697469
    x_T02_full_2024  assign_T02  1
    x_T02_full_2024  cover_T02_2024  -6451.878
    x_T02_full_2024  cover_T02_2025  -7885.62867
    x_T02_full_2024  share_US_T02  -7168.753335
    x_T02_full_2024  share_BIH-COFIN_T02  -8602.504002
    x_T02_full_2024  entity_lo_FBiH  5735.002668000001
    x_T02_full_2024  entity_hi_FBiH  1433.7506669999998
    x_T02_full_2024  entity_lo_RS  -1433.7506670000002
    x_T02_full_2024  entity_hi_RS  -5735.002668000001
    x_T02_full_2024  absorb_F05_2024  6451.878
    x_T02_full_2024  absorb_F05_2025  7885.62867
    x_T02_full_2025  OBJ  0.02395295839273102
    x_T02_full_2025  assign_T02  1
    x_T02_full_2025  cover_T02_2025  -6451.878
    x_T02_full_2025  cover_T02_2026  -7885.62867
    x_T02_full_2025  share_US_T02  -7168.753335
    x_T02_full_2025  share_BIH-COFIN_T02  -8602.504002
    x_T02_full_2025  entity_lo_FBiH  5735.002668000001
    x_T02_full_2025  entity_hi_FBiH  1433.7506669999998
    x_T02_full_2025  entity_lo_RS  -1433.7506670000002
    x_T02_full_2025  entity_hi_RS  -5735.002668000001
    x_T02_full_2025  absorb_F05_2025  6451.878
    x_T02_full_2025  absorb_F05_2026  7885.62867
    x_T02_full_2026  OBJ  0.015968638928487346
    x_T02_full_2026  assign_T02  1
    x_T02_full_2026  cover_T02_2026  -6451.878
    x_T02_full_2026  cover_T02_2027  -7885.62867
    x_T02_full_2026  share_US_T02  -7168.753335
    x_T02_full_2026  share_BIH-COFIN_T02  -8602.504002
    x_T02_full_2026  entity_lo_FBiH  5735.002668000001
    x_T02_full_2026  entity_hi_FBiH  1433.7506669999998
    x_T02_full_2026  entity_lo_RS  -1433.7506670000002
    x_T02_full_2026  entity_hi_RS  -5735.002668000001
    x_T02_full_2026  absorb_F05_2026  6451.878
    x_T02_full_2026  absorb_F05_2027  7885.62867
    x_T03_pilot_2025  OBJ  0.010622900673452
    x_T03_pilot_2025  assign_T03  1
    x_T03_pilot_2025  cover_T03_2025  -4259.57074
    x_T03_pilot_2025  share_US_T03  -2129.78537
    x_T03_pilot_2025  share_BIH-COFIN_T03  -2555.742444
    x_T03_pilot_2025  req_T03_T10_2025  1
    x_T03_pilot_2025  req_T03_T10_2026  1
    x_T03_pilot_2025  entity_lo_FBiH  1703.8282960000001
    x_T03_pilot_2025  entity_hi_FBiH  425.9570739999999
    x_T03_pilot_2025  entity_lo_RS  -425.95707400000003
    x_T03_pilot_2025  entity_hi_RS  -1703.8282960000001
    x_T03_pilot_2025  absorb_F01_2025  4259.57074
    x_T03_pilot_2026  OBJ  0.007967175505088998
    x_T03_pilot_2026  assign_T03  1
    x_T03_pilot_2026  cover_T03_2026  -4259.57074
    x_T03_pilot_2026  share_US_T03  -2129.78537
    x_T03_pilot_2026  share_BIH-COFIN_T03  -2555.742444
    x_T03_pilot_2026  req_T03_T10_2026  1
    x_T03_pilot_2026  entity_lo_FBiH  1703.8282960000001
    x_T03_pilot_2026  entity_hi_FBiH  425.9570739999999
    x_T03_pilot_2026  entity_lo_RS  -425.95707400000003
    x_T03_pilot_2026  entity_hi_RS  -1703.8282960000001
    x_T03_pilot_2026  absorb_F01_2026  4259.57074
    x_T03_core_2025  OBJ  0.0155561065817716
    x_T03_core_2025  assign_T03  1
    x_T03_core_2025  cover_T03_2025  -3833.61366
    x_T03_core_2025  cover_T03_2026  -4685.52781
    x_T03_core_2025  share_US_T03  -4259.570735
    x_T03_core_2025  share_BIH-COFIN_T03  -5111.484882
    x_T03_core_2025  req_T03_T10_2025  1
    x_T03_core_2025  req_T03_T10_2026  1
    x_T03_core_2025  entity_lo_FBiH  3407.6565880000003
    x_T03_core_2025  entity_hi_FBiH  851.9141469999998
    x_T03_core_2025  entity_lo_RS  -851.9141470000001
    x_T03_core_2025  entity_hi_RS  -3407.6565880000003
    x_T03_core_2025  absorb_F01_2025  3833.61366
    x_T03_core_2025  absorb_F01_2026  4685.52781
    x_T03_core_2026  OBJ  0.010370737721181068
    x_T03_core_2026  assign_T03  1
    x_T03_core_2026  cover_T03_2026  -3833.61366
    x_T03_core_2026  cover_T03_2027  -4685.52781
    x_T03_core_2026  share_US_T03  -4259.570735
    x_T03_core_2026  share_BIH-COFIN_T03  -5111.484882
    x_T03_core_2026  req_T03_T10_2026  1
    x_T03_core_2026  entity_lo_FBiH  3407.6565880000003
    x_T03_core_2026  entity_hi_FBiH  851.9141469999998
    x_T03_core_2026  entity_lo_RS  -851.9141470000001
    x_T03_core_2026  entity_hi_RS  -3407.6565880000003
    x_T03_core_2026  absorb_F01_2026  3833.61366
    x_T03_core_2026  absorb_F01_2027  4685.52781
    x_T03_full_2025  OBJ  0.025685834088799427
    x_T03_full_2025  assign_T03  1
    x_T03_full_2025  cover_T03_2025  -6389.35611
    x_T03_full_2025  cover_T03_2026  -7809.21302
    x_T03_full_2025  share_US_T03  -7099.284565
    x_T03_full_2025  share_BIH-COFIN_T03  -8519.141478
    x_T03_full_2025  req_T03_T10_2025  1
    x_T03_full_2025  req_T03_T10_2026  1
    x_T03_full_2025  entity_lo_FBiH  5679.427652
    x_T03_full_2025  entity_hi_FBiH  1419.8569129999996
    x_T03_full_2025  entity_lo_RS  -1419.856913
    x_T03_full_2025  entity_hi_RS  -5679.427652
    x_T03_full_2025  absorb_F01_2025  6389.35611
    x_T03_full_2025  absorb_F01_2026  7809.21302
    x_T03_full_2026  OBJ  0.01712388939253295
    x_T03_full_2026  assign_T03  1
    x_T03_full_2026  cover_T03_2026  -6389.35611
    x_T03_full_2026  cover_T03_2027  -7809.21302
    x_T03_full_2026  share_US_T03  -7099.284565
    x_T03_full_2026  share_BIH-COFIN_T03  -8519.141478
    x_T03_full_2026  req_T03_T10_2026  1
    x_T03_full_2026  entity_lo_FBiH  5679.427652
    x_T03_full_2026  entity_hi_FBiH  1419.8569129999996
    x_T03_full_2026  entity_lo_RS  -1419.856913
    x_T03_full_2026  entity_hi_RS  -5679.427652
    x_T03_full_2026  absorb_F01_2026  6389.35611
    x_T03_full_2026  absorb_F01_2027  7809.21302
    x_T04_core_2024  OBJ  0.010941069757909034
    x_T04_core_2024  assign_T04  1
    x_T04_core_2024  cover_T04_2024  -2578.08959
    x_T04_core_2024  cover_T04_2025  -3150.99839
    x_T04_core_2024  share_US_T04  -2864.54399
    x_T04_core_2024  share_BIH-COFIN_T04  -3437.452788
    x_T04_core_2024  entity_lo_FBiH  2291.635192
    x_T04_core_2024  entity_hi_FBiH  572.9087979999999
    x_T04_core_2024  entity_lo_RS  -572.908798
    x_T04_core_2024  entity_hi_RS  -2291.635192
    x_T04_core_2024  absorb_F02_2024  2578.08959
    x_T04_core_2024  absorb_F02_2025  3150.99839
    x_T04_core_2025  OBJ  0.008205802318431774
    x_T04_core_2025  assign_T04  1
    x_T04_core_2025  cover_T04_2025  -2578.08959
    x_T04_core_2025  cover_T04_2026  -3150.99839
    x_T04_core_2025  share_US_T04  -2864.54399
    x_T04_core_2025  share_BIH-COFIN_T04  -3437.452788
    x_T04_core_2025  entity_lo_FBiH  2291.635192
    x_T04_core_2025  entity_hi_FBiH  572.9087979999999
    x_T04_core_2025  entity_lo_RS  -572.908798
    x_T04_core_2025  entity_hi_RS  -2291.635192
    x_T04_core_2025  absorb_F02_2025  2578.08959
    x_T04_core_2025  absorb_F02_2026  3150.99839
    x_T04_core_2026  OBJ  0.005470534878954517
    x_T04_core_2026  assign_T04  1
    x_T04_core_2026  cover_T04_2026  -2578.08959
    x_T04_core_2026  cover_T04_2027  -3150.99839
    x_T04_core_2026  share_US_T04  -2864.54399
    x_T04_core_2026  share_BIH-COFIN_T04  -3437.452788
    x_T04_core_2026  entity_lo_FBiH  2291.635192
    x_T04_core_2026  entity_hi_FBiH  572.9087979999999
    x_T04_core_2026  entity_lo_RS  -572.908798
    x_T04_core_2026  entity_hi_RS  -2291.635192
    x_T04_core_2026  absorb_F02_2026  2578.08959
    x_T04_core_2026  absorb_F02_2027  3150.99839
    x_T04_full_2024  OBJ  0.01775982207208504
    x_T04_full_2024  assign_T04  1
    x_T04_full_2024  cover_T04_2024  -4296.81599
    x_T04_full_2024  cover_T04_2025  -5251.66399
    x_T04_full_2024  share_US_T04  -4774.23999
    x_T04_full_2024  share_BIH-COFIN_T04  -5729.087988
    x_T04_full_2024  entity_lo_FBiH  3819.3919920000003
    x_T04_full_2024  entity_hi_FBiH  954.8479979999998
    x_T04_full_2024  entity_lo_RS  -954.8479980000001
    x_T04_full_2024  entity_hi_RS  -3819.3919920000003
    x_T04_full_2024  absorb_F02_2024  4296.81599
    x_T04_full_2024  absorb_F02_2025  5251.66399
    x_T04_full_2025  OBJ  0.01331986655406378
    x_T04_full_2025  assign_T04  1
    x_T04_full_2025  cover_T04_2025  -4296.81599
    x_T04_full_2025  cover_T04_2026  -5251.66399
    x_T04_full_2025  share_US_T04  -4774.23999
    x_T04_full_2025  share_BIH-COFIN_T04  -5729.087988
    x_T04_full_2025  entity_lo_FBiH  3819.3919920000003
    x_T04_full_2025  entity_hi_FBiH  954.8479979999998
    x_T04_full_2025  entity_lo_RS  -954.8479980000001
    x_T04_full_2025  entity_hi_RS  -3819.3919920000003
    x_T04_full_2025  absorb_F02_2025  4296.81599
    x_T04_full_2025  absorb_F02_2026  5251.66399
    x_T04_full_2026  OBJ  0.00887991103604252
    x_T04_full_2026  assign_T04  1
    x_T04_full_2026  cover_T04_2026  -4296.81599
    x_T04_full_2026  cover_T04_2027  -5251.66399
    x_T04_full_2026  share_US_T04  -4774.23999
    x_T04_full_2026  share_BIH-COFIN_T04  -5729.087988
    x_T04_full_2026  entity_lo_FBiH  3819.3919920000003
    x_T04_full_2026  entity_hi_FBiH  954.8479979999998
    x_T04_full_2026  entity_lo_RS  -954.8479980000001
    x_T04_full_2026  entity_hi_RS  -3819.3919920000003
    x_T04_full_2026  absorb_F02_2026  4296.81599
    x_T04_full_2026  absorb_F02_2027  5251.66399
    x_T05_core_2024  OBJ  0.006504334891399559
    x_T05_core_2024  assign_T05  1
    x_T05_core_2024  cover_T05_2024  -2626.49281
    x_T05_core_2024  cover_T05_2025  -3501.99042
    x_T05_core_2024  cover_T05_2026  -2626.49281
    x_T05_core_2024  share_US_T05  -4377.48802
    x_T05_core_2024  share_BIH-COFIN_T05  -5252.985624
    x_T05_core_2024  entity_lo_FBiH  -5252.985624
    x_T05_core_2024  entity_hi_FBiH  -7879.478435999999
    x_T05_core_2024  entity_lo_RS  7879.478435999999
    x_T05_core_2024  entity_hi_RS  5252.985624
    x_T05_core_2024  absorb_F11_2024  2626.49281
    x_T05_core_2024  absorb_F11_2025  3501.99042
    x_T05_core_2024  absorb_F11_2026  2626.49281
    x_T05_core_2025  OBJ  0.004336223260933039
    x_T05_core_2025  assign_T05  1
    x_T05_core_2025  cover_T05_2025  -2626.49281
    x_T05_core_2025  cover_T05_2026  -3501.99042
    x_T05_core_2025  cover_T05_2027  -2626.49281
    x_T05_core_2025  share_US_T05  -4377.48802
    x_T05_core_2025  share_BIH-COFIN_T05  -5252.985624
    x_T05_core_2025  entity_lo_FBiH  -5252.985624
    x_T05_core_2025  entity_hi_FBiH  -7879.478435999999
    x_T05_core_2025  entity_lo_RS  7879.478435999999
    x_T05_core_2025  entity_hi_RS  5252.985624
    x_T05_core_2025  absorb_F11_2025  2626.49281
    x_T05_core_2025  absorb_F11_2026  3501.99042
    x_T05_core_2025  absorb_F11_2027  2626.49281
    x_T05_core_2026  OBJ  0.0021681116304665196
    x_T05_core_2026  assign_T05  1
    x_T05_core_2026  cover_T05_2026  -2626.49281
    x_T05_core_2026  cover_T05_2027  -3501.99042
    x_T05_core_2026  cover_T05_2028  -2626.49281
    x_T05_core_2026  share_US_T05  -4377.48802
    x_T05_core_2026  share_BIH-COFIN_T05  -5252.985624
    x_T05_core_2026  entity_lo_FBiH  -5252.985624
    x_T05_core_2026  entity_hi_FBiH  -7879.478435999999
    x_T05_core_2026  entity_lo_RS  7879.478435999999
    x_T05_core_2026  entity_hi_RS  5252.985624
    x_T05_core_2026  absorb_F11_2026  2626.49281
    x_T05_core_2026  absorb_F11_2027  3501.99042
    x_T05_full_2024  OBJ  0.010550498454176408
    x_T05_full_2024  assign_T05  1
    x_T05_full_2024  cover_T05_2024  -4377.48802
    x_T05_full_2024  cover_T05_2025  -5836.65069
    x_T05_full_2024  cover_T05_2026  -4377.48802
    x_T05_full_2024  share_US_T05  -7295.813365
    x_T05_full_2024  share_BIH-COFIN_T05  -8754.976037999999
    x_T05_full_2024  entity_lo_FBiH  -8754.976037999999
    x_T05_full_2024  entity_hi_FBiH  -13132.464057000001
    x_T05_full_2024  entity_lo_RS  13132.464057000001
    x_T05_full_2024  entity_hi_RS  8754.976037999999
    x_T05_full_2024  absorb_F11_2024  4377.48802
    x_T05_full_2024  absorb_F11_2025  5836.65069
    x_T05_full_2024  absorb_F11_2026  4377.48802
    x_T05_full_2025  OBJ  0.007033665636117606
    x_T05_full_2025  assign_T05  1
    x_T05_full_2025  cover_T05_2025  -4377.48802
    x_T05_full_2025  cover_T05_2026  -5836.65069
    x_T05_full_2025  cover_T05_2027  -4377.48802
    x_T05_full_2025  share_US_T05  -7295.813365
    x_T05_full_2025  share_BIH-COFIN_T05  -8754.976037999999
    x_T05_full_2025  entity_lo_FBiH  -8754.976037999999
    x_T05_full_2025  entity_hi_FBiH  -13132.464057000001
    x_T05_full_2025  entity_lo_RS  13132.464057000001
    x_T05_full_2025  entity_hi_RS  8754.976037999999
    x_T05_full_2025  absorb_F11_2025  4377.48802
    x_T05_full_2025  absorb_F11_2026  5836.65069
    x_T05_full_2025  absorb_F11_2027  4377.48802
    x_T05_full_2026  OBJ  0.003516832818058803
    x_T05_full_2026  assign_T05  1
    x_T05_full_2026  cover_T05_2026  -4377.48802
    x_T05_full_2026  cover_T05_2027  -5836.65069
    x_T05_full_2026  cover_T05_2028  -4377.48802
    x_T05_full_2026  share_US_T05  -7295.813365
    x_T05_full_2026  share_BIH-COFIN_T05  -8754.976037999999
    x_T05_full_2026  entity_lo_FBiH  -8754.976037999999
    x_T05_full_2026  entity_hi_FBiH  -13132.464057000001
    x_T05_full_2026  entity_lo_RS  13132.464057000001
    x_T05_full_2026  entity_hi_RS  8754.976037999999
    x_T05_full_2026  absorb_F11_2026  4377.48802
    x_T05_full_2026  absorb_F11_2027  5836.65069
    x_T06_core_2024  OBJ  0.020922848518862874
    x_T06_core_2024  assign_T06  1
    x_T06_core_2024  cover_T06_2024  -6045.72761
    x_T06_core_2024  cover_T06_2025  -7389.22264
    x_T06_core_2024  share_UK_T06  -6717.475125
    x_T06_core_2024  share_BIH-COFIN_T06  -8060.970149999999
    x_T06_core_2024  entity_lo_FBiH  5373.980100000001
    x_T06_core_2024  entity_hi_FBiH  1343.4950249999997
    x_T06_core_2024  entity_lo_RS  -1343.4950250000002
    x_T06_core_2024  entity_hi_RS  -5373.980100000001
    x_T06_core_2024  absorb_F03_2025  7389.22264
    x_T06_core_2025  OBJ  0.015692136389147154
    x_T06_core_2025  assign_T06  1
    x_T06_core_2025  cover_T06_2025  -6045.72761
    x_T06_core_2025  cover_T06_2026  -7389.22264
    x_T06_core_2025  share_UK_T06  -6717.475125
    x_T06_core_2025  share_BIH-COFIN_T06  -8060.970149999999
    x_T06_core_2025  entity_lo_FBiH  5373.980100000001
    x_T06_core_2025  entity_hi_FBiH  1343.4950249999997
    x_T06_core_2025  entity_lo_RS  -1343.4950250000002
    x_T06_core_2025  entity_hi_RS  -5373.980100000001
    x_T06_core_2025  absorb_F03_2025  6045.72761
    x_T06_core_2025  absorb_F03_2026  7389.22264
    x_T06_core_2026  OBJ  0.010461424259431437
    x_T06_core_2026  assign_T06  1
    x_T06_core_2026  cover_T06_2026  -6045.72761
    x_T06_core_2026  cover_T06_2027  -7389.22264
    x_T06_core_2026  share_UK_T06  -6717.475125
    x_T06_core_2026  share_BIH-COFIN_T06  -8060.970149999999
    x_T06_core_2026  entity_lo_FBiH  5373.980100000001
    x_T06_core_2026  entity_hi_FBiH  1343.4950249999997
    x_T06_core_2026  entity_lo_RS  -1343.4950250000002
    x_T06_core_2026  entity_hi_RS  -5373.980100000001
    x_T06_core_2026  absorb_F03_2026  6045.72761
    x_T06_core_2026  absorb_F03_2027  7389.22264
    x_T06_full_2024  OBJ  0.03655164778960814
    x_T06_full_2024  assign_T06  1
    x_T06_full_2024  cover_T06_2024  -10076.21269
    x_T06_full_2024  cover_T06_2025  -12315.37107
    x_T06_full_2024  share_UK_T06  -11195.79188
    x_T06_full_2024  share_BIH-COFIN_T06  -13434.950256
    x_T06_full_2024  entity_lo_FBiH  8956.633504000001
    x_T06_full_2024  entity_hi_FBiH  2239.158376
    x_T06_full_2024  entity_lo_RS  -2239.1583760000003
    x_T06_full_2024  entity_hi_RS  -8956.633504000001
    x_T06_full_2024  absorb_F03_2025  12315.37107
    x_T06_full_2025  OBJ  0.0274137358422061
    x_T06_full_2025  assign_T06  1
    x_T06_full_2025  cover_T06_2025  -10076.21269
    x_T06_full_2025  cover_T06_2026  -12315.37107
    x_T06_full_2025  share_UK_T06  -11195.79188
    x_T06_full_2025  share_BIH-COFIN_T06  -13434.950256
    x_T06_full_2025  entity_lo_FBiH  8956.633504000001
    x_T06_full_2025  entity_hi_FBiH  2239.158376
    x_T06_full_2025  entity_lo_RS  -2239.1583760000003
    x_T06_full_2025  entity_hi_RS  -8956.633504000001
    x_T06_full_2025  absorb_F03_2025  10076.21269
    x_T06_full_2025  absorb_F03_2026  12315.37107
    x_T06_full_2026  OBJ  0.01827582389480407
    x_T06_full_2026  assign_T06  1
    x_T06_full_2026  cover_T06_2026  -10076.21269
    x_T06_full_2026  cover_T06_2027  -12315.37107
    x_T06_full_2026  share_UK_T06  -11195.79188
    x_T06_full_2026  share_BIH-COFIN_T06  -13434.950256
    x_T06_full_2026  entity_lo_FBiH  8956.633504000001
    x_T06_full_2026  entity_hi_FBiH  2239.158376
    x_T06_full_2026  entity_lo_RS  -2239.1583760000003
    x_T06_full_2026  entity_hi_RS  -8956.633504000001
    x_T06_full_2026  absorb_F03_2026  10076.21269
    x_T06_full_2026  absorb_F03_2027  12315.37107
    x_T07_pilot_2024  OBJ  0.00850052844435687
    x_T07_pilot_2024  assign_T07  1
    x_T07_pilot_2024  cover_T07_2024  -7521.89176
    x_T07_pilot_2024  cover_T07_2025  -9179.67712
    x_T07_pilot_2024  share_UK_T07  -8350.78444
    x_T07_pilot_2024  share_BIH-COFIN_T07  -10020.941327999999
    x_T07_pilot_2024  excl_T07_I04  1
    x_T07_pilot_2024  entity_lo_FBiH  6680.627552
    x_T07_pilot_2024  entity_hi_FBiH  1670.1568879999995
    x_T07_pilot_2024  entity_lo_RS  -1670.156888
    x_T07_pilot_2024  entity_hi_RS  -6680.627552
    x_T07_pilot_2024  absorb_F06_2024  7521.89176
    x_T07_pilot_2024  absorb_F06_2025  9179.67712
    x_T07_pilot_2025  OBJ  0.006375396333267652
    x_T07_pilot_2025  assign_T07  1
    x_T07_pilot_2025  cover_T07_2025  -7521.89176
    x_T07_pilot_2025  cover_T07_2026  -9179.67712
    x_T07_pilot_2025  share_UK_T07  -8350.78444
    x_T07_pilot_2025  share_BIH-COFIN_T07  -10020.941327999999
    x_T07_pilot_2025  excl_T07_I04  1
    x_T07_pilot_2025  entity_lo_FBiH  6680.627552
    x_T07_pilot_2025  entity_hi_FBiH  1670.1568879999995
    x_T07_pilot_2025  entity_lo_RS  -1670.156888
    x_T07_pilot_2025  entity_hi_RS  -6680.627552
    x_T07_pilot_2025  absorb_F06_2025  7521.89176
    x_T07_pilot_2025  absorb_F06_2026  9179.67712
    x_T07_core_2024  OBJ  0.01461360003690853
    x_T07_core_2024  assign_T07  1
    x_T07_core_2024  cover_T07_2024  -10020.94133
    x_T07_core_2024  cover_T07_2025  -13361.25511
    x_T07_core_2024  cover_T07_2026  -10020.94133
    x_T07_core_2024  share_UK_T07  -16701.568885
    x_T07_core_2024  share_BIH-COFIN_T07  -20041.882662
    x_T07_core_2024  excl_T07_I04  1
    x_T07_core_2024  entity_lo_FBiH  13361.255108000001
    x_T07_core_2024  entity_hi_FBiH  3340.3137769999994
    x_T07_core_2024  entity_lo_RS  -3340.3137770000003
    x_T07_core_2024  entity_hi_RS  -13361.255108000001
    x_T07_core_2024  absorb_F06_2024  10020.94133
    x_T07_core_2024  absorb_F06_2025  13361.25511
    x_T07_core_2024  absorb_F06_2026  10020.94133
    x_T07_core_2025  OBJ  0.009742400024605687
    x_T07_core_2025  assign_T07  1
    x_T07_core_2025  cover_T07_2025  -10020.94133
    x_T07_core_2025  cover_T07_2026  -13361.25511
    x_T07_core_2025  cover_T07_2027  -10020.94133
    x_T07_core_2025  share_UK_T07  -16701.568885
    x_T07_core_2025  share_BIH-COFIN_T07  -20041.882662
    x_T07_core_2025  excl_T07_I04  1
    x_T07_core_2025  entity_lo_FBiH  13361.255108000001
    x_T07_core_2025  entity_hi_FBiH  3340.3137769999994
    x_T07_core_2025  entity_lo_RS  -3340.3137770000003
    x_T07_core_2025  entity_hi_RS  -13361.255108000001
    x_T07_core_2025  absorb_F06_2025  10020.94133
    x_T07_core_2025  absorb_F06_2026  13361.25511
    x_T07_core_2025  absorb_F06_2027  10020.94133
    x_T07_full_2024  OBJ  0.026250748816473265
    x_T07_full_2024  assign_T07  1
    x_T07_full_2024  cover_T07_2024  -16701.56888
    x_T07_full_2024  cover_T07_2025  -22268.75851
    x_T07_full_2024  cover_T07_2026  -16701.56888
    x_T07_full_2024  share_UK_T07  -27835.948135
    x_T07_full_2024  share_BIH-COFIN_T07  -33403.137762
    x_T07_full_2024  excl_T07_I04  1
    x_T07_full_2024  entity_lo_FBiH  22268.758508
    x_T07_full_2024  entity_hi_FBiH  5567.189626999999
    x_T07_full_2024  entity_lo_RS  -5567.189627
    x_T07_full_2024  entity_hi_RS  -22268.758508
    x_T07_full_2024  absorb_F06_2024  16701.56888
    x_T07_full_2024  absorb_F06_2025  22268.75851
    x_T07_full_2024  absorb_F06_2026  16701.56888
    x_T07_full_2025  OBJ  0.017500499210982175
    x_T07_full_2025  assign_T07  1
    x_T07_full_2025  cover_T07_2025  -16701.56888
    x_T07_full_2025  cover_T07_2026  -22268.75851
    x_T07_full_2025  cover_T07_2027  -16701.56888
    x_T07_full_2025  share_UK_T07  -27835.948135
    x_T07_full_2025  share_BIH-COFIN_T07  -33403.137762
    x_T07_full_2025  excl_T07_I04  1
    x_T07_full_2025  entity_lo_FBiH  22268.758508
    x_T07_full_2025  entity_hi_FBiH  5567.189626999999
    x_T07_full_2025  entity_lo_RS  -5567.189627
    x_T07_full_2025  entity_hi_RS  -22268.758508
    x_T07_full_2025  absorb_F06_2025  16701.56888
    x_T07_full_2025  absorb_F06_2026  22268.75851
    x_T07_full_2025  absorb_F06_2027  16701.56888
    x_T08_core_2024  OBJ  0.008881162914130264
    x_T08_core_2024  assign_T08  1
    x_T08_core_2024  cover_T08_2024  -2207.14836
    x_T08_core_2024  cover_T08_2025  -2697.62578
    x_T08_core_2024  share_UK_T08  -2452.38707
    x_T08_core_2024  share_BIH-COFIN_T08  -2942.864484
    x_T08_core_2024  entity_lo_FBiH  1961.9096560000003
    x_T08_core_2024  entity_hi_FBiH  490.47741399999995
    x_T08_core_2024  entity_lo_RS  -490.47741400000007
    x_T08_core_2024  entity_hi_RS  -1961.9096560000003
    x_T08_core_2024  absorb_F07_2024  2207.14836
    x_T08_core_2024  absorb_F07_2025  2697.62578
    x_T08_core_2025  OBJ  0.006660872185597698
    x_T08_core_2025  assign_T08  1
    x_T08_core_2025  cover_T08_2025  -2207.14836
    x_T08_core_2025  cover_T08_2026  -2697.62578
    x_T08_core_2025  share_UK_T08  -2452.38707
    x_T08_core_2025  share_BIH-COFIN_T08  -2942.864484
    x_T08_core_2025  entity_lo_FBiH  1961.9096560000003
    x_T08_core_2025  entity_hi_FBiH  490.47741399999995
    x_T08_core_2025  entity_lo_RS  -490.47741400000007
    x_T08_core_2025  entity_hi_RS  -1961.9096560000003
    x_T08_core_2025  absorb_F07_2025  2207.14836
    x_T08_core_2025  absorb_F07_2026  2697.62578
    x_T08_core_2026  OBJ  0.004440581457065132
    x_T08_core_2026  assign_T08  1
    x_T08_core_2026  cover_T08_2026  -2207.14836
    x_T08_core_2026  cover_T08_2027  -2697.62578
    x_T08_core_2026  share_UK_T08  -2452.38707
    x_T08_core_2026  share_BIH-COFIN_T08  -2942.864484
    x_T08_core_2026  entity_lo_FBiH  1961.9096560000003
    x_T08_core_2026  entity_hi_FBiH  490.47741399999995
    x_T08_core_2026  entity_lo_RS  -490.47741400000007
    x_T08_core_2026  entity_hi_RS  -1961.9096560000003
    x_T08_core_2026  absorb_F07_2026  2207.14836
    x_T08_core_2026  absorb_F07_2027  2697.62578
    x_T08_full_2024  OBJ  0.016504164308962455
    x_T08_full_2024  assign_T08  1
    x_T08_full_2024  cover_T08_2024  -3678.5806
    x_T08_full_2024  cover_T08_2025  -4496.04296
    x_T08_full_2024  share_UK_T08  -4087.31178
    x_T08_full_2024  share_BIH-COFIN_T08  -4904.774136
    x_T08_full_2024  entity_lo_FBiH  3269.849424
    x_T08_full_2024  entity_hi_FBiH  817.4623559999998
    x_T08_full_2024  entity_lo_RS  -817.462356
    x_T08_full_2024  entity_hi_RS  -3269.849424
    x_T08_full_2024  absorb_F07_2024  3678.5806
    x_T08_full_2024  absorb_F07_2025  4496.04296
    x_T08_full_2025  OBJ  0.012378123231721841
    x_T08_full_2025  assign_T08  1
    x_T08_full_2025  cover_T08_2025  -3678.5806
    x_T08_full_2025  cover_T08_2026  -4496.04296
    x_T08_full_2025  share_UK_T08  -4087.31178
    x_T08_full_2025  share_BIH-COFIN_T08  -4904.774136
    x_T08_full_2025  entity_lo_FBiH  3269.849424
    x_T08_full_2025  entity_hi_FBiH  817.4623559999998
    x_T08_full_2025  entity_lo_RS  -817.462356
    x_T08_full_2025  entity_hi_RS  -3269.849424
    x_T08_full_2025  absorb_F07_2025  3678.5806
    x_T08_full_2025  absorb_F07_2026  4496.04296
    x_T08_full_2026  OBJ  0.008252082154481227
    x_T08_full_2026  assign_T08  1
    x_T08_full_2026  cover_T08_2026  -3678.5806
    x_T08_full_2026  cover_T08_2027  -4496.04296
    x_T08_full_2026  share_UK_T08  -4087.31178
    x_T08_full_2026  share_BIH-COFIN_T08  -4904.774136
    x_T08_full_2026  entity_lo_FBiH  3269.849424
    x_T08_full_2026  entity_hi_FBiH  817.4623559999998
    x_T08_full_2026  entity_lo_RS  -817.462356
    x_T08_full_2026  entity_hi_RS  -3269.849424
    x_T08_full_2026  absorb_F07_2026  3678.5806
    x_T08_full_2026  absorb_F07_2027  4496.04296
    x_T09_core_2024  OBJ  0.012428607990193916
    x_T09_core_2024  assign_T09  1
    x_T09_core_2024  cover_T09_2024  -3181.51377
    x_T09_core_2024  cover_T09_2025  -3888.51683
    x_T09_core_2024  share_UK_T09  -3535.0153
    x_T09_core_2024  share_BIH-COFIN_T09  -4242.01836
    x_T09_core_2024  entity_lo_FBiH  2828.01224
    x_T09_core_2024  entity_hi_FBiH  707.0030599999999
    x_T09_core_2024  entity_lo_RS  -707.00306
    x_T09_core_2024  entity_hi_RS  -2828.01224
    x_T09_core_2024  absorb_F04_2024  3181.51377
    x_T09_core_2024  absorb_F04_2025  3888.51683
    x_T09_core_2025  OBJ  0.009321455992645436
    x_T09_core_2025  assign_T09  1
    x_T09_core_2025  cover_T09_2025  -3181.51377
    x_T09_core_2025  cover_T09_2026  -3888.51683
    x_T09_core_2025  share_UK_T09  -3535.0153
    x_T09_core_2025  share_BIH-COFIN_T09  -4242.01836
    x_T09_core_2025  entity_lo_FBiH  2828.01224
    x_T09_core_2025  entity_hi_FBiH  707.0030599999999
    x_T09_core_2025  entity_lo_RS  -707.00306
    x_T09_core_2025  entity_hi_RS  -2828.01224
    x_T09_core_2025  absorb_F04_2025  3181.51377
    x_T09_core_2025  absorb_F04_2026  3888.51683
    x_T09_core_2026  OBJ  0.006214303995096958
    x_T09_core_2026  assign_T09  1
    x_T09_core_2026  cover_T09_2026  -3181.51377
    x_T09_core_2026  cover_T09_2027  -3888.51683
    x_T09_core_2026  share_UK_T09  -3535.0153
    x_T09_core_2026  share_BIH-COFIN_T09  -4242.01836
    x_T09_core_2026  entity_lo_FBiH  2828.01224
    x_T09_core_2026  entity_hi_FBiH  707.0030599999999
    x_T09_core_2026  entity_lo_RS  -707.00306
    x_T09_core_2026  entity_hi_RS  -2828.01224
    x_T09_core_2026  absorb_F04_2026  3181.51377
    x_T09_core_2026  absorb_F04_2027  3888.51683
    x_T09_full_2024  OBJ  0.022838209948856256
    x_T09_full_2024  assign_T09  1
    x_T09_full_2024  cover_T09_2024  -5302.52295
    x_T09_full_2024  cover_T09_2025  -6480.86139
    x_T09_full_2024  share_UK_T09  -5891.69217
    x_T09_full_2024  share_BIH-COFIN_T09  -7070.0306040000005
    x_T09_full_2024  entity_lo_FBiH  4713.353736
    x_T09_full_2024  entity_hi_FBiH  1178.3384339999998
    x_T09_full_2024  entity_lo_RS  -1178.338434
    x_T09_full_2024  entity_hi_RS  -4713.353736
    x_T09_full_2024  absorb_F04_2024  5302.52295
    x_T09_full_2024  absorb_F04_2025  6480.86139
    x_T09_full_2025  OBJ  0.01712865746164219
    x_T09_full_2025  assign_T09  1
    x_T09_full_2025  cover_T09_2025  -5302.52295
    x_T09_full_2025  cover_T09_2026  -6480.86139
    x_T09_full_2025  share_UK_T09  -5891.69217
    x_T09_full_2025  share_BIH-COFIN_T09  -7070.0306040000005
    x_T09_full_2025  entity_lo_FBiH  4713.353736
    x_T09_full_2025  entity_hi_FBiH  1178.3384339999998
    x_T09_full_2025  entity_lo_RS  -1178.338434
    x_T09_full_2025  entity_hi_RS  -4713.353736
    x_T09_full_2025  absorb_F04_2025  5302.52295
    x_T09_full_2025  absorb_F04_2026  6480.86139
    x_T09_full_2026  OBJ  0.011419104974428128
    x_T09_full_2026  assign_T09  1
    x_T09_full_2026  cover_T09_2026  -5302.52295
    x_T09_full_2026  cover_T09_2027  -6480.86139
    x_T09_full_2026  share_UK_T09  -5891.69217
    x_T09_full_2026  share_BIH-COFIN_T09  -7070.0306040000005
    x_T09_full_2026  entity_lo_FBiH  4713.353736
    x_T09_full_2026  entity_hi_FBiH  1178.3384339999998
    x_T09_full_2026  entity_lo_RS  -1178.338434
    x_T09_full_2026  entity_hi_RS  -4713.353736
    x_T09_full_2026  absorb_F04_2026  5302.52295
    x_T09_full_2026  absorb_F04_2027  6480.86139
    x_T10_core_2024  OBJ  0.016042414656755426
    x_T10_core_2024  assign_T10  1
    x_T10_core_2024  cover_T10_2024  -2230.34425
    x_T10_core_2024  share_UK_T10  -1115.172125
    x_T10_core_2024  share_BIH-COFIN_T10  -1338.20655
    x_T10_core_2024  req_T01_T10_2025  -1
    x_T10_core_2024  req_T01_T10_2026  -1
    x_T10_core_2024  req_T03_T10_2025  -1
    x_T10_core_2024  req_T03_T10_2026  -1
    x_T10_core_2024  req_T17_T10_2025  -1
    x_T10_core_2024  req_T17_T10_2026  -1
    x_T10_core_2024  entity_lo_FBiH  -1338.20655
    x_T10_core_2024  entity_hi_FBiH  -2007.309825
    x_T10_core_2024  entity_lo_RS  -223.03442500000003
    x_T10_core_2024  entity_hi_RS  -892.1377000000001
    x_T10_core_2025  OBJ  0.01283393172540434
    x_T10_core_2025  assign_T10  1
    x_T10_core_2025  cover_T10_2025  -2230.34425
    x_T10_core_2025  share_UK_T10  -1115.172125
    x_T10_core_2025  share_BIH-COFIN_T10  -1338.20655
    x_T10_core_2025  req_T01_T10_2026  -1
    x_T10_core_2025  req_T03_T10_2026  -1
    x_T10_core_2025  req_T17_T10_2026  -1
    x_T10_core_2025  entity_lo_FBiH  -1338.20655
    x_T10_core_2025  entity_hi_FBiH  -2007.309825
    x_T10_core_2025  entity_lo_RS  -223.03442500000003
    x_T10_core_2025  entity_hi_RS  -892.1377000000001
    x_T10_full_2024  OBJ  0.03245448835552325
    x_T10_full_2024  assign_T10  1
    x_T10_full_2024  cover_T10_2024  -3717.24042
    x_T10_full_2024  share_UK_T10  -1858.62021
    x_T10_full_2024  share_BIH-COFIN_T10  -2230.344252
    x_T10_full_2024  req_T01_T10_2025  -1
    x_T10_full_2024  req_T01_T10_2026  -1
    x_T10_full_2024  req_T03_T10_2025  -1
    x_T10_full_2024  req_T03_T10_2026  -1
    x_T10_full_2024  req_T17_T10_2025  -1
    x_T10_full_2024  req_T17_T10_2026  -1
    x_T10_full_2024  entity_lo_FBiH  -2230.344252
    x_T10_full_2024  entity_hi_FBiH  -3345.5163780000003
    x_T10_full_2024  entity_lo_RS  -371.72404200000005
    x_T10_full_2024  entity_hi_RS  -1486.8961680000002
    x_T10_full_2025  OBJ  0.025963590684418603
    x_T10_full_2025  assign_T10  1
    x_T10_full_2025  cover_T10_2025  -3717.24042
    x_T10_full_2025  share_UK_T10  -1858.62021
    x_T10_full_2025  share_BIH-COFIN_T10  -2230.344252
    x_T10_full_2025  req_T01_T10_2026  -1
    x_T10_full_2025  req_T03_T10_2026  -1
    x_T10_full_2025  req_T17_T10_2026  -1
    x_T10_full_2025  entity_lo_FBiH  -2230.344252
    x_T10_full_2025  entity_hi_FBiH  -3345.5163780000003
    x_T10_full_2025  entity_lo_RS  -371.72404200000005
    x_T10_full_2025  entity_hi_RS  -1486.8961680000002
    x_T11_core_2024  OBJ  0.011614296824799131
    x_T11_core_2024  assign_T11  1
    x_T11_core_2024  cover_T11_2024  -3434.5967
    x_T11_core_2024  cover_T11_2025  -4579.46227
    x_T11_core_2024  cover_T11_2026  -3434.5967
    x_T11_core_2024  share_TR_T11  -5724.327835
    x_T11_core_2024  share_BIH-COFIN_T11  -6869.193402
    x_T11_core_2024  entity_lo_FBiH  4579.462268
    x_T11_core_2024  entity_hi_FBiH  1144.8655669999998
    x_T11_core_2024  entity_lo_RS  -1144.865567
    x_T11_core_2024  entity_hi_RS  -4579.462268
    x_T11_core_2024  absorb_F04_2024  3434.5967
    x_T11_core_2024  absorb_F04_2025  4579.46227
    x_T11_core_2024  absorb_F04_2026  3434.5967
    x_T11_core_2025  OBJ  0.007742864549866089
    x_T11_core_2025  assign_T11  1
    x_T11_core_2025  cover_T11_2025  -3434.5967
    x_T11_core_2025  cover_T11_2026  -4579.46227
    x_T11_core_2025  cover_T11_2027  -3434.5967
    x_T11_core_2025  share_TR_T11  -5724.327835
    x_T11_core_2025  share_BIH-COFIN_T11  -6869.193402
    x_T11_core_2025  entity_lo_FBiH  4579.462268
    x_T11_core_2025  entity_hi_FBiH  1144.8655669999998
    x_T11_core_2025  entity_lo_RS  -1144.865567
    x_T11_core_2025  entity_hi_RS  -4579.462268
    x_T11_core_2025  absorb_F04_2025  3434.5967
    x_T11_core_2025  absorb_F04_2026  4579.46227
    x_T11_core_2025  absorb_F04_2027  3434.5967
    x_T11_core_2026  OBJ  0.0038714322749330444
    x_T11_core_2026  assign_T11  1
    x_T11_core_2026  cover_T11_2026  -3434.5967
    x_T11_core_2026  cover_T11_2027  -4579.46227
    x_T11_core_2026  cover_T11_2028  -3434.5967
    x_T11_core_2026  share_TR_T11  -5724.327835
    x_T11_core_2026  share_BIH-COFIN_T11  -6869.193402
    x_T11_core_2026  entity_lo_FBiH  4579.462268
    x_T11_core_2026  entity_hi_FBiH  1144.8655669999998
    x_T11_core_2026  entity_lo_RS  -1144.865567
    x_T11_core_2026  entity_hi_RS  -4579.462268
    x_T11_core_2026  absorb_F04_2026  3434.5967
    x_T11_core_2026  absorb_F04_2027  4579.46227
    x_T11_full_2024  OBJ  0.018054421579419173
    x_T11_full_2024  assign_T11  1
    x_T11_full_2024  cover_T11_2024  -5724.32784
    x_T11_full_2024  cover_T11_2025  -7632.43712
    x_T11_full_2024  cover_T11_2026  -5724.32784
    x_T11_full_2024  share_TR_T11  -9540.5464
    x_T11_full_2024  share_BIH-COFIN_T11  -11448.655679999998
    x_T11_full_2024  entity_lo_FBiH  7632.43712
    x_T11_full_2024  entity_hi_FBiH  1908.1092799999994
    x_T11_full_2024  entity_lo_RS  -1908.10928
    x_T11_full_2024  entity_hi_RS  -7632.43712
    x_T11_full_2024  absorb_F04_2024  5724.32784
    x_T11_full_2024  absorb_F04_2025  7632.43712
    x_T11_full_2024  absorb_F04_2026  5724.32784
    x_T11_full_2025  OBJ  0.012036281052946116
    x_T11_full_2025  assign_T11  1
    x_T11_full_2025  cover_T11_2025  -5724.32784
    x_T11_full_2025  cover_T11_2026  -7632.43712
    x_T11_full_2025  cover_T11_2027  -5724.32784
    x_T11_full_2025  share_TR_T11  -9540.5464
    x_T11_full_2025  share_BIH-COFIN_T11  -11448.655679999998
    x_T11_full_2025  entity_lo_FBiH  7632.43712
    x_T11_full_2025  entity_hi_FBiH  1908.1092799999994
    x_T11_full_2025  entity_lo_RS  -1908.10928
    x_T11_full_2025  entity_hi_RS  -7632.43712
    x_T11_full_2025  absorb_F04_2025  5724.32784
    x_T11_full_2025  absorb_F04_2026  7632.43712
    x_T11_full_2025  absorb_F04_2027  5724.32784
    x_T11_full_2026  OBJ  0.006018140526473058
    x_T11_full_2026  assign_T11  1
    x_T11_full_2026  cover_T11_2026  -5724.32784
    x_T11_full_2026  cover_T11_2027  -7632.43712
    x_T11_full_2026  cover_T11_2028  -5724.32784
    x_T11_full_2026  share_TR_T11  -9540.5464
    x_T11_full_2026  share_BIH-COFIN_T11  -11448.655679999998
    x_T11_full_2026  entity_lo_FBiH  7632.43712
    x_T11_full_2026  entity_hi_FBiH  1908.1092799999994
    x_T11_full_2026  entity_lo_RS  -1908.10928
    x_T11_full_2026  entity_hi_RS  -7632.43712
    x_T11_full_2026  absorb_F04_2026  5724.32784
    x_T11_full_2026  absorb_F04_2027  7632.43712
    x_T12_core_2024  OBJ  0.005933379934976342
    x_T12_core_2024  assign_T12  1
    x_T12_core_2024  cover_T12_2024  -2067.97057
    x_T12_core_2024  cover_T12_2025  -2527.51958
    x_T12_core_2024  share_TR_T12  -2297.745075
    x_T12_core_2024  share_BIH-COFIN_T12  -2757.29409
    x_T12_core_2024  entity_lo_FBiH  1838.19606
    x_T12_core_2024  entity_hi_FBiH  459.5490149999999
    x_T12_core_2024  entity_lo_RS  -459.549015
    x_T12_core_2024  entity_hi_RS  -1838.19606
    x_T12_core_2024  absorb_F08_2024  2067.97057
    x_T12_core_2024  absorb_F08_2025  2527.51958
    x_T12_core_2025  OBJ  0.004450034951232256
    x_T12_core_2025  assign_T12  1
    x_T12_core_2025  cover_T12_2025  -2067.97057
    x_T12_core_2025  cover_T12_2026  -2527.51958
    x_T12_core_2025  share_TR_T12  -2297.745075
    x_T12_core_2025  share_BIH-COFIN_T12  -2757.29409
    x_T12_core_2025  entity_lo_FBiH  1838.19606
    x_T12_core_2025  entity_hi_FBiH  459.5490149999999
    x_T12_core_2025  entity_lo_RS  -459.549015
    x_T12_core_2025  entity_hi_RS  -1838.19606
    x_T12_core_2025  absorb_F08_2025  2067.97057
    x_T12_core_2025  absorb_F08_2026  2527.51958
    x_T12_core_2026  OBJ  0.002966689967488171
    x_T12_core_2026  assign_T12  1
    x_T12_core_2026  cover_T12_2026  -2067.97057
    x_T12_core_2026  cover_T12_2027  -2527.51958
    x_T12_core_2026  share_TR_T12  -2297.745075
    x_T12_core_2026  share_BIH-COFIN_T12  -2757.29409
    x_T12_core_2026  entity_lo_FBiH  1838.19606
    x_T12_core_2026  entity_hi_FBiH  459.5490149999999
    x_T12_core_2026  entity_lo_RS  -459.549015
    x_T12_core_2026  entity_hi_RS  -1838.19606
    x_T12_core_2026  absorb_F08_2026  2067.97057
    x_T12_core_2026  absorb_F08_2027  2527.51958
    x_T12_full_2024  OBJ  0.010534583141759478
    x_T12_full_2024  assign_T12  1
    x_T12_full_2024  cover_T12_2024  -3446.61761
    x_T12_full_2024  cover_T12_2025  -4212.53264
    x_T12_full_2024  share_TR_T12  -3829.575125
    x_T12_full_2024  share_BIH-COFIN_T12  -4595.49015
    x_T12_full_2024  entity_lo_FBiH  3063.6601
    x_T12_full_2024  entity_hi_FBiH  765.9150249999998
    x_T12_full_2024  entity_lo_RS  -765.915025
    x_T12_full_2024  entity_hi_RS  -3063.6601
    x_T12_full_2024  absorb_F08_2024  3446.61761
    x_T12_full_2024  absorb_F08_2025  4212.53264
    x_T12_full_2025  OBJ  0.007900937356319608
    x_T12_full_2025  assign_T12  1
    x_T12_full_2025  cover_T12_2025  -3446.61761
    x_T12_full_2025  cover_T12_2026  -4212.53264
    x_T12_full_2025  share_TR_T12  -3829.575125
    x_T12_full_2025  share_BIH-COFIN_T12  -4595.49015
    x_T12_full_2025  entity_lo_FBiH  3063.6601
    x_T12_full_2025  entity_hi_FBiH  765.9150249999998
    x_T12_full_2025  entity_lo_RS  -765.915025
    x_T12_full_2025  entity_hi_RS  -3063.6601
    x_T12_full_2025  absorb_F08_2025  3446.61761
    x_T12_full_2025  absorb_F08_2026  4212.53264
    x_T12_full_2026  OBJ  0.005267291570879739
    x_T12_full_2026  assign_T12  1
    x_T12_full_2026  cover_T12_2026  -3446.61761
    x_T12_full_2026  cover_T12_2027  -4212.53264
    x_T12_full_2026  share_TR_T12  -3829.575125
    x_T12_full_2026  share_BIH-COFIN_T12  -4595.49015
    x_T12_full_2026  entity_lo_FBiH  3063.6601
    x_T12_full_2026  entity_hi_FBiH  765.9150249999998
    x_T12_full_2026  entity_lo_RS  -765.915025
    x_T12_full_2026  entity_hi_RS  -3063.6601
    x_T12_full_2026  absorb_F08_2026  3446.61761
    x_T12_full_2026  absorb_F08_2027  4212.53264
    x_T13_core_2024  OBJ  0.01153774487162513
    x_T13_core_2024  assign_T13  1
    x_T13_core_2024  cover_T13_2024  -2609.11835
    x_T13_core_2024  cover_T13_2025  -3188.92243
    x_T13_core_2024  share_TR_T13  -2899.02039
    x_T13_core_2024  share_BIH-COFIN_T13  -3478.8244680000003
    x_T13_core_2024  entity_lo_FBiH  2319.216312
    x_T13_core_2024  entity_hi_FBiH  579.8040779999999
    x_T13_core_2024  entity_lo_RS  -579.804078
    x_T13_core_2024  entity_hi_RS  -2319.216312
    x_T13_core_2024  absorb_F05_2024  2609.11835
    x_T13_core_2024  absorb_F05_2025  3188.92243
    x_T13_core_2025  OBJ  0.008653308653718847
    x_T13_core_2025  assign_T13  1
    x_T13_core_2025  cover_T13_2025  -2609.11835
    x_T13_core_2025  cover_T13_2026  -3188.92243
    x_T13_core_2025  share_TR_T13  -2899.02039
    x_T13_core_2025  share_BIH-COFIN_T13  -3478.8244680000003
    x_T13_core_2025  entity_lo_FBiH  2319.216312
    x_T13_core_2025  entity_hi_FBiH  579.8040779999999
    x_T13_core_2025  entity_lo_RS  -579.804078
    x_T13_core_2025  entity_hi_RS  -2319.216312
    x_T13_core_2025  absorb_F05_2025  2609.11835
    x_T13_core_2025  absorb_F05_2026  3188.92243
    x_T13_core_2026  OBJ  0.005768872435812565
    x_T13_core_2026  assign_T13  1
    x_T13_core_2026  cover_T13_2026  -2609.11835
    x_T13_core_2026  cover_T13_2027  -3188.92243
    x_T13_core_2026  share_TR_T13  -2899.02039
    x_T13_core_2026  share_BIH-COFIN_T13  -3478.8244680000003
    x_T13_core_2026  entity_lo_FBiH  2319.216312
    x_T13_core_2026  entity_hi_FBiH  579.8040779999999
    x_T13_core_2026  entity_lo_RS  -579.804078
    x_T13_core_2026  entity_hi_RS  -2319.216312
    x_T13_core_2026  absorb_F05_2026  2609.11835
    x_T13_core_2026  absorb_F05_2027  3188.92243
    x_T13_full_2024  OBJ  0.0188056811919372
    x_T13_full_2024  assign_T13  1
    x_T13_full_2024  cover_T13_2024  -4348.53058
    x_T13_full_2024  cover_T13_2025  -5314.87071
    x_T13_full_2024  share_TR_T13  -4831.700645
    x_T13_full_2024  share_BIH-COFIN_T13  -5798.040774
    x_T13_full_2024  entity_lo_FBiH  3865.360516
    x_T13_full_2024  entity_hi_FBiH  966.3401289999998
    x_T13_full_2024  entity_lo_RS  -966.340129
    x_T13_full_2024  entity_hi_RS  -3865.360516
    x_T13_full_2024  absorb_F05_2024  4348.53058
    x_T13_full_2024  absorb_F05_2025  5314.87071
    x_T13_full_2025  OBJ  0.014104260893952898
    x_T13_full_2025  assign_T13  1
    x_T13_full_2025  cover_T13_2025  -4348.53058
    x_T13_full_2025  cover_T13_2026  -5314.87071
    x_T13_full_2025  share_TR_T13  -4831.700645
    x_T13_full_2025  share_BIH-COFIN_T13  -5798.040774
    x_T13_full_2025  entity_lo_FBiH  3865.360516
    x_T13_full_2025  entity_hi_FBiH  966.3401289999998
    x_T13_full_2025  entity_lo_RS  -966.340129
    x_T13_full_2025  entity_hi_RS  -3865.360516
    x_T13_full_2025  absorb_F05_2025  4348.53058
    x_T13_full_2025  absorb_F05_2026  5314.87071
    x_T13_full_2026  OBJ  0.0094028405959686
    x_T13_full_2026  assign_T13  1
    x_T13_full_2026  cover_T13_2026  -4348.53058
    x_T13_full_2026  cover_T13_2027  -5314.87071
    x_T13_full_2026  share_TR_T13  -4831.700645
    x_T13_full_2026  share_BIH-COFIN_T13  -5798.040774
    x_T13_full_2026  entity_lo_FBiH  3865.360516
    x_T13_full_2026  entity_hi_FBiH  966.3401289999998
    x_T13_full_2026  entity_lo_RS  -966.340129
    x_T13_full_2026  entity_hi_RS  -3865.360516
    x_T13_full_2026  absorb_F05_2026  4348.53058
    x_T13_full_2026  absorb_F05_2027  5314.87071
    x_T14_pilot_2025  OBJ  0.009934687697442574
    x_T14_pilot_2025  assign_T14  1
    x_T14_pilot_2025  cover_T14_2025  -5264.8338
    x_T14_pilot_2025  share_TR_T14  -2632.4169
    x_T14_pilot_2025  share_BIH-COFIN_T14  -3158.9002800000003
    x_T14_pilot_2025  entity_lo_FBiH  2105.93352
    x_T14_pilot_2025  entity_hi_FBiH  526.4833799999999
    x_T14_pilot_2025  entity_lo_RS  -526.48338
    x_T14_pilot_2025  entity_hi_RS  -2105.93352
    x_T14_pilot_2025  absorb_F01_2025  5264.8338
    x_T14_pilot_2026  OBJ  0.00745101577308193
    x_T14_pilot_2026  assign_T14  1
    x_T14_pilot_2026  cover_T14_2026  -5264.8338
    x_T14_pilot_2026  share_TR_T14  -2632.4169
    x_T14_pilot_2026  share_BIH-COFIN_T14  -3158.9002800000003
    x_T14_pilot_2026  entity_lo_FBiH  2105.93352
    x_T14_pilot_2026  entity_hi_FBiH  526.4833799999999
    x_T14_pilot_2026  entity_lo_RS  -526.48338
    x_T14_pilot_2026  entity_hi_RS  -2105.93352
    x_T14_pilot_2026  absorb_F01_2026  5264.8338
    x_T14_core_2025  OBJ  0.012007981316435034
    x_T14_core_2025  assign_T14  1
    x_T14_core_2025  cover_T14_2025  -4738.35042
    x_T14_core_2025  cover_T14_2026  -5791.31718
    x_T14_core_2025  share_TR_T14  -5264.8338
    x_T14_core_2025  share_BIH-COFIN_T14  -6317.800560000001
    x_T14_core_2025  entity_lo_FBiH  4211.86704
    x_T14_core_2025  entity_hi_FBiH  1052.9667599999998
    x_T14_core_2025  entity_lo_RS  -1052.96676
    x_T14_core_2025  entity_hi_RS  -4211.86704
    x_T14_core_2025  absorb_F01_2025  4738.35042
    x_T14_core_2025  absorb_F01_2026  5791.31718
    x_T14_core_2026  OBJ  0.008005320877623357
    x_T14_core_2026  assign_T14  1
    x_T14_core_2026  cover_T14_2026  -4738.35042
    x_T14_core_2026  cover_T14_2027  -5791.31718
    x_T14_core_2026  share_TR_T14  -5264.8338
    x_T14_core_2026  share_BIH-COFIN_T14  -6317.800560000001
    x_T14_core_2026  entity_lo_FBiH  4211.86704
    x_T14_core_2026  entity_hi_FBiH  1052.9667599999998
    x_T14_core_2026  entity_lo_RS  -1052.96676
    x_T14_core_2026  entity_hi_RS  -4211.86704
    x_T14_core_2026  absorb_F01_2026  4738.35042
    x_T14_core_2026  absorb_F01_2027  5791.31718
    x_T14_full_2025  OBJ  0.02210944868587024
    x_T14_full_2025  assign_T14  1
    x_T14_full_2025  cover_T14_2025  -7897.25069
    x_T14_full_2025  cover_T14_2026  -9652.19529
    x_T14_full_2025  share_TR_T14  -8774.72299
    x_T14_full_2025  share_BIH-COFIN_T14  -10529.667588
    x_T14_full_2025  entity_lo_FBiH  7019.778392
    x_T14_full_2025  entity_hi_FBiH  1754.9445979999996
    x_T14_full_2025  entity_lo_RS  -1754.944598
    x_T14_full_2025  entity_hi_RS  -7019.778392
    x_T14_full_2025  absorb_F01_2025  7897.25069
    x_T14_full_2025  absorb_F01_2026  9652.19529
    x_T14_full_2026  OBJ  0.014739632457246826
    x_T14_full_2026  assign_T14  1
    x_T14_full_2026  cover_T14_2026  -7897.25069
    x_T14_full_2026  cover_T14_2027  -9652.19529
    x_T14_full_2026  share_TR_T14  -8774.72299
    x_T14_full_2026  share_BIH-COFIN_T14  -10529.667588
    x_T14_full_2026  entity_lo_FBiH  7019.778392
    x_T14_full_2026  entity_hi_FBiH  1754.9445979999996
    x_T14_full_2026  entity_lo_RS  -1754.944598
    x_T14_full_2026  entity_hi_RS  -7019.778392
    x_T14_full_2026  absorb_F01_2026  7897.25069
    x_T14_full_2026  absorb_F01_2027  9652.19529
    x_T15_core_2024  OBJ  0.00883358216920704
    x_T15_core_2024  assign_T15  1
    x_T15_core_2024  cover_T15_2024  -1813.92407
    x_T15_core_2024  cover_T15_2025  -2217.0183
    x_T15_core_2024  share_TR_T15  -2015.471185
    x_T15_core_2024  share_BIH-COFIN_T15  -2418.565422
    x_T15_core_2024  excl_T15_T16  1
    x_T15_core_2024  entity_lo_FBiH  1612.376948
    x_T15_core_2024  entity_hi_FBiH  403.0942369999999
    x_T15_core_2024  entity_lo_RS  -403.094237
    x_T15_core_2024  entity_hi_RS  -1612.376948
    x_T15_core_2024  absorb_F02_2024  1813.92407
    x_T15_core_2024  absorb_F02_2025  2217.0183
    x_T15_core_2025  OBJ  0.006625186626905279
    x_T15_core_2025  assign_T15  1
    x_T15_core_2025  cover_T15_2025  -1813.92407
    x_T15_core_2025  cover_T15_2026  -2217.0183
    x_T15_core_2025  share_TR_T15  -2015.471185
    x_T15_core_2025  share_BIH-COFIN_T15  -2418.565422
    x_T15_core_2025  excl_T15_T16  1
    x_T15_core_2025  entity_lo_FBiH  1612.376948
    x_T15_core_2025  entity_hi_FBiH  403.0942369999999
    x_T15_core_2025  entity_lo_RS  -403.094237
    x_T15_core_2025  entity_hi_RS  -1612.376948
    x_T15_core_2025  absorb_F02_2025  1813.92407
    x_T15_core_2025  absorb_F02_2026  2217.0183
    x_T15_core_2026  OBJ  0.00441679108460352
    x_T15_core_2026  assign_T15  1
    x_T15_core_2026  cover_T15_2026  -1813.92407
    x_T15_core_2026  cover_T15_2027  -2217.0183
    x_T15_core_2026  share_TR_T15  -2015.471185
    x_T15_core_2026  share_BIH-COFIN_T15  -2418.565422
    x_T15_core_2026  excl_T15_T16  1
    x_T15_core_2026  entity_lo_FBiH  1612.376948
    x_T15_core_2026  entity_hi_FBiH  403.0942369999999
    x_T15_core_2026  entity_lo_RS  -403.094237
    x_T15_core_2026  entity_hi_RS  -1612.376948
    x_T15_core_2026  absorb_F02_2026  1813.92407
    x_T15_core_2026  absorb_F02_2027  2217.0183
    x_T15_full_2024  OBJ  0.013368697322708407
    x_T15_full_2024  assign_T15  1
    x_T15_full_2024  cover_T15_2024  -3023.20678
    x_T15_full_2024  cover_T15_2025  -3695.03051
    x_T15_full_2024  share_TR_T15  -3359.118645
    x_T15_full_2024  share_BIH-COFIN_T15  -4030.9423739999997
    x_T15_full_2024  excl_T15_T16  1
    x_T15_full_2024  entity_lo_FBiH  2687.2949160000003
    x_T15_full_2024  entity_hi_FBiH  671.8237289999998
    x_T15_full_2024  entity_lo_RS  -671.8237290000001
    x_T15_full_2024  entity_hi_RS  -2687.2949160000003
    x_T15_full_2024  absorb_F02_2024  3023.20678
    x_T15_full_2024  absorb_F02_2025  3695.03051
    x_T15_full_2025  OBJ  0.010026522992031304
    x_T15_full_2025  assign_T15  1
    x_T15_full_2025  cover_T15_2025  -3023.20678
    x_T15_full_2025  cover_T15_2026  -3695.03051
    x_T15_full_2025  share_TR_T15  -3359.118645
    x_T15_full_2025  share_BIH-COFIN_T15  -4030.9423739999997
    x_T15_full_2025  excl_T15_T16  1
    x_T15_full_2025  entity_lo_FBiH  2687.2949160000003
    x_T15_full_2025  entity_hi_FBiH  671.8237289999998
    x_T15_full_2025  entity_lo_RS  -671.8237290000001
    x_T15_full_2025  entity_hi_RS  -2687.2949160000003
    x_T15_full_2025  absorb_F02_2025  3023.20678
    x_T15_full_2025  absorb_F02_2026  3695.03051
    x_T15_full_2026  OBJ  0.006684348661354204
    x_T15_full_2026  assign_T15  1
    x_T15_full_2026  cover_T15_2026  -3023.20678
    x_T15_full_2026  cover_T15_2027  -3695.03051
    x_T15_full_2026  share_TR_T15  -3359.118645
    x_T15_full_2026  share_BIH-COFIN_T15  -4030.9423739999997
    x_T15_full_2026  excl_T15_T16  1
    x_T15_full_2026  entity_lo_FBiH  2687.2949160000003
    x_T15_full_2026  entity_hi_FBiH  671.8237289999998
    x_T15_full_2026  entity_lo_RS  -671.8237290000001
    x_T15_full_2026  entity_hi_RS  -2687.2949160000003
    x_T15_full_2026  absorb_F02_2026  3023.20678
    x_T15_full_2026  absorb_F02_2027  3695.03051
    x_T16_core_2024  OBJ  0.01821298346553546
    x_T16_core_2024  assign_T16  1
    x_T16_core_2024  cover_T16_2024  -4656.03616
    x_T16_core_2024  cover_T16_2025  -5690.71086
    x_T16_core_2024  share_NO_T16  -5173.37351
    x_T16_core_2024  share_BIH-COFIN_T16  -6208.048212000001
    x_T16_core_2024  excl_T15_T16  1
    x_T16_core_2024  entity_lo_FBiH  4138.698808
    x_T16_core_2024  entity_hi_FBiH  1034.6747019999998
    x_T16_core_2024  entity_lo_RS  -1034.674702
    x_T16_core_2024  entity_hi_RS  -4138.698808
    x_T16_core_2024  absorb_F02_2024  4656.03616
    x_T16_core_2024  absorb_F02_2025  5690.71086
    x_T16_core_2025  OBJ  0.013659737599151595
    x_T16_core_2025  assign_T16  1
    x_T16_core_2025  cover_T16_2025  -4656.03616
    x_T16_core_2025  cover_T16_2026  -5690.71086
    x_T16_core_2025  share_NO_T16  -5173.37351
    x_T16_core_2025  share_BIH-COFIN_T16  -6208.048212000001
    x_T16_core_2025  excl_T15_T16  1
    x_T16_core_2025  entity_lo_FBiH  4138.698808
    x_T16_core_2025  entity_hi_FBiH  1034.6747019999998
    x_T16_core_2025  entity_lo_RS  -1034.674702
    x_T16_core_2025  entity_hi_RS  -4138.698808
    x_T16_core_2025  absorb_F02_2025  4656.03616
    x_T16_core_2025  absorb_F02_2026  5690.71086
    x_T16_core_2026  OBJ  0.00910649173276773
    x_T16_core_2026  assign_T16  1
    x_T16_core_2026  cover_T16_2026  -4656.03616
    x_T16_core_2026  cover_T16_2027  -5690.71086
    x_T16_core_2026  share_NO_T16  -5173.37351
    x_T16_core_2026  share_BIH-COFIN_T16  -6208.048212000001
    x_T16_core_2026  excl_T15_T16  1
    x_T16_core_2026  entity_lo_FBiH  4138.698808
    x_T16_core_2026  entity_hi_FBiH  1034.6747019999998
    x_T16_core_2026  entity_lo_RS  -1034.674702
    x_T16_core_2026  entity_hi_RS  -4138.698808
    x_T16_core_2026  absorb_F02_2026  4656.03616
    x_T16_core_2026  absorb_F02_2027  5690.71086
    x_T16_full_2024  OBJ  0.03152158087112469
    x_T16_full_2024  assign_T16  1
    x_T16_full_2024  cover_T16_2024  -7760.06027
    x_T16_full_2024  cover_T16_2025  -9484.5181
    x_T16_full_2024  share_NO_T16  -8622.289185
    x_T16_full_2024  share_BIH-COFIN_T16  -10346.747022
    x_T16_full_2024  excl_T15_T16  1
    x_T16_full_2024  entity_lo_FBiH  6897.831348
    x_T16_full_2024  entity_hi_FBiH  1724.4578369999995
    x_T16_full_2024  entity_lo_RS  -1724.457837
    x_T16_full_2024  entity_hi_RS  -6897.831348
    x_T16_full_2024  absorb_F02_2024  7760.06027
    x_T16_full_2024  absorb_F02_2025  9484.5181
    x_T16_full_2025  OBJ  0.023641185653343517
    x_T16_full_2025  assign_T16  1
    x_T16_full_2025  cover_T16_2025  -7760.06027
    x_T16_full_2025  cover_T16_2026  -9484.5181
    x_T16_full_2025  share_NO_T16  -8622.289185
    x_T16_full_2025  share_BIH-COFIN_T16  -10346.747022
    x_T16_full_2025  excl_T15_T16  1
    x_T16_full_2025  entity_lo_FBiH  6897.831348
    x_T16_full_2025  entity_hi_FBiH  1724.4578369999995
    x_T16_full_2025  entity_lo_RS  -1724.457837
    x_T16_full_2025  entity_hi_RS  -6897.831348
    x_T16_full_2025  absorb_F02_2025  7760.06027
    x_T16_full_2025  absorb_F02_2026  9484.5181
    x_T16_full_2026  OBJ  0.015760790435562343
    x_T16_full_2026  assign_T16  1
    x_T16_full_2026  cover_T16_2026  -7760.06027
    x_T16_full_2026  cover_T16_2027  -9484.5181
    x_T16_full_2026  share_NO_T16  -8622.289185
    x_T16_full_2026  share_BIH-COFIN_T16  -10346.747022
    x_T16_full_2026  excl_T15_T16  1
    x_T16_full_2026  entity_lo_FBiH  6897.831348
    x_T16_full_2026  entity_hi_FBiH  1724.4578369999995
    x_T16_full_2026  entity_lo_RS  -1724.457837
    x_T16_full_2026  entity_hi_RS  -6897.831348
    x_T16_full_2026  absorb_F02_2026  7760.06027
    x_T16_full_2026  absorb_F02_2027  9484.5181
    x_T17_core_2025  OBJ  0.015547366761282197
    x_T17_core_2025  assign_T17  1
    x_T17_core_2025  cover_T17_2025  -5778.0849
    x_T17_core_2025  cover_T17_2026  -7704.1132
    x_T17_core_2025  cover_T17_2027  -5778.0849
    x_T17_core_2025  share_NO_T17  -9630.1415
    x_T17_core_2025  share_BIH-COFIN_T17  -11556.1698
    x_T17_core_2025  req_T17_T10_2025  1
    x_T17_core_2025  req_T17_T10_2026  1
    x_T17_core_2025  entity_lo_FBiH  7704.1132
    x_T17_core_2025  entity_hi_FBiH  1926.0282999999995
    x_T17_core_2025  entity_lo_RS  -1926.0283
    x_T17_core_2025  entity_hi_RS  -7704.1132
    x_T17_core_2025  absorb_F03_2025  5778.0849
    x_T17_core_2025  absorb_F03_2026  7704.1132
    x_T17_core_2025  absorb_F03_2027  5778.0849
    x_T17_core_2026  OBJ  0.0077736833806410985
    x_T17_core_2026  assign_T17  1
    x_T17_core_2026  cover_T17_2026  -5778.0849
    x_T17_core_2026  cover_T17_2027  -7704.1132
    x_T17_core_2026  cover_T17_2028  -5778.0849
    x_T17_core_2026  share_NO_T17  -9630.1415
    x_T17_core_2026  share_BIH-COFIN_T17  -11556.1698
    x_T17_core_2026  req_T17_T10_2026  1
    x_T17_core_2026  entity_lo_FBiH  7704.1132
    x_T17_core_2026  entity_hi_FBiH  1926.0282999999995
    x_T17_core_2026  entity_lo_RS  -1926.0283
    x_T17_core_2026  entity_hi_RS  -7704.1132
    x_T17_core_2026  absorb_F03_2026  5778.0849
    x_T17_core_2026  absorb_F03_2027  7704.1132
    x_T17_core_2026  absorb_F03_2028  5778.0849
    x_T17_full_2025  OBJ  0.023797841260411387
    x_T17_full_2025  assign_T17  1
    x_T17_full_2025  cover_T17_2025  -9630.1415
    x_T17_full_2025  cover_T17_2026  -12840.18867
    x_T17_full_2025  cover_T17_2027  -9630.1415
    x_T17_full_2025  share_NO_T17  -16050.235835
    x_T17_full_2025  share_BIH-COFIN_T17  -19260.283002
    x_T17_full_2025  req_T17_T10_2025  1
    x_T17_full_2025  req_T17_T10_2026  1
    x_T17_full_2025  entity_lo_FBiH  12840.188668
    x_T17_full_2025  entity_hi_FBiH  3210.0471669999993
    x_T17_full_2025  entity_lo_RS  -3210.047167
    x_T17_full_2025  entity_hi_RS  -12840.188668
    x_T17_full_2025  absorb_F03_2025  9630.1415
    x_T17_full_2025  absorb_F03_2026  12840.18867
    x_T17_full_2025  absorb_F03_2027  9630.1415
    x_T17_full_2026  OBJ  0.011898920630205694
    x_T17_full_2026  assign_T17  1
    x_T17_full_2026  cover_T17_2026  -9630.1415
    x_T17_full_2026  cover_T17_2027  -12840.18867
    x_T17_full_2026  cover_T17_2028  -9630.1415
    x_T17_full_2026  share_NO_T17  -16050.235835
    x_T17_full_2026  share_BIH-COFIN_T17  -19260.283002
    x_T17_full_2026  req_T17_T10_2026  1
    x_T17_full_2026  entity_lo_FBiH  12840.188668
    x_T17_full_2026  entity_hi_FBiH  3210.0471669999993
    x_T17_full_2026  entity_lo_RS  -3210.047167
    x_T17_full_2026  entity_hi_RS  -12840.188668
    x_T17_full_2026  absorb_F03_2026  9630.1415
    x_T17_full_2026  absorb_F03_2027  12840.18867
    x_T17_full_2026  absorb_F03_2028  9630.1415
    x_T18_core_2024  OBJ  0.013344123292497565
    x_T18_core_2024  assign_T18  1
    x_T18_core_2024  cover_T18_2024  -3400.34243
    x_T18_core_2024  cover_T18_2025  -4155.97408
    x_T18_core_2024  share_NO_T18  -3778.158255
    x_T18_core_2024  share_BIH-COFIN_T18  -4533.789906
    x_T18_core_2024  entity_lo_FBiH  3022.526604
    x_T18_core_2024  entity_hi_FBiH  755.6316509999998
    x_T18_core_2024  entity_lo_RS  -755.631651
    x_T18_core_2024  entity_hi_RS  -3022.526604
    x_T18_core_2024  absorb_F05_2024  3400.34243
    x_T18_core_2024  absorb_F05_2025  4155.97408
    x_T18_core_2025  OBJ  0.010008092469373174
    x_T18_core_2025  assign_T18  1
    x_T18_core_2025  cover_T18_2025  -3400.34243
    x_T18_core_2025  cover_T18_2026  -4155.97408
    x_T18_core_2025  share_NO_T18  -3778.158255
    x_T18_core_2025  share_BIH-COFIN_T18  -4533.789906
    x_T18_core_2025  entity_lo_FBiH  3022.526604
    x_T18_core_2025  entity_hi_FBiH  755.6316509999998
    x_T18_core_2025  entity_lo_RS  -755.631651
    x_T18_core_2025  entity_hi_RS  -3022.526604
    x_T18_core_2025  absorb_F05_2025  3400.34243
    x_T18_core_2025  absorb_F05_2026  4155.97408
    x_T18_core_2026  OBJ  0.006672061646248783
    x_T18_core_2026  assign_T18  1
    x_T18_core_2026  cover_T18_2026  -3400.34243
    x_T18_core_2026  cover_T18_2027  -4155.97408
    x_T18_core_2026  share_NO_T18  -3778.158255
    x_T18_core_2026  share_BIH-COFIN_T18  -4533.789906
    x_T18_core_2026  entity_lo_FBiH  3022.526604
    x_T18_core_2026  entity_hi_FBiH  755.6316509999998
    x_T18_core_2026  entity_lo_RS  -755.631651
    x_T18_core_2026  entity_hi_RS  -3022.526604
    x_T18_core_2026  absorb_F05_2026  3400.34243
    x_T18_core_2026  absorb_F05_2027  4155.97408
    x_T18_full_2024  OBJ  0.019475685076943524
    x_T18_full_2024  assign_T18  1
    x_T18_full_2024  cover_T18_2024  -5667.23739
    x_T18_full_2024  cover_T18_2025  -6926.62347
    x_T18_full_2024  share_NO_T18  -6296.93043
    x_T18_full_2024  share_BIH-COFIN_T18  -7556.316516
    x_T18_full_2024  entity_lo_FBiH  5037.544344000001
    x_T18_full_2024  entity_hi_FBiH  1259.3860859999998
    x_T18_full_2024  entity_lo_RS  -1259.3860860000002
    x_T18_full_2024  entity_hi_RS  -5037.544344000001
    x_T18_full_2024  absorb_F05_2024  5667.23739
    x_T18_full_2024  absorb_F05_2025  6926.62347
    x_T18_full_2025  OBJ  0.01460676380770764
    x_T18_full_2025  assign_T18  1
    x_T18_full_2025  cover_T18_2025  -5667.23739
    x_T18_full_2025  cover_T18_2026  -6926.62347
    x_T18_full_2025  share_NO_T18  -6296.93043
    x_T18_full_2025  share_BIH-COFIN_T18  -7556.316516
    x_T18_full_2025  entity_lo_FBiH  5037.544344000001
    x_T18_full_2025  entity_hi_FBiH  1259.3860859999998
    x_T18_full_2025  entity_lo_RS  -1259.3860860000002
    x_T18_full_2025  entity_hi_RS  -5037.544344000001
    x_T18_full_2025  absorb_F05_2025  5667.23739
    x_T18_full_2025  absorb_F05_2026  6926.62347
    x_T18_full_2026  OBJ  0.009737842538471762
    x_T18_full_2026  assign_T18  1
    x_T18_full_2026  cover_T18_2026  -5667.23739
    x_T18_full_2026  cover_T18_2027  -6926.62347
    x_T18_full_2026  share_NO_T18  -6296.93043
    x_T18_full_2026  share_BIH-COFIN_T18  -7556.316516
    x_T18_full_2026  entity_lo_FBiH  5037.544344000001
    x_T18_full_2026  entity_hi_FBiH  1259.3860859999998
    x_T18_full_2026  entity_lo_RS  -1259.3860860000002
    x_T18_full_2026  entity_hi_RS  -5037.544344000001
    x_T18_full_2026  absorb_F05_2026  5667.23739
    x_T18_full_2026  absorb_F05_2027  6926.62347
    x_T19_core_2024  OBJ  0.010707178542503866
    x_T19_core_2024  assign_T19  1
    x_T19_core_2024  cover_T19_2024  -3436.91052
    x_T19_core_2024  cover_T19_2025  -4200.66841
    x_T19_core_2024  share_NO_T19  -3818.789465
    x_T19_core_2024  share_BIH-COFIN_T19  -4582.547358
    x_T19_core_2024  entity_lo_FBiH  3055.031572
    x_T19_core_2024  entity_hi_FBiH  763.7578929999999
    x_T19_core_2024  entity_lo_RS  -763.757893
    x_T19_core_2024  entity_hi_RS  -3055.031572
    x_T19_core_2024  absorb_F08_2024  3436.91052
    x_T19_core_2024  absorb_F08_2025  4200.66841
    x_T19_core_2025  OBJ  0.008030383906877898
    x_T19_core_2025  assign_T19  1
    x_T19_core_2025  cover_T19_2025  -3436.91052
    x_T19_core_2025  cover_T19_2026  -4200.66841
    x_T19_core_2025  share_NO_T19  -3818.789465
    x_T19_core_2025  share_BIH-COFIN_T19  -4582.547358
    x_T19_core_2025  entity_lo_FBiH  3055.031572
    x_T19_core_2025  entity_hi_FBiH  763.7578929999999
    x_T19_core_2025  entity_lo_RS  -763.757893
    x_T19_core_2025  entity_hi_RS  -3055.031572
    x_T19_core_2025  absorb_F08_2025  3436.91052
    x_T19_core_2025  absorb_F08_2026  4200.66841
    x_T19_core_2026  OBJ  0.005353589271251933
    x_T19_core_2026  assign_T19  1
    x_T19_core_2026  cover_T19_2026  -3436.91052
    x_T19_core_2026  cover_T19_2027  -4200.66841
    x_T19_core_2026  share_NO_T19  -3818.789465
    x_T19_core_2026  share_BIH-COFIN_T19  -4582.547358
    x_T19_core_2026  entity_lo_FBiH  3055.031572
    x_T19_core_2026  entity_hi_FBiH  763.7578929999999
    x_T19_core_2026  entity_lo_RS  -763.757893
    x_T19_core_2026  entity_hi_RS  -3055.031572
    x_T19_core_2026  absorb_F08_2026  3436.91052
    x_T19_core_2026  absorb_F08_2027  4200.66841
    x_T19_full_2024  OBJ  0.018254693289998826
    x_T19_full_2024  assign_T19  1
    x_T19_full_2024  cover_T19_2024  -5728.1842
    x_T19_full_2024  cover_T19_2025  -7001.11402
    x_T19_full_2024  share_NO_T19  -6364.64911
    x_T19_full_2024  share_BIH-COFIN_T19  -7637.578932
    x_T19_full_2024  entity_lo_FBiH  5091.719288
    x_T19_full_2024  entity_hi_FBiH  1272.9298219999998
    x_T19_full_2024  entity_lo_RS  -1272.929822
    x_T19_full_2024  entity_hi_RS  -5091.719288
    x_T19_full_2024  absorb_F08_2024  5728.1842
    x_T19_full_2024  absorb_F08_2025  7001.11402
    x_T19_full_2025  OBJ  0.013691019967499118
    x_T19_full_2025  assign_T19  1
    x_T19_full_2025  cover_T19_2025  -5728.1842
    x_T19_full_2025  cover_T19_2026  -7001.11402
    x_T19_full_2025  share_NO_T19  -6364.64911
    x_T19_full_2025  share_BIH-COFIN_T19  -7637.578932
    x_T19_full_2025  entity_lo_FBiH  5091.719288
    x_T19_full_2025  entity_hi_FBiH  1272.9298219999998
    x_T19_full_2025  entity_lo_RS  -1272.929822
    x_T19_full_2025  entity_hi_RS  -5091.719288
    x_T19_full_2025  absorb_F08_2025  5728.1842
    x_T19_full_2025  absorb_F08_2026  7001.11402
    x_T19_full_2026  OBJ  0.009127346644999413
    x_T19_full_2026  assign_T19  1
    x_T19_full_2026  cover_T19_2026  -5728.1842
    x_T19_full_2026  cover_T19_2027  -7001.11402
    x_T19_full_2026  share_NO_T19  -6364.64911
    x_T19_full_2026  share_BIH-COFIN_T19  -7637.578932
    x_T19_full_2026  entity_lo_FBiH  5091.719288
    x_T19_full_2026  entity_hi_FBiH  1272.9298219999998
    x_T19_full_2026  entity_lo_RS  -1272.929822
    x_T19_full_2026  entity_hi_RS  -5091.719288
    x_T19_full_2026  absorb_F08_2026  5728.1842
    x_T19_full_2026  absorb_F08_2027  7001.11402
    x_T20_core_2024  OBJ  0.009208620109046562
    x_T20_core_2024  assign_T20  1
    x_T20_core_2024  cover_T20_2024  -1428.77988
    x_T20_core_2024  cover_T20_2025  -1746.28651
    x_T20_core_2024  share_NO_T20  -1587.533195
    x_T20_core_2024  share_BIH-COFIN_T20  -1905.039834
    x_T20_core_2024  req_T20_DCB-D5_2024  1
    x_T20_core_2024  req_T20_DCB-D5_2025  1
    x_T20_core_2024  req_T20_DCB-D5_2026  1
    x_T20_core_2024  entity_lo_FBiH  1270.026556
    x_T20_core_2024  entity_hi_FBiH  317.50663899999995
    x_T20_core_2024  entity_lo_RS  -317.506639
    x_T20_core_2024  entity_hi_RS  -1270.026556
    x_T20_core_2024  absorb_F09_2024  1428.77988
    x_T20_core_2024  absorb_F09_2025  1746.28651
    x_T20_core_2025  OBJ  0.0069064650817849205
    x_T20_core_2025  assign_T20  1
    x_T20_core_2025  cover_T20_2025  -1428.77988
    x_T20_core_2025  cover_T20_2026  -1746.28651
    x_T20_core_2025  share_NO_T20  -1587.533195
    x_T20_core_2025  share_BIH-COFIN_T20  -1905.039834
    x_T20_core_2025  req_T20_DCB-D5_2025  1
    x_T20_core_2025  req_T20_DCB-D5_2026  1
    x_T20_core_2025  entity_lo_FBiH  1270.026556
    x_T20_core_2025  entity_hi_FBiH  317.50663899999995
    x_T20_core_2025  entity_lo_RS  -317.506639
    x_T20_core_2025  entity_hi_RS  -1270.026556
    x_T20_core_2025  absorb_F09_2025  1428.77988
    x_T20_core_2025  absorb_F09_2026  1746.28651
    x_T20_core_2026  OBJ  0.004604310054523281
    x_T20_core_2026  assign_T20  1
    x_T20_core_2026  cover_T20_2026  -1428.77988
    x_T20_core_2026  cover_T20_2027  -1746.28651
    x_T20_core_2026  share_NO_T20  -1587.533195
    x_T20_core_2026  share_BIH-COFIN_T20  -1905.039834
    x_T20_core_2026  req_T20_DCB-D5_2026  1
    x_T20_core_2026  entity_lo_FBiH  1270.026556
    x_T20_core_2026  entity_hi_FBiH  317.50663899999995
    x_T20_core_2026  entity_lo_RS  -317.506639
    x_T20_core_2026  entity_hi_RS  -1270.026556
    x_T20_core_2026  absorb_F09_2026  1428.77988
    x_T20_core_2026  absorb_F09_2027  1746.28651
    x_T20_full_2024  OBJ  0.013299220708474899
    x_T20_full_2024  assign_T20  1
    x_T20_full_2024  cover_T20_2024  -2381.29979
    x_T20_full_2024  cover_T20_2025  -2910.47752
    x_T20_full_2024  share_NO_T20  -2645.888655
    x_T20_full_2024  share_BIH-COFIN_T20  -3175.066386
    x_T20_full_2024  req_T20_DCB-D5_2024  1
    x_T20_full_2024  req_T20_DCB-D5_2025  1
    x_T20_full_2024  req_T20_DCB-D5_2026  1
    x_T20_full_2024  entity_lo_FBiH  2116.7109240000004
    x_T20_full_2024  entity_hi_FBiH  529.1777309999999
    x_T20_full_2024  entity_lo_RS  -529.1777310000001
    x_T20_full_2024  entity_hi_RS  -2116.7109240000004
    x_T20_full_2024  absorb_F09_2024  2381.29979
    x_T20_full_2024  absorb_F09_2025  2910.47752
    x_T20_full_2025  OBJ  0.009974415531356173
    x_T20_full_2025  assign_T20  1
    x_T20_full_2025  cover_T20_2025  -2381.29979
    x_T20_full_2025  cover_T20_2026  -2910.47752
    x_T20_full_2025  share_NO_T20  -2645.888655
    x_T20_full_2025  share_BIH-COFIN_T20  -3175.066386
    x_T20_full_2025  req_T20_DCB-D5_2025  1
    x_T20_full_2025  req_T20_DCB-D5_2026  1
    x_T20_full_2025  entity_lo_FBiH  2116.7109240000004
    x_T20_full_2025  entity_hi_FBiH  529.1777309999999
    x_T20_full_2025  entity_lo_RS  -529.1777310000001
    x_T20_full_2025  entity_hi_RS  -2116.7109240000004
    x_T20_full_2025  absorb_F09_2025  2381.29979
    x_T20_full_2025  absorb_F09_2026  2910.47752
    x_T20_full_2026  OBJ  0.0066496103542374495
    x_T20_full_2026  assign_T20  1
    x_T20_full_2026  cover_T20_2026  -2381.29979
    x_T20_full_2026  cover_T20_2027  -2910.47752
    x_T20_full_2026  share_NO_T20  -2645.888655
    x_T20_full_2026  share_BIH-COFIN_T20  -3175.066386
    x_T20_full_2026  req_T20_DCB-D5_2026  1
    x_T20_full_2026  entity_lo_FBiH  2116.7109240000004
    x_T20_full_2026  entity_hi_FBiH  529.1777309999999
    x_T20_full_2026  entity_lo_RS  -529.1777310000001
    x_T20_full_2026  entity_hi_RS  -2116.7109240000004
    x_T20_full_2026  absorb_F09_2026  2381.29979
    x_T20_full_2026  absorb_F09_2027  2910.47752
    x_T21_core_2024  OBJ  0.007890140084462522
    x_T21_core_2024  assign_T21  1
    x_T21_core_2024  cover_T21_2024  -2084.94438
    x_T21_core_2024  cover_T21_2025  -2548.26535
    x_T21_core_2024  share_US_T21  -2316.604865
    x_T21_core_2024  share_BIH-COFIN_T21  -2779.9258379999997
    x_T21_core_2024  entity_lo_FBiH  1853.283892
    x_T21_core_2024  entity_hi_FBiH  463.32097299999987
    x_T21_core_2024  entity_lo_RS  -463.320973
    x_T21_core_2024  entity_hi_RS  -1853.283892
    x_T21_core_2024  absorb_F10_2024  2084.94438
    x_T21_core_2024  absorb_F10_2025  2548.26535
    x_T21_core_2025  OBJ  0.0059176050633468905
    x_T21_core_2025  assign_T21  1
    x_T21_core_2025  cover_T21_2025  -2084.94438
    x_T21_core_2025  cover_T21_2026  -2548.26535
    x_T21_core_2025  share_US_T21  -2316.604865
    x_T21_core_2025  share_BIH-COFIN_T21  -2779.9258379999997
    x_T21_core_2025  entity_lo_FBiH  1853.283892
    x_T21_core_2025  entity_hi_FBiH  463.32097299999987
    x_T21_core_2025  entity_lo_RS  -463.320973
    x_T21_core_2025  entity_hi_RS  -1853.283892
    x_T21_core_2025  absorb_F10_2025  2084.94438
    x_T21_core_2025  absorb_F10_2026  2548.26535
    x_T21_core_2026  OBJ  0.003945070042231261
    x_T21_core_2026  assign_T21  1
    x_T21_core_2026  cover_T21_2026  -2084.94438
    x_T21_core_2026  cover_T21_2027  -2548.26535
    x_T21_core_2026  share_US_T21  -2316.604865
    x_T21_core_2026  share_BIH-COFIN_T21  -2779.9258379999997
    x_T21_core_2026  entity_lo_FBiH  1853.283892
    x_T21_core_2026  entity_hi_FBiH  463.32097299999987
    x_T21_core_2026  entity_lo_RS  -463.320973
    x_T21_core_2026  entity_hi_RS  -1853.283892
    x_T21_core_2026  absorb_F10_2026  2084.94438
    x_T21_core_2026  absorb_F10_2027  2548.26535
    x_T21_full_2024  OBJ  0.014411194255445675
    x_T21_full_2024  assign_T21  1
    x_T21_full_2024  cover_T21_2024  -3474.90729
    x_T21_full_2024  cover_T21_2025  -4247.10891
    x_T21_full_2024  share_US_T21  -3861.0081
    x_T21_full_2024  share_BIH-COFIN_T21  -4633.20972
    x_T21_full_2024  entity_lo_FBiH  3088.80648
    x_T21_full_2024  entity_hi_FBiH  772.2016199999998
    x_T21_full_2024  entity_lo_RS  -772.20162
    x_T21_full_2024  entity_hi_RS  -3088.80648
    x_T21_full_2024  absorb_F10_2024  3474.90729
    x_T21_full_2024  absorb_F10_2025  4247.10891
    x_T21_full_2025  OBJ  0.010808395691584255
    x_T21_full_2025  assign_T21  1
    x_T21_full_2025  cover_T21_2025  -3474.90729
    x_T21_full_2025  cover_T21_2026  -4247.10891
    x_T21_full_2025  share_US_T21  -3861.0081
    x_T21_full_2025  share_BIH-COFIN_T21  -4633.20972
    x_T21_full_2025  entity_lo_FBiH  3088.80648
    x_T21_full_2025  entity_hi_FBiH  772.2016199999998
    x_T21_full_2025  entity_lo_RS  -772.20162
    x_T21_full_2025  entity_hi_RS  -3088.80648
    x_T21_full_2025  absorb_F10_2025  3474.90729
    x_T21_full_2025  absorb_F10_2026  4247.10891
    x_T21_full_2026  OBJ  0.007205597127722838
    x_T21_full_2026  assign_T21  1
    x_T21_full_2026  cover_T21_2026  -3474.90729
    x_T21_full_2026  cover_T21_2027  -4247.10891
    x_T21_full_2026  share_US_T21  -3861.0081
    x_T21_full_2026  share_BIH-COFIN_T21  -4633.20972
    x_T21_full_2026  entity_lo_FBiH  3088.80648
    x_T21_full_2026  entity_hi_FBiH  772.2016199999998
    x_T21_full_2026  entity_lo_RS  -772.20162
    x_T21_full_2026  entity_hi_RS  -3088.80648
    x_T21_full_2026  absorb_F10_2026  3474.90729
    x_T21_full_2026  absorb_F10_2027  4247.10891
    x_I01_core_2024  OBJ  0.004492984056734147
    x_I01_core_2024  assign_I01  1
    x_I01_core_2024  cover_I01_2024  -1836.03606
    x_I01_core_2024  cover_I01_2025  -2448.04808
    x_I01_core_2024  cover_I01_2026  -1836.03606
    x_I01_core_2024  share_US_I01  -3060.0601
    x_I01_core_2024  share_BIH-COFIN_I01  -3672.0721200000003
    x_I01_core_2024  entity_lo_FBiH  -3672.0721200000003
    x_I01_core_2024  entity_hi_FBiH  -5508.10818
    x_I01_core_2024  entity_lo_RS  5508.10818
    x_I01_core_2024  entity_hi_RS  3672.0721200000003
    x_I01_core_2025  OBJ  0.0029953227044894315
    x_I01_core_2025  assign_I01  1
    x_I01_core_2025  cover_I01_2025  -1836.03606
    x_I01_core_2025  cover_I01_2026  -2448.04808
    x_I01_core_2025  cover_I01_2027  -1836.03606
    x_I01_core_2025  share_US_I01  -3060.0601
    x_I01_core_2025  share_BIH-COFIN_I01  -3672.0721200000003
    x_I01_core_2025  entity_lo_FBiH  -3672.0721200000003
    x_I01_core_2025  entity_hi_FBiH  -5508.10818
    x_I01_core_2025  entity_lo_RS  5508.10818
    x_I01_core_2025  entity_hi_RS  3672.0721200000003
    x_I01_core_2026  OBJ  0.0014976613522447158
    x_I01_core_2026  assign_I01  1
    x_I01_core_2026  cover_I01_2026  -1836.03606
    x_I01_core_2026  cover_I01_2027  -2448.04808
    x_I01_core_2026  cover_I01_2028  -1836.03606
    x_I01_core_2026  share_US_I01  -3060.0601
    x_I01_core_2026  share_BIH-COFIN_I01  -3672.0721200000003
    x_I01_core_2026  entity_lo_FBiH  -3672.0721200000003
    x_I01_core_2026  entity_hi_FBiH  -5508.10818
    x_I01_core_2026  entity_lo_RS  5508.10818
    x_I01_core_2026  entity_hi_RS  3672.0721200000003
    x_I01_full_2024  OBJ  0.00621880111526241
    x_I01_full_2024  assign_I01  1
    x_I01_full_2024  cover_I01_2024  -3060.0601
    x_I01_full_2024  cover_I01_2025  -4080.08013
    x_I01_full_2024  cover_I01_2026  -3060.0601
    x_I01_full_2024  share_US_I01  -5100.100165
    x_I01_full_2024  share_BIH-COFIN_I01  -6120.120198
    x_I01_full_2024  entity_lo_FBiH  -6120.120198
    x_I01_full_2024  entity_hi_FBiH  -9180.180297
    x_I01_full_2024  entity_lo_RS  9180.180297
    x_I01_full_2024  entity_hi_RS  6120.120198
    x_I01_full_2025  OBJ  0.00414586741017494
    x_I01_full_2025  assign_I01  1
    x_I01_full_2025  cover_I01_2025  -3060.0601
    x_I01_full_2025  cover_I01_2026  -4080.08013
    x_I01_full_2025  cover_I01_2027  -3060.0601
    x_I01_full_2025  share_US_I01  -5100.100165
    x_I01_full_2025  share_BIH-COFIN_I01  -6120.120198
    x_I01_full_2025  entity_lo_FBiH  -6120.120198
    x_I01_full_2025  entity_hi_FBiH  -9180.180297
    x_I01_full_2025  entity_lo_RS  9180.180297
    x_I01_full_2025  entity_hi_RS  6120.120198
    x_I01_full_2026  OBJ  0.00207293370508747
    x_I01_full_2026  assign_I01  1
    x_I01_full_2026  cover_I01_2026  -3060.0601
    x_I01_full_2026  cover_I01_2027  -4080.08013
    x_I01_full_2026  cover_I01_2028  -3060.0601
    x_I01_full_2026  share_US_I01  -5100.100165
    x_I01_full_2026  share_BIH-COFIN_I01  -6120.120198
    x_I01_full_2026  entity_lo_FBiH  -6120.120198
    x_I01_full_2026  entity_hi_FBiH  -9180.180297
    x_I01_full_2026  entity_lo_RS  9180.180297
    x_I01_full_2026  entity_hi_RS  6120.120198
    x_I02_core_2024  OBJ  0.007770803977460339
    x_I02_core_2024  assign_I02  1
    x_I02_core_2024  cover_I02_2024  -1922.71615
    x_I02_core_2024  cover_I02_2025  -2349.98641
    x_I02_core_2024  share_NO_I02  -2136.35128
    x_I02_core_2024  share_BIH-COFIN_I02  -2563.6215359999997
    x_I02_core_2024  entity_lo_FBiH  -2563.6215359999997
    x_I02_core_2024  entity_hi_FBiH  -3845.432304
    x_I02_core_2024  entity_lo_RS  3845.432304
    x_I02_core_2024  entity_hi_RS  2563.6215359999997
    x_I02_core_2025  OBJ  0.005828102983095254
    x_I02_core_2025  assign_I02  1
    x_I02_core_2025  cover_I02_2025  -1922.71615
    x_I02_core_2025  cover_I02_2026  -2349.98641
    x_I02_core_2025  share_NO_I02  -2136.35128
    x_I02_core_2025  share_BIH-COFIN_I02  -2563.6215359999997
    x_I02_core_2025  entity_lo_FBiH  -2563.6215359999997
    x_I02_core_2025  entity_hi_FBiH  -3845.432304
    x_I02_core_2025  entity_lo_RS  3845.432304
    x_I02_core_2025  entity_hi_RS  2563.6215359999997
    x_I02_core_2026  OBJ  0.0038854019887301695
    x_I02_core_2026  assign_I02  1
    x_I02_core_2026  cover_I02_2026  -1922.71615
    x_I02_core_2026  cover_I02_2027  -2349.98641
    x_I02_core_2026  share_NO_I02  -2136.35128
    x_I02_core_2026  share_BIH-COFIN_I02  -2563.6215359999997
    x_I02_core_2026  entity_lo_FBiH  -2563.6215359999997
    x_I02_core_2026  entity_hi_FBiH  -3845.432304
    x_I02_core_2026  entity_lo_RS  3845.432304
    x_I02_core_2026  entity_hi_RS  2563.6215359999997
    x_I02_full_2024  OBJ  0.01097141042738332
    x_I02_full_2024  assign_I02  1
    x_I02_full_2024  cover_I02_2024  -3204.52692
    x_I02_full_2024  cover_I02_2025  -3916.64402
    x_I02_full_2024  share_NO_I02  -3560.58547
    x_I02_full_2024  share_BIH-COFIN_I02  -4272.702564
    x_I02_full_2024  entity_lo_FBiH  -4272.702564
    x_I02_full_2024  entity_hi_FBiH  -6409.053846
    x_I02_full_2024  entity_lo_RS  6409.053846
    x_I02_full_2024  entity_hi_RS  4272.702564
    x_I02_full_2025  OBJ  0.00822855782053749
    x_I02_full_2025  assign_I02  1
    x_I02_full_2025  cover_I02_2025  -3204.52692
    x_I02_full_2025  cover_I02_2026  -3916.64402
    x_I02_full_2025  share_NO_I02  -3560.58547
    x_I02_full_2025  share_BIH-COFIN_I02  -4272.702564
    x_I02_full_2025  entity_lo_FBiH  -4272.702564
    x_I02_full_2025  entity_hi_FBiH  -6409.053846
    x_I02_full_2025  entity_lo_RS  6409.053846
    x_I02_full_2025  entity_hi_RS  4272.702564
    x_I02_full_2026  OBJ  0.00548570521369166
    x_I02_full_2026  assign_I02  1
    x_I02_full_2026  cover_I02_2026  -3204.52692
    x_I02_full_2026  cover_I02_2027  -3916.64402
    x_I02_full_2026  share_NO_I02  -3560.58547
    x_I02_full_2026  share_BIH-COFIN_I02  -4272.702564
    x_I02_full_2026  entity_lo_FBiH  -4272.702564
    x_I02_full_2026  entity_hi_FBiH  -6409.053846
    x_I02_full_2026  entity_lo_RS  6409.053846
    x_I02_full_2026  entity_hi_RS  4272.702564
    x_I03_core_2024  OBJ  0.006273081999248445
    x_I03_core_2024  assign_I03  1
    x_I03_core_2024  cover_I03_2024  -1401.38084
    x_I03_core_2024  cover_I03_2025  -1712.79881
    x_I03_core_2024  share_UK_I03  -1557.089825
    x_I03_core_2024  share_BIH-COFIN_I03  -1868.5077899999999
    x_I03_core_2024  entity_lo_FBiH  -1868.5077899999999
    x_I03_core_2024  entity_hi_FBiH  -2802.761685
    x_I03_core_2024  entity_lo_RS  2802.761685
    x_I03_core_2024  entity_hi_RS  1868.5077899999999
    x_I03_core_2024  absorb_F11_2024  1401.38084
    x_I03_core_2024  absorb_F11_2025  1712.79881
    x_I03_core_2025  OBJ  0.004704811499436333
    x_I03_core_2025  assign_I03  1
    x_I03_core_2025  cover_I03_2025  -1401.38084
    x_I03_core_2025  cover_I03_2026  -1712.79881
    x_I03_core_2025  share_UK_I03  -1557.089825
    x_I03_core_2025  share_BIH-COFIN_I03  -1868.5077899999999
    x_I03_core_2025  entity_lo_FBiH  -1868.5077899999999
    x_I03_core_2025  entity_hi_FBiH  -2802.761685
    x_I03_core_2025  entity_lo_RS  2802.761685
    x_I03_core_2025  entity_hi_RS  1868.5077899999999
    x_I03_core_2025  absorb_F11_2025  1401.38084
    x_I03_core_2025  absorb_F11_2026  1712.79881
    x_I03_core_2026  OBJ  0.0031365409996242225
    x_I03_core_2026  assign_I03  1
    x_I03_core_2026  cover_I03_2026  -1401.38084
    x_I03_core_2026  cover_I03_2027  -1712.79881
    x_I03_core_2026  share_UK_I03  -1557.089825
    x_I03_core_2026  share_BIH-COFIN_I03  -1868.5077899999999
    x_I03_core_2026  entity_lo_FBiH  -1868.5077899999999
    x_I03_core_2026  entity_hi_FBiH  -2802.761685
    x_I03_core_2026  entity_lo_RS  2802.761685
    x_I03_core_2026  entity_hi_RS  1868.5077899999999
    x_I03_core_2026  absorb_F11_2026  1401.38084
    x_I03_core_2026  absorb_F11_2027  1712.79881
    x_I03_full_2024  OBJ  0.0113393218242841
    x_I03_full_2024  assign_I03  1
    x_I03_full_2024  cover_I03_2024  -2335.63474
    x_I03_full_2024  cover_I03_2025  -2854.66468
    x_I03_full_2024  share_UK_I03  -2595.14971
    x_I03_full_2024  share_BIH-COFIN_I03  -3114.1796520000003
    x_I03_full_2024  entity_lo_FBiH  -3114.1796520000003
    x_I03_full_2024  entity_hi_FBiH  -4671.269478
    x_I03_full_2024  entity_lo_RS  4671.269478
    x_I03_full_2024  entity_hi_RS  3114.1796520000003
    x_I03_full_2024  absorb_F11_2024  2335.63474
    x_I03_full_2024  absorb_F11_2025  2854.66468
    x_I03_full_2025  OBJ  0.008504491368213074
    x_I03_full_2025  assign_I03  1
    x_I03_full_2025  cover_I03_2025  -2335.63474
    x_I03_full_2025  cover_I03_2026  -2854.66468
    x_I03_full_2025  share_UK_I03  -2595.14971
    x_I03_full_2025  share_BIH-COFIN_I03  -3114.1796520000003
    x_I03_full_2025  entity_lo_FBiH  -3114.1796520000003
    x_I03_full_2025  entity_hi_FBiH  -4671.269478
    x_I03_full_2025  entity_lo_RS  4671.269478
    x_I03_full_2025  entity_hi_RS  3114.1796520000003
    x_I03_full_2025  absorb_F11_2025  2335.63474
    x_I03_full_2025  absorb_F11_2026  2854.66468
    x_I03_full_2026  OBJ  0.00566966091214205
    x_I03_full_2026  assign_I03  1
    x_I03_full_2026  cover_I03_2026  -2335.63474
    x_I03_full_2026  cover_I03_2027  -2854.66468
    x_I03_full_2026  share_UK_I03  -2595.14971
    x_I03_full_2026  share_BIH-COFIN_I03  -3114.1796520000003
    x_I03_full_2026  entity_lo_FBiH  -3114.1796520000003
    x_I03_full_2026  entity_hi_FBiH  -4671.269478
    x_I03_full_2026  entity_lo_RS  4671.269478
    x_I03_full_2026  entity_hi_RS  3114.1796520000003
    x_I03_full_2026  absorb_F11_2026  2335.63474
    x_I03_full_2026  absorb_F11_2027  2854.66468
    x_I04_core_2024  OBJ  0.009818395750000798
    x_I04_core_2024  assign_I04  1
    x_I04_core_2024  cover_I04_2024  -2990.94053
    x_I04_core_2024  cover_I04_2025  -3655.59399
    x_I04_core_2024  share_TR_I04  -3323.26726
    x_I04_core_2024  share_BIH-COFIN_I04  -3987.920712
    x_I04_core_2024  excl_T07_I04  1
    x_I04_core_2024  entity_lo_FBiH  2658.613808
    x_I04_core_2024  entity_hi_FBiH  664.6534519999999
    x_I04_core_2024  entity_lo_RS  -664.653452
    x_I04_core_2024  entity_hi_RS  -2658.613808
    x_I04_core_2024  absorb_F01_2025  3655.59399
    x_I04_core_2025  OBJ  0.007363796812500597
    x_I04_core_2025  assign_I04  1
    x_I04_core_2025  cover_I04_2025  -2990.94053
    x_I04_core_2025  cover_I04_2026  -3655.59399
    x_I04_core_2025  share_TR_I04  -3323.26726
    x_I04_core_2025  share_BIH-COFIN_I04  -3987.920712
    x_I04_core_2025  excl_T07_I04  1
    x_I04_core_2025  entity_lo_FBiH  2658.613808
    x_I04_core_2025  entity_hi_FBiH  664.6534519999999
    x_I04_core_2025  entity_lo_RS  -664.653452
    x_I04_core_2025  entity_hi_RS  -2658.613808
    x_I04_core_2025  absorb_F01_2025  2990.94053
    x_I04_core_2025  absorb_F01_2026  3655.59399
    x_I04_full_2024  OBJ  0.015093718595454254
    x_I04_full_2024  assign_I04  1
    x_I04_full_2024  cover_I04_2024  -4984.90089
    x_I04_full_2024  cover_I04_2025  -6092.65664
    x_I04_full_2024  share_TR_I04  -5538.778765
    x_I04_full_2024  share_BIH-COFIN_I04  -6646.5345179999995
    x_I04_full_2024  excl_T07_I04  1
    x_I04_full_2024  entity_lo_FBiH  4431.023012000001
    x_I04_full_2024  entity_hi_FBiH  1107.7557529999997
    x_I04_full_2024  entity_lo_RS  -1107.7557530000001
    x_I04_full_2024  entity_hi_RS  -4431.023012000001
    x_I04_full_2024  absorb_F01_2025  6092.65664
    x_I04_full_2025  OBJ  0.011320288946590689
    x_I04_full_2025  assign_I04  1
    x_I04_full_2025  cover_I04_2025  -4984.90089
    x_I04_full_2025  cover_I04_2026  -6092.65664
    x_I04_full_2025  share_TR_I04  -5538.778765
    x_I04_full_2025  share_BIH-COFIN_I04  -6646.5345179999995
    x_I04_full_2025  excl_T07_I04  1
    x_I04_full_2025  entity_lo_FBiH  4431.023012000001
    x_I04_full_2025  entity_hi_FBiH  1107.7557529999997
    x_I04_full_2025  entity_lo_RS  -1107.7557530000001
    x_I04_full_2025  entity_hi_RS  -4431.023012000001
    x_I04_full_2025  absorb_F01_2025  4984.90089
    x_I04_full_2025  absorb_F01_2026  6092.65664
    x_I05_core_2024  OBJ  0.007242039419330032
    x_I05_core_2024  assign_I05  1
    x_I05_core_2024  cover_I05_2024  -1615.39703
    x_I05_core_2024  cover_I05_2025  -1974.37414
    x_I05_core_2024  share_US_I05  -1794.885585
    x_I05_core_2024  share_BIH-COFIN_I05  -2153.862702
    x_I05_core_2024  entity_lo_FBiH  1435.908468
    x_I05_core_2024  entity_hi_FBiH  358.9771169999999
    x_I05_core_2024  entity_lo_RS  -358.977117
    x_I05_core_2024  entity_hi_RS  -1435.908468
    x_I05_core_2024  absorb_F09_2024  1615.39703
    x_I05_core_2024  absorb_F09_2025  1974.37414
    x_I05_core_2025  OBJ  0.005431529564497523
    x_I05_core_2025  assign_I05  1
    x_I05_core_2025  cover_I05_2025  -1615.39703
    x_I05_core_2025  cover_I05_2026  -1974.37414
    x_I05_core_2025  share_US_I05  -1794.885585
    x_I05_core_2025  share_BIH-COFIN_I05  -2153.862702
    x_I05_core_2025  entity_lo_FBiH  1435.908468
    x_I05_core_2025  entity_hi_FBiH  358.9771169999999
    x_I05_core_2025  entity_lo_RS  -358.977117
    x_I05_core_2025  entity_hi_RS  -1435.908468
    x_I05_core_2025  absorb_F09_2025  1615.39703
    x_I05_core_2025  absorb_F09_2026  1974.37414
    x_I05_core_2026  OBJ  0.003621019709665016
    x_I05_core_2026  assign_I05  1
    x_I05_core_2026  cover_I05_2026  -1615.39703
    x_I05_core_2026  cover_I05_2027  -1974.37414
    x_I05_core_2026  share_US_I05  -1794.885585
    x_I05_core_2026  share_BIH-COFIN_I05  -2153.862702
    x_I05_core_2026  entity_lo_FBiH  1435.908468
    x_I05_core_2026  entity_hi_FBiH  358.9771169999999
    x_I05_core_2026  entity_lo_RS  -358.977117
    x_I05_core_2026  entity_hi_RS  -1435.908468
    x_I05_core_2026  absorb_F09_2026  1615.39703
    x_I05_core_2026  absorb_F09_2027  1974.37414
    x_I05_full_2024  OBJ  0.013787718838064095
    x_I05_full_2024  assign_I05  1
    x_I05_full_2024  cover_I05_2024  -2692.32838
    x_I05_full_2024  cover_I05_2025  -3290.62357
    x_I05_full_2024  share_US_I05  -2991.475975
    x_I05_full_2024  share_BIH-COFIN_I05  -3589.7711699999995
    x_I05_full_2024  entity_lo_FBiH  2393.18078
    x_I05_full_2024  entity_hi_FBiH  598.2951949999998
    x_I05_full_2024  entity_lo_RS  -598.295195
    x_I05_full_2024  entity_hi_RS  -2393.18078
    x_I05_full_2024  absorb_F09_2024  2692.32838
    x_I05_full_2024  absorb_F09_2025  3290.62357
    x_I05_full_2025  OBJ  0.010340789128548071
    x_I05_full_2025  assign_I05  1
    x_I05_full_2025  cover_I05_2025  -2692.32838
    x_I05_full_2025  cover_I05_2026  -3290.62357
    x_I05_full_2025  share_US_I05  -2991.475975
    x_I05_full_2025  share_BIH-COFIN_I05  -3589.7711699999995
    x_I05_full_2025  entity_lo_FBiH  2393.18078
    x_I05_full_2025  entity_hi_FBiH  598.2951949999998
    x_I05_full_2025  entity_lo_RS  -598.295195
    x_I05_full_2025  entity_hi_RS  -2393.18078
    x_I05_full_2025  absorb_F09_2025  2692.32838
    x_I05_full_2025  absorb_F09_2026  3290.62357
    x_I05_full_2026  OBJ  0.006893859419032047
    x_I05_full_2026  assign_I05  1
    x_I05_full_2026  cover_I05_2026  -2692.32838
    x_I05_full_2026  cover_I05_2027  -3290.62357
    x_I05_full_2026  share_US_I05  -2991.475975
    x_I05_full_2026  share_BIH-COFIN_I05  -3589.7711699999995
    x_I05_full_2026  entity_lo_FBiH  2393.18078
    x_I05_full_2026  entity_hi_FBiH  598.2951949999998
    x_I05_full_2026  entity_lo_RS  -598.295195
    x_I05_full_2026  entity_hi_RS  -2393.18078
    x_I05_full_2026  absorb_F09_2026  2692.32838
    x_I05_full_2026  absorb_F09_2027  3290.62357
    x_I06_core_2024  OBJ  0.0054320904282274185
    x_I06_core_2024  assign_I06  1
    x_I06_core_2024  cover_I06_2024  -1202.1109
    x_I06_core_2024  cover_I06_2025  -1469.24666
    x_I06_core_2024  share_TR_I06  -1335.67878
    x_I06_core_2024  share_BIH-COFIN_I06  -1602.8145359999999
    x_I06_core_2024  entity_lo_FBiH  1068.543024
    x_I06_core_2024  entity_hi_FBiH  267.13575599999996
    x_I06_core_2024  entity_lo_RS  -267.135756
    x_I06_core_2024  entity_hi_RS  -1068.543024
    x_I06_core_2025  OBJ  0.004074067821170564
    x_I06_core_2025  assign_I06  1
    x_I06_core_2025  cover_I06_2025  -1202.1109
    x_I06_core_2025  cover_I06_2026  -1469.24666
    x_I06_core_2025  share_TR_I06  -1335.67878
    x_I06_core_2025  share_BIH-COFIN_I06  -1602.8145359999999
    x_I06_core_2025  entity_lo_FBiH  1068.543024
    x_I06_core_2025  entity_hi_FBiH  267.13575599999996
    x_I06_core_2025  entity_lo_RS  -267.135756
    x_I06_core_2025  entity_hi_RS  -1068.543024
    x_I06_core_2026  OBJ  0.0027160452141137092
    x_I06_core_2026  assign_I06  1
    x_I06_core_2026  cover_I06_2026  -1202.1109
    x_I06_core_2026  cover_I06_2027  -1469.24666
    x_I06_core_2026  share_TR_I06  -1335.67878
    x_I06_core_2026  share_BIH-COFIN_I06  -1602.8145359999999
    x_I06_core_2026  entity_lo_FBiH  1068.543024
    x_I06_core_2026  entity_hi_FBiH  267.13575599999996
    x_I06_core_2026  entity_lo_RS  -267.135756
    x_I06_core_2026  entity_hi_RS  -1068.543024
    x_I06_full_2024  OBJ  0.010020276374291785
    x_I06_full_2024  assign_I06  1
    x_I06_full_2024  cover_I06_2024  -2003.51817
    x_I06_full_2024  cover_I06_2025  -2448.74443
    x_I06_full_2024  share_TR_I06  -2226.1313
    x_I06_full_2024  share_BIH-COFIN_I06  -2671.35756
    x_I06_full_2024  entity_lo_FBiH  1780.90504
    x_I06_full_2024  entity_hi_FBiH  445.2262599999999
    x_I06_full_2024  entity_lo_RS  -445.22626
    x_I06_full_2024  entity_hi_RS  -1780.90504
    x_I06_full_2025  OBJ  0.007515207280718837
    x_I06_full_2025  assign_I06  1
    x_I06_full_2025  cover_I06_2025  -2003.51817
    x_I06_full_2025  cover_I06_2026  -2448.74443
    x_I06_full_2025  share_TR_I06  -2226.1313
    x_I06_full_2025  share_BIH-COFIN_I06  -2671.35756
    x_I06_full_2025  entity_lo_FBiH  1780.90504
    x_I06_full_2025  entity_hi_FBiH  445.2262599999999
    x_I06_full_2025  entity_lo_RS  -445.22626
    x_I06_full_2025  entity_hi_RS  -1780.90504
    x_I06_full_2026  OBJ  0.0050101381871458925
    x_I06_full_2026  assign_I06  1
    x_I06_full_2026  cover_I06_2026  -2003.51817
    x_I06_full_2026  cover_I06_2027  -2448.74443
    x_I06_full_2026  share_TR_I06  -2226.1313
    x_I06_full_2026  share_BIH-COFIN_I06  -2671.35756
    x_I06_full_2026  entity_lo_FBiH  1780.90504
    x_I06_full_2026  entity_hi_FBiH  445.2262599999999
    x_I06_full_2026  entity_lo_RS  -445.22626
    x_I06_full_2026  entity_hi_RS  -1780.90504
    x_I07_core_2024  OBJ  0.004620541762850982
    x_I07_core_2024  assign_I07  1
    x_I07_core_2024  cover_I07_2024  -2061.0816
    x_I07_core_2024  share_UK_I07  -1030.5408
    x_I07_core_2024  share_BIH-COFIN_I07  -1236.64896
    x_I07_core_2024  entity_lo_FBiH  824.43264
    x_I07_core_2024  entity_hi_FBiH  206.10815999999994
    x_I07_core_2024  entity_lo_RS  -206.10816
    x_I07_core_2024  entity_hi_RS  -824.43264
    x_I07_core_2024  absorb_F07_2024  2061.0816
    x_I07_core_2025  OBJ  0.0036964334102807857
    x_I07_core_2025  assign_I07  1
    x_I07_core_2025  cover_I07_2025  -2061.0816
    x_I07_core_2025  share_UK_I07  -1030.5408
    x_I07_core_2025  share_BIH-COFIN_I07  -1236.64896
    x_I07_core_2025  entity_lo_FBiH  824.43264
    x_I07_core_2025  entity_hi_FBiH  206.10815999999994
    x_I07_core_2025  entity_lo_RS  -206.10816
    x_I07_core_2025  entity_hi_RS  -824.43264
    x_I07_core_2025  absorb_F07_2025  2061.0816
    x_I07_core_2026  OBJ  0.002772325057710589
    x_I07_core_2026  assign_I07  1
    x_I07_core_2026  cover_I07_2026  -2061.0816
    x_I07_core_2026  share_UK_I07  -1030.5408
    x_I07_core_2026  share_BIH-COFIN_I07  -1236.64896
    x_I07_core_2026  entity_lo_FBiH  824.43264
    x_I07_core_2026  entity_hi_FBiH  206.10815999999994
    x_I07_core_2026  entity_lo_RS  -206.10816
    x_I07_core_2026  entity_hi_RS  -824.43264
    x_I07_core_2026  absorb_F07_2026  2061.0816
    x_I07_full_2024  OBJ  0.00852672502842523
    x_I07_full_2024  assign_I07  1
    x_I07_full_2024  cover_I07_2024  -3435.136
    x_I07_full_2024  share_UK_I07  -1717.568
    x_I07_full_2024  share_BIH-COFIN_I07  -2061.0816
    x_I07_full_2024  entity_lo_FBiH  1374.0544
    x_I07_full_2024  entity_hi_FBiH  343.51359999999994
    x_I07_full_2024  entity_lo_RS  -343.5136
    x_I07_full_2024  entity_hi_RS  -1374.0544
    x_I07_full_2024  absorb_F07_2024  3435.136
    x_I07_full_2025  OBJ  0.006821380022740184
    x_I07_full_2025  assign_I07  1
    x_I07_full_2025  cover_I07_2025  -3435.136
    x_I07_full_2025  share_UK_I07  -1717.568
    x_I07_full_2025  share_BIH-COFIN_I07  -2061.0816
    x_I07_full_2025  entity_lo_FBiH  1374.0544
    x_I07_full_2025  entity_hi_FBiH  343.51359999999994
    x_I07_full_2025  entity_lo_RS  -343.5136
    x_I07_full_2025  entity_hi_RS  -1374.0544
    x_I07_full_2025  absorb_F07_2025  3435.136
    x_I07_full_2026  OBJ  0.005116035017055137
    x_I07_full_2026  assign_I07  1
    x_I07_full_2026  cover_I07_2026  -3435.136
    x_I07_full_2026  share_UK_I07  -1717.568
    x_I07_full_2026  share_BIH-COFIN_I07  -2061.0816
    x_I07_full_2026  entity_lo_FBiH  1374.0544
    x_I07_full_2026  entity_hi_FBiH  343.51359999999994
    x_I07_full_2026  entity_lo_RS  -343.5136
    x_I07_full_2026  entity_hi_RS  -1374.0544
    x_I07_full_2026  absorb_F07_2026  3435.136
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
    RHS  cap_TR_2024  5000
    RHS  cap_TR_2025  8000
    RHS  cap_TR_2026  8000
    RHS  cap_TR_2027  8000
    RHS  cap_TR_2028  6000
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
    RHS  absorb_F11_2024  6000
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
    RNG  total_TR  16000
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
 UP BND  pay_DCB_DCB-D1_2024  3178.76435
 UP BND  pay_DCB_DCB-D1_2025  4238.35247
 UP BND  pay_DCB_DCB-D1_2026  4238.35247
 UP BND  pay_DCB_DCB-D1_2027  3178.76435
 UP BND  pay_DCB_DCB-D2_2024  877.44971
 UP BND  pay_DCB_DCB-D2_2025  1072.43853
 UP BND  pay_DCB_DCB-D2_2026  1072.43853
 UP BND  pay_DCB_DCB-D3_2024  2386.9031
 UP BND  pay_DCB_DCB-D3_2025  3182.53747
 UP BND  pay_DCB_DCB-D3_2026  3182.53747
 UP BND  pay_DCB_DCB-D3_2027  2386.9031
 UP BND  pay_DCB_DCB-D4_2024  1522.52983
 UP BND  pay_DCB_DCB-D4_2025  1860.8698
 UP BND  pay_DCB_DCB-D4_2026  1860.8698
 UP BND  pay_DCB_DCB-D5_2024  1961.21302
 UP BND  pay_DCB_DCB-D5_2025  2614.95069
 UP BND  pay_DCB_DCB-D5_2026  2614.95069
 UP BND  pay_DCB_DCB-D5_2027  2614.95069
 UP BND  pay_DCB_DCB-D5_2028  1961.21302
 UP BND  pay_NO_DCB-D5_2024  1961.21302
 UP BND  pay_NO_DCB-D5_2025  2614.95069
 UP BND  pay_NO_DCB-D5_2026  2614.95069
 UP BND  pay_NO_DCB-D5_2027  2614.95069
 UP BND  pay_NO_DCB-D5_2028  1961.21302
 UP BND  pay_DCB_DCB-D6_2024  1852.2854
 UP BND  pay_DCB_DCB-D6_2025  2469.71387
 UP BND  pay_DCB_DCB-D6_2026  2469.71387
 UP BND  pay_DCB_DCB-D6_2027  2469.71387
 UP BND  pay_DCB_DCB-D6_2028  1852.2854
 UP BND  pay_DCB_DCB-D7_2025  1664.3414
 UP BND  pay_DCB_DCB-D7_2026  2219.12187
 UP BND  pay_DCB_DCB-D7_2027  2219.12187
 UP BND  pay_DCB_DCB-D7_2028  1664.3414
 UP BND  pay_DCB_DCB-D8_2024  2093.30195
 UP BND  pay_DCB_DCB-D8_2025  2791.06927
 UP BND  pay_DCB_DCB-D8_2026  2791.06927
 UP BND  pay_DCB_DCB-D8_2027  2791.06927
 UP BND  pay_DCB_DCB-D8_2028  2093.30195
 UP BND  pay_DCB_DCB-D9_2024  1474.64985
 UP BND  pay_DCB_DCB-D9_2025  1966.1998
 UP BND  pay_DCB_DCB-D9_2026  1966.1998
 UP BND  pay_DCB_DCB-D9_2027  1966.1998
 UP BND  pay_DCB_DCB-D9_2028  1474.64985
 UP BND  pay_UK_DCB-D9_2024  1474.64985
 UP BND  pay_UK_DCB-D9_2025  1966.1998
 UP BND  pay_UK_DCB-D9_2026  1966.1998
 UP BND  pay_UK_DCB-D9_2027  1966.1998
 UP BND  pay_UK_DCB-D9_2028  1474.64985
 UP BND  pay_DCB_DCB-S1_2024  1441.90193
 UP BND  pay_DCB_DCB-S1_2025  1922.53591
 UP BND  pay_DCB_DCB-S1_2026  1922.53591
 UP BND  pay_DCB_DCB-S1_2027  1922.53591
 UP BND  pay_DCB_DCB-S1_2028  1441.90193
 UP BND  pay_DCB_DCB-S2_2024  1670.78369
 UP BND  pay_DCB_DCB-S2_2025  2227.71159
 UP BND  pay_DCB_DCB-S2_2026  2227.71159
 UP BND  pay_DCB_DCB-S2_2027  2227.71159
 UP BND  pay_DCB_DCB-S2_2028  1670.78369
 UP BND  pay_DCB_DCB-S3_2024  1594.07093
 UP BND  pay_DCB_DCB-S3_2025  1948.30892
 UP BND  pay_DCB_DCB-S3_2026  1948.30892
 UP BND  pay_DCB_DCB-S3_2027  1948.30892
 UP BND  pay_US_T01_2025  11688.68826
 UP BND  pay_US_T01_2026  15584.91768
 UP BND  pay_US_T01_2027  15584.91768
 UP BND  pay_US_T01_2028  11688.68826
 UP BND  pay_BIH-COFIN_T01_2025  11688.68826
 UP BND  pay_BIH-COFIN_T01_2026  15584.91768
 UP BND  pay_BIH-COFIN_T01_2027  15584.91768
 UP BND  pay_BIH-COFIN_T01_2028  11688.68826
 UP BND  pay_US_T02_2024  6451.878
 UP BND  pay_US_T02_2025  7885.62867
 UP BND  pay_US_T02_2026  7885.62867
 UP BND  pay_US_T02_2027  7885.62867
 UP BND  pay_BIH-COFIN_T02_2024  6451.878
 UP BND  pay_BIH-COFIN_T02_2025  7885.62867
 UP BND  pay_BIH-COFIN_T02_2026  7885.62867
 UP BND  pay_BIH-COFIN_T02_2027  7885.62867
 UP BND  pay_US_T03_2025  6389.35611
 UP BND  pay_US_T03_2026  7809.21302
 UP BND  pay_US_T03_2027  7809.21302
 UP BND  pay_BIH-COFIN_T03_2025  6389.35611
 UP BND  pay_BIH-COFIN_T03_2026  7809.21302
 UP BND  pay_BIH-COFIN_T03_2027  7809.21302
 UP BND  pay_US_T04_2024  4296.81599
 UP BND  pay_US_T04_2025  5251.66399
 UP BND  pay_US_T04_2026  5251.66399
 UP BND  pay_US_T04_2027  5251.66399
 UP BND  pay_BIH-COFIN_T04_2024  4296.81599
 UP BND  pay_BIH-COFIN_T04_2025  5251.66399
 UP BND  pay_BIH-COFIN_T04_2026  5251.66399
 UP BND  pay_BIH-COFIN_T04_2027  5251.66399
 UP BND  pay_US_T05_2024  4377.48802
 UP BND  pay_US_T05_2025  5836.65069
 UP BND  pay_US_T05_2026  5836.65069
 UP BND  pay_US_T05_2027  5836.65069
 UP BND  pay_US_T05_2028  4377.48802
 UP BND  pay_BIH-COFIN_T05_2024  4377.48802
 UP BND  pay_BIH-COFIN_T05_2025  5836.65069
 UP BND  pay_BIH-COFIN_T05_2026  5836.65069
 UP BND  pay_BIH-COFIN_T05_2027  5836.65069
 UP BND  pay_BIH-COFIN_T05_2028  4377.48802
 UP BND  pay_UK_T06_2024  10076.21269
 UP BND  pay_UK_T06_2025  12315.37107
 UP BND  pay_UK_T06_2026  12315.37107
 UP BND  pay_UK_T06_2027  12315.37107
 UP BND  pay_BIH-COFIN_T06_2024  10076.21269
 UP BND  pay_BIH-COFIN_T06_2025  12315.37107
 UP BND  pay_BIH-COFIN_T06_2026  12315.37107
 UP BND  pay_BIH-COFIN_T06_2027  12315.37107
 UP BND  pay_UK_T07_2024  16701.56888
 UP BND  pay_UK_T07_2025  22268.75851
 UP BND  pay_UK_T07_2026  22268.75851
 UP BND  pay_UK_T07_2027  16701.56888
 UP BND  pay_BIH-COFIN_T07_2024  16701.56888
 UP BND  pay_BIH-COFIN_T07_2025  22268.75851
 UP BND  pay_BIH-COFIN_T07_2026  22268.75851
 UP BND  pay_BIH-COFIN_T07_2027  16701.56888
 UP BND  pay_UK_T08_2024  3678.5806
 UP BND  pay_UK_T08_2025  4496.04296
 UP BND  pay_UK_T08_2026  4496.04296
 UP BND  pay_UK_T08_2027  4496.04296
 UP BND  pay_BIH-COFIN_T08_2024  3678.5806
 UP BND  pay_BIH-COFIN_T08_2025  4496.04296
 UP BND  pay_BIH-COFIN_T08_2026  4496.04296
 UP BND  pay_BIH-COFIN_T08_2027  4496.04296
 UP BND  pay_UK_T09_2024  5302.52295
 UP BND  pay_UK_T09_2025  6480.86139
 UP BND  pay_UK_T09_2026  6480.86139
 UP BND  pay_UK_T09_2027  6480.86139
 UP BND  pay_BIH-COFIN_T09_2024  5302.52295
 UP BND  pay_BIH-COFIN_T09_2025  6480.86139
 UP BND  pay_BIH-COFIN_T09_2026  6480.86139
 UP BND  pay_BIH-COFIN_T09_2027  6480.86139
 UP BND  pay_UK_T10_2024  3717.24042
 UP BND  pay_UK_T10_2025  3717.24042
 UP BND  pay_BIH-COFIN_T10_2024  3717.24042
 UP BND  pay_BIH-COFIN_T10_2025  3717.24042
 UP BND  pay_TR_T11_2024  5724.32784
 UP BND  pay_TR_T11_2025  7632.43712
 UP BND  pay_TR_T11_2026  7632.43712
 UP BND  pay_TR_T11_2027  7632.43712
 UP BND  pay_TR_T11_2028  5724.32784
 UP BND  pay_BIH-COFIN_T11_2024  5724.32784
 UP BND  pay_BIH-COFIN_T11_2025  7632.43712
 UP BND  pay_BIH-COFIN_T11_2026  7632.43712
 UP BND  pay_BIH-COFIN_T11_2027  7632.43712
 UP BND  pay_BIH-COFIN_T11_2028  5724.32784
 UP BND  pay_TR_T12_2024  3446.61761
 UP BND  pay_TR_T12_2025  4212.53264
 UP BND  pay_TR_T12_2026  4212.53264
 UP BND  pay_TR_T12_2027  4212.53264
 UP BND  pay_BIH-COFIN_T12_2024  3446.61761
 UP BND  pay_BIH-COFIN_T12_2025  4212.53264
 UP BND  pay_BIH-COFIN_T12_2026  4212.53264
 UP BND  pay_BIH-COFIN_T12_2027  4212.53264
 UP BND  pay_TR_T13_2024  4348.53058
 UP BND  pay_TR_T13_2025  5314.87071
 UP BND  pay_TR_T13_2026  5314.87071
 UP BND  pay_TR_T13_2027  5314.87071
 UP BND  pay_BIH-COFIN_T13_2024  4348.53058
 UP BND  pay_BIH-COFIN_T13_2025  5314.87071
 UP BND  pay_BIH-COFIN_T13_2026  5314.87071
 UP BND  pay_BIH-COFIN_T13_2027  5314.87071
 UP BND  pay_TR_T14_2025  7897.25069
 UP BND  pay_TR_T14_2026  9652.19529
 UP BND  pay_TR_T14_2027  9652.19529
 UP BND  pay_BIH-COFIN_T14_2025  7897.25069
 UP BND  pay_BIH-COFIN_T14_2026  9652.19529
 UP BND  pay_BIH-COFIN_T14_2027  9652.19529
 UP BND  pay_TR_T15_2024  3023.20678
 UP BND  pay_TR_T15_2025  3695.03051
 UP BND  pay_TR_T15_2026  3695.03051
 UP BND  pay_TR_T15_2027  3695.03051
 UP BND  pay_BIH-COFIN_T15_2024  3023.20678
 UP BND  pay_BIH-COFIN_T15_2025  3695.03051
 UP BND  pay_BIH-COFIN_T15_2026  3695.03051
 UP BND  pay_BIH-COFIN_T15_2027  3695.03051
 UP BND  pay_NO_T16_2024  7760.06027
 UP BND  pay_NO_T16_2025  9484.5181
 UP BND  pay_NO_T16_2026  9484.5181
 UP BND  pay_NO_T16_2027  9484.5181
 UP BND  pay_BIH-COFIN_T16_2024  7760.06027
 UP BND  pay_BIH-COFIN_T16_2025  9484.5181
 UP BND  pay_BIH-COFIN_T16_2026  9484.5181
 UP BND  pay_BIH-COFIN_T16_2027  9484.5181
 UP BND  pay_NO_T17_2025  9630.1415
 UP BND  pay_NO_T17_2026  12840.18867
 UP BND  pay_NO_T17_2027  12840.18867
 UP BND  pay_NO_T17_2028  9630.1415
 UP BND  pay_BIH-COFIN_T17_2025  9630.1415
 UP BND  pay_BIH-COFIN_T17_2026  12840.18867
 UP BND  pay_BIH-COFIN_T17_2027  12840.18867
 UP BND  pay_BIH-COFIN_T17_2028  9630.1415
 UP BND  pay_NO_T18_2024  5667.23739
 UP BND  pay_NO_T18_2025  6926.62347
 UP BND  pay_NO_T18_2026  6926.62347
 UP BND  pay_NO_T18_2027  6926.62347
 UP BND  pay_BIH-COFIN_T18_2024  5667.23739
 UP BND  pay_BIH-COFIN_T18_2025  6926.62347
 UP BND  pay_BIH-COFIN_T18_2026  6926.62347
 UP BND  pay_BIH-COFIN_T18_2027  6926.62347
 UP BND  pay_NO_T19_2024  5728.1842
 UP BND  pay_NO_T19_2025  7001.11402
 UP BND  pay_NO_T19_2026  7001.11402
 UP BND  pay_NO_T19_2027  7001.11402
 UP BND  pay_BIH-COFIN_T19_2024  5728.1842
 UP BND  pay_BIH-COFIN_T19_2025  7001.11402
 UP BND  pay_BIH-COFIN_T19_2026  7001.11402
 UP BND  pay_BIH-COFIN_T19_2027  7001.11402
 UP BND  pay_NO_T20_2024  2381.29979
 UP BND  pay_NO_T20_2025  2910.47752
 UP BND  pay_NO_T20_2026  2910.47752
 UP BND  pay_NO_T20_2027  2910.47752
 UP BND  pay_BIH-COFIN_T20_2024  2381.29979
 UP BND  pay_BIH-COFIN_T20_2025  2910.47752
 UP BND  pay_BIH-COFIN_T20_2026  2910.47752
 UP BND  pay_BIH-COFIN_T20_2027  2910.47752
 UP BND  pay_US_T21_2024  3474.90729
 UP BND  pay_US_T21_2025  4247.10891
 UP BND  pay_US_T21_2026  4247.10891
 UP BND  pay_US_T21_2027  4247.10891
 UP BND  pay_BIH-COFIN_T21_2024  3474.90729
 UP BND  pay_BIH-COFIN_T21_2025  4247.10891
 UP BND  pay_BIH-COFIN_T21_2026  4247.10891
 UP BND  pay_BIH-COFIN_T21_2027  4247.10891
 UP BND  pay_US_I01_2024  3060.0601
 UP BND  pay_US_I01_2025  4080.08013
 UP BND  pay_US_I01_2026  4080.08013
 UP BND  pay_US_I01_2027  4080.08013
 UP BND  pay_US_I01_2028  3060.0601
 UP BND  pay_BIH-COFIN_I01_2024  3060.0601
 UP BND  pay_BIH-COFIN_I01_2025  4080.08013
 UP BND  pay_BIH-COFIN_I01_2026  4080.08013
 UP BND  pay_BIH-COFIN_I01_2027  4080.08013
 UP BND  pay_BIH-COFIN_I01_2028  3060.0601
 UP BND  pay_NO_I02_2024  3204.52692
 UP BND  pay_NO_I02_2025  3916.64402
 UP BND  pay_NO_I02_2026  3916.64402
 UP BND  pay_NO_I02_2027  3916.64402
 UP BND  pay_BIH-COFIN_I02_2024  3204.52692
 UP BND  pay_BIH-COFIN_I02_2025  3916.64402
 UP BND  pay_BIH-COFIN_I02_2026  3916.64402
 UP BND  pay_BIH-COFIN_I02_2027  3916.64402
 UP BND  pay_UK_I03_2024  2335.63474
 UP BND  pay_UK_I03_2025  2854.66468
 UP BND  pay_UK_I03_2026  2854.66468
 UP BND  pay_UK_I03_2027  2854.66468
 UP BND  pay_BIH-COFIN_I03_2024  2335.63474
 UP BND  pay_BIH-COFIN_I03_2025  2854.66468
 UP BND  pay_BIH-COFIN_I03_2026  2854.66468
 UP BND  pay_BIH-COFIN_I03_2027  2854.66468
 UP BND  pay_TR_I04_2024  4984.90089
 UP BND  pay_TR_I04_2025  6092.65664
 UP BND  pay_TR_I04_2026  6092.65664
 UP BND  pay_BIH-COFIN_I04_2024  4984.90089
 UP BND  pay_BIH-COFIN_I04_2025  6092.65664
 UP BND  pay_BIH-COFIN_I04_2026  6092.65664
 UP BND  pay_US_I05_2024  2692.32838
 UP BND  pay_US_I05_2025  3290.62357
 UP BND  pay_US_I05_2026  3290.62357
 UP BND  pay_US_I05_2027  3290.62357
 UP BND  pay_BIH-COFIN_I05_2024  2692.32838
 UP BND  pay_BIH-COFIN_I05_2025  3290.62357
 UP BND  pay_BIH-COFIN_I05_2026  3290.62357
 UP BND  pay_BIH-COFIN_I05_2027  3290.62357
 UP BND  pay_TR_I06_2024  2003.51817
 UP BND  pay_TR_I06_2025  2448.74443
 UP BND  pay_TR_I06_2026  2448.74443
 UP BND  pay_TR_I06_2027  2448.74443
 UP BND  pay_BIH-COFIN_I06_2024  2003.51817
 UP BND  pay_BIH-COFIN_I06_2025  2448.74443
 UP BND  pay_BIH-COFIN_I06_2026  2448.74443
 UP BND  pay_BIH-COFIN_I06_2027  2448.74443
 UP BND  pay_UK_I07_2024  3435.136
 UP BND  pay_UK_I07_2025  3435.136
 UP BND  pay_UK_I07_2026  3435.136
 UP BND  pay_BIH-COFIN_I07_2024  3435.136
 UP BND  pay_BIH-COFIN_I07_2025  3435.136
 UP BND  pay_BIH-COFIN_I07_2026  3435.136
ENDATA

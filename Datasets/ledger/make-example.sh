#!/bin/sh
# Rebuilds Datasets/ledger/example.jsonl from Datasets/ledger/example-plan.json with dcbplan itself:
# the planner's plan frozen as the baseline in January 2024, then two years of recorded progress.
# Run from the repository root after `swift build`: sh Datasets/ledger/make-example.sh
# Every entry time is given with --time, so the output is the same byte for byte on every run.
set -eu
DCBPLAN=${DCBPLAN:-.build/debug/dcbplan}
LEDGER=Datasets/ledger/example.jsonl
rm -f "$LEDGER"
a() { "$DCBPLAN" audit "$@" --ledger "$LEDGER" > /dev/null; }
ms() { # candidate milestone status date time [extra options...]
  c=$1; m=$2; s=$3; d=$4; t=$5; shift 5
  a record milestone --candidate "$c" --milestone "$m" --status "$s" --date "$d" --time "$t" --author "DCB project office" "$@"
}
cost() { # candidate date dollars reference time [extra options...]: paid by the DCB fund
  c=$1; d=$2; amount=$3; ref=$4; t=$5; shift 5
  a record cost --candidate "$c" --date "$d" --amount "$amount" --source DCB --reference "$ref" --time "$t" --author "NATO DCB finance" "$@"
}
pcost() { # candidate date dollars reference time source: paid by a pact partner or BiH co-financing
  a record cost --candidate "$1" --date "$2" --amount "$3" --reference "$4" --time "$5" --source "$6" --author "pact partner finance"
}

a init --id dcb-bih/audit --time 2024-01-08T09:00:00Z --author "BiH MoD audit office"
a baseline --plan Datasets/ledger/example-plan.json --data Datasets/bih --approver "DCB steering board" \
  --time 2024-01-15T10:00:00Z --author "BiH MoD audit office"
a record note --text "Tailored DCB package (decided Madrid 2022, approved February 2023: nine defence and three security projects) frozen as the baseline." \
  --time 2024-01-15T10:05:00Z --author "BiH MoD audit office"

# Entries in recording order, 2024-2025.
ms DCB-D2 M1 accepted 2024-03-20 2024-03-21T09:00:00Z --evidence "Slovenia-MoD agreement, MP vehicles"
ms DCB-D4 M1 accepted 2024-03-25 2024-03-26T09:00:00Z --evidence "UK lead-nation agreement, aerial firefighting"
ms DCB-D3 M1 accepted 2024-03-28 2024-03-29T09:00:00Z --evidence "UK lead-nation agreement, MEDEVAC"
ms DCB-S1 M1 accepted 2024-03-29 2024-04-02T09:00:00Z
ms DCB-S2 M1 accepted 2024-03-29 2024-04-02T09:05:00Z
ms T10 M1 accepted 2024-04-05 2024-04-06T09:30:00Z
ms DCB-D9 M1 accepted 2024-04-05 2024-04-08T09:00:00Z
ms DCB-D1 M1 accepted 2024-04-10 2024-04-11T09:00:00Z --evidence "Croatia-led tactical communications arrangement"
ms T13 M1 accepted 2024-04-12 2024-04-13T09:30:00Z
ms I01 M1 accepted 2024-04-14 2024-04-15T09:30:00Z
ms T19 M1 accepted 2024-04-15 2024-04-16T09:30:00Z
cost DCB-D2 2024-04-15 180000 DCB-2024-0007 2024-04-16T12:00:00Z
ms I06 M1 accepted 2024-04-17 2024-04-18T09:30:00Z
pcost T10 2024-04-19 309000 T10-2024-M1 2024-04-20T14:00:00Z UK
ms T04 M1 accepted 2024-04-20 2024-04-21T09:30:00Z
ms I02 M1 accepted 2024-04-21 2024-04-22T09:30:00Z
ms T20 M1 accepted 2024-04-22 2024-04-23T09:30:00Z
ms T09 M1 accepted 2024-04-23 2024-04-24T09:30:00Z
ms I07 M1 accepted 2024-04-24 2024-04-25T09:30:00Z
pcost T13 2024-04-26 891000 T13-2024-M1 2024-04-27T14:00:00Z TR
ms T05 M1 accepted 2024-04-27 2024-04-28T09:30:00Z
ms I03 M1 accepted 2024-04-28 2024-04-29T09:30:00Z
pcost I01 2024-04-28 792000 I01-2024-M1 2024-04-29T14:00:00Z US
ms T21 M1 accepted 2024-04-29 2024-04-30T09:30:00Z
pcost T19 2024-04-29 624000 T19-2024-M1 2024-04-30T14:00:00Z NO
ms DCB-D8 M1 slipped 2024-04-30 2024-04-30T15:00:00Z --forecast 2026-03-31 --reason "added to the DCBI priority list in April 2024 (mod.gov.ba); contract not before 2026"
pcost I06 2024-05-01 416000 I06-2024-M1 2024-05-02T14:00:00Z TR
pcost T04 2024-05-04 918000 T04-2024-M1 2024-05-05T14:00:00Z US
pcost I02 2024-05-05 428400 I02-2024-M1 2024-05-06T14:00:00Z NO
pcost T20 2024-05-06 500000 T20-2024-M1 2024-05-07T14:00:00Z NO
pcost T09 2024-05-07 1000000 T09-2024-M1 2024-05-08T14:00:00Z UK
pcost I07 2024-05-08 300000 I07-2024-M1 2024-05-09T14:00:00Z UK
pcost T05 2024-05-11 646800 T05-2024-M1 2024-05-12T14:00:00Z US
pcost I03 2024-05-12 490000 I03-2024-M1 2024-05-13T14:00:00Z UK
pcost T21 2024-05-13 370800 T21-2024-M1 2024-05-14T14:00:00Z US
ms DCB-D5 M1 accepted 2024-05-15 2024-05-16T09:00:00Z
cost DCB-D3 2024-05-31 450000 DCB-2024-0011 2024-06-03T12:00:00Z
cost DCB-D4 2024-05-31 260000 DCB-2024-0012 2024-06-03T12:05:00Z
ms T10 M2 accepted 2024-06-05 2024-06-06T09:30:00Z
pcost T10 2024-06-19 1236000 T10-2024-M2 2024-06-20T14:00:00Z UK
ms I07 M2 accepted 2024-06-24 2024-06-25T09:30:00Z
a record rebaseline --candidate DCB-D8 --move M1=2026-03-31 --move M2=2027-04-30 --move M3=2028-03-31 --move M4=2028-12-31 \
  --reason "added to the DCBI priority list in April 2024 (mod.gov.ba): start moved to 2026" --approver "DCB steering board" \
  --time 2024-06-30T10:00:00Z --author "DCB project office"
cost DCB-D1 2024-06-28 540000 DCB-2024-0015 2024-07-01T12:00:00Z --milestone M1
cost DCB-D9 2024-06-28 430000 DCB-2024-0016 2024-07-01T12:10:00Z
cost DCB-S2 2024-06-28 430000 DCB-2024-0017 2024-07-01T12:15:00Z
a record note --candidate DCB-D1 --text "Croatia transferred EUR 0.5 M for LIBG tactical communications (protv.ba); booked as USD 540,000." \
  --time 2024-07-01T12:20:00Z --author "NATO DCB finance"
pcost I07 2024-07-08 1200000 I07-2024-M2 2024-07-09T14:00:00Z UK
cost DCB-D5 2024-09-30 610000 DCB-2024-0021 2024-10-01T12:00:00Z
ms T10 M3 accepted 2024-10-05 2024-10-06T09:30:00Z
pcost T10 2024-10-19 927000 T10-2024-M3 2024-10-20T14:00:00Z UK
ms I07 M3 accepted 2024-10-24 2024-10-25T09:30:00Z
cost DCB-S1 2024-10-31 490000 DCB-2024-0026 2024-11-04T12:00:00Z
pcost I07 2024-11-07 900000 I07-2024-M3 2024-11-08T14:00:00Z UK
ms DCB-D2 M2 slipped 2024-11-15 2024-11-15T15:00:00Z --forecast 2025-06-30 --reason "vehicle delivery expected mid-year, after training and certification (preporod.info)"
ms DCB-D4 M2 slipped 2024-11-20 2024-11-20T15:00:00Z --forecast 2025-09-30 --reason "bucket system delivery rescheduled by the lead nation"
ms T13 M2 slipped 2024-12-10 2024-12-10T09:30:00Z --forecast 2026-02-28 --reason "fuze qualification lot failed first test; retest planned"
ms T19 M2 accepted 2024-12-15 2024-12-16T09:30:00Z
ms I06 M2 accepted 2024-12-17 2024-12-18T09:30:00Z
ms T04 M2 accepted 2024-12-20 2024-12-21T09:30:00Z
ms I02 M2 accepted 2024-12-21 2024-12-22T09:30:00Z
ms T20 M2 accepted 2024-12-22 2024-12-23T09:30:00Z
ms T09 M2 accepted 2024-12-23 2024-12-24T09:30:00Z
ms I03 M2 accepted 2024-12-28 2024-12-29T09:30:00Z
ms T21 M2 accepted 2024-12-29 2024-12-30T09:30:00Z
pcost T19 2024-12-29 2496000 T19-2024-M2 2024-12-30T14:00:00Z NO
pcost I06 2024-12-31 1664000 I06-2024-M2 2025-01-01T14:00:00Z TR
pcost T04 2025-01-03 3672000 T04-2025-M2 2025-01-04T14:00:00Z US
pcost I02 2025-01-04 1713600 I02-2025-M2 2025-01-05T14:00:00Z NO
ms T10 M4 accepted 2025-01-05 2025-01-06T09:30:00Z
pcost T20 2025-01-05 2000000 T20-2025-M2 2025-01-06T14:00:00Z NO
pcost T09 2025-01-06 4000000 T09-2025-M2 2025-01-07T14:00:00Z UK
pcost I03 2025-01-11 1960000 I03-2025-M2 2025-01-12T14:00:00Z UK
pcost T21 2025-01-12 1483200 T21-2025-M2 2025-01-13T14:00:00Z US
pcost T10 2025-01-19 618000 T10-2025-M4 2025-01-20T14:00:00Z UK
ms I07 M4 accepted 2025-01-24 2025-01-25T09:30:00Z
pcost I07 2025-02-07 600000 I07-2025-M4 2025-02-08T14:00:00Z UK
ms DCB-D6 M1 accepted 2025-03-20 2025-03-21T09:00:00Z
ms T02 M1 accepted 2025-04-06 2025-04-07T09:30:00Z
ms T03 M1 accepted 2025-04-13 2025-04-14T09:30:00Z
ms DCB-D1 M2 slipped 2025-04-15 2025-04-15T15:00:00Z --forecast 2025-10-31 --reason "radio delivery follows the expert visit on tactical communications (protv.ba)"
ms DCB-S2 M2 slipped 2025-04-15 2025-04-15T15:10:00Z --forecast 2026-02-28 --reason "incident command system procurement re-tendered"
ms T08 M1 accepted 2025-04-16 2025-04-17T09:30:00Z
ms T14 M1 accepted 2025-04-19 2025-04-20T09:30:00Z
pcost T02 2025-04-20 865200 T02-2025-M1 2025-04-21T14:00:00Z US
ms T15 M1 accepted 2025-04-26 2025-04-27T09:30:00Z
ms DCB-D3 M2 accepted 2025-04-25 2025-04-28T09:00:00Z --evidence "MEDEVAC kits acceptance certificate"
pcost T03 2025-04-27 1188000 T03-2025-M1 2025-04-28T14:00:00Z US
pcost T08 2025-04-30 499200 T08-2025-M1 2025-05-01T14:00:00Z UK
ms DCB-S1 M2 accepted 2025-04-30 2025-05-02T09:00:00Z
pcost T14 2025-05-03 979200 T14-2025-M1 2025-05-04T14:00:00Z TR
ms I01 M2 slipped 2025-05-10 2025-05-10T09:30:00Z --forecast 2026-02-28 --reason "machine tools delivery delayed by the supplier"
ms T05 M2 slipped 2025-05-10 2025-05-10T09:30:00Z --forecast 2026-01-31 --reason "export licence for turboshaft tooling pending"
pcost T15 2025-05-10 588000 T15-2025-M1 2025-05-11T14:00:00Z TR
ms DCB-D9 M2 accepted 2025-05-20 2025-05-21T09:00:00Z --evidence "codification office equipped; NCAGE training held"
ms DCB-D5 M2 accepted 2025-06-10 2025-06-11T09:00:00Z
cost DCB-D3 2025-06-30 2650000 DCB-2025-0031 2025-07-01T12:00:00Z --milestone M2
cost DCB-D5 2025-06-30 2580000 DCB-2025-0032 2025-07-01T12:05:00Z
cost DCB-D9 2025-06-30 1720000 DCB-2025-0033 2025-07-01T12:10:00Z
ms T09 M3 slipped 2025-07-10 2025-07-10T09:30:00Z --forecast 2026-03-31 --reason "mortar fire-control software integration behind schedule"
ms T21 M3 slipped 2025-07-10 2025-07-10T09:30:00Z --forecast 2026-04-30 --reason "NATO magazine interface test range booking moved"
ms DCB-D2 M2 accepted 2025-07-10 2025-07-11T09:00:00Z --evidence "four MP vehicles handed over"
ms DCB-D2 M3 slipped 2025-07-10 2025-07-11T09:05:00Z --forecast 2026-03-31 --reason "crew training and certification follow the late delivery"
ms T19 M3 accepted 2025-07-15 2025-07-16T09:30:00Z
ms I06 M3 accepted 2025-07-17 2025-07-18T09:30:00Z
ms T04 M3 accepted 2025-07-20 2025-07-21T09:30:00Z
ms I02 M3 accepted 2025-07-21 2025-07-22T09:30:00Z
ms T20 M3 accepted 2025-07-22 2025-07-23T09:30:00Z
ms I03 M3 accepted 2025-07-28 2025-07-29T09:30:00Z
pcost T19 2025-07-29 1872000 T19-2025-M3 2025-07-30T14:00:00Z NO
cost DCB-D2 2025-07-31 900000 DCB-2025-0036 2025-08-01T12:00:00Z --milestone M2
pcost I06 2025-07-31 1248000 I06-2025-M3 2025-08-01T14:00:00Z TR
pcost T04 2025-08-03 2754000 T04-2025-M3 2025-08-04T14:00:00Z US
pcost I02 2025-08-04 1285200 I02-2025-M3 2025-08-05T14:00:00Z NO
pcost T20 2025-08-05 1500000 T20-2025-M3 2025-08-06T14:00:00Z NO
pcost I03 2025-08-11 1470000 I03-2025-M3 2025-08-12T14:00:00Z UK
cost DCB-S1 2025-08-29 1980000 DCB-2025-0040 2025-09-01T12:00:00Z
ms DCB-D3 M3 started 2025-09-15 2025-09-16T09:00:00Z --evidence "TCCC course held (rtvslon.ba)"
ms DCB-D4 M2 accepted 2025-09-18 2025-09-19T09:00:00Z --evidence "firefighting bucket system delivered (rtvslon.ba)"
ms DCB-D3 M3 progress 2025-09-30 2025-10-01T09:00:00Z --percent 40
cost DCB-D6 2025-09-30 498000 DCB-2025-0044 2025-10-01T12:00:00Z
ms DCB-D4 M3 accepted 2025-10-15 2025-10-16T09:00:00Z --evidence "aircrew and ground crew trained"
cost DCB-D4 2025-10-31 2180000 DCB-2025-0049 2025-11-03T12:00:00Z
cost DCB-S2 2025-10-31 600000 DCB-2025-0050 2025-11-03T12:05:00Z
ms DCB-D1 M2 accepted 2025-11-20 2025-11-21T09:00:00Z --evidence "tactical radios delivered to LIBG"
cost DCB-D1 2025-11-28 3300000 DCB-2025-0055 2025-12-01T12:00:00Z --milestone M2
ms T02 M2 accepted 2025-12-06 2025-12-07T09:30:00Z
ms DCB-D4 M4 accepted 2025-12-10 2025-12-11T09:00:00Z --evidence "handover certificate: aerial firefighting capability delivered"
ms T03 M2 accepted 2025-12-13 2025-12-14T09:30:00Z
a record correction --ref-seq 100 --action amend --set amountCents=258500000 --reason "invoice DCB-2025-0032 booked without its bank charge" \
  --time 2025-12-15T10:00:00Z --author "NATO DCB finance"
ms T08 M2 accepted 2025-12-16 2025-12-17T09:30:00Z
ms T14 M2 accepted 2025-12-19 2025-12-20T09:30:00Z
pcost T02 2025-12-20 3460800 T02-2025-M2 2025-12-21T14:00:00Z US
ms T15 M2 accepted 2025-12-26 2025-12-27T09:30:00Z
pcost T03 2025-12-27 4752000 T03-2025-M2 2025-12-28T14:00:00Z US
pcost T08 2025-12-30 1996800 T08-2025-M2 2025-12-31T14:00:00Z UK
pcost T14 2025-12-30 3916800 T14-2025-M2 2025-12-31T14:00:00Z TR
pcost T15 2025-12-30 2352000 T15-2025-M2 2025-12-31T14:00:00Z TR
a record note --text "Year-end 2025 review: DCB-D4 delivered; DCB-D1, D2, D3, D5, D9, S1 in progress; DCB-S2 and several transfers late." \
  --time 2025-12-31T16:00:00Z --author "BiH MoD audit office"
"$DCBPLAN" audit verify --ledger "$LEDGER"

#!/bin/sh
# Rebuilds Datasets/ledger/example.jsonl from Datasets/ledger/example-plan.json with dcbplan itself:
# a baseline frozen in January 2024 and two years of recorded progress on the 12 DCB projects.
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
cost() { # candidate date dollars reference time [extra options...]
  c=$1; d=$2; amount=$3; ref=$4; t=$5; shift 5
  a record cost --candidate "$c" --date "$d" --amount "$amount" --source DCB --reference "$ref" --time "$t" --author "NATO DCB finance" "$@"
}

a init --id dcb-bih/audit --time 2024-01-08T09:00:00Z --author "BiH MoD audit office"
a baseline --plan Datasets/ledger/example-plan.json --data Datasets/bih --approver "DCB steering board" \
  --time 2024-01-15T10:00:00Z --author "BiH MoD audit office"
a record note --text "Tailored DCB package (decided Madrid 2022, approved February 2023: nine defence and three security projects) frozen as the baseline." \
  --time 2024-01-15T10:05:00Z --author "BiH MoD audit office"

# 2024: contracts and first payments
ms DCB-D2 M1 accepted 2024-03-20 2024-03-21T09:00:00Z --evidence "Slovenia-MoD agreement, MP vehicles"
ms DCB-D4 M1 accepted 2024-03-25 2024-03-26T09:00:00Z --evidence "UK lead-nation agreement, aerial firefighting"
ms DCB-D3 M1 accepted 2024-03-28 2024-03-29T09:00:00Z --evidence "UK lead-nation agreement, MEDEVAC"
ms DCB-S1 M1 accepted 2024-03-29 2024-04-02T09:00:00Z
ms DCB-D1 M1 accepted 2024-04-10 2024-04-11T09:00:00Z --evidence "Croatia-led tactical communications arrangement"
cost DCB-D2 2024-04-15 180000 DCB-2024-0007 2024-04-16T12:00:00Z
a record note --candidate DCB-D8 --text "DCB-D8 added to the DCBI priority list in April 2024 (mod.gov.ba); start planned for 2026." \
  --time 2024-04-30T09:00:00Z --author "BiH MoD audit office"
ms DCB-D5 M1 accepted 2024-05-15 2024-05-16T09:00:00Z
cost DCB-D3 2024-05-31 450000 DCB-2024-0011 2024-06-03T12:00:00Z
cost DCB-D4 2024-05-31 260000 DCB-2024-0012 2024-06-03T12:05:00Z
cost DCB-D1 2024-06-28 540000 DCB-2024-0015 2024-07-01T12:00:00Z --milestone M1
a record note --candidate DCB-D1 --text "Croatia transferred EUR 0.5 M for LIBG tactical communications (protv.ba); booked as USD 540,000." \
  --time 2024-07-01T12:10:00Z --author "NATO DCB finance"
cost DCB-D5 2024-09-30 400000 DCB-2024-0021 2024-10-01T12:00:00Z
cost DCB-S1 2024-10-31 350000 DCB-2024-0026 2024-11-04T12:00:00Z
ms DCB-D2 M2 slipped 2024-11-15 2024-11-15T15:00:00Z --forecast 2025-06-30 \
  --reason "vehicle delivery expected mid-year, after training and certification (preporod.info)"
ms DCB-D4 M2 slipped 2024-11-20 2024-11-20T15:00:00Z --forecast 2025-09-30 --reason "bucket system delivery rescheduled by the lead nation"

# 2025: deliveries, slips and the first handover
ms DCB-D6 M1 accepted 2025-03-20 2025-03-21T09:00:00Z
ms DCB-S3 M1 accepted 2025-03-31 2025-04-01T09:00:00Z
ms DCB-D1 M2 slipped 2025-04-15 2025-04-15T15:00:00Z --forecast 2025-10-31 \
  --reason "radio delivery follows the expert visit on tactical communications (protv.ba)"
ms DCB-D7 M1 accepted 2025-04-22 2025-04-23T09:00:00Z
ms DCB-D3 M2 accepted 2025-04-25 2025-04-28T09:00:00Z --evidence "MEDEVAC kits acceptance certificate"
ms DCB-S1 M2 accepted 2025-04-30 2025-05-02T09:00:00Z
ms DCB-D5 M2 accepted 2025-06-10 2025-06-11T09:00:00Z
cost DCB-D3 2025-06-30 2650000 DCB-2025-0031 2025-07-01T12:00:00Z --milestone M2
cost DCB-D5 2025-06-30 2150000 DCB-2025-0032 2025-07-01T12:05:00Z
ms DCB-D2 M2 accepted 2025-07-10 2025-07-11T09:00:00Z --evidence "four MP vehicles handed over"
ms DCB-D2 M3 slipped 2025-07-10 2025-07-11T09:05:00Z --forecast 2026-03-31 --reason "crew training and certification follow the late delivery"
cost DCB-D2 2025-07-31 900000 DCB-2025-0036 2025-08-01T12:00:00Z --milestone M2
cost DCB-S1 2025-08-29 1720000 DCB-2025-0040 2025-09-01T12:00:00Z
ms DCB-D3 M3 started 2025-09-15 2025-09-16T09:00:00Z --evidence "TCCC course held (rtvslon.ba)"
ms DCB-D3 M3 progress 2025-09-30 2025-10-01T09:00:00Z --percent 40
ms DCB-D4 M2 accepted 2025-09-18 2025-09-19T09:00:00Z --evidence "firefighting bucket system delivered (rtvslon.ba)"
cost DCB-D6 2025-09-30 415000 DCB-2025-0044 2025-10-01T12:00:00Z
cost DCB-D7 2025-09-30 470000 DCB-2025-0045 2025-10-01T12:05:00Z
ms DCB-D4 M3 accepted 2025-10-15 2025-10-16T09:00:00Z --evidence "aircrew and ground crew trained"
cost DCB-D4 2025-10-31 2180000 DCB-2025-0049 2025-11-03T12:00:00Z
cost DCB-S3 2025-10-31 600000 DCB-2025-0050 2025-11-03T12:05:00Z
ms DCB-D1 M2 accepted 2025-11-20 2025-11-21T09:00:00Z --evidence "tactical radios delivered to LIBG"
cost DCB-D1 2025-11-28 3300000 DCB-2025-0055 2025-12-01T12:00:00Z --milestone M2
ms DCB-D4 M4 accepted 2025-12-10 2025-12-11T09:00:00Z --evidence "handover certificate: aerial firefighting capability delivered"
a record correction --ref-seq 28 --action amend --set amountCents=215500000 --reason "invoice DCB-2025-0032 booked without its bank charge" \
  --time 2025-12-15T10:00:00Z --author "NATO DCB finance"
a record note --text "Year-end 2025 status review: DCB-D4 delivered; DCB-D1, DCB-D2, DCB-D3 in progress; DCB-S3 M2 awaiting equipment." \
  --time 2025-12-31T16:00:00Z --author "BiH MoD audit office"
"$DCBPLAN" audit verify --ledger "$LEDGER"

#!/usr/bin/env bash
# The action as the bench harness's OURS_CMD (../shared/bench): runs dist/index.js the way the
# Actions runner does, with inputs in INPUT_* variables (hyphens kept, so `env` sets them).
# SCD_ENTRY points at another build (e.g. a copy of dist/ taken before a long run).
#   npm run bench   (scripts/bench.mjs), or by hand:
#   OURS_CMD="$PWD/scripts/bench-ours.sh {dir} {bucket} {prefix} {endpoint} {region}" ../shared/bench/run.sh
set -euo pipefail
dir="$1" bucket="$2" prefix="$3" endpoint="$4" region="$5"
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mktemp)"; summary="$(mktemp)"
trap 'rm -f "$out" "$summary"' EXIT
env "INPUT_SOURCE-DIR=$dir" "INPUT_BUCKET=$bucket" "INPUT_PREFIX=$prefix" "INPUT_DELETE=true" \
  "INPUT_MAX-DELETES=-1" "INPUT_REGION=$region" "AWS_ENDPOINT_URL_S3=$endpoint" \
  "GITHUB_OUTPUT=$out" "GITHUB_STEP_SUMMARY=$summary" node "${SCD_ENTRY:-$here/dist/index.js}"

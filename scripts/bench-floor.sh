#!/usr/bin/env bash
# The `floor` column of the bench harness (../shared/bench), as TOOL_CMD_floor:
#   TOOLS="rclone-checksum floor" TOOL_CMD_floor="$PWD/scripts/bench-floor.sh {dir} {bucket} {prefix} {endpoint} {region}" npm run bench
# Scenario a is our own deploy (b, c and d start from the bucket their tool made in a); every other
# scenario is scripts/bench-floor.mjs, which lists and hashes and writes nothing: a lower bound.
set -euo pipefail
dir="$1" bucket="$2" prefix="$3" endpoint="$4" region="$5"
here="$(cd "$(dirname "$0")" && pwd)"
case "$bucket" in
  *-a-r*) exec "$here/bench-ours.sh" "$dir" "$bucket" "$prefix" "$endpoint" "$region" ;;
  *) exec node "$here/bench-floor.mjs" "$dir" "$bucket" "$prefix" "$endpoint" ;;
esac

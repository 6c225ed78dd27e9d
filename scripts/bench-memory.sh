#!/usr/bin/env bash
# Peak memory of one deploy at scale: the action (dist/index.js, run as the Actions runner does, as
# in bench-ours.sh) on a fresh moto_server, a first deploy of SITE then a no-op redeploy of it, each
# under /usr/bin/time. Prints one line per run: wall, our CPU (user+sys) and peak RSS.
#   scripts/bench-memory.sh SITE [RUNS]    RUNS: no-op redeploys after the first deploy (default 1)
# env: SCD_ENTRY (default dist/index.js), PORT (default a free one), NODE (default node)
# moto lists in super-linear time: at 100,000 files its wall time is the server's, not ours.
set -euo pipefail
site="$(cd "$1" && pwd)"; runs="${2:-1}"
here="$(cd "$(dirname "$0")/.." && pwd)"
entry="${SCD_ENTRY:-$here/dist/index.js}"
port="${PORT:-$(node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"
endpoint="http://127.0.0.1:$port"
scratch="$(mktemp -d)"
moto_server -H 127.0.0.1 -p "$port" >"$scratch/moto.log" 2>&1 &
moto=$!
trap 'kill "$moto" 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 1 100); do curl -fsS "$endpoint/moto-api/" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fsS -X PUT "$endpoint/bench-memory" >/dev/null
run() { # label
  : >"$scratch/out"; : >"$scratch/summary"
  env -i PATH="$PATH" HOME="$scratch" AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test \
    "INPUT_SOURCE-DIR=$site" INPUT_BUCKET=bench-memory INPUT_PREFIX=site INPUT_DELETE=true \
    "INPUT_MAX-DELETES=-1" INPUT_REGION=us-east-1 "AWS_ENDPOINT_URL_S3=$endpoint" \
    "GITHUB_OUTPUT=$scratch/out" "GITHUB_STEP_SUMMARY=$scratch/summary" ${NODE_OPTIONS:+NODE_OPTIONS="$NODE_OPTIONS"} \
    /usr/bin/time -f '%e %U %S %M' -o "$scratch/time" "${NODE:-node}" "$entry" >"$scratch/log" 2>&1 ||
    { tail -5 "$scratch/log" >&2; echo "$1 failed" >&2; exit 1; }
  read -r wall user sys rss <"$scratch/time"
  uploaded="$(grep -A1 '^uploaded<<' "$scratch/out" | tail -1 || true)"
  printf '%-12s wall %6.1f s  cpu %6.1f s (user %.1f sys %.1f)  peak RSS %4d MB  uploaded %s\n' \
    "$1" "$wall" "$(echo "$user + $sys" | bc)" "$user" "$sys" "$((rss / 1024))" "${uploaded:-?}"
  grep -h MEMSAMPLE "$scratch/log" || true
}
run first
for i in $(seq 1 "$runs"); do run "no-op $i"; done

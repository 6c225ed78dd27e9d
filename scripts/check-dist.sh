#!/usr/bin/env bash
# dist/ is what the runner executes: it must be exactly what `npm run build` makes of the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ is stale: run 'npm run build' and commit dist/ with the sources." >&2
  git status --porcelain -- dist >&2
  git diff --stat -- dist >&2
  exit 1
fi
echo "dist/ is what npm run build makes of the sources."

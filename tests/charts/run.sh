#!/usr/bin/env bash
# Offline checks of the Helm charts and Dockerfiles (no cluster, no container engine):
# installs the npm packages (helm/kubectl ship inside one of them), then runs node's test runner.
# Needs functions/Http built in Release first (functions.metadata): tests/run.sh does that.
#   tests/charts/run.sh          # prints "Charts: N passed, N failed, N skipped" last
set -euo pipefail
cd "$(dirname "$0")"
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 20 ]; then
  echo "tests/charts needs node 20 or newer (found ${major}); install it, e.g. from nodejs.org or NodeSource." >&2
  exit 3
fi
if [ ! -d node_modules/kubernetes-models ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
# One file at a time: each renders the app chart, and `helm dependency update` rewrites charts/ (a race when parallel).
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
node --test --test-concurrency=1 --test-reporter=tap charts.test.mjs observability.test.mjs dockerfiles.test.mjs servers.test.mjs > "$log" 2>&1 || status=$?
grep -E '^not ok|^\s+not ok' "$log" | sed 's/^/  /' || true
count() { sed -n "s/^# $1 \([0-9]*\)$/\1/p" "$log" | tail -1; }
passed=$(count pass); failed=$(count fail); skipped=$(count skipped)
if [ "${passed:-0}" = 0 ] && [ "$status" != 0 ]; then cat "$log"; fi
echo "Charts: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit "$status"

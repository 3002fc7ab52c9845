#!/usr/bin/env bash
# Runs every test: builds the solution, starts a throwaway PostgreSQL and RabbitMQ (temporary data
# folders, random loopback ports), runs each test project, stops the servers, and prints one summary.
#   tests/run.sh            # everything
#   tests/run.sh Core.Tests # one project (name of a folder under tests/)
#   tests/run.sh charts     # only the offline Helm chart and Dockerfile checks (tests/charts)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
configuration=${CONFIGURATION:-Release}

"$root/tests/prerequisites.sh"

work=$(mktemp -d /tmp/todo-tests.XXXXXX)
chmod 755 "$work"
cleanup() {
  "$root/tests/servers/rabbitmq.sh" stop "$work/rabbitmq" || true
  "$root/tests/servers/postgres.sh" stop "$work/postgres" || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== building ($configuration)"
dotnet build Functions.sln -c "$configuration" -nologo -v quiet -clp:ErrorsOnly

echo "== starting PostgreSQL and RabbitMQ"
mkdir -p "$work/postgres" "$work/rabbitmq"
TEST_POSTGRES=$("$root/tests/servers/postgres.sh" start "$work/postgres")
TEST_RABBITMQ=$("$root/tests/servers/rabbitmq.sh" start "$work/rabbitmq")
export TEST_POSTGRES TEST_RABBITMQ TEST_RABBITMQ_DIR="$work/rabbitmq"
echo "   postgres: $TEST_POSTGRES"
echo "   rabbitmq: $TEST_RABBITMQ"

projects=("$@")
run_charts=false
if [ ${#projects[@]} -eq 0 ]; then
  mapfile -t projects < <(find tests -maxdepth 2 -name '*.Tests.csproj' -printf '%h\n' | xargs -n1 basename | sort)
  run_charts=true
elif [ "${projects[*]}" = charts ]; then
  projects=(); run_charts=true
fi

passed=0; failed=0; skipped=0; status=0
for project in "${projects[@]}"; do
  echo "== $project"
  log="$work/$project.log"
  # One project at a time: they share two cores and the servers.
  if dotnet test --project "tests/$project" -c "$configuration" --no-build 2>&1 | tee "$log"; then :; else status=1; fi
  read -r p f s < <(python3 - "$log" <<'PY'
import re, sys
text = open(sys.argv[1], errors="replace").read()
def last(name):
    m = re.findall(rf"^\s*{name}:\s*(\d+)", text, re.M)
    return int(m[-1]) if m else 0
print(last("succeeded"), last("failed"), last("skipped"))
PY
)
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
done

if $run_charts; then
  # Chart checks (~65 s): lint, render, schema validation, policies, Dockerfiles (offline), and the real worker answering the chart's probes (the servers above); needs the Release build above.
  echo "== charts"
  log="$work/charts.log"
  if tests/charts/run.sh 2>&1 | tee "$log"; then :; else status=1; fi
  read -r p f s < <(sed -n 's/^Charts: \([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped$/\1 \2 \3/p' "$log" | tail -1; echo)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
  [ -n "${p:-}" ] || status=1
fi

echo
echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit $status

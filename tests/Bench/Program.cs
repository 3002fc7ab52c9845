using System.Diagnostics;
using System.Runtime.InteropServices;
using TodoFunctions.Bench;

// Table of contents of a run; each phase lives in its own file.
//   1. Servers, worker publish, processes .. SystemUnderTest.cs (Servers.cs, RepoPaths.cs, ChildProcess.cs)
//   2. Users + warm-up, idle RSS ........... Api.cs, ClosedLoop.cs, EndToEnd.cs
//   3. Sustained committed/s ............... Sustained.cs
//   4. End-to-end at a fixed rate ........... EndToEnd.cs
//   5. List reads (and --compare) .......... ClosedLoop.cs, Compare.cs
//   6. Burst with no worker, drain ......... WorkerPhases.cs
//   7. Worker cold start (published) ....... WorkerPhases.cs
//   8. Stop everything + report ............ Report.cs

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
Progress.Say($"bench folder {root} (server data, worker publish, process logs)");

var system = new SystemUnderTest(root, options.KeepServers, options.SystemRoot);
try
{
    await system.StartAsync(options.WorkerPublish, options.PostgresOptions, options.Environment ?? [], options.WorkerEnvironment ?? [], ct);
    report.WorkerBuild = system.WorkerBuild;
    using var api = new Api(system.BaseAddress);
    var db = new Database(system.Database);
    var cpu = new CpuMeter(system, root);
    var seconds = TimeSpan.FromSeconds(options.Seconds);
    long accepted = 0; // every 202 of this host: processed_commands must reach it before the worker is stopped

    Progress.Say($"phase 1/7: {Options.Users} users, a list user with {Options.ListItems} todos, warm-up ({Options.WarmupSeconds} s of creates, 3 s of lists, 3 s end-to-end; not measured)");
    await api.RegisterUsersAsync(Options.Users, "api/auth/register", ct);
    var listToken = await api.RegisterAsync("api/auth/register", ct);
    await api.EnsureTodosAsync(listToken, Options.ListItems, TimeSpan.FromSeconds(120), ct);
    accepted += Options.ListItems;
    accepted += (await ClosedLoop.CreatesAsync(api, options.Clients, TimeSpan.FromSeconds(Options.WarmupSeconds), null, "warm-up", ct)).Ok;
    await ClosedLoop.ListsAsync(api, listToken, options.Clients, TimeSpan.FromSeconds(3), "warm-up lists", ct);
    accepted += (await EndToEnd.RunAsync(api, db, Math.Min(options.Rate, 200), options.ProbeRate, TimeSpan.FromSeconds(3), Options.MaxInFlight, ct)).Commands;
    await db.WaitAppliedAsync(accepted, TimeSpan.FromSeconds(120), ct);
    Progress.Say("  ANALYZE, as autovacuum would have done on a database that has been running (see Database.AnalyzeAsync)");
    await db.AnalyzeAsync(ct);
    Progress.Say($"  idle for {Options.IdleSeconds} s, then VmRSS of the worker and the HTTP host");
    await Task.Delay(TimeSpan.FromSeconds(Options.IdleSeconds), ct);
    report.IdleRss = (system.Worker!.RssMiB(), system.Http!.RssMiB());

    if (options.ColdStartsOnly is { } coldStarts)
    {
        Progress.Say($"cold starts only: {coldStarts} runs with {Options.ColdStartBacklog} queued commands");
        report.ColdStart = await WorkerPhases.ColdStartAsync(system, api, db, coldStarts, Options.ColdStartBacklog, ct);
    }
    else
    {
        Progress.Say($"phase 2/7: sustained, {options.Clients} closed-loop clients for {options.Seconds} s, measured until the worker has committed everything");
        report.Sustained = await Sustained.RunAsync(api, db, cpu, options.Clients, seconds, ct);
        accepted += report.Sustained.Load.Ok;
        Progress.Say($"  sustained: {report.Sustained.CommittedPerSecond:N0} committed/s");
        report.LoadAverages.Add("after sustained: " + Machine.LoadAverage());

        Progress.Say($"phase 3/7: end-to-end, open loop at {options.Rate:N0} creates/s + {options.ProbeRate} probes/s for {options.Seconds} s");
        var cpuStart = cpu.Take();
        report.EndToEnd = await EndToEnd.RunAsync(api, db, options.Rate, options.ProbeRate, seconds, Options.MaxInFlight, ct);
        report.CpuEndToEnd = CpuMeter.Between(cpuStart, cpu.Take());
        accepted += report.EndToEnd.Commands;
        Progress.Say($"  end-to-end: probe p99 {report.EndToEnd.ProbeLatency.At(99):F0} ms");

        Progress.Say($"phase 4/7: GET /api/todos ({Options.ListItems} items), {options.Clients} closed-loop clients for {Options.ListSeconds} s");
        cpuStart = cpu.Take();
        report.Lists = await ClosedLoop.ListsAsync(api, listToken, options.Clients, TimeSpan.FromSeconds(Options.ListSeconds), "lists", ct);
        report.CpuLists = CpuMeter.Between(cpuStart, cpu.Take());
        if (options.Compare is not null)
        {
            report.Compared = await Compare.RunAsync(api, listToken, options, ct);
            accepted += report.Compared.This.Creates.Ok;
        }

        Progress.Say($"phase 5/7: burst, worker stopped, {options.Clients} closed-loop clients POST {options.Backlog:N0} creates");
        await db.WaitAppliedAsync(accepted, TimeSpan.FromSeconds(120), ct);
        report.LoadAverages.Add("before burst: " + Machine.LoadAverage());
        (report.Burst, report.CpuBurst) = await WorkerPhases.BurstAsync(system, api, cpu, options.Backlog, options.Clients, ct);
        accepted += report.Burst.Ok;
        Progress.Say($"  burst: {report.Burst.OkPerSecond:N0} accepted/s; one worker drains the {report.Burst.Ok:N0} backlog");
        report.Drain = await WorkerPhases.DrainAsync(system, db, cpu, report.Burst.Ok, ct);
        Progress.Say($"  drain: {report.Drain.AppliedPerSecond:N0} applied/s");

        Progress.Say($"phase 6/7: worker cold start (published build), {Options.ColdStartRuns} runs with {Options.ColdStartBacklog} queued commands");
        report.ColdStart = await WorkerPhases.ColdStartAsync(system, api, db, Options.ColdStartRuns, Options.ColdStartBacklog, ct);
        report.CommandOutcomes = await db.OutcomesAsync(ct);
        report.LoadAverages.Add("at the end: " + Machine.LoadAverage());
    }
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
    Progress.Say("phase 7/7: stopping everything (reading peak RSS first)");
    await system.DisposeAsync();
    report.HttpPeakMiB = system.HttpPeakMiB;
    report.WorkerPeaks = system.WorkerPeaks;
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

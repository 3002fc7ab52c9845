using System.Globalization;
using System.Text;

namespace TodoFunctions.Bench;

/// <summary>Collects every figure and prints one table against the targets of issue #11, then the details.</summary>
public sealed class Report(Options options)
{
    public const double TargetSustainedPerSecond = 4_500;
    public const double TargetBurstPerSecond = 7_000;
    public const double TargetListPerSecond = 3_000;
    public const double TargetEndToEndP99Ms = 100;
    public const double TargetColdStartMs = 300;
    public const double TargetIdleWorkerMiB = 80;
    public const double TargetIdleHttpMiB = 120;
    public const double TargetDrainPerSecond = 8_000;

    public Machine? Machine { get; set; }
    public List<string> LoadAverages { get; } = [];
    public string WorkerBuild { get; set; } = "";
    public (double Worker, double Http)? IdleRss { get; set; }
    public Sustained.Result? Sustained { get; set; }
    public ClosedLoop.Result? Burst { get; set; }
    public CpuMeter.Usage? CpuBurst { get; set; }
    public ClosedLoop.Result? Lists { get; set; }
    public CpuMeter.Usage? CpuLists { get; set; }
    public EndToEnd.Result? EndToEnd { get; set; }
    public CpuMeter.Usage? CpuEndToEnd { get; set; }
    public WorkerPhases.DrainResult? Drain { get; set; }
    public WorkerPhases.ColdStartResult? ColdStart { get; set; }
    public Compare.Result? Compared { get; set; }
    public double HttpPeakMiB { get; set; } = double.NaN;
    public IReadOnlyList<(string Worker, double PeakMiB)> WorkerPeaks { get; set; } = [];
    public string CommandOutcomes { get; set; } = "not read";
    public IReadOnlyList<string> LogSummary { get; set; } = [];
    public string? Failure { get; set; }
    public TimeSpan Total { get; set; }

    public string Render()
    {
        var s = new StringBuilder();
        s.AppendLine();
        s.AppendLine("=== Todo Functions benchmark ===");
        if (Machine is { } m)
        {
            s.AppendLine(Inv($"machine: {m.Cores} cores ({m.Cpu}), {m.Memory} RAM, {m.Os}; dotnet {m.DotnetSdk} ({m.Runtime})"));
        }
        s.AppendLine("load average (1/5/15 min) " + string.Join("; ", LoadAverages));
        s.AppendLine(Inv($"settings: --seconds {options.Seconds} --clients {options.Clients} --backlog {options.Backlog} --rate {options.Rate} --probe-rate {options.ProbeRate}{(options.PostgresOptions is null ? "" : $" --postgres-options '{options.PostgresOptions}'")}{string.Concat((options.Environment ?? []).Select(e => $" --env {e.Key}={e.Value}"))}{string.Concat((options.WorkerEnvironment ?? []).Select(e => $" --worker-env {e.Key}={e.Value}"))}{(options.ColdStartsOnly is { } n ? $" --cold-starts-only {n}" : "")}; {Options.Users} users; PostgreSQL fsync=on synchronous_commit=on; load generator on the same machine"));
        s.AppendLine("worker: " + WorkerBuild);
        s.AppendLine();
        AppendTargets(s);
        AppendTimeline(s);
        AppendCpu(s);
        AppendCompare(s);
        AppendRest(s);
        return s.ToString();
    }

    private void AppendTargets(StringBuilder s)
    {
        Row(s, "figure", "target", "measured", "met?");
        s.AppendLine(new string('-', Width));
        if (Sustained is { } su)
        {
            Row(s, "sustained committed commands/s (until drained)", Inv($">= {TargetSustainedPerSecond:N0}/s"), Inv($"{su.CommittedPerSecond:N0}/s"), Met(su.CommittedPerSecond >= TargetSustainedPerSecond));
            Row(s, Inv($"  {su.Committed:N0} committed, load start → last commit"), "", su.LoadStartToLastCommit is { } d ? Inv($"{d.TotalSeconds:F1} s") : "NOT DRAINED");
            Row(s, "  accepted / committed per s during the load", "", Inv($"{su.Load.OkPerSecond:N0} / {su.CommittedDuringLoad:N0}"));
            Row(s, "  POST p50 / p99; responses", "", Inv($"{su.Load.Latency.At(50):F0} / {su.Load.Latency.At(99):F0} ms; {su.Load.Statuses}"));
        }
        if (Burst is { } b)
        {
            Row(s, "accepted/s, burst, no worker running", Inv($">= {TargetBurstPerSecond:N0}/s"), Inv($"{b.OkPerSecond:N0}/s"), Met(b.OkPerSecond >= TargetBurstPerSecond));
            Row(s, "  POST p50 / p99; responses", "", Inv($"{b.Latency.At(50):F0} / {b.Latency.At(99):F0} ms; {b.Statuses}"));
        }
        if (Lists is { } l)
        {
            Row(s, Inv($"GET /api/todos ({Options.ListItems} items) per second"), Inv($">= {TargetListPerSecond:N0}/s"), Inv($"{l.OkPerSecond:N0}/s"), Met(l.OkPerSecond >= TargetListPerSecond));
            Row(s, "  GET p50 / p99; responses", "", Inv($"{l.Latency.At(50):F0} / {l.Latency.At(99):F0} ms; {l.Statuses}"));
        }
        if (EndToEnd is { } e)
        {
            var ok = e.ProbeLatency.Count > 0 && e.ProbeLatency.At(99) <= TargetEndToEndP99Ms && e.ProbeFailures.Total == 0;
            Row(s, Inv($"end-to-end p99, POST → visible, {e.Rate:N0}/s offered"), Inv($"<= {TargetEndToEndP99Ms:N0} ms"), Inv($"{e.ProbeLatency.At(99):F0} ms"), Met(ok));
            Row(s, "  probe p50 / max; visible / sent", "", Inv($"{e.ProbeLatency.At(50):F0} / {e.ProbeLatency.Max:F0} ms; {e.ProbesVisible:N0} / {e.ProbesSent:N0}"));
            Row(s, "  load offered / accepted / skipped", "", Inv($"{e.Offered:N0} / {e.Accepted:N0} / {e.Skipped:N0} in {e.Duration.TotalSeconds:F1} s"));
            Row(s, "  achieved: accepted/s; all committed after", "", Inv($"{e.Accepted / e.Duration.TotalSeconds:N0}/s; ") + (e.AllCommittedAfter is { } c ? Inv($"{c.TotalSeconds:F1} s") : "NOT DRAINED"));
            if (e.LoadStatuses.Total > e.Accepted || e.ProbeFailures.Total > 0)
            {
                Row(s, "  load responses; probe failures", "", $"{e.LoadStatuses}; {e.ProbeFailures}");
            }
        }
        if (ColdStart is { } cs)
        {
            Row(s, Inv($"worker cold start, published (median of {cs.Milliseconds.Count})"), Inv($"<= {TargetColdStartMs:N0} ms"), Inv($"{cs.Median:F0} ms"), Met(cs.Median <= TargetColdStartMs));
            Row(s, "  each run", "", string.Join(", ", cs.Milliseconds.Select(ms => Inv($"{ms:F0} ms"))));
        }
        if (IdleRss is var (worker, http))
        {
            Row(s, Inv($"idle RSS ({Options.IdleSeconds} s idle after warm-up): worker / HTTP"), Inv($"<= {TargetIdleWorkerMiB:N0} / {TargetIdleHttpMiB:N0} MiB"),
                Inv($"{worker:F0} / {http:F0} MiB"), Met(worker <= TargetIdleWorkerMiB && http <= TargetIdleHttpMiB));
        }
        if (Drain is { } d2)
        {
            Row(s, Inv($"one worker draining a {d2.Backlog:N0} backlog"), Inv($">= {TargetDrainPerSecond:N0}/s"), Inv($"{d2.AppliedPerSecond:N0}/s"), Met(d2.AppliedPerSecond >= TargetDrainPerSecond && d2.Complete));
            Row(s, "  applied; worker start → first / last commit", "", Inv($"{d2.Applied:N0}{(d2.Complete ? "" : " (TIMED OUT)")}; {d2.WorkerStartToFirst.TotalMilliseconds:F0} ms / {d2.WorkerStartToLast.TotalSeconds:F1} s"));
        }
        s.AppendLine(new string('-', Width));
    }

    private void AppendTimeline(StringBuilder s)
    {
        if (EndToEnd is not { } e)
        {
            return;
        }
        s.AppendLine(Inv($"end-to-end timeline (load {e.Rate:N0}/s + probes {e.ProbeRate:N0}/s; accepted by response second, committed by CompletedAt, probes by POST second):"));
        s.AppendLine(Inv($"  {"s",3} {"offered",8} {"accepted",9} {"skipped",8} {"committed",10} {"probes",7} {"p50 ms",7} {"p99 ms",7}"));
        foreach (var t in e.Timeline)
        {
            s.AppendLine(Inv($"  {t.At,3} {t.Offered,8:N0} {t.Accepted,9:N0} {t.Skipped,8:N0} {t.Committed,10:N0} {t.Probes.Count,7} {Ms(t.Probes, 50),7} {Ms(t.Probes, 99),7}"));
        }
        s.AppendLine(new string('-', Width));
    }

    private void AppendCpu(StringBuilder s)
    {
        s.AppendLine("CPU per command (ms of CPU time per committed/accepted command or per GET) and average cores busy, by phase:");
        s.AppendLine(Inv($"  {"phase",-22} {"per s",7} {"http",6} {"worker",7} {"postgres",9} {"rabbitmq",9}   cores: http/worker/pg/rabbit/bench/others of machine"));
        void Line(string phase, CpuMeter.Usage? usage, double count)
        {
            if (usage is null || count <= 0)
            {
                return;
            }
            var seconds = usage.Window.TotalSeconds;
            string Ms(double cores) => Inv($"{cores * seconds / count * 1000:F2}");
            s.AppendLine(Inv($"  {phase,-22} {count / seconds,7:N0} {Ms(usage.Http),6} {Ms(usage.Worker),7} {Ms(usage.Postgres),9} {Ms(usage.RabbitMq),9}   {usage.Http:F2}/{usage.Worker:F2}/{usage.Postgres:F2}/{usage.RabbitMq:F2}/{usage.Bench:F2}/{usage.Others:F2} of {usage.Machine:F2}"));
        }
        Line("sustained (to drained)", Sustained?.Cpu, Sustained?.Committed ?? 0);
        Line("end-to-end (to drained)", CpuEndToEnd, EndToEnd?.Commands ?? 0);
        Line("list GETs", CpuLists, Lists?.Ok ?? 0);
        Line("burst, no worker", CpuBurst, Burst?.Ok ?? 0);
        Line("drain (worker start on)", Drain?.Cpu, Drain?.Applied ?? 0);
        s.AppendLine(new string('-', Width));
    }

    private void AppendCompare(StringBuilder s)
    {
        if (Compared is not { } c)
        {
            return;
        }
        s.AppendLine(Inv($"--compare {c.Other} (same loads, {options.Clients} closed-loop clients, {Options.CompareSeconds} s each, this host first):"));
        s.AppendLine(Inv($"  {"load",-30} {"this host",16} {"compared",16} {"ratio",7}"));
        void Line(string load, ClosedLoop.Result mine, ClosedLoop.Result theirs)
        {
            s.AppendLine(Inv($"  {load + " per s",-30} {mine.OkPerSecond,16:N0} {theirs.OkPerSecond,16:N0} {mine.OkPerSecond / theirs.OkPerSecond,7:F2}"));
            s.AppendLine(Inv($"  {"  p50 / p99 ms",-30} {$"{mine.Latency.At(50):F0} / {mine.Latency.At(99):F0}",16} {$"{theirs.Latency.At(50):F0} / {theirs.Latency.At(99):F0}",16}"));
            s.AppendLine(Inv($"  {"  responses",-30} {mine.Statuses} | {theirs.Statuses}"));
        }
        Line("POST /api/todos (202)", c.This.Creates, c.Compared.Creates);
        Line(Inv($"GET /api/todos, {Options.ListItems} items"), c.This.Lists, c.Compared.Lists);
        s.AppendLine(new string('-', Width));
    }

    private void AppendRest(StringBuilder s)
    {
        s.AppendLine(Inv($"peak RSS (VmHWM): HTTP {HttpPeakMiB:F0} MiB; ") + string.Join("; ", WorkerPeaks.Select(w => Inv($"{w.Worker} {w.PeakMiB:F0} MiB"))));
        s.AppendLine("processed_commands by status: " + CommandOutcomes);
        s.AppendLine("warnings/errors logged by the processes: " + (LogSummary.Count == 0 ? "none" : ""));
        foreach (var line in LogSummary)
        {
            s.AppendLine("  " + line);
        }
        var samples = new[] { Sustained?.Load.Statuses, Burst?.Statuses, Lists?.Statuses, EndToEnd?.LoadStatuses, EndToEnd?.ProbeFailures }
            .SelectMany(c => c?.Samples ?? []).ToList();
        if (samples.Count > 0)
        {
            s.AppendLine("sample failure bodies:");
            foreach (var sample in samples.Take(10))
            {
                s.AppendLine("  " + sample);
            }
        }
        if (Failure is not null)
        {
            s.AppendLine("RUN DID NOT COMPLETE: " + Failure);
        }
        s.AppendLine(Inv($"total run time: {Total.TotalSeconds:F0} s"));
    }

    private const int Width = 112;

    private static string Met(bool met) => met ? "met" : "not met";

    private static string Ms(Percentiles p, double at) => p.Count == 0 ? "-" : Inv($"{p.At(at):F0}");

    private static void Row(StringBuilder s, string figure, string target, string measured, string met = "") =>
        s.AppendLine(Inv($"{figure,-52} {target,-18} {measured,-28} {met}").TrimEnd());

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

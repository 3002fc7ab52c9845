using System.Globalization;
using System.Text;

namespace TodoFunctions.Bench;

/// <summary>Collects every figure and prints the final table with the targets.</summary>
public sealed class Report(Options options)
{
    public const double TargetAcceptedPerSecond = 3_000;
    public const double TargetEndToEndP99Ms = 150;
    public const double TargetDrainPerSecond = 3_000;
    public const double TargetColdStartMs = 500;

    public Machine? Machine { get; set; }
    public List<string> LoadAverages { get; } = [];
    public LoadClients.Result? Throughput { get; set; }
    public double AppliedPerSecondDuringLoad { get; set; } = double.NaN;
    public TimeSpan? CatchUpAfterLoad { get; set; }
    public EndToEnd.Result? EndToEnd { get; set; }
    public EndToEnd.Result? EndToEndLight { get; set; }
    public WorkerPhases.DrainResult? Drain { get; set; }
    public WorkerPhases.ColdStartResult? ColdStart { get; set; }
    public CpuMeter.Usage? CpuThroughput { get; set; }
    public CpuMeter.Usage? CpuEndToEnd { get; set; }
    public CpuMeter.Usage? CpuDrain { get; set; }
    public double HttpPeakMiB { get; set; } = double.NaN;
    public IReadOnlyList<(string Worker, double PeakMiB)> WorkerPeaks { get; set; } = [];
    public double BenchPeakMiB { get; set; } = double.NaN;
    public string CommandOutcomes { get; set; } = "not read";
    public IReadOnlyList<string> LogSummary { get; set; } = [];
    public IReadOnlyList<HttpCost.Row> HttpCost { get; set; } = [];
    public string? Failure { get; set; }
    public TimeSpan Total { get; set; }

    public string Render()
    {
        var s = new StringBuilder();
        s.AppendLine();
        s.AppendLine("=== Todo Functions benchmark ===");
        if (Machine is { } m)
        {
            s.AppendLine(Inv($"machine: {m.Cores} cores ({m.Cpu}), {m.Memory} RAM, {m.Os}"));
            s.AppendLine(Inv($"dotnet --version: {m.DotnetSdk} ({m.Runtime})"));
        }
        s.AppendLine("load average (1/5/15 min) " + string.Join("; ", LoadAverages));
        s.AppendLine(Inv($"settings: --seconds {options.Seconds} --clients {options.Clients} --backlog {options.Backlog}; {Options.Users} users; PostgreSQL fsync=on synchronous_commit=on; load generator on the same machine"));
        s.AppendLine();
        s.AppendLine(Inv($"{"figure",-46} {"measured",-24} {"target",-12} met?"));
        s.AppendLine(new string('-', 92));

        if (Throughput is { } t)
        {
            Row(s, "accepted commands/s (closed loop)", Inv($"{t.AcceptedPerSecond:N0}/s"), Inv($">= {TargetAcceptedPerSecond:N0}/s"), t.AcceptedPerSecond >= TargetAcceptedPerSecond);
            Row(s, "  POST latency p50 / p99", Inv($"{t.PostLatency.At(50):F1} / {t.PostLatency.At(99):F1} ms"));
            Row(s, "  POST latency max", Inv($"{t.PostLatency.Max:F0} ms"));
            Row(s, "  responses", t.Statuses.ToString());
            Row(s, "  creates / completes accepted", Inv($"{t.Creates:N0} / {t.Completes:N0} in {t.Duration.TotalSeconds:F1} s"));
            Row(s, "  worker applied/s during the load", Inv($"{AppliedPerSecondDuringLoad:N0}/s"));
            Row(s, "  catch-up after the load stopped", CatchUpAfterLoad is { } c ? Inv($"{c.TotalSeconds:F1} s") : "n/a");
        }
        if (EndToEnd is { } e)
        {
            Row(s, "end-to-end p99 at half load", Inv($"{e.Latency.At(99):F1} ms"), Inv($"<= {TargetEndToEndP99Ms:N0} ms"), e.Latency.Count > 0 && e.Latency.At(99) <= TargetEndToEndP99Ms && e.Failures.Total == 0);
            Row(s, "  p50 / p95 / max", Inv($"{e.Latency.At(50):F1} / {e.Latency.At(95):F1} / {e.Latency.Max:F0} ms"));
            Row(s, "  rate target / completed per second", Inv($"{e.TargetRate:N0} / {e.AchievedRate:N0} ops/s"));
            Row(s, "  ops ok / failed / skipped (cap)", Inv($"{e.Succeeded:N0} / {e.Failures.Total:N0} / {e.Skipped:N0}"));
            if (e.Failures.Total > 0)
            {
                Row(s, "  failures", e.Failures.ToString());
            }
        }
        if (EndToEndLight is { } el)
        {
            Row(s, Inv($"end-to-end at light load ({el.TargetRate:N0} ops/s)"), Inv($"p50 {el.Latency.At(50):F1} / p99 {el.Latency.At(99):F1} ms"));
            Row(s, "  max; ops ok / failed", Inv($"{el.Latency.Max:F0} ms; {el.Succeeded:N0} / {el.Failures.Total:N0}"));
        }
        if (Drain is { } d)
        {
            Row(s, "one worker draining a backlog", Inv($"{d.AppliedPerSecond:N0} applied/s"), Inv($">= {TargetDrainPerSecond:N0}/s"), d.AppliedPerSecond >= TargetDrainPerSecond && d.Complete);
            Row(s, "  backlog applied / enqueued", Inv($"{d.Applied:N0} / {d.Enqueued:N0}{(d.Complete ? "" : " (TIMED OUT)")}"));
            Row(s, "  enqueue rate, no worker running", Inv($"{d.EnqueuePerSecond:N0}/s ({d.EnqueueStatuses})"));
            Row(s, "  worker start → first / last applied", Inv($"{d.WorkerStartToFirst.TotalMilliseconds:F0} ms / {d.WorkerStartToLast.TotalSeconds:F1} s"));
        }
        if (ColdStart is { } cs)
        {
            Row(s, "worker cold start (median of runs)", Inv($"{cs.Median:F0} ms"), Inv($"<= {TargetColdStartMs:N0} ms"), cs.Median <= TargetColdStartMs);
            Row(s, "  each run", string.Join(", ", cs.Milliseconds.Select(ms => Inv($"{ms:F0} ms"))));
        }
        s.AppendLine(new string('-', 92));
        s.AppendLine("average cores busy per phase (the bench shares the machine with other work: \"others\"):");
        foreach (var (phase, usage) in new[] { ("throughput", CpuThroughput), ("end-to-end", CpuEndToEnd), ("drain", CpuDrain) })
        {
            if (usage is not null)
            {
                s.AppendLine(Inv($"  {phase,-11} {usage}"));
            }
        }
        if (CpuThroughput is { } ct && Throughput is { AcceptedPerSecond: > 0 } tp)
        {
            var rate = tp.AcceptedPerSecond;
            double Ms(double cores, double perSecond) => perSecond > 0 ? cores / perSecond * 1000 : double.NaN;
            var system = ct.Http + ct.Worker + ct.Postgres + ct.RabbitMq;
            s.AppendLine(Inv($"CPU per command in the throughput phase: http {Ms(ct.Http, rate):F2} ms, worker {Ms(ct.Worker, AppliedPerSecondDuringLoad):F2} ms, postgres {Ms(ct.Postgres, rate):F2} ms, rabbitmq {Ms(ct.RabbitMq, rate):F2} ms"));
            s.AppendLine(Inv($"  → the system used {system:F2} cores for {rate:N0} commands/s: ≈ {Environment.ProcessorCount / system * rate:N0}/s if it had all {Environment.ProcessorCount} cores (an estimate from CPU cost, not a measurement)"));
        }
        if (CpuDrain is { } cd && Drain is { AppliedPerSecond: > 0 } dr)
        {
            // The CPU window runs from the worker's start to (about) its last applied command.
            var drainRate = dr.Applied / Math.Max(0.001, dr.WorkerStartToLast.TotalSeconds);
            s.AppendLine(Inv($"CPU per applied command while draining: worker {cd.Worker / drainRate * 1000:F2} ms, postgres {cd.Postgres / drainRate * 1000:F2} ms, rabbitmq {cd.RabbitMq / drainRate * 1000:F2} ms (worker start → last applied, so start-up is included)"));
        }
        foreach (var row in HttpCost)
        {
            s.AppendLine(Inv($"HTTP process CPU per request, {row.Kind,-32} {row.CpuMsPerRequest:F2} ms ({row.PerSecond:N0}/s; {row.Statuses})"));
        }
        s.AppendLine(new string('-', 92));
        Row(s, "peak RSS, HTTP process", Inv($"{HttpPeakMiB:F0} MiB"));
        foreach (var (worker, peak) in WorkerPeaks)
        {
            Row(s, Inv($"peak RSS, {worker}"), Inv($"{peak:F0} MiB"));
        }
        Row(s, "peak RSS, bench process", Inv($"{BenchPeakMiB:F0} MiB"));
        Row(s, "processed_commands by status", CommandOutcomes);
        Row(s, "warnings/errors logged by the processes", LogSummary.Count == 0 ? "none" : "");
        foreach (var line in LogSummary)
        {
            s.AppendLine("  " + line);
        }
        s.AppendLine(new string('-', 92));
        if (Throughput is { } th && (th.Statuses.Samples.Count > 0 || EndToEnd?.Failures.Samples.Count > 0 || Drain?.EnqueueStatuses.Samples.Count > 0))
        {
            s.AppendLine("sample failure bodies:");
            foreach (var sample in th.Statuses.Samples.Concat(EndToEnd?.Failures.Samples ?? []).Concat(Drain?.EnqueueStatuses.Samples ?? []))
            {
                s.AppendLine("  " + sample);
            }
        }
        if (Failure is not null)
        {
            s.AppendLine("RUN DID NOT COMPLETE: " + Failure);
        }
        s.AppendLine(Inv($"total run time: {Total.TotalSeconds:F0} s"));
        return s.ToString();
    }

    private static void Row(StringBuilder s, string figure, string measured, string target = "", bool? met = null) =>
        s.AppendLine(Inv($"{figure,-46} {measured,-24} {target,-12} {(met is null ? "" : met.Value ? "yes" : "NO")}").TrimEnd());

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Diagnostics;

namespace TodoFunctions.Bench;

/// <summary>
/// Phases around a stopped worker: the burst the HTTP tier accepts with nothing consuming (it fills the
/// backlog), one worker draining that backlog, and cold starts of the published worker.
/// </summary>
public static class WorkerPhases
{
    public sealed record DrainResult(long Backlog, long Applied, double AppliedPerSecond, TimeSpan WorkerStartToFirst,
        TimeSpan WorkerStartToLast, bool Complete, CpuMeter.Usage Cpu);

    public sealed record ColdStartResult(IReadOnlyList<double> Milliseconds)
    {
        public double Median => Percentiles.Median(Milliseconds);
    }

    /// <summary>Worker stopped; <paramref name="clients"/> closed-loop clients POST <paramref name="backlog"/> creates.</summary>
    public static async Task<(ClosedLoop.Result Burst, CpuMeter.Usage Cpu)> BurstAsync(SystemUnderTest system, Api api, CpuMeter cpu,
        int backlog, int clients, CancellationToken cancellationToken)
    {
        await system.StopWorkerAsync("up to the burst");
        var cpuStart = cpu.Take();
        var burst = await ClosedLoop.CreatesAsync(api, clients, TimeSpan.MaxValue, backlog, "burst", cancellationToken);
        return (burst, CpuMeter.Between(cpuStart, cpu.Take()));
    }

    /// <summary>Starts one worker on the backlog and measures (n − 1) ÷ (last − first CompletedAt).</summary>
    public static async Task<DrainResult> DrainAsync(SystemUnderTest system, Database db, CpuMeter cpu, long backlog,
        CancellationToken cancellationToken)
    {
        await using var commits = await CommitCounter.StartAsync(db, cancellationToken);
        var since = DateTime.UtcNow;
        var worker = system.StartWorker();
        var cpuStart = cpu.Take();
        var timeout = TimeSpan.FromSeconds(60 + backlog / 500.0);
        await using (Progress.Ticker("drain", () => $"{commits.Count:N0} of {backlog:N0} applied"))
        {
            await commits.WaitForAsync(backlog, timeout, () =>
            {
                if (worker.HasExited)
                {
                    throw new InvalidOperationException($"{worker.Name} exited during the drain.");
                }
            }, cancellationToken);
        }
        var usage = CpuMeter.Between(cpuStart, cpu.Take());
        var progress = await db.AppliedSinceAsync(since, cancellationToken);
        var (count, first, last) = progress;
        var window = first is { } f && last is { } l ? (l - f).TotalSeconds : double.NaN;
        var rate = count > 1 && window > 0 ? (count - 1) / window : double.NaN;
        return new DrainResult(backlog, count, rate,
            first is { } a ? a - since : TimeSpan.Zero, last is { } b ? b - since : TimeSpan.Zero, count >= backlog, usage);
    }

    /// <summary>
    /// Published worker, <paramref name="backlog"/> creates queued: <see cref="Process.Start()"/> → the first
    /// NOTIFY command_done (sent by the worker's first commit).
    /// </summary>
    public static async Task<ColdStartResult> ColdStartAsync(SystemUnderTest system, Api api, Database db, int runs, int backlog,
        CancellationToken cancellationToken)
    {
        var results = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            await system.StopWorkerAsync($"before cold start {run}");
            var before = await db.AppliedAsync(cancellationToken);
            var queued = await ClosedLoop.CreatesAsync(api, 8, TimeSpan.MaxValue, backlog, $"cold start {run} enqueue", cancellationToken);
            if (queued.Ok == 0)
            {
                throw new InvalidOperationException($"cold start: nothing could be enqueued ({queued.Statuses}).");
            }
            await Task.Delay(500, cancellationToken); // let the machine settle after enqueueing
            var first = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (await db.ListenAsync((_, at) => first.TrySetResult(at), cancellationToken))
            {
                var worker = system.StartWorker();
                var committedAt = await first.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
                var ms = Stopwatch.GetElapsedTime(worker.StartedAt, committedAt).TotalMilliseconds;
                results.Add(ms);
                Progress.Say($"cold start {run}: {ms:F0} ms from process start to the first of {queued.Ok} queued commands committed");
            }
            if (!await db.WaitAppliedAsync(before + queued.Ok, TimeSpan.FromSeconds(60), cancellationToken))
            {
                Progress.Say("warning: the cold-start backlog was not fully applied within 60 s");
            }
        }
        return new ColdStartResult(results);
    }
}

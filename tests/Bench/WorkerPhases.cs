using System.Diagnostics;

namespace TodoFunctions.Bench;

/// <summary>Worker-only figures: drain rate of a backlog and cold start (process start → first command applied).</summary>
public static class WorkerPhases
{
    public sealed record DrainResult(long Enqueued, StatusCounts EnqueueStatuses, double EnqueuePerSecond, long Applied,
        double AppliedPerSecond, TimeSpan WorkerStartToFirst, TimeSpan WorkerStartToLast, bool Complete, CpuMeter.Usage Cpu);

    public sealed record ColdStartResult(IReadOnlyList<double> Milliseconds)
    {
        public double Median => Percentiles.Median(Milliseconds);
    }

    public static async Task<DrainResult> DrainAsync(SystemUnderTest system, Api api, Database db, CpuMeter cpu, int backlog, int clients,
        CancellationToken cancellationToken)
    {
        await system.StopWorkerAsync("throughput + end-to-end");
        Progress.Say($"drain: worker stopped; enqueueing {backlog:N0} creates through the API");
        var (enqueued, statuses, enqueueRate) = await EnqueueAsync(api, backlog, clients, cancellationToken);
        Progress.Say($"drain: {enqueued:N0} accepted at {enqueueRate:N0}/s ({statuses}); starting one worker");

        var since = DateTime.UtcNow;
        var worker = system.StartWorker();
        var cpuStart = cpu.Take();
        var timeout = TimeSpan.FromSeconds(60 + enqueued / 500.0);
        var clock = Stopwatch.StartNew();
        (long Count, DateTime? First, DateTime? Last) progress = (0, null, null);
        await using (Progress.Ticker("drain", () => $"{progress.Count:N0} of {enqueued:N0} applied"))
        {
            while (progress.Count < enqueued && clock.Elapsed < timeout)
            {
                await Task.Delay(100, cancellationToken);
                progress = await db.AppliedSinceAsync(since, cancellationToken);
                if (worker.HasExited)
                {
                    throw new InvalidOperationException($"{worker.Name} exited during the drain.");
                }
            }
        }
        var usage = CpuMeter.Between(cpuStart, cpu.Take());
        var (count, first, last) = progress;
        var window = first is { } f && last is { } l ? (l - f).TotalSeconds : double.NaN;
        var rate = count > 1 && window > 0 ? (count - 1) / window : double.NaN;
        var startedUtc = since;
        return new DrainResult(enqueued, statuses, enqueueRate, count, rate,
            first is { } a ? a - startedUtc : TimeSpan.Zero, last is { } b ? b - startedUtc : TimeSpan.Zero, count >= enqueued, usage);
    }

    public static async Task<ColdStartResult> ColdStartAsync(SystemUnderTest system, Api api, Database db, int runs, int backlog,
        CancellationToken cancellationToken)
    {
        var results = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            await system.StopWorkerAsync($"before cold start {run}");
            var before = await db.AppliedAsync(cancellationToken);
            var (enqueued, statuses, _) = await EnqueueAsync(api, backlog, 8, cancellationToken);
            if (enqueued == 0)
            {
                throw new InvalidOperationException($"cold start: nothing could be enqueued ({statuses}).");
            }
            await Task.Delay(500, cancellationToken); // let the machine settle after enqueueing
            await using var listener = await db.ListenAsync(cancellationToken);
            var worker = system.StartWorker();
            var first = await listener.FirstNotification.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            var ms = Stopwatch.GetElapsedTime(worker.StartedAt, first).TotalMilliseconds;
            results.Add(ms);
            Progress.Say($"cold start {run}: {ms:F0} ms from process start to the first of {enqueued} queued commands applied (NOTIFY payload {Short(listener.FirstPayload)})");
            if (!await db.WaitAppliedAsync(before + enqueued, TimeSpan.FromSeconds(60), cancellationToken))
            {
                Progress.Say("warning: the cold-start backlog was not fully applied within 60 s");
            }
        }
        return new ColdStartResult(results);
    }

    private static string Short(string? text) => text is null ? "none" : text.Length > 80 ? text[..80] + "…" : text;

    /// <summary>Creates <paramref name="count"/> todos as fast as possible; returns how many were accepted (202).</summary>
    private static async Task<(long Accepted, StatusCounts Statuses, double PerSecond)> EnqueueAsync(Api api, int count, int clients,
        CancellationToken cancellationToken)
    {
        var statuses = new StatusCounts();
        long claimed = 0, accepted = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var token = api.Token(client);
            while (Interlocked.Increment(ref claimed) <= count)
            {
                var outcome = await api.CreateAsync(token, Guid.CreateVersion7(), claimed, cancellationToken);
                if (outcome.Status == 202)
                {
                    Interlocked.Increment(ref accepted);
                    statuses.Add("202");
                }
                else
                {
                    statuses.Add(outcome.Key, outcome.Body);
                }
            }
        }, CancellationToken.None)));
        return (accepted, statuses, accepted / clock.Elapsed.TotalSeconds);
    }
}

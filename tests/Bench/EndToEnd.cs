using System.Collections.Concurrent;
using System.Diagnostics;

namespace TodoFunctions.Bench;

/// <summary>
/// End-to-end latency at a fixed offered rate. The load stream only POSTs creates, open loop: the n-th is due at
/// n ÷ rate whatever happened to the others, and one that would exceed the in-flight cap is counted as skipped,
/// never delayed. A separate light probe stream POSTs creates too and measures POST start → the worker's
/// NOTIFY command_done carrying the probe's command id (sent by the committing transaction, so the todo is
/// visible to any reader from then on). Nothing else is sent, so the system sees exactly the offered commands.
/// </summary>
public static class EndToEnd
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(60);

    public sealed record Second(int At, long Offered, long Accepted, long Skipped, long Committed, Percentiles Probes);

    public sealed record Result(double Rate, double ProbeRate, TimeSpan Duration, long Offered, long Accepted, long Skipped,
        StatusCounts LoadStatuses, long ProbesSent, StatusCounts ProbeFailures, Percentiles ProbeLatency,
        TimeSpan? AllCommittedAfter, IReadOnlyList<Second> Timeline)
    {
        public long ProbesVisible => ProbeLatency.Count;

        /// <summary>Accepted load and probe commands (what the worker had to commit).</summary>
        public long Commands => Accepted + ProbesVisible;
    }

    public static async Task<Result> RunAsync(Api api, Database db, double rate, double probeRate, TimeSpan duration, int maxInFlight,
        CancellationToken cancellationToken)
    {
        var seconds = (int)Math.Ceiling(duration.TotalSeconds) + (int)DrainTimeout.TotalSeconds + 2;
        var offered = new long[seconds];
        var accepted = new long[seconds];
        var skipped = new long[seconds];
        var probeMs = Enumerable.Range(0, seconds).Select(_ => new ConcurrentQueue<double>()).ToArray();
        var loadStatuses = new StatusCounts();
        var probeFailures = new StatusCounts();
        var commits = new CommitWatch();
        await using var counter = await CommitCounter.StartAsync(db, commits.Committed, cancellationToken);

        var tasks = new List<Task>();
        long launched = 0, probes = 0, inFlight = 0, acceptedTotal = 0;
        var startedUtc = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        int Now() => Math.Min(seconds - 1, (int)clock.Elapsed.TotalSeconds);
        await using (Progress.Ticker("end-to-end", () =>
            $"{Interlocked.Read(ref acceptedTotal):N0} accepted, {Interlocked.Read(ref inFlight):N0} in flight, {skipped.Sum():N0} skipped, probes visible {probeMs.Sum(q => q.Count)}, {loadStatuses}"))
        {
            while (clock.Elapsed < duration)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var elapsed = clock.Elapsed.TotalSeconds;
                for (var due = (long)(elapsed * rate); launched < due; launched++)
                {
                    var second = (int)(launched / rate);
                    offered[second]++;
                    if (Interlocked.Read(ref inFlight) >= maxInFlight)
                    {
                        skipped[second]++;
                        continue;
                    }
                    Interlocked.Increment(ref inFlight);
                    var n = launched;
                    tasks.Add(Task.Run(async () =>
                    {
                        try
                        {
                            var outcome = await api.CreateAsync(api.Token((int)n), Guid.CreateVersion7(), n, cancellationToken);
                            if (outcome.Status == 202)
                            {
                                Interlocked.Increment(ref accepted[Now()]);
                                Interlocked.Increment(ref acceptedTotal);
                            }
                            loadStatuses.Add(outcome.Key, outcome.Status == 202 ? null : outcome.Body);
                        }
                        finally
                        {
                            Interlocked.Decrement(ref inFlight);
                        }
                    }, CancellationToken.None));
                }
                for (var due = (long)(elapsed * probeRate); probes < due; probes++)
                {
                    var second = (int)(probes / probeRate);
                    var n = probes;
                    tasks.Add(Task.Run(async () =>
                    {
                        if (await ProbeAsync(api, api.Token((int)n + 7), n, commits, probeFailures, cancellationToken) is { } ms)
                        {
                            probeMs[second].Enqueue(ms);
                        }
                    }, CancellationToken.None));
                }
                await Task.Delay(1, cancellationToken);
            }
            var generated = clock.Elapsed;
            Progress.Say($"  end-to-end: generator stopped after {generated.TotalSeconds:F1} s; waiting for the requests in flight and the worker");
            await Task.WhenAll(tasks);
            var expected = Interlocked.Read(ref acceptedTotal) + probeMs.Sum(q => q.Count);
            TimeSpan? allCommitted = null;
            await counter.WaitForAsync(expected, generated + DrainTimeout - clock.Elapsed, null, cancellationToken);
            var (count, _, last) = await db.AppliedSinceAsync(startedUtc, cancellationToken);
            if (count >= expected)
            {
                allCommitted = last - startedUtc;
            }
            var committed = await db.CommittedPerSecondAsync(startedUtc, cancellationToken);
            var lastSecond = Math.Max(committed.Keys.DefaultIfEmpty(0).Max(), (int)generated.TotalSeconds);
            var timeline = Enumerable.Range(0, Math.Min(seconds, lastSecond + 1))
                .Select(s => new Second(s, offered[s], accepted[s], skipped[s], committed.GetValueOrDefault(s), new Percentiles(probeMs[s])))
                .ToList();
            return new Result(rate, probeRate, generated, offered.Sum(), acceptedTotal, skipped.Sum(), loadStatuses, probes, probeFailures,
                new Percentiles(probeMs.SelectMany(q => q)), allCommitted, timeline);
        }
    }

    /// <summary>POST start → NOTIFY with the probe's command id, in ms; null (recorded as a failure) if it never came.</summary>
    private static async Task<double?> ProbeAsync(Api api, string token, long n, CommitWatch commits, StatusCounts failures,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var created = await api.CreateAsync(token, Guid.CreateVersion7(), n, cancellationToken);
        if (created.Status != 202 || !Guid.TryParse(created.Property("commandId"), out var commandId))
        {
            failures.Add("create:" + created.Key, created.Body);
            return null;
        }
        try
        {
            var visibleAt = await commits.WhenCommitted(commandId).WaitAsync(ProbeTimeout, cancellationToken);
            return Stopwatch.GetElapsedTime(started, visibleAt).TotalMilliseconds;
        }
        catch (TimeoutException)
        {
            failures.Add("not committed within 30 s");
            return null;
        }
    }

    /// <summary>
    /// Command ids from NOTIFY command_done and when they arrived. The worker can commit before the bench has read
    /// the 202 that names the command, so ids nobody waits for yet are kept.
    /// </summary>
    private sealed class CommitWatch
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<Guid, long> _seen = [];
        private readonly Dictionary<Guid, TaskCompletionSource<long>> _waiting = [];

        public void Committed(Guid commandId, long at)
        {
            lock (_gate)
            {
                if (_waiting.Remove(commandId, out var waiter))
                {
                    waiter.TrySetResult(at);
                }
                else
                {
                    _seen[commandId] = at;
                }
            }
        }

        public Task<long> WhenCommitted(Guid commandId)
        {
            lock (_gate)
            {
                if (_seen.Remove(commandId, out var at))
                {
                    return Task.FromResult(at);
                }
                var waiter = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting[commandId] = waiter;
                return waiter.Task;
            }
        }
    }
}

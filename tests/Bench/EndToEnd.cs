using System.Collections.Concurrent;
using System.Diagnostics;

namespace TodoFunctions.Bench;

/// <summary>
/// Open-loop generator at a fixed rate: each op = POST create, long-poll the command until it
/// succeeded, then GET the todo (200). Latency = POST start → that 200. In-flight ops are capped;
/// an op that would exceed the cap is counted as skipped rather than delayed.
/// </summary>
public static class EndToEnd
{
    private const int MaxPolls = 4;

    public sealed record Result(double TargetRate, TimeSpan Duration, long Launched, long Succeeded, long Skipped,
        StatusCounts Failures, Percentiles Latency)
    {
        public double AchievedRate => Succeeded / Duration.TotalSeconds;
    }

    public static async Task<Result> RunAsync(Api api, double rate, TimeSpan duration, int maxInFlight, CancellationToken cancellationToken)
    {
        var latencies = new ConcurrentQueue<double>();
        var failures = new StatusCounts();
        var ops = new List<Task>();
        long launched = 0, succeeded = 0, skipped = 0, inFlight = 0;
        var clock = Stopwatch.StartNew();
        await using (Progress.Ticker("end-to-end", () =>
            $"{Interlocked.Read(ref succeeded):N0} done, {Interlocked.Read(ref inFlight):N0} in flight, {Interlocked.Read(ref skipped):N0} skipped, failures: {failures}"))
        {
            while (clock.Elapsed < duration)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var due = (long)(clock.Elapsed.TotalSeconds * rate);
                for (; launched < due; launched++)
                {
                    if (Interlocked.Read(ref inFlight) >= maxInFlight)
                    {
                        skipped++;
                        continue;
                    }
                    Interlocked.Increment(ref inFlight);
                    var token = api.Token((int)(launched % api.Tokens.Count));
                    var n = launched;
                    ops.Add(Task.Run(async () =>
                    {
                        try
                        {
                            var latency = await OneAsync(api, token, n, failures, cancellationToken);
                            if (latency is { } ms)
                            {
                                latencies.Enqueue(ms);
                                Interlocked.Increment(ref succeeded);
                            }
                        }
                        finally
                        {
                            Interlocked.Decrement(ref inFlight);
                        }
                    }, CancellationToken.None));
                }
                await Task.Delay(1, cancellationToken);
            }
            var generated = clock.Elapsed;
            Progress.Say($"  end-to-end: generator stopped after {generated.TotalSeconds:F1}s; waiting for {Interlocked.Read(ref inFlight):N0} ops in flight");
            await Task.WhenAll(ops);
            cancellationToken.ThrowIfCancellationRequested();
            return new Result(rate, generated, launched - skipped, succeeded, skipped, failures, new Percentiles(latencies));
        }
    }

    /// <summary>The op's latency in ms, or null (recorded in <paramref name="failures"/>) when it did not complete.</summary>
    private static async Task<double?> OneAsync(Api api, string token, long n, StatusCounts failures, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var todoId = Guid.CreateVersion7();
        var created = await api.CreateAsync(token, todoId, n, cancellationToken);
        if (created.Status != 202 || created.Property("commandId") is not { } commandId)
        {
            failures.Add("create:" + created.Key, created.Body);
            return null;
        }
        for (var poll = 1; ; poll++)
        {
            var command = await api.CommandAsync(token, commandId, 10_000, cancellationToken);
            var status = command.Status == 200 ? command.Property("status") : null;
            if (status == "succeeded")
            {
                break;
            }
            if (status != "pending" || poll == MaxPolls)
            {
                failures.Add($"command:{command.Key}:{status}", command.Body);
                return null;
            }
        }
        var todo = await api.TodoAsync(token, todoId, cancellationToken);
        if (todo.Status != 200)
        {
            failures.Add("get-todo:" + todo.Key, todo.Body);
            return null;
        }
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}

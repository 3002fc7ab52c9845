using System.Diagnostics;

namespace TodoFunctions.Bench;

/// <summary>
/// Closed-loop clients: each sends one request, waits for the answer, sends the next; for a fixed time or until
/// a fixed number of requests has been claimed. The rate is what the system answers, so it measures capacity.
/// </summary>
public static class ClosedLoop
{
    public sealed record Result(long Ok, StatusCounts Statuses, TimeSpan Duration, Percentiles Latency)
    {
        public double OkPerSecond => Ok / Duration.TotalSeconds;
    }

    /// <param name="send">client index, request number → the response.</param>
    /// <param name="okStatus">the status that counts as done (202 for commands, 200 for reads).</param>
    /// <param name="limit">stop once this many requests were claimed (for a backlog), or null.</param>
    public static async Task<Result> RunAsync(int clients, TimeSpan duration, long? limit, int okStatus, string phase,
        Func<int, long, Task<Outcome>> send, CancellationToken cancellationToken)
    {
        var statuses = new StatusCounts();
        var latencies = new List<double>[clients];
        long ok = 0, claimed = 0;
        var clock = Stopwatch.StartNew();
        long lastOk = 0;
        var lastAt = TimeSpan.Zero;
        string Status()
        {
            var (now, at) = (Interlocked.Read(ref ok), clock.Elapsed);
            var recent = (now - lastOk) / (at - lastAt).TotalSeconds;
            (lastOk, lastAt) = (now, at);
            return $"{now:N0} ok ({now / at.TotalSeconds:N0}/s overall, {recent:N0}/s in the last interval), {statuses}";
        }
        await using (Progress.Ticker(phase, Status))
        {
            await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
            {
                var mine = latencies[client] = new List<double>(16_384);
                while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
                {
                    var n = Interlocked.Increment(ref claimed);
                    if (n > limit)
                    {
                        break;
                    }
                    var outcome = await send(client, n);
                    mine.Add(outcome.Ms);
                    if (outcome.Status == okStatus)
                    {
                        Interlocked.Increment(ref ok);
                        statuses.Add(outcome.Key);
                    }
                    else
                    {
                        statuses.Add(outcome.Key, outcome.Body);
                    }
                }
            }, CancellationToken.None)));
        }
        var elapsed = clock.Elapsed;
        cancellationToken.ThrowIfCancellationRequested();
        return new Result(ok, statuses, elapsed, new Percentiles(latencies.SelectMany(l => l ?? [])));
    }

    /// <summary>POST /api/todos with a client-chosen id, one user per client (round robin over the tokens).</summary>
    public static Task<Result> CreatesAsync(Api api, int clients, TimeSpan duration, long? limit, string phase, CancellationToken cancellationToken) =>
        RunAsync(clients, duration, limit, 202, phase,
            (client, n) => api.CreateAsync(api.Token(client), Guid.CreateVersion7(), n, cancellationToken), cancellationToken);

    /// <summary>GET /api/todos (first page, 50 items) of the one list user, from every client.</summary>
    public static Task<Result> ListsAsync(Api api, string listToken, int clients, TimeSpan duration, string phase, CancellationToken cancellationToken) =>
        RunAsync(clients, duration, null, 200, phase,
            (_, _) => api.SendAsync(HttpMethod.Get, "api/todos", listToken, null, cancellationToken), cancellationToken);
}

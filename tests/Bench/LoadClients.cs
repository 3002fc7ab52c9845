using System.Diagnostics;

namespace TodoFunctions.Bench;

/// <summary>Closed-loop clients: each POSTs a create (client-chosen id) and, for every 4th create, a complete.</summary>
public static class LoadClients
{
    public sealed record Result(long Accepted, long Creates, long Completes, StatusCounts Statuses, TimeSpan Duration, Percentiles PostLatency)
    {
        public double AcceptedPerSecond => Accepted / Duration.TotalSeconds;
    }

    public static async Task<Result> RunAsync(Api api, int clients, TimeSpan duration, string phase, CancellationToken cancellationToken)
    {
        var statuses = new StatusCounts();
        var latencies = new List<double>[clients];
        long accepted = 0, creates = 0, completes = 0, sequence = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var clock = Stopwatch.StartNew();
        long lastAccepted = 0;
        var lastAt = TimeSpan.Zero;
        string Status()
        {
            var (now, at) = (Interlocked.Read(ref accepted), clock.Elapsed);
            var recent = (now - lastAccepted) / (at - lastAt).TotalSeconds;
            (lastAccepted, lastAt) = (now, at);
            return $"{now:N0} accepted ({now / at.TotalSeconds:N0}/s overall, {recent:N0}/s in the last interval), {statuses}";
        }
        await using (Progress.Ticker(phase, Status))
        {
            var tasks = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
            {
                var mine = latencies[client] = new List<double>(16_384);
                var token = api.Token(client);
                var created = 0;
                while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
                {
                    var todoId = Guid.CreateVersion7();
                    var outcome = await api.CreateAsync(token, todoId, Interlocked.Increment(ref sequence), cancellationToken);
                    Record(outcome, mine, statuses, ref accepted);
                    if (outcome.Status != 202)
                    {
                        continue;
                    }
                    Interlocked.Increment(ref creates);
                    if (++created % 4 == 0 && clock.Elapsed < duration)
                    {
                        outcome = await api.CompleteAsync(token, todoId, cancellationToken);
                        Record(outcome, mine, statuses, ref accepted);
                        if (outcome.Status == 202)
                        {
                            Interlocked.Increment(ref completes);
                        }
                    }
                }
            }, CancellationToken.None)).ToArray();
            await Task.WhenAll(tasks);
        }
        var elapsed = clock.Elapsed;
        cancellationToken.ThrowIfCancellationRequested();
        return new Result(accepted, creates, completes, statuses, elapsed, new Percentiles(latencies.SelectMany(l => l ?? [])));
    }

    private static void Record(Outcome outcome, List<double> latencies, StatusCounts statuses, ref long accepted)
    {
        latencies.Add(outcome.Ms);
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
}

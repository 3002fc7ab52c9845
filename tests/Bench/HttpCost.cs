using System.Diagnostics;

namespace TodoFunctions.Bench;

/// <summary>
/// CPU the HTTP process spends per request, by kind, to see which part of a POST is expensive:
/// GET /api/health (host and endpoint adapter only), GET /api/commands/{unknown id}?waitMs=0 (plus JWT
/// validation and one indexed EF Core read), POST /api/todos (plus body parsing, validation and the
/// confirmed publish). Each kind: closed-loop clients for a few seconds.
/// </summary>
public static class HttpCost
{
    public sealed record Row(string Kind, double PerSecond, double HttpCores, StatusCounts Statuses)
    {
        public double CpuMsPerRequest => PerSecond > 0 ? HttpCores / PerSecond * 1000 : double.NaN;
    }

    public static async Task<IReadOnlyList<Row>> RunAsync(Api api, CpuMeter cpu, int clients, TimeSpan each, CancellationToken cancellationToken)
    {
        var kinds = new (string Kind, Func<int, long, Task<Outcome>> Send)[]
        {
            ("GET /api/health", (_, _) => api.SendAsync(HttpMethod.Get, "api/health", api.Token(0), null, cancellationToken)),
            ("GET /api/commands/{id}?waitMs=0", (c, _) => api.CommandAsync(api.Token(c), Guid.CreateVersion7().ToString(), 0, cancellationToken)),
            ("POST /api/todos", (c, n) => api.CreateAsync(api.Token(c), Guid.CreateVersion7(), n, cancellationToken)),
        };
        var rows = new List<Row>();
        foreach (var (kind, send) in kinds)
        {
            var statuses = new StatusCounts();
            long done = 0;
            var start = cpu.Take();
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
            {
                while (clock.Elapsed < each)
                {
                    var outcome = await send(client, Interlocked.Increment(ref done));
                    statuses.Add(outcome.Key, outcome.Status is 200 or 202 ? null : outcome.Body);
                }
            }, CancellationToken.None)));
            var usage = CpuMeter.Between(start, cpu.Take());
            var row = new Row(kind, statuses.Total / clock.Elapsed.TotalSeconds, usage.Http, statuses);
            Progress.Say($"  {kind}: {row.PerSecond:N0}/s, HTTP process {row.HttpCores:F2} cores → {row.CpuMsPerRequest:F2} ms CPU per request ({statuses})");
            rows.Add(row);
        }
        return rows;
    }
}

using System.Collections.Concurrent;
using System.Net.Http.Headers;

namespace TodoFunctions.Reliability.Tests;

/// <summary>
/// PostgreSQL stopped for two minutes (TEST_DB_OUTAGE_SECONDS) — far longer than any retry policy — while
/// clients keep writing todos and chat messages, two worker replicas run, and one of them gets SIGTERM
/// in the middle of the outage.
/// </summary>
public sealed class DatabaseOutageTests(OwnPostgres postgres) : IClassFixture<OwnPostgres>
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("TEST_DB_OUTAGE_SECONDS"), out var s) ? s : 120);

    [Fact]
    public async Task WritesKeepBeingAcceptedAndEveryAcceptedCommandIsAppliedOnceTheDatabaseIsBack()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var backbone = await Backbone.StartAsync(postgres.Server, new Dictionary<string, string> { ["Workers__DrainTimeout"] = "00:00:08" });
        await using var app = await LocalApp.ServersAsync(settings =>
        {
            settings["ConnectionStrings:Todo"] = backbone.Database;
            settings["ConnectionStrings:RabbitMQ"] = backbone.Amqp;
            settings["Workers:Queues"] = "none";
        });
        var queues = $"{QueueNames.TodoCommands},{QueueNames.ChatCommands}";
        var healthPort = FreePort();
        var first = WorkerProcess.Start(backbone.Environment, "--queues", queues, "--health-port", healthPort.ToString());
        using var second = WorkerProcess.Start(backbone.Environment, "--queues", queues);
        using var health = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{healthPort}") };
        await Backbone.EventuallyAsync(async () => await StatusOfAsync(health, "/readyz") == 200, TimeSpan.FromSeconds(30), "the worker to be ready");

        var clients = new List<Writer>();
        for (var i = 0; i < 4; i++)
        {
            var api = await app.Api().SignUpAsync();
            var todos = new List<Guid>();
            for (var j = 0; j < 3; j++)
            {
                todos.Add((await api.CreateAndWaitAsync(new { title = $"Seed {i}.{j}" })).GetProperty("id").GetGuid());
            }
            clients.Add(new Writer(api, todos));
        }

        using var stop = new CancellationTokenSource();
        var writing = clients.Select(c => c.RunAsync(stop.Token)).ToList();
        await Task.Delay(3000, ct);
        await postgres.PauseAsync();
        var outageStarted = Stopwatch.StartNew();

        await Task.Delay(Outage / 4, ct);
        var read = await clients[0].Api.Http.GetAsync("/api/todos", ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
        Assert.NotNull(read.Headers.RetryAfter);
        Assert.Equal(503, await StatusOfAsync(health, "/readyz"));

        // Kubernetes scales a replica in while the database is away: it must still leave in time and lose nothing.
        first.Terminate();
        var stopping = Stopwatch.StartNew();
        await first.WaitForExitAsync(ct);
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(15), $"SIGTERM during the outage took {stopping.Elapsed.TotalSeconds:F1} s");
        first.Dispose();

        await Task.Delay(Outage - outageStarted.Elapsed, ct);
        await postgres.ResumeAsync();
        using var replacement = WorkerProcess.Start(backbone.Environment, "--queues", queues);
        await Task.Delay(5000, ct);
        await stop.CancelAsync();
        await Task.WhenAll(writing);

        var answers = clients.SelectMany(c => c.Answers).ToList();
        var accepted = answers.Where(a => a.Status == 202).Select(a => a.CommandId!.Value).ToList();
        Assert.True(answers.Count(a => a.During) > 50, "Too few writes were sent during the outage to prove anything.");
        Assert.Empty(answers.Where(a => a.Status >= 500).Select(a => $"{a.Status} for {a.What}"));
        Assert.All(answers, a => Assert.Equal(202, a.Status));

        await Backbone.EventuallyAsync(async () =>
        {
            try
            {
                await using var db = backbone.Db();
                return await db.ProcessedCommands.CountAsync(c => accepted.Contains(c.Id)) == accepted.Count;
            }
            catch (InvalidOperationException)
            {
                return false; // this test's own pooled connection died with the server
            }
        }, TimeSpan.FromSeconds(180), $"all {accepted.Count} accepted commands to be applied");
        await using (var db = backbone.Db())
        {
            var failed = await db.ProcessedCommands.Where(c => accepted.Contains(c.Id) && c.Status != CommandStatus.Succeeded)
                .Select(c => c.Kind + ": " + c.Error).ToListAsync(ct);
            Assert.Empty(failed);
        }
        var probe = new RabbitProbe(backbone.Amqp);
        Assert.Equal(0u, await probe.CountAsync(QueueNames.TodoCommands + "_error"));
        Assert.Equal(0u, await probe.CountAsync(QueueNames.ChatCommands + "_error"));

        // The long-poll is woken by the reconnected listener, not by its timeout.
        var watch = Stopwatch.StartNew();
        var status = await clients[0].Api.WaitAsync(await clients[0].Api.CreateAsync(new { title = "After the outage" }), waitMs: 20_000);
        Assert.Equal("succeeded", status.GetProperty("status").GetString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"The long-poll answered after {watch.Elapsed.TotalSeconds:F1} s");

        // The workers said once that the database was down, without stack traces.
        var output = WorkerProcess.Output.ToList();
        Assert.DoesNotContain(output, line => line is not null && line.Contains("   at ", StringComparison.Ordinal));
        Assert.InRange(output.Count(l => l?.Contains("database is not answering", StringComparison.Ordinal) == true), 1, 3);
    }

    private static async Task<int> StatusOfAsync(HttpClient client, string path)
    {
        try
        {
            return (int)(await client.GetAsync(path)).StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Answer(string What, int Status, Guid? CommandId, bool During);

    /// <summary>One user writing as fast as a person clicking very fast: creates, renames, completes, reopens, chat.</summary>
    private sealed class Writer(ApiClient api, List<Guid> todos)
    {
        public ApiClient Api => api;
        public ConcurrentBag<Answer> Answers { get; } = [];

        public async Task RunAsync(CancellationToken stop)
        {
            var started = Stopwatch.StartNew();
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var todo = todos[i % todos.Count];
                var (what, request) = (i % 6) switch
                {
                    0 => ("create", Json(HttpMethod.Post, "/api/todos", new { title = $"Written {i}" })),
                    1 => ("rename", Json(HttpMethod.Patch, $"/api/todos/{todo}", new { title = $"Renamed {i}" })),
                    2 => ("complete", new HttpRequestMessage(HttpMethod.Post, $"/api/todos/{todo}/complete")),
                    3 => ("reopen", new HttpRequestMessage(HttpMethod.Post, $"/api/todos/{todo}/reopen")),
                    4 => ("chat", Json(HttpMethod.Post, "/api/chat", new { message = $"add water plant {i} tomorrow", timezone = "Europe/Berlin" })),
                    _ => ("keyed create", Json(HttpMethod.Post, "/api/todos", new { title = $"Keyed {i}" }, key: $"k-{i}")),
                };
                var response = await api.Http.SendAsync(request, CancellationToken.None);
                Guid? commandId = null;
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    commandId = (await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None)).GetProperty("commandId").GetGuid();
                }
                Answers.Add(new Answer(what, (int)response.StatusCode, commandId, started.Elapsed > TimeSpan.FromSeconds(3.5)));
                await Task.Delay(25, CancellationToken.None);
            }
        }

        private static HttpRequestMessage Json(HttpMethod method, string path, object body, string? key = null)
        {
            var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
            if (key is not null)
            {
                request.Headers.Add("Idempotency-Key", key);
            }
            return request;
        }
    }
}


namespace TodoFunctions.Reliability.Tests;

/// <summary>
/// PostgreSQL stopped for 30 s (TEST_DB_OUTAGE_SECONDS) — dozens of times the retry window of this test's workers (Messaging__RetryLimit=2,
/// under a second) and longer than the ~25 s of the default 8 retries — while
/// clients keep writing todos and chat messages, two worker replicas run, and one of them gets SIGTERM
/// in the middle of the outage; another user's writes to a todo, accepted while admission cannot read its owner, fail in the worker.
/// </summary>
public sealed class DatabaseOutageTests(OwnPostgres postgres) : IClassFixture<OwnPostgres>
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("TEST_DB_OUTAGE_SECONDS"), out var s) ? s : 30);

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

        var clients = await Writer.SignUpAsync(app, 4);

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

        // Admission cannot read who owns a todo while the database is away, so it leaves that check to the worker:
        // another user's rename and delete are accepted now and must fail there, changing nothing.
        var victim = clients[0].Seeds[0];
        var intrusions = new List<Guid>();
        foreach (var request in new[]
        {
            new HttpRequestMessage(HttpMethod.Patch, $"/api/todos/{victim}") { Content = JsonContent.Create(new { title = "Intruder was here" }) },
            new HttpRequestMessage(HttpMethod.Delete, $"/api/todos/{victim}"),
        })
        {
            intrusions.Add((await clients[1].Api.AcceptAsync(request)).GetProperty("commandId").GetGuid());
        }

        // Kubernetes scales a replica in while the database is away: it must still leave in time and lose nothing.
        first.Terminate();
        var stopping = Stopwatch.StartNew();
        await first.WaitForExitAsync(ct);
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(15), $"SIGTERM during the outage took {stopping.Elapsed.TotalSeconds:F1} s");
        var firstId = first.Id;
        first.Dispose();

        var restOfOutage = Outage - outageStarted.Elapsed;
        if (restOfOutage > TimeSpan.Zero)
        {
            await Task.Delay(restOfOutage, ct);
        }
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
        await Backbone.EventuallyAsync(async () =>
        {
            await using var db = backbone.Db();
            return await db.ProcessedCommands.CountAsync(c => intrusions.Contains(c.Id)) == intrusions.Count;
        }, TimeSpan.FromSeconds(60), "the other user's two commands to be recorded");
        await using (var db = backbone.Db())
        {
            var outcomes = await db.ProcessedCommands.Where(c => intrusions.Contains(c.Id)).ToListAsync(ct);
            Assert.All(outcomes, outcome => Assert.Equal((CommandStatus.Failed, "not_found"), (outcome.Status, outcome.ErrorCode)));
            var kept = await db.Todos.SingleOrDefaultAsync(t => t.Id == victim, ct);
            Assert.NotNull(kept);
            Assert.NotEqual("Intruder was here", kept.Title);
        }
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
        var tags = new[] { firstId, second.Id, replacement.Id }.Select(id => $"[{id}] ").ToList();
        var output = WorkerProcess.Output.Where(line => line is not null && tags.Any(line.StartsWith)).ToList();
        Assert.DoesNotContain(output, line => line is not null && line.Contains("   at ", StringComparison.Ordinal));
        // Once per worker and outage; a second line when the server flaps while starting up (57P03) is tolerated.
        var saidDown = output.Where(l => l!.Contains("database is not answering", StringComparison.Ordinal)).ToList();
        Assert.True(saidDown.Count >= 1 && tags.All(tag => saidDown.Count(l => l!.StartsWith(tag, StringComparison.Ordinal)) <= 2),
            "Each worker should say once that the database is down:\n" + string.Join("\n", saidDown));

        FaultReport.Add(await FaultLedger.MeasureAsync($"PostgreSQL stopped {Outage.TotalSeconds:F0} s under load; 2 workers, SIGTERM to one", backbone, clients));
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
}

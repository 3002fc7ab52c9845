namespace TodoFunctions.Reliability.Tests;

/// <summary>
/// RabbitMQ restarted while users write and two workers consume: a node of the test's own
/// (<see cref="OwnRabbitMq"/>), its application stopped for ten seconds and started again.
/// </summary>
public sealed class BrokerRestartTests(OwnRabbitMq rabbit) : IClassFixture<OwnRabbitMq>
{
    [Fact]
    public async Task EveryWriteIsEitherAcceptedAndAppliedOnceOrAnswered503AndTheWorkersResume()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var backbone = await Backbone.StartAsync(settings: new Dictionary<string, string> { ["ConnectionStrings__RabbitMQ"] = rabbit.Amqp });
        Assert.Equal(rabbit.Amqp, backbone.Amqp);
        await using var app = await LocalApp.ServersAsync(settings =>
        {
            settings["ConnectionStrings:Todo"] = backbone.Database;
            settings["ConnectionStrings:RabbitMQ"] = rabbit.Amqp;
            settings["Messaging:PublishTimeout"] = "00:00:02";
            settings["Workers:Queues"] = "none";
        });
        var queues = $"{QueueNames.TodoCommands},{QueueNames.ChatCommands}";
        using var first = WorkerProcess.Start(backbone.Environment, "--queues", queues);
        using var second = WorkerProcess.Start(backbone.Environment, "--queues", queues);
        var writers = await Writer.SignUpAsync(app, 4, retryUnavailable: true);

        using var stop = new CancellationTokenSource();
        var writing = writers.Select(w => w.RunAsync(stop.Token)).ToList();
        await Task.Delay(3000, ct);
        await rabbit.StopAppAsync();
        await Task.Delay(10_000, ct);
        await rabbit.StartAppAsync();
        await Task.Delay(8000, ct);
        await stop.CancelAsync();
        await Task.WhenAll(writing);

        var answers = writers.SelectMany(w => w.Answers).ToList();
        Assert.True(answers.Count(a => a.Status == 503) > 4, "No write met the stopped broker; nothing was tested.");
        var accepted = answers.Where(a => a.Status == 202).Select(a => a.CommandId!.Value).Distinct().ToList();
        var acceptedAfterRestart = answers.Where(a => a.Status == 202).Max(a => a.Seq);
        Assert.True(acceptedAfterRestart > answers.Where(a => a.Status == 503).Max(a => a.Seq), "Nothing was accepted after the broker came back.");
        await Backbone.EventuallyAsync(async () =>
        {
            await using var db = backbone.Db();
            return await db.ProcessedCommands.CountAsync(c => accepted.Contains(c.Id)) == accepted.Count;
        }, TimeSpan.FromSeconds(120), $"all {accepted.Count} accepted commands to be applied");

        Assert.False(first.HasExited, "A worker died when the broker went away.");
        Assert.False(second.HasExited, "A worker died when the broker went away.");
        FaultReport.Add(await FaultLedger.MeasureAsync("RabbitMQ stopped 10 s and restarted under load; 2 workers", backbone, writers));
    }
}

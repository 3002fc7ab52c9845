namespace TodoFunctions.Reliability.Tests;

/// <summary>SIGTERM, as Kubernetes sends on scale-in: the worker stops taking messages, drains, exits in time.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task SigtermMidBacklogExitsWithinTheDrainTimeoutAndLosesOrDoublesNothing()
    {
        const int total = 8000;
        await using var backbone = await Backbone.StartAsync(settings: new Dictionary<string, string> { ["Workers__DrainTimeout"] = "00:00:10" });
        var commands = Enumerable.Range(0, total).Select(i => backbone.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields($"Backlog {i}"))).ToList();
        var ids = commands.Select(c => c.CommandId).ToList();
        await backbone.PublishAsync(commands);

        var worker = WorkerProcess.Start(backbone.Environment, "--queues", QueueNames.TodoCommands);
        await Backbone.EventuallyAsync(async () => await OrderingTests.ProcessedAsync(backbone, ids) >= 500, TimeSpan.FromSeconds(60), "the first commands");
        var watch = Stopwatch.StartNew();
        worker.Terminate();
        await worker.WaitForExitAsync(TestContext.Current.CancellationToken);
        var exitAfter = watch.Elapsed;
        Assert.Equal(0, worker.ExitCode);
        Assert.True(exitAfter < TimeSpan.FromSeconds(12), $"The worker took {exitAfter.TotalSeconds:F1} s to stop.");
        worker.Dispose();
        var atExit = await OrderingTests.ProcessedAsync(backbone, ids);
        Assert.True(atExit < total, "The backlog was gone before SIGTERM; nothing was tested.");

        using var next = WorkerProcess.Start(backbone.Environment, "--queues", QueueNames.TodoCommands);
        await Backbone.EventuallyAsync(async () => await OrderingTests.ProcessedAsync(backbone, ids) == total, TimeSpan.FromSeconds(90), "the rest of the backlog");
        FaultReport.Add(await OrderingTests.RowAsync("SIGTERM to a worker mid-backlog (8,000), a second worker takes over", backbone, ids, todosMade: total, outOfOrder: null));
        await using var db = backbone.Db();
        Assert.Equal(total, await db.Todos.CountAsync(t => t.Title.StartsWith("Backlog "), TestContext.Current.CancellationToken));
        Assert.Equal(0u, await new RabbitProbe(backbone.Amqp).CountAsync(QueueNames.TodoCommands + "_error"));
    }
}

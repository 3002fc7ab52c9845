namespace TodoFunctions.Reliability.Tests;

/// <summary>
/// Writes to one todo take effect in the order they were accepted, whichever replica or retry delivers
/// them: two worker replicas, commands published in shuffled order, one replica killed mid-way.
/// </summary>
public sealed class OrderingTests
{
    [Fact]
    public async Task EveryTodoEndsAsItsLastAcceptedWriteWithTwoReplicasShuffledDeliveryAndAKill()
    {
        const int todos = 2000;
        await using var backbone = await Backbone.StartAsync();
        var start = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, todos).Select(_ => Guid.NewGuid()).ToList();
        // Per todo: create → three renames → complete → reopen, each accepted 1 ms after the one before.
        var commands = ids.SelectMany((id, i) => new[]
        {
            backbone.Command(TodoCommandKind.Create, id, new TodoFields($"Todo {i} v0"), issuedAt: start),
            backbone.Command(TodoCommandKind.Update, id, new TodoFields($"Todo {i} v1") { Present = ["title"] }, issuedAt: start.AddMilliseconds(1)),
            backbone.Command(TodoCommandKind.Update, id, new TodoFields($"Todo {i} v2") { Present = ["title"] }, issuedAt: start.AddMilliseconds(2)),
            backbone.Command(TodoCommandKind.Update, id, new TodoFields($"Todo {i} v3") { Present = ["title"] }, issuedAt: start.AddMilliseconds(3)),
            backbone.Command(TodoCommandKind.Complete, id, issuedAt: start.AddMilliseconds(4)),
            backbone.Command(TodoCommandKind.Reopen, id, issuedAt: start.AddMilliseconds(5)),
        }).ToList();
        var commandIds = commands.Select(c => c.CommandId).ToList();
        var shuffled = commands.OrderBy(_ => Random.Shared.Next()).ToList();
        await backbone.PublishAsync(shuffled);

        var worker = WorkerProcess.Start(backbone.Environment, "--queues", QueueNames.TodoCommands);
        using var other = WorkerProcess.Start(backbone.Environment, "--queues", QueueNames.TodoCommands);
        await Backbone.EventuallyAsync(async () => await ProcessedAsync(backbone, commandIds) >= commands.Count / 4, TimeSpan.FromSeconds(90), "a quarter of the commands");
        worker.Kill();
        worker.Dispose();
        Assert.True(await ProcessedAsync(backbone, commandIds) < commands.Count, "Everything was applied before the kill; nothing was tested.");
        using var restarted = WorkerProcess.Start(backbone.Environment, "--queues", QueueNames.TodoCommands);
        await Backbone.EventuallyAsync(async () => await ProcessedAsync(backbone, commandIds) == commands.Count, TimeSpan.FromSeconds(120), "every command");

        await using var db = backbone.Db();
        var rows = await db.Todos.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, TestContext.Current.CancellationToken);
        var wrong = ids.Select((id, i) => (id, i)).Where(x => !rows.TryGetValue(x.id, out var t) || t.Title != $"Todo {x.i} v3" || t.Completed).ToList();
        var failures = await db.ProcessedCommands.Where(c => commandIds.Contains(c.Id) && c.Status != CommandStatus.Succeeded)
            .GroupBy(c => c.Kind + " " + c.ErrorCode).Select(g => g.Key + ": " + g.Count()).ToListAsync(TestContext.Current.CancellationToken);
        Console.WriteLine("failed commands by kind and reason: " + string.Join(", ", failures));
        FaultReport.Add(await RowAsync("2 workers, shuffled delivery, kill -9 of one mid-way", backbone, commandIds, todosMade: todos, outOfOrder: wrong.Count));
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {todos} todos do not end as their last accepted write, e.g. " +
            string.Join("; ", wrong.Take(3).Select(x => rows.TryGetValue(x.id, out var t) ? $"'{t.Title}' completed={t.Completed}" : "missing")));
        Assert.Equal(commands.Count, await db.ProcessedCommands.CountAsync(c => commandIds.Contains(c.Id) && c.Status == CommandStatus.Succeeded, TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.ParkedCommands.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0u, await new RabbitProbe(backbone.Amqp).CountAsync(QueueNames.TodoCommands + "_error"));
    }

    [Fact]
    public async Task AFloodOfCommandsForUnknownTodosNeitherStallsOthersNorWaitsForever()
    {
        await using var backbone = await Backbone.StartAsync(settings: new Dictionary<string, string> { ["Messaging__ParkingGrace"] = "00:00:04" });
        using var worker = WorkerProcess.Start(backbone.Environment, "--queues", QueueNames.TodoCommands);
        var unknown = Enumerable.Range(0, 3000).Select(_ => backbone.Command(TodoCommandKind.Complete, Guid.NewGuid())).ToList();
        await backbone.PublishAsync(unknown);
        var real = Enumerable.Range(0, 200).Select(i => backbone.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields($"Real {i}"))).ToList();
        var watch = Stopwatch.StartNew();
        await backbone.PublishAsync(real);

        // The real commands behind the flood are applied promptly: nothing holds a consumer slot while it waits.
        await Backbone.EventuallyAsync(async () => await ProcessedAsync(backbone, [.. real.Select(c => c.CommandId)]) == real.Count,
            TimeSpan.FromSeconds(20), "the real commands behind the flood");
        var realApplied = watch.Elapsed;
        Assert.True(realApplied < TimeSpan.FromSeconds(10), $"Real commands waited {realApplied.TotalSeconds:F1} s behind the flood.");

        // Every unknown-todo command ends failed not_found once the grace has passed.
        var unknownIds = unknown.Select(c => c.CommandId).ToList();
        await Backbone.EventuallyAsync(async () => await ProcessedAsync(backbone, unknownIds) == unknown.Count, TimeSpan.FromSeconds(60), "the unknown-todo commands to fail");
        FaultReport.Add(await RowAsync("a flood of 3,000 completes for unknown ids before 200 creates", backbone,
            [.. unknownIds, .. real.Select(c => c.CommandId)], todosMade: real.Count, outOfOrder: null));
        await using var db = backbone.Db();
        Assert.Equal(unknown.Count, await db.ProcessedCommands.CountAsync(c => unknownIds.Contains(c.Id) && c.ErrorCode == "not_found", TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.ParkedCommands.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ABacklogOlderThanTheParkingGraceStillWaitsForItsCreates()
    {
        // A worker started from zero (KEDA) or after an outage reads commands issued long ago; a complete that
        // overtook its create in the queue must still wait for it, not fail because the wall clock moved on.
        await using var backbone = await Backbone.StartAsync(settings: new Dictionary<string, string> { ["Messaging__ParkingGrace"] = "00:00:04" });
        var issued = DateTimeOffset.UtcNow.AddMinutes(-2);
        var ids = Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()).ToList();
        var completes = ids.Select(id => backbone.Command(TodoCommandKind.Complete, id, issuedAt: issued.AddMilliseconds(1))).ToList();
        var creates = ids.Select((id, i) => backbone.Command(TodoCommandKind.Create, id, new TodoFields($"Old {i}"), issuedAt: issued)).ToList();
        var orphans = Enumerable.Range(0, 50).Select(_ => backbone.Command(TodoCommandKind.Complete, Guid.NewGuid(), issuedAt: issued.AddMilliseconds(2))).ToList();
        await backbone.PublishAsync(completes);
        await backbone.PublishAsync(orphans);
        await backbone.PublishAsync(creates);

        using var worker = WorkerProcess.Start(backbone.Environment, "--queues", QueueNames.TodoCommands);
        List<Guid> all = [.. completes.Select(c => c.CommandId), .. orphans.Select(c => c.CommandId), .. creates.Select(c => c.CommandId)];
        await Backbone.EventuallyAsync(async () => await ProcessedAsync(backbone, all) == all.Count, TimeSpan.FromSeconds(60), "every command of the old backlog");

        await using var db = backbone.Db();
        var completeIds = completes.Select(c => c.CommandId).ToList();
        var failed = await db.ProcessedCommands.Where(c => completeIds.Contains(c.Id) && c.Status != CommandStatus.Succeeded)
            .Select(c => c.ErrorCode).ToListAsync(TestContext.Current.CancellationToken);
        Assert.True(failed.Count == 0, $"{failed.Count} of {completes.Count} completes failed ({failed.FirstOrDefault()}) although their create was queued behind them.");
        Assert.Equal(ids.Count, await db.Todos.CountAsync(t => ids.Contains(t.Id) && t.Completed, TestContext.Current.CancellationToken));
        // A command whose todo never comes still ends, once the worker has read past it.
        var orphanIds = orphans.Select(c => c.CommandId).ToList();
        Assert.Equal(orphans.Count, await db.ProcessedCommands.CountAsync(c => orphanIds.Contains(c.Id) && c.ErrorCode == "not_found", TestContext.Current.CancellationToken));
    }

    /// <summary>A report line for commands published straight to the queue (no HTTP, so no 5xx to count).</summary>
    internal static async Task<FaultRow> RowAsync(string fault, Backbone backbone, List<Guid> commandIds, int todosMade, int? outOfOrder)
    {
        await using var db = backbone.Db();
        var outcomes = await db.ProcessedCommands.Where(c => commandIds.Contains(c.Id)).Select(c => c.Status).ToListAsync();
        return new FaultRow(fault, commandIds.Count,
            Applied: outcomes.Count(s => s == CommandStatus.Succeeded),
            Refused: outcomes.Count(s => s == CommandStatus.Failed),
            Lost: commandIds.Count - outcomes.Count,
            Doubled: Math.Max(0, await db.Todos.CountAsync() - todosMade),
            OutOfOrder: outOfOrder,
            InErrorQueues: await new RabbitProbe(backbone.Amqp).CountAsync(QueueNames.TodoCommands + "_error"),
            ServerErrors: null);
    }

    internal static async Task<int> ProcessedAsync(Backbone backbone, List<Guid> ids)
    {
        await using var db = backbone.Db();
        return await db.ProcessedCommands.CountAsync(c => ids.Contains(c.Id));
    }
}

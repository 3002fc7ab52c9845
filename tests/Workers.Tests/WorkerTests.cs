using TodoFunctions.Core.Messaging;

namespace TodoFunctions.Workers.Tests;

[Collection(nameof(WorkerCollection))]
public sealed class WorkerTests(WorkerFixture fixture)
{
    private async Task<int> ProcessedAsync(params Guid[] ids)
    {
        await using var db = fixture.Db();
        return await db.ProcessedCommands.CountAsync(c => ids.Contains(c.Id));
    }

    [Fact]
    public async Task EveryAcceptedCommandIsAppliedExactlyOnceWhenAWorkerIsKilledMidBatch()
    {
        const int creates = 4000;
        const int completes = 1000;
        var todoIds = Enumerable.Range(0, creates).Select(_ => Guid.NewGuid()).ToList();
        var commands = todoIds.Select(id => fixture.Command(TodoCommandKind.Create, id, new TodoFields("Item " + id))).ToList();
        commands.AddRange(todoIds.Take(completes).Select(id => fixture.Command(TodoCommandKind.Complete, id)));
        var ids = commands.Select(c => c.CommandId).ToArray();
        await fixture.PublishAsync(commands);

        using (var first = WorkerProcess.Start(fixture.Environment, "--queues", QueueNames.TodoCommands))
        {
            await WorkerFixture.EventuallyAsync(async () => await ProcessedAsync(ids) >= 200, TimeSpan.FromSeconds(60), "the first commands");
            first.Kill();
        }
        var atKill = await ProcessedAsync(ids);
        Assert.True(atKill < ids.Length, $"The worker finished all {ids.Length} commands before it was killed; nothing was tested.");

        using (var second = WorkerProcess.Start(fixture.Environment, "--queues", QueueNames.TodoCommands))
        {
            await WorkerFixture.EventuallyAsync(async () => await ProcessedAsync(ids) == ids.Length, TimeSpan.FromSeconds(120), "every command");

            // Replaying every command (a tester re-queues a capture) changes nothing.
            await fixture.PublishAsync(commands);
            var sentinel = fixture.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields("sentinel"));
            await fixture.PublishAsync([sentinel]);
            await WorkerFixture.EventuallyAsync(async () => await ProcessedAsync(sentinel.CommandId) == 1, TimeSpan.FromSeconds(60), "the sentinel");
            var probe = new RabbitProbe(fixture.Amqp);
            await WorkerFixture.EventuallyAsync(async () => await probe.CountAsync(QueueNames.TodoCommands) == 0, TimeSpan.FromSeconds(60), "the replay to drain");
            await fixture.SettleAsync(second);
        }

        await using var db = fixture.Db();
        var todos = await db.Todos.Where(t => todoIds.Contains(t.Id)).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(creates, todos.Count);
        Assert.Equal(completes, todos.Count(t => t.Completed));
        Assert.All(todos, t => Assert.Equal(t.Completed ? 2 : 1, t.Version));
        Assert.Equal(ids.Length, await db.ProcessedCommands.CountAsync(c => ids.Contains(c.Id) && c.Status == CommandStatus.Succeeded, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DuplicateDeliveriesChangeNothingTwice()
    {
        var todoId = Guid.NewGuid();
        var create = fixture.Command(TodoCommandKind.Create, todoId, new TodoFields("Duplicate me"));
        var complete = fixture.Command(TodoCommandKind.Complete, todoId);
        using var worker = WorkerProcess.Start(fixture.Environment, "--queues", QueueNames.TodoCommands);
        await fixture.PublishAsync([create, create, create]);
        await WorkerFixture.EventuallyAsync(async () => await ProcessedAsync(create.CommandId) == 1, TimeSpan.FromSeconds(60), "the create");
        await fixture.PublishAsync([complete, complete]);
        await WorkerFixture.EventuallyAsync(async () => await ProcessedAsync(complete.CommandId) == 1, TimeSpan.FromSeconds(60), "the complete");
        await fixture.PublishAsync([create]);
        await WorkerFixture.EventuallyAsync(async () => await new RabbitProbe(fixture.Amqp).CountAsync(QueueNames.TodoCommands) == 0,
            TimeSpan.FromSeconds(60), "the late duplicate to be delivered");
        await fixture.SettleAsync(worker);

        await using var db = fixture.Db();
        var todo = await db.Todos.SingleAsync(t => t.Id == todoId, TestContext.Current.CancellationToken);
        Assert.True(todo.Completed);
        Assert.Equal(2, todo.Version);
    }

    [Fact]
    public async Task AnInvalidCommandIsRecordedAsFailedAndNotRetried()
    {
        var invalid = fixture.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields("", Priority: "urgent"));
        using var worker = WorkerProcess.Start(fixture.Environment, "--queues", QueueNames.TodoCommands);
        await fixture.PublishAsync([invalid]);
        await WorkerFixture.EventuallyAsync(async () => await ProcessedAsync(invalid.CommandId) == 1, TimeSpan.FromSeconds(60), "the invalid command");

        await using var db = fixture.Db();
        var record = await db.ProcessedCommands.SingleAsync(c => c.Id == invalid.CommandId, TestContext.Current.CancellationToken);
        Assert.Equal(CommandStatus.Failed, record.Status);
        Assert.Equal("validation", record.ErrorCode);
        Assert.Contains("priority", record.Error);
        Assert.False(await db.Todos.AnyAsync(t => t.Id == invalid.TodoId, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("RabbitMQ")]     // RabbitMqTodoConsumer, the default
    [InlineData("MassTransit")]  // the receive endpoint it replaced: both leave the same headers for the replay tool
    public async Task PoisonMessagesEndInTheErrorQueueWithTheReason(string consumer)
    {
        var probe = new RabbitProbe(fixture.Amqp);
        var errorQueue = QueueNames.TodoCommands + "_error";
        using var worker = WorkerProcess.Start(new Dictionary<string, string>(fixture.Environment) { ["Messaging__Consumer"] = consumer },
            "--queues", QueueNames.TodoCommands);
        await WorkerFixture.EventuallyAsync(async () => await probe.CountAsync(QueueNames.TodoCommands) == 0, TimeSpan.FromSeconds(30), "the worker to start");
        var before = await probe.CountAsync(errorQueue);
        var valid = fixture.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields("Valid"));
        await fixture.PublishAsync([valid]);
        // The queue is empty before the worker consumes from it, so the first valid command is what shows it started: on a loaded
        // machine (load average 30+ seen while builds ran) a MassTransit worker took more than 30 s to get there.
        await WorkerFixture.EventuallyAsync(async () => await ProcessedAsync(valid.CommandId) == 1, TimeSpan.FromSeconds(90), "a valid command");

        // A command that can never commit: its user does not exist (foreign key), so every retry fails.
        var orphan = fixture.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields("Orphan"), userId: Guid.NewGuid());
        await fixture.PublishAsync([orphan]);
        await WorkerFixture.EventuallyAsync(async () => await probe.CountAsync(errorQueue) == before + 1, TimeSpan.FromSeconds(60), "the orphan in the error queue");
        var headers = await probe.TakeHeadersAsync(errorQueue);
        Assert.Contains("foreign key", headers["MT-Fault-Message"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("2", headers["MT-Fault-RetryCount"]); // Messaging__RetryLimit=2 in the test environment

        // A message that is not even JSON.
        await probe.PublishRawAsync(QueueNames.TodoCommands, "{ this is not json");
        await WorkerFixture.EventuallyAsync(async () => await probe.CountAsync(errorQueue) >= 1, TimeSpan.FromSeconds(60), "the garbage in the error queue");
        Assert.True((await probe.TakeHeadersAsync(errorQueue)).ContainsKey("MT-Reason"));
        Assert.Equal(0, await ProcessedAsync(orphan.CommandId));
    }

    [Fact]
    public async Task ACommandBeingRetriedDoesNotHoldBackTheCommandsBehindIt()
    {
        // Six retries (≈ 13 s of backoff) for an orphan whose insert can never commit, then 2,000 valid creates:
        // far more than the prefetch window of 256, which would fill with finished but unacknowledged deliveries
        // if the orphan's pending acknowledgement held back the acks of everything after it.
        var probe = new RabbitProbe(fixture.Amqp);
        var errorQueue = QueueNames.TodoCommands + "_error";
        var before = await probe.CountAsync(errorQueue);
        var orphan = fixture.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields("Orphan"), userId: Guid.NewGuid());
        var valid = Enumerable.Range(0, 2000).Select(i => fixture.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields($"Behind {i}"))).ToList();
        await fixture.PublishAsync([orphan, .. valid]);
        using var worker = WorkerProcess.Start(new Dictionary<string, string>(fixture.Environment) { ["Messaging__RetryLimit"] = "6" },
            "--queues", QueueNames.TodoCommands);

        var ids = valid.Select(c => c.CommandId).ToArray();
        await WorkerFixture.EventuallyAsync(async () => await ProcessedAsync(ids) == ids.Length, TimeSpan.FromSeconds(60), "the commands behind the orphan");
        Assert.Equal(before, await probe.CountAsync(errorQueue)); // the orphan is still being retried
        Assert.Equal(0, await ProcessedAsync(orphan.CommandId));
        await WorkerFixture.EventuallyAsync(async () => await probe.CountAsync(errorQueue) == before + 1, TimeSpan.FromSeconds(60), "the orphan in the error queue");
        var headers = await probe.TakeHeadersAsync(errorQueue);
        Assert.Equal("6", headers["MT-Fault-RetryCount"]);
        await fixture.SettleAsync(worker);
    }

    [Fact]
    public async Task WithExitWhenIdleAWorkerDrainsItsBacklogThenExitsByItselfWithCodeZero()
    {
        // A KEDA ScaledJob's Job: it should complete when its burst is done, not run into its deadline.
        var commands = Enumerable.Range(0, 300).Select(i => fixture.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields($"Burst {i}"))).ToList();
        await fixture.PublishAsync(commands);
        using var worker = WorkerProcess.Start(fixture.Environment, "--queues", QueueNames.TodoCommands, "--exit-when-idle", "00:00:03");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        await worker.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, worker.ExitCode);
        Assert.Equal(commands.Count, await ProcessedAsync([.. commands.Select(c => c.CommandId)]));
    }
}

[CollectionDefinition(nameof(WorkerCollection))]
public sealed class WorkerCollection : ICollectionFixture<WorkerFixture>;

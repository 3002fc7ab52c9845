using TodoFunctions.Workers.Batching;

namespace TodoFunctions.WritePath.Tests;

/// <summary>The group-commit batcher on the embedded store: what a worker does between a message and its acknowledgement.</summary>
public sealed class BatcherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABatchTheDatabaseRefusesIsSplitSoOnlyTheRefusedCommandFails()
    {
        await using var store = await EmbeddedStore.StartAsync(o => { o.BatchWriters = 1; o.MaxBatchSize = 100; });
        await store.RefuseTitleAsync("refused row");
        var batcher = store.Batcher();
        await batcher.StartAsync(Ct);
        var commands = Enumerable.Range(0, 40)
            .Select(i => store.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields(i == 17 ? "refused row" : $"row {i}")))
            .ToList();

        var outcomes = await OutcomesAsync([.. commands.Select(c => batcher.ApplyAsync(c, Ct))], commands);

        var refused = commands[17].CommandId;
        Assert.IsType<DbUpdateException>(outcomes[refused]);
        Assert.All(commands.Where(c => c.CommandId != refused), c => Assert.Null(outcomes[c.CommandId]));
        await using var db = store.Db();
        Assert.Equal(39, await db.Todos.CountAsync(Ct));
        Assert.Equal(39, await db.ProcessedCommands.CountAsync(Ct));
        Assert.False(await db.ProcessedCommands.AnyAsync(p => p.Id == refused, Ct));
        await batcher.StopAsync(Ct);
    }

    [Fact]
    public async Task ARefusedCommandAppliesOnceWhenItsRedeliveryIsAccepted()
    {
        await using var store = await EmbeddedStore.StartAsync(o => o.BatchWriters = 1);
        await store.RefuseTitleAsync("later");
        var batcher = store.Batcher();
        await batcher.StartAsync(Ct);
        var create = store.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields("later"));

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => batcher.ApplyAsync(create, Ct));
        await store.AcceptAllTitlesAsync();
        await batcher.ApplyAsync(create, Ct);
        await batcher.ApplyAsync(create, Ct);

        await using var db = store.Db();
        Assert.Equal(1, await db.Todos.CountAsync(t => t.Id == create.TodoId, Ct));
        Assert.Equal(1, await db.ProcessedCommands.CountAsync(p => p.Id == create.CommandId, Ct));
        await batcher.StopAsync(Ct);
    }

    [Theory]
    [InlineData(Store.Sqlite)]
    [InlineData(Store.Postgres)]
    public async Task ACommandThatOvertakesItsCreateWaitsParkedAndAppliesWhenTheCreateComes(Store kind)
    {
        await using var store = await EmbeddedStore.StartAsync(store: kind);
        var batcher = store.Batcher();
        await batcher.StartAsync(Ct);
        var todoId = Guid.NewGuid();
        var issued = DateTimeOffset.UtcNow;
        var create = store.Command(TodoCommandKind.Create, todoId, new TodoFields("draft"), issued);
        var rename = store.Command(TodoCommandKind.Update, todoId, new TodoFields("final") { Present = [TodoFieldNames.Title] }, issued.AddSeconds(1));

        await batcher.ApplyAsync(rename, Ct);
        await using (var db = store.Db())
        {
            Assert.True(await db.ParkedCommands.AnyAsync(p => p.Id == rename.CommandId, Ct));
            Assert.False(await db.ProcessedCommands.AnyAsync(p => p.Id == rename.CommandId, Ct));
        }
        await batcher.ApplyAsync(create, Ct);

        await using (var db = store.Db())
        {
            var todo = await db.Todos.SingleAsync(t => t.Id == todoId, Ct);
            Assert.Equal("final", todo.Title);
            Assert.False(await db.ParkedCommands.AnyAsync(Ct));
            Assert.Equal(2, await db.ProcessedCommands.CountAsync(p => p.Id == create.CommandId || p.Id == rename.CommandId, Ct));
        }
        await batcher.StopAsync(Ct);
    }

    [Theory]
    [InlineData(Store.Sqlite)]
    [InlineData(Store.Postgres)]
    public async Task ACommandDeliveredAgainAfterItsCommitIsSkipped(Store kind)
    {
        await using var store = await EmbeddedStore.StartAsync(o => o.BatchWriters = 1, kind);
        var batcher = store.Batcher();
        await batcher.StartAsync(Ct);
        var todoId = Guid.NewGuid();
        var create = store.Command(TodoCommandKind.Create, todoId, new TodoFields("once"));
        var rename = store.Command(TodoCommandKind.Update, todoId, new TodoFields("renamed") { Present = [TodoFieldNames.Title] });
        await batcher.ApplyAsync(create, Ct);
        await batcher.ApplyAsync(rename, Ct);

        // Redeliveries of both, and a create of the same todo under a new command id, after a later write.
        await Task.WhenAll(batcher.ApplyAsync(create, Ct), batcher.ApplyAsync(rename, Ct));
        var again = store.Command(TodoCommandKind.Create, todoId, new TodoFields("twice"));
        await batcher.ApplyAsync(again, Ct);

        await using var db = store.Db();
        Assert.Equal("renamed", (await db.Todos.SingleAsync(t => t.Id == todoId, Ct)).Title);
        Assert.Equal(1, await db.ProcessedCommands.CountAsync(p => p.Id == create.CommandId, Ct));
        Assert.Equal(1, await db.ProcessedCommands.CountAsync(p => p.Id == rename.CommandId, Ct));
        Assert.Equal(1, await db.Todos.CountAsync(Ct));
        await batcher.StopAsync(Ct);
    }

    [Theory]
    [InlineData(Store.Sqlite)]
    [InlineData(Store.Postgres)]
    public async Task WritesToOneTodoLandInIssueOrderWhateverOrderTheyArriveIn(Store kind)
    {
        await using var store = await EmbeddedStore.StartAsync(o => o.BatchWriters = 4, kind);
        var batcher = store.Batcher();
        await batcher.StartAsync(Ct);
        var todoId = Guid.NewGuid();
        var start = DateTimeOffset.UtcNow;
        await batcher.ApplyAsync(store.Command(TodoCommandKind.Create, todoId, new TodoFields("v0"), start), Ct);
        var renames = Enumerable.Range(1, 30)
            .Select(i => store.Command(TodoCommandKind.Update, todoId, new TodoFields($"v{i}") { Present = [TodoFieldNames.Title] }, start.AddMilliseconds(i)))
            .Reverse().ToList();

        await Task.WhenAll(renames.Select(c => batcher.ApplyAsync(c, Ct)));

        await using var db = store.Db();
        Assert.Equal("v30", (await db.Todos.SingleAsync(t => t.Id == todoId, Ct)).Title);
        await batcher.StopAsync(Ct);
    }

    [Fact]
    public async Task OnStopEveryHandedInCommandIsEitherCommittedOrGivenBackNeverAcknowledgedUnwritten()
    {
        await using var store = await EmbeddedStore.StartAsync(o => { o.BatchWriters = 2; o.MaxBatchSize = 10; });
        var batcher = store.Batcher();
        await batcher.StartAsync(Ct);
        var commands = Enumerable.Range(0, 2000).Select(i => store.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields($"row {i}"))).ToList();

        var applying = commands.Select(c => batcher.ApplyAsync(c, Ct)).ToList();
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync(); // the host's shutdown timeout has already passed
        await batcher.StopAsync(stopping.Token);
        var outcomes = await OutcomesAsync(applying, commands);

        await using var db = store.Db();
        var recorded = (await db.ProcessedCommands.Select(p => p.Id).ToListAsync(Ct)).ToHashSet();
        var acknowledged = commands.Where(c => outcomes[c.CommandId] is null).ToList();
        var givenBack = commands.Where(c => outcomes[c.CommandId] is OperationCanceledException).ToList();
        Assert.All(acknowledged, c => Assert.Contains(c.CommandId, recorded));
        Assert.Equal(commands.Count, acknowledged.Count + givenBack.Count);
        Assert.NotEmpty(givenBack); // otherwise the stop came after the work and nothing was tested
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => batcher.ApplyAsync(commands[0], Ct));
    }

    /// <summary>Waits for every command and returns what each ended with: null for success.</summary>
    private static async Task<Dictionary<Guid, Exception?>> OutcomesAsync(List<Task> tasks, List<TodoCommand> commands)
    {
        try
        {
            await Task.WhenAll(tasks);
        }
        catch
        {
            // Read one by one below.
        }
        return commands.Select((c, i) => (c.CommandId, tasks[i].Exception?.InnerException ?? (tasks[i].IsCanceled ? new OperationCanceledException() : null)))
            .ToDictionary(x => x.CommandId, x => x.Item2);
    }
}

using System.Text.RegularExpressions;
using TodoFunctions.Replay.Capturing;
using TodoFunctions.Replay.Replaying;

namespace TodoFunctions.Replay.Tests;

/// <summary>tools/Replay against a real RabbitMQ, real PostgreSQL and real worker processes.</summary>
public sealed class ReplayTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task ACaptureTakenWhileTrafficFlowsRebuildsAWipedDatabaseAndReplayingItAgainChangesNothing()
    {
        await using var backbone = await Backbone.StartAsync();
        var commands = Workload.For(backbone.UserId, 150, "Captured");
        var file = TempFile();
        var worker = WorkerProcess.Start(backbone.Environment, "--queues", QueueNames.TodoCommands);
        using (var capture = ReplayTool.Start("capture", "--queue", QueueNames.TodoCommands, "--out", file,
            "--count", commands.Count.ToString(), "--for", "90s", "--amqp", backbone.Amqp))
        {
            await capture.WaitForOutputAsync("Capturing from", TimeSpan.FromSeconds(30));
            await backbone.PublishAsync(commands);
            await capture.WaitAsync(Patience);
            Assert.True(capture.ExitCode == 0, capture.Output);
            Assert.Contains($"Captured {commands.Count} commands", capture.Output);
            var captureQueue = Regex.Match(capture.Output, @"\(queue (replay-capture-[^)]+)\)").Groups[1].Value;
            Assert.False(await QueueExistsAsync(backbone.Amqp, captureQueue), "the capture queue is removed afterwards");
        }
        await Backbone.EventuallyAsync(async () => await ProcessedAsync(backbone.Database) == commands.Count, Patience, "the original traffic");
        var original = await TodoSnapshot.TakeAsync(backbone.Database);
        Assert.Equal(135, original.Count); // 150 created, 15 deleted

        worker.Kill();
        await TodoSnapshot.ExecuteAsync(backbone.Database, "DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
        Assert.Equal(0, await WorkerProcess.RunToExitAsync(backbone.Environment, "migrate"));
        await TodoSnapshot.ExecuteAsync(backbone.Database,
            $"""INSERT INTO users ("Id", "Email", "DisplayName", "PasswordHash", "CreatedAt") VALUES ('{backbone.UserId}', 'back-{backbone.UserId:N}@example.com', 'back', 'unused', now())""");
        Assert.Empty(await TodoSnapshot.TakeAsync(backbone.Database));

        using var replayWorker = WorkerProcess.Start(backbone.Environment, "--queues", QueueNames.TodoCommands);
        var (code, output) = await ReplayTool.RunAsync("replay", file, "--target", backbone.Amqp);
        Assert.True(code == 0, output);
        Assert.Contains($"published={commands.Count} skipped=0 failed=0", output);
        await Backbone.EventuallyAsync(async () => await ProcessedAsync(backbone.Database) == commands.Count, Patience, "the replay");
        Assert.Equal(original, await TodoSnapshot.TakeAsync(backbone.Database));
        Assert.Equal(0, await TodoSnapshot.ScalarAsync(backbone.Database, """SELECT count(*) FROM processed_commands WHERE "Status" <> 'Succeeded'"""));

        // Again: every command id is recorded, so nothing is applied twice.
        var lastCompletion = await LastCompletionAsync(backbone.Database);
        (code, output) = await ReplayTool.RunAsync("replay", file, "--target", backbone.Amqp);
        Assert.True(code == 0, output);
        var sentinel = backbone.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields("after the second replay"));
        await backbone.PublishAsync([sentinel]);
        await Backbone.EventuallyAsync(async () => await ProcessedAsync(backbone.Database) == commands.Count + 1
            && await new RabbitProbe(backbone.Amqp).CountAsync(QueueNames.TodoCommands) == 0, Patience, "the second replay to drain");
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.Equal(commands.Count + 1, await ProcessedAsync(backbone.Database));
        Assert.Equal(lastCompletion, await LastCompletionAsync(backbone.Database, except: sentinel.CommandId));
        Assert.Equal(original, (await TodoSnapshot.TakeAsync(backbone.Database)).Where(r => !r.StartsWith(sentinel.TodoId.ToString())).ToList());

        // As new traffic: derived ids, so the same todos exist a second time under new ids.
        (code, output) = await ReplayTool.RunAsync("replay", file, "--target", backbone.Amqp, "--as-new", "--seed", "load-1", "--rate", "2000");
        Assert.True(code == 0, output);
        await Backbone.EventuallyAsync(async () => await ProcessedAsync(backbone.Database) == 2 * commands.Count + 1, Patience, "the replay as new");
        Assert.Equal(2 * original.Count + 1, (await TodoSnapshot.TakeAsync(backbone.Database)).Count);
        var first = commands[0];
        Assert.Equal(1, await TodoSnapshot.ScalarAsync(backbone.Database,
            $"""SELECT count(*) FROM todos WHERE "Id" = '{DerivedIds.From(first.TodoId, "load-1")}' AND "Title" = 'Captured 0 renamed'"""));
    }

    [Fact]
    public async Task APoisonMessageFixedAtItsCauseIsReplayedFromTheErrorQueueAndAppliedOnce()
    {
        await using var backbone = await Backbone.StartAsync();
        using var worker = WorkerProcess.Start(backbone.Environment, "--queues", QueueNames.TodoCommands);
        // A user the database does not know yet: the insert violates the todos→users foreign key on every try.
        var fixable = backbone.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields("Poison, then fixed"), userId: Guid.NewGuid());
        var hopeless = backbone.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields("Poison for good"), userId: Guid.NewGuid());
        await backbone.PublishAsync([fixable, hopeless]);
        var probe = new RabbitProbe(backbone.Amqp);
        const string errorQueue = QueueNames.TodoCommands + "_error";
        await Backbone.EventuallyAsync(async () => await probe.CountAsync(errorQueue) == 2, Patience, "both commands in the error queue");

        var (code, list) = await ReplayTool.RunAsync("errors", "list", "--amqp", backbone.Amqp);
        Assert.True(code == 0, list);
        Assert.Contains($"{errorQueue}: 2 message(s)", list);
        Assert.Contains(fixable.CommandId.ToString(), list);
        Assert.Contains("todo.create", list);
        Assert.Matches(@"[│|]\s*3\s*[│|]", list); // attempts: the first try and Messaging__RetryLimit=2 retries
        var (_, show) = await ReplayTool.RunAsync("errors", "show", fixable.CommandId.ToString(), "--amqp", backbone.Amqp);
        Assert.Contains("foreign key", show, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2u, await probe.CountAsync(errorQueue)); // looking takes nothing away

        var (purgeCode, purge) = await ReplayTool.RunAsync("errors", "purge", "--amqp", backbone.Amqp);
        Assert.Equal(2, purgeCode);
        Assert.Contains("needs confirmation", purge);
        Assert.Equal(2u, await probe.CountAsync(errorQueue));

        await TodoSnapshot.ExecuteAsync(backbone.Database,
            $"""INSERT INTO users ("Id", "Email", "DisplayName", "PasswordHash", "CreatedAt") VALUES ('{fixable.UserId}', 'fixed-{fixable.UserId:N}@example.com', 'fixed', 'unused', now())""");
        var (replayCode, replay) = await ReplayTool.RunAsync("errors", "replay", "--id", fixable.CommandId.ToString(), "--amqp", backbone.Amqp);
        Assert.True(replayCode == 0, replay);
        Assert.Contains("replayed=1 failed=0", replay);
        await Backbone.EventuallyAsync(async () => await TodoSnapshot.ScalarAsync(backbone.Database,
            $"""SELECT count(*) FROM processed_commands WHERE "Id" = '{fixable.CommandId}' AND "Status" = 'Succeeded'""") == 1, Patience, "the fixed command");
        Assert.Equal(1u, await probe.CountAsync(errorQueue)); // the other one stays

        (replayCode, replay) = await ReplayTool.RunAsync("errors", "replay", "--id", fixable.CommandId.ToString(), "--amqp", backbone.Amqp);
        Assert.Contains("replayed=0 failed=0", replay);
        Assert.Equal(1, await TodoSnapshot.ScalarAsync(backbone.Database, $"""SELECT count(*) FROM todos WHERE "UserId" = '{fixable.UserId}' AND "Version" = 1"""));

        (purgeCode, purge) = await ReplayTool.RunAsync("errors", "purge", "--yes", "--amqp", backbone.Amqp);
        Assert.True(purgeCode == 0, purge);
        Assert.Contains("purged 1 message(s)", purge);
        Assert.Equal(0u, await probe.CountAsync(errorQueue));
    }

    [Fact]
    public async Task CommandsExportedFromOneDatabaseReplayIntoAnotherUnderRemappedUsers()
    {
        await using var source = await Backbone.StartAsync();
        await using var target = await Backbone.StartAsync();
        var commands = Workload.For(source.UserId, 60, "Remapped");
        using (WorkerProcess.Start(source.Environment, "--queues", QueueNames.TodoCommands))
        {
            await source.PublishAsync(commands);
            await Backbone.EventuallyAsync(async () => await ProcessedAsync(source.Database) == commands.Count, Patience, "the source traffic");
        }
        var file = TempFile();
        var (code, output) = await ReplayTool.RunAsync("capture", "--from-db", "--db", source.Database, "--since", "1h", "--out", file);
        Assert.True(code == 0, output);
        Assert.Contains($"Captured {commands.Count} commands", output);

        var map = TempFile();
        await File.WriteAllTextAsync(map, JsonSerializer.Serialize(new Dictionary<string, string> { [source.UserId.ToString()] = target.UserId.ToString() }),
            TestContext.Current.CancellationToken);
        using var targetWorker = WorkerProcess.Start(target.Environment, "--queues", QueueNames.TodoCommands);
        (code, output) = await ReplayTool.RunAsync("replay", file, "--target", target.Amqp, "--remap-users", map);
        Assert.True(code == 0, output);
        await Backbone.EventuallyAsync(async () => await ProcessedAsync(target.Database) == commands.Count, Patience, "the replay into the second database");

        var expected = await TodoSnapshot.TakeAsync(source.Database);
        Assert.Equal(54, expected.Count);
        Assert.Equal(expected, await TodoSnapshot.TakeAsync(target.Database, target.UserId));
        Assert.Equal(0, await TodoSnapshot.ScalarAsync(target.Database, """SELECT count(*) FROM processed_commands WHERE "Status" <> 'Succeeded'"""));
    }

    [Fact]
    public async Task ABadFileNamesEachBadLineAndPublishesNothing()
    {
        await using var backbone = await Backbone.StartAsync();
        var good = backbone.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields("Good"));
        var goodLine = JsonSerializer.Serialize(CapturedCommand.From(good), ReplayJson.Options);
        var file = TempFile();
        await File.WriteAllLinesAsync(file,
        [
            JsonSerializer.Serialize(CaptureHeader.For("test", DateTimeOffset.UtcNow), ReplayJson.Options),
            goodLine,
            "{oops",
            goodLine.Replace("\"messageType\":\"TodoCommand\"", "\"messageType\":\"Nope\""),
            goodLine.Replace($"\"commandId\":\"{good.CommandId}\",\"kind\"", $"\"commandId\":\"{Guid.NewGuid()}\",\"kind\""),
            goodLine.Replace("\"kind\":\"Create\"", "\"kind\":\"Explode\""),
        ], TestContext.Current.CancellationToken);
        var probe = new RabbitProbe(backbone.Amqp);

        var (code, output) = await ReplayTool.RunAsync("replay", file, "--target", backbone.Amqp);
        Assert.Equal(1, code);
        Assert.Contains($"{file}:3: not valid JSON", output);
        Assert.Contains($"{file}:4: unknown messageType \"Nope\"", output);
        Assert.Contains($"{file}:5: commandId", output);
        Assert.Contains($"{file}:6: message is not a valid TodoCommand", output);
        Assert.DoesNotContain($"{file}:2:", output);
        Assert.Contains("Nothing published: 4 invalid line(s)", output);
        Assert.Equal(0u, await probe.CountAsync(QueueNames.TodoCommands));

        (code, output) = await ReplayTool.RunAsync("inspect", file);
        Assert.Equal(1, code);
        Assert.Contains("1 valid commands, 4 invalid lines", output);

        (code, output) = await ReplayTool.RunAsync("replay", file, "--target", backbone.Amqp, "--skip-invalid", "--dry-run");
        Assert.True(code == 0, output);
        Assert.Contains("Dry run: nothing published (1 would be", output);
        Assert.Equal(0u, await probe.CountAsync(QueueNames.TodoCommands));

        (code, output) = await ReplayTool.RunAsync("replay", file, "--target", "amqp://guest:guest@127.0.0.1:1/", "--skip-invalid");
        Assert.Equal(3, code);
        Assert.Contains("Cannot reach the broker at amqp://127.0.0.1:1/", output);

        (code, output) = await ReplayTool.RunAsync("replay", file, "--target", await RabbitVhosts.NextAsync(), "--skip-invalid");
        Assert.Equal(3, code);
        Assert.Contains("does not exist on this broker", output);

        (code, output) = await ReplayTool.RunAsync("replay", file, "--target", backbone.Amqp, "--skip-invalid");
        Assert.True(code == 0, output);
        Assert.Contains("published=1 skipped=4 failed=0", output);
        Assert.Equal(1u, await probe.CountAsync(QueueNames.TodoCommands));
    }

    private static string TempFile() => Path.Combine(Path.GetTempPath(), $"replay-test-{Guid.NewGuid():N}.jsonl");

    private static Task<long> ProcessedAsync(string database) => TodoSnapshot.ScalarAsync(database, "SELECT count(*) FROM processed_commands");

    private static async Task<DateTime> LastCompletionAsync(string database, Guid? except = null)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("""SELECT max("CompletedAt") FROM processed_commands WHERE "Id" <> @except""", connection);
        query.Parameters.AddWithValue("except", except ?? Guid.Empty);
        return (DateTime)(await query.ExecuteScalarAsync())!;
    }

    private static async Task<bool> QueueExistsAsync(string amqp, string queue)
    {
        await using var connection = await new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(amqp) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.QueueDeclarePassiveAsync(queue);
            return true;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return false;
        }
    }
}

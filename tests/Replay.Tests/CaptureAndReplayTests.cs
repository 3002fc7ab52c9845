using System.Text.RegularExpressions;
using TodoFunctions.Replay.Capturing;
using TodoFunctions.Replay.Replaying;
using static TodoFunctions.Replay.Tests.ReplayKit;

namespace TodoFunctions.Replay.Tests;

/// <summary>A queue capture rebuilds a wiped database; replays are idempotent or, with --as-new, new traffic. Real RabbitMQ, PostgreSQL and worker processes.</summary>
public sealed class CaptureAndReplayTests
{
    [Fact]
    public async Task ACaptureTakenWhileTrafficFlowsRebuildsAWipedDatabaseAndReplayingItAgainChangesNothing()
    {
        await using var backbone = await Backbone.StartAsync();
        var commands = Workload.For(backbone.UserId, 90, "Captured");
        var file = TempFile();
        using var worker = WorkerProcess.Start(backbone.Environment, "--queues", QueueNames.TodoCommands);
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
        Assert.Equal(75, original.Count); // 90 created, 15 deleted

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
        await backbone.SettleAsync(replayWorker);
        Assert.Equal(commands.Count + 1, await ProcessedAsync(backbone.Database));
        Assert.Equal(lastCompletion, await LastCompletionAsync(backbone.Database, except: sentinel.CommandId));
        Assert.Equal(original, (await TodoSnapshot.TakeAsync(backbone.Database)).Where(r => !r.StartsWith(sentinel.TodoId.ToString())).ToList());

        // As new traffic: derived ids, so the same todos exist a second time under new ids.
        using var newTrafficWorker = WorkerProcess.Start(backbone.Environment, "--queues", QueueNames.TodoCommands);
        (code, output) = await ReplayTool.RunAsync("replay", file, "--target", backbone.Amqp, "--as-new", "--seed", "load-1", "--rate", "2000");
        Assert.True(code == 0, output);
        await Backbone.EventuallyAsync(async () => await ProcessedAsync(backbone.Database) == 2 * commands.Count + 1, Patience, "the replay as new");
        Assert.Equal(2 * original.Count + 1, (await TodoSnapshot.TakeAsync(backbone.Database)).Count);
        var first = commands[0];
        Assert.Equal(1, await TodoSnapshot.ScalarAsync(backbone.Database,
            $"""SELECT count(*) FROM todos WHERE "Id" = '{DerivedIds.From(first.TodoId, "load-1")}' AND "Title" = 'Captured 0 renamed'"""));
    }
}

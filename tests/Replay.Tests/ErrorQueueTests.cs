using System.Text.RegularExpressions;
using TodoFunctions.Replay.Capturing;
using TodoFunctions.Replay.Replaying;
using static TodoFunctions.Replay.Tests.ReplayKit;

namespace TodoFunctions.Replay.Tests;

/// <summary>errors list/show/replay/purge on a real _error queue. Real RabbitMQ, PostgreSQL and worker processes.</summary>
public sealed class ErrorQueueTests
{
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
}

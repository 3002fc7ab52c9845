using System.Text.RegularExpressions;
using TodoFunctions.Replay.Capturing;
using TodoFunctions.Replay.Replaying;
using static TodoFunctions.Replay.Tests.ReplayKit;

namespace TodoFunctions.Replay.Tests;

/// <summary>capture --from-db and --remap-users into a second database. Real RabbitMQ, PostgreSQL and worker processes.</summary>
public sealed class RemapUsersTests
{
    [Fact]
    public async Task CommandsExportedFromOneDatabaseReplayIntoAnotherUnderRemappedUsers()
    {
        await using var source = await Backbone.StartAsync();
        await using var target = await Backbone.StartAsync();
        var commands = Workload.For(source.UserId, 48, "Remapped");
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
        Assert.Equal(40, expected.Count);
        Assert.Equal(expected, await TodoSnapshot.TakeAsync(target.Database, target.UserId));
        Assert.Equal(0, await TodoSnapshot.ScalarAsync(target.Database, """SELECT count(*) FROM processed_commands WHERE "Status" <> 'Succeeded'"""));
    }
}

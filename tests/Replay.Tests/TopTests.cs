using System.Text.RegularExpressions;
using static TodoFunctions.Replay.Tests.ReplayKit;

namespace TodoFunctions.Replay.Tests;

/// <summary><c>replay top --once</c> against a worker at work: queue figures from the management API, applied/s and failures from PostgreSQL.</summary>
public sealed class TopTests
{
    [Fact]
    public async Task TopShowsTheQueuesTheErrorQueueTheAppliedCountAndRecentFailures()
    {
        await using var backbone = await Backbone.StartAsync();
        using var worker = WorkerProcess.Start(backbone.Environment, "--queues", QueueNames.TodoCommands);
        var commands = Workload.For(backbone.UserId, 50, "Top");
        var invalid = backbone.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields(""));
        var poison = backbone.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields("Poison"), userId: Guid.NewGuid());
        await backbone.PublishAsync([.. commands, invalid, poison]);
        await Backbone.EventuallyAsync(async () => await ProcessedAsync(backbone.Database) == commands.Count + 1
            && await new RabbitProbe(backbone.Amqp).CountAsync(QueueNames.TodoCommands + "_error") == 1, Patience, "the workload and the poison");

        var management = await TestServers.RabbitMqManagementAsync();
        string[] expected =
        [
            $@"recorded in total: {commands.Count + 1} ",
            @"[│|] todo-commands\s+[│|] 0\s+[│|] 0\s+[│|] 1\s+[│|] \d+\.\d", // ready, unacked, one consumer, a rate
            @"[│|] todo-commands_error\s+[│|] 1\s+[│|]",
            @"[│|] chat-commands\s+[│|] 0\s+[│|] 0\s+[│|] 0\s+[│|]", // declared by the publisher, no worker
            @"[│|] chat-commands_error\s+[│|] absent",
            $@"todo\.create\s+[│|] validation\s+[│|] {invalid.CommandId}",
        ];
        var output = "";
        // The management API refreshes its figures every 5 s, and PostgreSQL's statistics reach other
        // sessions within seconds (a backend flushes them at most once a second, an idle one within 10 s).
        var watch = Stopwatch.StartNew();
        while (true)
        {
            (var code, output) = await ReplayTool.RunAsync("top", "--once", "--interval", "1s", "--amqp", backbone.Amqp, "--db", backbone.Database, "--management", management);
            Assert.True(code == 0, output);
            if (expected.All(pattern => Regex.IsMatch(output, pattern)) || watch.Elapsed > TimeSpan.FromSeconds(45))
            {
                break;
            }
        }
        foreach (var pattern in expected)
        {
            Assert.True(Regex.IsMatch(output, pattern), $"top's output lacks {pattern}:\n{output}");
        }
    }
}

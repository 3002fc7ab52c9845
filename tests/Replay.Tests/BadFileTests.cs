using System.Text.RegularExpressions;
using TodoFunctions.Replay.Capturing;
using TodoFunctions.Replay.Replaying;
using static TodoFunctions.Replay.Tests.ReplayKit;

namespace TodoFunctions.Replay.Tests;

/// <summary>Validation: line numbers and reasons, nothing published, readable broker errors. Real RabbitMQ, PostgreSQL and worker processes.</summary>
public sealed class BadFileTests
{
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
}

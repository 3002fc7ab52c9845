using TodoFunctions.Core.Telemetry;
using TodoFunctions.Workers.Batching;

namespace TodoFunctions.Workers.Consumers;

/// <summary>
/// Hands each command to the batcher, which commits many at once; the message is acknowledged only
/// after its batch committed, and a failure fails only the commands it belongs to.
/// </summary>
public sealed class TodoCommandConsumer(TodoCommandBatcher batcher, ILogger<TodoCommandConsumer> logger) : IConsumer<TodoCommand>
{
    public async Task Consume(ConsumeContext<TodoCommand> context)
    {
        var command = context.Message;
        // Every entry logged while this command is handled carries its id (never its fields).
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["CommandId"] = command.CommandId, ["Kind"] = CommandKinds.Of(command.Kind) });
        if (context.GetRetryAttempt() > 0 || context.ReceiveContext.Redelivered)
        {
            TodoMetrics.Retried.WithLabels(CommandKinds.Of(command.Kind)).Inc();
        }
        await batcher.ApplyAsync(command, context.CancellationToken);
        logger.LogDebug("Command committed");
    }
}

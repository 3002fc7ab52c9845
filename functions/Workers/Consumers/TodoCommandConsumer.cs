using TodoFunctions.Workers.Batching;

namespace TodoFunctions.Workers.Consumers;

/// <summary>
/// Hands each command to the batcher, which commits many at once; the message is acknowledged only
/// after its batch committed, and a failure fails only the commands it belongs to.
/// </summary>
public sealed class TodoCommandConsumer(TodoCommandBatcher batcher) : IConsumer<TodoCommand>
{
    public Task Consume(ConsumeContext<TodoCommand> context) =>
        batcher.ApplyAsync(context.Message, context.CancellationToken);
}

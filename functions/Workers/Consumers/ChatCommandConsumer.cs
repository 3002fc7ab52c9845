using TodoFunctions.Core.Chat;

namespace TodoFunctions.Workers.Consumers;

/// <summary>One chat turn per message: the agent runs, and its changes commit together with the reply.</summary>
public sealed class ChatCommandConsumer(ChatTurnHandler turns) : IConsumer<ChatCommand>
{
    public Task Consume(ConsumeContext<ChatCommand> context) =>
        turns.HandleAsync(context.Message, context.CancellationToken);
}

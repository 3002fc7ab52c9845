using TodoFunctions.Core.Chat;
using TodoFunctions.Core.Reliability;
using TodoFunctions.Workers.Health;

namespace TodoFunctions.Workers.Consumers;

/// <summary>
/// One chat turn per message: the agent runs, and its changes commit together with the reply. While the
/// database is unreachable the turn waits and runs again; it is never failed for that.
/// </summary>
public sealed class ChatCommandConsumer(IServiceScopeFactory scopes, DatabaseAvailability database, WorkerMetrics metrics) : IConsumer<ChatCommand>
{
    public async Task Consume(ConsumeContext<ChatCommand> context)
    {
        metrics.MessageStarted();
        try
        {
            await database.RetryWhileUnavailableAsync(async token =>
            {
                // A fresh scope per attempt: a context that saw a failed transaction is not reused.
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ChatTurnHandler>().HandleAsync(context.Message, token);
            }, context.CancellationToken);
            metrics.ChatTurnFinished();
        }
        finally
        {
            metrics.MessageFinished();
        }
    }
}

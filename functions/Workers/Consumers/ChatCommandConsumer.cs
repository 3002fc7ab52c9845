using System.Diagnostics;
using TodoFunctions.Core.Chat;
using TodoFunctions.Core.Reliability;
using TodoFunctions.Core.Telemetry;
using TodoFunctions.Workers.Health;

namespace TodoFunctions.Workers.Consumers;

/// <summary>
/// One chat turn per message: the agent runs, and its changes commit together with the reply. While the
/// database is unreachable the turn waits and runs again; it is never failed for that.
/// </summary>
public sealed class ChatCommandConsumer(IServiceScopeFactory scopes, DatabaseAvailability database, WorkerMetrics metrics,
    ILogger<ChatCommandConsumer> logger) : IConsumer<ChatCommand>
{
    public async Task Consume(ConsumeContext<ChatCommand> context)
    {
        using var logScope = logger.BeginScope(new Dictionary<string, object> { ["CommandId"] = context.Message.CommandId, ["Kind"] = CommandKinds.ChatTurn });
        if (context.GetRetryAttempt() > 0 || context.ReceiveContext.Redelivered)
        {
            TodoMetrics.Retried.WithLabels(CommandKinds.ChatTurn).Inc();
        }
        metrics.MessageStarted();
        var started = Stopwatch.GetTimestamp();
        try
        {
            await database.RetryWhileUnavailableAsync(async token =>
            {
                // A fresh scope per attempt: a context that saw a failed transaction is not reused.
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ChatTurnHandler>().HandleAsync(context.Message, token);
            }, context.CancellationToken);
            metrics.ChatTurnFinished();
            TodoMetrics.ChatTurn.Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
            // A finished turn counts as applied; the todo changes it made are recorded as their own todo.* rows.
            TodoMetrics.Applied.WithLabels(CommandKinds.ChatTurn).Inc();
            logger.LogDebug("Chat turn committed");
        }
        finally
        {
            metrics.MessageFinished();
        }
    }
}

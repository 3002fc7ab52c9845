using TodoFunctions.Core.Domain.Commands;

namespace TodoFunctions.Core.Services;

/// <summary>
/// Reads a command's outcome (null when it belongs to another user), optionally waiting for it. A command that no worker has recorded yet is
/// pending: accepting a command writes nothing to the database, which keeps the write path to one
/// broker round trip.
/// </summary>
public sealed class CommandStatusReader(TodoDbContext db, CommandCompletionSignal signal, TimeProvider clock)
{
    public async Task<CommandView?> GetAsync(Guid userId, Guid commandId, TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + wait;
        while (true)
        {
            var registration = signal.Register(commandId);
            try
            {
                var processed = await db.ProcessedCommands.AsNoTracking()
                    .FirstOrDefaultAsync(c => c.Id == commandId, cancellationToken);
                if (processed is not null)
                {
                    return processed.UserId == userId ? ToView(processed) : null;
                }
                var remaining = deadline - clock.GetUtcNow();
                if (remaining <= TimeSpan.Zero)
                {
                    return Pending(commandId);
                }
                // Woken by the commit (in-process) or the PostgreSQL listener, which also wakes everyone after
                // it reconnects; there is no per-waiter polling.
                await registration.WaitAsync(remaining, clock, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                cancellationToken.ThrowIfCancellationRequested();
            }
            finally
            {
                signal.Forget(commandId, registration);
            }
        }
    }

    private static CommandView Pending(Guid commandId) =>
        new(commandId, "pending", null, null, null, null, null);

    private static CommandView ToView(ProcessedCommand command) => new(
        command.Id,
        command.Status == CommandStatus.Succeeded ? "succeeded" : "failed",
        command.Kind,
        command.TodoId,
        command.Result is null ? null : JsonDocument.Parse(command.Result).RootElement.Clone(),
        command.Status == CommandStatus.Failed ? new CommandError(command.ErrorCode ?? "failed", ErrorMessage(command), ErrorDetails(command)) : null,
        command.CompletedAt);

    private static string ErrorMessage(ProcessedCommand command) =>
        command.ErrorCode == "validation" ? "The todo is not valid." : command.Error ?? "The command failed.";

    private static JsonElement? ErrorDetails(ProcessedCommand command) =>
        command.ErrorCode == "validation" && command.Error is { } json ? JsonDocument.Parse(json).RootElement.Clone() : null;
}
